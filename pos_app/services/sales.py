"""The terminal's sales desk: opens, finds, recovers, parks and post-voids sale sessions.

Holds at most one `SaleSession` object per sale id in this process, so every
command on a sale goes through that sale's single writer.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any, Protocol

from pos_app.domain.clock import Clock, IdGenerator, iso
from pos_app.domain.commission import CommissionRecord
from pos_app.domain.errors import (
    EnvironmentFault,
    InputError,
    NotFound,
    Offline,
    ReturnError,
    StateError,
    msg,
)
from pos_app.domain.permissions import Action, Actor, authorize
from pos_app.domain.pricing import Fixed
from pos_app.domain.returns import SoldLine, free_positions, refund_amounts, refund_at
from pos_app.domain.sale import (
    Line,
    PricingRules,
    ReturnRef,
    SaleState,
    SaleStatus,
    Tender,
    TenderKind,
)

from .commission_calculator import OriginalsCache, OriginalsOfSale
from .completion import CompletionHook, apply_hooks, build_completion
from .metrics import MetricsRecorder
from .receipts import MAX_RECEIPT_NO, parse_receipt_code
from .sale_commands import Park, ReturnLine
from .sale_session import CommandRecord, SaleSession, SaleStore, checks_for


class SaleRepository(SaleStore, Protocol):
    def sales_with_status(self, terminal_id: str, statuses: Sequence[SaleStatus]) \
            -> list[SaleState]: ...

    def stale_open_sales(self, terminal_id: str, updated_before: str) -> list[str]: ...

    def find_receipt(self, terminal_id: str, receipt_no: int) \
            -> tuple[SaleState, list[SoldLine]]: ...

    def returned_quantities(self, sale_id: str) -> dict[int, int]: ...

    def claimed_positions(self, sale_id: str) -> dict[int, tuple[tuple[int, int], ...]]:
        """Unit positions of each line of a sale that this terminal's returns hold."""
        ...

    def payments_of(self, sale_id: str) -> list[dict[str, Any]]: ...

    def post_voided(self, sale_id: str) -> bool: ...

    def compact(self, completed_before: str) -> int: ...


@dataclass(frozen=True, slots=True)
class RemoteSaleLine:
    """A line of a sale rung up on another terminal, as the central database knows it:
    what was paid for it and the commission records it earned."""

    line_no: int
    sku: str
    title: str  # the SKU when the central database has no title
    variant_id: str | None
    quantity: int
    gross: int
    discount: int
    taxes: tuple[tuple[str, int], ...]
    total: int
    unit_price: int
    tax_class: str = ""
    attributions: tuple[tuple[str, int], ...] = ()
    returned_elsewhere: int = 0  # units returned at terminals other than the asking one
    originals: tuple[CommissionRecord, ...] = ()  # current versions of its sale records


@dataclass(frozen=True, slots=True)
class RemoteSale:
    """A completed sale of another terminal of this store, found in the central database."""

    sale_id: str
    terminal_id: str
    receipt_no: int
    completed_at: str
    currency: str
    payments: tuple[tuple[str, int], ...]  # (tender kind, amount kept)
    lines: tuple[RemoteSaleLine, ...]
    cashier_id: str | None = None


class RemoteSales(Protocol):
    """Completed sales of the other terminals of this terminal's store, in the central
    database (adapters/central/remote_sales.py). A network call: run it on the database
    worker, never the GUI thread. Raises Offline (or another EnvironmentFault) when the
    central database cannot be used."""

    def find_sale(self, terminal_id: str, receipt_no: int) -> RemoteSale | None:
        """The sale, or None when no terminal of this store has that receipt."""
        ...

    def returned_elsewhere(self, sale_id: str) -> Mapping[int, int]:
        """Units of each line of a sale returned at terminals other than this one."""
        ...


# How long this till's own receipts skip the central database after it failed to answer.
REMOTE_QUIET = timedelta(seconds=60)

_TYPED_REF = re.compile(r"([A-Za-z0-9._-]{1,32})-([0-9]{1,12})")


def parse_receipt_ref(text: str) -> tuple[str | None, int]:
    """(terminal id or None for this terminal, receipt no) from what was typed or scanned:
    '42' or '#42' (this terminal), 'T1-42' (terminal T1), or the receipt barcode 'RT1-42'.
    A scanned barcode wins over the typed form ('RT1-42' is terminal T1)."""
    typed = text.strip().removeprefix("#").strip()
    number: int | None = None
    terminal: str | None = None
    if typed.isascii() and typed.isdigit():
        number = int(typed)
    else:
        try:
            terminal, number = parse_receipt_code(typed)
        except InputError:
            found = _TYPED_REF.fullmatch(typed)
            if found is not None:
                terminal, number = found.group(1), int(found.group(2))
    if number is None or not 0 < number <= MAX_RECEIPT_NO:
        raise InputError(msg("Not a receipt number: {typed}", typed=repr(typed[:40])))
    return terminal, number


@dataclass(frozen=True, slots=True)
class ReceiptMatch:
    """A completed sale found by when it was rung up or by its total, for a return."""

    receipt_no: int
    completed_at: datetime
    total: int  # minor units of `currency`
    currency: str
    cashier: str  # the cashier's name ("" when unknown)


class ReceiptSearch(Protocol):
    """This terminal's completed sales by time and total (adapters/sqlite/receipt_search)."""

    def find_sales(self, terminal_id: str, *, since: str | None, until: str | None,
                   amount: int | None, limit: int) -> list[ReceiptMatch]:
        """Newest first; `since` <= completed_at < `until` (ISO 8601 UTC), total ==
        `amount`; None leaves that condition out."""
        ...


@dataclass(frozen=True, slots=True)
class ReturnableLine:
    line: SoldLine
    returned: int  # everywhere: this terminal (held and open returns too) and other tills
    elsewhere: int = 0  # of which at other tills
    taken: tuple[tuple[int, int], ...] = ()  # unit positions this terminal's returns hold

    @property
    def returnable(self) -> int:
        return max(0, self.line.quantity - self.returned)

    def refund_of(self, quantity: int) -> int:
        """What returning `quantity` more units refunds (positive minor units), priced at
        the unit positions the return would take; 0 for none."""
        if quantity <= 0:
            return 0
        at = free_positions(self.line, self.taken, quantity, skip=self.elsewhere)
        return -refund_at(self.line, at).total


@dataclass(frozen=True, slots=True)
class Receipt:
    sale: SaleState
    lines: tuple[ReturnableLine, ...]
    receipt_no: int = 0
    terminal_id: str = ""  # the terminal that rang the sale up
    remote: bool = False  # found in the central database (another terminal's sale)

    @property
    def ref(self) -> str:
        """How the cashier names it: '42' for this terminal's, 'T1-42' for another's."""
        return f"{self.terminal_id}-{self.receipt_no}" if self.remote else str(self.receipt_no)

    def return_command(self, line_no: int, quantity: int, *, reason: str = "",
                       restock: bool = True) -> ReturnLine:
        """The command that returns `quantity` units of one of its lines, why they came
        back and whether they go back on the shelf (only then do they change stock)."""
        for rl in self.lines:
            if rl.line.line_no == line_no:
                kinds = tuple(sorted({t.kind.value for t in self.sale.tenders if t.amount}))
                return ReturnLine(rl.line, rl.returned, quantity, rl.elsewhere, kinds,
                                  rl.taken, reason=reason, restock=restock)
        raise NotFound(msg("Receipt {receipt} has no line {line}", receipt=str(self.ref),
                           line=str(line_no)))


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
        # Other terminals' sales, through the central database (None: not set up), and
        # where their original commission records are kept for the clawback of a return
        # (the completion hook never asks the network).
        self.remote: RemoteSales | None = None
        self.originals_cache: OriginalsCache | None = None
        self._remote_found: dict[tuple[str, int], RemoteSale] = {}
        # After the central database failed to answer, this till's own receipts stop
        # asking it for a while: one connect timeout, not one per return.
        self._remote_quiet_until: datetime | None = None
        # Where each sale's commands report their latency (services/metrics.py).
        self.metrics: MetricsRecorder | None = None

    def _cache(self, session: SaleSession) -> SaleSession:
        session.metrics = self.metrics
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

    def receipt(self, receipt_no: int, *, terminal_id: str | None = None,
                refresh: bool = True) -> Receipt:
        """A completed sale for a return: this terminal's from the local database, another
        terminal's of the store from the central database (a network call; `refresh`
        False reuses the one found last, e.g. to add its lines after a lookup)."""
        if terminal_id is not None and terminal_id != self.terminal_id:
            return self._remote_receipt(terminal_id, receipt_no, refresh=refresh)
        sale, lines = self._repo.find_receipt(self.terminal_id, receipt_no)
        if sale.status is not SaleStatus.COMPLETED:
            raise ReturnError(msg("Receipt {receipt} is not a completed sale",
                                  receipt=str(receipt_no)))
        returned = self._repo.returned_quantities(sale.id)
        taken = self._repo.claimed_positions(sale.id)
        elsewhere = self._returned_elsewhere(sale.id, [sl.line_no for sl in lines],
                                             refresh=refresh)
        return Receipt(sale, tuple(ReturnableLine(
            sl, returned.get(sl.line_no, 0) + elsewhere.get(sl.line_no, 0),
            elsewhere.get(sl.line_no, 0), taken.get(sl.line_no, ())) for sl in lines),
            receipt_no, self.terminal_id)

    def _returned_elsewhere(self, sale_id: str, line_nos: Sequence[int], *,
                            refresh: bool) -> Mapping[int, int]:
        """Units of this till's sale returned at other tills: asked of the central
        database when connected (best effort: offline, what was last known), and kept
        for the clawback of a return here."""
        now = self._clock.now()
        quiet = self._remote_quiet_until is not None and now < self._remote_quiet_until
        if refresh and self.remote is not None and not quiet:
            try:
                got = dict(self.remote.returned_elsewhere(sale_id))
            except EnvironmentFault:
                got = None  # offline: returns elsewhere as last known
                self._remote_quiet_until = now + REMOTE_QUIET
            else:
                self._remote_quiet_until = None
            if got is not None:
                if self.originals_cache is None:
                    return got
                if got:
                    self.originals_cache.cache_originals(
                        [OriginalsOfSale(sale_id, (), got)], iso(self._clock.now()))
        if self.originals_cache is None:
            return {}
        return {n: self.originals_cache.returned_elsewhere(sale_id, n) for n in line_nos}

    def _remote_receipt(self, terminal_id: str, receipt_no: int, *, refresh: bool) -> Receipt:
        ref = f"{terminal_id}-{receipt_no}"
        key = (terminal_id, receipt_no)
        with self._lock:
            found = None if refresh else self._remote_found.get(key)
        if found is None:
            if self.remote is None:
                raise NotFound(msg("Receipt {receipt} is from another till and this terminal is "
                                   "not connected to a central database; use a return without "
                                   "a receipt (manager)", receipt=str(ref)))
            offline = msg("Receipt {receipt} is from another till and the central database "
                          "can't be reached; use a return without a receipt (manager)",
                          receipt=str(ref))
            now = self._clock.now()
            if self._remote_quiet_until is not None and now < self._remote_quiet_until:
                # It just failed: a network that drops packets would hold the counter for
                # the whole connect timeout again; say so at once for a while instead.
                raise Offline(offline)
            try:
                found = self.remote.find_sale(terminal_id, receipt_no)
            except EnvironmentFault as exc:
                self._remote_quiet_until = now + REMOTE_QUIET
                raise Offline(offline) from exc
            self._remote_quiet_until = None
            if found is None:
                raise NotFound(msg("Receipt {receipt} was not found at any till of this store",
                                   receipt=str(ref)))
            if not found.lines:
                raise ReturnError(msg("Receipt {receipt} reached the central database without "
                                      "its lines; use a return without a receipt (manager)",
                                      receipt=str(ref)))
            if self.originals_cache is not None:
                # Cached before any return line exists, so the commission clawback of the
                # return (computed inside the sale's transaction) finds them offline.
                self.originals_cache.cache_originals([OriginalsOfSale(
                    found.sale_id,
                    tuple(r for ln in found.lines for r in ln.originals),
                    {ln.line_no: ln.returned_elsewhere for ln in found.lines})],
                    iso(self._clock.now()))
            with self._lock:
                self._remote_found[key] = found
        returned_here = self._repo.returned_quantities(found.sale_id)
        taken = self._repo.claimed_positions(found.sale_id)
        lines = tuple(ReturnableLine(
            SoldLine(sale_id=found.sale_id, receipt_no=receipt_no, line_no=ln.line_no,
                     variant_id=ln.variant_id, sku=ln.sku, title=ln.title,
                     quantity=ln.quantity, unit_price=ln.unit_price, tax_class=ln.tax_class,
                     gross=ln.gross, discount=ln.discount, taxes=ln.taxes, total=ln.total,
                     attributions=ln.attributions),
            ln.returned_elsewhere + returned_here.get(ln.line_no, 0), ln.returned_elsewhere,
            taken.get(ln.line_no, ())) for ln in found.lines)
        tenders = tuple(Tender(f"{found.sale_id}:{i}", _tender_kind(kind), amount, None)
                        for i, (kind, amount) in enumerate(found.payments))
        sale = SaleState(id=found.sale_id, terminal_id=found.terminal_id,
                         currency=found.currency, opened_at=found.completed_at,
                         cashier_id=found.cashier_id, status=SaleStatus.COMPLETED,
                         tenders=tenders)
        return Receipt(sale, lines, receipt_no, terminal_id, remote=True)

    def post_void(self, sale_id: str, *, actor: Actor | None, approver: Actor | None = None,
                  reason: str = "") -> tuple[SaleState, int | None]:
        """Reverse a completed sale in full, in one transaction, as a new offsetting sale."""
        who = authorize(Action.POST_VOID, actor, approver)
        original = self._repo.load(sale_id)
        if original is None or original.status is not SaleStatus.COMPLETED:
            raise StateError(msg("Only a completed sale can be post-voided"))
        if original.post_void_of:
            raise StateError(msg("A post-void cannot itself be post-voided"))
        if self._repo.post_voided(sale_id):
            raise StateError(msg("This sale was already post-voided"))
        if self._repo.returned_quantities(sale_id):
            raise StateError(msg("Part of this sale was returned; return the rest instead"))
        receipt_no = self._repo.receipt_no_of(sale_id) or 0
        _, sold = self._repo.find_receipt(self.terminal_id, receipt_no)
        # Units returned at other tills of the store (asked of the central database, or
        # as last known here when it cannot be reached) are not refunded twice.
        if any(self._returned_elsewhere(sale_id, [sl.line_no for sl in sold],
                                        refresh=True).values()):
            raise StateError(msg("Part of this sale was returned; return the rest instead"))
        new_id = self._ids.new_id()
        # A returned unit that never went back on the shelf is not taken off it again.
        kept = {ln.no: ln for ln in original.lines}
        lines = []
        for i, sl in enumerate(sold, start=1):
            was = kept.get(sl.line_no)
            fixed = refund_amounts(sl, 0, sl.quantity) if sl.quantity > 0 else None
            lines.append(Line(
                no=i, variant_id=sl.variant_id, sku=sl.sku, title=sl.title,
                unit_price=sl.unit_price, quantity=-sl.quantity, tax_class=sl.tax_class,
                tracked=sl.tracked, attributions=sl.attributions,
                return_of=ReturnRef(sale_id, receipt_no, sl.line_no),
                fixed=fixed if fixed is not None else _negated_fixed(sl),
                reason=was.reason if was is not None else "",
                restock=was.restock if was is not None else True))
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
        result = self._repo.commit(0, done, record, facts, checks_for(None, done, self.rules))
        return done, result.receipt_no


def _tender_kind(kind: str) -> TenderKind:
    try:
        return TenderKind(kind)
    except ValueError:  # a tender this version does not know: shown as card
        return TenderKind.CARD


def _negated_fixed(sl: SoldLine) -> Fixed:
    return Fixed(-sl.gross, -sl.discount, tuple((c, -a) for c, a in sl.taxes), -sl.total)
