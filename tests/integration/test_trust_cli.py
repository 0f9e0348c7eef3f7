"""Commands that move money or change staff: a real staff member and their PIN (or the
owner credential), the same throttle and audit as the counter, limits on pay-outs, a
manager for catalog imports, `pos-app staff unlock`."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
from sqlalchemy import text

from pos_app.adapters.sqlite.store import LocalDatabase
from pos_app.app.cli import EX_NOPERM, main

from .test_shift_cli import PINS, Cli, add_staff

EX_DATAERR = 65


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("POS_APP_DATA_DIR", "POS_APP_CONFIG", "POS_APP_TERMINAL_ID",
                "POS_APP_STAFF_PIN", "POS_APP_APPROVER_PIN"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    add_staff(path)  # alice: cashier 1111, bob: manager 2222, aiko: cashier 3333
    return path


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "pos.toml"
    path.write_text('[terminal]\nid = "TILL-2"\n\n[store]\nname = "Corner Shop"\n'
                    'currency = "USD"\ncash_out_limit_cashier = 2000\n', encoding="utf-8")
    return path


@pytest.fixture
def cli(data_dir: Path, capsys: pytest.CaptureFixture[str], config: Path) -> Cli:
    c = Cli(data_dir, capsys, config)
    assert c("open", "--staff", "bob", "--float", "100.00")[0] == 0
    return c


def rows(data_dir: Path, sql: str) -> list[tuple[object, ...]]:
    db = LocalDatabase(data_dir)
    try:
        with db.read() as conn:
            return [tuple(r) for r in conn.execute(text(sql)).all()]
    finally:
        db.close()


def staff_id(data_dir: Path, name: str) -> str:
    return str(rows(data_dir, f"SELECT id FROM staff WHERE name = '{name}'")[0][0])


def test_a_forged_staff_name_is_refused_and_nothing_is_paid_out(cli: Cli,
                                                                data_dir: Path) -> None:
    rc, out, err = cli("cash-out", "--staff", "Alex Manager (forged)", "--amount", "5",
                       "--reason", "Supplier", pin="2222")
    assert rc == EX_DATAERR and out == ""
    assert "No active staff member is called 'Alex Manager (forged)'" in err
    assert rows(data_dir, "SELECT count(*) FROM cash_movement") == [(0,)]


def test_a_wrong_pin_is_refused_counted_and_audited(cli: Cli, data_dir: Path) -> None:
    for _ in range(3):
        rc, _, err = cli("cash-in", "--staff", "alice", "--amount", "5", "--reason", "x",
                         pin="9999")
        assert rc == EX_NOPERM and "Wrong PIN or not allowed" in err
    assert "try again in 30 s" in err  # the third in a row starts the wait
    rc, _, err = cli("cash-in", "--staff", "alice", "--amount", "5", "--reason", "x")
    assert rc == EX_NOPERM and "Too many wrong PINs; try again in" in err  # even right
    audited = rows(data_dir, "SELECT subject, detail FROM audit_log WHERE action = "
                             "'login_failed'")
    alice = staff_id(data_dir, "alice")
    assert [(s, json.loads(d)["kind"], json.loads(d)["terminal"]) for s, d in audited] == \
        [(alice, "command_line", "TILL-2")] * 3
    assert rows(data_dir, "SELECT count(*) FROM cash_movement") == [(0,)]


def test_a_pay_out_above_the_cashiers_limit_needs_an_approver(cli: Cli, data_dir: Path,
                                                              monkeypatch: pytest.MonkeyPatch
                                                              ) -> None:
    rc, _, err = cli("cash-out", "--staff", "alice", "--amount", "20.00", "--reason", "Milk")
    assert rc == 0
    rc, out, err = cli("cash-out", "--staff", "alice", "--amount", "20.01", "--reason",
                       "Window cleaner")
    assert rc == EX_NOPERM and out == ""
    assert "Manager approval needed: cash out of 20.01 USD is above what a cashier may " \
           "do alone" in err
    # Another cashier cannot approve it: the same answer as a wrong PIN, PIN not tried.
    monkeypatch.setenv("POS_APP_APPROVER_PIN", PINS["aiko"])
    rc, _, err = cli("cash-out", "--staff", "alice", "--amount", "20.01", "--reason",
                     "Window cleaner", "--approver", "aiko")
    assert rc == EX_NOPERM and "Wrong PIN or not allowed" in err
    # Both PINs on standard input, as a script passes them.
    monkeypatch.delenv("POS_APP_APPROVER_PIN")
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{PINS['alice']}\n{PINS['bob']}\n"))
    rc, out, _ = cli("cash-out", "--staff", "alice", "--amount", "20.01", "--reason",
                     "Window cleaner", "--approver", "bob", "--pin-stdin", pin="")
    assert (rc, out) == (0, "Paid out 20.01 USD by alice: Window cleaner\n")
    audited = rows(data_dir, "SELECT actor, approved_by, json_extract(detail, '$.amount') "
                             "FROM audit_log WHERE action = 'cash_out' ORDER BY at, rowid")
    alice, bob = staff_id(data_dir, "alice"), staff_id(data_dir, "bob")
    assert audited == [(alice, None, 2000), (alice, bob, 2001)]


def test_without_a_pin_and_without_a_terminal_it_says_how_to_give_one(
        cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    rc, _, err = cli("cash-in", "--staff", "alice", "--amount", "1", "--reason", "x", pin="")
    assert rc == EX_DATAERR
    assert "A PIN is needed for alice: type it at the prompt, pass it with --pin-stdin, " \
           "or set POS_APP_STAFF_PIN" in err


def test_a_prompt_on_a_terminal(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    asked: list[str] = []
    monkeypatch.setattr("sys.stdin", Tty(""))
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or "1111")
    rc, out, _ = cli("cash-in", "--staff", "alice", "--amount", "1", "--reason", "x", pin="")
    assert rc == 0 and "Paid in 1.00 USD by alice" in out
    assert asked == ["PIN for alice: "]


def write_csv(path: Path) -> Path:
    path.write_text("sku,barcode,title,price,tax_class\nA-1,,Apple,0.01,exempt\n",
                    encoding="utf-8")
    return path


def test_import_catalog_needs_a_manager_and_is_audited(data_dir: Path, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str],
                                                        monkeypatch: pytest.MonkeyPatch
                                                        ) -> None:
    csv = write_csv(tmp_path / "prices.csv")
    base = ["import-catalog", str(csv), "--data-dir", str(data_dir)]
    assert main(base) == EX_NOPERM
    assert "name the manager with --staff NAME" in capsys.readouterr().err
    monkeypatch.setenv("POS_APP_STAFF_PIN", PINS["alice"])
    assert main([*base, "--staff", "alice"]) == EX_NOPERM  # a cashier: not even tried
    assert "Wrong PIN or not allowed" in capsys.readouterr().err
    monkeypatch.setenv("POS_APP_STAFF_PIN", PINS["bob"])
    assert main([*base, "--staff", "bob"]) in (0, EX_DATAERR)
    capsys.readouterr()
    imports = rows(data_dir, "SELECT actor, subject, detail FROM audit_log WHERE action = "
                             "'catalog_import'")
    assert [(a, s) for a, s, _ in imports] == [(staff_id(data_dir, "bob"), "prices.csv")]
    assert json.loads(str(imports[0][2]))["rows"] == 1
    refused = rows(data_dir, "SELECT json_extract(detail, '$.refused') FROM audit_log "
                             "WHERE action = 'login_failed'")
    assert refused == [("not_allowed",)]


def test_the_owner_credential_is_the_data_dirs_os_user_only(
        data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    csv = write_csv(tmp_path / "prices.csv")
    base = ["import-catalog", str(csv), "--data-dir", str(data_dir), "--as-owner"]
    monkeypatch.setattr(os, "geteuid", lambda: os.stat(data_dir).st_uid + 1)
    assert main(base) == EX_NOPERM
    assert "only the OS user who owns" in capsys.readouterr().err
    monkeypatch.undo()
    assert main(base) in (0, EX_DATAERR)
    owner = rows(data_dir, "SELECT actor FROM audit_log WHERE action = 'owner_credential'")
    assert len(owner) == 1 and str(owner[0][0]).startswith("os:")


def test_staff_unlock_on_the_command_line(cli: Cli, data_dir: Path, config: Path,
                                          capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    for _ in range(3):
        assert cli("cash-in", "--staff", "alice", "--amount", "1", "--reason", "x",
                   pin="0000")[0] == EX_NOPERM
    base = ["staff", "unlock", "--data-dir", str(data_dir), "--config", str(config)]
    monkeypatch.setenv("POS_APP_STAFF_PIN", PINS["aiko"])
    assert main([*base, "alice", "--staff", "aiko"]) == EX_NOPERM  # a cashier may not
    capsys.readouterr()
    monkeypatch.setenv("POS_APP_STAFF_PIN", PINS["bob"])
    assert main([*base, "alice", "--staff", "bob"]) == 0
    assert capsys.readouterr().out == "alice can sign in again (had 3 wrong PIN(s)).\n"
    assert cli("cash-in", "--staff", "alice", "--amount", "1", "--reason", "x")[0] == 0
    assert main(base) == 0
    assert capsys.readouterr().out == "Nobody is locked out on this terminal.\n"
    unlocks = rows(data_dir, "SELECT actor, subject FROM audit_log WHERE action = "
                             "'staff_change'")
    assert unlocks == [(staff_id(data_dir, "bob"), staff_id(data_dir, "alice"))]
