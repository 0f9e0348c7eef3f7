"""A terminal's own secrets (the PIN pepper, the journal key): parsed, read from the OS
keyring, or kept in a 0600 file in the data directory when no keyring can be used.

Each secret module (pin_pepper.py, journal_key.py) decides where to look first and
names its own error; the reading, writing and checking live here once.
"""

from __future__ import annotations

import logging
import os
import secrets
from pathlib import Path

from pos_app.domain.errors import EnvironmentFault

log = logging.getLogger(__name__)

MIN_TEXT_SECRET = 16


class NoKeyring(Exception):
    """The keyring has no usable backend (or refused): fall back to the file."""


def parse_secret(text: str, *, source: str, what: str,
                 error: type[EnvironmentFault]) -> bytes:
    """64 hex digits are 32 bytes; other text of at least 16 characters is used as its
    UTF-8 bytes; anything shorter is refused."""
    raw = text.strip()
    if len(raw) == 64:
        try:
            return bytes.fromhex(raw)
        except ValueError:
            pass
    if len(raw) < MIN_TEXT_SECRET:
        raise error(f"The {what} in {source} is too short: use 64 hex digits "
                    f"(or at least {MIN_TEXT_SECRET} characters)")
    return raw.encode("utf-8")


def system_get(service: str, user: str) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(service, user)
    except (KeyringError, RuntimeError) as exc:
        raise NoKeyring(str(exc)) from exc


def system_set(service: str, user: str, value: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(service, user, value)
    except (KeyringError, RuntimeError) as exc:
        raise NoKeyring(str(exc)) from exc


def new_secret() -> str:
    return secrets.token_hex(32)


def read_secret_file(path: Path, *, what: str, error: type[EnvironmentFault]) -> bytes:
    try:
        mode = path.stat().st_mode & 0o777
        if mode & 0o077:
            # Readable by others: take it back before use (and say so).
            log.warning("%s was readable by other users (mode %o); set to 0600", path, mode)
            path.chmod(0o600)
        return parse_secret(path.read_text(encoding="ascii"), source=str(path), what=what,
                            error=error)
    except (OSError, UnicodeDecodeError) as exc:
        raise error(f"The {what} file {path} cannot be read: {exc}") from exc


def create_secret_file(path: Path, *, what: str, error: type[EnvironmentFault]) -> bytes:
    """A new random secret in `path` (0600, written durably); another process's, if it
    made the file first."""
    value = new_secret()
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return read_secret_file(path, what=what, error=error)
    except OSError as exc:
        raise error(f"The {what} cannot be created in {path}: {exc}") from exc
    try:
        os.write(fd, (value + "\n").encode("ascii"))
        os.fsync(fd)
    finally:
        os.close(fd)
    return bytes.fromhex(value)
