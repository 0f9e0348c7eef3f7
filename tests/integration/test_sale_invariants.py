"""The till's invariants across commands, sales and windows (issue 9's findings).

Each test replays a way money left the till: a held return, two windows, a post-void
beside a held return, a discount that grew under a quantity change, voids after
removals, a card tender above a shrunken total, a card sale refunded in cash, a price
in another currency. Every refusal is judged from durable state, not only the error.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import text

from pos_app.adapters.sqlite.sale_store import SqliteSaleStore
from pos_app.adapters.sqlite.store import LocalDatabase
from pos_app.domain.errors import (
    DiscountError,
    InputError,
    PermissionDenied,
    ReturnError,
    StateError,
    TenderError,
)
from pos_app.domain.permissions import Actor, Role
from pos_app.domain.pricing import Discount, DiscountKind
from pos_app.domain.sale import SaleStatus, TenderKind
from pos_app.services.sale_commands import (
    AddItem,
    AddTender,
    Complete,
    Hold,
    RemoveLine,
    Resume,
    SetCartDiscount,
    SetLineDiscount,
    SetQuantity,
    Void,
)
from pos_app.services.sales import SalesDesk
from tests.conftest import variant

CASHIER = Actor("cashier-1", Role.CASHIER)
OTHER_CASHIER = Actor("cashier-2", Role.CASHIER)
MANAGER = Actor("manager-1", Role.MANAGER)


def sold_receipt(desk: SalesDesk, quantity: int = 3, price: int = 599,
                 kind: TenderKind = TenderKind.CASH) -> int:
    s = desk.new_sale(cashier_id=CASHIER.staff_id)
    s.execute(AddItem(variant(1, price), quantity), actor=CASHIER)
    due = s.settlement().remaining
    s.execute(AddTender(kind, due, "AUTH12" if kind is not TenderKind.CASH else None),
              actor=CASHIER)
    receipt_no = s.execute(Complete(), actor=CASHIER).receipt_no
    assert receipt_no is not None
    return receipt_no


def refund_all(desk: SalesDesk, session_id: str, actor: Actor = CASHIER,
               kind: TenderKind = TenderKind.CASH, approver: Actor | None = None) -> int | None:
    s = desk.session(session_id)
    due = s.settlement().remaining
    s.execute(AddTender(kind, due, "AUTH12" if kind is not TenderKind.CASH else None),
              actor=actor, approver=approver)
    return s.execute(Complete(), actor=actor).receipt_no


def refunded_for(db: LocalDatabase, receipt_no: int) -> tuple[int, int]:
    """(units, money) refunded by completed sales against the receipt's line 1."""
    with db.read() as conn:
        sale_id = conn.execute(text("SELECT id FROM sale WHERE receipt_no = :r"),
                               {"r": receipt_no}).scalar()
        row = conn.execute(text(
            "SELECT coalesce(-sum(l.quantity), 0), coalesce(-sum(l.total), 0) "
            "FROM sold_line l JOIN sale s ON s.id = l.sale_id AND s.status = 'completed' "
            "WHERE l.return_of_sale = :s AND l.return_of_line = 1"), {"s": sale_id}).one()
    return int(row[0]), int(row[1])


def paid_for_line(db: LocalDatabase, receipt_no: int) -> int:
    with db.read() as conn:
        return int(conn.execute(text(
            "SELECT l.total FROM sold_line l JOIN sale s ON s.id = l.sale_id "
            "WHERE s.receipt_no = :r AND l.line_no = 1"), {"r": receipt_no}).scalar())


def start_return(desk: SalesDesk, receipt_no: int, quantity: int) -> str:
    r = desk.new_sale(cashier_id=CASHIER.staff_id)
    receipt = desk.receipt(receipt_no)
    r.execute(receipt.return_command(1, quantity), actor=CASHIER)
    return r.id


def second_window(db: LocalDatabase, desk: SalesDesk) -> tuple[LocalDatabase, SalesDesk]:
    """Another process on the same data directory: its own engines, its own sessions."""
    db2 = LocalDatabase(db.data_dir)
    return db2, SalesDesk(SqliteSaleStore(db2), desk.rules, desk._clock, desk._ids,
                          terminal_id=desk.terminal_id, currency=desk.currency)


# ---- returns never exceed what was sold ------------------------------------------------

def test_a_held_return_reserves_its_units(db, desk):
    no = sold_receipt(desk)
    held = start_return(desk, no, 3)
    desk.session(held).execute(Hold(), actor=CASHIER)
    # The receipt now shows nothing left to return, and a second return is refused.
    assert desk.receipt(no).lines[0].returnable == 0
    r2 = desk.new_sale(cashier_id=CASHIER.staff_id)
    stale = replace(desk.receipt(no).lines[0], returned=0)  # what an old screen still shows
    from pos_app.services.sale_commands import ReturnLine
    with pytest.raises(ReturnError, match="can still be returned"):
        r2.execute(ReturnLine(stale.line, 0, 3), actor=CASHIER)
    assert r2.state.lines == ()
    desk.session(held).execute(Resume(CASHIER.staff_id), actor=CASHIER)
    refund_all(desk, held)
    assert refunded_for(db, no) == (3, paid_for_line(db, no))


def test_two_held_returns_cannot_refund_twice(db, desk):
    no = sold_receipt(desk)
    first = start_return(desk, no, 2)
    desk.session(first).execute(Hold(), actor=CASHIER)
    second = start_return(desk, no, 1)  # the one unit left
    with pytest.raises(ReturnError):
        start_return(desk, no, 1)
    refund_all(desk, second)
    desk.session(first).execute(Resume(CASHIER.staff_id), actor=CASHIER)
    refund_all(desk, first)
    units, money = refunded_for(db, no)
    assert (units, money) == (3, paid_for_line(db, no))


def test_two_windows_cannot_return_the_same_units(db, desk):
    no = sold_receipt(desk)
    db2, desk2 = second_window(db, desk)
    try:
        # Both windows look the receipt up before either starts its return.
        seen1, seen2 = desk.receipt(no), desk2.receipt(no)
        a = desk.new_sale(cashier_id=CASHIER.staff_id)
        a.execute(seen1.return_command(1, 3), actor=CASHIER)
        b = desk2.new_sale(cashier_id=OTHER_CASHIER.staff_id)
        with pytest.raises(ReturnError, match="other returns"):
            b.execute(seen2.return_command(1, 3), actor=OTHER_CASHIER)
        refund_all(desk, a.id)
        assert refunded_for(db, no) == (3, paid_for_line(db, no))
    finally:
        db2.close()


def test_post_void_is_refused_while_a_partial_return_is_held(db, desk):
    no = sold_receipt(desk)
    held = start_return(desk, no, 1)
    desk.session(held).execute(Hold(), actor=CASHIER)
    original = desk.receipt(no).sale.id
    with pytest.raises(StateError, match="returned"):
        desk.post_void(original, actor=MANAGER)
    desk.session(held).execute(Resume(CASHIER.staff_id), actor=CASHIER)
    refund_all(desk, held)
    units, money = refunded_for(db, no)
    assert units == 1 and money <= paid_for_line(db, no)


def test_post_void_racing_a_return_in_another_window_is_refused_in_the_commit(db, desk):
    """The post-void's own pre-check passes (nothing returned yet); the return in the
    other window lands first; the commit's ledger check then refuses the post-void."""
    no = sold_receipt(desk)
    original = desk.receipt(no).sale.id
    store = desk._repo
    real = store.returned_quantities
    db2, desk2 = second_window(db, desk)
    try:
        def racing(sale_id: str) -> dict[int, int]:
            seen = real(sale_id)
            start_return(desk2, no, 1)  # lands between the check and the commit
            return seen

        store.returned_quantities = racing  # type: ignore[method-assign]
        with pytest.raises(ReturnError, match="can still be returned"):
            desk.post_void(original, actor=MANAGER)
    finally:
        store.returned_quantities = real  # type: ignore[method-assign]
        db2.close()
    with db.read() as conn:
        assert conn.execute(text("SELECT count(*) FROM sale WHERE json_extract(state, '$.pv') "
                                 "IS NOT NULL")).scalar() == 0


def test_a_voided_return_gives_its_units_back(desk):
    no = sold_receipt(desk)
    r = start_return(desk, no, 3)
    assert desk.receipt(no).lines[0].returnable == 0
    desk.session(r).execute(Void(), actor=MANAGER)
    assert desk.receipt(no).lines[0].returnable == 3


# ---- discounts stay within the authority recorded for them -------------------------------

def test_quantity_lowered_under_an_amount_discount_needs_approval(db, desk):
    s = desk.new_sale(cashier_id=CASHIER.staff_id)
    s.execute(AddItem(variant(1, 1000), 10), actor=CASHIER)
    # 10 % of 10 units, typed as an amount: within the cashier's limit.
    s.execute(SetLineDiscount(1, Discount(DiscountKind.AMOUNT, 1000)), actor=CASHIER)
    with pytest.raises(PermissionDenied, match="approval"):
        s.execute(SetQuantity(1, 1), actor=CASHIER)  # would make the item free
    assert s.state.line(1).quantity == 10
    s.execute(SetQuantity(1, 1), actor=CASHIER, approver=MANAGER)
    assert s.state.line(1).discount is not None
    assert s.state.line(1).discount.approved_by == MANAGER.staff_id
    stored = SqliteSaleStore(db).load(s.id)
    assert stored is not None and stored.line(1).discount == s.state.line(1).discount


def test_cart_discount_that_grows_after_a_quantity_change_needs_approval(desk):
    s = desk.new_sale(cashier_id=CASHIER.staff_id)
    s.execute(AddItem(variant(1, 1000), 5), actor=CASHIER)
    s.execute(AddItem(variant(2, 1000), 5), actor=CASHIER)
    s.execute(SetCartDiscount(Discount(DiscountKind.AMOUNT, 1000)), actor=CASHIER)  # 10 %
    with pytest.raises(PermissionDenied, match="whole sale"):
        s.execute(SetQuantity(1, 1), actor=CASHIER)  # 1000 of 6000: 16 %
    with pytest.raises(PermissionDenied):
        s.execute(RemoveLine(2), actor=CASHIER)  # 1000 of 5000: 20 %
    s.execute(AddTender(TenderKind.CASH, 20_000), actor=CASHIER)
    done = s.execute(Complete(), actor=CASHIER)
    assert done.priced is not None and done.priced.discount == 1000
    assert s.state.cart_discount is not None and s.state.cart_discount.approved_by is None


def test_an_approved_discount_needs_approval_again_when_its_share_grows(desk):
    s = desk.new_sale(cashier_id=CASHIER.staff_id)
    s.execute(AddItem(variant(1, 1000), 10), actor=CASHIER)
    s.execute(SetLineDiscount(1, Discount(DiscountKind.AMOUNT, 2000)), actor=CASHIER,
              approver=MANAGER)  # 20 %, approved
    s.execute(SetQuantity(1, 12), actor=CASHIER)  # a smaller share: fine
    with pytest.raises(PermissionDenied):
        s.execute(SetQuantity(1, 2), actor=CASHIER)  # 100 %: not what was approved


def test_removing_every_line_then_voiding_needs_approval(db, desk):
    s = desk.new_sale(cashier_id=CASHIER.staff_id)
    s.execute(AddItem(variant(1), 2), actor=CASHIER)
    s.execute(AddItem(variant(2)), actor=CASHIER)
    s.execute(RemoveLine(1), actor=CASHIER)
    s.execute(RemoveLine(2), actor=CASHIER)
    assert s.state.lines == ()
    with pytest.raises(PermissionDenied, match="void"):
        s.execute(Void(), actor=CASHIER)
    s.execute(Void(), actor=CASHIER, approver=MANAGER)
    # The removed lines are on the sale itself and in the line-void record, not only in
    # the command log (which compaction deletes).
    with db.write() as conn:
        conn.execute(text("DELETE FROM sale_command"))
    stored = SqliteSaleStore(db).load(s.id)
    assert stored is not None and stored.status is SaleStatus.VOIDED
    assert [(v.line.no, v.by) for v in stored.voided_lines] == [(1, "cashier-1"),
                                                                (2, "cashier-1")]
    with db.read() as conn:
        rows = conn.execute(text("SELECT line_no, quantity, amount, voided_by FROM line_void "
                                 "WHERE sale_id = :s ORDER BY line_no"), {"s": s.id}).all()
    assert [(r[0], r[1], r[3]) for r in rows] == [(1, 2, "cashier-1"), (2, 1, "cashier-1")]
    assert all(r[2] > 0 for r in rows)


def test_a_removal_never_leaves_the_sale_unpriceable(db, desk):
    s = desk.new_sale(cashier_id=CASHIER.staff_id)
    s.execute(AddItem(variant(1, 1000)), actor=CASHIER)
    s.execute(AddItem(variant(2, 1000)), actor=CASHIER)
    s.execute(SetCartDiscount(Discount(DiscountKind.AMOUNT, 1500)), actor=CASHIER,
              approver=MANAGER)
    with pytest.raises(DiscountError):
        s.execute(RemoveLine(2), actor=CASHIER, approver=MANAGER)
    db.close()
    db2 = LocalDatabase(db.data_dir)
    try:
        stored = SqliteSaleStore(db2).load(s.id)
        assert stored is not None
        assert stored.price(desk.rules).discount == 1500  # still priceable after a restart
    finally:
        db2.close()


# ---- tenders fit the total --------------------------------------------------------------

@pytest.mark.parametrize("change", ["remove", "quantity"])
def test_a_card_tender_can_never_exceed_the_total(db, desk, change):
    s = desk.new_sale(cashier_id=CASHIER.staff_id)
    s.execute(AddItem(variant(1, 1000), 2), actor=CASHIER)
    s.execute(AddItem(variant(2, 1000)), actor=CASHIER)
    s.execute(AddTender(TenderKind.CARD, s.settlement().remaining, "AUTH12"), actor=CASHIER)
    with pytest.raises(TenderError, match="remove a tender"):
        if change == "remove":
            s.execute(RemoveLine(2), actor=CASHIER)
        else:
            s.execute(SetQuantity(1, 1), actor=CASHIER)
    stored = SqliteSaleStore(db).load(s.id)
    assert stored is not None
    stored.settlement(desk.rules)  # every read of the sale still works
    assert len(stored.lines) == 2 and stored.line(1).quantity == 2


# ---- refunds go back to how the sale was paid ----------------------------------------------

def test_a_card_sale_refunded_in_cash_needs_approval(db, desk):
    no = sold_receipt(desk, kind=TenderKind.CARD)
    r = start_return(desk, no, 3)
    with pytest.raises(PermissionDenied, match="refund to cash"):
        refund_all(desk, r, actor=OTHER_CASHIER)
    assert desk.session(r).state.tenders == ()
    assert refund_all(desk, r, actor=OTHER_CASHIER, approver=MANAGER) is not None
    [tender] = SqliteSaleStore(db).load(r).tenders  # type: ignore[union-attr]
    assert tender.kind is TenderKind.CASH and tender.approved_by == MANAGER.staff_id


def test_a_card_sale_refunded_to_card_needs_no_approval(db, desk):
    no = sold_receipt(desk, kind=TenderKind.CARD)
    r = start_return(desk, no, 2)
    assert refund_all(desk, r, actor=OTHER_CASHIER, kind=TenderKind.CARD) is not None
    assert refunded_for(db, no)[0] == 2


# ---- one currency ---------------------------------------------------------------------------

def test_an_item_priced_in_another_currency_is_refused(desk):
    s = desk.new_sale(cashier_id=CASHIER.staff_id)
    yen = replace(variant(1, 215), currency="JPY")
    with pytest.raises(InputError, match="priced in JPY but this sale is in USD"):
        s.execute(AddItem(yen), actor=CASHIER)
    assert s.state.lines == ()


# ---- line voids on the X and Z reports ---------------------------------------------------

def test_line_voids_are_counted_on_the_x_and_z_reports(db, desk, clock):
    from pos_app.adapters.sqlite.shift_repo import SqliteShiftRepository
    from pos_app.services.report_text import render_x, render_z
    from pos_app.services.shift_service import ShiftService

    shifts = ShiftService(SqliteShiftRepository(db), clock, desk._ids, "T1", "USD")
    shift = shifts.open_shift(MANAGER.staff_id, 10_000)
    s = desk.new_sale(cashier_id=CASHIER.staff_id, shift_id=shift.id)
    s.execute(AddItem(variant(1, 1000), 2), actor=CASHIER)
    s.execute(AddItem(variant(2, 500, "exempt")), actor=CASHIER)
    s.execute(AddItem(variant(3, 300, "exempt")), actor=CASHIER)
    taken_off = s.priced().line(1).total + 500
    s.execute(RemoveLine(1), actor=CASHIER)
    s.execute(RemoveLine(2), actor=CASHIER)
    s.execute(AddTender(TenderKind.CASH, 300), actor=CASHIER)
    s.execute(Complete(), actor=CASHIER)
    # A sale voided whole after a removal: its removed line counts too.
    v = desk.new_sale(cashier_id=CASHIER.staff_id, shift_id=shift.id)
    v.execute(AddItem(variant(4, 250, "exempt")), actor=CASHIER)
    v.execute(RemoveLine(1), actor=CASHIER)
    v.execute(Void(), actor=CASHIER, approver=MANAGER)

    x = shifts.x_report()
    assert (x.sales.line_voids, x.sales.line_voids_amount) == (3, taken_off + 250)
    text_x = render_x(x, "Corner Shop")
    assert "Lines voided" in text_x and f"{(taken_off + 250) / 100:.2f}" in text_x
    z = shifts.close_shift(MANAGER.staff_id, {"cash": 10_300})
    assert (z.x.sales.line_voids, z.x.sales.line_voids_amount) == (3, taken_off + 250)
    assert "Lines voided" in render_z(z, "Corner Shop")
