"""the UTC minute of each commission record, stored, for the report's day groups

Revision ID: 0012_report_at_minute
Revises: 0011_period_totals_cover
Create Date: 2026-12-06 11:40:00

The commission report sums a period's sale and clawback records by staff member and
local day, or by week for a long period (`RecordReads.day_buckets` in
adapters/sqlite/commission_report_source.py). The day was text cut out of `at` (ISO
text, UTC), and a week the days summed a second time, joined to their week: a year of
50 staff was ~18,000 day groups hashed from a new text per record, merged from the
parallel workers and summed again by week in one process (~105 ms against ~65 ms for a
plain per-staff sum over the same rows). A store at another UTC offset parsed every
`at` as a timestamp, in one process (0007's day statistics are of the UTC day only).

PostgreSQL: `at_minute`, the minutes since 1970 of `at` (its offset taken off),
computed by the server as a record is written or changed (a stored generated column of
`pos_at_minute(at)`: nothing that writes records names it). The report's day is then
integer arithmetic at any offset, `(at_minute + offset) / 1440`, and its week one
element of an array indexed by that day: the records are grouped by week at once (a
year: ~2,650 groups, ~90 ms). NULL for an `at` that is not ISO text (as the day was
unreadable before).

Its `n_distinct` is set to about the number of days a report groups by (400): the only
estimate the planner makes of it is of the groups of an expression over it, and the
true count of distinct minutes (every record) has it aggregate a year in one process.

The embedded SQLite database keeps reading the day from `at`.
"""

from __future__ import annotations

from alembic import op

revision = "0012_report_at_minute"
down_revision = "0011_period_totals_cover"
branch_labels = None
depends_on = None

_OFFSET = "right(at, 6)"
# Minutes since 1970 of 'YYYY-MM-DDTHH:MM...' less a trailing '+HH:MM'/'-HH:MM' offset
# ('+00:00', as every record is written, is tested first; 'Z' or none: UTC).
AT_MINUTE = (
    "CASE WHEN at ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}.[0-9]{2}:[0-9]{2}' THEN "
    "(make_date(CAST(substr(at, 1, 4) AS int), CAST(substr(at, 6, 2) AS int), "
    "CAST(substr(at, 9, 2) AS int)) - DATE '1970-01-01') * CAST(1440 AS bigint) "
    "+ CAST(substr(at, 12, 2) AS int) * 60 + CAST(substr(at, 15, 2) AS int) "
    f"- CASE WHEN {_OFFSET} = '+00:00' THEN 0 "
    f"WHEN {_OFFSET} ~ '^[+-][0-9]{{2}}:[0-9]{{2}}$' THEN "
    f"(CASE WHEN left({_OFFSET}, 1) = '-' THEN -1 ELSE 1 END) "
    f"* (CAST(substr({_OFFSET}, 2, 2) AS int) * 60 + CAST(substr({_OFFSET}, 5, 2) AS int)) "
    "ELSE 0 END END"
)
# A PL/pgSQL function, not the expression itself in the column: PostgreSQL prepares a
# generated column's expression for every INSERT statement, and this one's ~30 nodes
# cost a one-row INSERT ~30 us (a loader writing row by row: 57,000 -> 21,000 rows/s);
# a function call is one node, its expression planned once per session (~45,000
# rows/s; ~3 us a record either way). Immutable (make_date, integer casts, regular
# expressions), as a generated column needs.
_FUNCTION = ("CREATE FUNCTION pos_at_minute(at text) RETURNS bigint LANGUAGE plpgsql "
             f"IMMUTABLE PARALLEL SAFE AS $$ BEGIN RETURN {AT_MINUTE}; END $$")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(_FUNCTION)
    op.execute("ALTER TABLE commission_record ADD COLUMN at_minute bigint "
               "GENERATED ALWAYS AS (pos_at_minute(at)) STORED")
    op.execute("ALTER TABLE commission_record ALTER COLUMN at_minute SET (n_distinct = 400)")
    op.execute("ANALYZE commission_record")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("ALTER TABLE commission_record DROP COLUMN IF EXISTS at_minute")
    op.execute("DROP FUNCTION IF EXISTS pos_at_minute(text)")
