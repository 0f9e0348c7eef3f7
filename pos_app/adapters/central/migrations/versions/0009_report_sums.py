"""a bigint sum with a bigint running total, for the commission report's day groups

Revision ID: 0009_report_sums
Revises: 0008_store_flags
Create Date: 2026-12-06 04:05:00

PostgreSQL's `sum(bigint)` keeps a 128-bit running total in memory of its own per group
and answers `numeric`; aggregated in parallel workers, each worker's totals are turned
into numerics and back to be combined. The report's year is ~18,000 (day, staff,
currency) groups of four such sums: that work was most of the time above a plain
per-staff sum over the same rows (~420 ms against ~165 ms; with this aggregate ~280 ms).

`pos_bigint_sum(bigint)` adds with `int8pl`: the running total is a plain bigint held in
the group itself, combined across workers with the same addition. It is exact, and a
total past the bigint range raises "bigint out of range" (as SQLite's `sum` raises
"integer overflow") instead of answering a numeric that `CAST(... AS bigint)` then
refuses. NULL over no rows, as `sum`. Used by adapters/sqlite/commission_report_source.py
(`RecordReads._sum`) when the central database has it; the embedded SQLite database
needs nothing (its `sum` is a 64-bit integer sum already).
"""

from __future__ import annotations

from alembic import op

revision = "0009_report_sums"
down_revision = "0008_store_flags"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE AGGREGATE pos_bigint_sum(bigint) (SFUNC = int8pl, STYPE = bigint, "
               "COMBINEFUNC = int8pl, PARALLEL = SAFE)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP AGGREGATE IF EXISTS pos_bigint_sum(bigint)")
