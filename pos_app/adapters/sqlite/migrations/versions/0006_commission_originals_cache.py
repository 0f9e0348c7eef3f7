"""cache of other terminals' original commission records, for clawbacks of their sales

Revision ID: 0006_commission_originals_cache
Revises: 0005_commission_record_at
Create Date: 2026-11-28 00:50:00

On the commission branch. When a sale of another terminal is returned here, its sale
records are fetched from the central database at receipt lookup and kept in
`commission_original_cache`, with the units other terminals had already returned per
line in `commission_returned_elsewhere`, so the clawback written in the return's own
transaction reads them locally (never over the network). A cache: rows are replaced
by newer versions, never pushed, and are not part of this terminal's ledger.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_commission_originals_cache"
down_revision = "0005_commission_record_at"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "commission_original_cache",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("sale_id", sa.Text, nullable=False),
        sa.Column("line_no", sa.Integer, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("fetched_at", sa.Text, nullable=False),
    )
    op.create_index("ix_commission_original_cache_line", "commission_original_cache",
                    ["sale_id", "line_no"])
    op.create_table(
        "commission_returned_elsewhere",
        sa.Column("sale_id", sa.Text, nullable=False),
        sa.Column("line_no", sa.Integer, nullable=False),
        sa.Column("units", sa.Integer, nullable=False),
        sa.Column("fetched_at", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("sale_id", "line_no"),
    )


def downgrade() -> None:
    op.drop_table("commission_returned_elsewhere")
    op.drop_index("ix_commission_original_cache_line", "commission_original_cache")
    op.drop_table("commission_original_cache")
