"""Shops to start the emulator with: the demo shop, a JSON file, or N generated SKUs.

A seed file is JSON:
    {"currency": "USD",
     "locations": [{"name": "Main Street"}, {"name": "Warehouse"}],
     "products": [{"title": "Tee", "vendor": "Acme", "productType": "Apparel",
                   "variants": [{"sku": "TEE-S", "barcode": "0123456789012",
                                 "price": "19.99", "title": "S",
                                 "levels": {"Main Street": 12}}]}]}
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pos_app.domain.errors import ConfigError

from .state import ShopState

DEMO_LOCATION = "Main Street"
_DEMO = [
    ("Cotton tee", "Apparel", [("TEE-S", "19.99", "S"), ("TEE-M", "19.99", "M"),
                               ("TEE-L", "21.50", "L")]),
    ("Coffee beans 1 kg", "Grocery", [("COF-1KG", "24.90", "Default Title")]),
    ("Ceramic mug", "Homeware", [("MUG-WHT", "12.00", "White"), ("MUG-BLK", "12.00", "Black")]),
    ("Notebook A5", "Stationery", [("NB-A5", "4.125", "Default Title")]),
]


def seed_demo(state: ShopState) -> None:
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
    for p in raw.get("products", []):
        variants = []
        for v in p.get("variants", []):
            levels = {locs[name]: qty for name, qty in (v.get("levels") or {}).items()}
            variants.append({**v, "levels": levels})
        state.add_product(p["title"], variants, product_type=p.get("productType", ""),
                          vendor=p.get("vendor", ""))


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
