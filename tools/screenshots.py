"""Renders every counter screen to PNG with demo data and with an empty store.

    make screenshots        # or: .venv/bin/python tools/screenshots.py [--out screenshots]

The full set in English and US dollars goes to <out>/en-USD/; the counter's main screens
(sign-in, sale, checkout, shift, X report) in every other language and currency of the
matrix (en, es, de, ar x USD, EUR, JPY) to <out>/<lang>-<currency>/, each in the
locale that language's store would use (es_ES, de_DE, ar_EG: right to left). German
and Arabic also get held sales, a return, the approval PIN pad and the stock screens.
`--quick` renders only the English set.

Look at the PNGs before calling a screen done: clipped text, misaligned numbers and
empty states without a message show up here first.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from pos_app.adapters.sqlite.store import LocalDatabase  # noqa: E402
from pos_app.adapters.sqlite.throttle_repo import SqliteThrottleStore  # noqa: E402
from pos_app.app.backoffice import publish_demo_plans  # noqa: E402
from pos_app.app.central_commands import build_central  # noqa: E402
from pos_app.app.context import open_context  # noqa: E402
from pos_app.app.wiring import Services, build_services, ensure_demo_store  # noqa: E402
from pos_app.domain.errors import NotFound  # noqa: E402
from pos_app.domain.inventory import AttentionKind  # noqa: E402
from pos_app.domain.sale import TenderKind  # noqa: E402
from pos_app.domain.throttle import PinAttempts  # noqa: E402
from pos_app.services import inventory_messages as texts  # noqa: E402
from pos_app.services.counter import Counter  # noqa: E402
from pos_app.services.demo_data import DEMO_STAFF  # noqa: E402
from pos_app.services.inventory_ports import AttentionItem, InventoryStatus  # noqa: E402
from pos_app.services.locale_format import LocaleFormat  # noqa: E402
from pos_app.ui.app_window import CounterWindow  # noqa: E402
from pos_app.ui.dialogs import ApprovalDialog, HeldDialog  # noqa: E402
from pos_app.ui.i18n import install_language, set_format, translate  # noqa: E402
from pos_app.ui.returns import ReturnDialog  # noqa: E402
from pos_app.ui.sale_screen import EARN_DELAY_MS  # noqa: E402
from pos_app.ui.shift import ReportView, ShiftDialog  # noqa: E402
from pos_app.ui.stock_attention import StockAttentionDialog  # noqa: E402
from pos_app.ui.stock_count import StockCountDialog  # noqa: E402
from pos_app.ui.worker import DbWorker  # noqa: E402

SIZES = ((1366, 768), (1920, 1080))
# Languages x currencies; each language in the locale and zone its store would have.
LANGUAGES = {"en": ("en_US", "America/New_York"), "es": ("es_ES", "Europe/Madrid"),
             "de": ("de_DE", "Europe/Berlin"), "ar": ("ar_EG", "Africa/Cairo")}
CURRENCIES = ("USD", "EUR", "JPY")


def settle(worker: DbWorker) -> None:
    for _ in range(500):
        QTest.qWait(10)
        if not worker.busy:
            QTest.qWait(30)
            return


def dispose(win: QWidget, worker: DbWorker) -> None:
    """Close and delete a window (and the dialogs parented to it) once the worker has
    delivered what it asked for: a window left alive kept its timers calling services
    whose database the next set's teardown closed, and `make screenshots` crashed now
    and then (SIGSEGV)."""
    settle(worker)
    win.close()
    win.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    settle(worker)


def shoot(widget: QWidget, out: Path, name: str, size: tuple[int, int] | None = None) -> None:
    if size:
        widget.resize(*size)
    widget.show()
    QTest.qWait(50)
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


class ShotStock:
    """Stands in for the inventory reconciler (no Shopify here) so the stock screens
    render with content: a few levels, and one of each kind of attention item."""

    online = True

    def __init__(self, counter: Counter) -> None:
        hits = counter.search("coffee", 4) + counter.search("shirt", 2)
        self.levels = {h.sku: 6 + 5 * i for i, h in enumerate(hits)}
        self.skus = [h.sku for h in hits]
        self.pending = 0
        at = "2026-11-27T14:{:02d}:00+00:00"
        s = self.skus + ["?"] * 4
        self.items = [
            AttentionItem("a1", AttentionKind.OVERSOLD, s[0], None,
                          f"Shopify shows -2 available for {s[0]}: units were sold twice "
                          "while the terminal was offline.", at.format(2),
                          texts.oversold(-2, s[0])),
            AttentionItem("a2", AttentionKind.STALE_COUNT, s[1], "e1",
                          "Counted 9; the terminal expected on_hand 12 but Shopify had 10. "
                          "Sent as a variance of -3.", at.format(5),
                          texts.stale_count(9, 12, 10, -3)),
            AttentionItem("a3", AttentionKind.UNKNOWN_SKU, "GIFT-WRAP", "e2",
                          "SKU GIFT-WRAP is not a tracked Shopify item at this location",
                          at.format(9), texts.unknown_sku("GIFT-WRAP")),
            AttentionItem("a4", AttentionKind.REJECTED, s[2], "e3",
                          "Shopify refused: ITEM_NOT_STOCKED_AT_LOCATION: The item is not "
                          "stocked at Main Street.", at.format(14),
                          texts.shopify_refusal("ITEM_NOT_STOCKED_AT_LOCATION", "Main Street")),
        ]

    def sellable(self, sku: str) -> int | None:
        return self.levels.get(sku)

    def record_count(self, sku: str, counted: int) -> str:
        if sku not in self.levels:
            raise NotFound(f"No Shopify stock level is known for {sku} at this location yet")
        self.levels[sku] = counted
        self.pending += 1
        return f"count-{self.pending}"

    def attention(self, *, include_resolved: bool = False) -> list[AttentionItem]:
        return list(self.items)

    def resolve_attention(self, attention_id: str) -> bool:
        return False

    def status(self) -> InventoryStatus:
        return InventoryStatus(self.pending, 0, 1, len(self.items), 1, None, None,
                               len(self.levels))


def shoot_stock(win: CounterWindow, worker: DbWorker, out: Path, tag: str,
                *, size: tuple[int, int], stock: ShotStock | None) -> None:
    """The stock count (F11) after a few counts, and the attention list (Shift+F11)."""
    w, h = size
    dlg = StockCountDialog(win.sale.call, win.counter, win)
    settle(worker)
    if stock is not None:
        for sku, counted in zip(stock.skus[:3], (9, 0, 14), strict=False):
            dlg.code.setText(sku)
            dlg.look_up()
            settle(worker)
            dlg.count.setText(str(counted))
            dlg.submit()
            settle(worker)
        dlg.code.setText(stock.skus[min(3, len(stock.skus) - 1)])
        dlg.look_up()
        settle(worker)
    shoot(dlg, out, f"{tag}-stock-count-{w}x{h}")
    dlg.close()
    att = StockAttentionDialog(win.sale.call, win.counter, win)
    settle(worker)
    shoot(att, out, f"{tag}-stock-attention-{w}x{h}")
    att.close()


def shoot_lockouts(win: CounterWindow, svc: Services, db: LocalDatabase, out: Path,
                   tag: str, *, size: tuple[int, int]) -> None:
    """The sign-in screen counting down after three wrong PINs, the lock a manager must
    lift, and the approval prompt with its PIN pad."""
    w, h = size
    login = win.login
    people = {s.name: s for s in svc.staff.list_staff()}
    sam, jo = people["Sam Cashier"], people["Jo Cashier"]
    for _ in range(3):
        login.staff.choose(sam.id)
        login.pin.setText("9999")
        login.pad.press("Enter")
        settle(win.worker)
    shoot(win, out, f"{tag}-login-wait-{w}x{h}")
    # Jo has typed ten wrong PINs in a row (the waits between them are over an hour).
    now = svc.staff.attempts(jo.id).last_failure_at or datetime.now(UTC)
    SqliteThrottleStore(db).update(
        svc.staff.terminal_id, jo.id, lambda _a: PinAttempts(10, None, True, now))
    login.reset()
    login.staff.choose(jo.id)
    login.pin.setText("2222")
    login.pad.press("Enter")
    settle(win.worker)
    shoot(win, out, f"{tag}-login-locked-{w}x{h}")
    approvers = [(s.id, s.name, s.role.value) for s in people.values()
                 if s.role.value in ("supervisor", "manager", "owner")]
    dlg = ApprovalDialog("void this sale (3 items, $41.97)", win, approvers)
    dlg.approvers.choose(people["Pat Supervisor"].id)
    for digit in "33":
        dlg.pad.press(digit)
    shoot(dlg, out, f"{tag}-approval-pinpad-{w}x{h}")
    dlg.close()
    manager = people["Alex Manager"].actor
    for person in (sam, jo):
        svc.staff.unlock(person.id, by=manager, how="screenshots")
    login.reset()


def run(out: Path, *, demo: bool) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="pos-shots-"))
    cfg = tmp / "config.toml"
    cfg.write_text("[store]\nname = \"Corner Shop\"\n", encoding="utf-8")
    ctx = open_context(data_dir=tmp / "data", config_path=cfg, demo=demo, create=True)
    svc = build_services(ctx)
    if demo:
        ensure_demo_store(ctx, svc)
        # As `pos-app run --demo` does: the demo plans through the embedded central
        # database, so the sale screen shows what the cashier earns.
        engine, central = build_central(ctx, url=None, store_id=None)
        publish_demo_plans(ctx, svc, engine)
        central.sync_once(force=True)
        engine.dispose()
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
        if demo:
            shoot_lockouts(win, svc, ctx.db, out, tag, size=(w, h))
        manager = next(s for s in svc.staff.list_staff() if s.role.value == "manager")
        svc.counter.login("1234", manager.id)
        if svc.shifts.current_shift() is None:
            svc.counter.open_shift(15000)
        seller = manager
        if demo:  # a cashier rings the sale up: the plans pay cashiers
            seller = next(s for s in svc.staff.list_staff() if s.role.value == "cashier")
            svc.counter.login(next(p.pin for p in DEMO_STAFF if p.name == seller.name),
                              seller.id)
        win.st_user.setText(f"Cashier: {seller.name}")
        win.stack.setCurrentWidget(win.sale)
        if demo and svc.counter.current().lines == ():
            for hit in svc.counter.search("coffee", 3) + svc.counter.search("shirt", 2):
                svc.counter.add_variant(hit.variant_id, 2)
        win.sale.refresh()
        settle(worker)
        if demo:  # the commission line comes once scanning pauses
            QTest.qWait(EARN_DELAY_MS + 100)
            settle(worker)
        shoot(win, out, f"{tag}-sale-{w}x{h}")
        svc.counter.login("1234", manager.id)
        dialogs: list[tuple[str, Callable[[CounterWindow], QWidget]]] = [
            ("held", lambda w: HeldDialog(svc.counter.held(), w)),
            ("return", lambda w: ReturnDialog(w.sale.call, svc.counter, w)),
            ("shift", lambda w: ShiftDialog(svc.counter.shift(), "USD", w.sale.call,
                                            svc.counter, parent=w)),
            ("x-report", lambda w: ReportView("X report", svc.counter.x_report_text(), w)),
        ]
        view = win.sale.view
        if demo and view is not None and view.lines:
            win.sale.open_payment()  # the checkout page of the window (F12)
            settle(worker)
            shoot(win, out, f"{tag}-checkout-{w}x{h}")
            win.checkout.escape()  # back to the sale, nothing tendered
            settle(worker)
        for name, make in dialogs:
            dlg = make(win)
            settle(worker)
            shoot(dlg, out, f"{tag}-{name}-{w}x{h}")
            dlg.close()
        stock = ShotStock(svc.counter) if demo else None
        svc.counter.counting = stock
        shoot_stock(win, worker, out, tag, size=(w, h), stock=stock)
        svc.counter.counting = None
        dispose(win, worker)
    if demo:  # a completed sale with change due, as the cashier sees it
        view = svc.counter.current()
        if view.lines:
            svc.counter.add_tender(TenderKind.CARD, 1000, "AUTH-0001")
            svc.counter.add_tender(TenderKind.CASH, svc.counter.current().remaining_cash_minor
                                   + 1000)
    worker.shutdown()
    ctx.close()


# Long words and right to left: these languages get every dialog of the counter too.
EVERY_SCREEN_IN = ("de", "ar")


def shoot_dialogs(win: CounterWindow, svc: Services, worker: DbWorker, out: Path, *,
                  size: tuple[int, int]) -> None:
    """Held sales, a return, manager approval with its PIN pad, and the stock screens,
    in the language and currency installed."""
    w, h = size
    people = {s.name: s for s in svc.staff.list_staff()}
    approvers = [(s.id, s.name, s.role.value) for s in people.values()
                 if s.role.value in ("supervisor", "manager", "owner")]
    what = translate("Sale", "void this sale")  # as the sale screen asks (F7)
    makers: list[tuple[str, Callable[[], QWidget]]] = [
        ("held", lambda: HeldDialog(svc.counter.held(), win)),
        ("return", lambda: ReturnDialog(win.sale.call, svc.counter, win)),
        ("approval-pinpad", lambda: ApprovalDialog(what, win, approvers)),
    ]
    for name, make in makers:
        dlg = make()
        settle(worker)
        if isinstance(dlg, ApprovalDialog):
            dlg.approvers.choose(people["Pat Supervisor"].id)
            for digit in "33":
                dlg.pad.press(digit)
        shoot(dlg, out, f"{name}-{w}x{h}")
        dlg.close()
    stock = ShotStock(svc.counter)
    svc.counter.counting = stock
    shoot_stock(win, worker, out, "demo", size=size, stock=stock)
    svc.counter.counting = None


def run_language(out: Path, lang: str, currency: str,
                 sizes: tuple[tuple[int, int], ...] = ((1366, 768), (1024, 768))) -> None:
    """The counter's main screens in `lang`, selling in `currency`: sign-in, the sale with
    lines, the checkout page, the shift menu and the X report."""
    locale, zone = LANGUAGES[lang]
    tmp = Path(tempfile.mkdtemp(prefix=f"pos-shots-{lang}-{currency}-"))
    cfg = tmp / "config.toml"
    cfg.write_text(f'[store]\nname = "Corner Shop"\ncurrency = "{currency}"\n'
                   f'locale = "{locale}"\ntimezone = "{zone}"\nlanguage = "{lang}"\n',
                   encoding="utf-8")
    ctx = open_context(data_dir=tmp / "data", config_path=cfg, demo=True, create=True)
    svc = build_services(ctx)
    ensure_demo_store(ctx, svc, n_products=300)
    if currency == "USD":  # the demo plans pay in dollars: the commission line shows
        engine, central = build_central(ctx, url=None, store_id=None)
        publish_demo_plans(ctx, svc, engine)
        central.sync_once(force=True)
        engine.dispose()
    set_format(ctx.settings.store.locale_format())
    if not install_language(lang):
        print(f"warning: no compiled {lang} translation (make qm): English", file=sys.stderr)
    svc.counter.set_translate(translate)  # as the GUI does: reports and receipts too
    worker = DbWorker()
    try:
        for w, h in sizes:
            win = CounterWindow(counter=svc.counter, worker=worker,
                                store_name=ctx.settings.store.name,
                                terminal_id=ctx.settings.terminal_id,
                                demo_pins=[(p.name, p.role.value, p.pin) for p in DEMO_STAFF],
                                currency=currency)
            win.resize(w, h)
            win.show()
            settle(worker)
            shoot(win, out, f"login-{w}x{h}")
            manager = next(s for s in svc.staff.list_staff() if s.role.value == "manager")
            svc.counter.login("1234", manager.id)
            if svc.shifts.current_shift() is None:
                svc.counter.open_shift(15000 if currency != "JPY" else 30000)
            cashier = next(s for s in svc.staff.list_staff() if s.role.value == "cashier")
            svc.counter.login(next(p.pin for p in DEMO_STAFF if p.name == cashier.name),
                              cashier.id)
            win.st_user.setText(translate("Window", "Cashier: {name}").format(
                name=cashier.name))
            win.stack.setCurrentWidget(win.sale)
            if svc.counter.current().lines == ():
                for hit in svc.counter.search("coffee", 3) + svc.counter.search("shirt", 2):
                    svc.counter.add_variant(hit.variant_id, 2)
            win.sale.refresh()
            settle(worker)
            QTest.qWait(EARN_DELAY_MS + 100)  # the commission line, once scanning pauses
            settle(worker)
            shoot(win, out, f"sale-{w}x{h}")
            if hasattr(win.sale, "open_payment") and hasattr(win, "checkout"):
                win.sale.open_payment()
                settle(worker)
                shoot(win, out, f"checkout-{w}x{h}")
                win.checkout.escape()
                settle(worker)
            svc.counter.login("1234", manager.id)
            for name, dlg in (
                    ("shift", ShiftDialog(svc.counter.shift(), currency, win.sale.call,
                                          svc.counter, parent=win)),
                    ("x-report", ReportView(translate("Shift", "X report"),
                                            svc.counter.x_report_text(), win))):
                settle(worker)
                shoot(dlg, out, f"{name}-{w}x{h}")
                dlg.close()
            if lang in EVERY_SCREEN_IN and (w, h) == sizes[0]:
                shoot_dialogs(win, svc, worker, out, size=(w, h))
            dispose(win, worker)
    finally:
        worker.shutdown()
        ctx.close()
        install_language("en")
        set_format(LocaleFormat())


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=ROOT / "screenshots")
    ap.add_argument("--quick", action="store_true", help="only the English set (en-USD)")
    args = ap.parse_args()
    app = QApplication.instance() or QApplication([])
    english = args.out / "en-USD"
    english.mkdir(parents=True, exist_ok=True)
    install_language("en")
    run(english, demo=True)
    run(english, demo=False)
    if not args.quick:
        for lang in LANGUAGES:
            for currency in CURRENCIES:
                if (lang, currency) == ("en", "USD"):
                    continue
                out = args.out / f"{lang}-{currency}"
                out.mkdir(parents=True, exist_ok=True)
                run_language(out, lang, currency)
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
