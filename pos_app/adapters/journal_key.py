"""The journal's MAC key: from the OS keyring, created there on first need.

Where the key of a terminal's journal comes from, first match wins:

1. `POS_APP_JOURNAL_KEY` (environment): 64 hex digits (32 bytes), or any text of at
   least 16 characters. For headless terminals and tests; it is this terminal's key.
2. `<data dir>/journal.key`, if it exists: a 0600 file written by step 4.
3. The OS keyring: service `pos_app.journal`, user = the terminal id. Created there (32
   random bytes, hex) the first time a record is appended.
4. No usable keyring (headless, demo machines without a secret service): the key is
   created in `<data dir>/journal.key`, mode 0600, and a warning says so. Tamper
   evidence against someone who can read the data directory is then gone; the central
   copy of the journal remains the reference (README, "The journal").

A verifier may hold several keys (a rotated key, an auditor checking other terminals'
chains at the central database): `verification_keys` returns every key it can find
for a terminal, by key id, and never creates one. Keys are never logged, stored in the
database or shown: only their key id (domain/journal.py `key_id_of`) is.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Mapping
from pathlib import Path

from pos_app.domain.errors import EnvironmentFault
from pos_app.domain.journal import key_id_of

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

ENV_KEY = "POS_APP_JOURNAL_KEY"
KEYRING_SERVICE = "pos_app.journal"
KEY_FILENAME = "journal.key"

KeyringGet = Callable[[str, str], str | None]
KeyringSet = Callable[[str, str, str], None]


class JournalKeyUnavailable(EnvironmentFault):
    """No key for the journal could be found or created (keyring and data dir both
    unusable, or a key is malformed)."""


_NoKeyring = NoKeyring  # the name the tests and callers know


def parse_key(text: str, *, source: str) -> bytes:
    """A key as configured: 64 hex digits are 32 bytes; other text of at least 16
    characters is used as its UTF-8 bytes."""
    return parse_secret(text, source=source, what="journal key", error=JournalKeyUnavailable)


_system_get = system_get
_system_set = system_set


class JournalKeys:
    """Finds (and on first need creates) journal keys. One per process by default
    (`default_keys`); the signing key is cached so the keyring is asked once."""

    def __init__(self, *, env: Mapping[str, str] | None = None,
                 keyring_get: KeyringGet | None = None,
                 keyring_set: KeyringSet | None = None) -> None:
        self._env = env
        self._get = keyring_get or _system_get
        self._set = keyring_set or _system_set
        self._cache: dict[tuple[str, str], bytes] = {}
        self._lock = threading.Lock()

    def _env_key(self) -> bytes | None:
        env = os.environ if self._env is None else self._env
        value = env.get(ENV_KEY)
        return parse_key(value, source=ENV_KEY) if value else None

    def signing_key(self, data_dir: Path, terminal_id: str) -> bytes:
        """The key new records of `terminal_id` in `data_dir` are MACed with."""
        env = self._env_key()
        if env is not None:
            return env
        cache_key = (str(data_dir), terminal_id)
        with self._lock:
            got = self._cache.get(cache_key)
            if got is None:
                got = self._find_or_create(Path(data_dir), terminal_id)
                self._cache[cache_key] = got
            return got

    def _find_or_create(self, data_dir: Path, terminal_id: str) -> bytes:
        path = data_dir / KEY_FILENAME
        if path.exists():
            return _read_key_file(path)
        try:
            stored = self._get(KEYRING_SERVICE, terminal_id)
            if stored:
                return parse_key(stored, source=f"the keyring ({KEYRING_SERVICE})")
            value = new_secret()
            self._set(KEYRING_SERVICE, terminal_id, value)
            log.info("journal key for terminal %s created in the keyring", terminal_id)
            return bytes.fromhex(value)
        except _NoKeyring as exc:
            log.warning("no usable keyring (%s): the journal key of terminal %s is kept in "
                        "%s (mode 0600)", exc, terminal_id, path)
            return _create_key_file(path)

    def verification_keys(self, data_dir: Path | None, terminal_id: str) -> dict[str, bytes]:
        """Every key at hand for `terminal_id`, by key id (none is created)."""
        found: list[bytes] = []
        env = self._env_key()
        if env is not None:
            found.append(env)
        if data_dir is not None and (Path(data_dir) / KEY_FILENAME).exists():
            found.append(_read_key_file(Path(data_dir) / KEY_FILENAME))
        try:
            stored = self._get(KEYRING_SERVICE, terminal_id)
        except _NoKeyring:
            stored = None
        if stored:
            found.append(parse_key(stored, source=f"the keyring ({KEYRING_SERVICE})"))
        return {key_id_of(k): k for k in found}


def _read_key_file(path: Path) -> bytes:
    return read_secret_file(path, what="journal key", error=JournalKeyUnavailable)


def _create_key_file(path: Path) -> bytes:
    return create_secret_file(path, what="journal key", error=JournalKeyUnavailable)


class _Default:
    keys: JournalKeys | None = None
    lock = threading.Lock()


def default_keys() -> JournalKeys:
    with _Default.lock:
        if _Default.keys is None:
            _Default.keys = JournalKeys()
        return _Default.keys


def set_default_keys(keys: JournalKeys | None) -> None:
    """Replace the process's key source (tests, tools); None restores the system one."""
    with _Default.lock:
        _Default.keys = keys
