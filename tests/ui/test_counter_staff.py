"""The counter's sign-in list follows the store's people: someone added (by the back
office, a `pos-app staff` command or a sync from another till) is there at the next
lock, and a leaver deactivated is gone from it and refused at once."""

from __future__ import annotations

from PySide6.QtCore import Qt

from pos_app.domain.permissions import Role
from tests.ui.test_counter_ui import sign_in, window

__all__ = ["window"]


def names(win) -> list[str]:
    return [win.login.staff.item(i).text() for i in range(win.login.staff.count())]


def test_people_added_and_deactivated_while_the_till_runs(qtbot, window, terminal):
    sign_in(qtbot, window, "1234")  # Alex Manager
    staff = terminal.services.staff
    alex = staff.find("Alex Manager")
    kim = staff.add_staff("Kim Lee", Role.CASHIER, "4242", by=alex.actor)
    staff.deactivate(staff.find("Jo Cashier").id, by=alex.actor)

    window.lock()
    qtbot.waitUntil(lambda: any("Kim Lee" in n for n in names(window)), timeout=10_000)
    assert not any("Jo Cashier" in n for n in names(window))

    qtbot.keyClicks(window.login.pin, "Kim")
    assert window.login.staff.chosen() == kim.id
    qtbot.keyClicks(window.login.pin, "4242")
    qtbot.keyClick(window.login.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sale, timeout=10_000)
