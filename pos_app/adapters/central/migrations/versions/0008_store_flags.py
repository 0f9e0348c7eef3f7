"""feature flags overridden per store, each row versioned; terminals only read theirs

Revision ID: 0008_store_flags
Revises: 0007_report_indexes
Create Date: 2026-12-06 04:00:00

Mirrors schema.py `store_flag`. One row per (store, flag): `enabled` true or false
overrides the terminals' defaults and `[flags]` config (POS_APP_FLAG_* on a till still
overrides it), NULL is a cleared override (kept as a row so its version keeps rising).
Every write is a compare-and-set on the version its writer read (`version` = that + 1;
a stale one is refused), never a last-writer-wins by clock. `updated_by` says who (the
manager and the till the command ran on), `updated_at` when, by the database's clock
(shown only; nothing is decided by it).

Tills pull their store's rows with the central sync and keep them when the incoming
version is higher than the one they hold (local 0019_store_flags).

On PostgreSQL terminals only SELECT their own store's rows (row-level security, as
0001_central's own-store reads); no policy lets a terminal's role insert, update or
delete, and none is granted. Overrides are written by the database owner
(`pos-app flags set ... --admin-url`). Every terminal role already provisioned gets
SELECT here; `rls.provision_terminal` grants it to new ones (schema.TERMINAL_READS).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_store_flags"
down_revision = "0007_report_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "store_flag",
        sa.Column("store_id", sa.String(), nullable=False),
        sa.Column("flag", sa.String(), nullable=False),
        sa.Column("enabled", sa.Boolean(create_constraint=False), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True),
                  server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False),
        sa.PrimaryKeyConstraint("store_id", "flag"),
        sa.CheckConstraint("version >= 1", name="ck_store_flag_version"),
    )
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute("REVOKE ALL ON store_flag FROM PUBLIC")
    op.execute("ALTER TABLE store_flag ENABLE ROW LEVEL SECURITY")
    op.execute("CREATE POLICY own_store_read ON store_flag FOR SELECT "
               "USING (store_id = pos_current_store())")
    roles = bind.execute(sa.text(
        "SELECT a.role_name FROM terminal_account a JOIN pg_roles r ON r.rolname = a.role_name "
        "ORDER BY a.role_name")).scalars().all()
    for role in roles:
        op.execute(f'GRANT SELECT ON store_flag TO "{role}"')


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP POLICY IF EXISTS own_store_read ON store_flag")
    op.drop_table("store_flag")
