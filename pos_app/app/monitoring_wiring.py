"""Health and alerts wired for a terminal: the metrics the sale desk and the database
report into, their store, the alert monitor, the figures added to the status, the
scheduler jobs and the optional Prometheus endpoint."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from pos_app.adapters.sqlite.metrics_store import (
    DiskProbe,
    SqliteMetricsStore,
    disk_free_pct,
    disk_usage,
    open_state_bytes,
)
from pos_app.services.alerts import (
    AlertMonitor,
    MonitoringSettings,
    alerts_json,
    evaluate,
    monitoring_settings,
)
from pos_app.services.metrics import HealthReport, Metrics, series, summarize

from .context import AppContext

if TYPE_CHECKING:
    from apscheduler.schedulers.base import BaseScheduler

    from .wiring import Services


@dataclass
class Monitoring:
    settings: MonitoringSettings
    metrics: Metrics
    store: SqliteMetricsStore
    monitor: AlertMonitor
    disk_probe: DiskProbe = disk_usage
    stop_exporter: Callable[[], None] | None = field(default=None)

    def flush_now(self, ctx: AppContext, status: Callable[[], Mapping[str, Any]] | None) \
            -> int:
        """At shutdown: what was counted since the last flush (the writer yields)."""
        from pos_app.jobs.monitoring import flush_metrics

        with ctx.db.gate.background():
            return flush_metrics(self.metrics, self.store, status, ctx.clock.now,
                                 timedelta(days=self.settings.retention_days))


def settings_of(ctx: AppContext) -> MonitoringSettings:
    return monitoring_settings(ctx.settings.sections.get("monitoring", {}))


def build_monitoring(ctx: AppContext, services: Services | None = None, *,
                     disk_probe: DiskProbe = disk_usage) -> Monitoring:
    """The terminal's monitoring; with `services`, the sale desk reports each command
    and the database each committed write."""
    settings = settings_of(ctx)
    store = SqliteMetricsStore(ctx.db, ctx.ids)
    metrics = Metrics()
    mon = Monitoring(settings, metrics, store,
                     AlertMonitor(store, settings, ctx.clock,
                                  terminal_id=ctx.settings.terminal_id),
                     disk_probe=disk_probe)
    if services is not None:
        services.desk.metrics = metrics
        ctx.db.after_commit.append(metrics.storage_op)
    return mon


def add_health(st: dict[str, Any], ctx: AppContext, mon: Monitoring) -> dict[str, Any]:
    """`health`, `metrics` and `alerts` added to a terminal status (`channels` and
    `backup` already in it)."""
    now = ctx.clock.now()
    total, largest = open_state_bytes(ctx.db)
    st["health"] = {
        "disk_free_pct": disk_free_pct(ctx.settings.data_dir, mon.disk_probe),
        "open_state_bytes": total,
        "largest_open_state_bytes": largest,
        "state_budget_bytes": mon.settings.state_budget_bytes,
        "flags": sorted(f.value for f in ctx.settings.flags.enabled),
    }
    st["flags"] = flags_json(ctx)
    st["metrics"] = summarize(mon.store.read(now - timedelta(days=1)), now,
                              live=mon.metrics.pending())
    # The figures a scraper or head office reads in one place, as the brief of `metrics`.
    st["metrics"].update(disk_free_pct=st["health"]["disk_free_pct"],
                         open_state_bytes=total)
    st["alerts"] = alerts_json(evaluate(st, mon.settings, now), since=mon.store.firing())
    return st


def flags_json(ctx: AppContext) -> list[dict[str, Any]]:
    """Each flag this process runs with: `enabled`, `source` (default, config, central,
    env), the central override's `version` and `label` ("central v3"). A flag whose
    value or source the cache pulled since start would change carries `next_start`
    with what the next start resolves it to (overrides apply when a till starts)."""
    from .context import store_flag_overrides

    latest = store_flag_overrides(ctx)
    in_force = ctx.flag_states or latest
    out = []
    for state in in_force.states:
        row = state.to_json()
        now = latest.state(state.flag)
        if (now.enabled, now.source, now.version) != (state.enabled, state.source,
                                                      state.version):
            row["next_start"] = now.to_json()
        out.append(row)
    return out


def start_monitoring(ctx: AppContext, mon: Monitoring, scheduler: BaseScheduler,
                     status: Callable[[], Mapping[str, Any]]) -> None:
    """The flush and alert jobs on the scheduler, and the Prometheus endpoint when
    [monitoring] prometheus_port is set."""
    from pos_app.jobs.monitoring import add_monitoring_jobs

    s = mon.settings
    add_monitoring_jobs(scheduler, mon.metrics, mon.store, status=status, monitor=mon.monitor,
                        now=ctx.clock.now, flush_every=timedelta(seconds=s.flush_seconds),
                        evaluate_every=timedelta(seconds=s.evaluate_seconds),
                        retention=timedelta(days=s.retention_days))
    if s.prometheus_port:
        from pos_app.adapters.prometheus_exporter import start_exporter

        mon.stop_exporter = start_exporter(s.prometheus_port, status,
                                           ctx.settings.terminal_id)


def health_report(ctx: AppContext, mon: Monitoring, *,
                  shopify: Callable[[], Mapping[str, Any]] | None = None) -> HealthReport:
    """The back office's health screen: the status and the charts' points (the day in
    half hours, the week in six hours)."""
    from .wiring import terminal_status

    st = terminal_status(ctx, shopify=shopify, monitoring=mon)
    now = ctx.clock.now()
    rows = mon.store.read(now - timedelta(days=7))
    return HealthReport(st, series(rows, now - timedelta(days=1), timedelta(minutes=30)),
                        series(rows, now - timedelta(days=7), timedelta(hours=6)),
                        mon.store.history(20))
