"""The data directory: identity, one process per directory, damaged files, read-only commands.

Real SQLite files and real `python -m pos_app` processes: a zero-length, missing or
foreign database where a store used to be, a mistyped --data-dir, a flipped page and a
truncated file all end with exit 74 and a message that says what to do; a second
window is refused with the first one's pid; 40 processes starting at once never trip
over each other; status reads a read-only directory without migrating it.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from pos_app.adapters.dirlock import holder_pid
from pos_app.adapters.sqlite import migrate
from pos_app.adapters.sqlite.counters import next_counter
from pos_app.adapters.sqlite.db import DB_FILENAME
from pos_app.adapters.sqlite.identity import SIDECAR_FILENAME, read_sidecar
from pos_app.adapters.sqlite.store import LocalDatabase
from pos_app.app.cli import main
from pos_app.app.context import AppContext, init_context, open_context
from pos_app.domain.errors import DataDirRefused, StorageCorrupt, TerminalBusy
from pos_app.jobs.integrity import integrity_check

REPO_ROOT = Path(__file__).resolve().parents[2]
DEADLINE_S = 120


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("POS_APP_DATA_DIR", "POS_APP_CONFIG", "POS_APP_TERMINAL_ID",
                "POS_APP_STORE_ID"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))


def config(where: Path, terminal: str = "T1", store: str = "S1") -> Path:
    path = where / f"config-{terminal}-{store}.toml"
    path.write_text(f'[terminal]\nid = "{terminal}"\n\n[store]\nname = "Corner Shop"\n\n'
                    f'[central]\nstore_id = "{store}"\n', encoding="utf-8")
    return path


def env() -> dict[str, str]:
    out = {k: v for k, v in os.environ.items() if not k.startswith("POS_APP_")}
    out["QT_QPA_PLATFORM"] = "offscreen"
    out["PYTHONPATH"] = str(REPO_ROOT)
    return out


def pos_app(*argv: str | Path, timeout: float = DEADLINE_S) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pos_app", *map(str, argv)],
                          capture_output=True, text=True, env=env(), cwd=REPO_ROOT,
                          timeout=timeout, check=False)


def start_store(data: Path, cfg: Path, receipts: int = 0) -> None:
    """`pos-app init`, then `receipts` receipt numbers issued, as completed sales do."""
    ctx = init_context(data_dir=data, config_path=cfg)
    try:
        issue_receipts(ctx, receipts)
    finally:
        ctx.close()


def issue_receipts(ctx: AppContext, n: int) -> int:
    last = 0
    for _ in range(n):
        with ctx.db.write() as conn:
            last = next_counter(conn, ctx.settings.terminal_id, "receipt")
    return last


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_clean_refusal(proc: subprocess.CompletedProcess[str], code: int,
                         *phrases: str) -> None:
    assert proc.returncode == code, (proc.returncode, proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr, proc.stderr
    for phrase in phrases:
        assert phrase in proc.stderr + proc.stdout, (phrase, proc.stderr, proc.stdout)


# --- identity --------------------------------------------------------------------------

def test_a_mistyped_data_dir_is_refused_and_not_created(tmp_path: Path) -> None:
    typo = tmp_path / "dta"
    proc = pos_app("run", "--data-dir", typo, "--config", config(tmp_path))
    assert_clean_refusal(proc, 74, f"no store in the data directory {typo}", "pos-app init")
    assert not typo.exists()
    for argv in (["status"], ["shift", "open", "--staff", "a", "--float", "5"],
                 ["import-catalog", str(tmp_path / "x.csv")]):
        assert main([*argv, "--data-dir", str(typo)]) == 74
    assert not typo.exists()


def test_init_then_writing_commands_work_and_init_twice_is_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data, cfg = tmp_path / "data", config(tmp_path, "FRONT-1", "main-st")
    assert main(["init", "--data-dir", str(data), "--config", str(cfg)]) == 0
    out = capsys.readouterr().out
    assert "Started store main-st (Corner Shop), terminal FRONT-1" in out
    ident = read_sidecar(data)
    assert ident is not None and (ident.store_id, ident.terminal_id) == ("main-st", "FRONT-1")
    # A writing command (prices change: the owner credential, as no staff exist yet).
    header = tmp_path / "empty.csv"
    header.write_text("sku,title,price,tax_class\n", encoding="utf-8")
    assert main(["import-catalog", "--as-owner", str(header), "--data-dir", str(data),
                 "--config", str(cfg)]) == 0
    capsys.readouterr()
    assert main(["status", "--json", "--data-dir", str(data), "--config", str(cfg)]) == 0
    st = json.loads(capsys.readouterr().out)
    assert st["identity"]["database_id"] == ident.database_id and st["damage"] == []
    assert st["read_only"] is True and st["schema_pending"] == []
    assert main(["init", "--data-dir", str(data), "--config", str(cfg)]) == 74
    assert "already belongs to store main-st" in capsys.readouterr().err
    # --terminal-id only confirms the config's terminal; it never forks the identity.
    other = tmp_path / "other"
    assert main(["init", "--terminal-id", "T9", "--data-dir", str(other),
                 "--config", str(cfg)]) == 78
    assert not (other / DB_FILENAME).exists()


def test_zero_length_database_where_a_store_was_is_refused_even_in_demo_mode(
        tmp_path: Path) -> None:
    data, cfg = tmp_path / "data", config(tmp_path)
    start_store(data, cfg, receipts=3)
    (data / DB_FILENAME).write_bytes(b"")
    for argv in (["run"], ["run", "--demo"], ["status"]):
        proc = pos_app(*argv, "--data-dir", data, "--config", cfg)
        assert_clean_refusal(proc, 74, str(data), "store S1 (Corner Shop), terminal T1",
                             "receipts up to #3", "zero-length", "pos-app restore")
    assert (data / DB_FILENAME).stat().st_size == 0  # nothing seeded into it


def test_missing_database_where_a_store_was_is_refused(tmp_path: Path) -> None:
    data, cfg = tmp_path / "data", config(tmp_path)
    start_store(data, cfg, receipts=2)
    (data / DB_FILENAME).unlink()
    proc = pos_app("run", "--demo", "--data-dir", data, "--config", cfg)
    assert_clean_refusal(proc, 74, "sales database is missing", "pos-app restore")
    assert not (data / DB_FILENAME).exists()
    with pytest.raises(DataDirRefused, match="missing"):
        open_context(data_dir=data, config_path=cfg, create=True)


def test_an_empty_schema_where_a_store_was_is_refused(tmp_path: Path) -> None:
    data, cfg = tmp_path / "data", config(tmp_path)
    start_store(data, cfg)
    (data / DB_FILENAME).unlink()
    sqlite3.connect(data / DB_FILENAME).execute("PRAGMA user_version = 1").connection.close()
    with pytest.raises(DataDirRefused, match="no tables"):
        open_context(data_dir=data, config_path=cfg)


def test_another_terminals_database_copied_in_is_refused(tmp_path: Path) -> None:
    mine, theirs = tmp_path / "mine", tmp_path / "theirs"
    cfg = config(tmp_path, "T1")
    start_store(mine, cfg, receipts=4)
    start_store(theirs, config(tmp_path, "T2"), receipts=9)
    shutil.copyfile(theirs / DB_FILENAME, mine / DB_FILENAME)
    proc = pos_app("run", "--data-dir", mine, "--config", cfg)
    assert_clean_refusal(proc, 74, "belongs to store S1 (Corner Shop), terminal T2",
                         "this data directory belongs to store S1 (Corner Shop), terminal T1",
                         "copied in")
    # The same terminal id of another store (or another database) is foreign too.
    elsewhere = tmp_path / "elsewhere"
    start_store(elsewhere, config(tmp_path, "T1", "S2"))
    shutil.copyfile(elsewhere / DB_FILENAME, mine / DB_FILENAME)
    with pytest.raises(DataDirRefused, match="copied in from elsewhere"):
        open_context(data_dir=mine, config_path=cfg)


def test_a_sidecar_of_another_terminal_is_refused(tmp_path: Path) -> None:
    data = tmp_path / "data"
    start_store(data, config(tmp_path, "T1"))
    proc = pos_app("shift", "x", "--data-dir", data, "--config", config(tmp_path, "T2"))
    assert_clean_refusal(proc, 74, "belongs to store S1 (Corner Shop), terminal T1",
                         "config says this is terminal T2")


def test_a_database_from_before_identities_is_stamped_once_and_then_checked(
        tmp_path: Path) -> None:
    data, cfg = tmp_path / "data", config(tmp_path, "T1")
    LocalDatabase(data).close()  # as every store before this version
    ctx = open_context(data_dir=data, config_path=cfg)
    ctx.close()
    ident = read_sidecar(data)
    assert ident is not None and ident.terminal_id == "T1"
    # A pre-identity database holding another terminal's receipts is not adopted.
    other = tmp_path / "other"
    db = LocalDatabase(other)
    with db.write() as conn:
        next_counter(conn, "T7", "receipt")
    db.close()
    with pytest.raises(DataDirRefused, match="receipts of terminal T7"):
        open_context(data_dir=other, config_path=cfg)
    assert read_sidecar(other) is None


def test_receipt_numbers_never_restart_from_an_older_copy(tmp_path: Path) -> None:
    data, cfg = tmp_path / "data", config(tmp_path)
    start_store(data, cfg, receipts=3)
    old = tmp_path / "old.sqlite3"
    shutil.copyfile(data / DB_FILENAME, old)
    ctx = open_context(data_dir=data, config_path=cfg)
    try:
        assert issue_receipts(ctx, 4) == 7
        # The sidecar follows the counter as sales complete, not only at close.
        deadline = time.monotonic() + 30
        while (read_sidecar(data) or ctx.identity).last_receipt_no != 7:  # type: ignore[union-attr]
            assert time.monotonic() < deadline, "the sidecar never caught up"
            time.sleep(0.01)
    finally:
        ctx.close()
    shutil.copyfile(old, data / DB_FILENAME)
    proc = pos_app("run", "--data-dir", data, "--config", cfg)
    assert_clean_refusal(proc, 74, "last receipt is #3", "#7 was already issued",
                         "restore it with `pos-app restore FILE --force`")


# --- damaged files ---------------------------------------------------------------------

def damaged_store(tmp_path: Path, how: str) -> tuple[Path, Path]:
    data, cfg = tmp_path / "data", config(tmp_path)
    start_store(data, cfg, receipts=5)
    assert main(["demo-data", "--products", "300", "--data-dir", str(data),
                 "--config", str(cfg)]) == 0
    db_file = data / DB_FILENAME
    raw = db_file.read_bytes()
    page = int.from_bytes(raw[16:18], "big")
    pages = len(raw) // page
    if how == "flip":  # a leaf page of the catalog, from the middle of the file
        with sqlite3.connect(db_file) as conn:
            leaves = [r[0] for r in conn.execute(
                "SELECT pageno FROM dbstat WHERE name = 'variant' AND pagetype = 'leaf' "
                "ORDER BY pageno")]
        conn.close()
        rng = random.Random(20261205)
        at = (leaves[len(leaves) // 2] - 1) * page
        garbage = bytes(rng.randrange(256) for _ in range(page))
        db_file.write_bytes(raw[:at] + garbage + raw[at + page:])
    else:  # truncate: the last 40 % of the pages are gone
        db_file.write_bytes(raw[:int(pages * 0.6) * page])
    return data, cfg


@pytest.mark.parametrize("how", ["flip", "truncate"])
def test_a_damaged_file_stops_the_counter_and_status_reads_what_it_can(
        tmp_path: Path, how: str) -> None:
    data, cfg = damaged_store(tmp_path, how)
    before = sha256(data / DB_FILENAME)
    proc = pos_app("run", "--data-dir", data, "--config", cfg)
    assert_clean_refusal(proc, 74, "is damaged", "does not start on a damaged file",
                         "pos-app restore FILE", "pos-app backup --to DIR")
    proc = pos_app("shift", "open", "--staff", "a", "--float", "1", "--data-dir", data,
                   "--config", cfg)
    assert_clean_refusal(proc, 74, "is damaged")
    proc = pos_app("status", "--data-dir", data, "--config", cfg)
    assert_clean_refusal(proc, 74, "DAMAGED", "opened read-only", "What could be read",
                         "pos-app restore FILE")
    read = proc.stdout.split("What could be read:\n")[1].splitlines()[:7]
    figures = dict(line.split() for line in read)
    assert len(figures) == 7, proc.stdout
    if how == "flip":  # one bad page costs only what lives on it
        assert figures["last_receipt_no"] == "5" and figures["staff"] == "4", proc.stdout
    # (a truncated file lost pages of the schema itself: no query can be planned)
    proc = pos_app("check", "--data-dir", data, "--config", cfg)
    assert_clean_refusal(proc, 74, "integrity_check  FAILED")
    assert sha256(data / DB_FILENAME) == before  # nothing wrote into the damaged file


def test_corruption_met_while_open_stops_every_later_write(tmp_path: Path) -> None:
    data, _cfg = damaged_store(tmp_path, "flip")
    db = LocalDatabase(data, run_migrations=False)
    try:
        problems = integrity_check(lambda: db.check(full=True))  # the nightly job
        assert problems and db.damage
        with pytest.raises(StorageCorrupt, match="nothing more is written"), db.write():
            pass
    finally:
        db.close()


def test_not_a_database_maps_to_storage_corrupt(tmp_path: Path) -> None:
    data, cfg = tmp_path / "data", config(tmp_path)
    start_store(data, cfg)
    (data / DB_FILENAME).write_bytes(b"this is not SQLite at all " * 400)
    with pytest.raises(StorageCorrupt, match="file is not a database"):
        open_context(data_dir=data, config_path=cfg)
    proc = pos_app("status", "--data-dir", data, "--config", cfg)
    assert_clean_refusal(proc, 74, "DAMAGED")


# --- one process per data directory ----------------------------------------------------

def test_a_second_window_is_refused_with_the_first_ones_pid_and_sigkill_frees_it(
        tmp_path: Path) -> None:
    data, cfg = tmp_path / "data", config(tmp_path)
    start_store(data, cfg)
    first = subprocess.Popen([sys.executable, "-m", "pos_app", "run", "--data-dir", str(data),
                              "--config", str(cfg)], env=env(), cwd=REPO_ROOT,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + DEADLINE_S
        while holder_pid(data) != first.pid:
            assert first.poll() is None, first.stderr.read() if first.stderr else ""
            assert time.monotonic() < deadline, "the counter never took its data directory"
            time.sleep(0.05)
        second = pos_app("run", "--data-dir", data, "--config", cfg)
        assert_clean_refusal(second, 75, f"this terminal is already open (pid {first.pid})")
        with pytest.raises(TerminalBusy, match=f"pid {first.pid}"):
            open_context(data_dir=data, config_path=cfg)
        # Read-only commands still work beside it, and do not take the lock.
        assert pos_app("status", "--data-dir", data, "--config", cfg).returncode == 0
        assert pos_app("shift", "z", "--data-dir", data, "--config", cfg).returncode == 0
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=30)
    finally:
        if first.poll() is None:
            first.kill()
            first.wait(timeout=30)
        if first.stderr:
            first.stderr.close()
    # The OS dropped the lock with the process: no stale lock to clean up.
    ctx = open_context(data_dir=data, config_path=cfg)
    ctx.close()


def test_writers_are_refused_while_another_process_holds_the_directory(
        tmp_path: Path) -> None:
    data, cfg = tmp_path / "data", config(tmp_path)
    start_store(data, cfg)
    ctx = open_context(data_dir=data, config_path=cfg)
    try:
        procs = [subprocess.Popen(
            [sys.executable, "-m", "pos_app", "shift", "open", "--staff", "a", "--float",
             "5", "--data-dir", str(data), "--config", str(cfg)],
            env=env(), cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True) for _ in range(8)]
        for p in procs:
            out, err = p.communicate(timeout=DEADLINE_S)
            assert p.returncode == 75, (out, err)
            assert f"this terminal is already open (pid {os.getpid()})" in err
    finally:
        ctx.close()


def race(n: int, argv: list[str], out: Path) -> list[tuple[int, str]]:
    """`n` forked processes (no interpreter start-up to pay, so they really start
    together) released at once through a pipe, each running `pos-app argv`."""
    out.mkdir()
    go_r, go_w = os.pipe()
    pids = []
    for i in range(n):
        pid = os.fork()
        if pid == 0:  # the child: never returns into pytest
            code = 70
            try:
                os.close(go_w)
                os.read(go_r, 1)  # EOF when the parent closes its end: everyone goes
                with open(out / f"{i}.txt", "w", encoding="utf-8") as fh:
                    sys.stdout = sys.stderr = fh
                    try:
                        code = main(argv)
                    except BaseException:  # noqa: BLE001 - shown to the parent
                        import traceback

                        traceback.print_exc(file=fh)
            finally:
                os._exit(code)
        pids.append(pid)
    os.close(go_r)
    os.close(go_w)
    results = []
    for i, pid in enumerate(pids):
        _, status = os.waitpid(pid, 0)
        results.append((os.waitstatus_to_exitcode(status),
                        (out / f"{i}.txt").read_text(encoding="utf-8")))
    return results


def test_forty_processes_starting_at_once_never_trip_over_each_other(tmp_path: Path) -> None:
    data, cfg = tmp_path / "data", config(tmp_path)
    start_store(data, cfg)
    csv = tmp_path / "items.csv"
    csv.write_text("sku,barcode,title,price,tax_class\nA-1,,Apple,1.00,exempt\n",
                   encoding="utf-8")
    results = race(40, ["import-catalog", "--as-owner", str(csv), "--data-dir", str(data),
                        "--config", str(cfg)], tmp_path / "out")
    for code, said in results:
        assert "not writable" not in said and "Traceback" not in said, said
        assert code in (0, 65, 75), (code, said)
        if code == 75:
            assert "this terminal is already open (pid " in said
    assert any(code != 75 for code, _ in results)  # somebody got the directory
    assert sum(code == 75 for code, _ in results) > 0  # and they did overlap
    assert not list(data.glob(".write-probe*"))


# --- read-only commands ----------------------------------------------------------------

@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A directory another user can reach (pytest's tmp_path is private to its owner)."""
    root = Path(tempfile.mkdtemp(prefix="pos-ro-"))
    root.chmod(0o755)
    try:
        yield root
    finally:
        for p in [root, *root.rglob("*")]:
            if p.is_dir():
                p.chmod(0o755)
        shutil.rmtree(root)


def as_reader(*argv: str | Path) -> subprocess.CompletedProcess[str]:
    """Run `pos-app` where it cannot write: as nobody when we are root, else as us on a
    directory made read-only."""
    cmd = [sys.executable, "-m", "pos_app", *map(str, argv)]
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv: cannot take write access away")
        cmd = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *cmd]
    e = env()
    e["PYTHONDONTWRITEBYTECODE"] = "1"
    return subprocess.run(cmd, capture_output=True, text=True, env=e, cwd=REPO_ROOT,
                          timeout=DEADLINE_S, check=False)


def test_status_reads_a_read_only_directory_without_migrating_it(shared_tmp: Path) -> None:
    data, cfg = shared_tmp / "data", config(shared_tmp)
    start_store(data, cfg, receipts=2)
    cfg.chmod(0o644)
    # A database one schema version behind: status must not upgrade it.
    db = LocalDatabase(data, run_migrations=False)
    with db.write() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0006_commission_"
                          "originals_cache' WHERE version_num = '0007_identity'"))
        conn.execute(text("DROP TABLE store_identity"))
    revision = migrate.current_revision(db.reader)
    db.close()
    (data / SIDECAR_FILENAME).unlink()  # a store from before identities
    for p in data.iterdir():
        p.chmod(0o644)
    # Readable by the other user (as root), or read-only to us: nobody may write there.
    data.chmod(0o755 if os.geteuid() == 0 else 0o555)
    before = sha256(data / DB_FILENAME)

    proc = as_reader("status", "--data-dir", data, "--config", cfg)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert "last receipt #2" in proc.stdout
    assert "Schema           behind (0007_identity): run the app once to upgrade" in proc.stdout
    js = as_reader("status", "--json", "--data-dir", data, "--config", cfg)
    assert json.loads(js.stdout)["schema_pending"] == ["0007_identity"]
    assert as_reader("search", "apple", "--data-dir", data, "--config", cfg).returncode == 0
    assert as_reader("check", "--data-dir", data, "--config", cfg).returncode == 0
    # A writing command there is refused as the environment's fault, with no traceback.
    proc = as_reader("shift", "open", "--staff", "a", "--float", "1", "--data-dir", data,
                     "--config", cfg)
    assert_clean_refusal(proc, 74, str(data))

    data.chmod(0o755)
    assert sha256(data / DB_FILENAME) == before
    db = LocalDatabase(data, run_migrations=False, read_only=True)
    try:
        assert migrate.current_revision(db.reader) == revision
    finally:
        db.close()


# --- backup and restore ----------------------------------------------------------------

def test_backup_and_restore_round_trip_with_preview(tmp_path: Path) -> None:
    data, cfg = tmp_path / "data", config(tmp_path)
    start_store(data, cfg, receipts=3)
    proc = pos_app("backup", "--plain", "--to", tmp_path / "backups",
                   "--data-dir", data, "--config", cfg)
    assert proc.returncode == 0, proc.stderr
    [backup] = list((tmp_path / "backups").glob("pos-S1-T1-*.sqlite3"))
    assert "integrity_check ok" in proc.stdout and str(backup) in proc.stdout

    ctx = open_context(data_dir=data, config_path=cfg)
    issue_receipts(ctx, 2)  # receipts 4 and 5 are not in the backup
    try:
        busy = pos_app("restore", backup, "--yes", "--data-dir", data, "--config", cfg)
        assert_clean_refusal(busy, 75, "this terminal is already open")
    finally:
        ctx.close()

    preview = pos_app("restore", backup, "--data-dir", data, "--config", cfg)
    assert preview.returncode == 74, preview.stderr
    out = preview.stdout
    assert "Current   store S1, terminal T1; last receipt #5; 0 unsynced event(s); ok" in out
    assert "Backup    store S1, terminal T1; last receipt #3; 0 unsynced event(s); ok" in out
    assert "WARNING: the backup's last receipt is #3, but #5 was already issued" in out
    assert "add --force" in out

    proc = pos_app("restore", backup, "--yes", "--force", "--data-dir", data, "--config", cfg)
    assert proc.returncode == 0, (proc.stdout, proc.stderr)
    assert "Receipts continue after #5" in proc.stdout
    [kept] = list((data / "replaced").glob("*/" + DB_FILENAME))
    assert f"kept at {kept}" in proc.stdout
    ctx = open_context(data_dir=data, config_path=cfg)
    try:
        assert issue_receipts(ctx, 1) == 6  # never #4 again
    finally:
        ctx.close()
    with sqlite3.connect(kept) as conn:  # the replaced database is intact, not deleted
        assert conn.execute("SELECT last FROM counter WHERE name = 'receipt'").fetchone() \
            == (5,)


def test_restore_previews_then_needs_yes_and_refuses_another_terminals_backup(
        tmp_path: Path) -> None:
    data, cfg = tmp_path / "data", config(tmp_path, "T1")
    start_store(data, cfg, receipts=1)
    theirs = tmp_path / "theirs"
    start_store(theirs, config(tmp_path, "T2"), receipts=8)
    proc = pos_app("backup", "--plain", "--to", tmp_path / "b", "--data-dir", theirs,
                   "--config", config(tmp_path, "T2"))
    assert proc.returncode == 0, proc.stderr
    [foreign] = list((tmp_path / "b").glob("*.sqlite3"))
    proc = pos_app("restore", foreign, "--yes", "--data-dir", data, "--config", cfg)
    assert proc.returncode == 74
    assert "The backup is of store S1 (Corner Shop), terminal T2" in proc.stdout
    assert "Nothing was changed" in proc.stdout
    # A backup of this terminal, ahead of what is here: a preview first, then --yes.
    proc = pos_app("backup", "--plain", "--to", tmp_path / "mine",
                   "--data-dir", data, "--config", cfg)
    [mine] = list((tmp_path / "mine").glob("*.sqlite3"))
    proc = pos_app("restore", mine, "--data-dir", data, "--config", cfg)
    assert proc.returncode == 0 and "Run again with --yes" in proc.stdout
    assert not (data / "replaced").exists()
    assert pos_app("restore", mine, "--yes", "--data-dir", data, "--config",
                   cfg).returncode == 0


def test_a_damaged_store_is_backed_up_for_recovery_and_restored_from_a_good_backup(
        tmp_path: Path) -> None:
    data, cfg = tmp_path / "data", config(tmp_path)
    start_store(data, cfg, receipts=5)
    good = pos_app("backup", "--plain", "--to", tmp_path / "good",
                   "--data-dir", data, "--config", cfg)
    assert good.returncode == 0
    [backup] = list((tmp_path / "good").glob("*.sqlite3"))
    raw = (data / DB_FILENAME).read_bytes()
    page = int.from_bytes(raw[16:18], "big")
    at = (len(raw) // page // 2) * page
    (data / DB_FILENAME).write_bytes(raw[:at] + b"\xa5" * page + raw[at + page:])
    proc = pos_app("backup", "--plain", "--to", tmp_path / "salvage",
                   "--data-dir", data, "--config", cfg)
    assert_clean_refusal(proc, 74, "failed SQLite's integrity check", "kept for recovery")
    assert list((tmp_path / "salvage").glob("*-DAMAGED.sqlite3"))
    proc = pos_app("restore", backup, "--yes", "--data-dir", data, "--config", cfg)
    assert proc.returncode == 0, proc.stdout
    assert "Current   store S1, terminal T1" in proc.stdout and "DAMAGED" in proc.stdout
    assert pos_app("check", "--data-dir", data, "--config", cfg).returncode == 0


def test_a_backup_is_restored_onto_a_new_machine(tmp_path: Path) -> None:
    data, cfg = tmp_path / "old-machine", config(tmp_path)
    start_store(data, cfg, receipts=4)
    assert pos_app("backup", "--plain", "--to", tmp_path / "b", "--data-dir", data,
                   "--config", cfg).returncode == 0
    [backup] = list((tmp_path / "b").glob("*.sqlite3"))
    new = tmp_path / "new-machine" / "data"  # nothing there yet
    proc = pos_app("restore", backup, "--yes", "--data-dir", new, "--config", cfg)
    assert proc.returncode == 0, (proc.stdout, proc.stderr)
    assert "Current   none" in proc.stdout and "Receipts continue after #4" in proc.stdout
    ident = read_sidecar(new)
    assert ident is not None and ident.last_receipt_no == 4
    ctx = open_context(data_dir=new, config_path=cfg)
    try:
        assert issue_receipts(ctx, 1) == 5
    finally:
        ctx.close()
