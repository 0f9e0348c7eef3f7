"""other tills' commission period totals, as last pulled from the central database

Revision ID: 0006_remote_period_totals
Revises: 0005_commission_record_at
Create Date: 2026-11-28 00:50:00

On the commission branch (after 0005_commission_record_at); the local database upgrades
to all heads, so a sibling revision of 0005 is applied as well. Mirrors
RemotePeriodTotalRow in adapters/sqlite/commission_schema.py. Only a cache: every
successful sync replaces it whole, so a downgrade loses nothing that matters.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_remote_period_totals"
down_revision = "0005_commission_record_at"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "remote_period_total",
        sa.Column("staff_id", sa.String(), nullable=False),
        sa.Column("plan_id", sa.String(), nullable=False),
        sa.Column("period_start", sa.String(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("units", sa.Integer(), nullable=False),
        sa.Column("tier_paid", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("as_of", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("staff_id", "plan_id", "period_start"),
    )


def downgrade() -> None:
    op.drop_table("remote_period_total")
