"""Returns against a receipt: refunding exactly what was paid per unit.

A line sold as q units for amounts X (gross, discount, each tax) refunds, for the
n-th returned unit cumulatively, round(X * n / q). The return of k units after r
were already returned is f(r + k) - f(r), so however a line is returned in parts,
the refunds add up to exactly what was paid, to the minor unit.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from .errors import ReturnError
from .money import round_fraction
from .pricing import Fixed


@dataclass(frozen=True, slots=True)
class SoldLine:
    """A line of a completed sale, as recorded."""

    sale_id: str
    receipt_no: int
    line_no: int
    variant_id: str | None
    sku: str
    title: str
    quantity: int
    unit_price: int
    tax_class: str
    gross: int
    discount: int
    taxes: tuple[tuple[str, int], ...]
    total: int
    tracked: bool = True
    attributions: tuple[tuple[str, int], ...] = ()

    @property
    def tax(self) -> int:
        return sum(a for _, a in self.taxes)

    @property
    def tax_included(self) -> bool:
        return self.total == self.gross - self.discount


def _cum(amount: int, n: int, q: int) -> int:
    return round_fraction(Fraction(amount * n, q))


def refund_amounts(line: SoldLine, already_returned: int, quantity: int) -> Fixed:
    """The (negative) amounts for returning `quantity` units of `line`."""
    if quantity <= 0:
        raise ReturnError("Return at least one unit")
    if line.quantity <= 0:
        raise ReturnError("A returned line cannot be returned again")
    left = line.quantity - already_returned
    if quantity > left:
        raise ReturnError(
            f"Only {left} of {line.quantity} × {line.title} can still be returned"
            if left else f"{line.title} on receipt {line.receipt_no} was already returned")
    a, b, q = already_returned, already_returned + quantity, line.quantity

    def part(x: int) -> int:
        return _cum(x, b, q) - _cum(x, a, q)

    gross, discount = part(line.gross), part(line.discount)
    taxes = tuple((code, part(amount)) for code, amount in line.taxes)
    tax = sum(t for _, t in taxes)
    total = gross - discount + (0 if line.tax_included else tax)
    return Fixed(-gross, -discount, tuple((c, -t) for c, t in taxes), -total)
