"""Returns priced at unit positions (domain/returns.py): a line returned in any parts, with
returns voided or removed in between, refunds each component exactly what was paid."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pos_app.domain.errors import ReturnError
from pos_app.domain.pricing import Fixed
from pos_app.domain.returns import (
    SoldLine,
    Span,
    free_positions,
    merge_spans,
    overlap,
    refund_amounts,
    refund_at,
    span_units,
)
from pos_app.domain.sale import Line, ReturnRef, SaleState, state_from_json, state_to_json


def sold_line(quantity: int, gross: int, discount: int, taxes: tuple[tuple[str, int], ...],
              *, inclusive: bool = True) -> SoldLine:
    tax = sum(a for _, a in taxes)
    total = gross - discount + (0 if inclusive else tax)
    return SoldLine(sale_id="S1", receipt_no=7, line_no=1, variant_id="V1", sku="TEE-1",
                    title="Tee shirt", quantity=quantity, unit_price=gross // quantity,
                    tax_class="standard", gross=gross, discount=discount, taxes=taxes,
                    total=total)


def components(f: Fixed) -> tuple[int, int, dict[str, int], int]:
    return -f.gross, -f.discount, {c: -a for c, a in f.taxes}, -f.total


def add(a: tuple[int, int, dict[str, int], int], b: Fixed) -> tuple[int, int, dict[str, int],
                                                                      int]:
    g, d, t, tot = components(b)
    return (a[0] + g, a[1] + d, {c: a[2].get(c, 0) + t.get(c, 0) for c in {*a[2], *t}},
            a[3] + tot)


ZERO: tuple[int, int, dict[str, int], int] = (0, 0, {}, 0)


def paid(line: SoldLine) -> tuple[int, int, dict[str, int], int]:
    return line.gross, line.discount, dict(line.taxes), line.total


# ---- examples --------------------------------------------------------------------------

def test_the_lowest_free_positions_are_taken_first():
    line = sold_line(6, 600, 0, ())
    assert free_positions(line, (), 2) == ((0, 2),)
    assert free_positions(line, ((0, 2),), 2) == ((2, 4),)
    # A return at [0, 2) was voided, another holds [2, 4): the gap is filled first.
    assert free_positions(line, ((2, 4),), 3) == ((0, 2), (4, 5))
    # Units returned at other tills sit at the lowest free positions.
    assert free_positions(line, ((2, 4),), 1, skip=1) == ((1, 2),)
    with pytest.raises(ReturnError, match="Only 2 of 6"):
        free_positions(line, ((0, 4),), 3)
    with pytest.raises(ReturnError, match="already returned"):
        free_positions(line, ((0, 6),), 1)


def test_a_voided_return_in_between_is_priced_again_where_it_was():
    """The known break: returns at [0,1) and [1,2), the first voided; the next return
    used to be priced at [1,2) again (a cent of tax twice on a tax-inclusive line)."""
    line = sold_line(3, 5997, 0, (("VAT20", 1000),))  # 3 x 19.99 incl. 10.00 tax
    first = refund_at(line, free_positions(line, (), 1))
    second_at = free_positions(line, ((0, 1),), 1)
    second = refund_at(line, second_at)
    del first  # voided
    third_at = free_positions(line, second_at, 1)
    assert third_at == ((0, 1),)
    last_at = free_positions(line, (*second_at, *third_at), 1)
    assert last_at == ((2, 3),)
    total = ZERO
    for f in (second, refund_at(line, third_at), refund_at(line, last_at)):
        total = add(total, f)
    assert total == paid(line)
    # Priced the old way (the units after those held: 1), the third return would have
    # refunded the second's cent of tax again.
    assert refund_amounts(line, 1, 1) == second


def test_refund_at_refuses_units_not_on_the_line_or_named_twice():
    line = sold_line(3, 300, 0, ())
    for bad in ((), ((2, 4),), ((0, 2), (1, 3)), ((1, 1),)):
        with pytest.raises(ReturnError):
            refund_at(line, bad)


def test_spans_helpers():
    assert merge_spans([(3, 4), (0, 1), (1, 2), (5, 5)]) == ((0, 2), (3, 4))
    assert span_units([(0, 2), (3, 4)]) == 3
    assert overlap([(0, 2)], [(1, 3), (5, 6)]) == 1
    assert overlap([(0, 2)], [(2, 3)]) == 0


def test_positions_survive_the_stored_state_and_old_states_still_load():
    ref = ReturnRef("S1", 7, 1, 3, 5997, 0, ("cash",), 1, ((0, 1), (2, 3)))
    line = Line(no=1, variant_id="V1", sku="TEE-1", title="Tee", unit_price=1999,
                quantity=-2, tax_class="standard", return_of=ref,
                fixed=Fixed(-3998, 0, (("VAT20", -667),), -3998))
    state = SaleState(id="R1", terminal_id="T1", currency="EUR", opened_at="x",
                      lines=(line,), next_line_no=2)
    back = state_from_json(state_to_json(state))
    assert back.lines[0].return_of == ref
    # A state stored before positions were kept: no "rp" key; positions default to ().
    raw = json.loads(state_to_json(state))
    lines = raw["lines"]
    del lines[0]["rp"]
    old = state_from_json(json.dumps(raw))
    assert old.lines[0].return_of is not None
    assert old.lines[0].return_of.positions == ()
    assert old.lines[0].return_of.already == 1


# ---- any sequence of returns and voids -----------------------------------------------

# A tax-inclusive line (and sometimes tax-exclusive): a few units, amounts where rounding
# shows, one or two taxes, a discount.
@st.composite
def lines(draw: st.DrawFn) -> SoldLine:
    q = draw(st.integers(1, 12))
    # Gross is the unit price times the units (a receipt line's), so each unit's gross
    # is the same and no set of units refunds a total above what the line cost.
    gross = q * draw(st.integers(0, 500))
    discount = draw(st.integers(0, gross))
    taxes = tuple((code, draw(st.integers(0, 900))) for code in
                  draw(st.sampled_from([("VAT20",), ("VAT20", "CITY"), ("FOOD",)])))
    return sold_line(q, gross, discount, taxes, inclusive=draw(st.booleans()))


# A step: ("return", units) or ("void", which live return) or ("skip", units returned at
# another till, counted before this till's positions as that till priced them).
steps = st.lists(st.one_of(
    st.tuples(st.just("return"), st.integers(1, 4)),
    st.tuples(st.just("void"), st.integers(0, 20)),
), max_size=25)


@settings(max_examples=500, deadline=None)
@given(line=lines(), plan=steps)
def test_any_sequence_of_returns_and_voids_refunds_exactly_what_was_paid(line, plan):
    live: list[tuple[tuple[Span, ...], Fixed]] = []
    for op, n in plan:
        taken = tuple(s for at, _ in live for s in at)
        if op == "void":
            if live:
                live.pop(n % len(live))
            continue
        left = line.quantity - span_units(taken)
        if n > left:
            with pytest.raises(ReturnError):
                free_positions(line, taken, n)
            continue
        at = free_positions(line, taken, n)
        assert span_units(at) == n and not overlap(at, taken)
        live.append((at, refund_at(line, at)))
        # Never more than was paid of any component, whatever is returned so far.
        got = ZERO
        for _, f in live:
            got = add(got, f)
        g, d, t, total = got
        assert g <= line.gross and d <= line.discount and total <= line.total
        assert all(t[c] <= dict(line.taxes)[c] for c in t)
    # Everything left comes back now: each component adds up to exactly what was paid.
    taken = tuple(s for at, _ in live for s in at)
    left = line.quantity - span_units(taken)
    if left:
        at = free_positions(line, taken, left)
        live.append((at, refund_at(line, at)))
    got = ZERO
    for _, f in live:
        got = add(got, f)
    assert got == paid(line)
    assert merge_spans(s for at, _ in live for s in at) == ((0, line.quantity),)
