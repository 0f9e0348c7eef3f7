"""The inventory reconciler: the long-lived object that keeps this terminal's stock view
and Shopify's in agreement, one pass at a time.

A pass pulls before it pushes (the Odoo ordering: see what the online store committed
before sending anything), then sends the terminal's own stock events as deltas with
`changeFromQuantity: null` and an idempotency key that every retry reuses, and resolves
stock counts with a compare-and-set on `on_hand` that turns into a variance delta when
Shopify moved meanwhile. Its state is durable (the repository) and changes only through
its own methods; the counter reads `sellable()`, which never touches the network.
"""

from __future__ import annotations

import itertools
import json
import logging
import random
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import timedelta
from decimal import Decimal
from enum import Enum
from typing import Any, Protocol, TypeVar

from pos_app.domain.catalog import Variant
from pos_app.domain.clock import Clock, IdGenerator, iso, parse_iso
from pos_app.domain.errors import ConfigError, Message, NotFound, msg
from pos_app.domain.inventory import (
    TRANSIENT_USER_ERRORS,
    AttentionKind,
    CircuitBreaker,
    PendingEvent,
    PlannedBatch,
    RetryPolicy,
    count_set_key,
    plan_pushes,
    row_index,
)
from pos_app.domain.money import Money
from pos_app.services import inventory_messages as texts
from pos_app.services.catalog import CatalogRepository, barcode_key
from pos_app.services.flags import Flag
from pos_app.services.inventory_ports import (
    ApiUsage,
    AttentionItem,
    BulkJob,
    BulkKind,
    BulkResult,
    InventoryGateway,
    InventoryRepository,
    InventoryStatus,
    ItemRef,
    MutationResult,
    RemoteCollection,
    RemoteLevel,
    RemoteVariant,
    ShopifyAuthError,
    ShopifyContractError,
    ShopifyUnavailable,
    StoredBatch,
)
from pos_app.services.shopify_settings import ShopifySettings

log = logging.getLogger(__name__)

T = TypeVar("T")

# Variants and levels stored per write transaction: a first sync (or a bulk re-read) of
# thousands of SKUs goes in short transactions, so a counter command never waits behind
# more than one of them (adapters/sqlite/writer_gate.py).
CATALOG_CHUNK = 250
LEVEL_CHUNK = 250
COLLECTION_PAGE = 250  # products per page of a collection
LEVELS_PAGE = 250  # levels per page of a paged levels read
POLL_WAIT = 2.0  # s between a bulk read's status reads, once past the first few
POLL_MAX_WAIT = 10.0  # s between them at most, however long the read takes
STALE = "CHANGE_FROM_QUANTITY_STALE"
MISMATCH = "IDEMPOTENCY_KEY_PARAMETER_MISMATCH"
BREAKER_COOLDOWN_S = 5.0  # the breaker's first open period (seconds)
BREAKER_MAX_COOLDOWN_S = 30.0  # ... doubled per failed probe up to this
APP_GID = "gid://pos-app"


class CatalogProgress(Protocol):
    """The catalog pull's progress, called on the pass's thread.

    After each stored chunk: (variants read so far, how many there are or None when
    Shopify could not say). While Shopify prepares a bulk read of the catalog, at each
    poll: (0, total, records), `records` being the bulk operation's objectCount, the
    result lines Shopify has written so far (a variant's line and each of its stock
    levels' lines: records, not products)."""

    def __call__(self, done: int, total: int | None, records: int | None = None) -> None: ...


class PassOutcome(Enum):
    OK = "ok"
    OFFLINE = "offline"  # Shopify unreachable: local work is kept for the next pass
    PAUSED = "paused"  # the circuit breaker is open: no call was made
    AUTH_FAILED = "auth_failed"
    BUSY = "busy"  # another pass is running
    ERROR = "error"  # Shopify refused our request: a bug, logged with its traceback


@dataclass
class PassSummary:
    outcome: PassOutcome = PassOutcome.OK
    message: str = ""
    variants_seen: int = 0
    catalog_inserted: int = 0
    catalog_updated: int = 0
    skipped_no_sku: int = 0
    collections_read: int = 0
    levels_updated: int = 0
    bulk_reads: int = 0
    ingested: int = 0
    pushed_events: int = 0
    mutations: int = 0
    rejected: int = 0
    counts_applied: int = 0
    variances: int = 0
    stale_counts: int = 0
    oversold: list[str] = field(default_factory=list)
    retries: int = 0
    usage: ApiUsage = field(default_factory=ApiUsage)

    def lines(self) -> list[str]:
        return [str(m) for m in self.messages()]

    def messages(self) -> list[Message]:
        """The pass in lines, as templates and values (str(): the English of `lines`)."""
        u = self.usage
        return [
            msg("Outcome          {outcome}: {message}", outcome=self.outcome.value,
                message=self.message) if self.message else
            msg("Outcome          {outcome}", outcome=self.outcome.value),
            msg("Catalog          {read} variants read, {new} new, {changed} changed, "
                "{no_sku} without SKU, {collections} collections read",
                read=self.variants_seen, new=self.catalog_inserted,
                changed=self.catalog_updated, no_sku=self.skipped_no_sku,
                collections=self.collections_read),
            msg("Levels           {updated} updated ({reads} bulk reads)",
                updated=self.levels_updated, reads=self.bulk_reads),
            msg("Pushed           {events} events in {mutations} mutations, {rejected} set "
                "aside, {retries} retries", events=self.pushed_events,
                mutations=self.mutations, rejected=self.rejected, retries=self.retries),
            msg("Counts           {applied} applied, {variances} as variances, {stale} "
                "stale", applied=self.counts_applied, variances=self.variances,
                stale=self.stale_counts),
            msg("Oversold         {skus}", skus=", ".join(self.oversold)) if self.oversold
            else msg("Oversold         none"),
            msg("Shopify API      {requests} requests, {points} cost points, {throttled} "
                "throttled ({seconds} s waited)", requests=u.requests, points=u.points,
                throttled=u.throttled, seconds=Decimal(f"{u.throttle_wait_seconds:.1f}")),
        ]

    def as_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["outcome"] = self.outcome.value
        return out


def _minus(ts: str, seconds: int) -> str:
    moved = parse_iso(ts.replace("Z", "+00:00")) - timedelta(seconds=seconds)
    return moved.strftime("%Y-%m-%dT%H:%M:%SZ")


def _newest(current: str | None, stamps: Iterable[str]) -> str | None:
    best = current
    for s in stamps:
        if best is None or s > best:
            best = s
    return best


def _id_order(gid: str) -> tuple[int, str]:
    """Shopify ids number objects in creation order: the numeric tail first."""
    tail = gid.rsplit("/", 1)[-1]
    return (int(tail), gid) if tail.isdigit() else (2**63, gid)


def _chunks(items: Sequence[T], size: int) -> Iterable[Sequence[T]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


class InventoryReconciler:
    """Keeps the terminal's stock view and Shopify's in agreement. Thread-safe: one pass
    at a time; `sellable` and `record_count` may be called from any thread."""

    def __init__(self, repo: InventoryRepository, gateway: InventoryGateway,
                 catalog: CatalogRepository, settings: ShopifySettings, *, currency: str,
                 clock: Clock, ids: IdGenerator, monotonic: Callable[[], float],
                 sleep: Callable[[float], None], rng: random.Random | None = None,
                 retry: RetryPolicy | None = None, breaker: CircuitBreaker | None = None,
                 offline_after_seconds: float | None = None) -> None:
        self._repo = repo
        self._gateway = gateway
        self._catalog = catalog
        self.settings = settings
        self._currency = currency
        self._clock = clock
        self._ids = ids
        self._monotonic = monotonic
        self._sleep = sleep
        self._rng = rng or random.Random()
        self._retry = retry or RetryPolicy()
        # Open 5 s after five failures in a row, doubling per failed probe up to 30 s:
        # a storm of 500s is asked once per 30 s, a network that came back is noticed
        # within seconds (and at once when the central database got through: wake).
        self.breaker = breaker or CircuitBreaker(monotonic, threshold=5,
                                                 cooldown=BREAKER_COOLDOWN_S,
                                                 max_cooldown=BREAKER_MAX_COOLDOWN_S)
        self._offline_after = offline_after_seconds or 2.0 * settings.sync_interval_seconds
        self._pass_lock = threading.Lock()
        self._last_contact: float | None = None
        self._location: str | None = None
        self._location_checked = False
        self._items: dict[str, str] = {}
        self._items_stale = True  # the catalog pull changed the map since it was read
        self._progress: CatalogProgress | None = None
        self._catalog_total: int | None = None

    # ---- what the counter and managers call ----------------------------------------------

    @property
    def location_id(self) -> str | None:
        if self._location is None:
            self._location = self._repo.get_state("location_id")
        return self._location

    @property
    def online(self) -> bool:
        """Shopify answered recently and the breaker is closed."""
        return (self._last_contact is not None and self.breaker.allow()
                and self._monotonic() - self._last_contact <= self._offline_after)

    def sellable(self, sku: str) -> int | None:
        """Local sellable estimate: Shopify's last available plus the terminal's events
        Shopify has not reflected yet. None when the SKU has no known level here."""
        loc = self.location_id
        return None if loc is None else self._repo.sellable(sku, loc)

    def would_oversell(self, sku: str, quantity: int) -> bool:
        """True when selling `quantity` more would take the estimate below zero."""
        left = self.sellable(sku)
        return left is not None and quantity > left

    def record_count(self, sku: str, counted: int) -> str:
        """Record a physical count of `sku` at this location; returns its event id.

        Taken while online, it is sent as a compare-and-set of on_hand; taken offline,
        it is always a variance against what the terminal expected."""
        if counted < 0:
            raise ValueError("a counted quantity cannot be negative")
        loc = self.location_id
        if loc is None or self._repo.snapshot(sku, loc) is None:
            raise NotFound(msg("No Shopify stock level is known for {sku} at this location yet",
                               sku=sku))
        event_id = self._ids.new_id()
        self._repo.record_count(event_id, sku, loc, counted, taken_online=self.online,
                                at=iso(self._clock.now()))
        return event_id

    def attention(self, *, include_resolved: bool = False) -> list[AttentionItem]:
        return self._repo.attention(include_resolved=include_resolved)

    def resolve_attention(self, attention_id: str) -> bool:
        return self._repo.resolve_attention(attention_id, iso(self._clock.now()))

    def status(self) -> InventoryStatus:
        return self._repo.status()

    # ---- one pass --------------------------------------------------------------------

    def run_once(self, progress: CatalogProgress | None = None) -> PassSummary:
        """Pull catalog and levels, then push local events and counts. Never raises for
        Shopify being down or slow: the summary says what happened. With `progress`, the
        catalog pull first asks Shopify how many variants it will read (one more call)
        and reports (read, total) as it stores them: the first pull's progress bar."""
        summary = PassSummary()
        if not self._pass_lock.acquire(blocking=False):
            summary.outcome, summary.message = PassOutcome.BUSY, "a pass is already running"
            return summary
        self._progress, self._catalog_total = progress, None
        try:
            if not self.breaker.allow():
                summary.outcome = PassOutcome.PAUSED
                summary.message = (f"Shopify was unreachable; next try in "
                                   f"{self.breaker.retry_in():.0f} s")
                return summary
            before = self._gateway.usage()
            try:
                self._pass(summary)
            except ConfigError as exc:
                # [shopify] names a location or tax class Shopify does not have: the
                # channel pauses with the reason (status), and the error goes up.
                self._record_outcome("config", str(exc))
                raise
            except ShopifyUnavailable as exc:
                summary.outcome, summary.message = PassOutcome.OFFLINE, str(exc)
                # Counts taken from now on are offline counts, whatever the clock says.
                self._last_contact = None
                log.warning("inventory sync stopped: %s", exc)
            except ShopifyAuthError as exc:
                summary.outcome, summary.message = PassOutcome.AUTH_FAILED, str(exc)
                log.error("inventory sync: %s", exc)
            except ShopifyContractError as exc:
                summary.outcome, summary.message = PassOutcome.ERROR, str(exc)
                log.exception("inventory sync: Shopify refused a request")
            after = self._gateway.usage()
            summary.usage = ApiUsage(after.requests - before.requests,
                                     after.points - before.points,
                                     after.throttled - before.throttled,
                                     after.throttle_wait_seconds - before.throttle_wait_seconds)
            if summary.outcome is PassOutcome.OK:
                self._repo.set_state({"last_success_at": iso(self._clock.now()),
                                      "last_outcome": PassOutcome.OK.value})
            else:
                self._record_outcome(summary.outcome.value, summary.message)
            return summary
        finally:
            self._progress = None
            self._pass_lock.release()

    def _record_outcome(self, outcome: str, message: str | None) -> None:
        """A failed pass's outcome for the channel status (`pos-app status`, the status
        bar): an auth or configuration refusal shows the channel paused, with why."""
        self._repo.set_state({"last_outcome": outcome,
                              "last_error": message or outcome,
                              "last_error_at": iso(self._clock.now())})

    def _pass(self, s: PassSummary) -> None:
        loc = self._resolve_location()
        self._check_tax_classes()
        # The item map and the outbox are each read once a pass and passed along to
        # both pushes; the map is read again only when the catalog pull changed it.
        self._items_stale = True
        push_first = self._repo.get_state("levels_watermark") is not None
        if push_first:
            # What the till sold while Shopify was away goes first: back from a network
            # cut, the queue reaches Shopify before the pulls (which a throttled shop
            # can stretch to tens of seconds), not after them. Only the deltas of items
            # already known here: the rest (and counts) wait for the pull, as before.
            # A sale rung up during the pulls goes with the next pass, as one rung up
            # during the push always did.
            self._read_items()
            self._ingest(loc, s)
            self._push(loc, s, known_only=True)
        levels_done = self._pull_catalog(loc, s)
        if not levels_done:
            self._pull_levels(loc, s)
        if not push_first:
            self._ingest(loc, s)
        if self._items_stale:
            self._read_items()
        self._push(loc, s)
        # Collections matter to commission plans, not to stock: after the push, so a
        # slow or failing collection read never holds back the terminal's deltas.
        self._pull_collections(loc, s)

    def _read_items(self) -> None:
        self._items = self._repo.item_ids()
        self._items_stale = False

    def _ingest(self, loc: str, s: PassSummary) -> None:
        ingest = self._repo.ingest_outbox(loc, self._now())
        s.ingested, s.rejected = s.ingested + ingest.ingested, s.rejected + ingest.bad

    def requeue_rejected(self) -> int:
        """The events Shopify set aside back in the queue, each under a fresh
        idempotency key (`reconcile --retry-rejected`); how many."""
        return self._repo.requeue_rejected(self._now())

    def _now(self) -> str:
        return iso(self._clock.now())

    # ---- calls with retry ---------------------------------------------------------------

    def _call(self, fn: Callable[[], T], s: PassSummary | None = None) -> T:
        attempt = 0
        while True:
            if not self.breaker.allow():
                raise ShopifyUnavailable(msg("Shopify keeps failing; sync paused for {n} s",
                                             n=round(self.breaker.retry_in())))
            try:
                result = fn()
            except ShopifyUnavailable as exc:
                self.breaker.failure(exc.retry_after)
                attempt += 1
                if (Flag.AUTO_RETRY not in self.settings.flags
                        or attempt >= self._retry.max_attempts or not self.breaker.allow()):
                    raise
                if s is not None:
                    s.retries += 1
                delay = self._retry.delay(attempt - 1, self._rng, floor=exc.retry_after or 0.0)
                log.info("Shopify call failed (%s); retry %d in %.2f s", exc, attempt, delay)
                self._sleep(delay)
                continue
            self.breaker.success()
            self._last_contact = self._monotonic()
            return result

    # ---- pull ----------------------------------------------------------------------

    def _resolve_location(self) -> str:
        wanted = self.settings.location.strip()
        if not wanted:
            raise ConfigError("No Shopify location is configured ([shopify] location)")
        if wanted.startswith("gid://shopify/Location/"):
            found: str | None = wanted
            if not self._location_checked:
                # A mistyped gid would set every sale aside as INVALID_LOCATION: ask
                # Shopify once per process before the first pass uses it.
                if self._call(lambda: self._gateway.location_name(wanted)) is None:
                    raise ConfigError(
                        f"Shopify has no active location {wanted}; check [shopify] "
                        f"location (a location's name works too)")
                self._location_checked = True
        elif self._repo.get_state("location_name") == wanted:
            found = self._repo.get_state("location_id")
        else:
            found = self._call(lambda: self._gateway.find_location(wanted))
            if found is None:
                raise ConfigError(f"Shopify has no active location named {wanted!r}")
        assert found is not None
        if found != self._repo.get_state("location_id"):
            self._repo.set_state({"location_id": found, "location_name": wanted})
        self._location = found
        return found

    def _check_tax_classes(self) -> None:
        known = self._catalog.tax_classes()
        for code in (self.settings.taxable_tax_class, self.settings.exempt_tax_class):
            if code not in known:
                key = "taxable" if code == self.settings.taxable_tax_class else "exempt"
                raise ConfigError(
                    f"Tax class {code!r}, used for products from Shopify, does not exist "
                    f"locally (known: {', '.join(sorted(known)) or 'none yet'}); create it "
                    f"with `pos-app tax-class set {code} --rate CODE:PERCENT[:NAME] "
                    f"--as-owner` (no --rate for a 0% class), or name another class in "
                    f"[shopify] {key}_tax_class")

    def _pull_catalog(self, loc: str, s: PassSummary) -> bool:
        """Bring new and changed variants into the local catalog. Returns True when the
        levels came with them (the first sync reads both in one bulk operation)."""
        watermark = self._repo.get_state("catalog_watermark")
        since = None if watermark is None else _minus(watermark,
                                                      self.settings.pull_overlap_seconds)
        if self._progress is not None:
            self._catalog_total = self._call(
                lambda: self._gateway.variants_count(updated_since=since), s)
            self._progress(0, self._catalog_total)
        if watermark is None and Flag.BATCH_RECONCILIATION in self.settings.flags:
            result = self._bulk(BulkKind.CATALOG, loc, None, s)
            self._store_variants(result.variants, s)
            mine = [lv for lv in result.levels if lv.location_id == loc]
            self._store_levels(mine, loc, s)
            self._repo.set_state({k: v for k, v in {
                "catalog_watermark": _newest(None, (v.updated_at for v in result.variants)),
                "levels_watermark": _newest(None, (lv.updated_at for lv in mine)),
            }.items() if v is not None})
            return True
        after: str | None = None
        newest = watermark
        for pages in itertools.count(1):
            page = self._call(lambda a=after: self._gateway.variants_page(  # type: ignore[misc]
                updated_since=since, after=a), s)
            self._store_variants(page.items, s)
            newest = _newest(newest, (v.updated_at for v in page.items))
            if not page.has_next:
                break
            if self._switch_to_bulk(pages):
                result = self._bulk(BulkKind.CATALOG, loc, since, s)
                self._store_variants(result.variants, s)
                newest = _newest(newest, (v.updated_at for v in result.variants))
                break
            after = page.end_cursor
        if newest is not None:
            self._repo.set_state({"catalog_watermark": newest})
        return False

    def _switch_to_bulk(self, pages: int) -> bool:
        return (Flag.BATCH_RECONCILIATION in self.settings.flags
                and pages >= self.settings.bulk_after_pages)

    def _many_levels_changed(self, loc: str, since: str) -> bool:
        """Whether the read of the levels updated since `since` is known to be big, so
        one bulk operation reads it from the start. Known: the levels pushed and not
        read back yet (after a big push, the whole backlog) and the levels stored with
        an updatedAt in the read's window (the overlap reads them again). Big: more than
        `bulk_threshold`, or more than a paged read takes before it switches to a bulk
        read anyway (`bulk_after_pages` pages of ~750 points each, wasted). A pass with
        a few changed levels stays a paged read (no operation to start and poll)."""
        limit = min(self.settings.bulk_threshold,
                    self.settings.bulk_after_pages * LEVELS_PAGE)
        return self._repo.known_changed_levels(loc, since) > limit

    def _pull_levels(self, loc: str, s: PassSummary) -> None:
        watermark = self._repo.get_state("levels_watermark")
        since = None if watermark is None else _minus(watermark,
                                                      self.settings.pull_overlap_seconds)
        if Flag.BATCH_RECONCILIATION in self.settings.flags and (
                since is None or self._many_levels_changed(loc, since)):
            result = self._bulk(BulkKind.LEVELS, loc, since, s)
            mine = [lv for lv in result.levels if lv.location_id == loc]
            self._store_levels(mine, loc, s)
            newest = _newest(watermark, (lv.updated_at for lv in mine))
            if newest is not None:
                self._repo.set_state({"levels_watermark": newest})
            return
        after: str | None = None
        newest = watermark
        for pages in itertools.count(1):
            page = self._call(lambda a=after: self._gateway.levels_page(  # type: ignore[misc]
                loc, updated_since=since, after=a), s)
            self._store_levels(page.items, loc, s)
            newest = _newest(newest, (lv.updated_at for lv in page.items))
            if not page.has_next:
                break
            if self._switch_to_bulk(pages):
                result = self._bulk(BulkKind.LEVELS, loc, since, s)
                mine = [lv for lv in result.levels if lv.location_id == loc]
                self._store_levels(mine, loc, s)
                newest = _newest(newest, (lv.updated_at for lv in mine))
                break
            after = page.end_cursor
        # Saved only after the whole read: a read cut short starts over from the old
        # mark, because pages come in id order, not time order.
        if newest is not None:
            self._repo.set_state({"levels_watermark": newest})

    def _pull_collections(self, loc: str, s: PassSummary) -> None:
        """Bring collection membership (by title, what plans match on) up to date.

        The collection list is read whole every pass: it is small and cheap, and it is
        the only way to see a collection deleted or renamed. Products are read only for
        collections that are new or changed (Shopify bumps a custom collection's
        updatedAt when products join or leave it), together with every other
        collection of the same title, since membership is kept by title. Many products
        to read at once are read with one bulk operation instead of pages."""
        known: dict[str, list[str]] = json.loads(self._repo.get_state("collections") or "{}")
        listing: list[RemoteCollection] = []
        after: str | None = None
        while True:
            page = self._call(lambda a=after: self._gateway.collections_page(  # type: ignore[misc]
                after=a), s)
            listing.extend(page.items)
            if not page.has_next:
                break
            after = page.end_cursor
        seen = {c.collection_id: [c.title, c.updated_at] for c in listing}
        changed = [c for c in listing if known.get(c.collection_id) != seen[c.collection_id]]
        titles = {c.title for c in changed}
        titles.update(known[k][0] for k in known if k not in seen or seen[k] != known[k])
        if not titles:
            return
        to_read = [c for c in listing if c.title in titles]
        members: dict[str, set[str]] = {t: set() for t in titles}
        pages = sum(max(1, -(-c.products_count // COLLECTION_PAGE)) for c in to_read)
        if self._switch_to_bulk(pages):
            result = self._bulk(BulkKind.COLLECTIONS, loc, None, s)
            title_of = {c.collection_id: c.title for c in result.collections}
            for cid, product in result.members:
                if title_of.get(cid) in members:
                    members[title_of[cid]].add(product)
            s.collections_read += len(to_read)
        else:
            for c in to_read:
                after = None
                while True:
                    got = self._call(lambda cid=c.collection_id, a=after:  # type: ignore[misc]
                                     self._gateway.collection_products_page(cid, after=a), s)
                    members[c.title].update(got.items)
                    if not got.has_next:
                        break
                    after = got.end_cursor
                s.collections_read += 1
        self._repo.replace_collections({t: frozenset(p) for t, p in members.items()})
        # Saved after the membership: a pass cut short reads the same collections again.
        self._repo.set_state({"collections": json.dumps(seen, sort_keys=True)})

    def _bulk(self, kind: BulkKind, loc: str, since: str | None, s: PassSummary) -> BulkResult:
        job: BulkJob = self._call(lambda: self._gateway.start_bulk(
            kind, location_id=loc, updated_since=since), s)
        started = self._monotonic()
        deadline = started + self.settings.bulk_timeout_seconds
        wait = 0.05
        while not job.finished:
            if self._monotonic() > deadline:
                raise ShopifyUnavailable(f"Shopify's bulk read {job.id} did not finish within "
                                         f"{self.settings.bulk_timeout_seconds:.0f} s")
            # Shopify's own CLI polls every second, then every 5 s; a short first wait
            # keeps small shops quick. A long read is asked less often as it goes on (a
            # wait up to a fifth of the time it has taken, at most POLL_MAX_WAIT): a
            # read of minutes costs ~25 status reads instead of one per 2 s, and is seen
            # finished at most a fifth later than it did.
            self._sleep(wait)
            wait = min(wait * 1.5, max(POLL_WAIT, (self._monotonic() - started) / 5),
                       POLL_MAX_WAIT)
            job = self._call(lambda j=job.id: self._gateway.bulk_status(j), s)  # type: ignore[misc]
            if kind is BulkKind.CATALOG and self._progress is not None and not job.finished:
                # The file is not there yet: how far Shopify is, in its own records.
                self._progress(0, self._catalog_total, job.object_count)
        if job.status != "COMPLETED":
            raise ShopifyUnavailable(f"Shopify's bulk read {job.id} ended {job.status} "
                                     f"({job.error_code or 'no error code'})")
        s.bulk_reads += 1
        if job.url is None:  # nothing matched: Shopify gives no file at all
            return BulkResult((), ())
        url = job.url
        return self._call(lambda: self._gateway.bulk_result(url), s)

    def _to_variant(self, rv: RemoteVariant) -> Variant | None:
        if not rv.sku:
            return None
        title = rv.product_title if rv.title in ("", "Default Title") \
            else f"{rv.product_title} / {rv.title}"
        return Variant(
            id=rv.variant_id, product_id=rv.product_id, sku=rv.sku, barcode=rv.barcode or None,
            title=title, price_minor=Money.parse(rv.price, self._currency).minor,
            currency=self._currency,
            tax_class=(self.settings.taxable_tax_class if rv.taxable
                       else self.settings.exempt_tax_class),
            tracked=rv.tracked, product_type=rv.product_type, vendor=rv.vendor)

    def _keep_local_tax_classes(self, pulled: Sequence[Variant]) -> Sequence[Variant]:
        """Shopify only says taxable or not. A local class that agrees with it (a
        reduced food rate is still taxable) is the terminal's finer knowledge: keep it,
        or every pull would reprice food at the standard rate."""
        local = self._catalog.get_by_skus([v.sku for v in pulled])
        if not local:
            return pulled
        classes = self._catalog.tax_classes()
        kept: list[Variant] = []
        for v in pulled:
            mine = classes.get(local[v.sku].tax_class) if v.sku in local else None
            agrees = mine is not None and \
                bool(mine.rates) == (v.tax_class != self.settings.exempt_tax_class)
            kept.append(replace(v, tax_class=mine.code) if mine is not None and agrees else v)
        return kept

    def _store_variants(self, remote: Sequence[RemoteVariant], s: PassSummary) -> None:
        before = s.variants_seen
        s.variants_seen += len(remote)
        active = [rv for rv in remote if rv.status == "ACTIVE"]
        variants: list[Variant] = []
        refs: list[ItemRef] = []
        for rv in active:
            v = self._to_variant(rv)
            if v is None:
                s.skipped_no_sku += 1
                continue
            variants.append(v)
            refs.append(ItemRef(v.sku, rv.inventory_item_id, rv.variant_id, rv.tracked))
        conflicts: dict[str, str] = json.loads(
            self._repo.get_state("barcode_conflicts") or "{}")
        variants = self._one_sku_per_barcode(variants, conflicts)
        stored = 0
        for chunk in _chunks(variants, CATALOG_CHUNK):
            res = self._catalog.upsert_variants(self._keep_local_tax_classes(chunk))
            s.catalog_inserted += res.inserted
            s.catalog_updated += res.updated
            stored += len(chunk)
            if self._progress is not None:  # read so far: this batch's share, in order
                self._progress(before + len(remote) * stored // len(variants),
                               self._catalog_total)
        if self._progress is not None and not variants:
            self._progress(s.variants_seen, self._catalog_total)
        for refs_chunk in _chunks(refs, CATALOG_CHUNK):
            if self._repo.upsert_items(refs_chunk):
                self._items_stale = True
        self._restore_barcodes(conflicts, {v.sku for v in variants})
        self._repo.set_state({"barcode_conflicts": json.dumps(conflicts, sort_keys=True)})

    def _one_sku_per_barcode(self, variants: Sequence[Variant],
                             conflicts: dict[str, str]) -> list[Variant]:
        """Keep every scan unambiguous when Shopify has one barcode on several SKUs.

        The SKU that already scans by the barcode here keeps it; among SKUs new to it,
        the oldest Shopify variant (lowest id) gets it. The others come in without a
        barcode, a manager is told once, and `conflicts` (SKU -> withheld barcode)
        remembers them so the barcode returns when Shopify's duplicate is fixed."""
        final = {v.sku: (barcode_key(v.barcode) if v.barcode else None) for v in variants}
        keys = {k for k in final.values() if k is not None}
        if not keys:
            for sku in final:
                conflicts.pop(sku, None)
            return list(variants)
        holder: dict[str, str] = {}
        for key, owner in self._catalog.barcode_owners(keys).items():
            if owner not in final or final[owner] == key:
                holder[key] = owner  # scans by it today and still has it in Shopify
        for v in sorted(variants, key=lambda v: _id_order(v.id)):
            claim = final[v.sku]
            if claim is not None:
                holder.setdefault(claim, v.sku)
        out: list[Variant] = []
        for v in variants:
            claim = final[v.sku]
            if claim is None or holder[claim] == v.sku or v.barcode is None:
                conflicts.pop(v.sku, None)
                out.append(v)
                continue
            owner = holder[claim]
            conflicts[v.sku] = v.barcode
            self._repo.add_attention(
                AttentionKind.DUPLICATE_BARCODE, v.sku, None,
                f"Barcode {v.barcode} is on SKUs {owner} and {v.sku} in Shopify. Scanning "
                f"it rings up {owner}; {v.sku} has no barcode here until the duplicate is "
                "fixed in Shopify.", at=self._now(), dedupe=f"barcode:{claim}:{v.sku}",
                message=texts.duplicate_barcode(v.barcode, owner, v.sku))
            out.append(replace(v, barcode=None))
        return out

    def _restore_barcodes(self, conflicts: dict[str, str], pulled: set[str]) -> None:
        """Give a withheld barcode back once no other SKU here scans by it (its holder
        changed barcode or left the shop). SKUs pulled just now were decided already."""
        waiting = {sku: bc for sku, bc in conflicts.items() if sku not in pulled}
        if not waiting:
            return
        taken = self._catalog.barcode_owners({barcode_key(bc) for bc in waiting.values()})
        local = self._catalog.get_by_skus(list(waiting))
        restored: list[Variant] = []
        for sku, bc in sorted(waiting.items()):
            v = local.get(sku)
            key = barcode_key(bc)
            if v is None:
                del conflicts[sku]
            elif key not in taken:
                taken[key] = sku
                restored.append(replace(v, barcode=bc))
                del conflicts[sku]
        if restored:
            self._catalog.upsert_variants(restored)

    def _store_levels(self, levels: Sequence[RemoteLevel], loc: str, s: PassSummary) -> None:
        for chunk in _chunks(levels, LEVEL_CHUNK):
            res = self._repo.apply_levels(chunk, loc, self._now())
            s.levels_updated += res.updated
            s.oversold.extend(sku for sku, _ in res.oversold)

    # ---- push ---------------------------------------------------------------------

    def _push(self, loc: str, s: PassSummary, *, known_only: bool = False) -> None:
        """Send every due push. `known_only`: only deltas of items known here, before
        the pulls (an unknown SKU may still arrive with them; counts wait for fresh
        levels)."""
        while True:
            plan = plan_pushes(self._repo.pending_events(loc), self._items.get)
            if known_only:
                plan = replace(plan, unknown=(), counts=())
            if plan.unknown:
                for e in plan.unknown:
                    self._repo.reject_events(
                        [e.event_id], AttentionKind.UNKNOWN_SKU,
                        f"SKU {e.sku} is not a tracked Shopify item at this location",
                        self._now(), texts.unknown_sku(e.sku))
                s.rejected += len(plan.unknown)
            if plan.batches:
                self._repo.create_batches(
                    [(b, *self._adjust_variables(b, loc)) for b in plan.batches], loc,
                    self._now())
            for c in plan.counts:
                self._start_count(c, loc, s)
            batches = self._repo.open_batches()
            if not batches and not plan.unknown and not plan.counts:
                return
            for batch in batches:
                self._send(batch, loc, s)

    @staticmethod
    def _adjust_variables(b: PlannedBatch, loc: str) \
            -> tuple[dict[str, Any], tuple[tuple[str, ...], ...]]:
        """The exact variables of a push, stored with it so every retry sends the same
        bytes under the same key, and which events stand behind each change row."""
        ref = (f"{APP_GID}/StockEvent/{b.events[0].event_id}" if len(b.events) == 1
               else f"{APP_GID}/StockBatch/{b.key}")
        # A never-applied delta is noise, and Shopify may refuse a zero change.
        rows = [(item, delta, ids) for item, delta, ids in b.changes if delta != 0]
        return {"input": {
            "name": "available", "reason": b.reason, "referenceDocumentUri": ref,
            "changes": [{"delta": delta, "inventoryItemId": item, "locationId": loc,
                         "changeFromQuantity": None} for item, delta, _ in rows]}}, \
            tuple(ids for _, _, ids in rows)

    def _start_count(self, c: PendingEvent, loc: str, s: PassSummary) -> None:
        assert c.counted is not None and c.expected is not None
        if not c.taken_online:
            # Taken offline: the terminal could not know what Shopify had, so only the
            # difference to what it expected is a fact worth sending.
            self._repo.count_to_variance(c.event_id, c.counted - c.expected)
            s.variances += 1
            return
        item = self._items[c.sku]
        variables = {"input": {
            "name": "on_hand", "reason": "cycle_count_available",
            "referenceDocumentUri": f"{APP_GID}/StockCount/{c.event_id}",
            "quantities": [{"inventoryItemId": item, "locationId": loc,
                            "quantity": c.counted, "changeFromQuantity": c.expected}]}}
        self._repo.create_set_batch(count_set_key(c.key_token), c.event_id, variables,
                                    self._now())

    def _send(self, batch: StoredBatch, loc: str, s: PassSummary) -> None:
        changes = batch.variables["input"].get("changes", batch.variables["input"].get(
            "quantities"))
        if not changes:
            # Every change summed to zero: nothing to tell Shopify, nothing to wait for.
            self._repo.mark_applied(batch.key, "", None)
            s.pushed_events += len(batch.event_ids)
            return
        send = self._gateway.adjust if batch.kind == "adjust" else self._gateway.set_quantities
        for attempt in range(self._retry.max_attempts + 1):
            if attempt == self._retry.max_attempts:
                raise ShopifyUnavailable("Shopify kept answering 'try again' for push "
                                         f"{batch.key}")
            try:
                result: MutationResult = self._call(lambda: send(batch.key, batch.variables),
                                                    s)
            except ShopifyUnavailable as exc:
                self._repo.batch_attempt_failed(batch.key, str(exc))
                raise
            s.mutations += 1
            transient = [e for e in result.user_errors if e.code in TRANSIENT_USER_ERRORS]
            if not transient:
                break
            self._repo.batch_attempt_failed(batch.key, transient[0].message)
            self._sleep(self._retry.delay(attempt, self._rng))
        if result.applied:
            self._repo.mark_applied(batch.key, result.created_at or "", result.group_id)
            if batch.kind == "adjust":
                s.pushed_events += len(batch.event_ids)
            else:
                s.counts_applied += 1
            return
        if batch.kind == "set":
            self._count_refused(batch, result, loc, s)
        else:
            self._adjust_refused(batch, result, s)

    def _adjust_refused(self, batch: StoredBatch, result: MutationResult,
                        s: PassSummary) -> None:
        bad: set[str] = set()
        unplaced = []
        for err in result.user_errors:
            idx = row_index(err.field)
            if idx is not None and idx < len(batch.rows):
                ids = batch.rows[idx]
                self._repo.reject_events(ids, AttentionKind.REJECTED,
                                         f"Shopify refused: {err.code}: {err.message}",
                                         self._now(), self._refusal([err.code or ""]))
                bad.update(ids)
            else:
                unplaced.append(err)
        s.rejected += len(bad)
        detail = "; ".join(f"{e.code}: {e.message}" for e in result.user_errors)
        if unplaced and len(batch.event_ids) == 1:
            self._repo.reject_events(batch.event_ids, AttentionKind.REJECTED,
                                     f"Shopify refused: {detail}", self._now(),
                                     self._refusal([e.code or "" for e in result.user_errors]))
            s.rejected += 1
            return
        # The rest goes back to the queue: one by one when the error named no row, so
        # the next pushes find which event Shopify objects to.
        self._repo.release_batch(batch.key, detail, solo=bool(unplaced))

    def _refusal(self, codes: list[str]) -> Message:
        """Shopify's refusal in a manager's words, naming this store's location."""
        return texts.refusal(codes, self._repo.get_state("location_name"))

    def _count_refused(self, batch: StoredBatch, result: MutationResult, loc: str,
                       s: PassSummary) -> None:
        (event_id,) = batch.event_ids
        q = batch.variables["input"]["quantities"][0]
        counted, expected = int(q["quantity"]), int(q["changeFromQuantity"])
        codes = {e.code for e in result.user_errors}
        if STALE not in codes:
            detail = "; ".join(f"{e.code}: {e.message}" for e in result.user_errors)
            self._repo.reject_events([event_id], AttentionKind.REJECTED,
                                     f"Shopify refused the count: {detail}", self._now(),
                                     self._refusal([e.code or "" for e in result.user_errors]))
            s.rejected += 1
            return
        item = q["inventoryItemId"]
        fresh = self._call(lambda: self._gateway.read_level(item, loc), s)
        now_on_hand = "unknown"
        sku = None
        if fresh is not None:
            self._store_levels([fresh], loc, s)
            now_on_hand, sku = str(fresh.on_hand), fresh.sku
        variance = counted - expected
        self._repo.add_attention(
            AttentionKind.STALE_COUNT, sku, event_id,
            f"Counted {counted}; the terminal expected on_hand {expected} but Shopify had "
            f"{now_on_hand}. Sent as a variance of {variance:+d}.", at=self._now(),
            message=texts.stale_count(counted, expected,
                                      None if fresh is None else fresh.on_hand, variance))
        self._repo.release_batch(batch.key, "CHANGE_FROM_QUANTITY_STALE", solo=True)
        self._repo.count_to_variance(event_id, variance)
        s.stale_counts += 1
        s.variances += 1
