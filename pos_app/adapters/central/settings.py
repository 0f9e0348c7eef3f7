"""Reading the [central] config section and its environment overrides."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import fields, replace
from typing import Any

from pos_app.domain.errors import ConfigError
from pos_app.services.central_sync import CentralSettings

from .url import SSL_MODES, parse_central_url

ENV_URL = "POS_APP_CENTRAL_URL"
_TEXT_KEYS = ("url", "store_id", "sslmode", "sslrootcert")
ENV_STORE = "POS_APP_STORE_ID"


def central_settings(raw: Mapping[str, Any] | None = None, *,
                     env: Mapping[str, str] | None = None, url: str | None = None,
                     store_id: str | None = None) -> CentralSettings:
    """Typed [central] settings: defaults < config table < POS_APP_CENTRAL_URL /
    POS_APP_STORE_ID < `url` / `store_id` (the --central-url / --store-id flags). `url`
    may be omitted everywhere (embedded SQLite central database). Every URL, whatever
    its source, goes through `url.parse_central_url`: a password in it is refused."""
    env = os.environ if env is None else env
    raw = dict(raw or {})
    known = {f.name for f in fields(CentralSettings)}
    unknown = set(raw) - known
    if unknown:
        raise ConfigError(f"Config [central] has unknown keys: {', '.join(sorted(unknown))}")
    if "password" in raw:
        raise ConfigError("Config [central] must not hold a password; it lives in the keyring")
    out = CentralSettings()
    for key, value in raw.items():
        want = str if key in _TEXT_KEYS else int
        if not isinstance(value, want) or isinstance(value, bool):
            raise ConfigError(f"Config [central] {key} must be {want.__name__}, got {value!r}")
    out = replace(out, **raw)
    if out.url is not None:
        parse_central_url(out.url, source="Config [central] url")
    if env.get(ENV_URL):
        parse_central_url(env[ENV_URL], source=ENV_URL)
        out = replace(out, url=env[ENV_URL])
    if env.get(ENV_STORE):
        out = replace(out, store_id=env[ENV_STORE])
    if url:
        parse_central_url(url, source="--central-url")
        out = replace(out, url=url)
    if store_id:
        out = replace(out, store_id=store_id)
    if out.sslmode is not None and out.sslmode not in SSL_MODES:
        raise ConfigError(f"Config [central] sslmode must be one of {', '.join(SSL_MODES)}, "
                          f"got {out.sslmode!r}")
    if not out.store_id or len(out.store_id) > 64:
        raise ConfigError("Config [central] store_id must be 1 to 64 characters")
    if not 1 <= out.batch_size <= 5000:
        raise ConfigError("Config [central] batch_size must be 1..5000")
    if out.interval_seconds < 1 or out.connect_timeout_seconds < 1:
        raise ConfigError("Config [central] intervals and timeouts must be at least 1 second")
    return out
