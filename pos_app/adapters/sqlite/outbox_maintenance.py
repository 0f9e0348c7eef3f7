"""Housekeeping of the local outbox: set aside events no channel takes, prune old acks.

Each call is one batch: candidates are read on the reader connection (indexed:
ix_outbox_topic_status, ix_outbox_status_created), then changed in one short write
transaction that re-checks the status, so a counter command waits behind one batch at
most (the service in services/housekeeping.py loops). A batch is sized by time, not
rows (batching.py): about 2 ms of the writer, written in chunks that stop early when
the budget is spent. Deletes go by runs of sequence numbers (the outbox's rowid) with
one statement text, so SQLite reuses one prepared statement for every run.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, text

from .batching import AdaptiveBatch, TransactionBudget, chunks, seq_ranges
from .store import LocalDatabase

# Statuses of rows nothing will send again: acknowledged, or with no channel to take
# them. Pending, rejected (the manager's list) and local rows are never pruned.
PRUNABLE = ("acked", "unrouted")
UNROUTED = "unrouted"

# A run of sequence numbers, re-checked row by row: only rows that are still prunable
# and older than the cut go, and never the newest row (see `prune`). The unary `+`
# keeps SQLite on the rowid range: on (status, created_at) it would walk every
# acknowledged row older than the cut for each run.
_DELETE_RUN = (
    "DELETE FROM outbox WHERE seq BETWEEN ? AND ? AND +status IN ('acked', 'unrouted') "
    "AND +created_at < ? AND seq < (SELECT max(seq) FROM outbox)")
_RETIRE_ONE = ("UPDATE outbox SET status = ?, last_error = ? "
               "WHERE seq = ? AND status = 'pending'")


class SqliteOutboxMaintenance:
    def __init__(self, db: LocalDatabase) -> None:
        self._db = db
        self._prune_size = AdaptiveBatch()
        self._retire_size = AdaptiveBatch()

    def retire(self, topic: str, reason: str, *, limit: int) -> int:
        """Set aside up to `limit` pending rows of `topic` as 'unrouted' (kept, never
        sent, not waiting); returns how many."""
        with self._db.read() as conn:
            seqs = list(conn.execute(text(
                "SELECT seq FROM outbox WHERE topic = :t AND status = 'pending' "
                "ORDER BY seq LIMIT :n"), {"t": topic, "n": self._retire_size.take(limit)})
                .scalars())
        if not seqs:
            return 0
        done = 0
        with self._db.gate.relaxed(), self._db.write() as conn:  # redone if lost
            budget = TransactionBudget()
            for part in chunks(seqs):
                done += _many(conn, _RETIRE_ONE, [(UNROUTED, reason, s) for s in part])
                if budget.spent():
                    break
        self._retire_size.record(max(done, 1), budget.work())  # commit included
        return done

    def prunable(self, created_before: str, *, limit: int) -> list[int]:
        """Seqs of up to `limit` acknowledged or unrouted rows created before the cut
        (never the newest row: see `prune`)."""
        out: list[int] = []
        with self._db.read() as conn:
            for status in PRUNABLE:
                out += conn.execute(text(
                    "SELECT seq FROM outbox WHERE status = :s AND created_at < :cut "
                    "AND seq < (SELECT max(seq) FROM outbox) ORDER BY created_at LIMIT :n"),
                    {"s": status, "cut": created_before, "n": limit - len(out)}).scalars()
                if len(out) >= limit:
                    break
        return out

    def prune(self, created_before: str, *, limit: int) -> int:
        """Delete about `limit` acknowledged or unrouted rows created before the cut
        (fewer when the time budget is spent first; a run of candidates takes the
        prunable rows between them too); returns how many. The newest row
        is always kept, so a sequence number is never handed out twice (the outbox's
        seq is SQLite's rowid: max + 1)."""
        seqs = self.prunable(created_before, limit=self._prune_size.take(limit))
        return self.delete(seqs, created_before) if seqs else 0

    def delete(self, seqs: Sequence[int], created_before: str) -> int:
        done = 0
        with self._db.gate.relaxed(), self._db.write() as conn:  # redone if lost
            budget = TransactionBudget()
            for part in chunks(sorted(seqs)):
                done += _many(conn, _DELETE_RUN,
                              [(a, b, created_before) for a, b in seq_ranges(part)])
                if budget.spent():
                    break
        self._prune_size.record(max(done, 1), budget.work())  # commit included
        return done


def _many(conn: Connection, sql: str, rows: list[tuple[object, ...]]) -> int:
    """One statement text for every row (executemany on the driver): prepared once."""
    return max(0, int(conn.exec_driver_sql(sql, rows).rowcount or 0))
