"""Reads settings from a TOML file and POS_APP_* environment variables, once.

Precedence: command-line flag > environment variable > config file > default.
Default locations come from platformdirs (the platform's user data/config dir).
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import fields, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import platformdirs

from pos_app.domain.errors import ConfigError
from pos_app.domain.money import exponent_of
from pos_app.services.flags import FlagLayers
from pos_app.services.settings import LANGUAGES, Settings, StoreSettings, TaxRounding

APP_NAME = "pos_app"
ENV_DATA_DIR = "POS_APP_DATA_DIR"
ENV_CONFIG = "POS_APP_CONFIG"
ENV_TERMINAL = "POS_APP_TERMINAL_ID"
# Sections owned by integrations; each parses its own table (see Settings.sections).
INTEGRATION_SECTIONS = ("shopify", "central", "commission", "printer", "backup", "monitoring",
                        "logging")


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_config_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "config.toml"


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"Cannot read config file {path}: {exc}") from exc
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"Config file {path} is not valid TOML: {exc}") from exc


def _typed(section: str, key: str, value: Any, want: type) -> Any:
    ok = (
        isinstance(value, bool) if want is bool
        else isinstance(value, int) and not isinstance(value, bool) if want is int
        else isinstance(value, want)
    )
    if ok:
        return value
    raise ConfigError(
        f"Config [{section}] {key} must be {want.__name__}, got {type(value).__name__} {value!r}"
    )


def _reasons(key: str, value: Any, *, allow_empty: bool) -> tuple[str, ...]:
    """[store] return_reasons = ["Damaged", "Wrong size", ...]: short, distinct names."""
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"Config [store] {key} must be a list of names, e.g. "
                          '["Damaged", "Wrong size", "Changed mind", "Faulty"]')
    names = tuple(" ".join(v.split()) for v in value)
    if not names and not allow_empty:
        raise ConfigError(f"Config [store] {key} needs at least one reason")
    if any(not n or len(n) > 40 for n in names):
        raise ConfigError(f"Config [store] {key}: each reason is 1 to 40 characters")
    if len({n.casefold() for n in names}) != len(names):
        raise ConfigError(f"Config [store] {key} names a reason twice")
    return names


def local_zone_name() -> str:
    """This machine's IANA time zone: $TZ, else what /etc/localtime points at, else UTC
    (the store's zone when [store] timezone is not set)."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        target = os.path.realpath("/etc/localtime")
    except OSError:
        target = ""
    if "zoneinfo/" in target:
        candidates.append(target.split("zoneinfo/", 1)[1])
    for name in candidates:
        if not name:
            continue
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            continue
        return name
    return "UTC"


def _store_settings(raw: dict[str, Any]) -> StoreSettings:
    known = {f.name for f in fields(StoreSettings)}
    unknown = set(raw) - known
    if unknown:
        raise ConfigError(f"Config [store] has unknown keys: {', '.join(sorted(unknown))}")
    base = StoreSettings()
    out: dict[str, Any] = {}
    for key, value in raw.items():
        if key == "tax_rounding":
            try:
                out[key] = TaxRounding(value)
            except ValueError as exc:
                raise ConfigError(
                    f"Config [store] tax_rounding must be 'per_line' or 'per_total', got {value!r}"
                ) from exc
            continue
        if key in ("return_reasons", "no_restock_reasons"):
            out[key] = _reasons(key, value, allow_empty=key == "no_restock_reasons")
            continue
        want = type(getattr(base, key))
        out[key] = _typed("store", key, value, want)
    if "timezone" not in raw:  # receipts and reports in the time of the till's clock
        out["timezone"] = local_zone_name()
    store = replace(base, **out)
    try:
        exponent_of(store.currency)
    except ValueError as exc:
        raise ConfigError(f"Config [store] currency: {exc}") from exc
    try:
        store.locale_format()  # an unknown locale or time zone is refused here, by name
    except ConfigError as exc:
        raise ConfigError(f"Config [store] {exc}") from exc
    if store.language and store.language not in LANGUAGES:
        raise ConfigError(f"Config [store] language must be one of {', '.join(LANGUAGES)}, "
                          f"got {store.language!r}")
    if store.cash_rounding < 1:
        raise ConfigError("Config [store] cash_rounding must be at least 1 (minor units)")
    if not 0 <= store.cashier_max_discount_bp <= 10000:
        raise ConfigError("Config [store] cashier_max_discount_bp must be 0..10000")
    if not 0 <= store.cash_out_limit_cashier <= store.cash_out_limit_supervisor:
        raise ConfigError("Config [store] cash_out_limit_cashier must be 0 or more and at "
                          "most cash_out_limit_supervisor (minor units)")
    try:
        store.throttle_policy()
    except ValueError as exc:
        raise ConfigError(f"Config [store] {exc}") from exc
    return store


def _lock_minutes(value: Any) -> int:
    minutes = _typed("terminal", "lock_after_minutes", value, int)
    if not 1 <= minutes <= 24 * 60:
        raise ConfigError("Config [terminal] lock_after_minutes must be 1 to 1440")
    return int(minutes)


def _retention_days(value: Any) -> int:
    days = _typed("terminal", "outbox_retention_days", value, int)
    if not 1 <= days <= 3650:
        raise ConfigError("Config [terminal] outbox_retention_days must be 1 to 3650")
    return int(days)


def load_settings(
    *, data_dir: Path | None = None, config_path: Path | None = None,
    demo: bool | None = None, env: dict[str, str] | None = None,
) -> Settings:
    env = dict(os.environ) if env is None else env
    cfg_path = config_path or (Path(env[ENV_CONFIG]) if env.get(ENV_CONFIG) else None)
    explicit_cfg = cfg_path is not None
    cfg_path = cfg_path or default_config_path()
    if explicit_cfg and not cfg_path.exists():
        raise ConfigError(f"Config file {cfg_path} does not exist")
    raw = _read_toml(cfg_path)
    terminal = raw.pop("terminal", {})
    store_raw = raw.pop("store", {})
    flags_raw = raw.pop("flags", {})
    sections = {name: raw.pop(name) for name in INTEGRATION_SECTIONS if name in raw}
    for name, table in sections.items():
        if not isinstance(table, dict):
            raise ConfigError(f"Config file {cfg_path}: [{name}] must be a table")
    if not isinstance(flags_raw, dict):
        raise ConfigError(f"Config file {cfg_path}: [flags] must be a table")
    if raw:
        raise ConfigError(f"Config file {cfg_path} has unknown sections: {', '.join(sorted(raw))}")
    if not isinstance(terminal, dict) or not isinstance(store_raw, dict):
        raise ConfigError(f"Config file {cfg_path}: [terminal] and [store] must be tables")
    allowed = {"id", "data_dir", "demo", "park_after_minutes", "compact_after_days",
               "lock_after_minutes", "outbox_retention_days"}
    unknown = set(terminal) - allowed
    if unknown:
        raise ConfigError(f"Config [terminal] has unknown keys: {', '.join(sorted(unknown))}")
    resolved_dir = (
        data_dir
        or (Path(env[ENV_DATA_DIR]) if env.get(ENV_DATA_DIR) else None)
        or (Path(_typed("terminal", "data_dir", terminal["data_dir"], str))
            if "data_dir" in terminal else None)
        or default_data_dir()
    )
    terminal_id = env.get(ENV_TERMINAL) or _typed("terminal", "id", terminal.get("id", "T1"), str)
    if not terminal_id or len(terminal_id) > 32:
        raise ConfigError("Terminal id must be 1 to 32 characters")
    layers = FlagLayers.read(flags_raw, env)
    return Settings(
        data_dir=resolved_dir.expanduser(),
        terminal_id=terminal_id,
        store=_store_settings(store_raw),
        demo=bool(demo) if demo is not None
        else _typed("terminal", "demo", terminal.get("demo", False), bool),
        park_after_minutes=_typed("terminal", "park_after_minutes",
                                  terminal.get("park_after_minutes", 240), int),
        compact_after_days=_typed("terminal", "compact_after_days",
                                  terminal.get("compact_after_days", 30), int),
        lock_after_minutes=_lock_minutes(terminal.get("lock_after_minutes", 10)),
        outbox_retention_days=_retention_days(terminal.get("outbox_retention_days", 30)),
        config_path=cfg_path,
        # The layers are read and checked once; the flags a start runs with before the
        # store's cached overrides are put between them (app/context.with_store_flags).
        flags=layers.resolve().flags,
        flag_layers=layers,
        sections=MappingProxyType(sections),
    )
