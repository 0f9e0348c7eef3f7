"""What can still be read from a damaged (or not yet upgraded) database, piece by piece.

`pos-app status` reads everything in one go; on a damaged file one bad page ends that
read. Here each figure is its own query, so a malformed table costs only its own line:
the answer says what it read and what it could not.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from pos_app.domain.errors import EnvironmentFault

from .store import LocalDatabase

UNREADABLE = "unreadable"

_FIGURES: tuple[tuple[str, str], ...] = (
    ("catalog_variants", "SELECT count(*) FROM variant"),
    ("staff", "SELECT count(*) FROM staff WHERE active = 1"),
    ("sales_completed", "SELECT count(*) FROM sale WHERE terminal_id = :t AND "
                        "status = 'completed'"),
    ("sales_open", "SELECT count(*) FROM sale WHERE terminal_id = :t AND status = 'open'"),
    ("last_receipt_no", "SELECT coalesce(max(last), 0) FROM counter WHERE terminal_id = :t "
                        "AND name = 'receipt'"),
    ("last_z_no", "SELECT coalesce(max(last), 0) FROM counter WHERE terminal_id = :t AND "
                  "name = 'z'"),
    ("unsynced_events", "SELECT count(*) FROM outbox WHERE status = 'pending'"),
)


def salvage_status(db: LocalDatabase, terminal_id: str) -> dict[str, Any]:
    """Each figure of the status read on its own; UNREADABLE where the file failed."""
    out: dict[str, Any] = {}
    for key, sql in _FIGURES:
        try:
            with db.read() as conn:
                value = conn.execute(text(sql), {"t": terminal_id}).scalar()
            out[key] = int(value or 0)
        except (EnvironmentFault, DBAPIError):
            out[key] = UNREADABLE
    return out
