"""CLI: `tax-class set|list`, the store's tax classes (a fresh terminal has none, and
products from Shopify need the classes named in [shopify] taxable/exempt_tax_class)."""

from __future__ import annotations

import argparse
from decimal import Decimal

from .commands import command, location_args


def _tax_args(p: argparse.ArgumentParser) -> None:
    from .staff_auth import add_credential_args

    sub = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    ls = sub.add_parser("list", help="the tax classes and their rates")
    location_args(ls)
    s = sub.add_parser("set", help="create or replace a tax class")
    location_args(s)
    s.add_argument("code", help="the class code products name (e.g. standard, exempt)")
    s.add_argument("--name", default="", help="a readable name (default: the code)")
    s.add_argument("--rate", action="append", default=[], metavar="CODE:PERCENT[:NAME]",
                   help="a tax in the class, e.g. state:6.25:State sales tax (repeat for "
                        "taxes that add up; none: a 0%% class)")
    add_credential_args(s, staff_help="the manager who sets it", staff_required=False)


@command("tax-class", "List or set the store's tax classes (set: a manager, or --as-owner).",
         _tax_args)
def tax_class(args: argparse.Namespace) -> int:
    from pos_app.adapters.sqlite.catalog_repo import SqliteCatalogRepository
    from pos_app.domain.errors import PermissionDenied
    from pos_app.domain.permissions import REQUIRED, Action
    from pos_app.services.catalog import CatalogService

    from .context import open_context
    from .staff_auth import manager_or_owner
    from .wiring import staff_service

    ctx = open_context(data_dir=args.data_dir, config_path=args.config,
                       read_only="if-current" if args.action == "list" else False)
    try:
        repo = SqliteCatalogRepository(ctx.db, clock=ctx.clock)
        if args.action == "list":
            classes = repo.tax_classes()
            if not classes:
                print("No tax classes yet: `pos-app tax-class set standard --rate "
                      "sales:8.25:Sales tax --as-owner` (and `set exempt` for a 0% class)")
            for tc in classes.values():
                rates = ", ".join(f"{r.name} {_percent(r.rate)}%" for r in tc.rates) or "0%"
                print(f"{tc.code:<12} {tc.name:<24} {rates}")
            return 0
        staff = staff_service(ctx)
        by = manager_or_owner(ctx, staff, args, "tax-class",
                              need=REQUIRED[Action.IMPORT_CATALOG], refusal=PermissionDenied(
                                  "tax-class set changes what every sale costs: name the "
                                  "manager with --staff NAME (and their PIN), or run as the "
                                  "owner with --as-owner"))
        service = CatalogService(repo, ids=ctx.ids, currency=ctx.settings.store.currency)
        tc = service.define_tax_class_by(by, args.code, args.name, args.rate,
                                         audit=staff.audit)
    finally:
        ctx.close()
    rates = ", ".join(f"{r.name} {_percent(r.rate)}%" for r in tc.rates) or "0%"
    print(f"Tax class {tc.code} ({tc.name}): {rates}")
    return 0


def _percent(rate: Decimal) -> str:
    """0.0625 as "6.25" (no trailing zeros, no exponent)."""
    return format((rate * 100).normalize(), "f")
