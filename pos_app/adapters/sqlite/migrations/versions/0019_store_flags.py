"""the store's feature flag overrides, as last pulled from the central database

Revision ID: 0019_store_flags
Revises: 0006_commission_originals_cache
Create Date: 2026-12-06 04:00:00

A sibling of the other revisions after 0006; the local database upgrades to all heads.
A cache of the central `store_flag` rows of this till's store (central 0008_store_flags),
filled by the central sync: a pulled row replaces the cached one only when its version
is higher (never by time), so a lagging pull cannot undo a newer override. `enabled`
NULL is a cleared override. The till resolves its flags from it when it starts
(services/flags.py: defaults < [flags] < this < POS_APP_FLAG_*).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019_store_flags"
down_revision = "0006_commission_originals_cache"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "store_flag_cache",
        sa.Column("store_id", sa.Text, nullable=False),
        sa.Column("flag", sa.Text, nullable=False),
        sa.Column("enabled", sa.Integer, nullable=True),  # 1 on, 0 off, NULL cleared
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("updated_by", sa.Text, nullable=True),
        sa.Column("updated_at", sa.Text, nullable=True),
        sa.Column("pulled_at", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("store_id", "flag"),
    )


def downgrade() -> None:
    op.drop_table("store_flag_cache")
