"""Nightly check of the sales database: SQLite's full `integrity_check`, off the counter.

The start-up `quick_check` catches a damaged file before the counter opens; this job
catches damage that appears while it stays open for days. Finding any marks the
database damaged (the checker does that), so from then on nothing more is written into
it and the cashier is told why; the result is logged for the manager.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from apscheduler.schedulers.base import BaseScheduler

from pos_app.domain.errors import EnvironmentFault

log = logging.getLogger(__name__)

INTEGRITY_JOB_ID = "nightly-integrity-check"


def integrity_check(check: Callable[[], list[str]]) -> list[str]:
    """Run the check; returns the problems found ([] when the file is sound)."""
    try:
        problems = check()
    except EnvironmentFault as exc:
        log.warning("the nightly database check could not run: %s", exc)
        return []
    if problems:
        log.error("the sales database is damaged (nightly integrity_check): %s; nothing "
                  "more is written into it: restore the last backup with `pos-app restore`",
                  "; ".join(problems[:5]))
    else:
        log.info("nightly integrity_check: ok")
    return problems


def add_integrity_job(scheduler: BaseScheduler, check: Callable[[], list[str]], *,
                      hour: int = 3, minute: int = 17) -> None:
    """Once a night at `hour:minute` (scheduler time zone), one instance at most; a
    night missed while the machine slept runs once when it wakes, within 6 hours."""
    scheduler.add_job(integrity_check, "cron", args=(check,), hour=hour, minute=minute,
                      id=INTEGRITY_JOB_ID, name="Nightly database check",
                      replace_existing=True, max_instances=1, coalesce=True,
                      misfire_grace_time=6 * 3600)
