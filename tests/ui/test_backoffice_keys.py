"""Every back-office action is reachable from the keyboard, its key shown: each visible
QPushButton/QToolButton on every section (and the commission drill-down) has a key (its
own shortcut, an &-mnemonic, or a shortcut of its screen) named in its label or tooltip,
and no two keys live at once on one screen are the same (Qt fires neither of an
ambiguous pair). The sidebar's sections open with Ctrl+1, Ctrl+2, ... (said on hover)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QPushButton, QToolButton, QWidget

from pos_app.app.journal_commands import backoffice_journals
from pos_app.app.monitoring_wiring import build_monitoring, health_report
from pos_app.ui.backoffice import BackOfficeWindow
from pos_app.ui.backoffice.window import SECTION_NAME_ROLE
from pos_app.ui.worker import DbWorker
from tests.ui.test_backoffice_commission import close_window, dclick, shop

__all__ = ["shop"]
PORTABLE = QKeySequence.SequenceFormat.PortableText


def make_full_window(qtbot, shop) -> tuple[BackOfficeWindow, DbWorker]:
    """A manager's back office with every section: commission, plans, review (with
    recalculation), journal, staff and health."""
    reports, plans = shop.backoffice()
    worker = DbWorker()
    mon = build_monitoring(shop.ctx, shop.services)
    win = BackOfficeWindow(
        reports=reports, plans=plans, worker=worker, store_name="Demo Store",
        actor=shop.actor("manager"), recalculate=shop.services.commission.recalculate,
        journals=backoffice_journals(shop.ctx, shop.engine, "S1"),
        staff=shop.services.staff, health=lambda: health_report(shop.ctx, mon),
        today=shop.ctx.clock.now().date())
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win, worker


def _live(w: QWidget) -> bool:
    return w.isVisible() and w.isEnabled()


def live_keys(screen: QWidget) -> list[tuple[str, str, Qt.ShortcutContext]]:
    """(key, what owns it, context) of every shortcut that fires on `screen` now."""
    out = []
    for sc in screen.findChildren(QShortcut):
        parent = sc.parent()
        if sc.isEnabled() and isinstance(parent, QWidget) and _live(parent) \
                and parent.window() is screen:
            out.append((sc.key().toString(PORTABLE), type(parent).__name__, sc.context()))
    for b in screen.findChildren(QPushButton) + screen.findChildren(QToolButton):
        if _live(b) and b.window() is screen and not b.shortcut().isEmpty():
            out.append((b.shortcut().toString(PORTABLE), f"button {b.text()!r}",
                        Qt.ShortcutContext.WindowShortcut))
    return out


def _shown(key: str, b: QPushButton | QToolButton) -> bool:
    said = f"{b.text()} {b.toolTip()} {b.accessibleName()}"
    return key in said.replace("&&", "&") or ("&" in b.text() and key.startswith("Alt+"))


def key_problems(screen: QWidget, where: str) -> list[str]:
    live = live_keys(screen)
    keys = {k for k, _, _ in live}
    out = []
    for b in screen.findChildren(QPushButton) + screen.findChildren(QToolButton):
        if not b.isVisible() or b.window() is not screen:
            continue
        own = b.shortcut().toString(PORTABLE)
        candidates = [own] if own else sorted(keys, key=len, reverse=True)
        if not any(k and _shown(k, b) for k in candidates):
            out.append(f"{where}: {type(b).__name__} {b.text()!r} has no key shown "
                       f"(own: {own!r})")
    seen: dict[str, str] = {}
    for key, owner, context in live:
        if context == Qt.ShortcutContext.WidgetWithChildrenShortcut:
            continue  # one per widget with the focus: never two at once
        if key in seen:
            out.append(f"{where}: {key} is both {seen[key]} and {owner} (ambiguous)")
        seen[key] = owner
    return out


def test_every_back_office_button_has_its_key_shown(qtbot, shop):
    win, worker = make_full_window(qtbot, shop)
    try:
        names = [win.sidebar.item(i).data(SECTION_NAME_ROLE)
                 for i in range(win.sidebar.count())]
        assert {"Commission", "Plans", "Needs review", "Journal", "Staff", "Health"} \
            <= set(names)
        found: list[str] = []
        for name in names:
            win.show_section(name)
            qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
            found += key_problems(win, name)
        # The drill-down behind a commission figure: its export and Close (Esc).
        win.show_section("Commission")
        page = win.commission
        qtbot.waitUntil(lambda: page.report is not None and not worker.busy, timeout=10_000)
        dclick(qtbot, page.table, 0, 1)
        qtbot.waitUntil(lambda: page.drill_dialog is not None
                        and page.drill_dialog.isVisible(), timeout=10_000)
        found += key_problems(page.drill_dialog, "drill-down")
        page.drill_dialog.close()
        assert found == [], "\n".join(found)
    finally:
        close_window(qtbot, win, worker)


def test_sections_open_with_ctrl_and_their_number(qtbot, shop):
    win, worker = make_full_window(qtbot, shop)
    try:
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow, timeout=5_000)
        for row in reversed(range(win.sidebar.count())):
            item = win.sidebar.item(row)
            assert f"Ctrl+{row + 1}" in item.toolTip()
            focused = QApplication.focusWidget()  # the keys go where the keyboard is
            assert focused is not None and focused.window() is win
            qtbot.keyClick(focused, getattr(Qt.Key, f"Key_{row + 1}"),
                           Qt.KeyboardModifier.ControlModifier)
            assert win.sidebar.currentRow() == row
            assert win.pages.currentWidget() is item.data(Qt.ItemDataRole.UserRole)
            qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
    finally:
        close_window(qtbot, win, worker)


def test_plan_tables_add_and_remove_rows_with_ins_and_del(qtbot, shop):
    win, worker = make_full_window(qtbot, shop)
    try:
        win.show_section("Plans")
        qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
        tiers = win.plans.tiers
        before = tiers.table.rowCount()
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow, timeout=5_000)
        tiers.table.setFocus()
        qtbot.keyClick(tiers.table, Qt.Key.Key_Insert)
        assert tiers.table.rowCount() == before + 1
        tiers.table.selectRow(before)
        tiers.table.setFocus()
        qtbot.keyClick(tiers.table, Qt.Key.Key_Delete)
        assert tiers.table.rowCount() == before
        # The other tables are untouched: the keys belong to the table in use.
        assert "Ins" in tiers.add_button.text() and "Del" in tiers.remove_button.text()
    finally:
        close_window(qtbot, win, worker)
