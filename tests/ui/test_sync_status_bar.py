"""The counter's status bar says what the sync channels' own rows say: offline, paused
with why (on hover), or online, from the same status the CLI prints."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from pos_app.adapters.sqlite.central_outbox import SqliteSyncOutbox
from pos_app.app.wiring import terminal_status
from pos_app.services.central_sync import SyncState
from pos_app.ui.app_window import CounterWindow
from pos_app.ui.worker import DbWorker

AT = "2026-11-27T09:00:00.000000+00:00"
LATER = "2026-11-27T09:05:00.000000+00:00"


@pytest.fixture
def window(qtbot, terminal):
    worker = DbWorker()
    win = CounterWindow(counter=terminal.services.counter, worker=worker,
                        store_name="Demo Store", terminal_id="T1", demo_pins=[],
                        status_fn=lambda: terminal_status(terminal.ctx))
    win.show()
    yield win
    qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
    win.close()
    win.deleteLater()
    worker.shutdown()


def _show(qtbot, win, state: SyncState, terminal, expect: str) -> None:
    SqliteSyncOutbox(terminal.ctx.db).save_state(state)
    win.refresh_status()
    qtbot.waitUntil(lambda: expect in win.st_central.text(), timeout=10_000)


def test_the_status_bar_shows_paused_offline_and_online_from_the_push_loops_row(
        qtbot, window, terminal):
    outbox = SqliteSyncOutbox(terminal.ctx.db)
    # The other tills' totals row is there too (it made the bar say "online" before).
    outbox.apply_period_totals([], date(2026, 11, 1), AT)

    why = "configuration refused: [central] store_id is 'S-wrong'"
    _show(qtbot, window, SyncState(3, LATER, None, why, AT, paused=True), terminal,
          "PAUSED")
    assert window.st_central.property("state") == "warn"
    assert "store_id" in window.st_central.toolTip()
    assert "Nothing was rejected" in window.st_central.toolTip()

    _show(qtbot, window, SyncState(1, LATER, None, "cannot be reached", AT), terminal,
          "offline")
    assert window.st_central.property("state") == "warn"
    assert "cannot be reached" in window.st_central.toolTip()

    _show(qtbot, window, SyncState(0, None, LATER, "cannot be reached", AT), terminal,
          "online")
    assert window.st_central.property("state") != "warn"


def test_refused_rows_are_sent_again_from_the_sync_status_by_key(qtbot, terminal):
    """The sync status offers "Send the N refused row(s) again (R)" when the central
    database refused rows; R puts them back in the queue (nothing lost)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import text

    from pos_app.app.central_commands import build_central
    from pos_app.ui.app_window import SyncStatusDialog

    db = terminal.ctx.db
    with db.write() as conn:
        conn.execute(text(
            "INSERT INTO outbox (op_id, topic, aggregate_id, payload, created_at, attempts, "
            "status, last_error) VALUES (:o, 'sale', 'a', '{}', :c, 1, 'rejected', 'refused')"),
            [{"o": f"refused-{i}", "c": AT} for i in range(3)])
    engine, sync = build_central(terminal.ctx, url=None, store_id=None)
    worker = DbWorker()
    win = CounterWindow(counter=terminal.services.counter, worker=worker,
                        store_name="Demo Store", terminal_id="T1",
                        status_fn=lambda: terminal_status(terminal.ctx),
                        retry_rejected_fn=sync.requeue_rejected)
    win.show()
    try:
        win.refresh_status()
        qtbot.waitUntil(lambda: bool(win._last_status), timeout=10_000)
        seen: list[str] = []

        def press_r() -> None:
            dlg = QApplication.activeModalWidget()
            if isinstance(dlg, SyncStatusDialog):
                timer.stop()
                assert dlg.retry is not None
                seen.append(dlg.retry.text())
                qtbot.keyClick(dlg, Qt.Key.Key_R)

        timer = QTimer()
        timer.setInterval(20)
        timer.timeout.connect(press_r)
        timer.start()
        win.st_sync.click()
        timer.stop()
        assert seen == ["Send the 3 refused row(s) again (R)"]

        def statuses() -> dict[str, str]:
            with db.read() as conn:
                return dict(conn.execute(text(
                    "SELECT op_id, status FROM outbox WHERE op_id LIKE 'refused-%'")).all())

        qtbot.waitUntil(lambda: set(statuses().values()) == {"pending"}, timeout=10_000)
        assert len(statuses()) == 3
    finally:
        qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
        win.close()
        win.deleteLater()
        worker.shutdown()
        engine.dispose()
