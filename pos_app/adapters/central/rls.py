"""Roles on a PostgreSQL central database: a terminal's, and a store's settlement role.

Both are LOGIN roles without superuser, BYPASSRLS, CREATEDB or CREATEROLE, and the
role is the whole identity: `terminal_account` maps a terminal's role to its (store,
terminal), `settlement_account` a settlement role to its store, and the policies look
up `session_user` there (migration 0005_terminal_isolation). Nothing the client sets
can change who it is.

A terminal's role (`provision_terminal`) reads its store's records, plans, staff,
settings and feature flag overrides (0008_store_flags: the owner writes those); appends
its own terminal's sale events and journal records (never UPDATE or DELETE); keeps its
own push cursor; and writes commission records only through
`pos_push_commission_records`, which refuses any row that is not its own terminal's
(its json form from central 0010_set_based_push, its jsonb form for older tills).
It has nothing on the settlement tables and cannot create temporary tables.

A settlement role (`provision_settler`) runs the store-wide commission settlement of
its store (`pos-app commission-settle` at the back office or head office): it reads
the store's records and due periods, writes the tier adjustment and bonus records,
marks periods settled and takes the store's settlement lock. It pushes nothing.
"""

from __future__ import annotations

import re

from sqlalchemy import Connection, Engine, text

from pos_app.domain.commission import STORE_WIDE_TERMINAL
from pos_app.domain.errors import InputError

from .schema import (
    SETTLER_FUNCTIONS,
    SETTLER_READS,
    SETTLER_WRITES,
    TERMINAL_APPENDS,
    TERMINAL_FUNCTIONS,
    TERMINAL_READS,
    TERMINAL_WRITES,
)

_ROLE = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def _check_role(name: str) -> str:
    if not _ROLE.match(name):
        raise InputError(f"A terminal role name must match {_ROLE.pattern}, got {name!r}")
    return name


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


_EVERY_TABLE = tuple(dict.fromkeys(
    TERMINAL_APPENDS + TERMINAL_WRITES + TERMINAL_READS + SETTLER_WRITES + SETTLER_READS
    + ("commission_settlement_due", "commission_settlement_lock", "terminal_account",
       "settlement_account")))
_EVERY_FUNCTION = tuple(dict.fromkeys(TERMINAL_FUNCTIONS + SETTLER_FUNCTIONS))


def _functions(conn: Connection, names: tuple[str, ...]) -> str:
    """Those of `names` this database has, for GRANT/REVOKE ON FUNCTION (one of an older
    schema lacks the later ones: `pos_push_commission_records(json, bigint)` before central
    0010_set_based_push, which grants it to the terminals then)."""
    have = set(conn.execute(text(
        "SELECT f FROM unnest(CAST(:fs AS text[])) AS f WHERE to_regprocedure(f) IS NOT NULL"),
        {"fs": list(names)}).scalars())
    return ", ".join(n for n in names if n in have)


def _login_role(conn: Connection, role: str, password: str | None) -> None:
    """Create or alter `role` as a plain login role, with nothing granted on this
    database's tables and functions yet (a re-provisioned role loses what it had)."""
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"),
                          {"r": role}).first()
    options = "LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT"
    pw = f" PASSWORD {_literal(password)}" if password is not None else ""
    conn.exec_driver_sql(f'{"ALTER" if exists else "CREATE"} ROLE "{role}" {options}{pw}')
    db = conn.execute(text("SELECT current_database()")).scalar_one()
    schema = conn.execute(text("SELECT current_schema()")).scalar_one()
    conn.exec_driver_sql(f'REVOKE ALL ON {", ".join(_EVERY_TABLE)} FROM "{role}"')
    conn.exec_driver_sql(f'REVOKE ALL ON FUNCTION {_functions(conn, _EVERY_FUNCTION)} '
                         f'FROM "{role}"')
    # No temporary tables (they are also revoked from PUBLIC by the migration).
    conn.exec_driver_sql(f'REVOKE TEMPORARY ON DATABASE "{db}" FROM PUBLIC, "{role}"')
    conn.exec_driver_sql(f'GRANT CONNECT ON DATABASE "{db}" TO "{role}"')
    conn.exec_driver_sql(f'GRANT USAGE ON SCHEMA "{schema}" TO "{role}"')


def provision_terminal(admin: Engine, role: str, *, store_id: str, terminal_id: str,
                       password: str | None = None) -> None:
    """Create (or re-grant) the role of one terminal of one store. Run as the owner."""
    if admin.dialect.name != "postgresql":
        raise InputError("Terminal roles exist only on a PostgreSQL central database")
    role = _check_role(role)
    if terminal_id == STORE_WIDE_TERMINAL:
        raise InputError(f"{STORE_WIDE_TERMINAL!r} names the store-wide settlement's "
                         "records; choose another terminal id")
    with admin.begin() as conn:
        if conn.execute(text("SELECT 1 FROM settlement_account WHERE role_name = :r"),
                        {"r": role}).first():
            raise InputError(f"{role} is a settlement role; a terminal needs its own")
        _login_role(conn, role, password)
        conn.exec_driver_sql(f'GRANT SELECT, INSERT ON {", ".join(TERMINAL_APPENDS)} '
                             f'TO "{role}"')
        conn.exec_driver_sql(
            f'GRANT SELECT, INSERT, UPDATE ON {", ".join(TERMINAL_WRITES)} TO "{role}"')
        conn.exec_driver_sql(f'GRANT SELECT ON {", ".join(TERMINAL_READS)} TO "{role}"')
        conn.exec_driver_sql(f'GRANT EXECUTE ON FUNCTION '
                             f'{_functions(conn, TERMINAL_FUNCTIONS)} TO "{role}"')
        conn.execute(text(
            "INSERT INTO terminal_account (role_name, store_id, terminal_id) VALUES (:r, :s, :t) "
            "ON CONFLICT (role_name) DO UPDATE SET store_id = excluded.store_id, "
            "terminal_id = excluded.terminal_id"), {"r": role, "s": store_id, "t": terminal_id})


def provision_settler(admin: Engine, role: str, *, store_id: str,
                      password: str | None = None) -> None:
    """Create (or re-grant) the settlement role of one store. Run as the owner."""
    if admin.dialect.name != "postgresql":
        raise InputError("Settlement roles exist only on a PostgreSQL central database")
    role = _check_role(role)
    with admin.begin() as conn:
        if conn.execute(text("SELECT 1 FROM terminal_account WHERE role_name = :r"),
                        {"r": role}).first():
            raise InputError(f"{role} is a terminal's role; the settlement needs its own")
        _login_role(conn, role, password)
        conn.exec_driver_sql(
            f'GRANT SELECT, INSERT, UPDATE ON {", ".join(SETTLER_WRITES)} TO "{role}"')
        conn.exec_driver_sql(f'GRANT SELECT ON {", ".join(SETTLER_READS)} TO "{role}"')
        conn.exec_driver_sql(f'GRANT UPDATE (settled_mark) ON commission_settlement_due '
                             f'TO "{role}"')
        conn.exec_driver_sql(f'GRANT EXECUTE ON FUNCTION {", ".join(SETTLER_FUNCTIONS)} '
                             f'TO "{role}"')
        conn.execute(text(
            "INSERT INTO settlement_account (role_name, store_id) VALUES (:r, :s) "
            "ON CONFLICT (role_name) DO UPDATE SET store_id = excluded.store_id"),
            {"r": role, "s": store_id})


def revoke_terminal(admin: Engine, role: str) -> None:
    """Take a terminal's (or a settlement role's) access away in this database; the
    rows it pushed stay."""
    role = _check_role(role)
    with admin.begin() as conn:
        conn.execute(text("DELETE FROM terminal_account WHERE role_name = :r"), {"r": role})
        conn.execute(text("DELETE FROM settlement_account WHERE role_name = :r"), {"r": role})
        conn.exec_driver_sql(f'REVOKE ALL ON {", ".join(_EVERY_TABLE)} FROM "{role}"')
        conn.exec_driver_sql(f'REVOKE ALL ON FUNCTION {_functions(conn, _EVERY_FUNCTION)} '
                             f'FROM "{role}"')
