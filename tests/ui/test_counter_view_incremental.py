"""The counter's view of a sale is rebuilt only where lines changed (counter._CartRows):
after any sequence of the cashier's commands it must equal a view built from nothing.

Each step runs one command as the screen calls it (scan, quantity, line void, line and
cart discounts, price override, tenders, hold and resume), refused or not, and then
compares what it returned and what `view()` gives with the same view rebuilt with the
sale's row cache dropped, and with every line formatted afresh from the sale's state and
full pricing. No widgets: the service the screen calls.
"""

from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pos_app.domain.errors import PosError
from pos_app.domain.pricing import Discount, DiscountKind, price_cart
from pos_app.domain.sale import TenderKind, _price_input
from pos_app.services.counter import SaleView, _line_view

discounts = st.one_of(
    st.none(),
    st.integers(0, 5_000).map(lambda v: Discount(DiscountKind.PERCENT, v)),
    st.integers(0, 3_000).map(lambda v: Discount(DiscountKind.AMOUNT, v)))

steps = st.lists(st.one_of(
    st.tuples(st.just("scan"), st.integers(0, 11), st.integers(1, 3)),
    st.tuples(st.just("scan"), st.integers(0, 11), st.just(1)),
    st.tuples(st.just("qty"), st.integers(1, 30), st.integers(0, 25)),
    st.tuples(st.just("remove"), st.integers(1, 30)),
    st.tuples(st.just("line_disc"), st.integers(1, 30), discounts),
    st.tuples(st.just("cart_disc"), discounts),
    st.tuples(st.just("override"), st.integers(1, 30), st.integers(0, 50_000)),
    st.tuples(st.just("tender"), st.integers(1, 5_000)),
    st.tuples(st.just("untender"), st.integers(0, 3)),
    st.tuples(st.just("hold_resume")),
), min_size=3, max_size=30)


def _fresh(counter, selected: int | None) -> SaleView:
    """The view with nothing reused: the sale's row cache dropped first."""
    session = counter._session()
    counter._rows.forget(session.id)
    return counter.view(session, selected)


def _step(counter, codes: list[str], step: tuple) -> SaleView | None:
    kind, *args = step
    lines = counter.current().lines
    no = lines[(args[0] - 1) % len(lines)].no if lines and kind in (
        "qty", "remove", "line_disc", "override") else args[0] if args else 0
    if kind == "scan":
        return counter.scan(codes[args[0]], args[1])
    if kind == "qty":
        return counter.set_quantity(no, args[1])
    if kind == "remove":
        return counter.remove_line(no)
    if kind == "line_disc":
        return counter.line_discount(no, args[1])
    if kind == "cart_disc":
        return counter.cart_discount(args[0])
    if kind == "override":
        return counter.override_price(no, args[1])
    if kind == "tender":
        return counter.add_tender(TenderKind.CASH, args[0])
    if kind == "untender":
        tenders = counter.current().tenders
        return counter.remove_tender(tenders[args[0] % len(tenders)].id) if tenders else None
    held = counter.current().sale_id
    if not counter.current().lines:
        return None
    counter.hold()
    return counter.resume(held)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(seq=steps)
def test_the_incremental_view_equals_a_full_one_after_any_commands(terminal, seq):
    counter = terminal.services.counter
    terminal.login("manager")  # discounts and overrides of any size are the manager's
    codes = terminal.barcodes(12)
    if counter.current().lines:
        counter.void()  # each example starts a sale of its own
    for step in seq:
        try:
            returned = _step(counter, codes, step)
        except PosError:  # a refusal changes nothing; the view must still agree
            returned = None
        shown = counter.current()
        full = _fresh(counter, shown.selected_line)
        assert shown == full, step
        if returned is not None and returned.sale_id == full.sale_id:
            assert replace(returned, warning="") == replace(
                _fresh(counter, returned.selected_line), warning=""), step
        # And every row formatted afresh from the state and its full pricing.
        state, rules = counter._session().state, counter._session().rules
        priced = price_cart(tuple(_price_input(ln) for ln in state.lines), rules.tax_classes,
                            inclusive=rules.inclusive,
                            per_total_rounding=rules.per_total_rounding,
                            cart_discount=state.cart_discount)
        assert full.total_minor == priced.total, step
        assert full.lines == tuple(_line_view(ln, pl, state.currency, counter.locale)
                                   for ln, pl in zip(state.lines, priced.lines,
                                                     strict=True)), step
