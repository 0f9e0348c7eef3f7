"""Commission rules: exact to the minor unit, split exactly, and fully reversible."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pos_app.domain.commission import (
    BP,
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
    PlanInvalid,
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
    period_end,
    period_start,
    progress_of,
    sale_plan_total,
    settle_period,
)
from pos_app.domain.money import round_fraction

DAY = date(2026, 11, 15)
STAFF = ("ann", "bob", "cy")
ROLES = {"ann": "cashier", "bob": "supervisor", "cy": "cashier"}


def plan(**kw: object) -> CommissionPlan:
    base: dict[str, object] = {
        "id": "p1", "name": "Floor", "currency": "USD", "effective_from": date(2026, 1, 1),
        "rules": (RateRule(Match(), Rate(RateKind.PERCENT, 500)),)}
    base.update(kw)
    p = CommissionPlan(**base)  # type: ignore[arg-type]
    p.validate()
    return p


def no_progress(_s: str, _p: CommissionPlan, _d: date) -> PeriodTotals:
    return PeriodTotals()


RICH = plan(
    rules=(RateRule(Match(), Rate(RateKind.PERCENT, 333)),
           RateRule(Match(product_type="shoes"), Rate(RateKind.PERCENT, 775)),
           RateRule(Match(sku="SKU-7"), Rate(RateKind.FIXED, 125)),
           RateRule(Match(role="supervisor"), Rate(RateKind.PERCENT, 417))),
    spiffs=(Spiff(Match(collection="summer"), 37),),
    tiers=TierSchedule(Measure.VALUE, TierMode.MARGINAL,
                       (Tier(0, 0), Tier(50_000, 150), Tier(200_000, 275))),
)

items = st.builds(
    ItemClass, sku=st.sampled_from(["SKU-1", "SKU-7", "SKU-9"]),
    product_type=st.sampled_from(["", "shoes", "hats"]),
    collections=st.sampled_from([frozenset(), frozenset({"summer"})]))


@st.composite
def attributions(draw: st.DrawFn) -> tuple[tuple[str, int], ...]:
    who = draw(st.lists(st.sampled_from(STAFF), min_size=1, max_size=3, unique=True))
    if len(who) == 1:
        return ((who[0], BP),)
    cuts = sorted(draw(st.lists(st.integers(1, BP - 1), min_size=len(who) - 1,
                                max_size=len(who) - 1, unique=True)))
    bps = [b - a for a, b in zip([0, *cuts], [*cuts, BP], strict=True)]
    return tuple(zip(who, bps, strict=True))


@st.composite
def sale_lines(draw: st.DrawFn) -> list[CommissionLine]:
    n = draw(st.integers(1, 8))
    out = []
    for i in range(1, n + 1):
        q = draw(st.integers(1, 20))
        out.append(CommissionLine(i, draw(items), q, draw(st.integers(0, 50_000)) * q,
                                  draw(attributions())))
    return out


progress_values = st.builds(PeriodTotals, value=st.integers(0, 400_000),
                            units=st.integers(0, 500))


@settings(max_examples=300, deadline=None)
@given(sale_lines(), progress_values)
def test_line_commissions_add_up_to_the_plan_applied_to_the_sale(lines, before):
    book = PlanBook((RICH,))

    def progress(_s: str, _p: CommissionPlan, _d: date) -> PeriodTotals:
        return before

    got = commission_for_sale(lines, book=book, roles=ROLES, day=DAY, progress=progress)
    assert sum(lc.amount for lc in got) == sale_plan_total(lines, book=book, roles=ROLES,
                                                           day=DAY, progress=progress)
    # Every attributed share got exactly one record, and shares split the base exactly.
    for line in lines:
        mine = [lc for lc in got if lc.line_no == line.line_no]
        assert sorted(lc.staff_id for lc in mine) == sorted(s for s, _ in line.attributions)
        assert sum(lc.base for lc in mine) == line.base
        assert sum(lc.units for lc in mine) == line.quantity


@settings(max_examples=200, deadline=None)
@given(sale_lines())
def test_per_staff_rate_total_is_the_exact_amount_rounded_once(lines):
    got = commission_for_sale(lines, book=PlanBook((RICH,)), roles=ROLES, day=DAY,
                              progress=no_progress)
    for staff in STAFF:
        exact = Fraction(0)
        for line in lines:
            for lc in got:
                if lc.line_no == line.line_no and lc.staff_id == staff:
                    r, s = RICH.line_exact(line.item, staff, ROLES[staff], base=lc.base,
                                           quantity=line.quantity, share_bp=lc.share_bp)
                    exact += r + s
        mine = [lc for lc in got if lc.staff_id == staff]
        assert abs(sum(lc.rate_part + lc.spiff_part for lc in mine) - exact) <= 1


def _record(lc, rid: str) -> CommissionRecord:
    return CommissionRecord(
        id=rid, version=1, kind=RecordKind.SALE, status=lc.status, staff_id=lc.staff_id,
        currency="USD", at="2026-11-15T10:00:00+00:00", terminal_id="T1", amount=lc.amount,
        base=lc.base, units=lc.units, rate_part=lc.rate_part, spiff_part=lc.spiff_part,
        tier_part=lc.tier_part, share_bp=lc.share_bp, line_quantity=lc.line_quantity,
        sale_id="s1", line_no=lc.line_no, plan_id=lc.plan_id, plan_version=lc.plan_version)


@settings(max_examples=300, deadline=None)
@given(sale_lines(), progress_values, st.data())
def test_a_sale_plus_its_full_return_in_any_parts_nets_to_zero(lines, before, data):
    got = commission_for_sale(lines, book=PlanBook((RICH,)), roles=ROLES, day=DAY,
                              progress=lambda *_: before)
    originals = [_record(lc, f"r{i}") for i, lc in enumerate(got)]
    clawed: list[CommissionRecord] = []
    for line in lines:
        done = 0
        while done < line.quantity:
            k = data.draw(st.integers(1, line.quantity - done))
            for orig in (o for o in originals if o.line_no == line.line_no):
                clawed.append(clawback(orig, original_quantity=line.quantity,
                                       already_returned=done, returning=k))
            done += k
    assert sum(o.amount for o in originals) + sum(c.amount for c in clawed) == 0
    assert sum(o.base for o in originals) + sum(c.base for c in clawed) == 0
    assert sum(o.tier_part for o in originals) + sum(c.tier_part for c in clawed) == 0
    for c in clawed:
        assert c.kind is RecordKind.CLAWBACK and c.of_record is not None
        assert c.amount == c.rate_part + c.spiff_part + c.tier_part


def test_partial_return_claws_back_at_the_original_rate():
    orig = CommissionRecord(id="r1", version=1, kind=RecordKind.SALE, status=RecordStatus.OK,
                            staff_id="ann", currency="USD", at="x", terminal_id="T1",
                            amount=1000, rate_part=1000, base=20_000, units=3,
                            line_quantity=3, sale_id="s", line_no=1)
    parts = [clawback(orig, original_quantity=3, already_returned=i, returning=1).amount
             for i in range(3)]
    assert parts == [-333, -334, -333]
    with pytest.raises(Exception, match="more than was sold"):
        clawback(orig, original_quantity=3, already_returned=2, returning=2)


@pytest.mark.parametrize("measure", [Measure.VALUE, Measure.UNITS])
def test_marginal_tiers_are_exact_at_every_boundary(measure):
    tiers = TierSchedule(measure, TierMode.MARGINAL,
                         (Tier(0, 100), Tier(1_000, 200), Tier(3_000, 300)))
    if measure is Measure.VALUE:
        assert tiers.commission(999, 0) == round_fraction(Fraction(999 * 100, BP))
        assert tiers.exact(1_000, 0) == Fraction(10)
        assert tiers.exact(1_001, 0) == Fraction(10) + Fraction(200, BP)
        assert tiers.exact(3_000, 0) == Fraction(10 + 40)
        assert tiers.exact(3_001, 0) == Fraction(50) + Fraction(300, BP)
    else:
        # 2,000 units: 1,000 at 1 %, 1,000 at 2 %: the value is spread over the units.
        assert tiers.exact(400_000, 2_000) == Fraction(400_000 * (1_000 * 100 + 1_000 * 200),
                                                       BP * 2_000)
    assert tiers.commission(0, 0) == 0
    assert tiers.commission(-5, -1) == 0


def test_whole_period_tier_applies_the_reached_rate_to_everything():
    tiers = TierSchedule(Measure.VALUE, TierMode.WHOLE_PERIOD,
                         (Tier(0, 100), Tier(100_000, 300)))
    assert tiers.commission(99_999, 0) == 1_000  # 999.99 rounds half up
    assert tiers.commission(100_000, 0) == 3_000
    assert tiers.reached(99_999, 0) == 0 and tiers.reached(100_000, 0) == 1


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(1, 40_000), min_size=1, max_size=30))
def test_tier_parts_of_a_period_telescope_to_the_period_commission(sales):
    p = plan(rules=(), tiers=TierSchedule(Measure.VALUE, TierMode.WHOLE_PERIOD,
                                          (Tier(0, 100), Tier(100_000, 250))))
    book = PlanBook((p,))
    totals = PeriodTotals()
    for n, base in enumerate(sales, start=1):
        got = commission_for_sale([CommissionLine(1, ItemClass("A"), 1, base, (("ann", BP),))],
                                  book=book, roles=ROLES, day=DAY,
                                  progress=lambda *_, t=totals: t)
        totals = PeriodTotals(totals.value + base, totals.units + 1,
                              totals.tier_paid + got[0].tier_part,
                              totals.amount + got[0].amount)
        assert n == totals.units
    assert totals.tier_paid == p.tiers.commission(totals.value, totals.units)  # type: ignore
    assert settle_period(p, totals).tier_adjustment == 0


def test_effective_dates_switch_plans_exactly_at_midnight_of_the_start_day():
    old = plan(id="old", effective_from=date(2026, 1, 1), effective_to=date(2026, 12, 1),
               rules=(RateRule(Match(), Rate(RateKind.PERCENT, 500)),))
    new = plan(id="new", effective_from=date(2026, 12, 1),
               rules=(RateRule(Match(), Rate(RateKind.PERCENT, 700)),))
    book = PlanBook((old, new))
    line = [CommissionLine(1, ItemClass("A"), 1, 10_001, (("ann", BP),))]
    on_last = commission_for_sale(line, book=book, roles=ROLES, day=date(2026, 11, 30),
                                  progress=no_progress)
    on_first = commission_for_sale(line, book=book, roles=ROLES, day=date(2026, 12, 1),
                                   progress=no_progress)
    assert (on_last[0].plan_id, on_last[0].amount) == ("old", 500)  # 500.05 -> 500
    assert (on_first[0].plan_id, on_first[0].amount) == ("new", 700)  # 700.07 -> 700


def test_rule_choice_is_the_most_specific_then_first_listed():
    p = RICH
    assert p.rate_for(ItemClass("SKU-7", "shoes"), "ann", "cashier") == Rate(RateKind.FIXED, 125)
    assert p.rate_for(ItemClass("SKU-1", "shoes"), "bob", "supervisor") == \
        Rate(RateKind.PERCENT, 775)
    assert p.rate_for(ItemClass("SKU-1", ""), "bob", "supervisor") == \
        Rate(RateKind.PERCENT, 417)
    assert p.rate_for(ItemClass("SKU-1", ""), "ann", "cashier") == Rate(RateKind.PERCENT, 333)


def test_plan_choice_prefers_the_most_specific_audience():
    everyone = plan(id="all")
    cashiers = plan(id="cashiers", roles=frozenset({"cashier"}))
    ann = plan(id="ann-only", staff_ids=frozenset({"ann"}))
    book = PlanBook((everyone, cashiers, ann))
    assert book.plan_for("ann", "cashier", DAY).id == "ann-only"
    assert book.plan_for("cy", "cashier", DAY).id == "cashiers"
    assert book.plan_for("bob", "supervisor", DAY).id == "all"


def test_no_plan_gives_needs_review_records_of_zero_never_an_error():
    book = PlanBook((), {"broken": "Plan broken is malformed: KeyError: 'currency'"})
    got = commission_for_sale([CommissionLine(1, ItemClass("A"), 2, 5_000,
                                              (("ann", 6_000), ("bob", 4_000)))],
                              book=book, roles=ROLES, day=DAY, progress=no_progress)
    assert [(g.staff_id, g.amount, g.status) for g in got] == [
        ("ann", 0, RecordStatus.NEEDS_REVIEW), ("bob", 0, RecordStatus.NEEDS_REVIEW)]
    assert "unreadable plans: broken" in got[0].reason


def test_bonus_and_progress_toward_the_next_tier():
    p = plan(tiers=TierSchedule(Measure.VALUE, TierMode.MARGINAL,
                                (Tier(0, 100), Tier(500_000, 200))),
             bonuses=(Bonus(Measure.VALUE, 1_000_000, 25_000), Bonus(Measure.UNITS, 50, 5_000)))
    start = period_start(PeriodKind.MONTH, DAY)
    prog = progress_of("ann", p, start, PeriodTotals(value=420_000, units=51, amount=9_000))
    assert (prog.tier_index, prog.next_threshold, prog.to_next) == (0, 500_000, 80_000)
    assert prog.bonus_earned == 5_000
    assert (prog.next_bonus_threshold, prog.next_bonus_amount) == (1_000_000, 25_000)
    assert prog.period_end == date(2026, 12, 1)
    assert settle_period(p, PeriodTotals(value=1_000_000, units=10)).bonus == 25_000


def test_periods():
    assert period_start(PeriodKind.MONTH, date(2026, 12, 31)) == date(2026, 12, 1)
    assert period_end(PeriodKind.MONTH, date(2026, 12, 1)) == date(2027, 1, 1)
    assert period_start(PeriodKind.WEEK, date(2026, 11, 29)) == date(2026, 11, 23)
    assert period_end(PeriodKind.WEEK, date(2026, 11, 23)) == date(2026, 11, 30)


@pytest.mark.parametrize("bad, message", [
    ({"rules": (RateRule(Match(), Rate(RateKind.PERCENT, 12_000)),)}, "over 100 %"),
    ({"rules": (), "spiffs": ()}, "pays nothing"),
    ({"effective_to": date(2025, 1, 1)}, "end after it starts"),
    ({"tiers": TierSchedule(Measure.VALUE, TierMode.MARGINAL, (Tier(10, 1),))}, "start at 0"),
    ({"spiffs": (Spiff(Match(), 10),)}, "say which items"),
])
def test_invalid_plans_are_refused_with_a_reason(bad, message):
    with pytest.raises(PlanInvalid, match=message):
        plan(**bad)


def test_plan_round_trips_through_its_stored_form_and_malformed_bodies_are_refused():
    again = CommissionPlan.from_dict(RICH.to_dict(), version=RICH.version)
    assert again == RICH
    body = RICH.to_dict()
    del body["currency"]
    with pytest.raises(PlanInvalid, match="malformed"):
        CommissionPlan.from_dict(body)
    body = RICH.to_dict()
    body["rules"][0]["value"] = "5"
    with pytest.raises(PlanInvalid, match="not a whole number"):
        CommissionPlan.from_dict(body)
