"""Reads `ShopifySettings` from the [shopify] table of the config TOML, then
POS_APP_SHOPIFY_* / POS_APP_FLAG_* environment variables (which win).

    [shopify]
    shop = "my-shop.myshopify.com"
    api_version = "2026-04"
    location = "Main Street"          # or gid://shopify/Location/123
    sync_interval_seconds = 120

    [shopify.flags]
    batch_reconciliation = true
    auto_retry = true
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

from pos_app.domain.errors import ConfigError
from pos_app.services.shopify_settings import FeatureFlags, Flag, ShopifySettings

ENV_PREFIX = "POS_APP_SHOPIFY_"
FLAG_PREFIX = "POS_APP_FLAG_"
_TRUE, _FALSE = {"1", "true", "yes", "on"}, {"0", "false", "no", "off"}


def _convert(key: str, value: Any, want: type) -> Any:
    if want is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if want is int and isinstance(value, bool):
        raise ConfigError(f"Config [shopify] {key} must be an integer")
    if not isinstance(value, want):
        raise ConfigError(f"Config [shopify] {key} must be {want.__name__}, "
                          f"got {type(value).__name__} {value!r}")
    return value


def shopify_settings_from(raw: Mapping[str, Any], env: Mapping[str, str]) -> ShopifySettings:
    table = dict(raw)
    flags_raw = table.pop("flags", {})
    if not isinstance(flags_raw, dict):
        raise ConfigError("Config [shopify.flags] must be a table")
    base = ShopifySettings()
    types = {f.name: type(getattr(base, f.name)) for f in fields(ShopifySettings)
             if f.name != "flags"}
    unknown = set(table) - set(types)
    if unknown:
        raise ConfigError(f"Config [shopify] has unknown keys: {', '.join(sorted(unknown))}")
    values = {k: _convert(k, v, types[k]) for k, v in table.items()}
    for name, want in types.items():
        text = env.get(ENV_PREFIX + name.upper())
        if text is None:
            continue
        try:
            values[name] = want(text)
        except ValueError as exc:
            raise ConfigError(f"{ENV_PREFIX}{name.upper()} must be {want.__name__}") from exc
    flag_values = dict(flags_raw)
    for flag in Flag:
        text = env.get(FLAG_PREFIX + flag.name)
        if text is None:
            continue
        if text.lower() not in _TRUE | _FALSE:
            raise ConfigError(f"{FLAG_PREFIX}{flag.name} must be true or false")
        flag_values[flag.value] = text.lower() in _TRUE
    return replace(base, **values, flags=FeatureFlags.from_mapping(flag_values))


def load_shopify_settings(config_path: Path | None,
                          env: Mapping[str, str] | None = None) -> ShopifySettings:
    env = os.environ if env is None else env
    raw: dict[str, Any] = {}
    if config_path is not None and config_path.exists():
        try:
            raw = tomllib.loads(config_path.read_text(encoding="utf-8")).get("shopify", {})
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"Cannot read [shopify] from {config_path}: {exc}") from exc
    if not isinstance(raw, dict):
        raise ConfigError("Config [shopify] must be a table")
    return shopify_settings_from(raw, env)
