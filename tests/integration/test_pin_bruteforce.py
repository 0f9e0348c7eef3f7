"""10,000 PIN guesses at a manager, by sign-in, approval and the back office, across
restarts (new service and database objects on the same data directory), need at least
the time the throttle policy says, even with a manager unlocking at every lock.

Time is the injected clock, advanced only as far as each refusal allows; the hasher in
the bulk run is a cheap stand-in (the throttle is what is under test), and a second,
small run uses the real peppered Argon2id hasher of the app."""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from pos_app.adapters.sqlite.sale_store import SqliteAuditLog
from pos_app.adapters.sqlite.staff_repo import SqliteStaffRepository
from pos_app.adapters.sqlite.store import LocalDatabase
from pos_app.adapters.sqlite.throttle_repo import SqliteThrottleStore
from pos_app.domain.clock import FixedClock
from pos_app.domain.permissions import Role
from pos_app.domain.throttle import PinLocked, PinWait, ThrottlePolicy
from pos_app.services.staff import AttemptKind, PinHasher, StaffService, WrongPin
from tests.integration.catalog_fixtures import CountingIds

T0 = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
KINDS = (AttemptKind.SIGN_IN, AttemptKind.APPROVAL, AttemptKind.BACK_OFFICE)
TARGET_PIN = "73519"  # five digits: none of the 10,000 four-digit guesses is right
RESTART_EVERY = 500


class CheapHasher:
    """HMAC instead of Argon2id: the same answers, microseconds per check."""

    def hash(self, pin: str) -> str:
        return "cheap$" + hmac.new(b"k", pin.encode(), hashlib.sha256).hexdigest()

    def verify(self, pin_hash: str, pin: str) -> bool:
        return hmac.compare_digest(pin_hash, self.hash(pin))

    def needs_rehash(self, pin_hash: str) -> bool:
        return False


@pytest.fixture
def fast_dir(tmp_path: Path) -> Iterator[Path]:
    """tmpfs when there is one: thousands of committed writes without a disk's fsyncs."""
    shm = Path("/dev/shm")
    if shm.is_dir():
        with tempfile.TemporaryDirectory(dir=shm) as d:
            yield Path(d) / "data"
    else:
        yield tmp_path / "data"


class Till:
    """One process's view of the data directory: its own database and service objects."""

    ids = CountingIds()

    def __init__(self, data: Path, clock: FixedClock, hasher: PinHasher,
                 policy: ThrottlePolicy) -> None:
        self.db = LocalDatabase(data)
        self.staff = StaffService(SqliteStaffRepository(self.db), hasher, self.ids,
                                  clock=clock, terminal_id="T1",
                                  throttle=SqliteThrottleStore(self.db), policy=policy,
                                  audit=SqliteAuditLog(self.db, clock, self.ids))

    def close(self) -> None:
        self.db.close()


def attack(data: Path, clock: FixedClock, hasher: PinHasher, policy: ThrottlePolicy,
           guesses: list[str], restart_every: int) -> dict[str, int]:
    """Guess `guesses` at the manager; wait exactly as long as each refusal says; have
    the owner unlock whenever the manager is locked. Returns what it took."""
    till = Till(data, clock, hasher, policy)
    owner = till.staff.add_staff("Olive Owner", Role.OWNER, "24680")
    manager = till.staff.add_staff("Alex Manager", Role.MANAGER, TARGET_PIN)
    made = wrong = unlocks = early_refused = restarts = 0
    kinds = itertools.cycle(KINDS)
    try:
        for guess in guesses:
            if made and made % restart_every == 0:
                till.close()
                till = Till(data, clock, hasher, policy)  # a restart forgets nothing
                restarts += 1
            while True:
                try:
                    till.staff.check_pin(manager.id, guess, kind=next(kinds),
                                         need=Role.SUPERVISOR, by=None)
                except WrongPin:
                    wrong += 1
                    break
                except PinWait as wait:
                    if early_refused % 50 == 0:  # now and then, try again a second early
                        clock.advance(seconds=wait.wait_seconds - 1)
                        with pytest.raises(PinWait):
                            till.staff.check_pin(manager.id, guess,
                                                 kind=AttemptKind.SIGN_IN)
                        clock.advance(seconds=1)
                    else:
                        clock.advance(seconds=wait.wait_seconds)
                    early_refused += 1
                except PinLocked:
                    till.staff.unlock(manager.id, by=owner.actor)
                    unlocks += 1
            made += 1
        with till.db.read() as conn:
            audited = conn.execute(text(
                "SELECT count(*), sum(json_extract(detail, '$.kind') = 'approval') FROM "
                "audit_log WHERE action = 'login_failed' AND subject = :m"),
                {"m": manager.id}).one()
    finally:
        till.close()
    return {"made": made, "wrong": wrong, "unlocks": unlocks, "restarts": restarts,
            "audited": int(audited[0]), "audited_approvals": int(audited[1])}


def test_ten_thousand_guesses_take_the_policys_time_across_restarts(fast_dir: Path) -> None:
    policy = ThrottlePolicy()
    clock = FixedClock(T0)
    started = time.monotonic()
    done = attack(fast_dir, clock, CheapHasher(), policy,
                  [f"{n:04d}" for n in range(10_000)], RESTART_EVERY)
    real = time.monotonic() - started
    spent = clock.now() - T0
    assert done["made"] == done["wrong"] == done["audited"] == 10_000
    assert done["audited_approvals"] >= 3333
    assert done["restarts"] == 10_000 // RESTART_EVERY - 1
    # The policy's floor, and what it means: 44 days and 999 manager unlocks for one
    # person's 10,000 four-digit PINs at one till.
    assert spent >= timedelta(seconds=policy.floor_seconds(10_000))
    assert spent >= timedelta(days=44)
    assert done["unlocks"] >= policy.unlocks_needed(10_000) == 999
    assert real < 120, f"{real:.1f} s of real time"


def test_the_real_argon2id_hasher_is_throttled_the_same(tmp_path: Path) -> None:
    """The app's own hasher (peppered Argon2id at its production costs), 25 guesses
    with a restart in the middle."""
    from pos_app.adapters.pin_hasher import Argon2PinHasher
    from pos_app.adapters.pin_pepper import PinPepper

    policy = ThrottlePolicy()
    clock = FixedClock(T0)
    hasher = Argon2PinHasher(pepper=PinPepper(tmp_path / "data"))
    done = attack(tmp_path / "data", clock, hasher, policy,
                  [f"{n:04d}" for n in range(25)], restart_every=12)
    assert done["wrong"] == done["audited"] == 25 and done["unlocks"] == 2
    assert clock.now() - T0 >= timedelta(seconds=policy.floor_seconds(25))
    db = LocalDatabase(tmp_path / "data")
    try:
        with db.read() as conn:
            hashes = conn.execute(text("SELECT pin_hash FROM staff")).scalars().all()
            details = [json.loads(d) for d in conn.execute(text(
                "SELECT detail FROM audit_log WHERE action = 'login_failed'")).scalars()]
    finally:
        db.close()
    assert all(h.startswith("pep1:$argon2id$") for h in hashes)
    assert {d["terminal"] for d in details} == {"T1"}
    assert [d["failures"] for d in details[:10]] == list(range(1, 11))
    assert details[9]["locked"] is True
