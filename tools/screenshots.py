"""Renders every counter screen to PNG with demo data and with an empty store.

    make screenshots        # or: .venv/bin/python tools/screenshots.py [--out screenshots]

Look at the PNGs before calling a screen done: clipped text, misaligned numbers and
empty states without a message show up here first.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from pos_app.app.context import open_context  # noqa: E402
from pos_app.app.wiring import build_services, ensure_demo_store  # noqa: E402
from pos_app.domain.sale import TenderKind  # noqa: E402
from pos_app.services.demo_data import DEMO_STAFF  # noqa: E402
from pos_app.ui.app_window import CounterWindow  # noqa: E402
from pos_app.ui.dialogs import HeldDialog  # noqa: E402
from pos_app.ui.payment import PaymentDialog  # noqa: E402
from pos_app.ui.returns import ReturnDialog  # noqa: E402
from pos_app.ui.shift import ReportView, ShiftDialog  # noqa: E402
from pos_app.ui.worker import DbWorker  # noqa: E402

SIZES = ((1366, 768), (1920, 1080))


def settle(worker: DbWorker) -> None:
    for _ in range(500):
        QTest.qWait(10)
        if not worker.busy:
            QTest.qWait(30)
            return


def shoot(widget: QWidget, out: Path, name: str, size: tuple[int, int] | None = None) -> None:
    if size:
        widget.resize(*size)
    widget.show()
    QTest.qWait(50)
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def run(out: Path, *, demo: bool) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="pos-shots-"))
    cfg = tmp / "config.toml"
    cfg.write_text("[store]\nname = \"Corner Shop\"\n", encoding="utf-8")
    ctx = open_context(data_dir=tmp / "data", config_path=cfg, demo=demo)
    svc = build_services(ctx)
    if demo:
        ensure_demo_store(ctx, svc)
    else:
        svc.staff.add_staff("Alex Manager", "manager", "1234")
    worker = DbWorker()
    tag = "demo" if demo else "empty"
    for w, h in SIZES:
        win = CounterWindow(counter=svc.counter, worker=worker, store_name=ctx.settings.store.name,
                            terminal_id=ctx.settings.terminal_id,
                            demo_pins=[(p.name, p.role.value, p.pin) for p in DEMO_STAFF]
                            if demo else [])
        win.resize(w, h)
        win.show()
        settle(worker)
        shoot(win, out, f"{tag}-login-{w}x{h}")
        manager = next(s for s in svc.staff.list_staff() if s.role.value == "manager")
        svc.counter.login("1234", manager.id)
        if svc.shifts.current_shift() is None:
            svc.counter.open_shift(15000)
        win.st_user.setText(f"Cashier: {manager.name}")
        win.stack.setCurrentWidget(win.sale)
        if demo and svc.counter.current().lines == ():
            for hit in svc.counter.search("coffee", 3) + svc.counter.search("shirt", 2):
                svc.counter.add_variant(hit.variant_id, 2)
        win.sale.refresh()
        settle(worker)
        shoot(win, out, f"{tag}-sale-{w}x{h}")
        dialogs: list[tuple[str, Callable[[CounterWindow], QWidget]]] = [
            ("held", lambda w: HeldDialog(svc.counter.held(), w)),
            ("return", lambda w: ReturnDialog(w.sale.call, svc.counter, w)),
            ("shift", lambda w: ShiftDialog(svc.counter.shift(), "USD", w.sale.call,
                                            svc.counter, parent=w)),
            ("x-report", lambda w: ReportView("X report", svc.counter.x_report_text(), w)),
        ]
        view = win.sale.view
        if demo and view is not None and view.lines:
            dialogs.insert(0, ("payment", lambda w, v=view: PaymentDialog(
                v, w.sale.call, svc.counter, w)))
        for name, make in dialogs:
            dlg = make(win)
            settle(worker)
            shoot(dlg, out, f"{tag}-{name}-{w}x{h}")
            dlg.close()
        win.close()
    if demo:  # a completed sale with change due, as the cashier sees it
        view = svc.counter.current()
        if view.lines:
            svc.counter.add_tender(TenderKind.CARD, 1000, "AUTH-0001")
            svc.counter.add_tender(TenderKind.CASH, svc.counter.current().remaining_cash_minor
                                   + 1000)
    worker.shutdown()
    ctx.close()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=ROOT / "screenshots")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    run(args.out, demo=True)
    run(args.out, demo=False)
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
