"""Who takes the terminal's one writer connection next: the counter before housekeeping.

The local database has a single writer connection (a pool of one). Counter commands
are *foreground* writers. Scheduled jobs run on threads marked *background* (the
scheduler's worker threads mark themselves when they start; `background()` does it for
a block). Before each of its short transactions a background thread waits until no
foreground writer is waiting or writing and no other background thread holds or awaits
the writer. So a command waits for at most one job transaction, the one already under
way when it asked (a few ms: jobs work in small batches), and a job never takes the
writer back while a command waits. SQLAlchemy's pool queue alone would not do: it is
not fair, and a job that gives the connection back can take it again before the woken
command runs.

Housekeeping a job redoes anyway may commit without waiting for the disk (`relaxed`):
a counter command then waits behind CPU work only, not behind a job's fsync. Nor does
a job's commit run SQLite's automatic WAL checkpoint (copying a thousand pages into the
database and syncing it, while still holding the writer): background turns switch it
off, and `LocalDatabase` checkpoints the jobs' pages itself on a reader connection,
outside the writer, which the counter can use meanwhile (a PASSIVE checkpoint never
blocks a writer).

While the counter is busy (a command wrote in the last `BUSY_COUNTER_S`), a job also
rests after each transaction for as long as that transaction held the writer: on a
small machine the job's CPU work (and Python's interpreter lock) would otherwise slow
every scan between the job's transactions too, not only the one that waits for one.
Housekeeping then takes twice as long during a rush and runs at full speed otherwise.

Every foreground write reports how long it waited (`WriterWait`) and every background
transaction how long it held the writer (`WriterHold`) to the `observers`; tests and
`bench/housekeeping_bench.py` measure with them, and a long wait is logged.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Engine, event
from sqlalchemy.exc import TimeoutError as PoolTimeout

log = logging.getLogger(__name__)

T = TypeVar("T")

# A counter command that waited this long for the writer is worth a line in the log.
SLOW_WAIT_S = 0.25
# A job that could not get its turn for this long gives up (the counter kept the
# writer busy, or something is stuck); its next run tries again.
BACKGROUND_WAIT_S = 60.0
# SQLite's default: a commit that finds this many pages in the WAL checkpoints.
SQLITE_AUTOCHECKPOINT = 1000
# A counter commit checkpoints only when the WAL has grown this far (32 MB of 4 KB
# pages): a rush with no pause at all. Otherwise the WAL is checkpointed on a reader
# connection while the counter is quiet (`LocalDatabase.checkpoint_if_quiet`, a
# scheduled job): at SQLite's default a scan's commit copied a thousand pages into the
# database and synced it every ~150 commands (its 4 pages and the sale row's index
# pages), the slowest 1 % of scans and the next few after it.
AUTOCHECKPOINT_PAGES = 8000
# A counter command written this recently means the cashier is at work: jobs rest
# between their transactions (as long as each held the writer, at most REST_MAX_S).
BUSY_COUNTER_S = 1.0
REST_MAX_S = 0.05


class WriterTurnTimeout(PoolTimeout):
    """A background write did not get the writer in time (reported as DatabaseBusy)."""


@dataclass(frozen=True, slots=True)
class WriterWait:
    """One foreground write, in seconds.

    waited:     from asking for the writer to holding it (pool checkout and BEGIN
                IMMEDIATE done);
    behind_job: of which a job's transaction still held the writer (from the ask until
                the job gave it back; the command's own wake-up after that is not the
                job's doing);
    job_cpu:    the CPU time the job thread spent in that transaction meanwhile: the
                job's own work, without the time the OS ran other processes instead
                (on a loaded machine `behind_job` grows with the load, this does not);
    jobs_ahead: job transactions that ended while the command waited (at most one).
    """

    waited: float
    behind_job: float
    job_cpu: float
    jobs_ahead: int


@dataclass(frozen=True, slots=True)
class WriterHold:
    """One background transaction: seconds it held the writer (checkout to commit),
    and the job thread's CPU time in it."""

    held: float
    cpu: float


Observer = Callable[[WriterWait | WriterHold], None]


def _cpu_reader() -> Callable[[], float]:
    """Reads the calling thread's CPU clock, from any thread (wall time where the OS
    offers no per-thread clock)."""
    if hasattr(time, "pthread_getcpuclockid"):
        clock = time.pthread_getcpuclockid(threading.get_ident())
        return lambda: time.clock_gettime(clock)
    return time.perf_counter


class WriterGate:
    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._foreground = 0  # foreground writers waiting for or holding the writer
        self._background_busy = False  # a background thread holds or awaits the writer
        self._local = threading.local()
        # Jobs' transactions so far: how many, when the last one ended, CPU they used.
        self._job_holds = 0
        self._job_released_at = 0.0
        self._foreground_at = float("-inf")  # when the last counter write ended
        self._job_cpu = 0.0
        self._holder: tuple[Callable[[], float], float] | None = None  # (cpu clock, start)
        self.observers: list[Observer] = []

    # ---- marking threads ----------------------------------------------------------

    def mark_background_thread(self) -> None:
        """From now on every write of the calling thread yields to the counter (the
        scheduler's worker threads call this once, when they start)."""
        self._local.background = True

    @contextmanager
    def background(self) -> Iterator[None]:
        """Writes of this thread inside the block yield to the counter."""
        before = self.in_background
        self._local.background = True
        try:
            yield
        finally:
            self._local.background = before

    @property
    def in_background(self) -> bool:
        return bool(getattr(self._local, "background", False))

    def counter_quiet(self) -> bool:
        """No counter command holds or awaits the writer, and none wrote in the last
        BUSY_COUNTER_S."""
        with self._cond:
            return not self._foreground and \
                time.perf_counter() - self._foreground_at >= BUSY_COUNTER_S

    # ---- how durable a job's commit must be -------------------------------------------

    @contextmanager
    def relaxed(self) -> Iterator[None]:
        """Background writes of this thread inside the block commit without waiting for
        the disk (synchronous=NORMAL instead of FULL). Only for housekeeping that its
        next run redoes if a power cut takes it back: compaction, pruning, setting
        events aside, acknowledgements of what the other side already has. WAL keeps
        the file consistent either way, and the next counter commit (always FULL)
        syncs the log with these frames in it. Never for a record that must be on disk
        before a network call (a push's idempotency key) nor for a sale."""
        before = bool(getattr(self._local, "relaxed", False))
        self._local.relaxed = True
        try:
            yield
        finally:
            self._local.relaxed = before

    def attach(self, writer: Engine) -> None:
        """Give each checkout of the writer connection the durability of its turn, and
        automatic checkpoints to the counter's turns only (a PRAGMA only when it
        changes, before BEGIN: SQLite refuses it inside one)."""
        event.listen(writer, "checkout", self._on_checkout)

    def _on_checkout(self, dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        relaxed = self.in_background and bool(getattr(self._local, "relaxed", False))
        want = "NORMAL" if relaxed else "FULL"
        if record.info.get("synchronous") != want:
            dbapi_conn.execute(f"PRAGMA synchronous={want}")
            record.info["synchronous"] = want
        pages = 0 if self.in_background else AUTOCHECKPOINT_PAGES
        if record.info.get("wal_autocheckpoint", SQLITE_AUTOCHECKPOINT) != pages:
            dbapi_conn.execute(f"PRAGMA wal_autocheckpoint={pages}")
            record.info["wal_autocheckpoint"] = pages

    # ---- taking the writer ----------------------------------------------------------

    @contextmanager
    def hold(self, begin: Callable[[], AbstractContextManager[T]]) -> Iterator[T]:
        """Run `begin()` (the writer's transaction) when it is this thread's turn."""
        if getattr(self._local, "holding", False):
            # The one writer connection is this thread's already: waiting would never end.
            raise RuntimeError("a write transaction inside another one on the same thread")
        self._local.holding = True
        try:
            if self.in_background:
                with self._background_turn(begin) as conn:
                    yield conn
            else:
                with self._foreground_turn(begin) as conn:
                    yield conn
        finally:
            self._local.holding = False

    def _job_cpu_now(self) -> float:
        """CPU seconds jobs have spent holding the writer, the current one included
        (called with the condition held)."""
        if self._holder is None:
            return self._job_cpu
        clock, start = self._holder
        return self._job_cpu + max(0.0, clock() - start)

    @contextmanager
    def _foreground_turn(self, begin: Callable[[], AbstractContextManager[T]]) -> Iterator[T]:
        asked = time.perf_counter()
        with self._cond:
            self._foreground += 1
            holds, cpu = self._job_holds, self._job_cpu_now()
        try:
            with begin() as conn:
                got = time.perf_counter()
                with self._cond:
                    ahead = self._job_holds - holds
                    job_cpu = self._job_cpu_now() - cpu
                    released = self._job_released_at
                behind = min(released, got) - asked if ahead and released > asked else 0.0
                self._report(WriterWait(got - asked, behind, job_cpu, ahead))
                if got - asked > SLOW_WAIT_S:
                    log.warning("a counter command waited %.0f ms for the database writer "
                                "(%.0f ms behind a background job)", (got - asked) * 1000,
                                behind * 1000)
                yield conn
        finally:
            with self._cond:
                self._foreground -= 1
                self._foreground_at = time.perf_counter()
                if not self._foreground:
                    self._cond.notify_all()

    @contextmanager
    def _background_turn(self, begin: Callable[[], AbstractContextManager[T]]) -> Iterator[T]:
        with self._cond:
            if not self._cond.wait_for(
                    lambda: not self._foreground and not self._background_busy,
                    BACKGROUND_WAIT_S):
                raise WriterTurnTimeout(
                    f"no turn at the database writer in {BACKGROUND_WAIT_S:.0f} s")
            self._background_busy = True
        start: float | None = None
        clock = _cpu_reader()
        try:
            with begin() as conn:
                with self._cond:
                    start = time.perf_counter()
                    self._holder = (clock, clock())
                yield conn
        finally:
            with self._cond:
                held = cpu = 0.0
                if start is not None and self._holder is not None:
                    cpu = max(0.0, clock() - self._holder[1])
                    held = time.perf_counter() - start
                    self._job_cpu += cpu
                    self._job_holds += 1
                    self._job_released_at = time.perf_counter()
                self._holder = None
                self._background_busy = False
                self._cond.notify_all()
            if start is not None:
                self._report(WriterHold(held, cpu))
                if time.perf_counter() - self._foreground_at < BUSY_COUNTER_S:
                    time.sleep(min(held, REST_MAX_S))  # the cashier's turn, writer or not

    def _report(self, event: WriterWait | WriterHold) -> None:
        for observer in list(self.observers):
            observer(event)
