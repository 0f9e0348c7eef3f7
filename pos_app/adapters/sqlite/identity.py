"""Who a data directory belongs to: the identity row in the database and its sidecar.

The database holds one `store_identity` row (store, terminal, database id). The
sidecar `identity.json`, next to the database, holds the same facts and the last
receipt number this terminal issued. The two are written separately on purpose: when
the database goes missing, is emptied, or is swapped for another terminal's or an
older copy, the sidecar still says which store was here and how far its receipts
went, so the start is refused instead of numbering receipts from 1 again.

The sidecar is replaced atomically (temp file, fsync, rename, fsync of the
directory). `SidecarKeeper` keeps its receipt number current without adding to a
sale's latency: a committed write only sets a flag, and a small thread rewrites the
sidecar when the receipt counter moved.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
import time
import uuid
from contextlib import suppress
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Connection, Table, select, text
from sqlalchemy.exc import OperationalError

from pos_app.adapters.file_modes import owner_only
from pos_app.domain.errors import DataDirRefused, EnvironmentFault

from .identity_schema import StoreIdentityRow
from .store import LocalDatabase

log = logging.getLogger(__name__)

SIDECAR_FILENAME = "identity.json"
SIDECAR_FORMAT = 1
RECEIPT_COUNTER = "receipt"

_identity = cast(Table, StoreIdentityRow.__table__)


@dataclass(frozen=True, slots=True)
class StoreIdentity:
    """Which store and terminal a database belongs to; `last_receipt_no` as last seen."""

    store_id: str
    store_name: str
    terminal_id: str
    database_id: str
    created_at: str
    last_receipt_no: int = 0

    @staticmethod
    def new(*, store_id: str, store_name: str, terminal_id: str, created_at: str) \
            -> StoreIdentity:
        return StoreIdentity(store_id=store_id, store_name=store_name,
                             terminal_id=terminal_id, database_id=str(uuid.uuid4()),
                             created_at=created_at)

    def same_store(self, other: StoreIdentity) -> bool:
        return (self.database_id, self.store_id, self.terminal_id) == \
            (other.database_id, other.store_id, other.terminal_id)

    def describe(self) -> str:
        return f"store {self.store_id} ({self.store_name}), terminal {self.terminal_id}"


# --- the sidecar file ------------------------------------------------------------------

def sidecar_path(data_dir: Path) -> Path:
    return Path(data_dir) / SIDECAR_FILENAME


def read_sidecar(data_dir: Path) -> StoreIdentity | None:
    """The sidecar's identity; None when there is none. An unreadable sidecar is refused:
    it is the one record of which store was here."""
    path = sidecar_path(data_dir)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise DataDirRefused(f"The identity file {path} cannot be read: {exc.strerror}") \
            from exc
    try:
        data = json.loads(raw.decode("utf-8"))
        return StoreIdentity(
            store_id=str(data["store_id"]), store_name=str(data.get("store_name", "")),
            terminal_id=str(data["terminal_id"]), database_id=str(data["database_id"]),
            created_at=str(data.get("created_at", "")),
            last_receipt_no=int(data.get("last_receipt_no", 0)))
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise DataDirRefused(
            f"The identity file {path} is damaged ({exc.__class__.__name__}: {exc}). It "
            "records which store and terminal this data directory belongs to. If the "
            "database next to it is the right one, move the file away and start again: "
            "it is written anew from the database.") from exc


def write_sidecar(data_dir: Path, identity: StoreIdentity) -> None:
    """Replace the sidecar atomically: a crash leaves the old file or the new, never half."""
    path = sidecar_path(data_dir)
    body = dict(asdict(identity), format=SIDECAR_FORMAT)
    data = (json.dumps(body, indent=2, sort_keys=True) + "\n").encode("utf-8")
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with open(tmp, "wb", opener=owner_only) as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


def fsync_dir(path: Path) -> None:
    """Make a rename in `path` durable (a no-op where directories cannot be opened)."""
    if os.name == "nt":  # pragma: no cover - Windows cannot open a directory
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# --- the identity row in the database --------------------------------------------------

def read_db_identity(conn: Connection) -> StoreIdentity | None:
    """The identity row, with the receipt counter of its terminal; None when the database
    has none (never stamped, or a schema from before the identity table)."""
    try:
        row = conn.execute(select(_identity).where(_identity.c.id == 1)).first()
    except OperationalError as exc:
        if "no such table" in str(exc):
            return None
        raise
    if row is None:
        return None
    return StoreIdentity(store_id=row.store_id, store_name=row.store_name,
                         terminal_id=row.terminal_id, database_id=row.database_id,
                         created_at=row.created_at,
                         last_receipt_no=receipt_counter(conn, row.terminal_id))


def stamp_db_identity(conn: Connection, identity: StoreIdentity) -> None:
    conn.execute(_identity.insert().values(
        id=1, store_id=identity.store_id, store_name=identity.store_name,
        terminal_id=identity.terminal_id, database_id=identity.database_id,
        created_at=identity.created_at))


def receipt_counter(conn: Connection, terminal_id: str) -> int:
    """The last receipt number the database says this terminal issued."""
    try:
        value = conn.execute(text(
            "SELECT last FROM counter WHERE terminal_id = :t AND name = :n"),
            {"t": terminal_id, "n": RECEIPT_COUNTER}).scalar()
    except OperationalError as exc:
        if "no such table" in str(exc):
            return 0
        raise
    return int(value or 0)


_SQL_RECEIPT_COUNTER = "SELECT last FROM counter WHERE terminal_id = ? AND name = ?"


def raise_receipt_counter(conn: Connection, terminal_id: str, at_least: int) -> int:
    """Move the receipt counter up to `at_least` (never down), so numbering goes on after
    the last number ever issued here; returns the counter's value."""
    conn.execute(text(
        "INSERT INTO counter (terminal_id, name, last) VALUES (:t, :n, :v) "
        "ON CONFLICT (terminal_id, name) DO UPDATE SET last = max(last, excluded.last)"),
        {"t": terminal_id, "n": RECEIPT_COUNTER, "v": at_least})
    return receipt_counter(conn, terminal_id)


def terminals_with_receipts(conn: Connection) -> dict[str, int]:
    """Every terminal id with a receipt counter in this database, and its last number."""
    try:
        rows = conn.execute(text("SELECT terminal_id, last FROM counter WHERE name = :n"),
                            {"n": RECEIPT_COUNTER}).all()
    except OperationalError as exc:
        if "no such table" in str(exc):
            return {}
        raise
    return {str(r[0]): int(r[1] or 0) for r in rows}


def user_table_count(conn: Connection) -> int:
    """How many tables the file holds: 0 is an empty database, whatever its size."""
    return int(conn.execute(text(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite_%'")).scalar() or 0)


# --- keeping the sidecar's receipt number current ----------------------------------------

# The keeper refreshes the sidecar once commits have paused this long (a cashier's
# scans are further apart), and at most this long after the first commit it missed.
SIDECAR_QUIET_S = 0.1
SIDECAR_DEFER_S = 1.0


class SidecarKeeper:
    """Rewrites the sidecar when the receipt counter has moved, off the writer's thread.

    `LocalDatabase.after_commit` calls `poke()` after every committed write (it only
    sets an event); the keeper's thread reads the counter and rewrites the file when it
    changed, in the first pause of the commits (at most a second after). `close()` does
    a last refresh, so a clean exit leaves the file exact; after a crash it is behind by
    at most the sales of the last second, which the database's own counter covers.
    """

    def __init__(self, db: LocalDatabase, identity: StoreIdentity) -> None:
        self._db = db
        self._identity = identity
        self._written = identity.last_receipt_no
        self._wake = threading.Event()
        self._stop = False
        self._guard = threading.Lock()
        self._thread = threading.Thread(target=self._loop, name="identity-sidecar",
                                        daemon=True)
        db.after_commit.append(self.poke)
        self._thread.start()

    @property
    def identity(self) -> StoreIdentity:
        return self._identity

    def poke(self) -> None:
        self._wake.set()

    def refresh(self) -> int:
        """Read the counter and rewrite the sidecar if it moved; returns the number."""
        with self._guard:
            if self._db.damage:
                return self._written
            # Woken after every commit, on its own thread, while the cashier's next
            # command runs: one driver read (~12 us of the interpreter), not a
            # SQLAlchemy connection's ~80 taken from the counter after each scan.
            try:
                rows = self._db.fetch_all(_SQL_RECEIPT_COUNTER,
                                          (self._identity.terminal_id, RECEIPT_COUNTER))
            except sqlite3.OperationalError as exc:
                if "no such table" not in str(exc):
                    raise
                rows = []
            last = int(rows[0][0] or 0) if rows else 0
            if last != self._written:
                self._identity = replace(self._identity, last_receipt_no=last)
                write_sidecar(self._db.data_dir, self._identity)
                self._written = last
            return last

    def _loop(self) -> None:
        while True:
            self._wake.wait()
            # A burst of commits (each pokes) is let finish first: woken at once, the
            # keeper's read took the interpreter from the cashier's next command after
            # every scan (~65 us of its path). It reads in the first quiet spell
            # (SIDECAR_QUIET_S without a commit), at most SIDECAR_DEFER_S after.
            deadline = time.monotonic() + SIDECAR_DEFER_S
            while not self._stop:
                self._wake.clear()
                time.sleep(SIDECAR_QUIET_S)
                if not self._wake.is_set() or time.monotonic() >= deadline:
                    break
            if self._stop:
                return
            try:
                self.refresh()
            except (EnvironmentFault, OSError) as exc:
                log.warning("the identity file could not be brought up to date: %s", exc)

    def close(self) -> None:
        with suppress(ValueError):
            self._db.after_commit.remove(self.poke)
        self._stop = True
        self._wake.set()
        self._thread.join(timeout=10)
        try:
            self.refresh()
        except (EnvironmentFault, OSError) as exc:
            log.warning("the identity file could not be brought up to date: %s", exc)


def identity_json(identity: StoreIdentity | None) -> dict[str, Any] | None:
    return None if identity is None else asdict(identity)
