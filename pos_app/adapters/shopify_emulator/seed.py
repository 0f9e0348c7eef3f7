"""Shops to start the emulator with: the demo store, a small sample, a JSON file, or N
generated SKUs.

`seed_demo_store` is the shop behind `pos-app run --demo`: the demo store's own catalog
(`services.demo_data`) with its Shopify ids, so the terminal's local demo catalog and
this shop agree on every SKU, barcode, title, price and id.

A seed file is JSON:
    {"currency": "USD",
     "locations": [{"name": "Main Street"}, {"name": "Warehouse"}],
     "collections": [{"title": "Summer", "handle": "summer"}],
     "products": [{"title": "Tee", "vendor": "Acme", "productType": "Apparel",
                   "collections": ["Summer"],
                   "variants": [{"sku": "TEE-S", "barcode": "0123456789012",
                                 "price": "19.99", "title": "S",
                                 "levels": {"Main Street": 12}}]}]}

A product's "collections" name custom collections by title; one not declared under
"collections" is created with a generated handle.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from pos_app.domain.errors import ConfigError
from pos_app.domain.money import Money
from pos_app.services.demo_data import (
    DEMO_LOCATION,
    DEMO_PRODUCTS,
    DEMO_SEED,
    DEMO_WAREHOUSE,
    DemoCollection,
    DemoProduct,
    demo_collections,
    demo_shop,
    gid_number,
)

from .state import Collection, Item, Level, Location, Product, ShopState, Variant

_DEMO = [
    ("Cotton tee", "Apparel", [("TEE-S", "19.99", "S"), ("TEE-M", "19.99", "M"),
                               ("TEE-L", "21.50", "L")]),
    ("Coffee beans 1 kg", "Grocery", [("COF-1KG", "24.90", "Default Title")]),
    ("Ceramic mug", "Homeware", [("MUG-WHT", "12.00", "White"), ("MUG-BLK", "12.00", "Black")]),
    ("Notebook A5", "Stationery", [("NB-A5", "4.125", "Default Title")]),
]


def seed_demo_store(state: ShopState, n_products: int = DEMO_PRODUCTS, *,
                    seed: int = DEMO_SEED, products: Iterable[DemoProduct] | None = None,
                    stock_newer_than: datetime | None = None,
                    collections: Iterable[DemoCollection] | None = None) -> Location:
    """The demo store's shop: its catalog under the demo's own ids, stocked at Main
    Street (the demo terminal's location) and a Warehouse, with the demo's custom
    collections (default: `demo_collections` of these products). Returns Main Street.

    `products` (default: the first `n_products` of `demo_shop`) lets a caller list only
    some. The shop looks built up over time: product i was last edited n - i minutes
    ago and the stock levels were set over the last hour, but all after
    `stock_newer_than` (a terminal's last view of an earlier demo shop, which this
    fresh one must replace). Stamps that differ let a terminal's incremental reads
    after the first one fetch only what changed since."""
    if products is None:
        products = demo_shop(n_products, seed=seed, currency=state.currency)
    products = list(products)
    with state.lock:
        now = state.now()
        main = state.add_location(DEMO_LOCATION)
        warehouse = state.add_location(DEMO_WAREHOUSE)
        where = {main.name: main.id, warehouse.name: warehouse.id}
        levels: list[Level] = []
        for i, product in enumerate(products):
            edited = now - timedelta(minutes=len(products) - i)
            levels.extend(_add_demo_product(state, product, where, edited))
        if collections is None:
            collections = demo_collections(products, seed=seed)
        for c in collections:
            # Under the demo's own ids, like its products, holding only products the
            # shop lists.
            cid = gid_number(c.id)
            members = [gid_number(p) for p in c.product_ids if gid_number(p) in state.products]
            state.collections[cid] = Collection(cid, c.title, c.handle, members, now, now)
        floor = now - timedelta(hours=1)
        if stock_newer_than is not None:
            floor = max(floor, min(now, stock_newer_than + timedelta(seconds=1)))
        span = (now - floor).total_seconds()
        for j, level in enumerate(levels):
            stamp = floor + timedelta(seconds=int(span * (j + 1) / len(levels)))
            level.created_at = level.updated_at = stamp
    return main


def _add_demo_product(state: ShopState, product: DemoProduct, where: dict[str, int],
                      edited: datetime) -> list[Level]:
    # `ShopState.add_product` numbers everything itself; the demo shop must carry the
    # ids the local demo catalog already has, so it is built here with those ids.
    pid = gid_number(product.id)
    state.products[pid] = Product(pid, product.title, product.product_type, product.vendor,
                                  "ACTIVE", edited, edited)
    levels: list[Level] = []
    for listing in product.listings:
        v = listing.variant
        vid, item_id = gid_number(v.id), gid_number(listing.inventory_item_id)
        price = str(Money(v.price_minor, v.currency).to_decimal())
        state.variants[vid] = Variant(vid, pid, v.sku, v.barcode, price, listing.option_title,
                                      listing.taxable, item_id, edited, edited)
        state.items[item_id] = Item(item_id, v.sku, v.tracked, vid, edited, edited)
        state.item_by_sku[v.sku] = item_id
        levels.extend(state.activate(item_id, where[name], available=available)
                      for name, available in listing.stock.items())
    return levels


def seed_demo(state: ShopState) -> None:
    """A seven-variant sample shop, for quick API trials (the demo store is
    `seed_demo_store`)."""
    main = state.add_location(DEMO_LOCATION)
    warehouse = state.add_location("Warehouse", fulfills_online_orders=True)
    for n, (title, ptype, variants) in enumerate(_DEMO):
        state.add_product(title, [
            {"sku": sku, "price": price, "title": vt,
             "barcode": f"200000{n:03d}{i:03d}0",
             "levels": {main.id: 20 + 5 * i, warehouse.id: 100}}
            for i, (sku, price, vt) in enumerate(variants)], product_type=ptype,
            vendor="Demo Supply Co")


def seed_file(state: ShopState, path: Path) -> None:
    try:
        raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"Cannot read emulator seed {path}: {exc}") from exc
    if "currency" in raw:
        state.currency = str(raw["currency"])
    locs = {}
    for spec in raw.get("locations") or [{"name": DEMO_LOCATION}]:
        loc = state.add_location(spec["name"],
                                 fulfills_online_orders=spec.get("fulfillsOnlineOrders", True))
        locs[loc.name] = loc.id
    collections: dict[str, int] = {}
    for spec in raw.get("collections") or []:
        collections[spec["title"]] = state.add_collection(spec["title"],
                                                          handle=spec.get("handle")).id
    for p in raw.get("products", []):
        variants = []
        for v in p.get("variants", []):
            levels = {locs[name]: qty for name, qty in (v.get("levels") or {}).items()}
            variants.append({**v, "levels": levels})
        product = state.add_product(p["title"], variants,
                                    product_type=p.get("productType", ""),
                                    vendor=p.get("vendor", ""))
        for title in p.get("collections") or []:
            if title not in collections:
                collections[title] = state.add_collection(title).id
            state.add_to_collection(collections[title], [product.id])


def seed_generated(state: ShopState, n: int, *, available: int = 50,
                   location_name: str = DEMO_LOCATION,
                   tick: Callable[[], None] | None = None) -> int:
    """N single-variant products stocked at one location (benchmarks). Returns its id.
    `tick` is called before each product, e.g. to move a test clock so that products
    carry different updatedAt stamps, as in a shop built up over time."""
    loc = state.add_location(location_name)
    for i in range(n):
        if tick is not None:
            tick()
        state.add_product(f"Item {i:06d}", [
            {"sku": f"SKU-{i:06d}", "price": f"{1 + i % 50}.99",
             "barcode": None, "levels": {loc.id: available}}])
    return loc.id
