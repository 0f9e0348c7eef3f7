"""The demo store: deterministic, realistic enough, valid codes, and safe to seed twice."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from pos_app.adapters.sqlite.catalog_repo import SqliteCatalogRepository
from pos_app.adapters.sqlite.staff_repo import SqliteStaffRepository
from pos_app.adapters.sqlite.store import LocalDatabase
from pos_app.domain.barcode import is_valid_gtin
from pos_app.domain.permissions import Role
from pos_app.services.catalog import CatalogService
from pos_app.services.demo_data import (
    DEMO_STAFF,
    DEMO_TAX_CLASSES,
    demo_catalog,
    seed_demo,
    synthetic_variants,
    write_catalog_csv,
)
from pos_app.services.staff import AttemptKind, StaffService
from tests.integration import catalog_fixtures as fx

catalog_clock = fx.catalog_clock  # shared fixtures (tests/conftest.py is not ours)
catalog_db = fx.catalog_db
catalog_repo = fx.catalog_repo


def test_demo_catalog_is_deterministic_and_realistic() -> None:
    variants = demo_catalog(2000)
    assert variants == demo_catalog(2000)
    assert demo_catalog(2500)[:len(variants)] == variants  # more products extend the list
    products = Counter(v.product_id for v in variants)
    assert len(products) == 2000
    assert len({v.sku for v in variants}) == len(variants)
    barcodes = [v.barcode for v in variants if v.barcode]
    assert len(set(barcodes)) == len(barcodes) > 1500
    assert all(len(b) == 13 and is_valid_gtin(b) for b in barcodes)
    assert all(v.price_minor > 0 and v.currency == "USD" for v in variants)
    assert {v.tax_class for v in variants} == {"standard", "food", "exempt"}
    apparel = [v for v in variants if v.product_type == "Apparel"]
    assert max(Counter(v.product_id for v in apparel).values()) >= 6
    assert all(v.title.count(" / ") == 2 for v in apparel)
    assert any(v.sku == "4011" and v.title.startswith("Bananas") for v in variants)
    assert len({v.title for v in variants if v.product_type != "Apparel"}) > 1000


def test_demo_tax_classes_and_staff() -> None:
    classes = {c.code: c for c in DEMO_TAX_CLASSES}
    assert classes["standard"].combined == Decimal("0.0825")
    assert classes["food"].combined == Decimal("0.0225")
    assert classes["exempt"].combined == 0
    assert [(s.name, s.role, s.pin) for s in DEMO_STAFF] == [
        ("Alex Manager", Role.MANAGER, "1234"),
        ("Sam Cashier", Role.CASHIER, "1111"),
        ("Jo Cashier", Role.CASHIER, "2222"),
        ("Pat Supervisor", Role.SUPERVISOR, "3333"),
    ]


def test_seed_demo_twice_does_not_duplicate(catalog_db: LocalDatabase) -> None:
    catalog = SqliteCatalogRepository(catalog_db)
    staff = StaffService(SqliteStaffRepository(catalog_db), fx.fast_hasher(), fx.CountingIds())
    first = seed_demo(catalog, staff, n_products=2000)
    assert first.products == 2000
    assert first.written.inserted == first.variants == catalog.count()
    assert first.staff_added == 4
    second = seed_demo(catalog, staff, n_products=2000)
    assert (second.written.inserted, second.written.updated) == (0, 0)
    assert second.written.unchanged == first.variants
    assert second.staff_added == 0
    assert catalog.count() == first.variants
    assert len(staff.list_staff()) == 4
    assert sorted(catalog.tax_classes()) == ["exempt", "food", "standard"]
    by_name = {s.name: s for s in staff.list_staff()}
    for person in DEMO_STAFF:
        assert staff.check_pin(by_name[person.name].id, person.pin,
                               kind=AttemptKind.SIGN_IN).name == person.name
    service = CatalogService(catalog, ids=fx.CountingIds(), currency="USD")
    some = demo_catalog(2000)[500]
    assert some.barcode is not None
    assert service.lookup(some.barcode) == some
    assert service.search("bananas")[0].sku == "4011"


def test_synthetic_catalog_round_trips_through_csv(catalog_repo: SqliteCatalogRepository,
                                                   tmp_path: Path) -> None:
    variants = list(synthetic_variants(3000, seed=11))
    assert len(variants) == 3000
    assert len({v.sku for v in variants}) == 3000
    assert write_catalog_csv(tmp_path / "c.csv", variants) == 3000
    service = CatalogService(catalog_repo, ids=fx.CountingIds(), currency="USD")
    report = service.import_csv(tmp_path / "c.csv")
    assert report.ok and report.inserted == 3000
    loaded = catalog_repo.get_by_skus([v.sku for v in variants])
    assert all(replace(loaded[v.sku], id=v.id) == v for v in variants)
