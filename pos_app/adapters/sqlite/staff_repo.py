"""Staff rows in the local SQLite store: the adapter behind `services.staff.StaffRepository`."""

from __future__ import annotations

from typing import Any

from sqlalchemy import RowMapping, Table, bindparam, insert, select, update

from pos_app.domain.errors import StaleVersion
from pos_app.domain.permissions import Role
from pos_app.services.staff import Staff

from .schema import StaffRow
from .store import LocalDatabase

_staff: Table = StaffRow.__table__  # type: ignore[assignment]
_COLUMNS = (_staff.c.id, _staff.c.name, _staff.c.role, _staff.c.active, _staff.c.version)
# One read per PIN check: the person and their one hash (never everyone's).
_CREDENTIAL = select(*_COLUMNS, _staff.c.pin_hash).where(_staff.c.id == bindparam("id"))


def _to_staff(row: RowMapping) -> Staff:
    return Staff(id=row["id"], name=row["name"], role=Role(row["role"]),
                 active=bool(row["active"]), version=row["version"])


class SqliteStaffRepository:
    def __init__(self, db: LocalDatabase) -> None:
        self._db = db

    def add(self, staff: Staff, pin_hash: str) -> None:
        with self._db.write() as conn:
            conn.execute(insert(_staff).values(
                id=staff.id, name=staff.name, role=staff.role.value, pin_hash=pin_hash,
                active=int(staff.active), version=staff.version))

    def get(self, staff_id: str) -> Staff | None:
        with self._db.read() as conn:
            row = conn.execute(
                select(*_COLUMNS).where(_staff.c.id == staff_id)).mappings().first()
        return None if row is None else _to_staff(row)

    def list_staff(self, *, include_inactive: bool = False) -> list[Staff]:
        stmt = select(*_COLUMNS).order_by(_staff.c.name, _staff.c.id)
        if not include_inactive:
            stmt = stmt.where(_staff.c.active == 1)
        with self._db.read() as conn:
            return [_to_staff(row) for row in conn.execute(stmt).mappings()]

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
        with self._db.write() as conn:
            result = conn.execute(update(_staff)
                                  .where(_staff.c.id == staff_id, _staff.c.pin_hash == old)
                                  .values(pin_hash=new))
        return bool(result.rowcount == 1)

    def update(self, staff: Staff, *, pin_hash: str | None = None) -> Staff:
        values: dict[str, Any] = {
            "name": staff.name, "role": staff.role.value, "active": int(staff.active),
            "version": staff.version + 1,
        }
        if pin_hash is not None:
            values["pin_hash"] = pin_hash
        with self._db.write() as conn:
            # Compare-and-set on the version: two terminals editing one person must not
            # silently overwrite each other.
            result = conn.execute(update(_staff)
                                  .where(_staff.c.id == staff.id,
                                         _staff.c.version == staff.version)
                                  .values(**values))
            if result.rowcount != 1:
                current = conn.execute(select(_staff.c.version)
                                       .where(_staff.c.id == staff.id)).scalar_one_or_none()
                raise StaleVersion(staff.version, -1 if current is None else int(current))
        return Staff(staff.id, staff.name, staff.role, staff.active, staff.version + 1)
