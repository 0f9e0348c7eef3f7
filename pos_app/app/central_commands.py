"""CLI: `sync --once` (one headless push/pull, then the store-wide commission
settlement; `--retry-rejected` re-queues refused rows first), `commission-settle`
(the settlement alone) and `commission` (records needing review, a staff member's
progress)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from pos_app.domain.errors import msg, said

from .commands import command
from .said import say

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from pos_app.services.central_sync import CentralSettings, CentralSync
    from pos_app.services.commission_settlement import CommissionSettlement

    from .context import AppContext


def _sync_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--once", action="store_true",
                   help="run one push/pull round now and print a summary (the app syncs in "
                        "the background on its own)")
    p.add_argument("--retry-rejected", action="store_true",
                   help="put the rows the central database refused back in the queue (after "
                        "fixing the cause), then run one round")
    p.add_argument("--central-url", default=None,
                   help="central database URL without password (env POS_APP_CENTRAL_URL; "
                        "default: the embedded SQLite central database in the data dir)")
    p.add_argument("--store-id", default=None, help="this terminal's store (env POS_APP_STORE_ID)")
    p.add_argument("--migrate", action="store_true",
                   help="bring the central schema up to date first (administrators only)")


def central_settings_of(ctx: AppContext) -> CentralSettings:
    """The terminal's [central] settings (url None: the embedded SQLite database)."""
    from pos_app.adapters.central.settings import central_settings

    return central_settings(ctx.settings.sections.get("central"))


def build_central(ctx: AppContext, *, url: str | None, store_id: str | None,
                  migrate: bool = False,
                  after_pull: Callable[[int], object] | None = None,
                  after_flags: Callable[[int], object] | None = None) \
        -> tuple[Engine, CentralSync]:
    """The central sync objects of a terminal, from settings; the caller disposes the engine.
    `after_pull` runs when a pull changed plans (e.g. `lambda _n: calculator.recalculate()`),
    `after_flags` when it changed the store's flag overrides."""
    from pos_app.adapters.central import migrate as central_migrate
    from pos_app.adapters.central.engine import make_central_engine
    from pos_app.adapters.central.journal import SqlCentralJournal
    from pos_app.adapters.central.repository import SqlCentralStore
    from pos_app.adapters.central.secrets import central_password
    from pos_app.adapters.central.settings import central_settings
    from pos_app.adapters.sqlite.central_outbox import SqliteSyncOutbox
    from pos_app.adapters.sqlite.journal import SqliteJournal
    from pos_app.services.central_sync import CentralSync, TerminalIdentity
    from pos_app.services.journal import JournalPusher

    cs = central_settings(ctx.settings.sections.get("central"), url=url, store_id=store_id)
    engine = make_central_engine(cs.url, data_dir=ctx.settings.data_dir,
                                 password=central_password(cs.url),
                                 connect_timeout=cs.connect_timeout_seconds,
                                 sslmode=cs.sslmode, sslrootcert=cs.sslrootcert)
    if migrate or cs.url is None:
        central_migrate.upgrade(engine)
    sync = CentralSync(SqliteSyncOutbox(ctx.db), SqlCentralStore(engine),
                       TerminalIdentity(cs.store_id, ctx.settings.terminal_id), ctx.clock,
                       batch_size=cs.batch_size, after_pull=after_pull,
                       after_flags=after_flags,
                       journal=JournalPusher(SqliteJournal(ctx.db),
                                             SqlCentralJournal(engine, cs.store_id)))
    return engine, sync


def build_settlement(ctx: AppContext, engine: Engine, store_id: str) -> CommissionSettlement:
    """The store-wide commission settlement of `store_id` on a central engine."""
    from pos_app.adapters.central.repository import SqlSettlementStore
    from pos_app.services.commission_settlement import CommissionSettlement

    from .wiring import commission_settings

    return CommissionSettlement(SqlSettlementStore(engine), store_id, ctx.clock,
                                tz=commission_settings(ctx).tz)


def terminal_settlement(ctx: AppContext, engine: Engine, store_id: str) \
        -> CommissionSettlement | None:
    """The store-wide settlement a terminal runs after its pushes: on the embedded
    central database only. On PostgreSQL a terminal's role may not settle (it could
    pay itself): the store's settlement role does, with `pos-app commission-settle`."""
    if engine.dialect.name == "postgresql":
        return None
    return build_settlement(ctx, engine, store_id)


def _settle_and_print(settlement: CommissionSettlement) -> int:
    from pos_app.domain.errors import EnvironmentFault, PosError

    try:
        result = settlement.settle(full=True)
    except EnvironmentFault as exc:
        say(msg("commission settlement stopped: {error}", error=said(exc)), file=sys.stderr,
            prefix="pos-app: ")
        return 75
    except PosError as exc:  # refused by the central database (row-level security?)
        say(msg("commission settlement refused: {error}", error=said(exc)), file=sys.stderr,
            prefix="pos-app: ")
        return 1
    for line in result.messages():
        say(line)
    return 0


@command("sync", "Push this terminal's records to the central database, pull plans, "
                 "staff and settings, and settle the store's commission tiers and bonuses.",
         _sync_args)
def sync_cmd(args: argparse.Namespace) -> int:
    from pos_app.domain.errors import InputError

    from .context import open_context

    if not (args.once or args.retry_rejected):
        raise InputError("say what to do: `pos-app sync --once` (one round now) or "
                         "`pos-app sync --retry-rejected` (re-queue refused rows, then a "
                         "round)")
    ctx = open_context(data_dir=args.data_dir, config_path=args.config)
    try:
        engine, sync = build_central(ctx, url=args.central_url, store_id=args.store_id,
                                     migrate=args.migrate)
        try:
            if args.retry_rejected:
                counts = sync.requeue_rejected()
                print(f"Re-queued        {sum(counts.values())} rejected row(s)"
                      + (" (" + ", ".join(f"{t} {n}" for t, n in sorted(counts.items()))
                         + ")" if counts else ""))
            summary = sync.sync_once(force=True)
            for line in summary.messages():
                say(line)
            if summary.error and summary.paused:
                say(msg("central sync paused: {error}", error=summary.error),
                    file=sys.stderr, prefix="pos-app: ")
                return 78  # EX_CONFIG: a person must fix it; nothing was rejected
            if summary.error:
                say(msg("central sync stopped: {error}", error=summary.error),
                    file=sys.stderr, prefix="pos-app: ")
                return 75  # EX_TEMPFAIL: everything is still pending and will be retried
            settlement = terminal_settlement(ctx, engine, sync.identity.store_id)
            if settlement is None:
                say(msg("Settlement       by the store's settlement role, not this "
                        "terminal's (pos-app commission-settle --central-url ...)"))
                return 0
            return _settle_and_print(settlement)
        finally:
            engine.dispose()
    finally:
        ctx.close()


def _settle_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--central-url", default=None,
                   help="central database URL without password, as the store's settlement "
                        "role on PostgreSQL (env POS_APP_CENTRAL_URL; default: the "
                        "embedded SQLite central database in the data dir)")
    p.add_argument("--store-id", default=None, help="the store to settle (env "
                                                    "POS_APP_STORE_ID)")


@command("commission-settle", "Settle the store's commission tiers and bonuses from every "
                              "terminal's records in the central database (the current "
                              "and previous month, and every period pushed to since).",
         _settle_args)
def commission_settle_cmd(args: argparse.Namespace) -> int:
    from .context import open_context

    ctx = open_context(data_dir=args.data_dir, config_path=args.config)
    try:
        engine, sync = build_central(ctx, url=args.central_url, store_id=args.store_id)
        try:
            return _settle_and_print(build_settlement(ctx, engine, sync.identity.store_id))
        finally:
            engine.dispose()
    finally:
        ctx.close()


def _commission_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--staff", default=None, help="one staff member's progress this period")


@command("commission", "Show commission records needing review, or a staff member's "
                       "tier and bonus progress.", _commission_args)
def commission_cmd(args: argparse.Namespace) -> int:
    from pos_app.adapters.sqlite.commission_repo import SqliteCommissionLedger
    from pos_app.domain.money import Money
    from pos_app.services.commission_calculator import CommissionCalculator, CommissionSettings

    from .context import open_context

    ctx = open_context(data_dir=args.data_dir, config_path=args.config)
    try:
        cur = ctx.settings.store.currency
        calc = CommissionCalculator(SqliteCommissionLedger(ctx.db, ctx.ids),
                                    CommissionSettings(ctx.settings.terminal_id, cur),
                                    ctx.clock, ctx.ids)
        if args.staff:
            store = calc.store_progress(args.staff)
            if store is None:
                print(f"No commission plan covers {args.staff} today")
                return 0
            prog = store.progress
            lines = [f"{args.staff}: plan {prog.plan_id}, {prog.period_start} to "
                     f"{prog.period_end} ({store.freshness})",
                     f"  sales {Money(prog.value, cur)}, {prog.units} units, commission "
                     f"{Money(prog.amount, cur)}"]
            if prog.tier_index is not None:
                nxt = ("top tier" if prog.next_threshold is None
                       else f"{prog.to_next} to the next tier at {prog.next_threshold}")
                lines.append(f"  tier {prog.tier_index + 1} ({prog.tier_rate_bp} bp); {nxt}")
            if prog.next_bonus_threshold is not None:
                lines.append(f"  bonus earned {Money(prog.bonus_earned, cur)}; next at "
                             f"{prog.next_bonus_threshold}")
            print("\n".join(lines))
            return 0
        review = calc.needs_review()
        if not review:
            print("No commission records need review")
            return 0
        for r in review:
            print(f"{r.at}  {r.staff_id:<12} sale {r.sale_id} line {r.line_no}: {r.reason}")
        return 0
    finally:
        ctx.close()
