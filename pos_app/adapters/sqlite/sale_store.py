"""Durable storage of sale sessions and the facts completed sales write.

`commit` is the whole output gate of a sale command: one BEGIN IMMEDIATE
transaction that checks the stored version, writes the new state, the command row,
an audit row when the command needed authority, and on completion the gapless
receipt number, sold lines, payments, stock movements and outbox events.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import timedelta
from typing import Any, cast

from sqlalchemy import Connection, Table, bindparam, insert, select, text

from pos_app.domain.clock import Clock, IdGenerator, iso, parse_iso
from pos_app.domain.errors import NotFound, RoleChanged, SignedOut, StaleVersion, msg
from pos_app.domain.invariants import Claimed, SoldFacts
from pos_app.domain.journal import JournalEntry
from pos_app.domain.returns import SoldLine
from pos_app.domain.sale import SaleState, SaleStatus
from pos_app.services.completion import CompletionFacts
from pos_app.services.journal import sale_entry
from pos_app.services.sale_session import CommandRecord, CommitChecks, CommitResult

from .batching import AdaptiveBatch, TransactionBudget, chunks
from .counters import next_counter
from .journal import append as journal_append
from .sale_lines import Head, SaleLines, Written
from .schema import (
    OutboxRow,
    PaymentRow,
    SaleCommandRow,
    SaleRow,
    SoldLineRow,
    StockMovementRow,
)
from .store import DriverSql, LocalDatabase

_sale = cast(Table, SaleRow.__table__)
_cmd = cast(Table, SaleCommandRow.__table__)
_sold = cast(Table, SoldLineRow.__table__)
_pay = cast(Table, PaymentRow.__table__)
_stock = cast(Table, StockMovementRow.__table__)
_outbox = cast(Table, OutboxRow.__table__)

RECEIPT_COUNTER = "receipt"

_SQL_VERSION = "SELECT version FROM sale WHERE id = ?"
# The person the command is by, read again inside the commit (DESIGN.md rule 12): one
# deactivated after the counter's check (another till's sync, the back office) commits
# nothing. A person with no row here (a test's made-up actor) is not judged by it.
# With the record's actor_role (the counter's signed-in person) the role must be the one
# the command was judged with, and a person with no row is refused too.
_SQL_STAFF_ACTIVE = "SELECT active, name, role FROM staff WHERE id = ?"
_SQL_INSERT_SALE = (
    "INSERT INTO sale (id, terminal_id, status, version, state, cashier_id, shift_id, "
    "opened_at, updated_at, total_minor, currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)")
_SQL_UPDATE_SALE = (
    "UPDATE sale SET status = ?, version = ?, state = ?, cashier_id = ?, shift_id = ?, "
    "updated_at = ? WHERE id = ?")
# A command that leaves the row's indexed columns as they are (a scan, a quantity, a
# tender within the same minute): SQLite rewrites an index entry for every indexed
# column a statement sets, changed or not, and `status` alone is in five indexes. Not
# setting them, a scan writes four pages to the WAL instead of ten.
_SQL_UPDATE_SALE_STATE = "UPDATE sale SET version = ?, state = ? WHERE id = ?"
_SQL_COMPLETE_SALE = (
    "UPDATE sale SET receipt_no = ?, completed_at = ?, total_minor = ? WHERE id = ?")
_SQL_INSERT_COMMAND = (
    "INSERT INTO sale_command (sale_id, version, command_id, kind, payload, actor, at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)")
_SQL_CLEAR_CLAIMS = "DELETE FROM return_claim WHERE sale_id = ?"
_SQL_INSERT_CLAIM = (
    "INSERT INTO return_claim (sale_id, orig_sale_id, orig_line_no, units, refunded, "
    "positions) VALUES (?, ?, ?, ?, ?, ?)")
_SQL_CLAIMED = (
    "SELECT units, refunded, positions FROM return_claim "
    "WHERE orig_sale_id = ? AND orig_line_no = ? AND sale_id != ?")
_SQL_SOLD = (
    "SELECT l.quantity, l.total, l.gross, l.discount, l.taxes FROM sold_line l "
    "JOIN sale s ON s.id = l.sale_id "
    "WHERE l.sale_id = ? AND l.line_no = ? AND s.status = 'completed'")
_SQL_PAID_WITH = "SELECT DISTINCT kind FROM payment WHERE sale_id = ? AND amount != 0"
_SQL_INSERT_LINE_VOID = (
    "INSERT INTO line_void (id, sale_id, shift_id, line_no, sku, title, quantity, amount, "
    "voided_by, approved_by, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


class _Ledger:
    """The invariants' view of durable state, on the committing transaction's connection."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def sold(self, sale_id: str, line_no: int) -> SoldFacts | None:
        row = self._conn.exec_driver_sql(_SQL_SOLD, (sale_id, line_no)).first()
        if row is None:
            return None
        kinds = self._conn.exec_driver_sql(_SQL_PAID_WITH, (sale_id,)).scalars().all()
        taxes = tuple((str(c), int(a)) for c, a in json.loads(row[4] or "{}").items())
        return SoldFacts(int(row[0]), int(row[1]), frozenset(str(k) for k in kinds),
                         int(row[2]), int(row[3]), taxes)

    def claimed(self, sale_id: str, line_no: int, *, excluding: str) -> Claimed:
        rows = self._conn.exec_driver_sql(_SQL_CLAIMED, (sale_id, line_no, excluding)).all()
        return Claimed(sum(int(r[0]) for r in rows), sum(int(r[1]) for r in rows),
                       tuple(p for r in rows for p in _positions(r[2])))


def _positions(raw: str | None) -> tuple[tuple[int, int], ...]:
    return tuple((int(a), int(b)) for a, b in json.loads(raw)) if raw else ()


def _positions_json(spans: tuple[tuple[int, int], ...]) -> str | None:
    return json.dumps([list(s) for s in spans], separators=(",", ":")) if spans else None


class SqliteSaleStore:
    def __init__(self, db: LocalDatabase) -> None:
        self._db = db
        # An open sale's lines live in rows of their own (sale_lines.py): a command writes
        # the lines it changed, so its cost does not grow with the sale.
        self._lines = SaleLines()

    # ---- SaleStore port -------------------------------------------------------------

    def load(self, sale_id: str) -> SaleState | None:
        with self._db.read() as conn:
            raw = conn.execute(select(_sale.c.state).where(_sale.c.id == sale_id)).scalar()
            return None if raw is None else self._lines.read(conn, sale_id, raw,
                                                             baseline=True)

    def find_command(self, command_id: str) -> tuple[str, int] | None:
        with self._db.read() as conn:
            row = conn.execute(select(_cmd.c.sale_id, _cmd.c.version)
                               .where(_cmd.c.command_id == command_id)).first()
        return None if row is None else (row[0], row[1])

    def receipt_no_of(self, sale_id: str) -> int | None:
        with self._db.read() as conn:
            got = conn.execute(select(_sale.c.receipt_no).where(_sale.c.id == sale_id)).scalar()
        return None if got is None else int(got)

    def commit(self, prev_version: int, state: SaleState, record: CommandRecord,
               completion: CompletionFacts | None,
               checks: CommitChecks | None = None) -> CommitResult:
        body = self._lines.body(state)  # without its lines while not finished
        if completion is None and checks is None \
                and sale_entry(state, record, None, None) is None:
            # A scan, a quantity, a tender...: plain statements only, begun and committed
            # on the driver connection (write_plain), the same checks and rows.
            with self._db.write_plain() as sql:
                plain = self._check_and_write(sql, prev_version, state, record, body)
            self._lines.durable(plain)
            return CommitResult()
        receipt_no: int | None = None
        with self._db.write() as conn:
            # The hot path runs the same few statements every command, on the driver
            # connection inside SQLAlchemy's transaction (DriverSql: ~3 us a statement,
            # not ~25).
            sql = DriverSql(conn)
            self._check(sql, prev_version, state, record)
            if completion is not None:
                receipt_no = next_counter(conn, state.terminal_id, RECEIPT_COUNTER)
            head = self._write_sale(sql, prev_version, state, record, body)
            # the lines it changed
            written = self._lines.write(sql, prev_version, state, head)
            if completion is not None:
                sql.run(_SQL_COMPLETE_SALE, (
                    receipt_no, completion.at, completion.total, state.id))
            sql.run(_SQL_INSERT_COMMAND, (
                record.sale_id, record.version, record.command_id, record.kind,
                record.payload, record.actor, record.at))
            if checks is not None:
                self._apply_checks(conn, state, record, checks)
            # The journal record of a completion, void, line void, discount, override
            # or approval: same transaction, so it exists exactly when the change does.
            entry = sale_entry(state, record, completion, receipt_no)
            if entry is not None:
                journal_append(conn, entry)
            if completion is not None and receipt_no is not None:
                self._write_completion(conn, completion, receipt_no)
        self._lines.durable(written)  # committed: the next command's baseline
        return CommitResult(receipt_no=receipt_no)

    @staticmethod
    def _check(sql: DriverSql, prev_version: int, state: SaleState,
               record: CommandRecord) -> None:
        """The stored version is the one the command started from, and its person is
        not deactivated (read inside the commit)."""
        row = sql.first(_SQL_VERSION, (state.id,))
        stored = row[0] if row is not None else None
        if (stored or 0) != prev_version:
            raise StaleVersion(prev_version, stored or 0)
        if record.actor is not None:
            person = sql.first(_SQL_STAFF_ACTIVE, (record.actor,))
            if person is None:
                if record.actor_role is not None:
                    raise SignedOut(msg("Sign in first"), "")
            elif not person[0]:
                raise SignedOut(msg("Sign in first"), person[1])
            elif record.actor_role is not None and person[2] != record.actor_role:
                raise RoleChanged(msg("Sign in first"), person[2])

    def _write_sale(self, sql: DriverSql, prev_version: int, state: SaleState,
                    record: CommandRecord, body: str) -> Head:
        """Insert or update the sale's row; returns its indexed columns as written.

        `updated_at` is when the sale was last touched, to the minute: parking (hours)
        and the compaction of voided sales (days) need no finer, and a command in the
        same minute that changes no other indexed column then leaves every index alone.
        """
        head: Head = (state.status.value, state.cashier_id, state.shift_id, record.at)
        if prev_version == 0:
            sql.run(_SQL_INSERT_SALE, (
                state.id, state.terminal_id, state.status.value, state.version, body,
                state.cashier_id, state.shift_id, state.opened_at, record.at, state.currency))
            return head
        known = self._lines.head(state.id, prev_version)
        if known is not None and known[:3] == head[:3] and known[3][:16] == record.at[:16]:
            sql.run(_SQL_UPDATE_SALE_STATE, (state.version, body, state.id))
            return known
        sql.run(_SQL_UPDATE_SALE, (
            state.status.value, state.version, body, state.cashier_id, state.shift_id,
            record.at, state.id))
        return head

    def _check_and_write(self, sql: DriverSql, prev_version: int, state: SaleState,
                         record: CommandRecord, body: str) -> Written:
        """A command with nothing but its state and its command row to write."""
        self._check(sql, prev_version, state, record)
        head = self._write_sale(sql, prev_version, state, record, body)
        written = self._lines.write(sql, prev_version, state, head)
        sql.run(_SQL_INSERT_COMMAND, (
            record.sale_id, record.version, record.command_id, record.kind, record.payload,
            record.actor, record.at))
        return written

    @staticmethod
    def _apply_checks(conn: Connection, state: SaleState, record: CommandRecord,
                      checks: CommitChecks) -> None:
        """Return claims replaced and verified, line voids kept, inside the commit."""
        if checks.claims is not None:
            conn.exec_driver_sql(_SQL_CLEAR_CLAIMS, (state.id,))
            for c in checks.claims:
                conn.exec_driver_sql(_SQL_INSERT_CLAIM, (
                    state.id, c.orig_sale_id, c.orig_line_no, c.units, c.refunded,
                    _positions_json(c.positions)))
        if checks.verify is not None:
            checks.verify(_Ledger(conn))
        for v in checks.line_voids:
            ln = v.line
            conn.exec_driver_sql(_SQL_INSERT_LINE_VOID, (
                f"{record.command_id}:{ln.no}", state.id, state.shift_id, ln.no, ln.sku,
                ln.title, ln.quantity, v.amount, v.by, v.approved_by, v.at))

    def _write_completion(self, conn: Connection, c: CompletionFacts, receipt_no: int) -> None:
        sale = c.sale
        conn.execute(insert(_sold), [{
            "sale_id": sale.id, "line_no": sl.line_no, "variant_id": sl.variant_id,
            "sku": sl.sku, "title": sl.title, "quantity": sl.quantity,
            "unit_price": sl.unit_price, "gross": sl.gross, "discount": sl.discount,
            "tax": sl.tax, "total": sl.total, "taxes": json.dumps(dict(sl.taxes)),
            "tax_class": sl.tax_class, "attributions": json.dumps(sl.attributions),
            "return_of_sale": ln.return_of.sale_id if ln.return_of else None,
            "return_of_line": ln.return_of.line_no if ln.return_of else None,
            "return_reason": ln.reason, "restock": int(ln.restock),
        } for sl, ln in zip(c.lines, sale.lines, strict=True)])
        if c.payments:
            conn.execute(insert(_pay), [{
                "id": p.id, "sale_id": sale.id, "shift_id": sale.shift_id, "kind": p.kind,
                "amount": p.amount, "tendered": p.tendered, "change": p.change,
                "reference": p.reference, "at": c.at} for p in c.payments])
        if c.stock:
            conn.execute(insert(_stock), [{
                "id": m.id, "sale_id": sale.id, "variant_id": m.variant_id, "sku": m.sku,
                "delta": m.delta, "reason": m.reason, "at": c.at} for m in c.stock])
        conn.execute(insert(_outbox), [{
            "op_id": e.op_id, "topic": e.topic, "aggregate_id": e.aggregate_id,
            "payload": json.dumps({**e.payload, "receipt_no": receipt_no},
                                  separators=(",", ":")),
            "created_at": c.at, "status": "pending"} for e in c.events])

    # ---- queries the sale manager needs --------------------------------------------------

    def sales_with_status(self, terminal_id: str, statuses: Sequence[SaleStatus]) \
            -> list[SaleState]:
        with self._db.read() as conn:
            # Through the index whatever the planner's statistics say: a terminal has a
            # handful of open or held sales and a year of completed ones.
            rows = conn.execute(text(
                "SELECT id, state FROM sale INDEXED BY ix_sale_terminal_status "
                "WHERE terminal_id = :t AND status IN :st ORDER BY opened_at").bindparams(
                    bindparam("st", expanding=True)),
                {"t": terminal_id, "st": [s.value for s in statuses]}).all()
            return [self._lines.read(conn, r[0], r[1]) for r in rows]

    def stale_open_sales(self, terminal_id: str, updated_before: str) -> list[str]:
        """Open sales last touched before `updated_before`. `updated_at` is written once
        a minute (`_write_sale`): a sale touched since is up to a minute later than it
        says, so the cut moves back a minute; a sale is parked at most a minute late,
        never early."""
        cut = iso(parse_iso(updated_before) - timedelta(minutes=1))
        with self._db.read() as conn:
            return list(conn.execute(
                select(_sale.c.id).where(_sale.c.terminal_id == terminal_id,
                                         _sale.c.status == SaleStatus.OPEN.value,
                                         _sale.c.updated_at < cut)).scalars())

    def find_receipt(self, terminal_id: str, receipt_no: int) -> tuple[SaleState, list[SoldLine]]:
        with self._db.read() as conn:
            row = conn.execute(select(_sale.c.id, _sale.c.state).where(
                _sale.c.terminal_id == terminal_id, _sale.c.receipt_no == receipt_no)).first()
            if row is None:
                raise NotFound(f"Receipt {receipt_no} was not found on terminal {terminal_id}")
            lines = conn.execute(select(_sold).where(_sold.c.sale_id == row[0])
                                 .order_by(_sold.c.line_no)).mappings().all()
            state = self._lines.read(conn, row[0], row[1])
        tracked = {ln.no: ln.tracked for ln in state.lines}
        return state, [SoldLine(
            sale_id=r["sale_id"], receipt_no=receipt_no, line_no=r["line_no"],
            variant_id=r["variant_id"], sku=r["sku"], title=r["title"], quantity=r["quantity"],
            unit_price=r["unit_price"], tax_class=r["tax_class"], gross=r["gross"],
            discount=r["discount"], taxes=tuple(json.loads(r["taxes"]).items()),
            total=r["total"], tracked=tracked.get(r["line_no"], True),
            attributions=tuple((a[0], a[1]) for a in json.loads(r["attributions"])),
        ) for r in lines]

    def returned_quantities(self, sale_id: str) -> dict[int, int]:
        """Units of each line of a sale given back on this terminal: completed returns and
        post-voids, and returns still open, held or parked (they reserve their units)."""
        with self._db.read() as conn:
            rows = conn.execute(text(
                "SELECT orig_line_no, SUM(units) FROM return_claim "
                "WHERE orig_sale_id = :sid GROUP BY orig_line_no"),
                {"sid": sale_id}).all()
        return {int(r[0]): int(r[1]) for r in rows if r[1]}

    def claimed_positions(self, sale_id: str) -> dict[int, tuple[tuple[int, int], ...]]:
        """Unit positions of each line of a sale that returns on this terminal hold
        (completed, open, held and parked ones; a voided sale holds none)."""
        with self._db.read() as conn:
            rows = conn.exec_driver_sql(
                "SELECT orig_line_no, positions FROM return_claim WHERE orig_sale_id = ?",
                (sale_id,)).all()
        out: dict[int, tuple[tuple[int, int], ...]] = {}
        for line_no, raw in rows:
            out[int(line_no)] = (*out.get(int(line_no), ()), *_positions(raw))
        return out

    def payments_of(self, sale_id: str) -> list[dict[str, Any]]:
        with self._db.read() as conn:
            return [dict(r) for r in conn.execute(
                select(_pay).where(_pay.c.sale_id == sale_id)).mappings()]

    def post_voided(self, sale_id: str) -> bool:
        with self._db.read() as conn:
            return conn.execute(text(
                "SELECT 1 FROM sale WHERE status = 'completed' AND "
                "json_extract(state, '$.pv') = :sid LIMIT 1"), {"sid": sale_id}).first() \
                is not None

    # ---- housekeeping (compaction runs on the scheduler: small batches, yielding) -------

    # The most sales one compaction write transaction may take; it takes as many as fit
    # its time budget (batching.py: about 2 ms of the writer).
    COMPACT_BATCH = 500
    # A sale still owes a channel something while any of its events is pending or set
    # aside: its own (sale summary, commission, commission records) by aggregate id,
    # its stock events through its stock movements. Both probes are indexed
    # (ix_outbox_aggregate_status; stock_movement.sale_id and outbox.op_id).
    _OWES = (
        "(EXISTS (SELECT 1 FROM outbox o WHERE o.aggregate_id = s.id "
        "AND o.status IN ('pending', 'rejected')) "
        "OR EXISTS (SELECT 1 FROM stock_movement m JOIN outbox o ON o.op_id = m.id "
        "WHERE m.sale_id = s.id AND o.status IN ('pending', 'rejected')))")
    # Candidates in keyset order on ix_sale_status_completed / ix_sale_status_updated
    # (voided sales have no completion time): each batch starts where the last one
    # ended, so sales skipped (still owing) are not read again.
    _COMPACT_CANDIDATES = (
        "SELECT s.id, s.{at} FROM sale s WHERE s.status = :status AND s.{at} < :cut "
        "AND (s.{at}, s.id) > (:after_at, :after_id) "
        "AND EXISTS (SELECT 1 FROM sale_command c WHERE c.sale_id = s.id) "
        "AND NOT " + _OWES + " ORDER BY s.{at}, s.id LIMIT :n")
    # One sale's log, re-checked in the writer's transaction (the sale may owe again:
    # a post-void queues events). One statement text, run per sale (executemany).
    _DROP_LOG = (
        "DELETE FROM sale_command WHERE sale_id = ?1 AND EXISTS (SELECT 1 FROM sale s "
        "WHERE s.id = ?1 AND s.status = ?2 AND NOT " + _OWES + ")")

    def compaction_candidates(self, status: str, completed_before: str, *,
                              after: tuple[str, str] = ("", ""),
                              limit: int = COMPACT_BATCH) -> list[tuple[str, str]]:
        """(id, time) of up to `limit` completed (or voided) sales before the cut, after
        `after` in (time, id) order, with a command log and nothing owed to a channel.
        A read on the reader connection: never inside the writer's transaction."""
        at = "completed_at" if status == SaleStatus.COMPLETED.value else "updated_at"
        with self._db.read() as conn:
            rows = conn.execute(text(self._COMPACT_CANDIDATES.format(at=at)), {
                "status": status, "cut": completed_before, "after_at": after[0],
                "after_id": after[1], "n": limit}).all()
        return [(str(r[0]), str(r[1])) for r in rows]

    def compact(self, completed_before: str, *, batch: int = COMPACT_BATCH) -> int:
        """Drop the command logs of completed or voided sales older than the cut whose
        outbox events are all acknowledged (or were never queued: no channel for them).

        The sale row, sold lines, payments, stock movements, return claims and line
        voids stay: they are the immutable record. Only the per-command replay log goes.
        Candidates are read in batches on the reader; each batch is deleted in its own
        short write transaction, sized by time (batching.py, at most `batch` sales)
        and re-checked there sale by sale (indexed), so a counter command never waits
        behind more than one short batch.
        """
        done = 0
        size = AdaptiveBatch(largest=max(1, batch))
        for status in (SaleStatus.COMPLETED.value, SaleStatus.VOIDED.value):
            after = ("", "")
            while True:
                asked = size.take()
                found = self.compaction_candidates(status, completed_before, after=after,
                                                   limit=asked)
                if not found:
                    break
                taken = 0
                # Redone by the next run if a power cut takes it back: no need to wait
                # for the disk while the cashier may be waiting for the writer.
                with self._db.gate.relaxed(), self._db.write() as conn:
                    budget = TransactionBudget()
                    # The driver's cursor: one prepared statement, no per-sale overhead.
                    cur = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
                    try:
                        for part in chunks(found):
                            for sid, _ in part:
                                cur.execute(self._DROP_LOG, (sid, status))
                                done += cur.rowcount > 0
                            taken += len(part)
                            if budget.spent():
                                break
                    finally:
                        cur.close()
                size.record(taken, budget.work())  # the commit included
                # Sales left for the next transaction are read again from there.
                after = (found[taken - 1][1], found[taken - 1][0])
                if taken == len(found) and len(found) < asked:
                    break
        return done

    def top_variant_ids(self, limit: int) -> list[str]:
        """The most-sold variants (for quick keys), topped up from the catalog when the
        store has little history yet."""
        with self._db.read() as conn:
            # Units sold per variant kept by a trigger on sold_line (0018_history_scale):
            # the top sellers from an index, never a pass over every line ever sold.
            ids = list(conn.execute(text(
                "SELECT variant_id FROM variant_sold_total WHERE units > 0 "
                "ORDER BY units DESC, variant_id LIMIT :n"),
                {"n": limit}).scalars())
            if len(ids) < limit:
                more = conn.execute(text(
                    "SELECT id FROM variant ORDER BY product_id, id LIMIT :n"),
                    {"n": limit * 2}).scalars()
                ids += [v for v in more if v not in ids][:limit - len(ids)]
        return ids


class SqliteAuditLog:
    """Appends to the journal (adapters/sqlite/journal.py) in a write transaction of its
    own: who did what, when, and who approved it. `terminal_id` None: the database's
    own terminal."""

    def __init__(self, db: LocalDatabase, clock: Clock, ids: IdGenerator, *,
                 terminal_id: str | None = None) -> None:
        self._db = db
        self._clock = clock
        self._ids = ids
        self._terminal_id = terminal_id

    def append(self, *, actor: str | None, action: str, subject: str | None,
               detail: str, approved_by: str | None) -> None:
        entry = JournalEntry(action=action, at=iso(self._clock.now()), id=self._ids.new_id(),
                             actor=actor, approved_by=approved_by, subject=subject,
                             detail=detail, terminal_id=self._terminal_id)
        with self._db.write() as conn:
            journal_append(conn, entry)
