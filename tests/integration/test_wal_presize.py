"""The WAL file grown to its working size in advance (LocalDatabase.presize_wal): the
counter's commits then overwrite blocks the file already has; SQLite's data, locks and
crash recovery are untouched by it."""

from __future__ import annotations

import errno
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from pos_app.adapters.sqlite import store as store_module
from pos_app.adapters.sqlite import writer_gate
from pos_app.adapters.sqlite.store import LocalDatabase
from pos_app.jobs.housekeeping import checkpoint_wal
from pos_app.services.sale_commands import AddItem
from tests.conftest import variant

pytestmark = pytest.mark.skipif(not hasattr(__import__("os"), "pwrite"),
                                reason="the WAL is grown in advance only with POSIX pwrite")


def _ring(desk, lines: int) -> str:
    s = desk.new_sale(cashier_id="c1")
    for n in range(1, lines + 1):
        s.execute(AddItem(variant(n % 40 + 1)))
    return s.state.id


def _commands(db: LocalDatabase) -> int:
    with db.read() as conn:
        return int(conn.execute(text("SELECT count(*) FROM sale_command")).scalar_one())


def test_the_wal_is_grown_once_and_the_counters_commits_overwrite_it(db, desk, tmp_path):
    _ring(desk, 5)  # SQLite has written the WAL's header
    wal = db.wal_path()
    target = db.wal_target_bytes()
    assert 0 < wal.stat().st_size < target
    assert target == store_module.WAL_HEADER_BYTES + (
        writer_gate.AUTOCHECKPOINT_PAGES + store_module.WAL_PRESIZE_SLACK_FRAMES) * (
        store_module.WAL_FRAME_HEADER_BYTES + 4096)

    assert db.presize_wal() == target == wal.stat().st_size
    turns: list[object] = []
    db.gate.observers.append(turns.append)
    assert db.presize_wal() == target  # nothing more to do
    assert db.presize_wal_if_quiet() in (None, target)
    db.gate.observers.remove(turns.append)
    assert turns == []  # and the writer was not taken for it

    sale = _ring(desk, 300)  # ~1,500 frames: written inside the file, none appended
    assert wal.stat().st_size == target
    before = _commands(db)
    assert db.check(full=True) == []

    # A power cut now: the files as they are on disk, WAL and index included.
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for suffix in ("", "-wal", "-shm"):
        shutil.copyfile(str(db.path) + suffix, crashed / (db.path.name + suffix))
    conn = sqlite3.connect(crashed / db.path.name)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM sale_command").fetchone()[0] == before
        assert conn.execute("SELECT version FROM sale WHERE id = ?",
                            (sale,)).fetchone()[0] == 301
    finally:
        conn.close()

    # A clean close and open: SQLite checkpoints and removes the WAL as always.
    db.close()
    again = LocalDatabase(db.data_dir)
    try:
        assert _commands(again) == before
        assert again.check(full=True) == []
    finally:
        again.close()


def test_growing_the_wal_releases_none_of_sqlites_locks(db, desk):
    """The zeros are written holding the WAL's write lock; opening and closing the -wal
    file must not drop it (POSIX drops a process's locks on a file when any of its
    descriptors for that file closes): another process still cannot write meanwhile."""
    _ring(desk, 3)
    probe = ("import sqlite3, sys\n"
             "c = sqlite3.connect(sys.argv[1], timeout=0, isolation_level=None)\n"
             "try:\n"
             "    c.execute('BEGIN IMMEDIATE'); c.execute('ROLLBACK'); print('wrote')\n"
             "except sqlite3.OperationalError as e:\n"
             "    print(e)\n")

    def other_process() -> str:
        return subprocess.run([sys.executable, "-c", probe, str(db.path)], check=True,
                              capture_output=True, text=True, timeout=60).stdout.strip()

    target = db.wal_target_bytes()
    with db.write():
        grown = db._grow_wal(target, store_module.WAL_PRESIZE_CHUNK)
        assert grown is not None and grown > 0
        assert other_process() == "database is locked"
    assert other_process() == "wrote"


def test_nothing_is_grown_on_a_nearly_full_disk_after_a_disk_error_or_read_only(
        db, desk, monkeypatch, caplog):
    _ring(desk, 3)
    wal = db.wal_path()
    size = wal.stat().st_size

    class Usage:
        free = 5 * db.wal_target_bytes()  # under WAL_PRESIZE_FREE_FACTOR x what is left

    monkeypatch.setattr(store_module.shutil, "disk_usage", lambda _p: Usage)
    assert db.presize_wal() == size == wal.stat().st_size
    monkeypatch.undo()

    def full(*_a: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store_module.os, "pwrite", full)
    assert db.presize_wal() == size
    assert "was not grown in advance: [Errno 28] No space left on device" in caplog.text
    monkeypatch.undo()
    _ring(desk, 2)  # the till goes on
    assert db.check(full=True) == []

    db_ro = LocalDatabase(db.data_dir, read_only=True, run_migrations=False)
    try:
        grown_before = wal.stat().st_size
        db_ro.presize_wal()
        assert wal.stat().st_size == grown_before
    finally:
        db_ro.close()


def test_the_checkpoint_job_grows_the_wal_only_while_the_counter_is_quiet(
        db, desk, monkeypatch):
    _ring(desk, 20)
    wal = db.wal_path()
    size = wal.stat().st_size
    monkeypatch.setattr(writer_gate, "BUSY_COUNTER_S", 3600.0)  # the cashier is at work
    assert checkpoint_wal(db) is None
    assert db.presize_wal_if_quiet() is None
    assert wal.stat().st_size == size
    monkeypatch.setattr(writer_gate, "BUSY_COUNTER_S", 0.0)

    # The cashier comes back after three chunks: no fourth is written.
    quiet = iter([True, True, True, True])  # the job's own check, then one per chunk
    monkeypatch.setattr(db.gate, "counter_quiet", lambda: next(quiet, False))
    assert db.presize_wal_if_quiet() == size + 3 * store_module.WAL_PRESIZE_CHUNK
    monkeypatch.undo()

    monkeypatch.setattr(writer_gate, "BUSY_COUNTER_S", 0.0)
    assert checkpoint_wal(db) is not None
    assert wal.stat().st_size == db.wal_target_bytes()


def test_a_store_whose_wal_was_grown_recovers_after_its_process_is_killed(tmp_path: Path):
    """SIGKILL after the WAL was grown and more sales committed: the next open finds
    every committed command (recovery stops at the zeros, as at any torn tail)."""
    script = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from pos_app.adapters.sqlite.store import LocalDatabase\n"
        "from pos_app.adapters.sqlite.sale_store import SqliteSaleStore\n"
        "from pos_app.adapters.ids import Uuid7Generator\n"
        "from pos_app.domain.clock import SystemClock\n"
        "from pos_app.domain.sale import PricingRules\n"
        "from pos_app.services.sales import SalesDesk\n"
        "from pos_app.services.sale_commands import AddItem\n"
        "from tests.conftest import TAX_CLASSES, variant\n"
        "db = LocalDatabase(Path(sys.argv[1]))\n"
        "desk = SalesDesk(SqliteSaleStore(db), PricingRules(TAX_CLASSES), SystemClock(),\n"
        "                 Uuid7Generator(), terminal_id='T1', currency='USD')\n"
        "s = desk.new_sale(cashier_id='c1')\n"
        "s.execute(AddItem(variant(1)))\n"
        "grown = db.presize_wal()\n"
        "for n in range(2, 121):\n"
        "    s.execute(AddItem(variant(n % 40 + 1)))\n"
        "print(s.state.id, s.state.version, grown, flush=True)\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n")
    data = tmp_path / "data"
    run = subprocess.run([sys.executable, "-c", script, str(data)], check=False,
                         capture_output=True,
                         text=True, timeout=120, cwd=Path(__file__).resolve().parents[2])
    assert run.returncode == -9, run.stderr
    sale_id, version, grown = run.stdout.split()
    db = LocalDatabase(data)
    try:
        assert int(grown) == db.wal_target_bytes()  # killed with the WAL grown
        assert db.check(full=True) == []
        with db.read() as conn:
            got = conn.execute(text("SELECT version FROM sale WHERE id = :i"),
                               {"i": sale_id}).scalar_one()
        assert got == int(version) == 121
    finally:
        db.close()
