"""The exception tree of the whole application, split by who is to blame.

    PosError
    ├── InputError            the person at the counter gave something we cannot use
    │   ├── BarcodeError       malformed barcode (bad length, characters or check digit)
    │   ├── NotFound           no product / sale / shift with that key
    │   ├── QuantityError      zero, negative or absurd quantity
    │   ├── DiscountError      over 100 %, more than the line, negative
    │   ├── TenderError        wrong tender for the state of the sale
    │   ├── ReturnError        returning more than was sold, or what cannot be returned
    │   └── PermissionDenied   the role may not do that without approval
    │       ├── ApprovalNeeded     ...that a higher role's approval would allow
    │       └── SignedOut          the signed-in person was deactivated since: signed out
    ├── StateError            the command does not fit the object's state
    │   ├── StaleVersion        expected version is not the current one
    │   └── SaleClosed          the sale is completed, voided or held
    ├── ConfigError           the config file is unreadable or invalid
    └── EnvironmentFault      not our bug, not the user's: the machine
        ├── StorageUnavailable  read-only or missing data directory, locked database
        │   ├── StorageCorrupt      the database file is damaged (malformed, truncated)
        │   ├── DataDirRefused      no store here, or not the store that was here
        │   └── TerminalBusy        another process has this data directory open
        ├── DatabaseBusy        the local database stayed locked too long: try again
        ├── DiskFull            the disk (or quota) is full
        └── Offline             a remote service cannot be reached

Anything else that escapes is a bug and is logged with its traceback.

A message a person may read is raised as a template and its values,
``QuantityError(msg("Quantity {q} is more than the limit of {limit}", q=q, limit=9999))``:
``str(exc)`` is the English text (logs, the command line), and the screens translate the
template (context "Errors", collected by tools/error_templates.py for `make
translations`) and write the values as the store's locale does: a `Money` as money, an
int or Decimal as a number, a nested `Message` translated in turn, a tuple as its items
joined by ", ", a str as it is (so a receipt number or a code that must not be grouped is
passed as a str).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType


class Message:
    """An English template with named {placeholders} and the values that fill them."""

    __slots__ = ("template", "values")

    def __init__(self, template: str, values: Mapping[str, object]) -> None:
        self.template = template
        self.values: Mapping[str, object] = MappingProxyType(dict(values))

    def __str__(self) -> str:
        return self.template.format_map({k: _english(v) for k, v in self.values.items()})

    def __repr__(self) -> str:
        return f"msg({self.template!r}, {', '.join(f'{k}={v!r}' for k, v in self.values.items())})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and (self.template, dict(self.values)) == \
            (other.template, dict(other.values))

    def __hash__(self) -> int:
        return hash(self.template)


def _english(value: object) -> str:
    if isinstance(value, tuple | list):
        return ", ".join(_english(v) for v in value)
    return str(value)


def msg(template: str, /, **values: object) -> Message:
    """A message to raise or show: `template` must be a literal (the translation tools
    read it from the code) with a {name} for each value."""
    return Message(template, values)


def said(exc: BaseException) -> Message | str:
    """What `exc` says, as a value of another message: its Message when it has one (a
    PosError's `message`, or any exception raised with a Message), so the screens
    translate it inside the message that quotes it."""
    message = getattr(exc, "message", None)
    if isinstance(message, Message):
        return message
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, Message) else str(exc)


class PosError(Exception):
    """Base of every error the application raises on purpose.

    Raised with a `Message` (see `msg`), the error keeps it as `message` for the screens
    and carries its English text as its argument; raised with a str, `message` is None
    and the text is shown as it is."""

    message: Message | None

    def __init__(self, *args: object) -> None:
        first = args[0] if args else None
        self.message = first if isinstance(first, Message) else None
        if self.message is not None:
            args = (str(self.message), *args[1:])
        super().__init__(*args)


class InputError(PosError):
    """The input cannot be used; nothing was changed."""


class BarcodeError(InputError):
    """A scanned or typed code is not a valid barcode."""


class NotFound(InputError):
    """No record with that key exists."""


class QuantityError(InputError):
    """A quantity is zero, negative where it may not be, or absurd."""


class DiscountError(InputError):
    """A discount is negative, over 100 % or larger than what it discounts."""


class TenderError(InputError):
    """A tender does not fit the sale."""


class ReturnError(InputError):
    """A return asks for more than can be returned."""


class PermissionDenied(InputError):
    """The acting staff member's role may not do this without approval."""


class ApprovalNeeded(PermissionDenied):
    """The role may do this only with a manager's (or a higher role's) approval: the
    screens offer the approval PIN pad for it, whatever language the message is in."""


class SignedOut(PermissionDenied):
    """The person signed in at the counter may no longer use the till (deactivated or
    removed since they signed in): they are signed out and the command is refused; the
    screens go back to sign-in."""

    def __init__(self, message: str | Message, name: str) -> None:
        super().__init__(message)
        self.name = name


class RoleChanged(PermissionDenied):
    """A command judged with a role the person no longer has (promoted or demoted since
    they signed in): its commit is refused, nothing written; the counter takes the new
    role and runs the command again (SaleSession.execute `role_as_stored`)."""

    def __init__(self, message: str | Message, role: str) -> None:
        super().__init__(message)
        self.role = role


class StateError(PosError):
    """The command does not fit the current state of the object."""


class StaleVersion(StateError):
    """The command was built against a version that is no longer current."""

    def __init__(self, expected: int, actual: int) -> None:
        super().__init__(msg("expected version {expected}, but the sale is at version {actual}",
                             expected=str(expected), actual=str(actual)))
        self.expected = expected
        self.actual = actual


class SaleClosed(StateError):
    """The sale no longer accepts this command."""


class ConfigError(PosError):
    """The configuration cannot be read or is invalid."""


class EnvironmentFault(PosError):
    """The machine, not the user or the code, is at fault."""


class StorageUnavailable(EnvironmentFault):
    """The local database cannot be opened or written."""


class StorageCorrupt(StorageUnavailable):
    """The database file is damaged: SQLite reports it malformed, truncated or not a
    database. It is opened read-only from then on; nothing writes into it."""


class DataDirRefused(StorageUnavailable):
    """The data directory holds no store, or not the one its identity says was here
    (missing, empty or foreign database, receipt numbers behind those issued)."""


class TerminalBusy(StorageUnavailable):
    """Another process (a second window, a writing command) has the data directory."""

    def __init__(self, message: str | Message, pid: int | None = None) -> None:
        super().__init__(message)
        self.pid = pid


class DatabaseBusy(EnvironmentFault):
    """The local database stayed locked (by this till's own work or another process)
    for longer than a command may wait. Nothing was changed; the same command can be
    tried again in a moment."""

    def __init__(self, message: str | Message | None = None) -> None:
        super().__init__(msg("The till's database is busy; try again in a moment")
                         if message is None else message)


class DiskFull(EnvironmentFault):
    """The disk holding the local database is full."""


class Offline(EnvironmentFault):
    """A remote service cannot be reached."""
