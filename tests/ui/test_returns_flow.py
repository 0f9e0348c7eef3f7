"""The returns flow (F8) driven by keyboard in the real counter window, as a cashier
does: find the sale (receipt number, day and time, total, or its barcode scanned), type
quantities on the receipt's lines, choose a reason, restock or not, then the checkout
gives the refund. Judged from what the database holds and what the screen shows."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from pos_app.adapters.sqlite.sale_store import SqliteSaleStore
from pos_app.app.wiring import terminal_status
from pos_app.domain.clock import FixedClock
from pos_app.domain.money import Money
from pos_app.domain.sale import TenderKind
from pos_app.services.demo_data import DEMO_STAFF
from pos_app.services.receipts import receipt_code, render_text
from pos_app.ui.app_window import CounterWindow
from pos_app.ui.i18n import fmt
from pos_app.ui.returns import MIN_TOUCH, QTY, ReturnDialog
from pos_app.ui.worker import DbWorker
from tests.ui.conftest import make_terminal

T0 = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)


def open_window(terminal):
    worker = DbWorker()
    win = CounterWindow(
        counter=terminal.services.counter, worker=worker, store_name="Demo Store",
        terminal_id="T1", demo_pins=[(p.name, p.role.value, p.pin) for p in DEMO_STAFF],
        status_fn=lambda: terminal_status(terminal.ctx))
    win.resize(1366, 768)
    win.show()
    return win, worker


@pytest.fixture
def clocked(tmp_path):
    clock = FixedClock(T0)
    t = make_terminal(tmp_path / "data", clock=clock)
    yield t, clock
    t.ctx.close()


@pytest.fixture
def window(qtbot, clocked):
    terminal, _ = clocked
    win, worker = open_window(terminal)
    WINDOW.append(win)
    yield win
    WINDOW.remove(win)
    qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
    for w in QApplication.topLevelWidgets():
        if isinstance(w, ReturnDialog):
            w.close()
    win.close()
    win.deleteLater()
    worker.shutdown()


WINDOW: list = []


def focused():
    """Where the keyboard goes: the open dialog's focus widget, else the window's
    (offscreen, a window is not always re-activated when a dialog closes)."""
    top = QApplication.activeModalWidget() or (WINDOW[-1] if WINDOW else None)
    return top.focusWidget() if top is not None else QApplication.focusWidget()


def keys(qtbot, typed: str = "", *then: Qt.Key) -> None:
    """Type into whatever has the focus (as a keyboard or a scanner would)."""
    for ch in typed:  # each key to whatever has the focus at that moment
        qtbot.keyClicks(focused(), ch)
    for key in then:
        qtbot.keyClick(focused(), key)


def sign_in(qtbot, win, pin):
    qtbot.waitUntil(lambda: win.login.staff.count() > 0, timeout=10_000)
    name = next(p.name for p in DEMO_STAFF if p.pin == pin)
    qtbot.keyClicks(win.login.pin, name.split()[0])
    qtbot.keyClicks(win.login.pin, pin)
    qtbot.keyClick(win.login.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.sale, timeout=10_000)
    qtbot.waitUntil(lambda: win.sale.view is not None, timeout=10_000)


def sell(terminal, codes_and_qty):
    """A completed cash sale (rung up through the counter service): its receipt no."""
    counter = terminal.services.counter
    terminal.login("cashier")
    for code, qty in codes_and_qty:
        counter.scan(code, qty)
    view = counter.current()
    counter.add_tender(TenderKind.CASH, view.remaining_cash_minor)
    done = counter.complete()
    counter.logout()
    return done.receipt_no, view.total_minor


def open_returns(qtbot, win) -> ReturnDialog:
    qtbot.waitUntil(lambda: focused() is win.sale.scan, timeout=5_000)
    keys(qtbot, "", Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: win.sale.return_dialog is not None, timeout=5_000)
    dlg = win.sale.return_dialog
    qtbot.waitUntil(lambda: focused() is dlg.number, timeout=5_000)
    qtbot.waitUntil(dlg.isActiveWindow, timeout=5_000)
    return dlg


def stored_lines(terminal, sale_id):
    state = SqliteSaleStore(terminal.ctx.db).load(sale_id)  # from disk, not a cache
    return [(ln.sku, ln.quantity, ln.reason, ln.restock) for ln in state.lines]


def sale_status(terminal, sale_id):
    with terminal.ctx.db.read() as conn:
        return conn.execute(text("SELECT status FROM sale WHERE id = :id"),
                            {"id": sale_id}).scalar_one()


def return_moves(terminal):
    with terminal.ctx.db.read() as conn:
        return sorted(tuple(r) for r in conn.execute(text(
            "SELECT sku, delta FROM stock_movement WHERE reason = 'return'")).all())


def test_return_by_receipt_number_typed_quantities_reason_and_restock(
        qtbot, window, clocked):
    terminal, _ = clocked
    a, b = terminal.barcodes(2)
    receipt_no, _ = sell(terminal, [(a, 3), (b, 2)])
    sign_in(qtbot, window, terminal.pin("cashier"))
    dlg = open_returns(qtbot, window)

    keys(qtbot, str(receipt_no), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg.table.rowCount() == 2, timeout=10_000)
    assert focused() is dlg.table and dlg.table.currentRow() == 0
    assert "paid with Cash" in dlg.info.text()
    assert dlg.table.rowHeight(0) >= MIN_TOUCH
    qty_box = dlg.table.cellWidget(0, QTY)
    assert all(b.height() >= MIN_TOUCH and b.width() >= MIN_TOUCH and b.accessibleName()
               for b in qty_box.findChildren(type(dlg.ok)))
    first, second = (dlg.choices[ln.line_no] for ln in dlg.receipt.lines)

    keys(qtbot, "9")  # more than was sold: refused, said, nothing changes
    assert first.quantity == 0 and "Only 3" in dlg.info.text()
    keys(qtbot, "2", Qt.Key.Key_F2)  # two of the first, "Wrong size": restocked by default
    assert (first.quantity, first.reason, first.restock) == (2, "Wrong size", True)
    keys(qtbot, "", Qt.Key.Key_F9)  # ...but these two are not going back on the shelf
    assert first.restock is False
    assert dlg.restock_button.text().endswith("no")
    keys(qtbot, "", Qt.Key.Key_Down, Qt.Key.Key_Plus)  # one of the second, by step
    assert second.quantity == 1
    keys(qtbot, "", Qt.Key.Key_F3)  # "Changed mind"
    assert (second.reason, second.restock) == ("Changed mind", True)
    refund = first.line.refund_of(2) + second.line.refund_of(1)
    amount = fmt().money(Money(refund, "USD"))
    assert dlg.ok.text() == f"Refund {amount}  F12"

    keys(qtbot, "", Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: window.sale.return_dialog is None, timeout=10_000)
    qtbot.waitUntil(lambda: window.sale.cart.rowCount() == 2, timeout=10_000)
    view = window.sale.view
    assert view.total_minor == -refund
    sale_id = terminal.services.counter.current().sale_id
    first_sku, second_sku = first.line.sku, second.line.sku
    assert stored_lines(terminal, sale_id) == [(first_sku, -2, "Wrong size", False),
                                               (second_sku, -1, "Changed mind", True)]

    # The normal checkout gives the refund (F12, Enter: cash back, Enter: done); only
    # the restocked unit changes stock.
    qtbot.waitUntil(lambda: focused() is window.sale.scan, timeout=5_000)
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    keys(qtbot, "", Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.checkout, timeout=10_000)
    qtbot.waitUntil(lambda: focused() is window.checkout.amount, timeout=5_000)
    assert amount in window.checkout.due.text() and "Refund" in window.checkout.due.text()
    keys(qtbot, "", Qt.Key.Key_Return)
    qtbot.waitUntil(window.checkout.finish.isEnabled, timeout=10_000)
    keys(qtbot, "", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: sale_status(terminal, sale_id) == "completed", timeout=10_000)
    assert return_moves(terminal) == [(second_sku, 1)]
    with terminal.ctx.db.read() as conn:
        refund_no = conn.execute(text("SELECT receipt_no FROM sale WHERE id = :id"),
                                 {"id": sale_id}).scalar_one()
        kept = conn.execute(text(
            "SELECT sku, return_reason, restock, gross - discount FROM sold_line "
            "WHERE sale_id = :id ORDER BY line_no"), {"id": sale_id}).all()
    assert [tuple(r)[:3] for r in kept] == [(first_sku, "Wrong size", 0),
                                            (second_sku, "Changed mind", 1)]

    # The receipt says why each line came back; the X report counts and sums by reason.
    printed = render_text(terminal.services.counter.receipt(refund_no))
    assert "Reason: Wrong size" in printed and "Reason: Changed mind" in printed
    report = terminal.services.counter.x_report_text()
    section = report.split("REFUNDS BY REASON", 1)[1].split("TAX BY RATE", 1)[0]
    rows = [" ".join(ln.split()) for ln in section.splitlines() if "(" in ln]
    wrong, changed = (fmt().money(Money(r[3], "USD")) for r in kept)
    assert sorted(rows) == sorted([f"Wrong size (2) {wrong}", f"Changed mind (1) {changed}"])


def test_find_a_sale_by_day_and_time_then_by_total(qtbot, window, clocked):
    terminal, clock = clocked
    a, b = terminal.barcodes(2)
    morning, morning_total = sell(terminal, [(a, 1)])  # 09:00
    clock.advance(hours=5)
    afternoon, afternoon_total = sell(terminal, [(b, 2)])  # 14:00
    assert morning_total != afternoon_total
    sign_in(qtbot, window, terminal.pin("cashier"))
    dlg = open_returns(qtbot, window)

    qtbot.keyClick(focused(), Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # "from"
    assert focused() is dlg.since
    keys(qtbot, "", *[Qt.Key.Key_Up] * 13)  # 13:00
    qtbot.keyClick(focused(), Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # "to"
    assert focused() is dlg.until
    keys(qtbot, "", *[Qt.Key.Key_Down] * 8)  # 15:59
    assert (dlg.since.time().hour(), dlg.until.time().hour()) == (13, 15)
    keys(qtbot, "", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg.results.rowCount() == 1, timeout=10_000)
    row = [dlg.results.item(0, c).text() for c in range(4)]
    cashier = next(p.name for p in DEMO_STAFF if p.role.value == "cashier")
    assert row == [f"#{afternoon}", fmt().date_time(T0.replace(hour=14)),
                   fmt().money(Money(afternoon_total, "USD")), cashier]
    assert dlg.results.rowHeight(0) >= MIN_TOUCH
    assert focused() is dlg.results
    keys(qtbot, "", Qt.Key.Key_Return)  # opens it
    qtbot.waitUntil(lambda: dlg.receipt is not None and dlg.receipt.receipt_no == afternoon,
                    timeout=10_000)

    qtbot.keyClick(focused(), Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # "total"
    assert focused() is dlg.amount
    keys(qtbot, fmt().amount(morning_total), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg.results.rowCount() == 1
                    and dlg.results.item(0, 0).text() == f"#{morning}", timeout=10_000)
    keys(qtbot, "", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg.receipt is not None and dlg.receipt.receipt_no == morning,
                    timeout=10_000)
    assert dlg.table.rowCount() == 1


def test_scanning_a_receipts_barcode_at_the_counter_opens_it(qtbot, window, clocked):
    terminal, _ = clocked
    (a,) = terminal.barcodes(1)
    receipt_no, _ = sell(terminal, [(a, 2)])
    other, _ = sell(terminal, [(a, 1)])
    sign_in(qtbot, window, terminal.pin("cashier"))
    qtbot.waitUntil(lambda: focused() is window.sale.scan, timeout=5_000)
    keys(qtbot, "]C0" + receipt_code("T1", receipt_no), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.sale.return_dialog is not None, timeout=5_000)
    dlg = window.sale.return_dialog
    qtbot.waitUntil(dlg.isActiveWindow, timeout=5_000)
    qtbot.waitUntil(lambda: dlg.table.rowCount() == 1, timeout=10_000)
    assert dlg.receipt.receipt_no == receipt_no
    assert window.sale.cart.rowCount() == 0  # not rung up as an item
    # Already-returned units are shown and cap what can be typed.
    keys(qtbot, "2", Qt.Key.Key_F1, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.sale.return_dialog is None, timeout=10_000)
    qtbot.waitUntil(lambda: window.sale.cart.rowCount() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=10_000)
    terminal.services.counter.hold()
    qtbot.waitUntil(lambda: focused() is window.sale.scan, timeout=5_000)
    keys(qtbot, "]C0" + receipt_code("T1", receipt_no), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.sale.return_dialog is not None, timeout=5_000)
    dlg = window.sale.return_dialog
    qtbot.waitUntil(dlg.isActiveWindow, timeout=5_000)
    qtbot.waitUntil(lambda: dlg.table.rowCount() == 1, timeout=10_000)
    assert dlg.table.item(0, 2).text() == "2" and not dlg.choices[1].line.returnable
    keys(qtbot, "1")
    assert dlg.choices[1].quantity == 0 and "already returned" in dlg.info.text()

    # A receipt scanned while a line is selected goes to the receipt, not a quantity.
    assert focused() is dlg.table
    keys(qtbot, "]C0" + receipt_code("T1", other), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg.receipt is not None and dlg.receipt.receipt_no == other,
                    timeout=10_000)
    assert [c.quantity for c in dlg.choices.values()] == [0]


def test_a_return_without_a_receipt_takes_a_quantity_and_a_reason(qtbot, window, clocked):
    terminal, _ = clocked
    (code,) = terminal.barcodes(1)
    sign_in(qtbot, window, terminal.pin("manager"))  # may approve their own
    dlg = open_returns(qtbot, window)
    keys(qtbot, "", Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: focused() is dlg.nr_code, timeout=5_000)
    keys(qtbot, code, Qt.Key.Key_Return)
    assert focused() is dlg.nr_qty
    keys(qtbot, "3", Qt.Key.Key_F4)  # three, "Faulty": not restocked by default
    assert dlg.restock_button.text().endswith("no")
    keys(qtbot, "", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.sale.return_dialog is None, timeout=10_000)
    qtbot.waitUntil(lambda: window.sale.cart.rowCount() == 1, timeout=10_000)
    sale_id = terminal.services.counter.current().sale_id
    ((sku, qty, reason, restock),) = stored_lines(terminal, sale_id)
    assert (sku, qty, reason, restock) == (
        terminal.services.catalog.lookup(code).sku, -3, "Faulty", False)
    assert window.sale.view.total_minor < 0


def test_every_control_of_the_returns_flow_is_named_and_a_touch_target(
        qtbot, window, clocked):
    from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPushButton, QTableWidget

    terminal, _ = clocked
    a, b = terminal.barcodes(2)
    receipt_no, _ = sell(terminal, [(a, 2), (b, 1)])
    sign_in(qtbot, window, terminal.pin("cashier"))
    dlg = open_returns(qtbot, window)
    keys(qtbot, str(receipt_no), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg.table.rowCount() == 2, timeout=10_000)
    need = dlg.minimumSizeHint()  # fits the smallest supported screen, 1024x768
    assert need.width() <= 1024 - 32 and need.height() <= 768 - 64, need
    for page in (None, "no receipt"):
        if page:
            keys(qtbot, "", Qt.Key.Key_F10)
        controls = [w for kind in (QPushButton, QLineEdit, QAbstractSpinBox, QTableWidget)
                    for w in dlg.findChildren(kind) if w.isVisible()]
        assert len(controls) > 15
        unnamed = [w for w in controls if not w.accessibleName()]
        assert not unnamed, unnamed
        small = [(w.accessibleName(), w.size()) for w in controls
                 if not isinstance(w, QTableWidget) and w.height() < MIN_TOUCH
                 and not isinstance(w.parent(), QAbstractSpinBox)]  # its box is the target
        assert not small, small


def test_arabic_time_and_date_fields_read_and_type_left_to_right(qtbot):
    """In a right-to-left dialog Qt reversed a time edit's sections: 11:59 PM showed as
    "59:11 م". Arabic screens write times and dates left to right with 0-9, so the day
    and time fields keep a left-to-right layout (the dialog stays right to left) and a
    time typed into them is the time kept."""
    from types import SimpleNamespace

    from PySide6.QtCore import QTime
    from PySide6.QtWidgets import QLineEdit

    from pos_app.services.locale_format import LocaleFormat
    from pos_app.ui import i18n

    app = QApplication.instance()
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    i18n.set_format(LocaleFormat("ar_EG", "Africa/Cairo", "USD"))
    try:
        dlg = ReturnDialog(lambda *_a: None, SimpleNamespace(return_reasons=()), None)
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitExposed(dlg)
        assert dlg.isRightToLeft()
        for edit in (dlg.day, dlg.since, dlg.until):
            assert edit.layoutDirection() == Qt.LayoutDirection.LeftToRight
            inner = edit.findChild(QLineEdit)
            assert inner is not None and not inner.isRightToLeft()
        assert dlg.until.text() == "11:59 م"  # hours first, read from the left
        qtbot.waitUntil(dlg.isActiveWindow, timeout=5_000)
        qtbot.keyClick(dlg.number, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # "to"
        assert QApplication.focusWidget() in (dlg.until, dlg.until.findChild(QLineEdit))
        qtbot.keyClicks(dlg.until, "10:30")
        assert dlg.until.time() == QTime(22, 30)
        assert dlg.until.text() == "10:30 م"
        qtbot.keyClick(dlg.until, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # "from"
        qtbot.keyClicks(dlg.since, "9:45")
        qtbot.keyClick(dlg.since, Qt.Key.Key_Up)  # the day period: ص -> م
        assert dlg.since.time() == QTime(21, 45)
    finally:
        i18n.set_format(LocaleFormat())
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
