"""The store's feature flag overrides as this till last pulled them (local
0019_store_flags): kept per (store, flag), replaced only by a higher version."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from pos_app.services.flags import Flag, StoreFlag

from .store import LocalDatabase

# The version rule, here only: a pulled row replaces the cached one only at a higher
# version, whatever time it carries. Versions come from one compare-and-set counter per
# (store, flag) at the central database, so two rows of one version are the same write.
_APPLY = text(
    "INSERT INTO store_flag_cache (store_id, flag, enabled, version, updated_by, updated_at, "
    "pulled_at) VALUES (:s, :f, :e, :v, :b, :u, :p) ON CONFLICT (store_id, flag) DO UPDATE "
    "SET enabled = excluded.enabled, version = excluded.version, "
    "updated_by = excluded.updated_by, updated_at = excluded.updated_at, "
    "pulled_at = excluded.pulled_at WHERE excluded.version > store_flag_cache.version")


def _enabled(value: object) -> bool | None:
    return None if value is None else bool(value)


class SqliteStoreFlagCache:
    def __init__(self, db: LocalDatabase) -> None:
        self._db = db

    def apply(self, store_id: str, flags: Sequence[StoreFlag], at: str) -> int:
        """Keep each pulled override whose version is higher than the cached one; the
        number of flags changed here."""
        if not flags:
            return 0
        with self._db.write() as conn:
            before = conn.execute(text("SELECT total_changes()")).scalar() or 0
            conn.execute(_APPLY, [
                {"s": store_id, "f": f.flag.value,
                 "e": None if f.enabled is None else int(f.enabled), "v": f.version,
                 "b": f.updated_by, "u": f.updated_at, "p": at} for f in flags])
            after = conn.execute(text("SELECT total_changes()")).scalar() or 0
        return int(after) - int(before)

    def read(self, store_id: str) -> list[StoreFlag]:
        """The cached overrides of `store_id` (flags this version does not know are
        skipped; none on a database whose schema is behind, opened read-only)."""
        try:
            with self._db.read() as conn:
                rows = conn.execute(text(
                    "SELECT flag, enabled, version, updated_by, updated_at "
                    "FROM store_flag_cache WHERE store_id = :s ORDER BY flag"),
                    {"s": store_id}).all()
        except OperationalError as exc:
            if "no such table" in str(exc):
                return []
            raise
        known = {f.value for f in Flag}
        return [StoreFlag(Flag(r[0]), _enabled(r[1]), int(r[2]), r[3], r[4])
                for r in rows if r[0] in known]
