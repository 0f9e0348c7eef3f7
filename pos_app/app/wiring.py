"""Builds the terminal's services from an `AppContext`: the one place they are wired."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, timedelta, tzinfo
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import BaseScheduler
from sqlalchemy import Engine

from pos_app.adapters.backup_key import BackupKeys
from pos_app.adapters.backup_settings import backup_settings
from pos_app.adapters.central.remote_sales import CentralRemoteSales
from pos_app.adapters.pin_hasher import Argon2PinHasher
from pos_app.adapters.pin_pepper import PinPepper
from pos_app.adapters.shopify.settings_loader import shopify_settings_from
from pos_app.adapters.sqlite.backup import BackupRunner, Retention, backup_status_json
from pos_app.adapters.sqlite.backup import last_success as last_backup_success
from pos_app.adapters.sqlite.catalog_repo import SqliteCatalogRepository
from pos_app.adapters.sqlite.commission_repo import SqliteCommissionLedger
from pos_app.adapters.sqlite.local_settings import SqliteLocalSettings
from pos_app.adapters.sqlite.outbox_maintenance import SqliteOutboxMaintenance
from pos_app.adapters.sqlite.receipt_search import SqliteReceiptSearch
from pos_app.adapters.sqlite.receipt_source import SqliteReceiptSource
from pos_app.adapters.sqlite.sale_store import SqliteAuditLog, SqliteSaleStore
from pos_app.adapters.sqlite.shift_repo import SqliteShiftRepository
from pos_app.adapters.sqlite.staff_repo import SqliteStaffRepository
from pos_app.adapters.sqlite.status_query import local_status
from pos_app.adapters.sqlite.throttle_repo import SqliteThrottleStore
from pos_app.domain.commission import CommissionBasis
from pos_app.domain.errors import ConfigError
from pos_app.domain.sale import PricingRules
from pos_app.jobs.inventory_sync import InventorySyncJob
from pos_app.services.catalog import CatalogService
from pos_app.services.channels import Channels
from pos_app.services.commission_calculator import CommissionCalculator, CommissionSettings
from pos_app.services.counter import Counter
from pos_app.services.demo_data import DEMO_PRODUCTS, DemoSeedReport, seed_demo
from pos_app.services.flags import Flag
from pos_app.services.housekeeping import OutboxHousekeeping
from pos_app.services.receipts import ReceiptService
from pos_app.services.sales import SalesDesk
from pos_app.services.settings import TaxRounding
from pos_app.services.shift_service import ShiftService
from pos_app.services.shopify_settings import ShopifySettings
from pos_app.services.staff import StaffService

from .context import AppContext
from .inventory_wiring import InventorySync, build_inventory_sync

if TYPE_CHECKING:
    # python-escpos takes ~0.5 s to load: only a till with a printer pays for it.
    from pos_app.adapters.printing.escpos_printer import ReceiptPrinter

    from .monitoring_wiring import Monitoring


def commission_settings(ctx: AppContext) -> CommissionSettings:
    """The [commission] table: which base commission is paid on, and the store's zone."""
    raw = dict(ctx.settings.sections.get("commission", {}))
    unknown = set(raw) - {"net_of_discounts", "net_of_tax", "timezone"}
    if unknown:
        raise ConfigError(f"Config [commission] has unknown keys: {', '.join(sorted(unknown))}")
    for key in ("net_of_discounts", "net_of_tax"):
        if key in raw and not isinstance(raw[key], bool):
            raise ConfigError(f"Config [commission] {key} must be true or false")
    tz = None
    if "timezone" in raw:
        try:
            tz = ZoneInfo(str(raw["timezone"]))
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ConfigError(f"Config [commission] timezone {raw['timezone']!r} is not a "
                              "known time zone (e.g. 'America/Chicago')") from exc
    return CommissionSettings(
        ctx.settings.terminal_id, ctx.settings.store.currency,
        basis=CommissionBasis(net_of_discounts=raw.get("net_of_discounts", True),
                              net_of_tax=raw.get("net_of_tax", True)),
        tz=tz, real_time=Flag.REAL_TIME_COMMISSION in ctx.settings.flags)


def receipt_printer(ctx: AppContext) -> ReceiptPrinter | None:
    """The [printer] table: `device` ("usb:VID:PID", "serial:/dev/ttyS0", "network:host",
    "file:/path", "cups:QUEUE" or "dummy") and optional `width` in characters. None: no
    printer."""
    raw = dict(ctx.settings.sections.get("printer", {}))
    unknown = set(raw) - {"device", "width"}
    if unknown:
        raise ConfigError(f"Config [printer] has unknown keys: {', '.join(sorted(unknown))}")
    device = raw.get("device")
    if device is None:
        return None
    if not isinstance(device, str):
        raise ConfigError("Config [printer] device must be a string such as 'usb:04b8:0202'")
    width = raw.get("width")
    if width is not None and (not isinstance(width, int) or isinstance(width, bool)):
        raise ConfigError("Config [printer] width must be a whole number of characters")
    from pos_app.adapters.printing.escpos_printer import ReceiptPrinter  # only with a printer

    return ReceiptPrinter(device, width=width)


@dataclass
class Services:
    catalog_repo: SqliteCatalogRepository
    catalog: CatalogService
    staff: StaffService
    sales: SqliteSaleStore
    desk: SalesDesk
    shifts: ShiftService
    counter: Counter
    commission: CommissionCalculator
    printer: ReceiptPrinter | None


def pin_hasher(ctx: AppContext) -> Argon2PinHasher:
    """Argon2id with the PIN pepper from the keyring (or its fallbacks, pin_pepper.py)."""
    return Argon2PinHasher(pepper=PinPepper(ctx.settings.data_dir))


def staff_service(ctx: AppContext) -> StaffService:
    """Staff and PINs of this terminal: wrong PINs throttled in its database (the store's
    policy) and audited."""
    return StaffService(SqliteStaffRepository(ctx.db, clock=ctx.clock, ids=ctx.ids),
                        pin_hasher(ctx), ctx.ids,
                        clock=ctx.clock, terminal_id=ctx.settings.terminal_id,
                        throttle=SqliteThrottleStore(ctx.db),
                        policy=ctx.settings.store.throttle_policy(),
                        audit=SqliteAuditLog(ctx.db, ctx.clock, ctx.ids,
                                             terminal_id=ctx.settings.terminal_id))


def shift_service(ctx: AppContext, staff: StaffService) -> ShiftService:
    """The till: only real staff, pay-outs within each role's limit or approved."""
    store = ctx.settings.store
    return ShiftService(SqliteShiftRepository(ctx.db), ctx.clock, ctx.ids,
                        ctx.settings.terminal_id, store.currency, staff=staff,
                        cash_out_limits=store.cash_out_limits())


def pricing_rules(ctx: AppContext, catalog_repo: SqliteCatalogRepository) -> PricingRules:
    store = ctx.settings.store
    return PricingRules(
        tax_classes=catalog_repo.tax_classes(),
        inclusive=store.prices_include_tax,
        per_total_rounding=store.tax_rounding is TaxRounding.PER_TOTAL,
        cash_increment=store.cash_rounding,
        max_quantity=store.max_line_quantity,
        return_reasons=store.return_reasons,
    )


def build_services(ctx: AppContext) -> Services:
    from .journal_commands import journal_settings

    journal_settings(ctx)  # a changed config is journaled when the till starts with it
    store = ctx.settings.store
    catalog_repo = SqliteCatalogRepository(ctx.db, clock=ctx.clock)
    catalog = CatalogService(catalog_repo, ids=ctx.ids, currency=store.currency)
    staff = staff_service(ctx)
    shifts = shift_service(ctx, staff)
    sales = SqliteSaleStore(ctx.db)
    desk = SalesDesk(sales, pricing_rules(ctx, catalog_repo), ctx.clock, ctx.ids,
                     terminal_id=ctx.settings.terminal_id, currency=store.currency,
                     cashier_max_discount_bp=store.cashier_max_discount_bp)

    # Commission records are written in the sale's own transaction, by a completion hook.
    ledger = SqliteCommissionLedger(ctx.db, ctx.ids)
    commission = CommissionCalculator(ledger, commission_settings(ctx), ctx.clock, ctx.ids,
                                      originals=ledger)
    desk.completion_hooks.append(commission)
    # No events for a channel this terminal does not have (no Shopify: no 'inventory'
    # events; the stock movements are still recorded locally).
    desk.completion_hooks.append(channels(ctx))
    # Another till's originals, fetched when its receipt is found, for the clawback.
    desk.originals_cache = ledger

    printer = receipt_printer(ctx)

    def current_shift_id() -> str | None:
        shift = shifts.current_shift()
        return shift.id if shift else None

    counter = Counter(desk, catalog, staff, shift_of=current_shift_id, top_sellers=sales,
                      shifts=shifts, store_name=store.name,
                      receipts=ReceiptService(SqliteReceiptSource(ctx.db), store,
                                              terminal_id=ctx.settings.terminal_id,
                                              locale=store.locale_format()),
                      printer=printer,
                      audit=SqliteAuditLog(ctx.db, ctx.clock, ctx.ids,
                                           terminal_id=ctx.settings.terminal_id),
                      clock=ctx.clock, locale=store.locale_format())
    # The cashier sees what a sale earns them while REAL_TIME_COMMISSION is on: the
    # preview answers nothing while it is off, and a store override pulled while the
    # counter runs switches it at the next scan (app/flag_wiring.py).
    counter.commission = commission
    counter.preferences = SqliteLocalSettings(ctx.db)  # e.g. the receipt choice
    # Returns: sales found by time and total, and the reasons that restock nothing (the
    # return reasons themselves come from the desk's rules).
    counter.receipt_search = SqliteReceiptSearch(ctx.db)
    counter.no_restock_reasons = store.no_restock_reasons
    return Services(catalog_repo, catalog, staff, sales, desk, shifts, counter, commission,
                    printer)


def attach_remote_returns(services: Services, central_engine: Engine, *, store_id: str,
                          terminal_id: str) -> CentralRemoteSales:
    """Returns of other tills' receipts: the desk finds them in the central database (on
    the database worker, with a short statement timeout), and `recalculate` fetches the
    original commission records a clawback still waits for."""
    remote = CentralRemoteSales(central_engine, store_id=store_id, terminal_id=terminal_id)
    services.desk.remote = remote
    services.commission.central = remote
    return remote


def ensure_demo_store(ctx: AppContext, services: Services, *,
                      n_products: int = DEMO_PRODUCTS) \
        -> DemoSeedReport | None:
    """Seed the demo store once: a fresh machine gets a working store with no network."""
    if services.catalog_repo.count() > 0:
        return None
    report = seed_demo(services.catalog_repo, services.staff, n_products=n_products,
                       currency=ctx.settings.store.currency)
    # Tax classes arrived with the seed; the desk must price with them.
    services.desk.rules = pricing_rules(ctx, services.catalog_repo)
    return report


def channels(ctx: AppContext) -> Channels:
    """The outbox channels this terminal has: the central database always (embedded
    when [central] is not set); Shopify with a [shopify] shop, or demo mode's own."""
    return Channels(shopify=bool(shopify_settings(ctx).shop) or ctx.settings.demo)


def housekeeping_scheduler(ctx: AppContext, services: Services, *,
                           run_now: bool = True) -> BackgroundScheduler:
    """The terminal's scheduler (not started) with its housekeeping jobs: park, compact,
    outbox sweep, WAL checkpoint. Its worker threads are background writers: every job added to it
    (central sync, inventory sync) yields the database writer to the counter."""
    from pos_app.jobs.housekeeping import build_scheduler

    outbox = OutboxHousekeeping(
        SqliteOutboxMaintenance(ctx.db), ctx.clock, channels(ctx),
        retention=timedelta(days=ctx.settings.outbox_retention_days))
    return build_scheduler(
        services.desk, park_after=timedelta(minutes=ctx.settings.park_after_minutes),
        compact_after=timedelta(days=ctx.settings.compact_after_days), outbox=outbox,
        wal=ctx.db, run_now=run_now, background_thread=ctx.db.gate.mark_background_thread)


def backup_keys(ctx: AppContext) -> BackupKeys:
    """The store's backup key source (env, keyring, or the 0600 file; backup_key.py)."""
    from .context import own_store_id

    return BackupKeys(ctx.settings.data_dir, own_store_id(ctx))


def backup_runner(ctx: AppContext) -> BackupRunner:
    """Encrypted, verified, rotated backups of this terminal into [backup] dir."""
    conf = backup_settings(ctx.settings.sections.get("backup", {}), ctx.settings.data_dir)
    keys = backup_keys(ctx)
    return BackupRunner(
        ctx.db, ctx.settings.data_dir, conf.dir, identity=lambda: ctx.identity,
        key=keys.key, now=ctx.clock.now,
        keep=Retention(conf.keep_daily, conf.keep_weekly, conf.keep_monthly),
        tz=_store_tz(ctx))


def _store_tz(ctx: AppContext) -> tzinfo:
    try:
        return ZoneInfo(ctx.settings.store.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def add_backup_schedule(ctx: AppContext, scheduler: BaseScheduler) -> bool:
    """The daily backup at [backup] hour (store time), and one at start when the last
    is over a day old (jobs/backup.py). Returns whether that catch-up is scheduled."""
    from pos_app.jobs.backup import add_backup_jobs

    conf = backup_settings(ctx.settings.sections.get("backup", {}), ctx.settings.data_dir)
    if not conf.scheduled:
        return False
    data_dir = ctx.settings.data_dir
    return add_backup_jobs(scheduler, backup_runner(ctx), hour=conf.hour, tz=_store_tz(ctx),
                           last_success=lambda: last_backup_success(data_dir),
                           now=ctx.clock.now())


def shopify_settings(ctx: AppContext) -> ShopifySettings:
    """[shopify] on top of the terminal-wide [flags] (one FeatureFlags type), so one
    switch (e.g. AUTO_RETRY = false) reaches the reconciler; [shopify.flags] and
    POS_APP_FLAG_* still override per integration."""
    return shopify_settings_from(ctx.settings.sections.get("shopify", {}), os.environ,
                                 flags=ctx.settings.flags)


def start_inventory_sync(ctx: AppContext, services: Services, scheduler: BaseScheduler, *,
                         settings: ShopifySettings | None = None,
                         token: Callable[[], str] | None = None) -> InventorySync | None:
    """Reconcile stock with Shopify on the scheduler when a shop is configured; the
    counter then warns when a scan goes beyond the local sellable estimate. Demo mode
    passes its own shop's `settings` and `token` (never the keyring's)."""
    settings = settings or shopify_settings(ctx)
    if not settings.shop:
        return None
    sync = build_inventory_sync(ctx.db, services.catalog_repo, settings,
                                currency=ctx.settings.store.currency, clock=ctx.clock,
                                ids=ctx.ids, token=token)
    sync.job = InventorySyncJob(scheduler, sync.reconciler,
                                every=timedelta(seconds=settings.sync_interval_seconds))
    sync.job.install()
    services.counter.stock = sync.reconciler.sellable
    services.counter.counting = sync.reconciler
    # "Send again" in the needs-attention list: the re-queued changes go at once.
    services.counter.stock_resent = sync.job.kick
    return sync


def terminal_status(ctx: AppContext, *,
                    shopify: Callable[[], Mapping[str, Any]] | None = None,
                    monitoring: Monitoring | None = None) -> dict[str, Any]:
    """Everything the status bar shows, in one read: sales, sync queues, central, Shopify.
    `shopify` adds the running sync's own view (offline, or demo mode's own shop);
    `monitoring`, the running terminal's own (unflushed) metrics."""
    from pos_app.adapters.sqlite.status_query import shopify_channel_json

    from .monitoring_wiring import add_health, build_monitoring
    from .shopify_commands import inventory_status_json

    now = ctx.clock.now()
    st = local_status(ctx.db, ctx.settings.terminal_id,
                      unrouted=channels(ctx).unrouted_topics, now=now)
    st["reconcile"] = inventory_status_json(ctx)
    st["shopify_configured"] = bool(shopify_settings(ctx).shop)
    if shopify is not None:
        st.update(shopify())
    st["channels"]["shopify"] = shopify_channel_json(
        ctx.db, st["reconcile"], configured=bool(st.get("shopify_configured")),
        running_offline=st.get("shopify_offline"), now=now)
    st["backup"] = backup_status_json(ctx.settings.data_dir, now)
    return add_health(st, ctx, monitoring or build_monitoring(ctx))
