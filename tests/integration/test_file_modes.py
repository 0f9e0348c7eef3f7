"""Owner-only files: the data directory 0700 and every file in it 0600 (database, WAL,
SHM, identity, lock, backups), on create whatever the umask, and tightened (and said
so) when an older version or a copy left them readable by other OS users."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from pos_app.adapters.file_modes import loose_paths, private_tree
from pos_app.adapters.sqlite.store import LocalDatabase
from pos_app.app.cli import main

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


@pytest.fixture
def lax_umask():
    """The usual 022 (as a library caller or a test has it), restored afterwards."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_a_new_database_is_owner_only_even_under_a_lax_umask(tmp_path, lax_umask):
    data = tmp_path / "data"
    db = LocalDatabase(data)
    try:
        with db.write() as conn:
            conn.execute(text("INSERT INTO setting (key, value, version) VALUES ('k', 'v', 1)"))
        assert (data / "pos.sqlite3-wal").exists()
        assert mode(data) == 0o700
        for name in ("pos.sqlite3", "pos.sqlite3-wal", "pos.sqlite3-shm"):
            assert mode(data / name) == 0o600, name
        db.backup_to(tmp_path / "copy.sqlite3")
        assert mode(tmp_path / "copy.sqlite3") == 0o600
    finally:
        db.close()
    assert loose_paths(data) == []


def test_loose_files_left_by_an_older_version_are_tightened_and_logged(tmp_path, lax_umask,
                                                                      caplog):
    data = tmp_path / "data"
    LocalDatabase(data).close()
    (data / "backups").mkdir()
    (data / "backups" / "old.sqlite3").write_bytes(b"x")
    os.chmod(data, 0o755)
    os.chmod(data / "backups", 0o755)
    for p in (data / "pos.sqlite3", data / "backups" / "old.sqlite3"):
        os.chmod(p, 0o644)
    outside = tmp_path / "shared.txt"  # someone else's file, linked into the data dir
    outside.write_text("x")
    os.chmod(outside, 0o644)
    (data / "link").symlink_to(outside)  # never followed, never changed
    with caplog.at_level(logging.WARNING, logger="pos_app.adapters.file_modes"):
        LocalDatabase(data).close()
    assert loose_paths(data) == []
    assert mode(outside) == 0o644
    said = caplog.text
    assert "restricted" in said and "pos.sqlite3 from mode 644 to 600" in said
    assert "old.sqlite3" in said and "from mode 755 to 700" in said
    assert private_tree(data) == 0  # nothing left to do


def test_the_cli_creates_everything_owner_only(tmp_path, lax_umask, capsys):
    cfg = tmp_path / "config.toml"
    cfg.write_text('[terminal]\nid = "T1"\n')
    data = tmp_path / "data"
    assert main(["demo-data", "--products", "20", "--data-dir", str(data),
                 "--config", str(cfg)]) == 0
    assert main(["backup", "--to", str(data / "backups"), "--data-dir", str(data),
                 "--config", str(cfg)]) == 0
    assert os.umask(0o022) == 0o077  # what the CLI set for the whole process
    assert list((data / "backups").iterdir())
    assert loose_paths(data) == [], loose_paths(data)
    capsys.readouterr()
