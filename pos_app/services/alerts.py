"""Alerts: what is wrong with this terminal now, from its status and its metrics.

Thresholds come from the `[monitoring]` settings. `evaluate` is a pure function of the
status (as `pos-app status --json` shows it) and the time; `AlertMonitor` compares its
answer with the alerts recorded as firing and records each firing and clearing, which
the store also queues for the central database (topic "alert") so head office sees
every till.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from pos_app.domain.clock import Clock, iso
from pos_app.domain.errors import ConfigError

ALERT_TOPIC = "alert"


@dataclass(frozen=True, slots=True)
class MonitoringSettings:
    error_rate_max: float = 0.001  # refused/failed commands over all, last hour
    error_rate_min_commands: int = 100  # fewer commands in the hour: no error-rate alert
    unsynced_max_minutes: int = 30  # oldest unsynced item, per channel
    state_budget_bytes: int = 256 * 1024  # one open sale's stored state
    disk_min_free_pct: float = 10.0
    backup_overdue_hours: float = 26.0
    central_unreachable_hours: float = 4.0
    prometheus_port: int = 0  # 0: no endpoint
    flush_seconds: int = 60
    evaluate_seconds: int = 60
    retention_days: int = 8


_KEYS: dict[str, type] = {
    "error_rate_max": float, "error_rate_min_commands": int, "unsynced_max_minutes": int,
    "state_budget_bytes": int, "disk_min_free_pct": float, "backup_overdue_hours": float,
    "central_unreachable_hours": float, "prometheus_port": int, "flush_seconds": int,
    "evaluate_seconds": int, "retention_days": int,
}


def monitoring_settings(table: Mapping[str, Any]) -> MonitoringSettings:
    """The `[monitoring]` table (every key optional; see MonitoringSettings)."""
    unknown = set(table) - set(_KEYS)
    if unknown:
        raise ConfigError(f"Config [monitoring] has unknown keys: {', '.join(sorted(unknown))}; "
                          f"known: {', '.join(_KEYS)}")
    values: dict[str, Any] = {}
    for key, value in table.items():
        kind = _KEYS[key]
        if isinstance(value, bool) or not isinstance(value, (int, float)) or (
                kind is int and not isinstance(value, int)) or value < 0:
            raise ConfigError(f"Config [monitoring] {key} must be a "
                              f"{'whole ' if kind is int else ''}number of 0 or more, "
                              f"got {value!r}")
        values[key] = kind(value)
    if values.get("prometheus_port", 0) > 65535:
        raise ConfigError("Config [monitoring] prometheus_port must be 0 (off) to 65535")
    for key in ("flush_seconds", "evaluate_seconds", "retention_days"):
        if key in values and values[key] < 1:
            raise ConfigError(f"Config [monitoring] {key} must be 1 or more")
    return MonitoringSettings(**values)


@dataclass(frozen=True, slots=True)
class Alert:
    key: str  # what fires, e.g. "disk" or "unsynced:central"
    message: str  # English, for logs, the CLI and head office; screens translate by key
    value: float | None = None
    threshold: float | None = None


def _age_s(at: str | None, now: datetime) -> float | None:
    if not at:
        return None
    try:
        return (now - datetime.fromisoformat(at)).total_seconds()
    except (TypeError, ValueError):
        return None


def evaluate(status: Mapping[str, Any], settings: MonitoringSettings,
             now: datetime) -> list[Alert]:
    """The alerts firing for this status, in a fixed order."""
    out: list[Alert] = []
    metrics = status.get("metrics") or {}
    rate = (metrics.get("error_rate") or {}).get("hour")
    n = ((metrics.get("latency") or {}).get("hour") or {}).get("all", {}).get("count", 0)
    if rate is not None and rate > settings.error_rate_max \
            and n >= settings.error_rate_min_commands:
        out.append(Alert("error_rate", f"{rate:.2%} of the last hour's {n} commands were "
                         f"refused or failed (over {settings.error_rate_max:.2%})",
                         rate, settings.error_rate_max))
    limit = settings.unsynced_max_minutes * 60
    for name, ch in sorted((status.get("channels") or {}).items()):
        if not isinstance(ch, Mapping):
            continue
        age = ch.get("oldest_unsynced_age_seconds")
        if age is not None and age > limit:
            out.append(Alert(f"unsynced:{name}",
                             f"The oldest item waiting for {name} is {int(age) // 60} min "
                             f"old (over {settings.unsynced_max_minutes} min)",
                             float(age), float(limit)))
    health = status.get("health") or {}
    biggest = health.get("largest_open_state_bytes")
    if biggest is not None and biggest > settings.state_budget_bytes:
        out.append(Alert("state_budget", f"An open sale's state is {biggest:,} bytes (budget "
                         f"{settings.state_budget_bytes:,})", float(biggest),
                         float(settings.state_budget_bytes)))
    free = health.get("disk_free_pct")
    if free is not None and free < settings.disk_min_free_pct:
        out.append(Alert("disk", f"Only {free:.1f} % of the data directory's disk is free "
                         f"(under {settings.disk_min_free_pct:g} %)", float(free),
                         settings.disk_min_free_pct))
    backup = status.get("backup")
    if isinstance(backup, Mapping):
        age = _age_s(backup.get("last_at"), now)
        hours = settings.backup_overdue_hours
        if age is None or age > hours * 3600:
            out.append(Alert("backup_overdue", "No backup yet" if age is None else
                             f"The last backup is {age / 3600:.0f} h old (over {hours:g} h)",
                             None if age is None else age / 3600, hours))
    shopify = (status.get("channels") or {}).get("shopify") or {}
    if shopify.get("state") == "paused":
        out.append(Alert("shopify_auth", f"Shopify refuses this terminal: "
                         f"{shopify.get('last_error') or 'credentials or configuration'}"))
    central = (status.get("channels") or {}).get("central") or {}
    if central.get("state") in ("offline", "paused"):
        since = _age_s(central.get("last_success_at"), now)
        first_error = _age_s(central.get("last_error_at"), now)
        down = since if since is not None else first_error
        hours = settings.central_unreachable_hours
        if down is not None and down > hours * 3600:
            out.append(Alert("central_unreachable", f"The central database has not been "
                             f"reached for {down / 3600:.0f} h (over {hours:g} h): "
                             f"{central.get('last_error') or ''}".rstrip(": "),
                             down / 3600, hours))
    return out


def alerts_json(alerts: Sequence[Alert], since: Mapping[str, str] | None = None) \
        -> list[dict[str, Any]]:
    return [{"key": a.key, "message": a.message, "value": a.value,
             "threshold": a.threshold, "since": (since or {}).get(a.key)} for a in alerts]


@dataclass(frozen=True, slots=True)
class AlertChange:
    key: str
    firing: bool  # True: it started firing; False: it cleared
    at: str
    message: str
    value: float | None = None
    threshold: float | None = None


class AlertLog(Protocol):
    """The recorded alerts (adapters/sqlite/metrics_store.py)."""

    def firing(self) -> dict[str, str]:
        """Key -> since when, of the alerts recorded as firing."""
        ...

    def record(self, changes: Sequence[AlertChange], *, terminal_id: str) -> None:
        """In one transaction: the changes, and one outbox event each (topic "alert")."""
        ...


class AlertMonitor:
    def __init__(self, log: AlertLog, settings: MonitoringSettings, clock: Clock, *,
                 terminal_id: str) -> None:
        self._log = log
        self.settings = settings
        self._clock = clock
        self._terminal_id = terminal_id

    def check(self, status: Mapping[str, Any]) -> list[AlertChange]:
        """Evaluate, record what started or stopped firing; returns those changes."""
        now = self._clock.now()
        firing = {a.key: a for a in evaluate(status, self.settings, now)}
        recorded = self._log.firing()
        at = iso(now)
        changes = [AlertChange(a.key, True, at, a.message, a.value, a.threshold)
                   for k, a in firing.items() if k not in recorded]
        changes += [AlertChange(k, False, at, f"Cleared: {k}")
                    for k in sorted(recorded) if k not in firing]
        if changes:
            self._log.record(changes, terminal_id=self._terminal_id)
        return changes


def window_since(now: datetime, days: int) -> datetime:
    return now - timedelta(days=days)
