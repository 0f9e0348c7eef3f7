"""why each returned line came back, and whether its units went back on the shelf

Revision ID: 0014_return_reasons
Revises: 0006_commission_originals_cache
Create Date: 2026-12-06 02:00:00

A sibling of the other revisions after 0006; the local database upgrades to all heads.
Mirrors `SoldLineRow.return_reason` / `restock` in adapters/sqlite/schema.py: the X and
Z reports count and sum refunds by reason, and receipts print it. Returns completed
before this revision had no reason and were all restocked: the defaults say exactly that.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014_return_reasons"
down_revision = "0006_commission_originals_cache"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sold_line") as batch:
        batch.add_column(sa.Column("return_reason", sa.String, nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("restock", sa.Integer, nullable=False, server_default="1"))


def downgrade() -> None:
    with op.batch_alter_table("sold_line") as batch:
        batch.drop_column("restock")
        batch.drop_column("return_reason")
