"""CLI: `run` (the counter), `status`, and the data directory: `init`, `check`, `backup`,
`restore`.

`status`, `check` and `backup` open the database read-only: no lock, no migration, so
they work beside a running counter, on read-only media and on a damaged file (what
can still be read is shown, and the exit code is 74).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pos_app.domain.errors import ConfigError, StorageCorrupt, StorageUnavailable

from .cli import EX_IOERR
from .commands import command

if TYPE_CHECKING:
    from .context import AppContext


def _run_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--demo", action="store_true",
                   help="run a demo store: seeds demo products and staff on first start")
    p.add_argument("--language", choices=("en", "es", "de", "ar"), default=None,
                   help="the screens' language (default: [store] language, else the "
                        "locale's)")


@command("run", "Start the counter application.", _run_args)
def run(args: argparse.Namespace) -> int:
    from .gui import run_gui

    return run_gui(data_dir=args.data_dir, config_path=args.config, demo=args.demo,
                   language=args.language)


@command("self-test", "Prove this copy works here, headless: a demo sale rung by keys in the "
                      "real window offscreen, stored and printed, in a temporary data dir.")
def self_test(args: argparse.Namespace) -> int:
    from .self_test import run_self_test

    return run_self_test()


def _status_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="machine-readable output")


def _age(iso_text: str | None, now: datetime) -> str:
    if not iso_text:
        return "-"
    try:
        seconds = int((now - datetime.fromisoformat(iso_text)).total_seconds())
    except (ValueError, TypeError):  # a row written without a proper time
        return "?"
    if seconds < 120:
        return f"{seconds} s"
    if seconds < 7200:
        return f"{seconds // 60} min"
    if seconds < 172800:
        return f"{seconds // 3600} h"
    return f"{seconds // 86400} days"


def _at(iso_text: str, now: datetime) -> str:
    """A time as the status shows it: UTC to the second, and how long ago."""
    try:
        at = datetime.fromisoformat(iso_text).astimezone(UTC)
    except (ValueError, TypeError):
        return iso_text
    return f"{at:%Y-%m-%d %H:%M:%S} UTC ({_age(iso_text, now)} ago)"


def _channel_lines(label: str, ch: dict[str, Any], now: datetime, *,
                   queue: bool = True) -> list[str]:
    """One sync channel: its state, last success, last error with its time, and queue."""
    state = str(ch["state"]).upper() if ch["state"] in ("offline", "paused") \
        else str(ch["state"]).replace("_", " ")
    out = [f"{label:<17}{state}; last success "
           + (_at(ch["last_success_at"], now) if ch.get("last_success_at") else "never")]
    if ch.get("last_error"):
        when = _at(ch["last_error_at"], now) if ch.get("last_error_at") else "?"
        out.append(f"{'':17}last error {when}: {ch['last_error']}")
    if ch["state"] in ("offline", "paused") and ch.get("next_try_at"):
        out.append(f"{'':17}next try {ch['next_try_at']}")
    if queue:
        out.append(f"{'':17}{ch['queue_depth']} waiting"
                   + (f", oldest {_age(ch['oldest_unsynced_at'], now)}"
                      if ch.get("oldest_unsynced_at") else "")
                   + (f", {ch['rejected']} rejected (`pos-app sync --retry-rejected`)"
                      if ch.get("rejected") else ""))
    return out


def _data_dir_json(ctx: AppContext) -> dict[str, Any]:
    """Identity, health and schema of the opened data directory, for status and check."""
    from pos_app.adapters.sqlite.identity import identity_json

    dd = ctx.data_dir
    assert dd is not None
    return {"identity": identity_json(dd.identity),
            "damage": list(dd.problems) or ([ctx.db.damage] if ctx.db.damage else []),
            "schema_pending": list(dd.pending_heads), "read_only": ctx.read_only}


def _damaged_status(ctx: AppContext, why: str) -> int:
    from pos_app.adapters.sqlite.salvage import salvage_status

    st = _data_dir_json(ctx)
    st["damage"] = st["damage"] or [why]
    st.update(salvage_status(ctx.db, ctx.settings.terminal_id))
    st["data_dir"] = str(ctx.settings.data_dir)
    return _print_damaged(st)


def _print_damaged(st: dict[str, Any]) -> int:
    ident = st["identity"]
    lines = [
        "DAMAGED          the sales database is damaged; it was opened read-only",
        f"                 {'; '.join(st['damage'][:3])}",
        f"Data directory   {st['data_dir']}",
        "Store            " + (f"{ident['store_id']} ({ident['store_name']}), terminal "
                               f"{ident['terminal_id']}" if ident else "unknown"),
        "What could be read:",
    ]
    lines += [f"  {key:<18} {st[key]}" for key in (
        "catalog_variants", "staff", "sales_completed", "sales_open", "last_receipt_no",
        "last_z_no", "unsynced_events")]
    lines.append("What to do: copy what is there with `pos-app backup --to DIR`, then put "
                 "the last good backup back with `pos-app restore FILE`.")
    print("\n".join(lines))
    return EX_IOERR


@command("status", "Show the terminal's local state: sales, shift, sync queue (read-only).",
         _status_args)
def status(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import OperationalError

    from .context import open_context
    from .wiring import terminal_status

    ctx = open_context(data_dir=args.data_dir, config_path=args.config, read_only=True)
    try:
        dd = ctx.data_dir
        assert dd is not None
        if dd.problems:
            return _damaged_status(ctx, "; ".join(dd.problems[:3]))
        try:
            st = terminal_status(ctx)
        except StorageCorrupt as exc:
            return _damaged_status(ctx, str(exc))
        except (OperationalError, StorageUnavailable):
            if not dd.pending_heads:
                raise
            print(f"pos-app: the database's schema is behind this version "
                  f"(missing {', '.join(dd.pending_heads)}); status reads it without "
                  "upgrading. Run the app (or any writing command) once to upgrade it.",
                  file=sys.stderr)
            return EX_IOERR
        st.update(_data_dir_json(ctx))
        now = ctx.clock.now().astimezone(UTC)
    finally:
        ctx.close()
    st["store"] = ctx.settings.store.name
    st["data_dir"] = str(ctx.settings.data_dir)
    st["generated_at"] = now.isoformat()
    if args.json:
        json.dump(st, sys.stdout, indent=2, sort_keys=True)
        sys.stdout.write("\n")
        return 0
    sales = st["sales"]
    shift = st["shift"]
    lines = [
        f"Store            {st['store']}  (terminal {st['terminal_id']})",
        f"Data directory   {st['data_dir']}",
        f"Database         {st['database_bytes'] / 1e6:.1f} MB, schema {st['schema_revision']}",
        f"Catalog          {st['catalog_variants']:,} items, {st['tax_classes']} tax classes, "
        f"{st['staff']} staff",
        f"Sales            {sales['completed']:,} completed, {sales['open']} open, "
        f"{sales['held'] + sales['parked']} held, {sales['voided']} voided; "
        f"last receipt #{st['last_receipt_no']}",
        "Shift            " + ("closed" if shift is None else
                               f"open since {shift['opened_at']} by {shift['opened_by']}")
        + f"; last Z #{st['last_z_no']}",
        f"Sync queue       {st['pending_total']} pending",
    ]
    for topic, q in sorted(st["outbox"].items()):
        lines.append(f"  {topic:<14} {q['pending'] or 0:>6} pending, oldest "
                     f"{_age(q['oldest_pending_at'], now)}, {q['rejected'] or 0} need attention")
    lines += _channel_lines("Central database", st["channels"]["central"], now)
    lines += _channel_lines("Journal stream", st["channels"]["journal"], now)
    rec = st["reconcile"]
    if not st.get("shopify_configured") and not rec.get("last_success_at"):
        lines.append("Shopify stock    not set up ([shopify] shop and location)")
    else:
        lines.append(
            f"Shopify stock    {rec.get('pending_events', 0)} pending"
            + (f" (oldest {_age(rec['oldest_pending_at'], now)})"
               if rec.get("oldest_pending_at") else "")
            + f", {rec.get('in_flight_events', 0)} in flight, "
            f"{rec.get('rejected_events', 0)} set aside; last sync "
            + (f"{_age(rec['last_success_at'], now)} ago" if rec.get("last_success_at")
               else "never"))
    lines.append(f"                 {len(rec.get('attention', []))} item(s) need attention")
    if st["channels"]["shopify"]["state"] != "not_configured":
        lines += _channel_lines("Shopify channel", st["channels"]["shopify"], now,
                                queue=False)
    bk = st.get("backup") or {}
    lines.append("Backup           " + (
        f"last {_at(bk['last_at'], now)}: {bk.get('last_file')}" if bk.get("last_at")
        else "none yet") + ("; OVERDUE (over a day old)" if bk.get("overdue") else ""))
    if bk.get("last_error"):
        lines.append(f"{'':17}last attempt failed "
                     f"{_at(bk['last_error_at'], now) if bk.get('last_error_at') else ''}: "
                     f"{bk['last_error']}")
    # One line per alert (the journal stream shares the central channel's pause).
    alerts = dict.fromkeys(c["alert"] for c in st["channels"].values() if c.get("alert"))
    alerts.update(dict.fromkeys(a["message"] for a in st.get("alerts") or ()))
    lines += _health_lines(st)
    lines += [f"ALERT            {a}" for a in alerts]
    ident = st["identity"]
    lines.append("Identity         " + (
        f"store {ident['store_id']}, terminal {ident['terminal_id']}, database "
        f"{ident['database_id']}" if ident else
        "not stamped yet (the next start of the app stamps it)"))
    if st["schema_pending"]:
        lines.append(f"Schema           behind ({', '.join(st['schema_pending'])}): run the "
                     "app once to upgrade")
    print("\n".join(lines))
    return 0


def _health_lines(st: dict[str, Any]) -> list[str]:
    """Command latency, error rate, disk and open sale state (`metrics`, `health`)."""
    m, h = st.get("metrics") or {}, st.get("health") or {}
    everything = ((m.get("latency") or {}).get("hour") or {}).get("all")
    rate = (m.get("error_rate") or {}).get("hour")
    lines = ["Commands (1 h)   " + (
        f"{everything['count']:,}, p50 {everything['p50_ms']} ms, p99 "
        f"{everything['p99_ms']} ms, {rate:.2%} refused or failed" if everything
        else "none measured yet")]
    disk = h.get("disk_free_pct")
    lines.append("Disk, open sales " + (f"{disk:.1f} % free" if disk is not None
                                         else "free space unknown")
                 + f"; open sales {h.get('open_state_bytes', 0):,} bytes")
    flags = st.get("flags") or []
    if flags:  # e.g. "AUTO_RETRY on (default), REAL_TIME_COMMISSION off (central v3)"
        lines.append("Flags            " + ", ".join(
            f"{f['name']} {'on' if f['enabled'] else 'off'} ({f['label']})"
            + (f" -> {'on' if f['next_start']['enabled'] else 'off'} "
               f"({f['next_start']['label']}) at next start" if f.get("next_start") else "")
            for f in flags))
    return lines


def _init_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--store-id", default=None,
                   help="the store's id (default: [central] store_id, or S1)")
    p.add_argument("--store-name", default=None, help="the store's name (default: [store] name)")
    p.add_argument("--terminal-id", default=None,
                   help="this terminal's id, to confirm it: must be what the config says "
                        "([terminal] id or POS_APP_TERMINAL_ID)")
    from .staff_commands import owner_args

    owner_args(p)


@command("init", "Start a new store in an empty data directory (store and terminal identity).",
         _init_args)
def init(args: argparse.Namespace) -> int:
    from pos_app.adapters.config import load_settings

    from .context import init_context

    settings = load_settings(data_dir=args.data_dir, config_path=args.config)
    if args.terminal_id and args.terminal_id != settings.terminal_id:
        raise ConfigError(
            f"--terminal-id {args.terminal_id} is not the terminal the config names "
            f"({settings.terminal_id}); every command opens the terminal of the config. Set "
            f"[terminal] id = \"{args.terminal_id}\" (or POS_APP_TERMINAL_ID) first.")
    from .staff_commands import init_owner, read_owner

    owner = read_owner(args)  # asked (and checked) before anything is created
    ctx = init_context(data_dir=args.data_dir, config_path=args.config,
                       store_id=args.store_id, store_name=args.store_name)
    try:
        ident = ctx.identity
        assert ident is not None
        print(f"Started store {ident.store_id} ({ident.store_name}), terminal "
              f"{ident.terminal_id} in {ctx.settings.data_dir}\n"
              f"Database id {ident.database_id}; receipts start at #1.")
        init_owner(ctx, owner)  # the store's first account (staff_commands.py)
    finally:
        ctx.close()
    print("Next: `pos-app import-catalog FILE.csv` (or a sync), then `pos-app run`.")
    return 0


def _check_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--quick", action="store_true",
                   help="SQLite's quick_check only (the start-up check) instead of the full "
                        "integrity_check")
    p.add_argument("--json", action="store_true", help="machine-readable output")


@command("check", "Check the sales database for damage (integrity_check), read-only.",
         _check_args)
def check(args: argparse.Namespace) -> int:
    from .context import open_context

    ctx = open_context(data_dir=args.data_dir, config_path=args.config, read_only=True)
    try:
        problems = ctx.db.check(full=not args.quick, max_errors=100)
        out = _data_dir_json(ctx)
        out.update(check="quick_check" if args.quick else "integrity_check",
                   ok=not problems, problems=problems, database=str(ctx.db.path),
                   database_bytes=ctx.db.path.stat().st_size)
    finally:
        ctx.close()
    if args.json:
        json.dump(out, sys.stdout, indent=2, sort_keys=True)
        sys.stdout.write("\n")
    else:
        ident = out["identity"]
        print(f"Database         {out['database']} ({out['database_bytes'] / 1e6:.1f} MB)")
        print("Identity         " + (f"store {ident['store_id']}, terminal "
                                     f"{ident['terminal_id']}, last receipt "
                                     f"#{ident['last_receipt_no']}" if ident else "not stamped"))
        if out["schema_pending"]:
            print(f"Schema           behind ({', '.join(out['schema_pending'])}): run the app "
                  "once to upgrade")
        if problems:
            print(f"{out['check']:<17}FAILED: the database is damaged")
            for p in problems[:20]:
                print(f"  {p}")
            print("What to do: copy what is there with `pos-app backup --to DIR`, then put "
                  "the last good backup back with `pos-app restore FILE`.")
        else:
            print(f"{out['check']:<17}ok")
    return 0 if not problems else EX_IOERR


def _backup_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--to", type=Path, default=None, metavar="DIR",
                   help="directory to write the backup into (default: [backup] dir, or "
                        "<data dir>/backups); this terminal's older backups there are "
                        "rotated")
    p.add_argument("--plain", action="store_true",
                   help="an unencrypted copy (e.g. to salvage a damaged database); not "
                        "rotated")
    p.add_argument("--verify", type=Path, default=None, metavar="FILE",
                   help="check a backup instead: decrypt it, run integrity_check, show "
                        "whose it is")
    p.add_argument("--decrypt", type=Path, default=None, metavar="FILE",
                   help="write a plain copy of an encrypted backup into --to DIR (e.g. a "
                        "-DAMAGED one, for recovery tools)")
    p.add_argument("--show-key", action="store_true",
                   help="print the backup key to write down (owner, or a manager's PIN)")
    p.add_argument("--key-stdin", action="store_true",
                   help="with --verify or --decrypt: read the backup key (64 hex digits) "
                        "from standard input")
    from .staff_auth import add_credential_args

    add_credential_args(p, staff_help="with --show-key: the manager who asks",
                        staff_required=False)


def _given_key(args: argparse.Namespace, settings: Any) -> Callable[[], bytes]:
    """The key to read a backup with: --key-stdin, else POS_APP_BACKUP_KEY, the file or
    the keyring (never created here)."""
    from pos_app.adapters.backup_key import (
        ENV_KEY,
        BackupKeys,
        BackupKeyUnavailable,
        parse_backup_key,
    )

    from .context import store_spec

    def key() -> bytes:
        if args.key_stdin:
            return parse_backup_key(sys.stdin.readline(), source="standard input")
        found = BackupKeys(settings.data_dir, store_spec(settings).store_id).existing()
        if found is None:
            raise BackupKeyUnavailable(
                "The backup is encrypted and this machine has no backup key: give the key "
                f"written down with `pos-app backup --show-key` on standard input "
                f"(--key-stdin) or in {ENV_KEY}.")
        return found

    return key


def _verify_backup(args: argparse.Namespace) -> int:
    import tempfile

    from pos_app.adapters.config import load_settings
    from pos_app.adapters.sqlite.backup import verify_file

    settings = load_settings(data_dir=args.data_dir, config_path=args.config)
    with tempfile.TemporaryDirectory(prefix="pos-verify-") as scratch:
        s = verify_file(args.verify, key=_given_key(args, settings), scratch=Path(scratch))
    print(_summary_line("Backup", s))
    if s.problems:
        print(f"FAILED: {args.verify} is not a backup to restore from.")
        return EX_IOERR
    print(f"Verified: {args.verify} decrypts and passes integrity_check.")
    return 0


def _decrypt_backup(args: argparse.Namespace) -> int:
    from pos_app.adapters.backup_crypto import decrypt_file
    from pos_app.adapters.config import load_settings

    if args.to is None:
        raise ConfigError("--decrypt needs --to DIR: where the plain copy goes")
    settings = load_settings(data_dir=args.data_dir, config_path=args.config)
    name = args.decrypt.name.removesuffix(".enc")
    target = args.to / (name if name.endswith(".sqlite3") else name + ".sqlite3")
    if target.exists():
        raise ConfigError(f"{target} exists already; nothing was changed")
    try:
        args.to.mkdir(mode=0o700, parents=True, exist_ok=True)
        decrypt_file(args.decrypt, target, _given_key(args, settings)())
    except OSError as exc:
        raise StorageUnavailable(f"Cannot decrypt {args.decrypt} into {args.to}: "
                                 f"{exc}") from exc
    print(f"Decrypted into {target} (plain, 0600: keep it as safe as the database).")
    return 0


def _show_key(args: argparse.Namespace) -> int:
    from pos_app.adapters.backup_crypto import key_id
    from pos_app.domain.errors import InputError
    from pos_app.domain.permissions import Role

    from .context import open_context
    from .staff_auth import manager_or_owner
    from .wiring import backup_keys, staff_service

    ctx = open_context(data_dir=args.data_dir, config_path=args.config)
    try:
        staff = staff_service(ctx)
        actor = manager_or_owner(ctx, staff, args, "backup --show-key", need=Role.MANAGER,
                                 refusal=InputError(
                                     "--show-key needs --as-owner (the OS user who owns the "
                                     "data directory) or --staff NAME of a manager and "
                                     "their PIN"))
        key = backup_keys(ctx).key()
        if staff.audit is not None:
            staff.audit.append(actor=actor.staff_id, action="backup_key_shown",
                               subject="backup", detail=json.dumps(
                                   {"key_id": key_id(key).hex()}), approved_by=None)
    finally:
        ctx.close()
    print(f"Backup key (key id {key_id(key).hex()}):\n{key.hex()}\n"
          "Write it down and keep it apart from the backups: a dead disk takes the keyring "
          "with it. Restore on another machine with `pos-app restore FILE --key-stdin`.")
    return 0


@command("backup", "Make an encrypted, verified backup of the sales database (online; the "
                   "counter keeps selling), rotate old ones; or --verify FILE, --show-key.",
         _backup_args)
def backup(args: argparse.Namespace) -> int:
    from .context import open_context

    if args.verify is not None:
        return _verify_backup(args)
    if args.decrypt is not None:
        return _decrypt_backup(args)
    if args.show_key:
        return _show_key(args)
    from pos_app.adapters.sqlite.backup import backup as backup_db

    from .wiring import backup_runner

    ctx = open_context(data_dir=args.data_dir, config_path=args.config, read_only=True)
    try:
        if args.plain:
            if args.to is None:
                raise ConfigError("--plain needs --to DIR (plain copies are never put "
                                  "among the encrypted ones)")
            result = backup_db(ctx.db, args.to, now=ctx.clock.now().astimezone(UTC),
                               identity=ctx.identity)
        else:
            result = backup_runner(ctx)(args.to)
    finally:
        ctx.close()
    s = result.summary
    what = "integrity_check ok" if args.plain else "encrypted; decrypted and integrity_check ok"
    print(f"Backup written: {result.path} ({s.bytes / 1e6:.1f} MB, {what})\n"
          + _summary_line("Backup", s))
    return 0


def _summary_line(label: str, s: Any) -> str:
    if not s.exists:
        return f"{label:<9} none"
    ident = s.identity
    who = (f"store {ident.store_id}, terminal {ident.terminal_id}" if ident
           else "no identity")
    health = "DAMAGED: " + "; ".join(s.problems[:2]) if s.problems else "ok"
    last = "?" if s.last_receipt_no is None else f"#{s.last_receipt_no}"
    unsynced = "?" if s.unsynced_events is None else s.unsynced_events
    return (f"{label:<9} {who}; last receipt {last}; {unsynced} unsynced event(s); "
            f"{health}")


def _restore_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, metavar="FILE", help="a backup made by `pos-app backup`")
    p.add_argument("--yes", action="store_true",
                   help="restore without asking (otherwise: preview, then ask on a terminal)")
    p.add_argument("--force", action="store_true",
                   help="restore even a backup of another terminal, or one whose receipt "
                        "numbers are behind those issued (numbering then continues after "
                        "the last issued)")
    p.add_argument("--key-stdin", action="store_true",
                   help="an encrypted backup's key (64 hex digits, from `pos-app backup "
                        "--show-key`) on standard input; else POS_APP_BACKUP_KEY or this "
                        "machine's keyring")


@command("restore", "Put a backup in place of the sales database (the current one is kept "
                    "aside); previews both first.", _restore_args)
def restore(args: argparse.Namespace) -> int:
    from pos_app.adapters.config import load_settings
    from pos_app.adapters.dirlock import DataDirLock
    from pos_app.adapters.sqlite.backup import plan_restore, readable_copy, work_dir
    from pos_app.adapters.sqlite.backup import restore as restore_db
    from pos_app.domain.clock import SystemClock

    from .context import store_spec

    settings = load_settings(data_dir=args.data_dir, config_path=args.config)
    data_dir = settings.data_dir  # a new machine's empty directory is fine: made here
    with DataDirLock(data_dir), readable_copy(  # an encrypted one: decrypted beside it
            args.file, key=_given_key(args, settings), scratch=work_dir(data_dir)) as plain:
        plan = plan_restore(data_dir, plain, terminal_id=settings.terminal_id)
        print(f"Restore into {data_dir} (terminal {settings.terminal_id})")
        print(_summary_line("Current", plan.current))
        print(_summary_line("Backup", plan.backup))
        if plan.sidecar is not None:
            print(f"Issued    receipts up to #{plan.issued} at this terminal")
        for line in plan.blockers + plan.refusals:
            print(f"  ! {line}")
        if plan.blockers:
            print("Nothing was changed.")
            return EX_IOERR
        if plan.refusals and not args.force:
            print("Nothing was changed; add --force to restore it anyway.")
            return EX_IOERR
        if not args.yes:
            if not sys.stdin.isatty():
                print("Nothing was changed: this was the preview. Run again with --yes to "
                      "restore.")
                return 0
            if input("Restore this backup? [y/N] ").strip().lower() not in ("y", "yes"):
                print("Nothing was changed.")
                return 0
        result = restore_db(data_dir, plain, plan,
                            now=SystemClock().now().astimezone(UTC),
                            spec=store_spec(settings), force=args.force)
    print(f"Restored {args.file}.")
    if result.kept_aside is not None:
        print(f"The replaced database is kept at {result.kept_aside}")
    print(f"Receipts continue after #{result.receipts_continue_after} "
          f"({result.identity.describe()}).")
    return 0
