"""Argon2id PIN hashing (argon2-cffi), the adapter behind `services.staff.PinHasher`."""

from __future__ import annotations

import logging

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

log = logging.getLogger(__name__)


class Argon2PinHasher:
    """Hashes PINs with Argon2id. Leave the costs at None for argon2-cffi's defaults.

    The defaults follow RFC 9106's recommendation and are what a terminal should use:
    a 4-digit PIN has only 10,000 values, so the cost per guess is the protection if
    the database file is copied. Tests pass tiny costs to stay fast.
    """

    def __init__(self, *, time_cost: int | None = None, memory_cost: int | None = None,
                 parallelism: int | None = None) -> None:
        defaults = PasswordHasher()
        self._hasher = PasswordHasher(
            time_cost=defaults.time_cost if time_cost is None else time_cost,
            memory_cost=defaults.memory_cost if memory_cost is None else memory_cost,
            parallelism=defaults.parallelism if parallelism is None else parallelism,
        )

    def hash(self, pin: str) -> str:
        return self._hasher.hash(pin)

    def verify(self, pin_hash: str, pin: str) -> bool:
        try:
            return self._hasher.verify(pin_hash, pin)
        except VerifyMismatchError:
            return False
        except (InvalidHashError, VerificationError):
            # A damaged or foreign hash in the database: nobody can sign in with it,
            # which is the safe outcome, but someone should know.
            log.warning("a stored PIN hash could not be checked", exc_info=True)
            return False
