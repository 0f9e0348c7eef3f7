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

import logging
import os
import re
import shutil
import sqlite3
import uuid
from collections.abc import Callable
from contextlib import closing, suppress
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text

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
