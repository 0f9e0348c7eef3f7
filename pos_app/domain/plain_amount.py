"""Amounts people write as text (a catalog CSV cell, a command-line option), read strictly.

A plain amount is ASCII digits with at most one decimal separator and at most the
currency's minor digits: "12.99", "12", "0.5". Everything `Decimal` or `int` would
also take — "1e2", "5E-1", "1_000", "+5", "NaN", "Infinity", Arabic-Indic or
full-width digits, "1,000.00" — is refused with a message saying what is wrong,
never rounded or reinterpreted: a shelf price or a till amount that was silently
changed is a wrong price or a wrong cash-up. Shopify's own decimal strings are not
text a person wrote; they go through `Money.parse`.
"""

from __future__ import annotations

from .errors import InputError, Message, msg
from .money import exponent_of

# Integer digits beyond this are not an amount anyone means (and keep int() cheap).
MAX_WHOLE_DIGITS = 15
_DIGITS = frozenset("0123456789")
_NOT_NUMBERS = frozenset({"nan", "snan", "qnan", "inf", "infinity"})


def read_plain_amount(text: str, currency: str, *, negative_ok: bool = False,
                      decimal_comma: bool = False) -> int | str:
    """Minor units of `text`, or what is wrong with it as an English phrase (see
    `plain_amount_problem`)."""
    result = plain_amount_problem(text, currency, negative_ok=negative_ok,
                                  decimal_comma=decimal_comma)
    return result if isinstance(result, int) else str(result)


def plain_amount_problem(text: str, currency: str, *, negative_ok: bool = False,
                         decimal_comma: bool = False) -> int | Message:
    """Minor units of `text`, or what is wrong with it as a phrase to follow the amount's
    name ("Price " + "must not be negative").

    Surrounding whitespace is ignored. A leading '-' is accepted only when
    `negative_ok`; the decimal separator is '.', or ',' instead when `decimal_comma`
    (files from a spreadsheet in a locale that writes 12,99) — either way one of them,
    once: thousands separators are refused, since "1,000" and "1.000" mean a thousand
    in one locale and one in another.
    """
    exponent = exponent_of(currency)
    body = text.strip()
    if not body:
        return msg("is required")
    if body.lstrip("+-").lower() in _NOT_NUMBERS:
        return msg("must be a number like 12.99, not NaN or Infinity")
    if body[0] == "+":
        return msg("must be written without a '+' sign, like {example}",
                   example=body[1:] or "12.99")
    negative = body[0] == "-"
    if negative:
        body = body[1:]
    problem = _shape_problem(body, decimal_comma=decimal_comma)
    if problem is not None:
        return problem
    separator = "," if "," in body else "."
    whole, _, fraction = body.partition(separator)
    if not whole or (separator in body and not fraction):
        return msg("needs a digit on each side of the decimal separator, like 0.50 or 12.00")
    if len(fraction) > exponent:
        return msg("has more decimal places than {currency} allows ({n})",
                   currency=currency.upper(), n=exponent)
    significant = whole.lstrip("0")
    if len(significant) > MAX_WHOLE_DIGITS:
        return msg("is too large")
    scale: int = 10**exponent
    minor = int(significant or "0") * scale + int(fraction.ljust(exponent, "0") or "0")
    if negative and not negative_ok:
        return msg("must not be negative")
    return -minor if negative else minor


# What an amount is called when the caller does not say.
AMOUNT = msg("Amount")


def parse_plain_amount(text: str, currency: str, *, what: str | Message = AMOUNT,
                       negative_ok: bool = False, decimal_comma: bool = False) -> int:
    """Minor units of `text` as `read_plain_amount` reads it; InputError naming `what`
    and the text otherwise."""
    result = plain_amount_problem(text, currency, negative_ok=negative_ok,
                                  decimal_comma=decimal_comma)
    if isinstance(result, Message):
        raise InputError(msg("{what} {text} {problem}", what=what, text=repr(text),
                             problem=result))
    return result


def _shape_problem(body: str, *, decimal_comma: bool) -> Message | None:
    """What keeps an unsigned amount from being digits and one separator, if anything."""
    for ch in body:
        if ch.isspace():
            return msg("contains a space; write one number without spaces or thousands "
                       "separators, like 1234.50")
        if ch.isdigit() and ch not in _DIGITS:
            return msg("contains {ch}, a digit of another script; write the digits 0-9",
                       ch=repr(ch))
    if "_" in body:
        return msg("contains '_'; write the digits without separators, like 1000")
    if any(ch in "eE" for ch in body) and any(ch in _DIGITS for ch in body) \
            and all(ch in _DIGITS or ch in "eE.,+-" for ch in body):
        return msg("is in scientific notation; write it as a plain number, like 100 or 0.5")
    if "," in body and "." in body:
        return msg("mixes ',' and '.'; write it without thousands separators, like 1234.50")
    if "," in body and not decimal_comma:
        return msg("contains ','; write the decimal separator as '.' and no thousands "
                   "separators, like 1234.50")
    for separator in ".,":
        if body.count(separator) > 1:
            return msg("has more than one {separator}; write it without thousands "
                       "separators, like 1234.50", separator=f"'{separator}'")
    if not any(ch in _DIGITS for ch in body):
        return msg("must be a number like 12.99")
    stray = next((ch for ch in body if ch not in _DIGITS and ch not in ".,"), None)
    if stray is not None:
        return msg("contains {ch}; write only digits and one decimal separator, like 12.99",
                   ch=repr(stray))
    return None
