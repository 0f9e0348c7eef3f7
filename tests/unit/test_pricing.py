from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from pos_app.domain.errors import DiscountError
from pos_app.domain.money import round_fraction
from pos_app.domain.pricing import Discount, DiscountKind, PriceInput, price_cart
from tests.conftest import TAX_CLASSES

pct = st.integers(0, 10000).map(lambda v: Discount(DiscountKind.PERCENT, v))
line_strategy = st.tuples(
    st.integers(0, 500_00),  # unit price
    st.integers(1, 50),  # quantity
    st.sampled_from(sorted(TAX_CLASSES)),
    st.one_of(st.none(), pct),
)


def _items(raw):
    return [PriceInput(i + 1, p, q, c, d) for i, (p, q, c, d) in enumerate(raw)]


@given(st.lists(line_strategy, min_size=1, max_size=30), st.booleans(), st.booleans(),
       st.one_of(st.none(), pct))
def test_lines_taxes_and_total_always_reconcile(raw, inclusive, per_total, cart):
    cart_out = price_cart(_items(raw), TAX_CLASSES, inclusive=inclusive,
                          per_total_rounding=per_total, cart_discount=cart)
    assert cart_out.total == sum(pl.total for pl in cart_out.lines)
    assert cart_out.tax == sum(a for _, a in cart_out.tax_by_rate)
    assert cart_out.tax == sum(pl.tax for pl in cart_out.lines)
    assert cart_out.discount == sum(pl.discount for pl in cart_out.lines)
    for pl in cart_out.lines:
        assert pl.total == pl.net + pl.tax
        assert 0 <= pl.discount <= pl.gross
        if inclusive:
            assert pl.total == pl.gross - pl.discount
        else:
            assert pl.net == pl.gross - pl.discount
    if inclusive:
        # Tax-inclusive prices with discounts: the customer pays exactly the shelf
        # price less the discount, to the cent (the Odoo/OSPOS 1-cent bug).
        assert cart_out.total == cart_out.subtotal - cart_out.discount


@given(st.lists(line_strategy, min_size=1, max_size=30), st.booleans())
def test_per_total_rounding_rounds_each_rate_once(raw, inclusive):
    items = _items(raw)
    out = price_cart(items, TAX_CLASSES, inclusive=inclusive, per_total_rounding=True)
    exact: dict[str, Fraction] = {}
    for it, pl in zip(items, out.lines, strict=True):
        cls = TAX_CLASSES[it.tax_class]
        combined = Fraction(cls.combined)
        for r in cls.rates:
            rate = Fraction(r.rate)
            base = pl.gross - pl.discount
            exact[r.code] = exact.get(r.code, Fraction(0)) + (
                base * rate / (1 + combined) if inclusive else base * rate)
    assert dict(out.tax_by_rate) == {k: round_fraction(v) for k, v in exact.items()}


@given(st.lists(line_strategy, min_size=1, max_size=30), st.booleans())
def test_per_line_rounding_rounds_each_lines_tax_once(raw, inclusive):
    items = _items(raw)
    out = price_cart(items, TAX_CLASSES, inclusive=inclusive, per_total_rounding=False)
    for it, pl in zip(items, out.lines, strict=True):
        cls = TAX_CLASSES[it.tax_class]
        combined = Fraction(cls.combined)
        base = pl.gross - pl.discount
        exact = base * combined / (1 + combined) if inclusive else base * combined
        assert pl.tax == round_fraction(exact)


@given(st.lists(line_strategy, min_size=1, max_size=20), st.integers(0, 10**6))
def test_cart_amount_discount_is_allocated_exactly(raw, amount):
    items = _items(raw)
    base = price_cart(items, TAX_CLASSES, inclusive=False, per_total_rounding=False)
    eligible = base.subtotal - base.discount
    assume(amount <= eligible)
    out = price_cart(items, TAX_CLASSES, inclusive=False, per_total_rounding=False,
                     cart_discount=Discount(DiscountKind.AMOUNT, amount))
    assert sum(pl.cart_discount for pl in out.lines) == amount


def test_known_receipt_exclusive():
    # 3 x 19.99 at 6.25 % + 2 %: tax 4.947525 -> 4.95, split 3.75 / 1.20.
    out = price_cart([PriceInput(1, 1999, 3, "standard")], TAX_CLASSES, inclusive=False,
                     per_total_rounding=False)
    assert out.total == 6492
    assert dict(out.tax_by_rate) == {"state": 375, "city": 120}


def test_known_receipt_inclusive_with_discount():
    # 10.00 incl. 8.25 % with 15 % off: pays 8.50, of which tax 0.65 (8.50*0.0825/1.0825).
    out = price_cart([PriceInput(1, 1000, 1, "standard",
                                 Discount(DiscountKind.PERCENT, 1500))],
                     TAX_CLASSES, inclusive=True, per_total_rounding=False)
    assert (out.total, out.tax, out.discount) == (850, 65, 150)


def test_discount_over_100_percent_and_over_amount_are_refused():
    with pytest.raises(DiscountError, match="more than 100"):
        Discount(DiscountKind.PERCENT, 10001)
    with pytest.raises(DiscountError, match="negative"):
        Discount(DiscountKind.AMOUNT, -1)
    with pytest.raises(DiscountError, match="more than the amount"):
        price_cart([PriceInput(1, 500, 1, "standard", Discount(DiscountKind.AMOUNT, 501))],
                   TAX_CLASSES, inclusive=False, per_total_rounding=False)


def test_rates_are_exact_decimals():
    assert TAX_CLASSES["standard"].combined == Decimal("0.0825")
