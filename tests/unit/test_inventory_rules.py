"""Pure inventory rules: push planning, keys, snapshot ordering, retry and breaker."""

from __future__ import annotations

import itertools
import random
import sys
import threading

import pytest

from pos_app.domain.inventory import (
    CircuitBreaker,
    CircuitState,
    CountVariance,
    EventKind,
    EventStatus,
    PendingEvent,
    RetryPolicy,
    accept_snapshot,
    batch_key,
    count_set_key,
    plan_pushes,
    row_index,
    shopify_reason,
)

ITEMS = {f"S{i}": f"gid://shopify/InventoryItem/{i}" for i in range(600)}


def ev(seq: int, sku: str = "S1", delta: int = -1, reason: str = "sale",
       kind: EventKind = EventKind.DELTA, status: EventStatus = EventStatus.PENDING,
       **kw) -> PendingEvent:
    return PendingEvent(seq, f"e{seq}", kind, sku, delta, reason, status, **kw)


def test_reasons_follow_shopify_vocabulary():
    assert shopify_reason("sale", -1) == "correction"
    assert shopify_reason("return", 1) == "restock"
    assert shopify_reason("post_void", 2) == "restock"
    assert shopify_reason("post_void", -2) == "correction"
    assert shopify_reason("receipt", 5) == "received"
    assert shopify_reason("write_off", -1) == "damaged"
    assert shopify_reason("something-new", -1) == "other"


def test_batch_key_is_the_event_id_alone_and_stable_for_a_set():
    assert batch_key(["a"]) == "a"
    assert batch_key(["a", "b"]) == batch_key(["b", "a"])
    assert batch_key(["a", "b"]) != batch_key(["a", "c"])
    assert count_set_key("a") != "a"
    # A re-queued count is sent under a key of its own (Shopify replays a reused key's
    # stored refusal); the first generation keeps the key it always had.
    first, again = ev(1, kind=EventKind.COUNT), ev(1, kind=EventKind.COUNT, retry=1)
    assert count_set_key(first.key_token) == count_set_key("e1")
    assert count_set_key(again.key_token) not in {count_set_key("e1"), again.key_token}
    with pytest.raises(ValueError):
        batch_key([])


def test_row_index_reads_shopify_field_paths():
    assert row_index(("input", "changes", "3", "inventoryItemId")) == 3
    assert row_index(("input", "quantities", "0", "changeFromQuantity")) == 0
    assert row_index(("input", "reason")) is None
    assert row_index(("idempotencyKey",)) is None


def test_snapshots_advance_only_on_newer_or_equal_shopify_time():
    assert accept_snapshot(None, "2026-01-01T00:00:00Z")
    assert accept_snapshot("2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z")
    assert accept_snapshot("2026-01-01T00:00:00Z", "2026-01-01T00:00:01Z")
    assert not accept_snapshot("2026-01-01T00:00:01Z", "2026-01-01T00:00:00Z")


def test_plan_groups_by_reason_and_merges_items():
    events = [ev(1, "S1"), ev(2, "S2"), ev(3, "S1", -2), ev(4, "S3", 1, "return")]
    plan = plan_pushes(events, ITEMS.get)
    assert [b.reason for b in plan.batches] == ["correction", "restock"]
    sale = plan.batches[0]
    assert {(item, total) for item, total, _ in sale.changes} == {
        (ITEMS["S1"], -3), (ITEMS["S2"], -1)}
    assert sale.key == batch_key(["e1", "e2", "e3"])


def test_plan_caps_a_push_at_250_distinct_items():
    events = [ev(i, f"S{i}") for i in range(1, 600)]
    plan = plan_pushes(events, ITEMS.get)
    assert [len(b.changes) for b in plan.batches] == [250, 250, 99]


def test_count_is_a_barrier_for_its_sku():
    events = [ev(1, "S1"), ev(2, "S1", kind=EventKind.COUNT, counted=5, expected=6),
              ev(3, "S1"), ev(4, "S2")]
    plan = plan_pushes(events, ITEMS.get)
    sent = {e.event_id for b in plan.batches for e in b.events}
    assert sent == {"e1", "e4"}
    assert plan.counts == ()  # e1 is not confirmed yet
    after = plan_pushes([events[1], events[2]], ITEMS.get)
    assert [c.event_id for c in after.counts] == ["e2"]
    assert after.batches == ()


def test_unknown_skus_and_solo_events():
    events = [ev(1, "GHOST"), ev(2, "S1", solo=True), ev(3, "S2", solo=True), ev(4, "S3")]
    plan = plan_pushes(events, ITEMS.get)
    assert [e.event_id for e in plan.unknown] == ["e1"]
    assert [[e.event_id for e in b.events] for b in plan.batches] == [["e2"], ["e3"], ["e4"]]
    assert plan.batches[0].key == "e2"


def test_in_flight_events_are_not_planned_again():
    events = [ev(1, status=EventStatus.IN_FLIGHT, batch_key="k"), ev(2, "S2")]
    plan = plan_pushes(events, ITEMS.get)
    assert [[e.event_id for e in b.events] for b in plan.batches] == [["e2"]]


def test_count_variance():
    assert CountVariance(counted=7, expected=10).delta == -3


def test_backoff_grows_caps_and_jitters():
    policy = RetryPolicy(base=1.0, factor=2.0, cap=10.0, jitter=0.25)
    rng = random.Random(1)
    delays = [policy.delay(n, rng) for n in range(8)]
    assert 0.75 <= delays[0] <= 1.25 and 1.5 <= delays[1] <= 2.5
    assert all(d <= 12.5 for d in delays) and delays[-1] >= 7.5
    assert policy.delay(0, rng, floor=5.0) == 5.0


def test_breaker_opens_then_lets_one_probe_through():
    now = [0.0]
    b = CircuitBreaker(lambda: now[0], threshold=2, cooldown=30.0)
    b.failure()
    assert b.allow()
    b.failure()
    assert b.state is CircuitState.OPEN and not b.allow()
    assert b.retry_in() == 30.0
    now[0] = 31.0
    assert b.state is CircuitState.HALF_OPEN and b.allow()
    b.failure()  # the probe failed: open again for a full cooldown
    assert b.state is CircuitState.OPEN
    now[0] = 62.0
    b.success()
    assert b.state is CircuitState.CLOSED and b.failures == 0


def test_breaker_doubles_its_cooldown_per_failed_probe_up_to_the_cap():
    now = [0.0]
    b = CircuitBreaker(lambda: now[0], threshold=2, cooldown=5.0, max_cooldown=30.0)
    b.failure()
    b.failure()
    opened = []
    for _ in range(6):  # a storm of 500s: each probe fails, the waits grow to the cap
        opened.append(b.retry_in())
        now[0] += b.retry_in()
        assert b.state is CircuitState.HALF_OPEN
        b.failure()
        assert b.state is CircuitState.OPEN
    assert opened == [5.0, 10.0, 20.0, 30.0, 30.0, 30.0]
    b.success()  # through at last: the next opening starts short again
    b.failure()
    b.failure()
    assert b.retry_in() == 5.0 and b.reopened == 0


def test_breaker_keeps_a_retry_after_even_when_woken():
    now = [0.0]
    b = CircuitBreaker(lambda: now[0], threshold=1, cooldown=5.0, max_cooldown=30.0)
    b.failure(retry_after=40.0)  # HTTP 429 with Retry-After: 40
    assert b.retry_in() == 40.0
    now[0] = 10.0
    assert not b.wake() and b.retry_in() == 30.0  # the network is back, Shopify said wait
    now[0] = 40.0
    assert b.allow()


def test_woken_breaker_lets_its_probe_through_now_and_a_failed_probe_waits_longer():
    now = [0.0]
    b = CircuitBreaker(lambda: now[0], threshold=2, cooldown=5.0, max_cooldown=30.0)
    b.failure()
    b.failure()
    now[0] = 5.0
    b.failure()  # a failed probe: 10 s
    now[0] = 7.0
    assert b.retry_in() == 8.0
    assert b.wake() and b.state is CircuitState.HALF_OPEN and b.retry_in() == 0.0
    b.failure()  # still down after all: open again, for longer (no hammering)
    assert b.state is CircuitState.OPEN and b.retry_in() == 20.0
    b.wake()
    b.success()
    assert b.state is CircuitState.CLOSED and b.failures == 0
    assert b.wake()  # a closed breaker stays closed


def test_breaker_without_a_max_keeps_one_cooldown():
    now = [0.0]
    b = CircuitBreaker(lambda: now[0], threshold=1, cooldown=30.0)
    b.failure()
    now[0] = 30.0
    b.failure()
    assert b.retry_in() == 30.0


class _SaysWhenWaited:
    """Stands in for the breaker's lock and says when a thread has to wait for it."""

    def __init__(self, inner, waiting: threading.Event) -> None:
        self._inner = inner
        self._waiting = waiting

    def __enter__(self):
        if not self._inner.acquire(blocking=False):
            self._waiting.set()
            self._inner.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self._inner.release()


def _threads(*targets) -> list[Exception]:
    """Run each target on its own thread, all let go at once by a barrier; the errors."""
    start = threading.Barrier(len(targets))
    errors: list[Exception] = []

    def run(target) -> None:
        try:
            start.wait(timeout=30)
            target()
        except Exception as exc:  # noqa: BLE001 - reported by the test, not lost
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(t,), daemon=True) for t in targets]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
        assert not t.is_alive(), "a breaker call never returned"
    return errors


def test_a_wake_from_the_other_channel_waits_for_the_owners_success():
    """The other channel's wake() comes in the middle of the owner closing the breaker:
    it sees the breaker before or after success(), never half of each."""
    owner_moved = threading.Event()  # success() is done, or it waits for the wake
    go = threading.Event()
    waker: list[threading.Thread] = []

    def now() -> float:
        if threading.current_thread() in waker and not go.is_set():
            # The wake has read the breaker open; now the owner records a success.
            go.set()
            assert owner_moved.wait(timeout=30)
        return 1.0

    b = CircuitBreaker(now, threshold=1, cooldown=5.0)
    b.failure()  # open (the first tick): the owner's last call failed
    b._lock = _SaysWhenWaited(b._lock, owner_moved)  # type: ignore[attr-defined]
    woke: list[bool] = []

    def owner() -> None:
        assert go.wait(timeout=30)
        b.success()
        owner_moved.set()

    def other_channel() -> None:
        waker.append(threading.current_thread())
        woke.append(b.wake())

    assert _threads(owner, other_channel) == []
    assert woke == [True]
    assert b.state is CircuitState.CLOSED and b.failures == 0 and b.retry_in() == 0.0


def test_wake_allow_and_records_from_two_threads_leave_a_consistent_breaker():
    ticks = itertools.count()
    b = CircuitBreaker(lambda: float(next(ticks)), threshold=1, cooldown=3.0,
                       max_cooldown=12.0)

    def owner() -> None:  # the pass: asks, calls Shopify, records the outcome
        for i in range(3000):
            b.allow()
            b.failure(2.0 if i % 3 == 0 else None)
            b.allow()
            if i % 2:
                b.success()

    def other_channel() -> None:  # the central sync got through: wake the breaker
        for _ in range(3000):
            b.wake()
            b.allow()
            assert b.retry_in() >= 0.0

    switch = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # threads swap every few bytecodes: races show
    try:
        assert _threads(owner, other_channel) == []
    finally:
        sys.setswitchinterval(switch)
    b.success()
    assert b.state is CircuitState.CLOSED and b.failures == 0 and b.reopened == 0
