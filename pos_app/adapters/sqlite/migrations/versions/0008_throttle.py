"""wrong-PIN counts per person and terminal, kept across restarts

Revision ID: 0008_throttle
Revises: 0006_commission_originals_cache
Create Date: 2026-12-07 09:00:00

A sibling of the 0007 revisions; the local database upgrades to all heads. Mirrors
PinThrottleRow in adapters/sqlite/schema.py. One row per (terminal, staff member) who
has typed a wrong PIN since their last right one: how many in a row, until when they
must wait, and whether a manager must unlock them (see domain/throttle.py).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_throttle"
down_revision = "0006_commission_originals_cache"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pin_throttle",
        sa.Column("terminal_id", sa.String, primary_key=True),
        sa.Column("staff_id", sa.String, primary_key=True),
        sa.Column("failures", sa.Integer, nullable=False, server_default="0"),
        sa.Column("wait_until", sa.String, nullable=True),
        sa.Column("locked", sa.Integer, nullable=False, server_default="0"),
        sa.Column("last_failure_at", sa.String, nullable=True),
    )


def downgrade() -> None:
    op.drop_table("pin_throttle")
