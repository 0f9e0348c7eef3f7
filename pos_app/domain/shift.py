"""Shifts and the till: opening float, paid in/out, X (mid-shift) and Z (closing) reports.

Everything here is pure. The service reads the facts of a shift (sales, payments and
cash movements, in one database snapshot) and these functions turn them into reports,
validating what a person typed on the way in.

Conventions, all amounts being integer minor units of the shift's currency:

* sold lines are positive and returned lines negative; a payment is what the store
  kept for that tender, negative for a refund;
* discounts, refunds, paid-in and paid-out are reported as positive amounts and the
  report says whether they are added or subtracted;
* variance = counted - expected, so a positive variance is "over", a negative one
  "short".

Gross sales, discounts and refunds are on the basis prices are charged on: including
tax where the store's prices include tax, excluding it otherwise. `SalesFigures.
tax_added` tells the two apart exactly: it is the tax added on top of prices, which is
zero for tax-inclusive prices.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import Enum
from typing import Any

from .clock import iso, parse_iso
from .errors import InputError, Message, StateError, msg
from .money import Money, exponent_of

CASH = "cash"
# The tenders the counter takes, in the order reports list them.
TENDERS: tuple[str, ...] = (CASH, "card", "store_credit", "gift_card")
_TENDER_LABELS = {
    CASH: "Cash", "card": "Card", "store_credit": "Store credit", "gift_card": "Gift card",
}
# The same names in the messages raised (translated on the screens).
_TENDER_NAMES = {
    CASH: msg("Cash"), "card": msg("Card"), "store_credit": msg("Store credit"),
    "gift_card": msg("Gift card"),
}
_PAID = {"in": msg("paid in"), "out": msg("paid out")}

# No till holds this much (ten billion in a two-decimal currency); anything larger
# is a typing mistake, and it keeps every sum well inside SQLite's 64-bit integers.
MAX_AMOUNT = 10**12
MAX_REASON = 200

# Version of the JSON form of a Z report; stored reports keep the version they had.
PAYLOAD_VERSION = 1


# ---- errors ---------------------------------------------------------------------------

class ShiftInputError(InputError):
    """Something typed for a shift operation cannot be used; nothing was changed."""


class FloatError(ShiftInputError):
    """The opening float is negative or absurd."""


class CashMovementError(ShiftInputError):
    """A paid-in or paid-out amount or reason cannot be used."""


class CountError(ShiftInputError):
    """The closing count is incomplete, names an unknown tender or is negative."""


class ShiftAlreadyOpen(StateError):
    """A shift is already open on this terminal."""


class NoOpenShift(StateError):
    """The command needs an open shift and there is none on this terminal."""


class ShiftClosed(StateError):
    """The shift is closed; it can no longer change."""


_Z_ONLY_CLOSED = msg("A Z report is only made for a closed shift")


# ---- values ---------------------------------------------------------------------------

class ShiftStatus(Enum):
    OPEN = "open"
    CLOSED = "closed"


class MovementKind(Enum):
    IN = "in"  # paid in: change brought to the drawer
    OUT = "out"  # paid out: petty cash, a bank drop


def tender_label(tender: str) -> str:
    """How a tender is named on a report: 'store_credit' -> 'Store credit'."""
    return _TENDER_LABELS.get(tender, tender.replace("_", " ").capitalize())


def _tender_name(tender: str) -> Message | str:
    return _TENDER_NAMES.get(tender, tender_label(tender))


def tender_order(tender: str) -> tuple[int, str]:
    """Sort key: the known tenders in `TENDERS` order, anything else after, by name."""
    try:
        return (TENDERS.index(tender), tender)
    except ValueError:
        return (len(TENDERS), tender)


def _check_int(name: str, value: object) -> int:
    # Money is never a float: a float here is a programming error, not a typing one.
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{name} must be an int of minor units, got {type(value).__name__}")
    return value


def _check_aware(name: str, value: datetime) -> None:
    if value.tzinfo is None:
        raise ValueError(f"{name} must be a timezone-aware datetime")


def _check_staff(staff_id: str) -> str:
    staff = staff_id.strip() if isinstance(staff_id, str) else ""
    if not staff:
        raise ShiftInputError(msg("A staff member must be given"))
    return staff


@dataclass(frozen=True, slots=True)
class Shift:
    """One shift on one terminal: from opening the drawer with a float to the Z report."""

    id: str
    terminal_id: str
    status: ShiftStatus
    opened_by: str
    opened_at: datetime
    float_minor: int
    currency: str
    closed_by: str | None = None
    closed_at: datetime | None = None
    version: int = 1

    def __post_init__(self) -> None:
        _check_int("float_minor", self.float_minor)
        exponent_of(self.currency)
        _check_aware("opened_at", self.opened_at)
        if self.float_minor < 0:
            raise FloatError(msg("The opening float cannot be negative"))
        closed = self.status is ShiftStatus.CLOSED
        if closed != (self.closed_by is not None) or closed != (self.closed_at is not None):
            raise ValueError("a shift has a closer and a closing time exactly when it is closed")
        if self.closed_at is not None:
            _check_aware("closed_at", self.closed_at)

    @property
    def is_open(self) -> bool:
        return self.status is ShiftStatus.OPEN


@dataclass(frozen=True, slots=True)
class CashMovement:
    """Cash put into (in) or taken out of (out) the drawer other than by a sale."""

    id: str
    shift_id: str
    kind: MovementKind
    amount: int
    reason: str
    staff_id: str
    at: datetime

    def __post_init__(self) -> None:
        _check_int("amount", self.amount)
        if self.amount <= 0:
            raise CashMovementError(msg("A paid-in or paid-out amount must be more than zero"))
        if not self.reason.strip():
            raise CashMovementError(msg("A paid-in or paid-out needs a reason"))

    @property
    def signed(self) -> int:
        """The effect on the drawer: positive for in, negative for out."""
        return self.amount if self.kind is MovementKind.IN else -self.amount


@dataclass(frozen=True, slots=True)
class TaxTotal:
    """Tax of one rate collected in the shift (net of tax refunded)."""

    code: str
    name: str
    amount: int


@dataclass(frozen=True, slots=True)
class ReasonTotal:
    """Returned lines of one return reason in a shift ("" when none was given)."""

    reason: str
    items: int  # units returned
    amount: int  # refunded, after discounts, positive (as `SalesFigures.refunds`)


@dataclass(frozen=True, slots=True)
class SalesFigures:
    """What was sold in a shift: completed sales only, returns and post-voids included."""

    transactions: int = 0  # completed sales, whatever they contained
    sales_count: int = 0  # completed sales with at least one sold line
    returns_count: int = 0  # completed sales with at least one returned line (post-voids too)
    voided_count: int = 0  # sales voided before completion (nothing was taken)
    line_voids: int = 0  # lines taken off sales before payment, in any sale of the shift
    line_voids_amount: int = 0  # what those lines came to when they were taken off
    items_sold: int = 0
    items_returned: int = 0
    gross_sales: int = 0  # sold lines at the price charged, before discounts
    discounts: int = 0  # on sold lines, positive
    refunds: int = 0  # returned lines after their discounts, positive
    sales_total: int = 0  # sum of line totals: what customers were charged, tax included
    tax_by_rate: tuple[TaxTotal, ...] = ()
    # Refunds by return reason, most refunded first; they add up to items_returned and
    # refunds.
    returns_by_reason: tuple[ReasonTotal, ...] = ()

    def __post_init__(self) -> None:
        for name in ("transactions", "sales_count", "returns_count", "voided_count",
                     "line_voids", "line_voids_amount", "items_sold", "items_returned",
                     "gross_sales", "discounts", "refunds", "sales_total"):
            _check_int(name, getattr(self, name))

    @property
    def net_sales(self) -> int:
        return self.gross_sales - self.discounts - self.refunds

    @property
    def tax_total(self) -> int:
        return sum(t.amount for t in self.tax_by_rate)

    @property
    def tax_added(self) -> int:
        """Tax charged on top of prices: the whole tax when prices exclude it, else 0."""
        return self.sales_total - self.net_sales


@dataclass(frozen=True, slots=True)
class TenderTotals:
    """Payments of one tender in a shift, from completed sales."""

    tender: str
    payments: int = 0  # rows with money kept (amount > 0)
    refund_payments: int = 0  # rows with money given back (amount < 0)
    taken: int = 0  # positive
    refunded: int = 0  # positive

    def __post_init__(self) -> None:
        for name in ("payments", "refund_payments", "taken", "refunded"):
            _check_int(name, getattr(self, name))

    @property
    def net(self) -> int:
        return self.taken - self.refunded

    @property
    def label(self) -> str:
        return tender_label(self.tender)


@dataclass(frozen=True, slots=True)
class ShiftFacts:
    """Everything recorded against a shift, as read from the store in one snapshot."""

    sales: SalesFigures = field(default_factory=SalesFigures)
    tenders: tuple[TenderTotals, ...] = ()
    cash_movements: tuple[CashMovement, ...] = ()


@dataclass(frozen=True, slots=True)
class TenderCount:
    """One tender at close: what the records say, what was counted blind."""

    tender: str
    expected: int
    counted: int

    @property
    def variance(self) -> int:
        """counted - expected: positive is over, negative is short."""
        return self.counted - self.expected

    @property
    def label(self) -> str:
        return tender_label(self.tender)


@dataclass(frozen=True, slots=True)
class XReport:
    """The figures of a shift at one moment; a Z report freezes them at the close."""

    shift: Shift
    generated_at: datetime
    sales: SalesFigures
    tenders: tuple[TenderTotals, ...]  # cash always, then every tender with payments
    cash_movements: tuple[CashMovement, ...]

    @property
    def currency(self) -> str:
        return self.shift.currency

    # Flat names for the figures a report prints.
    @property
    def sales_count(self) -> int:
        return self.sales.sales_count

    @property
    def returns_count(self) -> int:
        return self.sales.returns_count

    @property
    def gross_sales(self) -> int:
        return self.sales.gross_sales

    @property
    def discounts(self) -> int:
        return self.sales.discounts

    @property
    def refunds(self) -> int:
        return self.sales.refunds

    @property
    def net_sales(self) -> int:
        return self.sales.net_sales

    @property
    def tax_by_rate(self) -> tuple[TaxTotal, ...]:
        return self.sales.tax_by_rate

    def tender(self, tender: str) -> TenderTotals:
        for t in self.tenders:
            if t.tender == tender:
                return t
        return TenderTotals(tender)

    @property
    def cash_in_total(self) -> int:
        return sum(m.amount for m in self.cash_movements if m.kind is MovementKind.IN)

    @property
    def cash_out_total(self) -> int:
        return sum(m.amount for m in self.cash_movements if m.kind is MovementKind.OUT)

    @property
    def cash_payments_net(self) -> int:
        return self.tender(CASH).net

    @property
    def expected_cash(self) -> int:
        """What the drawer should hold: float + net cash payments + paid in - paid out."""
        return (self.shift.float_minor + self.cash_payments_net
                + self.cash_in_total - self.cash_out_total)

    @property
    def expected(self) -> dict[str, int]:
        """Expected amount per tender: the drawer for cash, net takings for the others."""
        return {t.tender: (self.expected_cash if t.tender == CASH else t.net)
                for t in self.tenders}

    @property
    def takings_total(self) -> int:
        return sum(t.net for t in self.tenders)

    @property
    def rounding(self) -> int:
        """Takings minus what was charged: cash rounding. Anything else needs looking at."""
        return self.takings_total - self.sales.sales_total

    @property
    def required_counts(self) -> tuple[str, ...]:
        """Tenders that must be counted at close: cash always, and every tender used."""
        return tuple(t.tender for t in self.tenders
                     if t.tender == CASH or t.payments or t.refund_payments)


@dataclass(frozen=True, slots=True)
class ZReport:
    """The closing report of a shift: numbered, gapless per terminal, never changed."""

    id: str
    z_no: int
    x: XReport  # the figures at the close; x.shift is the closed shift
    counts: tuple[TenderCount, ...]

    def __post_init__(self) -> None:
        if self.z_no < 1:
            raise ValueError("Z numbers start at 1")
        if self.x.shift.is_open:
            raise StateError(_Z_ONLY_CLOSED)

    @property
    def terminal_id(self) -> str:
        return self.x.shift.terminal_id

    @property
    def shift_id(self) -> str:
        return self.x.shift.id

    @property
    def currency(self) -> str:
        return self.x.shift.currency

    # A closed Shift always has its closer and closing time (Shift.__post_init__); the
    # checks below only narrow the types.
    @property
    def closed_by(self) -> str:
        closed_by = self.x.shift.closed_by
        if closed_by is None:
            raise StateError(_Z_ONLY_CLOSED)
        return closed_by

    @property
    def closed_at(self) -> datetime:
        closed_at = self.x.shift.closed_at
        if closed_at is None:
            raise StateError(_Z_ONLY_CLOSED)
        return closed_at

    @property
    def counted(self) -> dict[str, int]:
        return {c.tender: c.counted for c in self.counts}

    @property
    def variance(self) -> dict[str, int]:
        return {c.tender: c.variance for c in self.counts}

    @property
    def total_expected(self) -> int:
        return sum(c.expected for c in self.counts)

    @property
    def total_counted(self) -> int:
        return sum(c.counted for c in self.counts)

    @property
    def total_variance(self) -> int:
        return self.total_counted - self.total_expected

    def count(self, tender: str) -> TenderCount | None:
        for c in self.counts:
            if c.tender == tender:
                return c
        return None


# ---- rules ----------------------------------------------------------------------------

def new_shift(*, shift_id: str, terminal_id: str, staff_id: str, float_minor: int,
              currency: str, at: datetime) -> Shift:
    """Open a shift with `float_minor` in the drawer."""
    staff = _check_staff(staff_id)
    _check_int("float_minor", float_minor)
    if float_minor < 0:
        raise FloatError(msg("The opening float cannot be negative (got {amount})",
                             amount=Money(float_minor, currency)))
    if float_minor > MAX_AMOUNT:
        raise FloatError(msg("An opening float of {amount} is not plausible",
                             amount=Money(float_minor, currency)))
    return Shift(id=shift_id, terminal_id=terminal_id, status=ShiftStatus.OPEN,
                 opened_by=staff, opened_at=at, float_minor=float_minor, currency=currency)


def close(shift: Shift, *, staff_id: str, at: datetime) -> Shift:
    """The closed version of an open shift."""
    staff = _check_staff(staff_id)
    if not shift.is_open:
        raise ShiftClosed(msg("The shift opened at {at} is already closed",
                              at=iso(shift.opened_at)))
    _check_aware("at", at)
    return replace(shift, status=ShiftStatus.CLOSED, closed_by=staff, closed_at=at,
                   version=shift.version + 1)


def new_cash_movement(shift: Shift, *, movement_id: str, kind: MovementKind, amount: int,
                      reason: str, staff_id: str, at: datetime) -> CashMovement:
    """Validate a paid-in or paid-out against an open shift."""
    staff = _check_staff(staff_id)
    if not shift.is_open:
        raise ShiftClosed(msg("The shift is closed; cash can no longer be paid in or out"))
    _check_int("amount", amount)
    word = _PAID["in" if kind is MovementKind.IN else "out"]
    if amount <= 0:
        raise CashMovementError(msg("The amount {word} must be more than zero (got {amount})",
                                    word=word, amount=Money(amount, shift.currency)))
    if amount > MAX_AMOUNT:
        raise CashMovementError(msg("{amount} {word} is not plausible",
                                    amount=Money(amount, shift.currency), word=word))
    text = reason.strip() if isinstance(reason, str) else ""
    if not text:
        raise CashMovementError(msg("Say why cash is {word}: a reason is required", word=word))
    if len(text) > MAX_REASON:
        raise CashMovementError(msg("The reason is too long (at most {n} characters)",
                                    n=MAX_REASON))
    return CashMovement(id=movement_id, shift_id=shift.id, kind=kind, amount=amount,
                        reason=text, staff_id=staff, at=at)


def check_cash_out(report: XReport, amount: int) -> None:
    """A paid-out can take no more than the drawer should hold at that moment."""
    available = report.expected_cash
    if amount > available:
        cur = report.currency
        raise CashMovementError(msg(
            "Cannot pay out {amount}: the drawer should only hold {held}",
            amount=Money(amount, cur), held=Money(max(available, 0), cur)))


def build_x_report(shift: Shift, facts: ShiftFacts, generated_at: datetime) -> XReport:
    """The report of a shift from its facts. Cash is always listed: the drawer exists."""
    _check_aware("generated_at", generated_at)
    for m in facts.cash_movements:
        if m.shift_id != shift.id:
            raise ValueError(f"cash movement {m.id} belongs to another shift")
    by_tender: dict[str, TenderTotals] = {}
    for t in facts.tenders:
        if t.tender in by_tender:
            raise ValueError(f"tender {t.tender} is listed twice")
        by_tender[t.tender] = t
    by_tender.setdefault(CASH, TenderTotals(CASH))
    tenders = tuple(by_tender[k] for k in sorted(by_tender, key=tender_order))
    movements = tuple(sorted(facts.cash_movements, key=lambda m: (m.at, m.id)))
    return XReport(shift=shift, generated_at=generated_at, sales=facts.sales,
                   tenders=tenders, cash_movements=movements)


def normalise_counts(counted: Mapping[str, int], report: XReport) -> dict[str, int]:
    """Check a blind count against what has to be counted.

    Messages never mention expected amounts: the person counting must not learn them
    from a refused count.
    """
    known = set(TENDERS) | {t.tender for t in report.tenders}
    out: dict[str, int] = {}
    for raw_key, value in counted.items():
        key = raw_key.strip().lower().replace(" ", "_") if isinstance(raw_key, str) else ""
        if key not in known:
            names = tuple(_tender_name(t) for t in sorted(known, key=tender_order))
            raise CountError(msg("Cannot count {key}: the tenders are {names}",
                                 key=repr(raw_key), names=names))
        if key in out:
            raise CountError(msg("{tender} was counted twice", tender=_tender_name(key)))
        _check_int(f"count of {key}", value)
        # Cash in a drawer cannot be negative; a card batch can (refunds only).
        if key == CASH and value < 0:
            raise CountError(msg("Counted cash cannot be negative"))
        if abs(value) > MAX_AMOUNT:
            raise CountError(msg("The count of {tender} is not plausible",
                                 tender=_tender_name(key)))
        out[key] = value
    missing = [t for t in report.required_counts if t not in out]
    if missing:
        raise CountError(msg("Count every tender taken before closing; missing: {names}",
                             names=tuple(_tender_name(t) for t in missing)))
    return out


def build_z_report(*, report_id: str, z_no: int, x: XReport,
                   counted: Mapping[str, int]) -> ZReport:
    """Freeze the closing figures of `x` (made for the closed shift) with the count."""
    counts_in = normalise_counts(counted, x)
    expected = x.expected
    tenders = sorted(set(expected) | set(counts_in), key=tender_order)
    counts = tuple(TenderCount(t, expected.get(t, 0), counts_in.get(t, 0)) for t in tenders)
    return ZReport(id=report_id, z_no=z_no, x=x, counts=counts)


# ---- JSON form ------------------------------------------------------------------------
# The stored and synced form of a Z report. It carries the derived figures as well, so
# the central database can use them without re-deriving; reading checks they agree.

def _dt(value: datetime | None) -> str | None:
    return None if value is None else iso(value)


def _parse_dt(value: str | None) -> datetime | None:
    return None if value is None else parse_iso(value)


def shift_to_dict(s: Shift) -> dict[str, Any]:
    return {
        "id": s.id, "terminal_id": s.terminal_id, "status": s.status.value,
        "opened_by": s.opened_by, "opened_at": iso(s.opened_at),
        "float_minor": s.float_minor, "currency": s.currency,
        "closed_by": s.closed_by, "closed_at": _dt(s.closed_at), "version": s.version,
    }


def shift_from_dict(d: Mapping[str, Any]) -> Shift:
    return Shift(
        id=d["id"], terminal_id=d["terminal_id"], status=ShiftStatus(d["status"]),
        opened_by=d["opened_by"], opened_at=parse_iso(d["opened_at"]),
        float_minor=int(d["float_minor"]), currency=d["currency"],
        closed_by=d.get("closed_by"), closed_at=_parse_dt(d.get("closed_at")),
        version=int(d["version"]),
    )


def _movement_to_dict(m: CashMovement) -> dict[str, Any]:
    return {"id": m.id, "kind": m.kind.value, "amount": m.amount, "reason": m.reason,
            "staff_id": m.staff_id, "at": iso(m.at)}


def _movement_from_dict(d: Mapping[str, Any], shift_id: str) -> CashMovement:
    return CashMovement(id=d["id"], shift_id=shift_id, kind=MovementKind(d["kind"]),
                        amount=int(d["amount"]), reason=d["reason"], staff_id=d["staff_id"],
                        at=parse_iso(d["at"]))


_SALES_FIELDS = ("transactions", "sales_count", "returns_count", "voided_count", "items_sold",
                 "items_returned", "gross_sales", "discounts", "refunds", "sales_total",
                 "line_voids", "line_voids_amount")
_TENDER_FIELDS = ("payments", "refund_payments", "taken", "refunded")


def x_report_to_dict(x: XReport) -> dict[str, Any]:
    sales: dict[str, Any] = {k: getattr(x.sales, k) for k in _SALES_FIELDS}
    sales["tax_by_rate"] = [{"code": t.code, "name": t.name, "amount": t.amount}
                            for t in x.sales.tax_by_rate]
    sales["net_sales"] = x.net_sales
    sales["tax_total"] = x.sales.tax_total
    sales["tax_added"] = x.sales.tax_added
    if x.sales.returns_by_reason:  # reports from before reasons have no such key
        sales["returns_by_reason"] = [{"reason": r.reason, "items": r.items,
                                       "amount": r.amount}
                                      for r in x.sales.returns_by_reason]
    tenders = []
    for t in x.tenders:
        td: dict[str, Any] = {"tender": t.tender}
        td.update({k: getattr(t, k) for k in _TENDER_FIELDS})
        td["net"] = t.net
        td["expected"] = x.expected[t.tender]
        tenders.append(td)
    return {
        "shift": shift_to_dict(x.shift),
        "generated_at": iso(x.generated_at),
        "sales": sales,
        "tenders": tenders,
        "cash_movements": [_movement_to_dict(m) for m in x.cash_movements],
        "cash": {
            "float": x.shift.float_minor, "payments_net": x.cash_payments_net,
            "paid_in": x.cash_in_total, "paid_out": x.cash_out_total,
            "expected": x.expected_cash,
        },
        "takings_total": x.takings_total,
        "rounding": x.rounding,
    }


def x_report_from_dict(d: Mapping[str, Any]) -> XReport:
    shift = shift_from_dict(d["shift"])
    s = d["sales"]
    sales = SalesFigures(
        # Z reports written before line voids were counted have no such keys.
        **{k: int(s.get(k, 0)) for k in _SALES_FIELDS},
        tax_by_rate=tuple(TaxTotal(t["code"], t["name"], int(t["amount"]))
                          for t in s["tax_by_rate"]),
        returns_by_reason=tuple(ReasonTotal(str(r["reason"]), int(r["items"]),
                                            int(r["amount"]))
                                for r in s.get("returns_by_reason", ())),
    )
    tenders = tuple(TenderTotals(t["tender"], **{k: int(t[k]) for k in _TENDER_FIELDS})
                    for t in d["tenders"])
    x = XReport(
        shift=shift, generated_at=parse_iso(d["generated_at"]), sales=sales, tenders=tenders,
        cash_movements=tuple(_movement_from_dict(m, shift.id) for m in d["cash_movements"]),
    )
    derived = x_report_to_dict(x)
    for key in ("sales", "tenders", "cash", "takings_total", "rounding"):
        if derived[key] != d[key]:
            raise ValueError(f"stored report figures disagree with their facts ({key})")
    return x


def z_report_to_dict(z: ZReport) -> dict[str, Any]:
    return {
        "v": PAYLOAD_VERSION,
        "id": z.id,
        "z_no": z.z_no,
        "terminal_id": z.terminal_id,
        "shift_id": z.shift_id,
        "currency": z.currency,
        "closed_by": z.closed_by,
        "closed_at": iso(z.closed_at),
        "report": x_report_to_dict(z.x),
        "counts": [{"tender": c.tender, "expected": c.expected, "counted": c.counted,
                    "variance": c.variance} for c in z.counts],
        "totals": {"expected": z.total_expected, "counted": z.total_counted,
                   "variance": z.total_variance},
    }


def z_report_from_dict(d: Mapping[str, Any]) -> ZReport:
    if d.get("v") != PAYLOAD_VERSION:
        raise ValueError(f"unknown Z report payload version {d.get('v')!r}")
    z = ZReport(
        id=d["id"], z_no=int(d["z_no"]), x=x_report_from_dict(d["report"]),
        counts=tuple(TenderCount(c["tender"], int(c["expected"]), int(c["counted"]))
                     for c in d["counts"]),
    )
    if z_report_to_dict(z) != dict(d):
        raise ValueError(f"stored Z report {z.z_no} does not agree with its own figures")
    return z


def z_report_to_json(z: ZReport) -> str:
    """Canonical JSON (sorted keys, no spaces): the same text is stored and synced."""
    return json.dumps(z_report_to_dict(z), sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False)


def z_report_from_json(text: str) -> ZReport:
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError("a Z report payload is a JSON object")
    return z_report_from_dict(data)

