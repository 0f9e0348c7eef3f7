"""One read of the local database for `pos-app status` and the status bar."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from pos_app.services.central_sync import PUSH_TOPICS
from pos_app.services.channels import (
    ChannelStatus,
    central_channel,
    journal_channel,
    shopify_channel,
)

from . import migrate
from .central_outbox import STATE_KEY, sync_state_of
from .store import LocalDatabase


def local_status(db: LocalDatabase, terminal_id: str, *,
                 unrouted: Collection[str] = (),
                 now: datetime | None = None) -> dict[str, Any]:
    """`unrouted`: topics no channel of this terminal takes (no Shopify: 'inventory');
    their rows are not waiting for anything, so they are counted apart ("unrouted"),
    never in `outbox` or `pending_total`. `channels` has the central push and the
    journal stream, each from its own saved state (`now`, from the injected clock,
    gives the oldest unsynced item's age); the caller adds Shopify's."""
    with db.read() as conn:
        def one(sql: str, **params: Any) -> Any:
            return conn.execute(text(sql), params).scalar()

        # Running totals kept by triggers on `sale` (0018_history_scale): a few rows,
        # however many sales the terminal has completed.
        by_status: dict[str, int] = {row[0]: int(row[1]) for row in conn.execute(text(
            "SELECT status, n FROM sale_status_total WHERE terminal_id = :t AND n != 0"),
            {"t": terminal_id})}
        # Only rows still waiting or set aside, through ix_outbox_status_created: the
        # cost follows the queue, not the outbox's whole history.
        outbox: dict[str, dict[str, Any]] = {}
        off_channel: dict[str, int] = {}
        for topic, row_status, n, oldest in conn.execute(text(
                "SELECT topic, status, count(*), min(created_at) FROM outbox "
                "INDEXED BY ix_outbox_status_created "
                "WHERE status IN ('pending', 'rejected', 'unrouted') "
                "GROUP BY topic, status")).all():
            if topic in unrouted or row_status == "unrouted":
                off_channel[topic] = off_channel.get(topic, 0) + int(n)
                continue
            q = outbox.setdefault(topic, {"pending": 0, "oldest_pending_at": None,
                                          "rejected": 0})
            if row_status == "pending":
                q["pending"], q["oldest_pending_at"] = int(n), oldest
            else:
                q["rejected"] = int(n)
        shift = conn.execute(text(
            "SELECT id, opened_by, opened_at FROM shift WHERE terminal_id = :t AND "
            "status = 'open'"), {"t": terminal_id}).first()
        status: dict[str, Any] = {
            "terminal_id": terminal_id,
            "database": str(db.path),
            "database_bytes": db.path.stat().st_size if db.path.exists() else 0,
            "schema_revision": migrate.current_revision(db.reader),
            "catalog_variants": one("SELECT count(*) FROM variant"),
            "tax_classes": one("SELECT count(*) FROM tax_class"),
            "staff": one("SELECT count(*) FROM staff WHERE active = 1"),
            "sales": {k: by_status.get(k, 0)
                      for k in ("open", "held", "parked", "completed", "voided")},
            "last_receipt_no": one("SELECT last FROM counter WHERE terminal_id = :t AND "
                                   "name = 'receipt'", t=terminal_id) or 0,
            "last_z_no": one("SELECT last FROM counter WHERE terminal_id = :t AND name = 'z'",
                             t=terminal_id) or 0,
            "shift": None if shift is None else {
                "id": shift[0], "opened_by": shift[1], "opened_at": shift[2]},
            "outbox": outbox,
            "pending_total": sum(v["pending"] or 0 for v in outbox.values()),
            "unrouted": off_channel,
        }
        central, journal = _central_channels(conn, terminal_id, outbox)
    at = now or datetime.now(UTC)
    status["channels"] = {"central": central.as_json(at), "journal": journal.as_json(at)}
    # The status bar's block (as before, plus the channel's own figures).
    status["central"] = {**status["channels"]["central"], "paused": central.state == "paused"}
    return status


def _central_channels(conn: Any, terminal_id: str, outbox: Mapping[str, Mapping[str, Any]]) \
        -> tuple[ChannelStatus, ChannelStatus]:
    """The central push's and the journal stream's status, from the push loop's own row
    of central_sync_state (the table also holds the other tills' totals' row)."""
    topics = [t for t in PUSH_TOPICS if t in outbox]
    depth = sum(int(outbox[t]["pending"] or 0) for t in topics)
    oldest = min((outbox[t]["oldest_pending_at"] for t in topics
                  if outbox[t]["oldest_pending_at"]), default=None)
    rejected = sum(int(outbox[t]["rejected"] or 0) for t in topics)
    try:
        raw = conn.execute(text("SELECT value FROM central_sync_state WHERE key = :k"),
                           {"k": STATE_KEY}).scalar()
    except OperationalError:  # a database from before the commission migration
        raw = None
    state = sync_state_of(raw) if raw is not None else None
    central = central_channel(state, queue_depth=depth, oldest_unsynced_at=oldest,
                              rejected=rejected)
    try:
        # Two primary-key lookups, whatever the backlog: the journal's sequence numbers
        # are gapless per terminal, so what waits is the last one minus the pushed one.
        pushed = conn.execute(text("SELECT pushed_seq FROM journal_push WHERE "
                                   "terminal_id = :t"), {"t": terminal_id}).scalar() or 0
        last = conn.execute(text("SELECT seq FROM journal WHERE terminal_id = :t "
                                 "ORDER BY seq DESC LIMIT 1"),
                            {"t": terminal_id}).scalar() or 0
        j_oldest = conn.execute(text(
            "SELECT at FROM journal WHERE terminal_id = :t AND seq > :p ORDER BY seq "
            "LIMIT 1"), {"t": terminal_id, "p": pushed}).scalar()
        j_depth = max(0, int(last) - int(pushed))
    except OperationalError:  # before the journal migration
        j_depth, j_oldest = 0, None
    journal = journal_channel(central, state, queue_depth=int(j_depth or 0),
                              oldest_unsynced_at=j_oldest)
    return central, journal


_SHOPIFY_KEYS = ("last_success_at", "last_outcome", "last_error", "last_error_at")


def shopify_channel_json(db: LocalDatabase, reconcile: Mapping[str, Any], *, configured: bool,
                         running_offline: str | None = None,
                         now: datetime | None = None) -> dict[str, Any]:
    """The Shopify stock sync's channel, from the reconciler's saved outcome
    (inventory_sync_state) and its queue figures (`reconcile`, InventoryStatus as JSON).
    `running_offline`: the running app's own view (its last pass could not reach the
    shop, or demo mode's shop did not start)."""
    marks = ", ".join(f"'{k}'" for k in _SHOPIFY_KEYS)
    with db.read() as conn:
        try:
            saved: dict[str, str | None] = {str(k): v for k, v in conn.execute(text(
                f"SELECT key, value FROM inventory_sync_state WHERE key IN ({marks})"))}
        except OperationalError:  # before the inventory migration
            saved = {}
    channel = shopify_channel(
        configured, saved,
        queue_depth=int(reconcile.get("pending_events") or 0)
        + int(reconcile.get("in_flight_events") or 0),
        oldest_unsynced_at=reconcile.get("oldest_pending_at"),
        rejected=int(reconcile.get("rejected_events") or 0))
    out = channel.as_json(now or datetime.now(UTC))
    if running_offline and out["state"] in ("online", "never"):
        out.update(state="offline", last_error=running_offline)
    return out
