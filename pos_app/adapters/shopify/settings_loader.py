"""Reads `ShopifySettings` from the [shopify] table of the terminal's config (already
parsed into `Settings.sections`), then POS_APP_SHOPIFY_* / POS_APP_FLAG_* environment
variables (which win).

    [shopify]
    shop = "my-shop.myshopify.com"
    api_version = "2026-04"
    location = "Main Street"          # or gid://shopify/Location/123
    sync_interval_seconds = 120

    [shopify.flags]                   # on top of the terminal's [flags]
    batch_reconciliation = true
    auto_retry = true
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields, replace
from typing import Any

from pos_app.adapters.transport import require_secure_http
from pos_app.domain.errors import ConfigError
from pos_app.services.flags import FeatureFlags
from pos_app.services.shopify_settings import ShopifySettings, check_api_version

ENV_PREFIX = "POS_APP_SHOPIFY_"


def _convert(key: str, value: Any, want: type) -> Any:
    if want is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if want is int and isinstance(value, bool):
        raise ConfigError(f"Config [shopify] {key} must be an integer")
    if not isinstance(value, want):
        raise ConfigError(f"Config [shopify] {key} must be {want.__name__}, "
                          f"got {type(value).__name__} {value!r}")
    return value


def shopify_settings_from(raw: Mapping[str, Any], env: Mapping[str, str], *,
                          flags: FeatureFlags | None = None) -> ShopifySettings:
    """`flags` are the terminal's (default: the defaults); [shopify.flags] apply on top,
    then POS_APP_FLAG_* from `env`."""
    if not isinstance(raw, Mapping):
        raise ConfigError("Config [shopify] must be a table")
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
    merged = (flags or FeatureFlags()).overridden(flags_raw, where="[shopify.flags]") \
        .from_env(env)
    out = replace(base, **values, flags=merged)
    check_api_version(out.api_version)
    if out.shop:
        require_secure_http(out.base_url, what="Config [shopify] shop")
    return out
