"""Sync with the central database: push the outbox, pull plans, staff, settings and the
other tills' commission period totals.

Exactly-once effect over an at-least-once transport:
- every outbox row carries its terminal-generated op id (UUIDv7) and the terminal's
  sequence number; the central store upserts by id (commission records by record id,
  where the higher (version, digest) wins), so a replay is a no-op and order does not
  matter;
- a batch is one central transaction: a connection dropped mid-batch rolls all of it
  back, and a batch committed whose answer was lost is replayed harmlessly;
- rows are acknowledged locally only after the central commit.

A backlog moves as a pipeline: while one batch is at the central database, a helper
thread reads and checks the next and this round's thread acknowledges the previous one,
so the terminal's work and the server's overlap (one batch in flight at a time).

One bad row never blocks the queue: a batch the central store refuses for its content
is split in halves until the refused rows are alone; they are marked 'rejected' with
the reason (the manager's "needs attention" list) and the rest goes through. Rejected
rows are never pruned, and `requeue_rejected` (`pos-app sync --retry-rejected`) puts
them back in the queue. An unreachable server stops the round, leaves everything
pending and backs off (2 s doubling to 1,024 s, with jitter): the channel is
"offline". A refusal of the terminal itself rather than of its rows (refused
credentials, a revoked role, or a configuration the central database does not
recognise: a wrong [central] store_id or [terminal] id, checked before every push and
again whenever row-level security refuses a batch) stops the round the same way but
marks the channel "paused" with the reason: no row is rejected for it, and once the
configuration or role is fixed every stranded row arrives. The counter never waits
for any of it.

Tiers and bonuses are earned on a staff member's period across every till of the store,
so each round also pulls, per staff member, plan and period of the current and previous
month, the totals of the store's OTHER terminals' sale and clawback records (this
terminal's own are known locally, and more recently). The ledger adds them to its own
records for the counter's progress and for the marginal tier rate of the next sale;
offline, the last pulled figures stand, with the time they are "as of".
"""

from __future__ import annotations

import hashlib
import json
import logging
import random
import re
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, Protocol, runtime_checkable

from pos_app.domain.clock import Clock, iso
from pos_app.domain.commission import (
    CommissionRecord,
    RecordKind,
    RecordStatus,
    canonical_json,
    check_record,
    digest,
)
from pos_app.domain.errors import (
    EnvironmentFault,
    InputError,
    Message,
    Offline,
    PosError,
    msg,
)

from .commission_calculator import RECORD_TOPIC
from .commission_settlement import window_start
from .flags import StoreFlag
from .staff import STAFF_TOPIC

log = logging.getLogger(__name__)

# Topics the central database consumes. 'inventory' belongs to the Shopify sync.
PUSH_TOPICS: tuple[str, ...] = (RECORD_TOPIC, "commission", "sale", "shift",
                                "needs_attention", STAFF_TOPIC, "alert")

BACKOFF_START_S = 2
_YIELD_EVERY = 64  # records checked between chances for the pushing thread to run
# Capped at the job's interval: a round that cannot reach the central database costs one
# refused connection, and a store whose network comes back expects its tills to catch up
# within tens of seconds, not after a quarter of an hour (it used to be 1,024 s).
BACKOFF_CAP_S = 30
JITTER = 0.25


# ---- errors ------------------------------------------------------------------------------


class CentralUnavailable(Offline):
    """The central database cannot be reached, or the connection dropped."""


class CentralAuthFailed(EnvironmentFault):
    """The central database refused the terminal's credentials."""


class CentralConfigRefused(CentralAuthFailed):
    """The central database does not know this terminal as the configured one: a wrong
    store or terminal id, or a role that is no terminal's. Rows are not at fault."""


class BatchRejected(PosError):
    """The central database refused a batch for its content (a permanent error):
    a constraint, a malformed value, or row-level security (another store's row).
    `security`: the refusal came from row-level security, which a wrong configuration
    also causes; the sync checks the terminal's identity before blaming the rows."""

    def __init__(self, reason: str, *, security: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.security = security


# ---- what travels -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TerminalIdentity:
    store_id: str
    terminal_id: str


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """A pending outbox row, as stored."""

    seq: int
    op_id: str
    topic: str
    aggregate_id: str
    payload: str
    created_at: str
    # SHA-256 of `payload` exactly as stored, written with a ledger record (local
    # 0020_outbox_digest); None for other rows and rows written before it.
    digest: str | None = None


@dataclass(frozen=True, slots=True)
class PushItem:
    """A validated outbox row ready for the central store.

    A commission record travels as `record_json`, its canonical JSON
    (`canonical_json(record.to_dict())`), with its id and version for the central
    store's choice between two versions in one batch; its `payload` is not kept (the
    check of a ledger-written text parses nothing). Other rows travel as `payload`."""

    seq: int
    op_id: str
    topic: str
    aggregate_id: str
    payload: Mapping[str, Any]
    created_at: str
    digest: str = ""  # of commission records only (their version tie-break)
    record_json: str = ""  # "" = not a commission record
    record_id: str = ""
    version: int = 0

    @property
    def record(self) -> CommissionRecord | None:
        """The commission record sent, read back from `record_json` (None for other
        rows). The push itself needs only the text, id and version."""
        if not self.record_json:
            return None
        return CommissionRecord.from_dict(json.loads(self.record_json))


@dataclass(frozen=True, slots=True)
class PulledPlan:
    id: str
    store_id: str | None
    version: int
    digest: str
    body: str


@dataclass(frozen=True, slots=True)
class PulledStaff:
    id: str
    store_id: str
    name: str
    role: str
    active: bool
    version: int
    digest: str
    # The store's own tills only (row-level security per store): merged into the
    # till's staff so a person added on one till signs in on all (services/staff.py).
    pin_hash: str | None = None
    active_version: int = 1


@dataclass(frozen=True, slots=True)
class PulledSetting:
    key: str
    value: str
    version: int
    digest: str


@dataclass(frozen=True, slots=True)
class PulledPeriodTotals:
    """Other terminals' OK sale and clawback records of one staff member, plan and period
    (as `PeriodTotals`: value, units, tier parts paid, amount)."""

    staff_id: str
    plan_id: str
    period_start: date
    value: int
    units: int
    tier_paid: int
    amount: int


@dataclass(frozen=True, slots=True)
class SyncState:
    """How the channel's rounds went. `failures` counts the rounds that failed in a row
    (0: the last round succeeded); `last_error` and `last_error_at` are the most recent
    failure's, kept after a success so the status can say when it last went wrong.
    `paused`: the last round was refused for the terminal's configuration or
    credentials, which a person has to fix (not a network to wait for)."""

    failures: int = 0
    next_try_at: str | None = None
    last_success_at: str | None = None  # shown in the status bar: "last sync 10:42"
    last_error: str | None = None
    last_error_at: str | None = None
    paused: bool = False
    last_attempt_at: str | None = None
    # The journal stream (pushed in the same round): why it stopped in the last round
    # that ran it (None: it went through), and its most recent stop and when.
    journal_error: str | None = None
    journal_last_error: str | None = None
    journal_last_error_at: str | None = None


@dataclass(frozen=True, slots=True)
class CentralSettings:
    """The [central] section: where the central database is and how this terminal syncs.

    `url` None means the embedded SQLite central database in the data directory (a
    single store, demo mode). The password is never a setting: it comes from the
    keyring (or POS_APP_CENTRAL_PASSWORD for headless use).
    """

    store_id: str = "S1"
    url: str | None = None
    batch_size: int = 1000
    interval_seconds: int = 30
    connect_timeout_seconds: int = 5
    # TLS to PostgreSQL (None: verify-full, or prefer on this machine); see central/url.py.
    sslmode: str | None = None
    sslrootcert: str | None = None


# ---- ports ----------------------------------------------------------------------------------


class CentralStore(Protocol):
    """The central database as the terminal sees it (adapters/central/repository.py)."""

    def push(self, identity: TerminalIdentity, items: Sequence[PushItem]) -> None:
        """Upsert all items in one central transaction, or none of them.

        Raises CentralUnavailable, CentralAuthFailed or BatchRejected."""
        ...

    def pull_plans(self, identity: TerminalIdentity) -> list[PulledPlan]: ...

    def pull_staff(self, identity: TerminalIdentity) -> list[PulledStaff]: ...

    def pull_settings(self, identity: TerminalIdentity) -> list[PulledSetting]: ...

    def pull_period_totals(self, identity: TerminalIdentity,
                           since: date) -> list[PulledPeriodTotals]:
        """Per staff member, plan and period starting on or after `since`: the totals of
        the store's OK sale and clawback records of every terminal but this one."""
        ...


@runtime_checkable
class IdentityCheck(Protocol):
    """A central store that can say who it takes this terminal's connection for."""

    def identity_problem(self, identity: TerminalIdentity) -> str | None:
        """None when the central database knows this connection as `identity`'s store
        and terminal (or has no roles: the embedded database); else what is wrong,
        fit to show a manager. Raises CentralUnavailable or CentralAuthFailed."""
        ...


@runtime_checkable
class StoreFlagPull(Protocol):
    """A central store that holds per-store feature flag overrides (0008_store_flags)."""

    def pull_store_flags(self, identity: TerminalIdentity) -> list[StoreFlag]: ...


@runtime_checkable
class StoreFlagSink(Protocol):
    """A terminal side that caches them (local 0019_store_flags)."""

    def apply_store_flags(self, store_id: str, flags: Sequence[StoreFlag], at: str) -> int:
        """Keep each override whose version is higher than the cached one; how many
        changed."""
        ...


class JournalStream(Protocol):
    """The terminal's journal, pushed as a stream of its own (services/journal.py
    JournalPusher): insert-only at the central database, by (store, terminal, seq)."""

    last_error: str | None

    def push(self, identity: TerminalIdentity) -> int:
        """Push what the central database does not have yet; the count pushed."""
        ...


class SyncOutbox(Protocol):
    """The terminal's side (adapters/sqlite/central_outbox.py)."""

    def pending(self, topics: Sequence[str], limit: int, after_seq: int) -> list[OutboxItem]:
        """Pending rows of `topics` with seq > after_seq, in seq order."""
        ...

    def mark_acked(self, seqs: Sequence[int]) -> None: ...

    def mark_rejected(self, reasons: Mapping[int, str]) -> None: ...

    def mark_failed(self, seqs: Sequence[int], error: str) -> None:
        """Count a failed attempt on still-pending rows (they stay pending)."""
        ...

    def requeue_rejected(self, topics: Sequence[str]) -> dict[str, int]:
        """Put every rejected row of `topics` back in the queue; per topic, how many."""
        ...

    def counts(self, topics: Sequence[str]) -> tuple[int, int]:
        """(pending, rejected) rows of `topics`."""
        ...

    def apply_plans(self, plans: Sequence[PulledPlan], at: str) -> int: ...

    def apply_staff(self, staff: Sequence[PulledStaff]) -> int: ...

    def apply_settings(self, settings: Sequence[PulledSetting]) -> int: ...

    def apply_period_totals(self, totals: Sequence[PulledPeriodTotals], since: date,
                            as_of: str) -> int:
        """Replace the other tills' totals with a complete pull (periods from `since`),
        as of `as_of`, in one transaction; returns the rows stored."""
        ...

    def load_state(self) -> SyncState: ...

    def save_state(self, state: SyncState) -> None: ...


# ---- the summary of one round ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SyncSummary:
    pushed: int = 0
    pushed_by_topic: Mapping[str, int] = field(default_factory=dict)
    rejected: int = 0
    batches: int = 0
    plans_applied: int = 0
    staff_applied: int = 0
    settings_applied: int = 0
    pending_left: int = 0
    rejected_total: int = 0
    seconds: float = 0.0
    error: str | None = None
    skipped_until: str | None = None
    other_tills: int = 0  # period totals of other terminals pulled
    journal_pushed: int = 0  # journal records (services/journal.py), not in `pushed`
    journal_error: str | None = None  # why the journal stream stopped, if it did
    paused: bool = False  # stopped by a refusal a person must fix (config, credentials)
    flags_applied: int = 0  # the store's flag overrides changed here (by version)
    recovered: bool = False  # the first round through after failed ones (network back)

    @property
    def ok(self) -> bool:
        return self.error is None and self.skipped_until is None

    def lines(self) -> list[str]:
        return [str(m) for m in self.messages()]

    def messages(self) -> list[Message]:
        """The round in lines, as templates and values (str(): the English of `lines`)."""
        if self.skipped_until:
            return [msg("Central sync backing off until {until}", until=self.skipped_until)]
        topics = tuple(msg("{topic} {count}", topic=t, count=n)
                       for t, n in sorted(self.pushed_by_topic.items()))
        seconds = Decimal(f"{self.seconds:.2f}")
        out = [
            msg("Pushed           {pushed} record(s) in {batches} batch(es) ({topics}) in "
                "{seconds} s", pushed=self.pushed, batches=self.batches, topics=topics,
                seconds=seconds) if topics else
            msg("Pushed           {pushed} record(s) in {batches} batch(es) in {seconds} s",
                pushed=self.pushed, batches=self.batches, seconds=seconds),
            msg("Rejected         {rejected} this round; {total} need attention",
                rejected=self.rejected, total=self.rejected_total),
            msg("Pulled           {plans} plan(s), {staff} staff, {settings} setting(s) "
                "changed, {tills} other-till period total(s), {flags} flag override(s)",
                plans=self.plans_applied, staff=self.staff_applied,
                settings=self.settings_applied, tills=self.other_tills,
                flags=self.flags_applied) if self.flags_applied else
            msg("Pulled           {plans} plan(s), {staff} staff, {settings} setting(s) "
                "changed, {tills} other-till period total(s)",
                plans=self.plans_applied, staff=self.staff_applied,
                settings=self.settings_applied, tills=self.other_tills),
            msg("Still pending    {count}", count=self.pending_left),
        ]
        if self.journal_pushed or self.journal_error:
            out.append(msg("Journal          {count} record(s) pushed; STOPPED: {error}",
                           count=self.journal_pushed, error=self.journal_error)
                       if self.journal_error else
                       msg("Journal          {count} record(s) pushed",
                           count=self.journal_pushed))
        if self.error and self.paused:
            out.append(msg("PAUSED           {error}", error=self.error))
            out.append(msg("                 nothing was rejected: every row stays queued "
                           "and goes once the configuration or the role is fixed"))
        elif self.error:
            out.append(msg("Stopped          {error}", error=self.error))
        return out


# ---- the service ------------------------------------------------------------------------------


OTHER_TILLS_EVERY = timedelta(minutes=2)


def backoff_seconds(failures: int, jitter: float) -> float:
    """2 s doubling per failure, capped at 30 s, +-25 % jitter (`jitter` in [0, 1))."""
    base = min(BACKOFF_CAP_S, BACKOFF_START_S * 2 ** max(0, failures - 1))
    return float(base * (1 - JITTER + 2 * JITTER * jitter))


def _valid_record(parsed: object) -> CommissionRecord | None:
    """`parsed` as a valid commission record; None when it is not one (`prepare` then
    checks the row in full and says why)."""
    if not isinstance(parsed, dict):
        return None
    try:
        record = CommissionRecord.from_dict(parsed)
        record.validate()
    except (InputError, KeyError, TypeError, ValueError):
        return None
    return record


def _ledger_record(item: OutboxItem, parsed: object) -> PushItem | None:
    """The record row as `prepare` makes it, from `parsed` (its payload as parsed with
    the rest of its batch), when the payload is exactly what the ledger writes: the
    canonical JSON of a valid record. None when it is not (`prepare` then parses the row
    on its own). The text check also proves `parsed` is this row's own payload."""
    record = _valid_record(parsed)
    if record is None:
        return None
    row = record.to_dict()
    record_json = canonical_json(row)
    if record_json != item.payload:
        return None
    # The payload parses to `row` and its canonical JSON is itself: what `prepare` finds.
    return _record_item(item, digest(record_json), record_json, record)


def _record_item(item: OutboxItem, digest_: str, record_json: str,
                 record: CommissionRecord) -> PushItem:
    return PushItem(item.seq, item.op_id, item.topic, item.aggregate_id, {}, item.created_at,
                    digest_, record_json, record.id, record.version)


# A commission record's canonical JSON (`canonical_json(record.to_dict())`) as the ledger
# writes it, key by key in its sorted order, each value of its field's type as
# `CommissionRecord.from_dict` reads it and `to_dict` writes it back unchanged: strings
# without escapes, whole numbers (no -0), nulls where the field may be None, the kind and
# status by name, the period start as a date. A text this matches is its record's
# canonical JSON (once the date is proven a date); any other goes the full way.
_STRING = r'"[^"\\\x00-\x1f]*"'
_WHOLE = r'(?:0|-?[1-9][0-9]*)'
_FIELD_VALUES = {
    "str": _STRING, "int": _WHOLE, "str | None": f"(?:{_STRING}|null)",
    "int | None": f"(?:{_WHOLE}|null)", "date | None": r'(?:"[0-9]{4}-[0-9]{2}-[0-9]{2}"|null)',
    "RecordKind": '"(?:' + "|".join(re.escape(k.value) for k in RecordKind) + ')"',
    "RecordStatus": '"(?:' + "|".join(re.escape(s.value) for s in RecordStatus) + ')"',
}
_KIND_TEXT = {f'"{k.value}"': k for k in RecordKind}
_STATUS_TEXT = {f'"{s.value}"': s for s in RecordStatus}
_LEDGER_TEXT = re.compile("{" + ",".join(
    f'"{f.name}":(?P<{f.name}>{_FIELD_VALUES[str(f.type)]})'
    for f in sorted(fields(CommissionRecord), key=lambda f: f.name)) + "}")


def _stored_record(item: OutboxItem) -> PushItem | None:
    """The record row as `prepare` makes it, proven from its text alone: its stored
    digest holds (the text is the one the ledger wrote with it, unchanged since), it is a
    record's canonical JSON (`_LEDGER_TEXT`), and its fields pass the record's checks
    (`check_record`). Sent with its text and digest as stored: nothing parsed, built,
    serialised or hashed again. None otherwise (`prepare` checks the row in full)."""
    if item.digest is None or item.topic != RECORD_TOPIC:
        return None
    m = _LEDGER_TEXT.fullmatch(item.payload)
    if m is None or hashlib.sha256(item.payload.encode("utf-8")).hexdigest() != item.digest:
        return None
    rid = m["id"][1:-1]
    version = int(m["version"])
    try:
        if m["period_start"] != "null":
            date.fromisoformat(m["period_start"][1:-1])
        check_record(rid, version, _KIND_TEXT[m["kind"]], _STATUS_TEXT[m["status"]],
                     has_line=m["sale_id"] != "null" and m["line_no"] != "null",
                     has_original=m["of_record"] != "null", amount=int(m["amount"]),
                     parts=int(m["rate_part"]) + int(m["spiff_part"]) + int(m["tier_part"]),
                     currency=m["currency"][1:-1])
    except (InputError, ValueError):  # prepare says why
        return None
    return PushItem(item.seq, item.op_id, item.topic, item.aggregate_id, {}, item.created_at,
                    item.digest, item.payload, rid, version)


def stored_digest_holds(item: OutboxItem) -> bool:
    """The row's stored digest is its text's: the text is the one the ledger wrote with
    it (the canonical JSON of its record), unchanged since."""
    return item.digest is not None and item.topic == RECORD_TOPIC \
        and hashlib.sha256(item.payload.encode("utf-8")).hexdigest() == item.digest


def parse_batch(items: Sequence[OutboxItem]) -> list[object]:
    """The commission records' payloads parsed as one JSON array (their keys are read
    once for the batch), item by item; None for the other rows, and for all when the
    texts do not make an array of as many values (`prepare` parses those alone)."""
    records = [i.payload for i in items if i.topic == RECORD_TOPIC]
    if not records:
        return [None] * len(items)
    try:
        values = json.loads("[" + ",".join(records) + "]")
    except ValueError:
        return [None] * len(items)
    if not isinstance(values, list) or len(values) != len(records):
        return [None] * len(items)
    it = iter(values)
    return [next(it) if i.topic == RECORD_TOPIC else None for i in items]


def prepare(item: OutboxItem, parsed: object = None) -> PushItem:
    """Parse and check one outbox row; InputError says why the central store would refuse it.
    `parsed`: the payload as `parse_batch` parsed it, a shortcut for ledger records."""
    if parsed is not None and item.topic == RECORD_TOPIC:
        ready = _ledger_record(item, parsed)
        if ready is not None:
            return ready
    try:
        payload = json.loads(item.payload)
    except ValueError as exc:
        raise InputError(f"payload is not JSON: {exc}") from exc
    if not isinstance(payload, dict):
        raise InputError("payload is not a JSON object")
    record = None
    if item.topic == RECORD_TOPIC:
        try:
            record = CommissionRecord.from_dict(payload)
            record.validate()
        except InputError:
            raise
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError(f"not a commission record: {type(exc).__name__}: {exc}") from exc
    if record is None:  # the digest is the version tie-break of records only
        return PushItem(item.seq, item.op_id, item.topic, item.aggregate_id, payload,
                        item.created_at)
    record_json = canonical_json(record.to_dict())
    # The ledger writes a record's payload as exactly this text: then it is also the
    # canonical JSON of the payload, the digest's input, without a second serialisation.
    text = record_json if record_json == item.payload else canonical_json(payload)
    return _record_item(item, digest(text), record_json, record)


class CentralSync:
    """One push/pull round at a time; run by a background job, never the GUI thread."""

    def __init__(self, outbox: SyncOutbox, central: CentralStore, identity: TerminalIdentity,
                 clock: Clock, *, batch_size: int = 1000,
                 topics: Sequence[str] = PUSH_TOPICS,
                 jitter: Callable[[], float] = random.random,
                 after_pull: Callable[[int], object] | None = None,
                 totals_every: timedelta = OTHER_TILLS_EVERY,
                 journal: JournalStream | None = None,
                 after_flags: Callable[[int], object] | None = None) -> None:
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self._outbox = outbox
        self._central = central
        self.identity = identity
        self._clock = clock
        self._batch = batch_size
        self._topics = tuple(topics)
        self._jitter = jitter
        # Called with the number of plans changed by a pull (e.g. to recalculate
        # commission records that needed review).
        self._after_pull = after_pull
        # The other tills' totals are two months of the store's records added up: pulled
        # every few rounds, not every 30 s (the settlement corrects exactly anyway).
        self._totals_every = totals_every
        self._totals_pulled_at: datetime | None = None
        self._journal = journal
        # Called with the number of store flag overrides a pull changed (the running
        # till switches the flags it reads per use, app/flag_wiring.py).
        self._after_flags = after_flags
        self._rechecked = False  # identity re-checked after a security refusal this round
        self._rounds = 0  # rounds run by this instance (the app's, since it started)
        # Held by a round from its state read to its state write: `wake` (another
        # channel's thread) never writes a state read before a round's over it.
        self._round = threading.Lock()

    def sync_once(self, *, force: bool = False) -> SyncSummary:
        """Push every pending row, then pull. `force` ignores the backoff (CLI, tests)."""
        with self._round:
            return self._sync_once(force)

    def _sync_once(self, force: bool) -> SyncSummary:
        started = time.perf_counter()
        state = self._outbox.load_state()
        now = self._clock.now()
        # A pause waits for a person: the configuration is read at start, so the first
        # round of a (re)started app tries at once instead of sitting out the backoff.
        retry_pause = state.paused and not self._rounds
        if not force and not retry_pause and state.next_try_at \
                and now < datetime.fromisoformat(state.next_try_at):
            return SyncSummary(skipped_until=state.next_try_at)
        self._rounds += 1
        pushed: dict[str, int] = {}
        rejected = batches = plans = staff = settings = others = journaled = flags = 0
        error: str | None = None
        paused = False
        in_flight: list[int] = []
        try:
            # Before anything is pushed or pulled: a terminal the central database takes
            # for another store (or for nobody) would have every row refused, and would
            # replace the other tills' totals with an empty pull.
            self._check_identity()
            self._rechecked = False
            # A pipeline of three, a batch in each stage: a helper thread reads and
            # checks batch k+1 (outbox reads only) while another pushes batch k (the
            # central store only; one batch there at a time) and this thread records
            # batch k-1's outcome in the outbox (the only writes, so they keep this
            # thread's turn at the local database's writer). The stages' work overlaps
            # instead of adding up; a row is still acknowledged only after its commit.
            with ThreadPoolExecutor(2, thread_name_prefix="central-sync") as helpers:
                reading = helpers.submit(self._next_batch, 0)
                flight: tuple[Future[tuple[list[PushItem], dict[int, str]]],
                              list[OutboxItem], dict[int, str]] | None = None
                while True:
                    batch = reading.result()
                    if batch is not None:
                        reading = helpers.submit(self._next_batch, batch[0][-1].seq)
                    landed = None
                    if flight is not None:
                        pushing, flown, refused = flight
                        in_flight = [i.seq for i in flown]
                        acked, central_refused = pushing.result()
                        in_flight = []
                        refused.update(central_refused)
                        batches += 1
                        landed = (acked, refused)
                        flight = None
                    if batch is not None:
                        items, ready, refused = batch
                        flight = (helpers.submit(self._push, ready), items, refused)
                    if landed is not None:
                        rejected += self._record(landed, pushed)
                    if batch is None:
                        break
            if self._journal is not None:
                journaled = self._journal.push(self.identity)
            plans = self._outbox.apply_plans(self._central.pull_plans(self.identity),
                                             iso(self._clock.now()))
            staff = self._outbox.apply_staff(self._central.pull_staff(self.identity))
            settings = self._outbox.apply_settings(
                self._central.pull_settings(self.identity))
            flags = self._pull_flags()
            # The current and previous month in any zone: a day early covers a store
            # behind UTC, whose date is still yesterday's.
            due = (force or self._totals_pulled_at is None
                   or now - self._totals_pulled_at >= self._totals_every)
            if due:
                since = window_start(now.date() - timedelta(days=1))
                others = self._outbox.apply_period_totals(
                    self._central.pull_period_totals(self.identity, since), since,
                    iso(self._clock.now()))
                self._totals_pulled_at = now
        except (CentralUnavailable, CentralAuthFailed) as exc:
            error = str(exc)
            paused = isinstance(exc, CentralAuthFailed)
            if in_flight:
                self._outbox.mark_failed(in_flight, error)
            failures = state.failures + 1
            wait = backoff_seconds(failures, self._jitter())
            at = self._clock.now()
            next_try = iso(at + timedelta(seconds=wait))
            self._outbox.save_state(SyncState(
                failures, next_try, state.last_success_at, error, iso(at), paused, iso(at),
                state.journal_error, state.journal_last_error, state.journal_last_error_at))
            if paused:
                log.error("central sync PAUSED, nothing rejected, every row kept (%d "
                          "failure(s) in a row, next try %s): %s", failures, next_try, exc)
            else:
                log.warning("central sync stopped (%d failure(s) in a row, next try %s): %s",
                            failures, next_try, exc)
        else:
            at_text = iso(self._clock.now())
            j_error = self._journal.last_error if self._journal is not None else None
            self._outbox.save_state(SyncState(
                last_success_at=at_text, last_error=state.last_error,
                last_error_at=state.last_error_at, last_attempt_at=at_text,
                journal_error=j_error,
                journal_last_error=j_error or state.journal_last_error,
                journal_last_error_at=at_text if j_error else state.journal_last_error_at))
            if plans and self._after_pull is not None:
                self._after_pull(plans)
            if flags and self._after_flags is not None:
                self._after_flags(flags)
        pending, rejected_total = self._outbox.counts(self._topics)
        return SyncSummary(sum(pushed.values()), pushed, rejected, batches, plans, staff,
                           settings, pending, rejected_total,
                           time.perf_counter() - started, error, other_tills=others,
                           journal_pushed=journaled,
                           journal_error=self._journal.last_error if self._journal else None,
                           paused=paused, flags_applied=flags,
                           recovered=error is None and state.failures > 0)

    def wake(self) -> bool:
        """The network is back (the other channel just got through): the next round runs
        now instead of at the end of the backoff. The failure count stays, so a round
        that still fails waits as long as it would have. A pause waits for a person and
        is left alone, and so is a round running now (it is trying already; its own
        outcome decides the next wait). True when a backoff was cut short."""
        if not self._round.acquire(blocking=False):
            return False
        try:
            state = self._outbox.load_state()
            if state.paused or state.next_try_at is None:
                return False
            self._outbox.save_state(replace(state, next_try_at=None))
            return True
        finally:
            self._round.release()

    def requeue_rejected(self) -> dict[str, int]:
        """Put the rows set aside as rejected back in the queue (after the cause was
        fixed); the next round pushes them again, and any still refused are set aside
        again with the new reason. Per topic, how many were re-queued."""
        counts = self._outbox.requeue_rejected(self._topics)
        if counts:
            log.info("central sync: re-queued rejected rows: %s",
                     ", ".join(f"{t} {n}" for t, n in sorted(counts.items())))
        return counts

    def _pull_flags(self) -> int:
        """The store's flag overrides, kept here by version (both sides must know them:
        an older central schema or a test double may not)."""
        if not (isinstance(self._central, StoreFlagPull)
                and isinstance(self._outbox, StoreFlagSink)):
            return 0
        return self._outbox.apply_store_flags(
            self.identity.store_id, self._central.pull_store_flags(self.identity),
            iso(self._clock.now()))

    def _check_identity(self) -> None:
        """CentralConfigRefused when the central database takes this connection for
        another store or terminal than the configured one."""
        if not isinstance(self._central, IdentityCheck):
            return
        problem = self._central.identity_problem(self.identity)
        if problem is not None:
            raise CentralConfigRefused(problem)

    def _next_batch(self, after: int) \
            -> tuple[list[OutboxItem], list[PushItem], dict[int, str]] | None:
        """The next pending rows after seq `after`, checked: (rows, ready, refused), or
        None when nothing is pending."""
        items = self._outbox.pending(self._topics, self._batch, after)
        if not items:
            return None
        return (items, *self._prepare(items))

    def _record(self, outcome: tuple[list[PushItem], dict[int, str]],
                pushed: dict[str, int]) -> int:
        """Acknowledge what the central database committed and set aside what was
        refused (only after its commit); counts into `pushed`, returns the rejected."""
        acked, refused = outcome
        if acked:
            self._outbox.mark_acked([i.seq for i in acked])
        if refused:
            self._outbox.mark_rejected(refused)
            for seq, why in refused.items():
                log.warning("central sync: outbox row %d rejected: %s", seq, why)
        for i in acked:
            pushed[i.topic] = pushed.get(i.topic, 0) + 1
        return len(refused)

    def _prepare(self, items: Sequence[OutboxItem]) -> tuple[list[PushItem], dict[int, str]]:
        ready: list[PushItem] = []
        refused: dict[int, str] = {}
        # Records as the ledger wrote them (their stored digest holds, their text is a
        # record's canonical JSON) are checked on their text and sent as stored
        # (`_stored_record`); the rest are parsed as one array of their own and checked
        # in full, a record whose text no longer matches its digest flagged.
        fast: list[PushItem | None] = []
        for n, item in enumerate(items):
            if n % _YIELD_EVERY == _YIELD_EVERY - 1:
                # Let the pushing thread run if it waits: its wake-ups from the network
                # would otherwise sit out the interpreter's switch interval (5 ms) behind
                # this loop, a few times a batch (~15 % of a backlog's push, measured).
                time.sleep(0)
            fast.append(_stored_record(item))
        others = [i for i, f in zip(items, fast, strict=True) if f is None]
        parsed = iter(parse_batch(others) if others else [])
        for item, ready_item in zip(items, fast, strict=True):
            if ready_item is not None:
                ready.append(ready_item)
                continue
            if item.digest is not None and item.topic == RECORD_TOPIC \
                    and not stored_digest_holds(item):
                log.warning("central sync: outbox row %d: its text does not match the "
                            "digest stored with it (changed since the ledger wrote it); "
                            "checked in full", item.seq)
            try:
                ready.append(prepare(item, next(parsed)))
            except InputError as exc:
                refused[item.seq] = f"refused before sending: {exc}"
        return ready, refused

    def _push(self, items: Sequence[PushItem]) -> tuple[list[PushItem], dict[int, str]]:
        """Push in one transaction; on a content refusal, bisect to isolate bad rows."""
        if not items:
            return [], {}
        try:
            self._central.push(self.identity, items)
        except BatchRejected as exc:
            if exc.security and not self._rechecked:
                self._rechecked = True
                # Row-level security refuses rows of another store, and refuses every
                # row of a terminal configured for the wrong one: rows are only to blame
                # when the central database still knows this terminal as configured.
                self._check_identity()
            if len(items) == 1:
                return [], {items[0].seq: f"refused by the central database: {exc.reason}"}
            mid = len(items) // 2
            a_ok, a_bad = self._push(items[:mid])
            b_ok, b_bad = self._push(items[mid:])
            return a_ok + b_ok, {**a_bad, **b_bad}
        return list(items), {}
