"""The key backups are encrypted with: from the environment or the OS keyring.

Where it comes from, first match wins:

1. `POS_APP_BACKUP_KEY` (environment): exactly 64 hex digits (a 256-bit AES key).
2. `<data dir>/backup.key`, if it exists: a 0600 file written by step 4.
3. The OS keyring: service `pos_app.backup`, user = the store id. Created there (32
   random bytes, hex) the first time a backup is made.
4. No usable keyring (headless machines): created in `<data dir>/backup.key`, mode
   0600, with a warning. A backup is then only as private as the data directory.

A dead disk takes the keyring (and the data directory) with it: write the key down
with `pos-app backup --show-key` (owner or manager) and keep it apart from the
backups; `pos-app restore FILE --key-stdin` takes it back. The key is never logged or
stored in the database; only its key id (backup_crypto.key_id) is shown.
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
    read_secret_file,
    system_get,
    system_set,
)

log = logging.getLogger(__name__)

ENV_KEY = "POS_APP_BACKUP_KEY"
KEYRING_SERVICE = "pos_app.backup"
KEY_FILENAME = "backup.key"

KeyringGet = Callable[[str, str], str | None]
KeyringSet = Callable[[str, str, str], None]


class BackupKeyUnavailable(EnvironmentFault):
    """No backup key could be found or created, or the one given is malformed."""


def parse_backup_key(text: str, *, source: str) -> bytes:
    """Exactly 64 hex digits (spaces and dashes, as written down, are ignored)."""
    raw = "".join(text.split()).replace("-", "")
    try:
        key = bytes.fromhex(raw)
    except ValueError:
        key = b""
    if len(key) != 32:
        raise BackupKeyUnavailable(f"The backup key in {source} must be 64 hex digits "
                                   f"(got {len(raw)} characters)")
    return key


class BackupKeys:
    """Finds (and on first need creates) the backup key of a store's terminal."""

    def __init__(self, data_dir: Path, store_id: str, *,
                 env: Mapping[str, str] | None = None,
                 keyring_get: KeyringGet | None = None,
                 keyring_set: KeyringSet | None = None) -> None:
        self._data_dir = Path(data_dir)
        self._user = store_id
        self._env = os.environ if env is None else env
        self._get = keyring_get or system_get
        self._set = keyring_set or system_set

    @property
    def file(self) -> Path:
        return self._data_dir / KEY_FILENAME

    def existing(self) -> bytes | None:
        """The key if there is one (nothing is created)."""
        value = self._env.get(ENV_KEY)
        if value:
            return parse_backup_key(value, source=ENV_KEY)
        if self.file.exists():
            return self._read_file()
        try:
            stored = self._get(KEYRING_SERVICE, self._user)
        except NoKeyring:
            return None
        return parse_backup_key(stored, source=f"the keyring ({KEYRING_SERVICE})") \
            if stored else None

    def key(self) -> bytes:
        """The key new backups are made with (created on first need)."""
        found = self.existing()
        if found is not None:
            return found
        try:
            value = new_secret()
            self._set(KEYRING_SERVICE, self._user, value)
            # A keyring that accepts and forgets would leave backups nobody can open.
            if self._get(KEYRING_SERVICE, self._user) != value:
                raise NoKeyring("the keyring did not keep the key")
            log.warning("backup key created in the keyring (%s, user %s): write it down "
                        "with `pos-app backup --show-key`", KEYRING_SERVICE, self._user)
            return bytes.fromhex(value)
        except NoKeyring as exc:
            log.warning("no usable keyring (%s): the backup key is kept in %s (mode 0600); "
                        "write it down with `pos-app backup --show-key`", exc, self.file)
            create_secret_file(self.file, what="backup key", error=BackupKeyUnavailable)
            return self._read_file()

    def _read_file(self) -> bytes:
        raw = read_secret_file(self.file, what="backup key", error=BackupKeyUnavailable)
        return parse_backup_key(raw.hex() if len(raw) == 32 else raw.decode(
            "utf-8", "replace"), source=str(self.file))
