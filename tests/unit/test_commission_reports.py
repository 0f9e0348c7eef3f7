"""The commission read model, plan drafts and the plan preview against hand-written fakes:
no Qt, no database."""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pos_app.domain.clock import FixedClock, iso
from pos_app.domain.commission import (
    Bonus,
    CommissionLine,
    CommissionPlan,
    CommissionRecord,
    ItemClass,
    Match,
    Measure,
    PeriodKind,
    PeriodTotals,
    PlanBook,
    Rate,
    RateKind,
    RateRule,
    RecordKind,
    RecordStatus,
    Spiff,
    Tier,
    TierMode,
    TierSchedule,
    clawback,
    commission_for_sale,
    period_record_id,
    period_start,
    settle_period,
)
from pos_app.domain.errors import Offline, PermissionDenied, StaleVersion
from pos_app.domain.permissions import Actor, Role
from pos_app.services.commission_plans import (
    BonusDraft,
    PlanDraft,
    PlanService,
    RuleDraft,
    SpiffDraft,
    TierDraft,
    draft_from_plan,
    parse_draft,
    plan_id_for,
    preview_plan,
)
from pos_app.services.commission_reports import (
    PAYROLL_COLUMNS,
    CommissionReportService,
    DayBucket,
    DaySegment,
    Directory,
    FallbackReports,
    Figure,
    Freshness,
    ReportFilter,
    ReportPeriod,
    ReportScope,
    SaleRef,
    StaffInfo,
    backoffice_sign_in,
    day_segments,
    money_text,
    payroll_csv,
    percent_text,
)

CHICAGO = ZoneInfo("America/Chicago")
NOW = datetime(2026, 11, 27, 18, 0, tzinfo=UTC)

PLAN = CommissionPlan(
    id="floor", name="Floor", currency="USD", effective_from=date(2026, 1, 1),
    rules=(RateRule(Match(), Rate(RateKind.PERCENT, 500)),),
    tiers=TierSchedule(Measure.VALUE, TierMode.WHOLE_PERIOD, (Tier(0, 0), Tier(10_000, 100))),
    bonuses=(Bonus(Measure.VALUE, 20_000, 1_500),),
)

# ---- a source in memory, aggregating exactly as the SQL does ---------------------------------


class MemorySource:
    def __init__(self, records: Sequence[tuple[str, CommissionRecord]], *,
                 staff: Sequence[StaffInfo] = (), plans: Sequence[CommissionPlan] = (PLAN,),
                 name: str = "central") -> None:
        self.rows = list(records)
        self.people = list(staff)
        self.plans = list(plans)
        self.name = name
        self.description = ("all stores and terminals" if name == "central"
                            else "this terminal's records only (T1)")
        self.fail: Exception | None = None
        self.calls = 0

    def _check(self) -> None:
        self.calls += 1
        if self.fail is not None:
            raise self.fail

    def _in(self, scope: ReportScope) -> list[CommissionRecord]:
        return [r for s, r in self.rows
                if (scope.store_id is None or s == scope.store_id)
                and (scope.terminal_id is None or r.terminal_id == scope.terminal_id)
                and (scope.staff_id is None or r.staff_id == scope.staff_id)]

    def directory(self) -> Directory:
        self._check()
        return Directory(tuple(sorted({s for s, _ in self.rows})),
                         tuple(sorted({(s, r.terminal_id) for s, r in self.rows})),
                         tuple(self.people))

    def staff(self) -> tuple[StaffInfo, ...]:
        self._check()
        return tuple(self.people)

    def plan_book(self) -> PlanBook:
        self._check()
        return PlanBook(tuple(self.plans))

    def day_buckets(self, scope: ReportScope, segments: Sequence[DaySegment],
                    bucket_of: Mapping[date, date] | None = None) -> list[DayBucket]:
        self._check()
        sums: dict[tuple[str, date, str], list[int]] = {}
        for r in self._in(scope):
            if r.kind not in (RecordKind.SALE, RecordKind.CLAWBACK):
                continue
            seg = next((g for g in segments if g.since <= r.at < g.until), None)
            if seg is None:
                continue
            day = (datetime.fromisoformat(r.at) + timedelta(minutes=seg.offset_minutes)).date()
            day = (bucket_of or {}).get(day, day)  # summed by bucket, as PostgreSQL does
            acc = sums.setdefault((r.staff_id, day, r.currency), [0] * 7)
            sale = r.kind is RecordKind.SALE
            for i, v in enumerate((r.base, r.units, r.amount if sale else 0,
                                   0 if sale else r.amount,
                                   int(r.status is RecordStatus.NEEDS_REVIEW), int(sale), 1)):
                acc[i] += v
        return [DayBucket(k[0], k[1], k[2], *v) for k, v in sums.items()]

    def period_records(self, scope: ReportScope, first_start: date,
                       before: date) -> list[CommissionRecord]:
        self._check()
        return [r for r in self._in(scope) if r.kind in (RecordKind.BONUS,
                                                         RecordKind.TIER_ADJUSTMENT)
                and r.period_start and first_start <= r.period_start < before]

    def period_totals(self, scope: ReportScope, keys: Collection[tuple[str, str, date]]) \
            -> dict[tuple[str, str, date], PeriodTotals]:
        self._check()
        out: dict[tuple[str, str, date], PeriodTotals] = {}
        for r in self._in(scope):
            if r.status is not RecordStatus.OK or r.plan_id is None or r.period_start is None:
                continue
            key = (r.staff_id, r.plan_id, r.period_start)
            if key not in keys:
                continue
            t = out.get(key, PeriodTotals())
            sale = r.kind in (RecordKind.SALE, RecordKind.CLAWBACK)
            out[key] = PeriodTotals(t.value + (r.base if sale else 0),
                                    t.units + (r.units if sale else 0),
                                    t.tier_paid + (r.tier_part if sale else 0),
                                    t.amount + r.amount)
        return out

    def records(self, scope: ReportScope, since: str, until: str) -> list[CommissionRecord]:
        self._check()
        return sorted((r for r in self._in(scope) if since <= r.at < until
                       and r.kind in (RecordKind.SALE, RecordKind.CLAWBACK)),
                      key=lambda r: (r.at, r.sale_id or "", r.line_no or 0, r.id))

    def records_by_id(self, ids: Collection[str]) -> list[CommissionRecord]:
        self._check()
        return [r for _, r in self.rows if r.id in ids]

    def needs_review(self, scope: ReportScope) -> list[CommissionRecord]:
        self._check()
        return [r for r in self._in(scope) if r.status is RecordStatus.NEEDS_REVIEW]

    def freshness(self, scope: ReportScope) -> Freshness:
        self._check()
        ats = [r.at for r in self._in(scope)]
        return Freshness(max(ats) if ats else None, None, 3 if self.name == "local" else None)


class Refs:
    def sale_refs(self, sale_ids: Collection[str]) -> Mapping[str, SaleRef]:
        return {"s1": SaleRef("T1", 41, {1: "Blue mug", 2: "Red hat"})} if "s1" in sale_ids \
            else {}


_ids = itertools.count(1)


def rec(staff: str, at: datetime, amount: int, *, base: int = 0, kind: RecordKind =
        RecordKind.SALE, status: RecordStatus = RecordStatus.OK, currency: str = "USD",
        sale: str | None = None, line: int = 1, terminal: str = "T1", units: int = 1,
        period: date | None = None, plan: str | None = "floor") -> CommissionRecord:
    n = next(_ids)
    return CommissionRecord(
        id=f"r{n}", version=1, kind=kind, status=status, staff_id=staff, currency=currency,
        at=iso(at), terminal_id=terminal, amount=amount, base=base,
        units={RecordKind.SALE: units, RecordKind.CLAWBACK: -units}.get(kind, 0),
        rate_part=amount if kind in (RecordKind.SALE, RecordKind.CLAWBACK) else 0,
        line_quantity=units if kind is RecordKind.SALE else -units,
        sale_id=sale or (f"sale-{n}" if kind in (RecordKind.SALE, RecordKind.CLAWBACK)
                         else None),
        line_no=line if kind in (RecordKind.SALE, RecordKind.CLAWBACK) else None,
        plan_id=plan, plan_version=1,
        period_start=period or (period_start(PeriodKind.MONTH, at.date()) if plan else None),
        of_record="x" if kind is RecordKind.CLAWBACK else None, sku="SKU-1")


def service(source: MemorySource, *, tz=None, now: datetime = NOW) -> CommissionReportService:
    return CommissionReportService(source, clock=FixedClock(now), currency="USD", tz=tz,
                                   sale_refs=Refs())


STAFF = (StaffInfo("ann", "Ann", "cashier", "S1"), StaffInfo("bob", "Bob", "cashier", "S1"),
         StaffInfo("cy", "Cy", "cashier", "S2"))
NOV = ReportPeriod.of("month", date(2026, 11, 5))


def t(day: int, hour: int = 15, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=UTC)


# ---- periods and time zones --------------------------------------------------------------


def test_periods_and_labels():
    d = date(2026, 11, 27)  # a Friday
    assert ReportPeriod.of("day", d) == ReportPeriod("day", d, date(2026, 11, 28))
    week = ReportPeriod.of("week", d)
    assert (week.start, week.end, week.label) == (date(2026, 11, 23), date(2026, 11, 30),
                                                  "Week of 23 Nov 2026")
    assert NOV.label == "November 2026" and NOV.days == 30 and NOV.last == date(2026, 11, 30)
    assert NOV.previous() == ReportPeriod.of("month", date(2026, 10, 1))
    year = ReportPeriod.of("year", d)
    assert (year.days, year.label, year.previous().start) == (365, "2026", date(2025, 1, 1))
    custom = ReportPeriod.custom(date(2026, 11, 3), date(2026, 11, 9))
    assert (custom.days, custom.label) == (7, "3 Nov – 9 Nov 2026")
    assert custom.previous() == ReportPeriod.custom(date(2026, 10, 27), date(2026, 11, 2))
    assert ReportPeriod.custom(date(2025, 12, 30), date(2026, 1, 2)).label == \
        "30 Dec 2025 – 2 Jan 2026"
    with pytest.raises(Exception, match="before its first day"):
        ReportPeriod.custom(d, d - timedelta(days=1))


def test_day_segments_split_exactly_at_the_dst_change():
    segs = day_segments(NOV, CHICAGO)  # CDT ends 1 Nov 2026 at 2:00 (07:00 UTC)
    assert segs == (
        DaySegment("2026-11-01T05:00:00.000000+00:00", "2026-11-01T07:00:00.000000+00:00", -300),
        DaySegment("2026-11-01T07:00:00.000000+00:00", "2026-12-01T06:00:00.000000+00:00", -360),
    )
    assert day_segments(NOV, None) == (DaySegment(
        "2026-11-01T00:00:00.000000+00:00", "2026-12-01T00:00:00.000000+00:00", 0),)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=365 * 24 * 60 - 1),
       st.sampled_from(["America/Chicago", "Europe/Berlin", "Australia/Lord_Howe",
                        "Asia/Kolkata", "UTC"]))
def test_the_segment_day_is_the_local_calendar_day(minute, zone):
    tz = ZoneInfo(zone)
    year = ReportPeriod.of("year", date(2026, 6, 1))
    segs = day_segments(year, tz)
    instant = datetime(2026, 1, 1, 12, tzinfo=UTC) + timedelta(minutes=minute)
    at = iso(instant)
    seg = next((s for s in segs if s.since <= at < s.until), None)
    local = instant.astimezone(tz).date()
    if not year.contains(local):
        assert seg is None
        return
    assert seg is not None
    assert (instant + timedelta(minutes=seg.offset_minutes)).date() == local


# ---- the report --------------------------------------------------------------------------


def nov_records():
    return [
        ("S1", rec("ann", t(3), 500, base=10_000, units=2, sale="s1")),
        ("S1", rec("ann", t(3), 100, base=2_000, units=1, sale="s1", line=2)),
        ("S1", rec("ann", t(9), -100, base=-2_000, kind=RecordKind.CLAWBACK)),
        ("S1", rec("bob", t(12), 0, base=5_000, status=RecordStatus.NEEDS_REVIEW, plan=None)),
        ("S1", rec("bob", t(12), 250, base=5_000)),
        ("S2", rec("cy", t(20), 900, base=18_000, terminal="T9")),
        # A bonus for November settled on 1 December belongs to November...
        ("S1", rec("ann", t(1, 0, month=12), 1_500, kind=RecordKind.BONUS,
                   period=date(2026, 11, 1))),
        # ...and one for October settled in November does not.
        ("S1", rec("bob", t(1, 3), 700, kind=RecordKind.BONUS, period=date(2026, 10, 1))),
        ("S1", rec("ann", t(4), 999, currency="EUR")),
        ("S1", rec("ann", t(2, 12, month=10), 5_000, base=99_000)),  # October
    ]


def test_report_figures_per_staff_and_team_series():
    src = MemorySource(nov_records(), staff=STAFF)
    r = service(src).report(ReportFilter(ReportScope(), NOV))
    assert [s.name for s in r.staff] == ["Ann", "Cy", "Bob"]
    ann, cy, bob = r.staff
    assert (ann.sales, ann.units, ann.sale_commission, ann.clawbacks, ann.bonuses) == \
        (10_000, 2, 600, -100, 1_500)
    assert ann.commission == 2_000 and ann.lines == 2
    assert (bob.sales, bob.commission, bob.needs_review) == (10_000, 250, 1)
    assert cy.commission == 900
    assert r.totals.commission == 3_150 and r.totals.sales == 38_000
    assert r.other_currencies == {"EUR": 1}
    assert r.info.source == "central" and r.info.as_of is not None
    # Tier progress of the plan period (November): Ann's ok sales net 10,000 reach tier 2.
    assert ann.tier is not None and (ann.tier.tier_number, ann.tier.next_threshold) == (2, None)
    assert ann.tier.text("USD") == "Tier 2 of 2 (1 %) · top tier"
    assert bob.tier is not None and bob.tier.to_next == 5_000 and bob.tier.fraction == 0.5
    assert bob.bonus is not None and bob.bonus.text("USD") == \
        "$0.00 earned · $150.00 to $15.00"
    # Day series: one point per day of November, up to today (the 27th).
    assert r.team.bucket == "day" and len(r.team.starts) == 27
    ann_series = r.team.series[0]
    assert ann_series.commission[2] == 600 and ann_series.commission[8] == -100
    assert ann_series.commission[26] == 1_500  # the bonus (dated ahead of the clock)
    assert sum(ann_series.commission) == ann.commission
    assert sum(ann_series.sales) == ann.sales


def test_filters_by_store_terminal_and_staff_and_week_buckets():
    src = MemorySource(nov_records(), staff=STAFF)
    svc = service(src)
    assert [s.staff_id for s in svc.report(ReportFilter(ReportScope("S2"), NOV)).staff] == ["cy"]
    assert [s.staff_id for s in svc.report(
        ReportFilter(ReportScope(terminal_id="T9"), NOV)).staff] == ["cy"]
    only_bob = svc.report(ReportFilter(ReportScope(staff_id="bob"), NOV))
    assert [s.staff_id for s in only_bob.staff] == ["bob"]
    year = svc.report(ReportFilter(ReportScope(), ReportPeriod.of("year", date(2026, 1, 1))))
    assert year.team.bucket == "week" and year.team.starts[0] == date(2025, 12, 29)
    assert sum(year.team.series[0].commission) == year.staff[0].commission
    empty = svc.report(ReportFilter(ReportScope(), ReportPeriod.of("month", date(2026, 2, 1))))
    assert empty.empty and empty.totals.commission == 0


def test_local_days_follow_the_store_time_zone():
    # 03:00 UTC on 1 Dec is still 30 Nov in Chicago.
    late = rec("ann", datetime(2026, 12, 1, 3, tzinfo=UTC), 400, base=8_000)
    src = MemorySource([("S1", late)], staff=STAFF)
    later = datetime(2026, 12, 2, tzinfo=UTC)
    chicago = service(src, tz=CHICAGO, now=later).report(ReportFilter(ReportScope(), NOV))
    utc = service(src, now=later).report(ReportFilter(ReportScope(), NOV))
    assert chicago.totals.commission == 400 and chicago.team.series[0].commission[29] == 400
    assert utc.empty


def test_drill_down_lists_the_records_behind_each_figure():
    src = MemorySource(nov_records(), staff=STAFF)
    svc = service(src)
    f = ReportFilter(ReportScope(), NOV)
    every = svc.drill_down(f, "ann")
    assert [(r.receipt, r.line, r.kind_label, r.commission) for r in every.rows] == [
        ("#41 · T1", "1 · Blue mug", "Sale", 500),
        ("#41 · T1", "2 · Red hat", "Sale", 100),
        (every.rows[2].receipt, "1 · SKU-1", "Return (clawback)", -100),
        ("—", "Bonus for the period from 1 Nov 2026", "Bonus", 1_500),
    ]
    assert every.rows[2].receipt.startswith("T1 · sale …")
    assert every.total_commission == 2_000 and every.name == "Ann"
    assert [r.commission for r in svc.drill_down(f, "ann", Figure.CLAWBACKS).rows] == [-100]
    assert [r.kind for r in svc.drill_down(f, "ann", Figure.BONUSES).rows] == [RecordKind.BONUS]
    review = svc.drill_down(f, "bob", Figure.NEEDS_REVIEW)
    assert [(r.status_label, r.sales) for r in review.rows] == [("Needs review", 5_000)]
    assert [r.staff_name for r in svc.needs_review(ReportScope()).rows] == ["Bob"]


def test_fallback_uses_local_data_when_the_central_database_is_offline():
    central = MemorySource(nov_records(), staff=STAFF)
    local = MemorySource([r for r in nov_records() if r[0] == "S1"], staff=STAFF, name="local")
    clock = FixedClock(NOW)
    reports = FallbackReports(service(central), service(local), clock=clock,
                              retry_after=timedelta(seconds=60))
    f = ReportFilter(ReportScope(), NOV)
    assert reports.report(f).info.source == "central"

    central.fail = Offline("The central database db.example cannot be reached: refused")
    r = reports.report(f)
    assert (r.info.source, r.info.degraded) == ("local", True)
    assert r.info.note == "The central database db.example cannot be reached (since 18:00)"
    assert r.info.detail == "The central database db.example cannot be reached: refused"
    assert r.info.banner.startswith(
        "Offline: The central database db.example cannot be reached (since 18:00). "
        "Local data · this terminal's records only (T1) · as of 1 Dec 2026 00:00")
    assert "3 record(s) not yet sent" in r.info.banner
    assert [s.staff_id for s in r.staff] == ["ann", "bob"]
    # Within the back-off the central database is not asked again...
    calls = central.calls
    assert reports.drill_down(f, "ann").info.source == "local" and central.calls == calls
    # ...until it passes, or someone presses Refresh.
    central.fail = None
    reports.retry_central()
    assert reports.needs_review(ReportScope()).info.source == "central"
    central.fail = Offline("down")
    assert reports.filters().info.note == "down (since 18:00)"
    clock.advance(seconds=61)
    central.fail = None
    assert reports.preview_inputs(f).info.source == "central"

    central.fail = RuntimeError("a bug, not the network")
    with pytest.raises(RuntimeError):
        reports.report(f)


def test_payroll_csv_has_one_plain_row_per_staff_member():
    r = service(MemorySource(nov_records(), staff=STAFF)).report(ReportFilter(ReportScope(),
                                                                             NOV))
    rows = list(csv.reader(io.StringIO(payroll_csv(r))))
    assert tuple(rows[0]) == PAYROLL_COLUMNS
    assert rows[1][:13] == ["ann", "Ann", "2026-11-01", "2026-11-30", "USD", "100.00", "2",
                            "6.00", "-1.00", "0.00", "15.00", "20.00", "0"]
    assert rows[1][13] == "central" and rows[1][14].startswith("2026-12-01T00:00")
    assert len(rows) == 4


def test_text_formats():
    assert money_text(123_456, "USD") == "$1,234.56"
    assert money_text(-1_200, "USD") == "-$12.00"
    assert money_text(500, "JPY") == "¥500"
    assert money_text(1_000, "SEK") == "10.00 SEK"
    assert (percent_text(500), percent_text(525), percent_text(550)) == ("5 %", "5.25 %",
                                                                          "5.5 %")


# ---- who may do what ---------------------------------------------------------------------


def test_only_supervisors_and_up_open_the_back_office():
    def auth(pin, _staff):
        return {"1": Actor("c", Role.CASHIER), "2": Actor("s", Role.SUPERVISOR)}[pin]

    assert backoffice_sign_in(auth, "2").staff_id == "s"
    with pytest.raises(PermissionDenied, match="A cashier cannot open the back office"):
        backoffice_sign_in(auth, "1")


class FakeStore:
    def __init__(self) -> None:
        self.saved: list[tuple[CommissionPlan, int, str | None]] = []
        self.version = {"floor": 3}

    def save_plan(self, plan, *, expected_version, by=None):
        if self.version.get(plan.id, 0) != expected_version:
            raise StaleVersion(expected_version, self.version.get(plan.id, 0))
        self.version[plan.id] = expected_version + 1
        self.saved.append((plan, expected_version, by))
        return replace(plan, version=expected_version + 1)

    def plans(self):
        return [replace(PLAN, version=self.version["floor"])]


class NoItems:
    def item_classes(self, skus):
        return {}


def test_saving_a_plan_is_for_managers_and_owners_only_and_compares_versions():
    store = FakeStore()
    reports = service(MemorySource([], staff=STAFF))
    plans = PlanService(store, reports, NoItems())
    for role in (Role.CASHIER, Role.SUPERVISOR):
        with pytest.raises(PermissionDenied, match="change commission plans"):
            plans.save(Actor("x", role), PLAN, expected_version=3)
    with pytest.raises(PermissionDenied, match="Nobody is signed in"):
        plans.save(None, PLAN, expected_version=3)
    assert store.saved == []
    saved = plans.save(Actor("m", Role.MANAGER), PLAN, expected_version=3)
    assert saved.version == 4 and store.saved[0][2] == "m"
    with pytest.raises(StaleVersion):
        plans.save(Actor("o", Role.OWNER), PLAN, expected_version=3)
    listed = plans.plans()
    assert listed.editable and [p.version for p in listed.plans] == [4]
    offline = PlanService(None, reports, NoItems(), local_plans=lambda: [PLAN])
    with pytest.raises(Offline):
        offline.save(Actor("m", Role.MANAGER), PLAN, expected_version=3)
    assert not offline.plans().editable and offline.plans().plans == (PLAN,)


# ---- drafts ------------------------------------------------------------------------------


NAMES = {"ann": "Ann", "bob": "Bob"}


def good_draft(**kw) -> PlanDraft:
    base = PlanDraft(
        id="floor", name="Floor", currency="USD", effective_from=date(2026, 1, 1),
        rules=(RuleDraft(value="5"), RuleDraft(product_type="shoes", value="10.5"),
               RuleDraft(sku="GIFT", kind="fixed", value="1.25", staff="Bob")),
        spiffs=(SpiffDraft(collection="promo", amount="0.50"),),
        tiers_on=True, tiers=(TierDraft("0", "0"), TierDraft("100.00", "1")),
        bonuses=(BonusDraft("value", "200", "15"), BonusDraft("units", "50", "5")))
    return replace(base, **kw)


def test_a_good_draft_is_the_plan_and_round_trips():
    got = parse_draft(good_draft(), staff=NAMES)
    assert got.ok and got.plan is not None
    plan = got.plan
    assert [r.rate for r in plan.rules] == [Rate(RateKind.PERCENT, 500),
                                           Rate(RateKind.PERCENT, 1050),
                                           Rate(RateKind.FIXED, 125)]
    assert plan.rules[2].match.staff_id == "bob"
    assert plan.tiers is not None and plan.tiers.tiers == (Tier(0, 0), Tier(10_000, 100))
    assert plan.bonuses == (Bonus(Measure.VALUE, 20_000, 1_500), Bonus(Measure.UNITS, 50, 500))
    again = parse_draft(draft_from_plan(plan, staff=NAMES), staff=NAMES)
    assert again.plan == plan
    assert plan_id_for("Floor staff 2027!", {"floor-staff-2027"}) == "floor-staff-2027-2"


@pytest.mark.parametrize(("change", "key", "message"), [
    ({"name": " "}, "name", "Give the plan a name"),
    ({"currency": "dollars"}, "currency", "not a currency code"),
    ({"effective_to": date(2025, 1, 1)}, "effective_to", "must end after it starts"),
    ({"staff": "Ann, Zed"}, "staff", "No staff member called “Zed”"),
    ({"roles": "cashier, boss"}, "roles", "“boss” is not a role"),
    ({"rules": (RuleDraft(value="5.555"),)}, "rules.1.value", "at most two decimals"),
    ({"rules": (RuleDraft(value="120"),)}, "rules.1.value", "over 100 %"),
    ({"rules": (RuleDraft(value="-1"),)}, "rules.1.value", "must not be negative"),
    ({"rules": (RuleDraft(kind="fixed", value="1.234"),)}, "rules.1.value",
     "at most 2 decimal(s) for USD"),
    ({"rules": (RuleDraft(sku="X"),)}, "rules.1.value", "Enter the rate"),
    ({"spiffs": (SpiffDraft(amount="1"),)}, "spiffs.1.sku", "Say which items"),
    ({"tiers": (TierDraft("10", "1"),)}, "tiers.1.threshold", "must start at 0"),
    ({"tiers": (TierDraft("0", "1"), TierDraft("0", "2"))}, "tiers.2.threshold",
     "start above the one before"),
    ({"tiers": ()}, "tiers", "at least one tier"),
    ({"bonuses": (BonusDraft("value", "0", "5"),)}, "bonuses.1.threshold", "more than 0"),
    ({"bonuses": (BonusDraft("units", "1.5", "5"),)}, "bonuses.1.threshold",
     "whole number of units"),
])
def test_each_mistake_is_reported_on_its_field(change, key, message):
    got = parse_draft(good_draft(**change), staff=NAMES)
    assert not got.ok
    assert message in got.for_key(key), got.errors


def test_a_plan_that_pays_nothing_says_so():
    got = parse_draft(PlanDraft(id="x", name="X"), staff=NAMES)
    assert [e.key for e in got.errors] == ["plan"] and "pays nothing" in got.errors[0].message


# ---- the preview pays what the calculator pays -------------------------------------------

ITEMS = {"S1": ItemClass("S1", "shoes"), "S2": ItemClass("S2", "hats", frozenset({"promo"})),
         "S3": ItemClass("S3")}
ROLES = {"ann": "cashier", "bob": "cashier", "cy": "supervisor"}


def calculator_run(plan: CommissionPlan, events) -> tuple[list[CommissionRecord], dict[str, int]]:
    """The calculator's rules, as the domain runs them for a terminal, over a sequence of
    sales and returns; then the period settlement. Returns records and what each earned."""
    book = PlanBook((plan,))
    totals: dict[tuple[str, date], PeriodTotals] = {}
    records: list[CommissionRecord] = []
    by_line: dict[tuple[str, int], list[CommissionRecord]] = {}
    returned: dict[tuple[str, int], int] = {}
    ids = itertools.count(1)
    at0 = datetime(2026, 11, 2, 9, tzinfo=UTC)

    def add(r: CommissionRecord) -> None:
        records.append(r)
        if r.status is RecordStatus.OK and r.period_start is not None:
            k = (r.staff_id, r.period_start)
            p = totals.get(k, PeriodTotals())
            totals[k] = PeriodTotals(p.value + r.base, p.units + r.units,
                                     p.tier_paid + r.tier_part, p.amount + r.amount)

    for n, ev in enumerate(events):
        at = at0 + timedelta(hours=7 * n)
        day = at.date()
        sale_id = f"sale-{n:03d}"
        if ev[0] == "sale":
            lines = [CommissionLine(i + 1, ITEMS[sku], qty, base, attrs)
                     for i, (sku, qty, base, attrs) in enumerate(ev[1])]
            got = commission_for_sale(
                lines, book=book, roles=ROLES, day=day,
                progress=lambda s, p, st_: totals.get((s, st_), PeriodTotals()))
            for lc in got:
                r = CommissionRecord(
                    id=f"r{next(ids)}", version=1, kind=RecordKind.SALE, status=lc.status,
                    staff_id=lc.staff_id, currency="USD", at=iso(at), terminal_id="T1",
                    amount=lc.amount, base=lc.base, units=lc.units, rate_part=lc.rate_part,
                    spiff_part=lc.spiff_part, tier_part=lc.tier_part, share_bp=lc.share_bp,
                    line_quantity=lc.line_quantity, sale_id=sale_id, line_no=lc.line_no,
                    plan_id=lc.plan_id, plan_version=lc.plan_version,
                    period_start=lc.period_start, sku=ev[1][lc.line_no - 1][0])
                by_line.setdefault((sale_id, lc.line_no), []).append(r)
                add(r)
        else:
            _, (orig_sale, line_no, qty) = ev
            originals = by_line.get((orig_sale, line_no))
            if not originals:
                continue
            done = returned.get((orig_sale, line_no), 0)
            qty = min(qty, originals[0].line_quantity - done)
            if qty <= 0:
                continue
            returned[(orig_sale, line_no)] = done + qty
            for orig in originals:
                cb = clawback(orig, original_quantity=orig.line_quantity, already_returned=done,
                              returning=qty)
                add(replace(cb, id=f"r{next(ids)}", at=iso(at), sale_id=sale_id, line_no=1,
                            return_of_sale=orig_sale, return_of_line=line_no,
                            period_start=period_start(plan.period, day)))
    earned: dict[str, int] = {}
    for r in records:
        earned[r.staff_id] = earned.get(r.staff_id, 0) + r.amount
    for (staff, start), tot in totals.items():
        s = settle_period(plan, tot)
        for kind, amount in ((RecordKind.TIER_ADJUSTMENT, s.tier_adjustment),
                             (RecordKind.BONUS, s.bonus)):
            if amount:
                earned[staff] = earned.get(staff, 0) + amount
                assert period_record_id(plan.id, staff, start, kind)
    return records, earned


attribution = st.sampled_from([(("ann", 10_000),), (("bob", 10_000),),
                               (("ann", 7_000), ("bob", 3_000)), (("cy", 10_000),),
                               (("ann", 3_333), ("cy", 6_667))])
line = st.tuples(st.sampled_from(sorted(ITEMS)), st.integers(1, 4), st.integers(1, 40_000),
                 attribution)
sale_event = st.tuples(st.just("sale"), st.lists(line, min_size=1, max_size=4))
return_event = st.tuples(st.just("return"), st.tuples(
    st.integers(0, 30).map(lambda i: f"sale-{i:03d}"), st.integers(1, 4), st.integers(1, 4)))
plans = st.builds(
    lambda mode, measure, spiff, bonus_at: CommissionPlan(
        id="p", name="P", currency="USD", effective_from=date(2026, 1, 1),
        rules=(RateRule(Match(), Rate(RateKind.PERCENT, 333)),
               RateRule(Match(product_type="shoes"), Rate(RateKind.PERCENT, 1_050)),
               RateRule(Match(sku="S3", role="supervisor"), Rate(RateKind.FIXED, 75))),
        spiffs=(Spiff(Match(collection="promo"), spiff),),
        tiers=TierSchedule(measure, mode, (Tier(0, 0), Tier(30_000 if measure is Measure.VALUE
                                                             else 6, 150),
                                           Tier(90_000 if measure is Measure.VALUE else 15,
                                                275))),
        bonuses=(Bonus(Measure.VALUE, bonus_at, 2_500),)),
    st.sampled_from(TierMode), st.sampled_from(Measure), st.integers(0, 99),
    st.integers(1, 200_000))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans, st.lists(st.one_of(sale_event, sale_event, return_event), min_size=1,
                       max_size=25))
def test_previewing_a_plan_over_its_own_records_pays_exactly_what_it_paid(plan, events):
    records, earned = calculator_run(plan, events)
    shuffled = list(reversed(records))  # the preview orders the records itself
    got = preview_plan(plan, shuffled, roles=ROLES, items=ITEMS)
    assert {s: p.amount for s, p in got.by_staff.items() if p.amount or s in earned} == \
        {s: a for s, a in earned.items() if a or s in got.by_staff}
    assert got.skipped == 0 and got.approximated == 0


def test_preview_of_another_plan_and_what_it_leaves_out():
    records, _ = calculator_run(PLAN, [("sale", [("S1", 1, 10_000, (("ann", 10_000),)),
                                                 ("S2", 2, 4_000, (("cy", 10_000),))]),
                                       ("return", ("sale-000", 1, 1))])
    doubled = replace(PLAN, rules=(RateRule(Match(), Rate(RateKind.PERCENT, 1_000)),),
                      roles=frozenset({"cashier"}))
    got = preview_plan(doubled, records, roles=ROLES, items=ITEMS)
    assert set(got.by_staff) == {"ann"} and got.by_staff["ann"].amount == 0
    assert got.not_covered == 1
    # The return's original sold before the period: priced alone, without tier parts.
    only_return = [r for r in records if r.kind is RecordKind.CLAWBACK]
    originals = {r.id: r for r in records if r.kind is RecordKind.SALE}
    got = preview_plan(doubled, only_return, roles=ROLES, items=ITEMS, originals=originals)
    assert got.by_staff["ann"].amount == -1_000 and got.approximated == 1
    assert preview_plan(doubled, only_return, roles=ROLES, items=ITEMS).skipped == 1
