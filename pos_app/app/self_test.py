"""`pos-app --self-test`: proves an installed copy works on this machine, headless.

It starts a demo store in a temporary data directory, opens the real counter window
offscreen, signs a cashier in and scans an item by keys as a person would, takes cash,
completes the sale, prints the receipt to a file printer and checks that the sale is
stored and the receipt printed; then removes the directory. Exit 0 when every step
held, 1 with the step that failed. CI runs it against the built bundle.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

STEP_TIMEOUT_S = 30.0


class SelfTestFailed(Exception):
    pass


def _wait(app: Any, what: str, ready: Callable[[], bool]) -> None:
    """Run Qt's event loop until `ready()` (the worker thread answers through it)."""
    from PySide6.QtCore import QEventLoop

    deadline = time.monotonic() + STEP_TIMEOUT_S
    while not ready():
        if time.monotonic() > deadline:
            raise SelfTestFailed(f"timed out after {STEP_TIMEOUT_S:.0f} s: {what}")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def run_self_test(out: Callable[[str], None] = print) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    root = Path(tempfile.mkdtemp(prefix="pos-app-self-test-"))
    try:
        receipt = _sell_one(root, out)
    except SelfTestFailed as exc:
        out(f"Self-test FAILED: {exc}")
        return 1
    finally:
        shutil.rmtree(root, ignore_errors=True)
    out(f"Self-test passed: {receipt}")
    return 0


def _sell_one(root: Path, out: Callable[[str], None]) -> str:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from pos_app.domain.sale import TenderKind
    from pos_app.services.demo_data import DEMO_STAFF
    from pos_app.ui.app_window import CounterWindow
    from pos_app.ui.worker import DbWorker

    from .context import open_context
    from .wiring import build_services, ensure_demo_store

    printed = root / "printer.bin"
    config = root / "config.toml"
    config.write_text(f'[printer]\ndevice = "file:{printed.as_posix()}"\n', encoding="utf-8")
    ctx = open_context(data_dir=root / "data", config_path=config, demo=True, create=True)
    worker: DbWorker | None = None
    window: CounterWindow | None = None
    try:
        services = build_services(ctx)
        report = ensure_demo_store(ctx, services, n_products=40)
        out(f"Data directory   {ctx.settings.data_dir} (demo store, "
            f"{report.products if report else 0} products)")
        cashier = next(p for p in DEMO_STAFF if p.role.value == "cashier")
        counter = services.counter
        staff_id = next(i for i, name, _role in counter.staff_list() if name == cashier.name)
        counter.login(cashier.pin, staff_id)  # the shift is opened first: no dialog asks
        counter.open_shift(0)
        counter.logout()
        from sqlalchemy import text

        with ctx.db.read() as conn:
            row = conn.execute(text("SELECT sku, barcode, title FROM variant WHERE barcode "
                                    "IS NOT NULL ORDER BY sku LIMIT 1")).first()
        if row is None:
            raise SelfTestFailed("the demo catalog has no product with a barcode")
        sku, barcode, title = str(row[0]), str(row[1]), str(row[2])
        app = QApplication.instance() or QApplication([])
        worker = DbWorker()
        window = CounterWindow(counter=counter, worker=worker,
                               store_name=ctx.settings.store.name,
                               terminal_id=ctx.settings.terminal_id,
                               currency=ctx.settings.store.currency)
        window.resize(1366, 768)
        window.show()
        win = window
        _wait(app, "the staff list on the sign-in screen", lambda: win.login.staff.count() > 0)
        QTest.keyClicks(win.login.pin, cashier.name.split()[0])
        QTest.keyClicks(win.login.pin, cashier.pin)
        QTest.keyClick(win.login.pin, Qt.Key.Key_Return)
        _wait(app, "the sale screen after sign-in", lambda: win.stack.currentWidget() is win.sale
              and win.sale.view is not None)
        out(f"Signed in        {cashier.name}")
        QTest.keyClicks(win.sale.scan, barcode)
        QTest.keyClick(win.sale.scan, Qt.Key.Key_Return)
        _wait(app, f"a cart line after scanning {barcode}",
              lambda: win.sale.view is not None and len(win.sale.view.lines) == 1)
        view = win.sale.view
        assert view is not None
        out(f"Scanned          {barcode} {title}: total {view.total}")
        idle = worker
        _wait(app, "the worker to go idle", lambda: not idle.busy)
        counter.add_tender(TenderKind.CASH, view.total_minor)
        done = counter.complete()
        counter.print_receipt(done.receipt_no)
        stored = counter.receipt(done.receipt_no)
        if not stored.lines or stored.lines[0].sku != sku:
            raise SelfTestFailed(f"receipt #{done.receipt_no} was not stored with the item")
        data = printed.read_bytes() if printed.exists() else b""
        if f"#{done.receipt_no}".encode() not in data and \
                str(done.receipt_no).encode() not in data:
            raise SelfTestFailed(f"receipt #{done.receipt_no} did not reach the printer "
                                 f"({len(data)} bytes written)")
        out(f"Completed        receipt #{done.receipt_no}, {done.total}; "
            f"{len(data)} bytes printed")
        return f"sale #{done.receipt_no} {done.total} stored and printed"
    finally:
        if window is not None:
            window.close()
        if worker is not None:
            worker.shutdown()
        ctx.close()
