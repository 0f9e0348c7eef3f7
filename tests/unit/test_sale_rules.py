from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pos_app.domain.errors import (
    QuantityError,
    ReturnError,
    SaleClosed,
    StateError,
    TenderError,
)
from pos_app.domain.pricing import Discount, DiscountKind
from pos_app.domain.returns import SoldLine, refund_amounts
from pos_app.domain.sale import (
    Line,
    PricingRules,
    SaleState,
    SaleStatus,
    Tender,
    TenderKind,
    settle,
    state_from_json,
    state_to_json,
)
from tests.conftest import TAX_CLASSES

RULES = PricingRules(TAX_CLASSES)


def sale_with(*lines: tuple[int, int]) -> SaleState:
    s = SaleState(id="s1", terminal_id="T1", currency="USD", opened_at="2026-01-01T00:00:00")
    for price, qty in lines:
        s = s.add_line(Line(0, "v", "SKU", "Item", price, qty, "standard"), RULES)
    return s


def test_quantity_rules():
    s = sale_with((100, 1))
    with pytest.raises(QuantityError, match="negative"):
        s.set_quantity(1, -2, RULES)
    with pytest.raises(QuantityError, match="zero"):
        s.set_quantity(1, 0, RULES)
    with pytest.raises(QuantityError, match="limit of 9999"):
        s.set_quantity(1, 10_000, RULES)
    assert s.set_quantity(1, 5, RULES).line(1).quantity == 5


def test_line_numbers_are_never_reused():
    s = sale_with((100, 1), (200, 1)).remove_line(2, RULES, by="cashier", at="t")
    s = s.add_line(Line(0, "v", "SKU", "Item", 300, 1, "standard"), RULES)
    assert [ln.no for ln in s.lines] == [1, 3]


def test_a_removed_line_stays_on_the_sale_as_a_voided_line():
    before = sale_with((100, 2), (250, 1))
    s = before.remove_line(1, RULES, by="c1", at="2026-01-01T00:01:00", approved_by="m1")
    assert [ln.no for ln in s.lines] == [2]
    (v,) = s.voided_lines
    assert (v.line.no, v.line.quantity, v.by, v.approved_by) == (1, 2, "c1", "m1")
    assert v.amount == before.price(RULES).line(1).total > 200
    assert state_from_json(state_to_json(s)) == s


def test_settle_cash_change_and_rounding():
    st_ = settle(1733, (Tender("a", TenderKind.CASH, 2000),), 5)
    assert (st_.rounding, st_.change, st_.remaining) == (2, 265, 0)
    split = settle(1733, (Tender("a", TenderKind.CARD, 1000, "ok"),
                          Tender("b", TenderKind.CASH, 800)), 5)
    assert (split.rounding, split.change, split.remaining) == (2, 65, 0)
    with pytest.raises(TenderError, match="Only cash"):
        settle(1000, (Tender("a", TenderKind.CARD, 1001, "ok"),), 1)


def test_cash_due_is_rounded_before_cash_is_tendered():
    before = settle(1733, (), 5)
    assert (before.remaining, before.remaining_cash) == (1733, 1735)
    assert settle(1733, (Tender("a", TenderKind.CASH, before.remaining_cash),), 5).settled
    # What is left after a card payment rounds to nothing in cash: settled.
    tiny = settle(1002, (Tender("a", TenderKind.CARD, 1000, "ok"),), 5)
    assert tiny.settled and tiny.rounding == -2


def test_refund_settlement_gives_no_change():
    assert settle(-500, (Tender("a", TenderKind.CASH, -500),), 1).settled
    with pytest.raises(TenderError, match="refund is more"):
        settle(-500, (Tender("a", TenderKind.CASH, -600),), 1)


def test_tender_rules():
    s = sale_with((1000, 1))
    with pytest.raises(TenderError, match="reference"):
        s.add_tender(Tender("t", TenderKind.CARD, 500), RULES)
    with pytest.raises(TenderError, match="zero"):
        s.add_tender(Tender("t", TenderKind.CASH, 0), RULES)
    paid = s.add_tender(Tender("t", TenderKind.CASH, 5000), RULES)
    with pytest.raises(TenderError, match="already paid"):
        paid.add_tender(Tender("u", TenderKind.CASH, 1), RULES)
    done, _, st_ = paid.complete(RULES)
    assert done.status is SaleStatus.COMPLETED and st_.change == 5000 - 1083
    with pytest.raises(SaleClosed):
        done.add_tender(Tender("v", TenderKind.CASH, 1), RULES)
    with pytest.raises(TenderError, match="Not enough"):
        s.add_tender(Tender("t", TenderKind.CASH, 100), RULES).complete(RULES)


def test_hold_void_rules():
    s = sale_with((100, 1))
    held = s.hold()
    with pytest.raises(SaleClosed):
        held.add_line(Line(0, "v", "S", "I", 1, 1, "standard"), RULES)
    assert held.resume("c2").status is SaleStatus.OPEN
    with pytest.raises(StateError, match="nothing to hold"):
        sale_with().hold()
    card = s.add_tender(Tender("t", TenderKind.CARD, 50, "auth1"), RULES)
    with pytest.raises(StateError, match="card terminal"):
        card.void()
    assert s.void().status is SaleStatus.VOIDED


def _sold(q: int, price: int, disc_bp: int, inclusive: bool) -> SoldLine:
    rules = replace(RULES, inclusive=inclusive)
    s = sale_with()
    s = s.add_line(Line(0, "v", "SKU", "Item", price, q, "standard",
                        discount=Discount(DiscountKind.PERCENT, disc_bp)), rules)
    pl = s.price(rules).lines[0]
    return SoldLine("s0", 7, 1, "v", "SKU", "Item", q, price, "standard", pl.gross,
                    pl.discount, pl.taxes, pl.total)


sold_line = st.builds(
    _sold, st.integers(1, 40), st.integers(1, 100_00), st.integers(0, 10000), st.booleans())


@settings(max_examples=300)
@given(sold_line, st.data())
def test_returns_in_any_parts_refund_exactly_what_was_paid(line, data):
    left, returned = line.quantity, 0
    totals = [0, 0, 0]
    taxes: dict[str, int] = {}
    while left:
        k = data.draw(st.integers(1, left))
        f = refund_amounts(line, returned, k)
        totals[0] += f.gross
        totals[1] += f.discount
        totals[2] += f.total
        for code, amount in f.taxes:
            taxes[code] = taxes.get(code, 0) + amount
        assert f.total == f.gross - f.discount + (0 if line.tax_included else
                                                  sum(a for _, a in f.taxes))
        returned += k
        left -= k
    assert totals == [-line.gross, -line.discount, -line.total]
    assert taxes == {c: -a for c, a in line.taxes}
    with pytest.raises(ReturnError, match="already returned"):
        refund_amounts(line, returned, 1)


def test_state_json_round_trip_and_size_of_a_50_line_sale():
    s = sale_with(*[(1999 + i, 1 + i % 3) for i in range(50)])
    s = s.set_line_discount(3, Discount(DiscountKind.PERCENT, 500, "damaged"), RULES)
    s = s.attribute(4, (("staff-a", 6000), ("staff-b", 4000)))
    s = s.add_tender(Tender("t1", TenderKind.CARD, 1000, "AUTH-1"), RULES)
    assert state_from_json(state_to_json(s)) == s
    assert len(state_to_json(s).encode()) < 16 * 1024
