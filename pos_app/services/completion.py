"""The immutable facts a completed sale writes, built in memory before the commit.

Everything here is written in the same transaction as the completed sale: sold lines,
payments, stock movements (deltas per SKU) and outbox events for inventory sync,
commissions and the central sale summary. Each event id is generated here, on the
terminal, and reused on every retry as the idempotency key downstream.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol, runtime_checkable

from pos_app.domain.clock import Clock, IdGenerator, iso
from pos_app.domain.pricing import PricedCart
from pos_app.domain.returns import SoldLine
from pos_app.domain.sale import SaleState, Settlement, TenderKind


@dataclass(frozen=True, slots=True)
class PaymentFact:
    id: str
    kind: str
    amount: int  # kept by the store (tendered - change); negative for a refund
    tendered: int
    change: int
    reference: str | None


@dataclass(frozen=True, slots=True)
class StockMove:
    id: str
    variant_id: str | None
    sku: str
    delta: int
    reason: str


@dataclass(frozen=True, slots=True)
class OutboxEvent:
    op_id: str
    topic: str
    aggregate_id: str
    payload: dict[str, Any]


@dataclass(frozen=True, slots=True)
class CompletionFacts:
    sale: SaleState
    lines: tuple[SoldLine, ...]  # receipt_no 0 until the store assigns it
    payments: tuple[PaymentFact, ...]
    stock: tuple[StockMove, ...]
    events: tuple[OutboxEvent, ...]
    total: int
    rounding: int
    at: str


# A hook computes extra outbox events from a completion, in memory, before the commit;
# they are written in the same transaction as the sale (e.g. commission records).
CompletionHook = Callable[["CompletionFacts"], Sequence[OutboxEvent]]


@runtime_checkable
class EventFilter(Protocol):
    """A completion hook that also decides which events are written at all, after every
    hook has added its own (services/channels.py: no events for a channel this terminal
    does not have)."""

    def keep(self, event: OutboxEvent) -> bool: ...

log = logging.getLogger(__name__)


def apply_hooks(facts: CompletionFacts, hooks: Sequence[CompletionHook],
                ids: IdGenerator) -> CompletionFacts:
    """Add the hooks' events. A failing hook never blocks the sale: its failure is
    recorded as a 'needs_attention' outbox event for a manager, and logged as a bug."""
    extra: list[OutboxEvent] = []
    for hook in hooks:
        try:
            extra.extend(hook(facts))
        except Exception as exc:
            log.exception("completion hook %r failed for sale %s", hook, facts.sale.id,
                          extra={"sale_id": facts.sale.id})  # its own key in the JSON log
            extra.append(OutboxEvent(ids.new_id(), "needs_attention", facts.sale.id, {
                "sale_id": facts.sale.id, "hook": getattr(hook, "__qualname__", repr(hook)),
                "error": f"{type(exc).__name__}: {exc}"}))
    events = facts.events + tuple(extra)
    for hook in hooks:
        if isinstance(hook, EventFilter):
            events = tuple(e for e in events if hook.keep(e))
    if not extra and len(events) == len(facts.events):
        return facts
    return replace(facts, events=events)


def build_completion(state: SaleState, priced: PricedCart, st: Settlement, ids: IdGenerator,
                     clock: Clock) -> CompletionFacts:
    at = iso(clock.now())
    lines = []
    for ln in state.lines:
        pl = priced.line(ln.no)
        lines.append(SoldLine(
            sale_id=state.id, receipt_no=0, line_no=ln.no, variant_id=ln.variant_id, sku=ln.sku,
            title=ln.title, quantity=ln.quantity, unit_price=ln.unit_price,
            tax_class=ln.tax_class, gross=pl.gross, discount=pl.discount, taxes=pl.taxes,
            total=pl.total, tracked=ln.tracked, attributions=ln.attributions))

    payments = []
    change_left = st.change
    for t in state.tenders:
        change = 0
        if t.kind is TenderKind.CASH and change_left:
            change = min(change_left, t.amount)
            change_left -= change
        payments.append(PaymentFact(t.id, t.kind.value, t.amount - change, t.amount, change,
                                    t.reference))

    stock = []
    for ln in state.lines:
        # Units not put back on the shelf (a damaged return, or the post-void of one)
        # never change stock: no movement, no inventory event for Shopify.
        if not ln.tracked or not ln.restock:
            continue
        reason = "return" if ln.quantity < 0 else "sale"
        if state.post_void_of:
            reason = "post_void"
        stock.append(StockMove(ids.new_id(), ln.variant_id, ln.sku, -ln.quantity, reason))

    events = [
        OutboxEvent(m.id, "inventory", m.sku, {
            "event_id": m.id, "sale_id": state.id, "variant_id": m.variant_id, "sku": m.sku,
            "delta": m.delta, "reason": m.reason, "at": at})
        for m in stock
    ]
    events.append(OutboxEvent(ids.new_id(), "commission", state.id, {
        "sale_id": state.id, "terminal_id": state.terminal_id, "shift_id": state.shift_id,
        "cashier_id": state.cashier_id, "at": at, "currency": state.currency,
        "post_void_of": state.post_void_of,
        "lines": [{"line_no": sl.line_no, "sku": sl.sku, "variant_id": sl.variant_id,
                   "quantity": sl.quantity, "net": sl.total - sl.tax, "total": sl.total,
                   "tax": sl.tax, "discount": sl.discount,
                   # What a return at another till refunds exactly (services/sales.py).
                   "gross": sl.gross, "taxes": [list(t) for t in sl.taxes], "title": sl.title,
                   "unit_price": sl.unit_price, "tax_class": sl.tax_class,
                   "attributions": [list(a) for a in sl.attributions],
                   "return_of": ([ln.return_of.sale_id, ln.return_of.line_no]
                                 if ln.return_of else None)}
                  for sl, ln in zip(lines, state.lines, strict=True)]}))
    events.append(OutboxEvent(ids.new_id(), "sale", state.id, {
        "sale_id": state.id, "terminal_id": state.terminal_id, "shift_id": state.shift_id,
        "cashier_id": state.cashier_id, "customer_id": state.customer_id, "at": at,
        "currency": state.currency, "subtotal": priced.subtotal, "discount": priced.discount,
        "tax": priced.tax, "tax_by_rate": dict(priced.tax_by_rate), "total": priced.total,
        "rounding": st.rounding, "change": st.change, "post_void_of": state.post_void_of,
        "payments": [{"kind": p.kind, "amount": p.amount} for p in payments]}))
    return CompletionFacts(state, tuple(lines), tuple(payments), tuple(stock), tuple(events),
                           priced.total, st.rounding, at)
