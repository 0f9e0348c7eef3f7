"""A return line needs one of the store's reasons (invariants.RETURN_REASON), whatever
path it takes to completion: typed without one, a return held or parked before the store
required reasons and resumed, one opened in a second window, a state another version
wrote. Every refusal is judged from durable state too."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pos_app.adapters.sqlite.sale_store import SqliteSaleStore
from pos_app.adapters.sqlite.store import LocalDatabase
from pos_app.domain.errors import ReturnError
from pos_app.domain.sale import SaleStatus, TenderKind
from pos_app.services.sale_commands import (
    AddTender,
    Complete,
    Hold,
    Park,
    RemoveLine,
    RemoveTender,
    Resume,
    ReturnWithoutReceipt,
)
from pos_app.services.sale_session import CommandRecord
from pos_app.services.sales import SalesDesk
from tests.conftest import variant
from tests.integration.test_sale_invariants import (
    CASHIER,
    MANAGER,
    refund_all,
    refunded_for,
    sold_receipt,
)

REASONS = ("Damaged", "Wrong size", "Changed mind")


def with_reasons(db: LocalDatabase, desk: SalesDesk, reasons: tuple[str, ...] = REASONS) \
        -> tuple[LocalDatabase, SalesDesk]:
    """A second window (its own engines and sessions) on the same data directory, in a
    store that requires return reasons."""
    db2 = LocalDatabase(db.data_dir)
    return db2, SalesDesk(SqliteSaleStore(db2), replace(desk.rules, return_reasons=reasons),
                          desk._clock, desk._ids, terminal_id=desk.terminal_id,
                          currency=desk.currency)


@pytest.fixture
def window(db, desk):
    db2, desk2 = with_reasons(db, desk)
    yield desk2
    db2.close()


def _stored(db: LocalDatabase, sale_id: str) -> tuple[SaleStatus, tuple[str, ...]]:
    state = SqliteSaleStore(db).load(sale_id)
    assert state is not None
    return state.status, tuple(ln.reason for ln in state.lines)


def test_a_return_without_a_reason_is_refused_when_added(db, desk, window):
    no = sold_receipt(desk)
    r = window.new_sale(cashier_id=CASHIER.staff_id)
    receipt = window.receipt(no)
    for bad in ("", "   ", "Too expensive"):
        with pytest.raises(ReturnError, match="return_reason") as exc:
            r.execute(receipt.return_command(1, 1, reason=bad), actor=CASHIER)
        assert "Damaged, Wrong size, Changed mind" in str(exc.value)
    with pytest.raises(ReturnError, match="return_reason"):
        r.execute(ReturnWithoutReceipt(variant(2), 1), actor=CASHIER, approver=MANAGER)
    assert r.state.lines == () and _stored(db, r.id) == (SaleStatus.OPEN, ())
    # Any case and spacing of a store's reason is recorded as the store spells it.
    r.execute(receipt.return_command(1, 1, reason="  wrong   SIZE "), actor=CASHIER)
    r.execute(ReturnWithoutReceipt(variant(2), 1, "damaged", restock=False),
              actor=CASHIER, approver=MANAGER)
    assert _stored(db, r.id) == (SaleStatus.OPEN, ("Wrong size", "Damaged"))
    assert refund_all(window, r.id) is not None
    assert refunded_for(db, no)[0] == 1


@pytest.mark.parametrize("put_aside", [Hold(), Park(), None], ids=["held", "parked", "open"])
def test_a_return_without_a_reason_cannot_complete_in_another_window(db, desk, window,
                                                                     put_aside):
    """Started (and held, parked or left open) by a window that did not require reasons
    yet; taken over by a window that does: every command but completion goes on,
    completion is refused."""
    no = sold_receipt(desk)
    r = desk.new_sale(cashier_id=CASHIER.staff_id)
    r.execute(desk.receipt(no).return_command(1, 2), actor=CASHIER)
    if put_aside is not None:
        r.execute(put_aside, actor=CASHIER)
    s = window.session(r.id)
    if put_aside is not None:
        s.execute(Resume(CASHIER.staff_id), actor=CASHIER)
    due = s.settlement().remaining
    s.execute(AddTender(TenderKind.CASH, due), actor=CASHIER)
    with pytest.raises(ReturnError, match=r"Return line 1 .* has no reason.*return_reason"):
        s.execute(Complete(), actor=CASHIER)
    assert _stored(db, r.id) == (SaleStatus.OPEN, ("",))
    assert refunded_for(db, no) == (0, 0)
    # The way out the message names: take the line off, return it again with a reason.
    for t in s.state.tenders:
        s.execute(RemoveTender(t.id), actor=CASHIER)
    s.execute(RemoveLine(1), actor=CASHIER, approver=MANAGER)
    s.execute(window.receipt(no).return_command(1, 2, reason="Changed mind"), actor=CASHIER)
    assert refund_all(window, r.id) is not None
    assert _stored(db, r.id) == (SaleStatus.COMPLETED, ("Changed mind",))
    assert refunded_for(db, no)[0] == 2


def test_a_state_written_without_reasons_cannot_complete(db, desk, window, ids, clock):
    """A sale another version (or a hand-edited database) stored with a reasonless return
    line and its tender already taken: completion is refused in the committing window."""
    no = sold_receipt(desk)
    r = window.new_sale(cashier_id=CASHIER.staff_id)
    r.execute(window.receipt(no).return_command(1, 3, reason="Damaged"), actor=CASHIER)
    due = r.settlement().remaining
    r.execute(AddTender(TenderKind.CASH, due), actor=CASHIER)
    store = SqliteSaleStore(db)
    state = r.state
    forged = replace(state, version=state.version + 1,
                     lines=tuple(replace(ln, reason="") for ln in state.lines))
    store.commit(state.version, forged, CommandRecord(
        r.id, forged.version, ids.new_id(), "forged", "{}", None, "2026-11-27T09:00:00"), None)
    s = SalesDesk(SqliteSaleStore(db), window.rules, clock, ids, terminal_id="T1",
                  currency="USD").session(r.id)
    with pytest.raises(ReturnError, match="return_reason"):
        s.execute(Complete(), actor=CASHIER)
    assert _stored(db, r.id) == (SaleStatus.OPEN, ("",)) and refunded_for(db, no) == (0, 0)


def test_a_post_void_needs_no_reason(db, desk, window):
    no = sold_receipt(window)
    sale_id = window.receipt(no).sale.id
    done, receipt_no = window.post_void(sale_id, actor=MANAGER, reason="Rang up twice")
    assert done.status is SaleStatus.COMPLETED and receipt_no is not None
    assert all(ln.quantity < 0 and ln.reason == "" for ln in done.lines)
