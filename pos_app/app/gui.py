"""Starts the counter GUI: settings, database, services, scheduler, then the window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

from .context import open_context
from .monitoring_wiring import build_monitoring, start_monitoring
from .wiring import attach_remote_returns, build_services, ensure_demo_store, terminal_status

log = logging.getLogger(__name__)


def run_gui(*, data_dir: Path | None, config_path: Path | None, demo: bool,
            language: str | None = None) -> int:
    # No store yet (a new till, not the demo): the set-up wizard first (setup_steps.py).
    from .setup_steps import first_run

    if not first_run(data_dir=data_dir, config_path=config_path, demo=demo,
                     language=language):
        print("No store was started: run `pos-app run` again to finish the set-up, or "
              "`pos-app init` (README: First run).")
        return 0
    # The data directory first: a refused start (damaged, already open in another
    # window) is said before any of Qt loads.
    ctx = open_context(data_dir=data_dir, config_path=config_path, demo=demo or None)
    from PySide6.QtWidgets import QApplication

    from pos_app.adapters.log_setup import log_job_errors
    from pos_app.jobs.integrity import add_integrity_job
    from pos_app.jobs.sync_channels import add_sync_jobs
    from pos_app.services.demo_data import DEMO_STAFF
    from pos_app.ui.app_window import CounterWindow
    from pos_app.ui.i18n import install_language, set_format, translate
    from pos_app.ui.worker import DbWorker

    from .central_commands import build_central, central_settings_of, terminal_settlement
    from .demo_shopify import start_demo_shopify
    from .flag_wiring import refresh_live_flags
    from .wiring import add_backup_schedule, housekeeping_scheduler, start_inventory_sync

    services = build_services(ctx)
    report = ensure_demo_store(ctx, services) if ctx.settings.demo else None
    if report is not None:
        log.warning("seeded the demo store: %d products", report.products)
    # Health and alerts: each command measured, flushed per minute (app/monitoring_wiring.py).
    monitoring = build_monitoring(ctx, services)
    scheduler = housekeeping_scheduler(ctx, services)
    log_job_errors(scheduler)  # a job that fails: its name and traceback in the log file
    add_integrity_job(scheduler, lambda: ctx.db.check(full=True))  # nightly, jobs/integrity.py
    add_backup_schedule(ctx, scheduler)  # daily encrypted backup, jobs/backup.py
    central_engine, central = build_central(
        ctx, url=None, store_id=None,
        after_pull=lambda _n: services.commission.recalculate(),
        after_flags=lambda _n: refresh_live_flags(ctx, services))
    if report is not None and central_settings_of(ctx).url is None:
        # A fresh demo store pays commission: its plans go to the embedded central
        # database like a manager's would, and reach the counter at the first sync.
        from .backoffice import publish_demo_plans

        publish_demo_plans(ctx, services, central_engine)
    attach_remote_returns(services, central_engine, store_id=central.identity.store_id,
                          terminal_id=ctx.settings.terminal_id)
    # The two sync channels, each waking the other when it gets through after failing
    # (jobs/sync_channels.py).
    inventory = start_inventory_sync(ctx, services, scheduler)
    add_sync_jobs(scheduler, central, services.commission,
                  terminal_settlement(ctx, central_engine, central.identity.store_id),
                  inventory.job if inventory is not None else None)
    # Demo mode with no real shop syncs with its own: the emulator, started once the
    # window is up, on the scheduler's thread.
    demo_shop = start_demo_shopify(ctx, services, scheduler) if inventory is None else None
    shopify_status = demo_shop.status if demo_shop is not None \
        else inventory.status if inventory is not None else None

    def status_now() -> dict[str, Any]:
        return terminal_status(ctx, shopify=shopify_status, monitoring=monitoring)

    start_monitoring(ctx, monitoring, scheduler, status_now)
    app = QApplication.instance() or QApplication(sys.argv)
    # The store's formats and language, before any widget is built.
    set_format(ctx.settings.store.locale_format())
    lang = language or ctx.settings.store.ui_language
    if not install_language(lang, app):
        log.warning("no compiled translation for %r (run `make translations`): English", lang)
    # The commission line and the receipts in the screens' language.
    services.counter.set_translate(translate)
    worker = DbWorker()
    demo_pins = [(p.name, p.role.value if hasattr(p.role, "value") else str(p.role), p.pin)
                 for p in DEMO_STAFF] if ctx.settings.demo else []
    window = CounterWindow(
        counter=services.counter, worker=worker, store_name=ctx.settings.store.name,
        terminal_id=ctx.settings.terminal_id, demo_pins=demo_pins,
        status_fn=status_now,
        lock_after_ms=ctx.settings.lock_after_minutes * 60_000,
        currency=ctx.settings.store.currency, retry_rejected_fn=central.requeue_rejected)
    window.showMaximized()  # sized by the screen, never by its content
    scheduler.start()
    try:
        return int(app.exec())
    finally:
        scheduler.shutdown(wait=True)
        if monitoring.stop_exporter is not None:
            monitoring.stop_exporter()
        try:
            monitoring.flush_now(ctx, None)  # the last minute's counts
        except Exception as exc:  # noqa: BLE001 - closing must go on
            log.warning("metrics not written at exit: %s", exc)
        central_engine.dispose()
        if inventory is not None:
            inventory.close()
        if demo_shop is not None:
            demo_shop.close()
        worker.shutdown()
        ctx.close()
