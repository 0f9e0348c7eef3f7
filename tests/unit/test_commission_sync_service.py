"""The central sync service against hand-written fakes: bisection, backoff, ordering."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime

import pytest
from apscheduler.schedulers.background import BackgroundScheduler

from pos_app.adapters.central.settings import central_settings
from pos_app.domain.clock import FixedClock
from pos_app.domain.errors import ConfigError
from pos_app.jobs.central_sync import SETTLE_JOB_ID, SYNC_JOB_ID, add_central_jobs
from pos_app.services.central_sync import (
    BatchRejected,
    CentralSync,
    CentralUnavailable,
    OutboxItem,
    PulledPeriodTotals,
    PulledPlan,
    PulledSetting,
    PulledStaff,
    PushItem,
    SyncState,
    SyncSummary,
    TerminalIdentity,
    backoff_seconds,
)


class FakeOutbox:
    def __init__(self, n: int) -> None:
        self.rows = {i: OutboxItem(i, f"op{i}", "sale", f"a{i}", f'{{"n": {i}}}', "x")
                     for i in range(1, n + 1)}
        self.status = dict.fromkeys(self.rows, "pending")
        self.errors: dict[int, str] = {}
        self.state = SyncState()

    def pending(self, topics: Sequence[str], limit: int, after_seq: int) -> list[OutboxItem]:
        return [self.rows[s] for s in sorted(self.rows)
                if self.status[s] == "pending" and s > after_seq][:limit]

    def mark_acked(self, seqs: Sequence[int]) -> None:
        for s in seqs:
            self.status[s] = "acked"

    def mark_rejected(self, reasons: Mapping[int, str]) -> None:
        for s, e in reasons.items():
            self.status[s] = "rejected"
            self.errors[s] = e

    def mark_failed(self, seqs: Sequence[int], error: str) -> None:
        for s in seqs:
            self.errors[s] = error

    def counts(self, topics: Sequence[str]) -> tuple[int, int]:
        v = list(self.status.values())
        return v.count("pending"), v.count("rejected")

    def apply_plans(self, plans: Sequence[PulledPlan], at: str) -> int:
        return len(plans)

    def apply_staff(self, staff: Sequence[PulledStaff]) -> int:
        return 0

    def apply_settings(self, settings: Sequence[PulledSetting]) -> int:
        return 0

    def apply_period_totals(self, totals: Sequence[PulledPeriodTotals], since: date,
                            as_of: str) -> int:
        self.other_tills = (list(totals), since, as_of)
        return len(totals)

    def load_state(self) -> SyncState:
        return self.state

    def save_state(self, state: SyncState) -> None:
        self.state = state


class FakeCentral:
    def __init__(self, bad: set[int] = frozenset(), down: bool = False) -> None:
        self.bad = bad
        self.down = down
        self.calls = 0
        self.stored: list[int] = []

    def push(self, identity: TerminalIdentity, items: Sequence[PushItem]) -> None:
        self.calls += 1
        if self.down:
            raise CentralUnavailable("connection refused")
        if any(i.seq in self.bad for i in items):
            raise BatchRejected("constraint violated")
        self.stored.extend(i.seq for i in items)

    def pull_plans(self, identity: TerminalIdentity) -> list[PulledPlan]:
        return [PulledPlan("p", None, 1, "d", "{}")]

    def pull_staff(self, identity: TerminalIdentity) -> list[PulledStaff]:
        return []

    def pull_settings(self, identity: TerminalIdentity) -> list[PulledSetting]:
        return []

    def pull_period_totals(self, identity: TerminalIdentity,
                           since: date) -> list[PulledPeriodTotals]:
        return []


CLOCK = FixedClock(datetime(2026, 11, 27, 9, 0, tzinfo=UTC))
ME = TerminalIdentity("S1", "T1")


def test_bisection_isolates_bad_rows_in_few_round_trips_and_keeps_order():
    outbox, central = FakeOutbox(1000), FakeCentral(bad={17, 600})
    pulled: list[int] = []
    s = CentralSync(outbox, central, ME, CLOCK, batch_size=1000, after_pull=pulled.append)
    summary = s.sync_once()
    assert summary.pushed == 998 and summary.rejected == 2 and summary.pending_left == 0
    assert {k for k, v in outbox.status.items() if v == "rejected"} == {17, 600}
    assert "constraint violated" in outbox.errors[17]
    assert central.stored == sorted(central.stored)  # sequence order preserved
    assert central.calls <= 2 * 2 * 10 + 1
    assert pulled == [1]


def test_offline_stops_the_round_keeps_rows_pending_and_backs_off():
    outbox, central = FakeOutbox(10), FakeCentral(down=True)
    s = CentralSync(outbox, central, ME, CLOCK, batch_size=4, jitter=lambda: 0.5)
    summary = s.sync_once()
    assert summary.error == "connection refused" and summary.pending_left == 10
    assert central.calls == 1 and outbox.state.failures == 1
    assert outbox.state.last_error == "connection refused"
    assert outbox.state.next_try_at == "2026-11-27T09:00:02.000000+00:00"
    assert s.sync_once().skipped_until == outbox.state.next_try_at
    assert central.calls == 1
    central.down = False
    assert s.sync_once(force=True).pushed == 10
    # Back online: the backoff is cleared and the success time is kept for the status bar;
    # the last error stays on record with its time (status: "last error 09:00 ...").
    at = "2026-11-27T09:00:00.000000+00:00"
    assert outbox.state == SyncState(last_success_at=at, last_error="connection refused",
                                     last_error_at=at, last_attempt_at=at)


def test_backoff_doubles_from_two_seconds_to_the_cap_with_jitter():
    assert [backoff_seconds(n, 0.5) for n in (1, 2, 3, 4, 5, 10, 50)] == \
        [2, 4, 8, 16, 30, 30, 30]
    assert backoff_seconds(1, 0.0) == 1.5 and backoff_seconds(1, 0.999999) < 2.5


def test_central_settings_from_config_and_env():
    cs = central_settings({"url": "postgresql://pos_t1@db/central", "batch_size": 500},
                          env={"POS_APP_STORE_ID": "S9"})
    assert (cs.url, cs.store_id, cs.batch_size) == ("postgresql://pos_t1@db/central", "S9", 500)
    assert central_settings({}, env={}).url is None
    with pytest.raises(ConfigError, match="password"):
        central_settings({"url": "postgresql://u:secret@db/c"}, env={})
    with pytest.raises(ConfigError, match="unknown keys"):
        central_settings({"passwd": "x"}, env={})


def test_jobs_are_single_instance_and_coalesced():
    scheduler = BackgroundScheduler(timezone=UTC)
    sync = CentralSync(FakeOutbox(0), FakeCentral(), ME, CLOCK)
    add_central_jobs(scheduler, sync, object(), run_now=False)  # type: ignore[arg-type]
    jobs = {j.id: j for j in scheduler.get_jobs()}
    assert set(jobs) == {SYNC_JOB_ID, SETTLE_JOB_ID}
    for job in jobs.values():
        assert job.max_instances == 1 and job.coalesce and job.misfire_grace_time >= 30


def test_other_tills_totals_are_pulled_every_few_rounds_not_every_round():
    from pos_app.services.central_sync import OTHER_TILLS_EVERY

    asked: list[date] = []

    class Counting(FakeCentral):
        def pull_period_totals(self, identity: TerminalIdentity,
                               since: date) -> list[PulledPeriodTotals]:
            asked.append(since)
            return []

    clock = FixedClock(datetime(2026, 11, 27, 9, 0, tzinfo=UTC))
    s = CentralSync(FakeOutbox(0), Counting(), ME, clock)
    for _ in range(3):
        assert s.sync_once().ok
    assert len(asked) == 1  # three rounds, one aggregate over the store's records
    clock.advance(seconds=OTHER_TILLS_EVERY.total_seconds())
    assert s.sync_once().ok and len(asked) == 2
    assert s.sync_once(force=True).ok and len(asked) == 3  # `sync --once` always pulls


def test_a_configuration_refusal_pauses_without_rejecting_and_a_restart_retries_at_once():
    """A central store that takes the terminal for another store: the round pauses
    before any push (nothing rejected, every row pending); the job's next runs back off,
    but a restarted app (a new CentralSync, the fixed configuration) tries at once."""

    class KnowsMe(FakeCentral):
        store = "S-real"

        def identity_problem(self, identity: TerminalIdentity) -> str | None:
            return None if identity.store_id == self.store else \
                f"configuration refused: [central] store_id is {identity.store_id!r}"

    outbox, central = FakeOutbox(5), KnowsMe()
    wrong = CentralSync(outbox, central, TerminalIdentity("S-wrong", "T1"), CLOCK,
                        jitter=lambda: 0.5)
    summary = wrong.sync_once()
    assert summary.paused and summary.rejected == 0 and summary.pending_left == 5
    assert central.calls == 0 and "store_id" in (summary.error or "")
    assert outbox.state.paused and outbox.state.failures == 1
    assert outbox.state.last_error_at == "2026-11-27T09:00:00.000000+00:00"
    assert wrong.sync_once().skipped_until == outbox.state.next_try_at  # the job waits

    fixed = CentralSync(outbox, central, TerminalIdentity("S-real", "T1"), CLOCK)
    summary = fixed.sync_once()  # not forced: the first round after a start
    assert summary.ok and summary.pushed == 5 and central.stored == [1, 2, 3, 4, 5]
    assert not outbox.state.paused and outbox.state.failures == 0


def test_wake_cuts_the_backoff_short_and_keeps_the_failure_count():
    outbox, central = FakeOutbox(3), FakeCentral(down=True)
    s = CentralSync(outbox, central, ME, CLOCK, jitter=lambda: 0.5)
    for _ in range(3):
        s.sync_once(force=True)
    assert outbox.state.failures == 3 and s.sync_once().skipped_until is not None
    assert s.wake()  # Shopify just got through: the network is back
    assert outbox.state.next_try_at is None and outbox.state.failures == 3
    assert not s.wake()  # nothing to cut short
    # Still down after all: this round waits as long as a 4th failure would (16 s).
    assert s.sync_once().error == "connection refused"
    assert outbox.state.next_try_at == "2026-11-27T09:00:16.000000+00:00"
    s.wake()
    central.down = False
    summary = s.sync_once()
    assert summary.pushed == 3 and summary.recovered
    assert not s.sync_once().recovered  # only the first round through


def test_a_wake_during_a_round_leaves_the_rounds_state_alone():
    """wake() runs on the Shopify job's thread: while a round runs it writes nothing (a
    state it read before the round's own write would undo the round's outcome)."""
    import threading

    entered, release = threading.Event(), threading.Event()

    class Slow(FakeCentral):
        def pull_plans(self, identity: TerminalIdentity) -> list[PulledPlan]:
            entered.set()
            release.wait(30)  # a safety net only: the test releases it
            return super().pull_plans(identity)

    outbox, central = FakeOutbox(2), Slow(down=True)
    s = CentralSync(outbox, central, ME, CLOCK, jitter=lambda: 0.5)
    s.sync_once(force=True)
    assert outbox.state.failures == 1 and outbox.state.next_try_at is not None
    central.down = False
    rounds: list[SyncSummary] = []
    round_ = threading.Thread(target=lambda: rounds.append(s.sync_once(force=True)))
    round_.start()
    try:
        assert entered.wait(30)
        assert not s.wake()  # the round is trying now: nothing to cut short
    finally:
        release.set()
        round_.join(30)
    assert rounds and rounds[0].ok and rounds[0].recovered
    assert outbox.state.failures == 0 and outbox.state.next_try_at is None


def test_wake_leaves_a_pause_for_a_person():
    outbox = FakeOutbox(1)
    s = CentralSync(outbox, FakeCentral(), ME, CLOCK)
    outbox.state = SyncState(failures=1, next_try_at="2026-11-27T09:00:02.000000+00:00",
                             paused=True)
    assert not s.wake() and outbox.state.next_try_at is not None


def test_a_round_through_after_failures_wakes_the_other_channel():
    from pos_app.jobs.central_sync import run_sync, wake_central_sync

    outbox, central = FakeOutbox(2), FakeCentral(down=True)
    s = CentralSync(outbox, central, ME, CLOCK, jitter=lambda: 0.5)
    woken: list[str] = []
    run_sync(s, on_back=lambda: woken.append("shopify"))
    assert woken == []
    central.down = False
    s.wake()
    run_sync(s, on_back=lambda: woken.append("shopify"))
    run_sync(s, on_back=lambda: woken.append("shopify"))
    assert woken == ["shopify"]
    # Shopify got through first: the central job runs now, its backoff cut short.
    scheduler = BackgroundScheduler(timezone=UTC)
    add_central_jobs(scheduler, s, None, run_now=False)
    outbox.state = SyncState(failures=2, next_try_at="2026-11-27T09:00:05.000000+00:00")
    assert scheduler.get_job(SYNC_JOB_ID).next_run_time is None
    wake_central_sync(scheduler, s)
    assert outbox.state.next_try_at is None
    assert scheduler.get_job(SYNC_JOB_ID).next_run_time is not None
