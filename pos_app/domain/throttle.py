"""How often a PIN may be tried: growing waits, then a lock only a manager lifts.

One rule for every place a PIN is typed (sign-in at the counter, a manager's approval,
the back office, a command line), counted per person and terminal. A 4-digit PIN has
10,000 values, so the protection is the time a guesser must spend, not the PIN:

- the first `free_failures` wrong PINs in a row cost nothing (people mistype);
- each further wrong PIN makes the person wait, `first_wait` after the first of them,
  doubling each time (capped at `MAX_WAIT`);
- the `lock_after`-th wrong PIN in a row locks the person out until a manager unlocks
  them; time alone never lifts a lock;
- a right PIN, typed once the wait is over, clears that person's count (nobody
  else's).

An attempt is *charged* before its PIN is checked (`charge`), and a right PIN then
clears the charge (`cleared`): two attempts started together can never both slip in
under the same allowance, and an attempt cut off half way counts as a wrong one.

Defaults (StoreSettings `pin_free_failures`, `pin_first_wait_seconds`,
`pin_lock_after`): 3 free, then 30 s, 60 s, 120 s, ... 1,920 s, locked at the 10th
wrong PIN in a row. A guesser gets 10 tries per manager unlock and spends 3,810 s
(63.5 minutes) waiting for them; 10,000 guesses need 999 unlocks and 44 days.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from math import ceil

from .errors import Message, PermissionDenied, msg

MAX_WAIT = timedelta(hours=1)
# Generous bounds for the settings: beyond them a policy is either useless or a trap.
MAX_FREE_FAILURES = 10
MAX_LOCK_AFTER = 30
MAX_FIRST_WAIT_SECONDS = 3600


class PinRefused(PermissionDenied):
    """A PIN was not checked at all: the person must wait, or is locked."""


class PinWait(PinRefused):
    """Too many wrong PINs in a row: try again after `wait_seconds`."""

    def __init__(self, wait_seconds: int) -> None:
        super().__init__(wait_message(wait_seconds))
        self.wait_seconds = wait_seconds


class PinLocked(PinRefused):
    """Locked after too many wrong PINs: a manager must unlock."""

    def __init__(self) -> None:
        super().__init__(LOCKED_MESSAGE)


LOCKED_MESSAGE = msg("Locked after too many wrong PINs: a manager must unlock it")


def wait_message(seconds: int) -> Message:
    if seconds < 120:
        return msg("Too many wrong PINs; try again in {n} s", n=seconds)
    return msg("Too many wrong PINs; try again in {n} min", n=ceil(seconds / 60))


@dataclass(frozen=True, slots=True)
class ThrottlePolicy:
    free_failures: int = 3
    first_wait_seconds: int = 30
    lock_after: int = 10

    def __post_init__(self) -> None:
        if not 1 <= self.free_failures <= MAX_FREE_FAILURES:
            raise ValueError(f"pin_free_failures must be 1 to {MAX_FREE_FAILURES}")
        if not 1 <= self.first_wait_seconds <= MAX_FIRST_WAIT_SECONDS:
            raise ValueError(f"pin_first_wait_seconds must be 1 to {MAX_FIRST_WAIT_SECONDS}")
        if not self.free_failures < self.lock_after <= MAX_LOCK_AFTER:
            raise ValueError(f"pin_lock_after must be more than pin_free_failures and at "
                             f"most {MAX_LOCK_AFTER}")

    def wait_after(self, failures: int) -> timedelta:
        """How long to wait after `failures` wrong PINs in a row (zero while free)."""
        if failures < self.free_failures:
            return timedelta(0)
        step = failures - self.free_failures
        # Capped before the power grows without need: 2**40 seconds is not a wait.
        seconds = self.first_wait_seconds * 2 ** min(step, 40)
        return min(timedelta(seconds=seconds), MAX_WAIT)

    def cycle_seconds(self) -> int:
        """The waiting a guesser must sit through between two manager unlocks."""
        return sum(int(self.wait_after(f).total_seconds())
                   for f in range(self.free_failures, self.lock_after))

    def floor_seconds(self, guesses: int) -> int:
        """The least time `guesses` wrong PINs take for one person, even if a manager
        unlocks the moment each lock falls (`unlocks_needed` of them)."""
        full, rest = divmod(guesses, self.lock_after)
        partial = sum(int(self.wait_after(f).total_seconds())
                      for f in range(self.free_failures, rest))
        return full * self.cycle_seconds() + partial

    def unlocks_needed(self, guesses: int) -> int:
        return max(0, ceil(guesses / self.lock_after) - 1)


@dataclass(frozen=True, slots=True)
class PinAttempts:
    """Wrong PINs in a row for one person at one terminal."""

    failures: int = 0
    wait_until: datetime | None = None
    locked: bool = False
    last_failure_at: datetime | None = None

    def refusal(self, now: datetime) -> PinRefused | None:
        """Why no PIN may be tried now, or None."""
        if self.locked:
            return PinLocked()
        if self.wait_until is not None and now < self.wait_until:
            left = self.wait_until - now
            return PinWait(max(1, ceil(left.total_seconds())))
        return None

    def charge(self, now: datetime, policy: ThrottlePolicy) -> PinAttempts:
        """This attempt counted as a wrong PIN, before its PIN is checked."""
        failures = self.failures + 1
        if failures >= policy.lock_after:
            return PinAttempts(failures, None, True, now)
        wait = policy.wait_after(failures)
        return PinAttempts(failures, now + wait if wait else None, False, now)


CLEARED = PinAttempts()
