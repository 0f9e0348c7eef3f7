"""One terminal process of `make chaos` (tools/chaos.py starts three and kills them).

It opens its data directory as the app does (open_context, build_services), syncs with
Shopify and the central database on the app's own scheduler jobs, and
rings sales. A line is printed only after the command returned, i.e. after it is
durable:
    DONE <sale_id> <receipt_no> <sku>:<qty>,...   a sale was completed
so the controller knows every acknowledged sale, even when this process is SIGKILLed
the next instant. Usage: chaos_terminal.py DATA_DIR CONFIG SEED
SIGUSR1 stops the selling and keeps the syncing (what a store does after closing).
"""

from __future__ import annotations

import logging
import random
import signal
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path


def main() -> int:
    # Signals first: the controller may signal a process that is still importing.
    stop = threading.Event()
    quiet = threading.Event()  # SIGUSR1: stop selling, keep syncing (the store closes)
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGUSR1, lambda *_: quiet.set())

    from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, JobExecutionEvent
    from apscheduler.schedulers.background import BackgroundScheduler

    from pos_app.app.central_commands import build_central
    from pos_app.app.context import open_context
    from pos_app.app.inventory_wiring import build_inventory_sync
    from pos_app.app.wiring import build_services, pricing_rules, shopify_settings
    from pos_app.domain.permissions import Actor, Role
    from pos_app.domain.sale import TenderKind
    from pos_app.jobs.inventory_sync import InventorySyncJob
    from pos_app.jobs.sync_channels import add_sync_jobs
    from pos_app.services.sale_commands import AddItem, AddTender, Complete, Void

    data_dir, config, seed = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    logging.basicConfig(level=logging.ERROR)
    rng = random.Random(seed)
    ctx = open_context(data_dir=data_dir, config_path=config)
    services = build_services(ctx)
    engine, central = build_central(ctx, url=None, store_id=None)
    inventory = build_inventory_sync(ctx.db, services.catalog_repo, shopify_settings(ctx),
                                     currency=ctx.settings.store.currency, clock=ctx.clock,
                                     ids=ctx.ids)

    # The two channels as the app runs them (jobs/sync_channels.py, the same function the
    # counter uses): two scheduler jobs, each waking the other when it gets through after
    # failing, the central backoff and the Shopify breaker as they are. Only the
    # intervals are shorter: a chaos run is minutes, not a trading day.
    scheduler = BackgroundScheduler(timezone="UTC")
    shopify_job = InventorySyncJob(scheduler, inventory.reconciler, every=timedelta(seconds=1))
    shopify_job.install()
    add_sync_jobs(scheduler, central, None, None, shopify_job, sync_every=timedelta(seconds=1))

    def trace(event: JobExecutionEvent) -> None:
        """Each round in the terminal's log (kept with CHAOS_KEEP=1); a failed one is
        also told to the controller."""
        got = event.exception if event.exception is not None else event.retval
        if event.exception is not None:
            print(f"SYNCERR {type(got).__name__}: {got}", flush=True)
        outcome = getattr(got, "outcome", None) or getattr(got, "error", None) or got
        print(f"ROUND {time.time():.1f} {event.job_id} "
              f"{getattr(outcome, 'value', outcome)} {getattr(got, 'message', '')}",
              file=sys.stderr, flush=True)

    scheduler.add_listener(trace, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR)
    scheduler.start()
    while services.catalog_repo.count() == 0 and not stop.is_set():
        time.sleep(0.1)  # the first reconcile pulls the catalog
    services.desk.rules = pricing_rules(ctx, services.catalog_repo)
    skus = [f"SKU-{i:06d}" for i in range(services.catalog_repo.count())]
    manager = Actor("chaos-manager", Role.MANAGER)
    desk = services.desk
    for s in desk.open_sales():  # what a killed run left open
        if s.state.lines:
            if not s.settlement().settled:
                s.execute(AddTender(TenderKind.CASH, s.settlement().remaining_cash + 1000))
            r = s.execute(Complete())
            sold = ",".join(f"{ln.sku}:{ln.quantity}" for ln in s.state.lines)
            print(f"DONE {s.id} {r.receipt_no} {sold}", flush=True)
        else:
            s.execute(Void(), actor=manager)
    print("READY", flush=True)
    while not stop.is_set():
        if quiet.is_set():
            stop.wait(0.5)
            continue
        sale = desk.new_sale(cashier_id="chaos-cashier")
        picked = rng.sample(skus, rng.randint(1, 3))
        for sku in picked:
            variant = services.catalog_repo.get_by_skus([sku])[sku]
            sale.execute(AddItem(variant, rng.randint(1, 2)))
        sale.execute(AddTender(TenderKind.CASH, sale.settlement().remaining_cash))
        r = sale.execute(Complete())
        sold = ",".join(f"{ln.sku}:{ln.quantity}" for ln in sale.state.lines)
        print(f"DONE {sale.id} {r.receipt_no} {sold}", flush=True)
        stop.wait(rng.uniform(0.05, 0.25))
    scheduler.shutdown(wait=True)
    inventory.close()
    engine.dispose()
    ctx.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
