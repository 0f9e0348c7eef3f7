"""a terminal's commission push as one set-based INSERT over the batch parsed once

Revision ID: 0010_set_based_push
Revises: 0009_report_sums
Create Date: 2026-12-06 07:30:00

`pos_push_commission_records(jsonb)` (0005_terminal_isolation) parsed each batch into a
jsonb tree (~7 ms a 1,000-record batch) and expanded it four times: a check that every
row is the caller's, a join against the table for ids held by another terminal, the
upsert, and the periods due. It took ~35 ms a batch of the push's ~60.

`pos_push_commission_records(json)` takes the batch as `json` (kept as text: ~1.4 ms to
check) and writes it in one statement over one expansion of the batch (~15-20 ms), first
as a plain insert (a backlog's new records: ~13 % less than an upsert, which checks for
a conflict ahead of every row) and, if an id is already there (a replay, a newer
version, a forged id), again as the upsert:

- a row that is not the caller's own store and terminal is refused in the expansion's
  filter (a CASE, so the refusal runs only for such a row);
- the records: one INSERT ... ON CONFLICT (id) DO UPDATE, where an id already held by
  another terminal's row is refused in the conflict's own path (the update's WHERE
  takes such a row, its SET refuses it), so the unique index the insert probes anyway
  does the ownership check: no join, no pass of its own. The caller's own rows keep
  "a higher (version, digest) wins";
- the periods of the batch marked due for settlement, as before (a data-modifying CTE,
  run after the records' insert, keys in one order).

The refusals are the same errors as before (SQLSTATE 42501, "row-level security:
commission record ... names terminal ..." / "... belongs to terminal ..."), raised by
`pos_push_refusal(text)`, which only raises (revoked from PUBLIC; the push calls it as
its owner). The jsonb function stays for tills not yet upgraded: it now hands its batch
to the json one, so there is one set of checks.

Given the push's highest sequence (`high_seq`), the function also moves the caller's
push cursor (as the push's own statement did: the highest seen wins), one round trip
fewer a batch. A terminal's role is granted the new function; `rls.provision_terminal`
grants both.
The embedded SQLite central database has no roles and needs nothing.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0010_set_based_push"
down_revision = "0009_report_sums"
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


_SIGNATURE = "pos_push_commission_records(json, bigint)"


def _q(name: str) -> str:
    return f'"{name}"'


def _refusal_function(schema: str) -> str:
    return f"""
CREATE FUNCTION pos_push_refusal(reason text) RETURNS boolean
LANGUAGE plpgsql VOLATILE SET search_path = "{schema}", pg_temp AS $fn$
BEGIN
    RAISE EXCEPTION '%', reason USING ERRCODE = '42501';
END
$fn$"""


def _push_statement(upsert: bool) -> str:
    """The batch's records and due periods in one statement over one expansion of it:
    every row the caller's own (else refused in the filter); the records; then (a CTE
    the statement runs after them) the periods marked due, keys in one order so
    concurrent pushes of one store lock them without deadlock. `upsert`: ids already
    there are taken in the conflict path, where an id held by another terminal is
    refused and of the caller's own rows a higher (version, digest) wins; without it a
    held id fails the statement (unique_violation)."""
    cols = ", ".join(_q(n) for n, _ in _RECORD)
    spec = ", ".join(f"{_q(n)} {t}" for n, t in _RECORD)
    updates = ", ".join(f"{_q(n)} = excluded.{_q(n)}" for n, _ in _RECORD
                        if n not in ("id", "version"))
    held = "r.store_id = my_store AND r.terminal_id = my_terminal"
    conflict = f"""
    ON CONFLICT (id) DO UPDATE SET
        "version" = CASE WHEN {held} THEN excluded."version"
                         WHEN pos_push_refusal(format(
                             'row-level security: commission record %s belongs to '
                             'terminal %s of store %s, not to this terminal', r.id,
                             r.terminal_id, r.store_id)) THEN NULL END,
        {updates}, received_at = CURRENT_TIMESTAMP
    WHERE NOT ({held})
       OR excluded."version" > r."version"
       OR (excluded."version" = r."version" AND excluded."digest" > r."digest")"""
    return f"""
    WITH x AS MATERIALIZED (
        SELECT * FROM json_to_recordset(batch) AS x({spec})
         WHERE CASE WHEN x.store_id = my_store AND x.terminal_id = my_terminal THEN true
                    ELSE pos_push_refusal(format(
                        'row-level security: commission record %s names terminal %s of '
                        'store %s; this role is terminal %s of store %s', x.id,
                        coalesce(x.terminal_id, '<NULL>'), coalesce(x.store_id, '<NULL>'),
                        my_terminal, my_store)) END),
    due AS (
        INSERT INTO commission_settlement_due (store_id, staff_id, plan_id, period_start,
                                               mark, settled_mark)
        SELECT my_store, k.staff_id, k.plan_id, k.period_start, 1, 0
          FROM (SELECT DISTINCT x.staff_id, x.plan_id, x.period_start FROM x
                 WHERE x.plan_id IS NOT NULL AND x.period_start IS NOT NULL) AS k
         ORDER BY k.staff_id, k.plan_id, k.period_start
        ON CONFLICT (store_id, staff_id, plan_id, period_start)
        DO UPDATE SET mark = commission_settlement_due.mark + 1)
    INSERT INTO commission_record AS r ({cols})
    SELECT {cols} FROM x{conflict if upsert else ""};"""


def _push_function(schema: str) -> str:
    return f"""
CREATE FUNCTION pos_push_commission_records(batch json, high_seq bigint DEFAULT NULL)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = "{schema}", pg_temp AS $fn$
DECLARE
    my_store text;
    my_terminal text;
BEGIN
    SELECT store_id, terminal_id INTO my_store, my_terminal
      FROM terminal_account WHERE role_name = session_user;
    IF my_terminal IS NULL THEN
        RAISE EXCEPTION 'row-level security: role % is not a terminal of any store',
            session_user USING ERRCODE = '42501';
    END IF;
    -- New records (a backlog) as a plain insert: no conflict check ahead of each row.
    -- An id already there (a replay, a newer version, another terminal's id) undoes the
    -- attempt; then the upsert, which takes each such row as it should.
    BEGIN{_push_statement(upsert=False)}
    EXCEPTION WHEN unique_violation THEN{_push_statement(upsert=True)}
    END;
    -- The caller's push cursor (highest sequence seen), when it says so: the push's
    -- separate statement otherwise, one round trip fewer a batch.
    IF high_seq IS NOT NULL THEN
        INSERT INTO terminal_cursor (store_id, terminal_id, high_seq, last_push_at)
        VALUES (my_store, my_terminal, high_seq, CURRENT_TIMESTAMP)
        ON CONFLICT (store_id, terminal_id) DO UPDATE
        SET high_seq = GREATEST(terminal_cursor.high_seq, excluded.high_seq),
            last_push_at = excluded.last_push_at;
    END IF;
END
$fn$"""


def _jsonb_delegate(schema: str) -> str:
    """The 0005 signature, for tills not yet upgraded: the same checks, one place."""
    return f"""
CREATE OR REPLACE FUNCTION pos_push_commission_records(batch jsonb) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = "{schema}", pg_temp AS $fn$
    SELECT pos_push_commission_records(CAST(batch AS json))
$fn$"""


def _terminal_roles(bind: sa.Connection) -> list[str]:
    return list(bind.execute(sa.text(
        "SELECT a.role_name FROM terminal_account a JOIN pg_roles r ON r.rolname = a.role_name "
        "ORDER BY a.role_name")).scalars().all())


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = bind.execute(sa.text("SELECT current_schema()")).scalar_one()
    op.execute(_refusal_function(schema))
    op.execute("REVOKE ALL ON FUNCTION pos_push_refusal(text) FROM PUBLIC")
    op.execute(_push_function(schema))
    op.execute(f"REVOKE ALL ON FUNCTION {_SIGNATURE} FROM PUBLIC")
    op.execute(_jsonb_delegate(schema))
    for role in _terminal_roles(bind):
        op.execute(f'GRANT EXECUTE ON FUNCTION {_SIGNATURE} TO "{role}"')


def _isolation_push_function(schema: str) -> str:
    """0005_terminal_isolation's jsonb function, as that (frozen) revision wrote it."""
    path = Path(__file__).with_name("0005_terminal_isolation.py")
    spec = importlib.util.spec_from_file_location("_central_0005", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    body: str = module._push_function(schema)
    return body.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = bind.execute(sa.text("SELECT current_schema()")).scalar_one()
    # Replaced in place: the terminals' grants on it stay.
    op.execute(_isolation_push_function(schema))
    op.execute(f"DROP FUNCTION IF EXISTS {_SIGNATURE}")
    op.execute("DROP FUNCTION IF EXISTS pos_push_refusal(text)")
