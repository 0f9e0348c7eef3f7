"""The catalog in the local SQLite store: variants, products, tax classes and type-ahead search.

Implements `services.catalog.CatalogRepository` with SQLAlchemy Core. Scans go
through the `ix_variant_barcode_key` / `ix_variant_sku` indexes; type-ahead uses
the `variant_fts` FTS5 table, which triggers keep in step with `variant`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import (
    Connection,
    RowMapping,
    Table,
    bindparam,
    column,
    delete,
    func,
    insert,
    literal_column,
    or_,
    select,
    table,
    update,
)
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.sql.expression import ColumnClause

from pos_app.domain.barcode import ScannedCode
from pos_app.domain.catalog import TaxClass, TaxRate, Variant
from pos_app.domain.clock import Clock, SystemClock, iso
from pos_app.services.catalog import (
    UpsertResult,
    barcode_key,
    check_catalog_currency,
    lookup_key,
    product_title_of,
)

from .schema import ProductRow, TaxClassRateRow, TaxClassRow, TaxRateRow, VariantRow
from .store import LocalDatabase

_variant: Table = VariantRow.__table__  # type: ignore[assignment]
_product: Table = ProductRow.__table__  # type: ignore[assignment]
_tax_class: Table = TaxClassRow.__table__  # type: ignore[assignment]
_tax_rate: Table = TaxRateRow.__table__  # type: ignore[assignment]
_tax_class_rate: Table = TaxClassRateRow.__table__  # type: ignore[assignment]
_fts = table("variant_fts", column("rowid"))
_fts_match: ColumnClause[Any] = literal_column("variant_fts")
_variant_rowid: ColumnClause[Any] = literal_column("variant.rowid")

# SQLite allows 32766 bound parameters; IN lists are chunked well below that.
_IN_CHUNK = 500
# Type-ahead never needs more tokens than this; more only slows the MATCH down.
_MAX_TOKENS = 8
_MAX_TOKEN_LENGTH = 64
# What the variant_fts tokenizer (unicode61, tokenchars '-_.') keeps inside a token.
# Everything else, including the FTS5 syntax characters " * ^ : ( ) { } + and NEAR,
# AND, OR, NOT spelled in capitals (quoted below), is a separator or plain text.
_TOKEN = re.compile(r"[\w.\-]+")
# bm25 weights for the title, sku and barcode columns: a word in the title says more.
_BM25_WEIGHTS = (4.0, 2.0, 1.0)
# Hits ranked per search. More matches than this means the text is still too short
# to pick anything out; the next keystroke narrows it.
_RANK_CANDIDATES = 1000
# A single token starting at least this many SKUs/barcodes is a code prefix: FTS5
# would walk every one of those terms, the B-tree indexes do it in order for free.
_CODE_PREFIX_CROWD = 100
_MAX_CHAR = chr(0x10FFFF)  # sorts after every character: prefix ranges end here

_VARIANT_COLUMNS = (
    _variant.c.id, _variant.c.product_id, _variant.c.sku, _variant.c.barcode,
    _variant.c.title, _variant.c.price_minor, _variant.c.currency, _variant.c.tax_class,
    _variant.c.tracked, _variant.c.version,
    func.coalesce(_product.c.product_type, "").label("product_type"),
    func.coalesce(_product.c.vendor, "").label("vendor"),
)
_VARIANT_FROM = _variant.outerjoin(_product, _product.c.id == _variant.c.product_id)
_SELECT_VARIANT = select(*_VARIANT_COLUMNS).select_from(_VARIANT_FROM)

# The scan path's reads (by barcode key, SKU or id) as driver SQL run for every item
# rung up (LocalDatabase.fetch_all): one indexed probe costs ~15 us this way, ~80 us
# through a SQLAlchemy connection. The columns are _VARIANT_COLUMNS', in their order
# (_variant_of).
_SQL_VARIANT = (
    "SELECT variant.id, variant.product_id, variant.sku, variant.barcode, variant.title, "
    "variant.price_minor, variant.currency, variant.tax_class, variant.tracked, "
    "variant.version, coalesce(product.product_type, ''), coalesce(product.vendor, '') "
    "FROM variant LEFT OUTER JOIN product ON product.id = variant.product_id ")
_SQL_BY_BARCODE_KEY = _SQL_VARIANT + "WHERE variant.barcode_key = ? LIMIT 1"
_SQL_BY_SKU = _SQL_VARIANT + "WHERE variant.sku = ? LIMIT 1"
_SQL_BY_ID = _SQL_VARIANT + "WHERE variant.id = ?"
# ix_variant_product_id, in the order the variants were written (rowid).
_OF_PRODUCT = (_SELECT_VARIANT.where(_variant.c.product_id == bindparam("product_id"))
               .order_by(literal_column("variant.rowid")).limit(bindparam("n")))
# Two probes of ix_variant_currency, not a scan: this runs on every start.
_CURRENCY_RANGE = select(select(func.min(_variant.c.currency)).scalar_subquery(),
                         select(func.max(_variant.c.currency)).scalar_subquery())


def _search_statement(*, ranked: bool) -> Any:
    # At most `cap` FTS hits are scored, the best `n` are kept, and only those are
    # joined to their rows: joining and sorting every candidate costs 2-3x more.
    score = (func.bm25(_fts_match, *_BM25_WEIGHTS) if ranked
             else literal_column("0.0")).label("score")
    candidates = (select(_fts.c.rowid.label("rowid"), score)
                  .select_from(_fts)
                  .where(_fts_match.match(bindparam("q")))
                  .limit(bindparam("cap"))
                  .subquery("candidates"))
    hits = (select(candidates.c.rowid, candidates.c.score)
            .order_by(candidates.c.score, candidates.c.rowid)
            .limit(bindparam("n"))
            .subquery("hits"))
    # Equal scores (the sizes of one shirt) stay in catalog order; unranked hits are
    # shown alphabetically.
    order = (hits.c.score, hits.c.rowid) if ranked else (_variant.c.title, _variant.c.sku)
    return (select(*_VARIANT_COLUMNS)
            .select_from(hits.join(_variant, _variant_rowid == hits.c.rowid)
                         .outerjoin(_product, _product.c.id == _variant.c.product_id))
            .order_by(*order))


_SEARCH_RANKED = _search_statement(ranked=True)
_SEARCH_UNRANKED = _search_statement(ranked=False)

T = TypeVar("T")


def fts_tokens(text: str) -> list[str]:
    """The distinct lower-cased words of type-ahead text, as the FTS tokenizer sees them."""
    tokens: list[str] = []
    for raw in _TOKEN.findall(text):
        if not any(ch.isalnum() for ch in raw):
            continue
        token = raw[:_MAX_TOKEN_LENGTH].lower()
        if token not in tokens:
            tokens.append(token)
        if len(tokens) == _MAX_TOKENS:
            break
    return tokens


def fts_query(tokens: Sequence[str]) -> str:
    """A safe FTS5 MATCH expression: every token quoted, a prefix, and all required.

    ["mil", "whol"] -> '"mil"* AND "whol"*'. Tokens come from `fts_tokens`, so they
    hold no quote or other FTS5 syntax; quoting also makes AND/OR/NOT/NEAR plain words.
    """
    return " AND ".join(f'"{token}"*' for token in tokens)


def _chunks(items: Sequence[T], size: int = _IN_CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _variant_of(row: Sequence[Any]) -> Variant:
    """A variant from a row of `_SQL_VARIANT`."""
    return Variant(
        id=row[0], product_id=row[1], sku=row[2], barcode=row[3], title=row[4],
        price_minor=row[5], currency=row[6], tax_class=row[7], tracked=bool(row[8]),
        version=row[9], product_type=row[10], vendor=row[11],
    )


def _to_variant(row: RowMapping) -> Variant:
    return Variant(
        id=row["id"], product_id=row["product_id"], sku=row["sku"], barcode=row["barcode"],
        title=row["title"], price_minor=row["price_minor"], currency=row["currency"],
        tax_class=row["tax_class"], tracked=bool(row["tracked"]),
        product_type=row["product_type"], vendor=row["vendor"], version=row["version"],
    )


def _is_exact(v: Variant, typed: str) -> bool:
    """Whether the typed text is this variant's whole SKU or barcode (as UPC-A or EAN-13)."""
    if v.sku in (typed, typed.upper()):
        return True
    return v.barcode is not None and barcode_key(v.barcode) in (typed, "0" + typed)


def _same_content(a: Variant, b: Variant) -> bool:
    """Equal apart from id and version (an upsert may carry a fresh id for a known SKU)."""
    return replace(a, id=b.id, version=b.version) == b


def refuse_other_currency(db: LocalDatabase, currency: str, *,
                          on_refusal: Callable[[], None] | None = None) -> None:
    """ConfigError when the stored catalog is priced in another currency than the
    config's `currency` (see `check_catalog_currency`); an empty catalog accepts it.

    Called where the app opens its context for a command that sells or prices;
    `on_refusal` (closing what was opened) runs before the error propagates, since
    the context that would have owned it is never returned.
    """
    try:
        check_catalog_currency(SqliteCatalogRepository(db).price_currencies(), currency)
    except BaseException:
        if on_refusal is not None:
            on_refusal()
        raise


class SqliteCatalogRepository:
    def __init__(self, db: LocalDatabase, *, clock: Clock | None = None) -> None:
        self._db = db
        self._clock = clock or SystemClock()

    # --- reads ------------------------------------------------------------------

    def find_by_code(self, code: ScannedCode) -> Variant | None:
        rows = self._db.fetch_all(_SQL_BY_BARCODE_KEY, (lookup_key(code),)) \
            or self._db.fetch_all(_SQL_BY_SKU, (code.text,))
        return _variant_of(rows[0]) if rows else None

    def get(self, variant_id: str) -> Variant | None:
        rows = self._db.fetch_all(_SQL_BY_ID, (variant_id,))
        return _variant_of(rows[0]) if rows else None

    def variants_of(self, product_id: str, limit: int) -> list[Variant]:
        with self._db.read() as conn:
            rows = conn.execute(_OF_PRODUCT, {"product_id": product_id, "n": limit}).mappings()
            return [_to_variant(row) for row in rows]

    def get_by_skus(self, skus: Collection[str]) -> dict[str, Variant]:
        with self._db.read() as conn:
            return {v.sku: v for v in self._by_column(conn, _variant.c.sku, list(skus))}

    def barcode_owners(self, keys: Collection[str]) -> dict[str, str]:
        owners: dict[str, str] = {}
        with self._db.read() as conn:
            for chunk in _chunks(sorted(keys)):
                stmt = (select(_variant.c.barcode_key, _variant.c.sku)
                        .where(_variant.c.barcode_key.in_(chunk)))
                for key, sku in conn.execute(stmt):
                    owners.setdefault(key, sku)
        return owners

    def count(self) -> int:
        with self._db.read() as conn:
            return int(conn.execute(select(func.count()).select_from(_variant)).scalar_one())

    def price_currencies(self) -> frozenset[str]:
        """The lowest and highest currency code of the variants: one code when the
        catalog has one currency, none when it is empty (enough to tell the cases apart
        without reading every row)."""
        with self._db.read() as conn:
            low, high = conn.execute(_CURRENCY_RANGE).one()
        return frozenset(c for c in (low, high) if c is not None)

    def search(self, text: str, limit: int) -> list[Variant]:
        """Type-ahead: title words, SKU and barcode prefixes, best first.

        The plan depends on what the text costs FTS5, where 1-, 2- and 3-character
        prefixes are pre-indexed (0022_fts_one_letter_prefix: a one-letter token reads
        one doclist instead of merging every term with that letter) and every SKU and
        barcode is a term of its own:

        - one token of 4+ characters is first looked up as a SKU/barcode prefix in
          the B-tree indexes; if it starts many codes, those are the answer (FTS5
          would walk every one of those terms), otherwise they go first;
        - text with a one-character token takes the first matches unranked (nearly
          everything matches; ranking it all costs more than it tells);
        - anything else is ranked by bm25 over at most `_RANK_CANDIDATES` hits.
        """
        tokens = fts_tokens(text)
        if not tokens or limit < 1:
            return []
        with self._db.read() as conn:
            codes: list[Variant] = []
            typed = ""
            if len(tokens) == 1 and len(tokens[0]) >= 4:
                typed = next(t[:_MAX_TOKEN_LENGTH] for t in _TOKEN.findall(text)
                             if t[:_MAX_TOKEN_LENGTH].lower() == tokens[0])
                codes = self._code_prefix_matches(conn, typed, max(limit, _CODE_PREFIX_CROWD))
                if len(codes) >= _CODE_PREFIX_CROWD:
                    return codes[:limit]
            ranked = all(len(token) > 1 for token in tokens)
            stmt = _SEARCH_RANKED if ranked else _SEARCH_UNRANKED
            params = {"q": fts_query(tokens), "cap": _RANK_CANDIDATES if ranked else limit,
                      "n": limit}
            found = [_to_variant(row) for row in conn.execute(stmt, params).mappings()]
        # An exact SKU or barcode goes first; other code matches fill in after the
        # ranked hits (FTS finds most of them too, but not a UPC-A typed for an
        # EAN-13 key).
        exact = [v for v in codes if _is_exact(v, typed)]
        merged: dict[str, Variant] = {}
        for v in itertools.chain(exact, found, codes):
            merged.setdefault(v.id, v)
        return list(merged.values())[:limit]

    @staticmethod
    def _code_prefix_matches(conn: Connection, typed: str, want: int) -> list[Variant]:
        """Variants whose SKU (as typed or upper-cased) or barcode starts with `typed`."""
        ranges: list[tuple[Any, str]] = [(_variant.c.sku, typed)]
        if typed.upper() != typed:
            ranges.append((_variant.c.sku, typed.upper()))
        if typed.isascii() and typed.isdigit():
            # Keys are EAN-13; a typed UPC-A prefix is the key without its leading 0.
            ranges += [(_variant.c.barcode_key, typed), (_variant.c.barcode_key, "0" + typed)]
        found: dict[str, Variant] = {}
        for col, prefix in ranges:
            stmt = (_SELECT_VARIANT
                    .where(col >= prefix, col < prefix + _MAX_CHAR)
                    .order_by(col).limit(want))
            for row in conn.execute(stmt).mappings():
                found.setdefault(row["id"], _to_variant(row))
        return sorted(found.values(), key=lambda v: (not _is_exact(v, typed), v.sku))

    def tax_classes(self) -> dict[str, TaxClass]:
        stmt = (select(_tax_class.c.code, _tax_class.c.name, _tax_rate.c.code.label("rate_code"),
                       _tax_rate.c.name.label("rate_name"), _tax_rate.c.rate)
                .select_from(_tax_class
                             .outerjoin(_tax_class_rate,
                                        _tax_class_rate.c.class_code == _tax_class.c.code)
                             .outerjoin(_tax_rate, _tax_rate.c.code == _tax_class_rate.c.rate_code))
                .order_by(_tax_class.c.code, _tax_rate.c.code))
        names: dict[str, str] = {}
        rates: dict[str, list[TaxRate]] = {}
        with self._db.read() as conn:
            for row in conn.execute(stmt).mappings():
                names[row["code"]] = row["name"]
                bucket = rates.setdefault(row["code"], [])
                if row["rate_code"] is not None:
                    bucket.append(TaxRate(row["rate_code"], row["rate_name"],
                                          Decimal(row["rate"])))
        return {code: TaxClass(code, names[code], tuple(rates[code])) for code in names}

    # --- writes -----------------------------------------------------------------

    def upsert_tax_class(self, tax_class: TaxClass) -> None:
        with self._db.write() as conn:
            for rate in tax_class.rates:
                stmt = sqlite_insert(_tax_rate).values(code=rate.code, name=rate.name,
                                                       rate=str(rate.rate))
                conn.execute(stmt.on_conflict_do_update(
                    index_elements=[_tax_rate.c.code],
                    set_={"name": stmt.excluded.name, "rate": stmt.excluded.rate}))
            stmt = sqlite_insert(_tax_class).values(code=tax_class.code, name=tax_class.name)
            conn.execute(stmt.on_conflict_do_update(index_elements=[_tax_class.c.code],
                                                    set_={"name": stmt.excluded.name}))
            conn.execute(delete(_tax_class_rate)
                         .where(_tax_class_rate.c.class_code == tax_class.code))
            if tax_class.rates:
                conn.execute(insert(_tax_class_rate),
                             [{"class_code": tax_class.code, "rate_code": r.code}
                              for r in tax_class.rates])

    def upsert_variants(self, batch: Sequence[Variant]) -> UpsertResult:
        """Insert new SKUs, update changed ones, leave identical ones untouched.

        A variant matches an existing row by SKU first (SKUs are unique here), then
        by id (a SKU renamed at the source). Its product row is created or updated
        from the variant's product fields in the same transaction.
        """
        if not batch:
            return UpsertResult()
        now = iso(self._clock.now())
        with self._db.write() as conn:
            by_sku = {v.sku: v for v in self._by_column(conn, _variant.c.sku,
                                                        [v.sku for v in batch])}
            unmatched = [v.id for v in batch if v.sku not in by_sku]
            by_id = {v.id: v for v in self._by_column(conn, _variant.c.id, unmatched)}
            inserts: list[dict[str, Any]] = []
            updates: list[dict[str, Any]] = []
            products: dict[str, dict[str, Any]] = {}
            unchanged = 0
            # The same SKU twice in one batch: the later one wins, as an update of the
            # row the earlier one wrote (inserts run before updates below).
            written: dict[str, Variant] = {}
            for incoming in batch:
                current = (written.get(incoming.sku) or by_sku.get(incoming.sku)
                           or by_id.get(incoming.id))
                if current is not None and _same_content(incoming, current):
                    unchanged += 1
                    continue
                products[incoming.product_id] = {
                    "id": incoming.product_id, "title": product_title_of(incoming.title),
                    "product_type": incoming.product_type, "vendor": incoming.vendor,
                    "updated_at": now,
                }
                if current is None:
                    inserts.append(self._row_values(incoming, now))
                    written[incoming.sku] = incoming
                else:
                    updates.append({f"b_{k}": v for k, v in
                                    self._row_values(incoming, now).items()}
                                   | {"b_id": current.id})
                    written[incoming.sku] = replace(incoming, id=current.id)
            if products:
                self._upsert_products(conn, list(products.values()))
            if inserts:
                conn.execute(insert(_variant), inserts)
            if updates:
                conn.execute(_UPDATE_VARIANT, updates)
        return UpsertResult(inserted=len(inserts), updated=len(updates), unchanged=unchanged)

    # --- helpers ----------------------------------------------------------------

    @staticmethod
    def _row_values(v: Variant, now: str) -> dict[str, Any]:
        return {
            "id": v.id, "product_id": v.product_id, "sku": v.sku, "barcode": v.barcode,
            "barcode_key": barcode_key(v.barcode) if v.barcode else None,
            "title": v.title, "price_minor": v.price_minor, "currency": v.currency,
            "tax_class": v.tax_class, "tracked": int(v.tracked), "version": v.version,
            "updated_at": now,
        }

    @staticmethod
    def _upsert_products(conn: Connection, rows: list[dict[str, Any]]) -> None:
        stmt = sqlite_insert(_product)
        excluded = stmt.excluded
        stmt = stmt.on_conflict_do_update(
            index_elements=[_product.c.id],
            set_={"title": excluded.title, "product_type": excluded.product_type,
                  "vendor": excluded.vendor, "updated_at": excluded.updated_at,
                  "version": _product.c.version + 1},
            # Rewriting an identical row would only bump its version for nothing.
            where=or_(_product.c.title != excluded.title,
                      _product.c.product_type != excluded.product_type,
                      _product.c.vendor != excluded.vendor),
        )
        conn.execute(stmt, [{**row, "status": "active", "version": 1} for row in rows])

    @staticmethod
    def _by_column(conn: Connection, col: Any, values: Iterable[str]) -> list[Variant]:
        found: list[Variant] = []
        for chunk in _chunks(list(values)):
            stmt = _SELECT_VARIANT.where(col.in_(chunk))
            found.extend(_to_variant(row) for row in conn.execute(stmt).mappings())
        return found


_UPDATE_VARIANT = (
    update(_variant)
    .where(_variant.c.id == bindparam("b_id"))
    .values(product_id=bindparam("b_product_id"), sku=bindparam("b_sku"),
            barcode=bindparam("b_barcode"), barcode_key=bindparam("b_barcode_key"),
            title=bindparam("b_title"), price_minor=bindparam("b_price_minor"),
            currency=bindparam("b_currency"), tax_class=bindparam("b_tax_class"),
            tracked=bindparam("b_tracked"), updated_at=bindparam("b_updated_at"),
            version=_variant.c.version + 1)
)
