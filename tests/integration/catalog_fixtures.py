"""Fixtures and helpers shared by the catalog and staff tests (real SQLite in tmp_path)."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pos_app.adapters.pin_hasher import Argon2PinHasher
from pos_app.adapters.sqlite.catalog_repo import SqliteCatalogRepository
from pos_app.adapters.sqlite.store import LocalDatabase
from pos_app.domain.barcode import make_ean13
from pos_app.domain.catalog import Variant
from pos_app.domain.clock import FixedClock
from pos_app.services.catalog import CatalogService
from pos_app.services.demo_data import DEMO_TAX_CLASSES

CSV_HEADER = "sku,barcode,title,price,tax_class,tracked,product_id,product_type,vendor\n"
MILK_EAN = make_ean13("001234567890")  # leading 0: also scans as UPC-A
BREAD_EAN = make_ean13("400638133393")


def fast_hasher() -> Argon2PinHasher:
    """Argon2id at the lowest cost argon2 allows, so tests run in milliseconds."""
    return Argon2PinHasher(time_cost=1, memory_cost=8, parallelism=1)


class CountingIds:
    """Deterministic UUID-shaped ids."""

    def __init__(self) -> None:
        self._n = itertools.count(1)

    def new_id(self) -> str:
        return str(uuid.UUID(int=next(self._n)))


def write_csv(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_text(text, encoding=encoding, newline="")
    return path


def variant(sku: str, *, title: str = "Item", barcode: str | None = None, price: int = 100,
            tax_class: str = "standard", vid: str | None = None, product_id: str | None = None,
            vendor: str = "", product_type: str = "", tracked: bool = True) -> Variant:
    return Variant(id=vid or f"id-{sku}", product_id=product_id or f"p-{sku}", sku=sku,
                   barcode=barcode, title=title, price_minor=price, currency="USD",
                   tax_class=tax_class, tracked=tracked, vendor=vendor,
                   product_type=product_type)


@pytest.fixture
def catalog_clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 27, 9, 0, tzinfo=UTC))


@pytest.fixture
def catalog_db(tmp_path: Path) -> Iterator[LocalDatabase]:
    database = LocalDatabase(tmp_path / "data")
    yield database
    database.close()


@pytest.fixture
def catalog_repo(catalog_db: LocalDatabase, catalog_clock: FixedClock) -> SqliteCatalogRepository:
    repo = SqliteCatalogRepository(catalog_db, clock=catalog_clock)
    for tax_class in DEMO_TAX_CLASSES:
        repo.upsert_tax_class(tax_class)
    return repo


@pytest.fixture
def catalog(catalog_repo: SqliteCatalogRepository) -> CatalogService:
    return CatalogService(catalog_repo, ids=CountingIds(), currency="USD")
