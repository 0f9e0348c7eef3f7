"""Incremental pricing gives exactly what full pricing gives, over any edit sequence.

`CartPricer` (and `SaleState.price`, which keeps one per sale) reprices only the span
of lines that changed since its last call; `price_cart` prices the whole cart. After
every random edit the two must agree to the last field, or fail with the same error.
"""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pos_app.domain.errors import NotFound, PosError
from pos_app.domain.incremental import IncrementalMap, PerSale, changed_span
from pos_app.domain.pricing import (
    CartPricer,
    Discount,
    DiscountKind,
    Fixed,
    PricedCart,
    PriceInput,
    price_cart,
)
from pos_app.domain.sale import (
    Line,
    PricingRules,
    SaleState,
    _line_to,
    state_from_json,
    state_to_json,
)
from tests.conftest import TAX_CLASSES

CLASSES = sorted(TAX_CLASSES)

discounts = st.one_of(
    st.none(),
    st.integers(0, 10_000).map(lambda v: Discount(DiscountKind.PERCENT, v)),
    st.integers(0, 5_000).map(lambda v: Discount(DiscountKind.AMOUNT, v)),
)
fixed = st.builds(
    lambda g, d, t, extra: Fixed(-g, -d, (("state", -t), ("city", 0)), -(g - d) - t - extra),
    st.integers(0, 10_000), st.integers(0, 500), st.integers(0, 900), st.integers(0, 3))
tax_class = st.one_of(st.sampled_from(CLASSES), st.just("gone"))  # "gone": unknown class

# An edit: (what, position, unit price, quantity, class, discount, fixed).
edits = st.tuples(
    st.sampled_from(["add", "add", "add", "qty", "price", "disc", "class", "remove",
                     "cart", "return", "same", "copy"]),
    st.integers(0, 10_000), st.integers(0, 20_000), st.integers(-5, 30), tax_class,
    discounts, fixed)


def _full(items: tuple[PriceInput, ...], rules: PricingRules,
          cart: Discount | None) -> PricedCart | tuple[type, str]:
    try:
        return price_cart(items, rules.tax_classes, inclusive=rules.inclusive,
                          per_total_rounding=rules.per_total_rounding, cart_discount=cart)
    except PosError as exc:
        return type(exc), str(exc)


def _incremental(pricer: CartPricer, items: tuple[PriceInput, ...],
                 cart: Discount | None) -> PricedCart | tuple[type, str]:
    try:
        return pricer.price(items, cart)
    except PosError as exc:
        return type(exc), str(exc)


def _apply(items: tuple[PriceInput, ...], cart: Discount | None, edit: tuple, key: int) \
        -> tuple[tuple[PriceInput, ...], Discount | None]:
    what, pos, price, qty, cls, disc, fx = edit
    qty = qty or 1
    lst = list(items)
    i = pos % len(lst) if lst else 0
    if what == "add" or not lst:
        lst.insert(len(lst) if pos % 3 else i, PriceInput(key, price, qty, cls, disc))
    elif what == "return":
        lst.append(PriceInput(key, price, -abs(qty), cls, None, fx))
    elif what == "qty":
        lst[i] = replace(lst[i], quantity=qty)
    elif what == "price":
        lst[i] = replace(lst[i], unit_price=price)
    elif what == "disc":
        lst[i] = replace(lst[i], discount=disc)
    elif what == "class":
        lst[i] = replace(lst[i], tax_class=cls)
    elif what == "remove":
        del lst[i]
    elif what == "cart":
        cart = disc
    elif what == "copy":  # equal by value, but a new object
        lst[i] = replace(lst[i])
    return tuple(lst), cart


@settings(max_examples=300, deadline=None)
@given(st.lists(edits, min_size=1, max_size=60), st.booleans(), st.booleans())
def test_cart_pricer_equals_full_pricing_after_every_edit(seq, inclusive, per_total):
    rules = PricingRules(TAX_CLASSES, inclusive=inclusive, per_total_rounding=per_total)
    pricer = CartPricer(TAX_CLASSES, inclusive=inclusive, per_total_rounding=per_total)
    items: tuple[PriceInput, ...] = ()
    cart: Discount | None = None
    for key, edit in enumerate(seq, start=1):
        items, cart = _apply(items, cart, edit, key)
        expected = _full(items, rules, cart)
        assert _incremental(pricer, items, cart) == expected
        # Asked again with nothing changed: the same answer.
        assert _incremental(pricer, items, cart) == expected


@settings(max_examples=150, deadline=None)
@given(st.lists(edits, min_size=1, max_size=40), st.booleans(), st.booleans(),
       st.integers(0, 2**16))
def test_sale_price_and_json_equal_full_ones_across_states_reloads_and_rollbacks(
        seq, inclusive, per_total, jumps):
    """SaleState.price keeps a pricer per sale: going back to an older state (a failed
    commit reloads the last durable one), a state read back from JSON (all new objects)
    and another sale priced in between must all still price exactly."""
    rules = PricingRules(TAX_CLASSES, inclusive=inclusive, per_total_rounding=per_total)
    state = SaleState(id="s1", terminal_id="T1", currency="USD", opened_at="2026-01-01")
    other = replace(state, id="s2")
    history = [state]
    for n, edit in enumerate(seq, start=1):
        items = tuple(PriceInput(ln.no, ln.unit_price, ln.quantity, ln.tax_class, ln.discount,
                                 ln.fixed) for ln in state.lines)
        items, cart = _apply(items, state.cart_discount, edit, state.next_line_no)
        lines = {ln.no: ln for ln in state.lines}
        state = replace(state, cart_discount=cart, next_line_no=state.next_line_no + 1,
                        lines=tuple(_line_of(it, lines.get(it.key)) for it in items))
        history.append(state)
        choice = (jumps >> (n % 16)) & 3
        if choice == 1:  # back to an older state, then on from there
            state = history[(jumps + n) % len(history)]
        elif choice == 2 and all(ln.tax_class in TAX_CLASSES for ln in state.lines):
            state = state_from_json(state_to_json(state))
        elif choice == 3:
            other = replace(other, lines=state.lines[: n % 4])
            _check(other, rules)
        _check(state, rules)


def _line_of(it: PriceInput, old: Line | None) -> Line:
    """The sale line for an input, the very same object when nothing about it changed."""
    line = Line(no=it.key, variant_id=None, sku=f"S{it.key}", title="x",
                unit_price=it.unit_price, quantity=it.quantity, tax_class=it.tax_class,
                discount=it.discount, fixed=it.fixed)
    if old is not None and old == line:
        return old
    return line


def _check(state: SaleState, rules: PricingRules) -> None:
    items = tuple(PriceInput(ln.no, ln.unit_price, ln.quantity, ln.tax_class, ln.discount,
                             ln.fixed) for ln in state.lines)
    expected = _full(items, rules, state.cart_discount)
    try:
        got: PricedCart | tuple[type, str] = state.price(rules)
    except PosError as exc:
        got = type(exc), str(exc)
    assert got == expected
    # The stored state is built from per-line pieces kept the same way: it must be the
    # JSON of the whole state, and read back as the same state.
    body = state_to_json(state)
    assert json.loads(body)["lines"] == [_line_to(ln) for ln in state.lines]
    assert state_from_json(body) == state


@given(st.lists(st.integers(0, 5), max_size=12), st.lists(st.integers(0, 5), max_size=12))
def test_changed_span_rebuilds_the_new_sequence(a, b):
    pool = [object() for _ in range(6)]
    old, new = [pool[i] for i in a], [pool[i] for i in b]
    start, old_end, new_end = changed_span(old, new)
    assert old[:start] + new[start:new_end] + old[old_end:] == new
    assert 0 <= start <= old_end <= len(old) and start <= new_end <= len(new)
    assert len(old) - old_end == len(new) - new_end


def test_incremental_map_redoes_only_the_changed_span():
    calls: list[int] = []

    def square(x: int) -> int:
        calls.append(x)
        return x * x

    m: IncrementalMap[int, int] = IncrementalMap(square)
    a = tuple(range(500))
    assert m(a) == tuple(x * x for x in a)
    calls.clear()
    b = (*a[:300], 7, *a[301:])
    assert m(b) == tuple(x * x for x in b)
    c = (*b, 1000)
    assert m(c) == tuple(x * x for x in c)
    d = c[:100] + c[101:]
    assert m(d) == tuple(x * x for x in d)
    assert calls == [7, 1000]  # the replaced item, the added one; a removal costs nothing


def test_per_sale_keeps_the_most_recently_used():
    made: list[int] = []

    def factory() -> list[int]:
        made.append(1)
        return []

    caches: PerSale[list[int]] = PerSale(factory, keep=2)
    for sale in ("a", "b", "a", "c", "a"):
        caches.use(sale, lambda c: c.append(1))
    assert len(made) == 3  # "b" was dropped for "c"; "a" stayed in use throughout


def test_a_line_is_found_by_number_in_order_or_not():
    def ln(no: int) -> Line:
        return Line(no=no, variant_id=None, sku=f"S{no}", title="x", unit_price=100,
                    quantity=1, tax_class="standard")

    in_order = SaleState(id="s", terminal_id="T1", currency="USD", opened_at="x",
                         lines=tuple(ln(n) for n in (1, 2, 4, 7, 9)))
    shuffled = replace(in_order, lines=tuple(ln(n) for n in (9, 2, 7, 1, 4)))
    for state in (in_order, shuffled):
        for no in (1, 2, 4, 7, 9):
            assert state.line(no).no == no
        for missing in (0, 3, 10):
            with pytest.raises(NotFound):
                state.line(missing)
