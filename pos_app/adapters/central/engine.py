"""Engines on the central database, and what its failures mean for the terminal.

PostgreSQL through psycopg 3 when a URL is set; otherwise an embedded SQLite file in
the data directory (one store, demo mode, no server). Driver errors become:
CentralUnavailable (unreachable, dropped connection, busy), CentralAuthFailed
(credentials or privileges; CentralConfigRefused when the role is no terminal's),
BatchRejected (the rows themselves: a constraint, a bad value, another store's row
under row-level security, flagged `security` so the sync first checks that the
terminal's configured store is its role's); anything else is a bug.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from pos_app.adapters.file_modes import private_dir
from pos_app.adapters.redaction import redact, register_secret
from pos_app.adapters.sqlite.db import make_engine as make_sqlite_engine
from pos_app.adapters.transport import redact_url
from pos_app.domain.errors import EnvironmentFault
from pos_app.services.central_sync import (
    BatchRejected,
    CentralAuthFailed,
    CentralConfigRefused,
    CentralUnavailable,
)

from .url import parse_central_url, tls_for

CENTRAL_SQLITE_FILENAME = "central.sqlite3"

_TLS_MARKERS = ("certificate", "server does not support SSL", "sslmode")
_AUTH_MARKERS = ("password authentication failed", "no pg_hba.conf entry",
                 "no password supplied", "authentication failed")


def make_central_engine(url: str | None, *, data_dir: Path | None = None,
                        password: str | None = None, connect_timeout: int = 5,
                        pool_size: int = 2, sslmode: str | None = None,
                        sslrootcert: str | None = None) -> Engine:
    """An engine on the central database: `url` (postgresql+psycopg://user@host/db) with
    the password from the keyring, or the embedded SQLite file in `data_dir`. Every URL,
    from any source, goes through `url.parse_central_url` (no password in it) and gets
    its TLS from `url.tls_for` (verify-full unless the host is this machine)."""
    if url is None:
        if data_dir is None:
            raise ValueError("the embedded central database needs a data directory")
        private_dir(data_dir)
        return make_sqlite_engine(data_dir / CENTRAL_SQLITE_FILENAME, writer=True)
    parsed = parse_central_url(url)
    if parsed.drivername.startswith("sqlite"):
        return make_sqlite_engine(parsed.database or ":memory:", writer=True)
    tls = tls_for(parsed, sslmode=sslmode, sslrootcert=sslrootcert)
    parsed = parsed.difference_update_query(["sslmode", "sslrootcert"])
    if password is not None:
        register_secret(password)
        parsed = parsed.set(password=password)
    return create_engine(
        parsed, pool_pre_ping=True, pool_size=pool_size, max_overflow=2, pool_recycle=1800,
        connect_args={"connect_timeout": connect_timeout,
                      "application_name": "pos_app central sync", **tls.connect_args()})


def describe(engine: Engine) -> str:
    """Where the engine points, fit to show, log or store: no user, password or query."""
    return redact_url(engine.url.render_as_string(hide_password=True))


def _sqlstate(exc: DBAPIError) -> str:
    return str(getattr(exc.orig, "sqlstate", "") or "")


def classify(exc: DBAPIError, where: str) -> Exception:
    """The typed error a driver failure stands for (see the module docstring)."""
    msg = redact(str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc))
    state = _sqlstate(exc)
    if isinstance(exc.orig, sqlite3.Error):
        if isinstance(exc.orig, sqlite3.IntegrityError):
            return BatchRejected(f"constraint violated: {msg}")
        if isinstance(exc.orig, sqlite3.OperationalError):
            return CentralUnavailable(f"The central database {where} is not usable now: {msg}")
        return BatchRejected(msg)
    if state == "42501":
        if "is not a terminal of any store" in msg:  # the role, not its rows
            return CentralConfigRefused(f"The central database {where} does not know this "
                                        f"terminal's role as a terminal: {msg}")
        if msg.startswith("row-level security"):  # pos_push_commission_records says why
            return BatchRejected(msg, security=True)
        if "row-level security" in msg:
            return BatchRejected(f"row-level security: {msg} (a row of another store or "
                                 "terminal?)", security=True)
        return CentralAuthFailed(f"The central database {where} refused this terminal's "
                                 f"role the access it needs: {msg}")
    unknown_role = 'role "' in msg and "does not exist" in msg
    if state in ("28P01", "28000") or any(m in msg for m in _AUTH_MARKERS) or unknown_role:
        return CentralAuthFailed(f"The central database {where} refused the terminal's "
                                 f"credentials: {msg}")
    if state in ("40001", "40P01"):
        return CentralUnavailable(f"The central database {where} was busy (the batch lost a "
                                  f"serialization race and will be retried): {msg}")
    if state.startswith(("22", "23")):
        return BatchRejected(f"{msg} (SQLSTATE {state})")
    if any(m in msg for m in _TLS_MARKERS):
        return CentralUnavailable(f"The central database {where} failed the TLS check: {msg} "
                                  "(set [central] sslrootcert to the certificate of the CA "
                                  "that signed the server's, or see [central] sslmode)")
    if isinstance(exc, OperationalError | InterfaceError) or exc.connection_invalidated \
            or state.startswith(("08", "57", "53")):
        return CentralUnavailable(f"The central database {where} cannot be reached or the "
                                  f"connection dropped: {msg}")
    if state.startswith("42") or state.startswith("3F"):
        return EnvironmentFault(f"The central database {where} does not have the expected "
                                f"schema (run its migrations): {msg}")
    return exc


@contextmanager
def central_errors(where: str) -> Iterator[None]:
    try:
        yield
    except DBAPIError as exc:
        mapped = classify(exc, where)
        if mapped is exc:
            raise
        raise mapped from exc
