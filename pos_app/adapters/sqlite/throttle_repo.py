"""Wrong-PIN counts in the local SQLite store: the adapter behind
`services.staff.ThrottleStore`.

Each change is a read-modify-write inside one `BEGIN IMMEDIATE` transaction, so two
processes on one data directory (the counter and a command line, or the back office)
charge attempts one after the other and never both under one allowance.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, Table, bindparam, delete, select
from sqlalchemy.dialects.sqlite import insert

from pos_app.domain.clock import iso, parse_iso
from pos_app.domain.throttle import CLEARED, PinAttempts

from .schema import PinThrottleRow
from .store import LocalDatabase

_t: Table = PinThrottleRow.__table__  # type: ignore[assignment]


# Built once: a PIN check is on the counter's path and runs these every time.
_KEY = (_t.c.terminal_id == bindparam("t"), _t.c.staff_id == bindparam("s"))
_SELECT = select(_t.c.failures, _t.c.wait_until, _t.c.locked, _t.c.last_failure_at) \
    .where(*_KEY)
_DELETE = delete(_t).where(*_KEY)
_VALUES = ("failures", "wait_until", "locked", "last_failure_at")
_UPSERT = insert(_t).values(terminal_id=bindparam("t"), staff_id=bindparam("s"),
                            **{c: bindparam(c) for c in _VALUES}) \
    .on_conflict_do_update(index_elements=["terminal_id", "staff_id"],
                           set_={c: bindparam(c) for c in _VALUES})


def _read(conn: Connection, terminal_id: str, staff_id: str) -> PinAttempts:
    row = conn.execute(_SELECT, {"t": terminal_id, "s": staff_id}).first()
    if row is None:
        return CLEARED
    return PinAttempts(int(row.failures),
                       parse_iso(row.wait_until) if row.wait_until else None,
                       bool(row.locked),
                       parse_iso(row.last_failure_at) if row.last_failure_at else None)


class SqliteThrottleStore:
    def __init__(self, db: LocalDatabase) -> None:
        self._db = db

    def attempts(self, terminal_id: str, staff_id: str) -> PinAttempts:
        with self._db.read() as conn:
            return _read(conn, terminal_id, staff_id)

    def update(self, terminal_id: str, staff_id: str,
               change: Callable[[PinAttempts], PinAttempts]) -> PinAttempts:
        key = {"t": terminal_id, "s": staff_id}
        with self._db.write() as conn:
            new = change(_read(conn, terminal_id, staff_id))
            if new == CLEARED:
                conn.execute(_DELETE, key)
                return new
            conn.execute(_UPSERT, {
                **key, "failures": new.failures,
                "wait_until": iso(new.wait_until) if new.wait_until else None,
                "locked": int(new.locked),
                "last_failure_at": iso(new.last_failure_at) if new.last_failure_at else None,
            })
        return new

    def locked(self, terminal_id: str) -> list[str]:
        with self._db.read() as conn:
            return [str(s) for s in conn.execute(
                select(_t.c.staff_id).where(_t.c.terminal_id == terminal_id,
                                            _t.c.locked == 1)).scalars()]
