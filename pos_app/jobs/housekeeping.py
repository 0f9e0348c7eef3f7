"""Scheduled housekeeping of the terminal: park forgotten sales, compact synced history,
set aside events no channel takes, prune old acknowledged outbox rows, and checkpoint
the write-ahead log while the counter is quiet.

Due work lives in the database, not in the scheduler: a lost or doubled run loses
nothing, because each job only asks a service to sweep what is due now, and the sweeps
are idempotent. A catch-up run happens at start-up.

The cashier never waits behind these: every sweep works in small batches, each its own
short write transaction, and the scheduler's worker threads are marked *background*
(`background_thread`, e.g. `LocalDatabase.gate.mark_background_thread`), so each batch
waits while a counter command wants the database writer (adapters/sqlite/
writer_gate.py). Jobs added later to the same scheduler (central sync, inventory sync)
run on the same threads and yield the same way.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Protocol

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler

from pos_app.domain.errors import EnvironmentFault
from pos_app.services.housekeeping import OutboxHousekeeping, SweepResult
from pos_app.services.sales import SalesDesk

log = logging.getLogger(__name__)

PARK_JOB_ID = "park-stale-sales"
COMPACT_JOB_ID = "compact-synced-history"
OUTBOX_JOB_ID = "sweep-outbox"
CHECKPOINT_JOB_ID = "checkpoint-wal"


class Checkpointable(Protocol):
    def checkpoint_if_quiet(self) -> tuple[int, int, int] | None: ...

    def presize_wal_if_quiet(self) -> int | None: ...


def checkpoint_wal(db: Checkpointable) -> tuple[int, int, int] | None:
    """Copy the WAL into the database if the counter has been quiet for a second
    (adapters/sqlite/store.py), so no scan's commit does it; then grow the WAL file to
    its working size if it is not there yet (once after each start), so no scan's
    commit appends to it either."""
    try:
        done = db.checkpoint_if_quiet()
        if done is not None:
            db.presize_wal_if_quiet()
        return done
    except EnvironmentFault as exc:
        log.warning("WAL checkpoint skipped: %s", exc)
        return None


def park_stale_sales(desk: SalesDesk, idle: timedelta) -> list[str]:
    try:
        parked = desk.park_stale(idle)
    except EnvironmentFault as exc:
        log.warning("parking stale sales skipped: %s", exc)
        return []
    if parked:
        log.info("parked %d sale(s) left open for over %s", len(parked), idle)
    return parked


def compact_history(desk: SalesDesk, older_than: timedelta) -> int:
    try:
        n = desk.compact(older_than)
    except EnvironmentFault as exc:
        log.warning("compaction skipped: %s", exc)
        return 0
    if n:
        log.info("compacted the command logs of %d synced sale(s)", n)
    return n


def sweep_outbox(housekeeping: OutboxHousekeeping) -> SweepResult | None:
    try:
        result = housekeeping.sweep()
    except EnvironmentFault as exc:
        log.warning("outbox housekeeping skipped: %s", exc)
        return None
    if result.unrouted:
        log.info("set aside %d outbox event(s) no configured channel takes", result.unrouted)
    if result.pruned:
        log.info("pruned %d acknowledged outbox row(s)", result.pruned)
    return result


def build_scheduler(desk: SalesDesk, *, park_after: timedelta, compact_after: timedelta,
                    outbox: OutboxHousekeeping | None = None,
                    wal: Checkpointable | None = None,
                    checkpoint_every: timedelta = timedelta(seconds=10),
                    park_every: timedelta = timedelta(minutes=5),
                    compact_every: timedelta = timedelta(hours=6),
                    outbox_every: timedelta = timedelta(hours=6),
                    run_now: bool = True,
                    background_thread: Callable[[], None] | None = None) \
        -> BackgroundScheduler:
    """A background scheduler (not started) with one instance of each job at most.
    `background_thread` runs once on each of its worker threads as it starts."""
    scheduler = BackgroundScheduler(
        timezone=UTC,
        executors={"default": ThreadPoolExecutor(10, pool_kwargs={
            "initializer": background_thread, "thread_name_prefix": "pos-job"})},
        job_defaults={"coalesce": True, "max_instances": 1,
                      # A sweep that could not run on time still runs, once, when it can.
                      "misfire_grace_time": int(park_every.total_seconds())},
    )
    first = datetime.now(UTC) if run_now else None
    scheduler.add_job(park_stale_sales, "interval", args=(desk, park_after),
                      seconds=park_every.total_seconds(), id=PARK_JOB_ID,
                      name="Park sales left open", next_run_time=first, replace_existing=True)
    scheduler.add_job(compact_history, "interval", args=(desk, compact_after),
                      seconds=compact_every.total_seconds(), id=COMPACT_JOB_ID,
                      name="Compact synced history", next_run_time=first,
                      replace_existing=True)
    if outbox is not None:
        scheduler.add_job(sweep_outbox, "interval", args=(outbox,),
                          seconds=outbox_every.total_seconds(), id=OUTBOX_JOB_ID,
                          name="Set aside unrouted events, prune old acknowledgements",
                          next_run_time=first, replace_existing=True)
    if wal is not None:
        scheduler.add_job(checkpoint_wal, "interval", args=(wal,),
                          seconds=checkpoint_every.total_seconds(), id=CHECKPOINT_JOB_ID,
                          name="Checkpoint the write-ahead log while the counter is quiet",
                          replace_existing=True)
    return scheduler
