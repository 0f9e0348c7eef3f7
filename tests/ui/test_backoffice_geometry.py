"""The back office fits a 1024x768 till screen in English, German (long words) and Arabic
(right to left): every section (Commission, Plans, Needs review, Journal, Staff, Health,
Settings) opened in the window shown maximized on a real 1024x768 offscreen screen, the
window's minimumSizeHint and size within the screen, each section's buttons and key
labels whole (none cut by a squeezed layout), no section's table scrolling sideways
(the journal with a discounted sale and a void approved by others in it), the filter bar
wrapping to two rows rather than widening the window; the plan editor's Ctrl+N and
Ctrl+P (preview) still work there, its bottom bar's keys whole after the preview.

Each language runs in its own process (tests/ui/geometry.py `screen_env`), so Qt sees
exactly that screen. Set POS_GEOMETRY_PNG=DIR to keep a PNG of each section.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QTableView,
    QWidget,
)

from tests.ui.geometry import compile_language, fit_problems, run_on_screen, screen_env

INNER = "POS_BACKOFFICE_GEOMETRY"
LANG = "POS_GEOMETRY_LANG"
LANGUAGES = ("en", "de", "ar")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_back_office_fits_1024x768(lang, tmp_path):
    run_on_screen(__file__, "test_inner_back_office_on_this_screen",
                  screen_env("1024x768", tmp_path), tmp_path, **{INNER: "1024x768", LANG: lang})


def _grab(win: QWidget, name: str) -> None:
    folder = os.environ.get("POS_GEOMETRY_PNG")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        lang = os.environ.get(LANG, "en")
        win.grab().save(str(Path(folder) / f"backoffice-1024x768-{lang}-{name}.png"))


def _shown_keys(page: QWidget) -> list[QWidget]:
    """A section's buttons and its key labels (one-line labels outside any scroll area
    and table: titles, captions; wrapping texts are judged wrapped)."""
    out: list[QWidget] = []
    for w in page.findChildren(QWidget):
        if not w.isVisible() or _in_scroller(w, page):
            continue
        if (isinstance(w, QAbstractButton) and w.text()) or (isinstance(w, QLabel) and w.text()):
            out.append(w)
    return out


def _sideways(page: QWidget) -> list[str]:
    """The section's tables that need a horizontal scrollbar (their columns wider than
    the table), hidden scrollbars included: a manager at 1024 px must not scroll
    sideways to read a row."""
    out = []
    for view in page.findChildren(QAbstractItemView):
        bar = view.horizontalScrollBar()
        if view.isVisible() and bar.maximum() > bar.minimum():
            header = view.horizontalHeader() if isinstance(view, QTableView) else None
            widths = [header.sectionSize(c) for c in range(header.count())] if header else []
            out.append(f"{view.accessibleName() or view.objectName() or type(view).__name__} "
                       f"scrolls sideways: columns {widths} px in a viewport of "
                       f"{view.viewport().width()} px")
    return out


def _journal_records(terminal) -> None:
    """A sale with a line discount a manager approved and a sale voided with a
    supervisor's approval: the journal's long rows (action, staff, approver, detail)."""
    from pos_app.domain.permissions import Actor
    from pos_app.domain.pricing import Discount, DiscountKind
    from pos_app.domain.sale import TenderKind
    from pos_app.services.sale_commands import (
        AddItem,
        AddTender,
        Complete,
        SetLineDiscount,
        Void,
    )

    services = terminal.services
    by_role = {s.role.value: Actor(s.id, s.role) for s in services.staff.list_staff()}
    variants = [services.catalog.lookup(code) for code in terminal.barcodes(2)]
    sale = services.desk.new_sale(cashier_id=by_role["cashier"].staff_id)
    sale.execute(AddItem(variants[0], 2), actor=by_role["cashier"])
    sale.execute(SetLineDiscount(1, Discount(DiscountKind.PERCENT, 3000, "dented box")),
                 actor=by_role["cashier"], approver=by_role["manager"])
    st = sale.settlement()
    sale.execute(AddTender(TenderKind.CASH, st.remaining_cash or st.remaining))
    sale.execute(Complete())
    void = services.desk.new_sale(cashier_id=by_role["cashier"].staff_id)
    void.execute(AddItem(variants[1], 1), actor=by_role["cashier"])
    void.execute(Void(reason="customer changed their mind"), actor=by_role["cashier"],
                 approver=by_role["supervisor"])


def _in_scroller(w: QWidget, page: QWidget) -> bool:
    from PySide6.QtWidgets import QAbstractScrollArea

    parent = w.parentWidget()
    while parent is not None and parent is not page:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


@pytest.mark.skipif(INNER not in os.environ, reason="runs in the screen's own process")
def test_inner_back_office_on_this_screen(qtbot, tmp_path):
    from pos_app.app.backoffice import build_backoffice
    from pos_app.app.central_commands import build_central
    from pos_app.app.journal_commands import backoffice_journals
    from pos_app.app.monitoring_wiring import build_monitoring, health_report
    from pos_app.app.setup_steps import FirstRunSetup
    from pos_app.ui.backoffice import BackOfficeWindow
    from pos_app.ui.backoffice.window import SECTION_NAME_ROLE
    from pos_app.ui.worker import DbWorker
    from tests.ui.conftest import make_terminal

    lang = os.environ.get(LANG, "en")
    if lang != "en":
        from pos_app.ui import i18n

        qm = compile_language(lang, tmp_path / "qm")
        i18n.QM_DIR = qm  # this process only
        assert i18n.install_language(lang)
    terminal = make_terminal(tmp_path / "data")
    ctx = terminal.ctx
    _journal_records(terminal)
    engine, _sync = build_central(ctx, url=None, store_id=None)
    mon = build_monitoring(ctx, terminal.services, disk_probe=lambda _p: (5 << 30, 100 << 30))
    reports, plans = build_backoffice(ctx, terminal.services, engine)
    setup = FirstRunSetup(data_dir=ctx.settings.data_dir,
                          config_path=ctx.settings.data_dir.parent / "config.toml",
                          clock=ctx.clock, detect=list)
    manager = next(s.actor for s in terminal.services.staff.list_staff()
                   if s.role.value == "manager")
    worker = DbWorker()
    win = BackOfficeWindow(reports=reports, plans=plans, worker=worker,
                           store_name="Demo Store", actor=manager,
                           journals=backoffice_journals(ctx, engine),
                           staff=terminal.services.staff,
                           today=ctx.clock.now().date(),
                           health=lambda: health_report(ctx, mon), setup=setup)
    qtbot.addWidget(win)
    try:
        win.showMaximized()  # as a till shows it
        qtbot.waitExposed(win)
        room = win.screen().availableGeometry()
        assert (room.width(), room.height()) == (1024, 768)
        qtbot.waitUntil(lambda: win.choices is not None and not worker.busy,
                        timeout=10_000)
        names = [win.sidebar.item(i).data(SECTION_NAME_ROLE)
                 for i in range(win.sidebar.count())]
        assert names == ["Commission", "Plans", "Needs review", "Journal", "Staff",
                         "Health", "Settings"], names
        found: list[str] = []
        widths: list[str] = []
        for name in names:
            win.show_section(name)
            qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
            QApplication.processEvents()
            page = win.pages.currentWidget()
            assert page is not None
            if name == "Journal":  # a record selected: the pane under the table says it all
                assert win.journal is not None and win.journal.table.rowCount() >= 5
                win.journal.table.setCurrentCell(1, 0)  # (selectRow misses in RTL)
                QApplication.processEvents()
                assert win.journal.record_text(), "the selected record is not shown"
            widths.append(f"{name}={win.minimumSizeHint().width()}")
            keys = _shown_keys(page)
            if win.filters.isVisible():
                keys += _shown_keys(win.filters)
            assert keys, name
            found += [f"{name}: {p}" for p in fit_problems(win, keys)]
            found += [f"{name}: {p}" for p in _sideways(page)]
            _grab(win, name.replace(" ", "-").lower())
        print(lang, "minimum widths:", " ".join(widths))
        assert found == [], "\n".join(found)

        # The plan editor's keys still work in the narrow window.
        win.show_section("Plans")
        page = win.plans
        assert page is not None
        qtbot.waitUntil(lambda: page.plan_list is not None and not worker.busy,
                        timeout=10_000)
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow, timeout=5_000)
        page.name.setFocus()
        qtbot.keyClicks(page.name, "Draft")
        qtbot.keyClick(page.name, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: page.name.text() == "", timeout=5_000)  # a new plan
        assert page.loaded_version == 0
        qtbot.keyClicks(page.name, "Floor")  # typed: the id follows the name
        before = page.status.text()
        qtbot.keyClick(page.name, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: page.status.text() != before, timeout=10_000)
        qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
        assert page.preview_result is not None, (page.status.text(), page.validate())
        QApplication.processEvents()
        found = fit_problems(win, [page.save_button, page.preview_button,
                                   page.preview_period, page.new_button])
        assert found == [], "\n".join(found)
        _grab(win, "plans-previewed")
    finally:
        qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
        win.close()
        win.deleteLater()
        worker.shutdown()
        if engine is not None:
            engine.dispose()
        ctx.close()


def test_a_flow_layout_wraps_keeps_widths_and_mirrors_right_to_left(qtbot):
    from PySide6.QtWidgets import QPushButton

    from pos_app.ui.backoffice.common import FlowLayout

    host = QWidget()
    flow = FlowLayout(host, spacing=8, row_spacing=6)
    buttons = [QPushButton(f"Key number {n}") for n in range(4)]
    for b in buttons:
        b.setFixedSize(120, 44)
        flow.addWidget(b)
    qtbot.addWidget(host)
    host.resize(600, 200)
    host.show()
    QApplication.processEvents()
    assert {b.y() for b in buttons} == {0}  # one row where there is room
    assert [b.x() for b in buttons] == [0, 128, 256, 384]
    host.resize(300, 200)
    QApplication.processEvents()
    assert [(b.x(), b.y()) for b in buttons] == [(0, 0), (128, 0), (0, 50), (128, 50)]
    assert flow.heightForWidth(300) == 94 and flow.minimumSize().width() == 120
    host.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    QApplication.processEvents()
    assert [(b.x(), b.y()) for b in buttons] == [(180, 0), (52, 0), (180, 50), (52, 50)]


def test_fit_columns_keeps_a_table_inside_its_width(qtbot):
    """Too wide contents: the first shrink group narrows to a common width (not below
    its floor), then the next; the stretch column keeps its share; nothing scrolls
    sideways; a header narrower than its one line wraps at its spaces. Room again:
    every column back to its contents' width."""
    from PySide6.QtWidgets import QTableWidget

    from pos_app.ui.backoffice.common import FitColumns, text_item

    table = QTableWidget(3, 5)
    fit = FitColumns(table, stretch=4, shrink=((2, 3), (1,)), share=0.25, floor=60)
    fit.set_labels(["Time", "Action", "Staff member", "Approved by", "Detail"])
    for r in range(3):
        for c, text in enumerate(("07:00", "Discount over limit " * 2, "Alexandra Manager " * 2,
                                  "Pat Supervisor " * 2, "receipt 12 · total 23.10 " * 6)):
            table.setItem(r, c, text_item(text, tip=text))
    qtbot.addWidget(table)
    table.resize(520, 200)
    table.show()
    qtbot.waitExposed(table)
    fit.fit()
    header, room = table.horizontalHeader(), table.viewport().width()
    widths = [header.sectionSize(c) for c in range(5)]
    bar = table.horizontalScrollBar()
    assert bar.maximum() == bar.minimum(), widths
    assert sum(widths) <= room and widths[4] >= int(room * 0.25)
    assert widths[0] == fit.widths[0] >= table.sizeHintForColumn(0)  # kept whole
    assert widths[2] == widths[3] >= 60  # shrunk together, not below the floor
    assert "\n" in (table.horizontalHeaderItem(3) or text_item("")).text()  # wrapped
    table.resize(3000, 200)
    QApplication.processEvents()  # the viewport's resize refits
    assert fit.widths[1:4] == [table.sizeHintForColumn(c) for c in range(1, 4)]
    assert (table.horizontalHeaderItem(3) or text_item("")).text() == "Approved by"
