"""Barcode rules: GTIN (EAN-8, UPC-A, EAN-13, GTIN-14) check digits and store codes."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from .errors import BarcodeError, msg

GTIN_LENGTHS = {8: "EAN-8", 12: "UPC-A", 13: "EAN-13", 14: "GTIN-14"}
MAX_CODE_LENGTH = 48


class CodeKind(Enum):
    GTIN = "gtin"
    STORE = "store"


@dataclass(frozen=True, slots=True)
class ScannedCode:
    """A code as scanned, normalised for lookup."""

    text: str
    kind: CodeKind

    @property
    def gtin13(self) -> str | None:
        """The code as EAN-13 when it is a UPC-A or EAN-13, so both forms match."""
        if self.kind is not CodeKind.GTIN:
            return None
        if len(self.text) == 12:
            return "0" + self.text
        if len(self.text) == 13:
            return self.text
        return None


def gtin_check_digit(body: str) -> int:
    """The GS1 mod-10 check digit for the digits of `body` (all but the check digit)."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return (10 - total % 10) % 10


def is_valid_gtin(code: str) -> bool:
    return (
        code.isascii() and code.isdigit() and len(code) in GTIN_LENGTHS
        and gtin_check_digit(code[:-1]) == int(code[-1])
    )


def make_ean13(body12: str) -> str:
    if len(body12) != 12 or not body12.isdigit():
        raise ValueError("an EAN-13 body is 12 digits")
    return body12 + str(gtin_check_digit(body12))


def parse_code(raw: str) -> ScannedCode:
    """Classify and validate a scanned or typed code.

    All-digit codes of a GTIN length must carry a correct check digit: a misread
    barcode must not ring up a different product. Other codes are store codes
    (SKUs, PLUs) of printable characters.
    """
    text = raw.strip()
    if not text:
        raise BarcodeError(msg("Nothing was scanned"))
    if len(text) > MAX_CODE_LENGTH:
        raise BarcodeError(msg("Code is too long ({n} characters): {start}…", n=len(text),
                                start=text[:20]))
    if not text.isprintable():
        raise BarcodeError(msg("Code contains control characters: {code}", code=repr(text)))
    if text.isascii() and text.isdigit() and len(text) in GTIN_LENGTHS:
        if not is_valid_gtin(text):
            expected = gtin_check_digit(text[:-1])
            raise BarcodeError(msg(
                "Invalid {kind} barcode {code}: check digit is {digit}, expected {expected}",
                kind=GTIN_LENGTHS[len(text)], code=text, digit=text[-1],
                expected=str(expected)))
        return ScannedCode(text, CodeKind.GTIN)
    return ScannedCode(text, CodeKind.STORE)
