"""CLI: `pos-app shift open|cash-in|cash-out|x|close|z`, the till of this terminal.

Opening, paying in or out and closing name a real staff member (`--staff NAME`) and
take their PIN (staff_auth.py); a pay-out above their role's limit also needs
`--approver NAME` and that person's PIN. X and Z reports only read and need neither.

Amounts are typed in the store's currency as plain decimals ("100.00"); anything
else, including more decimal places than the currency has, is refused rather than
rounded, because a till amount that was silently changed is a wrong cash-up.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from pos_app.domain.errors import InputError

from .commands import command, location_args

if TYPE_CHECKING:
    from pos_app.services.shift_service import ShiftService

    from .context import AppContext


def parse_amount(text: str, currency: str, what: str) -> int:
    """'100.00' in USD -> 10000 minor units; refuses what is not exactly a plain amount
    (the same reading as a catalog price: ASCII digits, one '.', the currency's places).
    A '-' is let through for the shift rules to refuse with their own message."""
    from pos_app.domain.plain_amount import parse_plain_amount
    return parse_plain_amount(text, currency, what=what, negative_ok=True)


def parse_counts(items: list[str], currency: str) -> dict[str, int]:
    """['cash=123.45', 'card=80'] -> {'cash': 12345, 'card': 8000}."""
    out: dict[str, int] = {}
    for item in items:
        tender, sep, amount = item.partition("=")
        tender = tender.strip().lower().replace("-", "_")
        if not sep or not tender:
            raise InputError(f"--count {item!r}: write it as TENDER=AMOUNT, e.g. cash=123.45")
        if tender in out:
            raise InputError(f"--count: {tender} is given twice")
        out[tender] = parse_amount(amount, currency, f"count of {tender}")
    return out



def _configure(p: argparse.ArgumentParser) -> None:
    from .staff_auth import add_credential_args

    sub = p.add_subparsers(dest="shift_action", metavar="ACTION", required=True)

    o = sub.add_parser("open", help="open the till with a float",
                       description="Open a shift on this terminal with the cash float.")
    add_credential_args(o, staff_help="who opens the shift")
    o.add_argument("--float", dest="float_amount", required=True, metavar="AMOUNT",
                   help="cash in the drawer at opening, e.g. 100.00")
    location_args(o)

    for name, word in (("cash-in", "put into"), ("cash-out", "taken out of")):
        m = sub.add_parser(name, help=f"record cash {word} the drawer",
                           description=f"Record cash {word} the drawer, with a reason.")
        add_credential_args(m, staff_help="who does it", approver=name == "cash-out")
        m.add_argument("--amount", required=True, help="e.g. 20.00")
        m.add_argument("--reason", required=True, help="why, e.g. 'change from safe'")
        location_args(m)

    x = sub.add_parser("x", help="print the X report of the open shift",
                       description="Print the figures of the open shift; changes nothing.")
    location_args(x)

    c = sub.add_parser(
        "close", help="close the shift with a blind count and print its Z report",
        description="Close the open shift. Count the drawer and every tender taken "
                    "(card batch total, gift cards, store credit) before running this; "
                    "the expected amounts are shown only on the Z report.")
    add_credential_args(c, staff_help="who closes the shift")
    c.add_argument("--count", action="append", default=[], metavar="TENDER=AMOUNT",
                   help="counted amount of one tender, e.g. cash=123.45; repeat per tender")
    location_args(c)

    z = sub.add_parser("z", help="print a stored Z report, or list them all",
                       description="Print Z report N, or list every Z report of this "
                                   "terminal when no number is given.")
    z.add_argument("number", nargs="?", type=int, metavar="N", help="Z report number")
    location_args(z)


def _open(args: argparse.Namespace, svc: ShiftService, ctx: AppContext) -> int:
    from pos_app.domain.money import Money

    from .staff_auth import signed_in
    from .wiring import staff_service

    amount = parse_amount(args.float_amount, svc.currency, "--float")
    person, _ = signed_in(ctx, staff_service(ctx), args, "shift open")
    shift = svc.open_shift(person.id, amount)
    print(f"Shift opened on terminal {shift.terminal_id} by {person.name} with a float "
          f"of {Money(shift.float_minor, shift.currency).format()}.")
    return 0


def _move(kind_value: str) -> Callable[[argparse.Namespace, ShiftService, AppContext], int]:
    def run(args: argparse.Namespace, svc: ShiftService, ctx: AppContext) -> int:
        from pos_app.domain.money import Money
        from pos_app.domain.shift import MovementKind

        from .staff_auth import approver, signed_in
        from .wiring import staff_service

        kind = MovementKind(kind_value)  # loaded only when the command runs
        amount = parse_amount(args.amount, svc.currency, "--amount")
        staff = staff_service(ctx)
        person, authority = signed_in(ctx, staff, args, f"shift cash-{kind.value}")
        if kind is MovementKind.IN:
            m = svc.cash_in(person.id, amount, args.reason)
        else:
            # Above the person's limit: --approver NAME with their PIN, checked for a
            # role whose own limit covers the amount (the service checks it again).
            by = authority if args.as_owner else \
                approver(staff, args, svc.approver_needed(amount)) if amount > 0 else None
            m = svc.cash_out(person.id, amount, args.reason, approver=by)
        word = "Paid in" if kind is MovementKind.IN else "Paid out"
        print(f"{word} {Money(m.amount, svc.currency).format()} by {person.name}: {m.reason}")
        return 0
    return run


def _names(ctx: AppContext) -> dict[str, str]:
    from pos_app.adapters.sqlite.staff_repo import SqliteStaffRepository

    return {s.id: s.name
            for s in SqliteStaffRepository(ctx.db).list_staff(include_inactive=True)}


def _x(_args: argparse.Namespace, svc: ShiftService, ctx: AppContext) -> int:
    from pos_app.services.report_text import render_x

    print(render_x(svc.x_report(), ctx.settings.store.name, names=_names(ctx),
                   locale=ctx.settings.store.locale_format()), end="")
    return 0


def _close(args: argparse.Namespace, svc: ShiftService, ctx: AppContext) -> int:
    from pos_app.services.report_text import render_z

    from .staff_auth import signed_in
    from .wiring import staff_service

    counted = parse_counts(args.count, svc.currency)
    person, _ = signed_in(ctx, staff_service(ctx), args, "shift close")
    z = svc.close_shift(person.id, counted)
    print(render_z(z, ctx.settings.store.name, names=_names(ctx),
                   locale=ctx.settings.store.locale_format()), end="")
    return 0


def _z(args: argparse.Namespace, svc: ShiftService, ctx: AppContext) -> int:
    from pos_app.services.report_text import render_z, render_z_list

    if args.number is None:
        print(render_z_list(svc.list_z_reports(), names=_names(ctx),
                            locale=ctx.settings.store.locale_format()), end="")
    else:
        print(render_z(svc.z_report(args.number), ctx.settings.store.name,
                       names=_names(ctx), locale=ctx.settings.store.locale_format()), end="")
    return 0


_ACTIONS: dict[str, Callable[[argparse.Namespace, ShiftService, AppContext], int]] = {
    "open": _open,
    "cash-in": _move("in"),
    "cash-out": _move("out"),
    "x": _x,
    "close": _close,
    "z": _z,
}


@command("shift", "the till: open with a float, pay in/out, X report, close with a "
                  "blind count (Z report)", _configure)
def shift_command(args: argparse.Namespace) -> int:
    # X and Z reports only read: they work beside a running counter (no lock).
    from pos_app.adapters.sqlite.shift_repo import SqliteShiftRepository
    from pos_app.services.shift_service import ShiftService

    from .context import open_context
    from .wiring import shift_service, staff_service

    reading = args.shift_action in ("x", "z")
    ctx = open_context(data_dir=args.data_dir, config_path=args.config,
                       read_only="if-current" if reading else False)
    try:
        # Changes name a real staff member, with their PIN (staff_auth.py); reports read.
        service = ShiftService(SqliteShiftRepository(ctx.db), ctx.clock, ctx.ids,
                               ctx.settings.terminal_id, ctx.settings.store.currency) \
            if reading else shift_service(ctx, staff_service(ctx))
        return _ACTIONS[args.shift_action](args, service, ctx)
    finally:
        ctx.close()
