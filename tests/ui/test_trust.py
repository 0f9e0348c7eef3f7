"""Trust at the counter: approvals that cannot be guessed, sign-in that a restart or a
colleague's sign-in never resets, the back office under the same throttle, pay-outs and
the drawer within authority, and a lock screen that ignores scans. The counter service
first (the service is the guard), then the real widgets driven by keyboard and pad."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QPushButton
from sqlalchemy import text

from pos_app.app.backoffice import backoffice_authenticate
from pos_app.app.wiring import build_services, staff_service
from pos_app.domain.barcode import make_ean13
from pos_app.domain.clock import FixedClock
from pos_app.domain.errors import PermissionDenied
from pos_app.domain.throttle import PinLocked, PinWait
from pos_app.services.commission_reports import backoffice_sign_in
from pos_app.services.demo_data import DEMO_STAFF
from pos_app.services.staff import WRONG_PIN, Approval, WrongPin
from pos_app.ui.app_window import CounterWindow
from pos_app.ui.dialogs import ApprovalDialog
from pos_app.ui.login import SCAN_HINT
from pos_app.ui.stock_count import ApprovalRow
from pos_app.ui.worker import DbWorker
from tests.ui.conftest import Terminal, make_terminal
from tests.ui.test_counter_ui import answer_modal

T0 = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(T0)


@pytest.fixture
def terminal(tmp_path, clock):
    t = make_terminal(tmp_path / "data", clock=clock)
    yield t
    t.ctx.close()


def audited(t: Terminal, action: str) -> list[tuple[str | None, str | None, dict]]:
    with t.ctx.db.read() as conn:
        rows = conn.execute(text("SELECT actor, subject, detail FROM audit_log WHERE "
                                 "action = :a ORDER BY at, rowid"), {"a": action}).all()
    return [(a, s, json.loads(d)) for a, s, d in rows]


def guess_until_locked(clock: FixedClock, attempt) -> list[str]:
    """Wrong PINs, waiting exactly as long as each refusal says, until the lock."""
    said = []
    for n in range(100):
        try:
            attempt(f"{n:04d}" if f"{n:04d}" not in {p.pin for p in DEMO_STAFF} else "0999")
        except WrongPin as exc:
            said.append(str(exc))
            if exc.locked:
                return said
        except PinWait as exc:
            clock.advance(seconds=exc.wait_seconds)
    raise AssertionError("never locked")


# ---- the counter service ----------------------------------------------------------------


def test_approval_pins_cannot_be_guessed_and_every_guess_is_audited(terminal, clock):
    counter = terminal.services.counter
    cashier = terminal.login("cashier")
    counter.scan(terminal.barcodes(1)[0])
    pat = terminal.staff_id("supervisor")

    said = guess_until_locked(clock, lambda pin: counter.void(
        approver_pin=Approval(pat, pin)))
    assert len(said) == 10
    for text_ in said:  # never whose PIN, never their role
        assert text_.startswith(WRONG_PIN)
        assert "Pat" not in text_ and "supervisor" not in text_
    with pytest.raises(PinLocked):  # now even Pat's own PIN is not tried
        counter.void(approver_pin=terminal.approval("supervisor"))
    rows = audited(terminal, "login_failed")
    assert [(a, s, d["kind"], d["terminal"], d["failures"]) for a, s, d in rows] == [
        (cashier.id, pat, "approval", "T1", n) for n in range(1, 11)]
    assert counter.current().lines  # nothing was voided

    # A manager unlocks Pat from the counter; Pat's approval works again.
    assert counter.unlock_staff(pat, terminal.approval("manager")) == \
        "Pat Supervisor can sign in again"
    counter.void(approver_pin=terminal.approval("supervisor"))
    assert not counter.current().lines


def test_a_cashier_as_approver_gets_the_wrong_pin_answer_and_is_not_tried(terminal):
    counter = terminal.services.counter
    terminal.login("cashier")
    counter.scan(terminal.barcodes(1)[0])
    with pytest.raises(WrongPin) as info:
        counter.void(approver_pin=terminal.approval("cashier"))  # the right PIN, too low
    assert str(info.value) == WRONG_PIN
    assert terminal.services.staff.attempts(terminal.staff_id("cashier")).failures == 0


def test_sign_in_lock_survives_a_restart_and_colleagues_sign_ins(tmp_path, clock):
    t = make_terminal(tmp_path / "data", clock=clock)
    counter = t.services.counter
    alex = t.staff_id("manager")
    try:
        for n in range(5):  # a guess at Alex's PIN, then the cashier's own sign-in
            while True:
                try:
                    counter.login(f"{n:04d}", alex)
                except WrongPin:
                    break
                except PinWait as wait:
                    clock.advance(seconds=wait.wait_seconds)
            t.login("cashier")
            clock.advance(seconds=1)
    finally:
        t.ctx.close()
    # A restart: new context, services and database objects on the same data dir.
    again = make_terminal(tmp_path / "data", clock=clock)
    try:
        assert again.services.staff.attempts(alex).failures == 5
        with pytest.raises(PinWait):
            again.services.counter.login(again.pin("manager"), alex)
        assert again.services.staff.attempts(again.staff_id("cashier")).failures == 0
    finally:
        again.ctx.close()


def test_the_back_office_is_throttled_like_the_counter(terminal, clock):
    pat = terminal.staff_id("supervisor")
    sign_in = backoffice_authenticate(terminal.services.staff)
    said = guess_until_locked(clock, lambda pin: backoffice_sign_in(sign_in, pin, pat))
    assert len(said) == 10
    # The counter's sign-in shares the count: Pat is locked there as well.
    with pytest.raises(PinLocked):
        terminal.services.counter.login(terminal.pin("supervisor"), pat)
    # And a fresh back office (another process) on the same data dir.
    with pytest.raises(PinLocked):
        backoffice_authenticate(staff_service(terminal.ctx))(terminal.pin("supervisor"), pat)
    kinds = {d["kind"] for _, _, d in audited(terminal, "login_failed")}
    assert kinds == {"back_office"}
    with pytest.raises(WrongPin):  # a cashier may not open it: the PIN is not tried
        sign_in(terminal.pin("cashier"), terminal.staff_id("cashier"))


def test_a_pay_out_above_the_cashiers_limit_needs_approval(terminal):
    counter = terminal.services.counter
    cashier = terminal.login("cashier")
    counter.cash_in(50000, "Change from the safe")
    counter.cash_out(2000, "Milk for the staff room")  # 20.00: the cashier's own limit
    with pytest.raises(PermissionDenied, match=r"Manager approval needed: cash out of "
                                               r"20\.01 USD is above what a cashier"):
        counter.cash_out(2001, "Window cleaner")
    counter.cash_out(2001, "Window cleaner", terminal.approval("supervisor"))
    # Above the supervisor's limit (200.00) a supervisor cannot approve: not even tried.
    with pytest.raises(WrongPin, match=WRONG_PIN):
        counter.cash_out(20001, "Supplier", terminal.approval("supervisor"))
    counter.cash_out(20001, "Supplier", terminal.approval("manager"))
    with terminal.ctx.db.read() as conn:
        rows = conn.execute(text(
            "SELECT actor, approved_by, json_extract(detail, '$.amount') FROM audit_log "
            "WHERE action = 'cash_out' ORDER BY at, rowid")).all()
    assert [tuple(r) for r in rows] == [
        (cashier.id, None, 2000), (cashier.id, terminal.staff_id("supervisor"), 2001),
        (cashier.id, terminal.staff_id("manager"), 20001)]


def test_opening_the_drawer_without_a_sale_is_checked_by_the_service(terminal):
    counter = terminal.services.counter
    cashier = terminal.login("cashier")
    with pytest.raises(PermissionDenied, match="Manager approval needed: open drawer"):
        counter.open_drawer()
    assert counter.open_drawer(terminal.approval("supervisor")) == "Drawer opened"
    rows = audited(terminal, "open_drawer")
    assert [(a, s) for a, s, _ in rows] == [(cashier.id, None)]


# ---- the widgets ------------------------------------------------------------------------------


@pytest.fixture
def window(qtbot, terminal):
    worker = DbWorker()
    win = CounterWindow(counter=terminal.services.counter, worker=worker,
                        store_name="Demo Store", terminal_id="T1")
    win.resize(1366, 768)
    win.show()
    qtbot.waitUntil(lambda: win.login.staff.count() == 4, timeout=10_000)
    yield win
    qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
    win.close()
    win.deleteLater()
    worker.shutdown()


def type_into_focus(qtbot, keys: str) -> None:
    """As a scanner or a keyboard does: to whichever widget has the focus."""
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClicks(focused, keys)
    qtbot.keyClick(focused, Qt.Key.Key_Return)


@pytest.mark.parametrize("code", [make_ean13("400638133393"), "96385074"])  # EAN-13, EAN-8
@pytest.mark.parametrize("chosen", [False, True])
def test_a_scan_on_the_lock_screen_is_ignored_and_never_counted(qtbot, window, terminal,
                                                                code, chosen):
    window.lock()
    if chosen:  # even with a person chosen, a scan is not their PIN
        qtbot.keyClicks(window.login.pin, "Sam")
    window.activateWindow()
    window.login.pin.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.login.pin, timeout=5_000)
    type_into_focus(qtbot, code)
    assert window.login.message.text() == SCAN_HINT
    assert window.login.pin.text() == ""
    qtbot.wait(50)  # nothing was sent to the worker: nothing to wait for
    assert audited(terminal, "login_failed") == []
    for role in ("cashier", "manager"):
        assert terminal.services.staff.attempts(terminal.staff_id(role)).failures == 0
    # Signing in by keyboard still works right after.
    qtbot.keyClicks(window.login.pin, "Sam")
    qtbot.keyClicks(window.login.pin, terminal.pin("cashier"))
    qtbot.keyClick(window.login.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sale, timeout=10_000)


def test_a_pin_without_a_person_is_not_sent(qtbot, window, terminal):
    qtbot.keyClicks(window.login.pin, terminal.pin("manager"))
    qtbot.keyClick(window.login.pin, Qt.Key.Key_Return)
    assert "Choose your name first" in window.login.message.text()
    assert audited(terminal, "login_failed") == []


def test_the_lock_screen_counts_down_then_a_manager_unlocks(qtbot, window, terminal, clock):
    login = window.login
    sam = terminal.staff_id("cashier")

    def wrong() -> None:
        qtbot.keyClicks(login.pin, "Sam")
        qtbot.keyClicks(login.pin, "9999")
        qtbot.keyClick(login.pin, Qt.Key.Key_Return)

    for _ in range(3):
        wrong()
        qtbot.waitUntil(lambda: "Wrong PIN" in login.message.text(), timeout=10_000)
    assert "Too many wrong PINs; try again in 30 s" in login.message.text()
    assert login._countdown.isActive() and not login.unlock.isVisible()
    # The rest of the way to the lock, by the service (the clock moved past each wait).
    staff = terminal.services.staff
    for n in range(6):
        clock.advance(seconds=staff.attempts(sam).refusal(clock.now()).wait_seconds)
        with pytest.raises(WrongPin):
            staff.check_pin(sam, f"90{n:02d}", kind=staff_kind())
    clock.advance(seconds=4000)
    wrong()
    qtbot.waitUntil(login.unlock.isVisible, timeout=10_000)
    assert "a manager must unlock it" in login.message.text()

    def approve(dlg: ApprovalDialog) -> None:
        assert [dlg.approvers.item(i).text().split("  ·  ")[0]
                for i in range(dlg.approvers.count())] == ["Alex Manager"]
        qtbot.keyClicks(dlg.pin, "Alex")
        for digit in terminal.pin("manager"):
            qtbot.mouseClick(dlg.pad.buttons[digit], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dlg.pad.buttons["Enter"], Qt.MouseButton.LeftButton)

    timer = answer_modal(qtbot, ApprovalDialog, approve)
    qtbot.mouseClick(login.unlock, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Sam Cashier can sign in again" in login.message.text(),
                    timeout=10_000)
    timer.stop()
    assert not login.unlock.isVisible() and login.staff.chosen() == sam
    qtbot.keyClicks(login.pin, terminal.pin("cashier"))
    qtbot.keyClick(login.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sale, timeout=10_000)


def staff_kind():
    from pos_app.services.staff import AttemptKind

    return AttemptKind.SIGN_IN


def assert_touch_sized(buttons: list[QPushButton]) -> None:
    for b in buttons:
        assert b.isVisible(), b.text()
        assert b.width() >= 44 and b.height() >= 44, (b.text(), b.size())
        assert b.accessibleName(), b.text()


def test_every_pin_prompt_has_a_pad_with_touch_sized_named_keys(qtbot, window, terminal):
    assert_touch_sized(list(window.login.pad.buttons.values()))
    assert len(window.login.pad.buttons) == 12
    approvers = [(terminal.staff_id(r), n, r) for r, n in
                 (("manager", "Alex Manager"), ("supervisor", "Pat Supervisor"))]
    dlg = ApprovalDialog("void this sale", window, approvers)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    assert_touch_sized(list(dlg.pad.buttons.values()))
    for row in range(dlg.approvers.count()):
        assert dlg.approvers.visualItemRect(dlg.approvers.item(row)).height() >= 44
    assert dlg.pin.accessibleName() and dlg.approvers.accessibleName()
    dlg.reject()
    row = ApprovalRow("count stock", window, approvers)
    qtbot.addWidget(row)
    row.resize(1100, 200)
    row.ask()
    qtbot.waitExposed(row)
    assert_touch_sized(list(row.pad.buttons.values()))
    assert QSize(44, 44).width() <= min(b.width() for b in row.pad.buttons.values())


def test_the_approval_dialog_by_keyboard_and_by_pad(qtbot, window, terminal):
    approvers = [(terminal.staff_id("manager"), "Alex Manager", "manager"),
                 (terminal.staff_id("supervisor"), "Pat Supervisor", "supervisor")]
    dlg = ApprovalDialog("void this sale", window, approvers)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.keyClick(dlg.pin, Qt.Key.Key_Return)
    assert dlg.message.text() == "Choose who approves first" and dlg.isVisible()
    qtbot.keyClick(dlg.pin, Qt.Key.Key_Down)
    qtbot.keyClick(dlg.pin, Qt.Key.Key_Down)
    assert dlg.approvers.chosen() == terminal.staff_id("supervisor")
    qtbot.keyClicks(dlg.pin, make_ean13("400638133393"))  # a scan is not a PIN
    qtbot.keyClick(dlg.pin, Qt.Key.Key_Return)
    assert "scan" in dlg.message.text() and dlg.pin.text() == "" and dlg.isVisible()
    for digit in "33":
        qtbot.mouseClick(dlg.pad.buttons[digit], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dlg.pin, "33")
    with qtbot.waitSignal(dlg.accepted, timeout=5_000):
        qtbot.mouseClick(dlg.pad.buttons["Enter"], Qt.MouseButton.LeftButton)
    assert dlg.value() == Approval(terminal.staff_id("supervisor"), "3333")
    assert "3333" not in repr(dlg.value())


def test_the_counter_service_restarts_with_the_same_count(tmp_path, clock):
    """The throttle rows live in the database: a new Services on the same context sees
    them (what a second window or the back office process would)."""
    t = make_terminal(tmp_path / "data", clock=clock)
    try:
        sam = t.staff_id("cashier")
        for _ in range(3):
            with pytest.raises(WrongPin):
                t.services.counter.login("9999", sam)
        other = build_services(t.ctx)
        with pytest.raises(PinWait):
            other.counter.login(t.pin("cashier"), sam)
    finally:
        t.ctx.close()
