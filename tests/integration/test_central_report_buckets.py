"""The central commission report summed by week in SQL (and with PostgreSQL's bigint sum,
central 0009_report_sums, and its days counted from the stored UTC minute of each record,
central 0012_report_at_minute) says exactly what the same records summed by day say: every
staff member's figures, the team series and the other currencies, across daylight-saving
changes and local midnights (PostgreSQL and embedded SQLite)."""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import event, insert, text

from pos_app.adapters.central.report_source import CentralReportSource
from pos_app.adapters.central.schema import commission_record
from pos_app.domain.clock import FixedClock, iso
from pos_app.domain.commission import canonical_json, digest
from pos_app.services.commission_reports import (
    CommissionReportService,
    DayBucket,
    DaySegment,
    ReportFilter,
    ReportPeriod,
    ReportScope,
    day_segments,
)
from tests.integration import central_fixtures
from tests.integration.central_fixtures import unique_store

central = central_fixtures.central
pg_server = central_fixtures.pg_server

CHICAGO = ZoneInfo("America/Chicago")


class ByDay(CentralReportSource):
    """The same database read as before: summed by day (cut from `at`), with `sum`."""

    def day_buckets(self, scope: ReportScope, segments: Sequence[DaySegment],
                    bucket_of: Mapping[date, date] | None = None) -> list[DayBucket]:
        self._has_bigint_sum = False
        self._has_at_minute = False
        return super().day_buckets(scope, segments)


def _rows(store: str) -> list[dict[str, object]]:
    rng = random.Random(5)
    rows: list[dict[str, object]] = []
    start = datetime(2025, 12, 31, 4, tzinfo=UTC)  # a local day before the year, too
    for n in range(2_500):
        at = start + timedelta(minutes=rng.randrange(60 * 24 * 368))
        if n % 50 == 0:  # local midnight in Chicago, exactly, on both sides of DST
            at = datetime.combine(at.astimezone(CHICAGO).date(), datetime.min.time(),
                                  CHICAGO).astimezone(UTC)
        kind = "clawback" if n % 11 == 0 else "sale"
        sign = -1 if kind == "clawback" else 1
        amount = sign * rng.randrange(1, 5_000) * 10 ** rng.choice((0, 0, 0, 9))
        row: dict[str, object] = {
            "id": f"{store}-{n}", "version": 1, "kind": kind,
            "status": "needs_review" if n % 13 == 0 else "ok",
            "staff_id": f"st-{n % 4}", "currency": "EUR" if n % 17 == 0 else "USD",
            "at": iso(at), "terminal_id": "T1", "amount": amount, "base": 20 * amount,
            "units": sign, "rate_part": amount, "spiff_part": 0, "tier_part": 0,
            "share_bp": 10_000, "line_quantity": sign, "sale_id": f"s-{n}", "line_no": 1,
            "plan_id": "p", "plan_version": 1, "period_start": at.date().replace(day=1)
            .isoformat(), "return_of_sale": None, "return_of_line": None,
            "of_record": "x" if kind == "clawback" else None, "sku": "SKU", "reason": ""}
        row.update(store_id=store, seq=n + 1, op_id=f"op-{store}-{n}",
                   digest=digest(canonical_json(row)))
        rows.append(row)
    return rows


def test_a_year_by_week_equals_the_same_year_by_day(central):
    store = unique_store()
    with central.admin_engine.begin() as conn:
        conn.execute(insert(commission_record), _rows(store))
    clock = FixedClock(datetime(2027, 1, 15, 12, tzinfo=UTC))
    scope = ReportScope(store_id=store)
    for period in (ReportPeriod.of("year", date(2026, 6, 1)),
                   ReportPeriod.of("month", date(2026, 11, 1)),
                   ReportPeriod.custom(date(2026, 3, 1), date(2026, 11, 20))):
        for tz in (CHICAGO, None):
            f = ReportFilter(scope, period)
            weekly, before_0009, before_0012 = (CentralReportSource(central.admin_engine)
                                                for _ in range(3))
            before_0009._has_bigint_sum = False  # a database not migrated to 0009
            before_0012._has_at_minute = False  # nor to 0012: days cut from `at`
            want, *got = (
                CommissionReportService(src, clock=clock, currency="USD", tz=tz).report(f)
                for src in (ByDay(central.admin_engine), weekly, before_0009, before_0012))
            # PostgreSQL (migrated to its heads) sums with pos_bigint_sum, and counts days
            # from at_minute.
            assert weekly._has_bigint_sum is (True if central.pg is not None else None)
            assert weekly._has_at_minute is (True if central.pg is not None else None)
            assert sum(s.lines for s in want.staff) > 0
            for report in got:
                assert report.staff == want.staff, (period, tz)
                assert report.team == want.team and report.totals == want.totals
                assert report.other_currencies == want.other_currencies


def test_a_report_reads_on_one_connection_and_the_bucket_settings_end_with_their_read(
        central):
    """A report's reads (staff, buckets, plans, period records and totals, freshness)
    share one connection: one checkout, not one per read. The buckets' planner settings
    (PostgreSQL: hash aggregation, no JIT) end with the buckets' read, not with the
    report, so the reads after it are planned as before."""
    store = unique_store()
    with central.admin_engine.begin() as conn:
        conn.execute(insert(commission_record), _rows(store)[:300])
    src = CentralReportSource(central.admin_engine)
    service = CommissionReportService(src, clock=FixedClock(datetime(2027, 1, 15, 12,
                                                                     tzinfo=UTC)),
                                      currency="USD")
    f = ReportFilter(ReportScope(store_id=store), ReportPeriod.of("year", date(2026, 6, 1)))
    checkouts: list[object] = []
    listener = lambda *_: checkouts.append(1)  # noqa: E731
    event.listen(central.admin_engine, "checkout", listener)
    try:
        report = service.report(f)
    finally:
        event.remove(central.admin_engine, "checkout", listener)
    assert checkouts == [1] and sum(s.lines for s in report.staff) > 0
    # Per read, as before, outside a report: the same figures.
    assert CommissionReportService(src, clock=service._clock, currency="USD")._report(
        f, None).staff == report.staff
    if central.pg is None:
        return
    with src.reading():
        src.day_buckets(f.scope, day_segments(f.period, None))
        with src._session() as conn:
            assert conn.execute(text("SHOW enable_sort")).scalar() == "on"
    with central.admin_engine.connect() as conn:
        index = conn.execute(text(
            "SELECT indexdef FROM pg_indexes WHERE indexname = "
            "'ix_central_record_staff_plan_period'")).scalar()
    # 0011: the progress totals' columns ride in the index (an index-only read).
    assert "INCLUDE (status, kind, base, units, tier_part, amount, store_id)" in index


def test_a_record_at_an_impossible_date_is_stored_never_refused(central):
    """`at_minute` is computed by the server as a record is written (PostgreSQL, 0012):
    an `at` naming no real day or month, or not ISO at all, must not make the insert
    fail (the till's whole push would be refused at every retry). The minute of a real
    instant is its minutes since 1970, offset taken off."""
    store = unique_store()
    rows = _rows(store)[:5]
    ats = ("2026-02-30T10:00:00.000000+00:00", "2026-13-01T00:00:00.000000+00:00",
           "not a time", "2026-11-27T09:30:00.000000-06:00",
           "2026-11-27T15:30:59.999999+00:00")
    for row, at in zip(rows, ats, strict=True):
        row["at"] = at
    with central.admin_engine.begin() as conn:
        conn.execute(insert(commission_record), rows)
    with central.admin_engine.connect() as conn:
        stored = conn.execute(text("SELECT count(*) FROM commission_record WHERE "
                                   "store_id = :s"), {"s": store}).scalar_one()
        assert stored == len(ats)
        if central.pg is None:
            return  # the embedded database reads the day from `at`
        minute = dict(conn.execute(text(
            "SELECT at, at_minute FROM commission_record WHERE store_id = :s"),
            {"s": store}).all())
    real = int(datetime(2026, 11, 27, 15, 30, tzinfo=UTC).timestamp()) // 60
    assert minute["2026-11-27T09:30:00.000000-06:00"] == real
    assert minute["2026-11-27T15:30:59.999999+00:00"] == real
    assert minute["2026-13-01T00:00:00.000000+00:00"] is None
    assert minute["not a time"] is None
    assert minute["2026-02-30T10:00:00.000000+00:00"] is not None  # counted, not refused
