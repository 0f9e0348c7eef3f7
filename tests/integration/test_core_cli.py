"""`pos-app status` and the CLI's error handling, in-process and as a real process."""

from __future__ import annotations

import json
import subprocess
import sys

from pos_app.app.cli import main


def test_status_json_after_demo_data(tmp_path, capsys):
    data = str(tmp_path / "data")
    assert main(["demo-data", "--products", "50", "--data-dir", data]) == 0
    capsys.readouterr()
    assert main(["status", "--json", "--data-dir", data]) == 0
    st = json.loads(capsys.readouterr().out)
    assert st["catalog_variants"] >= 50 and st["staff"] == 4 and st["tax_classes"] == 3
    # The demo's four people wait for the first sync (staff are shared by the store's tills).
    assert st["sales"]["completed"] == 0 and st["pending_total"] == 4
    assert st["schema_revision"]  # migrations ran: at least one applied head
    assert main(["status", "--data-dir", data]) == 0
    human = capsys.readouterr().out
    assert "Catalog" in human and "Sync queue       4 pending" in human


def test_corrupt_config_exits_with_a_clear_message(tmp_path, capsys):
    cfg = tmp_path / "config.toml"
    cfg.write_text("[store\nname=", encoding="utf-8")
    code = main(["status", "--config", str(cfg), "--data-dir", str(tmp_path / "d")])
    err = capsys.readouterr().err
    assert code == 78
    assert "configuration error" in err and "not valid TOML" in err and str(cfg) in err


def test_unusable_data_dir_exits_74(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    code = main(["status", "--data-dir", str(blocker / "data")])
    assert code == 74
    assert "data directory" in capsys.readouterr().err


def test_help_lists_the_subcommands_as_a_real_process():
    out = subprocess.run([sys.executable, "-m", "pos_app", "--help"], capture_output=True,
                         text=True, check=True, timeout=60).stdout
    for name in ("run", "status", "demo-data", "import-catalog", "search", "shift"):
        assert name in out


def test_terminal_flags_reach_the_stock_reconciler(tmp_path, monkeypatch):
    from types import SimpleNamespace

    from pos_app.adapters.config import load_settings
    from pos_app.app.wiring import shopify_settings
    from pos_app.services.flags import Flag

    cfg = tmp_path / "config.toml"
    cfg.write_text('[flags]\nAUTO_RETRY = false\n\n[shopify]\nshop = "x.myshopify.com"\n',
                   encoding="utf-8")
    ctx = SimpleNamespace(settings=load_settings(config_path=cfg, env={}))
    flags = shopify_settings(ctx).flags
    assert Flag.AUTO_RETRY not in flags
    assert Flag.BATCH_RECONCILIATION in flags
    cfg.write_text('[flags]\nAUTO_RETRY = false\n\n[shopify]\nshop = "x"\n'
                   '[shopify.flags]\nauto_retry = true\n', encoding="utf-8")
    ctx = SimpleNamespace(settings=load_settings(config_path=cfg, env={}))
    assert Flag.AUTO_RETRY in shopify_settings(ctx).flags  # per-integration wins
    # The environment wins over both files.
    monkeypatch.setenv("POS_APP_FLAG_AUTO_RETRY", "off")
    assert Flag.AUTO_RETRY not in shopify_settings(ctx).flags
