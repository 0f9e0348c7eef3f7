"""`pos-app flags list|set`: a manager (or the owner) switches a flag for the store at the
central database, journaled on the till; a stale version is refused; the till uses the
override from its next start, and `status --json` says each flag's value and source.
With the embedded central database and with PostgreSQL (written as its owner, pulled by
the till's own role)."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from sqlalchemy import text

from pos_app.adapters.sqlite.store import LocalDatabase
from pos_app.app.cli import main
from tests.integration import central_fixtures
from tests.integration.central_fixtures import _url_for

pg_server = central_fixtures.pg_server


def run(capsys, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def flags_of(capsys, data: Path, config: Path) -> dict[str, dict[str, object]]:
    code, out, _ = run(capsys, "status", "--json", "--data-dir", str(data),
                       "--config", str(config))
    assert code == 0
    return {f["name"]: f for f in json.loads(out)["flags"]}


def journal_actions(data: Path) -> list[tuple[str, str | None, str]]:
    db = LocalDatabase(data)
    try:
        with db.read() as conn:
            return [(r[0], r[1], r[2]) for r in conn.execute(text(
                "SELECT action, subject, detail FROM journal WHERE action = 'flag_set' "
                "ORDER BY seq"))]
    finally:
        db.close()


@pytest.fixture
def till(tmp_path: Path, monkeypatch) -> tuple[Path, Path]:
    data, config = tmp_path / "data", tmp_path / "till.toml"
    config.write_text('[terminal]\nid = "T1"\n\n[flags]\nAUTO_RETRY = false\n')
    for name in ("POS_APP_FLAG_REAL_TIME_COMMISSION", "POS_APP_FLAG_AUTO_RETRY",
                 "POS_APP_FLAG_BATCH_RECONCILIATION", "POS_APP_CENTRAL_ADMIN_URL"):
        monkeypatch.delenv(name, raising=False)
    assert main(["init", "--data-dir", str(data), "--config", str(config),
                 "--store-id", "s1", "--store-name", "Corner Shop"]) == 0
    return data, config


def test_set_with_the_embedded_central_database(till, capsys, monkeypatch):
    data, config = till
    loc = ["--data-dir", str(data), "--config", str(config)]
    before = flags_of(capsys, data, config)
    assert (before["REAL_TIME_COMMISSION"]["enabled"],
            before["REAL_TIME_COMMISSION"]["source"]) == (True, "default")
    assert (before["AUTO_RETRY"]["enabled"], before["AUTO_RETRY"]["label"]) == (False, "config")

    # Nobody named: refused, nothing written.
    code, _, err = run(capsys, "flags", "set", "real_time_commission", "off", *loc)
    assert code == 77 and "--staff NAME" in err
    # A cashier is not enough.
    monkeypatch.setenv("POS_APP_NEW_PIN", "1357")
    assert main(["staff", "add", "Cara Cashier", "--role", "cashier", "--as-owner", *loc]) == 0
    monkeypatch.setenv("POS_APP_STAFF_PIN", "1357")
    code, _, _ = run(capsys, "flags", "set", "REAL_TIME_COMMISSION", "off",
                     "--staff", "Cara Cashier", *loc)
    assert code == 77
    assert journal_actions(data) == []
    code, _, err = run(capsys, "flags", "set", "TURBO", "on", "--as-owner", *loc)
    assert code == 65 and "known: REAL_TIME_COMMISSION" in err

    code, out, _ = run(capsys, "flags", "set", "REAL_TIME_COMMISSION", "off", "--as-owner",
                       *loc)
    assert code == 0 and "version 1" in out and "next start" in out
    after = flags_of(capsys, data, config)["REAL_TIME_COMMISSION"]
    assert (after["enabled"], after["source"], after["version"], after["label"]) == \
        (False, "central", 1, "central v1")
    assert after["updated_by"].endswith(" at T1")
    [(action, subject, detail)] = journal_actions(data)
    assert (action, subject) == ("flag_set", "REAL_TIME_COMMISSION")
    assert json.loads(detail)["version"] == 1 and json.loads(detail)["enabled"] is False

    # A write from a version someone else has moved past is refused.
    assert main(["flags", "set", "REAL_TIME_COMMISSION", "on", "--as-owner", *loc]) == 0
    code, _, err = run(capsys, "flags", "set", "REAL_TIME_COMMISSION", "off",
                       "--expect-version", "1", "--as-owner", *loc)
    assert code == 1 and "at version 2, not 1" in err
    assert flags_of(capsys, data, config)["REAL_TIME_COMMISSION"]["version"] == 2
    assert len(journal_actions(data)) == 2

    # The machine's environment still wins (the emergency switch), and says so.
    monkeypatch.setenv("POS_APP_FLAG_REAL_TIME_COMMISSION", "off")
    env = flags_of(capsys, data, config)["REAL_TIME_COMMISSION"]
    assert (env["enabled"], env["source"]) == (False, "env")
    monkeypatch.delenv("POS_APP_FLAG_REAL_TIME_COMMISSION")

    # Cleared: back to the till's own default.
    assert main(["flags", "set", "REAL_TIME_COMMISSION", "clear", "--expect-version", "2",
                 "--as-owner", *loc]) == 0
    cleared = flags_of(capsys, data, config)["REAL_TIME_COMMISSION"]
    assert (cleared["enabled"], cleared["source"]) == (True, "default")
    code, out, _ = run(capsys, "flags", "list", "--json", *loc)
    assert code == 0 and {f["name"] for f in json.loads(out)["flags"]} >= {
        "REAL_TIME_COMMISSION", "AUTO_RETRY", "BATCH_RECONCILIATION"}
    code, out, _ = run(capsys, "status", *loc)
    assert "AUTO_RETRY off (config)" in out


def pg_till(tmp_path: Path, pg_server, store: str, tid: str) -> tuple[Path, Path, list[str]]:
    """A till `tid` of `store` initialised against the PostgreSQL central database with a
    role of its own: (data dir, config, its --data-dir/--config arguments)."""
    role = pg_server.new_role(store, tid)
    data, config = tmp_path / f"data-{tid}", tmp_path / f"till-{tid}.toml"
    config.write_text(f'[terminal]\nid = "{tid}"\n\n[central]\n'
                      f'url = "{_url_for(pg_server.name, role)}"\nstore_id = "{store}"\n')
    loc = ["--data-dir", str(data), "--config", str(config)]
    assert main(["init", *loc]) == 0
    return data, config, loc


def test_set_at_postgres_as_its_owner_reaches_the_till_by_its_sync(tmp_path, pg_server,
                                                                   capsys, monkeypatch):
    store = f"S-{uuid.uuid4().hex[:8]}"
    monkeypatch.setenv("POS_APP_CENTRAL_PASSWORD", "trust-auth-ignores-it")
    monkeypatch.delenv("POS_APP_CENTRAL_ADMIN_URL", raising=False)
    monkeypatch.delenv("POS_APP_FLAG_BATCH_RECONCILIATION", raising=False)
    data, config, loc = pg_till(tmp_path, pg_server, store, "T1")
    # The till's own role may not write overrides: the owner's URL is asked for.
    code, _, err = run(capsys, "flags", "set", "BATCH_RECONCILIATION", "off", "--as-owner",
                       *loc)
    assert code == 78 and "--admin-url" in err
    admin = _url_for(pg_server.name)
    code, out, _ = run(capsys, "flags", "set", "BATCH_RECONCILIATION", "off", "--as-owner",
                       "--admin-url", admin, *loc)
    assert code == 0, out
    got = flags_of(capsys, data, config)["BATCH_RECONCILIATION"]
    assert (got["enabled"], got["label"]) == (False, "central v1")  # kept here at once

    # A second till of the store gets it with its sync; a till of another store does not.
    data2, config2, loc2 = pg_till(tmp_path, pg_server, store, "T2")
    assert flags_of(capsys, data2, config2)["BATCH_RECONCILIATION"]["source"] == "default"
    code, out, _ = run(capsys, "sync", "--once", *loc2)
    assert code == 0 and "1 flag override(s)" in out
    got = flags_of(capsys, data2, config2)["BATCH_RECONCILIATION"]
    assert (got["enabled"], got["label"]) == (False, "central v1")

    stranger = f"S-{uuid.uuid4().hex[:8]}"
    data9, config9, loc9 = pg_till(tmp_path, pg_server, stranger, "T9")
    assert main(["sync", "--once", *loc9]) == 0
    assert flags_of(capsys, data9, config9)["BATCH_RECONCILIATION"]["source"] == "default"
    # Head office sets another store's flag from this till, and lists that store's rows.
    code, out, _ = run(capsys, "flags", "set", "AUTO_RETRY", "off", "--store", stranger,
                       "--as-owner", "--admin-url", admin, *loc)
    assert code == 0 and f"for store {stranger}" in out
    assert flags_of(capsys, data, config)["AUTO_RETRY"]["source"] == "default"  # not ours
    code, out, _ = run(capsys, "flags", "list", "--store", stranger, "--admin-url", admin,
                       "--json", *loc)
    assert code == 0
    [row] = json.loads(out)["central"]["overrides"]
    assert (row["name"], row["enabled"], row["version"]) == ("AUTO_RETRY", False, 1)
    assert main(["sync", "--once", *loc9]) == 0
    got = flags_of(capsys, data9, config9)["AUTO_RETRY"]
    assert (got["enabled"], got["label"]) == (False, "central v1")
