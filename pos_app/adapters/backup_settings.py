"""The [backup] table of the config:

    [backup]
    dir = "/mnt/usb/pos-backups"   # default: <data dir>/backups (relative: to the data dir)
    hour = 3                       # the daily backup, local store time ([store] timezone)
    keep_daily = 7                 # rotation: newest per day, week and month kept
    keep_weekly = 4
    keep_monthly = 12
    scheduled = true               # false: no daily backup by the running terminal
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pos_app.domain.errors import ConfigError

DEFAULT_DIRNAME = "backups"


@dataclass(frozen=True, slots=True)
class BackupSettings:
    dir: Path
    hour: int = 3
    keep_daily: int = 7
    keep_weekly: int = 4
    keep_monthly: int = 12
    scheduled: bool = True


def _whole(key: str, value: Any, low: int, high: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ConfigError(f"Config [backup] {key} must be a whole number from {low} to "
                          f"{high}, got {value!r}")
    return value


def backup_settings(raw: dict[str, Any] | Any, data_dir: Path) -> BackupSettings:
    table = dict(raw or {})
    known = {"dir", "hour", "keep_daily", "keep_weekly", "keep_monthly", "scheduled"}
    unknown = set(table) - known
    if unknown:
        raise ConfigError(f"Config [backup] has unknown keys: {', '.join(sorted(unknown))} "
                          f"(known: {', '.join(sorted(known))})")
    where = Path(data_dir) / DEFAULT_DIRNAME
    if "dir" in table:
        if not isinstance(table["dir"], str) or not table["dir"].strip():
            raise ConfigError("Config [backup] dir must be a directory path, e.g. "
                              "'/mnt/usb/pos-backups'")
        given = Path(table["dir"]).expanduser()
        where = given if given.is_absolute() else Path(data_dir) / given
    scheduled = table.get("scheduled", True)
    if not isinstance(scheduled, bool):
        raise ConfigError("Config [backup] scheduled must be true or false")
    out = BackupSettings(
        dir=where, hour=_whole("hour", table.get("hour", 3), 0, 23),
        keep_daily=_whole("keep_daily", table.get("keep_daily", 7), 1, 366),
        keep_weekly=_whole("keep_weekly", table.get("keep_weekly", 4), 0, 260),
        keep_monthly=_whole("keep_monthly", table.get("keep_monthly", 12), 0, 240),
        scheduled=scheduled)
    return out
