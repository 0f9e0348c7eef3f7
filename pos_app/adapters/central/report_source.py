"""Commission records of every store and terminal, read from the central database, for
the back office (PostgreSQL or the embedded SQLite default).

Implements `services.commission_reports.ReportSource` with an administrator's (or a
manager's) connection. Driver failures are typed by `central_errors`: unreachable or
dropped is CentralUnavailable (Offline), refused credentials CentralAuthFailed, both
EnvironmentFaults, on which the back office falls back to this terminal's data.
"""

from __future__ import annotations

import threading
from collections.abc import Collection, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, text

from pos_app.adapters.sqlite.commission_report_source import RecordReads, parse_plans
from pos_app.domain.commission import PlanBook
from pos_app.services.commission_reports import (
    Directory,
    Freshness,
    ReportScope,
    SaleRef,
    SourceName,
    StaffInfo,
)

from .engine import central_errors, describe

# Sale ids per query: a drill-down asks for a few hundred, so one query in practice.
_REF_CHUNK = 1000


def _iso(value: Any) -> str | None:
    """A timestamp from either driver as UTC ISO text (SQLite gives naive UTC text)."""
    if value is None:
        return None
    ts = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    if ts.tzinfo is None:
        ts = ts.replace(tzinfo=UTC)
    return ts.astimezone(UTC).isoformat(timespec="microseconds")


class CentralReportSource(RecordReads):
    name: SourceName = "central"

    def __init__(self, engine: Engine) -> None:
        postgres = engine.dialect.name == "postgresql"
        super().__init__(postgres=postgres, store_column=True)
        self._engine = engine
        self._held = threading.local()  # the connection `reading()` holds, per thread
        self._where_db = describe(engine)
        receipt = ("payload ->> 'receipt_no'" if postgres
                   else "json_extract(payload, '$.receipt_no')")
        self._refs_sql = text(
            f"SELECT aggregate_id, terminal_id, {receipt} FROM terminal_event "
            "WHERE topic = 'sale' AND aggregate_id IN :ids ORDER BY seq"
        ).bindparams(bindparam("ids", expanding=True))

    @contextmanager
    def _session(self) -> Iterator[Connection]:
        held: Connection | None = getattr(self._held, "conn", None)
        if held is not None:  # inside `reading()`: its connection
            with central_errors(self._where_db):
                yield held
            return
        with central_errors(self._where_db), self._engine.connect() as conn:
            yield conn

    @contextmanager
    def reading(self) -> Iterator[None]:
        """The reads of one report (the staff, the buckets, the plans, the period records
        and totals, the freshness) on one connection of this thread: one checkout, one
        liveness ping and one reset, not one of each per read (six a report). Each
        statement still sees what was committed before it (read committed)."""
        if getattr(self._held, "conn", None) is not None:
            yield
            return
        with central_errors(self._where_db), self._engine.connect() as conn:
            self._held.conn = conn
            try:
                yield
            finally:
                self._held.conn = None

    def _connect(self) -> AbstractContextManager[Connection]:
        return self._session()

    @property
    def description(self) -> str:
        return "all stores and terminals"

    @staticmethod
    def _staff(conn: Connection) -> dict[str, StaffInfo]:
        return {sid: StaffInfo(sid, name, role, store) for sid, store, name, role in
                conn.execute(text("SELECT id, store_id, name, role FROM staff ORDER BY id"))}

    def staff(self) -> tuple[StaffInfo, ...]:
        with self._session() as conn:
            return tuple(self._staff(conn).values())

    def directory(self) -> Directory:
        with self._session() as conn:
            staff = self._staff(conn)
            for store, sid in self._record_staff(conn):
                staff.setdefault(sid, StaffInfo(sid, sid, None, store))
            pairs = {(r[0], r[1]) for r in conn.execute(text(
                "SELECT store_id, terminal_id FROM terminal_cursor"))}
            pairs |= {(r[0], r[1]) for r in conn.execute(text(
                "SELECT DISTINCT store_id, terminal_id FROM commission_record"))}
        stores = {s.store_id for s in staff.values() if s.store_id} | {p[0] for p in pairs}
        return Directory(
            tuple(sorted(stores)), tuple(sorted(pairs)),
            tuple(sorted(staff.values(), key=lambda s: (s.name.casefold(), s.id))))

    def plan_book(self) -> PlanBook:
        with self._session() as conn:
            rows = conn.execute(text(
                "SELECT id, version, body FROM commission_plan ORDER BY id")).all()
        return parse_plans([(r[0], int(r[1]), r[2]) for r in rows])

    def freshness(self, scope: ReportScope) -> Freshness:
        params: dict[str, Any] = {}
        where = []
        if scope.store_id is not None:
            where.append("store_id = :s")
            params["s"] = scope.store_id
        if scope.terminal_id is not None:
            where.append("terminal_id = :t")
            params["t"] = scope.terminal_id
        with self._session() as conn:
            newest = self._newest(conn, scope)
            pushed = conn.execute(text(
                "SELECT max(last_push_at) FROM terminal_cursor WHERE "
                + (" AND ".join(where) or "1 = 1")), params).scalar()
        return Freshness(newest, _iso(pushed), None)

    def sale_refs(self, sale_ids: Collection[str]) -> Mapping[str, SaleRef]:
        """Receipt number and terminal of sales rung up on any terminal, from the 'sale'
        events the terminals pushed (every pushed payload carries its `receipt_no`).
        Line titles are not pushed: a ref from here has none."""
        wanted = sorted(set(sale_ids))
        out: dict[str, SaleRef] = {}
        with self._session() as conn:
            for i in range(0, len(wanted), _REF_CHUNK):
                for sid, terminal, receipt in conn.execute(
                        self._refs_sql, {"ids": wanted[i:i + _REF_CHUNK]}):
                    out.setdefault(str(sid), SaleRef(
                        str(terminal), None if receipt is None else int(receipt)))
        return out
