"""Who runs a command that moves money or changes staff: a staff member and their PIN,
or the owner credential.

`--staff NAME` must name a real active staff member (by name or id); their PIN is
checked by the staff service, with the same throttle and audit as the counter. The
PIN comes, first match wins, from:

1. `--pin-stdin`: the first line of standard input (an approver's PIN, if one is
   needed, on the second line), for scripts;
2. `POS_APP_STAFF_PIN` (and `POS_APP_APPROVER_PIN`) in the environment;
3. a prompt on the terminal (getpass: not echoed), when standard input is a TTY.

`--as-owner` skips the PIN for the OS user who owns the data directory (POSIX only):
that user can read and write the database file directly anyway, so it grants nothing
they do not already have, and it is written to the audit log as `os:<user>`.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TextIO

from pos_app.domain.errors import InputError, PermissionDenied, PosError
from pos_app.domain.permissions import Actor, Role
from pos_app.services.staff import AttemptKind, Staff, StaffService

if TYPE_CHECKING:
    from .context import AppContext  # heavy (the database): the CLI's --help never loads it

ENV_STAFF_PIN = "POS_APP_STAFF_PIN"
ENV_APPROVER_PIN = "POS_APP_APPROVER_PIN"
ENV_NEW_PIN = "POS_APP_NEW_PIN"  # a new PIN for `staff add|pin|reactivate` and `init`


def add_credential_args(p: argparse.ArgumentParser, *, staff_help: str,
                        staff_required: bool = True, approver: bool = False) -> None:
    p.add_argument("--staff", required=staff_required, metavar="NAME",
                   help=f"{staff_help} (a staff member's name or id; their PIN is asked "
                        f"for, or read from --pin-stdin or {ENV_STAFF_PIN})")
    if approver:
        p.add_argument("--approver", metavar="NAME", default=None,
                       help="who approves an amount above --staff's limit (their PIN: "
                            f"the second line of --pin-stdin, {ENV_APPROVER_PIN}, or a "
                            "prompt)")
    p.add_argument("--pin-stdin", action="store_true",
                   help="read the PIN (and an approver's, on a second line) from "
                        "standard input")
    p.add_argument("--as-owner", action="store_true",
                   help="no PIN: allowed only to the OS user who owns the data directory")


@dataclass
class PinReader:
    """Reads each PIN once, from stdin lines, the environment or a prompt."""

    use_stdin: bool
    stdin: TextIO = field(default_factory=lambda: sys.stdin)
    env: dict[str, str] = field(default_factory=lambda: dict(os.environ))
    prompt: Callable[[str], str] | None = None  # None: getpass, not echoed
    _lines: list[str] | None = None

    def read(self, index: int, env_name: str, who: str) -> str:
        if self.use_stdin:
            if self._lines is None:
                self._lines = [ln.strip() for ln in self.stdin.read().splitlines()]
            if index < len(self._lines) and self._lines[index]:
                return self._lines[index]
            raise InputError(f"--pin-stdin: no PIN for {who} on line {index + 1} of "
                             "standard input")
        if self.env.get(env_name):
            return self.env[env_name].strip()
        if self.stdin.isatty():
            return (self.prompt or getpass.getpass)(f"PIN for {who}: ").strip()
        raise InputError(f"A PIN is needed for {who}: type it at the prompt, pass it with "
                         f"--pin-stdin, or set {env_name}")


def owner_actor(ctx: AppContext, staff: StaffService, command: str) -> Actor:
    """The owner credential: the OS user who owns the data directory, audited."""
    geteuid = getattr(os, "geteuid", None)
    data_dir = ctx.settings.data_dir
    if geteuid is None:
        raise PermissionDenied("--as-owner works only on Linux and macOS; use --staff")
    if data_dir.stat().st_uid != geteuid():
        raise PermissionDenied(f"--as-owner: only the OS user who owns {data_dir} may run "
                               "without a PIN; use --staff NAME and a PIN")
    user = getpass.getuser()
    actor = Actor(f"os:{user}", Role.OWNER)
    audit = staff.audit
    if audit is not None:
        audit.append(actor=actor.staff_id, action="owner_credential", subject=command,
                     detail=json.dumps({"terminal": staff.terminal_id, "os_user": user}),
                     approved_by=None)
    return actor


def staff_member(staff: StaffService, name: str) -> Staff:
    """A real active staff member, or InputError (a made-up name is refused)."""
    return staff.find(name)


def signed_in(ctx: AppContext, staff: StaffService, args: argparse.Namespace,
              command: str, *, need: Role | None = None) -> tuple[Staff, Actor]:
    """The person `--staff` names, with their PIN checked (or the owner credential);
    returns them and who authorises (themselves, or the owner)."""
    person = staff_member(staff, args.staff)
    if args.as_owner:
        return person, owner_actor(ctx, staff, command)
    pin = reader(args).read(0, ENV_STAFF_PIN, person.name)
    checked = staff.check_pin(person.id, pin, kind=AttemptKind.COMMAND_LINE, need=need)
    return checked, checked.actor


def manager_or_owner(ctx: AppContext, staff: StaffService, args: argparse.Namespace,
                     command: str, *, need: Role, refusal: PosError) -> Actor:
    """Who authorises a store-wide command: the owner credential (`--as-owner`) or the
    person `--staff` names, with their PIN and at least `need`; `refusal` is raised
    when neither is given."""
    if args.as_owner:
        return owner_actor(ctx, staff, command)
    if args.staff:
        return signed_in(ctx, staff, args, command, need=need)[1]
    raise refusal


def approver(staff: StaffService, args: argparse.Namespace, need: Role) -> Actor | None:
    """`--approver`'s PIN checked for a role of at least `need`; None without one."""
    name = getattr(args, "approver", None)
    if not name:
        return None
    person = staff_member(staff, name)
    pin = reader(args).read(1 if args.pin_stdin else 0, ENV_APPROVER_PIN, person.name)
    return staff.check_pin(person.id, pin, kind=AttemptKind.COMMAND_LINE, need=need).actor


def reader(args: argparse.Namespace) -> PinReader:
    # One reader per command run: stdin is read once, both PINs come from it.
    existing = getattr(args, "_pin_reader", None)
    if isinstance(existing, PinReader):
        return existing
    created = PinReader(use_stdin=bool(args.pin_stdin))
    args._pin_reader = created
    return created


def new_pin(pins: PinReader, index: int, who: str) -> str:
    """A new PIN for `who`: line `index` of standard input (--pin-stdin), or
    POS_APP_NEW_PIN, or typed twice at a prompt (not echoed). Its format is checked by
    the staff service."""
    if pins.use_stdin or pins.env.get(ENV_NEW_PIN) or not pins.stdin.isatty():
        return pins.read(index, ENV_NEW_PIN, f"{who} (the new PIN)")
    ask = pins.prompt or getpass.getpass
    first = ask(f"New PIN for {who}: ").strip()
    if ask("The same PIN again: ").strip() != first:
        raise InputError("The two PINs typed are not the same; nothing was changed")
    return first
