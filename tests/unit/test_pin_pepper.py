"""Where the PIN pepper comes from (adapters/pin_pepper.py), with an in-memory keyring:
the environment, an existing 0600 file, the keyring (created there on first need), and
the file as a fallback when there is no usable keyring. It is never logged."""

from __future__ import annotations

import logging
import stat
from pathlib import Path

import pytest

from pos_app.adapters.pin_hasher import PEPPERED_PREFIX, Argon2PinHasher
from pos_app.adapters.pin_pepper import (
    ENV_PEPPER,
    KEYRING_SERVICE,
    KEYRING_USER,
    PEPPER_FILENAME,
    PepperUnavailable,
    PinPepper,
    _NoKeyring,
)


class MemoryKeyring:
    def __init__(self, *, broken: bool = False, forgetful: bool = False) -> None:
        self.values: dict[tuple[str, str], str] = {}
        self.broken = broken
        self.forgetful = forgetful

    def get(self, service: str, user: str) -> str | None:
        if self.broken:
            raise _NoKeyring("no backend")
        return self.values.get((service, user))

    def set(self, service: str, user: str, value: str) -> None:
        if self.broken:
            raise _NoKeyring("no backend")
        if not self.forgetful:
            self.values[(service, user)] = value


def pepper(data: Path, ring: MemoryKeyring, env: dict[str, str] | None = None) -> PinPepper:
    return PinPepper(data, env=env or {}, keyring_get=ring.get, keyring_set=ring.set)


def test_created_once_in_the_keyring_and_reused(tmp_path: Path,
                                                caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    ring = MemoryKeyring()
    first = pepper(tmp_path, ring)()
    assert len(first) == 32
    assert ring.values[(KEYRING_SERVICE, KEYRING_USER)] == first.hex()
    assert pepper(tmp_path, ring)() == first  # a restart finds the same pepper
    assert not (tmp_path / PEPPER_FILENAME).exists()
    assert first.hex() not in caplog.text


@pytest.mark.parametrize("ring", [MemoryKeyring(broken=True), MemoryKeyring(forgetful=True)])
def test_without_a_usable_keyring_a_0600_file_in_the_data_dir(
        tmp_path: Path, ring: MemoryKeyring, caplog: pytest.LogCaptureFixture) -> None:
    made = pepper(tmp_path, ring)()
    path = tmp_path / PEPPER_FILENAME
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert pepper(tmp_path, MemoryKeyring())() == made  # the file wins over a new keyring
    assert "no usable keyring" in caplog.text and made.hex() not in caplog.text


def test_the_environment_overrides_for_headless_use(tmp_path: Path) -> None:
    ring = MemoryKeyring()
    assert pepper(tmp_path, ring, {ENV_PEPPER: "a" * 64})() == bytes.fromhex("a" * 64)
    assert pepper(tmp_path, ring, {ENV_PEPPER: "a long enough pepper"})() == \
        b"a long enough pepper"
    assert ring.values == {}
    with pytest.raises(PepperUnavailable, match="too short"):
        pepper(tmp_path, ring, {ENV_PEPPER: "short"})()


def test_a_file_readable_by_others_is_taken_back(tmp_path: Path) -> None:
    path = tmp_path / PEPPER_FILENAME
    path.write_text("b" * 64 + "\n", encoding="ascii")
    path.chmod(0o644)
    assert pepper(tmp_path, MemoryKeyring())() == bytes.fromhex("b" * 64)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_the_pepper_is_asked_for_only_when_first_needed(tmp_path: Path) -> None:
    calls: list[int] = []

    def source() -> bytes:
        calls.append(1)
        return b"k" * 32

    hasher = Argon2PinHasher(time_cost=1, memory_cost=8, parallelism=1, pepper=source)
    assert calls == []
    unpeppered = Argon2PinHasher(time_cost=1, memory_cost=8, parallelism=1).hash("1234")
    assert hasher.verify(unpeppered, "1234") and calls == []  # an old hash: no pepper
    assert hasher.needs_rehash(unpeppered)
    made = hasher.hash("1234")
    assert made.startswith(PEPPERED_PREFIX) and not hasher.needs_rehash(made)
    assert hasher.verify(made, "1234") and not hasher.verify(made, "1235")
    assert calls == [1]
    # Without the pepper, a peppered hash signs nobody in (it cannot be checked).
    assert not Argon2PinHasher(time_cost=1, memory_cost=8, parallelism=1).verify(made, "1234")
