"""One read of the local database for `pos-app status` and the status bar."""

from __future__ import annotations

import json
from collections.abc import Collection
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from . import migrate
from .store import LocalDatabase


def local_status(db: LocalDatabase, terminal_id: str, *,
                 unrouted: Collection[str] = ()) -> dict[str, Any]:
    """`unrouted`: topics no channel of this terminal takes (no Shopify: 'inventory');
    their rows are not waiting for anything, so they are counted apart ("unrouted"),
    never in `outbox` or `pending_total`."""
    with db.read() as conn:
        def one(sql: str, **params: Any) -> Any:
            return conn.execute(text(sql), params).scalar()

        by_status: dict[str, int] = {row[0]: row[1] for row in conn.execute(text(
            "SELECT status, count(*) FROM sale WHERE terminal_id = :t GROUP BY status"),
            {"t": terminal_id})}
        # Only rows still waiting or set aside, through ix_outbox_status_created: the
        # cost follows the queue, not the outbox's whole history.
        outbox: dict[str, dict[str, Any]] = {}
        off_channel: dict[str, int] = {}
        for topic, row_status, n, oldest in conn.execute(text(
                "SELECT topic, status, count(*), min(created_at) FROM outbox "
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
            "central": _central_state(conn),
        }
    return status


def _central_state(conn: Any) -> dict[str, Any]:
    """The central sync's own record of how its last rounds went."""
    try:
        raw = conn.execute(text("SELECT value FROM central_sync_state LIMIT 1")).scalar()
    except OperationalError:  # a database from before the commission migration
        return {"state": "unknown"}
    if raw is None:
        return {"state": "never"}
    d = json.loads(raw)
    failures = int(d.get("failures", 0))
    return {"state": "offline" if failures else "online", "failures": failures,
            "last_success_at": d.get("last_success_at"), "last_error": d.get("last_error"),
            "next_try_at": d.get("next_try_at")}
