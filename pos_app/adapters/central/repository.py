"""The central store: batched idempotent pushes, pulls, and the managers' edits.

A push is one transaction with at most three statements, whatever the batch size:
the commission records as one INSERT ... SELECT over a JSON array (PostgreSQL
`jsonb_to_recordset`, SQLite `json_each`) with ON CONFLICT (id) DO UPDATE only when
the incoming (version, digest) is higher; the other events likewise with ON CONFLICT
(op_id) DO NOTHING; and the terminal's cursor (highest sequence seen). A replay
changes nothing, a reordering cannot let an older version win, and a dropped
connection rolls the whole batch back.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import Engine, text

from pos_app.domain.commission import CommissionPlan, canonical_json, digest
from pos_app.domain.errors import StaleVersion
from pos_app.services.central_sync import (
    PulledPlan,
    PulledSetting,
    PulledStaff,
    PushItem,
    TerminalIdentity,
)

from .engine import central_errors, describe
from .schema import RECORD_FIELDS

_EVENT_FIELDS = (("op_id", "text"), ("store_id", "text"), ("terminal_id", "text"),
                 ("seq", "bigint"), ("topic", "text"), ("aggregate_id", "text"),
                 ("payload", "jsonb"), ("created_at", "text"))

_NEWER = ('WHERE excluded."version" > {t}."version" OR (excluded."version" = {t}."version" '
          'AND excluded."digest" > {t}."digest")')


def _q(name: str) -> str:
    return f'"{name}"'


def _insert_select(table: str, fields: Sequence[tuple[str, str]], postgres: bool) -> str:
    cols = ", ".join(_q(n) for n, _ in fields)
    if postgres:
        spec = ", ".join(f"{_q(n)} {t}" for n, t in fields)
        return (f"INSERT INTO {table} ({cols}) SELECT {cols} FROM "
                f"jsonb_to_recordset(CAST(:batch AS jsonb)) AS x({spec})")
    values = ", ".join(
        f"json(json_extract(value, '$.{n}'))" if t == "jsonb" else f"json_extract(value, '$.{n}')"
        for n, t in fields)
    return f"INSERT INTO {table} ({cols}) SELECT {values} FROM json_each(:batch) WHERE true"


class SqlCentralStore:
    """The CentralStore port on PostgreSQL or SQLite, as one terminal's role."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._where = describe(engine)
        pg = engine.dialect.name == "postgresql"
        updates = ", ".join(f"{_q(n)} = excluded.{_q(n)}" for n, _ in RECORD_FIELDS
                            if n != "id")
        self._sql_records = text(
            _insert_select("commission_record", RECORD_FIELDS, pg)
            + f" ON CONFLICT (id) DO UPDATE SET {updates}, received_at = CURRENT_TIMESTAMP "
            + _NEWER.format(t="commission_record"))
        self._sql_events = text(_insert_select("terminal_event", _EVENT_FIELDS, pg)
                                + " ON CONFLICT (op_id) DO NOTHING")
        greatest = "GREATEST" if pg else "max"
        self._sql_cursor = text(
            "INSERT INTO terminal_cursor (store_id, terminal_id, high_seq, last_push_at) "
            "VALUES (:s, :t, :q, CURRENT_TIMESTAMP) ON CONFLICT (store_id, terminal_id) "
            f"DO UPDATE SET high_seq = {greatest}(terminal_cursor.high_seq, excluded.high_seq), "
            "last_push_at = excluded.last_push_at")

    @property
    def engine(self) -> Engine:
        return self._engine

    def push(self, identity: TerminalIdentity, items: Sequence[PushItem]) -> None:
        records: dict[str, dict[str, Any]] = {}
        events: list[dict[str, Any]] = []
        high = 0
        for it in items:
            high = max(high, it.seq)
            if it.record is None:
                events.append({"op_id": it.op_id, "store_id": identity.store_id,
                               "terminal_id": identity.terminal_id, "seq": it.seq,
                               "topic": it.topic, "aggregate_id": it.aggregate_id,
                               "payload": it.payload, "created_at": it.created_at})
                continue
            row = it.record.to_dict()
            row.update(store_id=identity.store_id, seq=it.seq, digest=it.digest,
                       op_id=it.op_id)
            # Two versions of one record in a batch: send only the newer (one statement
            # cannot update a row twice).
            prev = records.get(row["id"])
            if prev is None or (row["version"], row["digest"]) > (prev["version"],
                                                                  prev["digest"]):
                records[row["id"]] = row
        with central_errors(self._where), self._engine.begin() as conn:
            if records:
                conn.execute(self._sql_records,
                             {"batch": json.dumps(list(records.values()),
                                                  separators=(",", ":"))})
            if events:
                conn.execute(self._sql_events,
                             {"batch": json.dumps(events, separators=(",", ":"))})
            conn.execute(self._sql_cursor,
                         {"s": identity.store_id, "t": identity.terminal_id, "q": high})

    def pull_plans(self, identity: TerminalIdentity) -> list[PulledPlan]:
        with central_errors(self._where), self._engine.connect() as conn:
            rows = conn.execute(text(
                "SELECT id, store_id, version, digest, body FROM commission_plan "
                "WHERE store_id IS NULL OR store_id = :s ORDER BY id"),
                {"s": identity.store_id}).all()
        return [PulledPlan(r[0], r[1], int(r[2]), r[3], r[4]) for r in rows]

    def pull_staff(self, identity: TerminalIdentity) -> list[PulledStaff]:
        with central_errors(self._where), self._engine.connect() as conn:
            rows = conn.execute(text(
                "SELECT id, store_id, name, role, active, version, digest FROM staff "
                "WHERE store_id = :s ORDER BY id"), {"s": identity.store_id}).all()
        return [PulledStaff(r[0], r[1], r[2], r[3], bool(r[4]), int(r[5]), r[6]) for r in rows]

    def pull_settings(self, identity: TerminalIdentity) -> list[PulledSetting]:
        with central_errors(self._where), self._engine.connect() as conn:
            rows = conn.execute(text(
                "SELECT key, value, version, digest FROM store_setting WHERE store_id = :s "
                "ORDER BY key"), {"s": identity.store_id}).all()
        return [PulledSetting(r[0], r[1], int(r[2]), r[3]) for r in rows]


class CentralAdmin:
    """What managers change centrally (plans, staff, settings) and what they read.

    Runs with an administrator's connection (the schema owner), not a terminal's role.
    Every save is a compare-and-set on the version the editor started from."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._where = describe(engine)

    def save_plan(self, plan: CommissionPlan, *, expected_version: int,
                  by: str | None = None) -> CommissionPlan:
        """Store a plan; `expected_version` 0 creates it. Returns it with its new version;
        raises StaleVersion if someone saved it in between."""
        plan.validate()
        body = plan.body_json()
        params = {"id": plan.id, "s": plan.store_id, "b": body, "d": digest(body), "by": by,
                  "e": expected_version}
        with central_errors(self._where), self._engine.begin() as conn:
            if expected_version == 0:
                got = conn.execute(text(
                    "INSERT INTO commission_plan (id, store_id, version, digest, body, "
                    "updated_by) VALUES (:id, :s, 1, :d, :b, :by) ON CONFLICT (id) DO NOTHING "
                    "RETURNING version"), params).scalar()
            else:
                got = conn.execute(text(
                    "UPDATE commission_plan SET version = version + 1, store_id = :s, "
                    "digest = :d, body = :b, updated_by = :by, updated_at = CURRENT_TIMESTAMP "
                    "WHERE id = :id AND version = :e RETURNING version"), params).scalar()
            if got is None:
                current = conn.execute(text("SELECT version FROM commission_plan WHERE id = :id"),
                                       params).scalar()
                raise StaleVersion(expected_version, int(current or 0))
        return replace(plan, version=int(got))

    def plans(self) -> list[CommissionPlan]:
        with central_errors(self._where), self._engine.connect() as conn:
            rows = conn.execute(text("SELECT body, version FROM commission_plan ORDER BY id")).all()
        return [CommissionPlan.from_dict(json.loads(b), version=int(v)) for b, v in rows]

    def upsert_staff(self, store_id: str, staff_id: str, name: str, role: str,
                     *, active: bool = True) -> int:
        d = digest(canonical_json({"store_id": store_id, "name": name, "role": role,
                                   "active": active}))
        with central_errors(self._where), self._engine.begin() as conn:
            return int(conn.execute(text(
                "INSERT INTO staff (id, store_id, name, role, active, version, digest) "
                "VALUES (:i, :s, :n, :r, :a, 1, :d) ON CONFLICT (id) DO UPDATE SET "
                "store_id = excluded.store_id, name = excluded.name, role = excluded.role, "
                "active = excluded.active, digest = excluded.digest, "
                "version = staff.version + 1 RETURNING version"),
                {"i": staff_id, "s": store_id, "n": name, "r": role, "a": int(active),
                 "d": d}).scalar_one())

    def set_setting(self, store_id: str, key: str, value: str) -> int:
        with central_errors(self._where), self._engine.begin() as conn:
            return int(conn.execute(text(
                "INSERT INTO store_setting (store_id, key, value, version, digest) "
                "VALUES (:s, :k, :v, 1, :d) ON CONFLICT (store_id, key) DO UPDATE SET "
                "value = excluded.value, digest = excluded.digest, "
                "version = store_setting.version + 1 RETURNING version"),
                {"s": store_id, "k": key, "v": value, "d": digest(value)}).scalar_one())

    def record_totals(self, store_id: str | None = None) -> tuple[int, int]:
        """(record count, sum of amounts) of commission records, for one store or all."""
        sql = "SELECT count(*), coalesce(sum(amount), 0) FROM commission_record"
        if store_id is not None:
            sql += " WHERE store_id = :s"
        with central_errors(self._where), self._engine.connect() as conn:
            row = conn.execute(text(sql), {"s": store_id}).one()
        return int(row[0]), int(row[1])

    def staff_totals(self, store_id: str, since: str, until: str) -> dict[str, int]:
        """Commission per staff member for records dated [since, until) in one store."""
        with central_errors(self._where), self._engine.connect() as conn:
            return {r[0]: int(r[1]) for r in conn.execute(text(
                "SELECT staff_id, sum(amount) FROM commission_record WHERE store_id = :s "
                "AND at >= :a AND at < :b GROUP BY staff_id ORDER BY staff_id"),
                {"s": store_id, "a": since, "b": until})}
