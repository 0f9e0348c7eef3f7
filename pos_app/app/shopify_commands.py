"""CLI: `shopify-emulator` (a local Shopify for demos and tests) and `reconcile` (one
inventory pass headless, a long-running sync, or the sync's status)."""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from dataclasses import asdict, replace
from datetime import timedelta
from pathlib import Path
from typing import Any

from pos_app.domain.errors import msg

from .commands import command, location_args
from .said import say

EX_TEMPFAIL = 75  # Shopify unreachable: try again later
EX_NOPERM = 77  # the token was refused
# The pass ran, but something needs a person: events set aside by Shopify, an oversell,
# or open needs-attention items (`reconcile --status` lists them).
EX_ATTENTION = 3


def _emulator_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--port", type=int, default=8787, help="port on 127.0.0.1 (0 = any free)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--seed", default="demo",
                   help="'demo', 'N' generated SKUs (e.g. 50000), or a JSON seed file")
    p.add_argument("--token", default=None, help="access token to accept "
                   "(default: shpat_emulator)")
    p.add_argument("--plan", default="standard",
                   choices=["standard", "advanced", "plus", "enterprise"])
    p.add_argument("--online-rate", type=float, default=0.0,
                   help="online orders/fulfilments/cancellations per second")
    p.add_argument("--fault-rate", type=float, default=0.0,
                   help="share of requests that fail (5xx, 429, timeouts, resets, drops)")


@command("shopify-emulator", "Serve a local Shopify Admin API emulator until interrupted.",
         _emulator_args)
def shopify_emulator(args: argparse.Namespace) -> int:
    from pos_app.adapters.shopify_emulator import FaultPlan, OnlineStore, ShopifyEmulator
    from pos_app.adapters.shopify_emulator.seed import (
        seed_demo_store,
        seed_file,
        seed_generated,
    )
    from pos_app.domain.errors import ConfigError

    emulator = ShopifyEmulator(tokens={args.token or "shpat_emulator": args.plan},
                               faults=FaultPlan(rate=args.fault_rate))
    if args.seed == "demo":  # the demo store's own shop, as `pos-app run --demo` serves it
        seed_demo_store(emulator.state)
    elif args.seed.isdigit():
        seed_generated(emulator.state, int(args.seed))
    elif Path(args.seed).is_file():
        seed_file(emulator.state, Path(args.seed))
    else:
        raise ConfigError(f"--seed must be 'demo', a number or a JSON file: {args.seed!r}")
    url = emulator.start(args.host, args.port)
    online = None
    if args.online_rate > 0:
        first = min(emulator.state.locations)
        online = OnlineStore(emulator.state, first)
        online.start(args.online_rate)
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    locations = ", ".join(f"{loc.name} (gid://shopify/Location/{loc.id})"
                          for loc in emulator.state.locations.values())
    print(f"Shopify emulator at {url}  token {emulator.token}  plan {args.plan}\n"
          f"  GraphQL: {url}/admin/api/2026-04/graphql.json\n  Locations: {locations}\n"
          f"  {len(emulator.state.variants)} variants; Ctrl-C to stop", flush=True)
    try:
        stop.wait()
    finally:
        if online is not None:
            online.stop()
        emulator.stop()
    return 0


def _reconcile_args(p: argparse.ArgumentParser) -> None:
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--once", action="store_true", help="run one full pass and exit")
    mode.add_argument("--status", action="store_true",
                      help="show the sync queue and the needs-attention list")
    mode.add_argument("--retry-rejected", action="store_true",
                      help="put the events Shopify set aside back in the queue (after "
                           "fixing the cause), then run one pass like --once")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--shop", default=None, help="shop domain or URL (overrides [shopify])")
    p.add_argument("--location", default=None, help="location name or gid")


def inventory_status_json(ctx: Any) -> dict[str, Any]:
    """The `reconcile` block for `pos-app status --json`: queue depth, oldest pending
    event, last successful sync and the open needs-attention items."""
    from pos_app.adapters.sqlite.inventory_repo import SqliteInventoryRepository

    repo = SqliteInventoryRepository(ctx.db)
    st = asdict(repo.status())
    st["attention"] = [{"id": a.id, "kind": a.kind.value, "sku": a.sku,
                        "detail": a.detail, "created_at": a.created_at}
                       for a in repo.attention()]
    return st


@command("reconcile", "Reconcile inventory with Shopify (one pass with --once).",
         _reconcile_args)
def reconcile(args: argparse.Namespace) -> int:
    from pos_app.adapters.sqlite.catalog_repo import SqliteCatalogRepository
    from pos_app.domain.errors import ConfigError
    from pos_app.services.inventory_reconciler import PassOutcome

    from .context import open_context
    from .inventory_wiring import build_inventory_sync
    from .wiring import shopify_settings

    ctx = open_context(data_dir=args.data_dir, config_path=args.config,
                       read_only="if-current" if args.status else False)
    try:
        if args.status:
            st = inventory_status_json(ctx)
            if args.json:
                json.dump(st, sys.stdout, indent=2, sort_keys=True)
                sys.stdout.write("\n")
            else:
                print(f"Pending {st['pending_events']}, in flight {st['in_flight_events']}, "
                      f"set aside {st['rejected_events']}; oldest pending "
                      f"{st['oldest_pending_at'] or '-'}; last sync "
                      f"{st['last_success_at'] or 'never'}")
                for a in st["attention"]:
                    print(f"  [{a['kind']}] {a['sku'] or '-'}: {a['detail']}")
            return 0
        settings = shopify_settings(ctx)
        settings = replace(settings, **{k: v for k, v in (
            ("shop", args.shop), ("location", args.location)) if v})
        if not settings.configured:
            raise ConfigError("Shopify is not configured: set [shopify] shop and location "
                              "(or --shop/--location, or POS_APP_SHOPIFY_SHOP/_LOCATION)")
        sync = build_inventory_sync(ctx.db, SqliteCatalogRepository(ctx.db, clock=ctx.clock),
                                    settings, currency=ctx.settings.store.currency,
                                    clock=ctx.clock, ids=ctx.ids)
        try:
            requeued = None
            if getattr(args, "retry_rejected", False):
                requeued = sync.reconciler.requeue_rejected()
                if not args.json:
                    print(f"Re-queued        {requeued} event(s) set aside by Shopify",
                          flush=True)
            elif not args.once:
                return _run_forever(sync.reconciler, settings.sync_interval_seconds)
            progress = getattr(args, "progress", None)
            summary = sync.reconciler.run_once(progress)
            finish = getattr(progress, "finish", None)
            if finish is not None:
                finish()
            attention = len(inventory_status_json(ctx)["attention"])
        finally:
            sync.close()
    finally:
        ctx.close()
    if args.json:
        out = summary.as_json()
        if requeued is not None:
            out["requeued"] = requeued
        json.dump(out, sys.stdout, indent=2, sort_keys=True, default=str)
        sys.stdout.write("\n")
    else:
        for line in summary.messages():
            say(line)
        if attention:
            say(msg("Attention        {count} item(s) need a person: pos-app reconcile "
                    "--status", count=attention))
    if summary.outcome is PassOutcome.OK:
        return EX_ATTENTION if (summary.rejected or summary.oversold or attention) else 0
    if summary.outcome is PassOutcome.AUTH_FAILED:
        return EX_NOPERM
    if summary.outcome in (PassOutcome.OFFLINE, PassOutcome.PAUSED, PassOutcome.BUSY):
        return EX_TEMPFAIL
    return 1


def _run_forever(reconciler: Any, every_seconds: int) -> int:
    from apscheduler.schedulers.background import BackgroundScheduler

    from pos_app.adapters.log_setup import log_job_errors
    from pos_app.jobs.inventory_sync import InventorySyncJob

    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    scheduler = BackgroundScheduler(timezone="UTC")
    log_job_errors(scheduler)  # a failing pass: its traceback in the log file
    InventorySyncJob(scheduler, reconciler, every=timedelta(seconds=every_seconds)).install()
    scheduler.start()
    print(f"Reconciling every {every_seconds} s; Ctrl-C to stop", flush=True)
    try:
        stop.wait()
    finally:
        scheduler.shutdown(wait=True)
    return 0


def _shopify_args(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="shopify_action", metavar="ACTION", required=True)
    c = sub.add_parser(
        "connect", help="check a shop and its token, store the token, pick the location",
        description="Connect this terminal to a Shopify shop: the shop's address in any "
                    "form, a test call, the token's scopes, the location to sell from, "
                    "the API version, the token stored in the keyring, [shopify] written "
                    "to the config file, then the first catalog pull.")
    location_args(c)
    c.add_argument("--shop", required=True,
                   help="my-shop, my-shop.myshopify.com, an admin URL, or "
                        "admin.shopify.com/store/my-shop")
    c.add_argument("--location", default=None,
                   help="the location this terminal sells from (name or gid); without "
                        "it, a shop with one location uses it and others are listed")
    c.add_argument("--api-version", default=None, help="Admin API version (default: "
                                                        "the config's, or 2026-04)")
    c.add_argument("--token-stdin", action="store_true",
                   help="read the access token from standard input (else "
                        "POS_APP_SHOPIFY_TOKEN, else a prompt)")
    c.add_argument("--no-pull", action="store_true",
                   help="do not pull the catalog now (the next reconcile will)")


def _read_token(args: argparse.Namespace) -> tuple[str, bool]:
    """(token, came from the environment)."""
    import getpass
    import os

    from pos_app.adapters.shopify.token import ENV_TOKEN
    from pos_app.domain.errors import InputError

    if args.token_stdin:
        token = sys.stdin.readline().strip()
        if not token:
            raise InputError("--token-stdin: no token on standard input")
        return token, False
    if os.environ.get(ENV_TOKEN):
        return os.environ[ENV_TOKEN].strip(), True
    if sys.stdin.isatty():
        token = getpass.getpass("Shopify Admin API access token (shpat_…): ").strip()
        if token:
            return token, False
    raise InputError(f"A Shopify access token is needed: pass it with --token-stdin, set "
                     f"{ENV_TOKEN}, or type it at the prompt (the shop's admin: Settings → "
                     f"Apps → Develop apps → your app → API credentials)")


@command("shopify", "Set up Shopify for this terminal (`shopify connect`).", _shopify_args)
def shopify(args: argparse.Namespace) -> int:
    from pos_app.adapters.sqlite.catalog_repo import SqliteCatalogRepository
    from pos_app.adapters.transport import require_secure_http
    from pos_app.services.shopify_settings import check_api_version, normalize_shop

    from .context import open_context
    from .setup_steps import (
        StepRefused,
        check_shop,
        pick_location,
        require_scopes_and_currency,
        require_tax_classes,
        save_shop,
    )
    from .wiring import shopify_settings

    ctx = open_context(data_dir=args.data_dir, config_path=args.config)
    try:
        current = shopify_settings(ctx)
        config_path = ctx.settings.config_path
        currency = ctx.settings.store.currency
        known = set(SqliteCatalogRepository(ctx.db, clock=ctx.clock).tax_classes())
    finally:
        ctx.close()
    # The same steps as the set-up wizard's (setup_steps.py), with the same words.
    # The address and the version are refused before a token is asked for.
    require_secure_http(normalize_shop(args.shop), what="The Shopify shop URL")
    version = check_api_version(args.api_version or current.api_version)
    token, from_env = _read_token(args)
    try:
        found = check_shop(args.shop, token, api_version=version,
                           timeout=current.request_timeout_seconds)
        print(found.line())
        require_scopes_and_currency(found, currency)
        if not args.no_pull:  # the first pull needs them
            require_tax_classes(current, known)
    except StepRefused as exc:
        print(f"pos-app: {exc}", file=sys.stderr)
        return exc.exit_code
    loc = pick_location(found, args.location)
    if loc is None:
        names = "\n".join(f"  {x.name}  ({x.id})" for x in found.probe.locations)
        print(f"pos-app: pick the location this terminal sells from with --location "
              f"(name or id):\n{names or '  (the shop has no active location)'}",
              file=sys.stderr)
        return 64  # EX_USAGE
    print("\n".join(map(str, save_shop(found, None if from_env else token, loc,
                                       config_path))))
    if args.no_pull:
        return 0
    print("Catalog          pulling from Shopify…", flush=True)
    return reconcile(argparse.Namespace(
        data_dir=args.data_dir, config=config_path, status=False, once=True, json=False,
        shop=None, location=None, progress=PullProgress(sys.stdout)))


class PullProgress:
    """The first catalog pull's progress on the command line: one line rewritten in place
    on a terminal ("1,240 of 2,000 products"), else a line at each tenth (logs stay
    short with 100,000 products). While Shopify prepares a bulk read, its count of
    records written so far ("Shopify is preparing the catalog: 12,400 records so far"):
    on a terminal at each poll, else when the count has doubled."""

    def __init__(self, out: Any) -> None:
        self._out = out
        self._tty = bool(getattr(out, "isatty", lambda: False)())
        self._bucket = -1
        self._open_line = False
        self._records_said = 0
        self._width = 0

    @staticmethod
    def text(done: int, total: int | None, records: int | None = None) -> str:
        if records is not None:
            return f"Catalog          Shopify is preparing the catalog: {records:,} records " \
                   f"so far"
        if total is None:
            return f"Catalog          {done:,} products read"
        return f"Catalog          {min(done, total):,} of {total:,} products"

    def __call__(self, done: int, total: int | None, records: int | None = None) -> None:
        if records is not None:
            self._preparing(records)
            return
        step = (total or 0) // 10 or 250
        bucket = -2 if total is not None and done >= total else done // step
        if self._tty:
            self._rewrite(self.text(done, total))
        elif bucket != self._bucket:
            print(self.text(done, total), file=self._out, flush=True)
        self._bucket = bucket

    def _preparing(self, records: int) -> None:
        if self._tty:
            self._rewrite(self.text(0, None, records))
        elif records > 0 and records >= 2 * self._records_said:
            print(self.text(0, None, records), file=self._out, flush=True)
            self._records_said = records
        self._bucket = -1  # the stored products' count is said again from 0

    def _rewrite(self, line: str) -> None:
        # Padded to the longest line this pull wrote: a shorter one leaves no tail.
        self._width = max(len(line), self._width)
        self._out.write("\r" + line.ljust(self._width))
        self._out.flush()
        self._open_line = True

    def finish(self) -> None:
        """The pass is over: end the line rewritten in place."""
        if self._open_line:
            self._out.write("\n")
            self._open_line = False
