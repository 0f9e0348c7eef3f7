"""CLI: `pos-app staff ...`, the people of the store.

    pos-app staff list [--all] [--json]          who may sign in (--all: leavers too)
    pos-app staff add NAME --role ROLE           a new person and their PIN
    pos-app staff pin NAME                       a new PIN (their own, or a manager's call)
    pos-app staff role NAME ROLE                 another role
    pos-app staff deactivate NAME                a leaver: refused at once here, everywhere
                                                 after the next sync
    pos-app staff reactivate NAME                back, with a new PIN
    pos-app staff unlock [NAME]                  lift a wrong-PIN lock (no NAME: who is locked)

Every action needs a manager (`--manager NAME` and their PIN) or the owner credential
(`--as-owner`); `staff pin` also lets a person change their own PIN with their current
one. PINs are never arguments: typed at a prompt (not echoed; a new PIN twice), read
from standard input with `--manager-pin-stdin` (one a line: the manager's PIN unless
`--as-owner`, then the new PIN), or from POS_APP_STAFF_PIN / POS_APP_NEW_PIN. Every
change is journaled. With a central database configured, the store's people are
pulled first and the change is pushed at once; offline it goes with the next sync.

Exit codes: 0 done, 64 no manager named, 65 a bad name, role or PIN (or one already
taken), 77 a wrong PIN or a role that may not do this, 75 the database is busy.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from pos_app.domain.errors import InputError, PosError

from .commands import command, location_args

if TYPE_CHECKING:
    from pos_app.domain.permissions import Actor
    from pos_app.services.staff import Staff, StaffService

    from .context import AppContext


def staff_service(ctx: AppContext) -> StaffService:
    from .wiring import staff_service as build  # heavy: only when a command runs

    return build(ctx)

EX_USAGE = 64



def _manager_args(p: argparse.ArgumentParser, *, new_pin_too: bool = False) -> None:
    p.add_argument("--manager", "--staff", dest="staff", metavar="NAME", default=None,
                   help="the manager who does this (name or id; their PIN is asked for, or "
                        "read with --manager-pin-stdin or POS_APP_STAFF_PIN)")
    p.add_argument("--manager-pin-stdin", "--pin-stdin", dest="pin_stdin",
                   action="store_true",
                   help="read PINs from standard input, one a line: the manager's (unless "
                        "--as-owner)" + (", then the new PIN" if new_pin_too else ""))
    p.add_argument("--as-owner", action="store_true",
                   help="no manager PIN: allowed only to the OS user who owns the data "
                        "directory (journaled as os:USER)")
    location_args(p)


def _configure(p: argparse.ArgumentParser) -> None:
    from .staff_auth import ENV_NEW_PIN, add_credential_args

    sub = p.add_subparsers(dest="staff_action", metavar="ACTION", required=True)
    ls = sub.add_parser("list", help="the store's staff (a manager)",
                        description="Everyone who may sign in, with role and status.")
    ls.add_argument("--all", action="store_true", help="leavers (deactivated) too")
    ls.add_argument("--json", action="store_true", help="machine-readable output")
    _manager_args(ls)

    add = sub.add_parser("add", help="add a person and their PIN (a manager)",
                         description="Add someone to the store: one id for them on every "
                                     "till. Their PIN (4 to 8 digits) is asked for twice, "
                                     f"or read after the manager's from stdin, or {ENV_NEW_PIN}.")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", required=True,
                     help="cashier, supervisor, manager or owner (at most the manager's own)")
    _manager_args(add, new_pin_too=True)

    pin = sub.add_parser("pin", help="set a new PIN (one's own, or a manager for anyone)",
                         description="A new PIN for NAME. Without --manager, NAME's own "
                                     "current PIN authorises it.")
    pin.add_argument("name", metavar="NAME")
    _manager_args(pin, new_pin_too=True)

    role = sub.add_parser("role", help="give someone another role (a manager)")
    role.add_argument("name", metavar="NAME")
    role.add_argument("role", metavar="ROLE", help="cashier, supervisor, manager or owner")
    _manager_args(role)

    off = sub.add_parser("deactivate", help="a leaver: refused at once here, on every till "
                                            "after its next sync (a manager)")
    off.add_argument("name", metavar="NAME")
    _manager_args(off)

    back = sub.add_parser("reactivate", help="bring a leaver back with a new PIN (a manager)")
    back.add_argument("name", metavar="NAME")
    _manager_args(back, new_pin_too=True)

    u = sub.add_parser(
        "unlock", help="let someone locked out by wrong PINs try again (a manager)",
        description="Clear a staff member's wrong-PIN count on this terminal: lifts a "
                    "lock or a wait. Without NAME, lists who is locked. Needs a manager's "
                    "PIN (--staff) or --as-owner.")
    u.add_argument("name", nargs="?", metavar="NAME", help="who to unlock (name or id)")
    add_credential_args(u, staff_help="the manager who unlocks", staff_required=False)
    location_args(u)


# ---- who does it ------------------------------------------------------------------------


def _manager(ctx: AppContext, staff: StaffService, args: argparse.Namespace,
             what: str) -> Actor | None:
    """The manager named (PIN checked) or the owner credential; None: nobody named."""
    from pos_app.domain.permissions import REQUIRED, Action

    from .staff_auth import owner_actor, signed_in
    if args.as_owner:
        return owner_actor(ctx, staff, f"staff {what}")
    if args.staff:
        return signed_in(ctx, staff, args, f"staff {what}",
                         need=REQUIRED[Action.EDIT_STAFF])[1]
    return None


def _no_manager(what: str) -> int:
    print(f"pos-app: staff {what} needs a manager: --manager NAME (and their PIN) or "
          "--as-owner", file=sys.stderr)
    return EX_USAGE


def _new_pin_index(args: argparse.Namespace) -> int:
    return 0 if args.as_owner else 1


# ---- the central database, when there is one ----------------------------------------------


class _Central:
    """Pull before, push after, when a [central] url is configured (never the embedded
    database: the regular sync carries changes there). Unreachable: a note, not an error."""

    def __init__(self, ctx: AppContext) -> None:
        from .central_commands import central_settings_of

        self._ctx = ctx
        self.configured = central_settings_of(ctx).url is not None
        self.note: str | None = None

    def _run(self, fn: Callable[..., object]) -> object | None:
        if not self.configured:
            return None
        from .central_commands import build_central

        engine, sync = build_central(self._ctx, url=None, store_id=None)
        try:
            from pos_app.adapters.central.repository import SqlCentralStore
            from pos_app.adapters.sqlite.central_outbox import SqliteSyncOutbox

            return fn(SqliteSyncOutbox(self._ctx.db), SqlCentralStore(engine), sync.identity)
        except PosError as exc:  # unreachable, refused credentials, a bad [central]
            self.note = str(exc)
            return None
        finally:
            engine.dispose()

    def pull(self) -> None:
        from pos_app.services.staff_sync import pull_staff

        self._run(pull_staff)

    def push(self) -> str:
        from pos_app.services.staff_sync import StaffPublished, publish_staff

        if not self.configured:
            return "The store's other tills get it at their next sync."
        done = self._run(publish_staff)
        if isinstance(done, StaffPublished) and done.refused is None:
            return "Sent to the central database: the store's other tills get it at their " \
                   "next sync."
        why = done.refused if isinstance(done, StaffPublished) else self.note
        return (f"Not sent to the central database yet ({why}); the next sync sends it, "
                "and the store's other tills get it after theirs.")


# ---- actions ----------------------------------------------------------------------------


def _line(s: Staff, no_pin: set[str]) -> str:
    state = "active" if s.active else "deactivated"
    if s.id in no_pin:
        state += ", no PIN yet (staff pin)"
    return f"{s.name:<28} {s.role.value:<11} {state:<12} {s.id}"


def _list(args: argparse.Namespace, ctx: AppContext) -> int:
    from pos_app.adapters.sqlite.staff_repo import SqliteStaffRepository

    staff = staff_service(ctx)
    if _manager(ctx, staff, args, "list") is None:
        return _no_manager("list")
    people = staff.list_staff(include_inactive=args.all)
    no_pin = set(SqliteStaffRepository(ctx.db).without_pin())
    if args.json:
        json.dump([{"id": s.id, "name": s.name, "role": s.role.value, "active": s.active,
                    "has_pin": s.id not in no_pin, "version": s.version,
                    "active_version": s.active_version} for s in people],
                  sys.stdout, indent=2)
        sys.stdout.write("\n")
        return 0
    if not people:
        print("Nobody yet: add people with `pos-app staff add NAME --role ROLE`.")
    for s in people:
        print(_line(s, no_pin))
    return 0


def _add(args: argparse.Namespace, ctx: AppContext) -> int:
    from pos_app.services.staff import parse_role

    from .staff_auth import new_pin, reader

    staff = staff_service(ctx)
    role = parse_role(args.role)  # a bad role is refused before any PIN is asked
    central = _Central(ctx)
    by = _manager(ctx, staff, args, "add")
    if by is None:
        return _no_manager("add")
    central.pull()  # someone of that name added on another till is seen
    pin = new_pin(reader(args), _new_pin_index(args), args.name)
    person = staff.add_staff(args.name, role, pin, by=by)
    print(f"Added {person.name} ({person.role.value}), id {person.id}. "
          + central.push())
    return 0


def _pin(args: argparse.Namespace, ctx: AppContext) -> int:
    from .staff_auth import new_pin, reader, staff_member

    staff = staff_service(ctx)
    target = staff_member(staff, args.name)
    by = _manager(ctx, staff, args, "pin")
    index = _new_pin_index(args)
    if by is None:  # their own PIN: the current one authorises the new one
        from pos_app.services.staff import AttemptKind

        from .staff_auth import ENV_STAFF_PIN

        current = reader(args).read(0, ENV_STAFF_PIN, target.name)
        by = staff.check_pin(target.id, current, kind=AttemptKind.COMMAND_LINE).actor
        index = 1
    pin = new_pin(reader(args), index, target.name)
    staff.change_pin(target.id, pin, by=by)
    print(f"{target.name} has a new PIN. " + _Central(ctx).push())
    return 0


def _role(args: argparse.Namespace, ctx: AppContext) -> int:
    from pos_app.services.staff import parse_role

    from .staff_auth import staff_member

    staff = staff_service(ctx)
    target = staff_member(staff, args.name)
    role = parse_role(args.role)
    by = _manager(ctx, staff, args, "role")
    if by is None:
        return _no_manager("role")
    changed = staff.set_role(target.id, role, by=by)
    if changed.role is target.role:
        print(f"{target.name} is already a {role.value}.")
        return 0
    print(f"{target.name} is now a {changed.role.value} (was {target.role.value}). "
          + _Central(ctx).push())
    return 0


def _deactivate(args: argparse.Namespace, ctx: AppContext) -> int:
    staff = staff_service(ctx)
    target = staff.find_any(args.name)
    by = _manager(ctx, staff, args, "deactivate")
    if by is None:
        return _no_manager("deactivate")
    if not target.active:
        print(f"{target.name} is already deactivated.")
        return 0
    staff.deactivate(target.id, by=by)
    print(f"{target.name} is deactivated: refused at sign-in on this till now. "
          + _Central(ctx).push())
    return 0


def _reactivate(args: argparse.Namespace, ctx: AppContext) -> int:
    from .staff_auth import new_pin, reader

    staff = staff_service(ctx)
    target = staff.find_any(args.name)
    by = _manager(ctx, staff, args, "reactivate")
    if by is None:
        return _no_manager("reactivate")
    if target.active:
        raise InputError(f"{target.name} is active; `pos-app staff pin` sets a new PIN")
    pin = new_pin(reader(args), _new_pin_index(args), target.name)
    staff.reactivate(target.id, pin, by=by)
    print(f"{target.name} is back, with a new PIN. " + _Central(ctx).push())
    return 0


def _unlock(args: argparse.Namespace, ctx: AppContext) -> int:
    from pos_app.domain.permissions import REQUIRED, Action

    from .staff_auth import owner_actor, signed_in, staff_member

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
        return EX_USAGE
    before = staff.attempts(target.id)
    staff.unlock(target.id, by=by, how="command line")
    state = "was locked" if before.locked else f"had {before.failures} wrong PIN(s)" \
        if before.failures else "was not locked"
    print(f"{target.name} can sign in again ({state}).")
    return 0


_ACTIONS: dict[str, Callable[[argparse.Namespace, AppContext], int]] = {
    "list": _list, "add": _add, "pin": _pin, "role": _role, "deactivate": _deactivate,
    "reactivate": _reactivate, "unlock": _unlock}


@command("staff", "the store's people: list, add, pin, role, deactivate, reactivate, "
                  "unlock (a manager)", _configure)
def staff_command(args: argparse.Namespace) -> int:
    from .context import open_context

    ctx = open_context(data_dir=args.data_dir, config_path=args.config)
    try:
        return _ACTIONS[args.staff_action](args, ctx)
    finally:
        ctx.close()


# ---- the first run: the owner's account (`pos-app init`) -----------------------------------


def owner_args(p: argparse.ArgumentParser) -> None:
    from .staff_auth import ENV_NEW_PIN

    p.add_argument("--owner-name", default=None, metavar="NAME",
                   help="the owner's name: the store's first account (asked for at a "
                        "terminal; not needed when the store's people come from the central "
                        "database)")
    p.add_argument("--owner-pin-stdin", dest="pin_stdin", action="store_true",
                   help="read the owner's PIN from the first line of standard input "
                        f"(else {ENV_NEW_PIN}, or typed twice at a prompt)")


def read_owner(args: argparse.Namespace) -> tuple[str, str] | None:
    """The owner's name and PIN, checked, before the store is created; None when not
    given and nobody is at a terminal to ask (a script that adds people later)."""
    from pos_app.services.staff import check_pin_format

    from .staff_auth import new_pin, reader

    pins = reader(args)
    name = args.owner_name
    if name is None:
        if pins.use_stdin:
            raise InputError("--owner-pin-stdin needs --owner-name")
        if not pins.stdin.isatty():
            return None
        name = input("The owner's name (the store's first account): ")
    if not " ".join(name.split()):
        raise InputError("The owner's name is required")
    pin = new_pin(pins, 0, " ".join(name.split()))
    check_pin_format(pin)
    return name, pin


def init_owner(ctx: AppContext, owner: tuple[str, str] | None) -> None:
    """Create the owner's account in a new store, unless the store's people already
    come from its central database (a further till of the store)."""
    staff = staff_service(ctx)
    central = _Central(ctx)
    central.pull()
    people = staff.list_staff()
    if people:
        print(f"Staff: {len(people)} of the store's people pulled from the central "
              "database; they sign in here with their own PINs when this till has the "
              "store's PIN pepper (POS_APP_PIN_PEPPER or the keyring entry "
              "pos_app.pins/pepper of the first till).")
        return
    if owner is None:
        print("Staff: nobody yet. Add the owner with `pos-app staff add NAME --role owner "
              "--as-owner` (as the user who owns the data directory).")
        return
    person = staff.create_owner(owner[0], owner[1], how="init")
    print(f"Owner: {person.name} signs in with the PIN given. " + central.push())
