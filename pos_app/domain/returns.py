"""Returns against a receipt: refunding exactly what was paid per unit.

A line sold as q units for amounts X (gross, discount, each tax) refunds, for the
n-th returned unit cumulatively, round(X * n / q). The return of k units after r
were already returned is f(r + k) - f(r), so however a line is returned in parts,
the refunds add up to exactly what was paid, to the minor unit.

Each return records the unit positions it takes (spans [a, b) of the line's units 0..q),
and refunds f(b) - f(a) summed over them. A later return takes the lowest positions no
live claim holds, so when a return in between is voided or its line removed, the units
it gave back are priced again exactly where it was priced: any mix of returns, voids and
removals refunds each component (gross, discount, each tax) exactly once when the whole
line has come back, and never more than was paid before.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction

from .errors import ReturnError, msg
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


Span = tuple[int, int]  # unit positions [start, end) of a sold line


def merge_spans(spans: Iterable[Span]) -> tuple[Span, ...]:
    """Spans sorted, empty ones dropped, touching or overlapping ones joined."""
    out: list[list[int]] = []
    for a, b in sorted(s for s in spans if s[1] > s[0]):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return tuple((a, b) for a, b in out)


def span_units(spans: Iterable[Span]) -> int:
    return sum(b - a for a, b in spans)


def overlap(x: Iterable[Span], y: Iterable[Span]) -> int:
    """Units held by both (each side's spans disjoint among themselves)."""
    ys = merge_spans(y)
    return sum(max(0, min(b, d) - max(a, c)) for a, b in merge_spans(x) for c, d in ys)


def _none_left(line: SoldLine, left: int, sold: int) -> ReturnError:
    if left:
        return ReturnError(msg("Only {left} of {sold} × {title} can still be returned",
                               left=left, sold=sold, title=line.title))
    return ReturnError(msg("{title} on receipt {receipt} was already returned",
                           title=line.title, receipt=str(line.receipt_no)))


def free_positions(line: SoldLine, taken: Iterable[Span], quantity: int, *,
                   skip: int = 0) -> tuple[Span, ...]:
    """The lowest `quantity` unit positions of `line` that no span of `taken` holds,
    after the lowest `skip` free ones (units returned at other tills, whose positions
    this till does not know: priced there as the lowest, like every return)."""
    if quantity <= 0:
        raise ReturnError(msg("Return at least one unit"))
    if line.quantity <= 0:
        raise ReturnError(msg("A returned line cannot be returned again"))
    sold = line.quantity
    held = merge_spans((min(max(a, 0), sold), min(max(b, 0), sold)) for a, b in taken)
    left = max(0, sold - span_units(held) - skip)
    if quantity > left:
        raise _none_left(line, left, sold)
    out: list[Span] = []
    pos, need = 0, skip + quantity
    for a, b in (*held, (sold, sold)):
        if a > pos and need:
            got = min(need, a - pos)
            out.append((pos, pos + got))
            need -= got
        pos = b
    return _drop_first(out, skip)


def _drop_first(spans: list[Span], n: int) -> tuple[Span, ...]:
    out: list[Span] = []
    for a, b in spans:
        if n >= b - a:
            n -= b - a
            continue
        out.append((a + n, b))
        n = 0
    return tuple(out)


def refund_at(line: SoldLine, spans: Iterable[Span]) -> Fixed:
    """The (negative) amounts for returning the units of `line` at `spans`: per
    component the sum of f(b) - f(a), f the rounded cumulative share."""
    spans = tuple(spans)
    q = line.quantity
    if q <= 0:
        raise ReturnError(msg("A returned line cannot be returned again"))
    if not spans or any(not 0 <= a < b <= q for a, b in spans) \
            or span_units(merge_spans(spans)) != span_units(spans):
        raise ReturnError(msg("Not a set of units of {title}: {spans}", title=line.title,
                              spans=str(spans)))

    def part(x: int) -> int:
        return sum(_cum(x, b, q) - _cum(x, a, q) for a, b in spans)

    gross, discount = part(line.gross), part(line.discount)
    taxes = tuple((code, part(amount)) for code, amount in line.taxes)
    tax = sum(t for _, t in taxes)
    total = gross - discount + (0 if line.tax_included else tax)
    return Fixed(-gross, -discount, tuple((c, -t) for c, t in taxes), -total)


def refund_amounts(line: SoldLine, already_returned: int, quantity: int) -> Fixed:
    """The (negative) amounts for returning `quantity` units of `line` after the first
    `already_returned` (the units at positions [already_returned, +quantity))."""
    if quantity <= 0:
        raise ReturnError(msg("Return at least one unit"))
    if line.quantity <= 0:
        raise ReturnError(msg("A returned line cannot be returned again"))
    left = line.quantity - already_returned
    if quantity > left:
        raise _none_left(line, left, line.quantity)
    return refund_at(line, ((already_returned, already_returned + quantity),))
