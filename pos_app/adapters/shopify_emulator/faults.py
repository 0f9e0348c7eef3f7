"""Fault switches for the emulator: what goes wrong with the next request.

A `FaultPlan` answers, per request, with nothing or one `Fault`: scripted faults are
used first (for tests that need an exact sequence), then random ones by rate (for the
chaos and property tests). Durations are short and configurable so tests stay fast.
"""

from __future__ import annotations

import random
import threading
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum


class Fault(Enum):
    HTTP_500 = "500"
    HTTP_502 = "502"
    HTTP_503 = "503"
    HTTP_429 = "429"
    TIMEOUT = "timeout"  # hang, never process, then close: the client times out
    SLOW = "slow"  # work `slow_seconds` (keys in flight meanwhile), then answer correctly
    RESET = "reset"  # TCP reset before the request is processed
    DROP_AFTER_COMMIT = "drop"  # process (commit), then close without answering
    HANG_AFTER_COMMIT = "hang_after_commit"  # process, hang past the client's timeout

    @property
    def commits(self) -> bool:
        """Whether the request takes effect even though the client sees a failure."""
        return self in (Fault.SLOW, Fault.DROP_AFTER_COMMIT, Fault.HANG_AFTER_COMMIT)


# The mix the chaos tests use for "20 % faults": server errors, timeouts, and responses
# lost after the change was committed, the case idempotency keys exist for.
CHAOS_MIX = (Fault.HTTP_500, Fault.HTTP_503, Fault.TIMEOUT, Fault.RESET,
             Fault.DROP_AFTER_COMMIT, Fault.HANG_AFTER_COMMIT, Fault.HTTP_429)


@dataclass
class FaultPlan:
    rate: float = 0.0
    kinds: tuple[Fault, ...] = CHAOS_MIX
    seed: int = 0
    hang_seconds: float = 0.5
    slow_seconds: float = 0.05
    retry_after: float = 0.01
    # Only requests whose body mentions one of these words are eligible (e.g. "mutation").
    only_matching: tuple[str, ...] = ()
    _script: deque[Fault | None] = field(default_factory=deque)
    _rng: random.Random = field(init=False)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    injected: dict[Fault, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)

    def script(self, faults: Iterable[Fault | None]) -> None:
        """Queue exact outcomes for the next eligible requests (None = no fault)."""
        with self._lock:
            self._script.extend(faults)

    def set_rate(self, rate: float) -> None:
        with self._lock:
            self.rate = rate

    def next(self, body: bytes) -> Fault | None:
        with self._lock:
            if self.only_matching and not any(w.encode() in body for w in self.only_matching):
                return None
            if self._script:
                fault = self._script.popleft()
            elif self.rate and self._rng.random() < self.rate:
                fault = self._rng.choice(self.kinds)
            else:
                fault = None
            if fault is not None:
                self.injected[fault] = self.injected.get(fault, 0) + 1
            return fault
