"""The counter's use cases for one terminal: who is signed in, the current sale, and
the frozen views the screens show.

The GUI calls these on its database worker thread and gets `SaleView`s back; it never
touches a session, a repository or SQL. Every permission is checked here or below
(the sale session), never only in the UI.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from pos_app.domain.catalog import Variant
from pos_app.domain.errors import NotFound, PermissionDenied, StateError
from pos_app.domain.money import Money
from pos_app.domain.permissions import Actor, Role
from pos_app.domain.pricing import Discount
from pos_app.domain.sale import SaleState, SaleStatus, TenderKind

from .catalog import CatalogService
from .sale_commands import (
    AddItem,
    AddTender,
    Command,
    Complete,
    Hold,
    RemoveLine,
    RemoveTender,
    Resume,
    SetCartDiscount,
    SetLineDiscount,
    SetQuantity,
    Void,
)
from .sale_session import SaleSession
from .sales import SalesDesk
from .staff import Staff, StaffService

TENDER_LABELS = {TenderKind.CASH: "Cash", TenderKind.CARD: "Card",
                 TenderKind.STORE_CREDIT: "Store credit", TenderKind.GIFT_CARD: "Gift card"}


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

    def money(self, minor: int) -> str:
        return fmt(minor, self.currency)


@dataclass(frozen=True, slots=True)
class ProductHit:
    variant_id: str
    sku: str
    title: str
    price: str
    barcode: str


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


def fmt(minor: int, currency: str) -> str:
    return Money(minor, currency).format(symbol="$" if currency == "USD" else "")


def hit_of(v: Variant) -> ProductHit:
    return ProductHit(v.id, v.sku, v.title, fmt(v.price_minor, v.currency), v.barcode or "")


class Counter:
    """The signed-in person and the current sale of one terminal."""

    def __init__(self, desk: SalesDesk, catalog: CatalogService, staff: StaffService,
                 shift_of: Callable[[], str | None] = lambda: None,
                 top_sellers: TopSellers | None = None) -> None:
        self._desk = desk
        self._catalog = catalog
        self._staff = staff
        self._shift_of = shift_of
        self._top = top_sellers
        self._current: SaleSession | None = None
        self._lock = threading.RLock()
        self._user: Staff | None = None
        self._names: dict[str, str] = {}

    # ---- who is at the keyboard -----------------------------------------------------

    @property
    def user(self) -> Staff | None:
        return self._user

    @property
    def actor(self) -> Actor | None:
        return self._user.actor if self._user else None

    def login(self, pin: str, staff_id: str | None = None) -> Staff:
        """Sign in by PIN (with the person picked from the list, the check is one hash).
        Switching cashier keeps the open sale."""
        staff = self._staff.verify(staff_id, pin) if staff_id else self._staff.authenticate(pin)
        with self._lock:
            self._user = staff
        return staff

    def logout(self) -> None:
        with self._lock:
            self._user = None

    def staff_list(self) -> list[tuple[str, str, str]]:
        """(id, name, role) of active staff, for the login screen."""
        return [(s.id, s.name, s.role.value) for s in self._staff.list_staff()]

    def _approver(self, pin: str | None) -> Actor | None:
        if pin is None:
            return None
        approver = self._staff.authenticate(pin)
        if approver.role.rank < Role.SUPERVISOR.rank:
            raise PermissionDenied(f"{approver.name} is a {approver.role.value} and cannot "
                                   "approve this")
        return approver.actor

    def _require_user(self) -> Actor:
        actor = self.actor
        if actor is None:
            raise PermissionDenied("Sign in first")
        return actor

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
        lines = []
        for ln in state.lines:
            pl = priced.line(ln.no)
            lines.append(LineView(ln.no, ln.sku, ln.title, ln.quantity, fmt(ln.unit_price, cur),
                                  fmt(-pl.discount, cur) if pl.discount else "",
                                  fmt(pl.total, cur), ln.quantity < 0))
        tenders = tuple(TenderView(t.id, TENDER_LABELS[t.kind], fmt(t.amount, cur),
                                   t.reference or "") for t in state.tenders)
        default_sel = lines[-1].no if lines else None
        return SaleView(
            sale_id=state.id, version=state.version, status=state.status.value, currency=cur,
            lines=tuple(lines), subtotal=fmt(priced.subtotal, cur),
            discount=fmt(-priced.discount, cur) if priced.discount else "",
            discount_minor=priced.discount,
            taxes=tuple((names.get(code, code), fmt(a, cur))
                        for code, a in priced.tax_by_rate if a),
            total=fmt(priced.total, cur), total_minor=priced.total, tenders=tenders,
            paid=fmt(st.paid, cur), remaining_minor=st.remaining,
            remaining_cash_minor=st.remaining_cash, change_minor=st.change,
            selected_line=selected if selected is not None else default_sel,
            cashier=self._name(state.cashier_id))

    def current(self) -> SaleView:
        return self.view()

    def _do(self, command: Command, *, selected: int | None = None,
            approver_pin: str | None = None) -> SaleView:
        actor = self._require_user()
        approver = self._approver(approver_pin)
        session = self._session()
        session.execute(command, actor=actor, approver=approver)
        return self.view(session, selected)

    def scan(self, raw: str, quantity: int = 1) -> SaleView:
        self._require_user()
        variant = self._catalog.lookup(raw)
        return self._do(AddItem(variant, quantity))

    def add_variant(self, variant_id: str, quantity: int = 1) -> SaleView:
        return self._do(AddItem(self._catalog.get(variant_id), quantity))

    def search(self, text: str, limit: int = 24) -> list[ProductHit]:
        return [hit_of(v) for v in self._catalog.search(text, limit)]

    def quick_keys(self, limit: int = 12) -> list[ProductHit]:
        """The store's most-sold items; a fresh store gets its first catalog items."""
        ids = self._top.top_variant_ids(limit) if self._top else []
        hits = []
        for vid in ids:
            try:
                hits.append(hit_of(self._catalog.get(vid)))
            except NotFound:  # deleted from the catalog since it sold
                continue
        return hits

    def set_quantity(self, line_no: int, quantity: int) -> SaleView:
        return self._do(SetQuantity(line_no, quantity), selected=line_no)

    def remove_line(self, line_no: int) -> SaleView:
        return self._do(RemoveLine(line_no))

    def line_discount(self, line_no: int, discount: Discount | None,
                      approver_pin: str | None = None) -> SaleView:
        return self._do(SetLineDiscount(line_no, discount), selected=line_no,
                        approver_pin=approver_pin)

    def cart_discount(self, discount: Discount | None,
                      approver_pin: str | None = None) -> SaleView:
        return self._do(SetCartDiscount(discount), approver_pin=approver_pin)

    def void(self, approver_pin: str | None = None) -> SaleView:
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
                                fmt(total, s.currency), s.status is SaleStatus.PARKED))
        return out

    def resume(self, sale_id: str) -> SaleView:
        actor = self._require_user()
        with self._lock:
            current = self._session()
            if current.state.lines:
                raise StateError("Hold or finish the current sale before resuming another")
            current.execute(Void(), actor=actor)  # an empty sale: nothing to authorise
            session = self._desk.session(sale_id)
            session.execute(Resume(actor.staff_id), actor=actor)
            self._current = session
        return self.view(session)

    def add_tender(self, kind: TenderKind, amount: int, reference: str | None = None) \
            -> SaleView:
        return self._do(AddTender(kind, amount, reference))

    def remove_tender(self, tender_id: str) -> SaleView:
        return self._do(RemoveTender(tender_id))

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
        return CompletedView(session.id, result.receipt_no, fmt(result.priced.total, cur)
                             if result.priced else "", change, fmt(change, cur),
                             any(t.kind is TenderKind.CASH for t in session.state.tenders))
