"""CLI: `pos-app staff ...`, the people of this terminal. For now `unlock`; the rest of
staff management (add, change PIN, deactivate) joins it as further actions."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from pos_app.domain.permissions import REQUIRED, Action

from .commands import command
from .context import AppContext, open_context
from .staff_auth import add_credential_args, owner_actor, signed_in, staff_member
from .wiring import staff_service


def _location_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS,
                   help="where the local database lives")
    p.add_argument("--config", type=Path, default=argparse.SUPPRESS, help="TOML config file")


def _configure(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="staff_action", metavar="ACTION", required=True)
    u = sub.add_parser(
        "unlock", help="let someone locked out by wrong PINs try again (a manager)",
        description="Clear a staff member's wrong-PIN count on this terminal: lifts a "
                    "lock or a wait. Without NAME, lists who is locked. Needs a manager's "
                    "PIN (--staff) or --as-owner.")
    u.add_argument("name", nargs="?", metavar="NAME", help="who to unlock (name or id)")
    add_credential_args(u, staff_help="the manager who unlocks", staff_required=False)
    _location_args(u)


def _unlock(args: argparse.Namespace, ctx: AppContext) -> int:
    staff = staff_service(ctx)
    if not args.name:
        locked = staff.locked_staff()
        if not locked:
            print("Nobody is locked out on this terminal.")
        for person in locked:
            print(f"Locked: {person.name} ({person.role.value})")
        return 0
    target = staff_member(staff, args.name)
    if args.as_owner:
        by = owner_actor(ctx, staff, "staff unlock")
    elif args.staff:
        _, by = signed_in(ctx, staff, args, "staff unlock",
                          need=REQUIRED[Action.EDIT_STAFF])
    else:
        print("pos-app: staff unlock needs a manager: --staff NAME (and their PIN) or "
              "--as-owner", file=sys.stderr)
        return 64  # EX_USAGE
    before = staff.attempts(target.id)
    staff.unlock(target.id, by=by, how="command line")
    state = "was locked" if before.locked else f"had {before.failures} wrong PIN(s)" \
        if before.failures else "was not locked"
    print(f"{target.name} can sign in again ({state}).")
    return 0


_ACTIONS: dict[str, Callable[[argparse.Namespace, AppContext], int]] = {"unlock": _unlock}


@command("staff", "the people of this terminal: unlock someone locked out by wrong PINs",
         _configure)
def staff_command(args: argparse.Namespace) -> int:
    ctx = open_context(data_dir=args.data_dir, config_path=args.config)
    try:
        return _ACTIONS[args.staff_action](args, ctx)
    finally:
        ctx.close()
