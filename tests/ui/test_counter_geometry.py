"""The counter fits the screen it is on, whatever the sale shows.

For each screen a store has (1024x768, 1366x768, 1920x1080, and 1920x1080 at 150 %),
a subprocess runs the real window on Qt's offscreen platform given exactly that
screen (tests/ui/geometry.py `screen_env`: a config file sets the pixel size and
QT_SCALE_FACTOR=1.5 the desktop's 150 %, as Qt applies it: a 1280x720 logical screen,
fonts and sizes scaled). The window is shown maximized, as the app shows it, and must
hold: on the sign-in screen, with an empty sale, and with a 60-line sale with line and
sale discounts, the commission line showing and an error showing. Every time the
window is no larger than the screen's available area and the total, Pay, the scan
box, each function key (its label whole) and the status bar are fully visible, and the
quick keys show whole rows only (title and price whole), scrolled to any row.

Set POS_GEOMETRY_PNG=DIR to keep a PNG of each state for a look.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget

from tests.ui.geometry import (
    SCREENS,
    assert_fits,
    assert_fits_scrolled,
    compile_language,
    run_on_screen,
    screen_env,
)

INNER = "POS_GEOMETRY_SCREEN"
LANG = "POS_GEOMETRY_LANG"
# Every screen in English; the smallest also in German (long words) and Arabic (right
# to left), from the translations kept in resources/i18n/.
CASES = [(screen, "en") for screen in SCREENS] + [("1024x768", "de"), ("1024x768", "ar")]


@pytest.mark.parametrize(("screen", "lang"), CASES)
def test_the_counter_fits_the_screen(screen, lang, tmp_path):
    run_on_screen(__file__, "test_inner_counter_on_this_screen", screen_env(screen, tmp_path),
                  tmp_path, **{INNER: screen, LANG: lang})


def _grab(win, name: str) -> None:
    folder = os.environ.get("POS_GEOMETRY_PNG")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        screen = os.environ[INNER].replace("%", "pct")
        lang = os.environ.get(LANG, "en")
        win.grab().save(str(Path(folder) / f"counter-{screen}-{lang}-{name}.png"))


def _sale_widgets(win):
    sale = win.sale
    totals = [label for row in sale.total_rows for label in row if label.isVisible()]
    status = [w for w in (win.st_user, win.st_shift, win.st_terminal, win.st_shopify,
                          win.st_central, win.st_sync) if w.isVisible()]
    return [sale.total, sale.pay, sale.scan, *sale.buttons.values(), win.statusBar(),
            sale.message, sale.item_count, *totals, *status]


def _quick_keys_fit(win) -> None:
    """The quick keys show whole rows only: at the top, a row at a time down, and at the
    end (its last row whole), each key's title and price whole."""
    area = win.sale.quick_scroll
    keys = area.keys()
    assert len(keys) >= 3, "quick keys"
    bar = area.verticalScrollBar()
    assert area.rows_shown >= 1
    for value in range(0, bar.maximum() + area.row_height, area.row_height or 1):
        bar.setValue(min(value, bar.maximum()))
        assert_fits_scrolled(win, area, keys)
    bar.setValue(0)


@pytest.mark.skipif(INNER not in os.environ, reason="runs in the screen's own process")
def test_inner_counter_on_this_screen(qtbot, tmp_path):
    from pos_app.app.wiring import terminal_status
    from pos_app.domain.commission import CommissionPlan, Match, Rate, RateKind, RateRule
    from pos_app.domain.pricing import Discount, DiscountKind
    from pos_app.services.demo_data import DEMO_STAFF
    from pos_app.ui.app_window import CounterWindow
    from pos_app.ui.worker import DbWorker
    from tests.commission_fixtures import install_plan
    from tests.ui.conftest import make_terminal
    from tests.ui.test_counter_ui import scan, sign_in

    lang = os.environ.get(LANG, "en")
    if lang != "en":
        from pos_app.ui import i18n

        qm = compile_language(lang, tmp_path / "qm")
        i18n.QM_DIR = qm  # this process only
        assert i18n.install_language(lang)
    terminal = make_terminal(tmp_path / "data")
    install_plan(terminal.ctx.db, CommissionPlan(
        id="floor", name="Floor", currency="USD", effective_from=date(2020, 1, 1),
        rules=(RateRule(Match(), Rate(RateKind.PERCENT, 500)),)))
    worker = DbWorker()
    win = CounterWindow(
        counter=terminal.services.counter, worker=worker, store_name="Demo Store",
        terminal_id="FRONT-COUNTER-1",
        demo_pins=[(p.name, p.role.value, p.pin) for p in DEMO_STAFF],
        status_fn=lambda: terminal_status(terminal.ctx))
    try:
        win.showMaximized()  # as the app shows it (pos_app/app/gui.py)
        qtbot.waitExposed(win)
        room = win.screen().availableGeometry()
        qtbot.waitUntil(lambda: win.login.staff.count() > 0, timeout=10_000)
        qtbot.waitUntil(win.st_sync.isVisible, timeout=10_000)
        size = win.size()

        # ---- the sign-in screen ----
        login = win.login
        keys = [b for b in login.findChildren(QPushButton) if b.isVisible()]
        assert keys, "the PIN pad"
        assert_fits(win, [login.pin, login.staff, *keys, win.statusBar()])
        _grab(win, "sign-in")

        # ---- an empty sale ----
        sign_in(qtbot, win, terminal.pin("manager"))  # discounts without a PIN prompt
        sale = win.sale
        assert_fits(win, _sale_widgets(win))
        assert win.size() == size
        qtbot.waitUntil(lambda: len(sale.quick_scroll.keys()) >= 3, timeout=10_000)
        _quick_keys_fit(win)
        _grab(win, "empty")

        # ---- 60 lines with line and sale discounts, the commission line, an error ----
        counter = terminal.services.counter
        for i, code in enumerate(terminal.barcodes(60)):
            view = counter.scan(code, 1 + i % 3)
            if i % 7 == 0:
                counter.line_discount(view.lines[-1].no, Discount(DiscountKind.PERCENT, 500))
        counter.cart_discount(Discount(DiscountKind.PERCENT, 300))
        sale.refresh()
        qtbot.waitUntil(lambda: sale.cart.rowCount() == 60, timeout=10_000)
        qtbot.waitUntil(sale.earn.isVisible, timeout=10_000)
        scan(qtbot, win, "4006381333931")  # no such product
        qtbot.waitUntil(lambda: sale.message.property("role") == "error", timeout=10_000)
        assert "4006381333931" in sale.message.text()
        assert sale.view is not None and sale.view.discount
        assert_fits(win, [*_sale_widgets(win), sale.earn])
        _quick_keys_fit(win)
        assert win.size() == size, "the window grew with its content"
        assert win.frameGeometry().width() <= room.width()
        assert win.frameGeometry().height() <= room.height()
        # The selected (last) line is on screen, the cart scrolled to it.
        row = sale.cart.currentRow()
        assert row == 59
        assert sale.cart.viewport().rect().contains(sale.cart.visualRect(
            sale.cart.cart.index(row, 0)))
        _grab(win, "sixty-lines")

        # ---- search results: price and stock never pushed off the right ----
        qtbot.keyClicks(sale.scan, "shirt")
        qtbot.waitUntil(lambda: sale.lists.currentIndex() == 1, timeout=10_000)
        assert sale.message.text() == "", "typing clears the old error"
        assert sale.results.horizontalScrollBar().isHidden() or \
            sale.results.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        assert_fits(win, _sale_widgets(win))
        _grab(win, "search")
    finally:
        qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
        win.close()
        win.deleteLater()
        worker.shutdown()
        terminal.ctx.close()


def test_function_keys_wrap_to_two_rows_then_shrink_never_cutting_a_label(qtbot):
    from pos_app.ui.sale_screen import KeyRow
    from pos_app.ui.theme import STYLESHEET, set_role
    from tests.ui.geometry import text_problems

    host = QWidget()
    host.setStyleSheet(STYLESHEET)
    labels = ["Qty", "Discount", "Remove", "Hold", "Held", "Void", "Return", "Shift",
              "Stock", "Kassenschublade"]  # a long translation
    keys = []
    for i, label in enumerate(labels):
        b = QPushButton(f"{label}\nF{i + 2}")
        set_role(b, "action")
        keys.append(b)
    row = KeyRow(keys)
    lay = QVBoxLayout(host)
    lay.addWidget(row)
    qtbot.addWidget(host)
    host.show()
    seen = set()
    for width in (1900, 1000, 640):
        host.resize(width, 200)
        m = lay.contentsMargins()
        qtbot.waitUntil(lambda w=width, m=m: row.width() == w - m.left() - m.right())
        QApplication.processEvents()
        seen.add((row.columns, bool(row.point_size)))
        for b in keys:
            assert b.isVisible() and not text_problems(b), (width, b.text(),
                                                            text_problems(b))
            assert b.height() >= 44
    assert (10, False) in seen  # one row when there is room
    assert (5, False) in seen  # two rows before any smaller type
    assert (5, True) in seen  # only then a smaller type


def test_long_status_texts_elide_and_never_widen_the_window(qtbot, terminal):
    from pos_app.ui.app_window import CounterWindow
    from pos_app.ui.worker import DbWorker

    worker = DbWorker()
    win = CounterWindow(counter=terminal.services.counter, worker=worker,
                        store_name="Demo Store", terminal_id="T1")
    try:
        win.resize(1024, 700)
        win.show()
        qtbot.waitExposed(win)
        long = ("Shopify (demo shop): offline, last sync 10:42 — selling continues, "
                "1,234 stock change(s) waiting, 56 need attention")
        win.st_shopify.setText(long)
        win.st_central.setText("Central: offline since 09:15 — selling continues")
        QApplication.processEvents()
        assert win.minimumSizeHint().width() <= 1024
        assert win.width() == 1024
        assert win.st_shopify.text() == long and win.st_shopify.toolTip() == long
        assert win.st_shopify.shown_text().endswith("…")
        fm = win.st_shopify.fontMetrics()
        assert fm.horizontalAdvance(win.st_shopify.shown_text()) <= \
            win.st_shopify.contentsRect().width()
    finally:
        qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
        win.close()
        win.deleteLater()
        worker.shutdown()


def test_the_approval_pin_pad_stays_whole_under_a_two_line_heading(qtbot):
    """What is approved can take two lines ("void this sale (3 items, $41.97)"): the
    dialog grows for them, and the PIN pad's keys keep their height, never drawn over
    each other or cut (Qt sized the window by its one-line minimum)."""
    from pos_app.ui.dialogs import ApprovalDialog
    from pos_app.ui.theme import STYLESHEET
    from tests.ui.geometry import visibility_problems

    host = QWidget()
    host.setStyleSheet(STYLESHEET)
    qtbot.addWidget(host)
    approvers = [("a", "Alex Manager", "manager"), ("p", "Pat Supervisor", "supervisor")]
    dlg = ApprovalDialog("void this sale (3 items, $41.97) and refund it to the card",
                         host, approvers)
    dlg.show()
    qtbot.waitExposed(dlg)
    QApplication.processEvents()
    assert dlg.heading.height() >= 2 * dlg.heading.fontMetrics().lineSpacing()
    keys = list(dlg.pad.buttons.values())
    found = [p for k in keys for p in visibility_problems(dlg, k)]
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            if a.geometry().intersects(b.geometry()):
                found.append(f"{a.text()!r} overlaps {b.text()!r}")
    assert found == [], "\n".join(found)
