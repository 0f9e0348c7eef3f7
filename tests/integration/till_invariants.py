"""The till's invariants (DESIGN.md house rule 12, issue 9), checked from durable state.

`read_durable` opens nothing the desks use: it reads through its own `LocalDatabase`
(own engines, fresh connections) and the public store and staff repositories, so what
it sees is what a restarted terminal would see. `check_durable` returns every
violation it finds; `raise_violations` raises the first one as its own exception class
(one class per invariant, so Hypothesis reports distinct invariants as distinct bugs).

The invariants, each with the tag that names it in failures and in
`POS_APP_STATEFUL_IGNORE` (a comma-separated list of tags to skip while one is being
fixed):

- units-returned       units returned of a receipt line (completed returns, post-voids and
                       returns reserved in open, held or parked sales) <= units sold
- refund-line          refunded gross, discount, tax per rate and total of a receipt line
                       <= what was sold for it
- refund-exact         once every unit of a line is returned, its refunds add up to
                       exactly what was paid for it
- refund-sale          refunded to tenders (returns and post-voids, plus returns still
                       pending) <= what was paid for the sale's sold lines, within cash
                       rounding
- discount-authority   every line and cart discount of a stored (not voided) sale, as
                       priced now, is within the cashier limit or records an approver of
                       sufficient rank
- override-authority   every overridden price records a supervisor or above
- unpriceable          every stored sale can be priced and settled
- completed-settles    a completed sale's payments settle its total exactly; its sold
                       lines are its priced lines
- refund-tender        a return against a receipt refunds to a tender kind the original
                       sale was paid with, or records an approver of that refund tender
- receipts-gapless     receipt numbers of the terminal are 1..n, one per completed sale
- completed-immutable  nothing stored of a completed sale changes after completion
- hook-failed          no completion hook failed (a failure becomes a needs_attention event)

The machine adds the ones that need its memory: memory-vs-storage, memory-ahead,
lost-ack, authority (a command that needs authority is refused without it).
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text

from pos_app.adapters.sqlite.sale_store import SqliteSaleStore
from pos_app.adapters.sqlite.staff_repo import SqliteStaffRepository
from pos_app.adapters.sqlite.store import LocalDatabase
from pos_app.domain.errors import PosError
from pos_app.domain.permissions import REQUIRED, Action, Role
from pos_app.domain.pricing import BP, PricedCart
from pos_app.domain.returns import SoldLine
from pos_app.domain.sale import PricingRules, SaleState, SaleStatus, Settlement

# ---- violations ----------------------------------------------------------------------

class InvariantViolation(AssertionError):
    """A till invariant does not hold. Subclasses name the invariant."""

    tag = "invariant"


class UnitsReturnedExceedSold(InvariantViolation):
    tag = "units-returned"


class RefundExceedsLine(InvariantViolation):
    tag = "refund-line"


class RefundNotExact(InvariantViolation):
    tag = "refund-exact"


class RefundExceedsSale(InvariantViolation):
    tag = "refund-sale"


class DiscountBeyondAuthority(InvariantViolation):
    tag = "discount-authority"


class OverrideBeyondAuthority(InvariantViolation):
    tag = "override-authority"


class SaleUnpriceable(InvariantViolation):
    tag = "unpriceable"


class CompletedNotSettled(InvariantViolation):
    tag = "completed-settles"


class RefundToOtherTender(InvariantViolation):
    tag = "refund-tender"


class ReceiptsNotGapless(InvariantViolation):
    tag = "receipts-gapless"


class CompletedChanged(InvariantViolation):
    tag = "completed-immutable"


class HookFailed(InvariantViolation):
    tag = "hook-failed"


class MemoryDiffersFromStorage(InvariantViolation):
    tag = "memory-vs-storage"


class MemoryAheadOfStorage(InvariantViolation):
    tag = "memory-ahead"


class AcknowledgedCommandLost(InvariantViolation):
    tag = "lost-ack"


class AuthorityNotRequired(InvariantViolation):
    tag = "authority"


class ReturnWithoutReason(InvariantViolation):
    tag = "return-reason"


VIOLATIONS: dict[str, type[InvariantViolation]] = {
    cls.tag: cls for cls in (
        UnitsReturnedExceedSold, RefundExceedsLine, RefundNotExact, RefundExceedsSale,
        DiscountBeyondAuthority, OverrideBeyondAuthority, SaleUnpriceable,
        CompletedNotSettled, RefundToOtherTender, ReceiptsNotGapless, CompletedChanged,
        HookFailed, MemoryDiffersFromStorage, MemoryAheadOfStorage, AcknowledgedCommandLost,
        AuthorityNotRequired, ReturnWithoutReason)
}


@dataclass(frozen=True, slots=True)
class Violation:
    tag: str
    message: str


def ignored_tags() -> frozenset[str]:
    raw = os.environ.get("POS_APP_STATEFUL_IGNORE", "")
    return frozenset(t.strip() for t in raw.split(",") if t.strip())


def raise_violations(found: Iterable[Violation]) -> None:
    """Raise the first violation not ignored, with every other one in the message."""
    skip = ignored_tags()
    live = [v for v in found if v.tag not in skip]
    if not live:
        return
    first = live[0]
    more = "".join(f"\n  also [{v.tag}] {v.message}" for v in live[1:8])
    raise VIOLATIONS[first.tag](f"[{first.tag}] {first.message}{more}")


def short(sale_id: str) -> str:
    return sale_id[-6:]


# ---- the durable view ----------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Payment:
    id: str
    kind: str
    amount: int  # kept: tendered - change; negative for a refund
    tendered: int
    change: int


@dataclass(frozen=True, slots=True)
class CompletedSale:
    """Everything stored of a completed sale: compared on every step once seen."""

    state: SaleState
    receipt_no: int | None
    lines: tuple[SoldLine, ...]
    payments: tuple[Payment, ...]


@dataclass
class DurableView:
    states: dict[str, SaleState]
    completed: dict[str, CompletedSale]
    roles: dict[str, Role]
    # (sale id, tender id) -> staff ids recorded as approving that tender
    tender_approvals: dict[tuple[str, str], set[str]]
    hook_failures: list[str]


def read_durable(db: LocalDatabase, terminal_id: str) -> DurableView:
    """What storage holds now, through a store and connections no desk uses.

    Sale states come through the sale store's own reader (whatever the stored form);
    the immutable facts of completed sales (receipt numbers, sold lines, payments)
    are read in bulk, a query per table, so the check stays cheap on every step."""
    store = SqliteSaleStore(db)
    states = {s.id: s for s in store.sales_with_status(terminal_id, list(SaleStatus))}
    receipt_no: dict[str, int] = {}
    lines: dict[str, list[SoldLine]] = defaultdict(list)
    pays: dict[str, list[Payment]] = defaultdict(list)
    with db.read() as conn:
        for sid, no in conn.execute(text(
                "SELECT id, receipt_no FROM sale WHERE terminal_id = :t "
                "AND receipt_no IS NOT NULL"), {"t": terminal_id}):
            receipt_no[str(sid)] = int(no)
        for r in conn.execute(text(
                "SELECT sale_id, line_no, variant_id, sku, title, quantity, unit_price, "
                "tax_class, gross, discount, taxes, total, attributions FROM sold_line "
                "ORDER BY sale_id, line_no")).mappings():
            sid = str(r["sale_id"])
            lines[sid].append(SoldLine(
                sale_id=sid, receipt_no=receipt_no.get(sid, 0), line_no=int(r["line_no"]),
                variant_id=r["variant_id"], sku=r["sku"], title=r["title"],
                quantity=int(r["quantity"]), unit_price=int(r["unit_price"]),
                tax_class=r["tax_class"], gross=int(r["gross"]), discount=int(r["discount"]),
                taxes=tuple((str(c), int(a)) for c, a in json.loads(r["taxes"]).items()),
                total=int(r["total"]),
                attributions=tuple((str(a[0]), int(a[1]))
                                   for a in json.loads(r["attributions"]))))
        for r in conn.execute(text(
                "SELECT id, sale_id, kind, amount, tendered, change FROM payment "
                "ORDER BY sale_id, id")).mappings():
            pays[str(r["sale_id"])].append(Payment(
                str(r["id"]), str(r["kind"]), int(r["amount"]), int(r["tendered"]),
                int(r["change"] or 0)))
    completed = {sid: CompletedSale(s, receipt_no.get(sid), tuple(lines.get(sid, ())),
                                    tuple(pays.get(sid, ())))
                 for sid, s in states.items() if s.status is SaleStatus.COMPLETED}
    roles = {st.id: st.role
             for st in SqliteStaffRepository(db).list_staff(include_inactive=True)}
    return DurableView(states, completed, roles, _tender_approvals(db, states),
                       _hook_failures(db))


def _tender_approvals(db: LocalDatabase, states: Mapping[str, SaleState]) \
        -> dict[tuple[str, str], set[str]]:
    """Who is recorded as approving each tender, wherever today's or tomorrow's code
    records it: an `approved_by` on the tender itself, an `approved_by` column of the
    add_tender command row (absent today), or an audit row naming the tender."""
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    for s in states.values():
        for t in s.tenders:
            who = getattr(t, "approved_by", None)
            if who:
                out[(s.id, t.id)].add(str(who))
    with db.read() as conn:
        cols = {str(r[1]) for r in conn.exec_driver_sql("PRAGMA table_info(sale_command)")}
        if "approved_by" in cols:
            for sid, payload, who in conn.execute(text(
                    "SELECT sale_id, payload, approved_by FROM sale_command "
                    "WHERE kind = 'add_tender' AND approved_by IS NOT NULL")):
                tid = _json_field(payload, "tender_id")
                if tid:
                    out[(str(sid), tid)].add(str(who))
        for sid, detail, who in conn.execute(text(
                "SELECT subject, detail, approved_by FROM audit_log "
                "WHERE approved_by IS NOT NULL AND subject IS NOT NULL")):
            tid = _json_field(detail, "tender_id")
            if tid:
                out[(str(sid), tid)].add(str(who))
    return out


def _json_field(raw: Any, key: str) -> str | None:
    try:
        got = json.loads(raw)
    except (TypeError, ValueError):
        return None
    value = got.get(key) if isinstance(got, dict) else None
    return str(value) if value else None


def _hook_failures(db: LocalDatabase) -> list[str]:
    """Completion hooks that failed: a needs_attention event naming the hook, or a
    commission record the calculator wrote instead of raising ("calculation failed")."""
    with db.read() as conn:
        rows = conn.execute(text(
            "SELECT aggregate_id, topic, payload FROM outbox WHERE "
            "(topic = 'needs_attention' AND payload LIKE '%\"hook\"%') "
            "OR payload LIKE '%calculation failed:%'")).all()
    out = []
    for sid, topic, payload in rows:
        why = _json_field(payload, "reason") or _json_field(payload, "error") or payload[:200]
        out.append(f"completion of sale {short(str(sid))}: {topic} event says {why}")
    return out


# Who may approve refunding a return to a tender the original sale was not paid with.
# The lowest rank that can approve anything at the counter: the check does not guess a
# stricter rule than the code will have.
REFUND_TENDER_APPROVER = Role.SUPERVISOR


# ---- the checks ----------------------------------------------------------------------

@dataclass
class _Returned:
    units: int = 0
    gross: int = 0
    discount: int = 0
    total: int = 0
    taxes: dict[str, int] = field(default_factory=dict)
    where: list[str] = field(default_factory=list)


def _may(roles: Mapping[str, Role], staff_id: str | None, action: Action) -> bool:
    return _at_least(roles, staff_id, REQUIRED[action])


def _at_least(roles: Mapping[str, Role], staff_id: str | None, need: Role) -> bool:
    role = roles.get(staff_id or "")
    return role is not None and role.rank >= need.rank


def _ceil_share(base: int, bp: int) -> int:
    """The most a `bp` discount of `base` may be, rounding in the cashier's favour."""
    return -((-abs(base) * bp) // BP)


def check_durable(view: DurableView, rules: PricingRules, *, cashier_max_discount_bp: int,
                  seen_completed: Mapping[str, CompletedSale]) -> list[Violation]:
    out: list[Violation] = []
    priced: dict[str, PricedCart] = {}
    settled: dict[str, Settlement] = {}

    # unpriceable: every stored sale prices and settles.
    for sid, s in view.states.items():
        try:
            priced[sid] = s.price(rules)
            settled[sid] = s.settlement(rules)
        except PosError as exc:
            tenders = ", ".join(f"{t.kind.value} {t.amount}" for t in s.tenders) or "none"
            out.append(Violation("unpriceable", (
                f"{s.status.value} sale {short(sid)} (v{s.version}) raises on read: "
                f"{type(exc).__name__}: {exc}; lines {_describe_lines(s)}; "
                f"cart discount {s.cart_discount}; tenders {tenders}")))

    out += _check_returns(view, rules)
    out += _check_authority(view, priced, cashier_max_discount_bp)
    out += _check_completed(view, priced, settled)
    out += _check_refund_tenders(view)

    # return-reason: a completed return line (not a post-void's) has one of the store's
    # reasons, as the store spells it (RETURN_REASON).
    if rules.return_reasons:
        for sid, c in view.completed.items():
            if c.state.post_void_of:
                continue
            for ln in c.state.lines:
                if ln.quantity < 0 and ln.reason not in rules.return_reasons:
                    out.append(Violation("return-reason", (
                        f"completed sale {short(sid)} #{c.receipt_no} returns line {ln.no} "
                        f"({ln.sku}) with reason {ln.reason!r}")))

    # receipts-gapless: receipt numbers 1..n, one per completed sale.
    numbers = sorted(c.receipt_no or 0 for c in view.completed.values())
    if numbers != list(range(1, len(numbers) + 1)):
        out.append(Violation("receipts-gapless",
                             f"receipt numbers of {len(numbers)} completed sales: {numbers}"))

    # completed-immutable: what was stored at completion never changes.
    for sid, before in seen_completed.items():
        now = view.completed.get(sid)
        if now != before:
            what = ("is gone or no longer completed" if now is None
                    else _diff_completed(before, now))
            out.append(Violation("completed-immutable",
                                 f"completed sale {short(sid)} #{before.receipt_no} {what}"))

    out += [Violation("hook-failed", f) for f in view.hook_failures]
    return out


def _describe_lines(s: SaleState) -> str:
    parts = []
    for ln in s.lines:
        bits = [f"#{ln.no} {ln.sku} {ln.quantity}x{ln.unit_price}"]
        if ln.discount:
            bits.append(f"disc {ln.discount.kind.value} {ln.discount.value}")
        if ln.return_of:
            bits.append(f"returns {short(ln.return_of.sale_id)}:{ln.return_of.line_no}")
        parts.append(" ".join(bits))
    return "[" + "; ".join(parts) + "]"


def _diff_completed(a: CompletedSale, b: CompletedSale) -> str:
    if a.state != b.state:
        return f"changed state: v{a.state.version} {a.state.status.value} -> " \
               f"v{b.state.version} {b.state.status.value}"
    if a.receipt_no != b.receipt_no:
        return f"changed receipt number to {b.receipt_no}"
    if a.lines != b.lines:
        return "changed sold lines"
    return "changed payments"


def _check_returns(view: DurableView, rules: PricingRules) -> list[Violation]:
    """units-returned, refund-line, refund-exact, refund-sale."""
    out: list[Violation] = []
    sold: dict[tuple[str, int], SoldLine] = {
        (sid, sl.line_no): sl for sid, c in view.completed.items() for sl in c.lines
        if sl.quantity > 0}
    returned: dict[tuple[str, int], _Returned] = defaultdict(_Returned)
    pending_refund: dict[str, int] = defaultdict(int)  # original sale -> refund not yet paid
    for sid, s in view.states.items():
        if s.status is SaleStatus.VOIDED:
            continue  # a voided sale releases what it reserved
        for ln in s.lines:
            if ln.return_of is None or ln.quantity >= 0:
                continue
            key = (ln.return_of.sale_id, ln.return_of.line_no)
            r = returned[key]
            r.units += -ln.quantity
            kind = "post-void" if s.post_void_of else "return"
            r.where.append(f"{-ln.quantity} in {s.status.value} {kind} {short(sid)}")
            f = ln.fixed
            if f is None:
                out.append(Violation("refund-line", (
                    f"return line #{ln.no} of {s.status.value} sale {short(sid)} has no "
                    "recorded refund amounts")))
                continue
            r.gross += -f.gross
            r.discount += -f.discount
            r.total += -f.total
            for code, amount in f.taxes:
                r.taxes[code] = r.taxes.get(code, 0) - amount
            if s.status is not SaleStatus.COMPLETED:
                pending_refund[ln.return_of.sale_id] += -f.total

    for key, r in returned.items():
        sl = sold.get(key)
        label = f"line {key[1]} of receipt sale {short(key[0])}"
        if sl is None:
            out.append(Violation("units-returned", (
                f"{r.units} units returned of {label}, which is not a sold line of a "
                f"completed sale ({', '.join(r.where)})")))
            continue
        label = f"line {key[1]} ({sl.sku}) of receipt #{sl.receipt_no}"
        if r.units > sl.quantity:
            out.append(Violation("units-returned", (
                f"{r.units} units returned of {sl.quantity} sold on {label}: "
                f"{', '.join(r.where)}")))
        sold_taxes = dict(sl.taxes)
        over = [name for name, got, cap in (
            ("gross", r.gross, sl.gross), ("discount", r.discount, sl.discount),
            ("total", r.total, sl.total),
            *((f"tax {c}", a, sold_taxes.get(c, 0)) for c, a in r.taxes.items()))
            if got > cap]
        if over:
            out.append(Violation("refund-line", (
                f"refunds of {label} exceed what was sold in {', '.join(over)}: refunded "
                f"gross {r.gross} disc {r.discount} taxes {r.taxes} total {r.total}; sold "
                f"gross {sl.gross} disc {sl.discount} taxes {sold_taxes} total {sl.total} "
                f"({', '.join(r.where)})")))
        elif r.units == sl.quantity and (r.gross, r.discount, r.total, _nonzero(r.taxes)) \
                != (sl.gross, sl.discount, sl.total, _nonzero(sold_taxes)):
            out.append(Violation("refund-exact", (
                f"every unit of {label} is returned but refunds (gross {r.gross}, disc "
                f"{r.discount}, taxes {r.taxes}, total {r.total}) differ from what was sold "
                f"(gross {sl.gross}, disc {sl.discount}, taxes {sold_taxes}, total "
                f"{sl.total}) ({', '.join(r.where)})")))

    # refund-sale: money refunded to tenders against a sale <= what the store kept for it.
    slack = max(0, rules.cash_increment - 1)
    for sid, c in view.completed.items():
        if not any(sl.quantity > 0 for sl in c.lines):
            continue
        # What the customer paid for the sold lines (an exchange paid part of it with
        # the credit of its returned lines, so not the sale's payments).
        paid = sum(sl.total for sl in c.lines if sl.quantity > 0)
        refunded, n, via = 0, 1, []
        for rc in view.completed.values():
            refs = {ln.return_of.sale_id for ln in rc.state.lines if ln.return_of}
            pure = refs == {sid} and all(ln.return_of for ln in rc.state.lines)
            if rc.state.post_void_of == sid or pure:
                paid_out = -sum(p.amount for p in rc.payments)
                refunded += paid_out
                n += 1
                kind = "post-void" if rc.state.post_void_of else "return"
                via.append(f"{kind} #{rc.receipt_no} {paid_out}")
            elif sid in refs:  # an exchange: count what its lines refund
                part = -sum(ln.fixed.total for ln in rc.state.lines
                            if ln.return_of and ln.return_of.sale_id == sid and ln.fixed)
                refunded += part
                via.append(f"exchange #{rc.receipt_no} {part}")
        pending = pending_refund.get(sid, 0)
        if pending:
            via.append(f"pending {pending}")
        if refunded + pending > paid + slack * n:
            out.append(Violation("refund-sale", (
                f"receipt #{c.receipt_no} (sale {short(sid)}): {paid} paid, refunded "
                f"{refunded} + {pending} pending ({', '.join(via)})")))
    return out


def _nonzero(taxes: Mapping[str, int]) -> dict[str, int]:
    return {code: amount for code, amount in taxes.items() if amount}


def _check_authority(view: DurableView, priced: Mapping[str, PricedCart],
                     limit_bp: int) -> list[Violation]:
    """discount-authority, override-authority: on the priced result, as stored now."""
    out: list[Violation] = []
    for sid, s in view.states.items():
        if s.status is SaleStatus.VOIDED or sid not in priced:
            continue
        p = priced[sid]
        where = f"{s.status.value} sale {short(sid)} (v{s.version})"
        for ln in s.lines:
            if ln.list_price is not None and not _may(view.roles, ln.override_by,
                                                      Action.PRICE_OVERRIDE):
                out.append(Violation("override-authority", (
                    f"line #{ln.no} of {where}: price {ln.list_price} -> {ln.unit_price} "
                    f"overridden with approval recorded as {ln.override_by!r}")))
            if ln.discount is None or ln.fixed is not None:
                continue
            pl = p.line(ln.no)
            if abs(pl.line_discount) > _ceil_share(pl.gross, limit_bp) and not _may(
                    view.roles, ln.discount.approved_by, Action.DISCOUNT_OVER_LIMIT):
                out.append(Violation("discount-authority", (
                    f"line #{ln.no} {ln.sku} of {where}: discount {ln.discount.kind.value} "
                    f"{ln.discount.value} is {abs(pl.line_discount)} of {abs(pl.gross)} "
                    f"({_pct(pl.line_discount, pl.gross)}) on {ln.quantity} unit(s), over "
                    f"the cashier limit of {limit_bp / 100:g} %, approved by "
                    f"{ln.discount.approved_by!r}")))
        cd = s.cart_discount
        if cd is not None:
            fixed = {ln.no for ln in s.lines if ln.fixed is not None}
            base = sum(pl.gross - pl.line_discount for pl in p.lines
                       if pl.key not in fixed and pl.gross > 0)
            got = sum(pl.cart_discount for pl in p.lines)
            if got > _ceil_share(base, limit_bp) and not _may(
                    view.roles, cd.approved_by, Action.DISCOUNT_OVER_LIMIT):
                out.append(Violation("discount-authority", (
                    f"cart discount of {where}: {cd.kind.value} {cd.value} is {got} of "
                    f"{base} ({_pct(got, base)}), over the cashier limit of "
                    f"{limit_bp / 100:g} %, approved by {cd.approved_by!r}; lines "
                    f"{_describe_lines(s)}")))
    return out


def _pct(part: int, base: int) -> str:
    return f"{100 * abs(part) / abs(base):.1f} %" if base else "of nothing"


def _check_completed(view: DurableView, priced: Mapping[str, PricedCart],
                     settled: Mapping[str, Settlement]) -> list[Violation]:
    """completed-settles."""
    out: list[Violation] = []
    for sid, c in view.completed.items():
        if sid not in priced:
            continue  # reported as unpriceable
        p, st = priced[sid], settled[sid]
        kept = sum(pay.amount for pay in c.payments)
        where = f"completed sale {short(sid)} #{c.receipt_no}"
        if not st.settled:
            out.append(Violation("completed-settles",
                                 f"{where}: {st.remaining} still open on a total of {p.total}"))
        elif kept != p.total + st.rounding:
            out.append(Violation("completed-settles", (
                f"{where}: payments keep {kept}, the total is {p.total} with cash "
                f"rounding {st.rounding}")))
        facts = [(sl.line_no, sl.gross, sl.discount, tuple(sl.taxes), sl.total)
                 for sl in c.lines]
        lines = [(pl.key, pl.gross, pl.discount, tuple(pl.taxes), pl.total) for pl in p.lines]
        if facts != lines:
            out.append(Violation("completed-settles",
                                 f"{where}: sold lines {facts} are not its priced lines {lines}"))
    return out


def _check_refund_tenders(view: DurableView) -> list[Violation]:
    """refund-tender: a return refunds to what the original was paid with, or is approved."""
    out: list[Violation] = []
    for sid, c in view.completed.items():
        refs = {ln.return_of.sale_id for ln in c.state.lines
                if ln.return_of and ln.quantity < 0}
        if not refs:
            continue
        paid_with = {p.kind for ref in refs if ref in view.completed
                     for p in view.completed[ref].payments if p.amount > 0}
        for pay in c.payments:
            if pay.amount >= 0 or pay.kind in paid_with:
                continue
            approvers = view.tender_approvals.get((sid, pay.id), set())
            if not any(_at_least(view.roles, who, REFUND_TENDER_APPROVER) for who in approvers):
                originals = ", ".join(
                    f"#{view.completed[r].receipt_no}" for r in sorted(refs)
                    if r in view.completed)
                out.append(Violation("refund-tender", (
                    f"return #{c.receipt_no} (sale {short(sid)}) refunds {pay.amount} in "
                    f"{pay.kind} for receipt(s) {originals} paid only by "
                    f"{', '.join(sorted(paid_with)) or 'nothing'}, with no approver of "
                    f"sufficient rank recorded (found {sorted(approvers) or 'none'})")))
    return out
