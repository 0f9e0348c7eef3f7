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

from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from math import lcm
from operator import attrgetter

from .catalog import RATE_SCALE, TaxClass
from .errors import DiscountError, NotFound, msg
from .incremental import changed_span
from .money import allocate, div_round

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
            raise DiscountError(msg("A discount cannot be negative"))
        if self.kind is DiscountKind.PERCENT and self.value > BP:
            raise DiscountError(msg("A discount cannot be more than 100 % (got {pct} %)",
                                    pct=Decimal(self.value) / 100))

    def amount_on(self, base: int) -> int:
        """The discount in minor units on `base` (same sign as base)."""
        if self.kind is DiscountKind.PERCENT:
            return div_round(base * self.value, BP)
        if self.value > abs(base):
            # Minor units: a discount does not know its currency.
            raise DiscountError(msg(
                "A discount of {value} is more than the amount it applies to ({base})",
                value=str(self.value), base=str(abs(base))))
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
        # A sale's lines are numbered in order, so this is a binary search; the scan is
        # for carts built in another order.
        i = bisect_left(self.lines, key, key=_key_of)
        if i < len(self.lines) and self.lines[i].key == key:
            return self.lines[i]
        for pl in self.lines:
            if pl.key == key:
                return pl
        raise KeyError(key)


_key_of = attrgetter("key")


def _tax_denominator(cls: TaxClass, inclusive: bool) -> int:
    """Exact tax on amount A at rate n (in 1e-8 units) is A * n / D, with D from here."""
    return RATE_SCALE + cls.combined_units if inclusive else RATE_SCALE


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
                raise NotFound(msg("Unknown tax class {code}", code=repr(it.tax_class))) \
                    from exc

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

    # Step 4: taxes, in exact integer arithmetic (rates are integers over RATE_SCALE).
    taxes: dict[int, list[tuple[str, int]]] = {}
    unfixed = []
    for it in items:
        if it.fixed is not None:
            taxes[it.key] = list(it.fixed.taxes)
        else:
            unfixed.append(it.key)
    if not per_total_rounding:
        for key in unfixed:
            cls = classes[key]
            units = [r.units for r in cls.rates]
            line_tax = div_round(charged[key] * cls.combined_units,
                                 _tax_denominator(cls, inclusive))
            parts = allocate(line_tax, units) if units else []
            taxes[key] = [(r.code, p) for r, p in zip(cls.rates, parts, strict=True)]
    else:
        _per_total_taxes(unfixed, classes, charged, inclusive, taxes)

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
    keys: Sequence[int],
    classes: Mapping[int, TaxClass],
    charged: Mapping[int, int],
    inclusive: bool,
    out: dict[int, list[tuple[str, int]]],
) -> None:
    """Round each rate's total once, then split it over the lines by their exact shares.

    Sold and refunded lines are rounded as two groups so signs never mix in a split.
    """
    for key in keys:
        out[key] = [(r.code, 0) for r in classes[key].rates]
    for sold in (True, False):
        group = [k for k in keys if (charged[k] >= 0) == sold]
        # rate code -> [(line key, index of the rate in the class, numerator, denominator)]
        per_rate: dict[str, list[tuple[int, int, int, int]]] = {}
        for key in group:
            cls = classes[key]
            den = _tax_denominator(cls, inclusive)
            for idx, rate in enumerate(cls.rates):
                per_rate.setdefault(rate.code, []).append(
                    (key, idx, charged[key] * rate.units, den))
        for entries in per_rate.values():
            for (key, idx, _, _), part in zip(entries, _rate_shares(entries), strict=True):
                out[key][idx] = (out[key][idx][0], part)


def _rate_shares(entries: Sequence[tuple[int, int, int, int]]) -> list[int]:
    """One rate's total over (line, rate index, numerator, denominator) entries, rounded
    once and split over the entries by their exact shares (largest remainder)."""
    common = 1
    for *_, den in entries:
        common = lcm(common, den)
    scaled = [num * (common // den) for _, _, num, den in entries]
    return allocate(div_round(sum(scaled), common), [abs(x) for x in scaled])


# ---- pricing the same cart again, redoing only what changed ------------------------------

@dataclass(frozen=True, slots=True)
class _ClassRates:
    """A tax class as the integers pricing needs, worked out once (rates are Decimals)."""

    codes: tuple[str, ...]
    units: tuple[int, ...]
    combined: int
    denominator: int

    def taxes_on(self, charged: int) -> tuple[tuple[str, int], ...]:
        """Per-line rounding: the line's tax rounded once, split over its rates."""
        if not self.units:
            return ()
        line_tax = div_round(charged * self.combined, self.denominator)
        if len(self.units) == 1:
            return ((self.codes[0], line_tax),)
        return tuple(zip(self.codes, allocate(line_tax, list(self.units)), strict=True))


class _Priced:
    """Priced lines in cart order with their totals kept as running sums."""

    __slots__ = ("by_rate", "discount", "lines", "subtotal", "tax", "total")

    def __init__(self) -> None:
        self.lines: list[PricedLine] = []
        self.subtotal = self.discount = self.tax = self.total = 0
        self.by_rate: dict[str, list[int]] = {}  # rate code -> [tax, lines with the rate]

    def splice(self, start: int, end: int, fresh: list[PricedLine]) -> None:
        for pl in self.lines[start:end]:
            self._count(pl, -1)
        for pl in fresh:
            self._count(pl, 1)
        self.lines[start:end] = fresh

    def put(self, i: int, pl: PricedLine) -> None:
        self._count(self.lines[i], -1)
        self._count(pl, 1)
        self.lines[i] = pl

    def cart(self) -> PricedCart:
        return PricedCart(tuple(self.lines), self.subtotal, self.discount,
                          tuple(sorted((code, v[0]) for code, v in self.by_rate.items())),
                          self.tax, self.total)

    def _count(self, pl: PricedLine, sign: int) -> None:
        self.subtotal += sign * pl.gross
        self.discount += sign * pl.discount
        self.tax += sign * pl.tax
        self.total += sign * pl.total
        for code, part in pl.taxes:
            entry = self.by_rate.setdefault(code, [0, 0])
            entry[0] += sign * part
            entry[1] += sign
            if not entry[1]:
                del self.by_rate[code]


class CartPricer:
    """Prices one cart after every change, redoing only the lines that changed.

    Gives exactly what `price_cart` gives for the same items (a property test holds it
    to that over random edit sequences). Items are compared by identity with those of
    the last call, so a caller that keeps unchanged items as the same objects (a sale's
    lines tuple does) pays for the changed span only: each line is priced on its own,
    and with taxes rounded per line and no cart discount that is the line's final price,
    so totals are running sums. A cart discount (allocated by largest remainder over
    every sold line) or per-total rounding (each rate's total split over every line)
    can move every line's share with any change: those carts are finished whole, in
    integer operations over the lines priced alone, and only lines whose share moved
    are priced again. Not thread-safe: one caller at a time.
    """

    def __init__(self, tax_classes: Mapping[str, TaxClass], *, inclusive: bool,
                 per_total_rounding: bool) -> None:
        self._tax_classes = tax_classes
        self._inclusive = inclusive
        self._per_total = per_total_rounding
        self._rates: dict[str, _ClassRates] = {}
        self._items: Sequence[PriceInput] = ()
        self._alone = _Priced()  # each item priced on its own: no cart discount
        self._whole = _Priced()  # the last whole-cart result, kept aligned with the items
        self._last: tuple[Discount | None, PricedCart] | None = None

    def price(self, items: Sequence[PriceInput], cart_discount: Discount | None = None) \
            -> PricedCart:
        start, old_end, new_end = changed_span(self._items, items)
        if start == old_end == new_end and self._last is not None \
                and self._last[0] == cart_discount:
            return self._last[1]
        fresh = self._alone_lines(items[start:new_end])  # raises before anything changes
        self._last = None
        self._alone.splice(start, old_end, fresh)
        self._whole.splice(start, old_end, list(fresh))
        self._items = items
        if cart_discount is None and not self._per_total:
            cart = self._alone.cart()
        else:
            cart = self._price_whole(cart_discount)
        self._last = (cart_discount, cart)
        return cart

    def _class_rates(self, code: str) -> _ClassRates:
        got = self._rates.get(code)
        if got is None:
            try:
                cls = self._tax_classes[code]
            except KeyError as exc:
                raise NotFound(msg("Unknown tax class {code}", code=repr(code))) from exc
            got = _ClassRates(tuple(r.code for r in cls.rates), tuple(r.units for r in cls.rates),
                              cls.combined_units, _tax_denominator(cls, self._inclusive))
            self._rates[code] = got
        return got

    def _alone_lines(self, items: Sequence[PriceInput]) -> list[PricedLine]:
        # Like price_cart: every unknown tax class is refused before any discount.
        for it in items:
            if it.fixed is None:
                self._class_rates(it.tax_class)
        return [self._alone_line(it) for it in items]

    def _alone_line(self, it: PriceInput) -> PricedLine:
        if it.fixed is not None:
            f = it.fixed
            tax = sum(p for _, p in f.taxes)
            return PricedLine(it.key, f.gross, f.discount, 0, tuple(f.taxes), tax,
                              f.total - tax, f.total)
        gross = it.unit_price * it.quantity
        line_disc = 0 if it.discount is None else it.discount.amount_on(gross)
        charged = gross - line_disc
        return self._line(it.key, gross, line_disc, 0,
                          self._rates[it.tax_class].taxes_on(charged))

    def _line(self, key: int, gross: int, line_disc: int, cart_disc: int,
              taxes: tuple[tuple[str, int], ...]) -> PricedLine:
        charged = gross - line_disc - cart_disc
        tax = sum(p for _, p in taxes)
        total = charged if self._inclusive else charged + tax
        return PricedLine(key, gross, line_disc, cart_disc, taxes, tax, total - tax, total)

    def _price_whole(self, cart_discount: Discount | None) -> PricedCart:
        items, alone, whole = self._items, self._alone.lines, self._whole
        parts = [0] * len(items)
        if cart_discount is not None:
            # Step 3 of price_cart: over the sold (positive, unfixed) lines only.
            eligible = [i for i, pl in enumerate(alone)
                        if pl.gross > 0 and items[i].fixed is None]
            bases = [alone[i].gross - alone[i].line_discount for i in eligible]
            amount = cart_discount.amount_on(sum(bases))
            for i, part in zip(eligible, allocate(amount, bases), strict=True):
                parts[i] = part
        if self._per_total:
            taxes = self._per_total_taxes(parts)
            for i, tx in enumerate(taxes):
                was = whole.lines[i]
                if tx is None:  # a fixed line: as recorded
                    if was is not alone[i]:
                        whole.put(i, alone[i])
                elif was.cart_discount != parts[i] or was.taxes != tx:
                    pl = alone[i]
                    whole.put(i, self._line(pl.key, pl.gross, pl.line_discount, parts[i], tx))
        else:
            for i, (pl, was, part) in enumerate(zip(alone, whole.lines, parts, strict=True)):
                if not part:
                    if was is not pl:
                        whole.put(i, pl)
                elif was.cart_discount != part:  # else the same share: the same line
                    charged = pl.gross - pl.line_discount - part
                    taxes_on = self._rates[items[i].tax_class].taxes_on
                    whole.put(i, self._line(pl.key, pl.gross, pl.line_discount, part,
                                            taxes_on(charged)))
        return whole.cart()

    def _per_total_taxes(self, parts: list[int]) -> list[tuple[tuple[str, int], ...] | None]:
        """price_cart's `_per_total_taxes` in the pricer's integers: each rate's total
        rounded once, split over its lines by their exact shares; sold and refunded
        lines as two groups so signs never mix in a split. None for fixed lines."""
        items, alone = self._items, self._alone.lines
        out: list[list[tuple[str, int]] | None] = [None] * len(items)
        charged: dict[int, int] = {}
        for i, it in enumerate(items):
            if it.fixed is None:
                pl = alone[i]
                charged[i] = pl.gross - pl.line_discount - parts[i]
                out[i] = [(code, 0) for code in self._rates[it.tax_class].codes]
        for sold in (True, False):
            per_rate: dict[str, list[tuple[int, int, int, int]]] = {}
            for i, amount in charged.items():
                if (amount >= 0) != sold:
                    continue
                r = self._rates[items[i].tax_class]
                for idx, (code, units) in enumerate(zip(r.codes, r.units, strict=True)):
                    per_rate.setdefault(code, []).append((i, idx, amount * units, r.denominator))
            for entries in per_rate.values():
                for (i, idx, _, _), share in zip(entries, _rate_shares(entries), strict=True):
                    row = out[i]
                    assert row is not None
                    row[idx] = (row[idx][0], share)
        return [None if row is None else tuple(row) for row in out]
