"""Builds the inventory reconciler and its scheduler job: the one place they are wired.

    sync = build_inventory_sync(ctx, catalog_repo, shopify_settings)
    sync.reconciler.sellable("TEE-M")        # from the UI's worker, never the GUI thread
    job = InventorySyncJob(scheduler, sync.reconciler, every=...) ; job.install()
    ...
    sync.close()
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from pos_app.adapters.shopify.client import ShopifyAdminClient
from pos_app.adapters.shopify.gateway import ShopifyInventoryGateway
from pos_app.adapters.shopify.token import TokenProvider
from pos_app.adapters.sqlite.inventory_repo import SqliteInventoryRepository
from pos_app.adapters.sqlite.store import LocalDatabase
from pos_app.domain.clock import Clock, IdGenerator
from pos_app.domain.inventory import CircuitBreaker, RetryPolicy
from pos_app.jobs.inventory_sync import InventorySyncJob
from pos_app.services.catalog import CatalogRepository
from pos_app.services.inventory_reconciler import InventoryReconciler, PassOutcome
from pos_app.services.shopify_settings import ShopifySettings


@dataclass
class InventorySync:
    reconciler: InventoryReconciler
    client: ShopifyAdminClient
    repo: SqliteInventoryRepository
    job: InventorySyncJob | None = None  # set once installed on a scheduler

    def offline_reason(self) -> str | None:
        """Why the last scheduled pass could not reach Shopify; None when it could."""
        last = self.job.last if self.job is not None else None
        if last is None or last.outcome not in (PassOutcome.OFFLINE, PassOutcome.PAUSED):
            return None
        return last.message or "Shopify did not answer"

    def status(self) -> dict[str, Any]:
        """What the status bar adds to the terminal's status for this sync."""
        return {"shopify_offline": self.offline_reason()}

    def close(self) -> None:
        self.client.close()


def build_inventory_sync(
    db: LocalDatabase, catalog: CatalogRepository, settings: ShopifySettings, *,
    currency: str, clock: Clock, ids: IdGenerator,
    token: Callable[[], str] | None = None,
    sleep: Callable[[float], None] = time.sleep,
    monotonic: Callable[[], float] = time.monotonic,
    retry: RetryPolicy | None = None, breaker: CircuitBreaker | None = None,
    rng: random.Random | None = None, transport: httpx.BaseTransport | None = None,
) -> InventorySync:
    """`token` defaults to the keyring (or POS_APP_SHOPIFY_TOKEN); tests inject one."""
    client = ShopifyAdminClient(settings.base_url, settings.api_version,
                                token or TokenProvider(settings.shop),
                                timeout=settings.request_timeout_seconds, sleep=sleep,
                                monotonic=monotonic, transport=transport)
    repo = SqliteInventoryRepository(db)
    reconciler = InventoryReconciler(
        repo, ShopifyInventoryGateway(client), catalog, settings, currency=currency,
        clock=clock, ids=ids, monotonic=monotonic, sleep=sleep, rng=rng, retry=retry,
        breaker=breaker)
    return InventorySync(reconciler, client, repo)
