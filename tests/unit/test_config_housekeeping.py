"""[terminal] outbox_retention_days: typed, bounded, read once."""

from __future__ import annotations

from pathlib import Path

import pytest

from pos_app.adapters.config import load_settings
from pos_app.domain.errors import ConfigError


def _settings(tmp_path: Path, terminal: str):
    cfg = tmp_path / "config.toml"
    cfg.write_text(f"[terminal]\n{terminal}\n", encoding="utf-8")
    return load_settings(config_path=cfg, env={"POS_APP_DATA_DIR": str(tmp_path / "d")})


def test_outbox_retention_defaults_to_thirty_days(tmp_path):
    assert _settings(tmp_path, "").outbox_retention_days == 30


def test_outbox_retention_is_read_from_the_terminal_table(tmp_path):
    assert _settings(tmp_path, "outbox_retention_days = 7").outbox_retention_days == 7


@pytest.mark.parametrize("value", ['"7"', "0", "4000", "true", "1.5"])
def test_a_wrong_outbox_retention_names_the_key(tmp_path, value):
    with pytest.raises(ConfigError, match="outbox_retention_days"):
        _settings(tmp_path, f"outbox_retention_days = {value}")
