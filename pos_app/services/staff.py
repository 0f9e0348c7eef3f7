"""Staff members and their PINs: adding people, signing in by PIN, re-checking a PIN.

Only a PIN hash is ever stored (the `PinHasher` port; Argon2id in
`pos_app.adapters.pin_hasher`). Signing in by PIN alone means PINs must be unique
among active staff, so a new or changed PIN is checked against everyone's hash.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from pos_app.domain.clock import IdGenerator
from pos_app.domain.errors import InputError, NotFound, PermissionDenied
from pos_app.domain.permissions import Actor, Role

PIN_MIN_DIGITS = 4
PIN_MAX_DIGITS = 8
MAX_NAME_LENGTH = 64


@dataclass(frozen=True, slots=True)
class Staff:
    id: str
    name: str
    role: Role
    active: bool = True
    version: int = 1

    @property
    def actor(self) -> Actor:
        """This person as the domain's permission checks see them."""
        return Actor(self.id, self.role)


class PinHasher(Protocol):
    def hash(self, pin: str) -> str:
        """A salted, slow hash of the PIN, self-describing (parameters included)."""
        ...

    def verify(self, pin_hash: str, pin: str) -> bool:
        """Whether `pin` is the PIN `pin_hash` was made from; False for a damaged hash."""
        ...


class StaffRepository(Protocol):
    def add(self, staff: Staff, pin_hash: str) -> None: ...

    def get(self, staff_id: str) -> Staff | None: ...

    def list_staff(self, *, include_inactive: bool = False) -> list[Staff]:
        """Staff ordered by name."""
        ...

    def credentials(self) -> list[tuple[Staff, str]]:
        """Every active staff member with their PIN hash, ordered by name."""
        ...

    def pin_hash(self, staff_id: str) -> str | None: ...

    def update(self, staff: Staff, *, pin_hash: str | None = None) -> Staff:
        """Store name/role/active (and a new PIN hash if given); returns the new version."""
        ...


def parse_role(text: str) -> Role:
    try:
        return Role(text.strip().lower())
    except ValueError:
        choices = ", ".join(r.value for r in Role)
        raise InputError(f"Unknown role '{text}' (one of {choices})") from None


def check_pin_format(pin: str) -> None:
    if not (pin.isascii() and pin.isdigit() and PIN_MIN_DIGITS <= len(pin) <= PIN_MAX_DIGITS):
        raise InputError(f"PIN must be {PIN_MIN_DIGITS} to {PIN_MAX_DIGITS} digits")


class StaffService:
    """The people who may use the terminal, and the checks on who is at the keyboard."""

    def __init__(self, repo: StaffRepository, hasher: PinHasher, ids: IdGenerator) -> None:
        self._repo = repo
        self._hasher = hasher
        self._ids = ids

    def add_staff(self, name: str, role: Role | str, pin: str) -> Staff:
        clean = self._check_name(name)
        the_role = role if isinstance(role, Role) else parse_role(role)
        check_pin_format(pin)
        self._check_pin_unused(pin, except_id=None)
        staff = Staff(id=self._ids.new_id(), name=clean, role=the_role)
        self._repo.add(staff, self._hasher.hash(pin))
        return staff

    def list_staff(self, *, include_inactive: bool = False) -> list[Staff]:
        return self._repo.list_staff(include_inactive=include_inactive)

    def get(self, staff_id: str) -> Staff:
        staff = self._repo.get(staff_id)
        if staff is None:
            raise NotFound(f"No staff member with id {staff_id}")
        return staff

    def authenticate(self, pin: str) -> Staff:
        """The active staff member with this PIN, or PermissionDenied."""
        if pin.isascii() and pin.isdigit() and PIN_MIN_DIGITS <= len(pin) <= PIN_MAX_DIGITS:
            for staff, pin_hash in self._repo.credentials():
                if self._hasher.verify(pin_hash, pin):
                    return staff
        raise PermissionDenied("PIN not recognised; check it and try again")

    def verify(self, staff_id: str, pin: str) -> Staff:
        """Re-check that `pin` is this staff member's PIN (approvals, unlocking)."""
        staff = self.get(staff_id)
        if not staff.active:
            raise PermissionDenied(f"{staff.name} is no longer an active staff member")
        pin_hash = self._repo.pin_hash(staff_id)
        if pin_hash is None or not self._hasher.verify(pin_hash, pin):
            raise PermissionDenied(f"Wrong PIN for {staff.name}")
        return staff

    def change_pin(self, staff_id: str, new_pin: str) -> Staff:
        staff = self.get(staff_id)
        check_pin_format(new_pin)
        self._check_pin_unused(new_pin, except_id=staff_id)
        return self._repo.update(staff, pin_hash=self._hasher.hash(new_pin))

    def deactivate(self, staff_id: str) -> Staff:
        """Stop a leaver signing in; their name stays on past sales."""
        staff = self.get(staff_id)
        if not staff.active:
            return staff
        return self._repo.update(Staff(staff.id, staff.name, staff.role, False, staff.version))

    def reactivate(self, staff_id: str, new_pin: str) -> Staff:
        """Bring someone back. Their old PIN may have gone to someone else meanwhile,
        and only its hash is kept, so they come back with a new PIN."""
        staff = self.get(staff_id)
        check_pin_format(new_pin)
        self._check_pin_unused(new_pin, except_id=staff_id)
        return self._repo.update(Staff(staff.id, staff.name, staff.role, True, staff.version),
                                 pin_hash=self._hasher.hash(new_pin))

    def _check_name(self, name: str) -> str:
        clean = " ".join(name.split())
        if not clean:
            raise InputError("Staff name is required")
        if len(clean) > MAX_NAME_LENGTH:
            raise InputError(f"Staff name is longer than {MAX_NAME_LENGTH} characters")
        if not clean.isprintable():
            raise InputError("Staff name contains control characters")
        if any(s.name.casefold() == clean.casefold() for s in self._repo.list_staff()):
            raise InputError(f"There is already an active staff member named {clean}")
        return clean

    def _check_pin_unused(self, pin: str, *, except_id: str | None) -> None:
        # Sign-in is by PIN alone, so two active people with one PIN would be ambiguous.
        # The message does not say whose PIN it is.
        for staff, pin_hash in self._repo.credentials():
            if staff.id != except_id and self._hasher.verify(pin_hash, pin):
                raise InputError("That PIN is already in use; choose a different PIN")
