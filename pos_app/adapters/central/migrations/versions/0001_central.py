"""central schema: pushed facts, plans, staff, settings; row-level security per store

Revision ID: 0001_central
Revises:
Create Date: 2026-11-28 10:30:00

On PostgreSQL every table a terminal touches has row-level security: a terminal's
role (provisioned by `rls.provision_terminal`, listed in terminal_account) sees and
writes only rows whose store_id is its own store, and reads the plans of its store or
of every store. The owner (the administrator who runs migrations) is not subject to
the policies. SQLite (one store, embedded) has no roles and skips that part.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_central"
down_revision = None
branch_labels = None
depends_on = None

_RECORD = [
    ("id", "s"), ("version", "i"), ("kind", "s"), ("status", "s"), ("staff_id", "s"),
    ("currency", "s"), ("at", "s"), ("terminal_id", "s"), ("amount", "b"), ("base", "b"),
    ("units", "b"), ("rate_part", "b"), ("spiff_part", "b"), ("tier_part", "b"),
    ("share_bp", "i"), ("line_quantity", "i"), ("sale_id", "s"), ("line_no", "i"),
    ("plan_id", "s"), ("plan_version", "i"), ("period_start", "s"), ("return_of_sale", "s"),
    ("return_of_line", "i"), ("of_record", "s"), ("sku", "s"), ("reason", "t"),
    ("store_id", "s"), ("seq", "b"), ("digest", "s"), ("op_id", "s"),
]
_REQUIRED = {"id", "version", "kind", "status", "staff_id", "currency", "at", "terminal_id",
             "amount", "store_id", "seq", "digest", "op_id"}
_TYPES = {"s": sa.String, "i": sa.Integer, "b": sa.BigInteger, "t": sa.Text}

_STORE_RW = ("commission_record", "terminal_event", "terminal_cursor")
_STORE_READ = ("staff", "store_setting")


def _now() -> sa.sql.elements.TextClause:
    return sa.text("CURRENT_TIMESTAMP")


def upgrade() -> None:
    json_type = sa.JSON().with_variant(sa.dialects.postgresql.JSONB(), "postgresql")
    op.create_table(
        "commission_record",
        *[sa.Column(n, _TYPES[k](), primary_key=n == "id", nullable=n not in _REQUIRED)
          for n, k in _RECORD],
        sa.Column("received_at", sa.DateTime(timezone=True), server_default=_now(),
                  nullable=False),
    )
    op.create_index("ix_central_record_store_staff_period", "commission_record",
                    ["store_id", "staff_id", "period_start"])
    op.create_index("ix_central_record_store_terminal", "commission_record",
                    ["store_id", "terminal_id", "seq"])
    op.create_table(
        "terminal_event",
        sa.Column("op_id", sa.String(), primary_key=True),
        sa.Column("store_id", sa.String(), nullable=False),
        sa.Column("terminal_id", sa.String(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("topic", sa.String(), nullable=False),
        sa.Column("aggregate_id", sa.String(), nullable=False),
        sa.Column("payload", json_type, nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), server_default=_now(),
                  nullable=False),
    )
    op.create_index("ix_central_event_store_topic", "terminal_event",
                    ["store_id", "topic", "created_at"])
    op.create_table(
        "terminal_cursor",
        sa.Column("store_id", sa.String(), nullable=False),
        sa.Column("terminal_id", sa.String(), nullable=False),
        sa.Column("high_seq", sa.BigInteger(), nullable=False),
        sa.Column("last_push_at", sa.DateTime(timezone=True), server_default=_now(),
                  nullable=False),
        sa.PrimaryKeyConstraint("store_id", "terminal_id"),
    )
    op.create_table(
        "terminal_account",
        sa.Column("role_name", sa.String(), primary_key=True),
        sa.Column("store_id", sa.String(), nullable=False),
        sa.Column("terminal_id", sa.String(), nullable=False),
    )
    op.create_table(
        "commission_plan",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("store_id", sa.String(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("updated_by", sa.String(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=_now(),
                  nullable=False),
    )
    op.create_table(
        "staff",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("store_id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("active", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(), nullable=False),
    )
    op.create_index("ix_central_staff_store", "staff", ["store_id"])
    op.create_table(
        "store_setting",
        sa.Column("store_id", sa.String(), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("store_id", "key"),
    )
    if op.get_bind().dialect.name == "postgresql":
        _row_level_security()


def _row_level_security() -> None:
    schema = op.get_bind().execute(sa.text("SELECT current_schema()")).scalar()
    # session_user, not current_user: inside a SECURITY DEFINER function current_user
    # is the function's owner.
    op.execute(
        "CREATE FUNCTION pos_current_store() RETURNS text LANGUAGE sql STABLE "
        f'SECURITY DEFINER SET search_path = "{schema}", pg_temp AS '
        "$$ SELECT store_id FROM terminal_account WHERE role_name = session_user $$")
    op.execute("REVOKE ALL ON FUNCTION pos_current_store() FROM PUBLIC")
    for table in (*_STORE_RW, *_STORE_READ, "commission_plan", "terminal_account"):
        op.execute(f"REVOKE ALL ON {table} FROM PUBLIC")
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    for table in _STORE_RW:
        op.execute(f"CREATE POLICY own_store ON {table} "
                   "USING (store_id = pos_current_store()) "
                   "WITH CHECK (store_id = pos_current_store())")
    for table in _STORE_READ:
        op.execute(f"CREATE POLICY own_store_read ON {table} FOR SELECT "
                   "USING (store_id = pos_current_store())")
    op.execute("CREATE POLICY store_or_all_plans ON commission_plan FOR SELECT "
               "USING (store_id IS NULL OR store_id = pos_current_store())")


def downgrade() -> None:
    for table in ("store_setting", "staff", "commission_plan", "terminal_account",
                  "terminal_cursor", "terminal_event", "commission_record"):
        op.drop_table(table)
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS pos_current_store()")
