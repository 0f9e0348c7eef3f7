"""`pos-app shopify connect` against the emulator over real HTTP: every refusal names what
to do, and a connected terminal reconciles with the token from the keyring alone."""

from __future__ import annotations

import io
import tomllib

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring

from pos_app.adapters.shopify_emulator import ShopifyEmulator
from pos_app.adapters.shopify_emulator.seed import seed_demo
from pos_app.app.cli import main
from tests.memory_keyring import memory_keyring

TOKEN = "shpat_connect"


@pytest.fixture
def shop():
    emu = ShopifyEmulator(tokens={TOKEN: "standard", "shpat_narrow": "standard"})
    emu.api.set_scopes("shpat_narrow", ("read_products", "read_locations"))
    seed_demo(emu.state)
    emu.start()
    yield emu
    emu.stop()


@pytest.fixture
def store(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("POS_APP_SHOPIFY_TOKEN", raising=False)
    data, config = tmp_path / "data", tmp_path / "config.toml"
    config.write_text('# the till\n[store]\nname = "Corner Shop"\n', encoding="utf-8")
    common = ["--data-dir", str(data), "--config", str(config)]
    assert main(["init", *common, "--store-id", "s1"]) == 0
    for code, rate in (("standard", ["--rate", "sales:8.25:Sales tax"]), ("exempt", [])):
        assert main(["tax-class", "set", code, *common, "--as-owner", *rate]) == 0
    capsys.readouterr()
    with memory_keyring() as memory:
        yield common, config, memory


def connect(monkeypatch, common, *extra, token=TOKEN):
    monkeypatch.setattr("sys.stdin", io.StringIO(token + "\n"))
    return main(["shopify", "connect", *common, "--token-stdin", *extra])


def test_connect_stores_the_token_writes_the_config_and_pulls_the_catalog(
        shop, store, monkeypatch, capsys):
    common, config, memory = store
    host = shop.url.removeprefix("http://")  # pasted without a scheme: loopback is http
    assert connect(monkeypatch, common, "--shop", host, "--location", "main street") == 0
    out = capsys.readouterr().out
    assert "POS Emulator" in out and "Main Street (gid://shopify/Location/" in out
    assert "Outcome          ok" in out and "Catalog          7 variants read" in out
    assert memory.items == {("pos_app", f"shopify:{host}"): TOKEN}
    written = tomllib.loads(config.read_text(encoding="utf-8"))
    assert written["shopify"] == {"shop": shop.url, "location": "Main Street",
                                  "api_version": "2026-04"}
    assert written["store"]["name"] == "Corner Shop"  # the rest of the file kept
    assert config.read_text(encoding="utf-8").startswith("# the till")
    # From now on the keyring alone: no token in the environment, no --shop.
    assert main(["reconcile", "--once", *common]) == 0


def test_refusals_say_what_to_do(shop, store, monkeypatch, capsys):
    common, _config, memory = store
    assert connect(monkeypatch, common, "--shop", shop.url, "--location", "Main Street",
                   token="shpat_wrong") == 77
    err = capsys.readouterr().err
    assert "401" in err and "POS_APP_SHOPIFY_TOKEN" in err
    assert connect(monkeypatch, common, "--shop", shop.url, "--location", "Main Street",
                   token="shpat_narrow") == 77
    err = capsys.readouterr().err
    assert "read_inventory, write_inventory" in err
    assert connect(monkeypatch, common, "--shop", shop.url) == 64  # two locations
    err = capsys.readouterr().err
    assert "Main Street" in err and "Warehouse" in err and "--location" in err
    assert connect(monkeypatch, common, "--shop", shop.url, "--location", "Backroom") == 78
    assert "no active location 'Backroom'" in capsys.readouterr().err
    assert connect(monkeypatch, common, "--shop", shop.url, "--location", "Main Street",
                   "--api-version", "2025-10") == 78
    assert "older than 2026-01" in capsys.readouterr().err
    assert connect(monkeypatch, common, "--shop", "my shop",
                   "--location", "Main Street") == 78
    assert "admin.shopify.com/store/my-shop" in capsys.readouterr().err
    assert memory.items == {}  # nothing stored by a refused connect
    keyring.set_keyring(FailKeyring())
    assert connect(monkeypatch, common, "--shop", shop.url, "--location", "Main Street",
                   "--no-pull") == 78
    assert "POS_APP_SHOPIFY_TOKEN" in capsys.readouterr().err


def test_a_store_without_the_tax_classes_is_told_before_anything_is_stored(
        shop, tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("POS_APP_SHOPIFY_TOKEN", raising=False)
    data, config = tmp_path / "data", tmp_path / "config.toml"
    config.write_text('[store]\nname = "Corner Shop"\n', encoding="utf-8")
    common = ["--data-dir", str(data), "--config", str(config)]
    assert main(["init", *common, "--store-id", "s1"]) == 0
    capsys.readouterr()
    with memory_keyring() as memory:
        assert connect(monkeypatch, common, "--shop", shop.url,
                       "--location", "Main Street") == 78
        err = capsys.readouterr().err
        assert "'standard' and 'exempt'" in err
        assert "pos-app tax-class set standard --rate" in err and "--no-pull" in err
        assert memory.items == {} and "shopify" not in config.read_text(encoding="utf-8")
        # Connected without the pull, the classes can come before the first reconcile.
        assert connect(monkeypatch, common, "--shop", shop.url, "--location", "Main Street",
                       "--no-pull") == 0
