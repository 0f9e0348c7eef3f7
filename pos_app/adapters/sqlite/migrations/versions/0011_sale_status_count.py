"""index sales by terminal and status, for the status bar's counts

Revision ID: 0011_sale_status_count
Revises: 0007_housekeeping
Create Date: 2026-12-06 12:00:00

On the housekeeping branch (after 0007_housekeeping); the local database upgrades to
all heads. Mirrors the index in adapters/sqlite/schema.py. The status bar asks for the
terminal's sales by status every few seconds on the counter's own database worker: a
covering index answers it from the index alone, instead of reading every sale row (8 ms
at 10,000 sales, growing with the store's history).
"""

from __future__ import annotations

from alembic import op

revision = "0011_sale_status_count"
down_revision = "0007_housekeeping"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_sale_terminal_status", "sale", ["terminal_id", "status"])


def downgrade() -> None:
    op.drop_index("ix_sale_terminal_status", "sale")
