"""A year of history must not slow the counter: every statement the counter runs after
a sale, and those of the status bar and the shift view, finds its rows through an index
or a running total, never by reading the history (bench/history_bench.py measures it).

The statements are the ones really executed (captured from both engines while the
real functions run), each put through `EXPLAIN QUERY PLAN`: a full `SCAN` of a history
table (sales, sold lines, payments, stock movements, outbox, commission records,
journal, command log) fails the test; a `SEARCH` through an index is fine.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pytest
from sqlalchemy import event, text

from pos_app.adapters.ids import Uuid7Generator
from pos_app.adapters.sqlite.central_outbox import SqliteSyncOutbox
from pos_app.adapters.sqlite.store import LocalDatabase
from pos_app.app.context import AppContext
from pos_app.app.wiring import Services, build_services, ensure_demo_store, terminal_status
from pos_app.domain.clock import FixedClock
from pos_app.domain.commission import (
    CommissionPlan,
    Match,
    Measure,
    Rate,
    RateKind,
    RateRule,
    Tier,
    TierMode,
    TierSchedule,
    digest,
)
from pos_app.domain.sale import TenderKind
from pos_app.services.central_sync import PulledPlan
from pos_app.services.settings import Settings

HISTORY = {"sale", "sold_line", "payment", "stock_movement", "outbox", "commission_record",
           "journal", "sale_command", "line_void", "sale_state_line", "return_claim"}
_SCAN = re.compile(r"^SCAN (\w+)")
_ALIAS = re.compile(r"\b(?:FROM|JOIN)\s+\"?(\w+)\"?(?:\s+AS)?\s+\"?(\w+)\"?", re.IGNORECASE)


@pytest.fixture
def till(tmp_path: Path) -> Iterator[tuple[AppContext, Services]]:
    settings = Settings(data_dir=tmp_path / "data", terminal_id="T1",
                        sections=MappingProxyType({}))
    ctx = AppContext(settings=settings, db=LocalDatabase(settings.data_dir),
                     clock=FixedClock(datetime(2026, 11, 2, 9, tzinfo=UTC)),
                     ids=Uuid7Generator())
    svc = build_services(ctx)
    ensure_demo_store(ctx, svc, n_products=60)
    plan = CommissionPlan(
        id="floor", name="Floor", currency="USD", effective_from=date(2020, 1, 1),
        rules=(RateRule(Match(), Rate(RateKind.PERCENT, 300)),),
        tiers=TierSchedule(Measure.VALUE, TierMode.MARGINAL, (Tier(0, 0), Tier(500_000, 150))))
    body = plan.body_json()
    SqliteSyncOutbox(ctx.db).apply_plans([PulledPlan(plan.id, None, 1, digest(body), body)],
                                         "2020-01-01T00:00:00+00:00")
    svc.counter.commission = svc.commission  # the commission line is on the counter's path
    manager = next(s for s in svc.counter.staff_list() if s[2] == "manager")
    svc.counter.login("1234", manager[0])
    svc.counter.open_shift(10_000)
    for _ in range(3):
        _sell(ctx, svc)
    yield ctx, svc
    ctx.close()


def _skus(ctx: AppContext) -> list[str]:
    with ctx.db.read() as conn:
        return list(conn.execute(text(
            "SELECT sku FROM variant WHERE tracked = 1 ORDER BY sku LIMIT 3")).scalars())


def _sell(ctx: AppContext, svc: Services) -> None:
    c = svc.counter
    view = c.current()
    for sku in _skus(ctx):
        view = c.scan(sku)
    c.add_tender(TenderKind.CASH, view.remaining_minor)
    c.complete()


def _captured(ctx: AppContext, fn: Callable[[], Any]) -> list[tuple[str, Any]]:
    seen: list[tuple[str, Any]] = []

    def note(_conn: Any, _cursor: Any, statement: str, params: Any, _context: Any,
             executemany: bool) -> None:
        seen.append((statement, params[0] if executemany and params else params))

    engines = (ctx.db.writer, ctx.db.reader)
    for e in engines:
        event.listen(e, "before_cursor_execute", note)
    try:
        fn()
    finally:
        for e in engines:
            event.remove(e, "before_cursor_execute", note)
    return [(s, p) for s, p in seen
            if s.lstrip().split(None, 1)[0].upper() in ("SELECT", "WITH", "INSERT",
                                                        "UPDATE", "DELETE")]


def _history_scans(ctx: AppContext, statements: list[tuple[str, Any]], *,
                   fresh: bool = False) -> list[str]:
    """Each full scan of a history table in the plans of `statements` (`fresh`: on a new
    connection, which reads the planner's statistics anew)."""
    found = []
    with ctx.db.read() as conn:
        raw = sqlite3.connect(ctx.db.path) if fresh else conn.connection.driver_connection
        assert raw is not None
        for sql, params in statements:
            aliases = {a.lower(): t.lower() for t, a in _ALIAS.findall(sql)}
            plan = raw.execute("EXPLAIN QUERY PLAN " + sql, params or ()).fetchall()
            for row in plan:
                m = _SCAN.match(str(row[3]))
                if m is None:
                    continue
                table = aliases.get(m.group(1).lower(), m.group(1).lower())
                if table in HISTORY:
                    found.append(f"{row[3]}  <-  {' '.join(sql.split())[:200]}")
    return found


def test_refresh_after_a_sale_reads_no_history(till: tuple[AppContext, Services]) -> None:
    ctx, svc = till
    c = svc.counter
    statements = _captured(ctx, lambda: (_sell(ctx, svc), c.current(), c.quick_keys(),
                                         c.commission_line(), c.scan(_skus(ctx)[0]),
                                         c.commission_line()))
    assert any("variant_sold_total" in s for s, _ in statements)  # quick keys were asked
    # The next sale's first item: the cashier's progress in the period, from its total.
    assert any("commission_period_total" in s for s, _ in statements)
    assert _history_scans(ctx, statements) == []


def test_status_reads_no_history(till: tuple[AppContext, Services]) -> None:
    ctx, _svc = till
    statements = _captured(ctx, lambda: terminal_status(ctx))
    assert any("sale_status_total" in s for s, _ in statements)
    assert _history_scans(ctx, statements) == []


def test_shift_view_and_x_report_read_no_history(till: tuple[AppContext, Services]) -> None:
    ctx, svc = till
    c = svc.counter
    statements = _captured(ctx, lambda: (c.shift(), c.x_report_text()))
    assert any("shift_id" in s for s, _ in statements)
    assert _history_scans(ctx, statements) == []


def test_a_full_scan_is_caught(till: tuple[AppContext, Services]) -> None:
    """The check itself: the old quick-keys statement grouped every sold line."""
    ctx, _svc = till
    old = ("SELECT variant_id FROM sold_line WHERE quantity > 0 AND variant_id IS NOT NULL "
           "GROUP BY variant_id ORDER BY sum(quantity) DESC, variant_id LIMIT ?")
    assert _history_scans(ctx, [(old, (12,))])


def test_running_totals_follow_the_sales(till: tuple[AppContext, Services]) -> None:
    """The totals the status and the quick keys read equal a count of the history."""
    ctx, svc = till
    _sell(ctx, svc)  # and one more, with the next sale left open
    svc.counter.current()
    with ctx.db.read() as conn:
        totals = dict(conn.execute(text(
            "SELECT status, n FROM sale_status_total WHERE terminal_id = 'T1' AND n != 0"
        )).all())
        counted = dict(conn.execute(text(
            "SELECT status, count(*) FROM sale WHERE terminal_id = 'T1' GROUP BY status"
        )).all())
        sold = dict(conn.execute(text(
            "SELECT variant_id, units FROM variant_sold_total WHERE units > 0")).all())
        summed = dict(conn.execute(text(
            "SELECT variant_id, sum(quantity) FROM sold_line WHERE quantity > 0 "
            "AND variant_id IS NOT NULL GROUP BY variant_id")).all())
        periods = conn.execute(text(
            "SELECT staff_id, plan_id, period_start, value, units, tier_paid, amount "
            "FROM commission_period_total ORDER BY 1, 2, 3")).all()
        recorded = conn.execute(text(
            "SELECT staff_id, plan_id, period_start, "
            "coalesce(sum(CASE WHEN kind IN ('sale', 'clawback') THEN base END), 0), "
            "coalesce(sum(CASE WHEN kind IN ('sale', 'clawback') THEN units END), 0), "
            "coalesce(sum(CASE WHEN kind IN ('sale', 'clawback') THEN tier_part END), 0), "
            "coalesce(sum(amount), 0) FROM commission_record WHERE status = 'ok' "
            "AND plan_id IS NOT NULL AND period_start IS NOT NULL "
            "GROUP BY 1, 2, 3 ORDER BY 1, 2, 3")).all()
    assert totals == counted and totals.get("completed") == 4
    assert sold == summed and sold
    assert periods == recorded and periods


_SKEWED_FIRST = {"status", "terminal_id", "topic", "kind", "action"}
_UNIQUE_ENOUGH = {"id", "seq", "created_at", "completed_at", "updated_at", "opened_at", "at"}


def test_plans_hold_with_the_statistics_of_a_year(till: tuple[AppContext, Services]) -> None:
    """A till whose database was ANALYZEd with a year of history (a million rows, every
    status index matching a quarter of them) still reads no history on these paths."""
    ctx, svc = till
    c = svc.counter
    statements = _captured(ctx, lambda: (
        _sell(ctx, svc), c.current(), c.quick_keys(), c.commission_line(),
        terminal_status(ctx), c.shift(), c.x_report_text()))
    with ctx.db.write() as conn:
        conn.exec_driver_sql("ANALYZE")
        indexes = conn.exec_driver_sql(
            "SELECT tbl_name, name FROM sqlite_master WHERE type = 'index'").all()
        conn.exec_driver_sql("DELETE FROM sqlite_stat1")
        for table, index in indexes:
            if table not in HISTORY:
                continue
            columns = [r[2] for r in conn.exec_driver_sql(f"PRAGMA index_info('{index}')")]
            if columns and columns[0] in _SKEWED_FIRST:
                counts = ["1" if col in _UNIQUE_ENOUGH else "250000" for col in columns]
            else:
                counts = ["2"] * len(columns)
            conn.exec_driver_sql("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)",
                                 (table, index, " ".join(["1000000", *counts])))
        for table in HISTORY:
            conn.exec_driver_sql("INSERT INTO sqlite_stat1 (tbl, idx, stat) "
                                 "VALUES (?, NULL, '1000000')", (table,))
    assert _history_scans(ctx, statements, fresh=True) == []
