"""Catalog use cases: scanned/typed code lookup, type-ahead search and CSV catalog import.

The storage port is `CatalogRepository`; the SQLite adapter lives in
`pos_app.adapters.sqlite.catalog_repo`. Anything that writes variant rows itself must
store `barcode_key(barcode)` next to the barcode, or scans will not find the row.
"""

from __future__ import annotations

import codecs
import csv
import json
import re
import uuid
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import BinaryIO, Protocol

from pos_app.domain.barcode import CodeKind, ScannedCode, parse_code
from pos_app.domain.catalog import TaxClass, TaxRate, Variant
from pos_app.domain.clock import IdGenerator
from pos_app.domain.errors import BarcodeError, ConfigError, InputError, NotFound, msg
from pos_app.domain.money import exponent_of
from pos_app.domain.permissions import Action, Actor, authorize
from pos_app.domain.plain_amount import read_plain_amount

from .csv_safety import from_csv_cell

# Rows per write transaction: big enough that commit cost (an fsync each) is noise,
# small enough that a cancel or a crash loses little work and the write lock is short.
BATCH_SIZE = 5000
PROGRESS_EVERY = 1000
MAX_SEARCH_RESULTS = 200
# Longer input is not a search a person typed; cutting it keeps the MATCH small.
MAX_SEARCH_TEXT = 100
MAX_SKU_LENGTH = 255  # Shopify's limit
MAX_TITLE_LENGTH = 255
# Far above any shop price, far below SQLite's 64-bit integer limit.
MAX_PRICE_MINOR = 10**12

REQUIRED_COLUMNS = ("sku", "title", "price", "tax_class")
OPTIONAL_COLUMNS = ("barcode", "tracked", "product_id", "product_type", "vendor")
ROW = "(row)"  # RowError.column for problems with the row as a whole

# Products created by an import without a product_id get a stable id derived from the
# SKU, so importing the same file again finds the same product.
_PRODUCT_NAMESPACE = uuid.UUID("5b8e3c1e-6f0a-4d55-9a43-7a1f0c2f6b21")
_TRUE = {"true", "1", "yes", "y"}
_FALSE = {"false", "0", "no", "n"}
# Excel shows long numbers as 4.00638E+12 and exports them that way, losing digits.
_SCIENTIFIC = re.compile(r"^\d(?:[.,]\d+)?[eE]\+\d+$")
_DELIMITERS = (",", ";", "\t")
_SNIFF_BYTES = 8192
_MAX_HEADER_BYTES = 1 << 20

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


def barcode_key(barcode: str) -> str:
    """The lookup key stored with a barcode: EAN-13 for UPC-A/EAN-13, else the text itself."""
    text = barcode.strip()
    try:
        code = parse_code(text)
    except BarcodeError:
        return text
    return lookup_key(code)


def lookup_key(code: ScannedCode) -> str:
    """The `barcode_key` a scanned code is looked up by."""
    return code.gtin13 or code.text


def product_title_of(variant_title: str) -> str:
    """The product part of a Shopify-style variant title ("Tee / Blue / M" -> "Tee")."""
    head = variant_title.split(" / ", 1)[0].strip()
    return head or variant_title


def derived_product_id(sku: str) -> str:
    return str(uuid.uuid5(_PRODUCT_NAMESPACE, sku))


@dataclass(frozen=True, slots=True)
class UpsertResult:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0

    def __add__(self, other: UpsertResult) -> UpsertResult:
        return UpsertResult(self.inserted + other.inserted, self.updated + other.updated,
                            self.unchanged + other.unchanged)


class CatalogRepository(Protocol):
    """Storage of variants, their products and tax classes. SKUs are unique."""

    def find_by_code(self, code: ScannedCode) -> Variant | None:
        """The variant whose barcode key is `lookup_key(code)`, else whose SKU is the text."""
        ...

    def get(self, variant_id: str) -> Variant | None: ...

    def get_by_skus(self, skus: Collection[str]) -> dict[str, Variant]:
        """Existing variants with any of these SKUs, by SKU."""
        ...

    def barcode_owners(self, keys: Collection[str]) -> dict[str, str]:
        """For each barcode key already in use, the SKU of a variant that has it."""
        ...

    def search(self, text: str, limit: int) -> list[Variant]:
        """Best matches for type-ahead text: title words, SKU or barcode prefixes."""
        ...

    def variants_of(self, product_id: str, limit: int) -> list[Variant]:
        """The variants of one product, in the order they were listed."""
        ...

    def upsert_variants(self, batch: Sequence[Variant]) -> UpsertResult:
        """Insert or update by SKU (then by id) in one transaction; products follow."""
        ...

    def count(self) -> int: ...

    def price_currencies(self) -> frozenset[str]:
        """The currencies stored variants are priced in: none for an empty catalog."""
        ...

    def tax_classes(self) -> dict[str, TaxClass]: ...

    def upsert_tax_class(self, tax_class: TaxClass) -> None: ...


def check_catalog_currency(stored: Collection[str], configured: str) -> None:
    """ConfigError unless the stored catalog is empty or priced only in `configured`.

    A variant carries the currency it is priced in. Selling it under another store
    currency would reprice it (1.99 USD rung up as 199 JPY), so a config that names
    another currency than the catalog's is refused before anything is sold or priced.
    """
    want = configured.upper()
    have = sorted({c.upper() for c in stored})
    if not have or have == [want]:
        return
    if len(have) == 1:
        raise ConfigError(
            f"The catalog is priced in {have[0]} but the config says {want}; change "
            f"[store] currency back to {have[0]}, or re-import the catalog in {want} into "
            f"a new data directory (--data-dir)")
    raise ConfigError(
        f"The catalog is priced in more than one currency ({', '.join(have)}); a catalog "
        f"has one currency, and the config says {want}: re-import the catalog in {want} "
        f"into a new data directory (--data-dir)")


@dataclass(frozen=True, slots=True)
class RowError:
    """One problem with one cell (or with the whole row, column `ROW`) of an import file."""

    row_number: int  # 1-based line number in the file, the header being line 1
    column: str
    value: str
    message: str

    def __str__(self) -> str:
        return f"line {self.row_number}, {self.column}={self.value!r}: {self.message}"


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did. `rows_read` = inserted + updated + unchanged + skipped."""

    path: Path
    rows_read: int
    inserted: int
    updated: int
    unchanged: int
    skipped: int
    errors: tuple[RowError, ...]
    cancelled: bool = False
    ignored_columns: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        """Every row of the file was imported."""
        return not self.cancelled and self.skipped == 0


class ImportAudit(Protocol):
    def append(self, *, actor: str | None, action: str, subject: str | None,
               detail: str, approved_by: str | None) -> None: ...


class CatalogService:
    """Finds variants for the counter and keeps the local catalog filled."""

    def __init__(self, repo: CatalogRepository, *, ids: IdGenerator, currency: str,
                 batch_size: int = BATCH_SIZE) -> None:
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        exponent_of(currency)
        self._repo = repo
        self._ids = ids
        self._currency = currency.upper()
        self._batch_size = batch_size

    def lookup(self, raw: str) -> Variant:
        """The variant for a scanned barcode or typed SKU/code; BarcodeError or NotFound."""
        code = parse_code(raw)
        found = self._repo.find_by_code(code)
        if found is None:
            raise NotFound(msg("No product with barcode {code}", code=code.text)
                           if code.kind is CodeKind.GTIN else
                           msg("No product with SKU or code {code}", code=code.text))
        return found

    def get(self, variant_id: str) -> Variant:
        found = self._repo.get(variant_id)
        if found is None:
            raise NotFound(msg("No product variant with id {variant}", variant=variant_id))
        return found

    def search(self, text: str, limit: int = 20) -> list[Variant]:
        """Type-ahead: up to `limit` best matches; nothing for blank text."""
        query = text.strip()[:MAX_SEARCH_TEXT]
        if not query or limit < 1:
            return []
        return self._repo.search(query, min(limit, MAX_SEARCH_RESULTS))

    def variants_of(self, product_id: str, limit: int = 100) -> list[Variant]:
        """The variants of one product (a cashier picks one), in catalog order."""
        return self._repo.variants_of(product_id, limit) if product_id else []

    def import_csv(self, path: Path | str, *, progress: ProgressCallback | None = None,
                   should_cancel: CancelCheck | None = None) -> ImportReport:
        """Insert or update variants from a CSV file, keyed by SKU.

        Bad rows are reported in the result and skipped; the rest are written in
        batches, one transaction each. A file that cannot be read as a catalog CSV
        raises InputError before anything is written. `should_cancel` is polled with
        every progress report; on True the rows read so far are written and the
        import stops.
        """
        source = Path(path)
        check_catalog_currency(self._repo.price_currencies(), self._currency)
        layout = _scan(source)
        run = _ImportRun(self._repo, self._merge, currency=self._currency,
                         batch_size=self._batch_size, source=source, layout=layout,
                         tax_classes=self._repo.tax_classes())
        with _open_rows(source, layout.delimiter) as rows:
            next(rows)  # the header, already understood by _scan
            for line, cells in rows:
                run.add(line, cells)
                if run.rows_read % PROGRESS_EVERY == 0:
                    if progress is not None:
                        progress(run.rows_read, layout.total)
                    if should_cancel is not None and should_cancel():
                        run.cancelled = True
                        break
        run.flush()
        if progress is not None:
            progress(run.rows_read, layout.total)
        return run.report()

    def import_by(self, actor: Actor, path: Path | str, *, audit: ImportAudit | None = None,
                  progress: ProgressCallback | None = None,
                  should_cancel: CancelCheck | None = None) -> ImportReport:
        """`import_csv` on a person's authority: an import changes prices for the whole
        store, so only a manager or owner may run one (Action.IMPORT_CATALOG), and
        what it did is written to the audit log, also when it fails part-way."""
        authorize(Action.IMPORT_CATALOG, actor, None)
        report: ImportReport | None = None
        try:
            report = self.import_csv(path, progress=progress, should_cancel=should_cancel)
            return report
        finally:
            if audit is not None:
                detail = {"file": Path(path).name, "failed": report is None}
                if report is not None:
                    detail |= {"rows": report.rows_read, "inserted": report.inserted,
                               "updated": report.updated, "unchanged": report.unchanged,
                               "rejected": report.skipped, "cancelled": report.cancelled}
                audit.append(actor=actor.staff_id, action="catalog_import",
                             subject=Path(path).name,
                             detail=json.dumps(detail, sort_keys=True), approved_by=None)

    def define_tax_class_by(self, actor: Actor, code: str, name: str,
                            rates: Sequence[str], *,
                            audit: ImportAudit | None = None) -> TaxClass:
        """Create or replace tax class `code` from rates written "CODE:PERCENT[:NAME]"
        ("state:6.25:State sales tax"); no rate means a class taxed at 0 (exempt). A
        tax class changes what every sale of its products costs: a manager's or the
        owner's act (Action.IMPORT_CATALOG), written to the audit log."""
        authorize(Action.IMPORT_CATALOG, actor, None)
        tax_class = TaxClass(_tax_code(code, "Tax class"), name.strip() or code.strip(),
                             tuple(_parse_rate(r) for r in rates))
        if len({r.code for r in tax_class.rates}) != len(tax_class.rates):
            raise InputError(f"Tax class {tax_class.code}: each rate code may appear once")
        self._repo.upsert_tax_class(tax_class)
        if audit is not None:
            audit.append(actor=actor.staff_id, action="tax_class_set", subject=tax_class.code,
                         detail=json.dumps({"name": tax_class.name, "rates": [
                             [r.code, str(r.rate)] for r in tax_class.rates]}),
                         approved_by=None)
        return tax_class

    def _merge(self, row: _ParsedRow, existing: Variant | None) -> Variant:
        if existing is None:
            return Variant(
                id=self._ids.new_id(),
                product_id=row.product_id or derived_product_id(row.sku),
                sku=row.sku,
                barcode=row.barcode if row.barcode_given else None,
                title=row.title,
                price_minor=row.price_minor,
                currency=self._currency,
                tax_class=row.tax_class,
                tracked=True if row.tracked is None else row.tracked,
                product_type=row.product_type or "",
                vendor=row.vendor or "",
            )
        # Columns the file leaves out (or leaves blank, for ids and flags) keep the
        # current values: a price-update file must not wipe vendors or barcodes.
        return replace(
            existing,
            product_id=row.product_id or existing.product_id,
            barcode=row.barcode if row.barcode_given else existing.barcode,
            title=row.title,
            price_minor=row.price_minor,
            currency=self._currency,
            tax_class=row.tax_class,
            tracked=existing.tracked if row.tracked is None else row.tracked,
            product_type=existing.product_type if row.product_type is None else row.product_type,
            vendor=existing.vendor if row.vendor is None else row.vendor,
        )


# --- CSV reading --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Layout:
    delimiter: str
    columns: dict[str, int]  # known column name -> index
    width: int
    ignored: tuple[str, ...]
    total: int  # data rows, blank rows not counted


def _normalise_header(name: str) -> str:
    return re.sub(r"[\s\-]+", "_", name.strip().lower())


def _pick_delimiter(header_line: str) -> tuple[str, list[str]]:
    """The delimiter that makes the most sense of the header line, and the names."""
    known = set(REQUIRED_COLUMNS) | set(OPTIONAL_COLUMNS)
    best: tuple[int, str, list[str]] = (-1, ",", [])
    for delimiter in _DELIMITERS:
        names = next(csv.reader([header_line], delimiter=delimiter), [])
        score = len({_normalise_header(n) for n in names} & known)
        if score > best[0]:
            best = (score, delimiter, names)
    return best[1], best[2]


def _scan(source: Path) -> _Layout:
    """Check the file is a readable catalog CSV and count its rows, writing nothing."""
    try:
        with open(source, "rb") as fh:
            head = fh.read(_SNIFF_BYTES)
            fh.seek(0)
            first_line = fh.readline(_MAX_HEADER_BYTES)
    except IsADirectoryError as exc:
        raise InputError(f"Cannot read {source}: it is a directory, not a CSV file") from exc
    except OSError as exc:
        raise InputError(f"Cannot read {source}: {exc.strerror or exc}") from exc
    if head.startswith(codecs.BOM_UTF8):
        head = head[len(codecs.BOM_UTF8):]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError(f"{source} is UTF-16 text, not a CSV file in UTF-8; "
                         "save it as 'CSV UTF-8 (comma delimited)'")
    if head.startswith(b"PK\x03\x04"):
        raise InputError(f"{source} is not a CSV file: it looks like an Excel workbook "
                         "(.xlsx) or another ZIP file; save it as 'CSV UTF-8'")
    if b"\x00" in head:
        raise InputError(f"{source} is not a CSV file: it contains binary data")
    if not head.strip():
        raise InputError(f"{source} is empty; a catalog CSV needs a header row "
                         f"with the columns {', '.join(REQUIRED_COLUMNS)}")

    if first_line.startswith(codecs.BOM_UTF8):
        first_line = first_line[len(codecs.BOM_UTF8):]
    delimiter, header = _pick_delimiter(_decode_line(source, first_line, 1))
    _count_rows(source, delimiter, header_only=True)  # a quote in it that never closes
    columns: dict[str, int] = {}
    ignored: list[str] = []
    known = set(REQUIRED_COLUMNS) | set(OPTIONAL_COLUMNS)
    for index, raw_name in enumerate(header):
        name = _normalise_header(raw_name)
        if name in columns:
            raise InputError(f"{source}: the column '{name}' appears twice in the header")
        if name in known:
            columns[name] = index
        elif name:
            ignored.append(raw_name.strip())
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        found = ", ".join(repr(h.strip()) for h in header[:12] if h.strip()) or "nothing"
        raise InputError(
            f"{source} is missing the required column{'s' if len(missing) > 1 else ''} "
            f"{', '.join(missing)} (the header row has {found})")

    # The whole file is read once before anything is written, so a file that cannot
    # be read to its end (a quote never closed, a bad byte) is refused, not half applied.
    total = _count_rows(source, delimiter)
    return _Layout(delimiter, columns, len(header), tuple(ignored), total)


def _count_rows(source: Path, delimiter: str, *, header_only: bool = False) -> int:
    """Data rows of the file, read strictly to the end (or only its header row)."""
    total = 0
    try:
        with _open_rows(source, delimiter) as rows:
            next(rows, None)
            if header_only:
                return 0
            for _ in rows:
                total += 1
    except InputError as exc:
        raise InputError(f"{exc}; nothing was imported") from exc
    return total


def _decode_line(source: Path, raw: bytes, line: int) -> str:
    if b"\x00" in raw:
        raise InputError(f"{source} is not a CSV file: line {line} contains binary data")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{source} is not UTF-8 text: line {line} has the byte 0x{raw[exc.start]:02X}; "
            "save the file as 'CSV UTF-8'") from exc


def _decoded_lines(source: Path, fh: BinaryIO) -> Iterator[str]:
    # Decoding line by line (UTF-8 never has a newline byte inside a character) lets
    # a bad byte be reported with its line number.
    for number, raw in enumerate(fh, start=1):
        data = raw[len(codecs.BOM_UTF8):] if number == 1 and raw.startswith(codecs.BOM_UTF8) \
            else raw
        yield _decode_line(source, data, number)


@contextmanager
def _open_rows(source: Path, delimiter: str) -> Iterator[Iterator[tuple[int, list[str]]]]:
    """Non-blank rows of the file as (first line number, cells), header included."""
    try:
        fh = open(source, "rb")  # noqa: SIM115 - closed by the with below
    except OSError as exc:
        raise InputError(f"Cannot read {source}: {exc.strerror or exc}") from exc
    with fh:
        yield _rows(source, fh, delimiter)


class _RowLines:
    """The lines a csv reader takes, remembered from the start of the current row."""

    def __init__(self, lines: Iterator[str]) -> None:
        self._lines = lines
        self.taken: list[str] = []

    def __iter__(self) -> _RowLines:
        return self

    def __next__(self) -> str:
        line = next(self._lines)
        self.taken.append(line)
        return line


def _rows(source: Path, fh: BinaryIO, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    lines = _RowLines(_decoded_lines(source, fh))
    # strict: a quote that is never closed, or closed with text after it, is an error
    # instead of a field that silently swallows the rest of the file.
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    while True:
        start = reader.line_num + 1
        lines.taken.clear()
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise InputError(_structure_error(source, lines.taken, start, delimiter, exc)) \
                from exc
        except OSError as exc:
            raise InputError(f"Cannot read {source}: {exc.strerror or exc}") from exc
        # Spreadsheets export empty rows as bare delimiters; they are not data.
        if any(cell.strip() for cell in cells):
            yield start, cells


def _structure_error(source: Path, lines: Sequence[str], start: int, delimiter: str,
                     exc: csv.Error) -> str:
    """What the strict reader tripped over in the row starting on line `start`, named
    by the physical line where the quoted field at fault opens."""
    found = _quote_fault(lines, start, delimiter)
    if found is None:
        return f"{source} is not a valid CSV file (line {start}): {exc}"
    opened, closed = found
    if closed is None:
        return (f"Line {opened} of {source}: a quoted field is never closed "
                "(unterminated \")")
    if closed != opened:
        return (f"Line {opened} of {source}: a quoted field is never closed "
                f"(unterminated \"): it runs on to a '\"' followed by more text on "
                f"line {closed}")
    return (f"Line {opened} of {source}: a quoted field has text after its closing quote; "
            "inside a quoted value write a quote as \"\"")


def _quote_fault(lines: Sequence[str], start: int, delimiter: str) \
        -> tuple[int, int | None] | None:
    """(line the faulty quoted field opens on, line its closing quote is followed by
    text on, or None if it never closes), read as the csv module's strict dialect
    reads: a quote opens a field only at its start, and "" inside it is one quote."""
    at_field_start = True
    opened: int | None = None
    for offset, text in enumerate(lines):
        i = 0
        while i < len(text):
            ch = text[i]
            if opened is not None:
                if ch == '"':
                    if text[i + 1:i + 2] == '"':
                        i += 2
                        continue
                    if text[i + 1:i + 2] not in ("", delimiter, "\r", "\n"):
                        return opened, start + offset
                    opened = None
                    at_field_start = False
            elif ch == '"' and at_field_start:
                opened = start + offset
            else:
                at_field_start = ch in (delimiter, "\r", "\n")
            i += 1
    return None if opened is None else (opened, None)


# --- Row validation -----------------------------------------------------------------


@dataclass(slots=True)
class _ParsedRow:
    line: int
    sku: str
    title: str
    price_minor: int
    tax_class: str
    barcode: str | None
    barcode_key: str | None
    barcode_given: bool  # False when the file has no barcode column
    tracked: bool | None  # None: not given
    product_id: str | None
    product_type: str | None
    vendor: str | None


def _check_text(errors: list[RowError], line: int, column: str, *, label: str, value: str,
                max_length: int) -> None:
    if not value:
        errors.append(RowError(line, column, value, f"{label} is required"))
    elif len(value) > max_length:
        errors.append(RowError(line, column, value,
                               f"{label} is longer than {max_length} characters"))
    elif not value.isprintable():
        errors.append(RowError(line, column, value, f"{label} contains control characters"))


def _one_line(value: str | None) -> str | None:
    return None if value is None else " ".join(value.split())


def _parse_price(value: str, currency: str, *, decimal_comma: bool) -> int | str:
    """Minor units, or the message saying what is wrong.

    Only plain decimals: rounding or reinterpreting a catalog price ("1e2", "1.999",
    "1,000") would put a different price on the shelf than the file meant.
    """
    minor = read_plain_amount(value, currency, decimal_comma=decimal_comma)
    if isinstance(minor, str):
        return f"Price {minor}"
    if minor >= MAX_PRICE_MINOR:
        return "Price is too large"
    return minor


class _ImportRun:
    """The state of one import: counts, errors, the pending batch, codes seen so far."""

    def __init__(self, repo: CatalogRepository,
                 merge: Callable[[_ParsedRow, Variant | None], Variant], *, currency: str,
                 batch_size: int, source: Path, layout: _Layout,
                 tax_classes: dict[str, TaxClass]) -> None:
        self._repo = repo
        self._merge = merge
        self._currency = currency
        self._batch_size = batch_size
        self._source = source
        self._layout = layout
        self._tax_codes = {code.lower(): code for code in tax_classes}
        self._pending: list[_ParsedRow] = []
        self._sku_lines: dict[str, int] = {}  # SKU -> line that imported it
        self._sku_keys: dict[str, str | None] = {}  # SKU -> barcode key it now has
        self._key_owners: dict[str, tuple[str, int]] = {}  # barcode key -> (SKU, line)
        self.errors: list[RowError] = []
        self.rows_read = 0
        self.skipped = 0
        self.cancelled = False
        self.written = UpsertResult()

    def add(self, line: int, cells: list[str]) -> None:
        self.rows_read += 1
        parsed = self._parse(line, cells)
        if parsed is None:
            self.skipped += 1
            return
        self._pending.append(parsed)
        if len(self._pending) >= self._batch_size:
            self.flush()

    def flush(self) -> None:
        if not self._pending:
            return
        pending, self._pending = self._pending, []
        existing = self._repo.get_by_skus({row.sku for row in pending})
        candidates: list[tuple[_ParsedRow, Variant, str | None]] = []
        for row in pending:
            merged = self._merge(row, existing.get(row.sku))
            if row.barcode_given:
                key = row.barcode_key
            else:
                key = barcode_key(merged.barcode) if merged.barcode else None
            candidates.append((row, merged, key))
        keys = {key for _, _, key in candidates if key is not None}
        owners = self._repo.barcode_owners(keys) if keys else {}
        batch: list[Variant] = []
        for row, merged, key in candidates:
            if self._accept(row, merged, key, owners):
                batch.append(merged)
            else:
                self.skipped += 1
        if batch:
            self.written = self.written + self._repo.upsert_variants(batch)

    def _accept(self, row: _ParsedRow, merged: Variant, key: str | None,
                owners: dict[str, str]) -> bool:
        first = self._sku_lines.get(row.sku)
        if first is not None:
            self.errors.append(RowError(row.line, "sku", row.sku,
                                        f"SKU {row.sku} appears again; first on line {first}"))
            return False
        if key is not None and merged.barcode is not None:
            claimed = self._key_owners.get(key)
            if claimed is not None:
                self.errors.append(RowError(
                    row.line, "barcode", merged.barcode,
                    f"Barcode {merged.barcode} is already used by SKU {claimed[0]} "
                    f"on line {claimed[1]}"))
                return False
            owner = owners.get(key)
            # The owner may have been given another barcode earlier in this file.
            if owner is not None and owner != row.sku and self._sku_keys.get(owner, key) == key:
                self.errors.append(RowError(
                    row.line, "barcode", merged.barcode,
                    f"Barcode {merged.barcode} is already used by SKU {owner}"))
                return False
            self._key_owners[key] = (row.sku, row.line)
        self._sku_lines[row.sku] = row.line
        self._sku_keys[row.sku] = key
        return True

    def _parse(self, line: int, cells: list[str]) -> _ParsedRow | None:
        layout = self._layout
        errors: list[RowError] = []
        if len(cells) > layout.width and any(c.strip() for c in cells[layout.width:]):
            errors.append(RowError(
                line, ROW, layout.delimiter.join(cells[layout.width:]),
                f"Row has {len(cells)} values but the header has {layout.width} columns "
                "(is there an unquoted comma in a value?)"))

        def cell(name: str) -> str | None:
            index = layout.columns.get(name)
            if index is None:
                return None
            # Our own exports write formula-like text as '=...; read it back as it was.
            return from_csv_cell(cells[index].strip()) if index < len(cells) else ""

        sku = cell("sku") or ""
        _check_text(errors, line, "sku", label="SKU", value=sku, max_length=MAX_SKU_LENGTH)
        # Line breaks and runs of spaces inside a cell (Alt-Enter in Excel) become one
        # space: a title is one line on the screen and on the receipt.
        title = " ".join((cell("title") or "").split())
        _check_text(errors, line, "title", label="Title", value=title,
                    max_length=MAX_TITLE_LENGTH)

        price_text = cell("price") or ""
        # A file separated by ';' or tabs comes from a spreadsheet in a locale that may
        # write 12,99; in a comma-separated file a ',' in a price is a thousands separator.
        price = _parse_price(price_text, self._currency,
                             decimal_comma=layout.delimiter != ",")
        if isinstance(price, str):
            errors.append(RowError(line, "price", price_text, price))

        tax_text = cell("tax_class") or ""
        tax_class = self._tax_codes.get(tax_text.lower())
        if not tax_text:
            errors.append(RowError(line, "tax_class", tax_text, "Tax class is required"))
        elif tax_class is None:
            known = ", ".join(sorted(self._tax_codes.values())) or "none are set up"
            errors.append(RowError(line, "tax_class", tax_text,
                                   f"Unknown tax class '{tax_text}' (known: {known})"))

        barcode_text = cell("barcode")
        barcode: str | None = barcode_text or None
        key: str | None = None
        if barcode is not None:
            if _SCIENTIFIC.match(barcode):
                errors.append(RowError(
                    line, "barcode", barcode,
                    "Barcode looks like a number a spreadsheet turned into scientific "
                    "notation; format the column as text and export again"))
            else:
                try:
                    key = lookup_key(parse_code(barcode))
                except BarcodeError as exc:
                    errors.append(RowError(line, "barcode", barcode, str(exc)))

        tracked_text = cell("tracked")
        tracked: bool | None = None
        if tracked_text:
            lowered = tracked_text.lower()
            if lowered in _TRUE:
                tracked = True
            elif lowered in _FALSE:
                tracked = False
            else:
                errors.append(RowError(line, "tracked", tracked_text,
                                       "Tracked must be true/false, yes/no or 1/0"))

        product_id = cell("product_id") or None
        if product_id is not None:
            _check_text(errors, line, "product_id", label="Product id", value=product_id,
                        max_length=MAX_SKU_LENGTH)
        product_type = _one_line(cell("product_type"))
        vendor = _one_line(cell("vendor"))
        for column, value in (("product_type", product_type), ("vendor", vendor)):
            if value and not value.isprintable():
                errors.append(RowError(line, column, value,
                                       f"{column.replace('_', ' ').capitalize()} "
                                       "contains control characters"))

        if errors:
            self.errors.extend(errors)
            return None
        assert isinstance(price, int) and tax_class is not None
        return _ParsedRow(
            line=line, sku=sku, title=title, price_minor=price, tax_class=tax_class,
            barcode=barcode, barcode_key=key, barcode_given=barcode_text is not None,
            tracked=tracked,
            product_id=product_id, product_type=product_type, vendor=vendor,
        )

    def report(self) -> ImportReport:
        return ImportReport(
            path=self._source,
            rows_read=self.rows_read,
            inserted=self.written.inserted,
            updated=self.written.updated,
            unchanged=self.written.unchanged,
            skipped=self.skipped,
            # Barcode clashes are found per batch, after the cell checks of later rows.
            errors=tuple(sorted(self.errors, key=lambda e: e.row_number)),
            cancelled=self.cancelled,
            ignored_columns=self._layout.ignored,
        )



_TAX_CODE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,31}$")


def _tax_code(text: str, what: str) -> str:
    code = text.strip().lower()
    if not _TAX_CODE.match(code):
        raise InputError(f"{what} code {text!r} must be 1-32 letters, digits, '-' or '_' "
                         f"(like standard, reduced, state)")
    return code


def _parse_rate(text: str) -> TaxRate:
    """ "state:6.25" or "state:6.25:State sales tax" (percent) as a TaxRate."""
    code, sep, rest = text.partition(":")
    percent, _, name = rest.partition(":")
    if not sep:
        raise InputError(f"Tax rate {text!r} must read CODE:PERCENT[:NAME], like "
                         f"state:6.25:State sales tax")
    body = percent.strip().removesuffix("%")
    if not re.fullmatch(r"\d{1,2}(\.\d{1,6})?", body):
        raise InputError(f"Tax rate {text!r}: the percent must be a number from 0 to "
                         f"99.999999 written with a '.', like 6.25")
    try:
        rate = Decimal(body) / 100
    except InvalidOperation as exc:  # pragma: no cover - the pattern above is digits
        raise InputError(f"Tax rate {text!r}: not a percent") from exc
    rate_code = _tax_code(code, "Tax rate")
    return TaxRate(rate_code, name.strip() or rate_code, rate)
