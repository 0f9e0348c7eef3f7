"""Settings this terminal remembers in its own database (the `setting` table): the
adapter behind `services.counter.LocalPreferences`. Today: the checkout's receipt
choice, remembered per store (one store per data directory), across restarts."""

from __future__ import annotations

from sqlalchemy import Table, bindparam, select
from sqlalchemy.dialects.sqlite import insert

from .schema import Setting
from .store import LocalDatabase

_t: Table = Setting.__table__  # type: ignore[assignment]
_SELECT = select(_t.c.value).where(_t.c.key == bindparam("k"))
_UPSERT = insert(_t).values(key=bindparam("k"), value=bindparam("v"), version=1) \
    .on_conflict_do_update(index_elements=["key"],
                           set_={"value": bindparam("v"), "version": _t.c.version + 1})


class SqliteLocalSettings:
    def __init__(self, db: LocalDatabase) -> None:
        self._db = db

    def get(self, key: str) -> str | None:
        with self._db.read() as conn:
            value = conn.execute(_SELECT, {"k": key}).scalar_one_or_none()
        return None if value is None else str(value)

    def put(self, key: str, value: str) -> None:
        with self._db.write() as conn:
            conn.execute(_UPSERT, {"k": key, "v": value})
