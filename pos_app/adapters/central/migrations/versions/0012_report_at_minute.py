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
year: ~2,650 groups, ~90 ms). NULL for an `at` that is not ISO text or names no real
month or day (as the day was unreadable before); the function never raises, so no
record is refused for its `at`.

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

# Minutes since 1970 of 'YYYY-MM-DDTHH:MM...' less a trailing '+HH:MM'/'-HH:MM' offset
# ('+00:00', as every record is written, is tested first; 'Z' or none: UTC). The date
# is counted in integers (days from the civil date, the proleptic Gregorian calendar),
# never through make_date or a cast to a date: a generated column that raises would
# refuse the whole push of the till that sent such an `at` (a day 30 of February, a
# month 13), every time it is retried. Not ISO-shaped, or a month or day out of range:
# NULL, as the day cut from the text was unreadable before.
#
# A PL/pgSQL function, not an expression in the column: PostgreSQL prepares a generated
# column's expression for every INSERT statement, and an expression of ~30 nodes cost a
# one-row INSERT ~30 us (a loader writing row by row: 57,000 -> 21,000 rows/s); a
# function call is one node, its statements planned once per session. Immutable
# (integer arithmetic, substrings, regular expressions), as a generated column needs.
_FUNCTION = r"""CREATE FUNCTION pos_at_minute(at text) RETURNS bigint
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    y int; m int; d int; era int; yoe int; doy int; tz text; off int := 0;
BEGIN
    IF at !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}.[0-9]{2}:[0-9]{2}' THEN
        RETURN NULL;
    END IF;
    y := substr(at, 1, 4)::int;
    m := substr(at, 6, 2)::int;
    d := substr(at, 9, 2)::int;
    IF y < 1 OR m < 1 OR m > 12 OR d < 1 OR d > 31 THEN
        RETURN NULL;
    END IF;
    tz := right(at, 6);
    IF tz <> '+00:00' AND tz ~ '^[+-][0-9]{2}:[0-9]{2}$' THEN
        off := (substr(tz, 2, 2)::int * 60 + substr(tz, 5, 2)::int)
               * CASE WHEN left(tz, 1) = '-' THEN -1 ELSE 1 END;
    END IF;
    IF m <= 2 THEN
        y := y - 1;
    END IF;
    era := y / 400;
    yoe := y - era * 400;
    doy := (153 * (m + CASE WHEN m > 2 THEN -3 ELSE 9 END) + 2) / 5 + d - 1;
    RETURN (era::bigint * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468) * 1440
        + substr(at, 12, 2)::int * 60 + substr(at, 15, 2)::int - off;
END $$"""


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
