"""Demo mode's own Shopify: the emulator on loopback serving the demo store's catalog, an
online store that places an order now and then, and the terminal's real stock sync
pointed at it, so `pos-app run --demo` shows Shopify sync working on a machine with no
network and no shop.

It starts on the scheduler's worker once the window is up (building a 2,000-product shop
takes a few tenths of a second the sign-in screen should not wait for). When it cannot
start (no free port on loopback, say) the counter sells on and the status bar says
Shopify is offline. The demo's access token is handed to the client directly: nothing is
put in, or read from, the OS keyring.

    demo = start_demo_shopify(ctx, services, scheduler)   # None when a real shop is set
    ...                                                   # scheduler.start(), app runs
    scheduler.shutdown(wait=True); demo.close()
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from apscheduler.schedulers.base import BaseScheduler

from pos_app.domain.clock import parse_iso
from pos_app.services.demo_data import DEMO_PRODUCTS, DEMO_SEED, DemoProduct, demo_shop

from .context import AppContext
from .inventory_wiring import InventorySync
from .wiring import Services, shopify_settings, start_inventory_sync

if TYPE_CHECKING:
    from pos_app.adapters.shopify_emulator import OnlineStore, ShopifyEmulator

log = logging.getLogger(__name__)

DEMO_TOKEN = "shpat_pos_app_demo"  # accepted by the in-process emulator and nowhere else
START_JOB_ID = "demo-shopify-start"


@dataclass(frozen=True, slots=True)
class DemoShopifyOptions:
    n_products: int = DEMO_PRODUCTS
    # Often enough that a sale shows up in Shopify, and an online order at the counter,
    # while someone is watching.
    sync_every_seconds: int = 15
    # Online-store events: mostly orders, some fulfilments and cancellations. One every
    # 15 s is an order about every 25 s. 0 keeps the online store still (tests).
    online_events_per_second: float = 1 / 15
    host: str = "127.0.0.1"
    port: int = 0  # any free port
    plan: str = "plus"  # a big cost bucket: the first full read is never throttled


class DemoShopify:
    """The emulator, the online store and the sync for one demo session. `start()` runs
    once, on any thread; `close()` stops whatever it started."""

    def __init__(self, ctx: AppContext, services: Services, scheduler: BaseScheduler,
                 options: DemoShopifyOptions | None = None) -> None:
        self._ctx = ctx
        self._services = services
        self._scheduler = scheduler
        self.options = options or DemoShopifyOptions()
        self.emulator: ShopifyEmulator | None = None
        self.online: OnlineStore | None = None
        self.sync: InventorySync | None = None
        self.location_id: str | None = None
        self.error: str | None = None
        self.ready = threading.Event()  # set when start() has finished, either way
        self._lock = threading.Lock()
        self._closed = False

    def start_soon(self, delay: timedelta = timedelta(seconds=1)) -> None:
        """Start on the scheduler's worker thread, `delay` after now."""
        self._scheduler.add_job(self.start, "date", run_date=datetime.now(UTC) + delay,
                                id=START_JOB_ID, name="Start the demo Shopify shop",
                                replace_existing=True, misfire_grace_time=None)

    def start(self) -> bool:
        """Serve the demo shop and start syncing with it. False (and `error` says why)
        when it could not; the counter works either way."""
        try:
            with self._lock:
                if self._closed or self.emulator is not None:
                    return self.emulator is not None
                try:
                    return self._start()
                except Exception:
                    # Not the machine's fault but a bug: logged with its traceback, and
                    # the counter sells on with Shopify shown offline.
                    log.exception("demo Shopify failed to start")
                    self.error = "the demo shop failed to start (see the log)"
                    self._stop_parts()
                    return False
        finally:
            self.ready.set()

    def _start(self) -> bool:
        # Imported here: GraphQL's schema machinery is not worth loading before sign-in.
        from pos_app.adapters.shopify_emulator import OnlineStore, ShopifyEmulator, ShopState
        from pos_app.adapters.shopify_emulator.seed import seed_demo_store
        from pos_app.adapters.shopify_emulator.state import gid
        from pos_app.adapters.sqlite.inventory_repo import SqliteInventoryRepository

        opts = self.options
        currency = self._ctx.settings.store.currency
        products = self._local_products(demo_shop(opts.n_products, currency=currency))
        if not products:
            self.error = "this store's catalog is not the demo catalog"
            log.warning("demo Shopify not started: %s", self.error)
            return False
        state = ShopState(currency=currency)
        # Each session's shop starts afresh from the seed; its stock must replace what
        # the terminal last saw of the previous one, so it is stamped after that.
        seen = SqliteInventoryRepository(self._ctx.db).get_state("levels_watermark")
        main = seed_demo_store(state, products=products,
                               stock_newer_than=parse_iso(seen.replace("Z", "+00:00"))
                               if seen else None)
        emulator = ShopifyEmulator(state, tokens={DEMO_TOKEN: opts.plan}, shop="pos-app-demo")
        try:
            url = emulator.start(opts.host, opts.port)
        except OSError as exc:  # the machine's fault: no loopback, port taken, no sockets
            emulator.api.close()
            self.error = f"the demo shop could not open {opts.host}:{opts.port}: " \
                         f"{exc.strerror or exc}"
            log.warning("demo Shopify not started: %s", self.error)
            return False
        self.emulator = emulator
        self.location_id = gid("Location", main.id)
        settings = replace(shopify_settings(self._ctx), shop=url, location=self.location_id,
                           sync_interval_seconds=opts.sync_every_seconds,
                           request_timeout_seconds=5.0)
        self.sync = start_inventory_sync(self._ctx, self._services, self._scheduler,
                                         settings=settings, token=lambda: DEMO_TOKEN)
        self.online = OnlineStore(state, main.id, seed=DEMO_SEED)
        if opts.online_events_per_second > 0:
            self.online.start(opts.online_events_per_second)
        log.info("demo Shopify at %s: %d products, %d variants, %d collections", url,
                 len(state.products), len(state.variants), len(state.collections))
        return True

    def _local_products(self, products: list[DemoProduct]) -> list[DemoProduct]:
        """The demo products this store holds (same SKU, same title): a store seeded with
        fewer (or more) demo products gets a shop of the same ones, and a store that is
        not a demo store none, so a pull never brings demo products into a real catalog
        (a real store's 4011 is bananas too, but not titled as the demo's)."""
        skus = [listing.variant.sku for p in products for listing in p.listings]
        local = self._services.catalog_repo.get_by_skus(skus)
        return [p for p in products if all(
            x.variant.sku in local and local[x.variant.sku].title == x.variant.title
            for x in p.listings)]

    def status(self) -> dict[str, Any]:
        """The status bar's Shopify view: demo mode's own shop, offline when it did not
        start or its last pass could not reach it."""
        offline = self.error or (self.sync.offline_reason() if self.sync else None)
        return {"shopify_configured": True, "shopify_demo": True, "shopify_offline": offline}

    def close(self) -> None:
        """Stop the online store, the client and the emulator (after the scheduler has
        shut down, so no pass is talking to it)."""
        with self._lock:
            self._closed = True
            self._stop_parts()

    def _stop_parts(self) -> None:
        if self.online is not None:
            self.online.stop()
        if self.sync is not None:
            self.sync.close()
        if self.emulator is not None:
            self.emulator.stop()


def start_demo_shopify(ctx: AppContext, services: Services, scheduler: BaseScheduler, *,
                       options: DemoShopifyOptions | None = None,
                       delay: timedelta = timedelta(seconds=1)) -> DemoShopify | None:
    """In demo mode with no real shop configured, the demo's own Shopify, starting on
    the scheduler `delay` after it starts; otherwise None."""
    if not ctx.settings.demo or shopify_settings(ctx).shop:
        return None
    demo = DemoShopify(ctx, services, scheduler, options)
    demo.start_soon(delay)
    return demo
