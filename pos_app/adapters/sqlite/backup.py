"""Backups of the local database and putting one back, with a preview of both sides.

A backup is SQLite's online backup of the live file (consistent even while the counter
sells in another process), written under a temporary name, checked with
`integrity_check`, and only then given its final name. A restore needs the data
directory's lock (no counter running), compares the backup with what is there (store,
terminal, last receipt, unsynced events), keeps the replaced database aside (never
deletes it) and updates the identity file.

The steps are separate functions (copy, verify, install) so that encryption, rotation
and schedules (issue 12) can wrap them without changing them.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import sqlite3
import tempfile
import uuid
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from pos_app.adapters.backup_crypto import decrypt_file, encrypt_file, is_encrypted
from pos_app.adapters.dirlock import DataDirLock
from pos_app.domain.errors import DataDirRefused, StorageCorrupt, StorageUnavailable

from .db import DB_FILENAME, read_only_uri, storage_error, translated_errors
from .identity import (
    StoreIdentity,
    fsync_dir,
    raise_receipt_counter,
    read_db_identity,
    read_sidecar,
    receipt_counter,
    stamp_db_identity,
    write_sidecar,
)
from .store import LocalDatabase

if TYPE_CHECKING:
    from .data_dir import StoreSpec

log = logging.getLogger(__name__)

REPLACED_DIRNAME = "replaced"
_SAFE = re.compile(r"[^A-Za-z0-9_.-]+")


@dataclass(frozen=True, slots=True)
class DatabaseSummary:
    """What a restore preview shows of one database file."""

    path: Path
    exists: bool
    identity: StoreIdentity | None = None
    last_receipt_no: int | None = None
    unsynced_events: int | None = None
    completed_sales: int | None = None
    problems: tuple[str, ...] = ()
    bytes: int = 0

    @property
    def healthy(self) -> bool:
        return self.exists and not self.problems


@dataclass(frozen=True, slots=True)
class BackupResult:
    path: Path
    summary: DatabaseSummary


@dataclass
class RestorePlan:
    """The preview: both sides, and what stands in the way (`refusals`, lifted by
    --force) or cannot be lifted at all (`blockers`)."""

    current: DatabaseSummary
    backup: DatabaseSummary
    sidecar: StoreIdentity | None
    terminal_id: str
    refusals: list[str] = field(default_factory=list)
    blockers: list[str] = field(default_factory=list)

    @property
    def issued(self) -> int:
        """The highest receipt number known to have been issued at this terminal."""
        known = [self.sidecar.last_receipt_no if self.sidecar else 0,
                 self.current.last_receipt_no or 0]
        return max(known)


@dataclass(frozen=True, slots=True)
class RestoreResult:
    kept_aside: Path | None
    identity: StoreIdentity
    receipts_continue_after: int


def summarize(path: Path, *, full_check: bool = True) -> DatabaseSummary:
    """Open `path` read-only and say what it is; a damaged or foreign file is described,
    never raised."""
    path = Path(path)
    if not path.is_file():
        return DatabaseSummary(path, exists=False)
    size = path.stat().st_size
    if size == 0:
        return DatabaseSummary(path, exists=True, problems=("empty (zero-length) file",))
    db = LocalDatabase(path.parent, run_migrations=False, read_only=True, filename=path.name)
    try:
        problems = tuple(db.check(full=full_check))
        identity = unsynced = completed = last = None
        with suppress(StorageCorrupt, StorageUnavailable), db.read() as conn:
            identity = read_db_identity(conn)
            if identity is not None:
                last = identity.last_receipt_no
            unsynced = int(conn.execute(text(
                "SELECT count(*) FROM outbox WHERE status = 'pending'")).scalar() or 0)
            completed = int(conn.execute(text(
                "SELECT count(*) FROM sale WHERE status = 'completed'")).scalar() or 0)
        return DatabaseSummary(path, True, identity, last, unsynced, completed, problems, size)
    finally:
        db.close()


def _summary_with_terminal(summary: DatabaseSummary, terminal_id: str) -> DatabaseSummary:
    """A database from before identities: its receipt counter for `terminal_id`."""
    if summary.identity is not None or not summary.healthy:
        return summary
    with closing(sqlite3.connect(read_only_uri(summary.path), uri=True)) as raw:
        try:
            row = raw.execute("SELECT last FROM counter WHERE terminal_id = ? AND "
                              "name = 'receipt'", (terminal_id,)).fetchone()
        except sqlite3.Error:
            return summary
    return replace(summary, last_receipt_no=int(row[0]) if row else 0)


def backup_name(identity: StoreIdentity | None, now: datetime) -> str:
    who = f"{identity.store_id}-{identity.terminal_id}" if identity else "store"
    return f"pos-{_SAFE.sub('_', who)}-{now.strftime('%Y%m%dT%H%M%S')}.sqlite3"


def backup(db: LocalDatabase, to_dir: Path, *, now: datetime,
           identity: StoreIdentity | None,
           verify: Callable[[Path], DatabaseSummary] = summarize) -> BackupResult:
    """Copy the live database into `to_dir` and check the copy. A copy that fails the
    check is kept under a name that says so, and StorageCorrupt is raised."""
    to_dir = Path(to_dir)
    try:
        to_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageUnavailable(f"Cannot create the backup directory {to_dir}: "
                                 f"{exc.strerror}") from exc
    final = to_dir / backup_name(identity, now)
    tmp = to_dir / f".{final.name}.{uuid.uuid4().hex[:8]}.partial"
    try:
        db.backup_to(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        summary = verify(tmp)
    except BaseException:
        with suppress(OSError):
            tmp.unlink()
        raise
    if summary.problems:
        damaged = final.with_name(final.stem + "-DAMAGED.sqlite3")
        os.replace(tmp, damaged)
        raise StorageCorrupt(
            f"The copy {damaged} failed SQLite's integrity check "
            f"({'; '.join(summary.problems[:3])}): the database itself is damaged. The copy "
            "is kept for recovery; it is not a backup to restore from.")
    os.replace(tmp, final)
    fsync_dir(to_dir)
    return BackupResult(final, replace(summary, path=final))


def plan_restore(data_dir: Path, backup_file: Path, *, terminal_id: str) -> RestorePlan:
    """Compare the backup with what the data directory holds (works with no lock)."""
    data_dir = Path(data_dir)
    try:
        sidecar = read_sidecar(data_dir)
    except DataDirRefused:
        sidecar = None  # a damaged identity file is replaced by the restore
    current = _summary_with_terminal(summarize(data_dir / DB_FILENAME, full_check=False),
                                     terminal_id)
    if current.exists and current.identity is None and sidecar is not None:
        current = replace(current, identity=sidecar)  # unreadable in the file: whose it was
    theirs = summarize(Path(backup_file))
    plan = RestorePlan(current, theirs, sidecar, terminal_id)
    if not theirs.exists:
        plan.blockers.append(f"There is no file {backup_file}.")
        return plan
    if theirs.problems:
        plan.blockers.append(f"The backup {backup_file} is damaged or not a sales database "
                             f"({'; '.join(theirs.problems[:3])}).")
        return plan
    if theirs.identity is None:
        plan.refusals.append(
            "The backup carries no identity (made before identities, or not by pos-app): "
            "it cannot be shown to be this terminal's.")
        theirs = plan.backup = _summary_with_terminal(theirs, terminal_id)
    else:
        owner = sidecar.terminal_id if sidecar else terminal_id
        if theirs.identity.terminal_id != owner or (
                sidecar is not None and theirs.identity.store_id != sidecar.store_id):
            plan.refusals.append(
                f"The backup is of {theirs.identity.describe()}, but this data directory "
                f"is terminal {owner}"
                + (f" of store {sidecar.store_id}" if sidecar else "") + ".")
        if theirs.identity.terminal_id != terminal_id:
            plan.refusals.append(
                f"The config says this is terminal {terminal_id}; after the restore set "
                f"[terminal] id = \"{theirs.identity.terminal_id}\" to open it.")
    if (theirs.last_receipt_no or 0) < plan.issued:
        plan.refusals.append(
            f"WARNING: the backup's last receipt is #{theirs.last_receipt_no or 0}, but "
            f"#{plan.issued} was already issued here: the sales after it are not in the "
            "backup. With --force numbering continues after "
            f"#{plan.issued} (never repeats); those sales are lost unless the replaced "
            "database can be recovered.")
    return plan


def restore(data_dir: Path, backup_file: Path, plan: RestorePlan, *, now: datetime,
            spec: StoreSpec, force: bool = False) -> RestoreResult:
    """Put `backup_file` in place of the data directory's database (under the lock). A
    backup from before identities is stamped with the identity file's or `spec`'s."""
    data_dir = Path(data_dir)
    if plan.blockers:
        raise DataDirRefused(" ".join(plan.blockers))
    if plan.refusals and not force:
        raise DataDirRefused(" ".join(plan.refusals) + " Nothing was changed; add --force "
                             "to restore it anyway.")
    with DataDirLock(data_dir):
        kept = _set_aside(data_dir, now)
        target = data_dir / DB_FILENAME
        tmp = data_dir / f".{DB_FILENAME}.{uuid.uuid4().hex[:8]}.restoring"
        try:
            with translated_errors():
                shutil.copyfile(backup_file, tmp)
                with open(tmp, "rb+") as fh:
                    os.fsync(fh.fileno())
            os.replace(tmp, target)
            fsync_dir(data_dir)
        except BaseException:
            with suppress(OSError):
                tmp.unlink()
            raise
        db = LocalDatabase(data_dir)  # migrates a backup from an older version
        try:
            with db.write() as conn:
                identity = read_db_identity(conn)
                if identity is None:
                    base = plan.sidecar or StoreIdentity.new(
                        store_id=spec.store_id, store_name=spec.store_name,
                        terminal_id=spec.terminal_id, created_at=now.isoformat())
                    identity = replace(base, last_receipt_no=0)
                    stamp_db_identity(conn, identity)
                last = raise_receipt_counter(conn, identity.terminal_id, plan.issued) \
                    if identity.terminal_id == plan.terminal_id else \
                    receipt_counter(conn, identity.terminal_id)
            identity = replace(identity, last_receipt_no=last)
            write_sidecar(data_dir, identity)
        finally:
            db.close()
    log.warning("restored %s into %s (replaced database kept at %s)", backup_file, data_dir,
                kept)
    return RestoreResult(kept, identity, last)


def _set_aside(data_dir: Path, now: datetime) -> Path | None:
    """Move the current database (with its -wal and -shm) into `replaced/`, never delete."""
    current = data_dir / DB_FILENAME
    if not current.exists():
        return None
    aside_dir = data_dir / REPLACED_DIRNAME / f"{now.strftime('%Y%m%dT%H%M%S')}-" \
        f"{uuid.uuid4().hex[:6]}"
    try:
        aside_dir.mkdir(mode=0o700, parents=True)
        for suffix in ("", "-wal", "-shm"):
            src = data_dir / (DB_FILENAME + suffix)
            if src.exists():
                os.replace(src, aside_dir / src.name)
        fsync_dir(aside_dir)
        fsync_dir(data_dir)
    except OSError as exc:
        raise storage_error(exc) or StorageUnavailable(str(exc)) from exc
    return aside_dir / DB_FILENAME


# --- encrypted backups, verification, rotation, the last outcome (issue 12) -------------

ENCRYPTED_SUFFIX = ".enc"
WORK_DIRNAME = ".backup-work"
STATUS_FILENAME = "backup-status.json"
OVERDUE_AFTER = timedelta(hours=25)  # a daily backup, with an hour's slack
_STAMP = re.compile(r"^(?P<who>.+)-(?P<at>\d{8}T\d{6})\.sqlite3(?:\.enc)?$")


def work_dir(data_dir: Path) -> Path:
    """Where plaintext copies live while a backup is encrypted or checked: beside the
    database (as private as it), never in the backup directory."""
    where = Path(data_dir) / WORK_DIRNAME
    try:
        where.mkdir(mode=0o700, parents=True, exist_ok=True)
        return where
    except OSError:  # a read-only data directory: a private temporary directory
        return Path(tempfile.mkdtemp(prefix="pos-backup-"))


def _fresh(where: Path, what: str) -> Path:
    return where / f".{what}-{uuid.uuid4().hex[:12]}.sqlite3"


def _remove(*paths: Path) -> None:
    for path in paths:
        with suppress(OSError):
            path.unlink()


def encrypted_backup(db: LocalDatabase, to_dir: Path, *, now: datetime,
                     identity: StoreIdentity | None, key: bytes,
                     scratch: Path) -> BackupResult:
    """An online copy of the live database, encrypted into `to_dir`, then read back:
    decrypted to a temporary file, compared byte for byte (SHA-256) with what was
    encrypted and checked with `integrity_check`; only then does it get its final name.
    A database that fails the check is kept as `...-DAMAGED.sqlite3.enc` (StorageCorrupt)."""
    to_dir = Path(to_dir)
    try:
        to_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageUnavailable(f"Cannot create the backup directory {to_dir}: "
                                 f"{exc.strerror}") from exc
    final = to_dir / (backup_name(identity, now) + ENCRYPTED_SUFFIX)
    tmp = to_dir / f".{final.name}.{uuid.uuid4().hex[:8]}.partial"
    plain, check = _fresh(scratch, "copy"), _fresh(scratch, "check")
    try:
        db.backup_to(plain)
        with translated_errors():
            written = encrypt_file(plain, tmp, key)
            _remove(plain)
            read_back = decrypt_file(tmp, check, key)
        if read_back != written:
            raise StorageUnavailable(
                f"The backup written to {to_dir} did not read back as written: the "
                "backup disk may be failing. Nothing was kept.")
        summary = summarize(check)
        if not summary.problems and identity is not None and (
                summary.identity is None
                or (summary.identity.store_id, summary.identity.terminal_id)
                != (identity.store_id, identity.terminal_id)):
            summary = replace(summary, problems=(
                "the copy does not say it is store "
                f"{identity.store_id}, terminal {identity.terminal_id}",))
    except BaseException:
        _remove(tmp, plain, check)
        raise
    finally:
        _remove(check)
    if summary.problems:
        damaged = final.with_name(final.name.replace(".sqlite3.enc", "-DAMAGED.sqlite3.enc"))
        os.replace(tmp, damaged)
        raise StorageCorrupt(
            f"The copy {damaged} failed SQLite's integrity check "
            f"({'; '.join(summary.problems[:3])}): the database itself is damaged. The copy "
            "is kept for recovery (`pos-app backup --decrypt FILE --to DIR` gives a plain "
            "one); it is not a backup to restore from.")
    os.replace(tmp, final)
    fsync_dir(to_dir)
    return BackupResult(final, replace(summary, path=final, bytes=final.stat().st_size))


@contextmanager
def readable_copy(path: Path, *, key: Callable[[], bytes],
                  scratch: Path) -> Iterator[Path]:
    """A plain SQLite file to read: `path` itself, or (encrypted) its decryption in
    `scratch`, removed afterwards. BackupUnreadable/WrongBackupKey say what is wrong."""
    path = Path(path)
    if not is_encrypted(path):
        yield path
        return
    plain = _fresh(scratch, "restore")
    try:
        with translated_errors():
            decrypt_file(path, plain, key())
        yield plain
    finally:
        _remove(plain)


def verify_file(path: Path, *, key: Callable[[], bytes], scratch: Path) -> DatabaseSummary:
    """Decrypt (if encrypted) and run integrity_check; the summary names `path`."""
    path = Path(path)
    if not path.is_file():
        raise StorageUnavailable(f"There is no file {path}.")
    with readable_copy(path, key=key, scratch=scratch) as plain:
        summary = summarize(plain)
    return replace(summary, path=path, bytes=path.stat().st_size)


@dataclass(frozen=True, slots=True)
class Retention:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def _stamped(path: Path, who: str) -> datetime | None:
    m = _STAMP.match(path.name)
    if not m or m["who"] != who:
        return None
    return datetime.strptime(m["at"], "%Y%m%dT%H%M%S").replace(tzinfo=UTC)


def backups_of(to_dir: Path, identity: StoreIdentity | None) -> list[tuple[Path, datetime]]:
    """This store+terminal's backups in `to_dir` (named by `backup_name`), newest first;
    damaged copies and other terminals' backups are not among them."""
    who = backup_name(identity, datetime(2000, 1, 1)).rsplit("-", 1)[0]
    found = []
    with suppress(OSError):
        for path in Path(to_dir).iterdir():
            at = _stamped(path, who)
            if at is not None and path.is_file():
                found.append((path, at))
    return sorted(found, key=lambda pa: (pa[1], pa[0].name), reverse=True)


def to_keep(backups: list[tuple[Path, datetime]], keep: Retention,
            tz: tzinfo = UTC) -> set[Path]:
    """Grandfather-father-son: the newest backup of each of the last `daily` days,
    `weekly` ISO weeks and `monthly` months (store time) that have one, and always the
    newest of all."""
    ordered = sorted(backups, key=lambda pa: pa[1], reverse=True)
    kept = {ordered[0][0]} if ordered else set()
    buckets: list[tuple[int, Callable[[datetime], object]]] = [
        (keep.daily, lambda d: d.date()),
        (keep.weekly, lambda d: d.isocalendar()[:2]),
        (keep.monthly, lambda d: (d.year, d.month)),
    ]
    for count, bucket in buckets:
        seen: set[object] = set()
        for path, at in ordered:
            b = bucket(at.astimezone(tz))
            if b in seen:
                continue
            if len(seen) >= count:
                break
            seen.add(b)
            kept.add(path)
    return kept


def rotate(to_dir: Path, identity: StoreIdentity | None, keep: Retention, *,
           newest: Path, tz: tzinfo = UTC) -> list[Path]:
    """Delete this terminal's backups in `to_dir` that the retention does not keep;
    `newest` (the one just verified) is never deleted. Returns what was deleted."""
    found = backups_of(to_dir, identity)
    kept = to_keep(found, keep, tz) | {Path(newest)}
    removed = []
    for path, _at in found:
        if path not in kept:
            try:
                path.unlink()
                removed.append(path)
            except OSError as exc:
                log.warning("old backup %s could not be removed: %s", path, exc)
    if removed:
        log.info("rotation removed %d old backup(s) from %s", len(removed), to_dir)
    return removed


def record_outcome(data_dir: Path, *, at: datetime, path: Path | None = None,
                   error: str | None = None) -> None:
    """The last backup's outcome, for `status` (a small JSON file, replaced atomically)."""
    file = Path(data_dir) / STATUS_FILENAME
    state = read_outcome(data_dir)
    if error is None:
        state.update(last_at=at.isoformat(), last_file=str(path) if path else None,
                     last_error=None, last_error_at=None)
    else:
        state.update(last_error=error, last_error_at=at.isoformat())
    tmp = file.with_name(f".{file.name}.{uuid.uuid4().hex[:8]}")
    try:
        tmp.write_text(json.dumps(state, sort_keys=True), encoding="utf-8")
        os.replace(tmp, file)
    except OSError as exc:
        _remove(tmp)
        log.warning("the backup outcome could not be recorded in %s: %s", file, exc)


def read_outcome(data_dir: Path) -> dict[str, Any]:
    try:
        got = json.loads((Path(data_dir) / STATUS_FILENAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return got if isinstance(got, dict) else {}


def last_success(data_dir: Path) -> datetime | None:
    text_at = read_outcome(data_dir).get("last_at")
    try:
        return datetime.fromisoformat(text_at) if text_at else None
    except (TypeError, ValueError):
        return None


def backup_status_json(data_dir: Path, now: datetime) -> dict[str, Any]:
    """`status`'s backup figures: last success (time and file), last error, overdue."""
    state = read_outcome(data_dir)
    last = last_success(data_dir)
    return {"last_at": state.get("last_at"), "last_file": state.get("last_file"),
            "last_error": state.get("last_error"),
            "last_error_at": state.get("last_error_at"),
            "overdue": last is None or now - last > OVERDUE_AFTER}


@dataclass
class BackupRunner:
    """One backup of the terminal, as the schedule and `pos-app backup` make it:
    encrypted, verified, rotated, its outcome recorded."""

    db: LocalDatabase
    data_dir: Path
    to_dir: Path
    identity: Callable[[], StoreIdentity | None]
    key: Callable[[], bytes]
    now: Callable[[], datetime]
    keep: Retention = field(default_factory=Retention)
    tz: tzinfo = UTC

    def __call__(self, to_dir: Path | None = None) -> BackupResult:
        at = self.now().astimezone(UTC)
        where = Path(to_dir or self.to_dir)
        identity = self.identity()
        try:
            result = encrypted_backup(self.db, where, now=at, identity=identity,
                                      key=self.key(), scratch=work_dir(self.data_dir))
            rotate(where, identity, self.keep, newest=result.path, tz=self.tz)
        except Exception as exc:
            record_outcome(self.data_dir, at=at, error=str(exc) or type(exc).__name__)
            raise
        record_outcome(self.data_dir, at=at, path=result.path)
        return result
