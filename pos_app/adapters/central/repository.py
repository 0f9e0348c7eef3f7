"""The central store: batched idempotent pushes, pulls, store-wide commission
settlement, and the managers' edits.

A push is one transaction with at most four statements, whatever the batch size:
the commission records as one INSERT ... SELECT over a JSON array (PostgreSQL
`json_to_recordset`, SQLite `json_each`) with ON CONFLICT (id) DO UPDATE only when
the incoming (version, digest) is higher; the periods those records belong to marked
due for settlement; the other events with ON CONFLICT (op_id) DO NOTHING; and the
terminal's cursor (highest sequence seen). A replay changes nothing, a reordering
cannot let an older version win, and a dropped connection rolls the whole batch back.

On PostgreSQL a terminal's role cannot write commission records or due periods itself:
the first two steps are one call of `pos_push_commission_records`, which refuses the
batch (as row-level security) if any row is not the caller's own terminal's, or if its
id belongs to another terminal's row; bisection then sets the forged rows aside. The
batch goes as `json` (central 0010_set_based_push: parsed once, one set-based INSERT),
and the same call moves the cursor (a backlog's batch is then one statement); a central
database not yet upgraded gets the 0005 `jsonb` call and the cursor's own statement.
The store-wide settlement (`SqlSettlementStore`) runs with the store's settlement role.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import Connection, Engine, TextClause, text

from pos_app.adapters.sqlite.commission_report_source import RECORD_COLUMNS, parse_plans
from pos_app.domain.commission import (
    CommissionPlan,
    CommissionRecord,
    PeriodKey,
    PeriodTotals,
    canonical_json,
    digest,
)
from pos_app.domain.errors import InputError, StaleVersion
from pos_app.services.central_sync import (
    BatchRejected,
    PulledPeriodTotals,
    PulledPlan,
    PulledSetting,
    PulledStaff,
    PushItem,
    TerminalIdentity,
)
from pos_app.services.commission_settlement import SettlementInputs
from pos_app.services.flags import StoreFlag
from pos_app.services.staff import STAFF_TOPIC, StaffRecord, merge_staff

from .engine import central_errors, describe
from .schema import RECORD_FIELDS
from .store_flags import pull_store_flags

_EVENT_FIELDS = (("op_id", "text"), ("store_id", "text"), ("terminal_id", "text"),
                 ("seq", "bigint"), ("topic", "text"), ("aggregate_id", "text"),
                 ("payload", "jsonb"), ("created_at", "text"))

# A terminal's push of commission records on PostgreSQL: every row must be its own.
PUSH_RECORDS_SQL = "SELECT pos_push_commission_records(CAST(:batch AS json))"
# The same, moving the push cursor too (the push's own statement otherwise).
_PUSH_RECORDS_AND_CURSOR_SQL = ("SELECT pos_push_commission_records(CAST(:batch AS json), "
                                "CAST(:q AS bigint))")
# The same before central 0010_set_based_push (a till upgraded before its central database).
PUSH_RECORDS_JSONB_SQL = "SELECT pos_push_commission_records(CAST(:batch AS jsonb))"
_HAS_JSON_PUSH = ("SELECT to_regprocedure('pos_push_commission_records(json, bigint)') "
                  "IS NOT NULL")

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


def _records_upsert(pg: bool) -> TextClause:
    """Commission records from a JSON array; a row changes only to a newer version."""
    updates = ", ".join(f"{_q(n)} = excluded.{_q(n)}" for n, _ in RECORD_FIELDS if n != "id")
    return text(_insert_select("commission_record", RECORD_FIELDS, pg)
                + f" ON CONFLICT (id) DO UPDATE SET {updates}, received_at = CURRENT_TIMESTAMP "
                + _NEWER.format(t="commission_record"))


# A terminal's push of staff on PostgreSQL: every row must be of its own store.
PUSH_STAFF_SQL = "SELECT pos_push_staff(CAST(:batch AS jsonb))"
_STAFF_FIELDS = (("id", "text"), ("store_id", "text"), ("name", "text"), ("role", "text"),
                 ("pin_hash", "text"), ("active", "int"), ("version", "int"),
                 ("active_version", "int"), ("digest", "text"), ("updated_by", "text"))
# The staff merge (services/staff.py `merge_staff`), as migration 0006_staff_sync's
# pos_push_staff does it on PostgreSQL.
_PROFILE = ('(excluded.version > staff.version OR (excluded.version = staff.version '
            'AND excluded.digest > staff.digest))')
_STATUS = ('(excluded.active_version > staff.active_version OR '
           '(excluded.active_version = staff.active_version AND excluded.active < staff.active))')


def _staff_merge(pg: bool) -> TextClause:
    """People from a JSON array, merged by version (the embedded database; PostgreSQL
    uses the checked function)."""
    return text(
        _insert_select("staff", _STAFF_FIELDS, pg) + " ON CONFLICT (id) DO UPDATE SET "
        f"name = CASE WHEN {_PROFILE} THEN excluded.name ELSE staff.name END, "
        f"role = CASE WHEN {_PROFILE} THEN excluded.role ELSE staff.role END, "
        f"pin_hash = CASE WHEN ({_PROFILE} OR staff.pin_hash IS NULL) "
        "AND coalesce(excluded.pin_hash, '') != '' THEN excluded.pin_hash "
        "ELSE staff.pin_hash END, "
        f"digest = CASE WHEN {_PROFILE} THEN excluded.digest ELSE staff.digest END, "
        f"version = CASE WHEN {_PROFILE} THEN excluded.version ELSE staff.version END, "
        f"active = CASE WHEN {_STATUS} THEN excluded.active ELSE staff.active END, "
        f"active_version = CASE WHEN {_STATUS} THEN excluded.active_version "
        "ELSE staff.active_version END, updated_by = excluded.updated_by "
        f"WHERE staff.store_id = excluded.store_id AND ({_PROFILE} OR {_STATUS} OR "
        "(staff.pin_hash IS NULL AND coalesce(excluded.pin_hash, '') != ''))")


def _staff_record(item: PushItem) -> StaffRecord:
    try:
        return StaffRecord.from_dict(item.payload)
    except InputError as exc:
        raise BatchRejected(str(exc)) from exc


def _due_upsert(pg: bool) -> TextClause:
    """Mark periods (a JSON array of keys) of store :s due for settlement."""
    keys = ("staff_id", "plan_id", "period_start")
    if pg:
        source = ("SELECT :s, staff_id, plan_id, period_start, 1, 0 FROM jsonb_to_recordset("
                  "CAST(:batch AS jsonb)) AS x(staff_id text, plan_id text, period_start text)")
    else:
        values = ", ".join(f"json_extract(value, '$.{k}')" for k in keys)
        source = f"SELECT :s, {values}, 1, 0 FROM json_each(:batch) WHERE true"
    return text(
        "INSERT INTO commission_settlement_due (store_id, staff_id, plan_id, period_start, "
        f"mark, settled_mark) {source} ON CONFLICT (store_id, staff_id, plan_id, period_start) "
        "DO UPDATE SET mark = commission_settlement_due.mark + 1")


def _records_json(identity: TerminalIdentity, records: Iterable[PushItem]) -> str:
    """The records as the JSON array the upsert reads: each record's canonical JSON
    (as stored, or made once while the sync checked it) with the store, sequence, digest
    and op id added, by text: no record is parsed or serialised here."""
    store = ',"store_id":' + json.dumps(identity.store_id) + ',"seq":'
    rows = []
    for it in records:
        body = it.record_json
        rows.append(f'{body[:-1]}{store}{int(it.seq)},"digest":{_json_text(it.digest)},'
                    f'"op_id":{_json_text(it.op_id)}}}')
    return "[" + ",".join(rows) + "]"


def _json_text(value: str) -> str:
    """`value` as a JSON string: a digest or an op id (letters, digits and '-', which
    need no escape) as it is between quotes, anything else escaped."""
    return f'"{value}"' if value.replace("-", "").isalnum() else json.dumps(value)


class SqlCentralStore:
    """The CentralStore port on PostgreSQL or SQLite, as one terminal's role."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._where = describe(engine)
        pg = engine.dialect.name == "postgresql"
        self._pg = pg
        # PostgreSQL: a terminal's role writes records only through the checked function
        # (migration 0005_terminal_isolation), which also marks their periods due.
        self._sql_records = text(_PUSH_RECORDS_AND_CURSOR_SQL) if pg else _records_upsert(pg)
        # PostgreSQL: whether the database has the json push (which also moves the
        # cursor) is asked at the first push.
        self._records_call_known = not pg
        self._records_move_cursor = pg
        self._sql_due = _due_upsert(pg)
        self._sql_staff = text(PUSH_STAFF_SQL) if pg else _staff_merge(pg)
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

    def identity_problem(self, identity: TerminalIdentity) -> str | None:
        """What the central database takes this connection for, against the configured
        store and terminal (PostgreSQL: the login role's `terminal_account` row; the
        embedded SQLite database has no roles and takes any)."""
        if not self._pg:
            return None
        with central_errors(self._where), self._engine.connect() as conn:
            store, terminal = conn.execute(text(
                "SELECT pos_current_store(), pos_current_terminal()")).one()
        if terminal is None:
            return (f"the central database {self._where} does not know this terminal's "
                    "role as a terminal of any store (revoked, or not provisioned): ask "
                    "head office to provision it (`rls.provision_terminal`)")
        if store != identity.store_id:
            return (f"configuration refused: [central] store_id is {identity.store_id!r} "
                    f"but the central database {self._where} knows this terminal's role "
                    f"as terminal {terminal!r} of store {store!r}; set [central] store_id "
                    "(or POS_APP_STORE_ID) to this store's id")
        if terminal != identity.terminal_id:
            return (f"configuration refused: [terminal] id is {identity.terminal_id!r} "
                    f"but the central database {self._where} knows this role as terminal "
                    f"{terminal!r} of store {store!r}; use this terminal's own role")
        return None

    def push(self, identity: TerminalIdentity, items: Sequence[PushItem]) -> None:
        records: dict[str, PushItem] = {}
        events: list[dict[str, Any]] = []
        high = 0
        people: dict[str, StaffRecord] = {}
        for it in items:
            high = max(high, it.seq)
            if it.topic == STAFF_TOPIC:  # a person added or changed (0006_staff_sync)
                person = _staff_record(it)
                earlier = people.get(person.id)
                people[person.id] = person if earlier is None else merge_staff(earlier,
                                                                              person)
                continue
            if not it.record_json:
                events.append({"op_id": it.op_id, "store_id": identity.store_id,
                               "terminal_id": identity.terminal_id, "seq": it.seq,
                               "topic": it.topic, "aggregate_id": it.aggregate_id,
                               "payload": it.payload, "created_at": it.created_at})
                continue
            # Two versions of one record in a batch: send only the newer (one statement
            # cannot update a row twice).
            prev = records.get(it.record_id)
            if prev is None or (it.version, it.digest) > (prev.version, prev.digest):
                records[it.record_id] = it
        # Every period a record belongs to is re-settled store-wide; keys in one order
        # so concurrent pushes of one store lock them without deadlocking (PostgreSQL:
        # the push function does it).
        due = [] if self._pg else sorted(
            {(r.staff_id, r.plan_id, r.period_start.isoformat())
             for r in (it.record for it in records.values())
             if r is not None and r.plan_id and r.period_start})
        batch = _records_json(identity, records.values()) if records else ""
        with central_errors(self._where), self._engine.begin() as conn:
            cursor_moved = False
            if records:
                if not self._records_call_known:
                    if not conn.execute(text(_HAS_JSON_PUSH)).scalar():
                        self._sql_records = text(PUSH_RECORDS_JSONB_SQL)
                        self._records_move_cursor = False
                    self._records_call_known = True
                conn.execute(self._sql_records, {"batch": batch, "q": high}
                             if self._records_move_cursor else {"batch": batch})
                cursor_moved = self._records_move_cursor
            if due and not self._pg:
                conn.execute(self._sql_due, {"s": identity.store_id, "batch": json.dumps(
                    [{"staff_id": a, "plan_id": b, "period_start": c} for a, b, c in due],
                    separators=(",", ":"))})
            if events:
                conn.execute(self._sql_events,
                             {"batch": json.dumps(events, separators=(",", ":"))})
            if people:
                conn.execute(self._sql_staff, {"batch": json.dumps(
                    [{**p.to_dict(), "active": int(p.active), "store_id": identity.store_id,
                      "updated_by": identity.terminal_id}
                     for _, p in sorted(people.items())], separators=(",", ":"))})
            if not cursor_moved:
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
                "SELECT id, store_id, name, role, active, version, digest, pin_hash, "
                "active_version FROM staff WHERE store_id = :s ORDER BY id"),
                {"s": identity.store_id}).all()
        return [PulledStaff(r[0], r[1], r[2], r[3], bool(r[4]), int(r[5]), r[6], r[7],
                            int(r[8])) for r in rows]

    def pull_store_flags(self, identity: TerminalIdentity) -> list[StoreFlag]:
        """The store's feature flag overrides (0008_store_flags; none before it)."""
        return pull_store_flags(self._engine, identity.store_id)

    def pull_settings(self, identity: TerminalIdentity) -> list[PulledSetting]:
        with central_errors(self._where), self._engine.connect() as conn:
            rows = conn.execute(text(
                "SELECT key, value, version, digest FROM store_setting WHERE store_id = :s "
                "ORDER BY key"), {"s": identity.store_id}).all()
        return [PulledSetting(r[0], r[1], int(r[2]), r[3]) for r in rows]

    def pull_period_totals(self, identity: TerminalIdentity,
                           since: date) -> list[PulledPeriodTotals]:
        """What the store's other terminals sold per staff member, plan and period
        (one aggregate; the store-wide settlement's own records are not sales)."""
        with central_errors(self._where), self._engine.connect() as conn:
            rows = conn.execute(text(_OTHERS_TOTALS), {
                "s": identity.store_id, "t": identity.terminal_id,
                "a": since.isoformat()}).all()
        return [PulledPeriodTotals(r[0], r[1], date.fromisoformat(str(r[2])), int(r[3]),
                                   int(r[4]), int(r[5]), int(r[6])) for r in rows]


_PERIOD_COLS = ", ".join(RECORD_COLUMNS)
_SALE_TOTALS = (
    "SELECT r.staff_id, r.plan_id, r.period_start, CAST(sum(r.base) AS bigint), "
    "CAST(sum(r.units) AS bigint), CAST(sum(r.tier_part) AS bigint), "
    "CAST(sum(r.amount) AS bigint) FROM commission_record r {join} WHERE r.store_id = :s "
    "AND r.kind IN ('sale', 'clawback') AND r.status = 'ok' AND r.plan_id IS NOT NULL "
    "AND r.period_start IS NOT NULL {where} GROUP BY r.staff_id, r.plan_id, r.period_start")


_OTHERS_TOTALS = _SALE_TOTALS.format(
    join="", where="AND r.terminal_id <> :t AND r.period_start >= :a") \
    + " ORDER BY r.staff_id, r.plan_id, r.period_start"


def _key(row: Sequence[Any]) -> PeriodKey:
    return PeriodKey(str(row[0]), str(row[1]), date.fromisoformat(str(row[2])))


class _SqlSettlementTransaction:
    """The reads and writes of one settlement run, on a connection holding the lock."""

    def __init__(self, conn: Connection, store_id: str, records_sql: TextClause) -> None:
        self._conn = conn
        self._store = store_id
        self._records_sql = records_sql

    def read(self, since: date | None) -> SettlementInputs:
        conn, s = self._conn, {"s": self._store}
        plans = parse_plans([(r[0], int(r[1]), r[2]) for r in conn.execute(text(
            "SELECT id, version, body FROM commission_plan WHERE store_id IS NULL "
            "OR store_id = :s ORDER BY id"), s)])
        # Due periods first: a push committed after this read keeps its period due, and
        # one committed before it is in the totals read after it.
        due = {_key(r): int(r[3]) for r in conn.execute(text(
            "SELECT staff_id, plan_id, period_start, mark FROM commission_settlement_due "
            "WHERE store_id = :s AND mark > settled_mark"), s)}
        totals: dict[PeriodKey, PeriodTotals] = {}
        queries = []
        if due:
            queries.append((_SALE_TOTALS.format(
                join="JOIN commission_settlement_due d ON d.store_id = r.store_id AND "
                     "d.staff_id = r.staff_id AND d.plan_id = r.plan_id AND "
                     "d.period_start = r.period_start AND d.mark > d.settled_mark",
                where=""), s))
        if since is not None:
            queries.append((_SALE_TOTALS.format(join="", where="AND r.period_start >= :a"),
                            {**s, "a": since.isoformat()}))
        for sql, params in queries:
            for r in conn.execute(text(sql), params):
                totals[_key(r)] = PeriodTotals(int(r[3]), int(r[4]), int(r[5]), int(r[6]))
        keys = set(due) | set(totals)
        records: list[CommissionRecord] = []
        if keys:
            first = min(k.start for k in keys).isoformat()
            rows = conn.execute(text(
                f"SELECT {_PERIOD_COLS} FROM commission_record WHERE store_id = :s "
                "AND kind IN ('tier_adjustment', 'bonus') AND period_start >= :a "
                "ORDER BY id"), {**s, "a": first}).mappings()
            for row in rows:
                rec = CommissionRecord.from_dict(dict(row))
                if rec.plan_id is not None and rec.period_start is not None and \
                        PeriodKey(rec.staff_id, rec.plan_id, rec.period_start) in keys:
                    records.append(rec)
        return SettlementInputs(plans, due, totals, tuple(records))

    def write(self, records: Sequence[CommissionRecord], settled: Mapping[PeriodKey, int]) \
            -> None:
        if records:
            rows = []
            for rec in records:
                row = rec.to_dict()
                # The digest of the record as a terminal would push it (without the store).
                row.update(store_id=self._store, seq=0, digest=digest(canonical_json(row)),
                           op_id=str(uuid.uuid5(_SETTLEMENT_OPS, f"{rec.id}|{rec.version}")))
                rows.append(row)
            self._conn.execute(self._records_sql,
                               {"batch": json.dumps(rows, separators=(",", ":"))})
        if settled:
            self._conn.execute(text(
                "UPDATE commission_settlement_due SET settled_mark = :m WHERE store_id = :s "
                "AND staff_id = :a AND plan_id = :p AND period_start = :d "
                "AND settled_mark < :m"),
                [{"s": self._store, "a": k.staff_id, "p": k.plan_id,
                  "d": k.start.isoformat(), "m": m} for k, m in sorted(settled.items())])


# Op ids of settlement record versions (a terminal's records carry their outbox op id).
_SETTLEMENT_OPS = uuid.UUID("5c0e7f3a-9b1d-4e2a-8c6f-3a7d2b9e1f40")


class SqlSettlementStore:
    """The SettlementStore port. On PostgreSQL it runs with a store's settlement role
    (`rls.provision_settler`), which settles that store only (row-level security
    refuses any other), or an administrator's connection; a terminal's role is refused
    (it has no rights on the settlement tables). The embedded SQLite has no roles."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._where = describe(engine)
        self._pg = engine.dialect.name == "postgresql"
        self._records_sql = _records_upsert(self._pg)

    @contextmanager
    def transaction(self, store_id: str) -> Iterator[_SqlSettlementTransaction]:
        with central_errors(self._where), self._engine.begin() as conn:
            conn.execute(text("INSERT INTO commission_settlement_lock (store_id) VALUES (:s) "
                              "ON CONFLICT (store_id) DO NOTHING"), {"s": store_id})
            if self._pg:
                # Held to the commit: the next runner of this store waits here, then reads
                # what this one wrote (each statement of READ COMMITTED sees the latest).
                conn.execute(text("SELECT store_id FROM commission_settlement_lock "
                                  "WHERE store_id = :s FOR UPDATE"), {"s": store_id})
            yield _SqlSettlementTransaction(conn, store_id, self._records_sql)


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
                "active_version = staff.active_version + CASE WHEN staff.active = "
                "excluded.active THEN 0 ELSE 1 END, "
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
