"""The local database of one terminal: one writer engine, a reader engine, migrations."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine

from . import migrate
from .db import DB_FILENAME, check_data_dir, make_engine, translated_errors
from .writer_gate import WriterGate

log = logging.getLogger(__name__)


class LocalDatabase:
    """Owns the engines on `<data_dir>/pos.sqlite3`.

    All writes go through `write()` (BEGIN IMMEDIATE ... COMMIT on the single writer
    connection); `read()` uses a separate pool so reports never wait on the writer.
    """

    def __init__(self, data_dir: Path, *, run_migrations: bool = True) -> None:
        self.data_dir = Path(data_dir)
        # Counter commands take the writer before scheduled jobs (writer_gate.py).
        self.gate = WriterGate()
        with translated_errors():
            check_data_dir(self.data_dir)
            self.path = self.data_dir / DB_FILENAME
            self.writer: Engine = make_engine(self.path, writer=True)
            self.reader: Engine = make_engine(self.path, writer=False, pool_size=2)
            if run_migrations:
                migrate.upgrade(self.writer)

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One short write transaction; rolls back unless the block completes."""
        with translated_errors(), self.gate.hold(self.writer.begin) as conn:
            yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with translated_errors(), self.reader.connect() as conn:
            yield conn

    def integrity_check(self) -> str:
        with self.reader.connect() as conn:
            return str(conn.exec_driver_sql("PRAGMA integrity_check").scalar())

    def close(self) -> None:
        self.writer.dispose()
        self.reader.dispose()
