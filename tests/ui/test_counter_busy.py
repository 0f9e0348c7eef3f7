"""A database busy at the counter: a message the cashier can act on, then a retry."""

from __future__ import annotations

import sqlite3

from pos_app.adapters.sqlite import db as db_module
from pos_app.app.wiring import terminal_status
from pos_app.services.demo_data import DEMO_STAFF
from pos_app.ui.app_window import CounterWindow
from pos_app.ui.worker import DbWorker
from tests.ui.conftest import make_terminal
from tests.ui.test_counter_ui import scan, sign_in


def test_a_busy_database_is_shown_as_a_message_and_the_scan_can_be_retried(
        qtbot, tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 150)  # before the engines exist
    terminal = make_terminal(tmp_path / "data")
    worker = DbWorker()
    win = CounterWindow(
        counter=terminal.services.counter, worker=worker, store_name="Demo Store",
        terminal_id="T1", demo_pins=[(p.name, p.role.value, p.pin) for p in DEMO_STAFF],
        status_fn=lambda: terminal_status(terminal.ctx))
    win.show()
    try:
        sign_in(qtbot, win, terminal.pin("cashier"))
        first, second = terminal.barcodes(2)
        scan(qtbot, win, first)
        qtbot.waitUntil(lambda: win.sale.cart.rowCount() == 1, timeout=10_000)
        other = sqlite3.connect(terminal.ctx.db.path, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")  # another process holds the write lock
            scan(qtbot, win, second)
            qtbot.waitUntil(lambda: win.sale.message.text()
                            == "The till's database is busy; try again in a moment",
                            timeout=10_000)
            assert win.sale.cart.rowCount() == 1
        finally:
            other.execute("ROLLBACK")
            other.close()
        scan(qtbot, win, second)  # the same scan again goes through
        qtbot.waitUntil(lambda: win.sale.cart.rowCount() == 2, timeout=10_000)
        assert "bug in a background task" not in caplog.text  # a message, not a traceback
    finally:
        qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
        win.close()
        win.deleteLater()
        worker.shutdown()
        terminal.ctx.close()
