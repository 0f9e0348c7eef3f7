"""Inventory ledger rules shared by the reconciler and its tests: who owns which number,
how local stock events become Shopify deltas, when a snapshot may replace another,
how counts become variances, and the retry, backoff and circuit-breaker arithmetic.

The terminal owns the physical events at its location (sales, returns, receipts,
write-offs, counts) and sends them as deltas; Shopify owns commitments and the other
channels. A locally computed absolute `available` is never sent.
"""

from __future__ import annotations

import random
import threading
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum

MAX_ROWS_PER_MUTATION = 250  # Shopify's cap on every input list
# Local events behind one push: a push's events are marked in one transaction of the
# local database, which must stay short (the counter waits behind it), so a backlog of
# thousands of sales of a few SKUs goes as several pushes, not one.
MAX_EVENTS_PER_PUSH = 500
MAX_PAGE = 250

# Shopify reason for each local stock event. Sales use `correction` (Shopify's own
# example for a POS sale); returns and voids that put units back use `restock`.
_REASONS = {
    "sale": "correction",
    "return": "restock",
    "receipt": "received",
    "write_off": "damaged",
    "shrinkage": "shrinkage",
    "count": "cycle_count_available",
    "variance": "cycle_count_available",
}

# userError codes after which the same request may simply be sent again.
TRANSIENT_USER_ERRORS = frozenset({
    "IDEMPOTENCY_CONCURRENT_REQUEST", "SERVICE_UNAVAILABLE", "ADJUST_QUANTITIES_FAILED",
})

_BATCH_NAMESPACE = uuid.UUID("0c6f4c3e-2b0a-4d7e-9d8e-5b1f1e0a7c42")


def shopify_reason(local_reason: str, delta: int) -> str:
    """The Shopify `reason` for a local stock event."""
    if local_reason == "post_void":
        # Voiding a sale puts units back; voiding a return takes them out again.
        return "restock" if delta > 0 else "correction"
    return _REASONS.get(local_reason, "other")


def batch_key(event_ids: Sequence[str]) -> str:
    """The idempotency key of one push: the event's own id for a single event, else a
    name-based UUID of the exact set, so the same membership always has the same key and
    a different membership can never reuse one. A re-queued event is named by its
    `key_token` (id and retry generation), so its retry gets a key of its own."""
    if not event_ids:
        raise ValueError("a batch needs at least one event")
    if len(event_ids) == 1 and "/" not in event_ids[0]:
        return event_ids[0]
    return str(uuid.uuid5(_BATCH_NAMESPACE, "\n".join(sorted(event_ids))))


def row_index(field: Sequence[str]) -> int | None:
    """The input row a userError points at: ["input", "changes", "3", ...] -> 3."""
    for i, part in enumerate(field[:-1]):
        if part in ("changes", "quantities") and field[i + 1].isdigit():
            return int(field[i + 1])
    return None


def accept_snapshot(stored_updated_at: str | None, incoming_updated_at: str) -> bool:
    """A Shopify read replaces the stored one only if it is as new or newer by Shopify's
    own clock. Equal stamps are accepted: Shopify stamps whole seconds, and a later read
    of the same second is never older than an earlier one."""
    return stored_updated_at is None or incoming_updated_at >= stored_updated_at


class StockStatus(Enum):
    OK = "ok"
    OVERSOLD = "oversold"  # Shopify's available went negative: units were sold twice


def stock_status(available: int) -> StockStatus:
    return StockStatus.OVERSOLD if available < 0 else StockStatus.OK


class AttentionKind(Enum):
    """What a manager is asked to look at."""

    OVERSOLD = "oversold"
    STALE_COUNT = "stale_count"
    UNKNOWN_SKU = "unknown_sku"
    REJECTED = "rejected"
    BAD_EVENT = "bad_event"
    # Shopify has one barcode on two SKUs: only one of them scans by it here.
    DUPLICATE_BARCODE = "duplicate_barcode"


@dataclass(frozen=True, slots=True)
class CountVariance:
    """A stock count turned into the delta that makes on_hand equal the count."""

    counted: int
    expected: int

    @property
    def delta(self) -> int:
        return self.counted - self.expected


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Exponential backoff with jitter: base * factor^attempt, capped, +/- jitter."""

    base: float = 0.5
    factor: float = 2.0
    cap: float = 30.0
    jitter: float = 0.25
    max_attempts: int = 5

    def delay(self, attempt: int, rng: random.Random, floor: float = 0.0) -> float:
        raw = min(self.cap, self.base * self.factor ** attempt)
        spread = raw * self.jitter
        return max(floor, raw + rng.uniform(-spread, spread))


class CircuitState(Enum):
    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half_open"


class CircuitBreaker:
    """Stops calling a service that keeps failing, then lets one probe through.

    Opened after `threshold` failures in a row, for `cooldown` seconds; with
    `max_cooldown`, each failed probe doubles the next open period up to it (a service
    that stays down is asked less and less often, one whose network just came back is
    noticed within the short first cooldowns). A failure that names a Retry-After keeps
    the breaker open at least that long, `wake()` included. `wake()` says the network
    is back (another channel just got through): an open breaker lets its probe through
    now instead of at the end of the cooldown; a failed probe opens it again, longer.

    Thread-safe: `wake()` comes from the other sync channel's thread while the owning
    pass calls allow() and success()/failure(); every read and change of the state is
    made under one lock, so none sees another half done.

    Time is a monotonic number of seconds from the injected `now`, never wall time.
    """

    def __init__(self, now: Callable[[], float], *, threshold: int = 3,
                 cooldown: float = 60.0, max_cooldown: float | None = None) -> None:
        self._now = now
        self._lock = threading.RLock()  # re-entered: failure() and wake() read `state`
        self.threshold = threshold
        self.cooldown = cooldown
        self.max_cooldown = cooldown if max_cooldown is None else max(cooldown, max_cooldown)
        self.failures = 0
        self.reopened = 0  # probes that failed since the breaker last closed
        self._opened_at: float | None = None
        self._open_for = cooldown  # this opening's length
        self._hold_until = 0.0  # Retry-After: no probe before this, woken or not

    @property
    def state(self) -> CircuitState:
        with self._lock:
            if self._opened_at is None:
                return CircuitState.CLOSED
            if self._now() - self._opened_at >= self._open_for:
                return CircuitState.HALF_OPEN
            return CircuitState.OPEN

    def allow(self) -> bool:
        return self.state is not CircuitState.OPEN

    def retry_in(self) -> float:
        with self._lock:
            if self._opened_at is None:
                return 0.0
            return max(0.0, self._open_for - (self._now() - self._opened_at))

    def success(self) -> None:
        with self._lock:
            self.failures = 0
            self.reopened = 0
            self._opened_at = None
            self._open_for = self.cooldown
            self._hold_until = 0.0

    def failure(self, retry_after: float | None = None) -> None:
        with self._lock:
            self.failures += 1
            probe_failed = self.state is CircuitState.HALF_OPEN
            if probe_failed or self.failures >= self.threshold:
                if probe_failed:
                    self.reopened += 1
                now = self._now()
                self._opened_at = now
                self._open_for = max(min(self.max_cooldown,
                                         self.cooldown * 2 ** self.reopened),
                                     retry_after or 0.0)
                self._hold_until = now + (retry_after or 0.0)

    def wake(self) -> bool:
        """The network is back: an open breaker lets one probe through now (or when a
        Retry-After the service gave ends). True when a call may go now."""
        with self._lock:
            if self.state is CircuitState.OPEN and self._opened_at is not None:
                now = self._now()
                self._open_for = max(0.0, max(now, self._hold_until) - self._opened_at)
            return self.allow()


# ---- the push plan --------------------------------------------------------------------


class EventKind(Enum):
    DELTA = "delta"  # a sale, return, receipt or write-off: a signed change of units
    COUNT = "count"  # a physical count, still to be compared with Shopify
    VARIANCE = "variance"  # a count turned into the delta that corrects on_hand


class EventStatus(Enum):
    PENDING = "pending"  # not yet part of a push
    IN_FLIGHT = "in_flight"  # part of a push whose outcome is not known yet
    APPLIED = "applied"  # Shopify confirmed it; counted until a newer read includes it
    REJECTED = "rejected"  # set aside for a manager
    # A manager resolved its refusal by hand (dealt with in Shopify): never sent again,
    # not by `Send again` nor `reconcile --retry-rejected`; its outbox row is settled.
    DISMISSED = "dismissed"


@dataclass(frozen=True, slots=True)
class PendingEvent:
    """A local stock event that Shopify has not confirmed yet, in local order (`seq`)."""

    seq: int
    event_id: str
    kind: EventKind
    sku: str
    delta: int  # the change of units it stands for (for a count: its variance so far)
    reason: str  # local reason: sale | return | post_void | receipt | write_off | count
    status: EventStatus
    batch_key: str | None = None
    solo: bool = False
    counted: int | None = None
    expected: int | None = None
    taken_online: bool = False
    # How many times a person re-queued it after Shopify set it aside
    # (`reconcile --retry-rejected`): each generation is sent under a fresh key.
    retry: int = 0

    @property
    def key_token(self) -> str:
        """What names this event in an idempotency key: its id, with the retry
        generation once it has been re-queued (Shopify replays the stored refusal for a
        reused key, so a retry must not reuse the refused attempt's key)."""
        return self.event_id if not self.retry else f"{self.event_id}/retry{self.retry}"


@dataclass(frozen=True, slots=True)
class PlannedBatch:
    key: str
    reason: str
    events: tuple[PendingEvent, ...]
    # One change per inventory item: (item id, summed delta, event ids behind it).
    changes: tuple[tuple[str, int, tuple[str, ...]], ...]


@dataclass(frozen=True, slots=True)
class PushPlan:
    batches: tuple[PlannedBatch, ...]
    counts: tuple[PendingEvent, ...]
    unknown: tuple[PendingEvent, ...]


def plan_pushes(events: Sequence[PendingEvent], item_of: Callable[[str], str | None]) \
        -> PushPlan:
    """Group unsent deltas into pushes of at most 250 items (and 500 local events) per
    Shopify reason.

    A count is a barrier for its SKU: deltas recorded after it wait until it is
    resolved, and it waits until every earlier delta of its SKU is confirmed, so the
    compare-and-set sees exactly the on_hand the count was taken against.
    """
    unresolved = [e for e in events
                  if e.status in (EventStatus.PENDING, EventStatus.IN_FLIGHT)]
    first_count: dict[str, int] = {}
    first_open: dict[str, int] = {}
    for e in unresolved:
        first_open.setdefault(e.sku, e.seq)
        if e.kind is EventKind.COUNT:
            first_count.setdefault(e.sku, e.seq)
    unknown: list[PendingEvent] = []
    counts: list[PendingEvent] = []
    groups: dict[str, list[PendingEvent]] = {}
    solos: list[PendingEvent] = []
    for e in unresolved:
        if e.status is not EventStatus.PENDING or e.batch_key is not None:
            continue
        if item_of(e.sku) is None:
            unknown.append(e)
            continue
        if e.kind is EventKind.COUNT:
            if first_open[e.sku] == e.seq:
                counts.append(e)
            continue
        if e.seq > first_count.get(e.sku, e.seq):
            continue
        if e.solo:
            solos.append(e)
        else:
            groups.setdefault(shopify_reason(e.reason, e.delta), []).append(e)
    batches: list[PlannedBatch] = []
    for reason, members in groups.items():
        chunk: list[PendingEvent] = []
        items: set[str] = set()
        for e in members:
            item = item_of(e.sku)
            assert item is not None
            if (item not in items and len(items) == MAX_ROWS_PER_MUTATION) \
                    or len(chunk) == MAX_EVENTS_PER_PUSH:
                batches.append(_batch(reason, chunk, item_of))
                chunk, items = [], set()
            chunk.append(e)
            items.add(item)
        if chunk:
            batches.append(_batch(reason, chunk, item_of))
    batches.extend(_batch(shopify_reason(e.reason, e.delta), [e], item_of) for e in solos)
    batches.sort(key=lambda b: b.events[0].seq)
    return PushPlan(tuple(batches), tuple(counts), tuple(unknown))


def _batch(reason: str, events: Sequence[PendingEvent],
           item_of: Callable[[str], str | None]) -> PlannedBatch:
    by_item: dict[str, tuple[int, list[str]]] = {}
    for e in events:
        item = item_of(e.sku)
        assert item is not None
        total, ids = by_item.get(item, (0, []))
        by_item[item] = (total + e.delta, [*ids, e.event_id])
    changes = tuple((item, total, tuple(ids)) for item, (total, ids) in by_item.items())
    return PlannedBatch(batch_key([e.key_token for e in events]), reason, tuple(events),
                        changes)


def count_set_key(key_token: str) -> str:
    """The idempotency key of a count's compare-and-set: derived from the count's
    `PendingEvent.key_token` (its id, and its retry generation once re-queued), and
    different from the key its variance delta will use if the compare goes stale."""
    return str(uuid.uuid5(_BATCH_NAMESPACE, "set:" + key_token))
