"""The back office's Health section: charts over the day and the week from the stored
per-minute metrics, the firing alerts in the counter's words, disk, backup and flags;
and an empty till's screen saying what would fill each part."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from pos_app.adapters.sqlite.backup import record_outcome
from pos_app.app.monitoring_wiring import build_monitoring, health_report
from pos_app.app.wiring import terminal_status
from pos_app.domain.clock import iso
from pos_app.services.alerts import AlertChange
from pos_app.services.metrics import gauges_of
from pos_app.ui.backoffice import BackOfficeWindow
from pos_app.ui.backoffice.common import table_text
from pos_app.ui.backoffice.health import HealthPage
from pos_app.ui.worker import DbWorker
from tests.ui.test_backoffice_commission import close_window, shop

__all__ = ["shop"]
GiB = 1 << 30


class Disk:
    def __init__(self, free: int) -> None:
        self.free = free

    def __call__(self, _path: Path) -> tuple[int, int]:
        return self.free, 100 * GiB


def record_alerts(mon, ctx) -> None:
    """Two alerts raised, one of them cleared since (the longest German and Arabic)."""
    at = ctx.clock.now()
    mon.store.record([AlertChange("disk", True, iso(at - timedelta(hours=3)),
                                  "Only 4.0 % free", 4.0, 10.0),
                      AlertChange("unsynced:central", True, iso(at - timedelta(hours=2)),
                                  "old", 3600.0, 1800.0)], terminal_id="T1")
    mon.store.record([AlertChange("disk", False, iso(at - timedelta(hours=1)),
                                  "Cleared: disk")], terminal_id="T1")


def focused(window: QWidget) -> QWidget:
    """Whatever has the keyboard, in `window`: where a key pressed goes."""
    widget = QApplication.focusWidget()
    assert widget is not None and widget.window() is window.window()
    return widget


def test_the_health_section_draws_the_day_and_week_and_the_firing_alert(qtbot, shop):
    ctx = shop.ctx
    mon = build_monitoring(ctx, shop.services, disk_probe=Disk(5 * GiB))
    status = terminal_status(ctx, monitoring=mon)
    now = ctx.clock.now()
    # Five hours of the till's minutes, every ten minutes, some slower than others.
    for k in range(30):
        for i in range(20):
            mon.metrics.command("add_item", 0.001 * (1 + (i + k) % 7), ok=i != 3 or k % 5)
        mon.store.write(mon.metrics.drain() + gauges_of(status),
                        now - timedelta(minutes=10 * k))
    reports, plans = shop.backoffice()
    worker = DbWorker()
    win = BackOfficeWindow(reports=reports, plans=plans, worker=worker, store_name="Demo Store",
                           actor=shop.actor("manager"), health=lambda: health_report(ctx, mon))
    qtbot.addWidget(win)
    win.resize(1024, 768)
    win.show()
    try:
        assert "Health" in win.section_titles()
        win.show_section("Health")
        page = win.health
        assert page is not None
        qtbot.waitUntil(lambda: page.report is not None and not worker.busy, timeout=10_000)
        drawn = page.values()
        assert drawn["latency"] >= 10 and drawn["errors"] >= 10
        assert drawn["queue"] >= 10  # central and journal
        assert "Disk almost full: 5 % free" in page.alerts.text()
        assert "No backup has been made yet" in page.alerts.text()
        assert "REAL_TIME_COMMISSION" in page.facts.text()
        assert "Last backup: none yet" in page.facts.text()
        # A channel's line starts with a capital ("die zentrale Datenbank: …" in German).
        assert "\nThe central database: " in page.facts.text()
        assert not win.filters.isVisible()  # the commission filters are not for this page

        # The keys as the manager presses them: to whatever has the keyboard in the window.
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow, timeout=5_000)
        qtbot.keyClick(focused(win), Qt.Key.Key_W)
        assert page.period == "week" and page.week_button.isChecked()
        assert page.values()["latency"] >= 1  # the five hours in one or two 6 h slots
        qtbot.keyClick(focused(win), Qt.Key.Key_D)
        assert page.period == "day" and page.values()["latency"] == drawn["latency"]
        for b in (page.day_button, page.week_button, page.refresh_button):
            assert b.accessibleName() and b.width() >= 44 and b.height() >= 44
    finally:
        close_window(qtbot, win, worker)


def test_the_cashier_has_no_health_section(qtbot, shop):
    reports, plans = shop.backoffice()
    worker = DbWorker()
    win = BackOfficeWindow(reports=reports, plans=plans, worker=worker, store_name="Demo Store",
                           actor=shop.actor("cashier"), health=lambda: None)  # type: ignore
    qtbot.addWidget(win)
    try:
        assert "Health" not in win.section_titles()
    finally:
        close_window(qtbot, win, worker)


def test_an_empty_till_says_what_would_fill_the_health_screen(qtbot, terminal):
    ctx = terminal.ctx
    record_outcome(ctx.settings.data_dir, at=ctx.clock.now(), path=Path("b.enc"))
    mon = build_monitoring(ctx, None, disk_probe=Disk(60 * GiB))
    worker = DbWorker()
    page = HealthPage(lambda: health_report(ctx, mon), worker)
    qtbot.addWidget(page)
    page.resize(1024, 700)
    page.show()
    try:
        page.load()
        qtbot.waitUntil(lambda: page.report is not None and not worker.busy, timeout=10_000)
        assert page.values() == {"latency": 0, "queue": 0, "errors": 0}
        assert "No alert is firing" in page.alerts.text()
        empty = page.latency_box.currentWidget()
        assert empty.isVisible() and "No commands measured yet" in empty.text()
        assert "every minute" in page.queue_box.currentWidget().text()
        assert "Disk: 60 % free" in page.facts.text()
        history = page.history_box.currentWidget()
        assert history is not page.history and "No alert has been raised" in history.text()
        assert history.accessibleName()
    finally:
        qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
        worker.shutdown()


def test_the_health_screen_lists_recent_alerts_raised_and_cleared(qtbot, terminal):
    """Each firing and clearing the till recorded, newest first: when, which alert,
    raised or cleared and what it said; reached with H and read with the arrow keys."""
    ctx = terminal.ctx
    mon = build_monitoring(ctx, None, disk_probe=Disk(60 * GiB))
    record_alerts(mon, ctx)
    worker = DbWorker()
    page = HealthPage(lambda: health_report(ctx, mon), worker)
    qtbot.addWidget(page)
    page.resize(1024, 900)
    page.show()
    try:
        page.load()
        qtbot.waitUntil(lambda: page.report is not None and not worker.busy, timeout=10_000)
        assert page.history_box.currentWidget() is page.history
        rows = table_text(page.history)
        assert [r[1:3] for r in rows] == [
            ["Disk space", "cleared"],
            ["Waiting to sync: the central database", "raised"],
            ["Disk space", "raised"]]
        assert rows[1][3] == "Oldest item waiting for the central database: 60 min " \
                             "(limit 30 min)"
        assert rows[2][3] == "Disk almost full: 4 % free (under 10 %)"
        assert rows[0][3] == ""  # cleared: nothing more to say
        assert all(r[0] for r in rows)  # when, in the screen's date format
        assert page.history.accessibleName()
        spoken = page.history.item(1, 0).data(Qt.ItemDataRole.AccessibleTextRole)
        assert spoken.startswith("Waiting to sync: the central database raised ")

        page.activateWindow()
        qtbot.waitUntil(page.isActiveWindow, timeout=5_000)
        qtbot.keyClick(focused(page), Qt.Key.Key_H)
        assert page.history.hasFocus() and page.history.currentRow() == 0
        qtbot.keyClick(focused(page), Qt.Key.Key_Down)
        assert page.history.currentRow() == 1
    finally:
        qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
        worker.shutdown()

