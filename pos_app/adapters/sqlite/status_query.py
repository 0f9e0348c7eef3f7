"""One read of the local database for `pos-app status` and the status bar."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from . import migrate
from .store import LocalDatabase


def local_status(db: LocalDatabase, terminal_id: str) -> dict[str, Any]:
    with db.read() as conn:
        def one(sql: str, **params: Any) -> Any:
            return conn.execute(text(sql), params).scalar()

        by_status: dict[str, int] = {row[0]: row[1] for row in conn.execute(text(
            "SELECT status, count(*) FROM sale WHERE terminal_id = :t GROUP BY status"),
            {"t": terminal_id})}
        outbox = {row[0]: {"pending": row[1], "oldest_pending_at": row[2], "rejected": row[3]}
                  for row in conn.execute(text(
                      "SELECT topic, sum(status = 'pending'), "
                      "min(CASE WHEN status = 'pending' THEN created_at END), "
                      "sum(status = 'rejected') FROM outbox GROUP BY topic")).all()}
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
