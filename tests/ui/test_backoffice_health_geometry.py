"""The back office's Health page cuts nothing, in English, German (long words) and Arabic
(right to left): in the window at 1366x768 and on its own at 1024x768, with the empty
recent alerts and then with a list of them, every part (the firing alerts, the facts,
the flags, the recent alerts, each chart or its empty text) can be scrolled into view
whole, its text whole (wrapped texts included); the flags table is as tall as its rows
and no cell of it or of the recent alerts is cut; the keys (D, W, F5) keep their whole
labels above the scrolling part, and H brings the recent alerts into view.

The language is switched in this process from the kept translations (resources/i18n),
and English restored after each test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from pos_app.app.backoffice import build_backoffice
from pos_app.app.central_commands import build_central
from pos_app.app.monitoring_wiring import build_monitoring, health_report
from pos_app.ui import i18n
from pos_app.ui.backoffice import BackOfficeWindow
from pos_app.ui.backoffice.common import STYLESHEET
from pos_app.ui.backoffice.health import HealthPage
from pos_app.ui.worker import DbWorker
from tests.ui.geometry import (
    cell_problems,
    compile_language,
    scrolled_problems,
    text_problems,
    visibility_problems,
)
from tests.ui.test_backoffice_health import record_alerts

GiB = 1 << 30
LANGUAGES = ("en", "de", "ar")


@pytest.fixture(scope="module")
def qm_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("qm")
    for lang in LANGUAGES[1:]:
        compile_language(lang, folder)
    return folder


@pytest.fixture(params=LANGUAGES)
def language(request, qm_dir, monkeypatch, qapp):
    monkeypatch.setattr(i18n, "QM_DIR", qm_dir)
    assert i18n.install_language(request.param, qapp)
    yield request.param
    i18n.install_language("en", qapp)


def low_disk(_path: Path) -> tuple[int, int]:
    return 5 * GiB, 100 * GiB  # the disk alert fires


def page_problems(top: QWidget, page: HealthPage) -> list[str]:
    out = []
    for button in (page.day_button, page.week_button, page.refresh_button):
        out += [f"key {button.text()!r}: {p}" for p in
                visibility_problems(top, button) or text_problems(button)]
    parts: list[QWidget] = [page.alerts, page.facts, page.flags,
                            page.history_box.currentWidget()]
    parts += [box.currentWidget() for box in (page.latency_box, page.queue_box,
                                              page.errors_box)]
    for part in parts:
        page.scroller.ensureWidgetVisible(part, 0, 0)
        out += scrolled_problems(top, page.scroller, [part])
    out += cell_problems(page.flags)
    out += cell_problems(page.history, all_rows=page.history.rowCount() <= 8)
    page.scroller.verticalScrollBar().setValue(0)
    return out


def loaded(qtbot, page: HealthPage, worker: DbWorker) -> HealthPage:
    page.report = None
    page.load()
    qtbot.waitUntil(lambda: page.report is not None and not worker.busy, timeout=10_000)
    return page


def keys_work(qtbot, page: HealthPage) -> None:
    """H brings the recent alerts into view from the page's end; D and W still work."""
    view = page.scroller.viewport()
    page.scroller.verticalScrollBar().setValue(page.scroller.verticalScrollBar().maximum())
    page.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_H)
    QApplication.processEvents()
    assert page.history.hasFocus() and page.history.currentRow() == 0
    shown = page.history.mapTo(view, page.history.rect().topLeft())
    assert view.rect().contains(shown), "H scrolls the recent alerts into view"
    qtbot.keyClick(page, Qt.Key.Key_W)
    assert page.period == "week" and page.week_button.isChecked()
    qtbot.keyClick(page, Qt.Key.Key_D)
    assert page.period == "day" and page.day_button.isChecked()


def test_the_health_page_in_the_window_at_1366x768_cuts_nothing(qtbot, terminal,
                                                                  language):
    ctx = terminal.ctx
    engine, _sync = build_central(ctx, url=None, store_id=None)
    mon = build_monitoring(ctx, terminal.services, disk_probe=low_disk)
    reports, plans = build_backoffice(ctx, terminal.services, engine)
    manager = next(s.actor for s in terminal.services.staff.list_staff()
                   if s.role.value == "manager")
    worker = DbWorker()
    win = BackOfficeWindow(reports=reports, plans=plans, worker=worker,
                           store_name="Demo Store", actor=manager,
                           health=lambda: health_report(ctx, mon))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    try:
        qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
        win.show_section("Health")
        page = win.health
        assert page is not None
        qtbot.waitUntil(lambda: page.report is not None and not worker.busy,
                        timeout=10_000)
        assert page.history_box.currentIndex() == 1 and page.flags.rowCount() >= 3
        found = [f"empty: {p}" for p in page_problems(win, page)]
        record_alerts(mon, ctx)
        loaded(qtbot, page, worker)  # F5: the recent alerts listed on a shown page
        assert page.history.rowCount() == 3
        found += [f"alerts listed: {p}" for p in page_problems(win, page)]
        assert found == [], "\n".join(found)
        keys_work(qtbot, page)
    finally:
        qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
        win.close()
        worker.shutdown()
        engine.dispose()


def test_the_health_page_alone_at_1024x768_cuts_nothing(qtbot, terminal, language):
    """Empty, then a page opened with the recent alerts already there (its tables
    filled before they were ever laid out)."""
    ctx = terminal.ctx
    mon = build_monitoring(ctx, None, disk_probe=low_disk)
    worker = DbWorker()

    def page_at_1024() -> HealthPage:
        page = HealthPage(lambda: health_report(ctx, mon), worker)
        page.setStyleSheet(STYLESHEET)  # the back office's type, as in its window
        qtbot.addWidget(page)
        page.resize(1024, 768)
        page.show()
        qtbot.waitExposed(page)
        return loaded(qtbot, page, worker)

    try:
        empty = page_at_1024()
        assert empty.history_box.currentIndex() == 1
        found = [f"empty: {p}" for p in page_problems(empty, empty)]
        empty.close()
        record_alerts(mon, ctx)
        page = page_at_1024()
        assert page.history.rowCount() == 3
        found += [f"alerts listed: {p}" for p in page_problems(page, page)]
        assert found == [], "\n".join(found)
        keys_work(qtbot, page)
    finally:
        qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
        worker.shutdown()
