"""Argon2id PIN hashing (argon2-cffi), the adapter behind `services.staff.PinHasher`.

With a pepper (a secret kept outside the database, see `pin_pepper.py`), the PIN is
first HMAC-SHA256'd with it and the hex digest is what Argon2id hashes; such hashes are
stored as `PEPPERED_PREFIX` + the Argon2 hash. A copied database alone then does not
let anyone try the 10,000 four-digit PINs offline: without the pepper no guess can be
checked. Hashes from before the pepper keep working and are made again, peppered, at
their owner's next right PIN (`needs_rehash`).
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from collections.abc import Callable

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

log = logging.getLogger(__name__)

PEPPERED_PREFIX = "pep1:"


class Argon2PinHasher:
    """Hashes PINs with Argon2id. Leave the costs at None for argon2-cffi's defaults.

    The defaults follow RFC 9106's recommendation and are what a terminal should use:
    a 4-digit PIN has only 10,000 values, so the cost per guess is the protection if
    the database file is copied. Tests pass tiny costs to stay fast.

    `pepper` is called when a pepper is first needed (it may create one); None hashes
    without a pepper (tests of other rules).
    """

    def __init__(self, *, time_cost: int | None = None, memory_cost: int | None = None,
                 parallelism: int | None = None,
                 pepper: Callable[[], bytes] | None = None) -> None:
        defaults = PasswordHasher()
        self._hasher = PasswordHasher(
            time_cost=defaults.time_cost if time_cost is None else time_cost,
            memory_cost=defaults.memory_cost if memory_cost is None else memory_cost,
            parallelism=defaults.parallelism if parallelism is None else parallelism,
        )
        self._pepper_source = pepper
        self._pepper: bytes | None = None

    def _peppered(self, pin: str) -> str:
        if self._pepper is None:
            assert self._pepper_source is not None
            self._pepper = self._pepper_source()
        return hmac.new(self._pepper, pin.encode("utf-8"), hashlib.sha256).hexdigest()

    def hash(self, pin: str) -> str:
        if self._pepper_source is None:
            return self._hasher.hash(pin)
        return PEPPERED_PREFIX + self._hasher.hash(self._peppered(pin))

    def verify(self, pin_hash: str, pin: str) -> bool:
        try:
            if pin_hash.startswith(PEPPERED_PREFIX):
                if self._pepper_source is None:
                    log.warning("a peppered PIN hash cannot be checked: no pepper is set up")
                    return False
                return self._hasher.verify(pin_hash.removeprefix(PEPPERED_PREFIX),
                                           self._peppered(pin))
            return self._hasher.verify(pin_hash, pin)
        except VerifyMismatchError:
            return False
        except (InvalidHashError, VerificationError):
            # A damaged or foreign hash in the database: nobody can sign in with it,
            # which is the safe outcome, but someone should know.
            log.warning("a stored PIN hash could not be checked", exc_info=True)
            return False

    def needs_rehash(self, pin_hash: str) -> bool:
        """A hash from before the pepper. (Not a change of costs: a hasher with lower
        costs, e.g. a test's, must never weaken a stored hash.)"""
        return self._pepper_source is not None and not pin_hash.startswith(PEPPERED_PREFIX)
