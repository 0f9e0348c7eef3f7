"""Amounts people write (catalog prices, till amounts) are plain decimals, read strictly."""

from __future__ import annotations

import pytest

from pos_app.domain.errors import InputError
from pos_app.domain.plain_amount import parse_plain_amount, read_plain_amount


@pytest.mark.parametrize(("text", "currency", "minor"), [
    ("12.99", "USD", 1299), ("12", "USD", 1200), ("0.5", "USD", 50), ("007.10", "USD", 710),
    (" 4.50 ", "USD", 450), ("500", "JPY", 500), ("1.234", "KWD", 1234),
    ("0.001", "BHD", 1), ("0", "USD", 0), ("999999999999999", "JPY", 999_999_999_999_999),
])
def test_plain_decimals_are_read_exactly(text: str, currency: str, minor: int) -> None:
    assert read_plain_amount(text, currency) == minor


@pytest.mark.parametrize(("text", "currency", "problem"), [
    # Each of these is taken by Decimal() or int() today.
    ("1e2", "USD", "is in scientific notation"),
    ("5E-1", "USD", "is in scientific notation"),
    ("1.5e+3", "USD", "is in scientific notation"),
    ("1_000", "USD", "contains '_'"),
    (" 1 2", "USD", "contains a space"),
    ("1 000", "USD", "contains a space"),
    ("1\u00a0000", "USD", "contains a space"),
    ("\u0661\u0662\u0663", "USD", "a digit of another script"),  # Arabic-Indic 123
    ("\u06f1\u06f2", "USD", "a digit of another script"),  # Extended Arabic-Indic
    ("\uff11\uff12", "USD", "a digit of another script"),  # full-width 12
    ("1.999", "USD", "has more decimal places than USD allows (2)"),
    ("1.990", "USD", "has more decimal places than USD allows (2)"),
    ("1.5", "JPY", "has more decimal places than JPY allows (0)"),
    ("1.2345", "KWD", "has more decimal places than KWD allows (3)"),
    ("NaN", "USD", "not NaN or Infinity"),
    ("nan", "USD", "not NaN or Infinity"),
    ("Infinity", "USD", "not NaN or Infinity"),
    ("-inf", "USD", "not NaN or Infinity"),
    ("+5", "USD", "without a '+' sign, like 5"),
    ("-5", "USD", "must not be negative"),
    ("1,000", "USD", "contains ','"),
    ("1,000.00", "USD", "mixes ',' and '.'"),
    ("1.000.000", "USD", "has more than one '.'"),
    ("1'000", "USD", "contains \"'\""),
    ("$12.99", "USD", "contains '$'"),
    ("12.", "USD", "a digit on each side of the decimal separator"),
    (".5", "USD", "a digit on each side of the decimal separator"),
    ("abc", "USD", "must be a number like 12.99"),
    ("-", "USD", "must be a number like 12.99"),
    ("", "USD", "is required"),
    ("9" * 16, "USD", "is too large"),
    ("1" * 5000, "USD", "is too large"),  # never handed to int()
])
def test_everything_else_is_refused_with_what_is_wrong(text: str, currency: str,
                                                        problem: str) -> None:
    result = read_plain_amount(text, currency)
    assert isinstance(result, str) and problem in result, result


def test_a_comma_is_the_separator_only_where_the_caller_says_so() -> None:
    assert read_plain_amount("12,99", "EUR", decimal_comma=True) == 1299
    assert read_plain_amount("12.99", "EUR", decimal_comma=True) == 1299
    for text, problem in (("1,000,00", "more than one ','"), ("1.000,00", "mixes"),
                          ("1,999", "more decimal places than EUR allows (2)")):
        result = read_plain_amount(text, "EUR", decimal_comma=True)
        assert isinstance(result, str) and problem in result, (text, result)
    assert "contains ','" in str(read_plain_amount("12,99", "EUR"))


def test_negative_amounts_only_where_allowed_and_errors_name_the_value() -> None:
    assert read_plain_amount("-12.50", "USD", negative_ok=True) == -1250
    assert parse_plain_amount("20", "USD", what="--amount") == 2000
    with pytest.raises(InputError, match=r"^--amount '1e2' is in scientific notation"):
        parse_plain_amount("1e2", "USD", what="--amount")
