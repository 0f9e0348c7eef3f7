"""The counter driven through its real widgets, with a real local database."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from pos_app.app.wiring import terminal_status
from pos_app.domain.sale import TenderKind
from pos_app.services.demo_data import DEMO_STAFF
from pos_app.ui.app_window import CounterWindow
from pos_app.ui.dialogs import ApprovalDialog, DiscountDialog, HeldDialog
from pos_app.ui.worker import DbWorker
from tests.ui.conftest import make_terminal


@pytest.fixture
def window(qtbot, terminal):
    worker = DbWorker()
    win = CounterWindow(
        counter=terminal.services.counter, worker=worker, store_name="Demo Store",
        terminal_id="T1", demo_pins=[(p.name, p.role.value, p.pin) for p in DEMO_STAFF],
        status_fn=lambda: terminal_status(terminal.ctx))
    # Not qtbot.addWidget: pytest-qt would close the window before this teardown, while
    # results of the last actions may still be on their way back from the worker.
    win.resize(1366, 768)
    win.show()
    yield win
    qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
    win.close()
    win.deleteLater()
    worker.shutdown()


def sign_in(qtbot, win, pin):
    """As a cashier does by keyboard: the first letters of their name choose them from
    the list, then their PIN and Enter."""
    qtbot.waitUntil(lambda: win.login.staff.count() > 0, timeout=10_000)
    name = next(p.name for p in DEMO_STAFF if p.pin == pin)
    qtbot.keyClicks(win.login.pin, name.split()[0])
    assert win.login.staff.chosen_name() == name
    qtbot.keyClicks(win.login.pin, pin)
    qtbot.keyClick(win.login.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.sale, timeout=10_000)
    qtbot.waitUntil(lambda: win.sale.view is not None, timeout=10_000)


def scan(qtbot, win, code):
    qtbot.keyClicks(win.sale.scan, code)
    qtbot.keyClick(win.sale.scan, Qt.Key.Key_Return)


def answer_modal(qtbot, cls, act):
    """Answer the next modal dialog of type `cls` (dialogs run their own event loop)."""
    timer = QTimer()
    timer.setInterval(20)

    def poll():
        dlg = QApplication.activeModalWidget()
        if isinstance(dlg, cls):
            timer.stop()
            act(dlg)
    timer.timeout.connect(poll)
    timer.start()
    return timer


def test_wrong_pin_is_an_inline_message(qtbot, window):
    qtbot.waitUntil(lambda: window.login.staff.count() == 4, timeout=10_000)
    qtbot.keyClicks(window.login.pin, "Sam")
    qtbot.keyClicks(window.login.pin, "9999")
    qtbot.keyClick(window.login.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Wrong PIN or not allowed" in window.login.message.text(),
                    timeout=10_000)
    assert window.stack.currentWidget() is window.login


def test_scanner_burst_lands_every_code_and_totals_match(qtbot, window, terminal):
    sign_in(qtbot, window, terminal.pin("cashier"))
    codes = terminal.barcodes(12)
    for code in codes:  # a keyboard-wedge burst: digits then Enter, back to back
        scan(qtbot, window, code)
    qtbot.waitUntil(lambda: window.sale.cart.rowCount() == len(codes), timeout=10_000)
    view = terminal.services.counter.current()
    assert [ln.quantity for ln in view.lines] == [1] * len(codes)
    assert window.sale.total.text() == view.total
    assert window.sale.scan.hasFocus()


def test_unknown_and_malformed_barcodes_flash_without_losing_the_cart(qtbot, window,
                                                                      terminal):
    sign_in(qtbot, window, terminal.pin("cashier"))
    scan(qtbot, window, terminal.barcodes(1)[0])
    qtbot.waitUntil(lambda: window.sale.cart.rowCount() == 1, timeout=10_000)
    scan(qtbot, window, "4006381333931")
    qtbot.waitUntil(lambda: "No product with barcode 4006381333931"
                    in window.sale.message.text(), timeout=10_000)
    scan(qtbot, window, "4006381333932")
    qtbot.waitUntil(lambda: "check digit" in window.sale.message.text(), timeout=10_000)
    assert window.sale.cart.rowCount() == 1
    assert QApplication.activeModalWidget() is None


def test_quantity_prefix_and_type_ahead_search(qtbot, window, terminal):
    sign_in(qtbot, window, terminal.pin("cashier"))
    scan(qtbot, window, "3*")
    assert "× 3" in window.sale.qty_hint.text()
    scan(qtbot, window, terminal.barcodes(1)[0])
    qtbot.waitUntil(lambda: window.sale.cart.rowCount() == 1, timeout=10_000)
    assert window.sale.cart.cell_text(0, 1) == "3"

    qtbot.keyClicks(window.sale.scan, "coff")
    qtbot.waitUntil(lambda: window.sale.lists.currentIndex() == 1
                    and window.sale.results.count() > 0, timeout=10_000)
    first = window.sale.results.item(0).text()
    qtbot.keyClick(window.sale.scan, Qt.Key.Key_Down)
    qtbot.keyClick(window.sale.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.sale.cart.rowCount() == 2, timeout=10_000)
    assert window.sale.cart.cell_text(1, 0).split("\n")[0] == first.split("   ·   ")[0]


def test_discount_over_the_limit_needs_a_manager_pin_in_place(qtbot, window, terminal):
    sign_in(qtbot, window, terminal.pin("cashier"))
    scan(qtbot, window, terminal.barcodes(1)[0])
    qtbot.waitUntil(lambda: window.sale.cart.rowCount() == 1, timeout=10_000)

    def fill_discount(dlg):
        dlg.value_edit.setText("25")
        dlg._accept()

    def approve(dlg):
        qtbot.keyClicks(dlg.pin, "Alex")  # the manager, chosen by the first letters
        dlg.pin.setText(terminal.pin("manager"))
        dlg._accept()

    t1 = answer_modal(qtbot, DiscountDialog, fill_discount)
    t2 = answer_modal(qtbot, ApprovalDialog, approve)
    window.sale.discount()
    qtbot.waitUntil(lambda: window.sale.cart.cell_text(0, 3).startswith("-"),
                    timeout=10_000)
    t1.stop()
    t2.stop()
    with terminal.ctx.db.read() as conn:
        row = conn.execute(text("SELECT action, approved_by FROM audit_log "
                                "WHERE action = 'discount_over_limit'")).one()
    manager_id = next(s[0] for s in terminal.services.counter.staff_list()
                      if s[2] == "manager")
    assert tuple(row) == ("discount_over_limit", manager_id)


def test_small_discount_needs_no_approval(qtbot, window, terminal):
    sign_in(qtbot, window, terminal.pin("cashier"))
    scan(qtbot, window, terminal.barcodes(1)[0])
    qtbot.waitUntil(lambda: window.sale.cart.rowCount() == 1, timeout=10_000)

    def fill(dlg):
        dlg.value_edit.setText("5")
        dlg._accept()

    t = answer_modal(qtbot, DiscountDialog, fill)
    window.sale.discount()
    qtbot.waitUntil(lambda: window.sale.cart.cell_text(0, 3).startswith("-"),
                    timeout=10_000)
    t.stop()


def test_hold_and_resume(qtbot, window, terminal):
    sign_in(qtbot, window, terminal.pin("cashier"))
    for code in terminal.barcodes(2):
        scan(qtbot, window, code)
    qtbot.waitUntil(lambda: window.sale.cart.rowCount() == 2, timeout=10_000)
    qtbot.keyClick(window.sale.scan, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.sale.cart.rowCount() == 0, timeout=10_000)
    assert "held" in window.sale.message.text()

    t = answer_modal(qtbot, HeldDialog, lambda dlg: dlg.accept())
    qtbot.keyClick(window.sale.scan, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: window.sale.cart.rowCount() == 2, timeout=10_000)
    t.stop()


def test_lock_keeps_the_open_sale_for_the_next_cashier(qtbot, window, terminal):
    sign_in(qtbot, window, terminal.pin("cashier"))
    scan(qtbot, window, terminal.barcodes(1)[0])
    qtbot.waitUntil(lambda: window.sale.cart.rowCount() == 1, timeout=10_000)
    qtbot.keyClick(window.sale.scan, Qt.Key.Key_F9)
    assert window.stack.currentWidget() is window.login
    sign_in(qtbot, window, terminal.pin("supervisor"))
    qtbot.waitUntil(lambda: window.sale.cart.rowCount() == 1, timeout=10_000)


CHILD = r"""
import sys
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pathlib import Path
from tests.ui.conftest import make_terminal
from pos_app.ui.app_window import CounterWindow
from pos_app.ui.worker import DbWorker

app = QApplication([])
t = make_terminal(Path(sys.argv[1]))
w = DbWorker()
win = CounterWindow(counter=t.services.counter, worker=w, store_name="S", terminal_id="T1")
win.show()
def wait_until(cond):
    # Event-loop turns (not a tight processEvents spin) until the condition holds.
    while not cond():
        QTest.qWait(10)

wait_until(lambda: win.login.staff.count() > 0)
QTest.keyClicks(win.login.pin, "Sam")  # chooses Sam Cashier
QTest.keyClicks(win.login.pin, t.pin("cashier"))
QTest.keyClick(win.login.pin, Qt.Key.Key_Return)
codes = t.barcodes(int(sys.argv[2]))
wait_until(lambda: win.sale.view is not None)
for code in codes:
    QTest.keyClicks(win.sale.scan, code)
    QTest.keyClick(win.sale.scan, Qt.Key.Key_Return)
wait_until(lambda: win.sale.cart.rowCount() >= len(codes))
print("READY", flush=True)
app.exec()
"""


def test_killed_mid_sale_the_cart_comes_back(qtbot, tmp_path):
    data = tmp_path / "data"
    make_terminal(data).ctx.close()  # seed once, as a previous run would have
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(data), "4"], cwd=root, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "READY", proc.stderr.read()
    proc.send_signal(signal.SIGKILL)
    proc.communicate()

    t = make_terminal(data)
    worker = DbWorker()
    win = CounterWindow(counter=t.services.counter, worker=worker, store_name="S",
                        terminal_id="T1")
    win.show()
    try:
        sign_in(qtbot, win, t.pin("cashier"))
        qtbot.waitUntil(lambda: win.sale.cart.rowCount() == 4, timeout=10_000)
        assert [win.sale.cart.cell_text(r, 0).split("\n")[1] for r in range(4)] == \
            [ln.sku for ln in t.services.counter.current().lines]
    finally:
        qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
        win.close()
        win.deleteLater()
        worker.shutdown()
        t.ctx.close()


def _sell(terminal, n=2):
    counter = terminal.services.counter
    terminal.login("cashier")
    for code in terminal.barcodes(n):
        counter.scan(code)
    view = counter.current()
    counter.add_tender(TenderKind.CASH, view.remaining_cash_minor)
    return counter.complete()


def test_return_a_line_from_a_receipt(qtbot, window, terminal):
    from pos_app.ui.returns import ReturnDialog

    done = _sell(terminal, 2)
    sign_in(qtbot, window, terminal.pin("cashier"))
    dlg = ReturnDialog(window.sale.call, terminal.services.counter, window)
    dlg.show()
    dlg.number.setText(f"#{done.receipt_no}")
    dlg.look_up()
    qtbot.waitUntil(lambda: dlg.table.rowCount() == 2, timeout=10_000)
    assert "paid with Cash" in dlg.info.text()
    dlg.choose_reason("Changed mind")  # on the selected (first) line: one unit back
    dlg.add()
    qtbot.waitUntil(lambda: dlg.result_view is not None, timeout=10_000)
    window.sale.show_sale(dlg.result_view)
    dlg.deleteLater()
    assert window.sale.cart.rowCount() == 1
    assert window.sale.cart.cell_text(0, 0).startswith("Return: ")
    assert window.sale.view.total_minor < 0


def test_close_shift_with_a_blind_count_prints_a_z_report(qtbot, window, terminal):
    from pos_app.ui.shift import ReportView, ShiftDialog

    _sell(terminal, 1)
    sign_in(qtbot, window, terminal.pin("manager"))
    seen = {}

    def count(dlg):
        assert "cash" in dlg.counts  # what to count is shown, never the expected amount
        for edit in dlg.counts.values():
            edit.setText("100.00")
        dlg._close_shift()

    def z(dlg):
        seen["z"] = dlg.text.toPlainText()
        dlg.accept()

    t1 = answer_modal(qtbot, ShiftDialog, count)
    t2 = answer_modal(qtbot, ReportView, z)
    qtbot.keyClick(window.sale.scan, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: "z" in seen, timeout=10_000)
    t1.stop()
    t2.stop()
    assert "Z" in seen["z"] and "100.00" in seen["z"]
    assert terminal.services.shifts.current_shift() is None


def test_status_bar_counts_what_waits_to_sync_and_opens_the_sync_screen(qtbot, window,
                                                                         terminal):
    from pos_app.ui.app_window import SyncStatusDialog

    _sell(terminal, 1)
    window.refresh_status()
    # The demo's staff rows already wait before the sale: wait for the status read after it.
    qtbot.waitUntil(lambda: "sale" in (window._last_status.get("outbox") or {}),
                    timeout=10_000)
    assert "waiting" in window.st_sync.text()
    assert window.st_sync.property("state") == "warn"
    assert "Central: not synced yet" in window.st_central.text()
    rows = {}

    def read(dlg):
        rows.update({dlg.findChild(QTableWidget).item(r, 0).text():
                     dlg.findChild(QTableWidget).item(r, 1).text()
                     for r in range(dlg.findChild(QTableWidget).rowCount())})
        dlg.accept()

    from PySide6.QtWidgets import QTableWidget

    t = answer_modal(qtbot, SyncStatusDialog, read)
    window.st_sync.click()
    t.stop()
    assert rows["sale"] == "1" and int(rows["inventory"]) >= 1


def test_quantity_key_changes_the_selected_line(qtbot, window, terminal):
    from PySide6.QtWidgets import QInputDialog

    sign_in(qtbot, window, terminal.pin("cashier"))
    scan(qtbot, window, terminal.barcodes(1)[0])
    qtbot.waitUntil(lambda: window.sale.cart.rowCount() == 1, timeout=10_000)

    def five(dlg):
        dlg.setIntValue(5)
        dlg.accept()

    t = answer_modal(qtbot, QInputDialog, five)
    qtbot.keyClick(window.sale.scan, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: window.sale.cart.cell_text(0, 1) == "5", timeout=10_000)
    t.stop()
    # Back to the scan box (the window's focus widget; activation itself is up to the
    # platform, and offscreen does not always re-activate).
    qtbot.waitUntil(lambda: window.focusWidget() is window.sale.scan, timeout=5_000)


def test_receipt_not_found_is_said_in_the_return_screen(qtbot, window, terminal):
    from pos_app.ui.returns import ReturnDialog

    sign_in(qtbot, window, terminal.pin("cashier"))
    dlg = ReturnDialog(window.sale.call, terminal.services.counter, window)
    dlg.show()
    dlg.number.setText("999")
    dlg.look_up()
    qtbot.waitUntil(lambda: "Receipt 999 was not found" in dlg.info.text(), timeout=10_000)
    dlg.number.setText("not a number")
    dlg.look_up()
    assert "Not a receipt number" in dlg.info.text()
    dlg.close()
    dlg.deleteLater()


def test_quick_key_titles_wrap_to_the_key_and_elide_what_is_left():
    from pos_app.ui.sale_screen import _wrap

    def fits(t: str) -> bool:
        return len(t) <= 10

    def elide(t: str) -> str:
        return t if len(t) <= 10 else t[:9].rstrip() + "…"

    assert _wrap("Roma Tomatoes (per lb)", fits, 2, elide) == ["Roma", "Tomatoes…"]
    assert _wrap("Lemons (each)", fits, 2, elide) == ["Lemons", "(each)"]
    assert _wrap("Supercalifragilistic tea", fits, 2, elide) == ["Supercali…", "tea"]
    assert _wrap("", fits, 2, elide) == []


def test_quick_keys_never_clip_their_titles(terminal, qtbot):
    from pos_app.ui.sale_screen import QuickKey

    title = "Roma Tomatoes on the Vine (per lb)"
    key = QuickKey(title, "$1.49")
    key.show()
    for width in (300, 120, 80):
        key.resize(width, 90)
        qtbot.waitUntil(lambda w=width: key.width() == w)
        *lines, price = key.text().splitlines()
        assert price == "$1.49" and 1 <= len(lines) <= 2
        fm = key.fontMetrics()
        for line in lines:
            assert fm.horizontalAdvance(line) <= max(20, width - 24), (width, line)
        shown = " ".join(lines)
        assert shown == title or shown.endswith("…"), (width, shown)
    assert key.text().count("…") == 1  # at 80 px the title cannot fit
    key.close()
    key.deleteLater()


def test_the_sale_screen_shows_what_the_sale_earns_the_cashier(qtbot, window, terminal):
    from datetime import date

    from pos_app.domain.commission import CommissionPlan, Match, Rate, RateKind, RateRule
    from tests.commission_fixtures import install_plan

    plan = CommissionPlan(id="floor", name="Floor", currency="USD",
                          effective_from=date(2020, 1, 1),
                          rules=(RateRule(Match(), Rate(RateKind.PERCENT, 500)),))
    install_plan(terminal.ctx.db, plan)
    sign_in(qtbot, window, terminal.pin("cashier"))
    assert not window.sale.earn.isVisible()  # nothing rung up, nothing earned
    scan(qtbot, window, terminal.barcodes(1)[0])
    qtbot.waitUntil(window.sale.earn.isVisible, timeout=10_000)
    line = terminal.services.counter.commission_line()
    assert window.sale.earn.full_text == window.sale.earn.toolTip() == line
    assert line.startswith("This sale $")
    shown = window.sale.earn.text()  # one line, cut to fit beside the quantity hint
    assert shown == line or (shown.endswith("…") and line.startswith(shown[:-1]))
    assert window.sale.earn.fontMetrics().horizontalAdvance(shown) <= window.sale.earn.width()


def _apparel_product(terminal):
    """A demo product with several variants: (product title, its variant SKUs in order)."""
    with terminal.ctx.db.read() as conn:
        pid, title = conn.execute(text(
            "SELECT product_id, title FROM variant WHERE title LIKE '% / %' "
            "ORDER BY sku LIMIT 1")).one()
        skus = list(conn.execute(text(
            "SELECT sku FROM variant WHERE product_id = :p ORDER BY rowid"),
            {"p": pid}).scalars())
    return title.split(" / ")[0], skus


def test_search_groups_variants_and_the_cashier_picks_one_by_keys(qtbot, window, terminal):
    from pos_app.ui.sale_screen import ResultRow

    product, skus = _apparel_product(terminal)
    assert len(skus) > 1
    terminal.services.counter.stock = lambda sku: 7 if sku == skus[1] else 0
    sign_in(qtbot, window, terminal.pin("cashier"))
    sale = window.sale
    qtbot.keyClicks(sale.scan, product)
    qtbot.waitUntil(lambda: sale.lists.currentIndex() == 1 and sale.results.count() > 0,
                    timeout=10_000)
    rows = [sale.results.item(i) for i in range(sale.results.count())]
    group = next(i for i, it in enumerate(rows) if it.text() == product)
    shown = rows[group].data(Qt.ItemDataRole.UserRole + 1)
    assert isinstance(shown, ResultRow) and "variants" in shown.detail
    assert shown.stock == "7 in stock"  # the product's sellable stock, all variants
    for _ in range(group + 1):
        qtbot.keyClick(sale.scan, Qt.Key.Key_Down)
    qtbot.keyClick(sale.scan, Qt.Key.Key_Return)  # the product: its variants to pick
    qtbot.waitUntil(lambda: sale.results.count() == len(skus)
                    and sale.results.item(0).data(Qt.ItemDataRole.UserRole + 1).detail
                    .startswith(skus[0]), timeout=10_000)
    assert sale.lists.currentIndex() == 1 and sale.results.currentRow() == 0
    assert sale.cart.rowCount() == 0  # nothing rung up yet
    second = sale.results.item(1).data(Qt.ItemDataRole.UserRole + 1)
    assert second.stock == "7 in stock" and not second.low
    assert sale.results.item(0).data(Qt.ItemDataRole.UserRole + 1).low  # none left: amber
    # 44 px touch rows; price and stock painted inside the list, never off to the right
    rect = sale.results.visualItemRect(sale.results.item(1))
    assert rect.height() >= 44 and rect.right() <= sale.results.viewport().width()
    assert sale.results.horizontalScrollBar().maximum() == 0
    qtbot.keyClick(sale.scan, Qt.Key.Key_Down)
    qtbot.keyClick(sale.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: sale.cart.rowCount() == 1, timeout=10_000)
    assert [ln.sku for ln in terminal.services.counter.current().lines] == [skus[1]]
    assert sale.lists.currentIndex() == 0 and sale.scan.hasFocus()


def test_a_scan_error_is_in_the_cashiers_words_and_clears_when_typing(qtbot, window,
                                                                       terminal):
    sign_in(qtbot, window, terminal.pin("cashier"))
    sale = window.sale
    scan(qtbot, window, "1234567890128")  # a valid EAN-13 nobody sells
    qtbot.waitUntil(lambda: sale.message.property("role") == "error", timeout=10_000)
    assert sale.message.text() == ("No product with barcode 1234567890128 — check the "
                                   "number or search by name")
    qtbot.keyClick(sale.scan, Qt.Key.Key_4)  # the cashier types: the error has been read
    assert sale.message.text() == ""
    qtbot.keyClick(sale.scan, Qt.Key.Key_Escape)
    assert sale.scan.text() == ""
    scan(qtbot, window, "1234567890123")  # a misread: the check digit is wrong
    qtbot.waitUntil(lambda: sale.message.property("role") == "error", timeout=10_000)
    assert sale.message.text() == ("Barcode 1234567890123 did not scan right (wrong check "
                                   "digit) — scan it again or type the number")
    # However long, a message keeps its two-line slot: the whole text is the tooltip.
    height = sale.message.height()
    sale.show_error(Exception(), "A very long message " * 40)
    assert sale.message.height() == height
    assert sale.message.shown_text().count("\n") <= 1 and "…" in sale.message.shown_text()
    assert sale.message.toolTip().startswith("A very long message")


def test_the_item_count_sits_by_the_total(qtbot, window, terminal):
    sign_in(qtbot, window, terminal.pin("cashier"))
    assert window.sale.item_count.text() == ""
    codes = terminal.barcodes(2)
    scan(qtbot, window, "3*")
    scan(qtbot, window, codes[0])
    scan(qtbot, window, codes[1])
    qtbot.waitUntil(lambda: window.sale.cart.rowCount() == 2, timeout=10_000)
    assert window.sale.item_count.text() == "4 items"
