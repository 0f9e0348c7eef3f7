"""Pure shift rules and report arithmetic: validation, expected cash, variance, JSON, text."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_app.domain.errors import InputError, StateError
from pos_app.domain.shift import (
    MAX_AMOUNT,
    CashMovement,
    CashMovementError,
    CountError,
    FloatError,
    MovementKind,
    SalesFigures,
    Shift,
    ShiftClosed,
    ShiftFacts,
    ShiftInputError,
    ShiftStatus,
    TaxTotal,
    TenderTotals,
    XReport,
    ZReport,
    build_x_report,
    build_z_report,
    check_cash_out,
    close,
    new_cash_movement,
    new_shift,
    normalise_counts,
    tender_label,
    z_report_from_json,
    z_report_to_json,
)
from pos_app.services.report_text import render_x, render_z, render_z_list

T0 = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


def a_shift(float_minor: int = 10000, currency: str = "USD") -> Shift:
    return new_shift(shift_id="s1", terminal_id="T1", staff_id="alice",
                     float_minor=float_minor, currency=currency, at=T0)


def move(shift: Shift, kind: MovementKind, amount: int, n: int = 1,
         reason: str = "change") -> CashMovement:
    return new_cash_movement(shift, movement_id=f"m{n}", kind=kind, amount=amount,
                             reason=reason, staff_id="alice", at=T0 + timedelta(minutes=n))


def report(shift: Shift | None = None, *, tenders: tuple[TenderTotals, ...] = (),
           movements: tuple[CashMovement, ...] = (),
           sales: SalesFigures | None = None) -> XReport:
    shift = shift or a_shift()
    facts = ShiftFacts(sales=sales or SalesFigures(), tenders=tenders,
                       cash_movements=movements)
    return build_x_report(shift, facts, T0 + timedelta(hours=8))


def closed_report(x: XReport, counted: dict[str, int], z_no: int = 1) -> ZReport:
    closed = close(x.shift, staff_id="bob", at=T0 + timedelta(hours=8))
    return build_z_report(report_id="z1", z_no=z_no, x=replace(x, shift=closed),
                          counted=counted)


# ---- opening, closing, moving cash ------------------------------------------------------

def test_new_shift_is_open_with_its_float() -> None:
    s = a_shift(12345)
    assert (s.status, s.float_minor, s.opened_by, s.version) == (ShiftStatus.OPEN, 12345,
                                                                "alice", 1)
    assert s.is_open


def test_negative_float_is_an_input_error() -> None:
    with pytest.raises(FloatError, match=r"cannot be negative \(got -0\.01 USD\)") as info:
        a_shift(-1)
    assert isinstance(info.value, InputError)


def test_absurd_float_is_refused() -> None:
    with pytest.raises(FloatError, match="not plausible"):
        a_shift(MAX_AMOUNT + 1)


def test_money_is_never_a_float() -> None:
    with pytest.raises(TypeError, match="minor units"):
        a_shift(100.0)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        move(a_shift(), MovementKind.IN, 1.5)  # type: ignore[arg-type]


def test_a_staff_member_is_required() -> None:
    with pytest.raises(ShiftInputError, match="staff"):
        new_shift(shift_id="s", terminal_id="T1", staff_id=" ", float_minor=0,
                  currency="USD", at=T0)


def test_close_makes_a_new_closed_version() -> None:
    s = a_shift()
    c = close(s, staff_id="bob", at=T0 + timedelta(hours=1))
    assert (c.status, c.closed_by, c.version) == (ShiftStatus.CLOSED, "bob", 2)
    assert s.is_open  # the original value is untouched
    with pytest.raises(ShiftClosed) as info:
        close(c, staff_id="bob", at=T0)
    assert isinstance(info.value, StateError)


@pytest.mark.parametrize(("amount", "reason", "message"), [
    (0, "x", "more than zero"),
    (-1, "x", "more than zero"),
    (MAX_AMOUNT + 1, "x", "not plausible"),
    (100, "", "reason is required"),
    (100, " \t ", "reason is required"),
    (100, "x" * 201, "too long"),
])
def test_bad_cash_movements(amount: int, reason: str, message: str) -> None:
    for kind in MovementKind:
        with pytest.raises(CashMovementError, match=message):
            move(a_shift(), kind, amount, reason=reason)


def test_no_cash_movement_on_a_closed_shift() -> None:
    c = close(a_shift(), staff_id="bob", at=T0)
    with pytest.raises(ShiftClosed):
        move(c, MovementKind.IN, 100)


def test_cash_movement_reason_is_trimmed_and_signed() -> None:
    s = a_shift()
    assert move(s, MovementKind.IN, 500, reason="  safe ").reason == "safe"
    assert move(s, MovementKind.IN, 500).signed == 500
    assert move(s, MovementKind.OUT, 500).signed == -500


def test_cash_out_up_to_the_expected_cash_only() -> None:
    s = a_shift(5000)
    x = report(s, tenders=(TenderTotals("cash", 1, 0, 2000, 0),
                           TenderTotals("card", 3, 0, 90000, 0)))
    check_cash_out(x, 7000)
    with pytest.raises(CashMovementError, match=r"should only hold 70\.00 USD"):
        check_cash_out(x, 7001)


def test_cash_out_from_a_drawer_in_the_red_says_it_holds_nothing() -> None:
    x = report(a_shift(0), tenders=(TenderTotals("cash", 0, 1, 0, 500),))
    with pytest.raises(CashMovementError, match=r"only hold 0\.00 USD"):
        check_cash_out(x, 1)


# ---- X report arithmetic ----------------------------------------------------------------

def test_cash_is_always_listed_and_tenders_are_in_a_fixed_order() -> None:
    x = report(tenders=(TenderTotals("voucher", 1, 0, 100, 0),
                        TenderTotals("gift_card", 1, 0, 300, 0),
                        TenderTotals("card", 1, 0, 200, 0)))
    assert [t.tender for t in x.tenders] == ["cash", "card", "gift_card", "voucher"]
    assert x.tender("cash") == TenderTotals("cash")
    assert x.required_counts == ("cash", "card", "gift_card", "voucher")


def test_expected_per_tender() -> None:
    s = a_shift(10000)
    x = report(s, tenders=(TenderTotals("cash", 3, 1, 4500, 700),
                           TenderTotals("card", 2, 1, 9000, 1000)),
               movements=(move(s, MovementKind.IN, 2000, 1),
                          move(s, MovementKind.OUT, 300, 2),
                          move(s, MovementKind.OUT, 200, 3)))
    assert (x.cash_in_total, x.cash_out_total) == (2000, 500)
    assert x.cash_payments_net == 3800
    assert x.expected_cash == 10000 + 3800 + 2000 - 500
    assert x.expected == {"cash": 15300, "card": 8000}
    assert x.takings_total == 11800


def test_sales_figures_reconcile() -> None:
    sales = SalesFigures(transactions=3, sales_count=2, returns_count=1, items_sold=4,
                         items_returned=1, gross_sales=10000, discounts=1000, refunds=2000,
                         sales_total=7490,
                         tax_by_rate=(TaxTotal("A", "A tax", 400), TaxTotal("B", "B", 90)))
    assert sales.net_sales == 7000
    assert sales.tax_total == 490
    assert sales.tax_added == 490
    inclusive = replace(sales, sales_total=7000)
    assert inclusive.tax_added == 0


def test_movements_of_another_shift_are_a_bug() -> None:
    other = replace(a_shift(), id="s2")
    with pytest.raises(ValueError, match="another shift"):
        report(a_shift(), movements=(move(other, MovementKind.IN, 100),))


def test_x_report_needs_an_aware_time() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        build_x_report(a_shift(), ShiftFacts(), datetime(2026, 1, 1))


# ---- the blind count and the Z report ---------------------------------------------------

def test_counts_are_checked_without_giving_expected_amounts_away() -> None:
    x = report(a_shift(12345), tenders=(TenderTotals("card", 1, 0, 6789, 0),))
    with pytest.raises(CountError) as info:
        normalise_counts({"cash": 12345}, x)
    assert "missing: Card" in str(info.value)
    assert "123.45" not in str(info.value) and "67.89" not in str(info.value)


@pytest.mark.parametrize(("counted", "message"), [
    ({"cheque": 1, "cash": 0}, "Cannot count 'cheque'"),
    ({"cash": -1}, "cannot be negative"),
    ({"cash": 0, "Cash": 0}, "counted twice"),
    ({"cash": MAX_AMOUNT + 1}, "not plausible"),
    ({}, "missing: Cash"),
])
def test_bad_counts(counted: dict[str, int], message: str) -> None:
    with pytest.raises(CountError, match=message):
        normalise_counts(counted, report())


def test_count_names_are_forgiving_and_unused_tenders_may_be_counted() -> None:
    x = report(tenders=(TenderTotals("store_credit", 1, 0, 500, 0),))
    assert normalise_counts({" Cash ": 1, "Store credit": 500, "card": 0}, x) == {
        "cash": 1, "store_credit": 500, "card": 0}


def test_a_card_batch_may_be_negative() -> None:
    x = report(tenders=(TenderTotals("card", 0, 1, 0, 2500),))
    z = closed_report(x, {"cash": 10000, "card": -2500})
    assert z.variance == {"cash": 0, "card": 0}


def test_z_report_variances_and_totals() -> None:
    x = report(a_shift(10000), tenders=(TenderTotals("cash", 2, 0, 5000, 0),
                                        TenderTotals("card", 1, 0, 3000, 0)))
    z = closed_report(x, {"cash": 14950, "card": 3000, "gift_card": 200}, z_no=7)
    assert z.z_no == 7
    assert [(c.tender, c.expected, c.counted, c.variance) for c in z.counts] == [
        ("cash", 15000, 14950, -50), ("card", 3000, 3000, 0), ("gift_card", 0, 200, 200)]
    assert (z.total_expected, z.total_counted, z.total_variance) == (18000, 18150, 150)
    assert z.counted == {"cash": 14950, "card": 3000, "gift_card": 200}
    assert (z.closed_by, z.terminal_id, z.shift_id) == ("bob", "T1", "s1")


def test_a_z_report_needs_a_closed_shift() -> None:
    with pytest.raises(StateError, match="closed shift"):
        build_z_report(report_id="z", z_no=1, x=report(), counted={"cash": 10000})


def test_json_round_trip_and_tamper_check() -> None:
    s = a_shift(10000)
    x = report(s, tenders=(TenderTotals("cash", 2, 1, 5000, 300),),
               movements=(move(s, MovementKind.OUT, 100, reason="Stamps ✉"),),
               sales=SalesFigures(transactions=3, sales_count=2, returns_count=1,
                                  gross_sales=5000, refunds=300, sales_total=4700,
                                  tax_by_rate=(TaxTotal("VAT", "VAT 20 %", 783),)))
    z = closed_report(x, {"cash": 14600})
    text = z_report_to_json(z)
    assert z_report_from_json(text) == z
    assert z_report_to_json(z_report_from_json(text)) == text

    data = json.loads(text)
    data["report"]["cash"]["expected"] += 1
    with pytest.raises(ValueError, match="disagree"):
        z_report_from_json(json.dumps(data))
    data = json.loads(text)
    data["totals"]["variance"] = 1
    with pytest.raises(ValueError, match="does not agree"):
        z_report_from_json(json.dumps(data))
    data = json.loads(text)
    data["v"] = 99
    with pytest.raises(ValueError, match="version"):
        z_report_from_json(json.dumps(data))


# ---- properties -------------------------------------------------------------------------

amounts = st.integers(min_value=1, max_value=10**9)
cash_payments = st.lists(st.integers(min_value=-10**8, max_value=10**8).filter(bool),
                         max_size=30)
movements = st.lists(st.tuples(st.sampled_from(list(MovementKind)), amounts), max_size=10)


def _cash_totals(payments: list[int]) -> TenderTotals:
    return TenderTotals("cash", sum(p > 0 for p in payments), sum(p < 0 for p in payments),
                        sum(p for p in payments if p > 0), -sum(p for p in payments if p < 0))


@given(float_minor=st.integers(min_value=0, max_value=10**9), payments=cash_payments,
       moves=movements, card=st.integers(min_value=0, max_value=10**9),
       counted_cash=st.integers(min_value=0, max_value=10**10),
       counted_card=st.integers(min_value=-10**9, max_value=10**9))
def test_expected_cash_and_variance_properties(
        float_minor: int, payments: list[int], moves: list[tuple[MovementKind, int]],
        card: int, counted_cash: int, counted_card: int) -> None:
    s = a_shift(float_minor)
    mvs = tuple(move(s, kind, amount, n) for n, (kind, amount) in enumerate(moves))
    tenders = (_cash_totals(payments), TenderTotals("card", 1, 0, card, 0))
    x = report(s, tenders=tenders, movements=mvs)

    cash_in = sum(a for k, a in moves if k is MovementKind.IN)
    cash_out = sum(a for k, a in moves if k is MovementKind.OUT)
    assert x.expected_cash == float_minor + sum(payments) + cash_in - cash_out
    assert x.expected["card"] == card

    z = closed_report(x, {"cash": counted_cash, "card": counted_card})
    assert z.variance["cash"] == counted_cash - x.expected_cash
    assert z.variance["card"] == counted_card - card
    assert z.total_variance == sum(z.variance.values())
    assert z_report_from_json(z_report_to_json(z)) == z


@given(payments=cash_payments, float_minor=st.integers(min_value=0, max_value=10**6),
       amount=amounts)
def test_cash_out_is_allowed_exactly_up_to_expected(payments: list[int], float_minor: int,
                                                   amount: int) -> None:
    x = report(a_shift(float_minor), tenders=(_cash_totals(payments),))
    if amount <= x.expected_cash:
        check_cash_out(x, amount)
    else:
        with pytest.raises(CashMovementError):
            check_cash_out(x, amount)


# ---- plain-text rendering ---------------------------------------------------------------

def _full_z() -> ZReport:
    s = a_shift(15000)
    x = report(s, tenders=(TenderTotals("cash", 2, 1, 3125, 1063),
                           TenderTotals("card", 2, 0, 7059, 0),
                           TenderTotals("gift_card", 1, 0, 1000, 0)),
               movements=(move(s, MovementKind.IN, 2000, 1, "Change from the safe"),
                          move(s, MovementKind.OUT, 500, 2, "Milk")),
               sales=SalesFigures(transactions=5, sales_count=4, returns_count=1,
                                  voided_count=1, items_sold=5, items_returned=1,
                                  gross_sales=11000, discounts=500, refunds=1000,
                                  sales_total=10121,
                                  tax_by_rate=(TaxTotal("CITY", "City tax", 90),
                                               TaxTotal("STATE", "State tax", 531))))
    return closed_report(x, {"cash": 18560, "card": 7059, "gift_card": 1000}, z_no=12)


def test_render_z_shows_every_figure_right_aligned() -> None:
    z = _full_z()
    out = render_z(z, "Corner Shop", tz=UTC)
    lines = out.splitlines()
    assert all(len(line) <= 42 for line in lines)

    def value(label: str) -> str:
        hits = [ln for ln in lines if ln.startswith(label)]
        assert hits, label
        assert len(hits[0]) == 42  # right-aligned to the full width
        return hits[0][len(label):].strip()

    assert "Z REPORT No. 12" in out
    assert value("Gross sales") == "110.00 USD"
    assert value("Discounts") == "-5.00 USD"
    assert value("Refunds") == "-10.00 USD"
    assert value("Net sales") == "95.00 USD"
    assert value("Tax added") == "6.21 USD"
    assert value("Sales total") == "101.21 USD"
    assert value("STATE State tax") == "5.31 USD"
    assert value("Total takings") == "101.21 USD"
    assert value("Opening float") == "150.00 USD"
    assert value("Paid out") == "-5.00 USD"
    assert value("Expected in drawer") == "185.62 USD"
    assert value("  Short") == "-0.02 USD"
    assert value("Total short") == "-0.02 USD"
    assert value("Closed   ") == "2026-11-27 17:00 UTC"
    assert "Change from the safe" in out
    assert "Rounding" not in out  # takings equal sales: nothing to show


def test_render_x_is_marked_as_not_closing_and_shows_expected() -> None:
    z = _full_z()
    out = render_x(z.x, "Corner Shop", tz=UTC)
    assert "X REPORT" in out and "not a closing report" in out
    assert "Cash in drawer                  185.62 USD" in out
    assert "Gift card                        10.00 USD" in out


def test_render_zero_exponent_currency_and_long_labels() -> None:
    s = a_shift(5000, currency="JPY")
    x = report(s, movements=(move(s, MovementKind.OUT, 1200, 1,
                                  "A very long reason that will not fit on one line "
                                  "of a receipt printer at all"),))
    out = render_x(x, "A store with a name far too long for a narrow receipt", width=32)
    assert all(len(line) <= 32 for line in out.splitlines())
    assert "3,800 JPY" in out
    with pytest.raises(ValueError, match="at least"):
        render_x(x, "Shop", width=20)


@given(width=st.integers(min_value=32, max_value=80),
       minor=st.integers(min_value=-10**12, max_value=10**12))
def test_rendered_lines_never_exceed_the_width(width: int, minor: int) -> None:
    s = a_shift(abs(minor))
    x = report(s, tenders=(TenderTotals("cash", 1, 0, abs(minor), 0),),
               sales=SalesFigures(gross_sales=minor, sales_total=minor))
    z = closed_report(x, {"cash": abs(minor)})
    for out in (render_x(x, "Shop", width), render_z(z, "Shop", width),
                render_z_list([z], width)):
        assert all(len(line) <= width for line in out.splitlines())


def test_render_z_list() -> None:
    assert render_z_list([]) == "No Z reports yet\n"
    out = render_z_list([_full_z()], tz=UTC)
    assert "Z 12" in out and "bob" in out and "Short" in out


def test_tender_labels() -> None:
    assert tender_label("store_credit") == "Store credit"
    assert tender_label("voucher_x") == "Voucher x"
