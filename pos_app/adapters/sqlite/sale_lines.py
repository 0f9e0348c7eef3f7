"""The lines of a sale not yet finished, each in a row of its own, so a command writes
what it changed: a scan on a 500-line sale writes the sale's small header and one line,
not 100 KB (migration 0012_sale_lines).

While a sale is open, held or parked, `sale.state` holds it without its lines (their
count as "lx", domain/sale.py) and `sale_state_line` holds one row per line. Which lines
changed is found by identity against the lines this store last committed for the sale,
at the version the command starts from (domain/incremental.py); without that (a restart,
another writer, a failed commit) all of the sale's line rows are rewritten. What was
written becomes the baseline only once the transaction is durable. A completed or voided
sale is written whole into `sale.state` once and its line rows dropped, so every reader
of a finished sale sees the one JSON it always did.

The same baseline keeps the sale row's indexed columns as last committed (`Head`): a
command that changes none of them writes only the row's version and state, so SQLite
leaves the row's five index entries (and their pages) alone (see sale_store.py).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection

from pos_app.domain.incremental import changed_span
from pos_app.domain.sale import (
    Line,
    SaleState,
    SaleStatus,
    line_to_json,
    state_from_json,
    state_to_json,
)

from .store import DriverSql

FINISHED = (SaleStatus.COMPLETED, SaleStatus.VOIDED)

_SQL_DELETE_ALL = "DELETE FROM sale_state_line WHERE sale_id = ?"
_SQL_DELETE_ONE = "DELETE FROM sale_state_line WHERE sale_id = ? AND line_no = ?"
_SQL_UPSERT = ("INSERT OR REPLACE INTO sale_state_line (sale_id, line_no, body) "
               "VALUES (?, ?, ?)")
_SQL_SELECT = "SELECT body FROM sale_state_line WHERE sale_id = ? ORDER BY line_no"


# The sale row's indexed columns as committed: status, cashier_id, shift_id, updated_at.
Head = tuple[str, str | None, str | None, str]


@dataclass(frozen=True, slots=True)
class Written:
    """What a transaction wrote of a sale's lines: the baseline once it is durable."""

    sale_id: str
    version: int
    lines: tuple[Line, ...] | None  # None: finished, no line rows
    head: Head | None = None  # None: not known (read back, not written here)


class SaleLines:
    """Writes and reads the line rows of the sales of one store."""

    def __init__(self, keep: int = 16) -> None:
        self._keep = keep
        self._lock = threading.Lock()
        # sale id -> (version, lines, head) as durable in the database; least recent first.
        self._durable: dict[str, tuple[int, tuple[Line, ...], Head | None]] = {}

    @staticmethod
    def body(state: SaleState) -> str:
        """What `sale.state` holds: a sale not yet finished without its lines."""
        return state_to_json(state, with_lines=state.status in FINISHED)

    def head(self, sale_id: str, prev_version: int) -> Head | None:
        """The sale row's indexed columns as committed at `prev_version`, if known."""
        with self._lock:
            known = self._durable.get(sale_id)
        return known[2] if known is not None and known[0] == prev_version else None

    def write(self, sql: DriverSql, prev_version: int, state: SaleState,
              head: Head | None = None) -> Written:
        """Write the line rows `state` changed since `prev_version`, inside the caller's
        transaction and after the sale row (whose indexed columns are now `head`); call
        `durable` once it is committed."""
        if state.status in FINISHED:
            if prev_version:
                sql.run(_SQL_DELETE_ALL, (state.id,))
            return Written(state.id, state.version, None)
        with self._lock:
            known = self._durable.get(state.id)
        if known is not None and known[0] == prev_version:
            before = known[1]
        else:  # no baseline for this version: rewrite every line
            if prev_version:
                sql.run(_SQL_DELETE_ALL, (state.id,))
            before = ()
        start, old_end, new_end = changed_span(before, state.lines)
        fresh = state.lines[start:new_end]
        gone = {ln.no for ln in before[start:old_end]} - {ln.no for ln in fresh}
        for no in gone:
            sql.run(_SQL_DELETE_ONE, (state.id, no))
        if len(fresh) == 1:
            sql.run(_SQL_UPSERT, (state.id, fresh[0].no, line_to_json(fresh[0])))
        elif fresh:
            sql.run_many(_SQL_UPSERT, [(state.id, ln.no, line_to_json(ln)) for ln in fresh])
        return Written(state.id, state.version, state.lines, head)

    def durable(self, written: Written) -> None:
        """The transaction that wrote `written` is committed: it is the next baseline."""
        with self._lock:
            self._durable.pop(written.sale_id, None)
            if written.lines is None:
                return
            while len(self._durable) >= self._keep:
                del self._durable[next(iter(self._durable))]
            self._durable[written.sale_id] = (written.version, written.lines, written.head)

    def read(self, conn: Connection, sale_id: str, raw: str, *, baseline: bool = False) \
            -> SaleState:
        """The sale stored as `raw` (whole, or without its lines). With `baseline` (a
        load for writing, in one read transaction) lines read from their rows become
        what the next command is compared with; a sale stored whole has no rows yet, so
        its next command writes them all."""
        from_rows = False

        def bodies() -> Iterable[str]:
            nonlocal from_rows
            from_rows = True
            return [r[0] for r in conn.exec_driver_sql(_SQL_SELECT, (sale_id,))]

        state = state_from_json(raw, bodies)
        if baseline and from_rows and state.status not in FINISHED:
            self.durable(Written(state.id, state.version, state.lines))
        return state
