"""the data directory's identity: store, terminal and database id

Revision ID: 0007_identity
Revises: 0006_commission_originals_cache
Create Date: 2026-11-29 09:00:00

One row, stamped by `pos-app init` (or, for a database from before this revision, at
its first writing start, from the config's store and terminal). Mirrors
StoreIdentityRow in adapters/sqlite/identity_schema.py.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_identity"
down_revision = "0006_commission_originals_cache"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "store_identity",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("store_id", sa.String, nullable=False),
        sa.Column("store_name", sa.String, nullable=False),
        sa.Column("terminal_id", sa.String, nullable=False),
        sa.Column("database_id", sa.String, nullable=False),
        sa.Column("created_at", sa.String, nullable=False),
        sa.CheckConstraint("id = 1", name="ck_store_identity_one_row"),
    )


def downgrade() -> None:
    op.drop_table("store_identity")
