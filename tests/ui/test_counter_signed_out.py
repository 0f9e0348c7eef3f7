"""A cashier deactivated while signed in (by the back office on this till, a `pos-app
staff` command or a sync) is signed out at their next command, refused at once, and
the counter goes back to sign-in saying why; not only at the next lock."""

from __future__ import annotations

from PySide6.QtCore import Qt

from pos_app.domain.errors import SignedOut
from pos_app.services.demo_data import DEMO_STAFF
from tests.ui.test_counter_ui import sign_in, window

__all__ = ["window"]


def typed(qtbot, win, expected, text: str) -> None:
    """As the cashier types it: to whatever has the focus (which must be `expected`),
    then Enter."""
    qtbot.waitUntil(lambda: win.focusWidget() is expected, timeout=10_000)
    qtbot.keyClicks(win.focusWidget(), text)
    qtbot.keyClick(win.focusWidget(), Qt.Key.Key_Return)


def test_a_cashier_deactivated_while_signed_in_is_signed_out_at_the_next_scan(
        qtbot, window, terminal):
    counter = terminal.services.counter
    sign_in(qtbot, window, terminal.pin("cashier"))
    cashier = counter.user
    assert cashier is not None
    typed(qtbot, window, window.sale.scan, terminal.barcodes(1)[0])
    qtbot.waitUntil(lambda: window.sale.cart.rowCount() == 1, timeout=10_000)

    staff = terminal.services.staff
    manager = staff.find(next(p.name for p in staff.list_staff() if p.role.value == "manager"))
    staff.deactivate(cashier.id, by=manager.actor)  # e.g. the back office, meanwhile

    typed(qtbot, window, window.sale.scan, terminal.barcodes(2)[1])  # the next command
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.login, timeout=10_000)
    assert f"{cashier.name} can no longer use this till" in window.login.message.text()
    assert window.st_user.text() == "Signed out"
    assert counter.user is None
    # Refused: the scan added nothing, and the open sale is kept for whoever signs in.
    open_sale = terminal.services.desk.open_sales()[-1]
    assert len(open_sale.state.lines) == 1

    # They cannot sign back in; a manager can, and finds the sale as it was.
    qtbot.waitUntil(lambda: not any(cashier.name in window.login.staff.item(i).text()
                                    for i in range(window.login.staff.count())),
                    timeout=10_000)
    # The sign-in screen has the keyboard: the manager's name and PIN go to it.
    assert window.focusWidget() is window.login.pin, window.focusWidget()
    sign_in(qtbot, window, terminal.pin("manager"))
    qtbot.waitUntil(lambda: window.sale.cart.rowCount() == 1, timeout=10_000)
    typed(qtbot, window, window.sale.scan, terminal.barcodes(2)[1])
    qtbot.waitUntil(lambda: window.sale.cart.rowCount() == 2, timeout=10_000)


def test_the_counter_service_refuses_a_deactivated_person_at_once(terminal):
    counter = terminal.services.counter
    staff = terminal.services.staff
    manager = next(s for s in staff.list_staff() if s.role.value == "manager")
    name = next(p.name for p in DEMO_STAFF if p.pin == terminal.pin("cashier"))
    cashier = staff.find(name)
    counter.login(terminal.pin("cashier"), cashier.id)
    staff.deactivate(cashier.id, by=manager.actor)
    try:
        counter.scan(terminal.barcodes(1)[0])
    except SignedOut as exc:
        assert exc.name == cashier.name
    else:
        raise AssertionError("a deactivated cashier's scan went through")
    assert counter.user is None


def test_a_deactivation_after_the_counters_check_is_refused_by_the_commit(
        terminal, monkeypatch):
    """DESIGN.md rule 12: the sale's commit reads the person again, so a deactivation
    that lands between the counter's check and the commit (a sync, another till) still
    refuses the command and writes nothing."""
    counter = terminal.services.counter
    staff = terminal.services.staff
    manager = next(s for s in staff.list_staff() if s.role.value == "manager")
    name = next(p.name for p in DEMO_STAFF if p.pin == terminal.pin("cashier"))
    cashier = staff.find(name)
    counter.login(terminal.pin("cashier"), cashier.id)
    counter.scan(terminal.barcodes(1)[0])
    staff.deactivate(cashier.id, by=manager.actor)
    # The counter's own check saw them still active (it ran before the deactivation).
    monkeypatch.setattr(counter._staff, "get", lambda _id: cashier)
    try:
        counter.scan(terminal.barcodes(2)[1])
    except SignedOut as exc:
        assert exc.name == cashier.name
    else:
        raise AssertionError("the commit let a deactivated cashier's scan through")
    assert counter.user is None
    assert len(terminal.services.desk.open_sales()[-1].state.lines) == 1


def test_the_persons_role_is_checked_in_the_commit_and_the_new_role_counts(terminal):
    """The counter reads no one before a scan or a quantity change: the command's commit
    checks the person it was judged with (active, the same role) from durable state. A
    cashier promoted since signing in is refused by that commit, and the command runs
    again, once, as the manager they now are: a 50 % cart discount needs no approval."""
    from pos_app.domain.permissions import Role
    from pos_app.domain.pricing import Discount, DiscountKind

    counter = terminal.services.counter
    staff = terminal.services.staff
    cashier_id = terminal.staff_id("cashier")
    counter.login(terminal.pin("cashier"), cashier_id)
    counter.scan(terminal.barcodes(1)[0])
    staff.set_role(cashier_id, Role.MANAGER, by=staff.get(terminal.staff_id("manager")).actor)
    assert counter.user is not None and counter.user.role is Role.CASHIER  # not read yet

    counter.scan(terminal.barcodes(2)[1])  # refused once by the commit, then run again
    assert counter.user is not None and counter.user.role is Role.MANAGER
    sale = terminal.services.desk.open_sales()[-1]
    assert len(sale.state.lines) == 2
    view = counter.cart_discount(Discount(DiscountKind.PERCENT, 5000))
    assert view.discount_minor > 0


def test_a_person_removed_from_the_staff_table_is_refused_by_the_commit(terminal):
    from sqlalchemy import text

    counter = terminal.services.counter
    name = next(p.name for p in DEMO_STAFF if p.pin == terminal.pin("cashier"))
    cashier = terminal.services.staff.find(name)
    counter.login(terminal.pin("cashier"), cashier.id)
    counter.scan(terminal.barcodes(1)[0])
    with terminal.ctx.db.write() as conn:
        conn.execute(text("PRAGMA foreign_keys=OFF"))
        conn.execute(text("DELETE FROM staff WHERE id = :id"), {"id": cashier.id})
    try:
        counter.set_quantity(1, 3)
    except SignedOut as exc:
        assert exc.name == cashier.name
    else:
        raise AssertionError("a removed cashier's command went through")
    assert counter.user is None
    assert terminal.services.desk.open_sales()[-1].state.lines[0].quantity == 1
