"""Render the back-office screens to PNG, with demo data and with an empty store.

    .venv/bin/python tools/screenshots_backoffice.py [--out screenshots] [--days 28]
        [--language es|de|ar]   # the screens in that language and its locale

Builds a throwaway demo terminal (demo catalog and staff, the embedded central
database), seeds four weeks of sales through the real sales desk with the demo plan
saved centrally and pulled, and renders at 1366x768 and 1920x1080: the commission
screen, a drill-down, the plan editor (with a preview, and with validation errors),
needs review, the offline banner (central database unreachable), and the empty store.
Runs offscreen.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from pos_app.app.backoffice import build_backoffice, seed_commission_demo  # noqa: E402
from pos_app.app.central_commands import build_central  # noqa: E402
from pos_app.app.context import AppContext, open_context  # noqa: E402
from pos_app.app.journal_commands import backoffice_journals  # noqa: E402
from pos_app.app.wiring import Services, build_services, ensure_demo_store  # noqa: E402
from pos_app.domain.clock import FixedClock  # noqa: E402
from pos_app.domain.permissions import Actor, Role  # noqa: E402
from pos_app.ui.backoffice import BackOfficeWindow  # noqa: E402
from pos_app.ui.worker import DbWorker  # noqa: E402

SIZES = ((1366, 768), (1920, 1080))
LOCALES = {"en": ("en_US", "America/New_York"), "es": ("es_ES", "Europe/Madrid"),
           "de": ("de_DE", "Europe/Berlin"), "ar": ("ar_EG", "Africa/Cairo")}


def wait_until(cond: Callable[[], bool], timeout: float = 30.0) -> None:
    end = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > end:
            raise TimeoutError("the screen did not finish loading")
        QTest.qWait(10)


def terminal(root: Path, start: datetime) -> tuple[AppContext, Services]:
    root.mkdir(parents=True, exist_ok=True)
    cfg = root / "config.toml"
    cfg.write_text('[terminal]\nid = "T1"\n\n[store]\nname = "Demo Store"\n',
                   encoding="utf-8")
    ctx = open_context(data_dir=root / "data", config_path=cfg, demo=True,
                       clock=FixedClock(start))
    services = build_services(ctx)
    ensure_demo_store(ctx, services, n_products=200)
    return ctx, services


def manager(services: Services) -> Actor:
    return next(s.actor for s in services.staff.list_staff() if s.role is Role.MANAGER)


class Shooter:
    def __init__(self, out: Path) -> None:
        self.out = out
        self.files: list[Path] = []

    def shoot(self, widget: QWidget, name: str) -> None:
        QTest.qWait(50)  # let layouts and charts settle
        path = self.out / f"{name}.png"
        widget.grab().save(str(path))
        self.files.append(path)


def render(window: BackOfficeWindow, shooter: Shooter, tag: str, *, drill: bool,
           plans: bool) -> None:
    for w, h in SIZES:
        size = f"{w}x{h}"
        window.resize(w, h)
        window.show()
        window.show_section("Commission")
        page = window.commission
        assert page is not None
        wait_until(lambda p=page: p.report is not None and not window.worker.busy)
        shooter.shoot(window, f"backoffice-{tag}-commission-{size}")
        if drill and page.report is not None and page.report.staff:
            page.drill(page.report.staff[0].staff_id)
            wait_until(lambda p=page: p.drill_dialog is not None and p.drill_dialog.isVisible())
            assert page.drill_dialog is not None
            shooter.shoot(page.drill_dialog, f"backoffice-{tag}-drilldown-{size}")
            page.drill_dialog.close()
            page.drill_dialog = None
        window.show_section("Needs review")
        review = window.review
        assert review is not None
        wait_until(lambda r=review: r.review is not None and not window.worker.busy)
        shooter.shoot(window, f"backoffice-{tag}-review-{size}")
        review.review = None
        if plans and window.plans is not None:
            editor = window.plans
            window.show_section("Plans")
            wait_until(lambda e=editor: e.plan_list is not None and not window.worker.busy)
            if not editor.plan_list.plans:
                shooter.shoot(window, f"backoffice-{tag}-plans-new-{size}")
                continue
            editor.preview_period.setCurrentIndex(1)  # this period so far
            editor.preview()
            wait_until(lambda e=editor: e.preview_result is not None and not window.worker.busy)
            shooter.shoot(window, f"backoffice-{tag}-plans-preview-{size}")
            editor.scroller.verticalScrollBar().setValue(0)
            editor.name.setText("")
            editor.rules.set_cell(0, 6, "120")
            editor.tiers_on.setChecked(True)
            editor.tiers.set_cell(0, 0, "50")
            editor.save()
            shooter.shoot(window, f"backoffice-{tag}-plans-errors-{size}")
            editor.preview_result = None
            editor.plan_list = None
            editor.load()
            wait_until(lambda e=editor: e.plan_list is not None and not window.worker.busy)
        page.report = None
        window.load_current()


def journal_activity(ctx: AppContext, services: Services) -> None:
    """A morning at the till for the journal: a wrong PIN, a discount within the
    cashier's limit and one over it, a price override, a line void, a void, cash paid
    out, the drawer opened without a sale."""
    from pos_app.adapters.sqlite.sale_store import SqliteAuditLog
    from pos_app.domain.pricing import Discount, DiscountKind
    from pos_app.domain.sale import TenderKind
    from pos_app.services import sale_commands as c
    from pos_app.services.demo_data import demo_catalog

    staff = services.staff.list_staff()
    cashier = next(s.actor for s in staff if s.role is Role.CASHIER)
    boss = manager(services)
    clock = ctx.clock
    assert isinstance(clock, FixedClock)
    clock.advance(hours=2)
    log = SqliteAuditLog(ctx.db, clock, ctx.ids, terminal_id=ctx.settings.terminal_id)
    log.append(actor=None, action="login_failed", subject=cashier.staff_id,
               detail='{"kind":"sign_in","failures":1}', approved_by=None)
    demo = [v for v in demo_catalog(40, currency=ctx.settings.store.currency) if v.tracked]
    stored = services.catalog_repo.get_by_skus([v.sku for v in demo])
    items = [stored[v.sku] for v in demo if v.sku in stored][5:9]
    sale = services.desk.new_sale(cashier_id=cashier.staff_id)
    for v in items[:3]:
        clock.advance(seconds=20)
        sale.execute(c.AddItem(v), actor=cashier)
    clock.advance(seconds=30)
    sale.execute(c.SetLineDiscount(1, Discount(DiscountKind.PERCENT, 500, "loyalty")),
                 actor=cashier)
    clock.advance(seconds=30)
    sale.execute(c.SetLineDiscount(2, Discount(DiscountKind.PERCENT, 2500, "damaged box")),
                 actor=cashier, approver=boss)
    clock.advance(seconds=30)
    sale.execute(c.OverridePrice(3, 500), actor=cashier, approver=boss)
    clock.advance(seconds=20)
    sale.execute(c.AddItem(items[-1]), actor=cashier)
    sale.execute(c.RemoveLine(4), actor=cashier)
    clock.advance(seconds=40)
    sale.execute(c.AddTender(TenderKind.CASH, sale.settlement().remaining + 500),
                 actor=cashier)
    sale.execute(c.Complete(), actor=cashier)
    clock.advance(minutes=12)
    void = services.desk.new_sale(cashier_id=cashier.staff_id)
    void.execute(c.AddItem(items[0]), actor=cashier)
    void.execute(c.Void(reason="customer left"), actor=cashier, approver=boss)
    clock.advance(minutes=5)
    log.append(actor=boss.staff_id, action="open_drawer", subject=None,
               detail='{"reason":"no sale"}', approved_by=boss.staff_id)
    shift = services.shifts.current_shift()
    if shift is None:
        services.shifts.open_shift(boss.staff_id, 15_000)
    clock.advance(minutes=3)
    services.shifts.cash_out(boss.staff_id, 1_250, "Window cleaner")


def tamper_one(ctx: AppContext) -> None:
    """What someone with the database file and no key would do: drop the triggers, edit a
    sold total, put them back. The journal screen then says where the chain breaks."""
    with ctx.db.write() as conn:
        conn.exec_driver_sql("DROP TRIGGER journal_no_update")
        seq = conn.exec_driver_sql(
            "SELECT seq FROM journal WHERE action = 'sale' ORDER BY seq DESC LIMIT 1 "
            "OFFSET 3").scalar()
        conn.exec_driver_sql("UPDATE journal SET detail = replace(detail, '\"total\":', "
                             "'\"total\":1') WHERE seq = ?", (seq,))
        conn.exec_driver_sql("CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal "
                             "BEGIN SELECT RAISE(ABORT, 'journal records cannot be changed "
                             "or deleted'); END")


def render_journal(window: BackOfficeWindow, shooter: Shooter, tag: str) -> None:
    for w, h in SIZES:
        window.resize(w, h)
        window.show()
        window.show_section("Journal")
        page = window.journal
        assert page is not None
        page.view = None
        page.load(verify=True)
        wait_until(lambda p=page: p.view is not None and not window.worker.busy)
        shooter.shoot(window, f"backoffice-{tag}-journal-{w}x{h}")


def render_staff(window: BackOfficeWindow, shooter: Shooter, tag: str) -> None:
    for w, h in SIZES:
        window.resize(w, h)
        window.show()
        window.show_section("Staff")
        page = window.staff
        assert page is not None
        page.listing = None
        page.load()
        wait_until(lambda p=page: p.listing is not None and not window.worker.busy)
        shooter.shoot(window, f"backoffice-{tag}-staff-{w}x{h}")


def health_source(ctx: AppContext, services: Services, *, history: bool,
                  disk_free_pct: float) -> Callable[[], Any]:
    """The Health section's data: with `history`, a week of the till's minutes (every
    ten minutes: commands timed, a few refused, queues and an afternoon offline); the
    disk at `disk_free_pct` (under 10: the disk alert fires)."""
    import random

    from pos_app.app.monitoring_wiring import build_monitoring, health_report
    from pos_app.services.metrics import GAUGE, MetricRow

    gib = 1 << 30
    mon = build_monitoring(ctx, services, disk_probe=lambda _p: (
        int(disk_free_pct * gib), 100 * gib))
    if history:
        rng = random.Random(7)
        now = ctx.clock.now()
        for k in range(7 * 24 * 6, 0, -1):
            at = now - timedelta(minutes=10 * k)
            busy = 9 <= at.hour < 19
            for _ in range(rng.randint(30, 60) if busy else rng.randint(0, 4)):
                kind = rng.choice(("add_item", "add_item", "set_quantity", "add_tender",
                                   "complete"))
                ms = rng.lognormvariate(-0.6, 0.45) * (3 if rng.random() < 0.01 else 1)
                mon.metrics.command(kind, ms / 1000, rng.random() > 0.0008)
            offline = k < 30 and k > 12  # the central database away for three hours
            queue = (30 - k) * 9 if offline else rng.randint(0, 3) if busy else 0
            mon.store.write([
                *mon.metrics.drain(),
                MetricRow(GAUGE, "queue:central", value=float(queue)),
                MetricRow(GAUGE, "queue:journal", value=float(queue // 3)),
                MetricRow(GAUGE, "disk_free_pct", value=disk_free_pct)], at)
    return lambda: health_report(ctx, mon)


def render_health(window: BackOfficeWindow, shooter: Shooter, tag: str) -> None:
    window.show_section("Health")
    page = window.health
    assert page is not None
    for w, h in SIZES:
        window.resize(w, h)
        window.show()
        page.report = None
        page.load()
        wait_until(lambda p=page: p.report is not None and not window.worker.busy)
        shooter.shoot(window, f"backoffice-{tag}-health-{w}x{h}")
    window.resize(*SIZES[0])
    page.set_period("week")
    shooter.shoot(window, f"backoffice-{tag}-health-week-{SIZES[0][0]}x{SIZES[0][1]}")
    page.set_period("day")


def pdf_page(window: BackOfficeWindow, shooter: Shooter, path: Path) -> None:
    """The payroll PDF's first page, as the manager would print it."""
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    page = window.commission
    assert page is not None
    page.export_pdf(path)
    wait_until(lambda: page.last_export == path)
    doc = QPdfDocument()
    doc.load(str(path))
    image = doc.render(0, QSize(1754, 1240))  # A4 landscape at 150 dpi
    out = shooter.out / "backoffice-demo-payroll-pdf.png"
    image.save(str(out))
    shooter.files.append(out)
    doc.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--days", type=int, default=28)
    parser.add_argument("--language", choices=sorted(LOCALES), default="en")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    from pos_app.services.locale_format import LocaleFormat
    from pos_app.ui.i18n import install_language, set_format

    locale, zone = LOCALES[args.language]
    set_format(LocaleFormat(locale, zone, "USD"))  # the demo plans pay in US dollars
    if not install_language(args.language):
        print(f"warning: no compiled {args.language} translation (make qm): English",
              file=sys.stderr)
    shooter = Shooter(args.out)
    start = datetime.now(UTC).replace(hour=9, minute=0, second=0, microsecond=0) \
        - timedelta(days=args.days)
    os.environ.pop("POS_APP_CENTRAL_URL", None)
    with tempfile.TemporaryDirectory(prefix="pos-backoffice-shots-") as tmp:
        # ---- demo data -----------------------------------------------------------------
        ctx, services = terminal(Path(tmp) / "demo", start)
        engine, _sync = build_central(ctx, url=None, store_id=None)
        seeded = seed_commission_demo(ctx, services, engine, days=args.days)
        print(f"seeded {seeded.sales} sales, {seeded.returns} returns, "
              f"{seeded.records} rows pushed")
        # A sale by someone no plan covers: something for "Needs review".
        reports, plans = build_backoffice(ctx, services, engine)
        journal_activity(ctx, services)
        worker = DbWorker()
        window = BackOfficeWindow(reports=reports, plans=plans, worker=worker,
                                  store_name="Demo Store", actor=manager(services),
                                  recalculate=services.commission.recalculate,
                                  journals=backoffice_journals(ctx, engine),
                                  today=ctx.clock.now().date(), staff=services.staff,
                                  health=health_source(ctx, services, history=True,
                                                       disk_free_pct=7.5))
        render(window, shooter, "demo", drill=True, plans=True)
        render_journal(window, shooter, "demo")
        render_staff(window, shooter, "demo")
        render_health(window, shooter, "demo")  # the disk alert firing
        tamper_one(ctx)
        render_journal(window, shooter, "tampered")
        window.show_section("Commission")
        wait_until(lambda: window.commission is not None
                   and window.commission.report is not None and not worker.busy)
        pdf_page(window, shooter, Path(tmp) / "payroll.pdf")
        window.close()

        # ---- the central database unreachable: this terminal's data, amber banner ----
        from pos_app.adapters.central.engine import make_central_engine

        dead = make_central_engine("postgresql+psycopg://nobody@127.0.0.1:1/central",
                                   connect_timeout=1)
        reports, plans = build_backoffice(ctx, services, dead)
        offline = BackOfficeWindow(reports=reports, plans=plans, worker=worker,
                                   store_name="Demo Store", actor=manager(services))
        for w, h in SIZES:
            offline.resize(w, h)
            offline.show()
            page = offline.commission
            assert page is not None
            wait_until(lambda p=page: p.report is not None and not worker.busy)
            shooter.shoot(offline, f"backoffice-offline-commission-{w}x{h}")
        offline.close()
        dead.dispose()
        engine.dispose()
        ctx.close()

        # ---- an empty store -----------------------------------------------------------
        ctx, services = terminal(Path(tmp) / "empty", datetime.now(UTC))
        engine, _sync = build_central(ctx, url=None, store_id=None)
        reports, plans = build_backoffice(ctx, services, engine)
        empty = BackOfficeWindow(reports=reports, plans=plans, worker=worker,
                                 store_name="New Store", actor=manager(services),
                                 journals=backoffice_journals(ctx, engine),
                                 health=health_source(ctx, services, history=False,
                                                      disk_free_pct=62.0))
        render(empty, shooter, "empty", drill=False, plans=True)
        render_journal(empty, shooter, "empty")
        render_health(empty, shooter, "empty")
        empty.close()
        wait_until(lambda: not worker.busy)
        worker.shutdown()
        engine.dispose()
        ctx.close()
    del app
    for f in shooter.files:
        print(f.relative_to(ROOT) if f.is_relative_to(ROOT) else f)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
