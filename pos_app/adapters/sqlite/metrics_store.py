"""The terminal's metrics and alerts in its own database (0017_metrics), and the probes
the health figures need (disk space of the data directory, open sale state size).

Metrics arrive as per-minute aggregates from the monitoring job (jobs/monitoring.py),
one short write transaction per flush; rows older than the retention are pruned in
small batches. Each alert firing or clearing is recorded with its outbox event (topic
"alert") in one transaction, so the central database gets every one.
"""

from __future__ import annotations

import json
import shutil
import threading
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from pos_app.domain.clock import IdGenerator
from pos_app.services.alerts import ALERT_TOPIC, AlertChange
from pos_app.services.metrics import MetricRow, StoredRow

from .store import LocalDatabase

PRUNE_BATCH = 500


def _minute(at: datetime) -> str:
    return at.astimezone(UTC).replace(second=0, microsecond=0).isoformat()


class SqliteMetricsStore:
    def __init__(self, db: LocalDatabase, ids: IdGenerator | None = None) -> None:
        self._db = db
        self._ids = ids
        self._lock = threading.Lock()
        self._cache: list[tuple[str, StoredRow]] = []
        self._last_id = 0
        self._horizon: str | None = None

    # ---- metrics -------------------------------------------------------------------------

    def write(self, rows: Sequence[MetricRow], at: datetime) -> int:
        if not rows:
            return 0
        minute = _minute(at)
        with self._db.write() as conn:
            conn.execute(text(
                "INSERT INTO metric_minute (minute, name, label, count, errors, sum_us, "
                "buckets, value) VALUES (:m, :n, :l, :c, :e, :s, :b, :v)"),
                [{"m": minute, "n": r.name, "l": r.label, "c": r.count, "e": r.errors,
                  "s": r.sum_us, "b": ",".join(map(str, r.buckets)), "v": r.value}
                 for r in rows])
        return len(rows)

    def read(self, since: datetime) -> list[StoredRow]:
        """Rows from `since` on (empty on a database from before 0017). Rows already
        read are kept: a later call reads only the rows written since (the status bar
        asks every few seconds; a day is about 20,000 rows)."""
        with self._lock:
            cut = _minute(since)
            if self._horizon is None or cut < self._horizon:  # further back: read anew
                self._cache, self._last_id = [], 0
            self._horizon = cut
            try:
                with self._db.read() as conn:
                    got = conn.execute(text(
                        "SELECT id, minute, name, label, count, errors, sum_us, buckets, "
                        "value FROM metric_minute WHERE id > :after AND minute >= :s "
                        "ORDER BY id"), {"s": cut, "after": self._last_id}).all()
            except OperationalError:
                return []
            fresh = [(m, StoredRow(datetime.fromisoformat(m), MetricRow(
                n, lbl, int(c), int(e), int(s),
                tuple(int(x) for x in b.split(",")) if b else (), v)))
                for _, m, n, lbl, c, e, s, b, v in got]
            if got:
                self._last_id = int(got[-1][0])
            self._cache = [x for x in self._cache if x[0] >= cut] + fresh
            return [r for _, r in self._cache]

    def prune(self, before: datetime) -> int:
        """Delete rows older than `before`, a batch per transaction."""
        cut = _minute(before)
        total = 0
        while True:
            with self._db.write() as conn:
                n = conn.execute(text(
                    "DELETE FROM metric_minute WHERE id IN (SELECT id FROM metric_minute "
                    "WHERE minute < :c LIMIT :k)"), {"c": cut, "k": PRUNE_BATCH}).rowcount
            total += n
            if n < PRUNE_BATCH:
                return total

    # ---- alerts --------------------------------------------------------------------------

    def firing(self) -> dict[str, str]:
        """Key -> since when, for each alert whose last event is a firing."""
        try:
            with self._db.read() as conn:
                got = conn.execute(text(
                    "SELECT a.key, a.firing, a.at FROM alert_event a JOIN (SELECT key, "
                    "max(id) AS id FROM alert_event GROUP BY key) last ON last.id = a.id"
                )).all()
        except OperationalError:
            return {}
        return {k: at for k, f, at in got if f}

    def history(self, limit: int = 50) -> list[dict[str, Any]]:
        """The last `limit` firings and clearings, newest first."""
        try:
            with self._db.read() as conn:
                got = conn.execute(text(
                    "SELECT key, firing, at, message, value, threshold FROM alert_event "
                    "ORDER BY id DESC LIMIT :n"), {"n": limit}).all()
        except OperationalError:
            return []
        return [{"key": k, "firing": bool(f), "at": at, "message": m, "value": v,
                 "threshold": t} for k, f, at, m, v, t in got]

    def record(self, changes: Sequence[AlertChange], *, terminal_id: str) -> None:
        if not changes:
            return
        rows = [{"k": c.key, "f": 1 if c.firing else 0, "at": c.at, "m": c.message,
                 "v": c.value, "t": c.threshold} for c in changes]
        new_id = self._ids.new_id if self._ids is not None else _uuid
        events = [{"op": new_id(), "topic": ALERT_TOPIC, "agg": f"{terminal_id}:{c.key}",
                   "payload": json.dumps({
                       "terminal_id": terminal_id, "key": c.key,
                       "state": "firing" if c.firing else "cleared", "at": c.at,
                       "message": c.message, "value": c.value, "threshold": c.threshold},
                       sort_keys=True, separators=(",", ":")),
                   "at": c.at} for c in changes]
        with self._db.write() as conn:
            conn.execute(text(
                "INSERT INTO alert_event (key, firing, at, message, value, threshold) "
                "VALUES (:k, :f, :at, :m, :v, :t)"), rows)
            conn.execute(text(
                "INSERT INTO outbox (op_id, topic, aggregate_id, payload, created_at, "
                "attempts, status) VALUES (:op, :topic, :agg, :payload, :at, 0, 'pending')"),
                events)


def _uuid() -> str:
    import uuid

    return str(uuid.uuid4())


# ---- probes ------------------------------------------------------------------------------


DiskProbe = Callable[[Path], tuple[int, int]]  # (free bytes, total bytes)


def disk_usage(path: Path) -> tuple[int, int]:
    usage = shutil.disk_usage(path)
    return usage.free, usage.total


def disk_free_pct(path: Path, probe: DiskProbe = disk_usage) -> float | None:
    try:
        free, total = probe(path)
    except OSError:
        return None
    return None if total <= 0 else round(100.0 * free / total, 2)


def open_state_bytes(db: LocalDatabase) -> tuple[int, int]:
    """(total, largest) stored bytes of the open sales' states (header and line rows):
    bounded by the open sales, through the sale status index."""
    try:
        with db.read() as conn:
            got = conn.execute(text(
                "SELECT s.id, length(s.state) + coalesce((SELECT sum(length(l.body)) FROM "
                "sale_state_line l WHERE l.sale_id = s.id), 0) FROM sale s "
                "INDEXED BY ix_sale_status WHERE s.status = 'open'")).all()
    except OperationalError:
        return 0, 0
    sizes = [int(n or 0) for _, n in got]
    return sum(sizes), max(sizes, default=0)
