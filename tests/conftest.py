"""Shared fixtures: a frozen clock, deterministic ids, a store's tax classes, a local DB."""

from __future__ import annotations

import itertools
import os
import uuid
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# PIN hashes are peppered (adapters/pin_pepper.py): tests never touch the machine's
# keyring or leave a pepper file behind; the keyring path has its own unit tests.
os.environ.setdefault("POS_APP_PIN_PEPPER", "test-pepper-not-a-secret-0123456789")
# The journal's MAC key: never the developer's real keyring (tests of the key's own
# sources clear this; adapters/journal_key.py).
os.environ.setdefault("POS_APP_JOURNAL_KEY", "7e57" * 16)
# The backup key: never the developer's keyring either (adapters/backup_key.py).
os.environ.setdefault("POS_APP_BACKUP_KEY", "b4c0" * 16)

from pos_app.domain.catalog import TaxClass, TaxRate, Variant
from pos_app.domain.clock import FixedClock
from pos_app.domain.sale import PricingRules


class SequentialIds:
    """UUID-shaped, strictly increasing ids, so tests are repeatable."""

    def __init__(self, prefix: int = 0) -> None:
        self._n = itertools.count(1)
        self._prefix = prefix

    def new_id(self) -> str:
        return str(uuid.UUID(int=(self._prefix << 64) | next(self._n)))


STATE = TaxRate("state", "State tax", Decimal("0.0625"))
CITY = TaxRate("city", "City tax", Decimal("0.02"))
FOOD = TaxRate("food", "Food tax", Decimal("0.0225"))
TAX_CLASSES = {
    "standard": TaxClass("standard", "Standard", (STATE, CITY)),
    "food": TaxClass("food", "Food", (FOOD,)),
    "exempt": TaxClass("exempt", "Exempt", ()),
}


def variant(n: int, price: int = 1999, tax_class: str = "standard", tracked: bool = True) \
        -> Variant:
    return Variant(id=f"v{n}", product_id=f"p{n}", sku=f"SKU-{n:05d}", barcode=None,
                   title=f"Item {n}", price_minor=price, currency="USD", tax_class=tax_class,
                   tracked=tracked)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 27, 9, 0, tzinfo=UTC))


@pytest.fixture
def ids() -> SequentialIds:
    return SequentialIds()


@pytest.fixture
def rules() -> PricingRules:
    return PricingRules(TAX_CLASSES)


@pytest.fixture
def db(tmp_path: Path):
    from pos_app.adapters.sqlite.store import LocalDatabase

    database = LocalDatabase(tmp_path / "data")
    yield database
    database.close()


@pytest.fixture
def store(db):
    from pos_app.adapters.sqlite.sale_store import SqliteSaleStore

    return SqliteSaleStore(db)


@pytest.fixture
def desk(store, rules, clock, ids):
    from pos_app.services.sales import SalesDesk

    return SalesDesk(store, rules, clock, ids, terminal_id="T1", currency="USD")
