"""The local database of one terminal: one writer engine, a reader engine, migrations."""

from __future__ import annotations

import itertools
import logging
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Connection, Engine

from pos_app.adapters.file_modes import create_private_file
from pos_app.domain.errors import StorageCorrupt, StorageUnavailable

from . import migrate
from .db import (
    BUSY_TIMEOUT_MS,
    CORRUPT_ADVICE,
    DB_FILENAME,
    check_data_dir,
    make_engine,
    read_only_uri,
    storage_error,
    translated_errors,
    watched,
)
from .writer_gate import AUTOCHECKPOINT_PAGES, WriterGate

log = logging.getLogger(__name__)

# Pre-upgrade copies kept in <data dir>/backups/pre-migration (older ones are removed).
PRE_MIGRATION_KEEP = 3
# Background (job) write transactions between two checkpoints of their WAL pages
# (writer_gate.py: a job's commit never checkpoints while it holds the writer).
CHECKPOINT_EVERY = 16
# The WAL file's layout (sqlite.org/fileformat2.html#walformat): a 32-byte header, then
# frames of a 24-byte header and one page each.
WAL_HEADER_BYTES = 32
WAL_FRAME_HEADER_BYTES = 24
# `presize_wal`: frames beyond the automatic checkpoint's limit (the commit that crosses
# it is written whole first), zeros written per turn at the writer, and how many times
# the bytes still to write must be free on the disk (a nearly full disk keeps its room
# for the sales themselves).
WAL_PRESIZE_SLACK_FRAMES = 256
WAL_PRESIZE_CHUNK = 256 * 1024
WAL_PRESIZE_FREE_FACTOR = 10


class DriverSql:
    """Statements of the counter's hot path in `conn`'s transaction, run on its driver
    connection: a few microseconds each, not the ~25 of SQLAlchemy's per-statement
    execution context and result. The transaction stays SQLAlchemy's (begun, committed
    or rolled back by it); errors are the driver's own, which `translated_errors` types
    as it types SQLAlchemy's. Watched engines (see `watched`) use `exec_driver_sql`."""

    __slots__ = ("_conn", "_driver")

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._driver: sqlite3.Connection | None = \
            None if watched(conn.engine) else conn.connection.driver_connection

    @classmethod
    def on_driver(cls, driver: sqlite3.Connection) -> DriverSql:
        """Statements on `driver` in a transaction begun on it (`write_plain`)."""
        self = cls.__new__(cls)
        self._conn = cast(Connection, None)  # never used: _driver is set
        self._driver = driver
        return self

    def first(self, sql: str, params: Sequence[object]) -> Any:
        """The first row, or None."""
        if self._driver is None:
            return self._conn.exec_driver_sql(sql, tuple(params)).first()
        return self._driver.execute(sql, params).fetchone()

    def run(self, sql: str, params: Sequence[object]) -> None:
        if self._driver is None:
            self._conn.exec_driver_sql(sql, tuple(params))
        else:
            self._driver.execute(sql, params)

    def run_many(self, sql: str, rows: list[tuple[object, ...]]) -> None:
        if self._driver is None:
            self._conn.exec_driver_sql(sql, rows)
        else:
            self._driver.executemany(sql, rows)


class LocalDatabase:
    """Owns the engines on `<data_dir>/pos.sqlite3`.

    All writes go through `write()` (BEGIN IMMEDIATE ... COMMIT on the single writer
    connection); `read()` uses a separate pool so reports never wait on the writer.

    `read_only` opens the file `mode=ro` (query_only): nothing can write, nothing is
    migrated, and the directory need not be writable (read-only media). Once the file
    is found damaged (`damage`), `write()` refuses: nothing is written into a
    malformed file.
    """

    def __init__(self, data_dir: Path, *, run_migrations: bool = True,
                 read_only: bool = False, filename: str = DB_FILENAME) -> None:
        self.data_dir = Path(data_dir)
        self.read_only = read_only
        self.path = self.data_dir / filename
        # What is known to be wrong with the file (quick_check findings or a corruption
        # error met while working); None while it is healthy.
        self.damage: str | None = None
        # Called after every committed write (cheap: they only take note).
        self.after_commit: list[Callable[[], None]] = []
        # Counter commands take the writer before scheduled jobs (writer_gate.py).
        self.gate = WriterGate()
        self._job_writes = itertools.count(1)
        self._wal_target: int | None = None  # wal_target_bytes(), once known
        with translated_errors():
            if read_only:
                if not self.path.is_file():
                    raise StorageUnavailable(f"There is no sales database {self.path}")
            else:
                check_data_dir(self.data_dir)
            self.writer: Engine = make_engine(self.path, writer=True, read_only=read_only)
            self.gate.attach(self.writer)
            self.reader: Engine = make_engine(self.path, writer=False, pool_size=2,
                                              read_only=read_only)
        if run_migrations and not read_only:
            self.migrate()

    def migrate(self) -> None:
        """Bring the schema to every head (writers only). A database that holds a schema
        is first copied aside (`pre_migration_copy`); a migration that fails part-way
        puts that copy back, so the data is as it was before the upgrade started."""
        if self.read_only:
            raise StorageUnavailable("The sales database is open read-only; it cannot be "
                                     "upgraded now")
        with self._noting_damage(), translated_errors():
            pending = migrate.pending_heads(self.writer)
            if not pending:
                return
            copy = self.pre_migration_copy(pending) \
                if migrate.current_revision(self.writer) else None
            try:
                migrate.upgrade(self.writer)
            except BaseException:
                if copy is not None:
                    self._put_back(copy)
                    log.error("the schema upgrade to %s failed; the database was put back "
                              "from %s", ", ".join(pending), copy)
                raise

    def pre_migration_copy(self, pending: list[str]) -> Path:
        """An online copy of the database before an upgrade, in `backups/pre-migration/`
        of the data directory (0600; the last PRE_MIGRATION_KEEP are kept)."""
        from datetime import UTC, datetime

        folder = self.data_dir / "backups" / "pre-migration"
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
        target = folder / f"pos-{stamp}-before-{len(pending)}-upgrades.sqlite3"
        self.backup_to(target)
        for old in sorted(folder.glob("pos-*-before-*.sqlite3"))[:-PRE_MIGRATION_KEEP]:
            old.unlink(missing_ok=True)
        return target

    def _put_back(self, copy: Path) -> None:
        """Replace the database file with `copy` (engines reopened on it)."""
        import os
        import shutil

        self.writer.dispose()
        self.reader.dispose()
        for suffix in ("-wal", "-shm"):
            (self.path.parent / (self.path.name + suffix)).unlink(missing_ok=True)
        tmp = self.path.with_name(self.path.name + ".restoring")
        shutil.copyfile(copy, tmp)
        os.replace(tmp, self.path)
        self.writer = make_engine(self.path, writer=True)
        self.gate.attach(self.writer)
        self.reader = make_engine(self.path, writer=False, pool_size=2)

    @contextmanager
    def _noting_damage(self) -> Iterator[None]:
        try:
            yield
        except StorageCorrupt as exc:
            self.damage = self.damage or str(exc)
            raise

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One short write transaction; rolls back unless the block completes."""
        if self.damage:
            raise StorageCorrupt(f"The sales database in {self.data_dir} is damaged; nothing "
                                 f"more is written into it. {CORRUPT_ADVICE}")
        background = self.gate.in_background
        with self._noting_damage(), translated_errors(), \
                self.gate.hold(self.writer.begin) as conn:
            yield conn
        self._committed(background)

    @contextmanager
    def write_plain(self) -> Iterator[DriverSql]:
        """`write()` for a transaction of plain statements (the counter's scans and
        quantity changes): the same turn at the writer (the gate), the same BEGIN
        IMMEDIATE ... COMMIT on the same connection with the same durability, errors
        typed and damage noted the same way, the same after-commit hooks; but begun,
        committed or rolled back on the driver connection, without SQLAlchemy's
        Connection and Transaction objects and their events (~35 us a command). While
        anything listens to the writer's statements, commits or rollbacks (tests), it
        is `write()` itself, every statement and event seen."""
        if watched(self.writer):
            with self.write() as conn:
                yield DriverSql(conn)
            return
        if self.damage:
            raise StorageCorrupt(f"The sales database in {self.data_dir} is damaged; nothing "
                                 f"more is written into it. {CORRUPT_ADVICE}")
        background = self.gate.in_background
        with self._noting_damage(), translated_errors(), \
                self.gate.hold(self._driver_transaction) as driver:
            yield DriverSql.on_driver(driver)
        self._committed(background)

    @contextmanager
    def _driver_transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT (ROLLBACK unless the block completes) on the
        writer's pooled driver connection (its checkout sets the turn's durability,
        writer_gate.py); a connection given back inside a transaction (a failed COMMIT)
        is rolled back by the pool."""
        raw = self.writer.raw_connection()
        try:
            driver = cast(sqlite3.Connection, raw.driver_connection)
            driver.execute("BEGIN IMMEDIATE")
            try:
                yield driver
            except BaseException:
                driver.rollback()
                raise
            driver.commit()
        finally:
            raw.close()

    def _committed(self, background: bool) -> None:
        for hook in tuple(self.after_commit):
            hook()
        if background and next(self._job_writes) % CHECKPOINT_EVERY == 0:
            self.checkpoint()

    def checkpoint(self) -> tuple[int, int, int]:
        """Copy the WAL's committed pages into the database file (PASSIVE: as far as
        readers allow, never waiting and never blocking the writer), on a reader
        connection: the writer stays free for the counter meanwhile. Returns SQLite's
        (busy, frames in the WAL, frames checkpointed)."""
        with self._noting_damage(), translated_errors():
            raw = self.reader.raw_connection()
            try:
                row = raw.driver_connection.execute(  # type: ignore[union-attr]
                    "PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            finally:
                raw.close()
        return (int(row[0]), int(row[1]), int(row[2])) if row else (0, 0, 0)

    def checkpoint_if_quiet(self) -> tuple[int, int, int] | None:
        """`checkpoint()` when the counter is quiet (no command for a second, none
        waiting), so a cashier's commit never copies the WAL into the database itself
        (writer_gate.AUTOCHECKPOINT_PAGES). None when the counter was at work, or the
        store is damaged or read-only (nothing of its own to checkpoint)."""
        if self.damage or self.read_only or not self.gate.counter_quiet():
            return None
        return self.checkpoint()

    def wal_path(self) -> Path:
        return self.path.with_name(self.path.name + "-wal")

    def wal_target_bytes(self) -> int:
        """The WAL file's size once it holds the frames a rush writes between two
        checkpoints (writer_gate.AUTOCHECKPOINT_PAGES, and some slack). The page size
        is read once: nothing here ever changes it."""
        if self._wal_target is None:
            rows = self.fetch_all("PRAGMA page_size")
            page = int(rows[0][0]) if rows else 4096
            self._wal_target = WAL_HEADER_BYTES + (
                AUTOCHECKPOINT_PAGES + WAL_PRESIZE_SLACK_FRAMES) * (WAL_FRAME_HEADER_BYTES + page)
        return self._wal_target

    def _wal_size(self) -> int:
        try:
            return self.wal_path().stat().st_size
        except OSError:
            return 0

    def presize_wal(self, chunk_bytes: int = WAL_PRESIZE_CHUNK, *,
                    while_quiet: bool = False) -> int:
        """Grow the WAL file to `wal_target_bytes()` with zeros, written and synced, so a
        counter commit overwrites blocks the file already has instead of appending: an
        append makes the commit's fdatasync write the file's new size and blocks into
        the filesystem journal too (ext4, 3,000 scans: the COMMIT's p50 0.20 -> 0.19 ms,
        p99 0.42-0.72 -> 0.31-0.59 ms; a raw one-page commit 0.20-0.25 -> 0.13 ms). SQLite
        deletes the WAL when the last connection closes, so a till's first rush of the
        day would pay that on every commit until the WAL reached its size; after a
        checkpoint, SQLite writes from the start of the file again and never shrinks it
        (no journal_size_limit is set).

        Safe for SQLite: the zeros go past the end of the file, one chunk per turn at
        the writer with its write transaction open (BEGIN IMMEDIATE holds the WAL's
        write lock, so nothing appends meanwhile); a frame there fails SQLite's salt and
        checksum test, so recovery after a crash stops at the last committed frame as it
        always does. SQLite keeps no lock on the -wal file itself (its locks are on the
        database file and the -shm index), so opening and closing it here releases none.

        Nothing is done on a damaged or read-only store, before SQLite has written the
        WAL's header (its first commit), without POSIX `pwrite`, or when the disk has
        less than WAL_PRESIZE_FREE_FACTOR times the bytes still to write free; a disk
        error stops it (logged) and loses nothing. `while_quiet`: it also stops before
        a chunk once the counter is at work again (its next quiet run goes on).
        Returns the WAL's size afterwards (0: none).
        """
        size = self._wal_size()
        if self.damage or self.read_only or not hasattr(os, "pwrite") \
                or size < WAL_HEADER_BYTES:
            return size
        target = self.wal_target_bytes()
        # The writer is taken only while there is something to grow (the job asks every
        # quiet 10 s); the size is read again under it, where nothing appends.
        while size < target and (not while_quiet or self.gate.counter_quiet()):
            with self._noting_damage(), translated_errors(), \
                    self.gate.hold(self._driver_transaction):
                grown = self._grow_wal(target, chunk_bytes)
            if grown is None:
                break
            size = grown
        return self._wal_size()

    def presize_wal_if_quiet(self) -> int | None:
        """`presize_wal()` while the counter is quiet, as `checkpoint_if_quiet`: a chunk
        yields to a cashier's command like any job's write, and once a command has come
        no further chunk is written until the counter is quiet again."""
        return self.presize_wal(while_quiet=True) if self.gate.counter_quiet() else None

    def _grow_wal(self, target: int, chunk_bytes: int) -> int | None:
        """One chunk of zeros at the end of the WAL (called holding its write lock);
        the size now, or None when there is nothing (more) to do."""
        wal = self.wal_path()
        try:
            size = wal.stat().st_size
            if size < WAL_HEADER_BYTES:
                return None  # SQLite writes the header with the first commit
            if size >= target:
                return size
            if shutil.disk_usage(self.data_dir).free < WAL_PRESIZE_FREE_FACTOR * (target - size):
                return None
            n = min(chunk_bytes, target - size)
            fd = os.open(wal, os.O_WRONLY)
            try:
                os.pwrite(fd, bytes(n), size)
                getattr(os, "fdatasync", os.fsync)(fd)
            finally:
                os.close(fd)
        except OSError as exc:
            log.warning("the WAL file %s was not grown in advance: %s", wal, exc)
            return None
        return size + n

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self._noting_damage(), translated_errors(), self.reader.connect() as conn:
            yield conn

    def fetch_all(self, sql: str, params: Sequence[object] = ()) -> Sequence[Any]:
        """The rows (tuples) of one statement, on a reader's driver connection: the
        counter's hot point reads (a scan's lookup, the signed-in person) without
        SQLAlchemy's per-call connection, transaction and result objects (about 12 us
        in place of 55). One statement needs no explicit transaction: in autocommit it
        reads the latest committed state as one snapshot, exactly as `read()` would.
        Errors are typed and damage noted as in `read()`. While anything listens to the
        reader's statements (a test capturing them), it goes through `read()`, seen."""
        if watched(self.reader):
            with self.read() as conn:
                return conn.exec_driver_sql(sql, tuple(params)).all()
        with self._noting_damage(), translated_errors():
            raw = self.reader.raw_connection()
            try:
                driver = cast(sqlite3.Connection, raw.driver_connection)
                return driver.execute(sql, params).fetchall()
            finally:
                raw.close()

    def check(self, *, full: bool = False, max_errors: int = 20) -> list[str]:
        """SQLite's own check of the file: `quick_check` (start-up) or the full
        `integrity_check` (on demand, nightly). Returns the problems found, [] if none;
        finding any marks the database damaged."""
        pragma = f"PRAGMA {'integrity_check' if full else 'quick_check'}({max_errors})"
        try:
            with self.reader.connect() as conn:
                rows = [str(r[0]) for r in conn.exec_driver_sql(pragma).all()]
        except Exception as exc:
            mapped = storage_error(exc)
            if mapped is None:
                raise
            if not isinstance(mapped, StorageCorrupt):
                raise mapped from exc
            rows = [str(getattr(exc, "orig", None) or exc)]
        problems = [] if rows == ["ok"] else rows
        if problems and not self.damage:
            self.damage = "; ".join(problems[:3])
        return problems

    def integrity_check(self) -> str:
        with self.reader.connect() as conn:
            return str(conn.exec_driver_sql("PRAGMA integrity_check").scalar())

    def backup_to(self, target: Path) -> None:
        """Copy the database to `target` with SQLite's online backup: a consistent
        snapshot even while the counter keeps selling in another process."""
        src = sqlite3.connect(read_only_uri(self.path), uri=True,
                              timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            create_private_file(target)  # the copy holds what the database holds: 0600
            dst = sqlite3.connect(target)
            try:
                with translated_errors():
                    src.backup(dst)
                try:  # a self-contained file (no -wal beside it) where the schema reads
                    dst.execute("PRAGMA journal_mode=DELETE")
                except sqlite3.DatabaseError as exc:  # a damaged copy: kept as it came
                    log.warning("backup copy left in WAL mode: %s", exc)
            finally:
                dst.close()
        finally:
            src.close()

    def close(self) -> None:
        self.writer.dispose()
        self.reader.dispose()
