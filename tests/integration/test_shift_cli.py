"""`pos-app shift ...` run in-process against a data dir in tmp_path."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import select

from pos_app.adapters.pin_hasher import Argon2PinHasher
from pos_app.adapters.pin_pepper import PinPepper
from pos_app.adapters.sqlite.schema import ShiftRow
from pos_app.adapters.sqlite.staff_repo import SqliteStaffRepository
from pos_app.adapters.sqlite.store import LocalDatabase
from pos_app.app.cli import main
from pos_app.domain.permissions import Role
from pos_app.services.staff import StaffService

from .catalog_fixtures import CountingIds
from .shift_fixtures import L, P, SaleRecorder


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # No user config, env data dir or terminal id of the machine running the tests.
    for var in ("POS_APP_DATA_DIR", "POS_APP_CONFIG", "POS_APP_TERMINAL_ID"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))


# Who may run the till from the command line: real staff, each with a PIN.
PINS = {"alice": "1111", "bob": "2222", "aiko": "3333"}
ROLES = {"alice": Role.CASHIER, "bob": Role.MANAGER, "aiko": Role.CASHIER}


def add_staff(path: Path) -> None:
    db = LocalDatabase(path)
    try:
        # Peppered like the app's (POS_APP_PIN_PEPPER in tests), at test costs.
        hasher = Argon2PinHasher(time_cost=1, memory_cost=8, parallelism=1,
                                 pepper=PinPepper(path))
        staff = StaffService(SqliteStaffRepository(db), hasher, CountingIds())
        for name, pin in PINS.items():
            staff.add_staff(name, ROLES[name], pin)
    finally:
        db.close()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    # A store's database (commands refuse an empty data directory); its identity is
    # stamped from the config at the first command, as for a store from before `init`.
    path = tmp_path / "data"
    add_staff(path)
    return path


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "pos.toml"
    path.write_text('[terminal]\nid = "TILL-2"\n\n[store]\nname = "Corner Shop"\n'
                    'currency = "USD"\n', encoding="utf-8")
    return path


class Cli:
    def __init__(self, data_dir: Path, capsys: pytest.CaptureFixture[str],
                 config: Path | None = None) -> None:
        self.data_dir = data_dir
        self.capsys = capsys
        self.config = config

    def __call__(self, *args: str, pin: str | None = None) -> tuple[int, str, str]:
        """`pos-app shift ARGS`; the PIN of `--staff` (or `pin`) from POS_APP_STAFF_PIN,
        as a script would pass it."""
        argv = ["shift", *args, "--data-dir", str(self.data_dir)]
        if self.config is not None:
            argv += ["--config", str(self.config)]
        if pin is None and "--staff" in args:
            pin = PINS.get(args[args.index("--staff") + 1])
        with pytest.MonkeyPatch.context() as mp:
            if pin is not None:
                mp.setenv("POS_APP_STAFF_PIN", pin)
            rc = main(argv)
        out, err = self.capsys.readouterr()
        return rc, out, err


@pytest.fixture
def cli(data_dir: Path, capsys: pytest.CaptureFixture[str], config: Path) -> Cli:
    return Cli(data_dir, capsys, config)


def open_shift_id(data_dir: Path) -> str:
    db = LocalDatabase(data_dir)
    try:
        with db.read() as conn:
            return str(conn.execute(select(ShiftRow.id).where(ShiftRow.status == "open"))
                       .scalar_one())
    finally:
        db.close()


def test_a_whole_day_at_the_till(cli: Cli, data_dir: Path) -> None:
    rc, out, _ = cli("open", "--staff", "alice", "--float", "100.00")
    assert rc == 0
    assert out == ("Shift opened on terminal TILL-2 by alice with a float of 100.00 USD.\n")

    rc, out, _ = cli("cash-in", "--staff", "alice", "--amount", "20", "--reason",
                     "Change from the safe")
    assert (rc, out) == (0, "Paid in 20.00 USD by alice: Change from the safe\n")
    rc, out, _ = cli("cash-out", "--staff", "bob", "--amount", "4.50", "--reason", "Milk")
    assert (rc, out) == (0, "Paid out 4.50 USD by bob: Milk\n")

    db = LocalDatabase(data_dir)
    try:
        sales = SaleRecorder(db, terminal_id="TILL-2")
        shift_id = open_shift_id(data_dir)
        sales.sale(shift_id, [L(1, 2500, taxes={"STATE": 156})], [P("cash", 2656, 3000)])
        sales.sale(shift_id, [L(2, 1000)], [P("card", 2000)])
    finally:
        db.close()

    rc, out, _ = cli("x")
    assert rc == 0
    assert "Corner Shop" in out and "X REPORT" in out
    assert re.search(r"Expected in drawer +\$142\.06\n", out)  # the store's locale

    # The card batch was forgotten: refused, and the shift stays open.
    rc, out, err = cli("close", "--staff", "bob", "--count", "cash=142.00")
    assert rc == 65
    assert "missing: Card" in err and "20.00" not in err
    assert out == ""

    rc, closing, _ = cli("close", "--staff", "bob", "--count", "cash=142.00",
                         "--count", "card=20.00")
    assert rc == 0
    assert "Z REPORT No. 1" in closing
    assert re.search(r"  Short +-\$0\.06\n", closing)

    rc, out, _ = cli("z", "1")
    assert (rc, out) == (0, closing)
    rc, out, _ = cli("z")
    assert rc == 0 and "Z 1" in out and "bob" in out

    rc, _, err = cli("x")
    assert rc == 1 and "No shift is open on terminal TILL-2" in err


def test_location_options_may_come_before_the_action(data_dir: Path,
                                                     capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch
                                                     ) -> None:
    monkeypatch.setenv("POS_APP_STAFF_PIN", PINS["alice"])
    rc = main(["shift", "--data-dir", str(data_dir), "open", "--staff", "alice", "--float",
               "5"])
    assert rc == 0
    assert "float of 5.00 USD" in capsys.readouterr().out
    rc = main(["shift", "--data-dir", str(data_dir), "x"])
    assert rc == 0
    assert "Terminal                                T1" in capsys.readouterr().out


@pytest.mark.parametrize(("amount", "message"), [
    ("abc", "--float 'abc' must be a number like 12.99"),
    ("1,000.00", "mixes ',' and '.'"),
    ("1e3", "is in scientific notation"),
    ("NaN", "not NaN or Infinity"),
    ("10.001", "more decimal places than USD allows (2)"),
    ("-5.00", "cannot be negative"),
    # Taken by int()/Decimal() and the old \d pattern; not plain amounts.
    ("\u0661\u0660\u0660", "a digit of another script"),
    ("\uff11\uff10\uff10", "a digit of another script"),
    ("1_000", "contains '_'"),
    ("+5", "without a '+' sign"),
])
def test_bad_float_amounts_are_refused(cli: Cli, data_dir: Path, amount: str,
                                       message: str) -> None:
    rc, out, err = cli("open", "--staff", "alice", "--float", amount)
    assert rc == 65
    assert message in err
    assert out == ""
    rc, _, _ = cli("x")
    assert rc == 1  # nothing was opened


def test_second_open_and_bad_cash_movements(cli: Cli) -> None:
    assert cli("open", "--staff", "alice", "--float", "50")[0] == 0
    rc, _, err = cli("open", "--staff", "bob", "--float", "50")
    assert rc == 1 and "already open on terminal TILL-2" in err
    rc, _, err = cli("cash-out", "--staff", "bob", "--amount", "50.01", "--reason", "Bank")
    assert rc == 65 and "should only hold 50.00 USD" in err
    rc, _, err = cli("cash-in", "--staff", "bob", "--amount", "0", "--reason", "x")
    assert rc == 65 and "more than zero" in err
    rc, _, err = cli("cash-in", "--staff", "bob", "--amount", "1", "--reason", " ")
    assert rc == 65 and "reason is required" in err


@pytest.mark.parametrize(("counts", "message"), [
    (["cash"], "write it as TENDER=AMOUNT"),
    (["=5"], "write it as TENDER=AMOUNT"),
    (["cash=1", "cash=2"], "cash is given twice"),
    (["cash=1.234"], "more decimal places"),
    (["cheque=5", "cash=1"], "Cannot count 'cheque'"),
    ([], "missing: Cash"),
])
def test_bad_counts_are_refused_and_the_shift_stays_open(cli: Cli, counts: list[str],
                                                         message: str) -> None:
    assert cli("open", "--staff", "alice", "--float", "1")[0] == 0
    args = [a for c in counts for a in ("--count", c)]
    rc, _, err = cli("close", "--staff", "bob", *args)
    assert rc == 65 and message in err
    assert cli("x")[0] == 0
    rc, out, _ = cli("close", "--staff", "bob", "--count", "Cash=1")
    assert rc == 0 and "Z REPORT No. 1" in out


def test_z_numbers_follow_on_and_unknown_z_is_an_error(cli: Cli) -> None:
    for n in (1, 2):
        cli("open", "--staff", "alice", "--float", "1")
        rc, out, _ = cli("close", "--staff", "alice", "--count", "cash=1")
        assert rc == 0 and f"Z REPORT No. {n}" in out
    rc, _, err = cli("z", "3")
    assert rc == 65 and "no Z report number 3 on terminal TILL-2" in err
    rc, out, _ = cli("z")
    assert "Z 1" in out and "Z 2" in out


def test_no_z_reports_yet(cli: Cli) -> None:
    assert cli("z") == (0, "No Z reports yet\n", "")


def test_zero_decimal_currency(tmp_path: Path, data_dir: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    cfg = tmp_path / "yen.toml"
    cfg.write_text('[store]\nname = "Kissa"\ncurrency = "JPY"\n', encoding="utf-8")
    cli = Cli(data_dir, capsys, cfg)
    rc, out, _ = cli("open", "--staff", "aiko", "--float", "30000")
    assert rc == 0 and "30,000 JPY" in out
    rc, _, err = cli("cash-in", "--staff", "aiko", "--amount", "100.5", "--reason", "x")
    assert rc == 65 and "more decimal places than JPY allows (0)" in err
    rc, out, _ = cli("close", "--staff", "aiko", "--count", "cash=30000")
    assert rc == 0 and "Balanced" in out
