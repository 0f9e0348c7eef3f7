"""the staff/plan/period index covers the report's progress totals

Revision ID: 0011_period_totals_cover
Revises: 0010_set_based_push
Create Date: 2026-12-06 08:30:00

The commission report's tier and bonus progress (`RecordReads.period_totals` in
adapters/sqlite/commission_report_source.py) sums a plan period of every staff member:
a month of a 50-staff store is ~31,000 records. Found by `ix_central_record_staff_plan_period`
(0007), each was then fetched from the table (~1,500 pages, about half of the ~16 ms
the read took). PostgreSQL: the index now carries the columns the sum reads (INCLUDE,
not keys: the same order, lookups and size of key), so the read is answered from the
index alone where the table's pages are known all-visible (vacuumed: past months at
once, the running month as autovacuum gets to it). Same name, same keys: nothing that
used it changes. The embedded SQLite database keeps its index (no INCLUDE there).
"""

from __future__ import annotations

from alembic import op

revision = "0011_period_totals_cover"
down_revision = "0010_set_based_push"
branch_labels = None
depends_on = None

_INDEX = "ix_central_record_staff_plan_period"
# What period_totals reads besides the keys: its filters and sums, and the store of a
# report of one store.
COVERED = ("status", "kind", "base", "units", "tier_part", "amount", "store_id")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.drop_index(_INDEX, table_name="commission_record")
    op.create_index(_INDEX, "commission_record", ["staff_id", "plan_id", "period_start"],
                    postgresql_include=list(COVERED))


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.drop_index(_INDEX, table_name="commission_record")
    op.create_index(_INDEX, "commission_record", ["staff_id", "plan_id", "period_start"])
