"""The counter facade's permission checks, without widgets (the UI is not the guard)."""

from __future__ import annotations

import pytest

from pos_app.domain.errors import PermissionDenied, ReturnError, StateError
from pos_app.services.counter import ReturnChoice


def test_no_receipt_return_and_price_override_need_a_manager(terminal):
    counter = terminal.services.counter
    terminal.login("cashier")
    code = terminal.barcodes(1)[0]
    with pytest.raises(PermissionDenied, match="Manager approval needed: return no receipt"):
        counter.return_without_receipt(code)
    # A cashier chosen as approver: the same answer as a wrong PIN (tests/ui/test_trust.py).
    with pytest.raises(PermissionDenied, match="Wrong PIN or not allowed"):
        counter.return_without_receipt(code, approver_pin=terminal.approval("cashier"))
    # Approved, it still needs one of the store's reasons (invariants.RETURN_REASON).
    with pytest.raises(ReturnError, match="Give a reason"):
        counter.return_without_receipt(code, approver_pin=terminal.approval("manager"))
    view = counter.return_without_receipt(code, approver_pin=terminal.approval("manager"),
                                          reason="Faulty")
    assert view.lines[0].quantity == -1 and view.total_minor < 0

    view = counter.scan(code)
    sold = view.lines[-1].no
    with pytest.raises(PermissionDenied):
        counter.override_price(sold, 1)
    view = counter.override_price(sold, 1, approver_pin=terminal.approval("supervisor"))
    assert next(ln for ln in view.lines if ln.no == sold).unit_price == "$0.01"


def test_nothing_sells_before_sign_in_or_without_a_shift(terminal):
    counter = terminal.services.counter
    with pytest.raises(PermissionDenied, match="Sign in first"):
        counter.scan(terminal.barcodes(1)[0])
    terminal.login("manager")
    x = terminal.services.shifts.x_report()
    counter.close_shift({t: 0 for t in x.required_counts})
    with pytest.raises(StateError, match="Open a shift"):
        counter.scan(terminal.barcodes(1)[0])


def test_selling_beyond_the_sellable_estimate_warns_but_never_blocks(terminal):
    counter = terminal.services.counter
    terminal.login("cashier")
    code = terminal.barcodes(1)[0]
    counter.stock = lambda sku: 1  # the reconciler's estimate: one left on the shelf
    assert counter.scan(code).warning == ""
    view = counter.scan(code)
    assert "Only 1 ×" in view.warning and "2 in this sale" in view.warning
    assert sum(ln.quantity for ln in view.lines) == 2


def test_x_and_z_reports_are_signed_by_name_not_id(terminal):
    counter = terminal.services.counter
    manager = terminal.login("manager")
    counter.cash_in(500, "Change from the safe")
    x = counter.x_report_text()
    assert "Opened by" in x and manager.name in x
    assert manager.id not in x
    counted = {t: 0 for t in terminal.services.shifts.x_report().required_counts}
    z = counter.close_shift(counted)
    assert "Closed by" in z and manager.name in z and manager.id not in z


def test_the_cashier_sees_what_the_sale_earns_and_their_tier_progress(terminal):
    from datetime import date

    from pos_app.domain.commission import (
        CommissionPlan,
        Match,
        Measure,
        Rate,
        RateKind,
        RateRule,
        Tier,
        TierMode,
        TierSchedule,
    )
    from pos_app.domain.sale import TenderKind
    from tests.commission_fixtures import install_plan

    counter = terminal.services.counter
    terminal.login("cashier")
    code = terminal.barcodes(1)[0]
    counter.scan(code)
    assert counter.commission_line() == ""  # no plan covers anyone: nothing to show
    counter.void(approver_pin=terminal.approval("manager"))

    plan = CommissionPlan(
        id="floor", name="Floor", currency="USD", effective_from=date(2020, 1, 1),
        rules=(RateRule(Match(), Rate(RateKind.PERCENT, 1000)),),
        tiers=TierSchedule(Measure.VALUE, TierMode.MARGINAL,
                           (Tier(0, 0), Tier(1_000_000, 200))))
    install_plan(terminal.ctx.db, plan)

    view = counter.scan(code)
    line = counter.commission_line()
    head, *progress = line.split(" · ")
    net = view.total_minor - sum(int(a.replace("$", "").replace(".", "").replace(",", ""))
                                 for _, a in view.taxes)
    assert head == f"This sale {view.money(net // 10 + (1 if net % 10 >= 5 else 0))}"
    assert "tier 1/2, $10,000.00 to tier 2" in line
    assert progress[-1] == "this till only"
    first_month = progress[0]
    counter.add_tender(TenderKind.CASH, view.total_minor)
    counter.complete()
    # The next sale's line shows the period moved on by what the first one earned.
    counter.scan(code)
    after = counter.commission_line().split(" · ")
    assert after[1] != first_month  # the same person, a bigger month


def test_a_discount_grown_by_a_quantity_change_and_a_card_refund_in_cash_need_approval(
        terminal):
    """The counter passes a PIN on the commands whose invariants may now need authority."""
    from pos_app.domain.pricing import Discount, DiscountKind
    from pos_app.domain.sale import TenderKind

    counter = terminal.services.counter
    terminal.login("cashier")
    code = terminal.barcodes(1)[0]
    view = counter.scan(code)
    no = view.lines[-1].no
    counter.set_quantity(no, 10)
    unit = counter._session().state.line(no).unit_price
    counter.line_discount(no, Discount(DiscountKind.AMOUNT, unit))  # 10 % of ten units
    with pytest.raises(PermissionDenied, match="approval"):
        counter.set_quantity(no, 2)  # the same amount is now half the line
    view = counter.set_quantity(no, 2, approver_pin=terminal.approval("supervisor"))
    assert view.lines[-1].quantity == 2
    view = counter.add_tender(TenderKind.CARD, view.remaining_minor, "123456")
    done = counter.complete()

    counter.return_lines(done.receipt_no, {no: ReturnChoice(1, "Changed mind")})
    due = counter.current().remaining_minor
    with pytest.raises(PermissionDenied, match="refund to cash"):
        counter.add_tender(TenderKind.CASH, due)
    counter.add_tender(TenderKind.CASH, due, approver_pin=terminal.approval("manager"))
    assert counter.complete().receipt_no == done.receipt_no + 1
