"""The terminal's sales desk: opens, finds, recovers, parks and post-voids sale sessions.

Holds at most one `SaleSession` object per sale id in this process, so every
command on a sale goes through that sale's single writer.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import Any, Protocol

from pos_app.domain.clock import Clock, IdGenerator, iso
from pos_app.domain.errors import ReturnError, StateError
from pos_app.domain.permissions import Action, Actor, authorize
from pos_app.domain.pricing import Fixed
from pos_app.domain.returns import SoldLine, refund_amounts
from pos_app.domain.sale import (
    Line,
    PricingRules,
    ReturnRef,
    SaleState,
    SaleStatus,
    Tender,
    TenderKind,
)

from .completion import CompletionHook, apply_hooks, build_completion
from .sale_commands import Park
from .sale_session import CommandRecord, SaleSession, SaleStore


class SaleRepository(SaleStore, Protocol):
    def sales_with_status(self, terminal_id: str, statuses: Sequence[SaleStatus]) \
            -> list[SaleState]: ...

    def stale_open_sales(self, terminal_id: str, updated_before: str) -> list[str]: ...

    def find_receipt(self, terminal_id: str, receipt_no: int) \
            -> tuple[SaleState, list[SoldLine]]: ...

    def returned_quantities(self, sale_id: str) -> dict[int, int]: ...

    def payments_of(self, sale_id: str) -> list[dict[str, Any]]: ...

    def post_voided(self, sale_id: str) -> bool: ...

    def compact(self, completed_before: str) -> int: ...


@dataclass(frozen=True, slots=True)
class ReturnableLine:
    line: SoldLine
    returned: int

    @property
    def returnable(self) -> int:
        return max(0, self.line.quantity - self.returned)


@dataclass(frozen=True, slots=True)
class Receipt:
    sale: SaleState
    lines: tuple[ReturnableLine, ...]


class SalesDesk:
    def __init__(self, repo: SaleRepository, rules: PricingRules, clock: Clock,
                 ids: IdGenerator, *, terminal_id: str, currency: str,
                 cashier_max_discount_bp: int = 1000,
                 completion_hooks: Sequence[CompletionHook] = ()) -> None:
        self._repo = repo
        # Extra facts written with every completed sale (commission records, ...).
        self.completion_hooks: list[CompletionHook] = list(completion_hooks)
        self.rules = rules
        self._clock = clock
        self._ids = ids
        self.terminal_id = terminal_id
        self.currency = currency
        self._max_disc = cashier_max_discount_bp
        self._sessions: dict[str, SaleSession] = {}
        self._lock = threading.Lock()

    def _cache(self, session: SaleSession) -> SaleSession:
        with self._lock:
            return self._sessions.setdefault(session.id, session)

    def new_sale(self, *, cashier_id: str | None = None, shift_id: str | None = None,
                 sale_id: str | None = None) -> SaleSession:
        return self._cache(SaleSession.open(
            self._repo, self.rules, self._clock, self._ids, terminal_id=self.terminal_id,
            currency=self.currency, cashier_id=cashier_id, shift_id=shift_id, sale_id=sale_id,
            cashier_max_discount_bp=self._max_disc, completion_hooks=self.completion_hooks))

    def session(self, sale_id: str) -> SaleSession:
        with self._lock:
            cached = self._sessions.get(sale_id)
        if cached is not None:
            return cached
        return self._cache(SaleSession.load(self._repo, sale_id, self.rules, self._clock,
                                            self._ids, cashier_max_discount_bp=self._max_disc,
                                            completion_hooks=self.completion_hooks))

    def open_sales(self) -> list[SaleSession]:
        """Sales left open (e.g. by a crash or power cut), oldest first: the recovery list."""
        return [self.session(s.id)
                for s in self._repo.sales_with_status(self.terminal_id, [SaleStatus.OPEN])]

    def held_sales(self) -> list[SaleState]:
        return self._repo.sales_with_status(self.terminal_id,
                                            [SaleStatus.HELD, SaleStatus.PARKED])

    def park_stale(self, idle: timedelta) -> list[str]:
        """Park open sales nobody has touched for `idle`; they show up with held sales."""
        cut = iso(self._clock.now() - idle)
        parked = []
        for sid in self._repo.stale_open_sales(self.terminal_id, cut):
            session = self.session(sid)
            if session.state.lines and not session.state.tenders:
                session.execute(Park())
                parked.append(sid)
        return parked

    def compact(self, older_than: timedelta) -> int:
        return self._repo.compact(iso(self._clock.now() - older_than))

    def receipt(self, receipt_no: int) -> Receipt:
        sale, lines = self._repo.find_receipt(self.terminal_id, receipt_no)
        if sale.status is not SaleStatus.COMPLETED:
            raise ReturnError(f"Receipt {receipt_no} is not a completed sale")
        returned = self._repo.returned_quantities(sale.id)
        return Receipt(sale, tuple(ReturnableLine(sl, returned.get(sl.line_no, 0))
                                   for sl in lines))

    def post_void(self, sale_id: str, *, actor: Actor | None, approver: Actor | None = None,
                  reason: str = "") -> tuple[SaleState, int | None]:
        """Reverse a completed sale in full, in one transaction, as a new offsetting sale."""
        who = authorize(Action.POST_VOID, actor, approver)
        original = self._repo.load(sale_id)
        if original is None or original.status is not SaleStatus.COMPLETED:
            raise StateError("Only a completed sale can be post-voided")
        if original.post_void_of:
            raise StateError("A post-void cannot itself be post-voided")
        if self._repo.post_voided(sale_id):
            raise StateError("This sale was already post-voided")
        if self._repo.returned_quantities(sale_id):
            raise StateError("Part of this sale was returned; return the rest instead")
        receipt_no = self._repo.receipt_no_of(sale_id) or 0
        _, sold = self._repo.find_receipt(self.terminal_id, receipt_no)
        new_id = self._ids.new_id()
        lines = []
        for i, sl in enumerate(sold, start=1):
            fixed = refund_amounts(sl, 0, sl.quantity) if sl.quantity > 0 else None
            lines.append(Line(
                no=i, variant_id=sl.variant_id, sku=sl.sku, title=sl.title,
                unit_price=sl.unit_price, quantity=-sl.quantity, tax_class=sl.tax_class,
                tracked=sl.tracked, attributions=sl.attributions,
                return_of=ReturnRef(sale_id, receipt_no, sl.line_no),
                fixed=fixed if fixed is not None else _negated_fixed(sl)))
        tenders = tuple(Tender(self._ids.new_id(), TenderKind(p["kind"]), -int(p["amount"]),
                               p["reference"]) for p in self._repo.payments_of(sale_id))
        now = iso(self._clock.now())
        state = SaleState(id=new_id, terminal_id=self.terminal_id, currency=original.currency,
                          opened_at=now, cashier_id=actor.staff_id if actor else None,
                          shift_id=original.shift_id, status=SaleStatus.OPEN, version=0,
                          lines=tuple(lines), next_line_no=len(lines) + 1, tenders=tenders,
                          note=reason, post_void_of=sale_id)
        done, priced, st = state.complete(self.rules)
        done = replace(done, version=1)
        facts = apply_hooks(build_completion(done, priced, st, self._ids, self._clock),
                            self.completion_hooks, self._ids)
        record = CommandRecord(new_id, 1, self._ids.new_id(), "post_void",
                               f'{{"kind":"post_void","of":"{sale_id}"}}',
                               actor.staff_id if actor else None, now, approved_by=who,
                               audit_action=Action.POST_VOID.value)
        result = self._repo.commit(0, done, record, facts)
        return done, result.receipt_no


def _negated_fixed(sl: SoldLine) -> Fixed:
    return Fixed(-sl.gross, -sl.discount, tuple((c, -a) for c, a in sl.taxes), -sl.total)
