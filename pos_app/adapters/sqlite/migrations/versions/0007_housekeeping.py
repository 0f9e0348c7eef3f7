"""indexes for housekeeping in small batches: compaction, parking, outbox pruning

Revision ID: 0007_housekeeping
Revises: 0006_commission_originals_cache
Create Date: 2026-12-06 10:00:00

A sibling of the other 0007 revisions; the local database upgrades to all heads.
Mirrors the indexes in adapters/sqlite/schema.py. Every housekeeping query finds its
candidates on an index instead of scanning the outbox once per sale:
- outbox (aggregate_id, status): "has this sale an event not yet acknowledged?";
- outbox (status, created_at): acknowledged rows older than the retention (pruning),
  and the status bar's count of what is waiting;
- sale (status, completed_at, id) and sale (status, updated_at, id): completed or
  voided sales older than a cut-off (compaction, in keyset order), open sales left
  untouched (parking).
Nothing else changes: rows are neither rewritten nor dropped here (pending events of a
channel that is not configured are set aside at start-up by the housekeeping job, which
knows the configuration; a migration does not).
"""

from __future__ import annotations

from alembic import op

revision = "0007_housekeeping"
down_revision = "0006_commission_originals_cache"
branch_labels = None
depends_on = None

_INDEXES = (
    ("ix_outbox_aggregate_status", "outbox", ["aggregate_id", "status"]),
    ("ix_outbox_status_created", "outbox", ["status", "created_at"]),
    ("ix_sale_status_completed", "sale", ["status", "completed_at", "id"]),
    ("ix_sale_status_updated", "sale", ["status", "updated_at", "id"]),
)


def upgrade() -> None:
    for name, table, cols in _INDEXES:
        op.create_index(name, table, cols)


def downgrade() -> None:
    for name, table, _ in reversed(_INDEXES):
        op.drop_index(name, table)
