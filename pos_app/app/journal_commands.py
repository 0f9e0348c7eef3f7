"""CLI: `verify-audit`, the proof of the tamper-evident journal (this terminal's, or the
central database's copy of every terminal of the store)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from pos_app.domain.errors import msg

from .commands import command

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from pos_app.domain.errors import Message
    from pos_app.services.journal import ChainStatus, JournalService

    from .context import AppContext

EXIT_OK = 0  # every record verified
EXIT_BROKEN = 3  # a chain is broken: the first broken record is named
EXIT_UNVERIFIED = 4  # chains intact, but some MACs could not be checked (key not here)
EXIT_UNAVAILABLE = 69  # the central database cannot be reached (EX_UNAVAILABLE)


def _args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--central", action="store_true",
                   help="verify the central database's copy (every terminal of the store, "
                        "or --terminal) instead of this terminal's own journal")
    p.add_argument("--terminal", default=None, help="only this terminal's chain")
    p.add_argument("--central-url", default=None,
                   help="central database URL without password (default: [central] url, "
                        "or the embedded SQLite central database)")
    p.add_argument("--store-id", default=None, help="the store (default: [central] store_id)")
    p.add_argument("--json", action="store_true", help="print the result as JSON")


def exit_code(status: ChainStatus) -> int:
    if status.broken:
        return EXIT_BROKEN
    return EXIT_OK if status.ok else EXIT_UNVERIFIED


def _print(status: ChainStatus, as_json: bool) -> None:
    if as_json:
        print(json.dumps({
            "where": str(status.where), "ok": status.ok, "broken": status.broken,
            "terminals": [{
                "terminal_id": r.terminal_id, "records": r.records, "last_seq": r.last_seq,
                "verified_through": r.verified_through,
                "first_break": None if r.first_break is None else {
                    "seq": r.first_break.seq, "kind": r.first_break.kind.value,
                    "message": str(r.first_break.message)},
                "unverified_from": r.unverified_from, "missing_key_id": r.missing_key,
            } for r in status.reports]}, indent=2))
        return
    print(f"Journal of {status.where}")
    for r in status.reports:
        print("  " + r.summary())
    if not status.reports:
        print("  no records")
    verdict = "BROKEN" if status.broken else "verified" if status.ok else \
        "intact, not every MAC checked (a key is missing)"
    print(f"Result: {verdict}")


def local_journal(ctx: AppContext, *,
                  names: Callable[[], Mapping[str, str]] | None = None) -> JournalService:
    from pos_app.adapters.journal_key import default_keys
    from pos_app.adapters.sqlite.journal import SqliteJournal
    from pos_app.services.journal import JournalService

    keys = default_keys()
    data_dir = ctx.settings.data_dir
    return JournalService(SqliteJournal(ctx.db),
                          lambda t: keys.verification_keys(data_dir, t), ctx.clock,
                          where=msg("terminal {terminal}", terminal=ctx.settings.terminal_id),
                          currency=ctx.settings.store.currency, names=names,
                          locale=ctx.settings.store.locale_format())


def central_journal(ctx: AppContext, engine: Engine, store_id: str, *,
                    names: Callable[[], Mapping[str, str]] | None = None) -> JournalService:
    """The central copy of a store's journals. This terminal's key is looked up with its
    data directory; other terminals' keys in the keyring (service pos_app.journal, user =
    the terminal id) of whoever verifies."""
    from pos_app.adapters.central.journal import SqlCentralJournal
    from pos_app.adapters.journal_key import default_keys
    from pos_app.services.journal import JournalService

    keys = default_keys()
    here, data_dir = ctx.settings.terminal_id, ctx.settings.data_dir
    return JournalService(
        SqlCentralJournal(engine, store_id),
        lambda t: keys.verification_keys(data_dir if t == here else None, t), ctx.clock,
        where=msg("central database, store {store}", store=store_id),
        currency=ctx.settings.store.currency,
        names=names, locale=ctx.settings.store.locale_format())


def journal_settings(ctx: AppContext) -> None:
    """Journal this terminal's settings at start when they changed since last recorded
    (the config file is edited outside the app: this is where a change is seen)."""
    if ctx.read_only:
        return
    from pos_app.adapters.sqlite.journal import record_settings, warm_key
    from pos_app.domain.clock import iso
    from pos_app.services.journal import settings_snapshot

    warm_key(ctx.db, ctx.settings.terminal_id)
    record_settings(ctx.db, settings_snapshot(ctx.settings), terminal_id=ctx.settings.terminal_id,
                    at=iso(ctx.clock.now()), id=ctx.ids.new_id())


def backoffice_journals(ctx: AppContext, central_engine: Engine | None,
                        store_id: str | None = None) -> list[tuple[Message, JournalService]]:
    """The journals the back office lists: this terminal's own, and (when there is a
    central database) the store's copy of every terminal's. Staff shown by name. Each is
    named by a message template (domain/errors.msg): str() is English, the screen
    translates it."""
    from pos_app.adapters.sqlite.staff_repo import SqliteStaffRepository

    repo = SqliteStaffRepository(ctx.db)

    def names() -> dict[str, str]:
        return {s.id: s.name for s in repo.list_staff(include_inactive=True)}

    local = local_journal(ctx, names=names)
    out = [(msg("This terminal ({terminal})", terminal=ctx.settings.terminal_id), local)]
    if central_engine is not None:
        from pos_app.adapters.central.settings import central_settings

        store = store_id or central_settings(ctx.settings.sections.get("central")).store_id
        out.append((msg("Central database (store {store})", store=store),
                    central_journal(ctx, central_engine, store, names=names)))
    return out


@command("verify-audit", "Recompute the journal's HMAC chain and name the first broken "
                         "record (exit 0 verified, 3 broken, 4 a key is missing, 69 central "
                         "database unreachable).", _args)
def verify_audit_cmd(args: argparse.Namespace) -> int:
    from pos_app.domain.errors import Offline

    from .context import open_context

    ctx = open_context(data_dir=args.data_dir, config_path=args.config, read_only="if-current")
    try:
        if not args.central:
            status = local_journal(ctx).verify(args.terminal)
        else:
            try:
                status = _verify_central(ctx, args)
            except Offline as exc:
                print(f"pos-app: the central database cannot be reached: {exc}",
                      file=sys.stderr)
                return EXIT_UNAVAILABLE
        _print(status, args.json)
        return exit_code(status)
    finally:
        ctx.close()


def _verify_central(ctx: AppContext, args: argparse.Namespace) -> ChainStatus:
    from .central_commands import build_central

    # The same engine (URL, password, TLS) the sync uses; the sync itself is not run.
    engine, sync = build_central(ctx, url=args.central_url, store_id=args.store_id)
    try:
        return central_journal(ctx, engine, sync.identity.store_id).verify(args.terminal)
    finally:
        engine.dispose()
