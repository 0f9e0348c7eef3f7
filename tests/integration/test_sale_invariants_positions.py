"""Returns hold unit positions of the receipt line (issue 9, the cumulative refund
rounding): a return voided or removed between others gives back exactly the units it
held, the next return is priced there, and a line returned in any parts refunds every
component (gross, discount, each tax, total) exactly what was paid.

Judged from durable state: the sold lines the returns completed with, the claims the
commit keeps, and what a refused commit left behind.
"""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from alembic import command
from sqlalchemy import text

from pos_app.adapters.sqlite import migrate
from pos_app.adapters.sqlite.sale_store import SqliteSaleStore
from pos_app.adapters.sqlite.store import LocalDatabase
from pos_app.domain.errors import ReturnError
from pos_app.domain.permissions import Actor, Role
from pos_app.domain.sale import PricingRules, SaleStatus, TenderKind
from pos_app.services.sale_commands import (
    AddItem,
    AddTender,
    Complete,
    Hold,
    RemoveLine,
    Resume,
    ReturnLine,
    Void,
)
from pos_app.services.sales import SalesDesk
from tests.conftest import TAX_CLASSES, variant

CASHIER = Actor("cashier-1", Role.CASHIER)
MANAGER = Actor("manager-1", Role.MANAGER)


@pytest.fixture
def desk(store, clock, ids) -> SalesDesk:
    # Prices include tax: the refund's tax is a share of what was paid, rounded per unit
    # position, where a cent goes astray when positions are reused.
    return SalesDesk(store, PricingRules(TAX_CLASSES, inclusive=True), clock, ids,
                     terminal_id="T1", currency="USD")


def sold_receipt(desk: SalesDesk, quantity: int = 3, price: int = 1999) -> int:
    s = desk.new_sale(cashier_id=CASHIER.staff_id)
    s.execute(AddItem(variant(1, price), quantity), actor=CASHIER)
    s.execute(AddTender(TenderKind.CASH, s.settlement().remaining, None), actor=CASHIER)
    no = s.execute(Complete(), actor=CASHIER).receipt_no
    assert no is not None
    return no


def start_return(desk: SalesDesk, receipt_no: int, quantity: int) -> str:
    r = desk.new_sale(cashier_id=CASHIER.staff_id)
    r.execute(desk.receipt(receipt_no).return_command(1, quantity), actor=CASHIER)
    return r.id


def refund_all(desk: SalesDesk, sale_id: str) -> None:
    s = desk.session(sale_id)
    s.execute(AddTender(TenderKind.CASH, s.settlement().remaining, None), actor=CASHIER)
    s.execute(Complete(), actor=CASHIER)


def components(db: LocalDatabase, receipt_no: int) -> tuple[tuple[int, ...], tuple[int, ...],
                                                              dict[str, int], dict[str, int]]:
    """(sold gross, discount, total, units), (refunded the same), sold taxes, refunded
    taxes: line 1 of the receipt and every completed return of it."""
    with db.read() as conn:
        sid = conn.execute(text("SELECT id FROM sale WHERE receipt_no = :r"),
                           {"r": receipt_no}).scalar()
        sold = conn.execute(text(
            "SELECT gross, discount, total, quantity, taxes FROM sold_line "
            "WHERE sale_id = :s AND line_no = 1"), {"s": sid}).one()
        back = conn.execute(text(
            "SELECT l.gross, l.discount, l.total, l.quantity, l.taxes FROM sold_line l "
            "JOIN sale s ON s.id = l.sale_id AND s.status = 'completed' "
            "WHERE l.return_of_sale = :s AND l.return_of_line = 1"), {"s": sid}).all()
    taxes: dict[str, int] = {}
    for r in back:
        for code, amount in json.loads(r[4]).items():
            taxes[code] = taxes.get(code, 0) - amount
    refunded = tuple(-sum(r[i] for r in back) for i in range(4))
    return tuple(sold[:4]), refunded, json.loads(sold[4]), taxes


def claims(db: LocalDatabase) -> list[tuple[str, int, str]]:
    with db.read() as conn:
        return [(str(r[0]), int(r[1]), str(r[2])) for r in conn.execute(text(
            "SELECT sale_id, units, positions FROM return_claim ORDER BY positions"))]


def test_a_return_voided_between_two_others_is_priced_again_where_it_was(db, desk):
    no = sold_receipt(desk)
    first = start_return(desk, no, 1)
    second = start_return(desk, no, 1)
    desk.session(first).execute(Void("customer kept it"), actor=MANAGER)
    third = start_return(desk, no, 1)  # the units the voided return gave back
    assert [c[2] for c in claims(db)] == ["[[0,1]]", "[[1,2]]"]
    fourth = start_return(desk, no, 1)
    for sid in (second, third, fourth):
        refund_all(desk, sid)
    sold, refunded, sold_taxes, refunded_taxes = components(db, no)
    assert refunded == sold and refunded_taxes == sold_taxes


def test_a_return_line_removed_between_two_others_gives_its_units_back(db, desk):
    no = sold_receipt(desk, quantity=4)
    first = start_return(desk, no, 2)
    second = start_return(desk, no, 2)
    desk.session(first).execute(RemoveLine(1), actor=CASHIER)
    assert desk.receipt(no).lines[0].returnable == 2
    desk.session(first).execute(desk.receipt(no).return_command(1, 1), actor=CASHIER)
    third = start_return(desk, no, 1)
    with pytest.raises(ReturnError, match="already returned"):
        start_return(desk, no, 1)
    for sid in (first, second, third):
        refund_all(desk, sid)
    sold, refunded, sold_taxes, refunded_taxes = components(db, no)
    assert refunded == sold and refunded_taxes == sold_taxes


def test_a_held_return_keeps_its_positions_across_hold_and_resume(db, desk):
    no = sold_receipt(desk, quantity=5, price=333)
    held = start_return(desk, no, 2)
    desk.session(held).execute(Hold(), actor=CASHIER)
    middle = start_return(desk, no, 2)
    desk.session(middle).execute(Void(), actor=MANAGER)
    last = start_return(desk, no, 3)  # positions 2-4 and none of the held return's
    desk.session(held).execute(Resume(CASHIER.staff_id), actor=CASHIER)
    refund_all(desk, held)
    refund_all(desk, last)
    sold, refunded, sold_taxes, refunded_taxes = components(db, no)
    assert refunded == sold and refunded_taxes == sold_taxes


def test_a_receipt_looked_up_before_another_window_returned_is_refused(db, desk):
    no = sold_receipt(desk)
    db2 = LocalDatabase(db.data_dir)
    try:
        desk2 = SalesDesk(SqliteSaleStore(db2), desk.rules, desk._clock, desk._ids,
                          terminal_id="T1", currency="USD")
        stale = desk2.receipt(no)  # on screen in the other window
        start_return(desk, no, 1)  # this window takes unit 1
        r = desk2.new_sale(cashier_id=CASHIER.staff_id)
        with pytest.raises(ReturnError, match=r"changed since it was looked up.*look the "
                                              r"receipt up again"):
            r.execute(stale.return_command(1, 1), actor=CASHIER)
        assert r.state.lines == ()
        assert len(claims(db)) == 1
        r.execute(desk2.receipt(no).return_command(1, 2), actor=CASHIER)
        assert sorted(c[2] for c in claims(db)) == ["[[0,1]]", "[[1,3]]"]
    finally:
        db2.close()


def test_a_return_priced_unlike_its_positions_is_refused_in_the_commit(db, desk):
    no = sold_receipt(desk)
    rl = desk.receipt(no).lines[0]
    # A record of the line that says a unit cost a cent more than the receipt did.
    wrong = replace(rl.line, gross=rl.line.gross + 3, total=rl.line.total + 3)
    r = desk.new_sale(cashier_id=CASHIER.staff_id)
    with pytest.raises(ReturnError, match=r"refunds gross .* cost gross"):
        r.execute(ReturnLine(wrong, rl.returned, 1, taken=rl.taken), actor=CASHIER)
    assert claims(db) == [] and r.state.lines == ()


def test_returns_stored_before_positions_were_kept_still_load_and_complete(db, desk):
    """A held return from before this version: its state has no positions and its claim
    row was given them by the migration (the units after those returned before it)."""
    no = sold_receipt(desk, quantity=4)
    done = start_return(desk, no, 1)
    refund_all(desk, done)
    held = start_return(desk, no, 2)
    desk.session(held).execute(Hold(), actor=CASHIER)
    # Back to how an older version stored them: no "rp" in the states' return lines, no
    # positions column.
    with db.write() as conn:
        for sid, state in conn.execute(text("SELECT id, state FROM sale")).all():
            conn.execute(text("UPDATE sale SET state = :b WHERE id = :s"),
                         {"b": state.replace(',"rp":[[0,1]]', "").replace(
                             ',"rp":[[1,3]]', ""), "s": sid})
        for sid, body in conn.execute(text("SELECT sale_id, body FROM sale_state_line")):
            conn.execute(text("UPDATE sale_state_line SET body = :b WHERE sale_id = :s"),
                         {"b": body.replace(',"rp":[[1,3]]', ""), "s": sid})
        assert conn.execute(text("SELECT count(*) FROM sale WHERE state LIKE '%\"rp\"%'"))\
            .scalar() == 0
    cfg = migrate.alembic_config()
    with db.writer.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0013_claim_positions@-1")
    migrate.upgrade(db.writer)
    assert sorted(c[2] for c in claims(db)) == ["[[0,1]]", "[[1,3]]"]
    # Read as a fresh window would.
    desk2 = SalesDesk(SqliteSaleStore(db), desk.rules, desk._clock, desk._ids,
                      terminal_id="T1", currency="USD")
    session = desk2.session(held)
    ref = session.state.lines[0].return_of
    assert ref is not None and ref.positions == () and ref.already == 1
    last = desk2.new_sale(cashier_id=CASHIER.staff_id)
    last.execute(desk2.receipt(no).return_command(1, 1), actor=CASHIER)
    session.execute(Resume(CASHIER.staff_id), actor=CASHIER)
    refund_all(desk2, held)
    refund_all(desk2, last.id)
    assert desk2.session(held).state.status is SaleStatus.COMPLETED
    sold, refunded, sold_taxes, refunded_taxes = components(db, no)
    assert refunded == sold and refunded_taxes == sold_taxes
