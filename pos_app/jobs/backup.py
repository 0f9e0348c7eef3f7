"""The terminal's daily backup, on its housekeeping scheduler.

Once a day at `[backup] hour` (the store's local time) the runner (adapters/sqlite/
backup.py `BackupRunner`) copies the database with SQLite's online backup API, which
only reads (the counter keeps selling and the writer is never held), encrypts it,
verifies it and rotates the old ones; the outcome is recorded for `pos-app status`.
At start, a terminal whose last backup is older than 24 hours (or that never made one)
makes one at once. A failure is logged and recorded, and the next run tries again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any

from apscheduler.schedulers.base import BaseScheduler

from pos_app.domain.errors import PosError

log = logging.getLogger(__name__)

BACKUP_JOB_ID = "daily-backup"
CATCH_UP_JOB_ID = "backup-catch-up"
CATCH_UP_AFTER = timedelta(hours=24)


def run_backup(make: Callable[[], Any]) -> Any | None:
    """One backup; returns its result, or None when it failed (logged, recorded)."""
    try:
        result = make()
    except (PosError, OSError, ValueError) as exc:  # recorded by the runner
        log.error("the scheduled backup failed: %s", exc)
        return None
    log.info("backup written and verified: %s", getattr(result, "path", result))
    return result


def add_backup_jobs(scheduler: BaseScheduler, make: Callable[[], Any], *, hour: int,
                    tz: tzinfo, last_success: Callable[[], datetime | None],
                    now: datetime) -> bool:
    """The daily job at `hour`:00 in `tz` (a day missed while the machine slept runs
    once when it wakes, within 12 hours), and a catch-up run at once when the last
    success is older than 24 hours. Returns whether the catch-up was scheduled."""
    scheduler.add_job(run_backup, "cron", args=(make,), hour=hour, minute=0, timezone=tz,
                      id=BACKUP_JOB_ID, name="Daily encrypted backup",
                      replace_existing=True, max_instances=1, coalesce=True,
                      misfire_grace_time=12 * 3600)
    last = last_success()
    if last is not None and now - last <= CATCH_UP_AFTER:
        return False
    scheduler.add_job(run_backup, args=(make,), id=CATCH_UP_JOB_ID,
                      name="Backup at start (the last one is over a day old)",
                      next_run_time=datetime.now(UTC), replace_existing=True,
                      max_instances=1, misfire_grace_time=12 * 3600)
    return True
