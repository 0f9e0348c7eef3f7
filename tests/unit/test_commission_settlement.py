"""Store-wide settlement rules and service against an in-memory central store: however a
period's sales are split over terminals, the store pays the plan applied to the whole
period, once."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from pos_app.domain.clock import FixedClock
from pos_app.domain.commission import (
    BP,
    STORE_WIDE_TERMINAL,
    SUPERSEDED,
    Bonus,
    CommissionLine,
    CommissionPlan,
    CommissionRecord,
    ItemClass,
    Match,
    Measure,
    PeriodKey,
    PeriodTotals,
    PlanBook,
    Rate,
    RateKind,
    RateRule,
    RecordKind,
    RecordStatus,
    Tier,
    TierMode,
    TierSchedule,
    commission_for_sale,
    period_record_id,
    settle_store_period,
    store_period_record_id,
)
from pos_app.jobs.central_sync import run_settlement, run_sync
from pos_app.services.central_sync import CentralUnavailable, SyncSummary
from pos_app.services.commission_settlement import (
    CommissionSettlement,
    SettlementInputs,
    SettlementResult,
    window_start,
)

NOV = date(2026, 11, 1)
AT = "2026-11-20T12:00:00.000000+00:00"


def make_plan(mode: TierMode = TierMode.MARGINAL, version: int = 1,
              rate_bp: int = 300) -> CommissionPlan:
    p = CommissionPlan(
        id="floor", name="Floor", currency="USD", effective_from=date(2026, 1, 1),
        version=version, rules=(RateRule(Match(), Rate(RateKind.PERCENT, rate_bp)),),
        tiers=TierSchedule(Measure.VALUE, mode, (Tier(0, 0), Tier(50_000, 150),
                                                  Tier(120_000, 275))),
        bonuses=(Bonus(Measure.VALUE, 100_000, 5_000), Bonus(Measure.UNITS, 30, 1_250)))
    p.validate()
    return p


@dataclass
class FakeCentral:
    """Commission records of stores, due periods and a lock, like the central tables."""

    plans: list[CommissionPlan]
    records: dict[str, tuple[str, CommissionRecord]] = field(default_factory=dict)
    due: dict[tuple[str, PeriodKey], list[int]] = field(default_factory=dict)  # mark, settled
    lock: threading.Lock = field(default_factory=threading.Lock)
    writes: int = 0

    def push(self, store: str, records: Sequence[CommissionRecord]) -> None:
        with self.lock:
            for r in records:
                old = self.records.get(r.id)
                if old is None or r.version > old[1].version:
                    self.records[r.id] = (store, r)
                if r.plan_id and r.period_start:
                    self.due.setdefault((store, PeriodKey(r.staff_id, r.plan_id,
                                                          r.period_start)), [0, 0])[0] += 1

    def of(self, store: str) -> list[CommissionRecord]:
        return [r for s, r in self.records.values() if s == store]

    @contextmanager
    def transaction(self, store_id: str) -> Iterator[_Tx]:
        with self.lock:
            yield _Tx(self, store_id)


@dataclass
class _Tx:
    central: FakeCentral
    store: str

    def read(self, since: date | None) -> SettlementInputs:
        due = {k: m[0] for (s, k), m in self.central.due.items()
               if s == self.store and m[0] > m[1]}
        totals: dict[PeriodKey, PeriodTotals] = {}
        for r in self.central.of(self.store):
            if r.kind not in (RecordKind.SALE, RecordKind.CLAWBACK) or \
                    r.status is not RecordStatus.OK or not r.plan_id or not r.period_start:
                continue
            key = PeriodKey(r.staff_id, r.plan_id, r.period_start)
            if key not in due and (since is None or r.period_start < since):
                continue
            t = totals.get(key, PeriodTotals())
            totals[key] = PeriodTotals(t.value + r.base, t.units + r.units,
                                       t.tier_paid + r.tier_part, t.amount + r.amount)
        keys = set(due) | set(totals)
        period = tuple(r for r in self.central.of(self.store)
                       if r.kind in (RecordKind.TIER_ADJUSTMENT, RecordKind.BONUS)
                       and r.plan_id and r.period_start
                       and PeriodKey(r.staff_id, r.plan_id, r.period_start) in keys)
        return SettlementInputs(PlanBook(tuple(self.central.plans)), due, totals, period)

    def write(self, records: Sequence[CommissionRecord],
              settled: Mapping[PeriodKey, int]) -> None:
        for r in records:
            old = self.central.records.get(r.id)
            assert old is None or r.version > old[1].version
            self.central.records[r.id] = (self.store, r)
            self.central.writes += 1
        for k, m in settled.items():
            entry = self.central.due[(self.store, k)]
            entry[1] = max(entry[1], m)


class FakeTerminal:
    """Sells with tier parts from its own records only, as a real terminal does."""

    def __init__(self, tid: str, plan: CommissionPlan) -> None:
        self.tid = tid
        self.plan = plan
        self.records: list[CommissionRecord] = []
        self.unpushed: list[CommissionRecord] = []
        self.n = 0

    def totals(self, staff: str) -> PeriodTotals:
        mine = [r for r in self.records if r.staff_id == staff]
        return PeriodTotals(sum(r.base for r in mine), sum(r.units for r in mine),
                            sum(r.tier_part for r in mine), sum(r.amount for r in mine))

    def sell(self, staff: str, base: int, units: int, day: date = date(2026, 11, 20)) -> None:
        line = CommissionLine(1, ItemClass("SKU"), units, base, ((staff, BP),))
        for lc in commission_for_sale([line], book=PlanBook((self.plan,)), roles={}, day=day,
                                      progress=lambda s, _p, _st: self.totals(s)):
            self.n += 1
            rec = CommissionRecord(
                id=f"{self.tid}-{self.n}", version=1, kind=RecordKind.SALE, status=lc.status,
                staff_id=staff, currency="USD", at=AT, terminal_id=self.tid, amount=lc.amount,
                base=lc.base, units=lc.units, rate_part=lc.rate_part, spiff_part=lc.spiff_part,
                tier_part=lc.tier_part, line_quantity=units, sale_id=f"{self.tid}-s{self.n}",
                line_no=1, plan_id=lc.plan_id, plan_version=lc.plan_version,
                period_start=lc.period_start)
            self.records.append(rec)
            self.unpushed.append(rec)

    def push(self, central: FakeCentral, store: str) -> None:
        central.push(store, self.unpushed)
        self.unpushed = []


def paid_for_period(central: FakeCentral, store: str, staff: str) -> tuple[int, int]:
    """(everything paid, of which rate and spiff parts) for the staff member's November."""
    recs = [r for r in central.of(store) if r.staff_id == staff and r.period_start == NOV]
    return sum(r.amount for r in recs), sum(r.rate_part + r.spiff_part for r in recs)


def expected(plan: CommissionPlan, sales: Sequence[tuple[int, int]]) -> int:
    value, units = sum(b for b, _ in sales), sum(u for _, u in sales)
    assert plan.tiers is not None
    return plan.tiers.commission(value, units) + plan.bonus_earned(value, units)


def settlement(central: FakeCentral, store: str = "S1",
               now: datetime = datetime(2026, 11, 28, 20, tzinfo=UTC)) -> CommissionSettlement:
    return CommissionSettlement(central, store, FixedClock(now))


def test_only_the_combined_period_crosses_the_tier_and_bonus_thresholds():
    plan = make_plan()
    central = FakeCentral([plan])
    t1, t2 = FakeTerminal("T1", plan), FakeTerminal("T2", plan)
    sales = [(30_000, 8), (25_000, 9), (28_000, 7), (30_000, 8)]
    t1.sell("ann", *sales[0])
    t2.sell("ann", *sales[1])
    t1.sell("ann", *sales[2])
    t2.sell("ann", *sales[3])
    # Each terminal alone is below the 100,000 bonus and 120,000 tier.
    assert t1.totals("ann").value < 100_000 and t2.totals("ann").value < 100_000
    t1.push(central, "S1")
    t2.push(central, "S1")
    result = settlement(central).settle()
    kinds = sorted(r.kind.value for r in result.records)
    assert kinds == ["bonus", "tier_adjustment"]
    bonus = next(r for r in result.records if r.kind is RecordKind.BONUS)
    assert bonus.amount == 5_000 + 1_250 and bonus.terminal_id == STORE_WIDE_TERMINAL
    assert bonus.id == store_period_record_id("S1", "floor", "ann", NOV, RecordKind.BONUS)
    total, rates = paid_for_period(central, "S1", "ann")
    assert total - rates == expected(plan, sales)
    assert settlement(central).settle().records == ()


def test_late_push_re_settles_with_a_higher_version_and_a_plan_edit_too():
    plan = make_plan()
    central = FakeCentral([plan])
    t1, t2 = FakeTerminal("T1", plan), FakeTerminal("T2", plan)
    t1.sell("ann", 60_000, 10)
    t2.sell("ann", 30_000, 5)
    t1.push(central, "S1")
    t2.push(central, "S1")
    first = settlement(central).settle()
    assert [(r.kind, r.version) for r in first.records] == [(RecordKind.TIER_ADJUSTMENT, 1)]
    t2.sell("ann", 40_000, 25)  # offline: sold in November, pushed in January
    t2.push(central, "S1")
    # The window (December and January) no longer holds November: it is due all the same.
    late = settlement(central, now=datetime(2027, 1, 15, 9, tzinfo=UTC)).settle()
    assert {r.kind: r.version for r in late.records} == {RecordKind.TIER_ADJUSTMENT: 2,
                                                         RecordKind.BONUS: 1}
    total, rates = paid_for_period(central, "S1", "ann")
    assert total - rates == expected(plan, [(60_000, 10), (30_000, 5), (40_000, 25)])
    # A plan edit re-settles the periods of the window with the new plan version.
    central.plans = [make_plan(version=2)]
    again = settlement(central).settle()
    assert {(r.kind, r.version, r.plan_version) for r in again.records} == {
        (RecordKind.TIER_ADJUSTMENT, 3, 2), (RecordKind.BONUS, 2, 2)}


def test_terminal_period_records_from_before_are_superseded_and_stores_stay_apart():
    plan = make_plan()
    central = FakeCentral([plan])
    t1 = FakeTerminal("T1", plan)
    t1.sell("ann", 110_000, 5)
    legacy = CommissionRecord(
        id=period_record_id("floor", "ann", NOV, RecordKind.BONUS), version=3,
        kind=RecordKind.BONUS, status=RecordStatus.OK, staff_id="ann", currency="USD", at=AT,
        terminal_id="T1", amount=5_000, plan_id="floor", plan_version=1, period_start=NOV)
    t1.unpushed.append(legacy)
    t1.push(central, "S1")
    other = FakeTerminal("T9", plan)
    other.sell("ann", 200_000, 40)
    other.push(central, "S2")
    before = {r.id: r for r in central.of("S2")}
    settlement(central).settle()
    old = central.records[legacy.id][1]
    assert (old.version, old.amount, old.reason) == (4, 0, SUPERSEDED)
    total, rates = paid_for_period(central, "S1", "ann")
    assert total - rates == expected(plan, [(110_000, 5)])
    assert {r.id: r for r in central.of("S2")} == before


def test_settle_store_period_is_a_pure_idempotent_rule():
    plan = make_plan(TierMode.WHOLE_PERIOD)
    key = PeriodKey("ann", "floor", NOV)
    totals = PeriodTotals(130_000, 12, 1_000)
    first = settle_store_period("S1", plan, key, totals, (), at=AT)
    assert [(r.kind, r.amount) for r in first] == [
        (RecordKind.TIER_ADJUSTMENT, 130_000 * 275 // BP - 1_000), (RecordKind.BONUS, 5_000)]
    assert settle_store_period("S1", plan, key, totals, first, at=AT) == []
    # Another store's ids never meet this store's.
    other = settle_store_period("S2", plan, key, totals, (), at=AT)
    assert {r.id for r in other}.isdisjoint({r.id for r in first})
    # Nothing earned and nothing recorded: nothing written.
    assert settle_store_period("S1", plan, key, PeriodTotals(10, 1), (), at=AT) == []
    assert window_start(date(2026, 1, 3)) == date(2025, 12, 1)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60_000), st.integers(1, 12),
                          st.integers(0, 2), st.sampled_from(("ann", "bob"))),
                min_size=1, max_size=14),
       st.sampled_from(list(TierMode)), st.lists(st.integers(0, 2), max_size=6))
def test_any_split_over_terminals_pays_the_plan_on_the_combined_period(sales, mode, runs_at):
    plan = make_plan(mode)
    central = FakeCentral([plan])
    terms = [FakeTerminal(f"T{i}", plan) for i in range(3)]
    for i, (base, units, where, staff) in enumerate(sales):
        terms[where].sell(staff, base, units)
        if i in runs_at:  # settle now and then while terminals push in any order
            terms[where].push(central, "S1")
            settlement(central).settle(full=False)
    for t in reversed(terms):
        t.push(central, "S1")
    settlement(central).settle(full=False)
    for staff in ("ann", "bob"):
        mine = [(b, u) for b, u, _, s in sales if s == staff]
        if not mine:
            continue
        total, rates = paid_for_period(central, "S1", staff)
        assert total - rates == expected(plan, mine)
    writes = central.writes
    assert settlement(central).settle().records == () and central.writes == writes



class _Sync:
    def __init__(self, summary: SyncSummary) -> None:
        self.summary = summary

    def sync_once(self) -> SyncSummary:
        return self.summary


class _Settlement:
    def __init__(self, fail: Exception | None = None) -> None:
        self.calls: list[bool] = []
        self.fail = fail

    def settle(self, *, full: bool = True) -> SettlementResult:
        self.calls.append(full)
        if self.fail is not None:
            raise self.fail
        return SettlementResult("S1", full, 0)


def test_the_sync_job_settles_after_a_good_round_and_never_raises():
    done = _Settlement()
    run_sync(_Sync(SyncSummary(pushed=3)), done)  # type: ignore[arg-type]
    run_sync(_Sync(SyncSummary(plans_applied=1)), done)  # type: ignore[arg-type]
    run_sync(_Sync(SyncSummary(error="offline")), done)  # type: ignore[arg-type]
    assert done.calls == [False, True]  # changed plans: the whole window
    offline = _Settlement(CentralUnavailable("gone"))
    assert run_sync(_Sync(SyncSummary()), offline) is not None  # type: ignore[arg-type]
    assert run_settlement(None, offline) == 0  # type: ignore[arg-type]
    assert offline.calls == [False, True]


class _Calculator:
    def __init__(self) -> None:
        self.calls: list[str] = []

    def recalculate(self) -> list[object]:
        self.calls.append("recalculate")
        return [object()]  # one needs-review record fixed

    def settle(self) -> list[object]:
        self.calls.append("settle")
        return []


def test_the_hourly_job_fixes_needs_review_records_before_settling():
    calc, done = _Calculator(), _Settlement()
    assert run_settlement(calc, done) == 1  # type: ignore[arg-type]
    assert calc.calls == ["recalculate", "settle"] and done.calls == [True]
