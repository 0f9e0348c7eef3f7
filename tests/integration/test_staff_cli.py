"""`pos-app init` (the owner's account) and `pos-app staff add|list|pin|role|deactivate|
reactivate`, run in-process against data directories in tmp_path: their messages, exit
codes and journal, and two tills of one store on a real PostgreSQL central database."""

from __future__ import annotations

import getpass
import io
import json
from pathlib import Path

import pytest
from sqlalchemy import text

from pos_app.adapters.pin_hasher import Argon2PinHasher
from pos_app.adapters.pin_pepper import PinPepper
from pos_app.adapters.sqlite.staff_repo import SqliteStaffRepository
from pos_app.adapters.sqlite.store import LocalDatabase
from pos_app.app.cli import main
from pos_app.services.staff import AttemptKind, StaffService, WrongPin
from tests.integration import central_fixtures
from tests.integration.central_fixtures import PgServer, _url_for, unique_store

from .catalog_fixtures import CountingIds

pg_server = central_fixtures.pg_server
OWNER_PIN = "97531"


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("POS_APP_DATA_DIR", "POS_APP_CONFIG", "POS_APP_TERMINAL_ID",
                "POS_APP_CENTRAL_URL", "POS_APP_STORE_ID", "POS_APP_STAFF_PIN",
                "POS_APP_NEW_PIN"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))


class Till:
    """One terminal's data directory and config; runs `pos-app` with stdin lines."""

    def __init__(self, root: Path, capsys: pytest.CaptureFixture[str], monkeypatch:
                 pytest.MonkeyPatch, terminal: str = "T1", central: str = "") -> None:
        self.data = root / f"data-{terminal}"
        self.config = root / f"{terminal}.toml"
        self.config.write_text(f'[terminal]\nid = "{terminal}"\n{central}', encoding="utf-8")
        self.capsys = capsys
        self.monkeypatch = monkeypatch

    def __call__(self, *args: str, stdin: str = "") -> tuple[int, str, str]:
        self.monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        rc = main([*args, "--data-dir", str(self.data), "--config", str(self.config)])
        out, err = self.capsys.readouterr()
        return rc, out, err

    def sign_in(self, name: str, pin: str) -> str:
        """The staff id `name` signs in with on this till (as the counter checks a PIN)."""
        db = LocalDatabase(self.data)
        try:
            staff = StaffService(SqliteStaffRepository(db), Argon2PinHasher(
                pepper=PinPepper(self.data)), CountingIds())
            return staff.check_pin(staff.find(name).id, pin, kind=AttemptKind.SIGN_IN).id
        finally:
            db.close()

    def journal(self) -> list[tuple[str | None, str | None, str, dict[str, object]]]:
        """(actor, subject, action, detail) of staff changes and refused PINs, in order."""
        db = LocalDatabase(self.data)
        try:
            with db.read() as conn:
                rows = conn.execute(text(
                    "SELECT actor, subject, action, detail FROM journal WHERE action IN "
                    "('staff_change', 'login_failed') ORDER BY seq")).all()
        finally:
            db.close()
        return [(a, s, b, json.loads(d)) for a, s, b, d in rows]


@pytest.fixture
def till(tmp_path: Path, capsys: pytest.CaptureFixture[str],
         monkeypatch: pytest.MonkeyPatch) -> Till:
    t = Till(tmp_path, capsys, monkeypatch)
    rc, out, err = t("init", "--owner-name", "Olive  Owner", "--owner-pin-stdin",
                     stdin=f"{OWNER_PIN}\n")
    assert (rc, err) == (0, "")
    assert "Owner: Olive Owner signs in with the PIN given." in out
    return t


M = ("--manager", "Olive Owner", "--manager-pin-stdin")


def test_init_creates_the_owner_who_signs_in_and_is_journaled(till: Till) -> None:
    owner_id = till.sign_in("Olive Owner", OWNER_PIN)
    [(actor, subject, action, detail)] = till.journal()
    assert (actor, subject, action, detail["change"], detail["role"], detail["via"]) == \
        (None, owner_id, "staff_change", "add", "owner", "init")
    rc, out, _ = till("staff", "list", "--json", *M, stdin=f"{OWNER_PIN}\n")
    assert rc == 0
    assert [(p["id"], p["role"], p["has_pin"]) for p in json.loads(out)] == \
        [(owner_id, "owner", True)]


def test_init_checks_the_owner_before_creating_anything(tmp_path: Path, capsys,
                                                        monkeypatch) -> None:
    t = Till(tmp_path, capsys, monkeypatch)
    rc, _, err = t("init", "--owner-name", "Olive", "--owner-pin-stdin", stdin="12\n")
    assert (rc, err) == (65, "pos-app: PIN must be 4 to 8 digits\n")
    # Nothing was created: init runs again (it refuses a store that exists, with 74).
    rc, out, _ = t("init")  # a script without an owner: told how to add one
    assert rc == 0 and "Staff: nobody yet. Add the owner with `pos-app staff add" in out


def test_add_list_pin_role_deactivate_reactivate(till: Till) -> None:
    rc, _, err = till("staff", "add", "Sam Cashier", "--role", "cashier")
    assert (rc, err) == (64, "pos-app: staff add needs a manager: --manager NAME (and their "
                             "PIN) or --as-owner\n")
    rc, _, err = till("staff", "add", "Sam Cashier", "--role", "cashier", *M,
                      stdin="11111\n1111\n")
    assert (rc, err) == (77, "pos-app: Wrong PIN or not allowed\n")
    rc, _, err = till("staff", "add", "Sam Cashier", "--role", "boss", *M,
                      stdin=f"{OWNER_PIN}\n1111\n")
    assert rc == 65 and "Unknown role 'boss'" in err
    rc, _, err = till("staff", "add", "Sam Cashier", "--role", "cashier", *M,
                      stdin=f"{OWNER_PIN}\n12\n")
    assert (rc, err) == (65, "pos-app: PIN must be 4 to 8 digits\n")

    rc, out, err = till("staff", "add", "Sam Cashier", "--role", "cashier", *M,
                        stdin=f"{OWNER_PIN}\n1111\n")
    assert (rc, err) == (0, "")
    assert out.startswith("Added Sam Cashier (cashier), id ")
    assert out.endswith("The store's other tills get it at their next sync.\n")
    sam = till.sign_in("Sam Cashier", "1111")
    rc, _, err = till("staff", "add", "sam  cashier", "--role", "cashier", *M,
                      stdin=f"{OWNER_PIN}\n2222\n")
    assert (rc, err) == (65, "pos-app: There is already an active staff member named "
                             "sam cashier\n")
    # A cashier may not add anyone.
    rc, _, err = till("staff", "add", "Jo", "--role", "cashier", "--manager", "Sam Cashier",
                      "--manager-pin-stdin", stdin="1111\n2222\n")
    assert (rc, err) == (77, "pos-app: Wrong PIN or not allowed\n")

    # Their own PIN, with the current one; a wrong current PIN changes nothing.
    rc, _, err = till("staff", "pin", "Sam Cashier", "--pin-stdin", stdin="1112\n2468\n")
    assert (rc, err) == (77, "pos-app: Wrong PIN or not allowed\n")
    rc, out, _ = till("staff", "pin", "Sam Cashier", "--pin-stdin", stdin="1111\n2468\n")
    assert (rc, out) == (0, "Sam Cashier has a new PIN. The store's other tills get it at "
                            "their next sync.\n")
    assert till.sign_in("Sam Cashier", "2468") == sam

    rc, out, _ = till("staff", "role", "Sam Cashier", "supervisor", *M, stdin=f"{OWNER_PIN}\n")
    assert (rc, out) == (0, "Sam Cashier is now a supervisor (was cashier). The store's "
                            "other tills get it at their next sync.\n")
    rc, out, _ = till("staff", "role", "Sam Cashier", "supervisor", *M, stdin=f"{OWNER_PIN}\n")
    assert (rc, out) == (0, "Sam Cashier is already a supervisor.\n")

    rc, out, _ = till("staff", "deactivate", "Sam Cashier", *M, stdin=f"{OWNER_PIN}\n")
    assert (rc, out) == (0, "Sam Cashier is deactivated: refused at sign-in on this till "
                            "now. The store's other tills get it at their next sync.\n")
    with pytest.raises(Exception):  # noqa: B017 - not found among active staff
        till.sign_in("Sam Cashier", "2468")
    rc, _, err = till("staff", "pin", "Sam Cashier", "--pin-stdin", stdin="2468\n1357\n")
    assert rc == 65 and "No active staff member is called 'Sam Cashier'" in err
    rc, out, _ = till("staff", "list", "--all", *M, stdin=f"{OWNER_PIN}\n")
    assert rc == 0
    assert [ln.split()[:4] for ln in out.splitlines()] == [
        ["Olive", "Owner", "owner", "active"], ["Sam", "Cashier", "supervisor", "deactivated"]]
    rc, out, _ = till("staff", "list", *M, stdin=f"{OWNER_PIN}\n")
    assert "Sam Cashier" not in out

    # The last manager (here the owner) cannot be deactivated or demoted.
    rc, _, err = till("staff", "deactivate", "Olive Owner", *M, stdin=f"{OWNER_PIN}\n")
    assert (rc, err) == (65, "pos-app: Cannot deactivate Olive Owner: they are the store's "
                             "last manager. Add another manager first\n")
    rc, _, err = till("staff", "role", "Olive Owner", "cashier", *M, stdin=f"{OWNER_PIN}\n")
    assert rc == 65 and "last manager" in err

    rc, out, _ = till("staff", "reactivate", "Sam Cashier", "--as-owner", "--pin-stdin",
                      stdin="8642\n")
    assert (rc, out) == (0, "Sam Cashier is back, with a new PIN. The store's other tills "
                            "get it at their next sync.\n")
    assert till.sign_in("Sam Cashier", "8642") == sam

    owner = till.sign_in("Olive Owner", OWNER_PIN)
    changes = [(a, s, d.get("change") or d.get("refused") or d.get("failures"))
               for a, s, _, d in till.journal()]
    assert changes == [
        (None, owner, "add"),                    # init
        (None, owner, 1),                        # the wrong manager PIN, counted
        (owner, sam, "add"),
        (None, sam, "not_allowed"),              # a cashier may not add anyone
        (None, sam, 1),                          # Sam's wrong current PIN
        (sam, sam, "pin"),
        (owner, sam, "role"),
        (owner, sam, "deactivate"),
        (f"os:{getpass.getuser()}", sam, "reactivate"),
    ]


def test_new_pin_typed_twice_at_a_terminal(till: Till, monkeypatch) -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    typed = iter([OWNER_PIN, "5555", "5556"])
    monkeypatch.setattr("getpass.getpass", lambda _prompt: next(typed))
    monkeypatch.setattr("sys.stdin", Tty(""))
    rc = main(["staff", "add", "Jo", "--role", "cashier", "--manager", "Olive Owner",
               "--data-dir", str(till.data), "--config", str(till.config)])
    _, err = till.capsys.readouterr()
    assert (rc, err) == (65, "pos-app: The two PINs typed are not the same; nothing was "
                             "changed\n")
    typed = iter([OWNER_PIN, "5555", "5555"])
    rc = main(["staff", "add", "Jo", "--role", "cashier", "--manager", "Olive Owner",
               "--data-dir", str(till.data), "--config", str(till.config)])
    assert rc == 0
    assert till.sign_in("Jo", "5555")


def _pg_central(pg: PgServer, store: str, terminal: str) -> str:
    role = pg.new_role(store, terminal)
    return (f'\n[central]\nurl = "{_url_for(pg.name, role)}"\nstore_id = "{store}"\n')


def test_two_tills_of_one_store_on_postgresql(tmp_path: Path, capsys, monkeypatch,
                                               pg_server: PgServer) -> None:
    monkeypatch.setenv("POS_APP_CENTRAL_PASSWORD", "trust-auth-ignores-it")
    store = unique_store()
    t1 = Till(tmp_path, capsys, monkeypatch, "T1", _pg_central(pg_server, store, "T1"))
    t2 = Till(tmp_path, capsys, monkeypatch, "T2", _pg_central(pg_server, store, "T2"))
    rc, out, _ = t1("init", "--owner-name", "Olive Owner", "--owner-pin-stdin",
                    stdin=f"{OWNER_PIN}\n")
    assert rc == 0 and "Sent to the central database" in out
    # The second till joins the store: its people come from the central database, and
    # no second owner is made.
    rc, out, _ = t2("init")
    assert rc == 0
    assert "Staff: 1 of the store's people pulled from the central database" in out
    assert t2.sign_in("Olive Owner", OWNER_PIN) == t1.sign_in("Olive Owner", OWNER_PIN)

    rc, out, _ = t1("staff", "add", "Sam Cashier", "--role", "cashier", *M,
                    stdin=f"{OWNER_PIN}\n1111\n")
    assert rc == 0 and out.endswith("Sent to the central database: the store's other tills "
                                    "get it at their next sync.\n")
    # Taken on another till: seen before adding (the pull before the change).
    rc, _, err = t2("staff", "add", "Sam Cashier", "--role", "cashier", *M,
                    stdin=f"{OWNER_PIN}\n2222\n")
    assert rc == 65 and "already an active staff member named Sam Cashier" in err
    assert t2.sign_in("Sam Cashier", "1111") == t1.sign_in("Sam Cashier", "1111")

    rc, out, _ = t2("staff", "deactivate", "Sam Cashier", *M, stdin=f"{OWNER_PIN}\n")
    assert rc == 0 and "Sent to the central database" in out
    assert t1.sign_in("Sam Cashier", "1111")  # T1 has not synced yet
    rc, out, _ = t1("sync", "--once")
    assert rc == 0 and "staff" in out
    with pytest.raises(Exception):  # noqa: B017 - not an active person any more
        t1.sign_in("Sam Cashier", "1111")


def test_unreachable_central_keeps_the_change_here_and_queued(tmp_path: Path, capsys,
                                                              monkeypatch) -> None:
    monkeypatch.setenv("POS_APP_CENTRAL_PASSWORD", "x")
    t = Till(tmp_path, capsys, monkeypatch, "T1",
             '\n[central]\nurl = "postgresql+psycopg://pos@127.0.0.1:1/none"\n'
             'store_id = "S-x"\nconnect_timeout_seconds = 1\n')
    rc, out, _ = t("init", "--owner-name", "Olive Owner", "--owner-pin-stdin",
                   stdin=f"{OWNER_PIN}\n")
    assert rc == 0 and "Not sent to the central database yet (" in out
    assert "the next sync sends it" in out
    assert t.sign_in("Olive Owner", OWNER_PIN)
    db = LocalDatabase(t.data)
    try:
        with db.read() as conn:
            assert conn.execute(text("SELECT count(*) FROM outbox WHERE topic = 'staff' "
                                     "AND status = 'pending'")).scalar_one() == 1
    finally:
        db.close()


def test_wrong_pin_is_one_answer(till: Till) -> None:
    with pytest.raises(WrongPin):
        till.sign_in("Olive Owner", "00000")
