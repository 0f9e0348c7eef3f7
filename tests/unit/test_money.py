from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_app.domain.money import Money, allocate, round_fraction, round_to_increment


@pytest.mark.parametrize(("text", "currency", "minor"), [
    ("19.99", "USD", 1999), ("4.125", "USD", 413), ("4.124", "USD", 412),
    ("-4.125", "USD", -413), ("1500", "JPY", 1500), ("1500.5", "JPY", 1501),
    ("1.234", "KWD", 1234), ("0.0005", "KWD", 1), ("  7 ", "EUR", 700),
])
def test_parse_decimal_strings_with_one_rounding_rule(text, currency, minor):
    assert Money.parse(text, currency) == Money(minor, currency)


@pytest.mark.parametrize("bad", ["", "abc", "1,50", "NaN", "Infinity"])
def test_parse_rejects_non_amounts(bad):
    with pytest.raises(ValueError, match="not an amount"):
        Money.parse(bad, "USD")


def test_money_refuses_floats_and_mixed_currencies():
    with pytest.raises(TypeError):
        Money(1.5, "USD")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="currency mismatch"):
        Money(1, "USD") + Money(1, "EUR")
    with pytest.raises(TypeError):
        Money(100, "USD") * 1.5  # type: ignore[operator]


@pytest.mark.parametrize(("m", "text"), [
    (Money(123456, "USD"), "1,234.56 USD"), (Money(-5, "USD"), "-0.05 USD"),
    (Money(1500, "JPY"), "1,500 JPY"), (Money(1234, "KWD"), "1.234 KWD"),
])
def test_format_uses_the_currency_exponent(m, text):
    assert m.format() == text


@given(st.integers(-10**9, 10**9),
       st.lists(st.integers(0, 10**6), min_size=1, max_size=40))
def test_allocate_always_sums_exactly_and_stays_within_one_unit(total, weights):
    parts = allocate(total, weights)
    assert sum(parts) == total
    wsum = sum(weights)
    for p, w in zip(parts, weights, strict=True):
        exact = Fraction(total * w, wsum) if wsum else Fraction(total, len(weights))
        assert abs(p - exact) < 1


def test_allocate_is_deterministic_on_ties():
    assert allocate(100, [1, 1, 1]) == [34, 33, 33]
    assert allocate(-100, [1, 1, 1]) == [-34, -33, -33]


@given(st.integers(-10**6, 10**6), st.integers(1, 10**4))
def test_round_fraction_is_half_away_from_zero(num, den):
    r = round_fraction(Fraction(num, den))
    assert abs(Fraction(num, den) - r) <= Fraction(1, 2)
    assert round_fraction(Fraction(-num, den)) == -r


@pytest.mark.parametrize(("minor", "inc", "out"), [
    (1732, 5, 1730), (1733, 5, 1735), (1735, 5, 1735), (1737, 10, 1740), (-1733, 5, -1735),
    (1733, 1, 1733),
])
def test_cash_rounding(minor, inc, out):
    assert round_to_increment(minor, inc) == out
