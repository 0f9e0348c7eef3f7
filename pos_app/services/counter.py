"""The counter's use cases for one terminal: who is signed in, the current sale, and
the frozen views the screens show.

The GUI calls these on its database worker thread and gets `SaleView`s back; it never
touches a session, a repository or SQL. Every permission is checked here or below
(the sale session), never only in the UI.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Protocol

from pos_app.domain.card_data import display_reference
from pos_app.domain.catalog import Variant
from pos_app.domain.clock import Clock, iso, parse_iso
from pos_app.domain.commission import Measure
from pos_app.domain.errors import (
    InputError,
    Message,
    NotFound,
    PermissionDenied,
    QuantityError,
    RoleChanged,
    SignedOut,
    StateError,
    msg,
)
from pos_app.domain.incremental import PerSale, changed_span
from pos_app.domain.inventory import AttentionKind
from pos_app.domain.journal import JournalAction
from pos_app.domain.permissions import REQUIRED, Action, Actor, Role, authorize
from pos_app.domain.pricing import Discount, PricedCart, PricedLine
from pos_app.domain.sale import Line, SaleState, SaleStatus, TenderKind

from . import inventory_messages as texts
from .catalog import CatalogService
from .commission_calculator import SalePreview, StoreProgress
from .inventory_ports import AttentionItem, InventoryStatus
from .locale_format import LocaleFormat
from .receipts import Receipt, ReceiptService
from .report_text import render_x, render_z
from .sale_commands import (
    AddItem,
    AddTender,
    Command,
    Complete,
    Hold,
    OverridePrice,
    RemoveLine,
    RemoveTender,
    Resume,
    ReturnWithoutReceipt,
    SetCartDiscount,
    SetLineDiscount,
    SetQuantity,
    Void,
)
from .sale_session import SaleSession
from .sales import Receipt as SalesReceipt
from .sales import ReceiptMatch, ReceiptSearch, SalesDesk, parse_receipt_ref
from .settings import DEFAULT_RETURN_REASONS
from .shift_service import ShiftService
from .staff import Approval, AttemptKind, Staff, StaffService

log = logging.getLogger(__name__)

MAX_STOCK_COUNT = 99_999  # more than any shelf holds: a scan landed in the count field

TENDER_LABELS = {TenderKind.CASH: "Cash", TenderKind.CARD: "Card",
                 TenderKind.STORE_CREDIT: "Store credit", TenderKind.GIFT_CARD: "Gift card"}
_DEFAULT_FORMAT = LocaleFormat()


def _untranslated(_context: str, text: str) -> str:
    return text


@dataclass(frozen=True, slots=True)
class ShiftView:
    open: bool
    opened_by: str = ""
    opened_at: str = ""
    to_count: tuple[str, ...] = ()  # tenders to count at close (blind: no amounts)


@dataclass(frozen=True, slots=True)
class ReturnableView:
    line_no: int
    title: str
    sku: str
    sold: int
    returnable: int
    unit_paid: str
    returned: int = 0  # units already returned (here, held or open, and at other tills)
    # What returning n more units refunds (positive minor units), exactly as the return
    # line will be priced; pure, safe to call on the GUI thread.
    refund_of: Callable[[int], int] | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class ReceiptLookup:
    receipt_no: int
    sale_id: str
    completed_at: str
    total: str
    tenders: tuple[str, ...]
    lines: tuple[ReturnableView, ...]
    terminal_id: str = ""  # the till that sold it
    ref: str = ""  # what to pass back to `return_lines`: '42', or 'T1-42' for another till
    completed: datetime | None = None  # when it was rung up (shown in the store's zone)
    cashier: str = ""
    currency: str = ""


@dataclass(frozen=True, slots=True)
class ReturnChoice:
    """How many units of a receipt line come back, why, and whether they are restocked."""

    quantity: int
    reason: str = ""
    restock: bool = True


class CommissionView(Protocol):
    """The commission calculator as the counter sees it (REAL_TIME_COMMISSION): what the
    open sale will earn and the cashier's tier and bonus progress. Local reads only."""

    def preview(self, state: SaleState, priced: PricedCart) -> SalePreview | None: ...

    def store_progress(self, staff_id: str) -> StoreProgress | None: ...


class StockCounting(Protocol):
    """The inventory reconciler as the counter sees it; set by the composition root only
    when a Shopify shop is configured. Every method is local: none waits on Shopify."""

    @property
    def online(self) -> bool: ...

    def sellable(self, sku: str) -> int | None: ...

    def record_count(self, sku: str, counted: int) -> str: ...

    def attention(self, *, include_resolved: bool = False) -> list[AttentionItem]: ...

    def resolve_attention(self, attention_id: str) -> bool: ...

    def requeue_rejected(self) -> int: ...

    def status(self) -> InventoryStatus: ...


ATTENTION_LABELS = {
    AttentionKind.OVERSOLD: "Oversold",
    AttentionKind.STALE_COUNT: "Count sent as variance",
    AttentionKind.UNKNOWN_SKU: "Unknown SKU",
    AttentionKind.REJECTED: "Refused by Shopify",
    AttentionKind.BAD_EVENT: "Unreadable stock change",
    AttentionKind.DUPLICATE_BARCODE: "Barcode on two SKUs",
}
# The kinds whose stock change was set aside (refused, or an SKU Shopify does not track
# here): "Send again" puts it back in the queue once the cause is fixed in Shopify.
RESENDABLE = frozenset({AttentionKind.REJECTED, AttentionKind.UNKNOWN_SKU})
# How many re-queued items an audit record names (the count is always whole).
_AUDIT_ITEMS = 100


@dataclass(frozen=True, slots=True)
class StockSyncView:
    """Whether counts can be taken here, and what still waits for Shopify."""

    configured: bool
    online: bool = False
    pending: int = 0  # stock changes (sales, returns, counts) not yet sent
    attention: int = 0
    last_sync_at: str | None = None


@dataclass(frozen=True, slots=True)
class StockItemView:
    variant_id: str
    sku: str
    title: str
    barcode: str
    tracked: bool
    sellable: int | None  # snapshot + pending deltas; None: Shopify has no level here yet
    configured: bool


@dataclass(frozen=True, slots=True)
class CountResult:
    """A count that is durable on this terminal (not yet necessarily at Shopify)."""

    event_id: str
    sku: str
    title: str
    counted: int
    before: int | None
    after: int | None
    online: bool  # taken online: a compare-and-set; offline: sent as a variance later
    pending: int  # stock changes waiting for Shopify, this count included
    recorded_at: str = ""  # ISO 8601, from the terminal's clock


@dataclass(frozen=True, slots=True)
class AttentionRow:
    id: str
    kind: str
    label: str
    sku: str
    detail: str  # English, Shopify's code and words included (for support)
    created_at: str
    message: Message | None = None  # the reason in the manager's words, translated
    resendable: bool = False  # a set-aside stock change that "Send again" re-queues


@dataclass(frozen=True, slots=True)
class StockAttentionView:
    configured: bool
    rows: tuple[AttentionRow, ...] = ()

    @property
    def resendable(self) -> bool:
        """Whether any row is a set-aside stock change "Send again" would re-queue."""
        return any(r.resendable for r in self.rows)


@dataclass(frozen=True, slots=True)
class StockResent:
    """Set-aside stock changes put back in the queue, and the list as it is now."""

    requeued: int  # stock changes (events) re-queued, each under a fresh idempotency key
    view: StockAttentionView


class ReceiptPrinterPort(Protocol):
    """A receipt printer (adapters/printing); raises an EnvironmentFault when offline."""

    def print_receipt(self, receipt: Receipt, *, open_drawer: bool,
                      reprint: bool = False) -> None: ...

    def open_drawer(self) -> None: ...

    def print_text(self, text: str, *, cut: bool = True) -> None: ...


class AuditLog(Protocol):
    def append(self, *, actor: str | None, action: str, subject: str | None,
               detail: str, approved_by: str | None) -> None: ...


class LocalPreferences(Protocol):
    """A few settings this terminal remembers in its own database."""

    def get(self, key: str) -> str | None: ...

    def put(self, key: str, value: str) -> None: ...


RECEIPT_CHOICES = ("print", "none", "email")
RECEIPT_DEFAULT_KEY = "checkout.receipt_default"


class TopSellers(Protocol):
    def top_variant_ids(self, limit: int) -> list[str]: ...


@dataclass(frozen=True, slots=True)
class LineView:
    no: int
    sku: str
    title: str
    quantity: int
    unit_price: str
    discount: str
    total: str
    is_return: bool = False


@dataclass(frozen=True, slots=True)
class TenderView:
    id: str
    label: str
    amount: str
    reference: str
    kind: TenderKind | None = None
    amount_minor: int = 0  # negative for a refund


@dataclass(frozen=True, slots=True)
class SaleView:
    sale_id: str
    version: int
    status: str
    currency: str
    lines: tuple[LineView, ...]
    subtotal: str
    discount: str
    discount_minor: int
    taxes: tuple[tuple[str, str], ...]
    total: str
    total_minor: int
    tenders: tuple[TenderView, ...]
    paid: str
    remaining_minor: int
    remaining_cash_minor: int
    change_minor: int
    selected_line: int | None = None
    cashier: str = ""
    warning: str = ""  # e.g. selling beyond the sellable estimate: amber, never blocking
    # A refund goes back to these tenders (what the returned receipts were paid with);
    # another needs approval. Empty: no receipt to hold it to.
    refund_to: tuple[TenderKind, ...] = ()
    locale: LocaleFormat = field(default=_DEFAULT_FORMAT, repr=False, compare=False)

    def money(self, minor: int) -> str:
        return fmt(minor, self.currency, self.locale)


@dataclass(frozen=True, slots=True)
class ProductHit:
    variant_id: str
    sku: str
    title: str
    price: str
    barcode: str
    product_id: str = ""
    product_title: str = ""  # "T-shirt" of "T-shirt / Blue / M"
    variant_title: str = ""  # "Blue / M"; "" for a product without options
    price_minor: int = 0
    stock: int | None = None  # the local sellable estimate; None when not known


@dataclass(frozen=True, slots=True)
class HeldView:
    sale_id: str
    opened_at: str
    cashier: str
    items: int
    total: str
    parked: bool


@dataclass(frozen=True, slots=True)
class CompletedView:
    sale_id: str
    receipt_no: int
    total: str
    change_minor: int
    change: str
    paid_cash: bool


def fmt(minor: int, currency: str, locale: LocaleFormat | None = None) -> str:
    """Money as the store writes it: "$1,234.50", "1.234,50 €", "￥22,535"."""
    key = (locale, currency)
    write = _WRITERS.get(key)
    if write is None:
        if len(_WRITERS) >= _KEEP_WRITERS:
            _WRITERS.clear()
        write = _WRITERS[key] = (locale or _DEFAULT_FORMAT).money_writer(currency)
    return write(minor)


# fmt's writers by (locale, currency): LocaleFormat.money without a Money and the
# locale's lookups for each of the dozen amounts a command shows (a dict: thread-safe
# enough, a race only makes a writer twice).
_WRITERS: dict[tuple[LocaleFormat | None, str], Callable[[int], str]] = {}
_KEEP_WRITERS = 64


def _refund_to(state: SaleState) -> tuple[TenderKind, ...]:
    """The tenders the returned receipts were paid with (cash first), if every return
    line knows them."""
    refs = [ln.return_of for ln in state.lines if ln.return_of is not None]
    if not refs or any(not r.paid_with for r in refs):
        return ()
    kinds = {k for r in refs for k in r.paid_with}
    return tuple(k for k in TenderKind if k.value in kinds)


def _line_view(ln: Line, pl: PricedLine, cur: str,
               locale: LocaleFormat | None = None) -> LineView:
    """The line as the cart shows it. Its total is price x quantity - discount, in the
    same terms as the subtotal (before tax when prices exclude it), so the lines add up
    to the subtotal less the discounts; tax is added once, in the totals block."""
    return LineView(ln.no, ln.sku, ln.title, ln.quantity, fmt(ln.unit_price, cur, locale),
                    fmt(-pl.discount, cur, locale) if pl.discount else "",
                    fmt(pl.gross - pl.discount, cur, locale), ln.quantity < 0)


class _CartRows:
    """One sale's `LineView`s, rebuilt only where its lines or their prices changed, so
    a view costs the same at line 500 as at line 5. Unchanged rows stay the very same
    objects: the screen finds the rows to repaint by identity (ui/cart.py)."""

    __slots__ = ("frozen", "lines", "priced", "rows")

    def __init__(self) -> None:
        self.lines: tuple[Line, ...] = ()
        self.priced: tuple[PricedLine, ...] = ()
        self.rows: list[LineView] = []
        self.frozen: tuple[LineView, ...] = ()

    def update(self, lines: tuple[Line, ...], priced: tuple[PricedLine, ...],
               cur: str, locale: LocaleFormat | None = None) -> tuple[LineView, ...]:
        a_start, a_old, a_new = changed_span(self.lines, lines)
        b_start, b_old, b_new = changed_span(self.priced, priced)
        start = min(a_start, b_start)
        tail = min(len(self.lines) - a_old, len(self.priced) - b_old,
                   len(lines) - a_new, len(priced) - b_new)
        old_end, new_end = len(self.lines) - tail, len(lines) - tail
        if start == old_end == new_end:
            return self.frozen
        fresh = []
        in_place = old_end - start == new_end - start
        for i in range(start, new_end):
            ln, pl = lines[i], priced[i]
            if in_place:  # e.g. a cart discount moved every share: keep rows that show the same
                was = self.priced[i]
                if ln is self.lines[i] and pl.total == was.total and pl.discount == was.discount:
                    fresh.append(self.rows[i])
                    continue
            fresh.append(_line_view(ln, pl, cur, locale))
        self.rows[start:old_end] = fresh
        self.lines, self.priced, self.frozen = lines, priced, tuple(self.rows)
        return self.frozen


def hit_of(v: Variant, locale: LocaleFormat | None = None,
           stock: int | None = None) -> ProductHit:
    product, _, options = v.title.partition(" / ")
    return ProductHit(v.id, v.sku, v.title, fmt(v.price_minor, v.currency, locale),
                      v.barcode or "", v.product_id, product.strip() or v.title,
                      options.strip(), v.price_minor, stock)


class Counter:
    """The signed-in person and the current sale of one terminal."""

    def __init__(self, desk: SalesDesk, catalog: CatalogService, staff: StaffService, *,
                 shift_of: Callable[[], str | None] = lambda: None,
                 top_sellers: TopSellers | None = None,
                 shifts: ShiftService | None = None, store_name: str = "",
                 receipts: ReceiptService | None = None,
                 printer: ReceiptPrinterPort | None = None,
                 audit: AuditLog | None = None, clock: Clock | None = None,
                 locale: LocaleFormat | None = None) -> None:
        self._clock = clock
        # How money, numbers and times are shown (the store's locale, zone, currency),
        # and the screens' translation of the texts built here (the UI sets it; the
        # texts are found by pyside6-lupdate, see the Makefile's translations target).
        self.locale = locale or _DEFAULT_FORMAT
        self.translate: Callable[[str, str], str] = _untranslated

        # (id, name, role) of who may approve; refreshed at each sign-in.
        self.approvers: tuple[tuple[str, str, str], ...] = ()
        # sku -> local sellable estimate (Shopify snapshot + pending deltas), if synced.
        self.stock: Callable[[str], int | None] | None = None
        # Stock counts and the stock "needs attention" list; None without Shopify.
        self.counting: StockCounting | None = None
        # Called after set-aside stock changes were re-queued (the composition root: the
        # inventory sync job's kick), so they go now rather than at the next timer.
        self.stock_resent: Callable[[], object] | None = None
        # Real-time commission for the cashier; None when REAL_TIME_COMMISSION is off.
        self.commission: CommissionView | None = None
        # Settings this terminal remembers (the receipt choice); None: kept in memory.
        self.preferences: LocalPreferences | None = None
        # Returns: this till's sales by time and total (None: by receipt number only),
        # and the reasons that restock nothing ([store] no_restock_reasons).
        self.receipt_search: ReceiptSearch | None = None
        self.no_restock_reasons: tuple[str, ...] = ("Damaged", "Faulty")
        self._remembered: dict[str, str] = {}
        self._drawer_due: int | None = None  # a cash sale just completed: its drawer
        self._progress_cache: tuple[tuple[str, str], str | None] | None = None
        self._receipts = receipts
        self._printer = printer
        self._audit = audit
        self._last_receipt: int | None = None
        self._shifts = shifts
        self._store_name = store_name
        self._desk = desk
        self._catalog = catalog
        self._staff = staff
        self._shift_of = shift_of
        self._top = top_sellers
        self._current: SaleSession | None = None
        self._lock = threading.RLock()
        self._user: Staff | None = None
        self._names: dict[str, str] = {}
        # The cart rows of recent sales, rebuilt only where lines or their prices changed.
        self._rows: PerSale[_CartRows] = PerSale(_CartRows, keep=4)

    @property
    def return_reasons(self) -> tuple[str, ...]:
        """The reasons the screens offer: the desk's own (the domain requires one of
        them on a return, invariants.RETURN_REASON), read from its rules each time so a
        change of the rules is offered at once; the usual four for rules without any."""
        return self._desk.rules.return_reasons or DEFAULT_RETURN_REASONS

    def set_translate(self, translate: Callable[[str, str], str]) -> None:
        """The screens' translation, for the texts built here and the receipts' words."""
        self.translate = translate
        if self._receipts is not None:
            self._receipts.translate = translate

    # ---- who is at the keyboard -----------------------------------------------------

    @property
    def user(self) -> Staff | None:
        return self._user

    @property
    def actor(self) -> Actor | None:
        return self._user.actor if self._user else None

    def login(self, pin: str, staff_id: str | None = None) -> Staff:
        """Sign in: the person picked from the list and their PIN (one hash checked).
        Switching cashier keeps the open sale. The staff service throttles wrong PINs
        per person, in the database, and audits every one."""
        staff = self._staff.check_pin(staff_id, pin, kind=AttemptKind.SIGN_IN)
        with self._lock:
            self._user = staff
        # Who may approve, for the approval prompts (read here, on the worker, so a
        # prompt opening on the GUI thread never waits on the database).
        self.approvers = tuple((s.id, s.name, s.role.value)
                               for s in self._staff.list_staff()
                               if s.role.rank >= Role.SUPERVISOR.rank)
        return staff

    def logout(self) -> None:
        with self._lock:
            self._user = None

    def staff_list(self) -> list[tuple[str, str, str]]:
        """(id, name, role) of active staff, for the login screen."""
        return [(s.id, s.name, s.role.value) for s in self._staff.list_staff()]

    def unlock_staff(self, staff_id: str, approval: Approval) -> str:
        """A manager lifts someone's wrong-PIN lock (from the sign-in screen: nobody
        need be signed in). The manager's own PIN goes through the same throttle."""
        manager = self._approver(approval, need=REQUIRED[Action.EDIT_STAFF])
        assert manager is not None
        who = self._staff.unlock(staff_id, by=manager, how="counter")
        return f"{who.name} can sign in again"

    def _approver(self, approval: Approval | None, need: Role = Role.SUPERVISOR) \
            -> Actor | None:
        """The approver's PIN checked (one hash, throttled like a sign-in). `need` is
        known before the PIN is checked: an approver whose role is too low gets the
        same answer as a wrong PIN, and their PIN is not tried."""
        if approval is None:
            return None
        by = self._user.id if self._user else None
        return self._staff.check_pin(approval.staff_id, approval.pin,
                                     kind=AttemptKind.APPROVAL, need=need, by=by).actor

    def _require_user(self) -> Actor:
        """The signed-in person, as they are now: someone deactivated (or removed) since
        they signed in, on this till or by a sync, is signed out here and refused, at
        their next command rather than at the next lock (one indexed read)."""
        user = self._user
        if user is None:
            raise PermissionDenied(msg("Sign in first"))
        try:
            now = self._staff.get(user.id)
        except NotFound:
            now = None
        if now is None or not now.active:
            self._forget(user.id)
            raise SignedOut(msg("Sign in first"), user.name)
        if now.role is not user.role:  # promoted or demoted since: the new role counts
            with self._lock:
                if self._user is user:
                    self._user = now
        return now.actor

    def _forget(self, staff_id: str) -> None:
        """Sign out `staff_id` if they are still the one signed in."""
        with self._lock:
            if self._user is not None and self._user.id == staff_id:
                self._user = None

    def _name(self, staff_id: str | None) -> str:
        if not staff_id:
            return ""
        if staff_id not in self._names:
            try:
                self._names[staff_id] = self._staff.get(staff_id).name
            except NotFound:  # e.g. staff removed since: show the id
                self._names[staff_id] = staff_id
        return self._names[staff_id]

    # ---- the current sale ---------------------------------------------------------------

    def _session(self) -> SaleSession:
        with self._lock:
            if self._current is None or self._current.state.status is not SaleStatus.OPEN:
                recovered = self._desk.open_sales()
                if not recovered and self._shifts is not None \
                        and self._shifts.current_shift() is None:
                    raise StateError(msg("Open a shift before selling (F10)"))
                self._current = recovered[-1] if recovered else self._desk.new_sale(
                    cashier_id=self._user.id if self._user else None,
                    shift_id=self._shift_of())
            return self._current

    def view(self, session: SaleSession | None = None, selected: int | None = None) -> SaleView:
        session = session or self._session()
        state: SaleState = session.state
        priced = session.priced()
        st = session.settlement()
        cur = state.currency
        names = {r.code: r.name for c in session.rules.tax_classes.values() for r in c.rates}
        lf = self.locale
        lines = self._rows.use(state.id,
                               lambda rows: rows.update(state.lines, priced.lines, cur, lf))
        tenders = tuple(TenderView(t.id, self._tender_label(t.kind), fmt(t.amount, cur, lf),
                                   t.reference or "", t.kind, t.amount)
                        for t in state.tenders)
        default_sel = lines[-1].no if lines else None
        return SaleView(
            sale_id=state.id, version=state.version, status=state.status.value, currency=cur,
            lines=lines, subtotal=fmt(priced.subtotal, cur, lf),
            discount=fmt(-priced.discount, cur, lf) if priced.discount else "",
            discount_minor=priced.discount,
            taxes=tuple((names.get(code, code), fmt(a, cur, lf))
                        for code, a in priced.tax_by_rate if a),
            total=fmt(priced.total, cur, lf), total_minor=priced.total, tenders=tenders,
            paid=fmt(st.paid, cur, lf), remaining_minor=st.remaining,
            remaining_cash_minor=st.remaining_cash, change_minor=st.change,
            selected_line=selected if selected is not None else default_sel,
            cashier=self._name(state.cashier_id), refund_to=_refund_to(state), locale=lf)

    def commission_line(self) -> str:
        """What the open sale earns the signed-in cashier, and their period so far, for
        the counter. Asked for apart from `view` (the screen asks once a burst of scans
        settles), so it never sits between a scan and its row on screen."""
        self._require_user()
        session = self._session()
        return self._commission_text(session.state, session.priced())

    def _commission_text(self, state: SaleState, priced: PricedCart) -> str:
        """E.g. "This sale $1.23 · Nov $3,210.00 · tier 2/3, $450.00 to tier 3 · other tills
        as of 10:42". Never fails a scan: a commission problem only
        leaves the line empty (the completed sale still records it as needs review)."""
        if self.commission is None or self._user is None or not state.lines:
            return ""
        me = self._user.id
        try:
            preview = self.commission.preview(state, priced)
            if preview is None:
                return ""
            cur = state.currency
            # Progress moves only when a sale completes or the other tills' totals are
            # pulled: read it once per person and sale (from its first item), not on
            # every scan.
            key = (me, state.id)
            if self._progress_cache is None or self._progress_cache[0] != key:
                self._progress_cache = (key, self._progress_text(me, cur))
            tail = self._progress_cache[1]
            if tail is None:
                return ""  # no plan pays this person: nothing to show them
            if preview.needs_review:
                head = self.translate("Counter", "This sale: commission needs review (a "
                                                 "manager will check)")
            else:
                mine = preview.by_staff.get(me, 0)
                head = self.translate("Counter", "This sale {amount}").format(
                    amount=fmt(mine, cur, self.locale))
                if preview.total != mine:
                    head += self.translate("Counter", " (of {amount} shared)").format(
                        amount=fmt(preview.total, cur, self.locale))
        except Exception:  # a commission bug must never stop a scan; it is logged
            log.exception("real-time commission failed for sale %s", state.id,
                          extra={"sale_id": state.id})  # its own key in the JSON log
            return ""
        return f"{head} · {tail}"

    def _progress_text(self, staff_id: str, cur: str) -> str | None:
        """None when no plan covers this person."""
        assert self.commission is not None
        sp = self.commission.store_progress(staff_id)
        if sp is None:
            return None
        p = sp.progress

        lf = self.locale

        def measured(n: int, measure: Measure) -> str:
            return fmt(n, cur, lf) if measure is Measure.VALUE \
                else self.translate("Counter", "{n} units").format(n=lf.number(n))

        # Short enough for two lines beside the cart: the period, the next step up and
        # whether other tills are in it. A bonus shows when the plan has no tiers.
        parts = [f"{lf.month(p.period_start)} {fmt(p.value, cur, lf)}"]
        if p.tier_index is not None and p.tier_count:
            if p.to_next is not None:
                parts.append(self.translate(
                    "Counter", "tier {tier}/{tiers}, {amount} to tier {next}").format(
                    tier=p.tier_index + 1, tiers=p.tier_count,
                    amount=measured(p.to_next, p.tier_measure), next=p.tier_index + 2))
            else:
                parts.append(self.translate("Counter", "top tier ({tiers}/{tiers})").format(
                    tiers=p.tier_count))
        elif p.next_bonus_threshold is not None and p.next_bonus_amount is not None:
            have = p.value if p.bonus_measure is Measure.VALUE else p.units
            parts.append(self.translate("Counter", "{amount} to a {bonus} bonus").format(
                amount=measured(max(0, p.next_bonus_threshold - have), p.bonus_measure),
                bonus=fmt(p.next_bonus_amount, cur, lf)))
        elif p.bonus_earned:
            parts.append(self.translate("Counter", "bonus {amount} earned").format(
                amount=fmt(p.bonus_earned, cur, lf)))
        parts.append(sp.freshness.removeprefix("incl. ") if sp.others_as_of
                     else self.translate("Counter", "this till only"))
        return " · ".join(parts)

    def current(self) -> SaleView:
        return self.view()

    def _do(self, command: Command, *, selected: int | None = None,
            approver_pin: Approval | None = None, actor: Actor | None = None) -> SaleView:
        # The signed-in person as they signed in; their commit checks them against the
        # stored staff (still there, active, the same role: role_as_stored), so the
        # command needs no read of them before it (~35 us of every scan).
        actor = actor or self._signed_in()
        approver = self._approver(approver_pin)
        try:
            session = self._session()  # a new sale's first commit checks them too
            try:
                session.execute(command, actor=actor, approver=approver, role_as_stored=True)
            except RoleChanged:  # promoted or demoted since: the new role counts
                actor = self._require_user()
                session.execute(command, actor=actor, approver=approver, role_as_stored=True)
        except SignedOut as exc:  # deactivated or removed: the commit refused them
            user = self._user
            self._forget(actor.staff_id)
            if not exc.name and user is not None and user.id == actor.staff_id:
                raise SignedOut(msg("Sign in first"), user.name) from exc
            raise
        return self.view(session, selected)

    def _signed_in(self) -> Actor:
        """The signed-in person's actor as they signed in (no read; see `_do`)."""
        user = self._user
        if user is None:
            raise PermissionDenied(msg("Sign in first"))
        return user.actor

    def scan(self, raw: str, quantity: int = 1) -> SaleView:
        actor = self._signed_in()
        try:
            variant = self._catalog.lookup(raw)
        except NotFound:
            self._require_user()  # one no longer allowed hears that, not "not found"
            raise
        return self._with_stock_warning(self._do(AddItem(variant, quantity), actor=actor),
                                        variant)

    def add_variant(self, variant_id: str, quantity: int = 1) -> SaleView:
        variant = self._catalog.get(variant_id)
        return self._with_stock_warning(self._do(AddItem(variant, quantity)), variant)

    def _with_stock_warning(self, view: SaleView, variant: Variant) -> SaleView:
        """Selling never stops, but the cashier hears when the shelf should be empty."""
        if self.stock is None or not variant.tracked:
            return view
        left = self.stock(variant.sku)
        if left is None:
            return view
        in_sale = sum(ln.quantity for ln in view.lines if ln.sku == variant.sku)
        if in_sale <= left:
            return view
        return replace(view, warning=self.translate(
            "Counter", "Only {n} × {title} should be in stock; {sale} in this sale").format(
                n=max(left, 0), title=variant.title, sale=in_sale))

    def _tender_label(self, kind: TenderKind) -> str:
        """A tender's name in the screens' language."""
        labels = {TenderKind.CASH: self.translate("Counter", "Cash"),
                  TenderKind.CARD: self.translate("Counter", "Card"),
                  TenderKind.STORE_CREDIT: self.translate("Counter", "Store credit"),
                  TenderKind.GIFT_CARD: self.translate("Counter", "Gift card")}
        return labels.get(kind) or TENDER_LABELS[kind]

    def search(self, text: str, limit: int = 60) -> list[ProductHit]:
        """Type-ahead hits with their sellable stock (one indexed read each). Enough of
        them that a product with many variants (shown as one row) leaves room for
        others."""
        return [hit_of(v, self.locale, self._stock_of(v))
                for v in self._catalog.search(text, limit)]

    def variants(self, product_id: str) -> list[ProductHit]:
        """Every variant of one product, in catalog order, to choose from."""
        return [hit_of(v, self.locale, self._stock_of(v))
                for v in self._catalog.variants_of(product_id)]

    def _stock_of(self, variant: Variant) -> int | None:
        if self.stock is None or not variant.tracked:
            return None
        return self.stock(variant.sku)

    def quick_keys(self, limit: int = 12) -> list[ProductHit]:
        """The store's most-sold items; a fresh store gets its first catalog items."""
        ids = self._top.top_variant_ids(limit) if self._top else []
        hits = []
        for vid in ids:
            try:
                hits.append(hit_of(self._catalog.get(vid), self.locale))
            except NotFound:  # deleted from the catalog since it sold
                continue
        return hits

    def set_quantity(self, line_no: int, quantity: int,
                     approver_pin: Approval | None = None) -> SaleView:
        """A discount on the line (or the sale) that the change makes larger than the
        cashier may give needs approval now (PermissionDenied names it)."""
        return self._do(SetQuantity(line_no, quantity), selected=line_no,
                        approver_pin=approver_pin)

    def remove_line(self, line_no: int, approver_pin: Approval | None = None) -> SaleView:
        """Void a line: it stays on the sale as voided, with who did it."""
        return self._do(RemoveLine(line_no), approver_pin=approver_pin)

    def line_discount(self, line_no: int, discount: Discount | None,
                      approver_pin: Approval | None = None) -> SaleView:
        return self._do(SetLineDiscount(line_no, discount), selected=line_no,
                        approver_pin=approver_pin)

    def cart_discount(self, discount: Discount | None,
                      approver_pin: Approval | None = None) -> SaleView:
        return self._do(SetCartDiscount(discount), approver_pin=approver_pin)

    def override_price(self, line_no: int, unit_price: int,
                       approver_pin: Approval | None = None) -> SaleView:
        return self._do(OverridePrice(line_no, unit_price), selected=line_no,
                        approver_pin=approver_pin)

    def void(self, approver_pin: Approval | None = None) -> SaleView:
        self._do(Void(), approver_pin=approver_pin)
        return self.current()

    def hold(self) -> SaleView:
        self._do(Hold())
        return self.current()

    def held(self) -> list[HeldView]:
        out = []
        for s in self._desk.held_sales():
            total = s.price(self._desk.rules).total
            out.append(HeldView(s.id, s.opened_at, self._name(s.cashier_id),
                                sum(abs(ln.quantity) for ln in s.lines),
                                fmt(total, s.currency, self.locale), s.status is SaleStatus.PARKED))
        return out

    def resume(self, sale_id: str) -> SaleView:
        actor = self._require_user()
        with self._lock:
            current = self._session()
            if current.state.lines:
                raise StateError(msg("Hold or finish the current sale before resuming another"))
            current.execute(Void(), actor=actor)  # an empty sale: nothing to authorise
            session = self._desk.session(sale_id)
            session.execute(Resume(actor.staff_id), actor=actor)
            self._current = session
        return self.view(session)

    def add_tender(self, kind: TenderKind, amount: int, reference: str | None = None,
                   approver_pin: Approval | None = None) -> SaleView:
        """A refund to another tender than the sale was paid with needs approval."""
        return self._do(AddTender(kind, amount, reference), approver_pin=approver_pin)

    def remove_tender(self, tender_id: str) -> SaleView:
        return self._do(RemoveTender(tender_id))

    # ---- returns --------------------------------------------------------------------------

    def _receipt_for_return(self, receipt: int | str, *, refresh: bool = True) \
            -> SalesReceipt:
        """This till's receipt ('42', 42) from the local database, another till's of the
        store ('T1-42', or its barcode 'RT1-42') from the central database."""
        terminal, number = (None, receipt) if isinstance(receipt, int) \
            else parse_receipt_ref(receipt)
        r = self._desk.receipt(number, terminal_id=terminal, refresh=refresh)
        if not r.remote:
            return r
        # The central database has no titles: this till's catalog names what it knows.
        lines = []
        for rl in r.lines:
            sl = rl.line
            try:
                v = self._catalog.get(sl.variant_id) if sl.variant_id else None
            except NotFound:
                v = None
            if v is not None:
                sl = replace(sl, title=sl.title if sl.title != sl.sku else v.title,
                             tracked=v.tracked, tax_class=sl.tax_class or v.tax_class)
            lines.append(replace(rl, line=sl))
        return replace(r, lines=tuple(lines))

    def find_receipt(self, receipt: int | str) -> ReceiptLookup:
        """A receipt to return against: 42 / '42' / '#42' for this till, 'T1-42' or the
        scanned barcode 'RT1-42' for another till of the store (asked of the central
        database: call it on the database worker, never the GUI thread)."""
        self._require_user()
        r = self._receipt_for_return(receipt)
        receipt_no = r.receipt_no
        cur = r.sale.currency
        tenders = tuple(f"{self._tender_label(t.kind)} {fmt(t.amount, cur, self.locale)}"
                        + (f" ({shown})" if (shown := display_reference(t.reference)) else "")
                        for t in r.sale.tenders)
        lines = tuple(ReturnableView(
            rl.line.line_no, rl.line.title, rl.line.sku, rl.line.quantity, rl.returnable,
            fmt(rl.line.total // rl.line.quantity if rl.line.quantity else 0, cur, self.locale),
            rl.returned, rl.refund_of)
            for rl in r.lines if rl.line.quantity > 0)
        total = sum(rl.line.total for rl in r.lines)
        try:
            completed: datetime | None = parse_iso(r.sale.opened_at)
        except ValueError:
            completed = None
        return ReceiptLookup(receipt_no, r.sale.id, r.sale.opened_at, fmt(total, cur, self.locale),
                             tenders, lines, r.terminal_id, r.ref, completed,
                             self._name(r.sale.cashier_id) if r.sale.cashier_id else "", cur)

    def find_sales(self, since: datetime | None = None, until: datetime | None = None,
                   amount: int | None = None, limit: int = 50) -> list[ReceiptMatch]:
        """This till's completed sales rung up in [since, until) and/or of total `amount`
        (minor units), newest first: a return when the customer has no receipt number."""
        self._require_user()
        if self.receipt_search is None:
            raise StateError(msg("Finding a sale by date or amount is not available here; "
                                 "type the receipt number"))
        if since is None and until is None and amount is None:
            raise InputError(msg("Give a date and time range or an amount to find a sale"))
        if since is not None and until is not None and until <= since:
            raise InputError(msg("The end of the range is before its start"))
        return self.receipt_search.find_sales(
            self._desk.terminal_id, since=iso(since) if since else None,
            until=iso(until) if until else None, amount=amount, limit=limit)

    def now(self) -> datetime:
        """The injected clock's time (e.g. the return screen's default day)."""
        return self._clock.now() if self._clock is not None else datetime.now(UTC)

    def restock_by_default(self, reason: str) -> bool:
        """Whether units returned for `reason` go back on the shelf unless changed."""
        return reason.casefold() not in {r.casefold() for r in self.no_restock_reasons}

    def return_lines(self, receipt: int | str,
                     quantities: Mapping[int, int | ReturnChoice]) -> SaleView:
        """Add returns of lines of a receipt to the current sale (an exchange if it also
        sells), each with its reason and restock choice (a bare quantity: no reason,
        restocked; refused when the store has return reasons). Each line refunds exactly
        what was paid per unit. Another till's receipt is the one `find_receipt` found
        (no second trip to the central database); the units returned here since are
        counted again."""
        actor = self._require_user()
        r = self._receipt_for_return(receipt, refresh=False)
        session = self._session()
        for line_no, choice in quantities.items():
            c = choice if isinstance(choice, ReturnChoice) else ReturnChoice(choice)
            if c.quantity <= 0:
                continue
            session.execute(r.return_command(line_no, c.quantity, reason=c.reason,
                                             restock=c.restock), actor=actor)
        return self.view(session)

    def return_without_receipt(self, raw_code: str, quantity: int = 1,
                               approver_pin: Approval | None = None, *, reason: str = "",
                               restock: bool = True) -> SaleView:
        if not 0 < quantity <= self._desk.rules.max_quantity:
            raise QuantityError(msg("Return 1 to {limit} units",
                                     limit=self._desk.rules.max_quantity))
        variant = self._catalog.lookup(raw_code)
        return self._do(ReturnWithoutReceipt(variant, quantity, reason, restock),
                        approver_pin=approver_pin)

    # ---- the shift and the till -----------------------------------------------------------

    def _shift_service(self) -> ShiftService:
        if self._shifts is None:
            raise StateError(msg("Shifts are not available on this terminal"))
        return self._shifts

    def shift(self) -> ShiftView:
        shift = self._shift_service().current_shift()
        if shift is None:
            return ShiftView(False)
        x = self._shift_service().x_report()
        return ShiftView(True, self._name(shift.opened_by), shift.opened_at.isoformat(),
                         x.required_counts)

    def open_shift(self, float_minor: int) -> ShiftView:
        actor = self._require_user()
        self._shift_service().open_shift(actor.staff_id, float_minor)
        with self._lock:
            if self._current is not None and not self._current.state.lines:
                self._current = None  # the next sale belongs to the new shift
        return self.shift()

    def cash_in(self, amount: int, reason: str) -> ShiftView:
        self._shift_service().cash_in(self._require_user().staff_id, amount, reason)
        return self.shift()

    def cash_out(self, amount: int, reason: str,
                 approver_pin: Approval | None = None) -> ShiftView:
        """Pay cash out of the drawer. Above the signed-in person's limit (store
        settings) the shift service asks for approval ("Manager approval needed"); the
        approver must be of a role whose own limit covers the amount."""
        svc = self._shift_service()
        actor = self._require_user()
        approver = self._approver(approver_pin, need=svc.approver_needed(amount)) \
            if approver_pin is not None else None
        svc.cash_out(actor.staff_id, amount, reason, approver=approver)
        return self.shift()

    def x_report_text(self) -> str:
        self._require_user()
        return render_x(self._shift_service().x_report(), self._store_name,
                        names=self._staff_names(), locale=self.locale,
                        translate=self.translate)

    def close_shift(self, counted: dict[str, int]) -> str:
        """Close with a blind count; returns the Z report as printable text."""
        actor = self._require_user()
        z = self._shift_service().close_shift(actor.staff_id, counted)
        return render_z(z, self._store_name, names=self._staff_names(), locale=self.locale,
                        translate=self.translate)

    def _staff_names(self) -> dict[str, str]:
        return {s.id: s.name for s in self._staff.list_staff(include_inactive=True)}

    # ---- receipts, printer and drawer ----------------------------------------------------

    @property
    def has_printer(self) -> bool:
        return self._printer is not None

    def receipt(self, receipt_no: int) -> Receipt:
        if self._receipts is None:
            raise StateError(msg("Receipts are not available on this terminal"))
        return self._receipts.receipt(receipt_no)

    def print_receipt(self, receipt_no: int, *, reprint: bool = False,
                      drawer: bool = True) -> str:
        """Print (after the sale is durable) and kick the drawer if cash moved (unless
        `drawer` is False: it was opened at completion, see `open_drawer_for_sale`)."""
        receipt = self.receipt(receipt_no)
        if self._printer is None:
            return "No receipt printer is set up; use Save PDF"
        if receipt_no == self._drawer_due and drawer and not reprint:
            self._drawer_due = None
        self._printer.print_receipt(
            receipt, open_drawer=receipt.paid_in_cash and not reprint and drawer,
            reprint=reprint)
        return f"Receipt #{receipt_no} {'reprinted' if reprint else 'printed'}"

    def reprint_last(self) -> str:
        if self._last_receipt is None:
            raise StateError(msg("No receipt has been printed on this terminal since start-up"))
        return self.print_receipt(self._last_receipt, reprint=True)

    def open_drawer_for_sale(self, receipt_no: int) -> bool:
        """Open the drawer for the cash sale just completed, before its receipt is
        chosen (the cashier gives change first). Once per sale, and only for that sale:
        never a way to open the drawer without one. True if it opened."""
        if self._drawer_due != receipt_no or self._printer is None:
            return False
        self._drawer_due = None
        self._printer.open_drawer()
        return True

    def receipt_default(self) -> str:
        """What the receipt step offers first: 'print' or 'none' ('email' once
        customers exist), as last chosen at this terminal."""
        value = self._remembered.get(RECEIPT_DEFAULT_KEY)
        if value is None and self.preferences is not None:
            value = self.preferences.get(RECEIPT_DEFAULT_KEY)
        return value if value in RECEIPT_CHOICES else "print"

    def set_receipt_default(self, choice: str) -> None:
        if choice not in RECEIPT_CHOICES:
            raise InputError(msg("Unknown receipt choice {choice}", choice=repr(choice)))
        if self._remembered.get(RECEIPT_DEFAULT_KEY) == choice:
            return
        self._remembered[RECEIPT_DEFAULT_KEY] = choice
        if self.preferences is not None:
            self.preferences.put(RECEIPT_DEFAULT_KEY, choice)

    def print_text(self, text: str) -> str:
        if self._printer is None:
            return "No printer is set up"
        self._printer.print_text(text)
        return "Printed"

    def open_drawer(self, approver_pin: Approval | None = None) -> str:
        """Open the drawer without a sale: needs authority and is always audited."""
        actor = self._require_user()
        approver = self._approver(approver_pin, need=REQUIRED[Action.OPEN_DRAWER])
        who = authorize(Action.OPEN_DRAWER, actor, approver)
        if self._printer is None:
            raise StateError(msg("No cash drawer is connected"))
        self._printer.open_drawer()
        if self._audit is not None:
            self._audit.append(actor=actor.staff_id, action=Action.OPEN_DRAWER.value,
                               subject=None, detail='{"reason":"no sale"}', approved_by=who)
        return "Drawer opened"

    def complete(self) -> CompletedView:
        actor = self._require_user()
        with self._lock:
            session = self._session()
            result = session.execute(Complete(), actor=actor)
            self._current = None
        st = result.settlement
        cur = session.state.currency
        change = st.change if st else 0
        assert result.receipt_no is not None
        self._last_receipt = result.receipt_no
        paid_cash = any(t.kind is TenderKind.CASH for t in session.state.tenders)
        self._drawer_due = result.receipt_no if paid_cash else None
        lf = self.locale
        return CompletedView(session.id, result.receipt_no, fmt(result.priced.total, cur, lf)
                             if result.priced else "", change, fmt(change, cur, lf),
                             any(t.kind is TenderKind.CASH for t in session.state.tenders))

    # ---- stock counts and the stock attention list --------------------------------------

    def stock_sync(self) -> StockSyncView:
        self._require_user()
        if self.counting is None:
            return StockSyncView(False)
        st = self.counting.status()
        return StockSyncView(True, self.counting.online,
                             st.pending_events + st.in_flight_events, st.open_attention,
                             st.last_success_at)

    def stock_item(self, raw: str) -> StockItemView:
        """The product behind a scanned barcode or typed SKU, with the local estimate."""
        self._require_user()
        variant = self._catalog.lookup(raw)
        left = self.counting.sellable(variant.sku) if self.counting is not None else None
        return StockItemView(variant.id, variant.sku, variant.title, variant.barcode or "",
                             variant.tracked, left, self.counting is not None)

    def count_stock(self, variant_id: str, counted: int,
                    approver_pin: Approval | None = None) -> CountResult:
        """Record a physical count of one variant at this location. Returns only after the
        count is durable locally; the reconciler sends it (a compare-and-set taken online,
        a variance taken offline). Audited with who counted and who approved."""
        actor = self._require_user()
        approver = self._approver(approver_pin)
        who = authorize(Action.COUNT_STOCK, actor, approver)
        if self.counting is None:
            raise StateError(msg("Shopify is not set up on this terminal, so there is no stock "
                                 "to count against"))
        if counted < 0:
            raise QuantityError(msg("A count cannot be negative: count what is on the shelf "
                                    "(0 if it is empty)"))
        if counted > MAX_STOCK_COUNT:
            raise QuantityError(msg("{counted} is more than {limit}: was a barcode scanned into "
                                    "the count?", counted=counted, limit=MAX_STOCK_COUNT))
        variant = self._catalog.get(variant_id)
        if not variant.tracked:
            raise InputError(msg("{title} ({sku}) is not stock-tracked in Shopify; there is "
                                 "nothing to count", title=variant.title, sku=variant.sku))
        online = self.counting.online
        before = self.counting.sellable(variant.sku)
        event_id = self.counting.record_count(variant.sku, counted)
        after = self.counting.sellable(variant.sku)
        if self._audit is not None:
            self._audit.append(actor=actor.staff_id, action=Action.COUNT_STOCK.value,
                               subject=variant.sku,
                               detail=json.dumps({"event_id": event_id, "counted": counted,
                                                  "sellable_before": before,
                                                  "taken_online": online}),
                               approved_by=who)
        st = self.counting.status()
        return CountResult(event_id, variant.sku, variant.title, counted, before, after,
                           online, st.pending_events + st.in_flight_events,
                           iso(self._clock.now()) if self._clock else "")

    def _attention_rows(self) -> StockAttentionView:
        if self.counting is None:
            return StockAttentionView(False)
        return StockAttentionView(True, tuple(
            AttentionRow(a.id, a.kind.value, ATTENTION_LABELS.get(a.kind, a.kind.value),
                         a.sku or "", a.detail, a.created_at, texts.current(a.message),
                         a.kind in RESENDABLE and a.event_id is not None)
            for a in self.counting.attention()))

    def stock_attention(self, approver_pin: Approval | None = None) -> StockAttentionView:
        """What a manager must look at: oversells, stale counts, unknown SKUs, refusals."""
        actor = self._require_user()
        authorize(Action.RESOLVE_STOCK_ATTENTION, actor, self._approver(
            approver_pin, need=REQUIRED[Action.RESOLVE_STOCK_ATTENTION]))
        return self._attention_rows()

    def resolve_stock_attention(self, attention_id: str,
                                approver_pin: Approval | None = None) -> StockAttentionView:
        """Mark one item as dealt with (it stays in the history); audited."""
        actor = self._require_user()
        who = authorize(Action.RESOLVE_STOCK_ATTENTION, actor, self._approver(
            approver_pin, need=REQUIRED[Action.RESOLVE_STOCK_ATTENTION]))
        if self.counting is None:
            raise StateError(msg("Shopify is not set up on this terminal"))
        item = next((a for a in self.counting.attention() if a.id == attention_id), None)
        if item is None or not self.counting.resolve_attention(attention_id):
            raise NotFound(msg("That item was already resolved"))
        if self._audit is not None:
            self._audit.append(actor=actor.staff_id,
                               action=Action.RESOLVE_STOCK_ATTENTION.value,
                               subject=item.sku,
                               detail=json.dumps({"attention_id": item.id,
                                                  "kind": item.kind.value,
                                                  "detail": item.detail}),
                               approved_by=who)
        return self._attention_rows()

    def resend_set_aside_stock(self, approver_pin: Approval | None = None) -> StockResent:
        """Put every stock change Shopify set aside (refused, unknown SKU) back in the
        queue, once the cause is fixed in Shopify; the next sync sends each under a fresh
        idempotency key (what `pos-app reconcile --retry-rejected` does). Their open items
        leave the list (a new refusal opens a new one). The same authority as the list;
        audited with how many and which items it closed."""
        actor = self._require_user()
        who = authorize(Action.RESOLVE_STOCK_ATTENTION, actor, self._approver(
            approver_pin, need=REQUIRED[Action.RESOLVE_STOCK_ATTENTION]))
        if self.counting is None:
            raise StateError(msg("Shopify is not set up on this terminal"))
        before = self.counting.attention()
        requeued = self.counting.requeue_rejected()
        view = self._attention_rows()
        still_open = {r.id for r in view.rows}
        closed = [a for a in before if a.id not in still_open and a.kind in RESENDABLE]
        if self._audit is not None:
            self._audit.append(
                actor=actor.staff_id, action=JournalAction.RESEND_STOCK.value, subject=None,
                detail=json.dumps({
                    "requeued": requeued, "resolved": len(closed),
                    "items": [{"attention_id": a.id, "kind": a.kind.value, "sku": a.sku,
                               "event_id": a.event_id} for a in closed[:_AUDIT_ITEMS]]}),
                approved_by=who)
        if requeued and self.stock_resent is not None:
            try:
                self.stock_resent()  # the sync job: a pass now rather than at its timer
            except Exception:  # they are queued: the sync's timer sends them all the same
                log.exception("could not start a stock sync after re-queueing")
        return StockResent(requeued, view)
