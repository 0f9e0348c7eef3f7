"""store-wide commission settlement: due periods, per-store lock; index on record time

Revision ID: 0002_store_settlement
Revises: 0001_central
Create Date: 2026-11-28 00:10:00

Mirrors schema.py. On PostgreSQL both new tables get the own-store row-level security
of 0001_central, and every terminal role already provisioned (terminal_account) is
granted what `rls.provision_terminal` now grants new ones, so a terminal settles only
its own store.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_store_settlement"
down_revision = "0001_central"
branch_labels = None
depends_on = None

_TABLES = ("commission_settlement_due", "commission_settlement_lock")


def upgrade() -> None:
    op.create_index("ix_central_record_at", "commission_record", ["at"])
    op.create_table(
        "commission_settlement_due",
        sa.Column("store_id", sa.String(), nullable=False),
        sa.Column("staff_id", sa.String(), nullable=False),
        sa.Column("plan_id", sa.String(), nullable=False),
        sa.Column("period_start", sa.String(), nullable=False),
        sa.Column("mark", sa.BigInteger(), nullable=False),
        sa.Column("settled_mark", sa.BigInteger(), nullable=False, server_default="0"),
        sa.PrimaryKeyConstraint("store_id", "staff_id", "plan_id", "period_start"),
    )
    op.create_table(
        "commission_settlement_lock",
        sa.Column("store_id", sa.String(), primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True),
                  server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False),
    )
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in _TABLES:
        op.execute(f"REVOKE ALL ON {table} FROM PUBLIC")
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"CREATE POLICY own_store ON {table} "
                   "USING (store_id = pos_current_store()) "
                   "WITH CHECK (store_id = pos_current_store())")
    roles = op.get_bind().execute(sa.text(
        "SELECT a.role_name FROM terminal_account a JOIN pg_roles r ON r.rolname = a.role_name "
        "ORDER BY a.role_name")).scalars().all()
    for role in roles:
        op.execute(f'GRANT SELECT, INSERT, UPDATE ON {", ".join(_TABLES)} TO "{role}"')


def downgrade() -> None:
    for table in reversed(_TABLES):
        op.drop_table(table)
    op.drop_index("ix_central_record_at", "commission_record")
