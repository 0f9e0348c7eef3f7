"""The sale screen's dialogs driven as a cashier does, by keyboard and by touch, judged by
what the database holds: discount by typing 15 + Enter, a preset key, a manager's
approval on the PIN pad, and scans on the lock screen that never count as wrong PINs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import text

from pos_app.adapters.sqlite.sale_store import SqliteSaleStore
from pos_app.domain.barcode import make_ean13
from pos_app.domain.pricing import DiscountKind
from pos_app.ui.dialogs import PRESET_KEYS, ApprovalDialog, DiscountDialog, HeldDialog
from tests.ui.conftest import Terminal
from tests.ui.test_counter_ui import answer_modal, scan, sign_in, window  # noqa: F401
from tests.ui.test_shift_keys import counter_key

# A dialog nobody answers would wait for ever: fail instead.
pytestmark = pytest.mark.timeout(90)


def stored_line_discount(terminal: Terminal, sale_id: str, line_no: int = 1):
    state = SqliteSaleStore(terminal.ctx.db).load(sale_id)
    assert state is not None
    return next(ln for ln in state.lines if ln.no == line_no).discount


def stored_cart_discount(terminal: Terminal, sale_id: str):
    state = SqliteSaleStore(terminal.ctx.db).load(sale_id)
    assert state is not None
    return state.cart_discount


def throttle_rows(terminal: Terminal) -> list[tuple]:
    with terminal.ctx.db.read() as conn:
        return [tuple(r) for r in conn.execute(text(
            "SELECT staff_id, failures, locked FROM pin_throttle WHERE failures > 0 "
            "OR locked != 0")).all()]


def one_line_sale(qtbot, window, terminal, role: str = "cashier") -> str:  # noqa: F811
    sign_in(qtbot, window, terminal.pin(role))
    scan(qtbot, window, terminal.barcodes(1)[0])
    qtbot.waitUntil(lambda: window.sale.cart.rowCount() == 1, timeout=10_000)
    window.sale.cart.selectRow(0)
    assert window.sale.view is not None
    return window.sale.view.sale_id


def type_to_focus(qtbot, keys: str, *, enter: bool = True) -> None:
    """To whatever has the keyboard, as a cashier's keys do."""
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClicks(focused, keys)
    if enter:
        qtbot.keyClick(focused, Qt.Key.Key_Return)


def test_discount_15_typed_then_enter_is_15_percent_on_the_line(qtbot, window,  # noqa: F811
                                                                 terminal):
    # A supervisor: 15 % is over a cashier's own limit (that case asks for approval).
    sale_id = one_line_sale(qtbot, window, terminal, "supervisor")
    seen: list[object] = []

    def typed(dlg: DiscountDialog) -> None:
        seen.append(QApplication.focusWidget())
        type_to_focus(qtbot, "15")

    t = answer_modal(qtbot, DiscountDialog, typed)
    counter_key(qtbot, window, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: window.sale.cart.cell_text(0, 3).startswith("-"), timeout=10_000)
    t.stop()
    assert seen and isinstance(seen[0], object) and seen[0].accessibleName() == \
        "Discount value"  # the amount had the keyboard from the start
    d = stored_line_discount(terminal, sale_id)
    assert d is not None and (d.kind, d.value) == (DiscountKind.PERCENT, 1500)
    assert stored_cart_discount(terminal, sale_id) is None


def test_a_preset_key_applies_at_once_and_alt_w_takes_the_whole_sale(qtbot, window,  # noqa: F811
                                                                     terminal):
    sale_id = one_line_sale(qtbot, window, terminal, "supervisor")

    def preset(dlg: DiscountDialog) -> None:
        focused = QApplication.focusWidget()
        assert focused is dlg.value_edit
        qtbot.keyClick(focused, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
        assert dlg.on_sale.isChecked()
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2,
                       Qt.KeyboardModifier.AltModifier)  # 10 %

    t = answer_modal(qtbot, DiscountDialog, preset)
    counter_key(qtbot, window, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: stored_cart_discount(terminal, sale_id) is not None,
                    timeout=10_000)
    t.stop()
    d = stored_cart_discount(terminal, sale_id)
    assert (d.kind, d.value) == (DiscountKind.PERCENT, 1000)
    assert stored_line_discount(terminal, sale_id) is None


def test_esc_cancels_the_discount(qtbot, window, terminal):  # noqa: F811
    sale_id = one_line_sale(qtbot, window, terminal, "supervisor")
    closed: list[bool] = []

    def cancel(dlg: DiscountDialog) -> None:
        type_to_focus(qtbot, "15", enter=False)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        closed.append(not dlg.isVisible())

    t = answer_modal(qtbot, DiscountDialog, cancel)
    counter_key(qtbot, window, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: bool(closed), timeout=10_000)
    t.stop()
    assert closed == [True]
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=10_000)
    assert stored_line_discount(terminal, sale_id) is None


def test_amount_mode_by_alt_a(qtbot, window, terminal):  # noqa: F811
    sale_id = one_line_sale(qtbot, window, terminal, "supervisor")

    def amount(dlg: DiscountDialog) -> None:
        try:
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A,
                           Qt.KeyboardModifier.AltModifier)
            assert dlg.amount.isChecked() and QApplication.focusWidget() is dlg.value_edit
            type_to_focus(qtbot, "1.50")
        finally:
            if dlg.isVisible():
                dlg.reject()

    t = answer_modal(qtbot, DiscountDialog, amount)
    counter_key(qtbot, window, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: stored_line_discount(terminal, sale_id) is not None,
                    timeout=10_000)
    t.stop()
    d = stored_line_discount(terminal, sale_id)
    assert (d.kind, d.value) == (DiscountKind.AMOUNT, 150)


def test_a_discount_over_the_limit_is_approved_on_the_pin_pad(qtbot, window,  # noqa: F811
                                                              terminal):
    sale_id = one_line_sale(qtbot, window, terminal)
    headings: list[str] = []

    def approve(dlg: ApprovalDialog) -> None:
        headings.append(dlg.heading.text())
        assert QApplication.focusWidget() is dlg.pin
        qtbot.keyClicks(dlg.pin, "Alex")  # the manager, by the first letters
        for digit in terminal.pin("manager"):
            qtbot.mouseClick(dlg.pad.buttons[digit], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dlg.pad.buttons["Enter"], Qt.MouseButton.LeftButton)

    t1 = answer_modal(qtbot, DiscountDialog, lambda dlg: type_to_focus(qtbot, "25"))
    t2 = answer_modal(qtbot, ApprovalDialog, approve)
    counter_key(qtbot, window, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: stored_line_discount(terminal, sale_id) is not None,
                    timeout=10_000)
    t1.stop()
    t2.stop()
    assert headings == ["Manager approval: discount 25% on line 1"]
    d = stored_line_discount(terminal, sale_id)
    assert (d.kind, d.value) == (DiscountKind.PERCENT, 2500)
    assert d.approved_by == terminal.staff_id("manager")
    assert throttle_rows(terminal) == []


def test_each_discount_key_is_one_shortcut_from_whichever_field_has_the_keyboard(
        qtbot, window):  # noqa: F811
    dlg = DiscountDialog("USD", "Coffee", window)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    shortcuts = dlg.findChildren(QShortcut)
    assert sorted(s.key().toString() for s in shortcuts) == \
        sorted([*PRESET_KEYS, "Alt+L", "Alt+W", "Alt+P", "Alt+A"])
    alt = Qt.KeyboardModifier.AltModifier
    for field in (dlg.value_edit, dlg.reason):  # the keys go to the focused widget
        field.setFocus()
        qtbot.waitUntil(lambda f=field: QApplication.focusWidget() is f, timeout=5_000)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, alt)
        assert dlg.amount.isChecked() and QApplication.focusWidget() is dlg.value_edit
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_P, alt)
        assert dlg.percent.isChecked()
    # One mechanism: with its shortcut off, a key does nothing (no second binding).
    for s in shortcuts:
        s.setEnabled(False)
    qtbot.keyClick(dlg.value_edit, Qt.Key.Key_2, alt)
    qtbot.keyClick(dlg.value_edit, Qt.Key.Key_W, alt)
    assert dlg.isVisible() and dlg.result() == QDialog.DialogCode.Rejected
    assert dlg.result_discount is None and dlg.on_line.isChecked()
    for s in shortcuts:
        s.setEnabled(True)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_4, alt)  # 20 %, at once
    assert not dlg.isVisible() and dlg.result() == QDialog.DialogCode.Accepted
    assert dlg.result_discount is not None and dlg.result_discount.value == 2000


def test_every_button_of_the_dialogs_is_touch_sized_and_shows_its_key(qtbot, window,  # noqa: F811
                                                                       terminal):
    dlg = DiscountDialog("USD", "Coffee", window)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    assert [b.text() for b in dlg.preset_buttons.values()] == \
        ["5% (Alt+1)", "10% (Alt+2)", "15% (Alt+3)", "20% (Alt+4)"]
    for w in [*dlg.preset_buttons.values(), dlg.on_line, dlg.on_sale, dlg.percent,
              dlg.amount]:
        assert w.width() >= 44 and w.height() >= 44, (w.text(), w.size())
        assert w.accessibleName()
    dlg.reject()
    approvers = [(terminal.staff_id("manager"), "Alex Manager", "manager")]
    ap = ApprovalDialog("void this sale", window, approvers)
    qtbot.addWidget(ap)
    ap.show()
    qtbot.waitExposed(ap)
    for b in ap.pad.buttons.values():
        assert b.width() >= 44 and b.height() >= 44
    assert "Del" in ap.pad.buttons["Clear"].text()
    qtbot.keyClicks(ap.pin, "12")
    qtbot.keyClick(ap.pin, Qt.Key.Key_Delete)  # the Clear key
    assert ap.pin.text() == ""
    ap.reject()


def test_held_sales_rows_are_touch_sized_and_enter_resumes(qtbot, window,  # noqa: F811
                                                           terminal):
    sale_id = one_line_sale(qtbot, window, terminal)
    counter_key(qtbot, window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.sale.cart.rowCount() == 0, timeout=10_000)
    heights: list[int] = []

    def resume(dlg: HeldDialog) -> None:
        heights.append(dlg.table.rowHeight(0))
        assert QApplication.focusWidget() is dlg.table
        qtbot.keyClick(dlg.table, Qt.Key.Key_Return)

    t = answer_modal(qtbot, HeldDialog, resume)
    counter_key(qtbot, window, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: window.sale.cart.rowCount() == 1, timeout=10_000)
    t.stop()
    assert heights and heights[0] >= 44
    assert window.sale.view is not None and window.sale.view.sale_id == sale_id


@pytest.mark.parametrize("code", [make_ean13("590123412345"), "96385074"])
def test_a_scan_on_the_lock_screen_is_not_a_wrong_pin(qtbot, window, terminal,  # noqa: F811
                                                      code):
    one_line_sale(qtbot, window, terminal)
    counter_key(qtbot, window, Qt.Key.Key_F9)  # sign out: the lock screen
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.login, timeout=10_000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.login.pin, timeout=5_000)
    for _ in range(5):  # more than the throttle's free tries
        type_to_focus(qtbot, code)
        assert "Sign in first" in window.login.message.text()
        assert window.login.pin.text() == ""
    qtbot.keyClicks(window.login.pin, "Sam")  # a person chosen: still not their PIN
    type_to_focus(qtbot, code)
    assert "Sign in first" in window.login.message.text()
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=10_000)
    assert throttle_rows(terminal) == []
    with terminal.ctx.db.read() as conn:
        assert conn.execute(text("SELECT count(*) FROM audit_log WHERE action = "
                                 "'login_failed'")).scalar() == 0


def test_a_scan_into_the_unlock_prompt_is_not_sent_as_the_managers_pin(qtbot, window,  # noqa: F811
                                                                      terminal):
    approvers = [(terminal.staff_id("manager"), "Alex Manager", "manager")]
    dlg = ApprovalDialog("unlock Sam Cashier", window, approvers, title="Manager unlock")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dlg.pin, timeout=5_000)
    qtbot.keyClicks(dlg.pin, "12")  # a PIN half typed, then a scan lands on top
    type_to_focus(qtbot, make_ean13("590123412345"))
    assert dlg.isVisible() and dlg.pin.text() == "" and "scan" in dlg.message.text()
    assert throttle_rows(terminal) == []
