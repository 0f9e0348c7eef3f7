"""Settings: file, environment and flags; a corrupt or wrong config is a clear error."""

from __future__ import annotations

from pathlib import Path

import pytest

from pos_app.adapters.config import load_settings
from pos_app.domain.errors import ConfigError
from pos_app.services.settings import TaxRounding


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "config.toml"
    p.write_text(text, encoding="utf-8")
    return p


def test_defaults_without_a_config_file(tmp_path):
    s = load_settings(config_path=None, env={"POS_APP_DATA_DIR": str(tmp_path / "d"),
                                             "POS_APP_CONFIG": str(write(tmp_path, ""))})
    assert s.data_dir == tmp_path / "d"
    assert s.terminal_id == "T1" and s.store.currency == "USD"


def test_file_values_and_precedence(tmp_path):
    cfg = write(tmp_path, """
[terminal]
id = "FRONT-2"
data_dir = "/from/file"

[store]
name = "Corner Shop"
currency = "EUR"
prices_include_tax = true
tax_rounding = "per_total"
cash_rounding = 5
""")
    s = load_settings(config_path=cfg, env={})
    assert (s.terminal_id, str(s.data_dir), s.store.name) == ("FRONT-2", "/from/file",
                                                               "Corner Shop")
    assert s.store.prices_include_tax and s.store.tax_rounding is TaxRounding.PER_TOTAL
    assert s.store.cash_rounding == 5
    env = {"POS_APP_DATA_DIR": "/from/env", "POS_APP_TERMINAL_ID": "ENV-1"}
    assert str(load_settings(config_path=cfg, env=env).data_dir) == "/from/env"
    assert str(load_settings(config_path=cfg, env=env, data_dir=Path("/flag")).data_dir) \
        == "/flag"
    assert load_settings(config_path=cfg, env=env).terminal_id == "ENV-1"


@pytest.mark.parametrize(("text", "message"), [
    ("[store\nname = 1", "not valid TOML"),
    ("[store]\ncurrency = 'EURO'", "not an ISO 4217"),
    ("[store]\ncash_rounding = '5'", "cash_rounding must be int"),
    ("[store]\ntax_rounding = 'sometimes'", "per_line' or 'per_total"),
    ("[store]\nfavourite_colour = 'red'", "unknown keys: favourite_colour"),
    ("[tills]\nx = 1", "unknown sections: tills"),
    ("[terminal]\nid = ''", "1 to 32 characters"),
    ("[store]\ncashier_max_discount_bp = 20000", "0..10000"),
])
def test_bad_config_is_a_clear_error(tmp_path, text, message):
    with pytest.raises(ConfigError, match=message):
        load_settings(config_path=write(tmp_path, text), env={})


def test_binary_garbage_config_names_the_file(tmp_path):
    p = tmp_path / "config.toml"
    p.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ConfigError, match=str(p).replace("\\", "\\\\")):
        load_settings(config_path=p, env={})


def test_missing_explicit_config_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match="does not exist"):
        load_settings(config_path=tmp_path / "nope.toml", env={})


def test_flags_and_integration_sections(tmp_path):
    from pos_app.services.flags import Flag

    cfg = write(tmp_path, """
[flags]
REAL_TIME_COMMISSION = false

[shopify]
shop = "demo.myshopify.com"
""")
    s = load_settings(config_path=cfg, env={})
    assert Flag.REAL_TIME_COMMISSION not in s.flags and Flag.AUTO_RETRY in s.flags
    assert s.sections["shopify"]["shop"] == "demo.myshopify.com"
    with pytest.raises(ConfigError, match="unknown flag 'FAST_MODE'"):
        load_settings(config_path=write(tmp_path, "[flags]\nFAST_MODE = true"), env={})
    with pytest.raises(ConfigError, match="must be true or false"):
        load_settings(config_path=write(tmp_path, "[flags]\nAUTO_RETRY = 1"), env={})
