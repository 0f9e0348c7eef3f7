"""Opening a terminal's data directory: its lock, identity, health and schema, or a refusal.

Every command opens the data directory here, either to write (the counter and every
command that changes something) or to read (status, reports, check, search, backup):

- **write**: takes the directory's lock (one process per data directory), refuses a
  damaged file, checks the identity, migrates, and keeps the sidecar current.
- **read**: no lock, no migration, the file opened `mode=ro`; a damaged file is still
  opened so what is left can be read, and the damage is reported.

A directory with neither sidecar nor database holds no store: only `create` (`pos-app
init`, demo mode) starts one there. Where the sidecar says a store was, a missing,
emptied or foreign database is refused, and so is one whose receipt numbers are behind
the numbers already issued, so receipt numbering never restarts silently.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from enum import Enum
from pathlib import Path

from pos_app.adapters.dirlock import DataDirLock
from pos_app.domain.errors import DataDirRefused, StorageCorrupt

from . import migrate
from .db import CORRUPT_ADVICE, DB_FILENAME
from .identity import (
    SIDECAR_FILENAME,
    SidecarKeeper,
    StoreIdentity,
    read_db_identity,
    read_sidecar,
    receipt_counter,
    stamp_db_identity,
    terminals_with_receipts,
    user_table_count,
    write_sidecar,
)
from .store import LocalDatabase

log = logging.getLogger(__name__)


class Access(Enum):
    WRITE = "write"
    READ = "read"


@dataclass(frozen=True, slots=True)
class StoreSpec:
    """What the config says this terminal is: checked against the directory's identity,
    and stamped on a new store (or on a database from before identities)."""

    store_id: str
    store_name: str
    terminal_id: str


@dataclass
class DataDir:
    """An opened data directory. `problems` lists what the start-up check found (a
    read-only open of a damaged file); `pending_heads` the migrations a read-only open
    did not apply."""

    path: Path
    db: LocalDatabase
    access: Access
    identity: StoreIdentity | None
    problems: list[str] = field(default_factory=list)
    pending_heads: list[str] = field(default_factory=list)
    created: bool = False
    lock: DataDirLock | None = None
    keeper: SidecarKeeper | None = None

    @property
    def damaged(self) -> bool:
        return bool(self.problems) or self.db.damage is not None

    def close(self) -> None:
        try:
            if self.keeper is not None:
                self.keeper.close()
        finally:
            try:
                self.db.close()
            finally:
                if self.lock is not None:
                    self.lock.release()


def _db_state(path: Path) -> str:
    db_file = path / DB_FILENAME
    if not db_file.exists():
        return "missing"
    if db_file.is_file() and db_file.stat().st_size == 0:
        return "empty"
    return "present"


def _what_to_do_missing(path: Path, was: StoreIdentity, how: str) -> DataDirRefused:
    issued = (f", which had issued receipts up to #{was.last_receipt_no}"
              if was.last_receipt_no else "")
    return DataDirRefused(
        f"The data directory {path} belonged to {was.describe()}{issued}, but its sales "
        f"database is {how}. Nothing was started, so receipt numbers do not begin again "
        "at 1. Put the last backup back "
        "with `pos-app restore FILE`; or, if this is not the directory you meant, check "
        "--data-dir (or POS_APP_DATA_DIR).")


def _no_store(path: Path) -> DataDirRefused:
    return DataDirRefused(
        f"There is no store in the data directory {path}. If this is a new terminal, "
        "start its store with `pos-app init` (or try the demo with `pos-app run --demo`); "
        "if the store lives elsewhere, check --data-dir (or POS_APP_DATA_DIR).")


def init_data_dir(path: Path, spec: StoreSpec, *, now: str) -> DataDir:
    """Start a new store in an empty data directory (`pos-app init`); refuses a directory
    that holds one, or whose identity file says one was there."""
    path = Path(path)
    lock = DataDirLock(path)
    try:
        return _create(path, spec, now=now, lock=lock)
    except BaseException:
        lock.release()
        raise


def _create(path: Path, spec: StoreSpec, *, now: str, lock: DataDirLock) -> DataDir:
    sidecar = read_sidecar(path)
    if sidecar is not None:
        raise DataDirRefused(
            f"The data directory {path} already belongs to {sidecar.describe()} (see "
            f"{path / SIDECAR_FILENAME}); a new store is not started over it. Use another "
            "directory, or `pos-app restore FILE` to put a backup back.")
    if _db_state(path) == "present":
        db = LocalDatabase(path, run_migrations=False)
        try:
            with db.read() as conn:
                tables = user_table_count(conn)
        finally:
            db.close()
        if tables:
            raise DataDirRefused(
                f"The data directory {path} already holds a sales database; a new store is "
                "not started over it. Use another directory.")
    db = LocalDatabase(path)
    try:
        identity = StoreIdentity.new(store_id=spec.store_id, store_name=spec.store_name,
                                     terminal_id=spec.terminal_id, created_at=now)
        with db.write() as conn:
            stamp_db_identity(conn, identity)
        write_sidecar(path, identity)
        log.info("started a new store in %s: %s", path, identity.describe())
        return DataDir(path, db, Access.WRITE, identity, created=True, lock=lock,
                       keeper=SidecarKeeper(db, identity))
    except BaseException:
        db.close()
        raise


def open_data_dir(path: Path, spec: StoreSpec, *, access: Access, create: bool = False,
                  now: str) -> DataDir:
    """Open the store in `path` for `access`, or refuse with what to do. `create` starts
    a new store when the directory holds none (demo mode)."""
    path = Path(path)
    if access is Access.READ:
        return _open(path, spec, access=access, create=False, now=now, lock=None)
    if not path.exists() and not create:
        raise _no_store(path)
    lock = DataDirLock(path)
    try:
        return _open(path, spec, access=access, create=create, now=now, lock=lock)
    except BaseException:
        lock.release()
        raise


def _open(path: Path, spec: StoreSpec, *, access: Access, create: bool, now: str,
          lock: DataDirLock | None) -> DataDir:
    sidecar = read_sidecar(path) if path.is_dir() else None
    state = _db_state(path)
    if state != "present":
        if sidecar is not None:
            raise _what_to_do_missing(path, sidecar, "missing" if state == "missing"
                                      else "an empty (zero-length) file")
        if create and lock is not None:
            return _create(path, spec, now=now, lock=lock)
        raise _no_store(path)

    db = LocalDatabase(path, run_migrations=False, read_only=access is Access.READ)
    try:
        return _verify(path, db, spec, sidecar, access=access, create=create, now=now,
                       lock=lock)
    except BaseException:
        db.close()
        raise


def _verify(path: Path, db: LocalDatabase, spec: StoreSpec, sidecar: StoreIdentity | None,
            *, access: Access, create: bool, now: str, lock: DataDirLock | None) -> DataDir:
    problems = db.check()
    if problems:
        if access is Access.WRITE:
            raise StorageCorrupt(
                f"The sales database {db.path} is damaged (SQLite's check found: "
                f"{'; '.join(problems[:3])}). The counter does not start on a damaged file. "
                f"{CORRUPT_ADVICE}")
        log.error("the sales database %s is damaged: %s", db.path, "; ".join(problems))
        return DataDir(path, db, access, _best_effort_identity(db, sidecar), problems)

    with db.read() as conn:
        tables = user_table_count(conn)
        found = read_db_identity(conn) if tables else None
        receipts = terminals_with_receipts(conn) if tables else {}
    if not tables:
        if sidecar is not None:
            raise _what_to_do_missing(path, sidecar, "an empty database (no tables)")
        if create and lock is not None:
            db.close()
            return _create(path, spec, now=now, lock=lock)
        raise _no_store(path)

    if sidecar is not None and found is None:
        raise DataDirRefused(
            f"The sales database {db.path} is not the one of {sidecar.describe()} that "
            f"this data directory belongs to (it carries no identity: a copy from another "
            f"place or an older version). Put this terminal's last backup back with "
            "`pos-app restore FILE`.")
    if sidecar is not None and found is not None and not sidecar.same_store(found):
        raise DataDirRefused(
            f"The sales database {db.path} belongs to {found.describe()} (database "
            f"{found.database_id}), but this data directory belongs to "
            f"{sidecar.describe()} (database {sidecar.database_id}): it was copied in from "
            "elsewhere. Put this terminal's own database back, or restore its last "
            "backup with `pos-app restore FILE`.")
    if found is None and receipts and spec.terminal_id not in receipts:
        others = ", ".join(sorted(receipts))
        raise DataDirRefused(
            f"The sales database {db.path} holds the receipts of terminal {others}, not of "
            f"terminal {spec.terminal_id} (the config's): it is another terminal's "
            "database. Set [terminal] id to that terminal, or use this terminal's own data "
            "directory.")
    identity = found or sidecar
    if identity is not None and identity.terminal_id != spec.terminal_id:
        raise DataDirRefused(
            f"The data directory {path} belongs to {identity.describe()}, but the config "
            f"says this is terminal {spec.terminal_id}. Set [terminal] id = "
            f"\"{identity.terminal_id}\" in the config (or POS_APP_TERMINAL_ID), or use "
            "this terminal's own data directory.")
    if found is not None and sidecar is not None \
            and found.last_receipt_no < sidecar.last_receipt_no:
        raise DataDirRefused(
            f"The sales database {db.path} is behind the receipts this terminal has "
            f"issued: its last receipt is #{found.last_receipt_no}, but #"
            f"{sidecar.last_receipt_no} was already issued (it is an older copy). Receipt "
            "numbers would repeat, so nothing was started. Put the newest database back; "
            "to go on with this copy, restore it with `pos-app restore FILE --force` "
            "(numbering then continues after the last number issued).")

    if access is Access.READ:
        return DataDir(path, db, access, identity, pending_heads=migrate.pending_heads(db.reader))

    db.migrate()
    if found is None:
        # A database from before identities, or one whose identity file was lost:
        # stamped once, from the config, and from then on checked.
        identity = StoreIdentity.new(store_id=spec.store_id, store_name=spec.store_name,
                                     terminal_id=spec.terminal_id, created_at=now)
        with db.write() as conn:
            stamp_db_identity(conn, identity)
        log.warning("stamped the identity of %s: %s", db.path, identity.describe())
    assert identity is not None  # found, or just stamped
    with db.read() as conn:
        identity = replace(identity, last_receipt_no=receipt_counter(conn, identity.terminal_id))
    if sidecar != identity:
        write_sidecar(path, identity)
    return DataDir(path, db, access, identity, lock=lock, keeper=SidecarKeeper(db, identity))


def _best_effort_identity(db: LocalDatabase, sidecar: StoreIdentity | None) \
        -> StoreIdentity | None:
    try:
        with db.read() as conn:
            return read_db_identity(conn) or sidecar
    except StorageCorrupt:
        return sidecar
