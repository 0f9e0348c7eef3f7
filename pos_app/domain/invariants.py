"""The till's invariants: rules that hold across commands, windows, sales and restarts.

Each rule is named here once. The sale session checks all of them on the state a
command produces, before it is committed, and `check_against_ledger` again inside the
committing transaction against durable state (what every other sale, window and till
known to this terminal has already claimed), on every command and at completion.
Nothing else enforces them; commands only validate their own input.

- PRICEABLE: the sale can always be priced (an amount discount never exceeds what it
  applies to, whatever was removed or changed since).
- TENDERS_FIT: every tender has the sign of what is due, and only cash exceeds it.
- DISCOUNT_AUTHORITY: a discount over the cashier's limit, measured on the priced
  result (after quantity changes, removals and cart changes), carries who authorised
  it, and a larger share than was authorised needs authority again.
- OVERRIDE_AUTHORITY: a changed price carries who authorised it.
- RETURNS_WITHIN_SOLD: units given back on a receipt line (completed, held, parked and
  open returns of every window, post-voids included) never exceed the units sold.
- REFUNDS_WITHIN_PAID: what is refunded for a receipt line never exceeds what it cost,
  and each return takes unit positions of the line no other live return holds, priced
  per component (gross, discount, each tax) exactly as those positions cost
  (domain/returns.py), so a line returned in any parts, with returns voided or removed
  in between, refunds to the minor unit what was paid.
- REFUND_TO_ORIGINAL_TENDER: a refund against a receipt goes back to a tender the sale
  was paid with, unless someone with authority chose another.
- VOID_AUTHORITY (sale_commands.Void): voiding a sale that had any line, voided lines
  included, needs authority.
- RETURN_REASON: when the store has return reasons (PricingRules.return_reasons), every
  returned line names one of them, as the store spells it: checked on each line a
  command adds and on every line when the sale completes, so a return held, parked or
  opened in another window before the rule (or by another version) cannot complete
  without one. A post-void reverses a sale whole and needs none.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import Protocol

from .errors import ApprovalNeeded, Message, PermissionDenied, ReturnError, TenderError, msg, said
from .permissions import Action, Actor, authorize
from .pricing import BP, Discount, DiscountKind, PricedCart
from .returns import SoldLine, Span, merge_spans, overlap, refund_at, span_units
from .sale import (
    TENDER_WORD,
    Line,
    PricingRules,
    SaleState,
    SaleStatus,
    Tender,
    line_facts,
    settle,
)


class Invariant(Enum):
    PRICEABLE = "priceable"
    TENDERS_FIT = "tenders_fit"
    DISCOUNT_AUTHORITY = "discount_authority"
    OVERRIDE_AUTHORITY = "override_authority"
    RETURNS_WITHIN_SOLD = "returns_within_sold"
    REFUNDS_WITHIN_PAID = "refunds_within_paid"
    REFUND_TO_ORIGINAL_TENDER = "refund_to_original_tender"
    VOID_AUTHORITY = "void_authority"
    RETURN_REASON = "return_reason"


@dataclass(frozen=True, slots=True)
class Authority:
    """Who is acting on a command and the limits they act within."""

    actor: Actor | None
    approver: Actor | None
    cashier_max_discount_bp: int

    def grant(self, action: Action) -> str:
        """Who authorises `action` now, or PermissionDenied."""
        who = authorize(action, self.actor, self.approver)
        return who or ""

    def holder(self, action: Action) -> str | None:
        """Who could authorise `action` now, without raising."""
        try:
            return authorize(action, self.actor, self.approver)
        except PermissionDenied:
            return None


# ---- rules on the sale alone (checked on the candidate state, before the commit) -------

def enforce(before: SaleState, after: SaleState, rules: PricingRules,
            authority: Authority) -> SaleState:
    """The state `after` with any authority it now needs recorded, or raise.

    Pricing runs only when something depends on it (a discount or a tender), so
    ringing up plain items stays cheap.
    """
    if after.status in (SaleStatus.VOIDED,) or after is before:
        return after
    returns_have_reasons(after, rules, since=None if after.status is SaleStatus.COMPLETED
                         else before.next_line_no)
    facts = line_facts(after)  # what a scan of every line finds, kept by difference
    ln = facts.unapproved_override
    if ln is not None:
        raise ApprovalNeeded(msg("Manager approval needed: {what}", what=msg(
            "price override on {sku} ({rule})", sku=ln.sku,
            rule=Invariant.OVERRIDE_AUTHORITY.value)))
    has_discounts = after.cart_discount is not None or facts.discounts
    if not has_discounts and not after.tenders:
        return after
    priced = after.price(rules)  # PRICEABLE: raises DiscountError with what to fix
    if has_discounts:
        after = _discounts_within_authority(before, after, rules, priced, authority)
    if after.tenders:
        tenders_fit(after, priced.total, rules)
    return after


_RETURNED_ITEM = msg("the returned item")


def return_reason(reason: str, rules: PricingRules, *,
                  what: str | Message = _RETURNED_ITEM) -> str:
    """RETURN_REASON for one return: `reason` as the store spells it (any case), or raise
    ReturnError naming the store's reasons. With no reasons configured, `reason` as given."""
    if not rules.return_reasons:
        return reason
    wanted = reason.casefold()
    for known in rules.return_reasons:
        if known.casefold() == wanted:
            return known
    choices = ", ".join(rules.return_reasons)
    rule = Invariant.RETURN_REASON.value
    if not reason:
        raise ReturnError(msg("Give a reason for returning {what}: {choices} ({rule})",
                              what=what, choices=choices, rule=rule))
    raise ReturnError(msg("{reason} is not one of the store's return reasons: {choices} "
                          "({rule})", reason=repr(reason), choices=choices, rule=rule))


def returns_have_reasons(state: SaleState, rules: PricingRules, *,
                         since: int | None = None) -> None:
    """RETURN_REASON on a sale: its returned lines numbered `since` or later (None: all)
    each carry one of the store's reasons; a post-void is exempt.

    Lines are numbered in the order they are added (SaleState.add_line appends), so the
    lines from `since` on are the sale's tail: a command's check reads only the lines it
    added, not the whole sale on every scan."""
    if not rules.return_reasons or state.post_void_of \
            or (since is not None and since >= state.next_line_no):
        return
    lines = state.lines
    if since is not None:
        start = len(lines)
        while start and lines[start - 1].no >= since:
            start -= 1
        lines = lines[start:]
    for ln in lines:
        if ln.quantity < 0 and ln.reason not in rules.return_reasons:
            has = msg("the reason {reason}", reason=repr(ln.reason)) if ln.reason \
                else msg("no reason")
            raise ReturnError(msg(
                "Return line {no} ({title}) has {has}; the store's reasons are {choices}: "
                "remove the line and return it again with one ({rule})", no=str(ln.no),
                title=ln.title[:40], has=has, choices=", ".join(rules.return_reasons),
                rule=Invariant.RETURN_REASON.value))


def tenders_fit(state: SaleState, total: int, rules: PricingRules) -> None:
    """TENDERS_FIT: tenders have the sign of what is due; only cash is over-tendered."""
    for t in state.tenders:
        if total == 0 or (t.amount > 0) != (total > 0):
            raise TenderError(
                msg("The sale total changed: remove the tenders and take payment again")
                if total else msg("The sale now comes to nothing: remove the tenders first"))
    try:
        settle(total, state.tenders, rules.cash_increment)
    except TenderError as exc:
        raise TenderError(msg("{error}: the sale total is now lower than the tenders; remove a "
                              "tender first", error=said(exc))) from exc


def _line_base(ln: Line) -> int:
    return ln.unit_price * ln.quantity


def _over(d: Discount, base: int, limit_bp: int) -> bool:
    if d.kind is DiscountKind.PERCENT:
        return d.value > limit_bp
    return d.value * BP > limit_bp * base if base > 0 else d.value > 0


def _grew(d: Discount, base_before: int | None, base_after: int) -> bool:
    """Whether the share of its base that an unchanged discount takes has grown."""
    if d.kind is DiscountKind.PERCENT or base_before is None:
        return False
    return base_after < base_before


def _needs(d: Discount, same_as_before: bool, base_before: int | None, base_after: int,
           limit: int) -> bool:
    if not _over(d, base_after, limit):
        return False
    if d.approved_by is None:
        return True
    return same_as_before and _grew(d, base_before, base_after)


def _share(d: Discount, base: int) -> Decimal | int:
    """The discount as a percentage of `base`: 12.50 for 1250 bp, whole for an amount."""
    if d.kind is DiscountKind.PERCENT:
        return Decimal(d.value).scaleb(-2)
    return d.value * 100 // base if base > 0 else 100


def _discounts_within_authority(before: SaleState, after: SaleState, rules: PricingRules,
                                priced: PricedCart, authority: Authority) -> SaleState:
    limit = authority.cashier_max_discount_bp
    old_lines = {ln.no: ln for ln in before.lines}
    new_lines = list(after.lines)
    changed = False
    for i, ln in enumerate(new_lines):
        d = ln.discount
        if d is None or ln.fixed is not None:
            continue
        prev = old_lines.get(ln.no)
        same = prev is not None and prev.discount is not None and \
            _same_discount(prev.discount, d)
        base_before = _line_base(prev) if prev is not None and same else None
        if _needs(d, same, base_before, _line_base(ln), limit):
            who = _grant(authority, msg("the discount on line {no} ({title}) is now {pct} % of "
                                        "the line", no=str(ln.no), title=ln.title[:40],
                                        pct=_share(d, _line_base(ln))))
            new_lines[i] = dataclasses.replace(ln, discount=dataclasses.replace(
                d, approved_by=who))
            changed = True
    cart = after.cart_discount
    if cart is not None:
        base_after = _cart_base(after.lines, priced)
        same = before.cart_discount is not None and _same_discount(before.cart_discount, cart)
        # `before` was committed, so it prices (PRICEABLE held for it).
        base_before = _cart_base(before.lines, before.price(rules)) if same else None
        if _needs(cart, same, base_before, base_after, limit):
            who = _grant(authority, msg("the discount on the whole sale is now {pct} % of the "
                                        "sale", pct=_share(cart, base_after)))
            cart = dataclasses.replace(cart, approved_by=who)
            changed = True
    if not changed:
        return after
    return dataclasses.replace(after, lines=tuple(new_lines), cart_discount=cart)


def _same_discount(a: Discount, b: Discount) -> bool:
    return a.kind is b.kind and a.value == b.value


def _cart_base(lines: Iterable[Line], priced: PricedCart) -> int:
    """What a cart discount applies to: sold lines after their own discounts."""
    by_key = {pl.key: pl for pl in priced.lines}
    return sum(by_key[ln.no].gross - by_key[ln.no].line_discount for ln in lines
               if ln.fixed is None and ln.no in by_key and by_key[ln.no].gross > 0)


def _grant(authority: Authority, why: Message) -> str:
    try:
        return authority.grant(Action.DISCOUNT_OVER_LIMIT)
    except PermissionDenied as exc:
        raise PermissionDenied(msg("{error}: {why}", error=said(exc), why=why)) from exc


# ---- rules against durable state (checked inside the committing transaction) -----------

@dataclass(frozen=True, slots=True)
class Claimed:
    """What other sales already give back of one receipt line."""

    units: int = 0  # positive
    refunded: int = 0  # positive: what those returns refund
    positions: tuple[Span, ...] = ()  # the unit positions they hold


@dataclass(frozen=True, slots=True)
class SoldFacts:
    quantity: int
    total: int
    tender_kinds: frozenset[str]
    gross: int = 0
    discount: int = 0
    taxes: tuple[tuple[str, int], ...] = ()


class ReturnLedger(Protocol):
    """Durable facts about receipt lines, read inside the committing transaction."""

    def sold(self, sale_id: str, line_no: int) -> SoldFacts | None:
        """The receipt line, when its sale is on this terminal; None for another till's."""
        ...

    def claimed(self, sale_id: str, line_no: int, *, excluding: str) -> Claimed:
        """Units and refunds of that line claimed by every other sale on this terminal
        that is completed, open, held or parked (voided sales claim nothing)."""
        ...


@dataclass(frozen=True, slots=True)
class ReturnClaim:
    """One return line's claim on a receipt line; stored with its sale while the sale is
    not voided, so a held return reserves its units against every other window."""

    orig_sale_id: str
    orig_line_no: int
    units: int  # positive
    refunded: int  # positive
    positions: tuple[Span, ...] = ()  # the receipt line's units it holds


def positions_of(ln: Line) -> tuple[Span, ...]:
    """The unit positions a return line holds: as recorded, or for a line recorded
    before positions were kept, the units after those returned before it."""
    r = ln.return_of
    if r is None or ln.quantity >= 0:
        return ()
    return r.positions or ((r.already, r.already - ln.quantity),)


def claims_of(state: SaleState) -> tuple[ReturnClaim, ...]:
    if state.status is SaleStatus.VOIDED:
        return ()
    out: dict[tuple[str, int], ReturnClaim] = {}
    for ln in state.lines:
        r = ln.return_of
        if r is None or ln.quantity >= 0:  # a post-void puts back a returned line
            continue
        refunded = -(ln.fixed.total if ln.fixed is not None else ln.unit_price * ln.quantity)
        key = (r.sale_id, r.line_no)
        prev = out.get(key)
        units = -ln.quantity + (prev.units if prev else 0)
        out[key] = ReturnClaim(r.sale_id, r.line_no, units,
                               refunded + (prev.refunded if prev else 0),
                               (*(prev.positions if prev else ()), *positions_of(ln)))
    return tuple(out.values())


def check_against_ledger(state: SaleState, ledger: ReturnLedger, rules: PricingRules, *,
                         fresh: frozenset[tuple[str, int]] = frozenset()) -> None:
    """RETURNS_WITHIN_SOLD, REFUNDS_WITHIN_PAID and REFUND_TO_ORIGINAL_TENDER.

    A return line added by this command (`fresh`) was priced at the unit positions that
    were free when its receipt was looked up; if another return has taken any of them
    since, its refund would count those units' cents twice (cumulative rounding), so it
    is refused and the receipt is looked up again. Every return line with recorded
    positions must refund exactly what those positions cost, component by component."""
    if state.status is SaleStatus.VOIDED:
        return
    refs = {(ln.return_of.sale_id, ln.return_of.line_no): ln.return_of
            for ln in state.lines if ln.return_of is not None}
    if not refs:
        return
    kinds: set[str] = set()
    known_kinds = True
    for claim in claims_of(state):
        key = (claim.orig_sale_id, claim.orig_line_no)
        ref = refs[key]
        sold = ledger.sold(claim.orig_sale_id, claim.orig_line_no)
        if sold is not None:
            # Other tills' returns of this till's sale: as known when it was looked up.
            quantity, paid, elsewhere = sold.quantity, sold.total, ref.elsewhere
            kinds |= sold.tender_kinds
        else:
            quantity, paid, elsewhere = ref.sold_quantity, ref.paid_total, ref.elsewhere
            kinds |= set(ref.paid_with)
            if not ref.paid_with:
                known_kinds = False
            if quantity <= 0:
                continue  # nothing recorded of another till's line: nothing to hold it to
        other = ledger.claimed(claim.orig_sale_id, claim.orig_line_no, excluding=state.id)
        left = quantity - elsewhere - other.units
        what = msg("line {line} of receipt {receipt}", line=str(claim.orig_line_no),
                   receipt=str(ref.receipt_no))
        if claim.units > left:
            raise ReturnError(msg(
                "Only {left} of {quantity} on {what} can still be returned; other returns "
                "(completed, held or open at another window) already take the rest ({rule})",
                left=max(0, left), quantity=quantity, what=what,
                rule=Invariant.RETURNS_WITHIN_SOLD.value))
        if key in fresh:
            _positions_free(claim, other, ref.receipt_no, quantity)
        if sold is not None:
            _priced_at_positions(state, key, sold, ref.receipt_no)
        if paid > 0 and claim.refunded + other.refunded > paid:
            raise ReturnError(msg(
                "Refunds for {what} would come to more than it cost ({refunded} of {paid}); "
                "remove the return line and add it again ({rule})", what=what,
                refunded=str(claim.refunded + other.refunded), paid=str(paid),
                rule=Invariant.REFUNDS_WITHIN_PAID.value))
    if known_kinds and kinds:
        _refund_to_original(state, kinds, rules)


def _spans(spans: tuple[Span, ...]) -> str:
    return ", ".join(f"{a + 1}" if b == a + 1 else f"{a + 1}-{b}" for a, b in
                     merge_spans(spans))


def _positions_free(claim: ReturnClaim, other: Claimed, receipt_no: int,
                    quantity: int) -> None:
    """A return just added holds units of the line no other live return holds."""
    mine = claim.positions
    if any(not 0 <= a < b <= quantity for a, b in mine) \
            or span_units(merge_spans(mine)) != span_units(mine):
        raise ReturnError(msg(
            "The return of line {line} of receipt {receipt} names units that are not on it "
            "({units} of {quantity}); look the receipt up again ({rule})",
            line=str(claim.orig_line_no), receipt=str(receipt_no), units=_spans(mine),
            quantity=quantity, rule=Invariant.REFUNDS_WITHIN_PAID.value))
    if overlap(mine, other.positions):
        taken = merge_spans(other.positions)
        raise ReturnError(msg(
            "Receipt {receipt} changed since it was looked up: units {units} of line {line} "
            "are returned or being returned now; look the receipt up again ({rule})",
            receipt=str(receipt_no), units=_spans(tuple(s for s in taken
                                                          if overlap((s,), mine))),
            line=str(claim.orig_line_no), rule=Invariant.REFUNDS_WITHIN_PAID.value))


def _priced_at_positions(state: SaleState, key: tuple[str, int], sold: SoldFacts,
                         receipt_no: int) -> None:
    """Each return line with recorded positions refunds what they cost, per component."""
    line = SoldLine(sale_id=key[0], receipt_no=receipt_no, line_no=key[1], variant_id=None,
                    sku="", title=f"line {key[1]} of receipt {receipt_no}",
                    quantity=sold.quantity, unit_price=0, tax_class="", gross=sold.gross,
                    discount=sold.discount, taxes=sold.taxes, total=sold.total)
    for ln in state.lines:
        r = ln.return_of
        if r is None or ln.quantity >= 0 or (r.sale_id, r.line_no) != key \
                or not r.positions:
            continue
        if ln.fixed is None or span_units(r.positions) != -ln.quantity:
            raise ReturnError(msg(
                "Return line {no} does not say which units of {title} it refunds; remove it "
                "and add it again ({rule})", no=str(ln.no), title=line.title,
                rule=Invariant.REFUNDS_WITHIN_PAID.value))
        due = refund_at(line, r.positions)
        got = ln.fixed
        if (got.gross, got.discount, got.total, _nonzero(got.taxes)) != \
                (due.gross, due.discount, due.total, _nonzero(due.taxes)):
            raise ReturnError(
                f"Return line {ln.no} refunds gross {-got.gross}, discount {-got.discount}, "
                f"taxes {dict(got.taxes)}, total {-got.total}, but units "
                f"{_spans(r.positions)} of {line.title} cost gross {-due.gross}, discount "
                f"{-due.discount}, taxes {dict(due.taxes)}, total {-due.total}; remove it "
                f"and add it again ({Invariant.REFUNDS_WITHIN_PAID.value})")


def _nonzero(taxes: tuple[tuple[str, int], ...]) -> dict[str, int]:
    out: dict[str, int] = {}
    for code, amount in taxes:
        out[code] = out.get(code, 0) + amount
    return {c: a for c, a in out.items() if a}


def _refund_to_original(state: SaleState, kinds: set[str], rules: PricingRules) -> None:
    for t in state.tenders:
        if t.amount < 0 and t.kind.value not in kinds and t.approved_by is None:
            paid = tuple(TENDER_WORD.get(k, k.replace("_", " "))
                         for k in sorted(kinds, key=lambda k: k.replace("_", " ")))
            raise ApprovalNeeded(msg("Manager approval needed: {what}", what=msg(
                "refund to {tender} (the sale was paid by {paid}) ({rule})",
                tender=TENDER_WORD[t.kind.value], paid=paid,
                rule=Invariant.REFUND_TO_ORIGINAL_TENDER.value)))


def stamp_tender(tender: Tender, authority: Authority) -> Tender:
    """Record who could authorise a refund to another tender, when someone present can."""
    if tender.amount >= 0:
        return tender
    who = authority.holder(Action.REFUND_OTHER_TENDER)
    return dataclasses.replace(tender, approved_by=who) if who else tender

