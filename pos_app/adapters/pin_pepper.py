"""The PIN pepper: a secret mixed into every PIN hash, kept outside the database.

Where it comes from, first match wins (the same order as the journal key):

1. `POS_APP_PIN_PEPPER` (environment): 64 hex digits (32 bytes), or any text of at
   least 16 characters. For headless terminals, demo machines and tests.
2. `<data dir>/pin.pepper`, if it exists: a 0600 file written by step 4.
3. The OS keyring: service `pos_app.pins`, user `pepper`. Created there (32 random
   bytes, hex) the first time a PIN is hashed or a peppered hash is checked.
4. No usable keyring (headless, no secret service): created in `<data dir>/pin.pepper`,
   mode 0600, with a warning. A copy of the data directory then carries the pepper
   with it, so the pepper no longer protects a copied database.

Losing the pepper (a wiped keyring, a data directory moved to another machine
without it) means no PIN can be checked and everyone needs a new PIN. Back it up with
`keyring get pos_app.pins pepper`. It is never logged, stored in the database or
shown.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping
from pathlib import Path

from pos_app.domain.errors import EnvironmentFault

from .local_secret import (
    NoKeyring,
    create_secret_file,
    new_secret,
    parse_secret,
    read_secret_file,
    system_get,
    system_set,
)

log = logging.getLogger(__name__)

ENV_PEPPER = "POS_APP_PIN_PEPPER"
KEYRING_SERVICE = "pos_app.pins"
KEYRING_USER = "pepper"
PEPPER_FILENAME = "pin.pepper"

KeyringGet = Callable[[str, str], str | None]
KeyringSet = Callable[[str, str, str], None]


class PepperUnavailable(EnvironmentFault):
    """No PIN pepper could be found or created, or the one configured is malformed."""


_NoKeyring = NoKeyring  # the name the tests and callers know


def parse_pepper(text: str, *, source: str) -> bytes:
    return parse_secret(text, source=source, what="PIN pepper", error=PepperUnavailable)


_system_get = system_get
_system_set = system_set


class PinPepper:
    """Callable: returns the pepper (finding or creating it); for `Argon2PinHasher`."""

    def __init__(self, data_dir: Path, *, env: Mapping[str, str] | None = None,
                 keyring_get: KeyringGet | None = None,
                 keyring_set: KeyringSet | None = None) -> None:
        self._data_dir = Path(data_dir)
        self._env = env
        self._get = keyring_get or _system_get
        self._set = keyring_set or _system_set

    def __call__(self) -> bytes:
        env = os.environ if self._env is None else self._env
        value = env.get(ENV_PEPPER)
        if value:
            return parse_pepper(value, source=ENV_PEPPER)
        path = self._data_dir / PEPPER_FILENAME
        if path.exists():
            return _read_file(path)
        try:
            stored = self._get(KEYRING_SERVICE, KEYRING_USER)
            if stored:
                return parse_pepper(stored, source=f"the keyring ({KEYRING_SERVICE})")
            new = new_secret()
            self._set(KEYRING_SERVICE, KEYRING_USER, new)
            # A keyring that accepts and forgets (a null backend) would lose every PIN.
            if self._get(KEYRING_SERVICE, KEYRING_USER) != new:
                raise _NoKeyring("the keyring did not keep the pepper")
            log.info("PIN pepper created in the keyring (%s)", KEYRING_SERVICE)
            return bytes.fromhex(new)
        except _NoKeyring as exc:
            log.warning("no usable keyring (%s): the PIN pepper is kept in %s (mode 0600)",
                        exc, path)
            return _create_file(path)


def _read_file(path: Path) -> bytes:
    return read_secret_file(path, what="PIN pepper", error=PepperUnavailable)


def _create_file(path: Path) -> bytes:
    return create_secret_file(path, what="PIN pepper", error=PepperUnavailable)
