"""Sales of the other terminals of a store, read from the central database for returns.

Implements `services.sales.RemoteSales` and `services.commission_calculator.
OriginalsSource` with the terminal's own (read-only here) connection. Everything comes
from what the terminals pushed: the 'sale' event (receipt number, totals, payments),
the 'commission' event of the same sale and terminal (its lines: quantity, total, tax,
discount, attributions, and `return_of` = [sale id, line no] on returned lines) and the
current versions of its `commission_record` rows pushed by the terminal that sold it
(the first to push the sale's event), never rows another till appended naming it.
Every query names the store (the SQLite central has no row-level security; on
PostgreSQL the policies say the same), so a terminal never sees another store's
receipt.

The lines' gross amounts and tax codes are not in the 'commission' event (only the
line's total, tax and discount): they are derived from the sale's own totals (prices
with or without tax) and its tax by rate; events that carry them are used as they are.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, text

from pos_app.adapters.sqlite.commission_report_source import RECORD_COLUMNS
from pos_app.domain.commission import CommissionRecord
from pos_app.domain.money import div_round
from pos_app.services.commission_calculator import OriginalsOfSale
from pos_app.services.sales import RemoteSale, RemoteSaleLine

from .engine import central_errors, describe

# Returns are looked for in events written from this long before the sale (clocks of
# terminals differ) onwards.
_CLOCK_SLACK = timedelta(days=1)
STATEMENT_TIMEOUT_MS = 3000


def _payload(raw: Any) -> dict[str, Any]:
    """A JSON column as a dict (psycopg decodes jsonb; SQLite gives text)."""
    value = json.loads(raw) if isinstance(raw, str | bytes) else raw
    return value if isinstance(value, dict) else {}


def _split(amount: int, weights: Sequence[tuple[str, int]]) -> tuple[tuple[str, int], ...]:
    """`amount` over codes in proportion to `weights`, largest remainder: sums exactly."""
    total = sum(w for _, w in weights)
    if not total:
        return ((weights[0][0], amount),) if weights else ()
    shares = [amount * w // total for _, w in weights]
    left = amount - sum(shares)
    for i in sorted(range(len(weights)), key=lambda i: -(amount * weights[i][1] % total))[:left]:
        shares[i] += 1
    return tuple((code, share) for (code, _), share in zip(weights, shares, strict=True)
                 if share)


def _line(raw: Mapping[str, Any], *, inclusive: bool,
          rates: Sequence[tuple[str, int]]) -> RemoteSaleLine:
    quantity = int(raw["quantity"])
    total, tax, discount = int(raw["total"]), int(raw.get("tax") or 0), \
        int(raw.get("discount") or 0)
    gross = int(raw["gross"]) if raw.get("gross") is not None \
        else (total + discount if inclusive else total - tax + discount)
    given = raw.get("taxes")
    if isinstance(given, list):  # [[code, amount], ...] in the order the sale priced them
        taxes = tuple((str(c), int(a)) for c, a in given)
    elif isinstance(given, Mapping):
        taxes = tuple((str(c), int(a)) for c, a in given.items())
    else:
        taxes = _split(tax, rates) if tax else ()
    sku = str(raw.get("sku") or "")
    unit = int(raw["unit_price"]) if raw.get("unit_price") is not None \
        else (div_round(gross, quantity) if quantity else 0)
    return RemoteSaleLine(
        line_no=int(raw["line_no"]), sku=sku, title=str(raw.get("title") or sku),
        variant_id=raw.get("variant_id"), quantity=quantity, gross=gross,
        discount=discount, taxes=taxes, total=total, unit_price=unit,
        tax_class=str(raw.get("tax_class") or ""),
        attributions=tuple((str(a[0]), int(a[1])) for a in raw.get("attributions") or ()))


class CentralRemoteSales:
    """One terminal's read of its store's sales in the central database."""

    def __init__(self, engine: Engine, *, store_id: str, terminal_id: str,
                 statement_timeout_ms: int = STATEMENT_TIMEOUT_MS) -> None:
        self._engine = engine
        self._where = describe(engine)
        self._store = store_id
        self._terminal = terminal_id
        self._timeout_ms = int(statement_timeout_ms)
        pg = engine.dialect.name == "postgresql"
        self._pg = pg
        receipt = "(s.payload ->> 'receipt_no')" if pg \
            else "CAST(json_extract(s.payload, '$.receipt_no') AS TEXT)"
        # The sale event and its lines (the commission event of the same sale).
        self._sql_sale = text(
            "SELECT s.aggregate_id, s.payload, s.created_at, c.payload "
            "FROM terminal_event s LEFT JOIN terminal_event c ON c.store_id = s.store_id "
            "AND c.terminal_id = s.terminal_id "
            "AND c.topic = 'commission' AND c.aggregate_id = s.aggregate_id "
            "WHERE s.store_id = :store AND s.topic = 'sale' AND s.terminal_id = :terminal "
            f"AND {receipt} = :no ORDER BY s.seq LIMIT 1")
        cols = ", ".join(RECORD_COLUMNS)
        # Only the records of the terminal that sold it: another till of the store may
        # append rows naming the sale, but they are not its originals.
        self._sql_records = text(
            f"SELECT {cols} FROM commission_record r WHERE r.store_id = :store "
            "AND r.kind = 'sale' AND r.sale_id IN :ids AND r.terminal_id = ("
            "SELECT e.terminal_id FROM terminal_event e WHERE e.store_id = r.store_id "
            "AND e.topic = 'sale' AND e.aggregate_id = r.sale_id "
            "ORDER BY e.received_at, e.op_id LIMIT 1) ORDER BY r.sale_id, r.line_no, r.id"
        ).bindparams(bindparam("ids", expanding=True))
        # Lines of other terminals' completed sales that return a line of these sales.
        if pg:
            self._sql_returns = text(
                "SELECT l.value -> 'return_of' ->> 0, "
                "CAST(l.value -> 'return_of' ->> 1 AS integer), "
                "CAST(l.value ->> 'quantity' AS integer) "
                "FROM terminal_event e, jsonb_array_elements(e.payload -> 'lines') AS l "
                "WHERE e.store_id = :store AND e.topic = 'commission' "
                "AND e.terminal_id <> :me AND e.created_at >= :since "
                "AND l.value -> 'return_of' ->> 0 IN :ids"
            ).bindparams(bindparam("ids", expanding=True))
        else:
            self._sql_returns = text(
                "SELECT json_extract(l.value, '$.return_of[0]'), "
                "json_extract(l.value, '$.return_of[1]'), json_extract(l.value, '$.quantity') "
                "FROM terminal_event e, json_each(e.payload, '$.lines') AS l "
                "WHERE e.store_id = :store AND e.topic = 'commission' "
                "AND e.terminal_id <> :me AND e.created_at >= :since "
                "AND json_extract(l.value, '$.return_of[0]') IN :ids"
            ).bindparams(bindparam("ids", expanding=True))

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with central_errors(self._where), self._engine.begin() as conn:
            if self._pg:
                # A lookup at the counter: fail fast rather than keep the cashier waiting.
                conn.exec_driver_sql("SET TRANSACTION READ ONLY")
                conn.exec_driver_sql(f"SET LOCAL statement_timeout = {self._timeout_ms}")
            yield conn

    # ---- RemoteSales -----------------------------------------------------------------

    def find_sale(self, terminal_id: str, receipt_no: int) -> RemoteSale | None:
        with self._read() as conn:
            row = conn.execute(self._sql_sale, {"store": self._store,
                                                "terminal": terminal_id,
                                                "no": str(receipt_no)}).first()
            if row is None:
                return None
            sale_id, created = str(row[0]), str(row[2])
            records = self._records(conn, [sale_id])
            returned = self._returned(conn, [sale_id], self._since(created))
        sale, lines_event = _payload(row[1]), _payload(row[3]) if row[3] is not None else {}
        inclusive = int(sale.get("total") or 0) == \
            int(sale.get("subtotal") or 0) - int(sale.get("discount") or 0)
        rates = [(str(c), int(a)) for c, a in sorted((sale.get("tax_by_rate") or {}).items())
                 if a]
        lines = []
        for raw in lines_event.get("lines") or ():
            ln = _line(raw, inclusive=inclusive, rates=rates)
            lines.append(replace(
                ln, returned_elsewhere=returned.get(sale_id, {}).get(ln.line_no, 0),
                originals=tuple(r for r in records.get(sale_id, ())
                                if r.line_no == ln.line_no)))
        return RemoteSale(
            sale_id=sale_id, terminal_id=str(sale.get("terminal_id") or terminal_id),
            receipt_no=receipt_no, completed_at=str(sale.get("at") or created),
            currency=str(sale.get("currency") or ""),
            payments=tuple((str(p.get("kind")), int(p.get("amount") or 0))
                           for p in sale.get("payments") or ()),
            lines=tuple(lines), cashier_id=sale.get("cashier_id"))

    def returned_elsewhere(self, sale_id: str) -> Mapping[int, int]:
        with self._read() as conn:
            return self._returned(conn, [sale_id], "").get(sale_id, {})

    # ---- OriginalsSource ---------------------------------------------------------------

    def originals_of(self, sale_ids: Collection[str]) -> list[OriginalsOfSale]:
        wanted = sorted(set(sale_ids))
        if not wanted:
            return []
        with self._read() as conn:
            records = self._records(conn, wanted)
            found = sorted(records)
            returned = self._returned(conn, found, "") if found else {}
        return [OriginalsOfSale(s, tuple(records[s]), dict(returned.get(s, {})))
                for s in found]

    # ---- queries -------------------------------------------------------------------------

    @staticmethod
    def _since(created_at: str) -> str:
        try:
            return (datetime.fromisoformat(created_at) - _CLOCK_SLACK).isoformat()
        except ValueError:
            return ""

    def _records(self, conn: Connection, sale_ids: Sequence[str]) \
            -> dict[str, list[CommissionRecord]]:
        out: dict[str, list[CommissionRecord]] = {}
        for r in conn.execute(self._sql_records, {"store": self._store,
                                                  "ids": list(sale_ids)}).mappings():
            rec = CommissionRecord.from_dict(dict(r))
            out.setdefault(rec.sale_id or "", []).append(rec)
        return out

    def _returned(self, conn: Connection, sale_ids: Sequence[str], since: str) \
            -> dict[str, dict[int, int]]:
        out: dict[str, dict[int, int]] = {}
        for sid, line_no, quantity in conn.execute(self._sql_returns, {
                "store": self._store, "me": self._terminal, "since": since,
                "ids": list(sale_ids)}):
            if sid is None or line_no is None or quantity is None:
                continue
            per = out.setdefault(str(sid), {})
            per[int(line_no)] = per.get(int(line_no), 0) - int(quantity)
        return out
