"""Checkout as full-screen steps of the counter window, driven by keyboard as a cashier
does (keys go to whichever field has the focus), judged from the database and the
screen."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from pos_app.app.wiring import terminal_status
from pos_app.domain.money import Money
from pos_app.domain.sale import TenderKind
from pos_app.services.cash_denominations import quick_cash
from pos_app.services.counter import ReturnChoice
from pos_app.services.demo_data import DEMO_STAFF
from pos_app.services.locale_format import LocaleFormat
from pos_app.services.sale_session import SaleSession
from pos_app.ui.app_window import CounterWindow
from pos_app.ui.checkout import Step
from pos_app.ui.dialogs import ApprovalDialog
from pos_app.ui.i18n import fmt, set_format
from pos_app.ui.worker import DbWorker
from tests.ui.conftest import make_terminal


def open_window(terminal):
    worker = DbWorker()
    win = CounterWindow(
        counter=terminal.services.counter, worker=worker, store_name="Demo Store",
        terminal_id="T1", demo_pins=[(p.name, p.role.value, p.pin) for p in DEMO_STAFF],
        status_fn=lambda: terminal_status(terminal.ctx))
    win.resize(1366, 768)
    win.show()
    return win, worker


def close_window(qtbot, win, worker):
    qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
    win.close()
    win.deleteLater()
    worker.shutdown()


@pytest.fixture
def window(qtbot, terminal):
    win, worker = open_window(terminal)
    yield win
    close_window(qtbot, win, worker)


def focused(win):
    """Where the keyboard goes: the window's focus widget."""
    return win.focusWidget()


def keys(qtbot, win, typed: str = "", *then: Qt.Key) -> None:
    """Type `typed`, then press each of `then`, into whatever has the focus (as a
    keyboard or a scanner would), letting the window answer between keys."""
    if typed:
        qtbot.keyClicks(focused(win), typed)
    for key in then:
        qtbot.keyClick(focused(win), key)


def sign_in(qtbot, win, pin):
    qtbot.waitUntil(lambda: win.login.staff.count() > 0, timeout=10_000)
    name = next(p.name for p in DEMO_STAFF if p.pin == pin)
    qtbot.keyClicks(win.login.pin, name.split()[0])
    qtbot.keyClicks(win.login.pin, pin)
    qtbot.keyClick(win.login.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.sale, timeout=10_000)
    qtbot.waitUntil(lambda: win.sale.view is not None, timeout=10_000)


def ring_up(qtbot, win, codes):
    for code in codes:
        keys(qtbot, win, code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.sale.cart.rowCount() == len(codes), timeout=10_000)
    qtbot.waitUntil(lambda: not win.worker.busy, timeout=10_000)


def to_checkout(qtbot, win):
    keys(qtbot, win, "", Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.checkout, timeout=10_000)
    qtbot.waitUntil(lambda: focused(win) is win.checkout.amount, timeout=5_000)
    qtbot.waitUntil(lambda: not win.worker.busy, timeout=10_000)


def settle(qtbot, win):
    qtbot.waitUntil(lambda: not win.worker.busy, timeout=10_000)


def payments(terminal):
    with terminal.ctx.db.read() as conn:
        return [tuple(r) for r in conn.execute(text(
            "SELECT kind, amount, tendered, change, reference FROM payment "
            "ORDER BY rowid")).all()]


def statuses(terminal):
    with terminal.ctx.db.read() as conn:
        return sorted(conn.execute(text("SELECT status FROM sale")).scalars())


def open_skus(terminal):
    """The lines of the open sale as stored (read back from the database)."""
    with terminal.ctx.db.read() as conn:
        sale_id = conn.execute(text("SELECT id FROM sale WHERE status = 'open'")).scalar_one()
    desk = terminal.services.desk
    stored = SaleSession.load(terminal.services.sales, sale_id, desk.rules, terminal.ctx.clock,
                              terminal.ctx.ids)  # not the desk's cached copy
    return [ln.sku for ln in stored.state.lines]


def money(minor, currency="USD"):
    return fmt().money(Money(minor, currency))


def test_split_tender_card_then_cash_60_enter_stores_cash_60_with_change(
        qtbot, window, terminal):
    sign_in(qtbot, window, terminal.pin("cashier"))
    ring_up(qtbot, window, terminal.barcodes(3))
    total = window.sale.view.total_minor
    assert 500 < total < 6000 + 500
    to_checkout(qtbot, window)
    co = window.checkout
    assert co.due.text() == money(total)

    # 5.00 on the card: the reference field takes input only after F2 (Card).
    assert not co.reference.isEnabled()
    keys(qtbot, window, "5", Qt.Key.Key_F2)
    assert focused(window) is co.reference
    keys(qtbot, window, "1234", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: co.tenders.count() == 1, timeout=10_000)
    # Back on the amount, the reference field shut again: "60" is money, not a reference.
    assert focused(window) is co.amount and not co.reference.isEnabled()
    keys(qtbot, window, "60", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: co.tenders.count() == 2, timeout=10_000)
    change = 6000 - (total - 500)
    assert co.step is Step.TENDER  # Enter with an amount typed never completes
    assert money(change) in co.due.text()
    assert "left" in co.tenders.item(0).text() and money(change) in co.tenders.item(1).text()

    keys(qtbot, window, "", Qt.Key.Key_Return)  # nothing typed, paid in full: complete
    qtbot.waitUntil(lambda: co.step is Step.DONE, timeout=10_000)
    assert co.headline.text() == f"Give {money(change)} change"
    assert co.headline.font().pointSize() > co.done_caption.font().pointSize()
    assert payments(terminal) == [("card", 500, 500, 0, "****1234"),
                                  ("cash", 6000 - change, 6000, change, None)]
    # The drawer opened at completion (cash), before any receipt was chosen.
    qtbot.waitUntil(lambda: b"\x1bp" in terminal.services.printer.output, timeout=10_000)
    assert b"Receipt 1" not in terminal.services.printer.output


def test_del_removes_the_selected_tender_even_while_an_amount_is_typed(
        qtbot, window, terminal):
    sign_in(qtbot, window, terminal.pin("cashier"))
    ring_up(qtbot, window, terminal.barcodes(2))
    to_checkout(qtbot, window)
    co = window.checkout
    keys(qtbot, window, "1", Qt.Key.Key_F2)
    keys(qtbot, window, "ABC123", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: co.tenders.count() == 1, timeout=10_000)
    keys(qtbot, window, "2", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: co.tenders.count() == 2, timeout=10_000)
    counter = terminal.services.counter
    assert [t.kind for t in counter.current().tenders] == [TenderKind.CARD, TenderKind.CASH]

    keys(qtbot, window, "7")  # typing the next amount...
    keys(qtbot, window, "", Qt.Key.Key_Up, Qt.Key.Key_Delete)  # ...Up chooses the card
    qtbot.waitUntil(lambda: co.tenders.count() == 1, timeout=10_000)
    assert [t.kind for t in counter.current().tenders] == [TenderKind.CASH]
    assert co.amount.text() == "7"  # Del did not eat the typed digit
    keys(qtbot, window, "", Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: co.tenders.count() == 0, timeout=10_000)
    assert counter.current().tenders == ()

    # Esc: first the typed amount, then back to the sale (nothing completed).
    keys(qtbot, window, "", Qt.Key.Key_Escape)
    assert co.amount.text() == "" and window.stack.currentWidget() is co
    keys(qtbot, window, "", Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sale, timeout=5_000)
    assert statuses(terminal) == ["open"]


def test_enter_with_an_amount_typed_adds_it_first_and_never_completes(
        qtbot, window, terminal):
    sign_in(qtbot, window, terminal.pin("cashier"))
    ring_up(qtbot, window, terminal.barcodes(1))
    total = window.sale.view.total_minor
    to_checkout(qtbot, window)
    co = window.checkout
    # Paid in full by card (F2 with nothing typed: all that is due).
    keys(qtbot, window, "", Qt.Key.Key_F2)
    keys(qtbot, window, "*4321", Qt.Key.Key_Return)
    qtbot.waitUntil(co.finish.isEnabled, timeout=10_000)
    # An amount typed now is a tender first: refused (paid in full), never a completion.
    keys(qtbot, window, "5", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "already paid in full" in co.message.text(), timeout=10_000)
    assert co.step is Step.TENDER and statuses(terminal) == ["open"]
    assert co.amount.text() == "5"  # what was typed is kept to correct
    keys(qtbot, window, "", Qt.Key.Key_Escape, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: co.step is Step.DONE, timeout=10_000)
    assert co.headline.text() == "No change"
    assert payments(terminal) == [("card", total, total, 0, "****4321")]


def test_a_card_reference_takes_an_approval_code_or_last_four_only(qtbot, window, terminal):
    sign_in(qtbot, window, terminal.pin("cashier"))
    ring_up(qtbot, window, terminal.barcodes(1))
    to_checkout(qtbot, window)
    co = window.checkout
    keys(qtbot, window, "", Qt.Key.Key_F2)
    keys(qtbot, window, "4111111111111111", Qt.Key.Key_Return)
    assert "full card number" in co.message.text()
    assert co.tenders.count() == 0 and focused(window) is co.reference
    co.reference.clear()
    keys(qtbot, window, "12", Qt.Key.Key_Return)
    assert "approval code" in co.message.text() and co.tenders.count() == 0
    keys(qtbot, window, "", Qt.Key.Key_Escape)  # the card is not taken after all
    assert focused(window) is co.amount and not co.reference.isEnabled()
    settle(qtbot, window)
    assert terminal.services.counter.current().tenders == ()


def test_a_scan_right_after_completion_starts_the_next_sale_with_that_item(
        qtbot, window, terminal):
    first, second = terminal.barcodes(2)
    sign_in(qtbot, window, terminal.pin("cashier"))
    ring_up(qtbot, window, [first])
    to_checkout(qtbot, window)
    co = window.checkout
    keys(qtbot, window, "", Qt.Key.Key_F1)  # exactly what is due, in cash
    qtbot.waitUntil(co.finish.isEnabled, timeout=10_000)
    keys(qtbot, window, "", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: co.step is Step.DONE, timeout=10_000)
    assert focused(window) is co.next_scan
    keys(qtbot, window, second, Qt.Key.Key_Return)  # the next customer's first item
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sale, timeout=5_000)
    qtbot.waitUntil(lambda: window.sale.cart.rowCount() == 1, timeout=10_000)
    settle(qtbot, window)
    assert statuses(terminal) == ["completed", "open"]
    assert open_skus(terminal) == [_sku(terminal, second)]
    # The default receipt choice (print) was applied to the completed sale.
    qtbot.waitUntil(lambda: b"Receipt 1" in terminal.services.printer.output,
                    timeout=10_000)


def test_a_scan_while_the_sale_is_being_saved_is_not_lost(qtbot, window, terminal):
    first, second = terminal.barcodes(2)
    sign_in(qtbot, window, terminal.pin("cashier"))
    ring_up(qtbot, window, [first])
    to_checkout(qtbot, window)
    co = window.checkout
    keys(qtbot, window, "", Qt.Key.Key_F1)
    qtbot.waitUntil(co.finish.isEnabled, timeout=10_000)
    gate = threading.Event()
    window.worker.submit(gate.wait)  # the database is busy a moment
    keys(qtbot, window, "", Qt.Key.Key_Return)
    assert co.step is Step.COMPLETING
    keys(qtbot, window, second, Qt.Key.Key_Return)  # scanned while saving
    assert statuses(terminal) == ["open"]
    gate.set()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sale, timeout=10_000)
    qtbot.waitUntil(lambda: window.sale.cart.rowCount() == 1, timeout=10_000)
    settle(qtbot, window)
    assert statuses(terminal) == ["completed", "open"]
    assert open_skus(terminal) == [_sku(terminal, second)]


def _sku(terminal, barcode):
    with terminal.ctx.db.read() as conn:
        return conn.execute(text("SELECT sku FROM variant WHERE barcode = :b"),
                            {"b": barcode}).scalar_one()


def _cash_sale_then_return(terminal, kind=TenderKind.CASH):
    counter = terminal.services.counter
    terminal.login("cashier")
    counter.scan(terminal.barcodes(1)[0])
    view = counter.current()
    if kind is TenderKind.CASH:
        counter.add_tender(kind, view.remaining_cash_minor)
    else:
        counter.add_tender(kind, view.remaining_minor, "AUTH01")
    done = counter.complete()
    counter.return_lines(done.receipt_no, {1: ReturnChoice(1, "Changed mind")})
    return counter.current()


def test_a_refund_reads_as_one_and_goes_back_to_the_original_tender(
        qtbot, window, terminal):
    refund = _cash_sale_then_return(terminal)
    assert refund.total_minor < 0
    sign_in(qtbot, window, terminal.pin("cashier"))
    qtbot.waitUntil(lambda: window.sale.view.total_minor < 0, timeout=10_000)
    assert window.sale.pay.text() == "Refund  F12"
    to_checkout(qtbot, window)
    co = window.checkout
    amount = money(-refund.remaining_cash_minor)
    assert co.due.text() == f"Refund {amount} — give cash"
    assert "original tender" in co.kind_buttons[TenderKind.CASH].text()
    assert "needs approval" in co.kind_buttons[TenderKind.CARD].text()
    assert not co.quick_buttons  # no quick cash on a refund
    assert "Pay" not in co.finish.text() and "refund" in co.finish.text().lower()
    keys(qtbot, window, "", Qt.Key.Key_Return)  # the default: back to cash
    qtbot.waitUntil(co.finish.isEnabled, timeout=10_000)
    keys(qtbot, window, "", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: co.step is Step.DONE, timeout=10_000)
    assert co.headline.text() == f"Give {amount} cash"
    assert "Refund complete" in co.done_caption.text()
    assert payments(terminal)[-1][:2] == ("cash", refund.remaining_cash_minor)


def test_a_refund_to_another_tender_asks_for_approval_in_place(qtbot, window, terminal):
    from tests.ui.test_counter_ui import answer_modal

    refund = _cash_sale_then_return(terminal)
    sign_in(qtbot, window, terminal.pin("cashier"))
    qtbot.waitUntil(lambda: window.sale.view.total_minor < 0, timeout=10_000)
    to_checkout(qtbot, window)
    co = window.checkout

    def approve(dlg):
        qtbot.keyClicks(dlg.pin, "Alex")  # the manager, chosen by the first letters
        dlg.pin.setText(terminal.pin("manager"))
        dlg._accept()

    t = answer_modal(qtbot, ApprovalDialog, approve)
    keys(qtbot, window, "", Qt.Key.Key_F2)  # card, though the sale was paid in cash
    keys(qtbot, window, "RF1234", Qt.Key.Key_Return)
    qtbot.waitUntil(co.finish.isEnabled, timeout=10_000)
    t.stop()
    keys(qtbot, window, "", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: co.step is Step.DONE, timeout=10_000)
    manager = terminal.staff_id("manager")
    with terminal.ctx.db.read() as conn:
        state = conn.execute(text("SELECT kind, amount, reference FROM payment "
                                  "WHERE amount < 0")).one()
    assert tuple(state) == ("card", refund.total_minor, "RF1234")
    tender = next(t for t in terminal.services.desk.session(refund.sale_id).state.tenders)
    assert tender.approved_by == manager


def test_receipt_choice_is_remembered_for_the_store(qtbot, tmp_path):
    terminal = make_terminal(tmp_path / "data")
    win, worker = open_window(terminal)
    try:
        sign_in(qtbot, win, terminal.pin("cashier"))
        printer = terminal.services.printer
        codes = terminal.barcodes(3)
        for n, code in enumerate(codes[:2], start=1):
            ring_up(qtbot, win, [code])
            to_checkout(qtbot, win)
            keys(qtbot, win, "", Qt.Key.Key_F1)
            qtbot.waitUntil(win.checkout.finish.isEnabled, timeout=10_000)
            keys(qtbot, win, "", Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: win.checkout.step is Step.DONE, timeout=10_000)
            if n == 1:
                assert win.checkout.receipt_default == "print"
                keys(qtbot, win, "", Qt.Key.Key_F2)  # "No receipt", chosen
            else:
                # Remembered: Enter now means no receipt.
                assert "No receipt" in win.checkout.done_hint.text()
                keys(qtbot, win, "", Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: win.stack.currentWidget() is win.sale, timeout=5_000)
            settle(qtbot, win)
        assert b"Receipt 1" not in printer.output and b"Receipt 2" not in printer.output
        assert "receipt #2" in win.sale.message.text()
        with terminal.ctx.db.read() as conn:
            stored = conn.execute(text("SELECT value FROM setting WHERE key = "
                                       "'checkout.receipt_default'")).scalar_one()
        assert stored == "none"
    finally:
        close_window(qtbot, win, worker)
        terminal.ctx.close()

    # After a restart the till still offers no receipt first; Print (F1) is one key.
    terminal = make_terminal(tmp_path / "data")
    win, worker = open_window(terminal)
    try:
        sign_in(qtbot, win, terminal.pin("cashier"))
        ring_up(qtbot, win, [codes[2]])
        to_checkout(qtbot, win)
        keys(qtbot, win, "", Qt.Key.Key_F1)
        qtbot.waitUntil(win.checkout.finish.isEnabled, timeout=10_000)
        keys(qtbot, win, "", Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: win.checkout.step is Step.DONE, timeout=10_000)
        assert win.checkout.receipt_default == "none"
        assert not win.checkout.receipt_buttons["email"].isEnabled()
        keys(qtbot, win, "", Qt.Key.Key_F1)
        qtbot.waitUntil(lambda: b"Receipt 3" in terminal.services.printer.output,
                        timeout=10_000)
        qtbot.waitUntil(lambda: "printed" in win.sale.message.text(), timeout=10_000)
        settle(qtbot, win)
        assert terminal.services.counter.receipt_default() == "print"
    finally:
        close_window(qtbot, win, worker)
        terminal.ctx.close()


def test_jpy_quick_cash_in_real_notes_and_no_decimal_key(qtbot, tmp_path):
    (tmp_path / "config.toml").write_text(
        '[terminal]\nid = "T1"\n\n[printer]\ndevice = "dummy"\n\n'
        '[store]\ncurrency = "JPY"\nlocale = "ja_JP"\ntimezone = "Asia/Tokyo"\n',
        encoding="utf-8")
    terminal = make_terminal(tmp_path / "data")
    set_format(LocaleFormat("ja_JP", "Asia/Tokyo", "JPY"))
    win, worker = open_window(terminal)
    try:
        sign_in(qtbot, win, terminal.pin("cashier"))
        ring_up(qtbot, win, terminal.barcodes(4))
        to_checkout(qtbot, win)
        co = win.checkout
        due = win.sale.view.remaining_cash_minor
        offered = [amount for _b, amount in co.quick_buttons]
        assert offered == quick_cash(due, "JPY")
        assert all(a % 1000 == 0 for a in offered[1:])
        assert co.quick_buttons[1][0].text().splitlines() == [money(offered[1], "JPY"), "F6"]
        assert "." not in co.pad_buttons and "," not in co.pad_buttons
        keys(qtbot, win, "12.5")  # no decimals in yen: the separator is refused
        assert co.amount.text() == "125"
        keys(qtbot, win, "", Qt.Key.Key_Escape, Qt.Key.Key_F6)  # the first round-up
        qtbot.waitUntil(co.finish.isEnabled, timeout=10_000)
        keys(qtbot, win, "", Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: co.step is Step.DONE, timeout=10_000)
        assert co.headline.text() == f"Give {money(offered[1] - due, 'JPY')} change"
        assert payments(terminal) == [("cash", due, offered[1], offered[1] - due, None)]
    finally:
        set_format(LocaleFormat())
        close_window(qtbot, win, worker)
        terminal.ctx.close()


def test_printer_offline_after_print_is_said_on_the_sale_screen(qtbot, tmp_path):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    (tmp_path / "config.toml").write_text(
        f'[terminal]\nid = "T1"\n\n[printer]\ndevice = "network:127.0.0.1:{port}"\n',
        encoding="utf-8")
    terminal = make_terminal(tmp_path / "data")
    win, worker = open_window(terminal)
    try:
        sign_in(qtbot, win, terminal.pin("cashier"))
        ring_up(qtbot, win, terminal.barcodes(1))
        to_checkout(qtbot, win)
        co = win.checkout
        keys(qtbot, win, "0.01", Qt.Key.Key_Return)  # not enough
        qtbot.waitUntil(lambda: co.tenders.count() == 1, timeout=10_000)
        keys(qtbot, win, "", Qt.Key.Key_Return)  # nothing typed, not paid: a hint
        assert "Type the amount handed over" in co.message.text()
        co.complete()  # the button, were it enabled: the sale refuses
        qtbot.waitUntil(lambda: "Not enough tendered" in co.message.text(), timeout=10_000)
        assert co.step is Step.TENDER
        keys(qtbot, win, "", Qt.Key.Key_F1)
        qtbot.waitUntil(co.finish.isEnabled, timeout=10_000)
        keys(qtbot, win, "", Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: co.step is Step.DONE, timeout=15_000)
        # The drawer (cash) could not open: said where the cashier is looking.
        qtbot.waitUntil(lambda: "drawer did not open" in co.done_message.text(),
                        timeout=15_000)
        keys(qtbot, win, "", Qt.Key.Key_F1)  # print
        qtbot.waitUntil(lambda: "Ctrl+R reprints" in win.sale.message.text(),
                        timeout=15_000)
        assert "Printer offline" in win.sale.message.text()
        assert "The sale is complete" in win.sale.message.text()
        assert QApplication.activeModalWidget() is None
        assert statuses(terminal) == ["completed", "open"] or \
            statuses(terminal) == ["completed"]
    finally:
        close_window(qtbot, win, worker)
        terminal.ctx.close()


INNER = "POS_CHECKOUT_SCREEN"


@pytest.mark.parametrize("screen", ["1024x768", "1366x768", "1920x1080@150%"])
def test_checkout_steps_fit_the_screen_with_touch_sized_keys(screen, tmp_path):
    """Each step on a store's real screen size (its own offscreen process, see
    tests/ui/geometry.py): the window no larger than the screen, every key and figure
    fully visible with its label whole, 44 px or more, and named for accessibility.
    POS_CHECKOUT_PNG=DIR keeps a PNG of each step."""
    from tests.ui.geometry import run_on_screen, screen_env

    run_on_screen(__file__, "test_inner_checkout_on_this_screen", screen_env(screen, tmp_path),
                  tmp_path, **{INNER: screen})


def _grab(win, name):
    folder = os.environ.get("POS_CHECKOUT_PNG")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        screen = os.environ[INNER].replace("%", "pct")
        win.grab().save(str(Path(folder) / f"checkout-{screen}-{name}.png"))


@pytest.mark.skipif(INNER not in os.environ, reason="runs in the screen's own process")
def test_inner_checkout_on_this_screen(qtbot, tmp_path):
    from tests.ui.geometry import assert_fits

    terminal = make_terminal(tmp_path / "data")
    refund = _cash_sale_then_return(terminal)
    terminal.services.counter.hold()
    win, worker = open_window(terminal)
    try:
        win.showMaximized()
        qtbot.waitExposed(win)
        sign_in(qtbot, win, terminal.pin("cashier"))
        ring_up(qtbot, win, terminal.barcodes(6)[2:])
        to_checkout(qtbot, win)
        co = win.checkout
        keys(qtbot, win, "5", Qt.Key.Key_F2)
        keys(qtbot, win, "1234", Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: co.tenders.count() == 1, timeout=10_000)
        keys(qtbot, win, "1.5")
        settle(qtbot, win)
        qtbot.wait(50)

        def tender_widgets():
            return [co.due, co.amount, co.finish, co.remove_btn, co.back_btn,
                    *co.kind_buttons.values(), *co.pad_buttons.values(),
                    *(b for b, _a in co.quick_buttons), win.statusBar()]

        assert_fits(win, tender_widgets())
        assert len(co.quick_buttons) == 4
        for w in tender_widgets()[1:-1]:
            assert w.accessibleName(), w
        _grab(win, "tender")
        keys(qtbot, win, "", Qt.Key.Key_Return)  # 1.50 in cash
        keys(qtbot, win, "100", Qt.Key.Key_Return)
        qtbot.waitUntil(co.finish.isEnabled, timeout=10_000)
        settle(qtbot, win)
        assert_fits(win, [co.due, co.finish, co.remove_btn, co.summary, win.statusBar()])
        _grab(win, "paid")
        keys(qtbot, win, "", Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: co.step is Step.DONE, timeout=10_000)
        settle(qtbot, win)
        qtbot.wait(50)
        done = [co.headline, co.done_caption, co.next_scan, co.pdf_btn,
                *co.receipt_buttons.values(), win.statusBar()]
        assert_fits(win, done)
        for w in done[2:-1]:
            assert w.accessibleName(), w
        _grab(win, "change")
        keys(qtbot, win, "", Qt.Key.Key_F2)
        qtbot.waitUntil(lambda: win.stack.currentWidget() is win.sale, timeout=5_000)
        settle(qtbot, win)

        # ---- a refund ----
        terminal.services.counter.resume(refund.sale_id)
        win.sale.refresh()
        qtbot.waitUntil(lambda: win.sale.view.total_minor < 0, timeout=10_000)
        assert_fits(win, [win.sale.pay])
        to_checkout(qtbot, win)
        qtbot.wait(50)
        assert co.due.text().startswith("Refund ")
        assert_fits(win, tender_widgets())
        _grab(win, "refund")
        keys(qtbot, win, "", Qt.Key.Key_Return)
        qtbot.waitUntil(co.finish.isEnabled, timeout=10_000)
        keys(qtbot, win, "", Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: co.step is Step.DONE, timeout=10_000)
        settle(qtbot, win)
        qtbot.wait(50)
        assert_fits(win, done)
        _grab(win, "refund-done")
    finally:
        close_window(qtbot, win, worker)
        terminal.ctx.close()


def test_the_drawer_opens_once_for_the_cash_sale_just_completed_never_without_one(terminal):
    counter = terminal.services.counter
    printer = terminal.services.printer
    terminal.login("cashier")
    assert not counter.open_drawer_for_sale(1)  # no sale: no drawer
    counter.scan(terminal.barcodes(1)[0])
    counter.add_tender(TenderKind.CASH, counter.current().remaining_cash_minor)
    done = counter.complete()
    assert counter.open_drawer_for_sale(done.receipt_no)
    assert printer.output.count(b"\x1bp") == 1
    assert not counter.open_drawer_for_sale(done.receipt_no)  # once
    counter.print_receipt(done.receipt_no, drawer=False)  # the receipt, no second kick
    assert printer.output.count(b"\x1bp") == 1 and b"Receipt 1" in printer.output


def test_locked_on_the_receipt_step_the_default_choice_is_applied(qtbot, window, terminal):
    sign_in(qtbot, window, terminal.pin("cashier"))
    ring_up(qtbot, window, terminal.barcodes(1))
    to_checkout(qtbot, window)
    co = window.checkout
    keys(qtbot, window, "", Qt.Key.Key_F1)
    qtbot.waitUntil(co.finish.isEnabled, timeout=10_000)
    keys(qtbot, window, "", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: co.step is Step.DONE, timeout=10_000)
    window.lock()  # the idle auto-lock, say
    assert window.stack.currentWidget() is window.login
    qtbot.waitUntil(lambda: b"Receipt 1" in terminal.services.printer.output, timeout=10_000)
    sign_in(qtbot, window, terminal.pin("cashier"))  # back on the sale screen
    assert co.step is Step.TENDER
