"""Housekeeping of the local outbox: set aside events no channel takes, prune old acks.

Each call is one batch: candidates are read on the reader connection (indexed:
ix_outbox_topic_status, ix_outbox_status_created), then changed in one short write
transaction that re-checks the status, so a counter command waits behind one batch at
most (the service in services/housekeeping.py loops).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import bindparam, text

from .store import LocalDatabase

# Statuses of rows nothing will send again: acknowledged, or with no channel to take
# them. Pending, rejected (the manager's list) and local rows are never pruned.
PRUNABLE = ("acked", "unrouted")
UNROUTED = "unrouted"


class SqliteOutboxMaintenance:
    def __init__(self, db: LocalDatabase) -> None:
        self._db = db

    def retire(self, topic: str, reason: str, *, limit: int) -> int:
        """Set aside up to `limit` pending rows of `topic` as 'unrouted' (kept, never
        sent, not waiting); returns how many."""
        with self._db.read() as conn:
            seqs = list(conn.execute(text(
                "SELECT seq FROM outbox WHERE topic = :t AND status = 'pending' "
                "ORDER BY seq LIMIT :n"), {"t": topic, "n": limit}).scalars())
        if not seqs:
            return 0
        with self._db.gate.relaxed(), self._db.write() as conn:  # redone if lost
            done = conn.execute(text(
                "UPDATE outbox SET status = :u, last_error = :why "
                "WHERE seq IN :seqs AND status = 'pending'").bindparams(
                    bindparam("seqs", expanding=True)),
                {"u": UNROUTED, "why": reason, "seqs": seqs}).rowcount
        return int(done or 0)

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
        """Delete up to `limit` acknowledged or unrouted rows created before the cut;
        returns how many. The newest row is always kept, so a sequence number is never
        handed out twice (the outbox's seq is SQLite's rowid: max + 1)."""
        seqs = self.prunable(created_before, limit=limit)
        return self.delete(seqs) if seqs else 0

    def delete(self, seqs: Sequence[int]) -> int:
        with self._db.gate.relaxed(), self._db.write() as conn:  # redone if lost
            done = conn.execute(text(
                "DELETE FROM outbox WHERE seq IN :seqs AND status IN ('acked', 'unrouted') "
                "AND seq < (SELECT max(seq) FROM outbox)").bindparams(
                    bindparam("seqs", expanding=True)), {"seqs": list(seqs)}).rowcount
        return int(done or 0)
