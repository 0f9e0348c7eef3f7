"""The counter shows a firing alert as a thin amber bar above the status bar, from the
same status `pos-app status --json` gives, and hides it once the alert clears; the bar
never changes the window's size."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from pos_app.app.monitoring_wiring import build_monitoring
from pos_app.app.wiring import terminal_status
from pos_app.ui.app_window import CounterWindow
from pos_app.ui.worker import DbWorker

GiB = 1 << 30


class Disk:
    def __init__(self, free: int) -> None:
        self.free = free

    def __call__(self, _path: Path) -> tuple[int, int]:
        return self.free, 100 * GiB


@pytest.fixture
def counter(qtbot, terminal):
    # A backup now, so only the disk decides what fires.
    from pos_app.adapters.sqlite.backup import record_outcome

    record_outcome(terminal.ctx.settings.data_dir, at=terminal.ctx.clock.now(),
                   path=Path("b.enc"))
    disk = Disk(50 * GiB)
    mon = build_monitoring(terminal.ctx, terminal.services, disk_probe=disk)
    worker = DbWorker()
    win = CounterWindow(counter=terminal.services.counter, worker=worker,
                        store_name="Demo Store", terminal_id="T1", demo_pins=[],
                        status_fn=lambda: terminal_status(terminal.ctx, monitoring=mon))
    win.resize(1024, 768)
    win.show()
    yield win, disk
    qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
    win.close()
    win.deleteLater()
    worker.shutdown()


def test_the_banner_shows_a_firing_alert_and_goes_when_it_clears(qtbot, counter, terminal):
    win, disk = counter
    qtbot.waitUntil(lambda: bool(win._last_status), timeout=10_000)
    assert not win.alert_banner.isVisible()

    disk.free = 4 * GiB
    size = win.size()
    win.refresh_status()
    qtbot.waitUntil(win.alert_banner.isVisible, timeout=10_000)
    assert "4 % free" in win.alert_banner.text()
    assert win.alert_banner.accessibleName() == "Alerts"
    assert win.alert_banner.height() == 28
    # Above the status bar, as wide as the window, and the window kept its size.
    bar = win.statusBar()
    banner_bottom = win.alert_banner.mapTo(win, win.alert_banner.rect().bottomLeft()).y()
    assert banner_bottom <= bar.geometry().top()
    assert win.size() == size

    # A long list of alerts is cut short on screen, whole in the tooltip.
    win._show_alerts([{"key": "disk", "value": 4.0, "threshold": 10.0}] * 12)
    assert win.alert_banner.shown_text().endswith("…")
    assert win.alert_banner.toolTip().count("Disk almost full") == 12
    assert win.size() == size

    disk.free = 40 * GiB
    win.refresh_status()
    qtbot.waitUntil(lambda: not win.alert_banner.isVisible(), timeout=10_000)


def test_the_banner_is_not_a_focus_stop(counter):
    win, _disk = counter
    assert win.alert_banner.focusPolicy() == Qt.FocusPolicy.NoFocus
