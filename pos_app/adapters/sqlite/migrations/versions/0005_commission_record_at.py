"""index commission records by time, for reports over long periods (a year)

Revision ID: 0005_commission_record_at
Revises: 0004_commission
Create Date: 2026-11-28 00:10:00

On the commission branch (after 0004_commission); the local database upgrades to all
heads. Mirrors the index in adapters/sqlite/commission_schema.py.
"""

from __future__ import annotations

from alembic import op

revision = "0005_commission_record_at"
down_revision = "0004_commission"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_commission_record_at", "commission_record", ["at"])


def downgrade() -> None:
    op.drop_index("ix_commission_record_at", "commission_record")
