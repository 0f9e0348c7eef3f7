"""The till's two sync channels on one scheduler, each waking the other.

When one channel gets through after failing, the network is back: the other one tries
now instead of sitting out its backoff (the central sync's, or the Shopify breaker's
cooldown). The counter (app/gui.py) and `make chaos` (tools/chaos_terminal.py) install
the jobs through here, so the chaos run measures the app's own backoff and wake-up.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from apscheduler.schedulers.base import BaseScheduler

from pos_app.services.central_sync import CentralSync
from pos_app.services.commission_calculator import CommissionCalculator
from pos_app.services.commission_settlement import CommissionSettlement

from .central_sync import add_central_jobs, wake_central_sync
from .inventory_sync import InventorySyncJob


def add_sync_jobs(scheduler: BaseScheduler, central: CentralSync,
                  calculator: CommissionCalculator | None,
                  settlement: CommissionSettlement | None,
                  shopify: InventorySyncJob | None, *,
                  sync_every: timedelta = timedelta(seconds=30)) -> None:
    """The central jobs (add_central_jobs) and, with an installed Shopify job, the two
    linked: a central round back after failing wakes the Shopify job, and a Shopify
    pass back after failing wakes the central sync."""
    wakes: list[Callable[[], object]] = []
    add_central_jobs(scheduler, central, calculator, settlement, sync_every=sync_every,
                     on_back=lambda: [wake() for wake in wakes])
    if shopify is not None:
        wakes.append(shopify.wake)
        shopify.on_back.append(lambda: wake_central_sync(scheduler, central))
