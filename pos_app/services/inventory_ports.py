"""What the inventory reconciler needs from the outside world, as Protocols, plus the
typed Shopify errors it reacts to.

    ShopifyUnavailable (Offline)         5xx, 429, timeouts, resets, throttled too long:
                                         retry later, the counter keeps selling
    ShopifyAuthError (EnvironmentFault)  401/403: the token is wrong or lacks a scope
    ShopifyContractError (PosError)      Shopify refused our document: our bug
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Generic, Protocol, TypeVar

from pos_app.domain.errors import EnvironmentFault, Message, Offline, PosError
from pos_app.domain.inventory import AttentionKind, PendingEvent, PlannedBatch

T = TypeVar("T")


class ShopifyUnavailable(Offline):
    """Shopify could not be reached or asked us to slow down; the same call may succeed
    later. `retry_after` is Shopify's hint in seconds, when it gave one."""

    def __init__(self, message: str | Message, *, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class ShopifyAuthError(EnvironmentFault):
    """Shopify refused the access token (401) or the app lacks a permission (403)."""


class ShopifyContractError(PosError):
    """Shopify rejected a document or answered in a shape we do not understand."""


# ---- what Shopify tells us ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RemoteVariant:
    variant_id: str
    product_id: str
    sku: str | None
    barcode: str | None
    title: str
    price: str  # Shopify's decimal text; parsed with Money.parse, never float
    taxable: bool
    product_title: str
    product_type: str
    vendor: str
    status: str
    inventory_item_id: str
    tracked: bool
    updated_at: str


@dataclass(frozen=True, slots=True)
class RemoteLevel:
    inventory_item_id: str
    location_id: str
    sku: str | None
    available: int
    on_hand: int
    committed: int
    updated_at: str


@dataclass(frozen=True, slots=True)
class RemoteCollection:
    """A collection as listed: enough to tell whether its products must be read again."""

    collection_id: str
    title: str
    handle: str
    updated_at: str
    products_count: int


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    items: tuple[T, ...]
    end_cursor: str | None
    has_next: bool


class BulkKind(Enum):
    CATALOG = "catalog"  # every variant with its product, item and levels
    LEVELS = "levels"  # the levels of one location changed since a time
    COLLECTIONS = "collections"  # every collection with the ids of its products


@dataclass(frozen=True, slots=True)
class BulkJob:
    id: str
    status: str  # CREATED | RUNNING | COMPLETED | FAILED | CANCELED | EXPIRED ...
    url: str | None = None
    error_code: str | None = None
    object_count: int = 0

    @property
    def finished(self) -> bool:
        return self.status in ("COMPLETED", "FAILED", "CANCELED", "EXPIRED")


@dataclass(frozen=True, slots=True)
class BulkResult:
    variants: tuple[RemoteVariant, ...]
    levels: tuple[RemoteLevel, ...]
    collections: tuple[RemoteCollection, ...] = ()
    # (collection id, product id) pairs: which products each collection holds.
    members: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class UserErrorInfo:
    code: str | None
    field: tuple[str, ...]
    message: str


@dataclass(frozen=True, slots=True)
class MutationResult:
    group_id: str | None
    created_at: str | None
    user_errors: tuple[UserErrorInfo, ...] = ()

    @property
    def applied(self) -> bool:
        return self.group_id is not None and not self.user_errors


@dataclass(frozen=True, slots=True)
class ApiUsage:
    requests: int = 0
    points: int = 0
    throttled: int = 0
    throttle_wait_seconds: float = 0.0


class InventoryGateway(Protocol):
    """Shopify's Admin API, one request per call (throttle waits happen inside)."""

    def find_location(self, name: str) -> str | None: ...

    def location_name(self, location_id: str) -> str | None:
        """The active location's name, None when Shopify has no such active location."""
        ...

    def variants_page(self, *, updated_since: str | None, after: str | None) \
        -> Page[RemoteVariant]: ...

    def variants_count(self, *, updated_since: str | None) -> int | None:
        """How many variants `variants_page` will give (None: Shopify cannot say)."""
        ...

    def levels_page(self, location_id: str, *, updated_since: str | None,
                    after: str | None) -> Page[RemoteLevel]: ...

    def read_level(self, item_id: str, location_id: str) -> RemoteLevel | None: ...

    def collections_page(self, *, after: str | None) -> Page[RemoteCollection]: ...

    def collection_products_page(self, collection_id: str, *, after: str | None) \
        -> Page[str]:
        """Ids of the products in one collection, a page at a time."""
        ...

    def start_bulk(self, kind: BulkKind, *, location_id: str,
                   updated_since: str | None) -> BulkJob: ...

    def bulk_status(self, job_id: str) -> BulkJob: ...

    def bulk_result(self, url: str) -> BulkResult: ...

    def adjust(self, key: str, variables: Mapping[str, Any]) -> MutationResult: ...

    def set_quantities(self, key: str, variables: Mapping[str, Any]) -> MutationResult: ...

    def usage(self) -> ApiUsage: ...


# ---- what the terminal keeps ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ItemRef:
    sku: str
    inventory_item_id: str
    variant_id: str
    tracked: bool


@dataclass(frozen=True, slots=True)
class LevelSnapshot:
    sku: str
    inventory_item_id: str
    location_id: str
    available: int
    on_hand: int
    committed: int
    updated_at: str
    version: int
    status: str


@dataclass(frozen=True, slots=True)
class ApplyLevelsResult:
    updated: int = 0
    ignored_older: int = 0
    oversold: tuple[tuple[str, int], ...] = ()  # (sku, available) newly below zero


@dataclass(frozen=True, slots=True)
class IngestResult:
    ingested: int = 0
    bad: int = 0


@dataclass(frozen=True, slots=True)
class StoredBatch:
    key: str
    kind: str  # adjust | set
    variables: dict[str, Any]
    event_ids: tuple[str, ...]
    # For each change row: the events behind it (so a row's userError finds its events).
    rows: tuple[tuple[str, ...], ...]
    attempts: int


@dataclass(frozen=True, slots=True)
class AttentionItem:
    id: str
    kind: AttentionKind
    sku: str | None
    event_id: str | None
    detail: str  # English, Shopify's code and words included: the CLI, logs, support
    created_at: str
    message: Message | None = None  # what the screens show, translated


@dataclass(frozen=True, slots=True)
class InventoryStatus:
    pending_events: int
    in_flight_events: int
    rejected_events: int
    open_attention: int
    oversold_levels: int
    oldest_pending_at: str | None
    last_success_at: str | None
    levels: int
    extra: dict[str, Any] = field(default_factory=dict)


class InventoryRepository(Protocol):
    """The reconciler's durable state; every method is one short local transaction."""

    def get_state(self, key: str) -> str | None: ...

    def set_state(self, values: Mapping[str, str]) -> None: ...

    def upsert_items(self, items: Sequence[ItemRef]) -> bool:
        """Store which Shopify item each SKU is; True when that changed what
        `item_ids` answers (a SKU mapped, moved, dropped or (un)tracked)."""
        ...

    def replace_collections(self, members: Mapping[str, frozenset[str]]) -> None:
        """For each collection title, the Shopify product ids now in it: replaces what
        was kept for that title (an empty set removes the title). Plans match items
        by collection title. The catalog pull stores a Shopify product under its id,
        so a Shopify product id is also the product's local id."""
        ...

    def item_ids(self) -> dict[str, str]: ...

    def apply_levels(self, levels: Sequence[RemoteLevel], location_id: str, at: str) \
        -> ApplyLevelsResult: ...

    def ingest_outbox(self, location_id: str, at: str) -> IngestResult: ...

    def pending_events(self, location_id: str) -> list[PendingEvent]: ...

    def create_batches(self, batches: Sequence[tuple[PlannedBatch, dict[str, Any],
                                                     tuple[tuple[str, ...], ...]]],
                       location_id: str, at: str) -> None: ...

    def create_set_batch(self, key: str, event_id: str, variables: dict[str, Any],
                         at: str) -> None: ...

    def open_batches(self) -> list[StoredBatch]: ...

    def mark_applied(self, batch_key: str, applied_at: str, group_id: str | None) -> None: ...

    def batch_attempt_failed(self, batch_key: str, error: str) -> None: ...

    def release_batch(self, batch_key: str, error: str, *, solo: bool) -> None: ...

    def requeue_rejected(self, at: str) -> int: ...

    def reject_events(self, event_ids: Sequence[str], kind: AttentionKind, error: str,
                      at: str, message: Message | None = None) -> None: ...

    def count_to_variance(self, event_id: str, delta: int) -> None: ...

    def record_count(self, event_id: str, sku: str, location_id: str, counted: int, *,
                     taken_online: bool, at: str) -> int: ...

    def add_attention(self, kind: AttentionKind, sku: str | None, event_id: str | None,
                      detail: str, *, at: str, dedupe: str | None = None,
                      message: Message | None = None) -> None: ...

    def attention(self, *, include_resolved: bool = False) -> list[AttentionItem]: ...

    def resolve_attention(self, attention_id: str, at: str) -> bool: ...

    def snapshot(self, sku: str, location_id: str) -> LevelSnapshot | None: ...

    def sellable(self, sku: str, location_id: str) -> int | None: ...

    def known_changed_levels(self, location_id: str, since: str) -> int: ...

    def status(self) -> InventoryStatus: ...


__all__ = ["ApiUsage", "ApplyLevelsResult", "AttentionItem", "BulkJob", "BulkKind",
           "BulkResult", "IngestResult", "InventoryGateway", "InventoryRepository",
           "InventoryStatus", "ItemRef", "LevelSnapshot", "MutationResult", "Page",
           "RemoteCollection", "RemoteLevel", "RemoteVariant", "ShopifyAuthError",
           "ShopifyContractError", "ShopifyUnavailable", "StoredBatch", "UserErrorInfo"]
