"""Outbox housekeeping: events no channel will take are set aside, old acks are pruned.

Run by the scheduler (jobs/housekeeping.py), never by the counter. Work goes in small
batches, each one short write transaction (the adapter reads its candidates on the
reader connection first and sizes each batch by the time it holds the writer, a few
ms), so a counter command waits behind one short batch at most.
What stays: pending rows, rows set aside for a manager ('rejected') and the terminal's
own provisional commission rows ('local'). Sales, sold lines, payments, stock
movements and commission records live in their own tables and are never pruned.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Protocol

from pos_app.domain.clock import Clock, iso

from .channels import Channels

# The most rows one write transaction may take; the adapter takes fewer, as many as
# fit its time budget (adapters/sqlite/batching.py).
OUTBOX_BATCH = 2000


class OutboxMaintenance(Protocol):
    """adapters/sqlite/outbox_maintenance.py: each call is one batch."""

    def retire(self, topic: str, reason: str, *, limit: int) -> int:
        """Set aside up to `limit` pending rows of `topic` (fewer if its time budget
        runs out); returns how many, 0 when none is left."""
        ...

    def prune(self, created_before: str, *, limit: int) -> int:
        """Delete about `limit` acknowledged (or set aside as unrouted) rows created
        before the cut (fewer if its time budget runs out); returns how many, 0 when
        none is left."""
        ...


@dataclass(frozen=True, slots=True)
class SweepResult:
    unrouted: int = 0
    pruned: int = 0
    batches: int = 0


class OutboxHousekeeping:
    def __init__(self, outbox: OutboxMaintenance, clock: Clock, channels: Channels, *,
                 retention: timedelta, batch: int = OUTBOX_BATCH) -> None:
        if batch < 1:
            raise ValueError("batch must be at least 1")
        self._outbox = outbox
        self._clock = clock
        self.channels = channels
        self.retention = retention
        self._batch = batch

    def sweep(self) -> SweepResult:
        unrouted = pruned = batches = 0
        for topic in sorted(self.channels.unrouted_topics):
            reason = (f"No channel is configured for '{topic}' events on this terminal; "
                      "kept here, never sent")
            while True:
                n = self._outbox.retire(topic, reason, limit=self._batch)
                batches += 1
                unrouted += n
                if n == 0:
                    break
        cut = iso(self._clock.now() - self.retention)
        while True:
            n = self._outbox.prune(cut, limit=self._batch)
            batches += 1
            pruned += n
            if n == 0:
                break
        return SweepResult(unrouted, pruned, batches)
