"""Opening the local SQLite database: durable pragmas, write transactions, error typing.

Every write transaction starts with BEGIN IMMEDIATE so the write lock is taken up
front (no deadlock-prone lock upgrades); WAL with synchronous=FULL makes a commit
durable across power loss once it returns.
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.pool import QueuePool

from pos_app.adapters.file_modes import private_dir, private_sqlite, private_tree
from pos_app.domain.errors import (
    DatabaseBusy,
    DiskFull,
    PosError,
    StorageCorrupt,
    StorageUnavailable,
    msg,
)

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
DB_FILENAME = "pos.sqlite3"

_FULL_CODES = {"SQLITE_FULL"}
# Every way SQLite says the file itself is damaged: a malformed b-tree or freelist
# (SQLITE_CORRUPT and its extended codes), a header that is not SQLite's
# (SQLITE_NOTADB), a file shorter than its own header says (IOERR_SHORT_READ).
_CORRUPT_CODES = {
    "SQLITE_CORRUPT", "SQLITE_CORRUPT_VTAB", "SQLITE_CORRUPT_SEQUENCE",
    "SQLITE_CORRUPT_INDEX", "SQLITE_NOTADB", "SQLITE_IOERR_SHORT_READ",
}
_CORRUPT_TEXT = ("database disk image is malformed", "file is not a database",
                 "file is encrypted or is not a database", "malformed database schema",
                 "database corruption")
CORRUPT_ADVICE = msg(
    "Nothing more is written into it. Read what is still there with `pos-app status` "
    "and copy it with `pos-app backup --to DIR`; then put the last good backup back "
    "with `pos-app restore FILE` (the damaged file is kept aside).")
# The database stayed locked past the busy timeout (another process's transaction):
# nothing was written, and the same command may simply be tried again.
_BUSY_CODES = {"SQLITE_BUSY", "SQLITE_LOCKED"}  # and their extended codes (base name)
# How long a write waits for this process's one writer connection before the cashier
# is told the database is busy (jobs hold it for a few ms at a time: writer_gate.py).
WRITER_POOL_TIMEOUT_S = 5.0
_UNAVAILABLE_CODES = {
    "SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_IOERR",
    "SQLITE_PERM", "SQLITE_READONLY_DIRECTORY", "SQLITE_READONLY_DBMOVED",
    "SQLITE_IOERR_WRITE", "SQLITE_IOERR_FSYNC", "SQLITE_BUSY_SNAPSHOT",
    "SQLITE_CANTOPEN_ISDIR",
}


def storage_error(exc: BaseException) -> PosError | None:
    """Map a driver or OS error to the environment error it stands for, if any."""
    if isinstance(exc, PoolTimeout):
        return DatabaseBusy()
    orig: BaseException = exc.orig if isinstance(exc, DBAPIError) and exc.orig else exc
    if isinstance(orig, sqlite3.Error):
        name = getattr(orig, "sqlite_errorname", "") or ""
        base = name.split("_")[0] + "_" + name.split("_")[1] if name.count("_") >= 1 else name
        said = str(orig)  # SQLite's own words, in English
        if name in _CORRUPT_CODES or any(t in said for t in _CORRUPT_TEXT):
            return StorageCorrupt(msg("The sales database is damaged ({detail}). {advice}",
                                      detail=said, advice=CORRUPT_ADVICE))
        if name in _FULL_CODES or base in _FULL_CODES or "disk is full" in said:
            return DiskFull(msg("The disk holding the sales database is full ({detail})",
                                detail=said))
        if name in _BUSY_CODES or base in _BUSY_CODES or "database is locked" in said:
            return DatabaseBusy()
        if name in _UNAVAILABLE_CODES or base in _UNAVAILABLE_CODES or "readonly" in said:
            return StorageUnavailable(msg("The sales database cannot be written: {detail}",
                                          detail=said))
        return None
    if isinstance(orig, OSError):
        if orig.errno in (errno.ENOSPC, errno.EDQUOT):
            return DiskFull(msg("The disk is full: {detail}", detail=str(orig)))
        if orig.errno in (errno.EROFS, errno.EACCES, errno.EPERM, errno.ENOTDIR, errno.ENOENT):
            return StorageUnavailable(msg("The data directory cannot be used: {detail}",
                                          detail=str(orig)))
    return None


def check_data_dir(path: Path) -> None:
    """Fail early, with a message a person can act on, if the data dir is unusable."""
    try:
        private_tree(private_dir(path))  # 0700, every file in it 0600 (file_modes.py)
    except OSError as exc:
        raise StorageUnavailable(f"Cannot create the data directory {path}: {exc.strerror}") \
            from exc
    if not path.is_dir():
        raise StorageUnavailable(f"The data directory {path} is not a directory")
    # A name of its own per call: processes starting at once never remove each
    # other's probe (a shared name failed 145 of 600 concurrent starts).
    probe = path / f".write-probe-{os.getpid()}-{uuid.uuid4().hex[:12]}"
    try:
        with open(probe, "wb") as fh:
            fh.write(b"ok")
            fh.flush()
            os.fsync(fh.fileno())
        probe.unlink()
    except OSError as exc:
        with suppress(OSError):
            probe.unlink(missing_ok=True)
        err = storage_error(exc) or StorageUnavailable(str(exc))
        raise type(err)(f"The data directory {path} is not writable: {exc.strerror}") from exc


def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    # The driver's own transaction handling is switched off; SQLAlchemy's begin event
    # below issues BEGIN IMMEDIATE (or a plain BEGIN for readers) itself.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    try:
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA temp_store=MEMORY")
    finally:
        cur.close()


def _on_connect_read_only(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    # No journal-mode change (that is a write); query_only refuses any write that
    # slips through, even where the file itself would allow it.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    try:
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA query_only=ON")
        cur.execute("PRAGMA temp_store=MEMORY")
    finally:
        cur.close()


def read_only_uri(db_path: Path) -> str:
    """A `mode=ro` URI. On read-only media with no -wal file (closed cleanly) SQLite
    cannot create the WAL index, so the file is opened `immutable` there instead."""
    path = Path(db_path).resolve()
    uri = "file:" + quote(path.as_posix(), safe="/:") + "?mode=ro"
    wal = path.with_name(path.name + "-wal")
    if not os.access(path.parent, os.W_OK) and not wal.exists():
        uri += "&immutable=1"
    return uri


def watched(engine: Engine) -> bool:
    """Whether anything listens to the statements `engine` runs (tests capture them,
    or fail one to test a rollback): the driver shortcuts of the counter's hot path
    (here and store.py) then go through SQLAlchemy, so every statement is seen as it
    always was. Listening to its commits or rollbacks (a test failing a commit) counts
    too: the counter's plain writes (`LocalDatabase.write_plain`) commit on the driver."""
    d = engine.dispatch
    return bool(d.before_cursor_execute or d.after_cursor_execute or d.commit or d.rollback)


def make_engine(db_path: Path | str, *, writer: bool = True, pool_size: int = 1,
                read_only: bool = False) -> Engine:
    """An engine on the local database; `writer` engines begin every transaction
    IMMEDIATE; `read_only` engines open the file `mode=ro` and can write nothing."""
    connect_args: dict[str, Any] = {"check_same_thread": False,
                                    "timeout": BUSY_TIMEOUT_MS / 1000}
    url = "sqlite+pysqlite:///" + (str(db_path) if str(db_path) != ":memory:" else ":memory:")
    extra: dict[str, Any] = {}
    if not read_only and str(db_path) != ":memory:":
        private_sqlite(Path(db_path))  # created 0600 before SQLite opens it
    if read_only:
        writer = False
        uri = read_only_uri(Path(db_path))
        # Through `creator`: SQLAlchemy's URL parsing would mangle a file: URI.
        extra["creator"] = lambda: sqlite3.connect(uri, uri=True, **connect_args)
    engine = create_engine(
        url,
        poolclass=QueuePool,
        pool_size=pool_size,
        max_overflow=0 if writer else 4,
        pool_timeout=WRITER_POOL_TIMEOUT_S if writer else 30,
        connect_args=connect_args,
        **extra,
    )
    event.listen(engine, "connect", _on_connect_read_only if read_only else _on_connect)

    begin_sql = "BEGIN IMMEDIATE" if writer else "BEGIN"

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        # Straight to the driver (every counter command begins one: ~20 us less than
        # exec_driver_sql), unless something listens to the statements run (tests).
        if watched(engine):
            conn.exec_driver_sql(begin_sql)
        else:
            conn.connection.driver_connection.execute(begin_sql)  # type: ignore[union-attr]

    return engine


@contextmanager
def translated_errors() -> Iterator[None]:
    """Re-raise storage failures as typed environment errors; let bugs through."""
    try:
        yield
    except (DBAPIError, sqlite3.Error, OSError, PoolTimeout) as exc:
        mapped = storage_error(exc)
        if mapped is None:
            raise
        raise mapped from exc
