"""Quick cash offers what customers hand over, in each currency's real notes."""

from __future__ import annotations

import pytest

from pos_app.services.cash_denominations import quick_cash, round_up_notes


def test_usd_rounds_up_to_the_next_notes_not_to_the_next_dollar():
    assert quick_cash(1735, "USD") == [1735, 2000, 5000, 10000]
    assert quick_cash(2000, "USD") == [2000, 5000, 10000, 20000]
    assert quick_cash(23740, "USD") == [23740, 24000, 25000, 30000]
    assert quick_cash(5, "USD") == [5, 500, 1000, 2000]


def test_eur_has_a_200_note():
    assert quick_cash(1735, "EUR") == [1735, 2000, 5000, 10000]
    assert quick_cash(12050, "EUR") == [12050, 12500, 13000, 14000]
    assert quick_cash(15001, "EUR") == [15001, 15500, 16000, 20000]
    assert 20000 in round_up_notes("EUR")


def test_gbp_runs_out_of_notes_at_50_and_offers_two_of_them():
    assert round_up_notes("GBP") == (500, 1000, 2000, 5000)
    assert quick_cash(1735, "GBP") == [1735, 2000, 5000, 10000]
    assert quick_cash(6210, "GBP") == [6210, 6500, 7000, 8000]


def test_jpy_has_no_minor_unit_and_rounds_to_thousand_yen_notes():
    assert quick_cash(22535, "JPY") == [22535, 23000, 25000, 30000]
    assert quick_cash(735, "JPY") == [735, 1000, 5000, 10000]
    assert quick_cash(10000, "JPY") == [10000, 20000, 30000, 40000]
    assert all(n % 1000 == 0 for n in quick_cash(22535, "JPY")[1:])


def test_three_decimal_currency_and_unknown_currency():
    assert quick_cash(1735, "KWD") == [1735, 1750, 2000, 5000]  # 1.735 KWD: 1/4 dinar notes
    assert quick_cash(1735, "XYZ") == [1735, 2000, 5000, 10000]  # 17.35 of the fallback


@pytest.mark.parametrize("currency", ["USD", "EUR", "GBP", "JPY"])
@pytest.mark.parametrize("due", [1, 99, 1735, 4999, 5000, 123456, 9999999])
def test_suggestions_cover_the_amount_rise_and_are_whole_notes(currency, due):
    amounts = quick_cash(due, currency)
    assert amounts[0] == due and len(amounts) == 4
    assert amounts == sorted(set(amounts))
    notes = round_up_notes(currency)
    assert all(any(a % n == 0 for n in notes) for a in amounts[1:])


def test_nothing_due_offers_nothing():
    assert quick_cash(0, "USD") == []
    assert quick_cash(-500, "USD") == []
