"""The catalog on a real SQLite file: scans, type-ahead search, FTS upkeep and CSV import."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event, select, text

from pos_app.adapters.sqlite.catalog_repo import SqliteCatalogRepository, fts_query, fts_tokens
from pos_app.adapters.sqlite.schema import ProductRow, VariantRow
from pos_app.adapters.sqlite.store import LocalDatabase
from pos_app.domain.barcode import make_ean13
from pos_app.domain.catalog import TaxClass, TaxRate
from pos_app.domain.errors import BarcodeError, InputError, NotFound
from pos_app.services.catalog import CatalogService, RowError
from pos_app.services.demo_data import DEMO_TAX_CLASSES
from tests.integration import catalog_fixtures as fx
from tests.integration.catalog_fixtures import (
    BREAD_EAN,
    CSV_HEADER,
    MILK_EAN,
    CountingIds,
    variant,
    write_csv,
)

# Shared fixtures, bound here so pytest finds them (tests/conftest.py is not ours).
catalog_clock = fx.catalog_clock
catalog_db = fx.catalog_db
catalog_repo = fx.catalog_repo
catalog = fx.catalog

GOOD_ROWS = (
    f"DAI-0001,{MILK_EAN},Meadow Farms Organic Whole Milk 1 gal,5.49,food,true,,Dairy,"
    "Meadow Farms\n"
    f"BAK-0002,{BREAD_EAN},Golden Crust Sourdough Bread,3.99,food,,,Bakery,Golden Crust\n"
    "APP-0003-NVY-M,,Crew Tee / Navy / M,19.99,standard,,P-TEE,Apparel,Basic Co\n"
    "APP-0003-NVY-L,,Crew Tee / Navy / L,19.99,standard,,P-TEE,Apparel,Basic Co\n"
    "4011,,Bananas (per lb),0.69,exempt,false,,Produce,\n"
    "HOU-0005,STORE-77,Fresh Home Dish Soap Lemon 24 oz,2.99,standard,yes,,Household,\n"
)


@pytest.fixture
def stocked(catalog: CatalogService, tmp_path: Path) -> CatalogService:
    report = catalog.import_csv(write_csv(tmp_path / "good.csv", CSV_HEADER + GOOD_ROWS))
    assert report.ok, report.errors
    return catalog


def skus(variants: list[Any]) -> list[str]:
    return [v.sku for v in variants]


# --- scanning -------------------------------------------------------------------------


def test_lookup_by_ean13_upc_a_sku_and_store_barcode(stocked: CatalogService) -> None:
    milk = stocked.lookup(MILK_EAN)
    assert (milk.sku, milk.price_minor, milk.tax_class) == ("DAI-0001", 549, "food")
    assert (milk.vendor, milk.product_type, milk.tracked) == ("Meadow Farms", "Dairy", True)
    assert stocked.lookup(MILK_EAN[1:]) == milk  # the UPC-A symbol of the same item
    assert stocked.lookup(" BAK-0002\n").barcode == BREAD_EAN
    assert stocked.lookup("4011").title == "Bananas (per lb)"
    assert stocked.lookup("STORE-77").sku == "HOU-0005"
    assert stocked.lookup("APP-0003-NVY-L").product_id == "P-TEE"


def test_unknown_and_malformed_codes(stocked: CatalogService) -> None:
    with pytest.raises(NotFound) as info:
        stocked.lookup("5901234123457")
    assert str(info.value) == "No product with barcode 5901234123457"
    with pytest.raises(NotFound) as info:
        stocked.lookup("dai-0001")
    assert str(info.value) == "No product with SKU or code dai-0001"
    with pytest.raises(BarcodeError) as bad:
        stocked.lookup("4006381333932")
    assert str(bad.value) == "Invalid EAN-13 barcode 4006381333932: check digit is 2, expected 1"
    with pytest.raises(BarcodeError, match=r"^Nothing was scanned$"):
        stocked.lookup("  ")


def test_barcode_lookup_uses_the_barcode_key_index(stocked: CatalogService,
                                                   catalog_db: LocalDatabase) -> None:
    seen: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if "FROM variant" in statement:
            seen.append((statement, parameters))

    event.listen(catalog_db.reader, "before_cursor_execute", capture)
    try:
        stocked.lookup(MILK_EAN[1:])
    finally:
        event.remove(catalog_db.reader, "before_cursor_execute", capture)
    assert len(seen) == 1  # found on the first query, no SKU fallback
    statement, parameters = seen[0]
    raw = sqlite3.connect(catalog_db.path)
    try:
        plan = " ".join(row[3] for row in raw.execute("EXPLAIN QUERY PLAN " + statement,
                                                      parameters))
    finally:
        raw.close()
    assert "USING INDEX ix_variant_barcode_key (barcode_key=?)" in plan


def test_get_by_id(stocked: CatalogService) -> None:
    milk = stocked.lookup(MILK_EAN)
    assert stocked.get(milk.id) == milk


# --- search ---------------------------------------------------------------------------


def test_search_by_words_and_prefixes(stocked: CatalogService) -> None:
    assert skus(stocked.search("whole milk")) == ["DAI-0001"]
    assert skus(stocked.search("mil")) == ["DAI-0001"]
    assert skus(stocked.search("ORGANIC   mi")) == ["DAI-0001"]
    assert skus(stocked.search("sour")) == ["BAK-0002"]
    assert skus(stocked.search("banana")) == ["4011"]
    assert skus(stocked.search("crew navy")) == ["APP-0003-NVY-M", "APP-0003-NVY-L"]
    assert stocked.search("milk bread") == []


def test_search_by_sku_and_barcode_prefix(stocked: CatalogService) -> None:
    assert skus(stocked.search("app-0003")) == ["APP-0003-NVY-M", "APP-0003-NVY-L"]
    assert skus(stocked.search("BAK-00")) == ["BAK-0002"]
    assert skus(stocked.search(MILK_EAN[:6])) == ["DAI-0001"]
    assert skus(stocked.search(BREAD_EAN)) == ["BAK-0002"]
    # A complete UPC-A finds the item stored under its EAN-13 form.
    assert skus(stocked.search(MILK_EAN[1:])) == ["DAI-0001"]


def test_search_ignores_diacritics_and_case(catalog_repo: SqliteCatalogRepository) -> None:
    catalog_repo.upsert_variants([variant("JAL-1", title="Jalapeño Kettle Chips")])
    assert skus(catalog_repo.search("jalapeno", 20)) == ["JAL-1"]
    assert skus(catalog_repo.search("JALAPEÑO", 20)) == ["JAL-1"]


def test_title_matches_rank_first(catalog_repo: SqliteCatalogRepository) -> None:
    catalog_repo.upsert_variants([
        variant("MILK-9", title="Chocolate Bar"),
        variant("CHOC-1", title="Milk Chocolate Bar"),
        variant("CHOC-2", title="Milk Chocolate Bar with Almonds and Milk Caramel Filling"),
    ])
    assert skus(catalog_repo.search("milk", 20)) == ["CHOC-1", "CHOC-2", "MILK-9"]
    # ...but a whole SKU typed in goes first.
    assert skus(catalog_repo.search("milk-9", 20)) == ["MILK-9"]


def test_limit_is_respected_and_single_letters_work(catalog_repo: SqliteCatalogRepository) -> None:
    catalog_repo.upsert_variants([variant(f"S-{i:03d}", title=f"Soap {i}") for i in range(50)])
    assert len(catalog_repo.search("so", 7)) == 7
    found = catalog_repo.search("s", 5)
    assert len(found) == 5
    assert [v.title for v in found] == sorted(v.title for v in found)


# Titles for the one-letter cases: which words start with m and c decides the answer.
_SHORT_PREFIX_TITLES = {
    "X-01": "Meadow Cheddar Cheese",           # m + c (two c words)
    "X-02": "Crew Tee / Navy / M",             # m is a size, c a word
    "X-03": "Organic Milk Chocolate Bar",      # m + c, and organic
    "X-04": "Organic Whole Milk",              # m only
    "X-05": "Classic Cola 12 pack",            # c only
    "X-06": "Mocha Coffee Beans",              # m + c
    "X-07": "Sourdough Bread",                 # neither
    "X-08": "Organic Cashews",                 # c + organic, no m
    "X-09": "Emma Scream Soap",                # m and c inside words only
}


def _words_start(title: str, *prefixes: str) -> bool:
    words = [w.lower() for w in title.replace("/", " ").split()]
    return all(any(w.startswith(p) for w in words) for p in prefixes)


@pytest.fixture
def short_prefix_repo(catalog_repo: SqliteCatalogRepository) -> SqliteCatalogRepository:
    catalog_repo.upsert_variants([variant(sku, title=title)
                                  for sku, title in _SHORT_PREFIX_TITLES.items()])
    return catalog_repo


@pytest.mark.parametrize("text, letters", [
    ("M C", ("m", "c")), ("m c", ("m", "c")), ("c M", ("c", "m")),
    ("Organic c", ("organic", "c")), ("Organic C M", ("organic", "c", "m")),
    ("or ch", ("or", "ch")), ("mi c", ("mi", "c")), ("M", ("m",)), ("s c", ("s", "c")),
])
def test_short_multi_token_prefixes_find_every_item_whose_words_start_so(
        short_prefix_repo: SqliteCatalogRepository, text: str,
        letters: tuple[str, ...]) -> None:
    """'M C' is every item with a word starting with m and a word starting with c (the
    one-letter prefix index, 0022_fts_one_letter_prefix): none left out, none extra."""
    expected = {sku for sku, title in _SHORT_PREFIX_TITLES.items()
                if _words_start(title, *letters)}
    found = short_prefix_repo.search(text, 20)
    assert {v.sku for v in found} == expected
    assert len(found) == len(expected)
    if any(len(t) == 1 for t in letters):  # unranked: alphabetical, as before
        assert [v.title for v in found] == sorted(v.title for v in found)


def test_one_letter_tokens_past_the_limit_are_the_first_matches(
        catalog_repo: SqliteCatalogRepository) -> None:
    catalog_repo.upsert_variants(
        [variant(f"Z-{i:03d}", title=f"Mint Candy {i:03d}" if i % 3 else f"Mint Gum {i:03d}")
         for i in range(120)])
    found = catalog_repo.search("M C", 10)
    assert [v.sku for v in found] == sorted(f"Z-{i:03d}" for i in range(1, 15) if i % 3)[:10]
    assert all(_words_start(v.title, "m", "c") for v in found)


def test_the_fts_table_indexes_one_letter_prefixes_after_an_upgrade(tmp_path: Path) -> None:
    """A database from before 0022 (prefix='2 3') is rebuilt with one-letter prefixes;
    what it held is found, and what is written after stays in step."""
    db = LocalDatabase(tmp_path / "data")
    try:
        repo = SqliteCatalogRepository(db)
        for tax_class in DEMO_TAX_CLASSES:
            repo.upsert_tax_class(tax_class)
        repo.upsert_variants(
            [variant(sku, title=title) for sku, title in _SHORT_PREFIX_TITLES.items()])
        with db.write() as conn:
            conn.execute(text("DELETE FROM alembic_version "
                              "WHERE version_num = '0022_fts_one_letter_prefix'"))
            conn.execute(text("DROP TABLE variant_fts"))
            conn.execute(text(
                "CREATE VIRTUAL TABLE variant_fts USING fts5(title, sku, barcode, "
                "content='variant', content_rowid='rowid', "
                "tokenize=\"unicode61 remove_diacritics 2 tokenchars '-_.'\", prefix='2 3')"))
            conn.execute(text("INSERT INTO variant_fts(variant_fts) VALUES ('rebuild')"))
    finally:
        db.close()

    db = LocalDatabase(tmp_path / "data")
    try:
        with db.read() as conn:
            sql = conn.execute(text("SELECT sql FROM sqlite_master "
                                    "WHERE name = 'variant_fts'")).scalar_one()
        assert "prefix='1 2 3'" in sql
        repo = SqliteCatalogRepository(db)
        assert skus(repo.search("M C", 20)) == ["X-02", "X-01", "X-06", "X-03"]
        repo.upsert_variants([variant("X-10", title="Maple Crunch")])
        assert skus(repo.search("ma cr", 20)) == ["X-10"]
    finally:
        db.close()


def test_many_sku_prefix_matches_come_from_the_index_in_order(
        catalog_repo: SqliteCatalogRepository) -> None:
    catalog_repo.upsert_variants([variant(f"ZZP-{i:04d}", title="Widget") for i in range(150)])
    assert skus(catalog_repo.search("ZZP-", 3)) == ["ZZP-0000", "ZZP-0001", "ZZP-0002"]
    assert skus(catalog_repo.search("zzp-01", 2)) == ["ZZP-0100", "ZZP-0101"]


@pytest.mark.parametrize("text", [
    '"', "*", '"milk" OR *', "NEAR(milk bread)", "milk AND", "NOT", "a:b", "^milk",
    "title:milk", "(milk", "{title}: x", "-", "--", "milk' OR '1'='1", "\x00", "🥛 milk",
])
def test_fts_syntax_in_the_text_is_just_text(stocked: CatalogService, text: str) -> None:
    stocked.search(text)  # no sqlite3.OperationalError from MATCH


def test_fts_query_quotes_every_token_as_a_prefix() -> None:
    assert fts_query(fts_tokens('Milk "OR" whole* NEAR(x)')) == \
        '"milk"* AND "or"* AND "whole"* AND "near"* AND "x"*'
    assert fts_tokens("T-Shirt 1/2 gal. --") == ["t-shirt", "1", "2", "gal."]
    assert fts_tokens("-- ** ::") == []


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=40))
def test_any_text_can_be_searched(stocked: CatalogService, text: str) -> None:
    for v in stocked.search(text):
        assert v.sku


# --- FTS upkeep and upserts -----------------------------------------------------------


def test_search_follows_updates_and_renames(stocked: CatalogService, tmp_path: Path,
                                           catalog_repo: SqliteCatalogRepository) -> None:
    update = write_csv(tmp_path / "update.csv",
                       "sku,title,price,tax_class\nDAI-0001,Hillside Oat Drink 1 qt,4.29,food\n")
    report = stocked.import_csv(update)
    assert (report.updated, report.inserted) == (1, 0)
    assert stocked.search("milk") == []
    assert skus(stocked.search("oat drink")) == ["DAI-0001"]
    assert stocked.lookup(MILK_EAN).version == 2  # the barcode column was not in the file

    # A SKU renamed at the source arrives with the same id and a new SKU.
    soap = stocked.lookup("HOU-0005")
    catalog_repo.upsert_variants([replace(soap, sku="HOU-0005-B")])
    assert skus(stocked.search("HOU-0005")) == ["HOU-0005-B"]
    with pytest.raises(NotFound):
        stocked.lookup("HOU-0005")
    assert catalog_repo.count() == 6


def test_upsert_keys_on_sku_and_reports_what_it_did(catalog_repo: SqliteCatalogRepository,
                                                    catalog_db: LocalDatabase) -> None:
    first = catalog_repo.upsert_variants([variant("A", vid="id-1", barcode=MILK_EAN),
                                          variant("B", vid="id-2")])
    assert (first.inserted, first.updated, first.unchanged) == (2, 0, 0)
    # A fresh id for a known SKU updates the existing row; identical content is left alone.
    again = catalog_repo.upsert_variants([variant("A", vid="other", barcode=MILK_EAN, price=250),
                                          variant("B", vid="id-2")])
    assert (again.inserted, again.updated, again.unchanged) == (0, 1, 1)
    a = catalog_repo.get_by_skus(["A"])["A"]
    assert (a.id, a.price_minor, a.version) == ("id-1", 250, 2)
    with catalog_db.read() as conn:
        rows = conn.execute(select(VariantRow.barcode_key, VariantRow.updated_at)
                            .where(VariantRow.sku == "A")).all()
        product = conn.execute(select(ProductRow.title, ProductRow.version)
                               .where(ProductRow.id == "p-A")).one()
    assert rows == [(MILK_EAN, "2026-11-27T09:00:00.000000+00:00")]
    assert tuple(product) == ("Item", 1)


def test_same_sku_twice_in_a_batch_leaves_one_row(catalog_repo: SqliteCatalogRepository) -> None:
    result = catalog_repo.upsert_variants([variant("A", title="One"),
                                           variant("A", vid="x", title="Two")])
    assert (result.inserted, result.updated) == (1, 1)
    assert catalog_repo.count() == 1
    assert skus(catalog_repo.search("two", 5)) == ["A"]
    assert catalog_repo.search("one", 5) == []


def test_barcode_owners(catalog_repo: SqliteCatalogRepository) -> None:
    catalog_repo.upsert_variants([variant("A", barcode=MILK_EAN[1:]),
                                  variant("B", barcode="STORE-1")])
    assert catalog_repo.barcode_owners({MILK_EAN, "STORE-1", "nope"}) == {MILK_EAN: "A",
                                                                           "STORE-1": "B"}


def test_tax_classes_round_trip(catalog_repo: SqliteCatalogRepository) -> None:
    classes = catalog_repo.tax_classes()
    assert sorted(classes) == ["exempt", "food", "standard"]
    assert str(classes["standard"].combined) == "0.0825"
    assert classes["exempt"].rates == ()
    changed = TaxClass("food", "Food (new rate)",
                       (TaxRate("food", "Reduced food tax", classes["food"].combined),
                        TaxRate("county", "County", classes["food"].combined / 9)))
    catalog_repo.upsert_tax_class(changed)
    food = catalog_repo.tax_classes()["food"]
    assert food.name == "Food (new rate)"
    assert [r.code for r in food.rates] == ["county", "food"]


# --- import ---------------------------------------------------------------------------


def test_import_with_good_and_bad_rows_loses_nothing(catalog: CatalogService, tmp_path: Path,
                                                    catalog_repo: SqliteCatalogRepository) -> None:
    path = write_csv(tmp_path / "mixed.csv", CSV_HEADER + GOOD_ROWS +
                     "BAD-1,,Neg price,-2,food,,,,\n"
                     f"BAD-2,{MILK_EAN},Same barcode as the milk,1.00,food,,,,\n"
                     "BAD-3,,Unknown tax,1.00,luxury,,,,\n"
                     "BAD-4,,Tracked?,1.00,food,maybe,,,\n"
                     "LAST-1,,Last good row,1.00,food,,,,\n")
    report = catalog.import_csv(path)
    assert report.errors == (
        RowError(8, "price", "-2", "Price must not be negative"),
        RowError(9, "barcode", MILK_EAN,
                 f"Barcode {MILK_EAN} is already used by SKU DAI-0001 on line 2"),
        RowError(10, "tax_class", "luxury",
                 "Unknown tax class 'luxury' (known: exempt, food, standard)"),
        RowError(11, "tracked", "maybe", "Tracked must be true/false, yes/no or 1/0"),
    )
    assert (report.rows_read, report.inserted, report.skipped) == (11, 7, 4)
    assert catalog_repo.count() == 7
    assert catalog.lookup("LAST-1").price_minor == 100
    for sku in ("BAD-1", "BAD-2", "BAD-3", "BAD-4"):
        with pytest.raises(NotFound):
            catalog.lookup(sku)


def test_reimport_is_idempotent(stocked: CatalogService, tmp_path: Path,
                                catalog_repo: SqliteCatalogRepository) -> None:
    report = stocked.import_csv(write_csv(tmp_path / "again.csv", CSV_HEADER + GOOD_ROWS))
    assert (report.inserted, report.updated, report.unchanged) == (0, 0, 6)
    assert catalog_repo.count() == 6
    assert stocked.lookup(MILK_EAN).version == 1


def test_barcode_taken_by_another_sku_in_the_store(stocked: CatalogService,
                                                   tmp_path: Path) -> None:
    report = stocked.import_csv(write_csv(tmp_path / "clash.csv",
                                          f"sku,barcode,title,price,tax_class\n"
                                          f"NEW-1,{MILK_EAN[1:]},Imposter,1.00,food\n"))
    assert report.errors == (RowError(2, "barcode", MILK_EAN[1:],
                                      f"Barcode {MILK_EAN[1:]} is already used by SKU DAI-0001"),)


def test_non_csv_and_corrupt_files(catalog: CatalogService, tmp_path: Path,
                                   catalog_repo: SqliteCatalogRepository) -> None:
    sheet = tmp_path / "catalog.xlsx"
    sheet.write_bytes(b"PK\x03\x04\x14\x00\x06\x00" + bytes(64))
    with pytest.raises(InputError) as info:
        catalog.import_csv(sheet)
    assert str(info.value) == (f"{sheet} is not a CSV file: it looks like an Excel workbook "
                               "(.xlsx) or another ZIP file; save it as 'CSV UTF-8'")
    corrupt = tmp_path / "corrupt.csv"
    corrupt.write_bytes((CSV_HEADER + GOOD_ROWS).encode() + b"X-1,,\xc3\x28,1,food\n")
    with pytest.raises(InputError) as info:
        catalog.import_csv(corrupt)
    assert str(info.value) == (f"{corrupt} is not UTF-8 text: line 8 has the byte 0xC3; "
                               "save the file as 'CSV UTF-8'; nothing was imported")
    assert catalog_repo.count() == 0  # checked before anything was written


def test_cancel_keeps_the_committed_batches(catalog_repo: SqliteCatalogRepository,
                                            tmp_path: Path) -> None:
    service = CatalogService(catalog_repo, ids=CountingIds(), currency="USD", batch_size=400)
    rows = "".join(f"C-{i:05d},{make_ean13(f'2{i:011d}')},Can {i},1.00,food,,,,\n"
                   for i in range(3000))
    checks = iter([False, True])
    progress: list[tuple[int, int]] = []
    report = service.import_csv(write_csv(tmp_path / "big.csv", CSV_HEADER + rows),
                                progress=lambda d, t: progress.append((d, t)),
                                should_cancel=lambda: next(checks))
    assert report.cancelled
    assert report.rows_read == report.inserted == 2000
    assert progress == [(1000, 3000), (2000, 3000), (2000, 3000)]
    assert catalog_repo.count() == 2000
    assert service.lookup(make_ean13(f"2{1999:011d}")).sku == "C-01999"
    with pytest.raises(NotFound):
        service.lookup("C-02000")


def test_a_larger_import_is_fast_enough_to_be_batched(catalog: CatalogService, tmp_path: Path,
                                                     catalog_repo: SqliteCatalogRepository,
                                                     catalog_db: LocalDatabase) -> None:
    rows = "".join(f"L-{i:05d},{make_ean13(f'3{i:011d}')},Lentils {i},1.00,food,,,,\n"
                   for i in range(12_000))
    commits = 0

    def count_commit(_conn: Any) -> None:
        nonlocal commits
        commits += 1

    event.listen(catalog_db.writer, "commit", count_commit)
    try:
        report = catalog.import_csv(write_csv(tmp_path / "l.csv", CSV_HEADER + rows))
    finally:
        event.remove(catalog_db.writer, "commit", count_commit)
    assert report.inserted == 12_000
    assert commits == 3  # 5,000-row transactions, not one per row
    assert skus(catalog.search("lentils 11999")) == ["L-11999"]
