"""Terminal roles on PostgreSQL: least privilege, bound to one store by row-level security.

A terminal's role is a LOGIN role without superuser, BYPASSRLS, CREATEDB or CREATEROLE.
It may insert and update (never delete) the pushed-facts tables and the store-wide
commission settlement's tables (due periods, the per-store lock; the settlement's
tier adjustment and bonus records are commission records), and read plans, staff and
settings; the policies of migrations 0001_central and 0002_store_settlement limit
every one of those to rows of the store listed for the role in terminal_account, so a
terminal settles its own store only.
"""

from __future__ import annotations

import re

from sqlalchemy import Engine, text

from pos_app.domain.errors import InputError

from .schema import TERMINAL_APPENDS, TERMINAL_READS, TERMINAL_WRITES

_ROLE = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def _check_role(name: str) -> str:
    if not _ROLE.match(name):
        raise InputError(f"A terminal role name must match {_ROLE.pattern}, got {name!r}")
    return name


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def provision_terminal(admin: Engine, role: str, *, store_id: str, terminal_id: str,
                       password: str | None = None) -> None:
    """Create (or re-grant) the role of one terminal of one store. Run as the owner."""
    if admin.dialect.name != "postgresql":
        raise InputError("Terminal roles exist only on a PostgreSQL central database")
    role = _check_role(role)
    with admin.begin() as conn:
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"),
                              {"r": role}).first()
        options = "LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT"
        pw = f" PASSWORD {_literal(password)}" if password is not None else ""
        conn.exec_driver_sql(f'{"ALTER" if exists else "CREATE"} ROLE "{role}" {options}{pw}')
        db = conn.execute(text("SELECT current_database()")).scalar_one()
        schema = conn.execute(text("SELECT current_schema()")).scalar_one()
        conn.exec_driver_sql(f'GRANT CONNECT ON DATABASE "{db}" TO "{role}"')
        conn.exec_driver_sql(f'GRANT USAGE ON SCHEMA "{schema}" TO "{role}"')
        conn.exec_driver_sql(
            f'GRANT SELECT, INSERT, UPDATE ON {", ".join(TERMINAL_WRITES)} TO "{role}"')
        conn.exec_driver_sql(f'GRANT SELECT ON {", ".join(TERMINAL_READS)} TO "{role}"')
        conn.exec_driver_sql(f'GRANT SELECT, INSERT ON {", ".join(TERMINAL_APPENDS)} '
                             f'TO "{role}"')
        conn.exec_driver_sql(f'GRANT EXECUTE ON FUNCTION pos_current_store() TO "{role}"')
        conn.execute(text(
            "INSERT INTO terminal_account (role_name, store_id, terminal_id) VALUES (:r, :s, :t) "
            "ON CONFLICT (role_name) DO UPDATE SET store_id = excluded.store_id, "
            "terminal_id = excluded.terminal_id"), {"r": role, "s": store_id, "t": terminal_id})


def revoke_terminal(admin: Engine, role: str) -> None:
    """Take a terminal's access away in this database (its pushed rows stay)."""
    role = _check_role(role)
    with admin.begin() as conn:
        conn.execute(text("DELETE FROM terminal_account WHERE role_name = :r"), {"r": role})
        conn.exec_driver_sql(f'REVOKE ALL ON '
                             f'{", ".join(TERMINAL_WRITES + TERMINAL_READS + TERMINAL_APPENDS)} '
                             f'FROM "{role}"')
        conn.exec_driver_sql(f'REVOKE EXECUTE ON FUNCTION pos_current_store() FROM "{role}"')
