"""Money as integer minor units plus an ISO 4217 currency, and the one rounding rule.

Shopify sends decimal strings (sometimes with three places); they are parsed with
`Decimal` and rounded here, in `round_to_minor`, by `ROUNDING`, and nowhere else.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from fractions import Fraction
from math import gcd

# Commercial rounding (half away from zero), the rule tax authorities expect on receipts.
ROUNDING = ROUND_HALF_UP

# ISO 4217 minor-unit exponents for the currencies a store is likely to use; anything
# unknown defaults to 2 and can be registered with `register_currency`.
_EXPONENTS: dict[str, int] = {
    "USD": 2, "EUR": 2, "GBP": 2, "CAD": 2, "AUD": 2, "NZD": 2, "CHF": 2, "SEK": 2,
    "NOK": 2, "DKK": 2, "MXN": 2, "BRL": 2, "INR": 2, "ZAR": 2, "SGD": 2, "HKD": 2,
    "PLN": 2, "CZK": 2, "JPY": 0, "KRW": 0, "ISK": 0, "CLP": 0, "VND": 0,
    "KWD": 3, "BHD": 3, "OMR": 3, "JOD": 3, "TND": 3, "LYD": 3, "IQD": 3,
}


def register_currency(code: str, exponent: int) -> None:
    if exponent not in (0, 1, 2, 3, 4):
        raise ValueError(f"unsupported minor-unit exponent {exponent} for {code}")
    _EXPONENTS[code.upper()] = exponent


def exponent_of(currency: str) -> int:
    code = currency.upper()
    if len(code) != 3 or not code.isalpha():
        raise ValueError(f"not an ISO 4217 currency code: {currency!r}")
    return _EXPONENTS.get(code, 2)


def round_to_minor(value: Fraction | Decimal | int) -> int:
    """Round an exact amount of minor units to an integer by `ROUNDING`."""
    if isinstance(value, int):
        return value
    if isinstance(value, Fraction):
        return round_fraction(value)
    return int(value.quantize(Decimal(1), rounding=ROUNDING))


def round_fraction(value: Fraction) -> int:
    """Exact half-up rounding of a rational number of minor units."""
    return div_round(value.numerator, value.denominator)


@dataclass(frozen=True, slots=True, order=True)
class Money:
    """An amount in integer minor units of one currency."""

    minor: int
    currency: str

    def __post_init__(self) -> None:
        if not isinstance(self.minor, int) or isinstance(self.minor, bool):
            raise TypeError(f"Money.minor must be an int, got {type(self.minor).__name__}")
        exponent_of(self.currency)

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(0, currency)

    @classmethod
    def parse(cls, text: str | Decimal | int, currency: str) -> Money:
        """Parse a decimal string such as Shopify's "19.99" or "4.125" into minor units."""
        try:
            dec = Decimal(str(text).strip())
        except (InvalidOperation, ValueError) as exc:
            raise ValueError(f"not an amount: {text!r}") from exc
        if not dec.is_finite():
            raise ValueError(f"not an amount: {text!r}")
        scaled = dec.scaleb(exponent_of(currency))
        return cls(round_to_minor(scaled), currency)

    @property
    def exponent(self) -> int:
        return exponent_of(self.currency)

    def to_decimal(self) -> Decimal:
        return Decimal(self.minor).scaleb(-self.exponent)

    def format(self, symbol: str = "") -> str:
        """Plain formatting: sign, symbol, digits with the currency's decimal places."""
        sign = "-" if self.minor < 0 else ""
        digits = f"{abs(self.to_decimal()):,.{self.exponent}f}"
        return f"{sign}{symbol}{digits}" if symbol else f"{sign}{digits} {self.currency}"

    def _check(self, other: Money) -> None:
        if not isinstance(other, Money):
            raise TypeError(f"cannot combine Money with {type(other).__name__}")
        if other.currency != self.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")

    def __add__(self, other: Money) -> Money:
        self._check(other)
        return Money(self.minor + other.minor, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._check(other)
        return Money(self.minor - other.minor, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.minor, self.currency)

    def __mul__(self, factor: int) -> Money:
        if not isinstance(factor, int) or isinstance(factor, bool):
            raise TypeError("Money can only be multiplied by an int; use allocate() for ratios")
        return Money(self.minor * factor, self.currency)

    __rmul__ = __mul__

    def __bool__(self) -> bool:
        return self.minor != 0

    def __str__(self) -> str:
        return self.format()


def div_round(num: int, den: int) -> int:
    """num / den rounded by `ROUNDING` (half away from zero), in integers only."""
    if den < 0:
        num, den = -num, -den
    q, r = divmod(abs(num), den)
    if 2 * r >= den:
        q += 1
    return q if num >= 0 else -q


def allocate(total: int, weights: list[int] | list[Fraction]) -> list[int]:
    """Split `total` minor units in proportion to `weights` by largest remainder.

    The parts always sum to `total` exactly. Ties in the remainder go to the earlier
    index, so the result is deterministic. Negative totals are split as the negation
    of the positive split, keeping signs consistent.
    """
    if not weights:
        if total:
            raise ValueError("cannot allocate a non-zero amount over no weights")
        return []
    if total < 0:
        return [-p for p in allocate(-total, weights)]
    if any(isinstance(w, Fraction) for w in weights):
        # Scale rational weights to integers over their common denominator.
        den = 1
        for w in weights:
            den = den * Fraction(w).denominator // gcd(den, Fraction(w).denominator)
        ints = [int(Fraction(w) * den) for w in weights]
    else:
        ints = [int(w) for w in weights]
    if any(w < 0 for w in ints):
        raise ValueError("weights must not be negative")
    wsum = sum(ints)
    if wsum == 0:
        # Nothing to weigh by: split evenly.
        ints = [1] * len(ints)
        wsum = len(ints)
    if len(ints) == 1:
        return [total]
    parts = []
    rems = []
    for w in ints:
        q, r = divmod(total * w, wsum)
        parts.append(q)
        rems.append(r)
    short = total - sum(parts)
    if short:
        order = sorted(range(len(ints)), key=lambda i: (-rems[i], i))
        for i in order[:short]:
            parts[i] += 1
    return parts


def round_to_increment(minor: int, increment: int) -> int:
    """Round to a multiple of `increment` minor units (cash rounding, e.g. 5 for 0.05)."""
    if increment <= 1:
        return minor
    return round_fraction(Fraction(minor, increment)) * increment
