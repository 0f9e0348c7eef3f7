"""Health and alerts with the app's own wiring: the metrics a till keeps for the commands
a cashier really runs, written per minute and read back by `status`; alerts firing and
clearing on an injected clock, thresholds and disk probe; an alert reaching the central
database; the settings table."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pytest
from sqlalchemy import text

from pos_app.adapters.ids import Uuid7Generator
from pos_app.adapters.sqlite.store import LocalDatabase
from pos_app.app.context import AppContext
from pos_app.app.monitoring_wiring import build_monitoring
from pos_app.app.wiring import build_services, ensure_demo_store, terminal_status
from pos_app.domain.clock import FixedClock
from pos_app.domain.errors import ConfigError, StaleVersion
from pos_app.domain.sale import TenderKind
from pos_app.jobs.monitoring import check_alerts, flush_metrics
from pos_app.services.alerts import monitoring_settings
from pos_app.services.sale_commands import AddItem, AddTender, Complete
from pos_app.services.sale_session import SaleSession
from pos_app.services.settings import Settings
from tests.integration.central_fixtures import Terminal, central, pg_server, unique_store

__all__ = ["central", "pg_server"]  # fixtures

START = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
GiB = 1 << 30


def _context(tmp_path: Path, monitoring: dict[str, Any] | None = None) -> AppContext:
    sections = MappingProxyType({"monitoring": monitoring or {}})
    settings = Settings(data_dir=tmp_path / "data", terminal_id="T1", sections=sections)
    return AppContext(settings=settings, db=LocalDatabase(settings.data_dir),
                      clock=FixedClock(START), ids=Uuid7Generator())


class Disk:
    """An injected disk: free and total bytes, changed by the test."""

    def __init__(self, free: int, total: int = 100 * GiB) -> None:
        self.free, self.total = free, total

    def __call__(self, _path: Path) -> tuple[int, int]:
        return self.free, self.total


def _sell(services: Any, n: int) -> SaleSession | None:
    with services.catalog_repo._db.read() as conn:
        skus = list(conn.execute(text(
            "SELECT sku FROM variant ORDER BY sku LIMIT 5")).scalars())
    variants = list(services.catalog_repo.get_by_skus(skus).values())
    s = None
    for i in range(n):
        s = services.desk.new_sale(cashier_id="c1")
        s.execute(AddItem(variants[i % len(variants)]))
        s.execute(AddTender(TenderKind.CASH, s.settlement().remaining))
        s.execute(Complete())
    return s


@pytest.fixture
def till(tmp_path):
    ctx = _context(tmp_path)
    services = build_services(ctx)
    ensure_demo_store(ctx, services, n_products=20)
    mon = build_monitoring(ctx, services, disk_probe=Disk(50 * GiB))
    yield ctx, services, mon
    ctx.close()


def test_commands_are_measured_flushed_per_minute_and_shown_by_status(till):
    ctx, services, mon = till
    _sell(services, 12)
    s = services.desk.new_sale(cashier_id="c1")
    with pytest.raises(StaleVersion):  # a refused command counts as an error
        s.execute(Complete(), expected_version=s.version + 5)

    live = terminal_status(ctx, monitoring=mon)["metrics"]["latency"]["hour"]
    assert live["add_item"]["count"] == 12 and live["complete"]["count"] == 13
    assert live["complete"]["errors"] == 1
    assert 0 < live["add_item"]["p50_ms"] <= live["add_item"]["p99_ms"]

    status = lambda: terminal_status(ctx, monitoring=mon)  # noqa: E731
    written = flush_metrics(mon.metrics, mon.store, status, ctx.clock.now, timedelta(days=8))
    assert written > 0
    with ctx.db.read() as conn:
        rows = dict(conn.execute(text(
            "SELECT label, count FROM metric_minute WHERE name = 'command'")).all())
        gauges = set(conn.execute(text(
            "SELECT label FROM metric_minute WHERE name = 'gauge'")).scalars())
        storage = conn.execute(text(
            "SELECT sum(count) FROM metric_minute WHERE name = 'storage_ops'")).scalar()
    assert rows["add_item"] == 12 and rows["add_tender"] == 12 and rows["complete"] == 13
    assert {"queue:central", "lag_s:central", "disk_free_pct", "open_state_bytes"} <= gauges
    assert storage >= 36  # each command's commit, at least

    # A fresh process (the CLI) reads the same figures from the table alone.
    ctx.clock.advance(minutes=10)
    st = terminal_status(ctx)
    m = st["metrics"]
    assert m["latency"]["day"]["add_item"]["count"] == 12
    assert m["error_rate"]["hour"] == pytest.approx(1 / 37)
    assert st["health"]["open_state_bytes"] > 0  # the sale still open
    assert m["open_state_bytes"] == st["health"]["open_state_bytes"]
    assert 0 < m["disk_free_pct"] <= 100  # this machine's disk (the CLI has no probe)
    assert terminal_status(ctx, monitoring=mon)["metrics"]["disk_free_pct"] == 50.0
    assert json.loads(json.dumps(st)) == st  # all of it is JSON

    # Eight days on, the rows are pruned at the next flush.
    ctx.clock.advance(days=8, minutes=1)
    flush_metrics(mon.metrics, mon.store, None, ctx.clock.now, timedelta(days=8))
    with ctx.db.read() as conn:
        left = conn.execute(text("SELECT DISTINCT name FROM metric_minute")).scalars()
        assert list(left) == ["storage_ops"]  # only this flush's own (its own write)


def test_alerts_fire_and_clear_with_the_clock_thresholds_and_disk(tmp_path):
    ctx = _context(tmp_path, {"disk_min_free_pct": 10, "unsynced_max_minutes": 15,
                              "backup_overdue_hours": 26})
    try:
        services = build_services(ctx)
        ensure_demo_store(ctx, services, n_products=20)
        disk = Disk(50 * GiB)
        mon = build_monitoring(ctx, services, disk_probe=disk)
        status = lambda: terminal_status(ctx, monitoring=mon)  # noqa: E731
        keys = lambda: {a["key"] for a in status()["alerts"]}  # noqa: E731

        assert keys() == {"backup_overdue"}  # no backup was ever made
        _sell(services, 2)  # two sales queued for the central database
        assert "unsynced:central" not in keys()
        ctx.clock.advance(minutes=16)
        assert "unsynced:central" in keys()
        disk.free = 9 * GiB
        assert "disk" in keys()

        changes = check_alerts(mon.monitor, status)
        assert {c.key for c in changes if c.firing} == {
            "backup_overdue", "disk", "unsynced:central", "unsynced:journal"}
        assert check_alerts(mon.monitor, status) == []  # still firing: nothing new
        since = {a["key"]: a["since"] for a in status()["alerts"]}
        assert datetime.fromisoformat(since["disk"]) == ctx.clock.now()

        disk.free = 20 * GiB
        cleared = check_alerts(mon.monitor, status)
        assert [(c.key, c.firing) for c in cleared] == [("disk", False)]
        with ctx.db.read() as conn:
            events = conn.execute(text(
                "SELECT payload FROM outbox WHERE topic = 'alert' ORDER BY seq")).scalars()
            states = [(p["key"], p["state"]) for p in map(json.loads, events)]
        assert ("disk", "firing") in states and states[-1] == ("disk", "cleared")
    finally:
        ctx.close()


def test_an_alert_reaches_the_central_database(tmp_path):
    from pos_app.app.central_commands import build_central

    ctx = _context(tmp_path, {"disk_min_free_pct": 10})
    try:
        services = build_services(ctx)
        mon = build_monitoring(ctx, services, disk_probe=Disk(1 * GiB))
        changes = check_alerts(mon.monitor, lambda: terminal_status(ctx, monitoring=mon))
        assert "disk" in {c.key for c in changes}
        engine, sync = build_central(ctx, url=None, store_id=None)  # the embedded central
        try:
            assert sync.sync_once(force=True).pending_left == 0
            with engine.connect() as conn:
                got = conn.execute(text(
                    "SELECT terminal_id, aggregate_id, payload FROM terminal_event "
                    "WHERE topic = 'alert'")).all()
        finally:
            engine.dispose()
        payloads = [p if isinstance(p, dict) else json.loads(p) for _, _, p in got]
        assert {(t, a) for t, a, _ in got} >= {("T1", "T1:disk")}
        disk = next(p for p in payloads if p["key"] == "disk")
        assert disk["state"] == "firing" and disk["value"] == pytest.approx(1.0)
        assert terminal_status(ctx, monitoring=mon)["channels"]["central"]["queue_depth"] == 0
    finally:
        ctx.close()


def test_monitoring_settings_are_checked():
    s = monitoring_settings({"error_rate_max": 0.002, "prometheus_port": 9464})
    assert s.error_rate_max == 0.002 and s.prometheus_port == 9464
    assert monitoring_settings({}).prometheus_port == 0  # off by default
    with pytest.raises(ConfigError, match="unknown"):
        monitoring_settings({"disk_free": 5})
    with pytest.raises(ConfigError, match="prometheus_port"):
        monitoring_settings({"prometheus_port": "9464"})


def test_prometheus_endpoint_serves_the_status_figures(till):
    import httpx

    from pos_app.adapters.prometheus_exporter import start_exporter

    ctx, services, mon = till
    _sell(services, 3)
    port = _free_port()
    stop = start_exporter(port, lambda: terminal_status(ctx, monitoring=mon), "T1")
    try:
        body = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=5).text
    finally:
        stop()
    assert 'pos_commands{command="add_item",terminal="T1",window="hour"} 3.0' in body
    assert 'pos_alert_firing{alert="backup_overdue",terminal="T1"} 1.0' in body
    assert "pos_disk_free_pct" in body


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_alert_changes_reach_the_central_terminal_event_table(central, tmp_path):
    """Firing then clearing, through the real push, to PostgreSQL (row-level security:
    the terminal's own role) and to the embedded SQLite central database."""
    from pos_app.adapters.sqlite.metrics_store import SqliteMetricsStore
    from pos_app.services.alerts import AlertMonitor, MonitoringSettings
    store_id = unique_store()
    t = Terminal(tmp_path, central, store_id, "T9")
    monitor = AlertMonitor(SqliteMetricsStore(t.db, t.ids), MonitoringSettings(), t.clock,
                           terminal_id="T9")
    low = {"health": {"disk_free_pct": 3.0}}
    assert [c.key for c in monitor.check(low)] == ["disk"]
    t.clock.advance(minutes=5)
    assert [(c.key, c.firing) for c in monitor.check({"health": {"disk_free_pct": 40.0}})] \
        == [("disk", False)]
    t.sync.sync_once(force=True)
    with central.admin_engine.connect() as conn:
        got = conn.execute(text(
            "SELECT terminal_id, aggregate_id, payload FROM terminal_event "
            "WHERE store_id = :s AND topic = 'alert' ORDER BY seq"), {"s": store_id}).all()
    states = [(p if isinstance(p, dict) else json.loads(p))["state"] for _, _, p in got]
    assert [(r[0], r[1]) for r in got] == [("T9", "T9:disk")] * 2
    assert states == ["firing", "cleared"]


def test_scheduler_job_runs_and_failures_are_counted():
    import threading

    from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED
    from apscheduler.schedulers.background import BackgroundScheduler

    from pos_app.jobs.monitoring import listen_to_jobs
    from pos_app.services.metrics import Metrics

    metrics = Metrics()
    scheduler = BackgroundScheduler(timezone=UTC)
    listen_to_jobs(scheduler, metrics)
    done = threading.Semaphore(0)
    scheduler.add_listener(lambda _e: done.release(), EVENT_JOB_EXECUTED | EVENT_JOB_ERROR)

    def broken() -> None:
        raise RuntimeError("the job broke")

    now = datetime.now(UTC)
    scheduler.add_job(lambda: None, id="fine", next_run_time=now)
    scheduler.add_job(broken, id="broken", next_run_time=now)
    scheduler.start()
    try:
        assert done.acquire(timeout=10) and done.acquire(timeout=10)
    finally:
        scheduler.shutdown(wait=True)
    jobs = {r.label: (r.count, r.errors) for r in metrics.drain() if r.name == "job"}
    assert jobs == {"fine": (1, 0), "broken": (1, 1)}


def test_what_was_counted_is_written_when_the_app_closes(till):
    ctx, services, mon = till
    _sell(services, 2)
    assert mon.flush_now(ctx, None) >= 3  # add_item, add_tender, complete (+ storage)
    with ctx.db.read() as conn:
        kinds = set(conn.execute(text(
            "SELECT label FROM metric_minute WHERE name = 'command'")).scalars())
    assert kinds == {"add_item", "add_tender", "complete"}
    # Nothing counted twice: only the flush's own writes wait for the next one.
    assert {r.name for r in mon.metrics.pending()} <= {"storage_ops"}
