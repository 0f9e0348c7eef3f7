"""Commission records for the back office from this terminal's local database, and the
record queries both report sources share.

Implements `services.commission_reports.ReportSource` (and `SaleRefs`: receipt numbers
and line titles are only known locally). The central database's `commission_record`
has the same columns plus `store_id`, so `RecordReads` builds each query once for
SQLite and PostgreSQL (adapters/central/report_source.py). Local days are computed in
SQL: `at` is UTC ISO text, shifted by each segment's constant UTC offset.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, RowMapping, text

from pos_app.domain.commission import (
    CommissionPlan,
    CommissionRecord,
    PeriodTotals,
    PlanBook,
    PlanInvalid,
    RecordKind,
)
from pos_app.services.commission_reports import (
    DayBucket,
    DaySegment,
    Directory,
    Freshness,
    PeriodAmount,
    ReportScope,
    SaleRef,
    SourceName,
    StaffInfo,
)

from .store import LocalDatabase

RECORD_COLUMNS = (
    "id", "version", "kind", "status", "staff_id", "currency", "at", "terminal_id", "amount",
    "base", "units", "rate_part", "spiff_part", "tier_part", "share_bp", "line_quantity",
    "sale_id", "line_no", "plan_id", "plan_version", "period_start", "return_of_sale",
    "return_of_line", "of_record", "sku", "reason")
_COLS = ", ".join(RECORD_COLUMNS)
_EPOCH = date(1970, 1, 1)
_CHUNK = 500


def _record(row: RowMapping) -> CommissionRecord:
    return CommissionRecord.from_dict(dict(row))


def _record_of(row: Sequence[Any]) -> CommissionRecord:
    """A record from a plain row of `_COLS`, in that order (no mapping built per row: a
    year's report reads ~600 bonuses this way)."""
    return CommissionRecord.from_dict(dict(zip(RECORD_COLUMNS, row, strict=True)))


def _minute_of(at: str) -> int:
    """Whole UTC minutes since 1970 of an ISO instant (`at_minute` of a record at it)."""
    return int(datetime.fromisoformat(at).timestamp()) // 60


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i:i + _CHUNK]


def _marks(prefix: str, values: Sequence[Any], params: dict[str, Any]) -> str:
    for i, v in enumerate(values):
        params[f"{prefix}{i}"] = v
    return ", ".join(f":{prefix}{i}" for i in range(len(values)))


def parse_plans(rows: Sequence[tuple[str, int, str]]) -> PlanBook:
    """A plan book from (id, version, body) rows; unreadable plans are listed, not raised."""
    plans: list[CommissionPlan] = []
    broken: dict[str, str] = {}
    for pid, version, body in rows:
        try:
            plans.append(CommissionPlan.from_dict(json.loads(body), version=int(version)))
        except PlanInvalid as exc:
            broken[pid] = str(exc)
        except ValueError as exc:
            broken[pid] = f"body is not JSON: {exc}"
    return PlanBook(tuple(plans), broken)


class RecordReads:
    """The report queries on a `commission_record` table; subclasses give `_connect`.

    `store_column`: the table has `store_id` (central). Without it every row is of
    `local_store`, and a scope naming another store matches nothing."""

    def __init__(self, *, postgres: bool, store_column: bool,
                 local_store: str | None = None) -> None:
        self._pg = postgres
        self._store_column = store_column
        self._local_store = local_store
        self._has_bigint_sum: bool | None = None  # PostgreSQL: asked once, when needed
        self._has_at_minute: bool | None = None  # likewise

    def _connect(self) -> AbstractContextManager[Connection]:
        raise NotImplementedError

    # ---- SQL pieces ---------------------------------------------------------------------

    def _where(self, scope: ReportScope, params: dict[str, Any]) -> str:
        out = []
        if scope.store_id is not None:
            if self._store_column:
                out.append("store_id = :f_store")
                params["f_store"] = scope.store_id
            elif scope.store_id != self._local_store:
                out.append("1 = 0")
        if scope.terminal_id is not None:
            out.append("terminal_id = :f_terminal")
            params["f_terminal"] = scope.terminal_id
        if scope.staff_id is not None:
            out.append("staff_id = :f_staff")
            params["f_staff"] = scope.staff_id
        return " AND ".join(out) or "1 = 1"

    def _day(self, offset_minutes: int) -> str:
        """The local day of `at` (UTC ISO text) at a constant offset, as YYYY-MM-DD."""
        m = int(offset_minutes)
        if m == 0:
            return "substr(at, 1, 10)"
        if self._pg:
            return ("to_char((CAST(at AS timestamptz) AT TIME ZONE 'UTC') "
                    f"+ interval '{m} minutes', 'YYYY-MM-DD')")
        return f"date(at, '{m:+d} minutes')"

    def _day_expr(self, segments: Sequence[DaySegment], params: dict[str, Any]) -> str:
        if len(segments) == 1 or len({s.offset_minutes for s in segments}) == 1:
            return self._day(segments[0].offset_minutes)
        whens = []
        for i, seg in enumerate(segments[:-1]):
            params[f"seg{i}"] = seg.until
            whens.append(f"WHEN at < :seg{i} THEN {self._day(seg.offset_minutes)}")
        return f"CASE {' '.join(whens)} ELSE {self._day(segments[-1].offset_minutes)} END"

    def _at_minute(self, conn: Connection) -> bool:
        """The table has `at_minute` (PostgreSQL at 0012_report_at_minute or later: the
        UTC minute of `at`, stored, for the report's day groups)."""
        if not self._pg:
            return False
        if self._has_at_minute is None:
            self._has_at_minute = bool(conn.execute(text(
                "SELECT EXISTS (SELECT 1 FROM pg_attribute WHERE attname = 'at_minute' "
                "AND attrelid = to_regclass('commission_record') AND NOT attisdropped)"
            )).scalar())
        return self._has_at_minute

    def _day_number(self, segments: Sequence[DaySegment],
                    bucket_of: Mapping[date, date] | None, params: dict[str, Any]) -> str:
        """PostgreSQL with `at_minute`: the local day of a record as days since
        1970-01-01 (its UTC minute plus its segment's offset, in whole days), or with
        `bucket_of` the first day of its bucket (a day it lacks stays itself): integer
        arithmetic and one array element per record, grouped by bucket at once (a year
        by week: ~2,650 groups for 50 staff, not ~18,000 days summed a second time).
        The segments end on whole minutes (local midnights, offset changes), so
        `at < until` is `at_minute < until's minute`."""
        if len({s.offset_minutes for s in segments}) == 1:
            shifted = f"at_minute + {int(segments[0].offset_minutes)}"
        else:
            whens = []
            for i, seg in enumerate(segments[:-1]):
                params[f"segm{i}"] = _minute_of(seg.until)
                whens.append(f"WHEN at_minute < :segm{i} THEN {int(seg.offset_minutes)}")
            shifted = (f"at_minute + CASE {' '.join(whens)} "
                       f"ELSE {int(segments[-1].offset_minutes)} END")
        number = f"(({shifted}) / 1440)"
        if not bucket_of:
            return number
        lo, hi = min(bucket_of), max(bucket_of)
        params["b_base"] = (lo - _EPOCH).days - 1  # the array's first element is [1]
        params["b_map"] = [(bucket_of.get(d, d) - _EPOCH).days for d in
                           (lo + timedelta(days=i) for i in range((hi - lo).days + 1))]
        return f"coalesce((CAST(:b_map AS bigint[]))[{number} - :b_base], {number})"

    # ---- queries -------------------------------------------------------------------------

    def _sum(self, expr: str, bigint_sum: bool = False, where: str = "") -> str:
        only = f" FILTER (WHERE {where})" if where else ""
        if not self._pg:
            return f"sum({expr}){only}"
        if bigint_sum:  # a bigint running total (central 0009_report_sums)
            return f"pos_bigint_sum({expr}){only}"
        # PostgreSQL sums bigints as numeric (Decimal in Python): a bigint is enough here.
        return f"CAST(sum({expr}){only} AS bigint)"

    def _bigint_sum(self, conn: Connection) -> bool:
        """The database has `pos_bigint_sum` (PostgreSQL at 0009_report_sums or later;
        an older one is read with `sum`)."""
        if not self._pg:
            return False
        if self._has_bigint_sum is None:
            self._has_bigint_sum = bool(conn.execute(text(
                "SELECT to_regprocedure('pos_bigint_sum(bigint)') IS NOT NULL")).scalar())
        return self._has_bigint_sum

    def _at_for_range(self, conn: Connection, since: str, until: str) -> str:
        """`at`, or `+at` to keep SQLite off the time index when the range covers most of
        the records' time span: walking the index then fetching each row is slower than
        reading the table (a year of 50 staff: ~910 ms instead of ~720 ms). SQLite keeps
        no range statistics, so ask the index for the span (two lookups). PostgreSQL
        plans this itself."""
        if self._pg:
            return "at"
        first, last = conn.execute(text("SELECT min(at), max(at) FROM commission_record")).one()
        if first is None or last is None:
            return "at"
        try:
            lo, hi = datetime.fromisoformat(first), datetime.fromisoformat(last)
            a = max(datetime.fromisoformat(since), lo)
            b = min(datetime.fromisoformat(until), hi)
        except (TypeError, ValueError):
            return "at"
        span = (hi - lo).total_seconds()
        covered = max(0.0, (b - a).total_seconds())
        return "+at" if span <= 0 or covered / span > 0.3 else "at"

    def day_buckets(self, scope: ReportScope, segments: Sequence[DaySegment],
                    bucket_of: Mapping[date, date] | None = None) -> list[DayBucket]:
        if not segments:
            return []
        params: dict[str, Any] = {"since": segments[0].since, "until": segments[-1].until}
        with self._connect() as conn:
            at = self._at_for_range(conn, params["since"], params["until"])
            fast = self._bigint_sum(conn)
            minutes = self._at_minute(conn)
            day = self._day_number(segments, bucket_of, params) if minutes \
                else self._day_expr(segments, params)
            if self._pg:
                # Filtered aggregates: a record's kind and status are tested once each,
                # not turned into zeros to add (~10 % of the query on a year). Only the
                # rare clawbacks are filtered: the sales' amount and lines are all the
                # records' less the clawbacks' (the records are sales and clawbacks).
                # Most records are 'sale' and 'ok', which a test for 'clawback' or
                # 'needs_review' refuses by their length alone, where a test for 'sale'
                # compares the text: two such filters instead of four (~4 % of the query
                # on a year). A repeated aggregate is computed once per group.
                clawback = "coalesce(" + self._sum("amount", fast, "kind = 'clawback'") + ", 0)"
                clawbacks = "count(*) FILTER (WHERE kind = 'clawback')"
                figures = [self._sum("base", fast), self._sum("units", fast),
                           f"{self._sum('amount', fast)} - {clawback}", clawback,
                           "count(*) FILTER (WHERE status = 'needs_review')",
                           f"count(*) - {clawbacks}"]
            else:
                figures = [self._sum(e) for e in (
                    "base", "units", "CASE WHEN kind = 'sale' THEN amount ELSE 0 END",
                    "CASE WHEN kind = 'clawback' THEN amount ELSE 0 END",
                    "CASE WHEN status = 'needs_review' THEN 1 ELSE 0 END",
                    "CASE WHEN kind = 'sale' THEN 1 ELSE 0 END")]
            sums = ", ".join(f"{e} AS s{i}" for i, e in enumerate([*figures, "count(*)"]))
            sql = (
                f"SELECT {day} AS day, staff_id, currency, {sums} "
                f"FROM commission_record WHERE {at} >= :since AND {at} < :until "
                f"AND kind IN ('sale', 'clawback') AND {self._where(scope, params)} "
                # Grouped day first, by as few keys as possible: SQLite sorts every record
                # of the period for a GROUP BY, and reads the table in order instead of
                # walking the staff index row by row (a year of 50 staff: ~350 ms instead
                # of ~600 ms).
                "GROUP BY day, staff_id, currency")
            if bucket_of and self._pg and not minutes:
                # Then the days summed by bucket (a year by week: ~2,600 rows for 50 staff
                # instead of ~18,000 to read and add up here), each day joined to its
                # bucket's first day: a few ms on top of the days' aggregate, planned as
                # before. SQLite answers days; the service puts them in their buckets.
                params["b_days"] = [d.isoformat() for d in bucket_of]
                params["b_firsts"] = [f.isoformat() for f in bucket_of.values()]
                outer = ", ".join(self._sum(f"d.s{i}", fast) for i in range(7))
                sql = (
                    f"SELECT coalesce(b.first_day, d.day) AS bucket, d.staff_id, d.currency, "
                    f"{outer} FROM ({sql}) AS d LEFT JOIN unnest(CAST(:b_days AS text[]), "
                    "CAST(:b_firsts AS text[])) AS b(local_day, first_day) "
                    "ON b.local_day = d.day GROUP BY bucket, d.staff_id, d.currency")
            if self._pg:
                # The planner cannot estimate groups of an expression and sorts all the
                # period's records (a year: 365,000) to aggregate; a year is only ~20,000
                # groups, so hash them in memory (430 ms -> 240 ms). This query only.
                # Compiling the expressions (JIT, ~30-60 ms) costs more than it saves on
                # one pass over a year's records. The three in one statement (one round
                # trip, not three), each LOCAL: they end with the transaction, which
                # ends with the read (the connection may go on to the report's other
                # reads: `reading()`).
                conn.execute(text("SELECT set_config('work_mem', '64MB', true), "
                                  "set_config('enable_sort', 'off', true), "
                                  "set_config('jit', 'off', true)"))
            rows = conn.execute(text(sql), params).all()
            if self._pg:
                conn.rollback()
        if minutes:  # day numbers (days since 1970-01-01); the sums are bigints already
            days = {n: _EPOCH + timedelta(days=n) for n in {r[0] for r in rows}}
            return [DayBucket(r[1], days[r[0]], *r[2:]) for r in rows]
        return [DayBucket(r[1], date.fromisoformat(r[0]), r[2], int(r[3]), int(r[4]),
                          int(r[5]), int(r[6]), int(r[7]), int(r[8]), int(r[9]))
                for r in rows]

    def period_records(self, scope: ReportScope, first_start: date,
                       before: date) -> list[CommissionRecord]:
        params: dict[str, Any] = {"a": first_start.isoformat(), "b": before.isoformat()}
        sql = text(
            f"SELECT {_COLS} FROM commission_record WHERE kind IN ('bonus', 'tier_adjustment') "
            f"AND period_start >= :a AND period_start < :b AND {self._where(scope, params)} "
            "ORDER BY period_start, staff_id, id")
        with self._connect() as conn:
            rows = conn.execute(sql, params).all()
        return [_record_of(r) for r in rows]

    def period_amounts(self, scope: ReportScope, first_start: date,
                       before: date) -> list[PeriodAmount]:
        """`period_records` as the team report reads them: seven columns, no record built
        (a year of 50 staff: ~600 rows, ~1 ms instead of ~5 ms)."""
        params: dict[str, Any] = {"a": first_start.isoformat(), "b": before.isoformat()}
        sql = text(
            "SELECT staff_id, kind, currency, at, amount, plan_id, period_start "
            "FROM commission_record WHERE kind IN ('bonus', 'tier_adjustment') "
            f"AND period_start >= :a AND period_start < :b AND {self._where(scope, params)} "
            "ORDER BY period_start, staff_id, id")
        with self._connect() as conn:
            rows = conn.execute(sql, params).all()
        kinds = {k.value: k for k in RecordKind}
        starts: dict[str, date] = {}
        out = []
        for staff, kind, currency, at, amount, plan, start in rows:
            day = starts.get(start) if start else None
            if start and day is None:
                day = starts[start] = date.fromisoformat(start)
            out.append(PeriodAmount(str(staff), kinds.get(kind) or RecordKind(kind),
                                    str(currency), str(at), int(amount), plan, day))
        return out

    def period_totals(self, scope: ReportScope, keys: Collection[tuple[str, str, date]]) \
            -> dict[tuple[str, str, date], PeriodTotals]:
        wanted = set(keys)
        plans = sorted({k[1] for k in wanted})
        starts = sorted({k[2].isoformat() for k in wanted})
        sale = "kind IN ('sale', 'clawback')"
        out: dict[tuple[str, str, date], PeriodTotals] = {}
        with self._connect() as conn:
            fast = self._bigint_sum(conn)
            sums = ", ".join(self._sum(e, fast) for e in (
                f"CASE WHEN {sale} THEN base ELSE 0 END",
                f"CASE WHEN {sale} THEN units ELSE 0 END",
                f"CASE WHEN {sale} THEN tier_part ELSE 0 END", "amount"))
            # By staff, plan and period: the (staff_id, plan_id, period_start) index.
            for chunk in _chunks(sorted({k[0] for k in wanted})):
                params: dict[str, Any] = {}
                sql = text(
                    f"SELECT staff_id, plan_id, period_start, {sums} "
                    "FROM commission_record WHERE status = 'ok' "
                    f"AND staff_id IN ({_marks('s', chunk, params)}) "
                    f"AND plan_id IN ({_marks('p', plans, params)}) "
                    f"AND period_start IN ({_marks('d', starts, params)}) "
                    f"AND {self._where(scope, params)} "
                    "GROUP BY staff_id, plan_id, period_start")
                for r in conn.execute(sql, params):
                    key = (r[0], r[1], date.fromisoformat(r[2]))
                    if key in wanted:
                        out[key] = PeriodTotals(int(r[3]), int(r[4]), int(r[5]), int(r[6]))
        return out

    def records(self, scope: ReportScope, since: str, until: str) -> list[CommissionRecord]:
        params: dict[str, Any] = {"a": since, "b": until}
        sql = text(
            f"SELECT {_COLS} FROM commission_record WHERE at >= :a AND at < :b "
            f"AND kind IN ('sale', 'clawback') AND {self._where(scope, params)} "
            "ORDER BY at, sale_id, line_no, id")
        with self._connect() as conn:
            rows = conn.execute(sql, params).mappings().all()
        return [_record(r) for r in rows]

    def records_by_id(self, ids: Collection[str]) -> list[CommissionRecord]:
        out: list[CommissionRecord] = []
        with self._connect() as conn:
            for chunk in _chunks(sorted(ids)):
                params: dict[str, Any] = {}
                marks = _marks("i", chunk, params)
                out += [_record(r) for r in conn.execute(text(
                    f"SELECT {_COLS} FROM commission_record WHERE id IN ({marks})"),
                    params).mappings()]
        return out

    def needs_review(self, scope: ReportScope) -> list[CommissionRecord]:
        params: dict[str, Any] = {}
        sql = text(f"SELECT {_COLS} FROM commission_record WHERE status = 'needs_review' "
                   f"AND {self._where(scope, params)} ORDER BY at, id")
        with self._connect() as conn:
            rows = conn.execute(sql, params).mappings().all()
        return [_record(r) for r in rows]

    def _newest(self, conn: Connection, scope: ReportScope) -> str | None:
        params: dict[str, Any] = {}
        got = conn.execute(text(f"SELECT max(at) FROM commission_record WHERE "
                                f"{self._where(scope, params)}"), params).scalar()
        return None if got is None else str(got)

    def _record_staff(self, conn: Connection) -> list[tuple[str | None, str]]:
        """(store, staff id) of everyone with records, named or not."""
        if self._store_column:
            rows = conn.execute(text(
                "SELECT DISTINCT store_id, staff_id FROM commission_record")).all()
            return [(r[0], r[1]) for r in rows]
        return [(self._local_store, r[0]) for r in conn.execute(text(
            "SELECT DISTINCT staff_id FROM commission_record"))]


class SqliteReportSource(RecordReads):
    """This terminal's records (and the plans and staff it last pulled)."""

    name: SourceName = "local"

    def __init__(self, db: LocalDatabase, *, store_id: str | None, terminal_id: str) -> None:
        super().__init__(postgres=False, store_column=False, local_store=store_id)
        self._db = db
        self._store_id = store_id
        self._terminal_id = terminal_id

    def _connect(self) -> AbstractContextManager[Connection]:
        return self._db.read()

    @property
    def description(self) -> str:
        return f"this terminal's records only ({self._terminal_id})"

    def _staff(self, conn: Connection) -> dict[str, StaffInfo]:
        """The central directory as pulled, overridden by this terminal's own staff."""
        staff: dict[str, StaffInfo] = {}
        for sid, name, role in conn.execute(text(
                "SELECT id, name, role FROM staff_directory ORDER BY id")):
            staff[sid] = StaffInfo(sid, name, role, self._store_id)
        for sid, name, role in conn.execute(text("SELECT id, name, role FROM staff")):
            staff[sid] = StaffInfo(sid, name, role, self._store_id)
        return staff

    def staff(self) -> tuple[StaffInfo, ...]:
        with self._db.read() as conn:
            return tuple(self._staff(conn).values())

    def directory(self) -> Directory:
        with self._db.read() as conn:
            staff = self._staff(conn)
            for _store, sid in self._record_staff(conn):
                staff.setdefault(sid, StaffInfo(sid, sid, None, self._store_id))
            terminals = {r[0] for r in conn.execute(text(
                "SELECT DISTINCT terminal_id FROM commission_record"))} | {self._terminal_id}
        return Directory(
            (self._store_id,) if self._store_id else (),
            tuple((self._store_id, t) for t in sorted(terminals)),
            tuple(sorted(staff.values(), key=lambda s: (s.name.casefold(), s.id))))

    def plan_book(self) -> PlanBook:
        with self._db.read() as conn:
            rows = conn.execute(text(
                "SELECT id, version, body FROM commission_plan ORDER BY id")).all()
        return parse_plans([(r[0], int(r[1]), r[2]) for r in rows])

    def plans(self) -> list[CommissionPlan]:
        """The plans as last pulled (for the plan list while offline)."""
        return list(self.plan_book().plans)

    def freshness(self, scope: ReportScope) -> Freshness:
        with self._db.read() as conn:
            newest = self._newest(conn, scope)
            pending = conn.execute(text(
                "SELECT count(*) FROM outbox WHERE topic = 'commission_record' "
                "AND status = 'pending'")).scalar()
        return Freshness(newest, None, int(pending or 0))

    def sale_refs(self, sale_ids: Collection[str]) -> Mapping[str, SaleRef]:
        found: dict[str, tuple[str, int | None, dict[int, str]]] = {}
        with self._db.read() as conn:
            for chunk in _chunks(sorted(sale_ids)):
                params: dict[str, Any] = {}
                marks = _marks("s", chunk, params)
                for sid, terminal, receipt, line_no, title in conn.execute(text(
                        "SELECT s.id, s.terminal_id, s.receipt_no, l.line_no, l.title "
                        "FROM sale s LEFT JOIN sold_line l ON l.sale_id = s.id "
                        f"WHERE s.id IN ({marks})"), params):
                    entry = found.setdefault(sid, (terminal, receipt, {}))
                    if line_no is not None:
                        entry[2][int(line_no)] = title
        return {sid: SaleRef(t, r, titles) for sid, (t, r, titles) in found.items()}
