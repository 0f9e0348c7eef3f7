"""`pos-app central init|connect|settler` against a real PostgreSQL: the schema as an
explicit owner's step, a terminal connected to its own role (password in the keyring),
the store's settlement role, and errors that say what to do."""

from __future__ import annotations

import tomllib
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from pos_app.app.cli import main
from tests.integration.central_fixtures import PG_ADMIN_URL, _url_for
from tests.memory_keyring import memory_keyring


@pytest.fixture
def empty_database():
    root = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with root.connect() as conn:
            conn.execute(text("SELECT 1"))
    except OperationalError as exc:
        root.dispose()
        pytest.skip(f"PostgreSQL is not reachable at {PG_ADMIN_URL}: {exc.orig}")
    name = f"pos_setup_{uuid.uuid4().hex[:12]}"
    roles: list[str] = []
    with root.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield name, roles
    finally:
        with root.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            for role in roles:
                conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
        root.dispose()


def test_central_from_an_empty_database_to_a_synced_terminal(
        empty_database, tmp_path, monkeypatch, capsys):
    db, roles = empty_database
    admin_url = _url_for(db)
    monkeypatch.delenv("POS_APP_CENTRAL_PASSWORD", raising=False)
    assert main(["central", "init", "--admin-url", admin_url]) == 0
    assert "created (empty ->" in capsys.readouterr().out
    assert main(["central", "init", "--admin-url", admin_url]) == 0
    assert "already current" in capsys.readouterr().out

    data, config = tmp_path / "data", tmp_path / "config.toml"
    config.write_text("[store]\nname = \"Corner Shop\"\n", encoding="utf-8")
    common = ["--data-dir", str(data), "--config", str(config)]
    assert main(["init", *common, "--store-id", "s1"]) == 0
    role = f"pos_t_{uuid.uuid4().hex[:12]}"
    settler = f"pos_s_{uuid.uuid4().hex[:12]}"
    roles += [role, settler]
    terminal_url = _url_for(db, role)
    with memory_keyring() as keys:
        # Another store's id is refused before anything is created.
        assert main(["central", "connect", *common, "--url", terminal_url,
                     "--store-id", "s2", "--admin-url", admin_url]) == 78
        assert "belongs to store s1" in capsys.readouterr().err
        capsys.readouterr()
        assert main(["central", "connect", *common, "--url", terminal_url,
                     "--store-id", "s1", "--admin-url", admin_url]) == 0
        out = capsys.readouterr().out
        assert f"Terminal role    {role} for store s1, terminal T1" in out
        assert "Pushed" in out or "pushed" in out.lower()
        password = keys.items[("pos_app.central", role)]
        assert len(password) >= 24 and password not in out
        assert tomllib.loads(config.read_text())["central"] == {
            "url": terminal_url, "store_id": "s1"}
        # The terminal syncs as its role from the config alone.
        assert main(["sync", "--once", *common]) == 0
        capsys.readouterr()
        assert main(["central", "settler", "--admin-url", admin_url, "--store-id", "s1",
                     "--role", settler, *common]) == 0
        assert ("pos_app.central", settler) in keys.items
        assert main(["commission-settle", *common, "--central-url",
                     _url_for(db, settler), "--store-id", "s1"]) == 0
    owner = create_engine(admin_url)
    try:
        with owner.connect() as conn:
            account = conn.execute(text(
                "SELECT store_id, terminal_id FROM terminal_account WHERE role_name = :r"),
                {"r": role}).one()
    finally:
        owner.dispose()
    assert tuple(account) == ("s1", "T1")


def test_unreachable_or_wrong_urls_say_what_to_do(tmp_path, capsys):
    assert main(["central", "init", "--admin-url",
                 "postgresql+psycopg://postgres@127.0.0.1:1/nowhere"]) == 75
    err = capsys.readouterr().err
    assert "cannot be reached" in err and "POS_APP_CENTRAL_ADMIN_PASSWORD" in err
    assert main(["central", "init", "--admin-url",
                 "postgresql+psycopg://postgres:secret@127.0.0.1/x"]) == 78
    assert "secret" not in capsys.readouterr().err
    assert main(["central", "init", "--admin-url", "sqlite:///x.db"]) == 78
    assert "PostgreSQL" in capsys.readouterr().err
