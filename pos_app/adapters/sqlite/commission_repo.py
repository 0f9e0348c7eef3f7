"""The commission ledger in the local database: plans, roles, items, records, period sums.

Records are written only as `commission_record` outbox events; the trigger of
migration 0004 materialises them in `commission_record` in the same transaction.
Provisional period records (the terminal's own tier/bonus figures) are written the
same way with the outbox status 'local': materialised here, never pushed.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import RowMapping, text

from pos_app.domain.clock import IdGenerator
from pos_app.domain.commission import (
    CommissionPlan,
    CommissionRecord,
    ItemClass,
    PeriodTotals,
    PlanBook,
    PlanInvalid,
    RecordKind,
    canonical_json,
    digest,
)
from pos_app.services.commission_calculator import RECORD_TOPIC, OriginalsOfSale, OtherTills

from .central_outbox import OTHER_TILLS_KEY
from .store import LocalDatabase

_CHUNK = 500
_APPEND_CHUNK = 100  # records per write transaction of append (a few ms of the writer)
LOCAL_ONLY = "local"  # outbox status of an event kept on the terminal, never pushed

_RECORD_COLS = (
    "id, version, kind, status, staff_id, currency, at, terminal_id, amount, base, units, "
    "rate_part, spiff_part, tier_part, share_bp, line_quantity, sale_id, line_no, plan_id, "
    "plan_version, period_start, return_of_sale, return_of_line, of_record, sku, reason")


def _record(row: RowMapping) -> CommissionRecord:
    return CommissionRecord.from_dict(dict(row))


class SqliteCommissionLedger:
    def __init__(self, db: LocalDatabase, ids: IdGenerator) -> None:
        self._db = db
        self._ids = ids

    # ---- reference data ----------------------------------------------------------------

    def plan_book(self) -> PlanBook:
        plans: list[CommissionPlan] = []
        broken: dict[str, str] = {}
        with self._db.read() as conn:
            rows = conn.execute(text(
                "SELECT id, version, body FROM commission_plan ORDER BY id")).all()
        for pid, version, body in rows:
            try:
                plans.append(CommissionPlan.from_dict(json.loads(body), version=int(version)))
            except PlanInvalid as exc:
                broken[pid] = str(exc)
            except ValueError as exc:
                broken[pid] = f"body is not JSON: {exc}"
        return PlanBook(tuple(plans), broken)

    def staff_roles(self) -> Mapping[str, str]:
        """Roles from the central staff directory, overridden by this terminal's staff."""
        with self._db.read() as conn:
            roles = {r[0]: r[1] for r in conn.execute(text(
                "SELECT id, role FROM staff_directory WHERE active = 1"))}
            roles.update({r[0]: r[1] for r in conn.execute(text(
                "SELECT id, role FROM staff WHERE active = 1"))})
        return roles

    def item_classes(self, skus: Collection[str]) -> Mapping[str, ItemClass]:
        wanted = sorted(set(skus))
        out: dict[str, ItemClass] = {}
        with self._db.read() as conn:
            for i in range(0, len(wanted), _CHUNK):
                chunk = wanted[i:i + _CHUNK]
                marks = ", ".join(f":s{j}" for j in range(len(chunk)))
                params = {f"s{j}": s for j, s in enumerate(chunk)}
                rows = conn.execute(text(
                    "SELECT v.sku, p.product_type, group_concat(c.collection, char(31)) "
                    "FROM variant v JOIN product p ON p.id = v.product_id "
                    "LEFT JOIN product_collection c ON c.product_id = p.id "
                    f"WHERE v.sku IN ({marks}) GROUP BY v.id ORDER BY v.id"), params).all()
                for sku, ptype, cols in rows:
                    out.setdefault(sku, ItemClass(
                        sku, ptype or "", frozenset(cols.split("\x1f")) if cols else frozenset()))
        return out

    def set_collections(self, product_id: str, collections: Collection[str]) -> None:
        with self._db.write() as conn:
            conn.execute(text("DELETE FROM product_collection WHERE product_id = :p"),
                         {"p": product_id})
            if collections:
                conn.execute(text("INSERT INTO product_collection (product_id, collection) "
                                  "VALUES (:p, :c)"),
                             [{"p": product_id, "c": c} for c in sorted(set(collections))])

    # ---- records ------------------------------------------------------------------------

    def period_totals(self, staff_id: str, plan_id: str, start: date) -> PeriodTotals:
        """This terminal's records plus the other tills' totals as last pulled (their
        records never reach this table, so nothing is counted twice). The other tills'
        amount is of their sale and clawback records only: tier adjustments and bonuses
        are counted once, by this terminal's provisional figures."""
        with self._db.read() as conn:
            row = conn.execute(text(
                "SELECT coalesce(sum(v), 0), coalesce(sum(u), 0), coalesce(sum(t), 0), "
                "coalesce(sum(a), 0) FROM ("
                # This terminal's 'ok' records summed by triggers (0018_history_scale):
                # one row, however many sales the period has had.
                "SELECT value AS v, units AS u, tier_paid AS t, amount AS a "
                "FROM commission_period_total "
                "WHERE staff_id = :s AND plan_id = :p AND period_start = :d "
                "UNION ALL SELECT value, units, tier_paid, amount FROM remote_period_total "
                "WHERE staff_id = :s AND plan_id = :p AND period_start = :d)"),
                {"s": staff_id, "p": plan_id, "d": start.isoformat()}).one()
        return PeriodTotals(int(row[0]), int(row[1]), int(row[2]), int(row[3]))

    def other_tills(self, staff_id: str, plan_id: str, start: date) -> OtherTills:
        with self._db.read() as conn:
            row = conn.execute(text(
                "SELECT value, units, tier_paid, amount FROM remote_period_total "
                "WHERE staff_id = :s AND plan_id = :p AND period_start = :d"),
                {"s": staff_id, "p": plan_id, "d": start.isoformat()}).first()
            meta = conn.execute(text("SELECT value FROM central_sync_state WHERE key = :k"),
                                {"k": OTHER_TILLS_KEY}).scalar()
        totals = PeriodTotals() if row is None else PeriodTotals(*(int(x) for x in row))
        return OtherTills(totals, json.loads(meta)["as_of"] if meta else None)

    def records_of_line(self, sale_id: str, line_no: int, *,
                        kind: RecordKind = RecordKind.SALE) -> list[CommissionRecord]:
        with self._db.read() as conn:
            rows = conn.execute(text(
                f"SELECT {_RECORD_COLS} FROM commission_record WHERE sale_id = :s "
                "AND line_no = :n AND kind = :k ORDER BY rowid"),
                {"s": sale_id, "n": line_no, "k": kind.value}).mappings().all()
        return [_record(r) for r in rows]

    def returned_units(self, sale_id: str, line_no: int) -> int:
        with self._db.read() as conn:
            got = conn.execute(text(
                "SELECT coalesce(-sum(q), 0) FROM (SELECT min(line_quantity) AS q "
                "FROM commission_record WHERE kind = 'clawback' AND return_of_sale = :s "
                "AND return_of_line = :n GROUP BY sale_id, line_no)"),
                {"s": sale_id, "n": line_no}).scalar()
        return int(got or 0)

    def get(self, record_id: str) -> CommissionRecord | None:
        with self._db.read() as conn:
            row = conn.execute(text(f"SELECT {_RECORD_COLS} FROM commission_record "
                                    "WHERE id = :i"), {"i": record_id}).mappings().first()
        return None if row is None else _record(row)

    def needs_review(self) -> list[CommissionRecord]:
        with self._db.read() as conn:
            rows = conn.execute(text(
                f"SELECT {_RECORD_COLS} FROM commission_record WHERE status = 'needs_review' "
                "ORDER BY at, rowid")).mappings().all()
        return [_record(r) for r in rows]

    def clawbacks_of(self, record_id: str) -> list[CommissionRecord]:
        with self._db.read() as conn:
            rows = conn.execute(text(
                f"SELECT {_RECORD_COLS} FROM commission_record WHERE of_record = :i "
                "AND kind = 'clawback' ORDER BY at, rowid"), {"i": record_id}).mappings().all()
        return [_record(r) for r in rows]

    def records(self, *, staff_id: str | None = None, since: str | None = None,
                until: str | None = None) -> list[CommissionRecord]:
        """Records for reports, oldest first; `since`/`until` are ISO times [since, until)."""
        where, params = ["1 = 1"], {}
        if staff_id is not None:
            where.append("staff_id = :s")
            params["s"] = staff_id
        if since is not None:
            where.append("at >= :a")
            params["a"] = since
        if until is not None:
            where.append("at < :b")
            params["b"] = until
        with self._db.read() as conn:
            rows = conn.execute(text(f"SELECT {_RECORD_COLS} FROM commission_record WHERE "
                                     f"{' AND '.join(where)} ORDER BY at, rowid"),
                                params).mappings().all()
        return [_record(r) for r in rows]

    def active_periods(self, since: date) -> list[tuple[str, str, date]]:
        with self._db.read() as conn:
            rows = conn.execute(text(
                "SELECT DISTINCT staff_id, plan_id, period_start FROM commission_record "
                "WHERE kind IN ('sale', 'clawback') AND status = 'ok' AND plan_id IS NOT NULL "
                "AND period_start >= :d ORDER BY period_start, staff_id, plan_id"),
                {"d": since.isoformat()}).all()
        return [(r[0], r[1], date.fromisoformat(r[2])) for r in rows]

    def append(self, records: Sequence[CommissionRecord], at: str, *,
               push: bool = True) -> None:
        status = "pending" if push else LOCAL_ONLY
        rows: list[dict[str, Any]] = []
        for r in records:
            body = canonical_json(r.to_dict())
            # The digest of the text exactly as stored (0020_outbox_digest): the push
            # hashes the text again to reuse it instead of serialising the record anew.
            rows.append({"op_id": self._ids.new_id(), "topic": RECORD_TOPIC,
                         "aggregate_id": r.sale_id or r.id, "payload": body,
                         "digest": digest(body), "created_at": at, "status": status})
        # Run by the scheduled jobs (recalculation, settlement), so in short transactions:
        # each record stands alone (a higher version replaces a lower one), and what a
        # crash leaves unwritten is still needs-review and is redone by the next run.
        for i in range(0, len(rows), _APPEND_CHUNK):
            with self._db.write() as conn:
                conn.execute(text(
                    "INSERT INTO outbox (op_id, topic, aggregate_id, payload, digest, "
                    "created_at, attempts, status) VALUES (:op_id, :topic, :aggregate_id, "
                    ":payload, :digest, :created_at, 0, :status)"), rows[i:i + _APPEND_CHUNK])

    # ---- other terminals' originals (a cache, never pushed) ------------------------------

    def cached_originals(self, sale_id: str, line_no: int) -> list[CommissionRecord]:
        with self._db.read() as conn:
            rows = conn.execute(text(
                "SELECT body FROM commission_original_cache WHERE sale_id = :s "
                "AND line_no = :n ORDER BY id"), {"s": sale_id, "n": line_no}).scalars().all()
        return [CommissionRecord.from_dict(json.loads(b)) for b in rows]

    def returned_elsewhere(self, sale_id: str, line_no: int) -> int:
        with self._db.read() as conn:
            got = conn.execute(text(
                "SELECT units FROM commission_returned_elsewhere WHERE sale_id = :s "
                "AND line_no = :n"), {"s": sale_id, "n": line_no}).scalar()
        return int(got or 0)

    def cache_originals(self, originals: Sequence[OriginalsOfSale], at: str) -> None:
        """Keep fetched originals (a newer version replaces an older one) and the units
        returned elsewhere (counts only grow: the larger one is kept)."""
        records = [{"id": r.id, "s": r.sale_id, "n": r.line_no, "v": r.version,
                    "b": canonical_json(r.to_dict()), "at": at}
                   for o in originals for r in o.records
                   if r.sale_id is not None and r.line_no is not None]
        returned = [{"s": o.sale_id, "n": n, "u": u, "at": at}
                    for o in originals for n, u in o.returned_elsewhere.items()]
        if not records and not returned:
            return
        with self._db.write() as conn:
            if records:
                conn.execute(text(
                    "INSERT INTO commission_original_cache (id, sale_id, line_no, version, "
                    "body, fetched_at) VALUES (:id, :s, :n, :v, :b, :at) ON CONFLICT (id) "
                    "DO UPDATE SET version = excluded.version, body = excluded.body, "
                    "fetched_at = excluded.fetched_at "
                    "WHERE excluded.version >= commission_original_cache.version"), records)
            if returned:
                conn.execute(text(
                    "INSERT INTO commission_returned_elsewhere (sale_id, line_no, units, "
                    "fetched_at) VALUES (:s, :n, :u, :at) ON CONFLICT (sale_id, line_no) "
                    "DO UPDATE SET units = max(units, excluded.units), "
                    "fetched_at = excluded.fetched_at"), returned)

    def returns_of_line(self, sale_id: str, line_no: int) -> list[tuple[str, int, int]]:
        with self._db.read() as conn:
            rows = conn.execute(text(
                "SELECT sale_id, line_no, -min(line_quantity) FROM commission_record "
                "WHERE kind = 'clawback' AND return_of_sale = :s AND return_of_line = :n "
                "GROUP BY sale_id, line_no ORDER BY min(at), min(rowid)"),
                {"s": sale_id, "n": line_no}).all()
        return [(str(r[0]), int(r[1]), int(r[2])) for r in rows]
