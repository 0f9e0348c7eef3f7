"""Scheduled housekeeping of the terminal: park forgotten sales, compact synced history.

Due work lives in the database, not in the scheduler: a lost or doubled run loses
nothing, because each job only asks the sales desk to sweep what is due now, and the
sweeps are idempotent. A catch-up run happens at start-up.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.background import BackgroundScheduler

from pos_app.domain.errors import EnvironmentFault
from pos_app.services.sales import SalesDesk

log = logging.getLogger(__name__)

PARK_JOB_ID = "park-stale-sales"
COMPACT_JOB_ID = "compact-synced-history"


def park_stale_sales(desk: SalesDesk, idle: timedelta) -> list[str]:
    try:
        parked = desk.park_stale(idle)
    except EnvironmentFault as exc:
        log.warning("parking stale sales skipped: %s", exc)
        return []
    if parked:
        log.info("parked %d sale(s) left open for over %s", len(parked), idle)
    return parked


def compact_history(desk: SalesDesk, older_than: timedelta) -> int:
    try:
        n = desk.compact(older_than)
    except EnvironmentFault as exc:
        log.warning("compaction skipped: %s", exc)
        return 0
    if n:
        log.info("compacted the command logs of %d synced sale(s)", n)
    return n


def build_scheduler(desk: SalesDesk, *, park_after: timedelta, compact_after: timedelta,
                    park_every: timedelta = timedelta(minutes=5),
                    compact_every: timedelta = timedelta(hours=6),
                    run_now: bool = True) -> BackgroundScheduler:
    """A background scheduler (not started) with one instance of each job at most."""
    scheduler = BackgroundScheduler(
        timezone=UTC,
        job_defaults={"coalesce": True, "max_instances": 1,
                      # A sweep that could not run on time still runs, once, when it can.
                      "misfire_grace_time": int(park_every.total_seconds())},
    )
    first = datetime.now(UTC) if run_now else None
    scheduler.add_job(park_stale_sales, "interval", args=(desk, park_after),
                      seconds=park_every.total_seconds(), id=PARK_JOB_ID,
                      name="Park sales left open", next_run_time=first, replace_existing=True)
    scheduler.add_job(compact_history, "interval", args=(desk, compact_after),
                      seconds=compact_every.total_seconds(), id=COMPACT_JOB_ID,
                      name="Compact synced history", next_run_time=first,
                      replace_existing=True)
    return scheduler
