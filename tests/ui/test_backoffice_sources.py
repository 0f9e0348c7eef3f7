"""The back office's two report sources agree: a terminal's own database and the central
database (PostgreSQL and the embedded SQLite), with local days of a store whose clocks
change for daylight saving. (No widgets: these guard what the screens are built from.)"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from pos_app.adapters.central.report_source import CentralReportSource
from pos_app.adapters.sqlite.commission_report_source import SqliteReportSource
from pos_app.domain.clock import FixedClock, iso
from pos_app.domain.commission import (
    Bonus,
    CommissionPlan,
    CommissionRecord,
    Match,
    Measure,
    Rate,
    RateKind,
    RateRule,
    RecordKind,
    RecordStatus,
    Tier,
    TierMode,
    TierSchedule,
    period_record_id,
)
from pos_app.services.commission_reports import (
    CommissionReportService,
    Figure,
    ReportFilter,
    ReportPeriod,
    ReportScope,
)
from tests.integration import central_fixtures
from tests.integration.central_fixtures import Terminal, unique_store

central = central_fixtures.central
pg_server = central_fixtures.pg_server

CHICAGO = ZoneInfo("America/Chicago")
NOV = ReportPeriod.of("month", date(2026, 11, 1))
NOW = datetime(2026, 12, 3, 12, tzinfo=UTC)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def sale(t: Terminal, staff: str, at: datetime, amount: int, base: int, *,
         plan: str, kind: RecordKind = RecordKind.SALE,
         status: RecordStatus = RecordStatus.OK) -> CommissionRecord:
    r = t.record(staff, amount)
    units = 1 if kind is RecordKind.SALE else -1
    return replace(r, at=iso(at), base=base, units=units, kind=kind, status=status,
                   line_quantity=units, plan_id=plan if status is RecordStatus.OK else None,
                   period_start=date(at.astimezone(CHICAGO).year,
                                     at.astimezone(CHICAGO).month, 1)
                   if status is RecordStatus.OK else None,
                   of_record="orig" if kind is RecordKind.CLAWBACK else None,
                   reason="" if status is RecordStatus.OK else "no plan")


def service(source, *, refs=None) -> CommissionReportService:
    return CommissionReportService(source, clock=FixedClock(NOW), currency="USD", tz=CHICAGO,
                                   sale_refs=refs)


def test_local_and_central_sources_give_the_same_views(central, tmp_path):
    store, other = unique_store(), unique_store()
    plan = CommissionPlan(
        id=f"p-{store}", name="Floor", currency="USD", effective_from=date(2026, 1, 1),
        store_id=store, rules=(RateRule(Match(), Rate(RateKind.PERCENT, 500)),),
        tiers=TierSchedule(Measure.VALUE, TierMode.WHOLE_PERIOD,
                           (Tier(0, 0), Tier(50_000, 100))),
        bonuses=(Bonus(Measure.VALUE, 50_000, 2_000),))
    admin = central.admin
    admin.save_plan(plan, expected_version=0, by="m")
    admin.upsert_staff(store, "ann", "Ann", "cashier")
    admin.upsert_staff(store, "bob", "Bob", "cashier")
    admin.upsert_staff(other, "cy", "Cy", "cashier")
    t1 = Terminal(tmp_path, central, store, "T1")
    t9 = Terminal(tmp_path, central, other, "T9")
    try:
        pid = plan.id
        recs = [
            sale(t1, "ann", utc(2026, 11, 1, 4, 59), 100, 2_000, plan=pid),  # 31 Oct CDT
            sale(t1, "ann", utc(2026, 11, 1, 6, 30), 500, 10_000, plan=pid),  # 1 Nov CDT
            sale(t1, "ann", utc(2026, 11, 1, 7, 30), 700, 14_000, plan=pid),  # 1 Nov CST
            sale(t1, "ann", utc(2026, 11, 14, 18), 2_000, 40_000, plan=pid),
            sale(t1, "ann", utc(2026, 11, 20, 18), -500, -10_000, plan=pid,
                 kind=RecordKind.CLAWBACK),
            sale(t1, "bob", utc(2026, 11, 20, 19), 0, 8_000, plan=pid,
                 status=RecordStatus.NEEDS_REVIEW),
            sale(t1, "bob", utc(2026, 12, 1, 5, 59), 300, 6_000, plan=pid),  # 30 Nov CST
            sale(t1, "bob", utc(2026, 12, 1, 6, 0), 900, 18_000, plan=pid),  # 1 Dec CST
        ]
        bonus = CommissionRecord(
            id=period_record_id(pid, "ann", date(2026, 11, 1), RecordKind.BONUS), version=1,
            kind=RecordKind.BONUS, status=RecordStatus.OK, staff_id="ann", currency="USD",
            at=iso(utc(2026, 12, 1, 12)), terminal_id="T1", amount=2_000, plan_id=pid,
            plan_version=1, period_start=date(2026, 11, 1), base=54_000, units=3)
        t1.ledger.append([*recs, bonus], "x")
        t9.ledger.append([sale(t9, "cy", utc(2026, 11, 10, 18), 5_000, 100_000,
                               plan=pid)], "x")
        assert t1.sync.sync_once(force=True).ok and t9.sync.sync_once(force=True).ok

        local = SqliteReportSource(t1.db, store_id=store, terminal_id="T1")
        mine = service(local)
        everyone = service(CentralReportSource(central.admin_engine))
        f = ReportFilter(ReportScope(store_id=store), NOV)
        a, b = mine.report(f), everyone.report(f)
        assert a.staff == b.staff and a.team == b.team and a.totals == b.totals
        ann, bob = a.staff
        assert (ann.name, ann.sales, ann.sale_commission, ann.clawbacks, ann.bonuses) == \
            ("Ann", 54_000, 3_200, -500, 2_000)
        assert (bob.name, bob.sales, bob.commission, bob.needs_review) == \
            ("Bob", 14_000, 300, 1)
        assert ann.tier is not None and ann.tier.tier_number == 2
        assert ann.bonus is not None and ann.bonus.earned == 2_000
        series = {s.staff_id: s for s in a.team.series}
        assert series["ann"].commission[0] == 1_200  # both sides of the DST change: 1 Nov
        assert series["bob"].commission[29] == 300  # 05:59 UTC on 1 Dec: 30 Nov in Chicago
        assert series["ann"].commission[29] == 2_000  # the bonus settled in December

        for who in ("ann", "bob"):
            for fig in Figure:
                assert mine.drill_down(f, who, fig).rows == everyone.drill_down(f, who,
                                                                               fig).rows
        assert [r.staff_id for r in everyone.needs_review(ReportScope(store)).rows] == ["bob"]
        assert mine.needs_review(ReportScope(store)).rows == \
            everyone.needs_review(ReportScope(store)).rows

        # Central sees every store; a terminal only its own.
        other_only = everyone.report(ReportFilter(ReportScope(terminal_id="T9",
                                                              store_id=other), NOV))
        assert [(s.name, s.commission) for s in other_only.staff] == [("Cy", 5_000)]
        assert mine.report(ReportFilter(ReportScope(store_id=other), NOV)).empty
        choices = everyone.filters()
        assert {store, other} <= set(choices.stores)
        assert {(store, "T1"), (other, "T9")} <= set(choices.terminals)
        assert mine.filters().stores == (store,)

        fresh_central = everyone.report(f).info
        assert fresh_central.source == "central" and fresh_central.last_sync is not None
        assert fresh_central.as_of == utc(2026, 12, 1, 12)  # the newest record: the bonus
        fresh_local = mine.report(f).info
        assert (fresh_local.source, fresh_local.unsynced) == ("local", 0)

        # Preview inputs are the same records from either side.
        assert mine.preview_inputs(f).records == everyone.preview_inputs(f).records
    finally:
        t1.close()
        t9.close()


@pytest.mark.parametrize("central", ["sqlite"], indirect=True)  # the terminal's own SQLite
def test_sqlite_reads_a_short_range_by_the_time_index_and_a_long_one_by_scan(central,
                                                                           tmp_path):
    from sqlalchemy import text

    store = unique_store()
    t1 = Terminal(tmp_path, central, store, "T1")
    try:
        t1.ledger.append([sale(t1, "ann", utc(2026, m, 10, 18), 100, 2_000, plan="p")
                          for m in range(1, 13)], "x")
        local = SqliteReportSource(t1.db, store_id=store, terminal_id="T1")
        with t1.db.read() as conn:
            year = local._at_for_range(conn, iso(utc(2026, 1, 1)), iso(utc(2027, 1, 1)))
            day = local._at_for_range(conn, iso(utc(2026, 6, 10)), iso(utc(2026, 6, 11)))
            empty = local._at_for_range(conn, iso(utc(2030, 1, 1)), iso(utc(2030, 2, 1)))
            assert (year, day, empty) == ("+at", "at", "at")
            plans = {at: " ".join(r[-1] for r in conn.execute(text(
                f"EXPLAIN QUERY PLAN SELECT sum(amount) FROM commission_record "
                f"WHERE {at} >= '2026-06-10' AND {at} < '2026-06-11'")))
                for at in ("at", "+at")}
        assert "ix_commission_record_at" in plans["at"]
        assert "ix_commission_record_at" not in plans["+at"]
    finally:
        t1.close()
