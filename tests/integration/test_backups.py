"""Encrypted backups (issue 12): taken while the counter sells, restored exactly; a
damaged, cut or foreign-key backup refused by name; rotation; the daily job; the CLI."""

from __future__ import annotations

import io
import os
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from apscheduler.schedulers.background import BackgroundScheduler

from pos_app.adapters import backup_key
from pos_app.adapters.backup_crypto import (
    CHUNK_SIZE,
    BackupUnreadable,
    WrongBackupKey,
    decrypt_chunks,
    encrypt_stream,
    is_encrypted,
)
from pos_app.adapters.backup_key import BackupKeys, BackupKeyUnavailable
from pos_app.adapters.backup_settings import backup_settings
from pos_app.adapters.local_secret import NoKeyring
from pos_app.adapters.sqlite.backup import (
    BackupRunner,
    Retention,
    backup_status_json,
    decrypt_file,
    encrypted_backup,
    rotate,
    verify_file,
)
from pos_app.app.cli import main
from pos_app.app.context import init_context, open_context
from pos_app.app.wiring import add_backup_schedule, terminal_status
from pos_app.domain.clock import FixedClock
from pos_app.domain.errors import ConfigError, StorageCorrupt
from pos_app.domain.sale import TenderKind
from pos_app.jobs.backup import BACKUP_JOB_ID, CATCH_UP_JOB_ID, add_backup_jobs
from pos_app.services.sale_commands import AddItem, AddTender, Complete
from tests.conftest import variant

KEY = bytes.fromhex("b4c0" * 16)
OTHER_KEY = bytes.fromhex("0dd5" * 16)
T0 = datetime(2026, 12, 5, 14, 0, tzinfo=UTC)


def _config(where: Path, extra: str = "") -> Path:
    path = where / "config.toml"
    path.write_text('[terminal]\nid = "T1"\n\n[store]\nname = "Corner Shop"\n\n'
                    f'[central]\nstore_id = "S1"\n{extra}', encoding="utf-8")
    return path


def _rows(db_file: Path, sql: str) -> set[tuple[Any, ...]]:
    with sqlite3.connect(f"file:{db_file}?mode=ro", uri=True) as conn:
        return set(conn.execute(sql).fetchall())


# --- the format ----------------------------------------------------------------------

def _sealed(data: bytes, key: bytes = KEY, chunk: int = 64) -> bytes:
    out = io.BytesIO()
    encrypt_stream(io.BytesIO(data), out, key, len(data), chunk_size=chunk)
    return out.getvalue()


def _opened(blob: bytes, key: bytes = KEY) -> bytes:
    return b"".join(decrypt_chunks(io.BytesIO(blob), key, name="b"))


class _Counting(io.BytesIO):
    biggest = 0

    def read(self, n: int | None = -1) -> bytes:
        got = super().read(n)
        self.biggest = max(self.biggest, len(got))
        return got


def test_the_format_streams_in_chunks_and_detects_every_kind_of_tampering() -> None:
    data = os.urandom(64 * 5 + 17)
    blob = _sealed(data)
    assert _opened(blob) == data
    assert _opened(_sealed(b"")) == b""
    assert _opened(_sealed(b"x" * 128)) == b"x" * 128  # ends exactly on a chunk
    # Never read whole: one chunk (and the one after it) at a time.
    src = _Counting(os.urandom(3 * CHUNK_SIZE + 5))
    encrypt_stream(src, io.BytesIO(), KEY, 3 * CHUNK_SIZE + 5)
    assert src.biggest == CHUNK_SIZE

    header, c = 36, 64 + 16
    flipped = bytearray(blob)
    flipped[header + c + 3] ^= 0x01
    with pytest.raises(BackupUnreadable, match=r"chunk 1 .*fails its authentication"):
        _opened(bytes(flipped))
    swapped = blob[:header] + blob[header + c:header + 2 * c] + blob[header:header + c] \
        + blob[header + 2 * c:]
    with pytest.raises(BackupUnreadable, match=r"chunk 0 .*out of order"):
        _opened(swapped)
    # Cut at a chunk boundary (streamed, no file size to compare): still caught.
    with pytest.raises(BackupUnreadable, match="truncated: it ends after chunk 2"):
        _opened(blob[:header + 3 * c])
    with pytest.raises(BackupUnreadable, match="data after its last chunk"):
        _opened(blob + blob[header:header + c])
    with pytest.raises(WrongBackupKey, match="encrypted with another key"):
        _opened(blob, OTHER_KEY)
    header_flip = bytearray(blob)
    header_flip[30] ^= 0x01  # the length: authenticated like everything else
    with pytest.raises(BackupUnreadable):
        _opened(bytes(header_flip))
    with pytest.raises(BackupUnreadable, match="not an encrypted pos-app backup"):
        _opened(b"SQLite format 3\x00" + bytes(100))


# --- a backup while the counter sells --------------------------------------------------

def test_a_backup_taken_while_the_counter_sells_restores_exactly(db, desk, tmp_path):
    acked: list[int] = []
    lock = threading.Lock()
    progress = threading.Condition(lock)
    stop = threading.Event()
    failures: list[BaseException] = []

    def sell() -> None:
        try:
            i = 0
            while not stop.is_set():
                i += 1
                s = desk.new_sale(cashier_id="cashier-1")
                s.execute(AddItem(variant(i % 7 + 1)))
                s.execute(AddTender(TenderKind.CASH, 10_000))
                receipt = s.execute(Complete()).receipt_no
                with progress:
                    acked.append(receipt)
                    progress.notify_all()
        except BaseException as exc:  # noqa: BLE001 - surfaced by the test thread
            failures.append(exc)
            with progress:
                progress.notify_all()

    def wait_for(n: int) -> None:
        with progress:
            assert progress.wait_for(lambda: len(acked) >= n or failures, timeout=60)
        assert not failures, failures

    seller = threading.Thread(target=sell, name="counter")
    seller.start()
    try:
        wait_for(5)
        with lock:
            before = set(acked)  # acknowledged before the backup started
        real_copy = db.backup_to

        def copy_after_more_sales(target: Path) -> None:
            wait_for(len(before) + 3)  # sales keep completing once the backup started
            real_copy(target)

        db.backup_to = copy_after_more_sales  # type: ignore[method-assign]
        result = encrypted_backup(db, tmp_path / "b", now=T0, identity=None, key=KEY,
                                  scratch=tmp_path)
        with lock:
            after = set(acked)  # acknowledged by the time it was verified
        wait_for(len(after) + 3)  # the counter sold on during and after it
    finally:
        stop.set()
        seller.join(timeout=60)
    assert not failures, failures
    assert is_encrypted(result.path)
    restored = tmp_path / "restored.sqlite3"
    decrypt_file(result.path, restored, KEY)
    live = db.path

    receipts = sorted(r for (r,) in _rows(restored, "SELECT receipt_no FROM sale "
                                                    "WHERE status = 'completed'"))
    # A consistent prefix: every sale acknowledged before the backup, none missing in
    # between, nothing beyond what had been (or was being) acknowledged at its end.
    assert receipts == list(range(1, len(receipts) + 1))
    assert before <= set(receipts)
    assert len(receipts) <= max(after) + 1
    ids = _rows(restored, "SELECT id FROM sale WHERE status = 'completed'")
    in_list = ",".join(f"'{i}'" for (i,) in ids)
    for table, where in (("sale", f"id IN ({in_list})"),
                         ("sold_line", f"sale_id IN ({in_list})"),
                         ("payment", f"sale_id IN ({in_list})"),
                         ("stock_movement", f"sale_id IN ({in_list})")):
        sql = f"SELECT * FROM {table} WHERE {where}"
        assert _rows(restored, sql) == _rows(live, sql), table
    # The outbox: exactly the original's first rows, up to the backup's moment.
    last_seq = max(seq for (seq,) in _rows(restored, "SELECT seq FROM outbox"))
    sql = f"SELECT * FROM outbox WHERE seq <= {last_seq}"
    assert _rows(restored, sql) == _rows(live, sql)
    assert _rows(restored, "SELECT * FROM outbox") == _rows(restored, sql)
    assert _rows(restored, "PRAGMA integrity_check") == {("ok",)}


# --- corruption, truncation and the wrong key, on real backup files ---------------------

@pytest.fixture
def store_dir(tmp_path: Path) -> tuple[Path, Path]:
    data, cfg = tmp_path / "data", _config(tmp_path)
    init_context(data_dir=data, config_path=cfg, clock=FixedClock(T0)).close()
    return data, cfg


def _one_backup(data: Path, cfg: Path, to: Path) -> Path:
    ctx = open_context(data_dir=data, config_path=cfg, read_only=True)
    try:
        from pos_app.app.wiring import backup_runner

        return backup_runner(ctx)(to).path
    finally:
        ctx.close()


def test_a_damaged_cut_or_foreign_key_backup_is_refused_by_name(store_dir, tmp_path,
                                                                   capsys):
    data, cfg = store_dir
    good = _one_backup(data, cfg, tmp_path / "b")
    assert verify_file(good, key=lambda: KEY, scratch=tmp_path).healthy
    raw = good.read_bytes()
    flipped = tmp_path / "flipped.enc"
    flipped.write_bytes(raw[:len(raw) // 2] + bytes([raw[len(raw) // 2] ^ 0x40])
                        + raw[len(raw) // 2 + 1:])
    cut = tmp_path / "cut.enc"
    cut.write_bytes(raw[:-1000])
    with pytest.raises(BackupUnreadable, match=r"chunk 0 .*fails its authentication"):
        verify_file(flipped, key=lambda: KEY, scratch=tmp_path)
    with pytest.raises(BackupUnreadable, match="truncated"):
        verify_file(cut, key=lambda: KEY, scratch=tmp_path)
    with pytest.raises(WrongBackupKey, match="another key"):
        verify_file(good, key=lambda: OTHER_KEY, scratch=tmp_path)
    assert list(tmp_path.glob(".restore-*")) == []  # no plaintext left behind

    common = ["--data-dir", str(data), "--config", str(cfg)]
    assert main(["backup", "--verify", str(good), *common]) == 0
    assert "decrypts and passes integrity_check" in capsys.readouterr().out
    for bad, said in ((flipped, "fails its authentication"), (cut, "is truncated")):
        assert main(["backup", "--verify", str(bad), *common]) == 74
        assert said in capsys.readouterr().err
    os.environ["POS_APP_BACKUP_KEY"] = OTHER_KEY.hex()
    try:
        assert main(["backup", "--verify", str(good), *common]) == 74
        assert "encrypted with another key" in capsys.readouterr().err
        assert main(["restore", str(good), "--yes", *common]) == 74
        assert "encrypted with another key" in capsys.readouterr().err
    finally:
        os.environ["POS_APP_BACKUP_KEY"] = KEY.hex()


def test_a_damaged_database_is_caught_when_its_backup_is_verified(store_dir, tmp_path,
                                                                  capsys):
    data, cfg = store_dir
    ctx = open_context(data_dir=data, config_path=cfg, read_only=True)
    real = ctx.db.backup_to

    def damaging_copy(target: Path) -> None:
        real(target)
        raw = bytearray(target.read_bytes())
        page = int.from_bytes(raw[16:18], "big")
        at = (len(raw) // page // 2) * page
        raw[at:at + page] = b"\xa5" * page
        target.write_bytes(bytes(raw))

    ctx.db.backup_to = damaging_copy  # type: ignore[method-assign]
    try:
        from pos_app.app.wiring import backup_runner

        with pytest.raises(StorageCorrupt, match="failed SQLite's integrity check"):
            backup_runner(ctx)(tmp_path / "b")
        st = terminal_status(ctx)["backup"]
    finally:
        ctx.close()
    assert [p.name for p in (tmp_path / "b").iterdir()] == [
        next((tmp_path / "b").iterdir()).name]
    assert next((tmp_path / "b").iterdir()).name.endswith("-DAMAGED.sqlite3.enc")
    assert st["last_at"] is None and "integrity check" in st["last_error"] and st["overdue"]
    # For recovery tools: a plain copy of the damaged one.
    damaged = next((tmp_path / "b").iterdir())
    assert main(["backup", "--decrypt", str(damaged), "--to", str(tmp_path / "plain"),
                 "--data-dir", str(data), "--config", str(cfg)]) == 0
    [plain] = (tmp_path / "plain").iterdir()
    assert plain.name == damaged.name.removesuffix(".enc")
    assert plain.read_bytes()[:16] == b"SQLite format 3\x00"


# --- rotation -----------------------------------------------------------------------

def test_rotation_keeps_seven_daily_four_weekly_twelve_monthly(tmp_path):
    where = tmp_path / "b"
    where.mkdir()
    day = datetime(2025, 11, 1, 3, 0, tzinfo=UTC)
    made = []
    while day <= datetime(2026, 12, 5, 3, 0, tzinfo=UTC):
        path = where / f"pos-S1-T1-{day:%Y%m%dT%H%M%S}.sqlite3.enc"
        path.write_bytes(b"x")
        made.append(path)
        day += timedelta(days=1)
    others = [where / "pos-S1-T2-20250101T030000.sqlite3.enc",  # another terminal's
              where / "pos-S1-T1-20250101T030000-DAMAGED.sqlite3.enc",
              where / "notes.txt"]
    for p in others:
        p.write_bytes(b"x")

    class Ident:
        store_id, terminal_id = "S1", "T1"

    removed = rotate(where, Ident(), Retention(7, 4, 12),  # type: ignore[arg-type]
                     newest=made[-1])
    kept = sorted(p.name[10:18] for p in where.iterdir() if p not in others)
    assert kept == sorted(
        [f"202611{d:02d}" for d in (29, 30)] + [f"202612{d:02d}" for d in range(1, 6)]
        + ["20261122", "20261115"]  # the newest of the three weeks before
        + ["20261031", "20260930", "20260831", "20260731", "20260630", "20260531",
           "20260430", "20260331", "20260228", "20260131"])  # and of eleven months before
    assert len(removed) == len(made) - len(kept)
    assert all(p.exists() for p in others)
    # The newest verified backup stays, even when the rules would not pick it.
    odd = where / "pos-S1-T1-20200101T000000.sqlite3.enc"
    odd.write_bytes(b"x")
    rotate(where, Ident(), Retention(1, 0, 0), newest=odd)  # type: ignore[arg-type]
    assert odd.exists()
    assert sorted(p.name for p in where.iterdir() if p not in others) == sorted(
        [odd.name, "pos-S1-T1-20261205T030000.sqlite3.enc"])


# --- settings, the schedule and status --------------------------------------------------

def test_backup_settings_are_checked_with_clear_messages(tmp_path):
    conf = backup_settings({"dir": "elsewhere", "hour": 22, "keep_daily": 3}, tmp_path)
    assert conf.dir == tmp_path / "elsewhere" and conf.hour == 22 and conf.keep_daily == 3
    assert backup_settings({}, tmp_path).dir == tmp_path / "backups"
    for raw, said in (({"hour": 24}, "hour must be a whole number from 0 to 23"),
                      ({"keep_daily": 0}, "keep_daily must be a whole number from 1"),
                      ({"dir": 5}, "dir must be a directory path"),
                      ({"houre": 3}, "unknown keys: houre")):
        with pytest.raises(ConfigError, match=said):
            backup_settings(raw, tmp_path)


def test_the_daily_job_is_scheduled_runs_and_is_reported(tmp_path):
    data = tmp_path / "data"
    cfg = _config(tmp_path, '\n[backup]\nhour = 2\nkeep_daily = 2\nkeep_weekly = 0\n'
                            'keep_monthly = 0\n')
    clock = FixedClock(T0)
    init_context(data_dir=data, config_path=cfg, clock=clock).close()
    ctx = open_context(data_dir=data, config_path=cfg, clock=clock)
    try:
        assert terminal_status(ctx)["backup"] == {
            "last_at": None, "last_file": None, "last_error": None, "last_error_at": None,
            "overdue": True}
        scheduler = BackgroundScheduler(timezone=UTC)
        assert add_backup_schedule(ctx, scheduler)  # never backed up: one at start
        daily = scheduler.get_job(BACKUP_JOB_ID)
        assert str(daily.trigger.fields[5]) == "2"  # hour
        catch_up = scheduler.get_job(CATCH_UP_JOB_ID)
        for _ in range(3):  # three days' runs, triggered directly
            result = catch_up.func(*catch_up.args)
            assert result is not None and result.summary.healthy
            clock.advance(days=1)
        files = sorted((data / "backups").glob("pos-S1-T1-*.sqlite3.enc"))
        assert len(files) == 2  # keep_daily = 2
        st = terminal_status(ctx)["backup"]
        assert st["last_file"] == str(files[-1]) and st["last_error"] is None
        assert st["overdue"] is False  # made one day before the clock's now
        clock.advance(hours=2)
        assert terminal_status(ctx)["backup"]["overdue"] is True
        # Recent enough: no catch-up at start.
        clock.advance(hours=-20)
        assert not add_backup_schedule(ctx, BackgroundScheduler(timezone=UTC))
    finally:
        ctx.close()


def test_a_failed_scheduled_backup_is_recorded_not_raised(tmp_path):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    clock = FixedClock(T0)
    data = tmp_path / "data"
    init_context(data_dir=data, config_path=_config(tmp_path), clock=clock).close()
    ctx = open_context(data_dir=data, config_path=_config(tmp_path), clock=clock)
    try:
        runner = BackupRunner(ctx.db, data, blocker / "b", identity=lambda: ctx.identity,
                              key=lambda: KEY, now=clock.now)
        scheduler = BackgroundScheduler(timezone=UTC)
        add_backup_jobs(scheduler, runner, hour=3, tz=UTC, last_success=lambda: None,
                        now=clock.now())
        job = scheduler.get_job(CATCH_UP_JOB_ID)
        assert job.func(*job.args) is None
    finally:
        ctx.close()
    st = backup_status_json(data, clock.now())
    assert "Cannot create the backup directory" in st["last_error"] and st["overdue"]


# --- the key ------------------------------------------------------------------------

def test_the_key_comes_from_the_env_the_keyring_or_a_private_file(tmp_path, caplog):
    ring: dict[tuple[str, str], str] = {}
    keys = BackupKeys(tmp_path, "S1", env={}, keyring_get=lambda s, u: ring.get((s, u)),
                      keyring_set=lambda s, u, v: ring.__setitem__((s, u), v))
    made = keys.key()
    assert ring == {("pos_app.backup", "S1"): made.hex()} and keys.key() == made
    assert BackupKeys(tmp_path, "S1", env={"POS_APP_BACKUP_KEY": OTHER_KEY.hex()}).key() \
        == OTHER_KEY

    def no_ring(*_a: Any) -> None:
        raise NoKeyring("no backend")

    headless = BackupKeys(tmp_path / "h", "S1", env={}, keyring_get=no_ring,
                          keyring_set=no_ring)
    (tmp_path / "h").mkdir()
    assert headless.existing() is None
    key = headless.key()
    assert (tmp_path / "h" / "backup.key").stat().st_mode & 0o777 == 0o600
    assert headless.key() == key and "no usable keyring" in caplog.text
    with pytest.raises(BackupKeyUnavailable, match="64 hex digits"):
        BackupKeys(tmp_path, "S1", env={"POS_APP_BACKUP_KEY": "short"}).key()


# --- the CLI ------------------------------------------------------------------------

def test_cli_backup_show_key_and_restore_on_a_new_machine(store_dir, tmp_path, capsys,
                                                          monkeypatch):
    data, cfg = store_dir
    common = ["--data-dir", str(data), "--config", str(cfg)]
    assert main(["backup", *common]) == 0
    out = capsys.readouterr().out
    [made] = (data / "backups").glob("pos-S1-T1-*.sqlite3.enc")
    assert f"Backup written: {made}" in out and "integrity_check ok" in out
    assert main(["status", "--json", *common]) == 0
    assert f'"last_file": "{made}"' in capsys.readouterr().out
    assert main(["status", *common]) == 0
    assert "Backup           last 2026-" in capsys.readouterr().out

    assert main(["backup", "--show-key", *common]) == 65  # who asks?
    assert "--as-owner" in capsys.readouterr().err
    assert main(["backup", "--show-key", "--as-owner", *common]) == 0
    shown = capsys.readouterr().out.splitlines()[1]
    assert shown == KEY.hex()

    # A new machine: no keyring, no key in the environment; the written-down key.
    monkeypatch.delenv("POS_APP_BACKUP_KEY")
    monkeypatch.setattr(backup_key, "system_get", lambda *_a: None)
    new = tmp_path / "new-machine"
    new_common = ["--data-dir", str(new), "--config", str(cfg)]
    assert main(["restore", str(made), "--yes", *new_common]) == 74
    assert "--key-stdin" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO(shown + "\n"))
    assert main(["restore", str(made), "--yes", "--key-stdin", *new_common]) == 0
    out = capsys.readouterr().out
    assert "Backup    store S1, terminal T1; last receipt #0" in out and "Restored" in out
    assert _rows(new / "pos.sqlite3", "SELECT store_id, terminal_id FROM store_identity") \
        == {("S1", "T1")}
    assert not [p for p in (new / ".backup-work").iterdir()]  # no plaintext left


def test_a_config_error_in_backup_is_exit_78(tmp_path, capsys):
    data = tmp_path / "data"
    cfg = _config(tmp_path, "\n[backup]\nhour = 25\n")
    init_context(data_dir=data, config_path=cfg).close()
    assert main(["backup", "--data-dir", str(data), "--config", str(cfg)]) == 78
    assert "[backup] hour must be a whole number from 0 to 23" in capsys.readouterr().err


def test_show_key_needs_a_managers_pin(store_dir, capsys, monkeypatch):
    from pos_app.app.wiring import staff_service
    from pos_app.domain.permissions import Role

    data, cfg = store_dir
    ctx = open_context(data_dir=data, config_path=cfg)
    try:
        staff = staff_service(ctx)
        staff.add_staff("Mia Manager", Role.MANAGER, "4826")
        staff.add_staff("Cal Cashier", Role.CASHIER, "5937")
    finally:
        ctx.close()
    common = ["--data-dir", str(data), "--config", str(cfg)]
    monkeypatch.setattr("sys.stdin", io.StringIO("5937\n"))
    assert main(["backup", "--show-key", "--staff", "Cal Cashier", "--pin-stdin",
                 *common]) == 77
    assert KEY.hex() not in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO("0000\n"))
    assert main(["backup", "--show-key", "--staff", "Mia Manager", "--pin-stdin",
                 *common]) == 77
    assert KEY.hex() not in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO("4826\n"))
    assert main(["backup", "--show-key", "--staff", "Mia Manager", "--pin-stdin",
                 *common]) == 0
    assert KEY.hex() in capsys.readouterr().out
