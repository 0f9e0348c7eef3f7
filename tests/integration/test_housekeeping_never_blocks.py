"""The cashier never waits behind housekeeping.

Every scheduled job of a till (central sync with the store-wide settlement, commission
settlement, inventory sync with Shopify, parking, compaction, the outbox sweep) runs on
the real APScheduler scheduler, with the production job functions, against a till with
thousands of completed sales, while a scanner rings items on an open sale.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import text

from pos_app.adapters.central import migrate as central_migrate
from pos_app.adapters.central.engine import make_central_engine
from pos_app.adapters.central.repository import SqlCentralStore, SqlSettlementStore
from pos_app.adapters.sqlite.central_outbox import SqliteSyncOutbox
from pos_app.adapters.sqlite.commission_repo import SqliteCommissionLedger
from pos_app.adapters.sqlite.outbox_maintenance import SqliteOutboxMaintenance
from pos_app.domain.commission import CommissionPlan, Match, Rate, RateKind, RateRule
from pos_app.jobs.central_sync import SETTLE_JOB_ID, add_central_jobs
from pos_app.jobs.central_sync import SYNC_JOB_ID as CENTRAL_JOB_ID
from pos_app.jobs.housekeeping import (
    CHECKPOINT_JOB_ID,
    COMPACT_JOB_ID,
    OUTBOX_JOB_ID,
    PARK_JOB_ID,
    build_scheduler,
)
from pos_app.jobs.inventory_sync import SYNC_JOB_ID as INVENTORY_JOB_ID
from pos_app.jobs.inventory_sync import InventorySyncJob
from pos_app.services.central_sync import CentralSync, TerminalIdentity
from pos_app.services.channels import Channels
from pos_app.services.commission_calculator import CommissionCalculator, CommissionSettings
from pos_app.services.commission_settlement import CommissionSettlement
from pos_app.services.housekeeping import OutboxHousekeeping
from pos_app.services.sale_commands import AddItem
from tests.commission_fixtures import install_plan
from tests.integration.housekeeping_fixtures import JobRuns, Scanner, ms, ring_sales
from tests.integration.shopify_fixtures import rig

SALES = 2500
STALE = 30
# A ceiling on the CPU one job transaction may spend holding the writer. The goal is
# 10 ms behind a job, measured with medians and p99 by bench/housekeeping_bench.py; this
# test is not a timer on a shared 2-core machine. It catches the failure that matters:
# a transaction that walks the history (the old compaction held the writer for 24 s)
# instead of a short batch.
JOB_TRANSACTION_CPU_CEILING_MS = 50.0


def test_no_command_waits_behind_any_scheduled_job(tmp_path: Path, capsys) -> None:
    """Every scheduled job runs while a scanner rings an item every 2 ms.

    How the wait is measured: each scan command (AddItem: one write transaction) asks
    the database's writer gate (adapters/sqlite/writer_gate.py) for the writer. The gate
    notes when the command asked, which job transaction held the writer then, and when
    that job gave it back. Two figures come out per command:
    - `behind_job`: wall-clock time from the ask until the job released the writer
      (the command's own wake-up afterwards is not the job's doing);
    - `job_cpu`: the CPU time the job's thread spent inside that transaction while the
      command waited: the job's own work, read from the job thread's CPU clock.
    On a quiet machine the two agree. On a 2-core box shared with other test runs (load
    averages of 20+ are seen) a job thread holding the writer can be descheduled for
    tens of ms, so the wall-clock figure measures the machine: it is printed (p99, max)
    but the assertions are on structure: every job works in many short transactions
    (each far below a history walk in CPU), and a command never waits behind more than
    one job transaction (jobs never take the writer while a command waits, and one at a
    time). The latency goal itself is measured by bench/housekeeping_bench.py.
    """
    skus = {f"SKU-{i:03d}": 10_000 for i in range(8)}
    with rig(tmp_path, skus=skus) as r:
        central_engine = make_central_engine(f"sqlite:///{tmp_path / 'central.sqlite3'}")
        central_migrate.upgrade(central_engine)
        try:
            r.reconciler.run_once()  # the catalog and levels from Shopify
            install_plan(r.db, CommissionPlan(
                id="floor", name="Floor", currency="USD", effective_from=date(2020, 1, 1),
                rules=(RateRule(Match(), Rate(RateKind.PERCENT, 500)),)))
            ledger = SqliteCommissionLedger(r.db, r.desk._ids)
            calculator = CommissionCalculator(ledger, CommissionSettings("T1", "USD"),
                                              r.clock, r.desk._ids)
            r.desk.completion_hooks.extend([calculator, Channels(shopify=True)])
            variants = list(r.catalog.get_by_skus(sorted(skus)).values())

            for v in variants[:1] * STALE:  # forgotten at the counter
                r.desk.new_sale(cashier_id="cashier-2").execute(AddItem(v))
            ring_sales(r.desk, variants, SALES,
                       tick=lambda: r.clock.advance(seconds=20))
            r.clock.advance(hours=5)

            outbox = OutboxHousekeeping(SqliteOutboxMaintenance(r.db), r.clock,
                                        Channels(shopify=True), retention=timedelta(days=30))
            scheduler = build_scheduler(
                r.desk, park_after=timedelta(hours=4), compact_after=timedelta(days=30),
                outbox=outbox, wal=r.db, run_now=False,
                background_thread=r.db.gate.mark_background_thread)
            sync = CentralSync(SqliteSyncOutbox(r.db), SqlCentralStore(central_engine),
                               TerminalIdentity("S1", "T1"), r.clock)
            settlement = CommissionSettlement(SqlSettlementStore(central_engine), "S1",
                                              r.clock)
            add_central_jobs(scheduler, sync, calculator, settlement, run_now=False)
            InventorySyncJob(scheduler, r.reconciler, every=timedelta(hours=1)).install(
                run_now=False)
            runs = JobRuns(scheduler)

            scanner = Scanner(r.desk, r.db, variants[0])
            scheduler.start()
            try:
                scanner.start()
                assert scanner.started.wait(30)
                # What syncing acknowledges first, then what only acknowledged history
                # allows (the clock moves past the retention and compaction age).
                runs.run([CENTRAL_JOB_ID, INVENTORY_JOB_ID, PARK_JOB_ID, SETTLE_JOB_ID])
                r.clock.advance(days=40)
                runs.run([COMPACT_JOB_ID, OUTBOX_JOB_ID, CHECKPOINT_JOB_ID])
            finally:
                scanner.finish()
                scheduler.shutdown(wait=True)
        finally:
            central_engine.dispose()

        with r.db.read() as conn:
            def one(sql: str) -> int:
                return int(conn.execute(text(sql)).scalar_one())

            logs_left = one("SELECT count(DISTINCT c.sale_id) FROM sale_command c JOIN sale s "
                            "ON s.id = c.sale_id WHERE s.status = 'completed'")
            parked = one("SELECT count(*) FROM sale WHERE status = 'parked'")
            sold = one("SELECT count(*) FROM sold_line")
            acked_left = one("SELECT count(*) FROM outbox WHERE status = 'acked'")
            waiting = one("SELECT count(*) FROM outbox WHERE status = 'pending'")

    with capsys.disabled():
        print("\n" + scanner.report(f"{SALES} sales, every job"))
    # Every job did its work...
    assert runs.done.keys() >= {CENTRAL_JOB_ID, INVENTORY_JOB_ID, PARK_JOB_ID, SETTLE_JOB_ID,
                                COMPACT_JOB_ID, OUTBOX_JOB_ID, CHECKPOINT_JOB_ID}
    assert parked == STALE
    assert waiting == 0 and logs_left == 0 and acked_left <= 1
    assert sold == SALES  # compaction keeps the immutable facts
    assert len(scanner.holds) > 100  # in many short transactions, not a few long ones
    # ...and the cashier never waited behind it.
    assert scanner.commands > 100 and len(scanner.waits) >= scanner.commands
    assert max(w.jobs_ahead for w in scanner.waits) <= 1, scanner.report("behind two jobs")
    held_cpu = [ms(h.cpu) for h in scanner.holds]
    assert max(held_cpu) <= JOB_TRANSACTION_CPU_CEILING_MS, \
        scanner.report("a job transaction did a history's worth of work")
