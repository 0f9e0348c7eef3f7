"""Shifts on a real SQLite database: figures from recorded sales, atomic close, Z numbers."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from alembic import command as alembic_command
from sqlalchemy import event, func, insert, select, text
from sqlalchemy.exc import IntegrityError

from pos_app.adapters.sqlite import migrate
from pos_app.adapters.sqlite.schema import (
    AuditRow,
    CashMovementRow,
    CounterRow,
    OutboxRow,
    ShiftRow,
    ZReportRow,
)
from pos_app.adapters.sqlite.store import LocalDatabase
from pos_app.domain.clock import FixedClock, iso
from pos_app.domain.errors import DiskFull, InputError, NotFound, StateError
from pos_app.domain.shift import (
    CashMovementError,
    CountError,
    NoOpenShift,
    ShiftAlreadyOpen,
    ShiftStatus,
    TaxTotal,
    TenderTotals,
    z_report_from_json,
)
from pos_app.services.report_text import render_x, render_z
from pos_app.services.shift_service import ShiftService

from .shift_fixtures import T0, CountingIds, L, P, SaleRecorder, make_service


@pytest.fixture
def db(tmp_path: Any) -> Iterator[LocalDatabase]:
    database = LocalDatabase(tmp_path / "data")
    yield database
    database.close()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(T0)


@pytest.fixture
def svc(db: LocalDatabase, clock: FixedClock) -> ShiftService:
    return make_service(db, clock, CountingIds())


@pytest.fixture
def sales(db: LocalDatabase) -> SaleRecorder:
    rec = SaleRecorder(db)
    rec.add_tax_rates({"STATE": "State tax", "CITY": "City tax"})
    return rec


def count_rows(db: LocalDatabase, table: Any, *where: Any) -> int:
    with db.read() as conn:
        return int(conn.execute(select(func.count()).select_from(table).where(*where))
                   .scalar_one())


def z_counter(db: LocalDatabase, terminal_id: str = "T1") -> int | None:
    with db.read() as conn:
        return conn.execute(select(CounterRow.last).where(
            CounterRow.terminal_id == terminal_id, CounterRow.name == "z")).scalar()


def record_day(sales: SaleRecorder, shift_id: str) -> None:
    """A small day: cash, card, split, gift card, a cash refund, a void and noise."""
    # 2 x 10.00 + 6.25 % state tax, paid 30.00 cash, 8.75 change.
    sales.sale(shift_id, [L(2, 1000, taxes={"STATE": 125})], [P("cash", 2125, 3000)])
    # 50.00 less 5.00 discount, state + city tax, on card.
    sales.sale(shift_id, [L(1, 5000, 500, {"STATE": 281, "CITY": 90})], [P("card", 4871)])
    # 30.00 + tax, 10.00 in cash and the rest on card.
    sales.sale(shift_id, [L(1, 3000, taxes={"STATE": 188})],
               [P("cash", 1000, 1000), P("card", 2188)])
    # Untaxed 10.00 on a gift card.
    sales.sale(shift_id, [L(1, 1000)], [P("gift_card", 1000)])
    # One of the first sale's items comes back, refunded in cash.
    sales.sale(shift_id, [L(-1, 1000, taxes={"STATE": -63})], [P("cash", -1063)])
    # Voided before payment: counted as a void, nothing else.
    sales.sale(shift_id, [L(1, 700)], [], status="voided")
    # Still open on the counter: not a sale yet.
    sales.sale(shift_id, [L(1, 900)], [], status="open")
    # Another shift's sale.
    sales.sale("some-other-shift", [L(5, 10000)], [P("cash", 50000)])


# ---- figures ---------------------------------------------------------------------------

def test_x_report_aggregates_the_shifts_sales_payments_and_cash(
        svc: ShiftService, sales: SaleRecorder, clock: FixedClock) -> None:
    shift = svc.open_shift("alice", 15000)
    record_day(sales, shift.id)
    clock.advance(hours=1)
    svc.cash_in("alice", 2000, "Change from the safe")
    clock.advance(hours=1)
    svc.cash_out("bob", 500, "Milk for the staff room")
    clock.advance(hours=1)

    x = svc.x_report()

    s = x.sales
    assert (s.transactions, s.sales_count, s.returns_count, s.voided_count) == (5, 4, 1, 1)
    assert (s.items_sold, s.items_returned) == (5, 1)
    assert (x.gross_sales, x.discounts, x.refunds) == (11000, 500, 1000)
    assert x.net_sales == 9500
    assert x.tax_by_rate == (TaxTotal("CITY", "City tax", 90),
                             TaxTotal("STATE", "State tax", 531))
    assert s.tax_total == 621
    assert s.tax_added == 621  # prices exclude tax
    assert s.sales_total == 9500 + 621
    assert x.tenders == (
        TenderTotals("cash", payments=2, refund_payments=1, taken=3125, refunded=1063),
        TenderTotals("card", payments=2, refund_payments=0, taken=7059, refunded=0),
        TenderTotals("gift_card", payments=1, refund_payments=0, taken=1000, refunded=0),
    )
    assert x.takings_total == s.sales_total
    assert x.rounding == 0
    assert (x.cash_in_total, x.cash_out_total) == (2000, 500)
    assert x.expected_cash == 15000 + (3125 - 1063) + 2000 - 500 == 18562
    assert x.expected == {"cash": 18562, "card": 7059, "gift_card": 1000}
    assert [m.reason for m in x.cash_movements] == ["Change from the safe",
                                                     "Milk for the staff room"]
    assert x.generated_at == clock.now()

    printed = render_x(x, "Corner Shop")
    assert "X REPORT" in printed
    assert "Expected in drawer" in printed and "185.62 USD" in printed


def test_cash_rounding_shows_as_the_difference_between_takings_and_sales(
        svc: ShiftService, sales: SaleRecorder) -> None:
    shift = svc.open_shift("alice", 0)
    # 9.99 due, rounded to 10.00 in cash.
    sales.sale(shift.id, [L(1, 999)], [P("cash", 1000, 2000)])
    x = svc.x_report()
    assert x.sales.sales_total == 999
    assert x.takings_total == 1000
    assert x.rounding == 1
    assert x.expected_cash == 1000


def test_tax_inclusive_prices_add_no_tax_on_top(svc: ShiftService, sales: SaleRecorder) -> None:
    shift = svc.open_shift("alice", 0)
    sales.sale(shift.id, [L(1, 1200, taxes={"STATE": 200}, inclusive=True)],
               [P("card", 1200)])
    x = svc.x_report()
    assert (x.gross_sales, x.net_sales, x.sales.sales_total) == (1200, 1200, 1200)
    assert x.sales.tax_total == 200
    assert x.sales.tax_added == 0
    assert "included in the prices" in render_x(x, "Shop")


def test_x_report_changes_nothing(svc: ShiftService, db: LocalDatabase) -> None:
    svc.open_shift("alice", 1000)
    before = count_rows(db, AuditRow)
    svc.x_report()
    svc.x_report()
    assert count_rows(db, AuditRow) == before
    assert z_counter(db) is None


# ---- opening and cash movements --------------------------------------------------------

def test_a_second_open_is_refused(svc: ShiftService, db: LocalDatabase) -> None:
    first = svc.open_shift("alice", 10000)
    with pytest.raises(ShiftAlreadyOpen, match="already open on terminal T1"):
        svc.open_shift("bob", 5000)
    assert svc.current_shift() == first
    assert count_rows(db, ShiftRow) == 1


def test_open_writes_shift_and_audit(svc: ShiftService, db: LocalDatabase) -> None:
    shift = svc.open_shift(" alice ", 10000)
    assert shift.opened_by == "alice"
    assert shift.status is ShiftStatus.OPEN
    assert shift.opened_at == T0
    with db.read() as conn:
        audit = conn.execute(select(AuditRow)).one()
    assert (audit.action, audit.actor, audit.subject) == ("shift_open", "alice", shift.id)
    assert json.loads(audit.detail) == {"currency": "USD", "float_minor": 10000,
                                        "terminal_id": "T1"}


def test_negative_float_is_refused_and_nothing_is_written(
        svc: ShiftService, db: LocalDatabase) -> None:
    with pytest.raises(InputError, match="cannot be negative"):
        svc.open_shift("alice", -1)
    assert count_rows(db, ShiftRow) == 0
    assert svc.current_shift() is None


def test_one_open_shift_even_when_two_tills_race(tmp_path: Any) -> None:
    """Two connections (as two processes would) open at once: exactly one wins."""
    path = tmp_path / "race"
    dbs = [LocalDatabase(path), LocalDatabase(path)]
    services = [make_service(d, FixedClock(T0), CountingIds(f"p{i}"))
                for i, d in enumerate(dbs)]
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def run(s: ShiftService) -> None:
        barrier.wait()
        try:
            s.open_shift("alice", 100)
            outcomes.append("opened")
        except ShiftAlreadyOpen:
            outcomes.append("refused")

    threads = [threading.Thread(target=run, args=(s,)) for s in services]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    try:
        assert sorted(outcomes) == ["opened", "refused"]
        assert count_rows(dbs[0], ShiftRow) == 1
    finally:
        for d in dbs:
            d.close()


def test_cash_movements_are_stored_and_audited(svc: ShiftService, db: LocalDatabase,
                                               clock: FixedClock) -> None:
    shift = svc.open_shift("alice", 5000)
    clock.advance(minutes=5)
    m_in = svc.cash_in("alice", 2000, "  Change from safe ")
    m_out = svc.cash_out("bob", 1500, "Window cleaner")
    assert m_in.reason == "Change from safe"
    with db.read() as conn:
        rows = conn.execute(select(CashMovementRow).order_by(CashMovementRow.id)).all()
        audits = conn.execute(select(AuditRow).where(AuditRow.action.like("cash_%"))
                              .order_by(AuditRow.id)).all()
    assert [(r.kind, r.amount, r.staff_id, r.shift_id) for r in rows] == [
        ("in", 2000, "alice", shift.id), ("out", 1500, "bob", shift.id)]
    assert rows[0].at == iso(clock.now())
    assert [(a.action, a.actor) for a in audits] == [("cash_in", "alice"), ("cash_out", "bob")]
    assert json.loads(audits[1].detail) == {"amount": 1500, "currency": "USD",
                                            "movement_id": m_out.id,
                                            "reason": "Window cleaner"}


def test_cash_out_may_not_exceed_what_the_drawer_should_hold(
        svc: ShiftService, sales: SaleRecorder, db: LocalDatabase) -> None:
    shift = svc.open_shift("alice", 5000)
    sales.sale(shift.id, [L(1, 2000)], [P("cash", 2000, 2000)])
    sales.sale(shift.id, [L(1, 9000)], [P("card", 9000)])  # card money is not in the drawer
    with pytest.raises(CashMovementError, match=r"should only hold 70\.00 USD"):
        svc.cash_out("alice", 7001, "Bank drop")
    assert count_rows(db, CashMovementRow) == 0
    svc.cash_out("alice", 7000, "Bank drop")
    assert svc.x_report().expected_cash == 0


@pytest.mark.parametrize(("amount", "reason", "message"), [
    (0, "x", "more than zero"),
    (-500, "x", "more than zero"),
    (500, "   ", "reason is required"),
])
def test_bad_cash_movements_are_refused(svc: ShiftService, db: LocalDatabase, amount: int,
                                        reason: str, message: str) -> None:
    svc.open_shift("alice", 5000)
    with pytest.raises(CashMovementError, match=message):
        svc.cash_in("alice", amount, reason)
    with pytest.raises(CashMovementError, match=message):
        svc.cash_out("alice", amount, reason)
    assert count_rows(db, CashMovementRow) == 0


def test_cash_movements_and_reports_need_an_open_shift(svc: ShiftService) -> None:
    with pytest.raises(NoOpenShift):
        svc.cash_in("alice", 100, "x")
    with pytest.raises(NoOpenShift):
        svc.cash_out("alice", 100, "x")
    with pytest.raises(NoOpenShift):
        svc.x_report()
    with pytest.raises(NoOpenShift):
        svc.close_shift("alice", {"cash": 0})


# ---- closing ---------------------------------------------------------------------------

def test_close_stores_the_z_report_outbox_and_audit_together(
        svc: ShiftService, sales: SaleRecorder, db: LocalDatabase, clock: FixedClock) -> None:
    shift = svc.open_shift("alice", 15000)
    record_day(sales, shift.id)
    svc.cash_in("alice", 2000, "Change from the safe")
    svc.cash_out("alice", 500, "Milk")
    clock.advance(hours=8)

    z = svc.close_shift("bob", {"cash": 18560, "card": 7059, "gift_card": 1000})

    assert z.z_no == 1
    assert (z.closed_by, z.closed_at) == ("bob", clock.now())
    assert z.x.shift.status is ShiftStatus.CLOSED
    assert z.x.shift.version == shift.version + 1
    assert z.variance == {"cash": -2, "card": 0, "gift_card": 0}
    assert (z.total_expected, z.total_counted, z.total_variance) == (26621, 26619, -2)
    assert svc.current_shift() is None

    with db.read() as conn:
        srow = conn.execute(select(ShiftRow)).one()
        zrow = conn.execute(select(ZReportRow)).one()
        orow = conn.execute(select(OutboxRow)).one()
        audit = conn.execute(select(AuditRow.action).order_by(AuditRow.id)).scalars().all()
    assert (srow.status, srow.closed_by, srow.closed_at) == ("closed", "bob", iso(clock.now()))
    assert (zrow.id, zrow.z_no, zrow.terminal_id, zrow.shift_id) == (z.id, 1, "T1", shift.id)
    assert (orow.topic, orow.op_id, orow.aggregate_id, orow.status) == (
        "shift", z.id, shift.id, "pending")
    assert orow.payload == zrow.payload
    assert z_report_from_json(zrow.payload) == z
    assert audit == ["shift_open", "cash_in", "cash_out", "shift_close"]
    assert z_counter(db) == 1

    assert svc.z_report(1) == z
    assert svc.list_z_reports() == [z]
    printed = render_z(z, "Corner Shop")
    assert "Z REPORT No. 1" in printed and "Short" in printed


def test_closing_twice_is_refused(svc: ShiftService, db: LocalDatabase) -> None:
    svc.open_shift("alice", 1000)
    svc.close_shift("alice", {"cash": 1000})
    with pytest.raises(NoOpenShift):
        svc.close_shift("alice", {"cash": 1000})
    assert count_rows(db, ZReportRow) == 1
    assert z_counter(db) == 1


def test_every_tender_taken_must_be_counted(svc: ShiftService, sales: SaleRecorder,
                                            db: LocalDatabase) -> None:
    shift = svc.open_shift("alice", 1000)
    sales.sale(shift.id, [L(1, 500)], [P("card", 500)])
    with pytest.raises(CountError, match="missing: Card") as info:
        svc.close_shift("alice", {"cash": 1000})
    assert "5.00" not in str(info.value)  # a blind count learns no expected amount
    with pytest.raises(CountError, match="missing: Cash"):
        svc.close_shift("alice", {"card": 500})
    with pytest.raises(CountError, match="Cannot count 'cheque'"):
        svc.close_shift("alice", {"cash": 1000, "card": 500, "cheque": 100})
    assert svc.current_shift() is not None
    assert z_counter(db) is None
    z = svc.close_shift("alice", {"cash": 1000, "card": 500})
    assert z.z_no == 1


def test_z_numbers_are_gapless_across_shifts(svc: ShiftService, sales: SaleRecorder,
                                             clock: FixedClock) -> None:
    numbers = []
    for day in range(3):
        shift = svc.open_shift("alice", 10000)
        sales.sale(shift.id, [L(1, 1000 * (day + 1))], [P("cash", 1000 * (day + 1))])
        if day == 1:
            # A refused close takes no number.
            with pytest.raises(CountError):
                svc.close_shift("alice", {})
        clock.advance(hours=8)
        numbers.append(svc.close_shift("alice", {"cash": 10000 + 1000 * (day + 1)}).z_no)
        clock.advance(hours=16)
    assert numbers == [1, 2, 3]
    assert [z.z_no for z in svc.list_z_reports()] == [1, 2, 3]
    assert [z.x.net_sales for z in svc.list_z_reports()] == [1000, 2000, 3000]


def test_z_numbers_are_per_terminal(db: LocalDatabase, clock: FixedClock) -> None:
    t1 = make_service(db, clock, CountingIds("a"), terminal_id="T1")
    t2 = make_service(db, clock, CountingIds("b"), terminal_id="T2")
    t1.open_shift("alice", 100)
    t2.open_shift("bob", 200)  # another terminal's shift does not block this one
    assert t1.close_shift("alice", {"cash": 100}).z_no == 1
    t1.open_shift("alice", 100)
    assert t1.close_shift("alice", {"cash": 100}).z_no == 2
    assert t2.close_shift("bob", {"cash": 200}).z_no == 1
    with pytest.raises(NotFound):
        t2.z_report(2)


class InjectedFault(Exception):
    pass


@pytest.mark.parametrize("fault", [
    InjectedFault("power cut"),
    sqlite3.OperationalError("database or disk is full"),
], ids=["bug", "disk-full"])
def test_a_failure_inside_close_leaves_everything_as_it_was(
        svc: ShiftService, db: LocalDatabase, sales: SaleRecorder,
        fault: Exception) -> None:
    # One Z already exists, so the number that must be reused is 2.
    svc.open_shift("alice", 1000)
    svc.close_shift("alice", {"cash": 1000})
    shift = svc.open_shift("alice", 2000)
    sales.sale(shift.id, [L(1, 500)], [P("cash", 500)])
    audit_before = count_rows(db, AuditRow)

    def fail_on_outbox(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO OUTBOX"):
            raise fault

    event.listen(db.writer, "before_cursor_execute", fail_on_outbox)
    try:
        expected_error = DiskFull if isinstance(fault, sqlite3.Error) else InjectedFault
        with pytest.raises(expected_error):
            svc.close_shift("bob", {"cash": 2500})
    finally:
        event.remove(db.writer, "before_cursor_execute", fail_on_outbox)

    assert svc.current_shift() == shift
    assert count_rows(db, ZReportRow) == 1
    assert count_rows(db, ZReportRow, ZReportRow.shift_id == shift.id) == 0
    assert count_rows(db, OutboxRow) == 1
    assert count_rows(db, AuditRow) == audit_before
    assert z_counter(db) == 1

    z = svc.close_shift("bob", {"cash": 2500})
    assert z.z_no == 2
    assert z.variance == {"cash": 0}


def test_a_z_report_keeps_its_figures_when_late_rows_appear(
        svc: ShiftService, sales: SaleRecorder) -> None:
    shift = svc.open_shift("alice", 1000)
    sales.sale(shift.id, [L(1, 500)], [P("cash", 500)])
    z = svc.close_shift("alice", {"cash": 1500})
    # A sale written against the closed shift (a bug elsewhere) changes no Z.
    sales.sale(shift.id, [L(1, 700)], [P("cash", 700)])
    assert svc.z_report(1) == z
    assert svc.z_report(1).x.net_sales == 500


def test_currency_change_with_a_shift_open_is_refused(db: LocalDatabase,
                                                      clock: FixedClock) -> None:
    make_service(db, clock, CountingIds("a"), currency="USD").open_shift("alice", 1000)
    in_yen = make_service(db, clock, CountingIds("b"), currency="JPY")
    with pytest.raises(StateError, match="set the store currency back to USD"):
        in_yen.close_shift("alice", {"cash": 10})
    with pytest.raises(StateError, match="back to USD"):
        in_yen.cash_in("alice", 10, "change")


def test_unknown_z_number_is_not_found(svc: ShiftService) -> None:
    with pytest.raises(NotFound, match="no Z report number 4"):
        svc.z_report(4)
    assert svc.list_z_reports() == []


# ---- the database itself guards the record ---------------------------------------------

def _closed_shift_with_movement(svc: ShiftService) -> None:
    svc.open_shift("alice", 1000)
    svc.cash_in("alice", 100, "change")
    svc.close_shift("alice", {"cash": 1100})


@pytest.mark.parametrize("sql", [
    "UPDATE z_report SET payload = '{}'",
    "UPDATE z_report SET z_no = 9",
    "DELETE FROM z_report",
])
def test_z_report_rows_cannot_be_updated_or_deleted(svc: ShiftService, db: LocalDatabase,
                                                    sql: str) -> None:
    _closed_shift_with_movement(svc)
    before = svc.z_report(1)
    with pytest.raises(IntegrityError, match="z_report rows are immutable"), db.write() as conn:
        conn.execute(text(sql))
    assert svc.z_report(1) == before


@pytest.mark.parametrize(("sql", "message"), [
    ("UPDATE cash_movement SET amount = 1", "cash_movement rows are immutable"),
    ("DELETE FROM cash_movement", "cash_movement rows are immutable"),
    ("UPDATE shift SET status = 'open', closed_by = NULL, closed_at = NULL",
     "a closed shift cannot be changed"),
    ("DELETE FROM shift", "a closed shift cannot be deleted"),
])
def test_cash_movements_and_closed_shifts_are_final(svc: ShiftService, db: LocalDatabase,
                                                    sql: str, message: str) -> None:
    _closed_shift_with_movement(svc)
    with pytest.raises(IntegrityError, match=message), db.write() as conn:
        conn.execute(text(sql))


def test_the_database_allows_one_open_shift_per_terminal(svc: ShiftService,
                                                         db: LocalDatabase) -> None:
    shift = svc.open_shift("alice", 1000)
    row = {"terminal_id": "T1", "status": "open", "opened_by": "x", "opened_at": iso(T0),
           "float_minor": 0, "currency": "USD", "version": 1}
    with pytest.raises(IntegrityError), db.write() as conn:
        conn.execute(insert(ShiftRow).values(id="sneaky", **row))
    with db.write() as conn:  # another terminal is fine
        conn.execute(insert(ShiftRow).values(id="t2", **{**row, "terminal_id": "T2"}))
    assert svc.current_shift() == shift


def test_the_migration_downgrades_cleanly(db: LocalDatabase) -> None:
    cfg = migrate.alembic_config()
    with db.writer.begin() as conn:
        cfg.attributes["connection"] = conn
        alembic_command.downgrade(cfg, "0001")
    with db.read() as conn:
        names = set(conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type IN ('trigger', 'index')")).scalars())
    assert not {"z_report_no_update", "z_report_no_delete", "uq_shift_one_open"} & names
    migrate.upgrade(db.writer)
    with db.read() as conn:
        names = set(conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type IN ('trigger', 'index')")).scalars())
    assert {"z_report_no_update", "z_report_no_delete", "uq_shift_one_open"} <= names
