"""The back office: builds the commission read model and the plan service, seeds demo
commission history, and the `pos-app backoffice` command that opens the window."""

from __future__ import annotations

import argparse
import logging
import random
from collections.abc import Callable, Collection, Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

from pos_app.domain.clock import FixedClock
from pos_app.domain.errors import EnvironmentFault

from .commands import command

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from pos_app.domain.commission import CommissionPlan
    from pos_app.domain.permissions import Actor
    from pos_app.services.commission_plans import PlanService
    from pos_app.services.commission_reports import CommissionReports, SaleRef, SaleRefs
    from pos_app.services.sale_session import SaleSession
    from pos_app.services.staff import StaffService

    from .context import AppContext
    from .wiring import Services

log = logging.getLogger(__name__)


class CombinedSaleRefs:
    """Receipt numbers for a drill-down over the central database: this terminal's own
    sales from its database (exact, with line titles, pushed or not), every other
    sale from what the terminals pushed centrally. Central being unusable only costs
    the other terminals' receipt numbers: the rows fall back to "terminal · sale id"."""

    def __init__(self, local: SaleRefs, central: SaleRefs) -> None:
        self._local = local
        self._central = central

    def sale_refs(self, sale_ids: Collection[str]) -> Mapping[str, SaleRef]:
        out = dict(self._local.sale_refs(sale_ids))
        missing = [s for s in sale_ids if s not in out]
        if missing:
            try:
                out.update(self._central.sale_refs(missing))
            except EnvironmentFault as exc:
                log.warning("receipt numbers of other terminals unavailable: %s", exc)
        return out


def build_backoffice(ctx: AppContext, services: Services, central_engine: Engine | None) \
        -> tuple[CommissionReports, PlanService]:
    """The back office's services: reports read the central database (every store and
    terminal) and fall back to this terminal's records when it is unusable; plans are
    saved centrally by managers. With no central engine, local data only."""
    from pos_app.adapters.central.report_source import CentralReportSource
    from pos_app.adapters.central.repository import CentralAdmin
    from pos_app.adapters.central.settings import central_settings
    from pos_app.adapters.sqlite.commission_repo import SqliteCommissionLedger
    from pos_app.adapters.sqlite.commission_report_source import SqliteReportSource
    from pos_app.adapters.sqlite.sale_store import SqliteAuditLog
    from pos_app.services.commission_plans import PlanService
    from pos_app.services.commission_reports import CommissionReportService, FallbackReports

    from .wiring import commission_settings

    del services  # the back office reads; the counter's services stay the counter's
    tz = commission_settings(ctx).tz
    store_id = central_settings(ctx.settings.sections.get("central")).store_id
    currency = ctx.settings.store.currency
    local_source = SqliteReportSource(ctx.db, store_id=store_id,
                                      terminal_id=ctx.settings.terminal_id)
    local = CommissionReportService(local_source, clock=ctx.clock, currency=currency, tz=tz,
                                    sale_refs=local_source)
    reports: CommissionReports = local
    admin = None
    if central_engine is not None:
        central_source = CentralReportSource(central_engine)
        central = CommissionReportService(
            central_source, clock=ctx.clock, currency=currency, tz=tz,
            sale_refs=CombinedSaleRefs(local_source, central_source))
        reports = FallbackReports(central, local, clock=ctx.clock, tz=tz)
        admin = CentralAdmin(central_engine)
    plans = PlanService(admin, reports, SqliteCommissionLedger(ctx.db, ctx.ids),
                        local_plans=local_source.plans, tz=tz,
                        audit=SqliteAuditLog(ctx.db, ctx.clock, ctx.ids,
                                             terminal_id=ctx.settings.terminal_id))
    return reports, plans


# ---- demo commission history -----------------------------------------------------------------

def demo_plans() -> tuple[CommissionPlan, ...]:
    """The demo store's plans (built on first use: `pos-app --help` never loads them)."""
    from pos_app.domain.commission import (
        Bonus,
        CommissionPlan,
        Match,
        Measure,
        Rate,
        RateKind,
        RateRule,
        Spiff,
        Tier,
        TierMode,
        TierSchedule,
    )
    from pos_app.services.demo_data import STAFF_PICKS

    return (
        CommissionPlan(
            id="demo-floor", name="Floor staff", currency="USD", effective_from=date(2020, 1, 1),
            roles=frozenset({"cashier", "supervisor"}),
            rules=(RateRule(Match(), Rate(RateKind.PERCENT, 300)),
                   RateRule(Match(product_type="Apparel"), Rate(RateKind.PERCENT, 500))),
            # Staff Picks is a Shopify collection: the terminal learns its members from
            # the first sync, and from then on a pick pays $1.00 a unit on top.
            spiffs=(Spiff(Match(product_type="Personal Care"), 50),
                    Spiff(Match(collection=STAFF_PICKS), 100)),
            tiers=TierSchedule(Measure.VALUE, TierMode.MARGINAL,
                               (Tier(0, 0), Tier(500_000, 100), Tier(1_200_000, 200))),
            bonuses=(Bonus(Measure.VALUE, 900_000, 7_500),)),
        # Managers earn no commission: said in a plan, so their sales are settled at zero
        # instead of each waiting in "needs review" for a plan that will never come.
        CommissionPlan(
            id="demo-managers", name="Managers (no commission)", currency="USD",
            effective_from=date(2020, 1, 1), roles=frozenset({"manager"}),
            rules=(RateRule(Match(), Rate(RateKind.PERCENT, 0)),)),
    )


def __getattr__(name: str) -> tuple[CommissionPlan, ...]:
    if name == "DEMO_PLANS":  # `from pos_app.app.backoffice import DEMO_PLANS` still works
        return demo_plans()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def publish_demo_plans(ctx: AppContext, services: Services, central_engine: Engine,
                       plans: Sequence[CommissionPlan] | None = None) -> str:
    """Save the demo plans in the central database (a plan already there is kept) and
    publish the staff, as a manager would; terminals pull both at their next sync.
    Returns the store id."""
    from pos_app.adapters.central.repository import CentralAdmin
    from pos_app.adapters.central.settings import central_settings
    from pos_app.domain.errors import StaleVersion

    store_id = central_settings(ctx.settings.sections.get("central")).store_id
    admin = CentralAdmin(central_engine)
    for plan in demo_plans() if plans is None else plans:
        with suppress(StaleVersion):  # already there
            admin.save_plan(plan, expected_version=0, by="demo")
    for person in services.staff.list_staff():
        admin.upsert_staff(store_id, person.id, person.name, person.role.value)
    return store_id


@dataclass(frozen=True, slots=True)
class DemoSeed:
    sales: int
    returns: int
    records: int


def seed_commission_demo(ctx: AppContext, services: Services, central_engine: Engine, *,
                         days: int = 28, seed: int = 7, plans: Sequence[CommissionPlan] |
                         None = None, sales_per_day: tuple[int, int] = (2, 5)) -> DemoSeed:
    """Demo commission history through the real sales desk: the demo plans saved
    centrally, staff published, both pulled; then `days` days of sales (some split
    between two sellers, some returned) from the clock's current time on, settled and
    pushed. The context's clock must be a FixedClock (it is moved forward)."""
    from pos_app.adapters.central.repository import SqlCentralStore
    from pos_app.adapters.sqlite.central_outbox import SqliteSyncOutbox
    from pos_app.domain.sale import TenderKind
    from pos_app.services.central_sync import CentralSync, TerminalIdentity
    from pos_app.services.demo_data import demo_catalog
    from pos_app.services.sale_commands import (
        AddItem,
        AddTender,
        AttributeLine,
        Complete,
        ReturnLine,
    )

    clock = ctx.clock
    if not isinstance(clock, FixedClock):
        raise TypeError("seeding demo history needs a FixedClock to move")
    store_id = publish_demo_plans(ctx, services, central_engine, plans)
    staff = services.staff.list_staff()
    sync = CentralSync(SqliteSyncOutbox(ctx.db), SqlCentralStore(central_engine),
                       TerminalIdentity(store_id, ctx.settings.terminal_id), clock)
    sync.sync_once(force=True)

    rng = random.Random(seed)
    # By SKU, as stored: a demo store seeded before its ids became Shopify's keeps its own.
    demo = [v for v in demo_catalog(100, currency=ctx.settings.store.currency) if v.tracked]
    stored = services.catalog_repo.get_by_skus([v.sku for v in demo])
    catalog = [stored[v.sku] for v in demo if v.sku in stored]
    if not catalog:
        raise ValueError("the demo catalog is not in this store; seed the demo store first")
    sellers = [s for s in staff if s.active]
    weights = [3 if s.role.value == "cashier" else 2 if s.role.value == "supervisor" else 1
               for s in sellers]
    desk = services.desk
    sold: list[int] = []
    n_sales = n_returns = 0
    start = clock.now()

    def move_to(when: datetime) -> None:
        gap = (when - clock.now()).total_seconds()
        if gap > 0:
            clock.advance(seconds=gap)

    def pay(session: SaleSession) -> None:
        st = session.settlement()
        session.execute(AddTender(TenderKind.CASH, st.remaining_cash or st.remaining))
        result = session.execute(Complete())
        if result.receipt_no is not None:
            sold.append(result.receipt_no)

    for day in range(days):
        opening = datetime.combine(start.date() + timedelta(days=day), time(14), tzinfo=UTC)
        count = rng.randint(*sales_per_day) * len(sellers)
        for i in range(count):
            move_to(opening + timedelta(minutes=int(i * 540 / max(1, count))))
            seller = rng.choices(sellers, weights)[0]
            if sold and rng.random() < 0.06:
                receipt = desk.receipt(rng.choice(sold))
                line = rng.choice(receipt.lines)
                left = line.line.quantity - line.returned
                if left > 0:
                    r = desk.new_sale(cashier_id=seller.id)
                    reasons = desk.rules.return_reasons or ("Changed mind",)
                    r.execute(ReturnLine(line.line, line.returned, 1,
                                         reason=reasons[n_returns % len(reasons)]))
                    pay(r)
                    n_returns += 1
                continue
            sale = desk.new_sale(cashier_id=seller.id)
            for _ in range(rng.randint(1, 4)):
                sale.execute(AddItem(rng.choice(catalog), rng.choice((1, 1, 1, 2, 3))))
            if rng.random() < 0.12:
                other = rng.choice([x for x in sellers if x.id != seller.id] or [seller])
                sale.execute(AttributeLine(1, ((seller.id, 6_000), (other.id, 4_000))))
            pay(sale)
            n_sales += 1
    services.commission.settle()  # this terminal's provisional figures (stay local)
    summary = sync.sync_once(force=True)
    from .central_commands import build_settlement

    build_settlement(ctx, central_engine, store_id).settle()  # tiers and bonuses, store-wide
    return DemoSeed(n_sales, n_returns, summary.pushed)


# ---- the command ------------------------------------------------------------------------------


def backoffice_authenticate(staff: StaffService) -> Callable[[str, str | None], Actor]:
    """The back office's PIN check: the same throttle and audit as the counter's
    sign-in (kind back_office); only roles that may use the back office have their PIN
    tried at all."""
    from pos_app.services.commission_reports import BACKOFFICE_ROLES
    from pos_app.services.staff import AttemptKind

    need = min(BACKOFFICE_ROLES, key=lambda r: r.rank)

    def authenticate(pin: str, staff_id: str | None) -> Actor:
        return staff.check_pin(staff_id, pin, kind=AttemptKind.BACK_OFFICE, need=need).actor
    return authenticate



def _args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--demo", action="store_true",
                   help="a demo store: seeds demo products and staff and, the first time, "
                        "four weeks of demo sales with commission")
    p.add_argument("--central-url", default=None,
                   help="the central database as a manager or administrator (env "
                        "POS_APP_CENTRAL_URL; default: the embedded SQLite database)")
    p.add_argument("--store-id", default=None, help="this terminal's store (env "
                                                    "POS_APP_STORE_ID)")


@command("backoffice", "Open the managers' back office: commission per staff member and "
                       "period, plans, records needing review.", _args)
def backoffice_cmd(args: argparse.Namespace) -> int:
    import sys

    from PySide6.QtWidgets import QApplication

    from pos_app.adapters.config import default_config_path
    from pos_app.adapters.sqlite.commission_report_source import SqliteReportSource
    from pos_app.services.commission_reports import ReportScope, backoffice_sign_in
    from pos_app.services.demo_data import DEMO_STAFF
    from pos_app.ui.backoffice import BackOfficeWindow
    from pos_app.ui.worker import DbWorker

    from .central_commands import build_central
    from .context import open_context
    from .journal_commands import backoffice_journals
    from .setup_steps import FirstRunSetup
    from .wiring import build_services, ensure_demo_store

    ctx = open_context(data_dir=args.data_dir, config_path=args.config, demo=args.demo or None)
    try:
        services = build_services(ctx)
        if ctx.settings.demo:
            ensure_demo_store(ctx, services)
        engine, sync = build_central(ctx, url=args.central_url, store_id=args.store_id)
        try:
            local = SqliteReportSource(ctx.db, store_id=None,
                                       terminal_id=ctx.settings.terminal_id)
            if ctx.settings.demo and local.freshness(ReportScope()).newest_record is None:
                start = datetime.combine(date.today() - timedelta(days=28), time(9),
                                         tzinfo=UTC)  # four weeks, ending yesterday
                seed_ctx = open_context(data_dir=ctx.settings.data_dir, config_path=args.config,
                                        demo=True, clock=FixedClock(start))
                try:
                    done = seed_commission_demo(seed_ctx, build_services(seed_ctx), engine)
                    log.warning("seeded demo commission history: %d sales, %d returns",
                                done.sales, done.returns)
                finally:
                    seed_ctx.close()
            reports, plans = build_backoffice(ctx, services, engine)
            # The Health section: this till's stored metrics and alerts.
            from .monitoring_wiring import build_monitoring, health_report

            monitoring = build_monitoring(ctx)

            authenticate = backoffice_authenticate(services.staff)
            def recalculate() -> list[object]:
                """Fix records that needed review, then push them so the central
                database (which the screen reads) shows the fix at once."""
                fixed = services.commission.recalculate()
                sync.sync_once(force=True)
                return list(fixed)

            app = QApplication.instance() or QApplication(sys.argv)
            from pos_app.ui.i18n import install_language, set_format

            set_format(ctx.settings.store.locale_format())
            install_language(ctx.settings.store.ui_language, app)
            worker = DbWorker()
            demo_pins = [(p.name, p.role.value, p.pin) for p in DEMO_STAFF] \
                if ctx.settings.demo else []
            window = BackOfficeWindow(
                reports=reports, plans=plans, worker=worker, store_name=ctx.settings.store.name,
                sign_in=lambda pin, sid: backoffice_sign_in(authenticate, pin, sid),
                staff_list=services.counter.staff_list,
                recalculate=recalculate, demo_pins=demo_pins,
                journals=backoffice_journals(ctx, engine, sync.identity.store_id),
                unlock=services.counter.unlock_staff, staff=services.staff,
                health=lambda: health_report(ctx, monitoring),
                setup=None if ctx.settings.demo else FirstRunSetup(
                    data_dir=ctx.settings.data_dir,
                    config_path=ctx.settings.config_path or default_config_path()))
            window.show()
            try:
                return int(app.exec())
            finally:
                worker.shutdown()
        finally:
            engine.dispose()
    finally:
        ctx.close()
