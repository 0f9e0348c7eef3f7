"""Quick cash: the amounts a customer is likely to hand over, in the currency's real notes.

For $17.35 that is the exact amount, then $20, $50 and $100; for ¥22,535 it is ¥23,000
(twenty-three ¥1,000 notes), ¥25,000 and ¥30,000. Each suggestion is the amount due
rounded up to a whole number of one of the notes customers pay with, smallest first.

The notes used for rounding up are those a customer hands over to cover an amount: for
the dollar the $1 bill is left out (nobody is offered "$18" for $17.35, the cashier
types it), for the yen the ¥1,000 note is the everyday one and is kept (¥2,000 notes
are rare and left out). A currency not listed here falls back on 5, 10, 20, 50, 100
and 200 of its major unit, which fits most.
"""

from __future__ import annotations

from pos_app.domain.money import exponent_of

# Notes (in major units) a customer pays with, as round-up steps. Each is multiplied by
# 10 ** minor digits, so 0.25 KWD is written as a fraction of the major unit below.
_ROUND_UP_NOTES: dict[str, tuple[float | int, ...]] = {
    "USD": (5, 10, 20, 50, 100),
    "CAD": (5, 10, 20, 50, 100),
    "AUD": (5, 10, 20, 50, 100),
    "NZD": (5, 10, 20, 50, 100),
    "EUR": (5, 10, 20, 50, 100, 200),
    "GBP": (5, 10, 20, 50),
    "CHF": (10, 20, 50, 100, 200),
    "SEK": (20, 50, 100, 200, 500),
    "NOK": (50, 100, 200, 500),
    "DKK": (50, 100, 200, 500),
    "PLN": (10, 20, 50, 100, 200),
    "MXN": (20, 50, 100, 200, 500),
    "INR": (10, 20, 50, 100, 200, 500),
    "JPY": (1000, 5000, 10000),
    "KRW": (1000, 5000, 10000, 50000),
    "KWD": (0.25, 0.5, 1, 5, 10, 20),
}
_FALLBACK = (5, 10, 20, 50, 100, 200)


def round_up_notes(currency: str) -> tuple[int, ...]:
    """The round-up steps of `currency` in minor units, smallest first."""
    unit = 10 ** exponent_of(currency)
    notes = _ROUND_UP_NOTES.get(currency.upper(), _FALLBACK)
    return tuple(sorted({round(n * unit) for n in notes}))


def quick_cash(due_minor: int, currency: str, count: int = 4) -> list[int]:
    """Up to `count` amounts in minor units: exactly what is due, then the next amounts
    payable in whole notes above it, smallest first. When the notes run out (£17.35
    reaches £50 with its largest note), two, three... of the largest note follow.
    Nothing for nothing due."""
    if due_minor <= 0 or count <= 0:
        return []
    out = [due_minor]
    notes = round_up_notes(currency)
    above = sorted({-(-due_minor // n) * n for n in notes} - {due_minor})
    largest = notes[-1]
    nxt = (max(above) if above else due_minor) // largest * largest + largest
    while len(above) < count - 1:
        above.append(nxt)
        nxt += largest
    out.extend(above[:count - 1])
    return out
