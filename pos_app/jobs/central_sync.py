"""Background central sync and commission settlement, on the APScheduler thread pool.

The counter never waits for either: sales write their outbox rows locally, and these
jobs drain them when the central database is reachable. After every successful round
the store-wide settlement settles the periods the round's pushes touched (any terminal
may run it: runs of one store take turns in the central database); the hourly job
also re-checks the current and previous month and keeps this terminal's provisional
figures up to date. Each job only asks a service to do what is due now; a doubled or
missed run loses nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.base import BaseScheduler

from pos_app.domain.errors import EnvironmentFault, PosError
from pos_app.services.central_sync import CentralSync, SyncSummary
from pos_app.services.commission_calculator import CommissionCalculator
from pos_app.services.commission_settlement import CommissionSettlement, SettlementResult

log = logging.getLogger(__name__)

SYNC_JOB_ID = "central-sync"
SETTLE_JOB_ID = "commission-settle"


def run_store_settlement(settlement: CommissionSettlement, *,
                         full: bool) -> SettlementResult | None:
    try:
        result = settlement.settle(full=full)
    except EnvironmentFault as exc:  # offline, refused credentials: the next run retries
        log.warning("store-wide commission settlement skipped: %s", exc)
        return None
    except PosError as exc:  # refused rows (another store's?): a setup problem to fix
        log.error("store-wide commission settlement refused: %s", exc)
        return None
    if result.records:
        log.info("commission settlement: %s", "; ".join(result.lines()))
    return result


def run_sync(sync: CentralSync,
             settlement: CommissionSettlement | None = None,
             on_back: Callable[[], object] | None = None) -> SyncSummary | None:
    """One round; `on_back` is called when it got through after failed rounds (the
    network is back: the Shopify sync need not sit out its breaker's cooldown)."""
    try:
        summary = sync.sync_once()
    except EnvironmentFault as exc:  # the local disk, not the network
        log.warning("central sync skipped: %s", exc)
        return None
    if summary.recovered and on_back is not None:
        try:
            on_back()
        except Exception:  # the other channel's trouble never stops this one
            log.exception("central sync: the 'network is back' listener failed")
    if summary.pushed or summary.rejected:
        log.info("central sync: %s", "; ".join(summary.lines()))
    if settlement is not None and summary.ok:
        # Changed plans change what every open period owes: re-check the whole window.
        run_store_settlement(settlement, full=summary.plans_applied > 0)
    return summary


def run_settlement(calculator: CommissionCalculator | None,
                   settlement: CommissionSettlement | None = None) -> int:
    """Needs-review records fixed where they now can be, the terminal's provisional
    figures, then the store-wide settlement of the current and previous month; returns
    the records written."""
    written = 0
    if calculator is not None:
        try:
            # Records waiting for a plan, or for another till's original sale (a return
            # rung up here), are fixed as soon as what they wait for has arrived.
            written += len(calculator.recalculate())
            written += len(calculator.settle())
        except EnvironmentFault as exc:
            log.warning("provisional commission settlement skipped: %s", exc)
    if settlement is not None:
        result = run_store_settlement(settlement, full=True)
        written += len(result.records) if result is not None else 0
    return written


def wake_central_sync(scheduler: BaseScheduler, sync: CentralSync) -> None:
    """The network is back (Shopify just got through after failing): cut the central
    sync's backoff short and run its round now, not at the next interval."""
    if sync.wake():
        job = scheduler.get_job(SYNC_JOB_ID)
        if job is not None:
            job.modify(next_run_time=datetime.now(UTC))


def add_central_jobs(scheduler: BaseScheduler, sync: CentralSync | None,
                     calculator: CommissionCalculator | None,
                     settlement: CommissionSettlement | None = None, *,
                     sync_every: timedelta = timedelta(seconds=30),
                     settle_every: timedelta = timedelta(hours=1),
                     run_now: bool = True,
                     on_back: Callable[[], object] | None = None) -> None:
    """Add the jobs (one instance each, coalesced) to a not-yet-started scheduler;
    `on_back` is called when a round gets through after failed ones (see run_sync)."""
    first = datetime.now(UTC) if run_now else None
    if sync is not None:
        scheduler.add_job(run_sync, "interval", args=(sync, settlement, on_back),
                          seconds=sync_every.total_seconds(), id=SYNC_JOB_ID,
                          name="Push to and pull from the central database, then settle",
                          next_run_time=first, replace_existing=True, coalesce=True,
                          max_instances=1,
                          misfire_grace_time=int(sync_every.total_seconds()))
    if calculator is not None or settlement is not None:
        scheduler.add_job(run_settlement, "interval", args=(calculator, settlement),
                          seconds=settle_every.total_seconds(), id=SETTLE_JOB_ID,
                          name="Settle commission tiers and bonuses",
                          next_run_time=first, replace_existing=True, coalesce=True,
                          max_instances=1,
                          misfire_grace_time=int(settle_every.total_seconds()))
