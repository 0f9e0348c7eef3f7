"""inventory reconciliation state

Revision ID: 0003_inventory
Revises: 0002_shift
Create Date: 2026-11-28 10:00:00

Mirrors pos_app/adapters/sqlite/inventory_schema.py. A branch off 0002_shift: the local
database upgrades to every head, so other features' branches coexist with this one.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_inventory"
down_revision = "0002_shift"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "shopify_item",
        sa.Column("sku", sa.String(), nullable=False),
        sa.Column("inventory_item_id", sa.String(), nullable=False),
        sa.Column("variant_id", sa.String(), nullable=False),
        sa.Column("tracked", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("sku"),
        sa.UniqueConstraint("inventory_item_id"),
    )
    op.create_table(
        "inventory_level",
        sa.Column("inventory_item_id", sa.String(), nullable=False),
        sa.Column("location_id", sa.String(), nullable=False),
        sa.Column("sku", sa.String(), nullable=True),
        sa.Column("available", sa.Integer(), nullable=False),
        sa.Column("on_hand", sa.Integer(), nullable=False),
        sa.Column("committed", sa.Integer(), nullable=False),
        sa.Column("shopify_updated_at", sa.String(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("pulled_seq", sa.Integer(), nullable=False),
        sa.Column("pulled_at", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("inventory_item_id", "location_id"),
    )
    op.create_table(
        "inventory_event",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("event_id", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("sku", sa.String(), nullable=False),
        sa.Column("location_id", sa.String(), nullable=False),
        sa.Column("delta", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("batch_key", sa.String(), nullable=True),
        sa.Column("solo", sa.Integer(), nullable=False),
        sa.Column("counted", sa.Integer(), nullable=True),
        sa.Column("expected", sa.Integer(), nullable=True),
        sa.Column("taken_online", sa.Integer(), nullable=False),
        sa.Column("applied_at", sa.String(), nullable=True),
        sa.Column("applied_seq", sa.Integer(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
        sa.UniqueConstraint("event_id"),
    )
    op.create_index("ix_inventory_event_sku_status", "inventory_event", ["sku", "status"])
    op.create_index("ix_inventory_event_status_seq", "inventory_event", ["status", "seq"])
    op.create_index("ix_inventory_event_batch", "inventory_event", ["batch_key"])
    op.create_table(
        "inventory_push",
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("variables", sa.Text(), nullable=False),
        sa.Column("rows", sa.Text(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("group_id", sa.String(), nullable=True),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
        sa.UniqueConstraint("seq"),
    )
    op.create_index("ix_inventory_push_status", "inventory_push", ["status", "seq"])
    op.create_table(
        "inventory_attention",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("sku", sa.String(), nullable=True),
        sa.Column("event_id", sa.String(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("dedupe", sa.String(), nullable=True),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("resolved_at", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("dedupe"),
    )
    op.create_index("ix_inventory_attention_open", "inventory_attention",
                    ["resolved_at", "created_at"])
    op.create_table(
        "inventory_sync_state",
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )


def downgrade() -> None:
    for table in ("inventory_sync_state", "inventory_attention", "inventory_push",
                  "inventory_event", "inventory_level", "shopify_item"):
        op.drop_table(table)
