"""The manager's drill-down over the central database names every sale by its receipt
number and terminal, whichever terminal rang it up (PostgreSQL and embedded SQLite)."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from sqlalchemy import text

from pos_app.adapters.central.report_source import CentralReportSource
from pos_app.adapters.sqlite.commission_report_source import SqliteReportSource
from pos_app.adapters.sqlite.sale_store import SqliteSaleStore
from pos_app.app.backoffice import CombinedSaleRefs
from pos_app.domain.commission import CommissionPlan, Match, Rate, RateKind, RateRule, digest
from pos_app.domain.errors import Offline
from pos_app.domain.sale import PricingRules, TenderKind
from pos_app.services.central_sync import PulledPlan
from pos_app.services.commission_calculator import CommissionCalculator, CommissionSettings
from pos_app.services.commission_reports import (
    CommissionReportService,
    ReportFilter,
    ReportPeriod,
    ReportScope,
    SaleRef,
)
from pos_app.services.sale_commands import AddItem, AddTender, Complete
from pos_app.services.sales import SalesDesk
from tests.conftest import TAX_CLASSES, variant
from tests.integration import central_fixtures
from tests.integration.central_fixtures import Terminal, unique_store

central = central_fixtures.central
pg_server = central_fixtures.pg_server

CHICAGO = ZoneInfo("America/Chicago")


def till(t: Terminal, plan: CommissionPlan) -> SalesDesk:
    """A sales desk on the terminal's own database, paying commission by `plan`."""
    with t.db.write() as conn:
        conn.execute(text("INSERT INTO tax_class (code, name) VALUES ('standard', 'Std')"))
    body = plan.body_json()
    t.outbox.apply_plans([PulledPlan(plan.id, plan.store_id, 1, digest(body), body)],
                         "2026-11-27T09:00:00+00:00")
    desk = SalesDesk(SqliteSaleStore(t.db), PricingRules(TAX_CLASSES), t.clock, t.ids,
                     terminal_id=t.terminal_id, currency="USD")
    desk.completion_hooks.append(CommissionCalculator(
        t.ledger, CommissionSettings(t.terminal_id, "USD"), t.clock, t.ids))
    return desk


def ring_up(desk: SalesDesk, cashier: str, n: int) -> int:
    s = desk.new_sale(cashier_id=cashier)
    s.execute(AddItem(variant(n, 2_000), 1))
    s.execute(AddTender(TenderKind.CASH, s.settlement().remaining))
    receipt = s.execute(Complete()).receipt_no
    assert receipt is not None
    return receipt


def test_drill_down_names_sales_of_both_terminals(central, tmp_path):
    store = unique_store()
    plan = CommissionPlan(id=f"p-{store}", name="Floor", currency="USD",
                          effective_from=date(2026, 1, 1), store_id=store,
                          rules=(RateRule(Match(), Rate(RateKind.PERCENT, 500)),))
    central.admin.upsert_staff(store, "ann", "Ann", "cashier")
    t1 = Terminal(tmp_path, central, store, "T1")
    t2 = Terminal(tmp_path, central, store, "T2")
    try:
        d1, d2 = till(t1, plan), till(t2, plan)
        r1 = ring_up(d1, "ann", 1)
        t2.clock.advance(minutes=10)
        ring_up(d2, "ann", 2)
        r2 = ring_up(d2, "ann", 3)
        assert t1.drain() == 0 and t2.drain() == 0

        # T1's back office: its own refs locally, T2's from the central database.
        local = SqliteReportSource(t1.db, store_id=store, terminal_id="T1")
        source = CentralReportSource(central.admin_engine)
        reports = CommissionReportService(
            source, clock=t1.clock, currency="USD", tz=CHICAGO,
            sale_refs=CombinedSaleRefs(local, source))
        f = ReportFilter(ReportScope(store_id=store), ReportPeriod.of("month",
                                                                      date(2026, 11, 1)))
        rows = reports.drill_down(f, "ann").rows
        assert sorted(r.receipt for r in rows) == [f"#{r1} · T1", f"#{r2 - 1} · T2",
                                                   f"#{r2} · T2"]
        # This terminal's own lines keep their titles; the others show the SKU.
        assert {r.line for r in rows} == {"1 · Item 1", "1 · SKU-00002", "1 · SKU-00003"}

        # The central source alone: one query for every id, receipt numbers of both.
        sale_ids = {rec.sale_id for rec in source.records(
            ReportScope(store_id=store), "2026-01-01", "2027-01-01")}
        refs = source.sale_refs(sale_ids | {"unknown-sale"})
        assert sorted((ref.terminal_id, ref.receipt_no) for ref in refs.values()) == [
            ("T1", r1), ("T2", r2 - 1), ("T2", r2)]
    finally:
        t1.close()
        t2.close()


class _Down:
    def sale_refs(self, sale_ids):
        raise Offline("central database unreachable")


class _Local:
    def sale_refs(self, sale_ids):
        return {s: SaleRef("T1", 7) for s in sale_ids if s == "mine"}


def test_unusable_central_costs_only_other_terminals_refs():
    refs = CombinedSaleRefs(_Local(), _Down()).sale_refs(["mine", "theirs"])
    assert refs == {"mine": SaleRef("T1", 7)}
    # Nothing missing locally: the central database is not asked at all.
    assert CombinedSaleRefs(_Local(), _Down()).sale_refs(["mine"]) == refs
