"""The inventory reconciliation job: one pass on a timer, and again soon after Shopify
comes back. Runs on APScheduler's worker thread, never on the GUI thread.

Due work lives in the database (unsent events, open pushes), so a lost or doubled run
loses nothing: a pass only sends what is due, under idempotency keys.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.base import BaseScheduler

from pos_app.domain.errors import PosError
from pos_app.services.inventory_reconciler import (
    InventoryReconciler,
    PassOutcome,
    PassSummary,
)

log = logging.getLogger(__name__)

SYNC_JOB_ID = "inventory-reconcile"
# When Shopify is down, look again this soon rather than after a full interval, so a
# returning connection is noticed within seconds.
MIN_PROBE = timedelta(seconds=5)


class InventorySyncJob:
    def __init__(self, scheduler: BaseScheduler, reconciler: InventoryReconciler, *,
                 every: timedelta) -> None:
        self.scheduler = scheduler
        self.reconciler = reconciler
        self.every = every
        self.last: PassSummary | None = None
        # Called when a pass gets through after failed ones: the network is back, so the
        # other channel (the central database) need not sit out its backoff.
        self.on_back: list[Callable[[], object]] = []
        self._down = False

    def install(self, *, run_now: bool = True) -> None:
        self.scheduler.add_job(
            self.run, "interval", seconds=self.every.total_seconds(), id=SYNC_JOB_ID,
            name="Reconcile inventory with Shopify", replace_existing=True,
            coalesce=True, max_instances=1,
            # A pass that could not run on time still runs once, as soon as it can.
            misfire_grace_time=int(self.every.total_seconds()),
            next_run_time=datetime.now(UTC) if run_now else None)

    def kick(self) -> None:
        """Run a pass now (e.g. the OS reported that the network is back)."""
        job = self.scheduler.get_job(SYNC_JOB_ID)
        if job is not None:
            job.modify(next_run_time=datetime.now(UTC))

    def wake(self) -> None:
        """The network is back (the central database just got through): an open breaker
        lets its probe through now, unless Shopify's Retry-After says later, and the
        pass runs at once rather than at the end of the breaker's cooldown."""
        if not self._down:
            return
        if self.reconciler.breaker.wake():
            self.kick()
        else:
            job = self.scheduler.get_job(SYNC_JOB_ID)
            if job is not None:
                wait = timedelta(seconds=self.reconciler.breaker.retry_in())
                job.modify(next_run_time=datetime.now(UTC) + wait)

    def run(self) -> PassSummary | None:
        try:
            summary = self.reconciler.run_once()
        except PosError as exc:
            # Configuration or storage trouble: say so and try again next time.
            log.error("inventory sync could not run: %s", exc)
            return None
        self.last = summary
        down, self._down = self._down, summary.outcome in (PassOutcome.OFFLINE,
                                                           PassOutcome.PAUSED)
        if down and summary.outcome is PassOutcome.OK:
            for back in self.on_back:
                try:
                    back()
                except Exception:  # one listener's trouble never stops the sync
                    log.exception("inventory sync: a 'network is back' listener failed")
        if self._down:
            wait = max(MIN_PROBE, timedelta(seconds=self.reconciler.breaker.retry_in()))
            if wait < self.every:
                job = self.scheduler.get_job(SYNC_JOB_ID)
                if job is not None:
                    job.modify(next_run_time=datetime.now(UTC) + wait)
        elif summary.oversold:
            log.warning("oversold after sync: %s", ", ".join(summary.oversold))
        return summary
