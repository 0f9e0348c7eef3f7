"""Writes settings a set-up command chose into the TOML config file, keeping what a
person wrote there (comments, order, other sections) with tomlkit, atomically."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

import tomlkit
from tomlkit.exceptions import TOMLKitError

from pos_app.domain.errors import ConfigError


def set_config_values(path: Path, section: str, values: Mapping[str, str | int | bool]) \
        -> None:
    """Set `values` in `[section]` of the config at `path` (created when missing, 0600),
    leaving every other line as it was. The file is replaced in one rename, so a crash
    leaves the old or the new file, never half of one."""
    try:
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        doc = tomlkit.parse(text)
    except (OSError, UnicodeDecodeError, TOMLKitError) as exc:
        raise ConfigError(f"Cannot update config file {path}: {exc}") from exc
    table = doc.get(section)
    if table is None:
        table = tomlkit.table()
        doc[section] = table
    elif not isinstance(table, dict):
        raise ConfigError(f"Config file {path}: [{section}] is not a table")
    for key, value in values.items():
        table[key] = value
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".config-", suffix=".toml", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(tomlkit.dumps(doc))
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ConfigError(f"Cannot write config file {path}: {exc}") from exc
