"""The housekeeping jobs on a real APScheduler BackgroundScheduler."""

from __future__ import annotations

import threading
from datetime import timedelta

from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED

from pos_app.domain.sale import SaleStatus
from pos_app.jobs.housekeeping import COMPACT_JOB_ID, PARK_JOB_ID, build_scheduler
from pos_app.services.sale_commands import AddItem
from tests.conftest import variant


def test_jobs_are_configured_to_never_overlap(desk):
    sched = build_scheduler(desk, park_after=timedelta(hours=4),
                            compact_after=timedelta(days=30), run_now=False)
    sched.start(paused=True)  # defaults are applied when the jobs reach the job store
    try:
        jobs = {j.id: j for j in sched.get_jobs()}
    finally:
        sched.shutdown(wait=False)
    assert set(jobs) == {PARK_JOB_ID, COMPACT_JOB_ID}
    for job in jobs.values():
        assert job.max_instances == 1 and job.coalesce is True
        assert job.misfire_grace_time == 300


def test_catch_up_run_at_start_parks_a_forgotten_sale(desk, clock):
    s = desk.new_sale()
    s.execute(AddItem(variant(1)))
    clock.advance(hours=6)
    sched = build_scheduler(desk, park_after=timedelta(hours=4),
                            compact_after=timedelta(days=30))
    done = threading.Event()
    errors = []

    def listener(event):
        if event.exception:
            errors.append(event.exception)
        if event.job_id == PARK_JOB_ID:
            done.set()

    sched.add_listener(listener, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR)
    sched.start()
    try:
        assert done.wait(timeout=30)
    finally:
        sched.shutdown(wait=True)
    assert errors == []
    assert s.state.status is SaleStatus.PARKED
