"""SQLite side of the till: shifts, cash movements, Z reports and the shift figures.

The figures of a shift are aggregated in SQL from the rows the sale side writes
(sale, sold_line, payment) and from cash_movement, all by shift id, inside the
caller's transaction so one report sees one snapshot. Only completed sales count;
a sale voided before completion is only counted as a void.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import (
    Connection,
    Integer,
    and_,
    case,
    cast,
    distinct,
    func,
    insert,
    select,
    true,
    update,
)

from pos_app.domain.clock import iso, parse_iso
from pos_app.domain.errors import StateError
from pos_app.domain.journal import JournalEntry
from pos_app.domain.shift import (
    CashMovement,
    MovementKind,
    ReasonTotal,
    SalesFigures,
    Shift,
    ShiftFacts,
    ShiftStatus,
    TaxTotal,
    TenderTotals,
    ZReport,
    tender_order,
    z_report_from_json,
)
from pos_app.services.shift_service import AuditEntry, OutboxEntry

from .counters import next_counter
from .journal import append as journal_append
from .schema import Base
from .store import LocalDatabase

_T = Base.metadata.tables
_shift = _T["shift"]
_movement = _T["cash_movement"]
_z = _T["z_report"]
_outbox = _T["outbox"]
_sale = _T["sale"]
_line = _T["sold_line"]
_line_void = _T["line_void"]
_payment = _T["payment"]
_rate = _T["tax_rate"]

COMPLETED = "completed"
VOIDED = "voided"


def _shift_from_row(row: Any) -> Shift:
    return Shift(
        id=row.id, terminal_id=row.terminal_id, status=ShiftStatus(row.status),
        opened_by=row.opened_by, opened_at=parse_iso(row.opened_at),
        float_minor=row.float_minor, currency=row.currency, closed_by=row.closed_by,
        closed_at=parse_iso(row.closed_at) if row.closed_at is not None else None,
        version=row.version,
    )


def _movement_from_row(row: Any) -> CashMovement:
    return CashMovement(id=row.id, shift_id=row.shift_id, kind=MovementKind(row.kind),
                        amount=row.amount, reason=row.reason, staff_id=row.staff_id,
                        at=parse_iso(row.at))


def _int(value: Any) -> int:
    # SUM over no rows is NULL; every amount column holds integers.
    return 0 if value is None else int(value)


class _Reader:
    """The read side of the port over one connection (one transaction)."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def open_shift(self, terminal_id: str) -> Shift | None:
        row = self._conn.execute(
            select(_shift).where(_shift.c.terminal_id == terminal_id,
                                 _shift.c.status == ShiftStatus.OPEN.value)
        ).first()
        return None if row is None else _shift_from_row(row)

    def facts(self, shift_id: str) -> ShiftFacts:
        return ShiftFacts(sales=self._sales(shift_id), tenders=self._tenders(shift_id),
                          cash_movements=self._movements(shift_id))

    def z_report(self, terminal_id: str, z_no: int) -> ZReport | None:
        payload = self._conn.execute(
            select(_z.c.payload).where(_z.c.terminal_id == terminal_id, _z.c.z_no == z_no)
        ).scalar()
        return None if payload is None else z_report_from_json(payload)

    def z_reports(self, terminal_id: str) -> list[ZReport]:
        rows = self._conn.execute(
            select(_z.c.payload).where(_z.c.terminal_id == terminal_id).order_by(_z.c.z_no)
        ).scalars()
        return [z_report_from_json(p) for p in rows]

    # ---- figures ----------------------------------------------------------------------

    def _sales(self, shift_id: str) -> SalesFigures:
        counts = self._conn.execute(
            select(func.count().filter(_sale.c.status == COMPLETED),
                   func.count().filter(_sale.c.status == VOIDED))
            .where(_sale.c.shift_id == shift_id)
        ).one()

        sold = _line.c.quantity > 0
        returned = _line.c.quantity < 0
        completed_in_shift = and_(_sale.c.shift_id == shift_id, _sale.c.status == COMPLETED)
        lines_of_shift = _line.join(_sale, _sale.c.id == _line.c.sale_id)

        def sum_if(cond: Any, expr: Any) -> Any:
            return func.sum(case((cond, expr), else_=0))

        agg = self._conn.execute(
            select(
                func.count(distinct(case((sold, _line.c.sale_id)))),
                func.count(distinct(case((returned, _line.c.sale_id)))),
                sum_if(sold, _line.c.quantity),
                -sum_if(returned, _line.c.quantity),
                sum_if(sold, _line.c.gross),
                sum_if(sold, _line.c.discount),
                # A returned line carries negative amounts; its refund is what it
                # took off the sale after the discount it had been sold with.
                -sum_if(returned, _line.c.gross - _line.c.discount),
                func.sum(_line.c.total),
            ).select_from(lines_of_shift).where(completed_in_shift)
        ).one()

        taxes = func.json_each(_line.c.taxes).table_valued("key", "value")
        tax_rows = self._conn.execute(
            select(taxes.c.key, func.coalesce(_rate.c.name, taxes.c.key),
                   func.sum(cast(taxes.c.value, Integer)))
            .select_from(lines_of_shift)
            .join(taxes, true())
            .outerjoin(_rate, _rate.c.code == taxes.c.key)
            .where(completed_in_shift)
            .group_by(taxes.c.key, _rate.c.name)
            .order_by(taxes.c.key)
        ).all()

        voids = self._conn.execute(
            select(func.count(), func.coalesce(func.sum(_line_void.c.amount), 0))
            .where(_line_void.c.shift_id == shift_id)).one()

        # Refunds by return reason: what came back and why (a post-void has none).
        by_reason = self._conn.execute(
            select(_line.c.return_reason, -func.sum(_line.c.quantity),
                   -func.sum(_line.c.gross - _line.c.discount))
            .select_from(lines_of_shift).where(completed_in_shift, returned)
            .group_by(_line.c.return_reason)
        ).all()
        reasons = sorted((ReasonTotal(str(r), _int(n), _int(a)) for r, n, a in by_reason),
                         key=lambda t: (-t.amount, t.reason))

        return SalesFigures(
            transactions=_int(counts[0]), voided_count=_int(counts[1]),
            line_voids=_int(voids[0]), line_voids_amount=_int(voids[1]),
            sales_count=_int(agg[0]), returns_count=_int(agg[1]),
            items_sold=_int(agg[2]), items_returned=_int(agg[3]),
            gross_sales=_int(agg[4]), discounts=_int(agg[5]), refunds=_int(agg[6]),
            sales_total=_int(agg[7]),
            tax_by_rate=tuple(TaxTotal(str(code), str(name), _int(amount))
                              for code, name, amount in tax_rows),
            returns_by_reason=tuple(reasons),
        )

    def _tenders(self, shift_id: str) -> tuple[TenderTotals, ...]:
        kept = _payment.c.amount > 0
        given = _payment.c.amount < 0
        rows = self._conn.execute(
            select(
                _payment.c.kind,
                func.count().filter(kept),
                func.count().filter(given),
                func.sum(case((kept, _payment.c.amount), else_=0)),
                -func.sum(case((given, _payment.c.amount), else_=0)),
            )
            .select_from(_payment.join(_sale, _sale.c.id == _payment.c.sale_id))
            # The payment's own shift is the drawer the money went into or came from.
            .where(_payment.c.shift_id == shift_id, _sale.c.status == COMPLETED)
            .group_by(_payment.c.kind)
        ).all()
        out = [TenderTotals(str(kind), _int(n_kept), _int(n_given), _int(taken),
                            _int(refunded))
               for kind, n_kept, n_given, taken, refunded in rows]
        return tuple(sorted(out, key=lambda t: tender_order(t.tender)))

    def _movements(self, shift_id: str) -> tuple[CashMovement, ...]:
        rows = self._conn.execute(
            select(_movement).where(_movement.c.shift_id == shift_id)
            .order_by(_movement.c.at, _movement.c.id)
        ).all()
        return tuple(_movement_from_row(r) for r in rows)


class _Writer(_Reader):
    """The write side of the port: the connection is inside BEGIN IMMEDIATE."""

    def insert_shift(self, shift: Shift) -> None:
        self._conn.execute(insert(_shift).values(
            id=shift.id, terminal_id=shift.terminal_id, status=shift.status.value,
            opened_by=shift.opened_by, opened_at=iso(shift.opened_at),
            float_minor=shift.float_minor, currency=shift.currency,
            closed_by=shift.closed_by,
            closed_at=iso(shift.closed_at) if shift.closed_at is not None else None,
            version=shift.version,
        ))

    def update_shift(self, shift: Shift, expected_version: int) -> None:
        result = self._conn.execute(
            update(_shift)
            .where(_shift.c.id == shift.id, _shift.c.version == expected_version)
            .values(status=shift.status.value, closed_by=shift.closed_by,
                    closed_at=iso(shift.closed_at) if shift.closed_at is not None else None,
                    version=shift.version)
        )
        if result.rowcount != 1:
            raise StateError("The shift was changed at the same time elsewhere; try again")

    def insert_cash_movement(self, movement: CashMovement) -> None:
        self._conn.execute(insert(_movement).values(
            id=movement.id, shift_id=movement.shift_id, kind=movement.kind.value,
            amount=movement.amount, reason=movement.reason, staff_id=movement.staff_id,
            at=iso(movement.at),
        ))

    def next_counter(self, terminal_id: str, name: str) -> int:
        return next_counter(self._conn, terminal_id, name)

    def insert_z_report(self, report: ZReport, payload: str) -> None:
        self._conn.execute(insert(_z).values(
            id=report.id, terminal_id=report.terminal_id, z_no=report.z_no,
            shift_id=report.shift_id, payload=payload, created_at=iso(report.closed_at),
        ))

    def append_outbox(self, entry: OutboxEntry) -> None:
        self._conn.execute(insert(_outbox).values(
            op_id=entry.op_id, topic=entry.topic, aggregate_id=entry.aggregate_id,
            payload=entry.payload, created_at=iso(entry.created_at), attempts=0,
            status="pending",
        ))

    def append_audit(self, entry: AuditEntry) -> None:
        # To the journal, in this transaction; the terminal is the shift's.
        terminal = self._conn.execute(select(_shift.c.terminal_id).where(
            _shift.c.id == entry.subject)).scalar() if entry.subject else None
        journal_append(self._conn, JournalEntry(
            action=entry.action, at=iso(entry.at), id=entry.id, actor=entry.actor,
            approved_by=entry.approved_by, subject=entry.subject, detail=entry.detail,
            terminal_id=terminal))


class SqliteShiftRepository:
    """`ShiftRepository` on the terminal's local database."""

    def __init__(self, db: LocalDatabase) -> None:
        self._db = db

    @contextmanager
    def read(self) -> Iterator[_Reader]:
        with self._db.read() as conn:
            yield _Reader(conn)

    @contextmanager
    def write(self) -> Iterator[_Writer]:
        with self._db.write() as conn:
            yield _Writer(conn)
