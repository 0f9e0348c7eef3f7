"""The inventory reconciler's durable state in the local SQLite database.

Each method is one short BEGIN IMMEDIATE transaction and never spans a network call.
Outbox rows of topic 'inventory' (written with each completed sale) are ingested as
events keyed by their op_id, acked when Shopify confirms them and marked rejected,
with the reason, when Shopify refuses them.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, TypeVar

from sqlalchemy import Connection, bindparam, text

from pos_app.domain.errors import Message
from pos_app.domain.inventory import (
    AttentionKind,
    EventKind,
    EventStatus,
    PendingEvent,
    PlannedBatch,
    StockStatus,
    accept_snapshot,
    stock_status,
)
from pos_app.services import inventory_messages as texts
from pos_app.services.inventory_ports import (
    ApplyLevelsResult,
    AttentionItem,
    IngestResult,
    InventoryStatus,
    ItemRef,
    LevelSnapshot,
    RemoteLevel,
    StoredBatch,
)

from .store import LocalDatabase

T = TypeVar("T")
_IN_CHUNK = 500
_PULL_SEQ = "pull_seq"


def _chunks(items: Sequence[T], size: int = _IN_CHUNK) -> Iterator[Sequence[T]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _in(sql: str) -> Any:
    return text(sql).bindparams(bindparam("ids", expanding=True))


# Sellable/expected estimate: the snapshot plus every local event it does not include:
# unsent or in flight, applied after the snapshot was read, or still only in the outbox.
_ESTIMATE = """
SELECT l.{col} + coalesce((
    SELECT sum(e.delta) FROM inventory_event e
    WHERE e.sku = :sku AND e.location_id = :loc
      AND (e.status IN ('pending', 'in_flight')
           OR (e.status = 'applied' AND e.applied_seq >= l.pulled_seq))), 0)
  + coalesce((
    SELECT sum(json_extract(o.payload, '$.delta')) FROM outbox o
    WHERE o.topic = 'inventory' AND o.status = 'pending' AND o.aggregate_id = :sku
      AND NOT EXISTS (SELECT 1 FROM inventory_event e2 WHERE e2.event_id = o.op_id)), 0)
FROM inventory_level l JOIN shopify_item i ON i.inventory_item_id = l.inventory_item_id
WHERE i.sku = :sku AND l.location_id = :loc
"""


# Outbox stock events not yet taken as inventory events (ix_outbox_topic_status).
_NOT_INGESTED = (
    "SELECT o.seq, o.op_id, o.aggregate_id, o.payload, o.created_at FROM outbox o "
    "WHERE o.topic = 'inventory' AND o.status = 'pending' AND NOT EXISTS "
    "(SELECT 1 FROM inventory_event e WHERE e.event_id = o.op_id)")
# Rows per write transaction of the scheduled pass (ingesting, acknowledging,
# rejecting): a few ms of the writer each.
_WRITE_BATCH = 150


class SqliteInventoryRepository:
    def __init__(self, db: LocalDatabase) -> None:
        self._db = db

    # ---- small state ------------------------------------------------------------------

    def get_state(self, key: str) -> str | None:
        with self._db.read() as conn:
            got = conn.execute(text("SELECT value FROM inventory_sync_state WHERE key = :k"),
                               {"k": key}).scalar()
        return None if got is None else str(got)

    def set_state(self, values: Mapping[str, str]) -> None:
        if not values:
            return
        with self._db.write() as conn:
            conn.execute(text(
                "INSERT INTO inventory_sync_state (key, value) VALUES (:k, :v) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                [{"k": k, "v": v} for k, v in values.items()])

    # ---- catalog mapping ---------------------------------------------------------------

    def upsert_items(self, items: Sequence[ItemRef]) -> bool:
        """True when the tracked SKU -> item map (`item_ids`) changed: the pass then
        reads it again, and only then (an unchanged re-pull of the overlap is common)."""
        if not items:
            return False
        with self._db.write() as conn:
            before = self._tracked_items(conn, items)
            # A SKU that moved to another item (or an item that changed SKU) replaces
            # the old mapping: Shopify is the authority for which item a SKU is.
            for chunk in _chunks([i.inventory_item_id for i in items]):
                conn.execute(_in("DELETE FROM shopify_item WHERE inventory_item_id IN :ids"),
                             {"ids": list(chunk)})
            conn.execute(text(
                "INSERT INTO shopify_item (sku, inventory_item_id, variant_id, tracked) "
                "VALUES (:sku, :item, :variant, :tracked) ON CONFLICT(sku) DO UPDATE SET "
                "inventory_item_id = excluded.inventory_item_id, "
                "variant_id = excluded.variant_id, tracked = excluded.tracked"),
                [{"sku": i.sku, "item": i.inventory_item_id, "variant": i.variant_id,
                  "tracked": int(i.tracked)} for i in items])
            return self._tracked_items(conn, items) != before

    @staticmethod
    def _tracked_items(conn: Connection, items: Sequence[ItemRef]) -> set[tuple[str, str]]:
        """The tracked (SKU, item) pairs an upsert of `items` can touch: rows of their
        SKUs and rows of their items."""
        out: set[tuple[str, str]] = set()
        for chunk in _chunks(items, _IN_CHUNK // 2):
            out.update((str(r[0]), str(r[1])) for r in conn.execute(text(
                "SELECT sku, inventory_item_id FROM shopify_item WHERE tracked = 1 AND "
                "(sku IN :skus OR inventory_item_id IN :ids)").bindparams(
                    bindparam("skus", expanding=True), bindparam("ids", expanding=True)),
                {"skus": [i.sku for i in chunk],
                 "ids": [i.inventory_item_id for i in chunk]}).all())
        return out

    def replace_collections(self, members: Mapping[str, frozenset[str]]) -> None:
        """Rewrite product_collection for these titles in one transaction. Rows are keyed
        by product id, which for a product pulled from Shopify is its Shopify id."""
        if not members:
            return
        titles = sorted(members)
        rows = [{"p": product, "c": title} for title in titles
                for product in sorted(members[title])]
        with self._db.write() as conn:
            for chunk in _chunks(titles):
                conn.execute(_in("DELETE FROM product_collection WHERE collection IN :ids"),
                             {"ids": list(chunk)})
            if rows:
                conn.execute(text("INSERT INTO product_collection (product_id, collection) "
                                  "VALUES (:p, :c)"), rows)

    def item_ids(self) -> dict[str, str]:
        """SKU -> inventory item id, for tracked items only."""
        with self._db.read() as conn:
            return {r[0]: r[1] for r in conn.execute(text(
                "SELECT sku, inventory_item_id FROM shopify_item WHERE tracked = 1"))}

    # ---- snapshots ---------------------------------------------------------------------

    def apply_levels(self, levels: Sequence[RemoteLevel], location_id: str, at: str) \
            -> ApplyLevelsResult:
        mine = [lv for lv in levels if lv.location_id == location_id]
        if not mine:
            return ApplyLevelsResult()
        updated = ignored = 0
        oversold: list[tuple[str, int]] = []
        with self._db.write() as conn:
            seq = self._next_pull_seq(conn)
            stored: dict[str, Any] = {}
            for chunk in _chunks([lv.inventory_item_id for lv in mine]):
                for row in conn.execute(_in(
                        "SELECT inventory_item_id, shopify_updated_at, status, sku, version "
                        "FROM inventory_level WHERE location_id = :loc AND "
                        "inventory_item_id IN :ids"),
                        {"loc": location_id, "ids": list(chunk)}).all():
                    stored[row[0]] = row
            writes: list[dict[str, Any]] = []
            for lv in mine:
                old = stored.get(lv.inventory_item_id)
                if old is not None and not accept_snapshot(old[1], lv.updated_at):
                    ignored += 1
                    continue
                status = stock_status(lv.available)
                sku = lv.sku or (old[3] if old is not None else None)
                if status is StockStatus.OVERSOLD and (old is None or old[2] != status.value):
                    oversold.append((sku or lv.inventory_item_id, lv.available))
                    self._attention(conn, AttentionKind.OVERSOLD, sku, None,
                                    f"Shopify shows {lv.available} available for "
                                    f"{sku or lv.inventory_item_id}: units were sold "
                                    "twice while the terminal was offline.", at=at,
                                    message=texts.oversold(
                                        lv.available, sku or lv.inventory_item_id),
                                    dedupe=f"oversold:{lv.inventory_item_id}:{location_id}:"
                                    f"{lv.updated_at}")
                writes.append({"item": lv.inventory_item_id, "loc": location_id, "sku": sku,
                               "a": lv.available, "o": lv.on_hand, "c": lv.committed,
                               "u": lv.updated_at, "st": status.value, "seq": seq,
                               "at": at})
                updated += 1
            if writes:
                conn.execute(text(
                    "INSERT INTO inventory_level (inventory_item_id, location_id, sku, "
                    "available, on_hand, committed, shopify_updated_at, version, status, "
                    "pulled_seq, pulled_at) VALUES (:item, :loc, :sku, :a, :o, :c, :u, 1, "
                    ":st, :seq, :at) ON CONFLICT(inventory_item_id, location_id) DO UPDATE "
                    "SET sku = excluded.sku, available = excluded.available, "
                    "on_hand = excluded.on_hand, committed = excluded.committed, "
                    "shopify_updated_at = excluded.shopify_updated_at, "
                    "status = excluded.status, pulled_seq = excluded.pulled_seq, "
                    "pulled_at = excluded.pulled_at, "
                    "version = inventory_level.version + (inventory_level.available != "
                    "excluded.available OR inventory_level.on_hand != excluded.on_hand OR "
                    "inventory_level.committed != excluded.committed)"), writes)
                # Applied events the fresh read now includes are settled: drop them.
                conn.execute(text(
                    "DELETE FROM inventory_event WHERE status = 'applied' "
                    "AND location_id = :loc AND applied_seq < (SELECT l.pulled_seq FROM "
                    "inventory_level l JOIN shopify_item i ON "
                    "i.inventory_item_id = l.inventory_item_id WHERE i.sku = "
                    "inventory_event.sku AND l.location_id = :loc)"), {"loc": location_id})
        return ApplyLevelsResult(updated, ignored, tuple(oversold))

    @staticmethod
    def _next_pull_seq(conn: Connection) -> int:
        got = conn.execute(text(
            "INSERT INTO inventory_sync_state (key, value) VALUES (:k, '1') "
            "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1 "
            "RETURNING value"), {"k": _PULL_SEQ}).scalar()
        return int(got or 1)

    @staticmethod
    def _current_pull_seq(conn: Connection) -> int:
        got = conn.execute(text("SELECT value FROM inventory_sync_state WHERE key = :k"),
                           {"k": _PULL_SEQ}).scalar()
        return int(got or 0)

    def snapshot(self, sku: str, location_id: str) -> LevelSnapshot | None:
        with self._db.read() as conn:
            r = conn.execute(text(
                "SELECT i.sku, l.inventory_item_id, l.location_id, l.available, l.on_hand, "
                "l.committed, l.shopify_updated_at, l.version, l.status FROM inventory_level l "
                "JOIN shopify_item i ON i.inventory_item_id = l.inventory_item_id "
                "WHERE i.sku = :sku AND l.location_id = :loc"),
                {"sku": sku, "loc": location_id}).first()
        return None if r is None else LevelSnapshot(*r)

    def sellable(self, sku: str, location_id: str) -> int | None:
        with self._db.read() as conn:
            got = conn.execute(text(_ESTIMATE.format(col="available")),
                               {"sku": sku, "loc": location_id}).scalar()
        return None if got is None else int(got)

    def known_changed_levels(self, location_id: str, since: str) -> int:
        """How many levels of the location a read of those updated since `since` will
        return at least: the ones stored with an updatedAt at or after it (the read's
        overlap takes them again) and the ones this terminal changed and has not read
        back since (applied events), each level once."""
        with self._db.read() as conn:
            return int(conn.execute(text(
                "SELECT count(*) FROM (SELECT inventory_item_id FROM inventory_level "
                "WHERE location_id = :loc AND shopify_updated_at >= :since UNION "
                "SELECT i.inventory_item_id FROM inventory_event e JOIN shopify_item i "
                "ON i.sku = e.sku WHERE e.status = 'applied' AND e.location_id = :loc)"),
                {"loc": location_id, "since": since}).scalar() or 0)

    # ---- events -----------------------------------------------------------------------

    def ingest_outbox(self, location_id: str, at: str) -> IngestResult:
        """Take new stock events from the outbox in batches: each batch is read on the
        reader connection and written in its own short transaction, so a counter command
        never waits behind a long backlog (a till offline for days)."""
        ingested = bad = 0
        after = 0
        while True:
            with self._db.read() as conn:
                rows = conn.execute(text(_NOT_INGESTED + " AND o.seq > :after "
                                         "ORDER BY o.seq LIMIT :n"),
                                    {"after": after, "n": _WRITE_BATCH}).all()
            if not rows:
                break
            after = int(rows[-1][0])
            # Taken again next pass if a power cut takes it back (writer_gate.relaxed).
            with self._db.gate.relaxed(), self._db.write() as conn:
                got = self._ingest_rows(conn, [tuple(r[1:]) for r in rows], location_id, at)
            ingested += got.ingested
            bad += got.bad
            if len(rows) < _WRITE_BATCH:
                break
        return IngestResult(ingested, bad)

    def _ingest(self, conn: Connection, location_id: str, at: str) -> IngestResult:
        rows = conn.execute(text(_NOT_INGESTED + " ORDER BY o.seq")).all()
        return self._ingest_rows(conn, [tuple(r[1:]) for r in rows], location_id, at)

    def _ingest_rows(self, conn: Connection, rows: Sequence[tuple[Any, ...]],
                     location_id: str, at: str) -> IngestResult:
        good: list[dict[str, Any]] = []
        bad = 0
        for op_id, aggregate, payload, created in rows:
            try:
                body = json.loads(payload)
                sku, delta, reason = body["sku"], body["delta"], body["reason"]
                if not isinstance(sku, str) or not sku or not isinstance(delta, int) \
                        or isinstance(delta, bool) or not isinstance(reason, str):
                    raise TypeError("sku, delta and reason have the wrong types")
            except (ValueError, KeyError, TypeError) as exc:
                bad += 1
                error = f"Unreadable stock event: {exc}"
                conn.execute(text("UPDATE outbox SET status = 'rejected', last_error = :e "
                                  "WHERE op_id = :id"), {"e": error, "id": op_id})
                self._attention(conn, AttentionKind.BAD_EVENT, aggregate, op_id, error,
                                at=at, dedupe=f"bad_event:{op_id}", message=texts.bad_event())
                continue
            good.append({"id": op_id, "sku": sku, "loc": location_id, "d": delta,
                         "r": reason, "at": created})
        if good:
            # A stock count may have taken the same rows meanwhile (its own transaction).
            conn.execute(text(
                "INSERT INTO inventory_event (event_id, kind, sku, location_id, delta, "
                "reason, status, solo, taken_online, created_at) VALUES (:id, 'delta', :sku, "
                ":loc, :d, :r, 'pending', 0, 0, :at) ON CONFLICT (event_id) DO NOTHING"), good)
        return IngestResult(len(good), bad)

    def record_count(self, event_id: str, sku: str, location_id: str, counted: int, *,
                     taken_online: bool, at: str) -> int:
        with self._db.write() as conn:
            # Sales rung up before the count must be ordered before it.
            self._ingest(conn, location_id, at)
            expected = conn.execute(text(_ESTIMATE.format(col="on_hand")),
                                    {"sku": sku, "loc": location_id}).scalar()
            if expected is None:
                raise LookupError(f"no stock level for {sku}")
            conn.execute(text(
                "INSERT INTO inventory_event (event_id, kind, sku, location_id, delta, reason, "
                "status, solo, counted, expected, taken_online, created_at) VALUES (:id, "
                "'count', :sku, :loc, :d, 'count', 'pending', 1, :n, :x, :o, :at)"),
                {"id": event_id, "sku": sku, "loc": location_id, "d": counted - int(expected),
                 "n": counted, "x": int(expected), "o": int(taken_online), "at": at})
        return int(expected)

    def pending_events(self, location_id: str) -> list[PendingEvent]:
        with self._db.read() as conn:
            rows = conn.execute(text(
                "SELECT e.seq, e.event_id, e.kind, e.sku, e.delta, e.reason, e.status, "
                "e.batch_key, e.solo, e.counted, e.expected, e.taken_online, e.retry "
                "FROM inventory_event e "
                "WHERE e.location_id = :loc AND e.status IN ('pending', 'in_flight') "
                "ORDER BY e.seq"),
                {"loc": location_id}).all()
        return [PendingEvent(r[0], r[1], EventKind(r[2]), r[3], r[4], r[5], EventStatus(r[6]),
                             r[7], bool(r[8]), r[9], r[10], bool(r[11]), int(r[12]))
                for r in rows]

    def requeue_rejected(self, at: str) -> int:
        """Every stock event Shopify set aside, and its outbox row, back to 'pending' in one
        transaction (the last reason is kept until the next attempt); each one's retry
        generation (a column of its row, so it goes when the event is pruned) goes up by
        one, so it is sent under a fresh idempotency key (Shopify replays the stored
        refusal for a reused key), and stays until the next re-queue, so a resend after
        a crash uses the same key. Their open needs-attention items are resolved: a new
        refusal opens a new one. How many."""
        with self._db.write() as conn:
            ids = list(conn.execute(text(
                "SELECT event_id FROM inventory_event WHERE status = 'rejected' "
                "ORDER BY seq")).scalars())
            for chunk in _chunks(ids):
                params = {"ids": list(chunk)}
                conn.execute(_in("UPDATE inventory_event SET status = 'pending', "
                                 "batch_key = NULL, retry = retry + 1 "
                                 "WHERE event_id IN :ids"), params)
                conn.execute(_in("UPDATE outbox SET status = 'pending' WHERE op_id IN :ids "
                                 "AND status = 'rejected'"), params)
                conn.execute(_in("UPDATE inventory_attention SET resolved_at = :at, "
                                 "dedupe = NULL WHERE event_id IN :ids AND resolved_at IS "
                                 "NULL"), {**params, "at": at})
        return len(ids)

    # ---- pushes -----------------------------------------------------------------------

    def create_batches(self, batches: Sequence[tuple[PlannedBatch, dict[str, Any],
                                                     tuple[tuple[str, ...], ...]]],
                       location_id: str, at: str) -> None:
        if not batches:
            return
        # One short transaction per push (each stands alone under its own key): a
        # backlog of many pushes never holds the writer for long.
        for planned, variables, rows in batches:
            with self._db.write() as conn:
                self._insert_push(conn, planned.key, "adjust", variables, rows=rows, at=at)
                for chunk in _chunks([e.event_id for e in planned.events]):
                    conn.execute(_in(
                        "UPDATE inventory_event SET status = 'in_flight', batch_key = :k "
                        "WHERE event_id IN :ids AND status = 'pending'"),
                        {"k": planned.key, "ids": list(chunk)})

    def create_set_batch(self, key: str, event_id: str, variables: dict[str, Any],
                         at: str) -> None:
        with self._db.write() as conn:
            self._insert_push(conn, key, "set", variables, rows=((event_id,),), at=at)
            conn.execute(text("UPDATE inventory_event SET status = 'in_flight', "
                              "batch_key = :k WHERE event_id = :id"), {"k": key, "id": event_id})

    @staticmethod
    def _insert_push(conn: Connection, key: str, kind: str, variables: dict[str, Any], *,
                     rows: Sequence[Sequence[str]], at: str) -> None:
        conn.execute(text(
            "INSERT INTO inventory_push (key, seq, kind, variables, rows, status, attempts, "
            "created_at) VALUES (:k, (SELECT coalesce(max(seq), 0) + 1 FROM inventory_push), "
            ":kind, :v, :rows, 'open', 0, :at)"),
            {"k": key, "kind": kind, "v": json.dumps(variables, separators=(",", ":")),
             "rows": json.dumps([list(r) for r in rows]), "at": at})

    def open_batches(self) -> list[StoredBatch]:
        with self._db.read() as conn:
            pushes = conn.execute(text(
                "SELECT key, kind, variables, rows, attempts FROM inventory_push "
                "WHERE status = 'open' ORDER BY seq")).all()
            members: dict[str, list[str]] = {}
            for key, event_id in conn.execute(text(
                    "SELECT e.batch_key, e.event_id FROM inventory_event e JOIN inventory_push p "
                    "ON p.key = e.batch_key WHERE p.status = 'open' AND e.status = 'in_flight' "
                    "ORDER BY e.seq")).all():
                members.setdefault(key, []).append(event_id)
        return [StoredBatch(key, kind, json.loads(variables),
                            tuple(members.get(key, ())),
                            tuple(tuple(r) for r in json.loads(rows)), attempts)
                for key, kind, variables, rows, attempts in pushes]

    def mark_applied(self, batch_key: str, applied_at: str, group_id: str | None) -> None:
        """The push's events applied and their outbox rows acknowledged, a chunk per
        short transaction (one push may carry thousands of events after days offline),
        then the push itself. A crash in between leaves the push open with its other
        events in flight: the next pass resends it under the same idempotency key,
        which Shopify answers without applying it twice."""
        with self._db.read() as conn:
            ids = list(conn.execute(text(
                "SELECT event_id FROM inventory_event WHERE batch_key = :k AND "
                "status = 'in_flight' ORDER BY seq"), {"k": batch_key}).scalars())
        for chunk in _chunks(ids, _WRITE_BATCH):
            with self._db.write() as conn:
                seq = self._current_pull_seq(conn)
                conn.execute(_in(
                    "UPDATE inventory_event SET status = 'applied', applied_at = :at, "
                    "applied_seq = :seq, last_error = NULL WHERE event_id IN :ids AND "
                    "batch_key = :k AND status = 'in_flight'"),
                    {"k": batch_key, "at": applied_at, "seq": seq, "ids": list(chunk)})
                conn.execute(_in("UPDATE outbox SET status = 'acked', last_error = NULL "
                                 "WHERE op_id IN :ids"), {"ids": list(chunk)})
        with self._db.write() as conn:
            conn.execute(text(
                "UPDATE inventory_push SET status = 'applied', group_id = :g WHERE key = :k"),
                {"k": batch_key, "g": group_id})

    def batch_attempt_failed(self, batch_key: str, error: str) -> None:
        with self._db.write() as conn:
            conn.execute(text("UPDATE inventory_push SET attempts = attempts + 1, "
                              "last_error = :e WHERE key = :k"), {"k": batch_key, "e": error})
            conn.execute(text(
                "UPDATE outbox SET attempts = attempts + 1, last_error = :e WHERE op_id IN "
                "(SELECT event_id FROM inventory_event WHERE batch_key = :k AND "
                "status = 'in_flight')"), {"k": batch_key, "e": error})

    def release_batch(self, batch_key: str, error: str, *, solo: bool) -> None:
        with self._db.write() as conn:
            conn.execute(text("UPDATE inventory_push SET status = 'failed', last_error = :e "
                              "WHERE key = :k"), {"k": batch_key, "e": error})
            conn.execute(text(
                "UPDATE inventory_event SET status = 'pending', batch_key = NULL, "
                "solo = max(solo, :solo), last_error = :e WHERE batch_key = :k AND "
                "status = 'in_flight'"), {"k": batch_key, "e": error, "solo": int(solo)})

    def reject_events(self, event_ids: Sequence[str], kind: AttentionKind, error: str,
                      at: str, message: Message | None = None) -> None:
        if not event_ids:
            return
        for chunk in _chunks(list(event_ids), _WRITE_BATCH):
            with self._db.write() as conn:
                conn.execute(_in("UPDATE inventory_event SET status = 'rejected', "
                                 "last_error = :e WHERE event_id IN :ids"),
                             {"e": error, "ids": list(chunk)})
                conn.execute(_in("UPDATE outbox SET status = 'rejected', last_error = :e "
                                 "WHERE op_id IN :ids"), {"e": error, "ids": list(chunk)})
                skus = dict(conn.execute(_in(
                    "SELECT event_id, sku FROM inventory_event WHERE event_id IN :ids"),
                    {"ids": list(chunk)}).all())
                for event_id in chunk:
                    self._attention(conn, kind, skus.get(event_id), event_id, error, at=at,
                                    dedupe=f"{kind.value}:{event_id}", message=message)

    def count_to_variance(self, event_id: str, delta: int) -> None:
        with self._db.write() as conn:
            conn.execute(text(
                "UPDATE inventory_event SET kind = 'variance', delta = :d, status = 'pending', "
                "batch_key = NULL, solo = 1 WHERE event_id = :id"), {"d": delta, "id": event_id})

    # ---- needs attention ------------------------------------------------------------------

    def add_attention(self, kind: AttentionKind, sku: str | None, event_id: str | None,
                      detail: str, *, at: str, dedupe: str | None = None,
                      message: Message | None = None) -> None:
        with self._db.write() as conn:
            self._attention(conn, kind, sku, event_id, detail, at=at, dedupe=dedupe,
                            message=message)

    @staticmethod
    def _attention(conn: Connection, kind: AttentionKind, sku: str | None,
                   event_id: str | None, detail: str, *, at: str, dedupe: str | None,
                   message: Message | None = None) -> None:
        # With a message, the detail column holds both as JSON (see _detail_json);
        # rows written before hold the English text alone.
        if message is not None:
            detail = _detail_json(detail, message)
        conn.execute(text(
            "INSERT INTO inventory_attention (id, kind, sku, event_id, detail, dedupe, "
            "created_at) VALUES (:id, :kind, :sku, :ev, :d, :dd, :at) "
            "ON CONFLICT(dedupe) DO NOTHING"),
            {"id": str(uuid.uuid4()), "kind": kind.value, "sku": sku, "ev": event_id,
             "d": detail, "dd": dedupe, "at": at})

    def attention(self, *, include_resolved: bool = False) -> list[AttentionItem]:
        sql = ("SELECT id, kind, sku, event_id, detail, created_at FROM inventory_attention"
               + ("" if include_resolved else " WHERE resolved_at IS NULL")
               + " ORDER BY created_at, rowid")
        with self._db.read() as conn:
            items = []
            for r in conn.execute(text(sql)).all():
                detail, message = _read_detail(r[4])
                items.append(AttentionItem(r[0], AttentionKind(r[1]), r[2], r[3], detail,
                                           r[5], message))
            return items

    def resolve_attention(self, attention_id: str, at: str) -> bool:
        """Resolve one item by hand. An item about a stock change Shopify set aside (a
        refusal, an unknown SKU, an unreadable event) means the manager dealt with it in
        Shopify: the change is dismissed in the same transaction, so no later `Send
        again` (`requeue_rejected`) applies it a second time, and its outbox row is
        settled (its sale no longer owes Shopify anything; pruned with the others)."""
        with self._db.write() as conn:
            event_id = conn.execute(text(
                "SELECT event_id FROM inventory_attention WHERE id = :id AND "
                "resolved_at IS NULL"), {"id": attention_id}).first()
            if event_id is None:
                return False
            conn.execute(text("UPDATE inventory_attention SET resolved_at = :at "
                              "WHERE id = :id"), {"id": attention_id, "at": at})
            if event_id[0] is not None:
                params = {"e": event_id[0], "why": f"dismissed by a manager at {at}"}
                conn.execute(text(
                    "UPDATE inventory_event SET status = 'dismissed', batch_key = NULL "
                    "WHERE event_id = :e AND status = 'rejected'"), params)
                conn.execute(text(
                    "UPDATE outbox SET status = 'acked', last_error = :why "
                    "WHERE op_id = :e AND status = 'rejected'"), params)
        return True

    def status(self) -> InventoryStatus:
        with self._db.read() as conn:
            by_status: dict[str, int] = {str(r[0]): int(r[1]) for r in conn.execute(text(
                "SELECT status, count(*) FROM inventory_event GROUP BY status")).all()}
            not_ingested = conn.execute(text(
                "SELECT count(*), min(created_at) FROM outbox o WHERE o.topic = 'inventory' "
                "AND o.status = 'pending' AND NOT EXISTS (SELECT 1 FROM inventory_event e "
                "WHERE e.event_id = o.op_id)")).first()
            oldest_event = conn.execute(text(
                "SELECT min(created_at) FROM inventory_event WHERE status IN "
                "('pending', 'in_flight')")).scalar()
            attention = conn.execute(text(
                "SELECT count(*) FROM inventory_attention WHERE resolved_at IS NULL")).scalar()
            oversold = conn.execute(text(
                "SELECT count(*) FROM inventory_level WHERE status = 'oversold'")).scalar()
            levels = conn.execute(text("SELECT count(*) FROM inventory_level")).scalar()
            last = conn.execute(text("SELECT value FROM inventory_sync_state WHERE key = "
                                     "'last_success_at'")).scalar()
        waiting = int(not_ingested[0]) if not_ingested else 0
        oldest = min((t for t in (oldest_event, not_ingested[1] if not_ingested else None)
                      if t), default=None)
        return InventoryStatus(
            pending_events=int(by_status.get("pending", 0)) + waiting,
            in_flight_events=int(by_status.get("in_flight", 0)),
            rejected_events=int(by_status.get("rejected", 0)),
            open_attention=int(attention or 0), oversold_levels=int(oversold or 0),
            oldest_pending_at=oldest, last_success_at=last, levels=int(levels or 0))


def _detail_json(detail: str, message: Message) -> str:
    """An attention item's English detail and its message template, in one column."""
    return json.dumps({"detail": detail, "message": _message_json(message)},
                      ensure_ascii=False, sort_keys=True)


def _message_json(message: Message) -> dict[str, Any]:
    return {"template": message.template,
            "values": {k: _message_json(v) if isinstance(v, Message) else v
                       for k, v in message.values.items()}}


def _message_from(data: dict[str, Any]) -> Message:
    return Message(str(data["template"]), {
        k: _message_from(v) if isinstance(v, dict) else v
        for k, v in dict(data["values"]).items()})


def _read_detail(raw: str) -> tuple[str, Message | None]:
    """(English detail, message): a row written with a message holds both as JSON; an
    older row (or one without a message) its English text alone."""
    if raw.startswith('{"detail": '):
        try:
            data = json.loads(raw)
            return str(data["detail"]), _message_from(data["message"])
        except (ValueError, KeyError, TypeError):
            pass
    return raw, None
