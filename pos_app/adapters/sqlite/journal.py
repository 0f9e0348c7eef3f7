"""The journal in the terminal's SQLite database: the one appender every audited change
calls inside its own transaction, and the reads of the back office, `verify-audit` and
the central push.

`append(conn, entry)` reads the terminal's last (seq, MAC) inside the caller's write
transaction (BEGIN IMMEDIATE: no other writer can interleave), chains the entry
(domain/journal.py) with the terminal's key (adapters/journal_key.py) and inserts it.
Triggers (migration 0009_journal) refuse UPDATE and DELETE of journal rows; the old
`audit_log` is a read-only view over the journal and the rows written before it.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, text

from pos_app.domain.journal import GENESIS, JournalEntry, JournalRecord, chain
from pos_app.services.journal import JournalFilter, settings_entry

from ..journal_key import JournalKeys, default_keys
from .store import LocalDatabase

COLUMNS = ("terminal_id", "seq", "id", "at", "actor", "approved_by", "action", "subject",
           "detail", "key_id", "prev_mac", "mac")
_COLS = ", ".join(COLUMNS)
_SQL_LAST = "SELECT seq, mac FROM journal WHERE terminal_id = ? ORDER BY seq DESC LIMIT 1"
_SQL_INSERT = (f"INSERT INTO journal ({_COLS}) VALUES ({', '.join('?' * len(COLUMNS))})")
# Where the terminal of an entry that does not name one is found (a database belongs
# to one terminal): its own journal, then its identity, sales and shifts.
_TERMINAL_PROBES = (
    "SELECT terminal_id FROM journal ORDER BY rowid DESC LIMIT 1",
    "SELECT terminal_id FROM store_identity LIMIT 1",
    "SELECT terminal_id FROM sale ORDER BY rowid DESC LIMIT 1",
    "SELECT terminal_id FROM shift ORDER BY rowid DESC LIMIT 1",
)
UNKNOWN_TERMINAL = "local"


def data_dir_of(conn: Connection) -> Path:
    """The data directory of the database `conn` is on (where a key file would be)."""
    return _dir_of(conn.engine.url.database or "")


@functools.lru_cache(maxsize=32)
def _dir_of(database: str) -> Path:
    # Cached: called on every append, and resolving a path is a syscall per component.
    if database.startswith("file:"):
        database = database[5:].split("?", 1)[0]
    return Path(database).resolve().parent


def terminal_of(conn: Connection) -> str:
    tables = {str(r[0]) for r in conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    for sql in _TERMINAL_PROBES:
        if sql.split(" FROM ", 1)[1].split()[0] not in tables:
            continue
        got = conn.exec_driver_sql(sql).scalar()
        if got:
            return str(got)
    return UNKNOWN_TERMINAL


def append(conn: Connection, entry: JournalEntry, *,
           keys: JournalKeys | None = None) -> JournalRecord:
    """Append `entry` to its terminal's chain on `conn`, inside the caller's write
    transaction: if that transaction rolls back, the record was never written."""
    terminal = entry.terminal_id or terminal_of(conn)
    key = (keys or default_keys()).signing_key(data_dir_of(conn), terminal)
    last = conn.exec_driver_sql(_SQL_LAST, (terminal,)).first()
    seq, prev = (int(last[0]) + 1, str(last[1])) if last is not None else (1, GENESIS)
    rec = chain(entry, terminal_id=terminal, seq=seq, prev_mac=prev, key=key)
    conn.exec_driver_sql(_SQL_INSERT, (
        rec.terminal_id, rec.seq, rec.id, rec.at, rec.actor, rec.approved_by, rec.action,
        rec.subject, rec.detail, rec.key_id, rec.prev_mac, rec.mac))
    return rec


def _record(row: Any) -> JournalRecord:
    return JournalRecord(str(row[0]), int(row[1]), str(row[2]), str(row[3]),
                         row[4], row[5], str(row[6]), row[7], str(row[8]), str(row[9]),
                         str(row[10]), str(row[11]))


def _like(text_: str) -> str:
    escaped = text_.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search_sql(f: JournalFilter, *, store: bool = False) -> tuple[str, dict[str, object]]:
    """The WHERE clause (and parameters) of a journal search; shared with the central
    journal (`store` adds its store condition)."""
    where: list[str] = []
    params: dict[str, object] = {}
    if store:
        where.append("store_id = :store")
    if f.since:
        where.append("at >= :since")
        params["since"] = f.since
    if f.until:
        where.append("at < :until")
        params["until"] = f.until
    if f.action:
        where.append("action = :action")
        params["action"] = f.action
    if f.actor:
        # Who did it, approved it, or is its subject (a refused PIN); a sale rung up
        # with nobody signed in names its cashier in the detail.
        where.append("(actor = :actor OR approved_by = :actor OR subject = :actor OR "
                     "(actor IS NULL AND detail LIKE :cashier ESCAPE '\\'))")
        params["actor"] = f.actor
        params["cashier"] = _like(f'"cashier_id":"{f.actor}"')
    if f.terminal_id:
        where.append("terminal_id = :terminal")
        params["terminal"] = f.terminal_id
    if f.text:
        where.append("(" + " OR ".join(
            f"lower(coalesce({c}, '')) LIKE lower(:text) ESCAPE '\\'"
            for c in ("action", "actor", "approved_by", "subject", "detail")) + ")")
        params["text"] = _like(f.text)
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    return clause, params


class SqliteJournal:
    """The terminal's journal: `JournalSource` (reads) and `JournalFeed` (push cursor)."""

    def __init__(self, db: LocalDatabase) -> None:
        self._db = db

    # ---- JournalSource ---------------------------------------------------------------------

    def terminals(self) -> list[str]:
        with self._db.read() as conn:
            return [str(r[0]) for r in conn.execute(text(
                "SELECT DISTINCT terminal_id FROM journal ORDER BY terminal_id"))]

    def records(self, terminal_id: str) -> list[JournalRecord]:
        with self._db.read() as conn:
            return [_record(r) for r in conn.execute(text(
                f"SELECT {_COLS} FROM journal WHERE terminal_id = :t ORDER BY seq"),
                {"t": terminal_id})]

    def search(self, f: JournalFilter) -> list[JournalRecord]:
        clause, params = search_sql(f)
        params["n"] = f.limit
        with self._db.read() as conn:
            return [_record(r) for r in conn.execute(text(
                f"SELECT {_COLS} FROM journal{clause} ORDER BY at DESC, terminal_id, "
                "seq DESC LIMIT :n"), params)]

    def actions(self) -> list[str]:
        with self._db.read() as conn:
            return [str(r[0]) for r in conn.execute(text(
                "SELECT DISTINCT action FROM journal ORDER BY action"))]

    def known_through(self, terminal_id: str) -> int | None:
        seq = self.pushed_seq(terminal_id)
        return seq or None

    # ---- JournalFeed -----------------------------------------------------------------------

    def pushed_seq(self, terminal_id: str) -> int:
        with self._db.read() as conn:
            got = conn.execute(text("SELECT pushed_seq FROM journal_push WHERE terminal_id = :t"),
                               {"t": terminal_id}).scalar()
        return int(got or 0)

    def after(self, terminal_id: str, seq: int, limit: int) -> list[JournalRecord]:
        with self._db.read() as conn:
            return [_record(r) for r in conn.execute(text(
                f"SELECT {_COLS} FROM journal WHERE terminal_id = :t AND seq > :s "
                "ORDER BY seq LIMIT :n"), {"t": terminal_id, "s": seq, "n": limit})]

    def mark_pushed(self, terminal_id: str, seq: int, mac: str) -> None:
        with self._db.write() as conn:
            conn.execute(text(
                "INSERT INTO journal_push (terminal_id, pushed_seq, pushed_mac) "
                "VALUES (:t, :s, :m) ON CONFLICT (terminal_id) DO UPDATE SET "
                "pushed_seq = excluded.pushed_seq, pushed_mac = excluded.pushed_mac "
                "WHERE excluded.pushed_seq > journal_push.pushed_seq"),
                {"t": terminal_id, "s": seq, "m": mac})

    def unpushed(self, terminal_id: str) -> int:
        """Records not yet in the central database (for the status line)."""
        with self._db.read() as conn:
            return int(conn.execute(text(
                "SELECT count(*) FROM journal WHERE terminal_id = :t AND seq > coalesce("
                "(SELECT pushed_seq FROM journal_push WHERE terminal_id = :t), 0)"),
                {"t": terminal_id}).scalar_one())


def warm_key(db: LocalDatabase, terminal_id: str) -> None:
    """Find (or create) the terminal's key now, outside any write transaction: the first
    append of a process would otherwise ask the keyring (which may prompt, or be slow)
    while holding the database writer."""
    default_keys().signing_key(_dir_of(db.writer.url.database or ""), terminal_id)


def record_settings(db: LocalDatabase, snapshot: dict[str, object], *, terminal_id: str,
                    at: str, id: str) -> JournalRecord | None:
    """Journal the settings when they differ from the last `settings_change` record of
    the terminal (read and appended in one write transaction)."""
    with db.write() as conn:
        previous = conn.exec_driver_sql(
            "SELECT detail FROM journal WHERE terminal_id = ? AND action = 'settings_change' "
            "ORDER BY seq DESC LIMIT 1", (terminal_id,)).scalar()
        entry = settings_entry(None if previous is None else str(previous), snapshot, at=at,
                               id=id, terminal_id=terminal_id)
        return None if entry is None else append(conn, entry)


class JournalAppender:
    """Appends one entry in its own write transaction: for changes that have no
    transaction of their own to join (a failed sign-in, a drawer opened, a plan saved
    at the central database)."""

    def __init__(self, db: LocalDatabase) -> None:
        self._db = db

    def append(self, entry: JournalEntry) -> JournalRecord:
        with self._db.write() as conn:
            return append(conn, entry)
