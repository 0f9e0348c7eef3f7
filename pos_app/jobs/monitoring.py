"""The terminal's monitoring on its housekeeping scheduler.

- every [monitoring] flush_seconds (60): the in-memory metrics (services/metrics.py) and
  the gauges sampled from the status (queue depth and sync lag per channel, disk free,
  open sale state) are written as one minute's aggregates; rows past the retention
  (8 days) are pruned in small batches;
- every evaluate_seconds (60): the alerts are evaluated and each firing or clearing is
  recorded and queued for the central database (services/alerts.py);
- every job of the scheduler reports its runs and failures to the metrics (a listener).

These run on the scheduler's worker threads, which are background writers: each write
waits while a counter command wants the database writer (adapters/sqlite/writer_gate.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, JobExecutionEvent
from apscheduler.schedulers.base import BaseScheduler

from pos_app.domain.errors import PosError
from pos_app.services.alerts import AlertChange, AlertMonitor
from pos_app.services.metrics import MetricRow, Metrics, gauges_of

log = logging.getLogger(__name__)

FLUSH_JOB_ID = "metrics-flush"
ALERTS_JOB_ID = "alerts-check"


class MetricsSink(Protocol):
    def write(self, rows: list[MetricRow], at: datetime) -> int: ...

    def prune(self, before: datetime) -> int: ...


StatusFn = Callable[[], Mapping[str, Any]]


def flush_metrics(metrics: Metrics, sink: MetricsSink, status: StatusFn | None,
                  now: Callable[[], datetime], retention: timedelta) -> int:
    """Write what was counted since the last flush (and the sampled gauges); prune."""
    rows = metrics.drain()
    if status is not None:
        try:
            rows += gauges_of(status())
        except (PosError, OSError) as exc:
            log.warning("metrics: the status could not be sampled: %s", exc)
    at = now()
    try:
        n = sink.write(rows, at)
        sink.prune(at - retention)
    except PosError as exc:  # the counts of this minute are lost, nothing else
        log.warning("metrics flush skipped: %s", exc)
        return 0
    return n


def check_alerts(monitor: AlertMonitor, status: StatusFn) -> list[AlertChange]:
    try:
        changes = monitor.check(status())
    except PosError as exc:
        log.warning("alert check skipped: %s", exc)
        return []
    for c in changes:
        (log.warning if c.firing else log.info)("alert %s %s: %s", c.key,
                                                "firing" if c.firing else "cleared",
                                                c.message)
    return changes


def listen_to_jobs(scheduler: BaseScheduler, metrics: Metrics) -> None:
    """Count every job's runs and failures (a raised exception) by job id."""
    def on_event(event: JobExecutionEvent) -> None:
        metrics.job_run(event.job_id, event.exception is None)

    scheduler.add_listener(on_event, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR)


def add_monitoring_jobs(scheduler: BaseScheduler, metrics: Metrics, sink: MetricsSink, *,
                        status: StatusFn, monitor: AlertMonitor,
                        now: Callable[[], datetime], flush_every: timedelta,
                        evaluate_every: timedelta, retention: timedelta) -> None:
    listen_to_jobs(scheduler, metrics)
    scheduler.add_job(flush_metrics, "interval", args=(metrics, sink, status, now, retention),
                      seconds=flush_every.total_seconds(), id=FLUSH_JOB_ID,
                      name="Write the minute's metrics", replace_existing=True,
                      max_instances=1, coalesce=True)
    scheduler.add_job(check_alerts, "interval", args=(monitor, status),
                      seconds=evaluate_every.total_seconds(), id=ALERTS_JOB_ID,
                      name="Evaluate alerts", replace_existing=True, max_instances=1,
                      coalesce=True, next_run_time=datetime.now(UTC) + timedelta(seconds=5))
