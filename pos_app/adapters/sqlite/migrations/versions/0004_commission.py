"""commission records, pulled plans, staff directory and settings, sync state

Revision ID: 0004_commission
Revises: 0002_shift
Create Date: 2026-11-28 10:00:00

A sibling branch of 0003_inventory; the local database upgrades to all heads.
Mirrors adapters/sqlite/commission_schema.py. Commission records are materialised
from their outbox events by a trigger, so a record and its event are always written
together, and a record only ever changes to a higher version (never deleted).
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0004_commission"
down_revision = "0002_shift"
branch_labels = None
depends_on = None

# (column, type) of commission_record, in payload key order.
_RECORD_COLUMNS = [
    ("id", "text"), ("version", "int"), ("kind", "text"), ("status", "text"),
    ("staff_id", "text"), ("currency", "text"), ("at", "text"), ("terminal_id", "text"),
    ("amount", "int"), ("base", "int"), ("units", "int"), ("rate_part", "int"),
    ("spiff_part", "int"), ("tier_part", "int"), ("share_bp", "int"),
    ("line_quantity", "int"), ("sale_id", "text"), ("line_no", "int"), ("plan_id", "text"),
    ("plan_version", "int"), ("period_start", "text"), ("return_of_sale", "text"),
    ("return_of_line", "int"), ("of_record", "text"), ("sku", "text"), ("reason", "text"),
]

_TRIGGERS = {
    "commission_record_no_delete":
        "BEFORE DELETE ON commission_record BEGIN "
        "SELECT RAISE(ABORT, 'commission records are immutable; write an offsetting one'); END",
    "commission_record_version_up":
        "BEFORE UPDATE ON commission_record WHEN NEW.version <= OLD.version BEGIN "
        "SELECT RAISE(ABORT, 'a commission record only changes to a higher version'); END",
}


def _from_outbox_trigger() -> str:
    cols = [c for c, _ in _RECORD_COLUMNS]
    values = ", ".join(
        f"coalesce(json_extract(NEW.payload, '$.{c}'), '')" if c == "reason"
        else f"json_extract(NEW.payload, '$.{c}')" for c in cols)
    updates = ", ".join(f"{c} = excluded.{c}" for c in cols if c != "id")
    return (
        "CREATE TRIGGER commission_record_from_outbox AFTER INSERT ON outbox "
        "WHEN NEW.topic = 'commission_record' BEGIN "
        f"INSERT INTO commission_record ({', '.join(cols)}) SELECT {values} WHERE true "
        f"ON CONFLICT (id) DO UPDATE SET {updates} "
        "WHERE excluded.version > commission_record.version; END")


def upgrade() -> None:
    def col(name: str, kind: str) -> sa.Column[Any]:
        not_null = name in {"id", "version", "kind", "status", "staff_id", "currency", "at",
                            "terminal_id", "amount"}
        typ: Any = sa.Integer() if kind == "int" else sa.String()
        if name == "reason":
            return sa.Column(name, sa.Text(), nullable=False, server_default="")
        if kind == "int" and not not_null and name not in {"line_no", "plan_version",
                                                           "return_of_line"}:
            return sa.Column(name, typ, nullable=False, server_default="0")
        return sa.Column(name, typ, nullable=not not_null, primary_key=name == "id")

    op.create_table("commission_record", *[col(n, k) for n, k in _RECORD_COLUMNS])
    op.create_index("ix_commission_record_period", "commission_record",
                    ["staff_id", "plan_id", "period_start"])
    op.create_index("ix_commission_record_line", "commission_record", ["sale_id", "line_no"])
    op.create_index("ix_commission_record_return_of", "commission_record",
                    ["return_of_sale", "return_of_line"])
    op.create_index("ix_commission_record_of_record", "commission_record", ["of_record"])
    op.create_index("ix_commission_record_status", "commission_record", ["status"])
    op.create_table(
        "commission_plan",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("store_id", sa.String(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("pulled_at", sa.String(), nullable=False),
    )
    op.create_table(
        "staff_directory",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("store_id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("active", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(), nullable=False),
    )
    op.create_table(
        "central_setting",
        sa.Column("key", sa.String(), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(), nullable=False),
    )
    op.create_table(
        "product_collection",
        sa.Column("product_id", sa.String(), primary_key=True),
        sa.Column("collection", sa.String(), primary_key=True),
    )
    op.create_table(
        "central_sync_state",
        sa.Column("key", sa.String(), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.execute(_from_outbox_trigger())
    for name, body in _TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in ("commission_record_from_outbox", *_TRIGGERS):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for table in ("central_sync_state", "product_collection", "central_setting",
                  "staff_directory", "commission_plan", "commission_record"):
        op.drop_table(table)
