"""The state of one sale and the pure rules that change it.

`SaleState` is immutable; each rule returns a new state or raises an `InputError` /
`StateError` and changes nothing. The sale session (services/sale_session.py) is the
only caller: it applies a rule, persists the result, and only then lets it be seen.
"""

from __future__ import annotations

import json
from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import Enum
from operator import attrgetter
from typing import Any

from .card_data import tender_reference
from .catalog import TaxClass
from .errors import (
    DiscountError,
    Message,
    NotFound,
    QuantityError,
    SaleClosed,
    StateError,
    StorageCorrupt,
    TenderError,
    msg,
)
from .incremental import IncrementalMap, PerSale
from .money import Money, round_to_increment
from .pricing import (
    BP,
    CartPricer,
    Discount,
    DiscountKind,
    Fixed,
    PricedCart,
    PriceInput,
)


class SaleStatus(Enum):
    OPEN = "open"
    HELD = "held"
    PARKED = "parked"  # held automatically after being left open too long
    COMPLETED = "completed"
    VOIDED = "voided"


# The sale's status as the messages name it (translated on the screens).
_STATUS_WORD = {SaleStatus.OPEN: msg("open"), SaleStatus.HELD: msg("held"),
                SaleStatus.PARKED: msg("parked"), SaleStatus.COMPLETED: msg("completed"),
                SaleStatus.VOIDED: msg("voided")}


class TenderKind(Enum):
    CASH = "cash"
    CARD = "card"
    STORE_CREDIT = "store_credit"
    GIFT_CARD = "gift_card"


# Each kind of tender as the messages name it (translated on the screens).
TENDER_WORD: dict[str, Message] = {
    TenderKind.CASH.value: msg("cash"), TenderKind.CARD.value: msg("card"),
    TenderKind.STORE_CREDIT.value: msg("store credit"),
    TenderKind.GIFT_CARD.value: msg("gift card")}


@dataclass(frozen=True, slots=True)
class ReturnRef:
    """The receipt line a return line gives back, with what was known of it when the
    return was started: the invariants re-check against durable state at every commit,
    and fall back on these recorded facts only for another till's sale."""

    sale_id: str
    receipt_no: int
    line_no: int
    sold_quantity: int = 0  # units on the receipt line (0: not recorded)
    paid_total: int = 0  # what the receipt line cost the customer
    elsewhere: int = 0  # units already returned at other tills when looked up
    paid_with: tuple[str, ...] = ()  # tender kinds of the original sale
    already: int = 0  # units returned anywhere before this one: its refund's position
    # The receipt line's units it takes, as spans [start, end) of 0..sold_quantity, and
    # is priced at (domain/returns.py); () in states from before positions were kept:
    # then [already, already + units).
    positions: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Line:
    no: int  # stable within the sale, never reused
    variant_id: str | None
    sku: str
    title: str
    unit_price: int
    quantity: int  # negative for returned units
    tax_class: str
    tracked: bool = True
    discount: Discount | None = None
    attributions: tuple[tuple[str, int], ...] = ()  # (staff id, basis points), sum 10000
    list_price: int | None = None  # set when the price was overridden
    override_by: str | None = None
    return_of: ReturnRef | None = None
    fixed: Fixed | None = None  # recorded refund amounts of a return against a receipt
    # A returned line (quantity < 0): why it came back (one of the store's return
    # reasons, "" when none was given) and whether its units go back on the shelf; only
    # restocked units become stock deltas (services/completion.py).
    reason: str = ""
    restock: bool = True


@dataclass(frozen=True, slots=True)
class Tender:
    id: str
    kind: TenderKind
    amount: int  # tendered; negative for refunds
    reference: str | None = None
    approved_by: str | None = None  # who authorised it (a refund to another tender)


@dataclass(frozen=True, slots=True)
class VoidedLine:
    """A line taken off an open sale: it stays on the sale, never priced again, so who
    removed what (and who approved it) outlives the command log."""

    line: Line
    by: str | None
    at: str
    amount: int  # what the line cost when it was removed (its priced total)
    approved_by: str | None = None


@dataclass(frozen=True, slots=True)
class PricingRules:
    """The store settings pricing depends on."""

    tax_classes: Mapping[str, TaxClass]
    inclusive: bool = False
    per_total_rounding: bool = False
    cash_increment: int = 1
    max_quantity: int = 9999
    # The store's return reasons ([store] return_reasons): when there are any, every
    # returned line names one of them (invariants.RETURN_REASON); () requires none.
    return_reasons: tuple[str, ...] = ()
    # The priced form of recently priced sales, so pricing a sale again after a command
    # redoes only what the command changed (SaleState.price). Never copied by `replace`:
    # other rules price afresh.
    priced_sales: PerSale[_SalePricing] = field(
        default_factory=lambda: PerSale(_SalePricing), init=False, repr=False, compare=False)


class _SalePricing:
    """One sale's lines as pricing inputs and its cart pricer, both kept up to date by
    difference (domain/incremental.py); used under its PerSale lock only.

    A command's checks price the state before and the state after it in turn, and the
    screen prices the result again: the last few results are kept by the identity of
    the lines they priced, so going back and forth costs nothing."""

    __slots__ = ("inputs", "pricer", "recent")
    KEEP = 3

    def __init__(self) -> None:
        self.inputs: IncrementalMap[Line, PriceInput] = IncrementalMap(_price_input)
        self.pricer: CartPricer | None = None
        self.recent: list[tuple[tuple[Line, ...], Discount | None, PricedCart]] = []

    def price(self, state: SaleState, rules: PricingRules) -> PricedCart:
        for lines, cart_discount, priced in self.recent:
            if lines is state.lines and cart_discount == state.cart_discount:
                return priced
        if self.pricer is None:
            self.pricer = CartPricer(rules.tax_classes, inclusive=rules.inclusive,
                                     per_total_rounding=rules.per_total_rounding)
        priced = self.pricer.price(self.inputs(state.lines), state.cart_discount)
        self.recent = [(state.lines, state.cart_discount, priced), *self.recent[:self.KEEP - 1]]
        return priced


_line_no = attrgetter("no")
@dataclass(frozen=True, slots=True)
class LineFacts:
    """What the rules ask of every line of a sale on every command: is any line a
    return, does any carry a discount (an amount discount), is any price overridden
    without approval (the first such line)."""

    returns: bool = False
    discounts: bool = False
    amount_discounts: bool = False
    unapproved_override: Line | None = None

    def plus(self, lines: Iterable[Line]) -> LineFacts:
        returns, discounts, amounts = self.returns, self.discounts, self.amount_discounts
        override = self.unapproved_override
        for ln in lines:
            if ln.return_of is not None:
                returns = True
            if ln.discount is not None:
                discounts = True
                if ln.discount.kind is DiscountKind.AMOUNT:
                    amounts = True
            if override is None and ln.list_price is not None and ln.override_by is None:
                override = ln
        return LineFacts(returns, discounts, amounts, override)


_NO_FACTS = LineFacts()


class _FactsCache:
    """The facts of a sale's recent line tuples; used under its PerSale lock only."""

    KEEP = 3

    def __init__(self) -> None:
        self.recent: list[tuple[tuple[Line, ...], LineFacts]] = []

    def of(self, lines: tuple[Line, ...]) -> LineFacts:
        for old, facts in self.recent:
            if old is lines:
                return facts
        got: LineFacts | None = None
        for old, facts in self.recent:
            # A line added (the common command): the rest compare equal (by identity
            # first, in C: ~3 us at 500 lines), and facts follow from the values alone.
            if len(lines) == len(old) + 1 and lines[:-1] == old:
                got = facts.plus(lines[-1:])
                break
        if got is None:
            got = _NO_FACTS.plus(lines)
        self.recent = [(lines, got), *self.recent[:self.KEEP - 1]]
        return got


_facts = PerSale(_FactsCache, keep=32)


def line_facts(state: SaleState) -> LineFacts:
    """The LineFacts of `state`'s lines, exactly as a scan of every line finds them; a
    sale's lines after a line was added cost that line only, not a scan of the sale."""
    if not state.lines:
        return _NO_FACTS
    lines = state.lines
    return _facts.use(state.id, lambda cache: cache.of(lines))


def _price_input(ln: Line) -> PriceInput:
    return PriceInput(ln.no, ln.unit_price, ln.quantity, ln.tax_class, ln.discount, ln.fixed)


@dataclass(frozen=True, slots=True)
class Settlement:
    due: int  # the sale total
    paid: int  # sum of tenders
    rounding: int  # cash rounding adjustment (added to what is due in cash)
    change: int  # cash handed back
    remaining: int  # still to pay (positive) or to refund (negative); 0 when settled
    remaining_cash: int = 0  # what settles the rest in cash, after cash rounding

    @property
    def settled(self) -> bool:
        return self.remaining == 0


@dataclass(frozen=True, slots=True)
class SaleState:
    id: str
    terminal_id: str
    currency: str
    opened_at: str
    cashier_id: str | None = None
    shift_id: str | None = None
    status: SaleStatus = SaleStatus.OPEN
    version: int = 0
    lines: tuple[Line, ...] = ()
    next_line_no: int = 1
    cart_discount: Discount | None = None
    customer_id: str | None = None
    tenders: tuple[Tender, ...] = ()
    note: str = ""
    post_void_of: str | None = None
    voided_lines: tuple[VoidedLine, ...] = ()

    # ---- reading -------------------------------------------------------------------

    def line(self, no: int) -> Line:
        return self.lines[self._index_of(no)]

    def _index_of(self, no: int) -> int:
        # Lines are numbered in the order they are added: a binary search, so a command
        # on line 3 of 500 costs what it costs on a 5-line sale. The scan is a fallback.
        i = bisect_left(self.lines, no, key=_line_no)
        if i < len(self.lines) and self.lines[i].no == no:
            return i
        for i, ln in enumerate(self.lines):
            if ln.no == no:
                return i
        raise NotFound(msg("Line {no} is not in this sale", no=str(no)))

    def price(self, rules: PricingRules) -> PricedCart:
        """The priced cart, exactly as `price_cart` prices it; a sale priced before under
        the same rules has only the lines that changed since priced again."""
        return rules.priced_sales.use(self.id, lambda c: c.price(self, rules))

    def settlement(self, rules: PricingRules) -> Settlement:
        return settle(self.price(rules).total, self.tenders, rules.cash_increment)

    # ---- guards --------------------------------------------------------------------

    def require_open(self) -> None:
        if self.status is not SaleStatus.OPEN:
            raise SaleClosed(msg("The sale is {status}; it cannot be changed",
                                 status=_STATUS_WORD[self.status]))

    def _require_no_tenders(self) -> None:
        if self.tenders:
            raise StateError(msg("Remove the tenders before you hold the sale"))

    # ---- rules ---------------------------------------------------------------------

    def add_line(self, line: Line, rules: PricingRules, *, returning: bool = False) \
            -> SaleState:
        """Add a line; negative quantities only for returns (`returning` or a receipt)."""
        self.require_open()
        _check_quantity(line.quantity, rules, returning=returning or line.return_of is not None)
        if line.tax_class not in rules.tax_classes and line.fixed is None:
            raise NotFound(msg("Unknown tax class {code} on {sku}", code=repr(line.tax_class),
                                sku=line.sku))
        new = replace(line, no=self.next_line_no)
        out = replace(self, lines=(*self.lines, new), next_line_no=self.next_line_no + 1)
        out._check_discounts_fit(rules)
        return out

    def set_quantity(self, no: int, quantity: int, rules: PricingRules) -> SaleState:
        self.require_open()
        ln = self.line(no)
        if ln.fixed is not None:
            raise QuantityError(msg("Change the quantity of a return by removing and re-adding it"))
        _check_quantity(quantity, rules, returning=ln.quantity < 0)
        if (quantity < 0) != (ln.quantity < 0):
            raise QuantityError(msg("A sold line cannot become a return line, or the reverse"))
        return self._with_line(replace(ln, quantity=quantity), rules)

    def remove_line(self, no: int, rules: PricingRules, *, by: str | None, at: str,
                    approved_by: str | None = None) -> SaleState:
        """Void a line: it leaves the priced sale but stays on it as a voided line."""
        self.require_open()
        ln = self.line(no)
        amount = self.price(rules).line(no).total
        out = replace(self, lines=tuple(x for x in self.lines if x.no != no),
                      voided_lines=(*self.voided_lines,
                                    VoidedLine(ln, by, at, amount, approved_by)))
        out._check_discounts_fit(rules)
        return out

    def set_line_discount(self, no: int, discount: Discount | None,
                          rules: PricingRules) -> SaleState:
        self.require_open()
        ln = self.line(no)
        if ln.fixed is not None:
            raise DiscountError(msg("A returned line keeps the discount it was sold with"))
        return self._with_line(replace(ln, discount=discount), rules)

    def set_cart_discount(self, discount: Discount | None, rules: PricingRules) -> SaleState:
        self.require_open()
        out = replace(self, cart_discount=discount)
        out._check_discounts_fit(rules)
        return out

    def override_price(self, no: int, unit_price: int, approved_by: str | None,
                       rules: PricingRules) -> SaleState:
        self.require_open()
        if unit_price < 0:
            raise QuantityError(msg("A price cannot be negative"))
        ln = self.line(no)
        if ln.fixed is not None:
            raise StateError(msg("The price of a returned line is the price it was sold at"))
        list_price = ln.list_price if ln.list_price is not None else ln.unit_price
        return self._with_line(
            replace(ln, unit_price=unit_price, list_price=list_price, override_by=approved_by),
            rules)

    def attribute(self, no: int, shares: tuple[tuple[str, int], ...]) -> SaleState:
        self.require_open()
        self.line(no)
        if not shares:
            raise StateError(msg("A line must be attributed to at least one staff member"))
        ids = [s for s, _ in shares]
        if len(set(ids)) != len(ids):
            raise StateError(msg("A staff member appears twice in the split"))
        if any(bp <= 0 for _, bp in shares) or sum(bp for _, bp in shares) != BP:
            raise StateError(msg("Commission shares must be positive and add up to 100 %"))
        return replace(self, lines=tuple(
            replace(x, attributions=shares) if x.no == no else x for x in self.lines))

    def attach_customer(self, customer_id: str | None) -> SaleState:
        self.require_open()
        return replace(self, customer_id=customer_id)

    def add_tender(self, tender: Tender, rules: PricingRules) -> SaleState:
        self.require_open()
        if not self.lines:
            raise TenderError(msg("Add something to the sale before taking payment"))
        if tender.amount == 0:
            raise TenderError(msg("A tender of zero does not pay anything"))
        if any(t.id == tender.id for t in self.tenders):
            raise TenderError(msg("That tender is already on the sale"))
        # An approval code or the last four digits; a card number is refused, never kept.
        tender = replace(tender, reference=tender_reference(tender.kind.value, tender.reference))
        before = self.settlement(rules)
        if before.settled:
            raise TenderError(msg("The sale is already paid in full"))
        if (tender.amount > 0) != (before.remaining > 0):
            raise TenderError(msg("This sale is a refund: tender a negative amount")
                              if before.remaining < 0 else msg("A tender must be positive"))
        if tender.kind is not TenderKind.CASH:
            # Said here with the figure; settle() refuses the same sum without it.
            sign = -1 if before.due < 0 else 1
            room = (before.due - sum(t.amount for t in self.tenders
                                     if t.kind is not TenderKind.CASH)) * sign
            if tender.amount * sign > room:
                due = Money(room, self.currency)
                raise TenderError(
                    msg("Only cash can be more than what is due ({due})", due=due) if sign > 0
                    else msg("The refund is more than what is due ({due})", due=due))
        out = replace(self, tenders=(*self.tenders, tender))
        settle(out.price(rules).total, out.tenders, rules.cash_increment)
        return out

    def remove_tender(self, tender_id: str) -> SaleState:
        self.require_open()
        if not any(t.id == tender_id for t in self.tenders):
            raise NotFound(msg("That tender is not on the sale"))
        return replace(self, tenders=tuple(t for t in self.tenders if t.id != tender_id))

    def hold(self, *, parked: bool = False) -> SaleState:
        self.require_open()
        if not self.lines:
            raise StateError(msg("There is nothing to hold"))
        self._require_no_tenders()
        return replace(self, status=SaleStatus.PARKED if parked else SaleStatus.HELD)

    def resume(self, cashier_id: str | None) -> SaleState:
        if self.status not in (SaleStatus.HELD, SaleStatus.PARKED):
            raise StateError(msg("Only a held sale can be resumed; this one is {status}",
                                 status=_STATUS_WORD[self.status]))
        return replace(self, status=SaleStatus.OPEN, cashier_id=cashier_id or self.cashier_id)

    def void(self) -> SaleState:
        if self.status in (SaleStatus.COMPLETED, SaleStatus.VOIDED):
            raise SaleClosed(msg("The sale is {status}; use a post-void or a return",
                                  status=_STATUS_WORD[self.status]))
        if any(t.kind is TenderKind.CARD for t in self.tenders):
            raise StateError(msg("Reverse the card payment on the card terminal and remove it "
                                 "first"))
        return replace(self, status=SaleStatus.VOIDED)

    def complete(self, rules: PricingRules) -> tuple[SaleState, PricedCart, Settlement]:
        self.require_open()
        if not self.lines:
            raise StateError(msg("An empty sale cannot be completed"))
        priced = self.price(rules)
        st = settle(priced.total, self.tenders, rules.cash_increment)
        if not st.settled:
            left = Money(abs(st.remaining), self.currency)
            raise TenderError(msg("Not enough tendered: {amount} still to pay", amount=left)
                              if st.remaining > 0 else
                              msg("Not enough tendered: {amount} still to refund", amount=left))
        return replace(self, status=SaleStatus.COMPLETED), priced, st

    def _with_line(self, new: Line, rules: PricingRules) -> SaleState:
        i = self._index_of(new.no)
        out = replace(self, lines=(*self.lines[:i], new, *self.lines[i + 1:]))
        out._check_discounts_fit(rules)
        return out

    def _check_discounts_fit(self, rules: PricingRules) -> None:
        """An amount discount that no longer fits fails when the cart changes, not at payment.

        Percentages always fit, so the (costlier) full pricing runs only when an
        amount discount is present.
        """
        cart = self.cart_discount
        if (cart is not None and cart.kind is DiscountKind.AMOUNT) \
                or line_facts(self).amount_discounts:
            self.price(rules)


def _check_quantity(q: int, rules: PricingRules, *, returning: bool) -> None:
    if not isinstance(q, int) or isinstance(q, bool):
        raise QuantityError(msg("Quantity must be a whole number, got {q}", q=repr(q)))
    if q == 0:
        raise QuantityError(msg("Quantity cannot be zero; remove the line instead"))
    if q < 0 and not returning:
        raise QuantityError(msg("Quantity cannot be negative ({q}); use a return", q=q))
    if abs(q) > rules.max_quantity:
        raise QuantityError(msg("Quantity {q} is more than the limit of {limit}", q=q,
                                 limit=rules.max_quantity))


def settle(total: int, tenders: tuple[Tender, ...], cash_increment: int) -> Settlement:
    """How far the tenders settle `total`. Only cash may exceed what is due.

    Cash rounding applies to the part of the total paid in cash, once cash is tendered
    (or when what is left rounds to nothing in cash). Refunds (negative totals) mirror
    sales, with no change given on a refund.
    """
    sign = -1 if total < 0 else 1
    due = total * sign
    paid_cash = sum(t.amount for t in tenders if t.kind is TenderKind.CASH) * sign
    paid_other = sum(t.amount for t in tenders if t.kind is not TenderKind.CASH) * sign
    if paid_other > due:
        raise TenderError(msg("Only cash can be more than what is due")
                          if sign > 0 else msg("The refund is more than what is due"))
    cash_due = due - paid_other
    rounded = round_to_increment(cash_due, cash_increment)
    rounding = 0
    if paid_cash or (rounded == 0 and tenders):
        rounding = rounded - cash_due
        cash_due = rounded
    change = max(0, paid_cash - cash_due)
    if change and sign < 0:
        raise TenderError(msg("The cash refund is more than what is due"))
    remaining = max(0, cash_due - paid_cash)
    remaining_cash = max(0, rounded - paid_cash)
    return Settlement(total, (paid_cash + paid_other) * sign, rounding * sign, change,
                      remaining * sign, remaining_cash * sign)


# ---- compact persistence form -------------------------------------------------------
# Short keys and omitted defaults keep a 50-line sale well under 16 KiB.

def _disc_to(d: Discount | None) -> list[Any] | None:
    return None if d is None else [d.kind.value, d.value, d.reason, d.approved_by]


def _disc_from(v: list[Any] | None) -> Discount | None:
    return None if v is None else Discount(DiscountKind(v[0]), int(v[1]), v[2], v[3])


def _line_to(ln: Line) -> dict[str, Any]:
    d: dict[str, Any] = {"n": ln.no, "v": ln.variant_id, "s": ln.sku, "t": ln.title,
                         "p": ln.unit_price, "q": ln.quantity, "c": ln.tax_class}
    if not ln.tracked:
        d["nt"] = 1
    if ln.discount:
        d["d"] = _disc_to(ln.discount)
    if ln.attributions:
        d["a"] = [list(a) for a in ln.attributions]
    if ln.list_price is not None:
        d["lp"] = ln.list_price
        d["ob"] = ln.override_by
    if ln.return_of:
        r = ln.return_of
        d["r"] = [r.sale_id, r.receipt_no, r.line_no]
        if r.sold_quantity or r.paid_total or r.elsewhere or r.paid_with or r.already:
            d["r"] += [r.sold_quantity, r.paid_total, r.elsewhere, list(r.paid_with),
                       r.already]
        if r.positions:
            d["rp"] = [list(p) for p in r.positions]
    if ln.fixed:
        f = ln.fixed
        d["f"] = [f.gross, f.discount, [list(t) for t in f.taxes], f.total]
    if ln.reason:
        d["rr"] = ln.reason
    if not ln.restock:
        d["ns"] = 1
    return d


def _line_from(d: dict[str, Any]) -> Line:
    f = d.get("f")
    r = d.get("r")
    return Line(
        no=d["n"], variant_id=d["v"], sku=d["s"], title=d["t"], unit_price=d["p"],
        quantity=d["q"], tax_class=d["c"], tracked=not d.get("nt"),
        discount=_disc_from(d.get("d")),
        attributions=tuple((a[0], a[1]) for a in d.get("a", [])),
        list_price=d.get("lp"), override_by=d.get("ob"),
        return_of=_ref_from(r, d.get("rp")) if r else None,
        fixed=Fixed(f[0], f[1], tuple((t[0], t[1]) for t in f[2]), f[3]) if f else None,
        reason=d.get("rr", ""), restock=not d.get("ns"),
    )


def _ref_from(r: list[Any], rp: list[Any] | None = None) -> ReturnRef:
    positions = tuple((int(p[0]), int(p[1])) for p in rp) if rp else ()
    if len(r) > 3:
        return ReturnRef(r[0], r[1], r[2], r[3], r[4], r[5], tuple(r[6]),
                         r[7] if len(r) > 7 else 0, positions)
    return ReturnRef(r[0], r[1], r[2], positions=positions)


def _voided_to(v: VoidedLine) -> list[Any]:
    return [_line_to(v.line), v.by, v.at, v.amount, v.approved_by]


def _voided_from(v: list[Any]) -> VoidedLine:
    return VoidedLine(_line_from(v[0]), v[1], v[2], v[3], v[4])


def _tender_to(t: Tender) -> list[Any]:
    out: list[Any] = [t.id, t.kind.value, t.amount, t.reference]
    if t.approved_by is not None:
        out.append(t.approved_by)
    return out


def _tender_from(t: list[Any]) -> Tender:
    return Tender(t[0], TenderKind(t[1]), t[2], t[3], t[4] if len(t) > 4 else None)


# Each line's JSON is kept per sale and redone only for the lines a command changed,
# so writing the state costs the same at line 500 as at line 5 (domain/incremental.py).
_LINES_SLOT = "\0lines"  # JSON-encoded as "\u0000lines": no real value can look like it
_LINE_JSON: PerSale[IncrementalMap[Line, str]] = PerSale(
    lambda: IncrementalMap(_line_json), keep=16)


def _line_json(ln: Line) -> str:
    return json.dumps(_line_to(ln), separators=(",", ":"), ensure_ascii=False)


def _lines_json(s: SaleState) -> str:
    return "[" + ",".join(_LINE_JSON.use(s.id, lambda m: m(s.lines))) + "]"


def line_to_json(ln: Line) -> str:
    """One line as the store keeps it apart from its sale (see `state_to_json`)."""
    return _line_json(ln)


def state_to_json(s: SaleState, *, with_lines: bool = True) -> str:
    """The sale as compact JSON. Without its lines, the JSON holds their count ("lx")
    and the store keeps each line apart (`line_to_json`), so a command on a long sale
    writes the header and the line it changed, not every line."""
    d: dict[str, Any] = {
        "id": s.id, "term": s.terminal_id, "cur": s.currency, "at": s.opened_at,
        "st": s.status.value, "ver": s.version, "nl": s.next_line_no,
    }
    if with_lines:
        d["lines"] = _LINES_SLOT  # spliced in below, from the per-line cache
    else:
        d["lx"] = len(s.lines)
    optional = {"cash": s.cashier_id, "shift": s.shift_id, "cust": s.customer_id,
                "note": s.note or None, "pv": s.post_void_of}
    d.update({k: v for k, v in optional.items() if v is not None})
    if s.cart_discount:
        d["cd"] = _disc_to(s.cart_discount)
    if s.tenders:
        d["tn"] = [_tender_to(t) for t in s.tenders]
    if s.voided_lines:
        d["vl"] = [_voided_to(v) for v in s.voided_lines]
    body = json.dumps(d, separators=(",", ":"), ensure_ascii=False)
    if not with_lines:
        return body
    return body.replace('"lines":"\\u0000lines"', '"lines":' + _lines_json(s), 1)


def state_from_json(text: str, lines: Callable[[], Iterable[str]] | None = None) \
        -> SaleState:
    """The sale from `state_to_json`. A sale stored without its lines takes them from
    `lines` (each `line_to_json`, in sale order), asked for only then."""
    d = json.loads(text)
    if "lx" in d:
        kept = [json.loads(x) for x in lines()] if lines is not None else []
        if len(kept) != d["lx"]:
            raise StorageCorrupt(msg("Sale {sale} should have {n} lines stored, but {found} "
                                     "were found", sale=str(d["id"]), n=d["lx"], found=len(kept)))
    else:
        kept = d["lines"]
    return SaleState(
        id=d["id"], terminal_id=d["term"], currency=d["cur"], opened_at=d["at"],
        cashier_id=d.get("cash"), shift_id=d.get("shift"), status=SaleStatus(d["st"]),
        version=d["ver"], lines=tuple(_line_from(x) for x in kept),
        next_line_no=d["nl"], cart_discount=_disc_from(d.get("cd")),
        customer_id=d.get("cust"),
        tenders=tuple(_tender_from(t) for t in d.get("tn", [])),
        note=d.get("note", ""), post_void_of=d.get("pv"),
        voided_lines=tuple(_voided_from(v) for v in d.get("vl", ())),
    )
