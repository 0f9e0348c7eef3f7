"""The commands a sale session accepts: small, typed, serialisable intents."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from enum import Enum
from typing import Any

from pos_app.domain.catalog import Variant
from pos_app.domain.errors import InputError, ReturnError, msg
from pos_app.domain.invariants import Authority, return_reason, stamp_tender
from pos_app.domain.permissions import Action, Actor, authorize
from pos_app.domain.pricing import BP, Discount, DiscountKind
from pos_app.domain.returns import SoldLine, free_positions, refund_amounts, refund_at
from pos_app.domain.sale import Line, PricingRules, ReturnRef, SaleState, Tender, TenderKind


@dataclass(frozen=True)
class CommandContext:
    rules: PricingRules
    actor: Actor | None
    approver: Actor | None
    cashier_max_discount_bp: int
    new_id: Any  # Callable[[], str]; kept loose so commands stay plain data
    now: str = ""  # the injected clock's time of this command (ISO 8601)

    @property
    def authority(self) -> Authority:
        return Authority(self.actor, self.approver, self.cashier_max_discount_bp)


class Command:
    """Base of all commands; `apply` is pure and raises on invalid input."""

    kind: str = ""
    # Set by the command when it needed approval: (action, who authorised).
    def apply(self, state: SaleState, ctx: CommandContext) -> SaleState:
        raise NotImplementedError

    def audit_action(self) -> Action | None:
        return None

    def payload(self) -> str:
        return json.dumps({"kind": self.kind, **_plain(self)}, separators=(",", ":"),
                          ensure_ascii=False, default=str)


# Field names of the dataclasses met in payloads, by type (a scan's Variant has a dozen:
# dataclasses.fields() on every one of them, every command, cost ~20 us of a scan).
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
_AS_IS = frozenset({str, int, bool, float, type(None)})


def _plain(o: Any) -> Any:
    """`o` as JSON-ready values: an enum's value, a dataclass's fields by name (in their
    order), tuples and lists as lists, anything else as it is."""
    t = type(o)
    if t in _AS_IS:
        return o
    if isinstance(o, Enum):
        return o.value
    names = _FIELD_NAMES.get(t)
    if names is None:
        if not (dataclasses.is_dataclass(o) and not isinstance(o, type)):
            return [_plain(x) for x in o] if isinstance(o, tuple | list) else o
        names = _FIELD_NAMES[t] = tuple(f.name for f in dataclasses.fields(o))
    return {n: _plain(getattr(o, n)) for n in names}


def _default_shares(ctx: CommandContext, state: SaleState) -> tuple[tuple[str, int], ...]:
    who = state.cashier_id or (ctx.actor.staff_id if ctx.actor else None)
    return ((who, BP),) if who else ()


@dataclass(frozen=True)
class AddItem(Command):
    variant: Variant
    quantity: int = 1
    kind = "add_item"

    def apply(self, state: SaleState, ctx: CommandContext) -> SaleState:
        v = self.variant
        _same_currency(v, state)
        line = Line(no=0, variant_id=v.id, sku=v.sku, title=v.title, unit_price=v.price_minor,
                    quantity=self.quantity, tax_class=v.tax_class, tracked=v.tracked,
                    attributions=_default_shares(ctx, state))
        return state.add_line(line, ctx.rules)


def _same_currency(v: Variant, state: SaleState) -> None:
    """One currency per catalog and sale: a price in another currency is never relabelled."""
    if v.currency and v.currency != state.currency:
        raise InputError(msg("{title} is priced in {currency} but this sale is in {sale}; the "
                             "store's currency and its catalog disagree", title=v.title,
                             currency=v.currency, sale=state.currency))


@dataclass(frozen=True)
class ReturnWithoutReceipt(Command):
    variant: Variant
    quantity: int = 1
    reason: str = ""  # one of the store's return reasons
    restock: bool = True  # the units go back on the shelf (a stock delta)
    kind = "return_no_receipt"

    def apply(self, state: SaleState, ctx: CommandContext) -> SaleState:
        authorize(Action.RETURN_NO_RECEIPT, ctx.actor, ctx.approver)
        v = self.variant
        _same_currency(v, state)
        line = Line(no=0, variant_id=v.id, sku=v.sku, title=v.title, unit_price=v.price_minor,
                    quantity=-abs(self.quantity), tax_class=v.tax_class, tracked=v.tracked,
                    attributions=_default_shares(ctx, state),
                    reason=_reason(self.reason, ctx.rules, v.title), restock=self.restock)
        return state.add_line(line, ctx.rules, returning=True)

    def audit_action(self) -> Action | None:
        return Action.RETURN_NO_RECEIPT


@dataclass(frozen=True)
class ReturnLine(Command):
    """Return units of a line of a completed sale, at exactly what was paid."""

    sold: SoldLine
    already_returned: int
    quantity: int
    elsewhere: int = 0  # of `already_returned`, units returned at other tills
    paid_with: tuple[str, ...] = ()  # tender kinds the sale was paid with
    # Unit positions of the line that this till's returns hold (ReturnableLine.taken):
    # the return takes the lowest free ones. None: the units after `already_returned`.
    taken: tuple[tuple[int, int], ...] | None = None
    reason: str = ""  # one of the store's return reasons
    restock: bool = True  # the units go back on the shelf (a stock delta)
    kind = "return_line"

    def apply(self, state: SaleState, ctx: CommandContext) -> SaleState:
        if any(ln.return_of and ln.return_of.sale_id == self.sold.sale_id
               and ln.return_of.line_no == self.sold.line_no for ln in state.lines):
            raise ReturnError(msg("That line is already being returned in this sale"))
        if self.taken is None:
            refund_amounts(self.sold, self.already_returned, self.quantity)  # refusals
            at: tuple[tuple[int, int], ...] = (
                (self.already_returned, self.already_returned + self.quantity),)
        else:
            at = free_positions(self.sold, self.taken, self.quantity, skip=self.elsewhere)
        fixed = refund_at(self.sold, at)
        s = self.sold
        line = Line(no=0, variant_id=s.variant_id, sku=s.sku, title=s.title,
                    unit_price=s.unit_price, quantity=-self.quantity, tax_class=s.tax_class,
                    tracked=s.tracked, attributions=s.attributions,
                    return_of=ReturnRef(s.sale_id, s.receipt_no, s.line_no, s.quantity,
                                        s.total, self.elsewhere, self.paid_with,
                                        self.already_returned, at),
                    fixed=fixed, reason=_reason(self.reason, ctx.rules, s.title),
                    restock=self.restock)
        return state.add_line(line, ctx.rules)


MAX_REASON = 60


def _reason(text: str, rules: PricingRules, title: str) -> str:
    """A return reason as recorded: one line, trimmed, short enough for a receipt, and one
    of the store's reasons when it has any (invariants.RETURN_REASON)."""
    reason = " ".join(str(text).split())
    if len(reason) > MAX_REASON:
        raise InputError(msg("A return reason is at most {n} characters", n=MAX_REASON))
    return return_reason(reason, rules, what=title[:40].rstrip())


@dataclass(frozen=True)
class SetQuantity(Command):
    line_no: int
    quantity: int
    kind = "set_quantity"

    def apply(self, state: SaleState, ctx: CommandContext) -> SaleState:
        return state.set_quantity(self.line_no, self.quantity, ctx.rules)


@dataclass(frozen=True)
class RemoveLine(Command):
    line_no: int
    kind = "remove_line"

    def apply(self, state: SaleState, ctx: CommandContext) -> SaleState:
        return state.remove_line(self.line_no, ctx.rules,
                                 by=ctx.actor.staff_id if ctx.actor else None, at=ctx.now,
                                 approved_by=ctx.approver.staff_id if ctx.approver else None)

    def audit_action(self) -> Action | None:
        return Action.LINE_VOID


def _check_discount_authority(discount: Discount | None, base: int, ctx: CommandContext) \
        -> Discount | None:
    if discount is None:
        return None
    if discount.kind is DiscountKind.PERCENT:
        over = discount.value > ctx.cashier_max_discount_bp
    else:
        over = base > 0 and discount.value * BP > ctx.cashier_max_discount_bp * base
    if not over:
        return discount
    who = authorize(Action.DISCOUNT_OVER_LIMIT, ctx.actor, ctx.approver)
    return dataclasses.replace(discount, approved_by=who)


@dataclass(frozen=True)
class SetLineDiscount(Command):
    line_no: int
    discount: Discount | None
    kind = "line_discount"

    def apply(self, state: SaleState, ctx: CommandContext) -> SaleState:
        ln = state.line(self.line_no)
        d = _check_discount_authority(self.discount, ln.unit_price * ln.quantity, ctx)
        return state.set_line_discount(self.line_no, d, ctx.rules)

    def audit_action(self) -> Action | None:
        return Action.DISCOUNT_OVER_LIMIT if self.discount else None


@dataclass(frozen=True)
class SetCartDiscount(Command):
    discount: Discount | None
    kind = "cart_discount"

    def apply(self, state: SaleState, ctx: CommandContext) -> SaleState:
        base = state.price(ctx.rules).subtotal
        d = _check_discount_authority(self.discount, base, ctx)
        return state.set_cart_discount(d, ctx.rules)

    def audit_action(self) -> Action | None:
        return Action.DISCOUNT_OVER_LIMIT if self.discount else None


@dataclass(frozen=True)
class OverridePrice(Command):
    line_no: int
    unit_price: int
    kind = "override_price"

    def apply(self, state: SaleState, ctx: CommandContext) -> SaleState:
        who = authorize(Action.PRICE_OVERRIDE, ctx.actor, ctx.approver)
        return state.override_price(self.line_no, self.unit_price, who, ctx.rules)

    def audit_action(self) -> Action | None:
        return Action.PRICE_OVERRIDE


@dataclass(frozen=True)
class AttributeLine(Command):
    line_no: int
    shares: tuple[tuple[str, int], ...]
    kind = "attribute_line"

    def apply(self, state: SaleState, ctx: CommandContext) -> SaleState:
        return state.attribute(self.line_no, self.shares)


@dataclass(frozen=True)
class AttachCustomer(Command):
    customer_id: str | None
    kind = "attach_customer"

    def apply(self, state: SaleState, ctx: CommandContext) -> SaleState:
        return state.attach_customer(self.customer_id)


@dataclass(frozen=True)
class AddTender(Command):
    tender_kind: TenderKind
    amount: int
    reference: str | None = None
    tender_id: str | None = None
    kind = "add_tender"

    def apply(self, state: SaleState, ctx: CommandContext) -> SaleState:
        tid = self.tender_id or ctx.new_id()
        tender = stamp_tender(Tender(tid, self.tender_kind, self.amount, self.reference),
                              ctx.authority)
        return state.add_tender(tender, ctx.rules)


@dataclass(frozen=True)
class RemoveTender(Command):
    tender_id: str
    kind = "remove_tender"

    def apply(self, state: SaleState, ctx: CommandContext) -> SaleState:
        return state.remove_tender(self.tender_id)


@dataclass(frozen=True)
class Hold(Command):
    kind = "hold"

    def apply(self, state: SaleState, ctx: CommandContext) -> SaleState:
        return state.hold()


@dataclass(frozen=True)
class Park(Command):
    kind = "park"

    def apply(self, state: SaleState, ctx: CommandContext) -> SaleState:
        return state.hold(parked=True)


@dataclass(frozen=True)
class Resume(Command):
    cashier_id: str | None = None
    kind = "resume"

    def apply(self, state: SaleState, ctx: CommandContext) -> SaleState:
        return state.resume(self.cashier_id)


@dataclass(frozen=True)
class Void(Command):
    reason: str = ""
    kind = "void"

    def apply(self, state: SaleState, ctx: CommandContext) -> SaleState:
        if state.lines or state.voided_lines:  # VOID_AUTHORITY: removed lines count
            authorize(Action.VOID, ctx.actor, ctx.approver)
        return state.void()

    def audit_action(self) -> Action | None:
        return Action.VOID


@dataclass(frozen=True)
class Complete(Command):
    kind = "complete"

    def apply(self, state: SaleState, ctx: CommandContext) -> SaleState:
        return state.complete(ctx.rules)[0]
