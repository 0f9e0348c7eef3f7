"""The reconciliation job on a real APScheduler background scheduler."""

from __future__ import annotations

import threading
from datetime import timedelta

from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED
from apscheduler.schedulers.background import BackgroundScheduler

from pos_app.adapters.shopify_emulator import Fault
from pos_app.jobs.inventory_sync import SYNC_JOB_ID, InventorySyncJob
from pos_app.services.inventory_reconciler import PassOutcome
from tests.integration.shopify_fixtures import rig


def test_job_runs_off_the_calling_thread_and_again_when_kicked(tmp_path):
    with rig(tmp_path) as r:
        scheduler = BackgroundScheduler(timezone="UTC")
        job = InventorySyncJob(scheduler, r.reconciler, every=timedelta(hours=1))
        done = threading.Semaphore(0)
        threads: list[str] = []
        scheduler.add_listener(lambda e: (threads.append(threading.current_thread().name),
                                          done.release()),
                               EVENT_JOB_EXECUTED | EVENT_JOB_ERROR)
        job.install(run_now=True)
        scheduler.start()
        try:
            assert done.acquire(timeout=30)
            assert job.last is not None and job.last.outcome is PassOutcome.OK
            r.sell("SKU-001", 2)
            # Shopify goes down: the job notices and looks again soon, not in an hour.
            r.faults.script([Fault.HTTP_503] * 50)
            job.kick()
            assert done.acquire(timeout=30)
            assert job.last.outcome is PassOutcome.OFFLINE
            next_run = scheduler.get_job(SYNC_JOB_ID).next_run_time
            assert next_run is not None
            r.faults._script.clear()
            job.kick()
            assert done.acquire(timeout=30)
            assert job.last.outcome is PassOutcome.OK
            assert r.shopify("SKU-001") == r.expected("SKU-001")
        finally:
            scheduler.shutdown(wait=True)
        assert threading.main_thread().name not in threads


def test_status_shows_the_stock_queue_and_last_sync(tmp_path, capsys):
    from pos_app.app.cli import main
    from tests.integration.shopify_fixtures import rig

    data = str(tmp_path / "data")
    with rig(tmp_path) as r:
        assert main(["status", "--data-dir", data]) == 0
        assert "Shopify stock    not set up" in capsys.readouterr().out
        r.reconciler.run_once()
        r.sell("SKU-001", 2)
        r.sell("SKU-002", 1)
        assert main(["status", "--data-dir", data]) == 0
        out = capsys.readouterr().out
        assert "Shopify stock    2 pending (oldest " in out
        assert "0 in flight, 0 set aside; last sync " in out and "last sync never" not in out
        r.reconciler.run_once()
        assert main(["status", "--data-dir", data]) == 0
        assert "Shopify stock    0 pending, 0 in flight" in capsys.readouterr().out
