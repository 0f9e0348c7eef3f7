"""isolation per terminal: insert-only facts, a checked push, a settlement role, no temp

Revision ID: 0005_terminal_isolation
Revises: 0004_journal
Create Date: 2026-12-06 12:00:00

Until now row-level security kept a terminal inside its store, but within the store
any terminal's role could update another terminal's sale events, insert events in its
name, raise its commission records (a higher version always won), mark periods
settled and create temporary tables. On PostgreSQL, from this revision:

- The identity of a connection is its login role (`session_user`), looked up in
  `terminal_account` (a terminal: store and terminal) or the new `settlement_account`
  (a store's settlement role: store only). Nothing a client sets (no GUC) counts.
  `pos_current_store()` answers for both; `pos_current_terminal()` and
  `pos_settler_store()` for one kind each.
- Terminals only SELECT `commission_record`; they write it through
  `pos_push_commission_records(jsonb)`, a SECURITY DEFINER function that refuses
  (SQLSTATE 42501, "row-level security: ...") any row not of the caller's store and
  terminal and any id already held by another terminal's row, then applies the
  batch with "a higher (version, digest) wins" and marks its periods due for
  settlement. A replay changes nothing; a terminal's own newer version still wins.
- `terminal_event` is insert-only for terminals (the row's terminal must be the
  caller's); `terminal_cursor` rows are the caller's own; the journal's insert is
  further restricted to the caller's terminal.
- The settlement tables and the settlement's tier/bonus records are written only by a
  settlement role (`rls.provision_settler`), for its store: terminals are granted
  nothing on `commission_settlement_due` / `commission_settlement_lock`.
- TEMPORARY on the database is revoked from PUBLIC (and so from every terminal role),
  as is CREATE on the schema.

The embedded SQLite central database (one store, no roles) only gains the new table.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_terminal_isolation"
down_revision = "0004_journal"
branch_labels = None
depends_on = None

# The commission_record columns as of this revision (name, SQL type), in table order.
_RECORD = (
    ("id", "text"), ("version", "int"), ("kind", "text"), ("status", "text"),
    ("staff_id", "text"), ("currency", "text"), ("at", "text"), ("terminal_id", "text"),
    ("amount", "bigint"), ("base", "bigint"), ("units", "bigint"), ("rate_part", "bigint"),
    ("spiff_part", "bigint"), ("tier_part", "bigint"), ("share_bp", "int"),
    ("line_quantity", "int"), ("sale_id", "text"), ("line_no", "int"), ("plan_id", "text"),
    ("plan_version", "int"), ("period_start", "text"), ("return_of_sale", "text"),
    ("return_of_line", "int"), ("of_record", "text"), ("sku", "text"), ("reason", "text"),
    ("store_id", "text"), ("seq", "bigint"), ("digest", "text"), ("op_id", "text"),
)
SETTLEMENT_KINDS = "('tier_adjustment', 'bonus')"
_ACCOUNT = "SELECT {col} FROM {table} WHERE role_name = session_user"


def _q(name: str) -> str:
    return f'"{name}"'


def _push_function(schema: str) -> str:
    cols = ", ".join(_q(n) for n, _ in _RECORD)
    spec = ", ".join(f"{_q(n)} {t}" for n, t in _RECORD)
    updates = ", ".join(f"{_q(n)} = excluded.{_q(n)}" for n, _ in _RECORD if n != "id")
    return f"""
CREATE FUNCTION pos_push_commission_records(batch jsonb) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = "{schema}", pg_temp AS $fn$
DECLARE
    my_store text;
    my_terminal text;
    bad record;
BEGIN
    SELECT store_id, terminal_id INTO my_store, my_terminal
      FROM terminal_account WHERE role_name = session_user;
    IF my_terminal IS NULL THEN
        RAISE EXCEPTION 'row-level security: role % is not a terminal of any store',
            session_user USING ERRCODE = '42501';
    END IF;
    SELECT x.id, x.store_id, x.terminal_id INTO bad
      FROM jsonb_to_recordset(batch) AS x(id text, store_id text, terminal_id text)
     WHERE x.store_id IS DISTINCT FROM my_store
        OR x.terminal_id IS DISTINCT FROM my_terminal
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'row-level security: commission record % names terminal % of '
            'store %; this role is terminal % of store %', bad.id, bad.terminal_id,
            bad.store_id, my_terminal, my_store USING ERRCODE = '42501';
    END IF;
    SELECT r.id, r.store_id, r.terminal_id INTO bad
      FROM commission_record r
      JOIN jsonb_to_recordset(batch) AS x(id text) ON r.id = x.id
     WHERE r.store_id <> my_store OR r.terminal_id <> my_terminal
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'row-level security: commission record % belongs to terminal % '
            'of store %, not to this terminal', bad.id, bad.terminal_id, bad.store_id
            USING ERRCODE = '42501';
    END IF;
    INSERT INTO commission_record ({cols})
    SELECT {cols} FROM jsonb_to_recordset(batch) AS x({spec})
    ON CONFLICT (id) DO UPDATE SET {updates}, received_at = CURRENT_TIMESTAMP
    WHERE (excluded."version" > commission_record."version"
           OR (excluded."version" = commission_record."version"
               AND excluded."digest" > commission_record."digest"))
      AND commission_record.store_id = my_store
      AND commission_record.terminal_id = my_terminal;
    -- Keys in one order, so concurrent pushes of one store lock them without deadlock.
    INSERT INTO commission_settlement_due (store_id, staff_id, plan_id, period_start, mark,
                                           settled_mark)
    SELECT my_store, k.staff_id, k.plan_id, k.period_start, 1, 0
      FROM (SELECT DISTINCT x.staff_id, x.plan_id, x.period_start
              FROM jsonb_to_recordset(batch)
                   AS x(staff_id text, plan_id text, period_start text)
             WHERE x.plan_id IS NOT NULL AND x.period_start IS NOT NULL) AS k
     ORDER BY k.staff_id, k.plan_id, k.period_start
    ON CONFLICT (store_id, staff_id, plan_id, period_start)
    DO UPDATE SET mark = commission_settlement_due.mark + 1;
END
$fn$"""


def _identity_functions(schema: str) -> None:
    head = ("RETURNS text LANGUAGE sql STABLE SECURITY DEFINER "
            f'SET search_path = "{schema}", pg_temp AS ')
    both = (_ACCOUNT.format(col="store_id", table="terminal_account") + " UNION ALL "
            + _ACCOUNT.format(col="store_id", table="settlement_account") + " LIMIT 1")
    op.execute(f"CREATE OR REPLACE FUNCTION pos_current_store() {head} $$ {both} $$")
    op.execute(f"CREATE FUNCTION pos_current_terminal() {head} $$ "
               + _ACCOUNT.format(col="terminal_id", table="terminal_account") + " $$")
    op.execute(f"CREATE FUNCTION pos_settler_store() {head} $$ "
               + _ACCOUNT.format(col="store_id", table="settlement_account") + " $$")
    for fn in ("pos_current_terminal()", "pos_settler_store()"):
        op.execute(f"REVOKE ALL ON FUNCTION {fn} FROM PUBLIC")


def _policies() -> None:
    own = "store_id = pos_current_store()"
    mine = "store_id = pos_current_store() AND terminal_id = pos_current_terminal()"
    settler = "store_id = pos_settler_store()"
    for table in ("commission_record", "terminal_event", "terminal_cursor",
                  "commission_settlement_due", "commission_settlement_lock"):
        op.execute(f"DROP POLICY IF EXISTS own_store ON {table}")
    op.execute(f"CREATE POLICY read_own_store ON commission_record FOR SELECT USING ({own})")
    op.execute("CREATE POLICY settlement_inserts ON commission_record FOR INSERT "
               f"WITH CHECK ({settler} AND kind IN {SETTLEMENT_KINDS})")
    op.execute("CREATE POLICY settlement_updates ON commission_record FOR UPDATE "
               f"USING ({settler} AND kind IN {SETTLEMENT_KINDS}) "
               f"WITH CHECK ({settler} AND kind IN {SETTLEMENT_KINDS})")
    op.execute(f"CREATE POLICY read_own_store ON terminal_event FOR SELECT USING ({own})")
    op.execute("CREATE POLICY own_terminal_appends ON terminal_event FOR INSERT "
               f"WITH CHECK ({mine})")
    op.execute(f"CREATE POLICY read_own_store ON terminal_cursor FOR SELECT USING ({own})")
    op.execute(f"CREATE POLICY own_terminal_inserts ON terminal_cursor FOR INSERT "
               f"WITH CHECK ({mine})")
    op.execute(f"CREATE POLICY own_terminal_updates ON terminal_cursor FOR UPDATE "
               f"USING ({mine}) WITH CHECK ({mine})")
    for table in ("commission_settlement_due", "commission_settlement_lock"):
        op.execute(f"CREATE POLICY settlement_only ON {table} USING ({settler}) "
                   f"WITH CHECK ({settler})")
    # The journal (0004_journal) allowed any terminal of the store: now its own only.
    op.execute("CREATE POLICY own_terminal_only ON journal_record AS RESTRICTIVE FOR INSERT "
               "WITH CHECK (terminal_id = pos_current_terminal())")


def upgrade() -> None:
    op.create_table(
        "settlement_account",
        sa.Column("role_name", sa.String(), primary_key=True),
        sa.Column("store_id", sa.String(), nullable=False),
    )
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = bind.execute(sa.text("SELECT current_schema()")).scalar_one()
    db = bind.execute(sa.text("SELECT current_database()")).scalar_one()
    op.execute("REVOKE ALL ON settlement_account FROM PUBLIC")
    op.execute("ALTER TABLE settlement_account ENABLE ROW LEVEL SECURITY")
    _identity_functions(schema)
    op.execute(_push_function(schema))
    op.execute("REVOKE ALL ON FUNCTION pos_push_commission_records(jsonb) FROM PUBLIC")
    _policies()
    op.execute(f'REVOKE TEMPORARY ON DATABASE "{db}" FROM PUBLIC')
    op.execute(f'REVOKE CREATE ON SCHEMA "{schema}" FROM PUBLIC')
    roles = bind.execute(sa.text(
        "SELECT a.role_name FROM terminal_account a JOIN pg_roles r ON r.rolname = a.role_name "
        "ORDER BY a.role_name")).scalars().all()
    for role in roles:
        op.execute(f'REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON commission_record FROM "{role}"')
        op.execute(f'REVOKE UPDATE, DELETE, TRUNCATE ON terminal_event FROM "{role}"')
        op.execute(f'REVOKE ALL ON commission_settlement_due, commission_settlement_lock '
                   f'FROM "{role}"')
        op.execute(f'REVOKE TEMPORARY ON DATABASE "{db}" FROM "{role}"')
        op.execute(f'GRANT EXECUTE ON FUNCTION pos_current_terminal(), pos_settler_store(), '
                   f'pos_push_commission_records(jsonb) TO "{role}"')


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        db = bind.execute(sa.text("SELECT current_database()")).scalar_one()
        schema = bind.execute(sa.text("SELECT current_schema()")).scalar_one()
        op.execute("DROP POLICY IF EXISTS own_terminal_only ON journal_record")
        for table, names in (
                ("commission_record", ("read_own_store", "settlement_inserts",
                                       "settlement_updates")),
                ("terminal_event", ("read_own_store", "own_terminal_appends")),
                ("terminal_cursor", ("read_own_store", "own_terminal_inserts",
                                     "own_terminal_updates")),
                ("commission_settlement_due", ("settlement_only",)),
                ("commission_settlement_lock", ("settlement_only",))):
            for name in names:
                op.execute(f"DROP POLICY IF EXISTS {name} ON {table}")
            op.execute(f"CREATE POLICY own_store ON {table} "
                       "USING (store_id = pos_current_store()) "
                       "WITH CHECK (store_id = pos_current_store())")
        roles = bind.execute(sa.text(
            "SELECT a.role_name FROM terminal_account a JOIN pg_roles r "
            "ON r.rolname = a.role_name ORDER BY a.role_name")).scalars().all()
        for role in roles:
            op.execute("GRANT SELECT, INSERT, UPDATE ON commission_record, terminal_event, "
                       "terminal_cursor, commission_settlement_due, commission_settlement_lock "
                       f'TO "{role}"')
        op.execute("DROP FUNCTION IF EXISTS pos_push_commission_records(jsonb)")
        op.execute("DROP FUNCTION IF EXISTS pos_settler_store()")
        op.execute("DROP FUNCTION IF EXISTS pos_current_terminal()")
        op.execute(
            "CREATE OR REPLACE FUNCTION pos_current_store() RETURNS text LANGUAGE sql STABLE "
            f'SECURITY DEFINER SET search_path = "{schema}", pg_temp AS '
            "$$ SELECT store_id FROM terminal_account WHERE role_name = session_user $$")
        op.execute(f'GRANT TEMPORARY ON DATABASE "{db}" TO PUBLIC')
    op.drop_table("settlement_account")
