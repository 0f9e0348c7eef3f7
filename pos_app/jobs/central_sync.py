"""Background central sync and commission settlement, on the APScheduler thread pool.

The counter never waits for either: sales write their outbox rows locally, and these
jobs drain them when the central database is reachable. Each job only asks a service
to do what is due now; a doubled or missed run loses nothing.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.base import BaseScheduler

from pos_app.domain.errors import EnvironmentFault
from pos_app.services.central_sync import CentralSync, SyncSummary
from pos_app.services.commission_calculator import CommissionCalculator

log = logging.getLogger(__name__)

SYNC_JOB_ID = "central-sync"
SETTLE_JOB_ID = "commission-settle"


def run_sync(sync: CentralSync) -> SyncSummary | None:
    try:
        summary = sync.sync_once()
    except EnvironmentFault as exc:  # the local disk, not the network
        log.warning("central sync skipped: %s", exc)
        return None
    if summary.pushed or summary.rejected:
        log.info("central sync: %s", "; ".join(summary.lines()))
    return summary


def run_settlement(calculator: CommissionCalculator) -> int:
    try:
        return len(calculator.settle())
    except EnvironmentFault as exc:
        log.warning("commission settlement skipped: %s", exc)
        return 0


def add_central_jobs(scheduler: BaseScheduler, sync: CentralSync | None,
                     calculator: CommissionCalculator | None, *,
                     sync_every: timedelta = timedelta(seconds=30),
                     settle_every: timedelta = timedelta(hours=1),
                     run_now: bool = True) -> None:
    """Add the jobs (one instance each, coalesced) to a not-yet-started scheduler."""
    first = datetime.now(UTC) if run_now else None
    if sync is not None:
        scheduler.add_job(run_sync, "interval", args=(sync,),
                          seconds=sync_every.total_seconds(), id=SYNC_JOB_ID,
                          name="Push to and pull from the central database",
                          next_run_time=first, replace_existing=True, coalesce=True,
                          max_instances=1,
                          misfire_grace_time=int(sync_every.total_seconds()))
    if calculator is not None:
        scheduler.add_job(run_settlement, "interval", args=(calculator,),
                          seconds=settle_every.total_seconds(), id=SETTLE_JOB_ID,
                          name="Settle commission tiers and bonuses",
                          next_run_time=first, replace_existing=True, coalesce=True,
                          max_instances=1,
                          misfire_grace_time=int(settle_every.total_seconds()))
