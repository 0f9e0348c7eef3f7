"""one staff id per person across a store's tills, with the PIN hash, merged by version

Revision ID: 0006_staff_sync
Revises: 0005_terminal_isolation
Create Date: 2026-12-06 16:00:00

Mirrors schema.py `staff`. A person is added on one till (a UUIDv7 minted there once)
and pushed here; every till of the store pulls them, PIN hash included, so they sign
in anywhere and their sales on every till are one person's. The hash (Argon2id of the
peppered PIN, never the PIN) is readable only by the store's own terminals: the
own-store row-level security of 0001_central on SELECT.

Two versions merged apart (services/staff.py `merge_staff`): `version` with `digest`
for the profile (name, role, PIN hash) and `active_version` for the active flag (at
equal versions a deactivation wins), so a leaver deactivated on one till is not let back
in by another till's offline edit of their PIN. Never a clock. `updated_by` is the
terminal whose push last changed the row. A row without a PIN hash (a head-office edit
made without one) takes the first hash a till offers.

On PostgreSQL terminals still only SELECT `staff`; they write it through
`pos_push_staff(jsonb)`, a SECURITY DEFINER function that refuses (SQLSTATE 42501,
"row-level security: ...") a row of another store or an id another store holds, then
merges the batch. Every terminal role already provisioned is granted it here.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_staff_sync"
down_revision = "0005_terminal_isolation"
branch_labels = None
depends_on = None

ROLES = "('cashier', 'supervisor', 'manager', 'owner')"


def _push_function(schema: str) -> str:
    profile = ("(excluded.version > staff.version OR (excluded.version = staff.version "
               "AND excluded.digest > staff.digest))")
    status = ("(excluded.active_version > staff.active_version OR "
              "(excluded.active_version = staff.active_version "
              "AND excluded.active < staff.active))")
    return f"""
CREATE FUNCTION pos_push_staff(batch jsonb) RETURNS void
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
    SELECT x.id, x.store_id INTO bad
      FROM jsonb_to_recordset(batch) AS x(id text, store_id text)
     WHERE x.store_id IS DISTINCT FROM my_store
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'row-level security: staff member % names store %; this role is '
            'a terminal of store %', bad.id, bad.store_id, my_store USING ERRCODE = '42501';
    END IF;
    SELECT s.id, s.store_id INTO bad
      FROM staff s JOIN jsonb_to_recordset(batch) AS x(id text) ON s.id = x.id
     WHERE s.store_id <> my_store
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'row-level security: staff member % belongs to store %, not to '
            'this terminal''s', bad.id, bad.store_id USING ERRCODE = '42501';
    END IF;
    INSERT INTO staff (id, store_id, name, role, pin_hash, active, version, active_version,
                       digest, updated_by)
    SELECT x.id, my_store, x.name, x.role, NULLIF(x.pin_hash, ''), x.active, x.version,
           x.active_version, x.digest, my_terminal
      FROM jsonb_to_recordset(batch) AS x(id text, name text, role text, pin_hash text,
                                          active int, version int, active_version int,
                                          digest text)
     ORDER BY x.id
    ON CONFLICT (id) DO UPDATE SET
        name = CASE WHEN {profile} THEN excluded.name ELSE staff.name END,
        role = CASE WHEN {profile} THEN excluded.role ELSE staff.role END,
        pin_hash = CASE WHEN ({profile} OR staff.pin_hash IS NULL)
                             AND excluded.pin_hash IS NOT NULL
                        THEN excluded.pin_hash ELSE staff.pin_hash END,
        digest = CASE WHEN {profile} THEN excluded.digest ELSE staff.digest END,
        version = CASE WHEN {profile} THEN excluded.version ELSE staff.version END,
        active = CASE WHEN {status} THEN excluded.active ELSE staff.active END,
        active_version = CASE WHEN {status} THEN excluded.active_version
                              ELSE staff.active_version END,
        updated_by = excluded.updated_by
    WHERE staff.store_id = my_store
      AND ({profile} OR {status}
           OR (staff.pin_hash IS NULL AND excluded.pin_hash IS NOT NULL));
END
$fn$"""


def upgrade() -> None:
    op.add_column("staff", sa.Column("pin_hash", sa.String(), nullable=True))
    op.add_column("staff", sa.Column("active_version", sa.Integer(), nullable=False,
                                     server_default="1"))
    op.add_column("staff", sa.Column("updated_by", sa.String(), nullable=True))
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute(f"ALTER TABLE staff ADD CONSTRAINT ck_staff_role CHECK (role IN {ROLES})")
    schema = bind.execute(sa.text("SELECT current_schema()")).scalar_one()
    op.execute(_push_function(schema))
    op.execute("REVOKE ALL ON FUNCTION pos_push_staff(jsonb) FROM PUBLIC")
    roles = bind.execute(sa.text(
        "SELECT a.role_name FROM terminal_account a JOIN pg_roles r ON r.rolname = a.role_name "
        "ORDER BY a.role_name")).scalars().all()
    for role in roles:
        op.execute(f'GRANT EXECUTE ON FUNCTION pos_push_staff(jsonb) TO "{role}"')


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS pos_push_staff(jsonb)")
        op.execute("ALTER TABLE staff DROP CONSTRAINT IF EXISTS ck_staff_role")
    with op.batch_alter_table("staff") as batch:
        batch.drop_column("updated_by")
        batch.drop_column("active_version")
        batch.drop_column("pin_hash")
