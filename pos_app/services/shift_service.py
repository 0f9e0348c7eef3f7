"""Shift and till management for one terminal: open, pay in/out, X report, close with Z.

Every change is one write transaction of the repository (BEGIN IMMEDIATE in SQLite),
and every check runs on what that transaction reads: two clicks cannot open two
shifts or take the same Z number, and a failure anywhere inside a close leaves the
shift open, the Z counter untouched and no report, outbox or audit row behind.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from pos_app.domain.clock import Clock, IdGenerator
from pos_app.domain.errors import NotFound, PermissionDenied, StateError, msg
from pos_app.domain.money import Money, exponent_of
from pos_app.domain.permissions import Action, Actor, AmountLimits, Role, authorize_amount
from pos_app.domain.shift import (
    CashMovement,
    MovementKind,
    NoOpenShift,
    Shift,
    ShiftAlreadyOpen,
    ShiftFacts,
    XReport,
    ZReport,
    build_x_report,
    build_z_report,
    check_cash_out,
    close,
    new_cash_movement,
    new_shift,
    normalise_counts,
    z_report_to_json,
)

Z_COUNTER = "z"  # name of the gapless per-terminal counter of Z numbers
OUTBOX_TOPIC = "shift"


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: str
    at: datetime
    actor: str | None
    action: str  # shift_open | cash_in | cash_out | shift_close
    subject: str | None
    detail: str  # JSON object
    approved_by: str | None = None


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    op_id: str  # the receiver's idempotency key
    topic: str
    aggregate_id: str
    payload: str
    created_at: datetime


class ShiftReader(Protocol):
    """Reads inside one transaction, so every figure comes from the same snapshot."""

    def open_shift(self, terminal_id: str) -> Shift | None:
        """The open shift of the terminal, if any."""
        ...

    def facts(self, shift_id: str) -> ShiftFacts:
        """Sales, payments and cash movements recorded against the shift."""
        ...

    def z_report(self, terminal_id: str, z_no: int) -> ZReport | None: ...

    def z_reports(self, terminal_id: str) -> list[ZReport]:
        """All Z reports of the terminal, by number."""
        ...


class ShiftWriter(ShiftReader, Protocol):
    """One write transaction: everything done through it commits or none of it does."""

    def insert_shift(self, shift: Shift) -> None: ...

    def update_shift(self, shift: Shift, expected_version: int) -> None:
        """Store `shift` over the row at `expected_version`; StateError if it moved on."""
        ...

    def insert_cash_movement(self, movement: CashMovement) -> None: ...

    def next_counter(self, terminal_id: str, name: str) -> int:
        """Increment the named counter of the terminal (from 0) and return its new value."""
        ...

    def insert_z_report(self, report: ZReport, payload: str) -> None: ...

    def append_outbox(self, entry: OutboxEntry) -> None: ...

    def append_audit(self, entry: AuditEntry) -> None: ...


class StaffRoles(Protocol):
    def role_of(self, staff_id: str) -> Role | None:
        """The role of an active staff member; None for anyone else."""
        ...


class ShiftRepository(Protocol):
    def read(self) -> AbstractContextManager[ShiftReader]: ...

    def write(self) -> AbstractContextManager[ShiftWriter]:
        """A write transaction that rolls back unless the block completes."""
        ...


def _json(detail: Mapping[str, Any]) -> str:
    return json.dumps(detail, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


class ShiftService:
    """The till of one terminal. Amounts are integer minor units of `currency`."""

    def __init__(self, repo: ShiftRepository, clock: Clock, ids: IdGenerator,
                 terminal_id: str, currency: str, *, staff: StaffRoles | None = None,
                 cash_out_limits: AmountLimits | None = None) -> None:
        """With `staff`, every change names a real active staff member (a made-up name
        is refused) and a pay-out above the person's `cash_out_limits` needs an
        approver; the terminal always passes both."""
        if not terminal_id:
            raise ValueError("a terminal id is required")
        exponent_of(currency)
        self._repo = repo
        self._clock = clock
        self._ids = ids
        self.terminal_id = terminal_id
        self.currency = currency.upper()
        self._staff = staff
        self.cash_out_limits = cash_out_limits or AmountLimits()

    # ---- reading ----------------------------------------------------------------------

    def current_shift(self) -> Shift | None:
        with self._repo.read() as r:
            return r.open_shift(self.terminal_id)

    def x_report(self) -> XReport:
        """The figures of the open shift now. Reading it changes nothing."""
        now = self._clock.now()
        with self._repo.read() as r:
            shift = self._require_open(r)
            facts = r.facts(shift.id)
        return build_x_report(shift, facts, now)

    def z_report(self, z_no: int) -> ZReport:
        with self._repo.read() as r:
            report = r.z_report(self.terminal_id, z_no)
        if report is None:
            raise NotFound(msg("There is no Z report number {z} on terminal {terminal}",
                               z=str(z_no), terminal=self.terminal_id))
        return report

    def list_z_reports(self) -> list[ZReport]:
        with self._repo.read() as r:
            return r.z_reports(self.terminal_id)

    # ---- changing ---------------------------------------------------------------------

    def open_shift(self, staff_id: str, float_minor: int) -> Shift:
        """Open the till with `float_minor` in the drawer; one open shift per terminal."""
        self._actor(staff_id)
        now = self._clock.now()
        # Built (and so validated) before the write lock is taken.
        shift = new_shift(shift_id=self._ids.new_id(), terminal_id=self.terminal_id,
                          staff_id=staff_id, float_minor=float_minor,
                          currency=self.currency, at=now)
        audit_id = self._ids.new_id()
        with self._repo.write() as tx:
            current = tx.open_shift(self.terminal_id)
            if current is not None:
                raise ShiftAlreadyOpen(msg(
                    "A shift is already open on terminal {terminal} (opened by {by} at {at}); "
                    "close it with a Z report before opening another",
                    terminal=self.terminal_id, by=current.opened_by,
                    at=f"{current.opened_at:%Y-%m-%d %H:%M %Z}"))
            tx.insert_shift(shift)
            tx.append_audit(AuditEntry(
                audit_id, now, shift.opened_by, "shift_open", shift.id,
                _json({"terminal_id": self.terminal_id, "float_minor": shift.float_minor,
                       "currency": shift.currency})))
        return shift

    def cash_in(self, staff_id: str, amount: int, reason: str) -> CashMovement:
        """Record cash put into the drawer (e.g. more change from the safe)."""
        self._actor(staff_id)
        return self._move(MovementKind.IN, staff_id, amount, reason)

    def cash_out(self, staff_id: str, amount: int, reason: str, *,
                 approver: Actor | None = None) -> CashMovement:
        """Record cash taken from the drawer; never more than it should hold, and above
        the person's limit only with an approver whose limit covers it."""
        actor = self._actor(staff_id)
        approved_by = None
        if actor is not None:
            approved_by = authorize_amount(
                Action.CASH_OUT, amount, self.cash_out_limits, actor, approver,
                shown=Money(amount, self.currency))
        return self._move(MovementKind.OUT, staff_id, amount, reason, approved_by)

    def approver_needed(self, amount: int) -> Role:
        """The lowest role that may pay out `amount` alone."""
        return self.cash_out_limits.role_needed(amount, Role.CASHIER)

    def close_shift(self, staff_id: str, counted: Mapping[str, int]) -> ZReport:
        """Close the open shift with a blind count and store its Z report.

        `counted` maps tenders to the amounts counted without having seen what was
        expected; cash and every tender taken in the shift must be in it. The shift,
        the next Z number, the report, its outbox event and the audit row are written
        in one transaction.
        """
        self._actor(staff_id)
        now = self._clock.now()
        report_id = self._ids.new_id()
        audit_id = self._ids.new_id()
        with self._repo.write() as tx:
            shift = self._require_open(tx)
            self._require_currency(shift)
            closed = close(shift, staff_id=staff_id, at=now)
            x = build_x_report(closed, tx.facts(shift.id), now)
            # A refused count must not consume a number: check it before taking one
            # (the rollback would undo it anyway; this keeps the intent plain).
            normalise_counts(counted, x)
            z_no = tx.next_counter(self.terminal_id, Z_COUNTER)
            z = build_z_report(report_id=report_id, z_no=z_no, x=x, counted=counted)
            payload = z_report_to_json(z)
            tx.update_shift(closed, expected_version=shift.version)
            tx.insert_z_report(z, payload)
            tx.append_outbox(OutboxEntry(op_id=z.id, topic=OUTBOX_TOPIC,
                                         aggregate_id=shift.id, payload=payload,
                                         created_at=now))
            tx.append_audit(AuditEntry(
                audit_id, now, z.closed_by, "shift_close", shift.id,
                _json({"z_no": z.z_no, "z_report_id": z.id, "currency": z.currency,
                       "expected": {c.tender: c.expected for c in z.counts},
                       "counted": z.counted, "variance": z.variance,
                       "total_variance": z.total_variance})))
        return z

    # ---- helpers ----------------------------------------------------------------------

    def _actor(self, staff_id: str) -> Actor | None:
        if self._staff is None:
            return None
        role = self._staff.role_of(staff_id)
        if role is None:
            raise PermissionDenied(msg("{staff} is not an active staff member of this store",
                                       staff=repr(staff_id)))
        return Actor(staff_id, role)

    def _move(self, kind: MovementKind, staff_id: str, amount: int,
              reason: str, approved_by: str | None = None) -> CashMovement:
        now = self._clock.now()
        movement_id = self._ids.new_id()
        audit_id = self._ids.new_id()
        with self._repo.write() as tx:
            shift = self._require_open(tx)
            self._require_currency(shift)
            movement = new_cash_movement(shift, movement_id=movement_id, kind=kind,
                                         amount=amount, reason=reason, staff_id=staff_id,
                                         at=now)
            if kind is MovementKind.OUT:
                # Read inside the write transaction: no sale can slip in between.
                check_cash_out(build_x_report(shift, tx.facts(shift.id), now), amount)
            tx.insert_cash_movement(movement)
            tx.append_audit(AuditEntry(
                audit_id, now, movement.staff_id, f"cash_{kind.value}", shift.id,
                _json({"movement_id": movement.id, "amount": movement.amount,
                       "currency": shift.currency, "reason": movement.reason}),
                approved_by))
        return movement

    def _require_open(self, reader: ShiftReader) -> Shift:
        shift = reader.open_shift(self.terminal_id)
        if shift is None:
            raise NoOpenShift(msg("No shift is open on terminal {terminal}; open one first",
                                   terminal=self.terminal_id))
        return shift

    def _require_currency(self, shift: Shift) -> None:
        # Amounts typed now are in the store's currency; booking them against a shift
        # opened in another (a changed setting) would scale them wrongly.
        if shift.currency != self.currency:
            raise StateError(msg(
                "The open shift is in {currency} but the store is now set to {store}; set the "
                "store currency back to {currency} to close it (its float was {float})",
                currency=shift.currency, store=self.currency,
                float=Money(shift.float_minor, shift.currency)))
