"""CLI: `flags list|set`, the store's feature flags.

`list` shows each flag as this till resolves it (defaults < [flags] < the store's
central override < POS_APP_FLAG_*) with its source and the override's version. `set`
writes the store's override at the central database, a manager's act (or the owner's),
journaled on this till: with a PostgreSQL central database as its owner (`--admin-url`,
since a terminal's role may only read the overrides), else the embedded one in the data
directory. Each write is a compare-and-set on the version it read (or `--expect-version`
from `list`): a stale one is refused, never last-writer-wins.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import TYPE_CHECKING

from .commands import command, location_args

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from .context import AppContext

ENV_ADMIN_URL = "POS_APP_CENTRAL_ADMIN_URL"
VALUES = {"on": True, "off": False, "clear": None}


def _args(p: argparse.ArgumentParser) -> None:
    from .staff_auth import add_credential_args

    sub = p.add_subparsers(dest="flags_action", required=True, metavar="ACTION")
    ls = sub.add_parser("list", help="each flag: on or off, and where that comes from")
    location_args(ls)
    ls.add_argument("--json", action="store_true", help="machine-readable output")
    ls.add_argument("--store", default=None, metavar="S",
                    help="also list store S's overrides at the central database")
    ls.add_argument("--admin-url", default=None, metavar="URL",
                    help=f"the central database owner's URL for --store (env {ENV_ADMIN_URL})")
    s = sub.add_parser("set", help="switch a flag for every till of a store (a manager)")
    location_args(s)
    s.add_argument("name", help="the flag, e.g. REAL_TIME_COMMISSION")
    s.add_argument("value", choices=tuple(VALUES),
                   help="on, off, or clear (back to each till's own default and config)")
    s.add_argument("--store", default=None, metavar="S",
                   help="the store (default: this till's)")
    s.add_argument("--expect-version", type=int, default=None, metavar="N",
                   help="refuse unless the override is still at version N (0: none yet), "
                        "as `flags list` showed it")
    s.add_argument("--admin-url", default=None, metavar="URL",
                   help="postgresql+psycopg://OWNER@HOST/DB: the central database's owner, "
                        f"who alone writes overrides (env {ENV_ADMIN_URL}; password "
                        "POS_APP_CENTRAL_ADMIN_PASSWORD or a prompt)")
    add_credential_args(s, staff_help="the manager who sets it", staff_required=False)


def _writer_engine(ctx: AppContext, admin_url: str | None) -> tuple[Engine, str]:
    """Where overrides are written: the PostgreSQL central database as its owner, or the
    embedded one in the data directory (brought up to date, as a sync does)."""
    from pos_app.adapters.central import migrate as central_migrate
    from pos_app.adapters.central.engine import describe, make_central_engine
    from pos_app.adapters.central.settings import central_settings
    from pos_app.domain.errors import ConfigError

    from .central_setup_commands import admin_engine

    cs = central_settings(ctx.settings.sections.get("central"))
    admin_url = admin_url or os.environ.get(ENV_ADMIN_URL) or None
    if cs.url is None and admin_url is None:
        engine = make_central_engine(None, data_dir=ctx.settings.data_dir)
        central_migrate.upgrade(engine)
        return engine, "the embedded central database"
    if admin_url is None:
        raise ConfigError(
            "A store's flag overrides are written at the central database by its owner "
            "(a till's own role may only read them): add --admin-url "
            f"postgresql+psycopg://OWNER@HOST/DB (or set {ENV_ADMIN_URL})")
    engine = admin_engine(admin_url)
    return engine, describe(engine)


def _line(f: dict[str, object]) -> str:
    state = "on" if f["enabled"] else "off"
    by = f" (set by {f['updated_by']})" if f.get("updated_by") else ""
    return f"{f['name']:<24} {state:<4} {f['label']}{by}"


@command("flags", "List the feature flags, or switch one for a whole store (set: a "
                  "manager, or --as-owner).", _args)
def flags_cmd(args: argparse.Namespace) -> int:
    from .context import open_context

    action = args.flags_action
    ctx = open_context(data_dir=args.data_dir, config_path=args.config,
                       read_only="if-current" if action == "list" else False)
    try:
        if action == "list":
            return _list(ctx, args)
        return _set(ctx, args)
    finally:
        ctx.close()


def _list(ctx: AppContext, args: argparse.Namespace) -> int:
    from .context import own_store_id
    from .monitoring_wiring import flags_json

    flags = flags_json(ctx)
    store = own_store_id(ctx)
    central: list[dict[str, object]] | None = None
    if args.store:
        from pos_app.adapters.central.store_flags import SqlStoreFlagAdmin

        engine, _where = _writer_engine(ctx, args.admin_url)
        try:
            central = [{"name": o.flag.value, "enabled": o.enabled, "version": o.version,
                        "updated_by": o.updated_by, "updated_at": o.updated_at}
                       for o in SqlStoreFlagAdmin(engine).current(args.store)]
        finally:
            engine.dispose()
    if args.json:
        out: dict[str, object] = {"store": store, "flags": flags}
        if central is not None:
            out["central"] = {"store": args.store, "overrides": central}
        print(json.dumps(out, indent=2, sort_keys=True))
        return 0
    print(f"Flags of this till (store {store}); precedence: default < config [flags] < "
          "central < env POS_APP_FLAG_*")
    for f in flags:
        print(_line(f))
    if central is not None:
        print(f"Overrides of store {args.store} at the central database:")
        for o in central:
            state = {True: "on", False: "off", None: "cleared"}[o["enabled"]]  # type: ignore[index]
            print(f"{o['name']:<24} {state:<7} version {o['version']}, by {o['updated_by']}")
        if not central:
            print("(none)")
    return 0


def _set(ctx: AppContext, args: argparse.Namespace) -> int:
    from pos_app.adapters.central.store_flags import SqlStoreFlagAdmin
    from pos_app.adapters.sqlite.store_flags import SqliteStoreFlagCache
    from pos_app.domain.clock import iso
    from pos_app.domain.errors import InputError, PermissionDenied
    from pos_app.services.central_sync import CentralAuthFailed, CentralUnavailable
    from pos_app.services.flags import parse_flag
    from pos_app.services.store_flags import SET_FLAGS_ROLE, StoreFlagsService

    from .context import own_store_id
    from .staff_auth import manager_or_owner
    from .wiring import staff_service

    flag = parse_flag(args.name)
    if args.expect_version is not None and args.expect_version < 0:
        raise InputError("--expect-version is a version from `pos-app flags list` (0: none)")
    staff = staff_service(ctx)
    by = manager_or_owner(ctx, staff, args, "flags set", need=SET_FLAGS_ROLE,
                          refusal=PermissionDenied(
                              "flags set switches a flag on every till of the store: name "
                              "the manager with --staff NAME (and their PIN), or run as the "
                              "owner with --as-owner"))
    own = own_store_id(ctx)
    store = args.store or own
    engine, where = _writer_engine(ctx, args.admin_url)
    try:
        service = StoreFlagsService(SqlStoreFlagAdmin(engine),
                                    terminal_id=ctx.settings.terminal_id, where=where,
                                    journal=staff.audit, cache=SqliteStoreFlagCache(ctx.db),
                                    own_store=own)
        row = service.set_flag(by, store, flag, VALUES[args.value],
                               expected_version=args.expect_version,
                               at=iso(ctx.clock.now()))
    except CentralUnavailable as exc:
        print(f"pos-app: nothing changed: {exc}", file=sys.stderr)
        return 75  # as `sync`: try again when the central database is reachable
    except CentralAuthFailed as exc:
        print(f"pos-app: nothing changed: {exc}", file=sys.stderr)
        return 77  # the owner's credentials were refused
    finally:
        engine.dispose()
    from .flag_wiring import LIVE_FLAGS

    state = {True: "on", False: "off", None: "cleared"}[row.enabled]
    print(f"Flag {flag.value} {state} for store {store} (version {row.version}, at {where})")
    when = ("at once after the sync that pulls it" if flag in LIVE_FLAGS
            else "from their next start")
    print(("This till has it from its next start; the store's other tills"
           if store == own else f"Store {store}'s tills")
          + f" pull it with their next sync and use it {when} (POS_APP_FLAG_{flag.value} "
          "on a till still overrides it there)")
    return 0
