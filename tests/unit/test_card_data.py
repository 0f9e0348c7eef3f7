"""No card data: tender references take an approval code or the last four digits; a
full card number (13-19 digits passing the Luhn check) is refused wherever it is typed."""

from __future__ import annotations

import pytest

from pos_app.domain.card_data import (
    contains_card_number,
    display_reference,
    luhn_ok,
    redact_card_numbers,
    tender_reference,
)
from pos_app.domain.errors import TenderError
from pos_app.domain.sale import Tender, TenderKind
from pos_app.services.receipts import mask_reference
from tests.unit.test_sale_rules import RULES, sale_with

VISA = "4111 1111 1111 1111"


def test_luhn():
    assert luhn_ok("4111111111111111") and luhn_ok("79927398713")
    assert not luhn_ok("4111111111111112") and not luhn_ok("79927398710")


@pytest.mark.parametrize("typed", [
    VISA, "4111111111111111", "4111-1111-1111-1111", f"{VISA} exp 12/29 cvv 123",
    "visa 5500 0000 0000 0004", "378282246310005", "6011111111111117 1229",
    "4222222222222",  # 13 digits
])
def test_a_card_number_is_refused_with_its_own_message(typed):
    assert contains_card_number(typed)
    with pytest.raises(TenderError, match="full card number"):
        tender_reference("card", typed)


@pytest.mark.parametrize(("typed", "stored"), [
    ("abc123", "ABC123"), (" 084512 ", "084512"), ("AUTH-77", "AUTH-77"), ("1234", "****1234"),
    ("SC-00123", "SC-00123"), ("*1234", "****1234"), ("****1234", "****1234"),
    ("xxxx 1234", "****1234"), ("...9876", "****9876"), ("last4 4321", "****4321"),
    ("ending in 1111", "****1111"), ("123456789012", "123456789012"),
])
def test_approval_codes_and_last_four_digits_are_accepted(typed, stored):
    assert tender_reference("card", typed) == stored


@pytest.mark.parametrize("typed", [
    "abc", "4111111111111112", "visa ending 1234 exp 12/29", "ABCDEFGHIJKLM", "12 34",
    "account 99887766", "****12345",
])
def test_other_forms_are_refused_saying_what_to_type(typed):
    with pytest.raises(TenderError, match=r"approval code .* last four digits"):
        tender_reference("card", typed)


def test_cash_needs_no_reference_and_other_tenders_do():
    assert tender_reference("cash", None) is None
    with pytest.raises(TenderError, match="gift card tender needs its reference"):
        tender_reference("gift_card", "  ")


def test_the_sale_refuses_a_card_number_and_keeps_only_the_accepted_form():
    s = sale_with((1000, 1))
    with pytest.raises(TenderError, match="full card number"):
        s.add_tender(Tender("t", TenderKind.CARD, 500, f"{VISA} exp 12/29 cvv 123"), RULES)
    paid = s.add_tender(Tender("t", TenderKind.CARD, 500, "*1111"), RULES)
    assert paid.tenders[0].reference == "****1111"


def test_display_never_shows_an_arbitrary_tail():
    assert display_reference("ABC123") == "approval ABC123"
    assert display_reference("****1234") == "****1234"
    # Older records: a card number is shown by its last four digits, never its CVV.
    assert display_reference(f"{VISA} exp 12/29 cvv 123") == "****1111"
    assert display_reference("paid by phone, cvv 123") is None
    assert display_reference(None) is None
    assert mask_reference("4111 1111 1111 1234") == "****1234"  # not Luhn, still masked


def test_redaction_masks_card_numbers_in_free_text():
    assert redact_card_numbers(f"card {VISA} exp 12/29") == "card ****1111 exp 12/29"
    assert redact_card_numbers("receipt T1-42, 12 items") == "receipt T1-42, 12 items"
    # A 13-digit code that fails the Luhn check is left alone.
    assert not luhn_ok("4006381333933") and not contains_card_number("4006381333933")
