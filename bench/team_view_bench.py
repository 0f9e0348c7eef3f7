"""Time to build and render the team view for a year of commission from 50 staff.

    .venv/bin/python bench/team_view_bench.py [--staff 50] [--lines 20] [--renders 15]
                                              [--sources local,central-sqlite,central-pg]
                                              [--json FILE]

Generates a year (2026) of commission records straight into each database (50 staff x
365 days x `--lines` sale lines a day, a return now and then, a bonus per staff member
and month): this terminal's local SQLite, the embedded SQLite central database, and a
throwaway PostgreSQL central database (dropped afterwards; skipped if unreachable).
Then, per source, `--renders` times: build the report for the whole year with the
team series by week (the service reading the database) and render the commission
screen (table, bars per staff member, a line over time) into a 1920x1080 pixmap.
Prints median and p99 of build, render and both. Runs offscreen.

Baseline, per source and in the same run: the plain aggregate query a person would write
over the same rows (each staff member's year: sales, returns, base, units, count; one
GROUP BY), timed as many times, once right before each build (so both see the same load
on a shared machine), on a table vacuumed and analysed after it was filled (as a settled
production table is: no first reads setting hint bits, no autovacuum meanwhile). Goal:
the report's build within 2x of it (PostgreSQL).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _report import Results, json_arg
from PySide6.QtWidgets import QApplication
from sqlalchemy import Engine, create_engine, insert, text

from pos_app.adapters.central import migrate as central_migrate
from pos_app.adapters.central.engine import make_central_engine
from pos_app.adapters.central.report_source import CentralReportSource
from pos_app.adapters.central.schema import commission_record
from pos_app.adapters.sqlite.commission_report_source import SqliteReportSource
from pos_app.adapters.sqlite.store import LocalDatabase
from pos_app.domain.clock import FixedClock, iso
from pos_app.domain.commission import (
    Bonus,
    CommissionPlan,
    Match,
    Measure,
    Rate,
    RateKind,
    RateRule,
    Tier,
    TierMode,
    TierSchedule,
    canonical_json,
    digest,
)
from pos_app.services.commission_reports import (
    CommissionReportService,
    ReportFilter,
    ReportPeriod,
    ReportScope,
    ReportSource,
)
from pos_app.ui.backoffice.commission import CommissionPage
from pos_app.ui.backoffice.common import STYLESHEET
from pos_app.ui.worker import DbWorker

PG_ADMIN_URL = os.environ.get("POS_BENCH_PG_URL",
                              "postgresql+psycopg://postgres@127.0.0.1:5432/test")
STORE, TERMINAL = "S1", "T1"
YEAR = ReportPeriod.of("year", date(2026, 6, 1))
PLAN = CommissionPlan(
    id="floor", name="Floor staff", currency="USD", effective_from=date(2020, 1, 1),
    rules=(RateRule(Match(), Rate(RateKind.PERCENT, 400)),),
    tiers=TierSchedule(Measure.VALUE, TierMode.MARGINAL,
                       (Tier(0, 0), Tier(1_000_000, 100), Tier(2_500_000, 200))),
    bonuses=(Bonus(Measure.VALUE, 2_000_000, 10_000),))
COLS = ("id", "version", "kind", "status", "staff_id", "currency", "at", "terminal_id",
        "amount", "base", "units", "rate_part", "spiff_part", "tier_part", "share_bp",
        "line_quantity", "sale_id", "line_no", "plan_id", "plan_version", "period_start",
        "return_of_sale", "return_of_line", "of_record", "sku", "reason")


def records(staff: int, lines: int, seed: int = 11) -> Iterator[dict[str, Any]]:
    """A year of rows: sales over the day, ~2 % returned, one bonus per staff per month."""
    rng = random.Random(seed)
    day = YEAR.start
    while day < YEAR.end:
        month = day.replace(day=1).isoformat()
        for s in range(staff):
            for n in range(lines):
                at = datetime(day.year, day.month, day.day, 14, tzinfo=UTC) + \
                    timedelta(seconds=rng.randrange(9 * 3600))
                base = rng.randrange(300, 12_000)
                amount = base * 4 // 100
                kind, sign = ("clawback", -1) if rng.random() < 0.02 else ("sale", 1)
                yield {"id": str(uuid.UUID(int=rng.getrandbits(128))), "version": 1,
                       "kind": kind, "status": "ok", "staff_id": f"staff-{s:02d}",
                       "currency": "USD", "at": iso(at), "terminal_id": TERMINAL,
                       "amount": sign * amount, "base": sign * base, "units": sign,
                       "rate_part": sign * amount, "spiff_part": 0, "tier_part": 0,
                       "share_bp": 10_000, "line_quantity": sign,
                       "sale_id": f"sale-{day.isoformat()}-{s}-{n // 3}", "line_no": 1 + n % 3,
                       "plan_id": "floor", "plan_version": 1, "period_start": month,
                       "return_of_sale": None, "return_of_line": None,
                       "of_record": "orig" if kind == "clawback" else None,
                       "sku": f"SKU-{rng.randrange(2_000):05d}", "reason": ""}
        if (day + timedelta(days=1)).day == 1:  # the month's bonuses, settled at its end
            for s in range(staff):
                yield {**dict.fromkeys(COLS), "id": f"bonus-{month}-{s}", "version": 1,
                       "kind": "bonus", "status": "ok", "staff_id": f"staff-{s:02d}",
                       "currency": "USD", "at": iso(datetime(day.year, day.month, day.day,
                                                             23, tzinfo=UTC)),
                       "terminal_id": TERMINAL, "amount": 10_000, "base": 0, "units": 0,
                       "rate_part": 0, "spiff_part": 0, "tier_part": 0, "share_bp": 10_000,
                       "line_quantity": 0, "plan_id": "floor", "plan_version": 1,
                       "period_start": month, "reason": ""}
        day += timedelta(days=1)


def chunks(rows: Iterator[dict[str, Any]], n: int = 20_000) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for r in rows:
        batch.append(r)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch


def staff_rows(staff: int) -> list[dict[str, Any]]:
    roles = ("cashier", "cashier", "supervisor")
    return [{"id": f"staff-{s:02d}", "name": f"Staff member {s:02d}", "role": roles[s % 3]}
            for s in range(staff)]


def fill_local(db: LocalDatabase, staff: int, lines: int) -> int:
    n = 0
    marks = ", ".join(f":{c}" for c in COLS)
    with db.write() as conn:
        for batch in chunks(records(staff, lines)):
            conn.execute(text(f"INSERT INTO commission_record ({', '.join(COLS)}) "
                              f"VALUES ({marks})"), batch)
            n += len(batch)
        conn.execute(text("INSERT INTO staff_directory (id, store_id, name, role, active, "
                          "version, digest) VALUES (:id, 'S1', :name, :role, 1, 1, 'd')"),
                     staff_rows(staff))
        body = PLAN.body_json()
        conn.execute(text("INSERT INTO commission_plan (id, store_id, version, digest, body, "
                          "pulled_at) VALUES ('floor', NULL, 1, :d, :b, 'x')"),
                     {"d": digest(body), "b": body})
    return n


def fill_central(engine: Engine, staff: int, lines: int) -> int:
    n = 0
    with engine.begin() as conn:
        for batch in chunks(records(staff, lines)):
            for i, r in enumerate(batch):
                r.update(store_id=STORE, seq=n + i + 1, op_id=r["id"],
                         digest=digest(canonical_json({k: r[k] for k in COLS})))
            conn.execute(insert(commission_record), batch)
            n += len(batch)
        conn.execute(text("INSERT INTO staff (id, store_id, name, role, active, version, "
                          "digest) VALUES (:id, 'S1', :name, :role, 1, 1, 'd')"),
                     staff_rows(staff))
        conn.execute(text("INSERT INTO terminal_cursor (store_id, terminal_id, high_seq) "
                          "VALUES ('S1', 'T1', :n)"), {"n": n})
        body = PLAN.body_json()
        conn.execute(text("INSERT INTO commission_plan (id, store_id, version, digest, body) "
                          "VALUES ('floor', NULL, 1, :d, :b)"), {"d": digest(body), "b": body})
    return n


@contextmanager
def pg_database() -> Iterator[Engine | None]:
    root = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    name = f"pos_bench_{uuid.uuid4().hex[:10]}"
    try:
        with root.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # noqa: BLE001 - no server is a reason to skip, not fail
        print(f"PostgreSQL not available ({type(exc).__name__}); skipping central-pg")
        root.dispose()
        yield None
        return
    engine = make_central_engine(PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}")
    try:
        central_migrate.upgrade(engine)
        yield engine
    finally:
        engine.dispose()
        with root.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        root.dispose()


def pct(values: list[float], q: float) -> float:
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


PLAIN = ("SELECT staff_id, currency, sum(base), sum(units), "
         "sum(CASE WHEN kind = 'sale' THEN amount ELSE 0 END), "
         "sum(CASE WHEN kind = 'clawback' THEN amount ELSE 0 END), count(*) "
         "FROM commission_record WHERE at >= :a AND at < :b "
         "AND kind IN ('sale', 'clawback') GROUP BY staff_id, currency")


def plain_aggregate(engine: Engine, runs: int) -> list[float]:
    """ms of the plain per-staff aggregate over the year's rows, `runs` times."""
    params = {"a": iso(datetime.combine(YEAR.start, datetime.min.time(), UTC)),
              "b": iso(datetime.combine(YEAR.end, datetime.min.time(), UTC))}
    out = []
    with engine.connect() as conn:
        for _ in range(runs):
            t0 = time.perf_counter()
            rows = conn.execute(text(PLAIN), params).all()
            out.append((time.perf_counter() - t0) * 1000)
    assert rows
    return out


RESULTS = Results("team_view_bench", "Commission report: a year of 50 staff")


def measure(name: str, source: ReportSource, renders: int, page: CommissionPage,
            plain: Engine | None = None, goal_ratio: float | None = None) -> None:
    service = CommissionReportService(source, clock=FixedClock(datetime(2026, 12, 31, 12,
                                                                        tzinfo=UTC)),
                                      currency="USD")
    f = ReportFilter(ReportScope(), YEAR)
    builds, paints, baseline = [], [], []
    report = None
    for _ in range(renders):
        if plain is not None:
            baseline += plain_aggregate(plain, 1)
        t0 = time.perf_counter()
        report = service.report(f)
        t1 = time.perf_counter()
        page.show_report(report)
        page.grab()  # lays out and paints the whole screen, synchronously
        t2 = time.perf_counter()
        builds.append((t1 - t0) * 1000)
        paints.append((t2 - t1) * 1000)
    both = [a + b for a, b in zip(builds, paints, strict=True)]
    assert report is not None
    points = len(report.team.starts)
    print(f"{name:<15} staff {len(report.staff):>3}  weeks {points:>3}  "
          f"build median {statistics.median(builds):7.1f} ms  p99 {pct(builds, 99):7.1f} ms | "
          f"render median {statistics.median(paints):6.1f} ms  p99 {pct(paints, 99):6.1f} ms | "
          f"total median {statistics.median(both):7.1f} ms  p99 {pct(both, 99):7.1f} ms")
    if baseline:
        bmed = statistics.median(baseline)
        print(f"{'':15} plain aggregate query over the same rows: median {bmed:7.1f} ms  "
              f"p99 {pct(baseline, 99):7.1f} ms  -> build is "
              f"{statistics.median(builds) / bmed:.2f}x")
        RESULTS.add(f"{name}: report build, median", statistics.median(builds), "ms",
                    baseline="plain per-staff aggregate query", baseline_value=bmed,
                    max_ratio=goal_ratio,
                    note=f"build p99 {pct(builds, 99):.1f} ms, plain query p99 "
                         f"{pct(baseline, 99):.1f} ms over {renders} runs")
    RESULTS.add(f"{name}: build + render, median", statistics.median(both), "ms",
                note=f"p99 {pct(both, 99):.1f} ms; render alone median "
                     f"{statistics.median(paints):.1f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--staff", type=int, default=50)
    parser.add_argument("--lines", type=int, default=20, help="sale lines per staff per day")
    parser.add_argument("--renders", type=int, default=15)
    parser.add_argument("--sources", default="local,central-sqlite,central-pg")
    json_arg(parser)
    args = parser.parse_args()
    wanted = set(args.sources.split(","))
    app = QApplication.instance() or QApplication([])
    worker = DbWorker()
    page = CommissionPage(reports=None, worker=worker)  # type: ignore[arg-type]
    page.setStyleSheet(STYLESHEET)
    page.resize(1700, 1000)  # the commission page of a 1920x1080 window
    page.show()
    expected = args.staff * (YEAR.days * args.lines + 12)
    print(f"A year ({YEAR.label}) of {args.staff} staff, {args.lines} lines a day: "
          f"~{expected:,} records per database")
    runs: list[tuple[str, Callable[[], None]]] = []
    with tempfile.TemporaryDirectory(prefix="pos-team-bench-") as tmp:
        if "local" in wanted:
            db = LocalDatabase(Path(tmp) / "local")
            t = time.perf_counter()
            n = fill_local(db, args.staff, args.lines)
            print(f"local: {n:,} records written in {time.perf_counter() - t:.1f} s")
            runs.append(("local sqlite", lambda: measure(
                "local sqlite", SqliteReportSource(db, store_id=STORE, terminal_id=TERMINAL),
                args.renders, page)))
        if "central-sqlite" in wanted:
            sq = make_central_engine(f"sqlite:///{Path(tmp) / 'central.sqlite3'}")
            central_migrate.upgrade(sq)
            t = time.perf_counter()
            n = fill_central(sq, args.staff, args.lines)
            print(f"central sqlite: {n:,} records written in {time.perf_counter() - t:.1f} s")
            runs.append(("central sqlite", lambda: measure(
                "central sqlite", CentralReportSource(sq), args.renders, page, sq)))
        for name, run in runs:
            del name
            run()
        if "central-pg" in wanted:
            with pg_database() as pg:
                if pg is not None:
                    t = time.perf_counter()
                    n = fill_central(pg, args.staff, args.lines)
                    with pg.connect().execution_options(isolation_level="AUTOCOMMIT") \
                            as conn:
                        conn.execute(text("VACUUM ANALYZE commission_record"))
                    print(f"central postgres: {n:,} records written in "
                          f"{time.perf_counter() - t:.1f} s")
                    measure("central pg", CentralReportSource(pg), args.renders, page,
                            pg, goal_ratio=2.0)
        if "local" in wanted:
            db.close()
        if "central-sqlite" in wanted:
            sq.dispose()
    page.close()
    worker.shutdown()
    del app
    RESULTS.save()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
