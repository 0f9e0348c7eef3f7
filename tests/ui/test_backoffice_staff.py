"""The back office's Staff section through its real widgets, driven with keys as a
manager would: add someone (name, role, a PIN typed twice), change a PIN on the pad,
give a role, deactivate a leaver (refused at sign-in at once), bring them back; the
section is for managers only, and the service refuses what the role may not do."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from pos_app.domain.permissions import Role
from pos_app.services.staff import AttemptKind, WrongPin
from pos_app.ui.backoffice import BackOfficeWindow
from pos_app.ui.backoffice.staff import ConfirmDialog, StaffDialog, StaffPage
from pos_app.ui.worker import DbWorker
from tests.ui.test_backoffice_commission import close_window, shop

__all__ = ["shop"]


def make_staff_window(qtbot, shop, role: str = "manager"):
    reports, plans = shop.backoffice()
    worker = DbWorker()
    win = BackOfficeWindow(reports=reports, plans=plans, worker=worker, store_name="Demo Store",
                           actor=shop.actor(role), staff=shop.services.staff,
                           today=shop.ctx.clock.now().date())
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    return win, worker


def open_staff(qtbot, win, worker) -> StaffPage:
    win.show_section("Staff")
    page = win.staff
    assert page is not None
    qtbot.waitUntil(lambda: page.listing is not None and not worker.busy, timeout=10_000)
    return page


def drive(qtbot, steps: Callable[[QDialog], None]) -> Callable[[QDialog], bool]:
    """Show the dialog (not modal: the test's event loop runs it) and type into it."""

    def ask(dlg: QDialog) -> bool:
        qtbot.addWidget(dlg)
        dlg.show()
        dlg.activateWindow()
        qtbot.waitExposed(dlg)
        steps(dlg)
        return dlg.result() == QDialog.DialogCode.Accepted

    return ask


def type_pin(qtbot, dlg: StaffDialog, pin: str, again: str | None = None) -> None:
    assert dlg.pin_box is not None
    field = dlg.pin_box.field
    field.setFocus()
    qtbot.keyClicks(field, pin)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.keyClicks(field, pin if again is None else again)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def settled(qtbot, page: StaffPage, worker) -> None:
    """The list read again, and the back office the active window again (as when a
    dialog closes), so its keys reach the page."""
    qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
    qtbot.waitUntil(lambda: page.listing is not None and not worker.busy, timeout=10_000)
    page.window().activateWindow()
    qtbot.waitUntil(page.window().isActiveWindow, timeout=5_000)


def test_a_manager_adds_changes_and_deactivates_staff(qtbot, shop):
    win, worker = make_staff_window(qtbot, shop)
    messages: list[tuple[str, bool]] = []
    try:
        page = open_staff(qtbot, win, worker)
        page.message.connect(lambda text, err: messages.append((text, err)))
        assert "Staff" in win.section_titles()
        assert not win.filters.isVisible() and not win.banner.isVisible()
        names = {row[0] for row in page.rows_text()}
        assert {"Alex Manager", "Sam Cashier"} <= names

        # Add: name, Enter, role picked with the keyboard, the PIN typed twice.
        def add(dlg: QDialog) -> None:
            assert isinstance(dlg, StaffDialog) and dlg.name is not None
            assert dlg.role is not None
            qtbot.keyClicks(dlg.name, "Kim Lee")
            qtbot.keyClick(dlg.name, Qt.Key.Key_Return)
            assert dlg.pin_box is not None and dlg.focusWidget() is dlg.pin_box.field
            # A manager may give roles up to their own, not owner.
            assert [dlg.role.itemData(i) for i in range(dlg.role.count())] == \
                [Role.CASHIER, Role.SUPERVISOR, Role.MANAGER]
            type_pin(qtbot, dlg, "4242", again="4243")  # not the same: asked again
            assert "not the same" in dlg.pin_box.message.text()
            assert dlg.result() != QDialog.DialogCode.Accepted
            type_pin(qtbot, dlg, "4242")

        page._ask = drive(qtbot, add)
        qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: any("Kim Lee added" in m for m, _ in messages),
                        timeout=10_000)
        settled(qtbot, page, worker)
        assert ["Kim Lee", "Cashier", "Active"] in page.rows_text()
        staff = shop.services.staff
        kim = staff.find("Kim Lee")
        assert staff.check_pin(kim.id, "4242", kind=AttemptKind.SIGN_IN).role is Role.CASHIER

        # Change Kim's PIN on the pad.
        settled(qtbot, page, worker)
        page.select("Kim Lee")

        def new_pin(dlg: QDialog) -> None:
            assert isinstance(dlg, StaffDialog) and dlg.pin_box is not None
            for key in "8080":
                dlg.pin_box.pad.buttons[key].click()
            dlg.pin_box.pad.buttons["Enter"].click()
            for key in "8080":
                dlg.pin_box.pad.buttons[key].click()
            dlg.pin_box.pad.buttons["Enter"].click()

        page._ask = drive(qtbot, new_pin)
        qtbot.keyClick(page, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: any("Kim Lee has a new PIN" in m for m, _ in messages),
                        timeout=10_000)
        assert staff.check_pin(kim.id, "8080", kind=AttemptKind.SIGN_IN).id == kim.id

        # A role, picked with the arrow keys and saved with Enter.
        settled(qtbot, page, worker)
        page.select("Kim Lee")

        def supervisor(dlg: QDialog) -> None:
            assert isinstance(dlg, StaffDialog) and dlg.role is not None
            dlg.role.setFocus()
            qtbot.keyClick(dlg.role, Qt.Key.Key_Down)
            qtbot.keyClick(dlg, Qt.Key.Key_Return)

        page._ask = drive(qtbot, supervisor)
        qtbot.keyClick(page, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: any("Kim Lee is now" in m for m, _ in messages),
                        timeout=10_000)
        settled(qtbot, page, worker)
        assert ["Kim Lee", "Supervisor", "Active"] in page.rows_text()

        # Deactivate: refused at sign-in at once; shown among leavers.
        settled(qtbot, page, worker)
        page.select("Kim Lee")

        def confirm(dlg: QDialog) -> None:
            assert isinstance(dlg, ConfirmDialog)
            qtbot.keyClick(dlg, Qt.Key.Key_Return)

        page._ask = drive(qtbot, confirm)
        qtbot.keyClick(page, Qt.Key.Key_Delete)
        qtbot.waitUntil(lambda: any("Kim Lee is deactivated" in m for m, _ in messages),
                        timeout=10_000)
        with pytest.raises(WrongPin):
            staff.check_pin(kim.id, "8080", kind=AttemptKind.SIGN_IN)
        settled(qtbot, page, worker)
        assert "Kim Lee" not in {row[0] for row in page.rows_text()}
        settled(qtbot, page, worker)
        qtbot.keyClick(page, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: ["Kim Lee", "Supervisor", "Deactivated"] in page.rows_text(),
                        timeout=10_000)

        # Bring back, with a new PIN.
        settled(qtbot, page, worker)
        page.select("Kim Lee")
        assert page.back_button.isEnabled() and not page.off_button.isEnabled()

        def back(dlg: QDialog) -> None:
            assert isinstance(dlg, StaffDialog)
            type_pin(qtbot, dlg, "5151")

        page._ask = drive(qtbot, back)
        qtbot.keyClick(page, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: any("Kim Lee is back" in m for m, _ in messages),
                        timeout=10_000)
        assert staff.check_pin(kim.id, "5151", kind=AttemptKind.SIGN_IN).id == kim.id

        # The last manager cannot be deactivated: the service says why.
        settled(qtbot, page, worker)
        page.select("Alex Manager")
        page._ask = drive(qtbot, confirm)
        qtbot.keyClick(page, Qt.Key.Key_Delete)
        qtbot.waitUntil(lambda: any(err and "last manager" in m for m, err in messages),
                        timeout=10_000)
        for b in (page.add_button, page.pin_button, page.role_button, page.off_button,
                  page.back_button):
            assert b.minimumWidth() >= 44 and b.minimumHeight() >= 44
            assert b.accessibleName()
    finally:
        close_window(qtbot, win, worker)


def test_the_section_is_for_managers_only(qtbot, shop):
    win, worker = make_staff_window(qtbot, shop, role="supervisor")
    try:
        assert "Staff" not in win.section_titles()
        assert win.staff is None
    finally:
        close_window(qtbot, win, worker)
