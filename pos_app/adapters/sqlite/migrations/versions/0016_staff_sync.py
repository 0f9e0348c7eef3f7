"""one staff id per person across the store's tills: staff rows synced with their PIN hash

Revision ID: 0016_staff_sync
Revises: 0006_commission_originals_cache
Create Date: 2026-12-06 16:00:00

A sibling of the other revisions after 0006; the local database upgrades to all heads.
Mirrors `StaffRow` in adapters/sqlite/schema.py. A person's row now has two versions,
merged apart at the central database and on every till (services/staff.py
`merge_staff`): `version` with `digest` for the profile (name, role, PIN hash) and
`active_version` for whether they may sign in, so a leaver deactivated on one till is
not signed back in by another till's offline edit of their PIN or role.

Every change is queued in the outbox (topic 'staff') in the transaction that makes it;
the rows that exist already are queued here, so they reach the central database at the
next sync and the store's other tills after theirs (merged by id).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0016_staff_sync"
down_revision = "0006_commission_originals_cache"
branch_labels = None
depends_on = None

# Op ids of the rows queued here: one per (person, version), so a migration run twice
# (or on a copy) queues nothing twice.
_OPS = uuid.UUID("0b6f3c1e-3d43-4c57-9a57-5f1c2d0e8a16")


def _digest(name: str, role: str, pin_hash: str) -> str:
    text = json.dumps({"name": name, "pin_hash": pin_hash, "role": role}, sort_keys=True,
                      separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def upgrade() -> None:
    op.add_column("staff", sa.Column("active_version", sa.Integer, nullable=False,
                                     server_default="1"))
    op.add_column("staff", sa.Column("digest", sa.String, nullable=False, server_default=""))
    conn = op.get_bind()
    now = datetime.now(UTC).isoformat()
    rows = conn.execute(sa.text(
        "SELECT id, name, role, pin_hash, active, version FROM staff ORDER BY id")).all()
    for sid, name, role, pin_hash, active, version in rows:
        d = _digest(name, role, pin_hash)
        conn.execute(sa.text("UPDATE staff SET digest = :d WHERE id = :i"), {"d": d, "i": sid})
        payload = json.dumps({"id": sid, "name": name, "role": role, "pin_hash": pin_hash,
                              "active": bool(active), "version": int(version),
                              "active_version": 1, "digest": d},
                             sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        conn.execute(sa.text(
            "INSERT INTO outbox (op_id, topic, aggregate_id, payload, created_at, attempts, "
            "status) VALUES (:o, 'staff', :a, :p, :c, 0, 'pending') "
            "ON CONFLICT (op_id) DO NOTHING"),
            {"o": str(uuid.uuid5(_OPS, f"{sid}|{version}")), "a": sid, "p": payload,
             "c": now})


def downgrade() -> None:
    op.execute("DELETE FROM outbox WHERE topic = 'staff' AND status = 'pending'")
    with op.batch_alter_table("staff") as batch:
        batch.drop_column("digest")
        batch.drop_column("active_version")
