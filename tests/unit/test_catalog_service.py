"""CatalogService against an in-memory repository: lookup, search and the CSV import rules."""

from __future__ import annotations

import itertools
from collections.abc import Collection, Sequence
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from pos_app.domain.barcode import ScannedCode, make_ean13
from pos_app.domain.catalog import TaxClass, TaxRate, Variant
from pos_app.domain.errors import BarcodeError, ConfigError, InputError, NotFound
from pos_app.services.catalog import (
    ROW,
    CatalogService,
    RowError,
    UpsertResult,
    barcode_key,
    check_catalog_currency,
    derived_product_id,
    lookup_key,
    product_title_of,
)

EAN = make_ean13("001234567890")
EAN2 = make_ean13("400638133393")
HEADER = "sku,barcode,title,price,tax_class\n"


class FakeCatalogRepository:
    """The CatalogRepository contract in memory, recording what the service asks for."""

    def __init__(self) -> None:
        self.by_sku: dict[str, Variant] = {}
        self.classes = {
            "standard": TaxClass("standard", "Standard",
                                 (TaxRate("state", "State", Decimal("0.0625")),)),
            "food": TaxClass("food", "Food", ()),
        }
        self.batches: list[int] = []
        self.search_calls: list[tuple[str, int]] = []
        self.codes: list[ScannedCode] = []

    def find_by_code(self, code: ScannedCode) -> Variant | None:
        self.codes.append(code)
        key = lookup_key(code)
        for v in self.by_sku.values():
            if v.barcode and barcode_key(v.barcode) == key:
                return v
        return self.by_sku.get(code.text)

    def get(self, variant_id: str) -> Variant | None:
        return next((v for v in self.by_sku.values() if v.id == variant_id), None)

    def get_by_skus(self, skus: Collection[str]) -> dict[str, Variant]:
        return {s: self.by_sku[s] for s in skus if s in self.by_sku}

    def barcode_owners(self, keys: Collection[str]) -> dict[str, str]:
        return {barcode_key(v.barcode): v.sku for v in self.by_sku.values()
                if v.barcode and barcode_key(v.barcode) in keys}

    def search(self, text: str, limit: int) -> list[Variant]:
        self.search_calls.append((text, limit))
        words = text.lower().split()
        return [v for v in self.by_sku.values()
                if all(w in v.title.lower() for w in words)][:limit]

    def upsert_variants(self, batch: Sequence[Variant]) -> UpsertResult:
        self.batches.append(len(batch))
        inserted = updated = unchanged = 0
        for v in batch:
            current = self.by_sku.get(v.sku)
            if current is None:
                self.by_sku[v.sku] = v
                inserted += 1
            elif replace(v, id=current.id, version=current.version) == current:
                unchanged += 1
            else:
                self.by_sku[v.sku] = replace(v, id=current.id, version=current.version + 1)
                updated += 1
        return UpsertResult(inserted, updated, unchanged)

    def count(self) -> int:
        return len(self.by_sku)

    def price_currencies(self) -> frozenset[str]:
        return frozenset(v.currency for v in self.by_sku.values())

    def tax_classes(self) -> dict[str, TaxClass]:
        return dict(self.classes)

    def upsert_tax_class(self, tax_class: TaxClass) -> None:
        self.classes[tax_class.code] = tax_class


class Ids:
    def __init__(self) -> None:
        self._n = itertools.count(1)

    def new_id(self) -> str:
        return f"id-{next(self._n)}"


@pytest.fixture
def repo() -> FakeCatalogRepository:
    return FakeCatalogRepository()


@pytest.fixture
def service(repo: FakeCatalogRepository) -> CatalogService:
    return CatalogService(repo, ids=Ids(), currency="USD", batch_size=3)


def csv_file(tmp_path: Path, text: str, name: str = "catalog.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8", newline="")
    return path


def stored(sku: str, **changes: Any) -> Variant:
    base = Variant(id=f"old-{sku}", product_id=f"prod-{sku}", sku=sku, barcode=None,
                   title="Old", price_minor=100, currency="USD", tax_class="standard",
                   tracked=True, product_type="Dairy", vendor="Meadow Farms")
    return replace(base, **changes)


# --- lookup and search --------------------------------------------------------------


def test_lookup_finds_upc_a_by_its_ean13_key(service: CatalogService,
                                             repo: FakeCatalogRepository) -> None:
    repo.by_sku["MILK"] = stored("MILK", barcode=EAN)
    assert service.lookup(EAN[1:]).sku == "MILK"
    assert lookup_key(repo.codes[-1]) == EAN


def test_lookup_of_unknown_codes_says_what_was_looked_for(service: CatalogService) -> None:
    with pytest.raises(NotFound, match=r"^No product with barcode 4006381333931$"):
        service.lookup("4006381333931")
    with pytest.raises(NotFound, match=r"^No product with SKU or code TSH-RED-M$"):
        service.lookup("  TSH-RED-M ")


def test_lookup_of_a_misread_barcode_never_reaches_the_repository(
        service: CatalogService, repo: FakeCatalogRepository) -> None:
    with pytest.raises(BarcodeError, match="check digit is 2, expected 1"):
        service.lookup("4006381333932")
    assert repo.codes == []


def test_get_raises_not_found(service: CatalogService) -> None:
    with pytest.raises(NotFound, match="No product variant with id nope"):
        service.get("nope")


@pytest.mark.parametrize("text", ["", "   ", "\t\n"])
def test_blank_search_is_empty_without_asking_the_repository(
        service: CatalogService, repo: FakeCatalogRepository, text: str) -> None:
    assert service.search(text) == []
    assert repo.search_calls == []


def test_search_trims_text_and_caps_the_limit(service: CatalogService,
                                              repo: FakeCatalogRepository) -> None:
    service.search("  milk  ", limit=10_000)
    service.search("x" * 500)
    assert repo.search_calls == [("milk", 200), ("x" * 100, 20)]
    assert service.search("milk", limit=0) == []


def test_product_title_is_the_part_before_the_options() -> None:
    assert product_title_of("Crew Tee / Navy / M") == "Crew Tee"
    assert product_title_of("Whole Milk 1 gal") == "Whole Milk 1 gal"


# --- import: good rows ----------------------------------------------------------------


def test_import_inserts_rows_with_defaults(service: CatalogService, repo: FakeCatalogRepository,
                                           tmp_path: Path) -> None:
    path = csv_file(tmp_path, HEADER + f"MILK,{EAN},Whole Milk 1 gal,3.49,standard\n"
                                       "PLU-4011,,Bananas,0.69,food\n")
    report = service.import_csv(path)
    assert (report.rows_read, report.inserted, report.updated, report.skipped) == (2, 2, 0, 0)
    assert report.ok and report.errors == ()
    milk = repo.by_sku["MILK"]
    assert milk == Variant(id="id-1", product_id=derived_product_id("MILK"), sku="MILK",
                           barcode=EAN, title="Whole Milk 1 gal", price_minor=349,
                           currency="USD", tax_class="standard", tracked=True)
    assert repo.by_sku["PLU-4011"].barcode is None


def test_header_is_case_insensitive_and_unknown_columns_are_reported(
        service: CatalogService, repo: FakeCatalogRepository, tmp_path: Path) -> None:
    path = csv_file(tmp_path, "\ufeffSKU, Title ,Price,Tax Class,Colour,Tracked,Vendor\n"
                              "A-1,Shirt,12.00,STANDARD,red,no,Acme\n")
    report = service.import_csv(path)
    assert report.ok
    assert report.ignored_columns == ("Colour",)
    a1 = repo.by_sku["A-1"]
    assert (a1.tax_class, a1.tracked, a1.vendor, a1.price_minor) == ("standard", False, "Acme",
                                                                     1200)


def test_semicolon_separated_files_are_understood(service: CatalogService,
                                                  repo: FakeCatalogRepository,
                                                  tmp_path: Path) -> None:
    path = csv_file(tmp_path, "sku;title;price;tax_class\nA-1;Cheese, sliced;4.99;food\n")
    assert service.import_csv(path).ok
    assert repo.by_sku["A-1"].title == "Cheese, sliced"


@pytest.mark.parametrize(("text", "tracked"), [
    ("true", True), ("YES", True), ("1", True), ("y", True),
    ("false", False), ("No", False), ("0", False), ("", True),
])
def test_tracked_values(service: CatalogService, repo: FakeCatalogRepository, tmp_path: Path,
                        text: str, tracked: bool) -> None:
    path = csv_file(tmp_path, f"sku,title,price,tax_class,tracked\nA,T,1,food,{text}\n")
    assert service.import_csv(path).ok
    assert repo.by_sku["A"].tracked is tracked


def test_update_keeps_id_and_the_columns_the_file_leaves_out(
        service: CatalogService, repo: FakeCatalogRepository, tmp_path: Path) -> None:
    repo.by_sku["MILK"] = stored("MILK", barcode=EAN, tracked=False)
    path = csv_file(tmp_path, "sku,title,price,tax_class,tracked,product_id\n"
                              "MILK,Whole Milk,3.99,food,,\n")
    report = service.import_csv(path)
    assert (report.inserted, report.updated) == (0, 1)
    milk = repo.by_sku["MILK"]
    assert milk.id == "old-MILK"
    assert milk.product_id == "prod-MILK"
    assert milk.barcode == EAN
    assert (milk.vendor, milk.product_type, milk.tracked) == ("Meadow Farms", "Dairy", False)
    assert (milk.title, milk.price_minor, milk.tax_class) == ("Whole Milk", 399, "food")


def test_a_present_but_blank_barcode_clears_it(service: CatalogService,
                                               repo: FakeCatalogRepository,
                                               tmp_path: Path) -> None:
    repo.by_sku["MILK"] = stored("MILK", barcode=EAN)
    assert service.import_csv(csv_file(tmp_path, HEADER + "MILK,,Old,1.00,standard\n")).ok
    assert repo.by_sku["MILK"].barcode is None


def test_identical_rows_count_as_unchanged(service: CatalogService, tmp_path: Path) -> None:
    path = csv_file(tmp_path, HEADER + f"MILK,{EAN},Milk,3.49,standard\n")
    service.import_csv(path)
    report = service.import_csv(path)
    assert (report.inserted, report.updated, report.unchanged) == (0, 0, 1)


def test_rows_are_written_in_batches(service: CatalogService, repo: FakeCatalogRepository,
                                     tmp_path: Path) -> None:
    rows = "".join(f"S-{i},,Item {i},1.00,food\n" for i in range(8))
    report = service.import_csv(csv_file(tmp_path, HEADER + rows))
    assert report.inserted == 8
    assert repo.batches == [3, 3, 2]


# --- import: bad rows -----------------------------------------------------------------


def test_each_bad_cell_is_reported_and_good_rows_still_import(
        service: CatalogService, repo: FakeCatalogRepository, tmp_path: Path) -> None:
    path = csv_file(tmp_path, HEADER +
                    "GOOD-1,,Fine,1.00,food\n"
                    ",,No SKU,1.00,food\n"
                    "BAD-PRICE,,Neg,-1.00,food\n"
                    "BAD-MANY,4006381333932,,abc,luxury\n"
                    "\n"
                    "GOOD-2,,Also fine,2.50,standard\n"
                    "BAD-DEC,,Fraction,1.999,food\n"
                    "BAD-BIG,,Huge,99999999999,food\n"
                    "BAD-NAN,,NaN,NaN,food\n"
                    "BAD-SCI,4.00638E+12,Excel,1.00,food\n"
                    "BAD-EXTRA,,Shirt, blue,1.00,food\n"
                    "BAD-CTRL,,Bell\x07,1.00,food\n")
    report = service.import_csv(path)
    assert report.errors == (
        RowError(3, "sku", "", "SKU is required"),
        RowError(4, "price", "-1.00", "Price must not be negative"),
        RowError(5, "title", "", "Title is required"),
        RowError(5, "price", "abc", "Price must be a number like 12.99"),
        RowError(5, "tax_class", "luxury",
                 "Unknown tax class 'luxury' (known: food, standard)"),
        RowError(5, "barcode", "4006381333932",
                 "Invalid EAN-13 barcode 4006381333932: check digit is 2, expected 1"),
        RowError(8, "price", "1.999", "Price has more decimal places than USD allows (2)"),
        RowError(9, "price", "99999999999", "Price is too large"),
        RowError(10, "price", "NaN", "Price must be a number like 12.99, not NaN or Infinity"),
        RowError(11, "barcode", "4.00638E+12",
                 "Barcode looks like a number a spreadsheet turned into scientific notation; "
                 "format the column as text and export again"),
        RowError(12, ROW, "food",
                 "Row has 6 values but the header has 5 columns "
                 "(is there an unquoted comma in a value?)"),
        RowError(12, "price", "blue", "Price must be a number like 12.99"),
        RowError(12, "tax_class", "1.00", "Unknown tax class '1.00' (known: food, standard)"),
        RowError(13, "title", "Bell\x07", "Title contains control characters"),
    )
    assert (report.rows_read, report.inserted, report.skipped) == (11, 2, 9)
    assert not report.ok
    assert sorted(repo.by_sku) == ["GOOD-1", "GOOD-2"]


def test_line_numbers_count_physical_lines_of_quoted_values(
        service: CatalogService, repo: FakeCatalogRepository, tmp_path: Path) -> None:
    path = csv_file(tmp_path, HEADER + 'A,,"Two\r\n  lines",1.00,food\nB,,Bad,x,food\n')
    report = service.import_csv(path)
    assert [(e.row_number, e.column) for e in report.errors] == [(4, "price")]
    assert repo.by_sku["A"].title == "Two lines"


def test_a_sku_twice_in_one_file_keeps_the_first(service: CatalogService,
                                                 repo: FakeCatalogRepository,
                                                 tmp_path: Path) -> None:
    path = csv_file(tmp_path, HEADER + "A,,First,1.00,food\nB,,Other,1.00,food\n"
                                       "A,,Second,2.00,food\n")
    report = service.import_csv(path)
    assert report.errors == (RowError(4, "sku", "A", "SKU A appears again; first on line 2"),)
    assert repo.by_sku["A"].title == "First"


def test_a_barcode_may_belong_to_one_sku_only(service: CatalogService,
                                              repo: FakeCatalogRepository,
                                              tmp_path: Path) -> None:
    repo.by_sku["OLD"] = stored("OLD", barcode=EAN2)
    path = csv_file(tmp_path, HEADER + f"A,{EAN},Milk,1.00,food\n"
                                       f"B,{EAN[1:]},Same code as UPC-A,1.00,food\n"
                                       f"C,{EAN2},Taken in the store,1.00,food\n")
    report = service.import_csv(path)
    assert report.errors == (
        RowError(3, "barcode", EAN[1:], f"Barcode {EAN[1:]} is already used by SKU A on line 2"),
        RowError(4, "barcode", EAN2, f"Barcode {EAN2} is already used by SKU OLD"),
    )


def test_a_barcode_moved_to_another_sku_earlier_in_the_file_is_free(
        service: CatalogService, repo: FakeCatalogRepository, tmp_path: Path) -> None:
    repo.by_sku["OLD"] = stored("OLD", barcode=EAN2)
    path = csv_file(tmp_path, HEADER + f"OLD,{EAN},Old gets a new code,1.00,food\n"
                                       f"NEW,{EAN2},New takes the old code,1.00,food\n")
    report = service.import_csv(path)
    assert report.ok, report.errors
    assert repo.by_sku["NEW"].barcode == EAN2


def test_missing_tax_classes_are_explained(tmp_path: Path) -> None:
    repo = FakeCatalogRepository()
    repo.classes.clear()
    report = CatalogService(repo, ids=Ids(), currency="USD").import_csv(
        csv_file(tmp_path, HEADER + "A,,T,1,standard\n"))
    assert report.errors[0].message == "Unknown tax class 'standard' (known: none are set up)"


def test_zero_decimal_currency(tmp_path: Path) -> None:
    repo = FakeCatalogRepository()
    service = CatalogService(repo, ids=Ids(), currency="JPY")
    report = service.import_csv(csv_file(tmp_path, HEADER + "A,,T,500,food\nB,,T,1.5,food\n"))
    assert repo.by_sku["A"].price_minor == 500
    assert report.errors[0].message == "Price has more decimal places than JPY allows (0)"


# --- import: unusable files ------------------------------------------------------------


def test_unusable_files_raise_input_error_naming_the_file(service: CatalogService,
                                                          tmp_path: Path) -> None:
    cases: dict[str, tuple[bytes, str]] = {
        "empty.csv": (b"", "is empty; a catalog CSV needs a header row"),
        "blank.csv": (b"\xef\xbb\xbf \n\n", "is empty"),
        "book.xlsx": (b"PK\x03\x04" + bytes(100), "looks like an Excel workbook"),
        "image.csv": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "contains binary data"),
        "utf16.csv": ("sku,title\n".encode("utf-16"), "is UTF-16 text"),
        "latin1.csv": (HEADER.encode() + "A,,Caf\xe9,1,food\n".encode("latin-1"),
                       "is not UTF-8 text: line 2 has the byte 0xE9"),
        "notes.csv": (b"just some notes\nnothing else\n",
                      "is missing the required columns sku, title, price, tax_class "
                      "(the header row has 'just some notes')"),
        "noprice.csv": (b"sku,title,tax_class\n",
                        "is missing the required column price"),
        "dup.csv": (b"sku,title,price,tax_class,SKU\n", "the column 'sku' appears twice"),
        "quote.csv": (HEADER.encode() + b'A,,"unterminated,1,food\n' + b"x" * 200_000,
                      "a quoted field is never closed (unterminated \"); nothing was imported"),
    }
    for name, (data, message) in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(InputError) as info:
            service.import_csv(path)
        assert str(path) in str(info.value), name
        assert message in str(info.value), (name, str(info.value))


def test_missing_file_and_directory(service: CatalogService, tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"Cannot read .*nope\.csv: No such file or directory"):
        service.import_csv(tmp_path / "nope.csv")
    with pytest.raises(InputError, match="it is a directory, not a CSV file"):
        service.import_csv(tmp_path)


def test_a_bad_file_writes_nothing(service: CatalogService, repo: FakeCatalogRepository,
                                   tmp_path: Path) -> None:
    # The decoding error is on the last line: the whole file is checked before any write.
    path = tmp_path / "late.csv"
    path.write_bytes(HEADER.encode() + b"A,,Fine,1,food\n" * 10 + b"B,,Bad\xff,1,food\n")
    with pytest.raises(InputError, match="line 12"):
        service.import_csv(path)
    assert repo.batches == []


# --- progress and cancel ---------------------------------------------------------------


def test_progress_every_thousand_rows_and_at_the_end(repo: FakeCatalogRepository,
                                                     tmp_path: Path) -> None:
    service = CatalogService(repo, ids=Ids(), currency="USD", batch_size=700)
    rows = "".join(f"S-{i},,Item,1.00,food\n" for i in range(2500))
    calls: list[tuple[int, int]] = []
    report = service.import_csv(csv_file(tmp_path, HEADER + rows),
                                progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1000, 2500), (2000, 2500), (2500, 2500)]
    assert report.inserted == 2500


def test_cancel_stops_after_the_current_batch(repo: FakeCatalogRepository,
                                              tmp_path: Path) -> None:
    service = CatalogService(repo, ids=Ids(), currency="USD", batch_size=600)
    rows = "".join(f"S-{i},,Item,1.00,food\n" for i in range(5000))
    report = service.import_csv(csv_file(tmp_path, HEADER + rows), should_cancel=lambda: True)
    assert report.cancelled and not report.ok
    # 1,000 rows read when the first check comes: one full batch and the 400 pending.
    assert report.rows_read == 1000
    assert repo.batches == [600, 400]
    assert repo.count() == 1000


# --- import: quotes that never close (strict CSV) ----------------------------------------


def quote_fault(service: CatalogService, repo: FakeCatalogRepository, path: Path) -> str:
    """The import's refusal; nothing at all was written."""
    with pytest.raises(InputError) as info:
        service.import_csv(path)
    assert repo.batches == [] and repo.count() == 0
    assert str(path) in str(info.value)
    assert str(info.value).endswith("; nothing was imported")
    return str(info.value)


def test_an_unterminated_quote_in_a_trailing_column_refuses_the_file(
        service: CatalogService, repo: FakeCatalogRepository, tmp_path: Path) -> None:
    # Read leniently, the vendor of B swallows C and D and the import "succeeds".
    path = csv_file(tmp_path, "sku,title,price,tax_class,vendor\n"
                              "A,One,1.00,food,Acme\n"
                              'B,Two,2.00,food,"Acme\n'
                              "C,Three,3.00,food,Acme\n"
                              "D,Four,4.00,food,Acme\n")
    assert quote_fault(service, repo, path).startswith(
        f'Line 3 of {path}: a quoted field is never closed (unterminated ")')


def test_an_unterminated_quote_in_the_title_is_named_not_a_missing_price(
        service: CatalogService, repo: FakeCatalogRepository, tmp_path: Path) -> None:
    path = csv_file(tmp_path, HEADER + "A,,One,1.00,food\n"
                                       'B,,"Two,2.00,food\n'
                                       "C,,Three,3.00,food\n")
    message = quote_fault(service, repo, path)
    assert message.startswith(f'Line 3 of {path}: a quoted field is never closed')
    assert "Price" not in message


def test_a_quote_that_runs_on_to_a_later_quote_names_where_it_opened(
        service: CatalogService, repo: FakeCatalogRepository, tmp_path: Path) -> None:
    path = csv_file(tmp_path, HEADER + 'B,,"Two,2.00,food\n'
                                       "C,,Three,3.00,food\n"
                                       'D,,"Four",4.00,food\n')
    assert quote_fault(service, repo, path).startswith(
        f'Line 2 of {path}: a quoted field is never closed (unterminated "): it runs on to '
        "a '\"' followed by more text on line 4")


def test_text_after_a_closing_quote_is_refused(service: CatalogService,
                                               repo: FakeCatalogRepository,
                                               tmp_path: Path) -> None:
    path = csv_file(tmp_path, HEADER + 'A,,"12" Pizza,2.00,food\n')
    assert quote_fault(service, repo, path).startswith(
        f"Line 2 of {path}: a quoted field has text after its closing quote")


def test_the_line_named_is_the_physical_line_where_the_quote_opens(
        service: CatalogService, repo: FakeCatalogRepository, tmp_path: Path) -> None:
    # Row 1 spans lines 2-3 (a title with a line break); the vendor opens on line 3.
    path = csv_file(tmp_path, "sku,title,price,tax_class,vendor\n"
                              'A,"Two\nlines",1.00,food,"Acme\n'
                              "B,T,1.00,food,x\n")
    assert quote_fault(service, repo, path).startswith(f"Line 3 of {path}:")
    path = csv_file(tmp_path, HEADER + 'A,,"Two\r\nlines",1.00,food\n'
                                       'B,,"Bad,1.00,food\n', name="later.csv")
    assert quote_fault(service, repo, path).startswith(f"Line 4 of {path}:")
    path = csv_file(tmp_path, 'sku,"title,price,tax_class\nA,T,1,food\n', name="head.csv")
    assert quote_fault(service, repo, path).startswith(f"Line 1 of {path}:")


def test_quoted_values_that_close_still_import(service: CatalogService,
                                               repo: FakeCatalogRepository,
                                               tmp_path: Path) -> None:
    path = csv_file(tmp_path, HEADER + 'A,,"Say ""cheese"", sliced",1.00,food\n'
                                       'B,,"",1.00,food\n'
                                       'C,,Plain "inch" mark,1.00,food\n')
    report = service.import_csv(path)
    assert repo.by_sku["A"].title == 'Say "cheese", sliced'
    assert repo.by_sku["C"].title == 'Plain "inch" mark'
    assert [(e.row_number, e.message) for e in report.errors] == [(3, "Title is required")]


# --- import: prices are plain decimals ---------------------------------------------------


LENIENT_PRICES = {
    "1e2": "Price is in scientific notation; write it as a plain number, like 100 or 0.5",
    "1_000": "Price contains '_'; write the digits without separators, like 1000",
    "5E-1": "Price is in scientific notation; write it as a plain number, like 100 or 0.5",
    " 1 2": "Price contains a space; write one number without spaces or thousands "
            "separators, like 1234.50",
    "\u0661\u0662\u0663": "Price contains '\u0661', a digit of another script; "
                             "write the digits 0-9",
    "1.999": "Price has more decimal places than USD allows (2)",
    "NaN": "Price must be a number like 12.99, not NaN or Infinity",
    "Infinity": "Price must be a number like 12.99, not NaN or Infinity",
    "+5": "Price must be written without a '+' sign, like 5",
    '"1,000"': "Price contains ','; write the decimal separator as '.' and no thousands "
               "separators, like 1234.50",
    '"1,000.00"': "Price mixes ',' and '.'; write it without thousands separators, "
                  "like 1234.50",
    "1.000.000": "Price has more than one '.'; write it without thousands separators, "
                 "like 1234.50",
    "-5": "Price must not be negative",
}


def test_prices_that_are_not_plain_decimals_are_refused_each_with_its_reason(
        service: CatalogService, repo: FakeCatalogRepository, tmp_path: Path) -> None:
    rows = "".join(f"S{i},,Item,{price},food\n" for i, price in enumerate(LENIENT_PRICES))
    report = service.import_csv(csv_file(tmp_path, HEADER + rows + "OK,,Item,12.50,food\n"))
    got = {e.value: e for e in report.errors}
    for n, (cell, message) in enumerate(LENIENT_PRICES.items()):
        value = cell.strip().strip('"')
        error = got[value]
        assert (error.row_number, error.column, error.message) == (n + 2, "price", message)
        assert str(error) == f"line {n + 2}, price={value!r}: {message}"
    assert (report.skipped, report.inserted) == (len(LENIENT_PRICES), 1)
    assert list(repo.by_sku) == ["OK"] and repo.by_sku["OK"].price_minor == 1250


def test_a_decimal_comma_only_in_files_separated_by_semicolons_or_tabs(
        service: CatalogService, repo: FakeCatalogRepository, tmp_path: Path) -> None:
    report = service.import_csv(csv_file(tmp_path, "sku;title;price;tax_class\n"
                                                   "A;Cheese;4,99;food\n"
                                                   "B;Bread;2.50;food\n"
                                                   "C;Wine;1.000,00;food\n"))
    assert (repo.by_sku["A"].price_minor, repo.by_sku["B"].price_minor) == (499, 250)
    assert [(e.row_number, e.message) for e in report.errors] == [
        (4, "Price mixes ',' and '.'; write it without thousands separators, like 1234.50")]


def test_three_decimal_currency(tmp_path: Path) -> None:
    repo = FakeCatalogRepository()
    report = CatalogService(repo, ids=Ids(), currency="KWD").import_csv(
        csv_file(tmp_path, HEADER + "A,,T,1.250,food\nB,,T,0.0005,food\n"))
    assert repo.by_sku["A"].price_minor == 1250
    assert [e.message for e in report.errors] == [
        "Price has more decimal places than KWD allows (3)"]


# --- import: text our own CSV exports neutralised ----------------------------------------


def test_an_apostrophe_before_formula_like_text_is_read_back_off(
        service: CatalogService, repo: FakeCatalogRepository, tmp_path: Path) -> None:
    path = csv_file(tmp_path, HEADER + "A,,'=HYPERLINK(\"http://x\"),1.00,food\n"
                                       "B,,'Til dawn,1.00,food\n"
                                       "C,,@SUM(1),1.00,food\n")
    assert service.import_csv(path).ok
    assert [repo.by_sku[s].title for s in "ABC"] == ['=HYPERLINK("http://x")', "'Til dawn",
                                                     "@SUM(1)"]


# --- one currency per catalog ------------------------------------------------------------


def test_the_catalog_currency_check() -> None:
    check_catalog_currency([], "JPY")  # an empty catalog takes the config's currency
    check_catalog_currency(["USD"], "USD")
    check_catalog_currency({"usd"}, "USD")
    with pytest.raises(ConfigError) as info:
        check_catalog_currency({"USD"}, "JPY")
    assert str(info.value) == (
        "The catalog is priced in USD but the config says JPY; change [store] currency back "
        "to USD, or re-import the catalog in JPY into a new data directory (--data-dir)")
    with pytest.raises(ConfigError, match=r"more than one currency \(JPY, USD\)"):
        check_catalog_currency({"USD", "JPY"}, "USD")


def test_import_into_a_catalog_priced_in_another_currency_is_refused(
        repo: FakeCatalogRepository, tmp_path: Path) -> None:
    repo.by_sku["OLD"] = stored("OLD")  # priced in USD
    service = CatalogService(repo, ids=Ids(), currency="JPY")
    with pytest.raises(ConfigError, match="priced in USD but the config says JPY"):
        service.import_csv(csv_file(tmp_path, HEADER + "A,,T,500,food\n"))
    assert repo.batches == [] and list(repo.by_sku) == ["OLD"]
