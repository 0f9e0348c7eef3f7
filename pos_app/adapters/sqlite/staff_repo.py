"""Staff rows in the local SQLite store: the adapter behind `services.staff.StaffRepository`.

Every change of a person (added, new name, role or PIN, deactivated, back) is queued in
the outbox (topic 'staff', the whole row with its PIN hash) in the transaction that
makes it, so the central database and the store's other tills get it at their next
sync; a change pulled from the central database is merged in by `merge_staff_rows`
with the same rule (`services.staff.merge_staff`) and is not queued again.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, RowMapping, Table, bindparam, insert, select, text, update

from pos_app.adapters.ids import Uuid7Generator
from pos_app.domain.clock import Clock, IdGenerator, SystemClock, iso
from pos_app.domain.errors import StaleVersion
from pos_app.domain.permissions import Role
from pos_app.services.staff import STAFF_TOPIC, Staff, StaffRecord, staff_digest

from .schema import OutboxRow, StaffRow
from .store import LocalDatabase

_staff: Table = StaffRow.__table__  # type: ignore[assignment]
_outbox: Table = OutboxRow.__table__  # type: ignore[assignment]
_COLUMNS = (_staff.c.id, _staff.c.name, _staff.c.role, _staff.c.active, _staff.c.version,
            _staff.c.active_version)
# One read per PIN check: the person and their one hash (never everyone's).
_CREDENTIAL = select(*_COLUMNS, _staff.c.pin_hash).where(_staff.c.id == bindparam("id"))
# The person by id: read before every counter command (is the cashier still active?),
# as driver SQL (LocalDatabase.fetch_all: ~12 us, not ~60 through a SQLAlchemy
# connection). The columns are _COLUMNS', in their order.
_SQL_BY_ID = ("SELECT id, name, role, active, version, active_version FROM staff "
              "WHERE id = ?")

# A pulled version of a person, merged field group by field group (services/staff.py
# `merge_staff`): the profile if its (version, digest) is higher, the active flag if its
# (active_version, inactive) is higher. A pull with no PIN hash keeps the one here, and
# a row with none takes the first one offered (a head-office edit made without one).
_PROFILE = ("(excluded.version > staff.version OR (excluded.version = staff.version "
            "AND excluded.digest > staff.digest))")
_STATUS = ("(excluded.active_version > staff.active_version OR "
           "(excluded.active_version = staff.active_version AND excluded.active < staff.active))")
_MERGE = text(
    "INSERT INTO staff (id, name, role, pin_hash, active, version, active_version, digest) "
    "VALUES (:id, :name, :role, :pin_hash, :active, :version, :active_version, :digest) "
    "ON CONFLICT (id) DO UPDATE SET "
    f"name = CASE WHEN {_PROFILE} THEN excluded.name ELSE staff.name END, "
    f"role = CASE WHEN {_PROFILE} THEN excluded.role ELSE staff.role END, "
    f"pin_hash = CASE WHEN ({_PROFILE} OR staff.pin_hash = '') AND excluded.pin_hash != '' "
    "THEN excluded.pin_hash ELSE staff.pin_hash END, "
    f"digest = CASE WHEN {_PROFILE} THEN excluded.digest ELSE staff.digest END, "
    f"version = CASE WHEN {_PROFILE} THEN excluded.version ELSE staff.version END, "
    f"active = CASE WHEN {_STATUS} THEN excluded.active ELSE staff.active END, "
    f"active_version = CASE WHEN {_STATUS} THEN excluded.active_version "
    "ELSE staff.active_version END "
    f"WHERE {_PROFILE} OR {_STATUS} OR (staff.pin_hash = '' AND excluded.pin_hash != '')")


_MERGE_RETURNING = text(str(_MERGE.text) + " RETURNING id")


def _to_staff(row: RowMapping) -> Staff:
    return Staff(id=row["id"], name=row["name"], role=Role(row["role"]),
                 active=bool(row["active"]), version=row["version"],
                 active_version=row["active_version"])


def merge_staff_rows(conn: Connection, records: Sequence[StaffRecord]) -> set[str]:
    """Merge pulled people into the staff table on `conn` (the caller's transaction);
    returns the ids of the rows that changed (a store's staff: a few dozen rows)."""
    changed: set[str] = set()
    for r in records:
        got = conn.execute(_MERGE_RETURNING, {**r.to_dict(), "active": int(r.active)})
        changed.update(str(i) for i in got.scalars())
    return changed


class SqliteStaffRepository:
    def __init__(self, db: LocalDatabase, *, clock: Clock | None = None,
                 ids: IdGenerator | None = None) -> None:
        self._db = db
        self._clock = clock or SystemClock()
        self._ids = ids or Uuid7Generator()

    def _queue(self, conn: Connection, record: StaffRecord) -> None:
        conn.execute(insert(_outbox).values(
            op_id=self._ids.new_id(), topic=STAFF_TOPIC, aggregate_id=record.id,
            payload=json.dumps(record.to_dict(), sort_keys=True, separators=(",", ":"),
                               ensure_ascii=False),
            created_at=iso(self._clock.now()), attempts=0, status="pending"))

    def add(self, staff: Staff, pin_hash: str) -> None:
        record = StaffRecord(staff.id, staff.name, staff.role.value, pin_hash, staff.active,
                             staff.version, staff.active_version,
                             staff_digest(staff.name, staff.role.value, pin_hash))
        with self._db.write() as conn:
            conn.execute(insert(_staff).values(
                id=staff.id, name=staff.name, role=staff.role.value, pin_hash=pin_hash,
                active=int(staff.active), version=staff.version,
                active_version=staff.active_version, digest=record.digest))
            self._queue(conn, record)

    def get(self, staff_id: str) -> Staff | None:
        rows = self._db.fetch_all(_SQL_BY_ID, (staff_id,))
        if not rows:
            return None
        sid, name, role, active, version, active_version = rows[0]
        return Staff(id=sid, name=name, role=Role(role), active=bool(active), version=version,
                     active_version=active_version)

    def record(self, staff_id: str) -> StaffRecord | None:
        """The person as the tills exchange them (PIN hash included)."""
        with self._db.read() as conn:
            row = conn.execute(select(*_COLUMNS, _staff.c.pin_hash, _staff.c.digest)
                               .where(_staff.c.id == staff_id)).mappings().first()
        return None if row is None else StaffRecord(
            row["id"], row["name"], row["role"], row["pin_hash"], bool(row["active"]),
            row["version"], row["active_version"], row["digest"])

    def list_staff(self, *, include_inactive: bool = False) -> list[Staff]:
        stmt = select(*_COLUMNS).order_by(_staff.c.name, _staff.c.id)
        if not include_inactive:
            stmt = stmt.where(_staff.c.active == 1)
        with self._db.read() as conn:
            return [_to_staff(row) for row in conn.execute(stmt).mappings()]

    def without_pin(self) -> list[str]:
        """Ids of active people with no PIN hash here (pulled before one was set)."""
        with self._db.read() as conn:
            return list(conn.execute(select(_staff.c.id).where(
                _staff.c.active == 1, _staff.c.pin_hash == "")).scalars())

    def credential(self, staff_id: str) -> tuple[Staff, str] | None:
        with self._db.read() as conn:
            row = conn.execute(_CREDENTIAL, {"id": staff_id}).mappings().first()
        return None if row is None else (_to_staff(row), str(row["pin_hash"]))

    def pin_hash(self, staff_id: str) -> str | None:
        with self._db.read() as conn:
            value = conn.execute(
                select(_staff.c.pin_hash).where(_staff.c.id == staff_id)).scalar_one_or_none()
        return None if value is None else str(value)

    def replace_pin_hash(self, staff_id: str, old: str, new: str) -> bool:
        # The same PIN, hashed again (peppered): not an edit, so neither the version nor
        # the digest moves and nothing is queued; another till keeps the hash it has.
        with self._db.write() as conn:
            result = conn.execute(update(_staff)
                                  .where(_staff.c.id == staff_id, _staff.c.pin_hash == old)
                                  .values(pin_hash=new))
        return bool(result.rowcount == 1)

    def update(self, staff: Staff, *, pin_hash: str | None = None) -> Staff:
        with self._db.write() as conn:
            row = conn.execute(select(*_COLUMNS, _staff.c.pin_hash, _staff.c.digest)
                               .where(_staff.c.id == staff.id)).mappings().first()
            # Compare-and-set on both versions: two edits of one person (two windows,
            # or a pull in between) must not silently overwrite each other.
            if row is None or (row["version"], row["active_version"]) != (
                    staff.version, staff.active_version):
                raise StaleVersion(staff.version, -1 if row is None else int(row["version"]))
            status_changed = bool(row["active"]) != staff.active
            profile_changed = (pin_hash is not None or row["name"] != staff.name
                               or row["role"] != staff.role.value or not status_changed)
            new_hash = str(row["pin_hash"]) if pin_hash is None else pin_hash
            version = staff.version + (1 if profile_changed else 0)
            active_version = staff.active_version + (1 if status_changed else 0)
            digest = staff_digest(staff.name, staff.role.value, new_hash) \
                if profile_changed else str(row["digest"])
            values: dict[str, Any] = {
                "name": staff.name, "role": staff.role.value, "active": int(staff.active),
                "version": version, "active_version": active_version, "digest": digest,
                "pin_hash": new_hash}
            conn.execute(update(_staff).where(_staff.c.id == staff.id).values(**values))
            self._queue(conn, StaffRecord(staff.id, staff.name, staff.role.value, new_hash,
                                          staff.active, version, active_version, digest))
        return Staff(staff.id, staff.name, staff.role, staff.active, version, active_version)
