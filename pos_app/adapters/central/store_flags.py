"""The store's feature flag overrides at the central database (0008_store_flags): the
terminal's pull (its own store's rows, by row-level security on PostgreSQL) and the
owner's compare-and-set writes."""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

from pos_app.services.flags import Flag, StaleFlagVersion, StoreFlag

from .engine import central_errors, classify, describe

log = logging.getLogger(__name__)

_SELECT = ("SELECT flag, enabled, version, updated_by, updated_at FROM store_flag "
           "WHERE store_id = :s")


def _when(value: object) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, datetime) else str(value)


def _rows(conn: Connection, store_id: str, flag: Flag | None = None) -> list[StoreFlag]:
    sql = _SELECT + (" AND flag = :f" if flag is not None else "") + " ORDER BY flag"
    known = {f.value for f in Flag}
    return [StoreFlag(Flag(r[0]), None if r[1] is None else bool(r[1]), int(r[2]), r[3],
                      _when(r[4]))
            for r in conn.execute(text(sql), {"s": store_id,
                                              "f": flag.value if flag else None})
            if r[0] in known]  # a flag a newer version added: not this till's business


def _missing_table(exc: DBAPIError) -> bool:
    text_ = str(exc.orig or exc)
    return "store_flag" in text_ and ("does not exist" in text_ or "no such table" in text_)


def pull_store_flags(engine: Engine, store_id: str) -> list[StoreFlag]:
    """The store's overrides; none from a central database whose schema is older than
    0008_store_flags (its owner upgrades it with `pos-app central init`)."""
    where = describe(engine)
    try:
        with engine.connect() as conn:
            return _rows(conn, store_id)
    except DBAPIError as exc:
        if _missing_table(exc):
            log.info("central database %s has no store_flag table yet (schema before "
                     "0008_store_flags): no flag overrides pulled", where)
            return []
        mapped = classify(exc, where)
        if mapped is exc:
            raise
        raise mapped from exc


class SqlStoreFlagAdmin:
    """The StoreFlagWriter port: the database owner's connection on PostgreSQL (a
    terminal's role may only read), or the embedded SQLite central database. Every
    write is a compare-and-set on the version the writer read."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._where = describe(engine)

    def current(self, store_id: str) -> list[StoreFlag]:
        with central_errors(self._where), self._engine.connect() as conn:
            return _rows(conn, store_id)

    def set(self, store_id: str, flag: Flag, enabled: bool | None, *,
            expected_version: int | None, by: str) -> StoreFlag:
        """Write the override at version expected + 1 (`expected_version` None: the
        version read now). StaleFlagVersion when the row is at another version."""
        params = {"s": store_id, "f": flag.value, "e": enabled, "b": by}
        with central_errors(self._where), self._engine.begin() as conn:
            if expected_version is None:
                found = conn.execute(text(
                    "SELECT version FROM store_flag WHERE store_id = :s AND flag = :f"),
                    params).scalar()
                expected_version = int(found or 0)
            if expected_version == 0:
                got = conn.execute(text(
                    "INSERT INTO store_flag (store_id, flag, enabled, version, updated_by) "
                    "VALUES (:s, :f, :e, 1, :b) ON CONFLICT (store_id, flag) DO NOTHING "
                    "RETURNING version"), params).scalar()
            else:
                got = conn.execute(text(
                    "UPDATE store_flag SET enabled = :e, version = version + 1, "
                    "updated_by = :b, updated_at = CURRENT_TIMESTAMP "
                    "WHERE store_id = :s AND flag = :f AND version = :v RETURNING version"),
                    {**params, "v": expected_version}).scalar()
            if got is None:
                actual = conn.execute(text(
                    "SELECT version FROM store_flag WHERE store_id = :s AND flag = :f"),
                    params).scalar()
                raise StaleFlagVersion(flag, store_id, expected_version, int(actual or 0))
            return _rows(conn, store_id, flag)[0]
