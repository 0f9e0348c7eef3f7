"""a stock event's retry generation kept on its own row

Revision ID: 0021_inventory_event_retry
Revises: 0006_commission_originals_cache
Depends on: 0003_inventory (inventory_event, inventory_sync_state)
Create Date: 2026-12-06 08:00:00

A sibling of the other revisions after 0006; the local database upgrades to all heads.
Mirrors `InventoryEventRow.retry` in adapters/sqlite/inventory_schema.py: how many times
a person re-queued the event after Shopify set it aside (`reconcile --retry-rejected`),
which names it in its idempotency key (domain/inventory.PendingEvent.key_token). It was
kept as `retry:<event id>` rows of inventory_sync_state, which nothing pruned once the
event itself was settled and deleted; on the event's row it goes with the event.

Existing generations are moved onto their events and every `retry:` row is deleted
(those of events already pruned included).
"""

from __future__ import annotations

from alembic import op

revision = "0021_inventory_event_retry"
down_revision = "0006_commission_originals_cache"
branch_labels = None
depends_on = "0003_inventory"


def upgrade() -> None:
    op.execute("ALTER TABLE inventory_event ADD COLUMN retry INTEGER NOT NULL DEFAULT 0")
    op.execute(
        "UPDATE inventory_event SET retry = coalesce((SELECT CAST(s.value AS INTEGER) "
        "FROM inventory_sync_state s WHERE s.key = 'retry:' || inventory_event.event_id), 0)")
    op.execute("DELETE FROM inventory_sync_state WHERE key LIKE 'retry:%'")


def downgrade() -> None:
    op.execute(
        "INSERT INTO inventory_sync_state (key, value) SELECT 'retry:' || event_id, "
        "CAST(retry AS TEXT) FROM inventory_event WHERE retry > 0")
    op.execute("ALTER TABLE inventory_event DROP COLUMN retry")
