"""The reconciliation job on a real APScheduler background scheduler."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

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


def test_network_back_wakes_the_breaker_and_the_other_channel(tmp_path):
    from pos_app.domain.inventory import CircuitBreaker, CircuitState

    now = [0.0]
    with rig(tmp_path) as r:
        scheduler = BackgroundScheduler(timezone="UTC")  # not started: runs called here
        job = InventorySyncJob(scheduler, r.reconciler, every=timedelta(hours=1))
        job.install(run_now=False)
        back: list[str] = []
        job.on_back.append(lambda: back.append("central"))
        r.reconciler.breaker = CircuitBreaker(lambda: now[0], threshold=1, cooldown=5.0,
                                              max_cooldown=30.0)
        job.wake()  # nothing was down: nothing to do
        assert scheduler.get_job(SYNC_JOB_ID).next_run_time is None
        r.faults.script([Fault.HTTP_503] * 50)
        assert job.run().outcome is PassOutcome.OFFLINE
        assert r.reconciler.breaker.state is CircuitState.OPEN and back == []
        probe_at = scheduler.get_job(SYNC_JOB_ID).next_run_time  # in 5 s
        r.faults._script.clear()
        # The central database got through: the breaker's probe goes now, not in 5 s.
        job.wake()
        assert r.reconciler.breaker.allow()
        assert scheduler.get_job(SYNC_JOB_ID).next_run_time < probe_at
        assert job.run().outcome is PassOutcome.OK and back == ["central"]
        assert job.run().outcome is PassOutcome.OK and back == ["central"]  # once


def test_back_from_a_cut_the_queue_goes_before_the_pulls(tmp_path):
    with rig(tmp_path) as r:
        assert r.reconciler.run_once().outcome is PassOutcome.OK
        r.sell("SKU-001", 2)
        r.sell("SKU-002", 1)
        # The push gets through, every pull after it fails: the sales reached Shopify
        # all the same (they no longer wait behind a slow or failing read).
        r.faults.script([None] + [Fault.HTTP_503] * 50)
        summary = r.reconciler.run_once()
        assert summary.outcome is PassOutcome.OFFLINE and summary.pushed_events == 2
        assert r.shopify("SKU-001") == r.expected("SKU-001")
        assert r.shopify("SKU-002") == r.expected("SKU-002")
        r.faults._script.clear()
        assert r.reconciler.run_once().outcome is PassOutcome.OK
        assert r.reconciler.status().pending_events == 0


def test_the_apps_two_sync_jobs_wake_each_other(tmp_path):
    """add_sync_jobs (what the counter and `make chaos` install): the central round's
    'back' wakes the Shopify job; a Shopify pass back after failing wakes the central
    sync and brings its job forward."""
    from pos_app.jobs.central_sync import SYNC_JOB_ID as CENTRAL_JOB_ID
    from pos_app.jobs.sync_channels import add_sync_jobs

    class Central:  # what wake_central_sync asks of the central sync
        woken = 0

        def wake(self) -> bool:
            self.woken += 1
            return True

    with rig(tmp_path) as r:
        scheduler = BackgroundScheduler(timezone="UTC")  # not started: runs called here
        job = InventorySyncJob(scheduler, r.reconciler, every=timedelta(hours=1))
        job.install(run_now=False)
        central = Central()
        add_sync_jobs(scheduler, central, None, None, job,  # type: ignore[arg-type]
                      sync_every=timedelta(hours=1))
        central_job = scheduler.get_job(CENTRAL_JOB_ID)
        on_central_back = central_job.args[2]
        r.faults.script([Fault.HTTP_503] * 50)
        assert job.run().outcome is PassOutcome.OFFLINE
        probe_at = scheduler.get_job(SYNC_JOB_ID).next_run_time
        r.faults._script.clear()
        on_central_back()  # the central database got through: Shopify's probe goes now
        assert scheduler.get_job(SYNC_JOB_ID).next_run_time < probe_at
        later = datetime.now(UTC) + timedelta(hours=1)
        central_job.modify(next_run_time=later)  # its next round an interval away
        assert job.run().outcome is PassOutcome.OK
        assert central.woken == 1
        assert scheduler.get_job(CENTRAL_JOB_ID).next_run_time < later
