"""The emulated shop's data: catalog, locations, inventory levels and their quantity rules.

Everything the emulator knows lives in one `ShopState`, guarded by one re-entrant lock:
a request (or a simulator step) holds it for its whole effect, which is how Shopify's
all-or-nothing mutations are modelled. Quantities follow Shopify's named-quantity
model: `on_hand` is the sum of every name but `incoming`; an online order moves units
`available -> committed`, fulfilment lowers `committed` (and so `on_hand`).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from pos_app.domain.clock import Clock, SystemClock

ON_HAND_PARTS = ("available", "committed", "reserved", "damaged", "safety_stock",
                 "quality_control")
QUANTITY_NAMES = (*ON_HAND_PARTS, "incoming", "on_hand")
# Names an app may adjust or move; `committed` belongs to orders, `on_hand` is derived.
ADJUSTABLE_NAMES = frozenset({"available", "reserved", "damaged", "safety_stock",
                              "quality_control", "incoming"})
SETTABLE_NAMES = frozenset({"available", "on_hand"})
# The reasons Shopify documents for inventory changes; anything else is INVALID_REASON.
REASONS = frozenset({
    "correction", "cycle_count_available", "damaged", "movement_canceled",
    "movement_created", "movement_received", "movement_updated", "other", "promotion",
    "quality_control", "received", "reservation_created", "reservation_deleted",
    "reservation_updated", "restock", "safety_stock", "shrinkage",
})
ADJUST_LIMIT = 2_000_000_000
SET_LIMIT = 1_000_000_000
MAX_INPUT_ROWS = 250


def shopify_time(ts: datetime) -> str:
    """Shopify's DateTime text: UTC, whole seconds, a Z suffix."""
    return ts.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_time(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def gid(kind: str, num: int) -> str:
    return f"gid://shopify/{kind}/{num}"


def level_gid(level_id: int, item_id: int) -> str:
    # Shopify's level ids carry the item as a query string; it is part of the id.
    return f"gid://shopify/InventoryLevel/{level_id}?inventory_item_id={item_id}"


def parse_gid(text: str) -> tuple[str, int] | None:
    """('InventoryItem', 30322695) from 'gid://shopify/InventoryItem/30322695', else None."""
    if not isinstance(text, str) or not text.startswith("gid://shopify/"):
        return None
    rest = text[len("gid://shopify/"):].split("?", 1)[0]
    kind, _, num = rest.partition("/")
    if not kind or not num.isdigit():
        return None
    return kind, int(num)


@dataclass(slots=True)
class Product:
    id: int
    title: str
    product_type: str
    vendor: str
    status: str
    created_at: datetime
    updated_at: datetime


@dataclass(slots=True)
class Variant:
    id: int
    product_id: int
    sku: str | None
    barcode: str | None
    price: str  # decimal text, as Shopify's Money scalar
    title: str
    taxable: bool
    item_id: int
    created_at: datetime
    updated_at: datetime


@dataclass(slots=True)
class Item:
    id: int
    sku: str | None
    tracked: bool
    variant_id: int
    created_at: datetime
    updated_at: datetime


@dataclass(slots=True)
class Collection:
    """A custom (manual) collection. Adding or removing products bumps its updatedAt,
    as Shopify does when a custom collection's products change (it fires
    `collections/update`); smart collections, whose members follow product edits,
    are not modelled."""

    id: int
    title: str
    handle: str
    product_ids: list[int]
    created_at: datetime
    updated_at: datetime


def handle_of(title: str) -> str:
    """Shopify's generated handle: lower case, runs of anything else joined by '-'."""
    out: list[str] = []
    dash = False
    for ch in title.lower():
        if ch.isalnum():
            out.append(ch)
            dash = False
        elif not dash and out:
            out.append("-")
            dash = True
    return "".join(out).strip("-") or "collection"


@dataclass(slots=True)
class Location:
    id: int
    name: str
    is_active: bool
    fulfills_online_orders: bool
    created_at: datetime
    updated_at: datetime


@dataclass(slots=True)
class Level:
    id: int
    item_id: int
    location_id: int
    created_at: datetime
    updated_at: datetime
    q: dict[str, int] = field(default_factory=lambda: dict.fromkeys(
        ("available", "committed", "reserved", "damaged", "safety_stock",
         "quality_control", "incoming"), 0))
    q_updated: dict[str, datetime | None] = field(default_factory=dict)

    def quantity(self, name: str) -> int:
        if name == "on_hand":
            return sum(self.q[n] for n in ON_HAND_PARTS)
        return self.q[name]


@dataclass(slots=True)
class Change:
    name: str
    delta: int
    quantity_after: int
    item_id: int
    location_id: int
    ledger_document_uri: str | None


@dataclass(slots=True)
class AdjustmentGroup:
    id: int
    created_at: datetime
    reason: str
    reference_document_uri: str | None
    changes: list[Change]


@dataclass(slots=True)
class Order:
    id: int
    item_id: int
    location_id: int
    quantity: int
    status: str  # open | fulfilled | cancelled


class ShopState:
    """The shop. Every reader and writer takes `lock`; ids are small increasing integers."""

    def __init__(self, clock: Clock | None = None, *, currency: str = "USD") -> None:
        self.lock = threading.RLock()
        self.clock: Clock = clock or SystemClock()
        self.currency = currency
        self._next_id = 1000
        self.products: dict[int, Product] = {}
        self.variants: dict[int, Variant] = {}
        self.items: dict[int, Item] = {}
        self.item_by_sku: dict[str, int] = {}
        self.locations: dict[int, Location] = {}
        self.levels: dict[tuple[int, int], Level] = {}
        self.levels_by_id: dict[int, Level] = {}
        self.groups: dict[int, AdjustmentGroup] = {}
        self.orders: dict[int, Order] = {}
        self.collections: dict[int, Collection] = {}
        # Every applied mutation effect, in order: (idempotency key, group id). Tests use
        # it to prove that no retried request was applied twice.
        self.effects: list[tuple[str | None, int]] = []

    # ---- ids and time -------------------------------------------------------------

    def new_id(self) -> int:
        with self.lock:
            self._next_id += 1
            return self._next_id

    def now(self) -> datetime:
        return self.clock.now().astimezone(UTC).replace(microsecond=0)

    # ---- building the shop (seeds, admin) -------------------------------------------

    def add_location(self, name: str, *, fulfills_online_orders: bool = True) -> Location:
        with self.lock:
            now = self.now()
            loc = Location(self.new_id(), name, True, fulfills_online_orders, now, now)
            self.locations[loc.id] = loc
            return loc

    def add_product(self, title: str, variants: Iterable[dict[str, Any]], *,
                    product_type: str = "", vendor: str = "") -> Product:
        """Create a product with its variants; each variant dict has sku, price and
        optionally barcode, title, taxable, tracked and `levels` {location_id: available}."""
        with self.lock:
            now = self.now()
            product = Product(self.new_id(), title, product_type, vendor, "ACTIVE", now, now)
            self.products[product.id] = product
            for spec in variants:
                item_id = self.new_id()
                v = Variant(self.new_id(), product.id, spec.get("sku"), spec.get("barcode"),
                            str(spec["price"]), spec.get("title", "Default Title"),
                            bool(spec.get("taxable", True)), item_id, now, now)
                self.variants[v.id] = v
                self.items[item_id] = Item(item_id, v.sku, bool(spec.get("tracked", True)),
                                           v.id, now, now)
                if v.sku:
                    self.item_by_sku[v.sku] = item_id
                for loc_id, available in (spec.get("levels") or {}).items():
                    self.activate(item_id, int(loc_id), available=int(available))
            return product

    def activate(self, item_id: int, location_id: int, *, available: int = 0) -> Level:
        """Stock an item at a location (Shopify's inventoryActivate)."""
        with self.lock:
            key = (item_id, location_id)
            if key in self.levels:
                return self.levels[key]
            now = self.now()
            level = Level(self.new_id(), item_id, location_id, now, now)
            level.q["available"] = available
            self.levels[key] = level
            self.levels_by_id[level.id] = level
            return level

    def update_variant(self, variant_id: int, **changes: Any) -> None:
        """An admin edit of a variant (price, barcode, sku, title): bumps updatedAt."""
        with self.lock:
            v = self.variants[variant_id]
            for k, val in changes.items():
                setattr(v, k, val)
            v.updated_at = self.now()
            item = self.items[v.item_id]
            if "sku" in changes:
                if item.sku:
                    self.item_by_sku.pop(item.sku, None)
                item.sku = v.sku
                if v.sku:
                    self.item_by_sku[v.sku] = item.id

    # ---- collections (an admin editing them) ---------------------------------------------

    def add_collection(self, title: str, product_ids: Iterable[int] = (), *,
                       handle: str | None = None) -> Collection:
        """A custom collection; the handle is made unique as Shopify does (-1, -2...)."""
        with self.lock:
            base = handle or handle_of(title)
            taken = {c.handle for c in self.collections.values()}
            unique, n = base, 0
            while unique in taken:
                n += 1
                unique = f"{base}-{n}"
            now = self.now()
            col = Collection(self.new_id(), title, unique, [], now, now)
            self.collections[col.id] = col
            self._add_members(col, product_ids)
            return col

    def add_to_collection(self, collection_id: int, product_ids: Iterable[int]) -> None:
        with self.lock:
            col = self.collections[collection_id]
            if self._add_members(col, product_ids):
                col.updated_at = self.now()

    def remove_from_collection(self, collection_id: int, product_ids: Iterable[int]) -> None:
        with self.lock:
            col = self.collections[collection_id]
            gone = set(product_ids)
            kept = [p for p in col.product_ids if p not in gone]
            if len(kept) != len(col.product_ids):
                col.product_ids = kept
                col.updated_at = self.now()

    def rename_collection(self, collection_id: int, title: str) -> None:
        with self.lock:
            col = self.collections[collection_id]
            col.title = title
            col.updated_at = self.now()

    def delete_collection(self, collection_id: int) -> None:
        with self.lock:
            del self.collections[collection_id]

    def collections_of(self, product_id: int) -> list[Collection]:
        with self.lock:
            return [c for c in self.collections.values() if product_id in c.product_ids]

    def _add_members(self, col: Collection, product_ids: Iterable[int]) -> bool:
        added = False
        for pid in product_ids:
            if pid not in self.products:
                raise KeyError(f"no product {pid}")
            if pid not in col.product_ids:
                col.product_ids.append(pid)
                added = True
        return added

    # ---- the quantity machine ---------------------------------------------------------

    def bump(self, level: Level, *names: str) -> None:
        now = self.now()
        level.updated_at = now
        for n in names:
            level.q_updated[n] = now
        level.q_updated["on_hand"] = now

    def change(self, level: Level, name: str, delta: int, ledger: str | None) -> list[Change]:
        """Apply a delta to one named quantity and report it (plus on_hand if it moved)."""
        level.q[name] += delta
        out = [Change(name, delta, level.q[name], level.item_id, level.location_id, ledger)]
        if name in ON_HAND_PARTS:
            out.append(Change("on_hand", delta, level.quantity("on_hand"), level.item_id,
                              level.location_id, ledger))
        self.bump(level, name)
        return out

    def record_group(self, reason: str, reference: str | None, changes: list[Change],
                     key: str | None) -> AdjustmentGroup:
        group = AdjustmentGroup(self.new_id(), self.now(), reason, reference, changes)
        self.groups[group.id] = group
        self.effects.append((key, group.id))
        return group

    # ---- online channel (used by the simulator) -------------------------------------------

    def place_order(self, item_id: int, location_id: int, quantity: int, *,
                    allow_oversell: bool = False) -> Order | None:
        with self.lock:
            level = self.levels.get((item_id, location_id))
            if level is None or quantity <= 0:
                return None
            if not allow_oversell and level.q["available"] < quantity:
                return None
            level.q["available"] -= quantity
            level.q["committed"] += quantity
            self.bump(level, "available", "committed")
            order = Order(self.new_id(), item_id, location_id, quantity, "open")
            self.orders[order.id] = order
            return order

    def fulfil_order(self, order_id: int) -> bool:
        with self.lock:
            order = self.orders.get(order_id)
            if order is None or order.status != "open":
                return False
            level = self.levels[(order.item_id, order.location_id)]
            level.q["committed"] -= order.quantity
            self.bump(level, "committed")
            order.status = "fulfilled"
            return True

    def cancel_order(self, order_id: int, *, restock: bool = True) -> bool:
        with self.lock:
            order = self.orders.get(order_id)
            if order is None or order.status != "open":
                return False
            level = self.levels[(order.item_id, order.location_id)]
            level.q["committed"] -= order.quantity
            if restock:
                level.q["available"] += order.quantity
            self.bump(level, "committed", "available")
            order.status = "cancelled"
            return True

    def admin_adjust(self, item_id: int, location_id: int, delta: int,
                     reason: str = "correction") -> None:
        """A person editing stock in the Shopify admin."""
        with self.lock:
            level = self.levels[(item_id, location_id)]
            self.record_group(reason, None, self.change(level, "available", delta, None),
                              None)

    def online_sold(self, item_id: int, location_id: int) -> int:
        """Units committed or fulfilled by orders that were not cancelled."""
        with self.lock:
            return sum(o.quantity for o in self.orders.values()
                       if o.item_id == item_id and o.location_id == location_id
                       and o.status != "cancelled")
