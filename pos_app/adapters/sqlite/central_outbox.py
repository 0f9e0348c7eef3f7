"""The terminal's side of central sync: reading and acknowledging the outbox, applying pulls.

Pulled rows (plans, staff, settings) replace the local copy only when their
(version, digest) is higher, so a stale pull never overwrites a newer plan. The other
tills' commission period totals are a cache of one complete read: replaced whole.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import date

from sqlalchemy import Connection, text

from pos_app.services.central_sync import (
    OutboxItem,
    PulledPeriodTotals,
    PulledPlan,
    PulledSetting,
    PulledStaff,
    SyncState,
)
from pos_app.services.flags import StoreFlag
from pos_app.services.staff import StaffRecord

from .staff_repo import merge_staff_rows
from .store import LocalDatabase
from .store_flags import SqliteStoreFlagCache

# Rows per write transaction: acknowledging a 1,000-row batch is five short
# transactions, not one long one, so a counter command never waits long behind it (an
# ack is idempotent: a crash between chunks leaves the rest pending, pushed again as
# no-ops).
_CHUNK = 200
STATE_KEY = "central_sync"  # the push/pull loop's SyncState
# {"as_of": ISO time, "since": ISO date} of the last pull of the other tills' totals.
OTHER_TILLS_KEY = "remote_period_totals"


def sync_state_of(raw: str) -> SyncState:
    """The stored JSON of the central sync's state (older rows lack the newer keys)."""
    d = json.loads(raw)
    return SyncState(int(d.get("failures", 0)), d.get("next_try_at"),
                     d.get("last_success_at"), d.get("last_error"), d.get("last_error_at"),
                     bool(d.get("paused", False)), d.get("last_attempt_at"),
                     d.get("journal_error"), d.get("journal_last_error"),
                     d.get("journal_last_error_at"))


def _chunks(seqs: Sequence[int]) -> list[Sequence[int]]:
    return [seqs[i:i + _CHUNK] for i in range(0, len(seqs), _CHUNK)]


def _in(seqs: Sequence[int]) -> str:
    # Sequence numbers are integers from our own query; inlining them keeps one
    # statement per chunk without a parameter per row.
    return ", ".join(str(int(s)) for s in seqs)


_NEWER = ("WHERE excluded.version > {t}.version OR "
          "(excluded.version = {t}.version AND excluded.digest > {t}.digest)")


class SqliteSyncOutbox:
    def __init__(self, db: LocalDatabase) -> None:
        self._db = db

    def pending(self, topics: Sequence[str], limit: int, after_seq: int) -> list[OutboxItem]:
        # One statement on a reader's driver connection (`fetch_all`): a backlog's
        # batch of 1,000 rows without SQLAlchemy's row objects (~2 us a row). The first
        # `limit` seqs come from the (topic, status, seq) index alone (sorted there, the
        # topics' ranges merged), then only those rows are read: sorting the whole rows
        # read every pending row's payload for each batch (half the time of a read).
        marks = ", ".join("?" for _ in topics)
        rows = self._db.fetch_all(
            "SELECT seq, op_id, topic, aggregate_id, payload, created_at, digest "
            "FROM outbox WHERE seq IN (SELECT seq FROM outbox WHERE status = 'pending' "
            f"AND topic IN ({marks}) AND seq > ? ORDER BY seq LIMIT ?) ORDER BY seq",
            (*topics, after_seq, limit))
        return [OutboxItem(*r) for r in rows]

    def mark_acked(self, seqs: Sequence[int]) -> None:
        for chunk in _chunks(sorted(set(seqs))):
            # A run of consecutive seqs (a backlog's batch, usually) is one range of the
            # primary key: the same rows as the list, ~40 % less time than matching it.
            first, last = int(chunk[0]), int(chunk[-1])
            where = (f"seq BETWEEN {first} AND {last}" if last - first + 1 == len(chunk)
                     else f"seq IN ({_in(chunk)})")
            # The central database has them: an ack a power cut takes back is a no-op
            # push next round, so it need not wait for the disk (writer_gate.relaxed).
            # `+status`: found by the primary key. SQLite otherwise took the (status,
            # created_at) index and walked every pending row per chunk, which made
            # acknowledging a backlog quadratic (~7 us a row at 20,000 pending).
            with self._db.gate.relaxed(), self._db.write() as conn:
                conn.execute(text(f"UPDATE outbox SET status = 'acked', last_error = NULL "
                                  f"WHERE {where} AND +status = 'pending'"))

    def mark_rejected(self, reasons: Mapping[int, str]) -> None:
        with self._db.write() as conn:
            conn.execute(text("UPDATE outbox SET status = 'rejected', last_error = :e, "
                              "attempts = attempts + 1 WHERE seq = :s AND status = 'pending'"),
                         [{"s": s, "e": e} for s, e in reasons.items()])

    def mark_failed(self, seqs: Sequence[int], error: str) -> None:
        for chunk in _chunks(seqs):
            with self._db.write() as conn:
                conn.execute(text(f"UPDATE outbox SET attempts = attempts + 1, last_error = :e "
                                  f"WHERE seq IN ({_in(chunk)}) AND +status = 'pending'"),
                             {"e": error})

    def requeue_rejected(self, topics: Sequence[str]) -> dict[str, int]:
        """Rejected rows of `topics` back to 'pending' (their last reason is kept until
        the next attempt); one transaction. Per topic, how many."""
        marks = ", ".join(f":t{i}" for i in range(len(topics)))
        params = {f"t{i}": t for i, t in enumerate(topics)}
        with self._db.write() as conn:
            counts = {str(r[0]): int(r[1]) for r in conn.execute(text(
                "SELECT topic, count(*) FROM outbox WHERE status = 'rejected' "
                f"AND topic IN ({marks}) GROUP BY topic"), params)}
            if counts:
                conn.execute(text("UPDATE outbox SET status = 'pending' WHERE "
                                  f"status = 'rejected' AND topic IN ({marks})"), params)
        return counts

    def counts(self, topics: Sequence[str]) -> tuple[int, int]:
        marks = ", ".join(f":t{i}" for i in range(len(topics)))
        with self._db.read() as conn:
            # Two index ranges (ix_outbox_topic_status), not a pass over every row.
            row = conn.execute(text(
                f"SELECT (SELECT count(*) FROM outbox WHERE topic IN ({marks}) "
                "AND status = 'pending'), "
                f"(SELECT count(*) FROM outbox WHERE topic IN ({marks}) "
                "AND status = 'rejected')"),
                {f"t{i}": t for i, t in enumerate(topics)}).one()
        return int(row[0]), int(row[1])

    def rejected(self, topics: Sequence[str]) -> list[tuple[int, str, str, str | None]]:
        """(seq, topic, op id, reason) of rejected rows: the "needs attention" list."""
        marks = ", ".join(f":t{i}" for i in range(len(topics)))
        with self._db.read() as conn:
            return [(r[0], r[1], r[2], r[3]) for r in conn.execute(text(
                "SELECT seq, topic, op_id, last_error FROM outbox WHERE status = 'rejected' "
                f"AND topic IN ({marks}) ORDER BY seq"),
                {f"t{i}": t for i, t in enumerate(topics)})]

    # ---- pulls -----------------------------------------------------------------------------

    @staticmethod
    def _changed(conn: Connection, table: str, key: str, rows: list[dict[str, object]],
                 cols: Sequence[str]) -> int:
        if not rows:
            return 0
        before = conn.execute(text("SELECT total_changes()")).scalar() or 0
        names = ", ".join(cols)
        values = ", ".join(f":{c}" for c in cols)
        updates = ", ".join(f"{c} = excluded.{c}" for c in cols if c != key)
        conn.execute(text(
            f"INSERT INTO {table} ({names}) VALUES ({values}) ON CONFLICT ({key}) DO UPDATE "
            f"SET {updates} " + _NEWER.format(t=table)), rows)
        after = conn.execute(text("SELECT total_changes()")).scalar() or 0
        return int(after) - int(before)

    def apply_plans(self, plans: Sequence[PulledPlan], at: str) -> int:
        rows: list[dict[str, object]] = [
            {"id": p.id, "store_id": p.store_id, "version": p.version, "digest": p.digest,
             "body": p.body, "pulled_at": at} for p in plans]
        with self._db.write() as conn:
            return self._changed(conn, "commission_plan", "id", rows,
                                 ("id", "store_id", "version", "digest", "body", "pulled_at"))

    def apply_staff(self, staff: Sequence[PulledStaff]) -> int:
        rows: list[dict[str, object]] = [
            {"id": s.id, "store_id": s.store_id, "name": s.name, "role": s.role,
             "active": int(s.active), "version": s.version, "digest": s.digest}
            for s in staff]
        # The till's own staff table too (PIN hashes included), merged by the staff
        # rule (adapters/sqlite/staff_repo.py): a person added or changed on another
        # till signs in here, a leaver deactivated there is refused here.
        people = [StaffRecord(s.id, s.name, s.role, s.pin_hash or "", s.active, s.version,
                              s.active_version, s.digest) for s in staff]
        with self._db.write() as conn:
            changed = self._directory(conn, rows)
            # The people this pull changed here, in either table, each counted once.
            return len(changed | merge_staff_rows(conn, people))

    @staticmethod
    def _directory(conn: Connection, rows: list[dict[str, object]]) -> set[str]:
        # A cache of the central rows (commission roles): a newer version replaces
        # what is here, and a deactivation always does (the active flag is versioned
        # apart centrally; a reactivation comes with a new PIN, so a newer version).
        sql = text(
            "INSERT INTO staff_directory (id, store_id, name, role, active, version, "
            "digest) VALUES (:id, :store_id, :name, :role, :active, :version, :digest) "
            "ON CONFLICT (id) DO UPDATE SET store_id = excluded.store_id, "
            "name = excluded.name, role = excluded.role, active = excluded.active, "
            "version = excluded.version, digest = excluded.digest WHERE "
            "(excluded.active = 0 AND staff_directory.active = 1) OR "
            "excluded.version > staff_directory.version OR "
            "(excluded.version = staff_directory.version AND "
            "excluded.digest > staff_directory.digest) RETURNING id")
        return {str(i) for row in rows for i in conn.execute(sql, row).scalars()}

    def apply_settings(self, settings: Sequence[PulledSetting]) -> int:
        rows: list[dict[str, object]] = [
            {"key": s.key, "value": s.value, "version": s.version, "digest": s.digest}
            for s in settings]
        with self._db.write() as conn:
            return self._changed(conn, "central_setting", "key", rows,
                                 ("key", "value", "version", "digest"))

    def apply_period_totals(self, totals: Sequence[PulledPeriodTotals], since: date,
                            as_of: str) -> int:
        rows: list[dict[str, object]] = [
            {"s": t.staff_id, "p": t.plan_id, "d": t.period_start.isoformat(), "v": t.value,
             "u": t.units, "t": t.tier_paid, "a": t.amount, "o": as_of} for t in totals]
        meta = json.dumps({"as_of": as_of, "since": since.isoformat()})
        with self._db.write() as conn:
            # The pull is complete for its window and older periods are no longer asked
            # for: nothing of the previous copy is kept.
            conn.execute(text("DELETE FROM remote_period_total"))
            if rows:
                conn.execute(text(
                    "INSERT INTO remote_period_total (staff_id, plan_id, period_start, value, "
                    "units, tier_paid, amount, as_of) VALUES (:s, :p, :d, :v, :u, :t, :a, :o)"),
                    rows)
            conn.execute(text("INSERT INTO central_sync_state (key, value) VALUES (:k, :v) "
                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                         {"k": OTHER_TILLS_KEY, "v": meta})
        return len(rows)

    def apply_store_flags(self, store_id: str, flags: Sequence[StoreFlag], at: str) -> int:
        """The store's flag overrides, each kept only at a higher version."""
        return SqliteStoreFlagCache(self._db).apply(store_id, flags, at)

    def central_settings(self) -> dict[str, str]:
        with self._db.read() as conn:
            return {r[0]: r[1] for r in conn.execute(
                text("SELECT key, value FROM central_setting ORDER BY key"))}

    # ---- loop state -----------------------------------------------------------------------

    def load_state(self) -> SyncState:
        with self._db.read() as conn:
            raw = conn.execute(text("SELECT value FROM central_sync_state WHERE key = :k"),
                               {"k": STATE_KEY}).scalar()
        if raw is None:
            return SyncState()
        return sync_state_of(raw)

    def save_state(self, state: SyncState) -> None:
        body = json.dumps({"failures": state.failures, "next_try_at": state.next_try_at,
                           "last_success_at": state.last_success_at,
                           "last_error": state.last_error,
                           "last_error_at": state.last_error_at, "paused": state.paused,
                           "last_attempt_at": state.last_attempt_at,
                           "journal_error": state.journal_error,
                           "journal_last_error": state.journal_last_error,
                           "journal_last_error_at": state.journal_last_error_at})
        with self._db.write() as conn:
            conn.execute(text("INSERT INTO central_sync_state (key, value) VALUES (:k, :v) "
                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                         {"k": STATE_KEY, "v": body})
