"""How much housekeeping goes into one write transaction: sized by time, not by rows.

A fixed row count is wrong both ways: a sale's command log costs several times an
outbox acknowledgement, cold pages cost more than cached ones, and a loaded machine
stretches everything. So each housekeeping loop keeps an `AdaptiveBatch`: after every
transaction it notes how many items went in and the job thread's CPU time while it
held the writer (to the commit), and sizes the next one to about `budget` of work.
CPU time, not wall clock: on a shared machine a thread can be descheduled for a
timeslice in any transaction, however small, and sizing by those stretches would
shrink every batch to one row without shortening the waits. Inside a transaction,
`TransactionBudget` (wall clock) lets a batch written in chunks stop once it has used
its budget, so a descheduled transaction also ends early; what is left goes into the
next transaction, after any waiting counter command has had the writer
(writer_gate.py).

A command that asks for the writer while a job transaction holds it therefore waits
about one budget (plus one chunk and the commit) at most.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

T = TypeVar("T")

# How long one housekeeping transaction aims to hold the writer (its size from CPU time,
# cut short by the wall clock). Goal: no counter command waits more than 10 ms behind a
# job, on a shared, loaded machine too.
BUDGET_S = 0.002
# Chunks a transaction's batch is written in (the budget is checked between them).
CHUNKS = 4


@dataclass
class AdaptiveBatch:
    """The next transaction's size, from what the last ones cost per item."""

    budget: float = BUDGET_S
    size: int = 16  # a cautious first transaction
    smallest: int = 1
    largest: int = 2000
    _per_item: float | None = field(default=None, repr=False)

    def record(self, items: int, held: float) -> None:
        """A transaction took `items` items in `held` seconds of work; size the next."""
        if items <= 0:
            return
        cost = held / items
        # Smoothed, but a sudden slow transaction counts at once (shrink fast, grow slow).
        if self._per_item is None or cost > self._per_item:
            self._per_item = cost
        else:
            self._per_item = 0.7 * self._per_item + 0.3 * cost
        target = int(self.budget / max(self._per_item, 1e-7))
        self.size = max(self.smallest, min(self.largest, 2 * self.size, target))

    def take(self, limit: int | None = None) -> int:
        """Items for the next transaction (at most `limit`)."""
        return max(1, min(self.size, limit if limit is not None else self.size))


@dataclass
class TransactionBudget:
    """Started when a transaction has the writer: is its time up?"""

    budget: float = BUDGET_S
    clock: Callable[[], float] = time.perf_counter
    cpu_clock: Callable[[], float] = time.thread_time
    started: float = field(init=False)
    cpu_started: float = field(init=False)

    def __post_init__(self) -> None:
        self.started = self.clock()
        self.cpu_started = self.cpu_clock()

    def spent(self) -> bool:
        """Wall clock: a transaction the OS descheduled stops early too."""
        return self.clock() - self.started >= self.budget

    def work(self) -> float:
        """The calling thread's CPU seconds since the start: what `AdaptiveBatch` sizes."""
        return self.cpu_clock() - self.cpu_started


def chunks(items: Sequence[T], parts: int = CHUNKS) -> Iterator[Sequence[T]]:
    """`items` in about `parts` consecutive slices (never an empty one)."""
    step = max(1, -(-len(items) // max(1, parts)))
    for i in range(0, len(items), step):
        yield items[i:i + step]


def seq_ranges(seqs: Sequence[int]) -> list[tuple[int, int]]:
    """Sorted integers as inclusive (first, last) runs: [1, 2, 3, 7] -> [(1, 3), (7, 7)]."""
    out: list[tuple[int, int]] = []
    for s in sorted(seqs):
        if out and s == out[-1][1] + 1:
            out[-1] = (out[-1][0], s)
        else:
            out.append((s, s))
    return out
