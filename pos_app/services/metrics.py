"""What the terminal measures about itself, cheaply, in memory until the next flush.

- command latency: a histogram per command kind over fixed log-spaced buckets (counts
  per bucket), with how many of those commands were refused or failed (the error rate);
- storage operations (committed write transactions), scheduler job runs and failures;
- gauges sampled at each flush (disk free, open sale state, queue depth and sync lag per
  channel).

Recording is one lock, one bisect and a few integer additions: no clock, no I/O. A
background job (jobs/monitoring.py) drains the counts every minute and writes them as
per-minute aggregates (adapters/sqlite/metrics_store.py); `summarize` turns the stored
rows back into the figures `pos-app status`, the health screen and Prometheus show.
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol

# Upper bounds in microseconds: 50 us to about 60 s, eight buckets a decade (x1.334 each),
# and one last bucket for anything slower.
_RATIO = 10 ** (1 / 8)
BUCKETS_US: tuple[int, ...] = tuple(round(50 * _RATIO ** i) for i in range(50))
N_BUCKETS = len(BUCKETS_US) + 1

COMMAND = "command"  # label: the command kind
STORAGE = "storage_ops"
JOB = "job"  # label: the scheduler job id; errors: its failures
GAUGE = "gauge"  # label: what was sampled (value)


class MetricsRecorder(Protocol):
    """Where the sale session reports each command (services/sale_session.py)."""

    def command(self, kind: str, seconds: float, ok: bool) -> None: ...


@dataclass(slots=True)
class Histogram:
    counts: list[int] = field(default_factory=lambda: [0] * N_BUCKETS)
    n: int = 0
    errors: int = 0
    sum_us: int = 0

    def add(self, us: int, ok: bool = True) -> None:
        self.counts[bisect_left(BUCKETS_US, us)] += 1
        self.n += 1
        self.sum_us += us
        if not ok:
            self.errors += 1

    def merge(self, other: Histogram) -> None:
        for i, c in enumerate(other.counts):
            if c:
                self.counts[i] += c
        self.n += other.n
        self.errors += other.errors
        self.sum_us += other.sum_us

    def quantile_ms(self, q: float) -> float | None:
        """The upper bound of the bucket holding the q-th value (None: no values)."""
        if self.n == 0:
            return None
        rank = max(1, int(q * self.n + 0.999999))
        seen = 0
        for i, c in enumerate(self.counts):
            seen += c
            if seen >= rank:
                bound = BUCKETS_US[i] if i < len(BUCKETS_US) else BUCKETS_US[-1] * _RATIO
                return round(bound / 1000, 3)
        return None


@dataclass(frozen=True, slots=True)
class MetricRow:
    """One series over one flush: a histogram (commands), a count (storage, jobs) or a
    sampled value (gauges)."""

    name: str
    label: str
    count: int = 0
    errors: int = 0
    sum_us: int = 0
    buckets: tuple[int, ...] = ()  # sparse pairs: index, count, index, count, ...
    value: float | None = None

    def histogram(self) -> Histogram:
        h = Histogram(n=self.count, errors=self.errors, sum_us=self.sum_us)
        for i in range(0, len(self.buckets) - 1, 2):
            h.counts[self.buckets[i]] += self.buckets[i + 1]
        return h


def _sparse(counts: Sequence[int]) -> tuple[int, ...]:
    out: list[int] = []
    for i, c in enumerate(counts):
        if c:
            out += (i, c)
    return tuple(out)


class Metrics:
    """The terminal's in-memory metrics (thread-safe); `drain` hands them to the store."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._commands: dict[str, Histogram] = {}
        self._storage = 0
        self._jobs: dict[str, list[int]] = {}
        self.enabled = True

    def command(self, kind: str, seconds: float, ok: bool) -> None:
        if not self.enabled:
            return
        us = int(seconds * 1_000_000)
        with self._lock:
            h = self._commands.get(kind)
            if h is None:
                h = self._commands[kind] = Histogram()
            h.add(us, ok)

    def storage_op(self) -> None:
        with self._lock:
            self._storage += 1

    def job_run(self, job_id: str, ok: bool) -> None:
        with self._lock:
            runs = self._jobs.setdefault(job_id, [0, 0])
            runs[0] += 1
            if not ok:
                runs[1] += 1

    def pending(self) -> list[MetricRow]:
        """What `drain` would hand over, without taking it (the live status)."""
        with self._lock:
            return self._rows()

    def drain(self) -> list[MetricRow]:
        with self._lock:
            rows = self._rows()
            self._commands, self._storage, self._jobs = {}, 0, {}
        return rows

    def _rows(self) -> list[MetricRow]:
        rows = [MetricRow(COMMAND, k, h.n, h.errors, h.sum_us, _sparse(h.counts))
                for k, h in self._commands.items()]
        if self._storage:
            rows.append(MetricRow(STORAGE, "", self._storage))
        rows += [MetricRow(JOB, k, r[0], r[1]) for k, r in self._jobs.items()]
        return rows


# ---- the figures shown --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StoredRow:
    minute: datetime
    row: MetricRow


def _window(rows: Iterable[StoredRow], since: datetime) -> list[MetricRow]:
    return [r.row for r in rows if r.minute >= since]


def latency(rows: Sequence[MetricRow]) -> dict[str, dict[str, Any]]:
    """Per command kind: count, errors, p50 and p99 in ms; "all" over every kind."""
    merged: dict[str, Histogram] = {}
    total = Histogram()
    for r in rows:
        if r.name != COMMAND:
            continue
        h = r.histogram()
        merged.setdefault(r.label, Histogram()).merge(h)
        total.merge(h)
    out = {k: _figures(h) for k, h in sorted(merged.items())}
    if total.n:
        out["all"] = _figures(total)
    return out


def _figures(h: Histogram) -> dict[str, Any]:
    return {"count": h.n, "errors": h.errors, "p50_ms": h.quantile_ms(0.5),
            "p99_ms": h.quantile_ms(0.99)}


def error_rate(rows: Sequence[MetricRow]) -> float | None:
    """Refused or failed commands over all commands (None: no commands)."""
    n = sum(r.count for r in rows if r.name == COMMAND)
    bad = sum(r.errors for r in rows if r.name == COMMAND)
    return None if n == 0 else bad / n


def summarize(stored: Sequence[StoredRow], now: datetime,
              live: Sequence[MetricRow] = ()) -> dict[str, Any]:
    """`status --json`'s `metrics`: latency per command and error rate over the last
    hour and day, storage operations and job runs over the day (`live`: not yet
    flushed, counted as this minute's)."""
    here = [StoredRow(now, r) for r in live]
    every = [*stored, *here]
    hour = _window(every, now - timedelta(hours=1))
    day = _window(every, now - timedelta(days=1))
    jobs: dict[str, dict[str, int]] = {}
    for r in day:
        if r.name == JOB:
            j = jobs.setdefault(r.label, {"runs": 0, "failures": 0})
            j["runs"] += r.count
            j["failures"] += r.errors
    return {
        "latency": {"hour": latency(hour), "day": latency(day)},
        "error_rate": {"hour": error_rate(hour), "day": error_rate(day)},
        "storage_ops": {"hour": sum(r.count for r in hour if r.name == STORAGE),
                        "day": sum(r.count for r in day if r.name == STORAGE)},
        "jobs": jobs,
    }


def series(stored: Sequence[StoredRow], since: datetime, step: timedelta) \
        -> dict[str, list[tuple[datetime, float]]]:
    """Points for the health screen's charts from `since`, one per `step`:
    'p99_ms' (all commands), 'error_rate', and each gauge ('queue:<channel>', ...)."""
    slots: dict[datetime, list[MetricRow]] = {}
    span = step.total_seconds()
    for s in stored:
        if s.minute < since:
            continue
        at = since + timedelta(seconds=int((s.minute - since).total_seconds() // span) * span)
        slots.setdefault(at, []).append(s.row)
    out: dict[str, list[tuple[datetime, float]]] = {"p99_ms": [], "error_rate": []}
    for at in sorted(slots):
        rows = slots[at]
        fig = latency(rows).get("all")
        if fig and fig["p99_ms"] is not None:
            out["p99_ms"].append((at, float(fig["p99_ms"])))
        rate = error_rate(rows)
        if rate is not None:
            out["error_rate"].append((at, rate))
        gauges: dict[str, list[float]] = {}
        for r in rows:
            if r.name == GAUGE and r.value is not None:
                gauges.setdefault(r.label, []).append(r.value)
        for label, values in gauges.items():
            out.setdefault(label, []).append((at, max(values)))
    return out


def gauges_of(status: Mapping[str, Any]) -> list[MetricRow]:
    """The values sampled at a flush, from the terminal status: queue depth and sync
    lag (oldest unsynced item's age) per channel, disk free, open sale state."""
    rows: list[MetricRow] = []
    for name, ch in sorted((status.get("channels") or {}).items()):
        if not isinstance(ch, Mapping) or ch.get("state") == "not_configured":
            continue
        rows.append(MetricRow(GAUGE, f"queue:{name}", value=float(ch.get("queue_depth") or 0)))
        rows.append(MetricRow(GAUGE, f"lag_s:{name}",
                              value=float(ch.get("oldest_unsynced_age_seconds") or 0)))
    health = status.get("health") or {}
    if health.get("disk_free_pct") is not None:
        rows.append(MetricRow(GAUGE, "disk_free_pct", value=float(health["disk_free_pct"])))
    if health.get("open_state_bytes") is not None:
        rows.append(MetricRow(GAUGE, "open_state_bytes",
                              value=float(health["open_state_bytes"])))
    return rows


@dataclass(frozen=True, slots=True)
class HealthReport:
    """What the back office's health screen shows: the status (with `health`, `metrics`,
    `alerts` and `backup`), chart points over the last day and week, recent alert events."""

    status: Mapping[str, Any]
    day: Mapping[str, list[tuple[datetime, float]]]
    week: Mapping[str, list[tuple[datetime, float]]]
    history: Sequence[Mapping[str, Any]] = ()
