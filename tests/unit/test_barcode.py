"""GTIN check digits and code parsing: properties that must hold for every barcode."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_app.domain.barcode import (
    CodeKind,
    gtin_check_digit,
    is_valid_gtin,
    make_ean13,
    parse_code,
)
from pos_app.domain.errors import BarcodeError
from pos_app.services.catalog import barcode_key

digits = st.text(alphabet="0123456789", min_size=12, max_size=12)
upc_bodies = st.text(alphabet="0123456789", min_size=11, max_size=11)


@given(digits)
def test_make_ean13_is_always_a_valid_ean13(body: str) -> None:
    code = make_ean13(body)
    assert len(code) == 13
    assert code[:12] == body
    assert is_valid_gtin(code)
    parsed = parse_code(code)
    assert parsed.kind is CodeKind.GTIN
    assert parsed.gtin13 == code


@given(digits, st.integers(min_value=0, max_value=12), st.integers(min_value=1, max_value=9))
def test_every_single_digit_misread_is_detected(body: str, position: int, shift: int) -> None:
    code = make_ean13(body)
    wrong = str((int(code[position]) + shift) % 10)
    misread = code[:position] + wrong + code[position + 1:]
    assert not is_valid_gtin(misread)
    with pytest.raises(BarcodeError, match=r"^Invalid EAN-13 barcode \d{13}: check digit is"):
        parse_code(misread)


@given(digits, st.integers(min_value=0, max_value=11))
def test_adjacent_swaps_are_detected_unless_the_digits_differ_by_five(
        body: str, position: int) -> None:
    code = make_ean13(body)
    a, b = code[position], code[position + 1]
    swapped = code[:position] + b + a + code[position + 2:]
    # Weights 3 and 1 differ by 2, so a swap shifts the sum by 2*(a-b): invisible mod 10
    # only when a and b are equal or five apart. That is the GS1 scheme's known blind spot.
    assert is_valid_gtin(swapped) == (abs(int(a) - int(b)) in (0, 5))


@given(upc_bodies)
def test_upc_a_and_its_ean13_form_are_the_same_code(body: str) -> None:
    upc = body + str(gtin_check_digit(body))
    ean = "0" + upc
    assert is_valid_gtin(upc)
    assert is_valid_gtin(ean)
    assert parse_code(upc).gtin13 == parse_code(ean).gtin13 == ean
    assert barcode_key(upc) == barcode_key(ean) == ean


def test_known_codes() -> None:
    assert is_valid_gtin("4006381333931")  # EAN-13
    assert is_valid_gtin("036000291452")  # UPC-A
    assert is_valid_gtin("96385074")  # EAN-8
    assert is_valid_gtin("10012345678902")  # GTIN-14
    assert parse_code(" 036000291452\n").gtin13 == "0036000291452"


def test_other_gtin_lengths_are_not_normalised() -> None:
    assert parse_code("96385074").gtin13 is None
    assert barcode_key("96385074") == "96385074"


@pytest.mark.parametrize("text", ["4011", "TSH-BLU-M", "12345", "SKU 42", "0123456789"])
def test_other_codes_are_store_codes(text: str) -> None:
    parsed = parse_code(text)
    assert parsed.kind is CodeKind.STORE
    assert parsed.gtin13 is None
    assert barcode_key(text) == text


@pytest.mark.parametrize(("raw", "message"), [
    ("", "Nothing was scanned"),
    ("   ", "Nothing was scanned"),
    ("4006381333932", "Invalid EAN-13 barcode 4006381333932: check digit is 2, expected 1"),
    ("036000291453", "Invalid UPC-A barcode 036000291453: check digit is 3, expected 2"),
    ("ABC\x07", "Code contains control characters: 'ABC\\x07'"),
    ("X" * 49, "Code is too long (49 characters): XXXXXXXXXXXXXXXXXXXX…"),
])
def test_malformed_codes_are_rejected_with_a_reason(raw: str, message: str) -> None:
    with pytest.raises(BarcodeError) as info:
        parse_code(raw)
    assert str(info.value) == message


@given(st.text(max_size=60))
def test_parse_code_either_classifies_or_raises_barcode_error(raw: str) -> None:
    try:
        parsed = parse_code(raw)
    except BarcodeError:
        return
    assert parsed.text == raw.strip()
    if parsed.kind is CodeKind.GTIN:
        assert is_valid_gtin(parsed.text)
