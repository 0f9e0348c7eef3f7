"""No card data: what a tender reference may hold, and spotting card numbers anywhere.

A till that keeps full card numbers (PANs) is in scope for PCI DSS and leaks them through
its database, command log, backups and screens. The terminal never needs one: the card
reader or the bank's terminal approves the payment, and the till records only

- an **approval code**: 4 to 12 letters or digits, optionally in dash-separated groups
  (``ABC123``, ``084512``, ``SC-00123``); stored in capitals; or
- the **last four digits** of the card: typed ``1234``, ``*1234``, ``****1234``,
  ``xxxx 1234``, ``...1234`` or ``last4 1234``; stored as ``****1234`` (so four digits
  alone are the last four, never an approval code).

Anything else is refused with a message saying what to type instead. A run of 13 to 19
digits (spaces or dashes between them allowed) that passes the Luhn check is a card
number: it is refused with its own message wherever it is typed, and `redact_card_numbers`
masks one found in free text (keeping the last four digits).
"""

from __future__ import annotations

import re

from .errors import Message, TenderError, msg

PAN_MIN, PAN_MAX = 13, 19
MASK = "****"

# Digits with single spaces or dashes between them: "4111 1111-1111 1111".
_DIGIT_RUN = re.compile(r"\d(?:[ -]?\d)*")
_APPROVAL = re.compile(r"[A-Z0-9]+(?:-[A-Z0-9]+)*")
_LAST_FOUR = re.compile(
    r"(?:(?:last\s*4|last\s*four|ending(?:\s+in)?|[*xX•.]+)[\s:#-]*)?(\d{4})", re.IGNORECASE)
APPROVAL_MIN, APPROVAL_MAX = 4, 12

ACCEPTED_FORMS = msg("an approval code (4 to 12 letters or digits, e.g. ABC123) or the "
                     "card's last four digits (e.g. *1234)")
CARD_NUMBER_REFUSED = msg("That looks like a full card number. Never type a card number: "
                          "enter the approval code from the card terminal or the last four "
                          "digits (e.g. *1234).")
# Each kind of tender as a reference's message names it.
_KIND_WORD = {"card": msg("card"), "store_credit": msg("store credit"),
              "gift_card": msg("gift card")}


def luhn_ok(digits: str) -> bool:
    """The Luhn (mod 10) check of a string of digits."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _card_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, digits) of every card number in `text`: a window of 13 to 19 digits
    of one run (a longer run may hide one, e.g. a number typed with the expiry after
    it) that passes the Luhn check. Overlapping finds are merged into one span."""
    found: list[tuple[int, int, str]] = []
    for m in _DIGIT_RUN.finditer(text):
        run = m.group()
        positions = [m.start() + i for i, ch in enumerate(run) if ch.isdigit()]
        digits = "".join(ch for ch in run if ch.isdigit())
        if len(digits) < PAN_MIN:
            continue
        best: tuple[int, int] | None = None
        for size in range(min(PAN_MAX, len(digits)), PAN_MIN - 1, -1):
            for a in range(len(digits) - size + 1):
                if luhn_ok(digits[a:a + size]):
                    best = (a, a + size)
                    break
            if best:
                break
        if best is not None:
            a, b = best
            found.append((positions[a], positions[b - 1] + 1, digits[a:b]))
    return found


def contains_card_number(text: str | None) -> bool:
    """True if `text` holds what passes for a full card number (13-19 digits, Luhn)."""
    return bool(text) and bool(_card_spans(text or ""))


def card_like(text: str | None) -> bool:
    """True if `text` holds 13 or more digits in one run, card number or not: what an
    older record may not keep (a mistyped card number is still card data)."""
    return any(sum(ch.isdigit() for ch in m.group()) >= PAN_MIN
               for m in _DIGIT_RUN.finditer(text or ""))


def mask_card_like(text: str) -> str:
    """`text` with every run of 13 or more digits replaced by ****1234 (its last four)."""
    def mask(m: re.Match[str]) -> str:
        digits = "".join(ch for ch in m.group() if ch.isdigit())
        return MASK + digits[-4:] if len(digits) >= PAN_MIN else m.group()
    return _DIGIT_RUN.sub(mask, text)


def redact_card_numbers(text: str) -> str:
    """`text` with every card number replaced by ****1234 (its last four digits)."""
    spans = _card_spans(text)
    for start, end, digits in reversed(spans):
        text = text[:start] + MASK + digits[-4:] + text[end:]
    return text


def refuse_card_number(text: str | None, what: str | Message | None = None) -> None:
    """Raise TenderError if free text (a note, a reason) holds a card number."""
    if contains_card_number(text):
        raise TenderError(msg("{what} looks like it holds a full card number. Never type a "
                              "card number; remove it and try again.",
                              what=msg("This field") if what is None else what))


def tender_reference(kind: str, reference: str | None) -> str | None:
    """The reference to store for a tender of `kind` ('cash', 'card', ...): None for an
    empty one, ``****1234`` for the last four digits, an approval code in capitals.
    Raises TenderError for a card number, any other form, or a non-cash tender with
    none."""
    text = (reference or "").strip()
    if contains_card_number(text):
        raise TenderError(CARD_NUMBER_REFUSED)
    if not text:
        if kind != "cash":
            raise TenderError(msg("A {kind} tender needs its reference: {forms}",
                                  kind=_KIND_WORD.get(kind, kind.replace("_", " ")),
                                  forms=ACCEPTED_FORMS))
        return None
    last = _LAST_FOUR.fullmatch(text)
    if last:
        return MASK + last.group(1)
    code = text.upper()
    if _APPROVAL.fullmatch(code) and \
            APPROVAL_MIN <= sum(ch.isalnum() for ch in code) <= APPROVAL_MAX:
        return code
    raise TenderError(msg("A tender reference must be {forms}; {n} characters were typed",
                          forms=ACCEPTED_FORMS, n=len(text)))


def display_reference(reference: str | None) -> str | None:
    """How a stored reference is shown (receipts, return lookups): ``****1234`` for last
    four digits, ``approval ABC123`` for an approval code; a card-like number (13 or more
    digits) in an older record is masked to its last four; anything else (older free
    text, which may end in a CVV) is not shown."""
    text = (reference or "").strip()
    if not text:
        return None
    spans = _card_spans(text)
    if spans:
        return MASK + spans[0][2][-4:]
    for m in _DIGIT_RUN.finditer(text):  # card-like, Luhn or not: its last four only
        digits = "".join(ch for ch in m.group() if ch.isdigit())
        if len(digits) >= PAN_MIN:
            return MASK + digits[-4:]
    last = _LAST_FOUR.fullmatch(text)
    if last:
        return MASK + last.group(1)
    code = text.upper()
    if _APPROVAL.fullmatch(code) and \
            APPROVAL_MIN <= sum(ch.isalnum() for ch in code) <= APPROVAL_MAX:
        return f"approval {code}"
    return None
