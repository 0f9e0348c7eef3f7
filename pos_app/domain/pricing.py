"""Prices a cart: line and cart discounts, taxes by rate, totals that reconcile exactly.

Order of work, for every line:
1. gross = unit price x quantity (as charged: tax-inclusive or tax-exclusive);
2. the line's own discount (percent rounded once, or an amount);
3. the cart discount, allocated over lines by largest remainder;
4. tax per rate on what is left: per line (each line's tax rounded once, then split over
   its rates) or per total (each rate's total rounded once, then split over lines),
   both by largest remainder so every line, every rate and the total agree to the
   minor unit.

Lines carrying fixed amounts (returns against a receipt) are priced as recorded and
take no part in discounting or re-rounding.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from fractions import Fraction

from .catalog import TaxClass
from .errors import DiscountError, NotFound
from .money import allocate, round_fraction

BP = 10_000  # basis points in 100 %


class DiscountKind(Enum):
    PERCENT = "pct"  # value in basis points: 1500 = 15 %
    AMOUNT = "amt"  # value in minor units


@dataclass(frozen=True, slots=True)
class Discount:
    kind: DiscountKind
    value: int
    reason: str = ""
    approved_by: str | None = None

    def __post_init__(self) -> None:
        if self.value < 0:
            raise DiscountError("A discount cannot be negative")
        if self.kind is DiscountKind.PERCENT and self.value > BP:
            raise DiscountError(
                f"A discount cannot be more than 100 % (got {Fraction(self.value, 100)} %)")

    def amount_on(self, base: int) -> int:
        """The discount in minor units on `base` (same sign as base)."""
        if self.kind is DiscountKind.PERCENT:
            return round_fraction(Fraction(base * self.value, BP))
        if self.value > abs(base):
            raise DiscountError(
                f"A discount of {self.value} is more than the amount it applies to ({abs(base)})")
        return self.value if base >= 0 else -self.value


@dataclass(frozen=True, slots=True)
class Fixed:
    """Amounts recorded elsewhere (a return against a receipt): priced as is."""

    gross: int
    discount: int
    taxes: tuple[tuple[str, int], ...]
    total: int


@dataclass(frozen=True, slots=True)
class PriceInput:
    """What pricing needs of a line; the sale builds these from its lines."""

    key: int
    unit_price: int
    quantity: int
    tax_class: str
    discount: Discount | None = None
    fixed: Fixed | None = None


@dataclass(frozen=True, slots=True)
class PricedLine:
    key: int
    gross: int
    line_discount: int
    cart_discount: int
    taxes: tuple[tuple[str, int], ...]  # (rate code, minor), in the class's rate order
    tax: int
    net: int  # total without tax
    total: int  # what the customer pays for the line

    @property
    def discount(self) -> int:
        return self.line_discount + self.cart_discount


@dataclass(frozen=True, slots=True)
class PricedCart:
    lines: tuple[PricedLine, ...]
    subtotal: int  # sum of gross
    discount: int
    tax_by_rate: tuple[tuple[str, int], ...]
    tax: int
    total: int

    def line(self, key: int) -> PricedLine:
        for pl in self.lines:
            if pl.key == key:
                return pl
        raise KeyError(key)


def _exact_taxes(amount: int, cls: TaxClass, inclusive: bool) -> list[Fraction]:
    """Exact (unrounded) tax per rate of the class on an amount as charged."""
    if not cls.rates:
        return []
    combined = Fraction(cls.combined)
    out = []
    for r in cls.rates:
        rate = Fraction(r.rate)
        out.append(amount * rate / (1 + combined) if inclusive else amount * rate)
    return out


def _split_line_tax(total_tax: int, exact: Sequence[Fraction]) -> list[int]:
    return allocate(total_tax, [abs(e) for e in exact]) if exact else []


def price_cart(
    items: Sequence[PriceInput],
    tax_classes: Mapping[str, TaxClass],
    *,
    inclusive: bool,
    per_total_rounding: bool,
    cart_discount: Discount | None = None,
) -> PricedCart:
    classes: dict[int, TaxClass] = {}
    for it in items:
        if it.fixed is None:
            try:
                classes[it.key] = tax_classes[it.tax_class]
            except KeyError as exc:
                raise NotFound(f"Unknown tax class {it.tax_class!r}") from exc

    # Steps 1 and 2: gross and the line's own discount.
    gross = {it.key: it.unit_price * it.quantity for it in items}
    line_disc: dict[int, int] = {}
    for it in items:
        if it.fixed is not None:
            line_disc[it.key] = it.fixed.discount
        elif it.discount is not None:
            line_disc[it.key] = it.discount.amount_on(gross[it.key])
        else:
            line_disc[it.key] = 0

    # Step 3: the cart discount goes over the sold (positive, unfixed) lines only.
    cart_disc = {it.key: 0 for it in items}
    if cart_discount is not None:
        eligible = [it for it in items if it.fixed is None and gross[it.key] > 0]
        bases = [gross[it.key] - line_disc[it.key] for it in eligible]
        base_total = sum(bases)
        amount = cart_discount.amount_on(base_total)
        for it, part in zip(eligible, allocate(amount, bases), strict=True):
            cart_disc[it.key] = part

    charged = {it.key: gross[it.key] - line_disc[it.key] - cart_disc[it.key] for it in items}

    # Step 4: taxes.
    taxes: dict[int, list[tuple[str, int]]] = {}
    exact: dict[int, list[Fraction]] = {}
    for it in items:
        if it.fixed is not None:
            taxes[it.key] = list(it.fixed.taxes)
            continue
        exact[it.key] = _exact_taxes(charged[it.key], classes[it.key], inclusive)
    if not per_total_rounding:
        for key, ex in exact.items():
            line_tax = round_fraction(sum(ex, Fraction(0)))
            parts = _split_line_tax(line_tax, ex)
            taxes[key] = [(r.code, p) for r, p in zip(classes[key].rates, parts, strict=True)]
    else:
        _per_total_taxes(exact, classes, charged, taxes)

    lines = []
    for it in items:
        tx = tuple(taxes[it.key])
        tax = sum(p for _, p in tx)
        if it.fixed is not None:
            total = it.fixed.total
            lines.append(PricedLine(it.key, it.fixed.gross, it.fixed.discount, 0, tx, tax,
                                    total - tax, total))
            continue
        total = charged[it.key] if inclusive else charged[it.key] + tax
        lines.append(PricedLine(it.key, gross[it.key], line_disc[it.key], cart_disc[it.key],
                                tx, tax, total - tax, total))
    by_rate: dict[str, int] = {}
    for pl in lines:
        for code, part in pl.taxes:
            by_rate[code] = by_rate.get(code, 0) + part
    return PricedCart(
        lines=tuple(lines),
        subtotal=sum(pl.gross for pl in lines),
        discount=sum(pl.discount for pl in lines),
        tax_by_rate=tuple(sorted(by_rate.items())),
        tax=sum(pl.tax for pl in lines),
        total=sum(pl.total for pl in lines),
    )


def _per_total_taxes(
    exact: Mapping[int, list[Fraction]],
    classes: Mapping[int, TaxClass],
    charged: Mapping[int, int],
    out: dict[int, list[tuple[str, int]]],
) -> None:
    """Round each rate's total once, then split it over the lines by their exact shares.

    Sold and refunded lines are rounded as two groups so signs never mix in a split.
    """
    for key in exact:
        out[key] = [(r.code, 0) for r in classes[key].rates]
    for sign in (1, -1):
        group = [k for k in exact if (charged[k] >= 0) == (sign == 1)]
        per_rate: dict[str, list[tuple[int, int, Fraction]]] = {}
        for key in group:
            for idx, (rate, ex) in enumerate(zip(classes[key].rates, exact[key], strict=True)):
                per_rate.setdefault(rate.code, []).append((key, idx, ex))
        for entries in per_rate.values():
            rate_total = round_fraction(sum((e for _, _, e in entries), Fraction(0)))
            parts = allocate(rate_total, [abs(e) for _, _, e in entries])
            for (key, idx, _), part in zip(entries, parts, strict=True):
                code = out[key][idx][0]
                out[key][idx] = (code, part)


def sum_taxes(groups: Iterable[Iterable[tuple[str, int]]]) -> dict[str, int]:
    acc: dict[str, int] = {}
    for g in groups:
        for code, amount in g:
            acc[code] = acc.get(code, 0) + amount
    return acc


def rate_of(percent: str) -> Decimal:
    """'8.25' -> Decimal('0.0825'): rates are typed by people as percentages."""
    return Decimal(percent) / 100
