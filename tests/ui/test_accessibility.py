"""Every screen walked: a visible interactive control (button, field, combo, spinner,
check or radio box, list, table, tab bar) must have an accessible name (its own, or
what Qt gives a screen reader: a button's text, a field's buddy label), and a visible
touch target must be at least 44x44 px.

Exempt from the size rule (they cannot be, or are not touch targets): table and list
header sections (QHeaderView), scroll bars, the items inside lists and tables (their
rows are checked where a screen promises touch rows), read-only text views, and the
inner line edit of a spin box or combo box (the whole box is the target).

The walk runs in English at 1366x768 here, and again in German (long words) and Arabic
(right to left) and in English at 150 % scaling (1920x1080 at 1.5, a 1280x720 logical
screen, every font and size scaled), each in its own process: the language and the
scale are the whole process's (tests/ui/geometry.py `screen_env`)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QScrollBar,
    QTabBar,
    QWidget,
)

from pos_app.ui.dialogs import ApprovalDialog, DiscountDialog, HeldDialog
from tests.ui.geometry import screen_env, text_problems
from tests.ui.test_backoffice_commission import shop  # noqa: F401
from tests.ui.test_counter_ui import scan, sign_in, window  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]
CASE = "POS_A11Y_CASE"  # set in the walk's own process: "<screen>/<language>"
# (screen of tests/ui/geometry.py SCREENS or "" for the default, language)
CASES = [("", "de"), ("", "ar"), ("1920x1080@150%", "en")]


@pytest.mark.skipif(CASE in os.environ, reason="runs the walk in other processes")
@pytest.mark.parametrize(("screen", "lang"), CASES,
                         ids=[f"{s or '1366x768'}-{lang}" for s, lang in CASES])
def test_the_walk_in_german_arabic_and_at_150_percent(screen, lang, tmp_path):
    env = screen_env(screen, tmp_path) if screen else dict(os.environ)
    env[CASE] = f"{screen}/{lang}"
    env["PYTHONPATH"] = str(ROOT)
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         str(Path(__file__).relative_to(ROOT)), "-k", "not german_arabic",
         "--basetemp", str(tmp_path / "inner")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False)
    assert run.returncode == 0, run.stdout[-8000:] + run.stderr[-3000:]
    assert " passed" in run.stdout and "skipped" not in run.stdout, run.stdout[-3000:]


@pytest.fixture(autouse=True, scope="module")
def _language_of_the_walk(tmp_path_factory):
    """In a walk's own process: its language, compiled from the kept .ts files."""
    lang = os.environ.get(CASE, "/en").split("/")[1]
    if lang == "en":
        yield
        return
    from pos_app.ui import i18n

    qm = tmp_path_factory.mktemp("qm")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent",
                    str(ROOT / "resources" / "i18n" / f"pos_app_{lang}.ts"),
                    "-qm", str(qm / f"pos_app_{lang}.qm")], check=True)
    i18n.QM_DIR = qm  # this process only
    app = QApplication.instance() or QApplication([])
    assert i18n.install_language(lang, app)
    yield
    i18n.install_language("en", app)

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox,
               QAbstractItemView, QTabBar)
SIZE_EXEMPT = (QHeaderView, QScrollBar, QAbstractItemView, QTabBar)
MIN = 44


def _inner(w: QWidget) -> bool:
    """The line edit inside a spin box or an editable combo box: the box is the target."""
    parent = w.parentWidget()
    return isinstance(w, QLineEdit) and isinstance(parent, QAbstractSpinBox | QComboBox)


def accessible_name(w: QWidget) -> str:
    """What a screen reader says for `w`: its accessible name, or what Qt derives (a
    button's text, the label a field is the buddy of)."""
    if w.accessibleName().strip():
        return w.accessibleName().strip()
    iface = QAccessible.queryAccessibleInterface(w)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def problems(root: QWidget) -> list[str]:
    out: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if not isinstance(w, INTERACTIVE) or not w.isVisible() or _inner(w):
            continue
        if isinstance(w, QHeaderView | QScrollBar):
            continue
        what = f"{type(w).__name__} {w.objectName()!r} " \
               f"{getattr(w, 'text', lambda: '')()!r} in {type(w.window()).__name__}"
        if not accessible_name(w):
            out.append(f"no accessible name: {what}")
        if not isinstance(w, SIZE_EXEMPT) and w.isEnabled() \
                and (w.width() < MIN or w.height() < MIN):
            out.append(f"smaller than {MIN}x{MIN} ({w.width()}x{w.height()}): {what}")
        if isinstance(w, QPushButton):  # a key's label whole (a FitButton draws smaller)
            out += [f"label cut ({p}): {what}" for p in text_problems(w)]
    return out


def check(qtbot, widget: QWidget) -> list[str]:
    qtbot.waitExposed(widget)
    return problems(widget)


def test_the_counter_sign_in_and_sale_screens(qtbot, window, terminal):  # noqa: F811
    qtbot.waitUntil(lambda: window.login.staff.count() > 0, timeout=10_000)
    found = check(qtbot, window)
    sign_in(qtbot, window, terminal.pin("cashier"))
    scan(qtbot, window, terminal.barcodes(1)[0])
    qtbot.waitUntil(lambda: window.sale.cart.rowCount() == 1, timeout=10_000)
    found += problems(window)
    assert found == [], "\n".join(found)


def test_the_sale_screens_dialogs(qtbot, window, terminal):  # noqa: F811
    approvers = [(terminal.staff_id("manager"), "Alex Manager", "manager")]
    found: list[str] = []
    for dlg in (DiscountDialog("USD", "Coffee", window),
                ApprovalDialog("discount 25% on line 1", window, approvers),
                HeldDialog([], window)):
        qtbot.addWidget(dlg)
        dlg.show()
        found += check(qtbot, dlg)
        for row in range((getattr(dlg, "approvers", None) and dlg.approvers.count()) or 0):
            rect = dlg.approvers.visualItemRect(dlg.approvers.item(row))
            if rect.height() < MIN:
                found.append(f"approver row {row} is {rect.height()} px")
        dlg.reject()
    assert QApplication.instance() is not None and Qt is not None
    assert found == [], "\n".join(found)


def test_the_checkout_steps(qtbot, terminal):
    from tests.ui.test_checkout import close_window, open_window, ring_up, to_checkout
    from tests.ui.test_checkout import sign_in as checkout_sign_in

    win, worker = open_window(terminal)
    try:
        checkout_sign_in(qtbot, win, terminal.pin("cashier"))
        ring_up(qtbot, win, terminal.barcodes(1))
        to_checkout(qtbot, win)
        assert problems(win) == []
        # Nothing on the page is a blank box: the amount field and the empty list of
        # tenders say what goes in them.
        # (The walk runs in German and Arabic too: the texts in the walk's language.)
        from pos_app.ui.i18n import translate

        assert win.checkout.amount.placeholderText() == \
            translate("Checkout", "Amount handed over")
        assert win.checkout.tenders.count() == 0
        assert win.checkout.tenders.empty_text == translate("Checkout", "No payment yet")
    finally:
        close_window(qtbot, win, worker)


def test_every_back_office_section(qtbot, shop):  # noqa: F811
    """Every section a manager has: the sales ones, Staff, Health (its recent alerts
    listed) and Settings (what the set-up left this till with)."""
    from pos_app.app.monitoring_wiring import build_monitoring, health_report
    from pos_app.app.setup_steps import FirstRunSetup
    from pos_app.domain.clock import iso
    from pos_app.services.alerts import AlertChange
    from pos_app.ui.backoffice import BackOfficeWindow
    from pos_app.ui.backoffice.window import SECTION_NAME_ROLE
    from pos_app.ui.worker import DbWorker

    ctx = shop.ctx
    mon = build_monitoring(ctx, shop.services, disk_probe=lambda _p: (5 << 30, 100 << 30))
    mon.store.record([AlertChange("disk", True, iso(ctx.clock.now()), "Only 5.0 % free",
                                  5.0, 10.0)], terminal_id=ctx.settings.terminal_id)
    setup = FirstRunSetup(data_dir=ctx.settings.data_dir,
                          config_path=ctx.settings.data_dir.parent / "config.toml",
                          clock=ctx.clock, detect=list)
    reports, plans = shop.backoffice()
    worker = DbWorker()
    win = BackOfficeWindow(reports=reports, plans=plans, worker=worker, store_name="Demo Store",
                           actor=shop.actor("manager"), staff=shop.services.staff,
                           today=ctx.clock.now().date(),
                           health=lambda: health_report(ctx, mon), setup=setup)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    found: list[str] = []
    names = [win.sidebar.item(i).data(SECTION_NAME_ROLE)
             for i in range(win.sidebar.count())]
    assert {"Staff", "Health", "Settings"} <= set(names), names
    for name in names:
        win.show_section(name)
        qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
        found += [f"{name}: {p}" for p in problems(win)]
    assert win.settings is not None and win.settings.overview is not None
    assert win.health is not None and win.health.history.rowCount() == 1
    worker.shutdown()
    assert found == [], "\n".join(found)


def test_the_returns_shift_and_stock_screens(qtbot, window, terminal):  # noqa: F811
    """Each reached as the cashier reaches it: its key (F8, F10, F11, Shift+F11) pressed
    at the counter, to whatever has the keyboard there."""
    from pos_app.ui.returns import ReturnDialog
    from pos_app.ui.shift import ShiftDialog
    from pos_app.ui.stock_count import StockCountDialog
    from tests.ui.test_counter_ui import answer_modal
    from tests.ui.test_shift_keys import counter_key

    sign_in(qtbot, window, terminal.pin("manager"))
    found: list[str] = []

    def audit_modal(name: str, cls: type, key: Qt.Key) -> None:
        counter_key(qtbot, window, key)
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), cls),
                        timeout=10_000)
        dlg = QApplication.activeModalWidget()
        qtbot.waitUntil(lambda: not window.worker.busy, timeout=10_000)
        found.extend(f"{name}: {p}" for p in problems(dlg))
        dlg.reject()
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=10_000)

    audit_modal("returns", ReturnDialog, Qt.Key.Key_F8)

    def shift(d: QWidget) -> None:
        try:
            qtbot.waitUntil(lambda: not window.worker.busy, timeout=10_000)
            found.extend(f"shift: {p}" for p in problems(d))
        finally:
            d.reject()

    t = answer_modal(qtbot, ShiftDialog, shift)
    counter_key(qtbot, window, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: not t.isActive(), timeout=10_000)
    audit_modal("stock count", StockCountDialog, Qt.Key.Key_F11)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F11,
                   Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.sale.attention_dialog is not None
                    and window.sale.attention_dialog.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=10_000)
    attention = window.sale.attention_dialog
    found += [f"stock attention: {p}" for p in problems(attention)]
    attention.reject()
    assert found == [], "\n".join(found)
