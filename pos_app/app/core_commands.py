"""CLI: `run` (the counter) and `status` (human or --json)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime

from .commands import command
from .context import open_context


def _run_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--demo", action="store_true",
                   help="run a demo store: seeds demo products and staff on first start")


@command("run", "Start the counter application.", _run_args)
def run(args: argparse.Namespace) -> int:
    from .gui import run_gui

    return run_gui(data_dir=args.data_dir, config_path=args.config, demo=args.demo)


def _status_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="machine-readable output")


def _age(iso_text: str | None, now: datetime) -> str:
    if not iso_text:
        return "-"
    seconds = int((now - datetime.fromisoformat(iso_text)).total_seconds())
    if seconds < 120:
        return f"{seconds} s"
    if seconds < 7200:
        return f"{seconds // 60} min"
    if seconds < 172800:
        return f"{seconds // 3600} h"
    return f"{seconds // 86400} days"


@command("status", "Show the terminal's local state: sales, shift, sync queue.", _status_args)
def status(args: argparse.Namespace) -> int:
    from .wiring import terminal_status

    ctx = open_context(data_dir=args.data_dir, config_path=args.config)
    try:
        st = terminal_status(ctx)
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
    central = st["central"]
    lines.append(f"Central database {central.get('state')}"
                 + (f", last sync {_age(central['last_success_at'], now)} ago"
                    if central.get("last_success_at") else ""))
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
    print("\n".join(lines))
    return 0
