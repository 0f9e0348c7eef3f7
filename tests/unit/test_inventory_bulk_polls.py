"""A bulk read's status is asked quickly at first (a small shop's read is done in well
under a second), then less often as the read goes on: a read of minutes costs a few
dozen status reads (a cost point each), not one every 2 s, and is seen finished at most
a fifth of its time later."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest

from pos_app.domain.clock import FixedClock
from pos_app.services.inventory_ports import BulkJob, BulkKind, BulkResult
from pos_app.services.inventory_reconciler import (
    POLL_MAX_WAIT,
    POLL_WAIT,
    InventoryReconciler,
    PassSummary,
)
from pos_app.services.shopify_settings import ShopifySettings
from tests.conftest import SequentialIds


class SlowBulk:
    """A gateway whose bulk read finishes `takes` seconds (of the fake clock) after it
    started; counts the status reads."""

    def __init__(self, now: list[float], takes: float) -> None:
        self.now, self.takes, self.polls = now, takes, 0

    def start_bulk(self, kind, *, location_id, updated_since):
        return BulkJob("gid://shopify/BulkOperation/1", "CREATED")

    def bulk_status(self, job_id):
        self.polls += 1
        done = self.now[0] >= self.takes
        return BulkJob(job_id, "COMPLETED" if done else "RUNNING",
                       url="http://file" if done else None)

    def bulk_result(self, url):
        return BulkResult((), ())


@pytest.mark.parametrize(("takes", "most_polls"), [(0.3, 5), (10.0, 13), (120.0, 28),
                                                    (600.0, 80)])
def test_status_reads_thin_out_as_a_bulk_read_goes_on(takes, most_polls):
    now = [0.0]
    waits: list[tuple[float, float]] = []  # (time taken so far, wait)

    def sleep(s: float) -> None:
        waits.append((now[0], s))
        now[0] += s

    gateway = SlowBulk(now, takes)
    rec = InventoryReconciler(
        None, gateway, None, ShopifySettings(location="x"),  # type: ignore[arg-type]
        currency="USD", clock=FixedClock(datetime(2026, 12, 1, tzinfo=UTC)),
        ids=SequentialIds(prefix=5), monotonic=lambda: now[0], sleep=sleep,
        rng=random.Random(1))
    s = PassSummary()
    rec._bulk(BulkKind.LEVELS, "gid://shopify/Location/1", None, s)
    assert s.bulk_reads == 1
    assert gateway.polls == len(waits) <= most_polls
    assert waits[0][1] == 0.05  # the first read soon after the start
    for taken, wait in waits:
        assert wait <= max(POLL_WAIT, taken / 5) + 1e-9 and wait <= POLL_MAX_WAIT
    # Seen finished at most a fifth of its time (or one short wait) after it finished.
    assert now[0] - takes <= max(POLL_WAIT, takes / 5)
