"""Staff members and their PINs: adding people, checking a PIN, throttling guessers.

Only a PIN hash is ever stored (the `PinHasher` port; Argon2id of the PIN peppered
with a secret from the keyring, in `pos_app.adapters.pin_hasher`).

Every PIN typed anywhere (sign-in, a manager's approval, the back office, a command
line) goes through `StaffService.check_pin`:

- the person is chosen first (picked from a list, or named on a command line) and
  exactly one PIN hash is checked: never a scan over everyone's hashes;
- one throttle (`pos_app.domain.throttle`), kept in the database per person and
  terminal, so a restart forgets nothing and a sign-in by one person never clears
  another's count;
- one answer for a wrong PIN, an unknown or inactive person and a role that may not
  do what was asked (`WRONG_PIN`), so a refusal never says whose PIN it was;
- every refused PIN and every unlock is written to the audit log, with the terminal,
  the person tried and where it was typed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any, Protocol

from pos_app.domain.clock import Clock, IdGenerator, SystemClock
from pos_app.domain.errors import InputError, Message, NotFound, PermissionDenied, msg
from pos_app.domain.permissions import ROLE_WORD, Action, Actor, Role, authorize
from pos_app.domain.throttle import (
    CLEARED,
    LOCKED_MESSAGE,
    PinAttempts,
    ThrottlePolicy,
    wait_message,
)

PIN_MIN_DIGITS = 4
PIN_MAX_DIGITS = 8
MAX_NAME_LENGTH = 64
WRONG_PIN = "Wrong PIN or not allowed"
# Audit actions (the journal's names, domain/journal.py): every refused PIN, whatever
# the prompt (`kind` in the detail), and every change to a person or their lock.
PIN_REFUSED = "login_failed"
STAFF_CHANGE = "staff_change"
# The outbox topic of a person's changes, pushed to the central database.
STAFF_TOPIC = "staff"


@dataclass(frozen=True, slots=True)
class Staff:
    """A person of the store. One id everywhere (a UUIDv7 minted once, on the till
    where they were added), so their sales on every till are one person's.

    Two versions, merged apart (`merge_staff`): `version` for the profile (name, role,
    PIN) and `active_version` for whether they may sign in."""

    id: str
    name: str
    role: Role
    active: bool = True
    version: int = 1
    active_version: int = 1

    @property
    def actor(self) -> Actor:
        """This person as the domain's permission checks see them."""
        return Actor(self.id, self.role)


@dataclass(frozen=True, slots=True)
class Approval:
    """Who approves (chosen from a list) and the PIN they typed. Never printed."""

    staff_id: str
    pin: str = field(repr=False)


class AttemptKind(Enum):
    """Where a PIN was typed; recorded with every refused PIN."""

    SIGN_IN = "sign_in"
    APPROVAL = "approval"
    BACK_OFFICE = "back_office"
    COMMAND_LINE = "command_line"


class WrongPin(PermissionDenied):
    """The PIN was checked and refused (or the person may not do this). Says whether
    the chosen person must now wait, or is now locked."""

    def __init__(self, wait_seconds: int | None = None, locked: bool = False) -> None:
        then = LOCKED_MESSAGE if locked else wait_message(wait_seconds) if wait_seconds \
            else None
        super().__init__(msg("Wrong PIN or not allowed") if then is None else
                         msg("Wrong PIN or not allowed. {then}", then=then))
        self.wait_seconds = wait_seconds
        self.locked = locked


@dataclass(frozen=True, slots=True)
class StaffRecord:
    """A person as the store's tills and the central database exchange them: the PIN
    hash travels (never the PIN), only among the tills of the person's own store."""

    id: str
    name: str
    role: str
    pin_hash: str
    active: bool
    version: int
    active_version: int
    digest: str

    def to_dict(self) -> dict[str, object]:
        return {"id": self.id, "name": self.name, "role": self.role,
                "pin_hash": self.pin_hash, "active": self.active, "version": self.version,
                "active_version": self.active_version, "digest": self.digest}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> StaffRecord:
        try:
            record = cls(str(d["id"]), str(d["name"]), str(d["role"]),
                         str(d.get("pin_hash") or ""), bool(d["active"]), int(d["version"]),
                         int(d.get("active_version", 1)), str(d.get("digest") or ""))
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError(f"not a staff record: {type(exc).__name__}: {exc}") from exc
        if not record.id or record.version < 1 or record.active_version < 1:
            raise InputError("not a staff record: no id, or a version below 1")
        parse_role(record.role)
        return record


def staff_digest(name: str, role: str, pin_hash: str) -> str:
    """The profile's digest: breaks a tie between two equal versions, the same way on
    every till and at the central database."""
    return hashlib.sha256(json.dumps(
        {"name": name, "pin_hash": pin_hash, "role": role}, sort_keys=True,
        separators=(",", ":"), ensure_ascii=False).encode("utf-8")).hexdigest()


def newer_profile(a: StaffRecord, b: StaffRecord) -> bool:
    """Whether `a`'s name, role and PIN win over `b`'s: the higher version, then the
    higher digest. Never a clock."""
    return (a.version, a.digest) > (b.version, b.digest)


def newer_status(a: StaffRecord, b: StaffRecord) -> bool:
    """Whether `a`'s active flag wins over `b`'s: the higher version; at equal versions
    a deactivation wins (two tills that disagree about a leaver keep them out)."""
    return (a.active_version, not a.active) > (b.active_version, not b.active)


def merge_staff(a: StaffRecord, b: StaffRecord) -> StaffRecord:
    """The one merge of two versions of a person, wherever they meet (the SQL upserts in
    adapters/sqlite/staff_repo.py and adapters/central mirror it): the profile and the
    active flag each from whichever side is newer for it. Commutative and idempotent,
    so the tills and the central database converge whatever order changes arrive in."""
    profile = a if newer_profile(a, b) or (a.version, a.digest) == (b.version, b.digest) \
        else b
    status = a if not newer_status(b, a) else b
    return StaffRecord(a.id, profile.name, profile.role, profile.pin_hash or a.pin_hash
                       or b.pin_hash, status.active, profile.version,
                       status.active_version, profile.digest)


class PinHasher(Protocol):
    def hash(self, pin: str) -> str:
        """A salted, slow hash of the PIN, self-describing (parameters included)."""
        ...

    def verify(self, pin_hash: str, pin: str) -> bool:
        """Whether `pin` is the PIN `pin_hash` was made from; False for a damaged hash."""
        ...

    def needs_rehash(self, pin_hash: str) -> bool:
        """Whether a hash that just verified should be made again (an older format,
        no pepper, weaker parameters)."""
        ...


class StaffRepository(Protocol):
    def add(self, staff: Staff, pin_hash: str) -> None: ...

    def get(self, staff_id: str) -> Staff | None: ...

    def list_staff(self, *, include_inactive: bool = False) -> list[Staff]:
        """Staff ordered by name."""
        ...

    def pin_hash(self, staff_id: str) -> str | None: ...

    def without_pin(self) -> list[str]:
        """Ids of active people with no PIN hash here (head office added them without
        one, and no till has set one yet)."""
        ...

    def credential(self, staff_id: str) -> tuple[Staff, str] | None:
        """The person and their PIN hash, in one read."""
        ...

    def replace_pin_hash(self, staff_id: str, old: str, new: str) -> bool:
        """Swap a hash for a stronger one of the same PIN, if it is still `old`; not an
        edit of the person (no new version)."""
        ...

    def update(self, staff: Staff, *, pin_hash: str | None = None) -> Staff:
        """Store name/role/active (and a new PIN hash if given) over the row at
        `staff`'s versions (StaleVersion if it moved on): a new name, role or PIN raises
        `version`, a change of `active` raises `active_version`. Queues the change for
        the store's other tills in the same transaction. Returns the stored person."""
        ...


class ThrottleStore(Protocol):
    """Wrong-PIN counts per (terminal, person), kept where a restart cannot lose them."""

    def attempts(self, terminal_id: str, staff_id: str) -> PinAttempts: ...

    def update(self, terminal_id: str, staff_id: str,
               change: Callable[[PinAttempts], PinAttempts]) -> PinAttempts:
        """Apply `change` to the stored count in one write transaction and return the
        new count; an exception from `change` leaves it as it was."""
        ...

    def locked(self, terminal_id: str) -> list[str]:
        """Staff ids locked out at this terminal."""
        ...


class AuditSink(Protocol):
    def append(self, *, actor: str | None, action: str, subject: str | None,
               detail: str, approved_by: str | None) -> None: ...


class MemoryThrottleStore:
    """A throttle that lives as long as the process: for a service built without a
    database (tests of other rules, seeding). The terminal uses the SQLite one."""

    def __init__(self) -> None:
        self._rows: dict[tuple[str, str], PinAttempts] = {}

    def attempts(self, terminal_id: str, staff_id: str) -> PinAttempts:
        return self._rows.get((terminal_id, staff_id), CLEARED)

    def update(self, terminal_id: str, staff_id: str,
               change: Callable[[PinAttempts], PinAttempts]) -> PinAttempts:
        new = change(self.attempts(terminal_id, staff_id))
        self._rows[(terminal_id, staff_id)] = new
        return new

    def locked(self, terminal_id: str) -> list[str]:
        return [s for (t, s), a in self._rows.items() if t == terminal_id and a.locked]


def parse_role(text: str) -> Role:
    try:
        return Role(text.strip().lower())
    except ValueError:
        choices = ", ".join(r.value for r in Role)
        raise InputError(msg("Unknown role {text} (one of {choices})", text=f"'{text}'",
                             choices=choices)) from None


def is_pin_shaped(pin: str) -> bool:
    return pin.isascii() and pin.isdigit() and PIN_MIN_DIGITS <= len(pin) <= PIN_MAX_DIGITS


def check_pin_format(pin: str) -> None:
    if not is_pin_shaped(pin):
        raise InputError(msg("PIN must be {low} to {high} digits", low=PIN_MIN_DIGITS,
                             high=PIN_MAX_DIGITS))


class StaffService:
    """The people who may use the terminal, and the checks on who is at the keyboard."""

    def __init__(self, repo: StaffRepository, hasher: PinHasher, ids: IdGenerator, *,
                 clock: Clock | None = None, terminal_id: str = "T1",
                 throttle: ThrottleStore | None = None,
                 policy: ThrottlePolicy | None = None,
                 audit: AuditSink | None = None) -> None:
        self._repo = repo
        self._hasher = hasher
        self._ids = ids
        self._clock = clock or SystemClock()
        self.terminal_id = terminal_id
        self._throttle = throttle or MemoryThrottleStore()
        self.policy = policy or ThrottlePolicy()
        self._audit = audit

    @property
    def audit(self) -> AuditSink | None:
        """Where refused PINs and staff changes are recorded (also used by commands
        that run on the owner credential)."""
        return self._audit

    # ---- people -------------------------------------------------------------------------

    def add_staff(self, name: str, role: Role | str, pin: str, *,
                  by: Actor | None = None, staff_id: str | None = None) -> Staff:
        """`by` is the manager adding them; None only while a store is set up (demo
        seeding, the first owner), never from a screen or command. `staff_id` only for
        the demo store's people, who are the same people on every demo till."""
        clean = self._check_name(name)
        the_role = role if isinstance(role, Role) else parse_role(role)
        self._may_edit(by, the_role)
        check_pin_format(pin)
        staff = Staff(id=staff_id or self._ids.new_id(), name=clean, role=the_role)
        self._repo.add(staff, self._hasher.hash(pin))
        self._audit_edit(by, "add", staff, {"role": the_role.value})
        return staff

    def list_staff(self, *, include_inactive: bool = False) -> list[Staff]:
        return self._repo.list_staff(include_inactive=include_inactive)

    def without_pin(self) -> set[str]:
        """Who cannot sign in yet for want of a PIN (a manager sets one)."""
        return set(self._repo.without_pin())

    def get(self, staff_id: str) -> Staff:
        staff = self._repo.get(staff_id)
        if staff is None:
            raise NotFound(msg("No staff member with id {staff}", staff=staff_id))
        return staff

    def role_of(self, staff_id: str) -> Role | None:
        """The role of an active staff member; None for anyone else (shifts use this
        to refuse a made-up name)."""
        staff = self._repo.get(staff_id)
        return staff.role if staff is not None and staff.active else None

    def find(self, name_or_id: str) -> Staff:
        """An active staff member by id or by name (any case, spaces squeezed): how a
        command line names a person. Anything else, e.g. a made-up name, is refused."""
        wanted = " ".join(name_or_id.split()).casefold()
        people = self._repo.list_staff()
        for staff in people:
            if staff.id == name_or_id.strip():
                return staff
        named = [s for s in people if s.name.casefold() == wanted]
        if len(named) > 1:  # e.g. one person added on two tills before a sync
            raise InputError(msg("{n} active staff members are called {name}: name one by id "
                                 "({ids})", n=len(named), name=named[0].name,
                                 ids=", ".join(s.id for s in named)))
        if named:
            return named[0]
        raise NotFound(msg("No active staff member is called {name}; names are listed on the "
                           "sign-in screen", name=repr(name_or_id)))

    def create_owner(self, name: str, pin: str, *, how: str) -> Staff:
        """The store's first account, made while it is set up (`pos-app init`): only
        while nobody can sign in yet, so it can never be used to add a second owner."""
        if self._repo.list_staff():
            raise PermissionDenied(msg("This store already has staff; a manager adds people "
                                       "with `pos-app staff add`"))
        clean = self._check_name(name)
        check_pin_format(pin)
        staff = Staff(id=self._ids.new_id(), name=clean, role=Role.OWNER)
        self._repo.add(staff, self._hasher.hash(pin))
        if self._audit is not None:
            self._audit.append(actor=None, action=STAFF_CHANGE, subject=staff.id,
                               detail=_json({"change": "add", "name": staff.name,
                                             "role": Role.OWNER.value, "via": how}),
                               approved_by=None)
        return staff

    def change_pin(self, staff_id: str, new_pin: str, *, by: Actor | None = None) -> Staff:
        staff = self.get(staff_id)
        if by is None or by.staff_id != staff_id:  # one's own PIN needs nobody else
            self._may_edit(by, staff.role)
        if not staff.active:
            raise InputError(msg("{name} is deactivated: reactivate them with a new PIN",
                                 name=staff.name))
        check_pin_format(new_pin)
        changed = self._repo.update(staff, pin_hash=self._hasher.hash(new_pin))
        self._audit_edit(by, "pin", staff, {})
        return changed

    def set_role(self, staff_id: str, role: Role | str, *, by: Actor | None = None) -> Staff:
        """Give someone another role: a manager, for roles up to their own, and never
        the store's last manager's (or owner's) own down to below a manager."""
        staff = self.get(staff_id)
        the_role = role if isinstance(role, Role) else parse_role(role)
        self._may_edit(by, staff.role)
        self._may_edit(by, the_role)
        if not staff.active:
            raise InputError(msg("{name} is deactivated: reactivate them first",
                                 name=staff.name))
        if the_role is staff.role:
            return staff
        if the_role.rank < Role.MANAGER.rank:
            self._not_the_last_manager(staff, msg(
                "Cannot take the manager's role from {name}: they are the store's last "
                "manager. Add another manager first", name=staff.name))
        changed = self._repo.update(replace(staff, role=the_role))
        self._audit_edit(by, "role", staff, {"from": staff.role.value,
                                             "role": the_role.value})
        return changed

    def deactivate(self, staff_id: str, *, by: Actor | None = None) -> Staff:
        """Stop a leaver signing in, on this till at once and on the store's others at
        their next sync; their name stays on past sales."""
        staff = self.get(staff_id)
        self._may_edit(by, staff.role)
        if not staff.active:
            return staff
        self._not_the_last_manager(staff, msg(
            "Cannot deactivate {name}: they are the store's last manager. Add another manager "
            "first", name=staff.name))
        done = self._repo.update(replace(staff, active=False))
        self._audit_edit(by, "deactivate", staff, {})
        return done

    def reactivate(self, staff_id: str, new_pin: str, *, by: Actor | None = None) -> Staff:
        """Bring someone back, with a new PIN (only hashes are kept, so the old one
        cannot be shown, and a leaver's PIN may have been seen since)."""
        staff = self.get(staff_id)
        self._may_edit(by, staff.role)
        check_pin_format(new_pin)
        if not staff.active and any(
                s.name.casefold() == staff.name.casefold() for s in self._repo.list_staff()):
            raise InputError(msg("There is already an active staff member named {name}",
                                 name=staff.name))
        back = self._repo.update(replace(staff, active=True),
                                 pin_hash=self._hasher.hash(new_pin))
        self._audit_edit(by, "reactivate", staff, {})
        return back

    def find_any(self, name_or_id: str) -> Staff:
        """Anyone, active or not, by id or name (an active person first): how a command
        line names someone to reactivate or list."""
        wanted = " ".join(name_or_id.split()).casefold()
        matches = [s for s in self._repo.list_staff(include_inactive=True)
                   if s.id == name_or_id.strip() or s.name.casefold() == wanted]
        if not matches:
            raise NotFound(msg("No staff member is called {name}", name=repr(name_or_id)))
        return sorted(matches, key=lambda s: not s.active)[0]

    # ---- PINs -----------------------------------------------------------------------------

    def check_pin(self, staff_id: str | None, pin: str, *, kind: AttemptKind,
                  need: Role | None = None, by: str | None = None) -> Staff:
        """The chosen person, if `pin` is theirs and their role is at least `need`.

        Raises PinWait/PinLocked (nothing checked: wait, or a manager must unlock),
        WrongPin (one generic message, audited), or InputError for what cannot be a
        PIN at all (not counted: e.g. a barcode scanned into the field). `by` is who
        is signed in and asking (an approval), for the audit log."""
        if not staff_id:
            raise InputError(msg("Choose your name first, then type your PIN"))
        if not is_pin_shaped(pin):
            raise InputError(msg("A PIN is {low} to {high} digits", low=PIN_MIN_DIGITS,
                                 high=PIN_MAX_DIGITS))
        found = self._repo.credential(staff_id)
        staff, pin_hash = found if found is not None else (None, "")
        if staff is None or not staff.active or not pin_hash or (
                need is not None and staff.role.rank < need.rank):
            # Nothing to guess here: no hash is checked and nothing is counted, but a
            # stranger's id or an approver who may not approve is worth a line. (No
            # hash: someone head office added whose PIN no till has set yet.)
            why = "unknown" if staff is None else "inactive" if not staff.active \
                else "no_pin" if not pin_hash else "not_allowed"
            self._audit_failure(kind, staff_id, by, {"refused": why})
            raise WrongPin()
        now = self._clock.now()

        def charge(a: PinAttempts) -> PinAttempts:
            refusal = a.refusal(now)
            if refusal is not None:
                raise refusal
            return a.charge(now, self.policy)

        charged = self._throttle.update(self.terminal_id, staff_id, charge)
        if not self._hasher.verify(pin_hash, pin):
            wait = None if charged.wait_until is None else \
                int((charged.wait_until - now).total_seconds())
            detail: dict[str, object] = {"failures": charged.failures,
                                         "locked": charged.locked}
            if wait is not None:
                detail["wait_seconds"] = wait
            self._audit_failure(kind, staff_id, by, detail)
            raise WrongPin(wait, charged.locked)
        self._throttle.update(self.terminal_id, staff_id, lambda _a: CLEARED)
        if self._hasher.needs_rehash(pin_hash):
            self._repo.replace_pin_hash(staff_id, pin_hash, self._hasher.hash(pin))
        return staff

    def attempts(self, staff_id: str) -> PinAttempts:
        return self._throttle.attempts(self.terminal_id, staff_id)

    def locked_staff(self) -> list[Staff]:
        ids = set(self._throttle.locked(self.terminal_id))
        return [s for s in self._repo.list_staff() if s.id in ids]

    def unlock(self, staff_id: str, *, by: Actor, how: str = "") -> Staff:
        """A manager clears someone's wrong-PIN count (a lock, or a wait)."""
        authorize(Action.EDIT_STAFF, by, None)
        staff = self.get(staff_id)
        before = self._throttle.attempts(self.terminal_id, staff_id)
        self._throttle.update(self.terminal_id, staff_id, lambda _a: CLEARED)
        if self._audit is not None:
            self._audit.append(actor=by.staff_id, action=STAFF_CHANGE, subject=staff_id,
                               detail=_json({"change": "unlock",
                                             "terminal": self.terminal_id,
                                             "failures": before.failures,
                                             "was_locked": before.locked,
                                             **({"via": how} if how else {})}),
                               approved_by=None)
        return staff

    # ---- helpers --------------------------------------------------------------------------

    def _audit_failure(self, kind: AttemptKind, staff_id: str, by: str | None,
                       detail: dict[str, object]) -> None:
        if self._audit is None:
            return
        self._audit.append(actor=by, action=PIN_REFUSED, subject=staff_id,
                           detail=_json({"kind": kind.value, "terminal": self.terminal_id,
                                         **detail}),
                           approved_by=None)

    def _audit_edit(self, by: Actor | None, change: str, staff: Staff,
                    detail: dict[str, object]) -> None:
        if self._audit is not None and by is not None:
            self._audit.append(actor=by.staff_id, action=STAFF_CHANGE, subject=staff.id,
                               detail=_json({"change": change, "name": staff.name,
                                             **detail}),
                               approved_by=None)

    def _not_the_last_manager(self, staff: Staff, refusal: Message) -> None:
        if staff.role.rank < Role.MANAGER.rank:
            return
        others = [s for s in self._repo.list_staff()
                  if s.id != staff.id and s.role.rank >= Role.MANAGER.rank]
        if not others:
            raise InputError(refusal)

    @staticmethod
    def _may_edit(by: Actor | None, role: Role) -> None:
        if by is None:
            return
        authorize(Action.EDIT_STAFF, by, None)
        if role.rank > by.role.rank:
            raise PermissionDenied(msg("A {by} cannot give or change the role {role}",
                                       by=ROLE_WORD[by.role], role=ROLE_WORD[role]))

    def _check_name(self, name: str) -> str:
        clean = " ".join(name.split())
        if not clean:
            raise InputError(msg("Staff name is required"))
        if len(clean) > MAX_NAME_LENGTH:
            raise InputError(msg("Staff name is longer than {n} characters",
                                 n=MAX_NAME_LENGTH))
        if not clean.isprintable():
            raise InputError(msg("Staff name contains control characters"))
        if any(s.name.casefold() == clean.casefold() for s in self._repo.list_staff()):
            raise InputError(msg("There is already an active staff member named {name}",
                                 name=clean))
        return clean


def _json(detail: dict[str, object]) -> str:
    return json.dumps(detail, sort_keys=True, separators=(",", ":"))
