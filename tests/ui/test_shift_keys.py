"""The counter's till dialogs (F10) by keyboard: every button shows its key (its own
shortcut, or Enter on the default button), no two live keys are the same, and the keys
do what they say, judged by what the database holds: F2 pays in, F3 pays out, F4 shows
the X report (Esc closes it), F12 closes the shift with its Z report, Esc goes back, and
with no shift open F10 offers the open-shift dialog, where Enter opens one with the
typed float and Esc opens none. Every dialog is reached as the cashier reaches it: F10
from the counter window, keys to the focused widget."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QToolButton, QWidget
from sqlalchemy import text

from tests.ui.conftest import Terminal
from tests.ui.test_backoffice_keys import PORTABLE, _shown, live_keys
from tests.ui.test_counter_ui import answer_modal, sign_in, window  # noqa: F401

pytestmark = pytest.mark.timeout(120)


def shift_key_problems(dialog: QWidget, where: str) -> list[str]:
    """What test_backoffice_keys.key_problems says of a screen, for a dialog: a button
    without its own shortcut may be the default one, whose key is Enter."""
    out = []
    for b in dialog.findChildren(QPushButton) + dialog.findChildren(QToolButton):
        if not b.isVisible() or b.window() is not dialog:
            continue
        own = b.shortcut().toString(PORTABLE)
        key = own or ("Enter" if isinstance(b, QPushButton) and b.isDefault() else "")
        if not key or not _shown(key, b):
            out.append(f"{where}: {b.text()!r} has no key shown (own: {own!r})")
    seen: dict[str, str] = {}
    for key, owner, _context in live_keys(dialog):
        if key in seen:
            out.append(f"{where}: {key} is both {seen[key]} and {owner} (ambiguous)")
        seen[key] = owner
    return out


def key(qtbot, k: Qt.Key) -> None:
    """A key to whatever has the keyboard, as the cashier presses it."""
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, k)


def key_clicks(qtbot, typed: str) -> None:
    """Text typed into whatever has the keyboard."""
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClicks(focused, typed)


def counter_key(qtbot, win: QWidget, k: Qt.Key) -> None:
    """A key pressed at the counter: its window active again (after a dialog closes, a
    window manager's job; the offscreen platform leaves no window active, and a window
    shortcut such as F10 only answers in the active window), then the key to whatever
    has the keyboard there."""
    ready(qtbot, win)
    key(qtbot, k)


def ready(qtbot, dlg: QWidget) -> None:
    """A dialog just shown has the keyboard once its window is the active one."""
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow, timeout=5_000)


def movements(terminal: Terminal) -> list[tuple]:
    with terminal.ctx.db.read() as conn:
        return [tuple(r) for r in conn.execute(text(
            "SELECT kind, amount, reason FROM cash_movement ORDER BY at, id")).all()]


def open_shifts(terminal: Terminal) -> list[tuple]:
    with terminal.ctx.db.read() as conn:
        return [tuple(r) for r in conn.execute(text(
            "SELECT float_minor FROM shift WHERE status = 'open'")).all()]


def z_reports(terminal: Terminal) -> int:
    with terminal.ctx.db.read() as conn:
        return int(conn.execute(text("SELECT count(*) FROM z_report")).scalar_one())


def test_every_till_button_shows_its_key_and_the_keys_do_it(qtbot, window,  # noqa: F811
                                                            terminal):
    from pos_app.ui.shift import OpenShiftDialog, ReportView, ShiftDialog

    sign_in(qtbot, window, terminal.pin("manager"))
    assert open_shifts(terminal), "the demo terminal starts with a shift open"
    before = movements(terminal)
    found: list[str] = []
    seen: dict[str, object] = {}

    def report(which: str) -> Callable[[ReportView], None]:
        """The X or Z report read, its keys checked, and closed with Esc."""
        def answer(dlg: ReportView) -> None:
            ready(qtbot, dlg)
            found.extend(shift_key_problems(dlg, f"{which.upper()} report"))
            seen[which] = dlg.text.toPlainText()
            key(qtbot, Qt.Key.Key_Escape)  # Close (Esc)
        return answer

    def till(dlg: ShiftDialog) -> None:
        ready(qtbot, dlg)
        found.extend(shift_key_problems(dlg, "shift"))
        dlg.amount.setFocus()
        qtbot.keyClicks(dlg.amount, "20.00")
        dlg.reason.setFocus()
        qtbot.keyClicks(dlg.reason, "change from bank")
        key(qtbot, Qt.Key.Key_F2)  # Cash in (F2)
        # Said once the till has it (and the fields are cleared for the next one).
        qtbot.waitUntil(lambda: dlg.message.text() == "Cash in recorded", timeout=10_000)
        assert len(movements(terminal)) == len(before) + 1
        dlg.amount.setFocus()
        qtbot.keyClicks(dlg.amount, "5.00")
        dlg.reason.setFocus()
        qtbot.keyClicks(dlg.reason, "window cleaner")
        key(qtbot, Qt.Key.Key_F3)  # Cash out (F3)
        qtbot.waitUntil(lambda: dlg.message.text() == "Cash out recorded", timeout=10_000)
        assert len(movements(terminal)) == len(before) + 2
        t = answer_modal(qtbot, ReportView, report("x"))
        key(qtbot, Qt.Key.Key_F4)  # X report (F4)
        qtbot.waitUntil(lambda: "x" in seen, timeout=10_000)
        t.stop()
        ready(qtbot, dlg)  # back to the till dialog (a window manager's job offscreen)
        for edit in dlg.counts.values():
            edit.setFocus()
            qtbot.keyClicks(edit, "100.00")
        t = answer_modal(qtbot, ReportView, report("z"))
        key(qtbot, Qt.Key.Key_F12)  # Close shift and print Z report (F12)
        qtbot.waitUntil(lambda: "z" in seen, timeout=10_000)
        t.stop()
        seen["till_result"] = dlg.result()

    t1 = answer_modal(qtbot, ShiftDialog, till)
    counter_key(qtbot, window, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: "till_result" in seen, timeout=30_000)
    t1.stop()
    assert movements(terminal)[len(before):] == [("in", 2000, "change from bank"),
                                                  ("out", 500, "window cleaner")]
    assert "X" in str(seen["x"])
    assert open_shifts(terminal) == [] and z_reports(terminal) == 1
    assert "Z" in str(seen["z"])

    # No shift open: F10 from the counter offers the open-shift dialog; the float typed
    # and Enter opens the shift with it.
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=10_000)

    def opener(dlg: OpenShiftDialog) -> None:
        ready(qtbot, dlg)
        found.extend(shift_key_problems(dlg, "open shift"))
        assert QApplication.focusWidget() is dlg.float_edit
        key_clicks(qtbot, "150.00")
        key(qtbot, Qt.Key.Key_Return)  # Open shift (Enter)
        qtbot.waitUntil(lambda: open_shifts(terminal) == [(15000,)], timeout=10_000)
        seen["opened"] = dlg

    t = answer_modal(qtbot, OpenShiftDialog, opener)
    counter_key(qtbot, window, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: "opened" in seen, timeout=30_000)
    t.stop()
    qtbot.waitUntil(lambda: not seen["opened"].isVisible(), timeout=10_000)

    # Esc on the till dialog (F10 again, a shift now open) goes back and changes nothing.
    count = len(movements(terminal))

    def back(dlg: ShiftDialog) -> None:
        ready(qtbot, dlg)
        found.extend(shift_key_problems(dlg, "shift (open)"))
        dlg.amount.setFocus()
        key_clicks(qtbot, "7.00")
        key(qtbot, Qt.Key.Key_Escape)  # Back (Esc)
        qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=10_000)
        seen["back_result"] = dlg.result()

    t = answer_modal(qtbot, ShiftDialog, back)
    counter_key(qtbot, window, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: "back_result" in seen, timeout=30_000)
    t.stop()
    assert seen["back_result"] == 0
    assert len(movements(terminal)) == count and open_shifts(terminal) == [(15000,)]
    assert found == [], "\n".join(found)


def test_opening_a_shift_cancels_with_esc(qtbot, window, terminal):  # noqa: F811
    """Esc on the open-shift dialog (F10 with no shift open) opens nothing (the button
    says so)."""
    from pos_app.ui.shift import OpenShiftDialog

    sign_in(qtbot, window, terminal.pin("manager"))
    counter = terminal.services.counter
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=10_000)
    counter.close_shift({tender: 0 for tender in counter.shift().to_count})
    shifts = open_shifts(terminal)
    assert shifts == []
    seen: dict[str, object] = {}

    def cancel(dlg: OpenShiftDialog) -> None:
        ready(qtbot, dlg)
        assert QApplication.focusWidget() is dlg.float_edit
        key_clicks(qtbot, "99.00")
        seen["problems"] = shift_key_problems(dlg, "open shift")
        key(qtbot, Qt.Key.Key_Escape)  # a button's key clicks it (animated): wait for it
        qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=5_000)
        seen["result"] = dlg.result()

    t = answer_modal(qtbot, OpenShiftDialog, cancel)
    counter_key(qtbot, window, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: "result" in seen, timeout=30_000)
    t.stop()
    assert seen["problems"] == []
    assert seen["result"] == 0 and open_shifts(terminal) == shifts
