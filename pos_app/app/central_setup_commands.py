"""CLI: `central init|connect|settler`, the central PostgreSQL database set up by
explicit, separate steps: the schema (the database owner), one role per terminal and one
settlement role per store, and a terminal connected to its role with the password in
the keyring. None of them needs Python written by hand."""

from __future__ import annotations

import argparse
import getpass
import os
import re
import secrets
import sys
from typing import TYPE_CHECKING

from pos_app.domain.errors import msg, said

from .commands import command, location_args
from .said import say

if TYPE_CHECKING:
    from sqlalchemy import Engine

ENV_ADMIN_PASSWORD = "POS_APP_CENTRAL_ADMIN_PASSWORD"


def _args(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="central_action", metavar="ACTION", required=True)
    i = sub.add_parser("init", help="create or upgrade the central schema (database owner)",
                       description="Create the central schema in an empty PostgreSQL "
                                   "database, or upgrade it to this version's. Run as the "
                                   "database's owner; terminals never migrate it.")
    location_args(i)
    i.add_argument("--admin-url", required=True, metavar="URL",
                   help="postgresql+psycopg://OWNER@HOST/DB (password: "
                        f"{ENV_ADMIN_PASSWORD}, or a prompt; none with trust auth)")
    c = sub.add_parser("connect", help="connect this terminal to the central database",
                       description="Give this terminal its own role at central (with "
                                   "--admin-url), store the role's password in the keyring, "
                                   "write [central] to the config and run a first sync.")
    location_args(c)
    c.add_argument("--url", required=True, metavar="URL",
                   help="postgresql+psycopg://ROLE@HOST/DB: this terminal's role")
    c.add_argument("--store-id", required=True, help="the store this terminal belongs to")
    c.add_argument("--admin-url", default=None, metavar="URL",
                   help="create (or re-grant) the role first, as the database owner, with "
                        "a new random password")
    c.add_argument("--password-stdin", action="store_true",
                   help="the role's password from standard input (instead of a new one)")
    s = sub.add_parser("settler", help="create the store's commission settlement role",
                       description="The role `pos-app commission-settle` runs as for a "
                                   "store (terminals may not settle: they could pay "
                                   "themselves). Its password is stored in this machine's "
                                   "keyring.")
    location_args(s)
    s.add_argument("--admin-url", required=True, metavar="URL")
    s.add_argument("--store-id", required=True)
    s.add_argument("--role", required=True, help="the role's name, e.g. pos_settle_main")
    s.add_argument("--password-stdin", action="store_true",
                   help="the role's password from standard input (instead of a new one)")


def admin_engine(url: str, password: str | None = None, *, ask: bool = True) -> Engine:
    """The owner's engine; `password` as given (the set-up wizard's field), else
    POS_APP_CENTRAL_ADMIN_PASSWORD, else a prompt at a terminal (`ask`: never from the
    wizard, whose worker thread must not wait on a terminal)."""
    from pos_app.adapters.central.engine import make_central_engine
    from pos_app.adapters.central.url import parse_central_url
    from pos_app.domain.errors import ConfigError

    if parse_central_url(url, source="--admin-url").drivername.startswith("sqlite"):
        raise ConfigError("--admin-url must name a PostgreSQL database; the embedded SQLite "
                          "central database needs no set-up")
    password = password or os.environ.get(ENV_ADMIN_PASSWORD) or None
    if password is None and ask and sys.stdin.isatty():
        password = getpass.getpass("Password of the database owner (Enter for none): ") \
            or None
    return make_central_engine(url, password=password)


def _heads(engine: Engine) -> str | None:
    """The schema's revisions ("a, b" when feature branches sit side by side)."""
    from alembic.runtime.migration import MigrationContext

    from pos_app.adapters.central.migrate import VERSION_TABLE

    with engine.connect() as conn:
        heads = MigrationContext.configure(
            conn, opts={"version_table": VERSION_TABLE}).get_current_heads()
    return ", ".join(sorted(heads)) or None


def _unreachable(exc: Exception, url: str) -> int:
    from pos_app.adapters.redaction import redact

    say(msg("the central database at {url} cannot be reached or refused the login: "
            "{error}. Check the host, the database and the owner's password ({env})",
            url=redact(url), error=redact(str(getattr(exc, "orig", exc))),
            env=ENV_ADMIN_PASSWORD), file=sys.stderr, prefix="pos-app: ")
    return 75


def _new_password(args: argparse.Namespace) -> str:
    from pos_app.domain.errors import InputError

    if args.password_stdin:
        password = sys.stdin.readline().strip()
        if len(password) < 12:
            raise InputError("--password-stdin: give a password of at least 12 characters")
        return password
    return secrets.token_urlsafe(24)


def _role_of(url: str) -> str:
    from pos_app.adapters.central.url import parse_central_url
    from pos_app.domain.errors import ConfigError

    user = parse_central_url(url, source="--url").username
    if not user:
        raise ConfigError("--url must name this terminal's role: "
                          "postgresql+psycopg://ROLE@HOST/DB")
    if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", user):
        raise ConfigError(f"--url: the role {user!r} must be lower-case letters, digits "
                          f"and '_' (a PostgreSQL role this app creates)")
    return user


@command("central", "Set up the central PostgreSQL database: `central init` (the schema), "
                    "`central connect` (this terminal), `central settler` (the store's "
                    "settlement role).", _args)
def central(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import OperationalError

    from pos_app.adapters.central import migrate

    if args.central_action == "init":
        engine = admin_engine(args.admin_url, getattr(args, "admin_password", None),
                               ask=not getattr(args, "from_wizard", False))
        try:
            before = _heads(engine)
            migrate.upgrade(engine)
            after = _heads(engine)
        except OperationalError as exc:
            return _unreachable(exc, args.admin_url)
        finally:
            engine.dispose()
        what = (msg("created") if before is None else msg("upgraded") if before != after
                else msg("already current"))
        say(msg("Central schema   {what} ({before} -> {after})", what=what,
                before=before or msg("empty"), after=str(after)))
        say(msg("Next: on each terminal, `pos-app central connect --url "
                "postgresql+psycopg://ROLE@HOST/DB --store-id STORE --admin-url ...`"))
        return 0
    if args.central_action == "settler":
        return _settler(args)
    return _connect(args)


def _settler(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import OperationalError

    from pos_app.adapters.central.rls import provision_settler
    from pos_app.adapters.central.secrets import KEYRING_SERVICE, store_central_password

    password = _new_password(args)
    engine = admin_engine(args.admin_url, getattr(args, "admin_password", None),
                           ask=not getattr(args, "from_wizard", False))
    try:
        provision_settler(engine, args.role, store_id=args.store_id, password=password)
    except OperationalError as exc:
        return _unreachable(exc, args.admin_url)
    finally:
        engine.dispose()
    store_central_password(args.role, password)
    print(f"Settlement role  {args.role} for store {args.store_id}; password in the keyring "
          f"(service {KEYRING_SERVICE!r}, user {args.role!r})")
    return 0


def _connect(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import OperationalError

    from pos_app.adapters.central.rls import provision_terminal
    from pos_app.adapters.central.secrets import (
        ENV_PASSWORD,
        KEYRING_SERVICE,
        store_central_password,
    )
    from pos_app.adapters.config_writer import set_config_values
    from pos_app.domain.errors import ConfigError, EnvironmentFault

    from .central_commands import sync_cmd
    from .context import open_context

    role = _role_of(args.url)
    ctx = open_context(data_dir=args.data_dir, config_path=args.config)
    try:
        terminal_id = ctx.settings.terminal_id
        config_path = ctx.settings.config_path
        ident = ctx.identity
        if ident is not None and ident.store_id != args.store_id:
            raise ConfigError(f"This terminal's data belongs to store {ident.store_id}, not "
                              f"{args.store_id}: connect it with --store-id {ident.store_id}")
    finally:
        ctx.close()
    if config_path is None:
        raise ConfigError("No config file to write [central] to: pass --config FILE")
    password: str | None = None
    if args.admin_url or args.password_stdin:
        password = _new_password(args)
    if args.admin_url:
        engine = admin_engine(args.admin_url, getattr(args, "admin_password", None),
                               ask=not getattr(args, "from_wizard", False))
        try:
            provision_terminal(engine, role, store_id=args.store_id, terminal_id=terminal_id,
                               password=password)
        except OperationalError as exc:
            return _unreachable(exc, args.admin_url)
        finally:
            engine.dispose()
        say(msg("Terminal role    {role} for store {store}, terminal {terminal}", role=role,
                store=args.store_id, terminal=terminal_id))
    if password is not None:
        try:
            store_central_password(role, password)
            say(msg("Password         in the keyring (service {service}, user {user})",
                    service=repr(KEYRING_SERVICE), user=repr(role)))
        except EnvironmentFault as exc:
            say(msg("{error}. Set {env} to the role's password on this terminal (it was "
                    "not shown and is not kept anywhere else; run this again with "
                    "--password-stdin to choose one)", error=said(exc), env=ENV_PASSWORD),
                file=sys.stderr, prefix="pos-app: ")
            return 74
    set_config_values(config_path, "central", {"url": args.url, "store_id": args.store_id})
    say(msg("Config           [central] written to {path}", path=str(config_path)))
    return sync_cmd(argparse.Namespace(
        data_dir=args.data_dir, config=config_path, once=True, retry_rejected=False,
        central_url=None, store_id=None, migrate=False))
