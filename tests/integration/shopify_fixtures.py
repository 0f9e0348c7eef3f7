"""A terminal and a Shopify emulator on loopback, wired as the app wires them.

`Rig` holds both sides: the emulator (real HTTP on 127.0.0.1, injectable clock), the
local database with a catalog and a sales desk, and the reconciler built by the app's
own wiring. Helpers ring up sales and returns through the real sale session, and
compute what Shopify must end with.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pos_app.adapters.shopify_emulator import FaultPlan, OnlineStore, ShopifyEmulator
from pos_app.adapters.shopify_emulator.state import ShopState, gid
from pos_app.adapters.sqlite.catalog_repo import SqliteCatalogRepository
from pos_app.adapters.sqlite.sale_store import SqliteSaleStore
from pos_app.adapters.sqlite.store import LocalDatabase
from pos_app.app.inventory_wiring import InventorySync, build_inventory_sync
from pos_app.domain.clock import FixedClock
from pos_app.domain.inventory import CircuitBreaker, RetryPolicy
from pos_app.domain.sale import PricingRules, TenderKind
from pos_app.services.flags import FeatureFlags
from pos_app.services.inventory_reconciler import PassOutcome, PassSummary
from pos_app.services.sale_commands import AddItem, AddTender, Complete, ReturnLine
from pos_app.services.sales import SalesDesk
from pos_app.services.shopify_settings import ShopifySettings
from tests.conftest import TAX_CLASSES, SequentialIds

TOKEN = "shpat_test_token"
START = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


@dataclass
class Rig:
    emulator: ShopifyEmulator
    shop: ShopState
    location_id: int
    online: OnlineStore
    db: LocalDatabase
    catalog: SqliteCatalogRepository
    desk: SalesDesk
    sync: InventorySync
    clock: FixedClock
    start: dict[str, int]
    pos_delta: Counter[str] = field(default_factory=Counter)
    receipts: list[int] = field(default_factory=list)

    @property
    def reconciler(self):
        return self.sync.reconciler

    @property
    def faults(self) -> FaultPlan:
        return self.emulator.faults

    def unstock(self, sku: str) -> Any:
        """The item no longer stocked at the location in Shopify (its level removed):
        Shopify refuses its stock changes (ITEM_NOT_STOCKED_AT_LOCATION). Its item."""
        with self.shop.lock:
            item = self.shop.item_by_sku[sku]
            level = self.shop.levels.pop((item, self.location_id))
            del self.shop.levels_by_id[level.id]
        return item

    def shopify(self, sku: str, name: str = "available") -> int:
        with self.shop.lock:
            level = self.shop.levels[(self.shop.item_by_sku[sku], self.location_id)]
            return level.quantity(name)

    def expected(self, sku: str) -> int:
        """start - online + POS deltas (sales negative, returns positive) + admin edits."""
        return (self.start[sku] - self.online.tally.sold[sku] + self.pos_delta[sku]
                + self.online.tally.admin_delta[sku])

    def sell(self, sku: str, quantity: int = 1) -> int:
        variant = self.catalog.get_by_skus([sku])[sku]
        s = self.desk.new_sale(cashier_id="cashier-1")
        s.execute(AddItem(variant, quantity))
        s.execute(AddTender(TenderKind.CASH, s.settlement().remaining))
        receipt = s.execute(Complete()).receipt_no
        assert receipt is not None
        self.pos_delta[sku] -= quantity
        self.receipts.append(receipt)
        return receipt

    def refund(self, receipt_no: int, quantity: int = 1) -> None:
        sold = self.desk.receipt(receipt_no).lines[0]
        r = self.desk.new_sale(cashier_id="cashier-1")
        r.execute(ReturnLine(sold.line, sold.returned, quantity))
        r.execute(AddTender(TenderKind.CASH, r.settlement().remaining))
        r.execute(Complete())
        self.pos_delta[sold.line.sku] += quantity

    def reconcile_until_settled(self, max_passes: int = 30) -> list[PassSummary]:
        """Passes until nothing is left to send (a pass may stop early on faults)."""
        out = []
        for _ in range(max_passes):
            summary = self.reconciler.run_once()
            out.append(summary)
            st = self.reconciler.status()
            if summary.outcome is PassOutcome.OK and st.pending_events == 0 \
                    and st.in_flight_events == 0:
                return out
        raise AssertionError(f"not settled after {max_passes} passes: {out[-1]}")


def make_settings(url: str, location_id: int, **overrides: object) -> ShopifySettings:
    base = ShopifySettings(shop=url, api_version="2026-04", location=gid("Location",
                                                                          location_id),
                           request_timeout_seconds=0.25, bulk_threshold=2500,
                           flags=FeatureFlags())
    from dataclasses import replace

    return replace(base, **overrides)  # type: ignore[arg-type]


@contextmanager
def rig(tmp_path: Path, *, skus: dict[str, int] | None = None, seed: int = 7,
        plan: str | tuple[float, float] = "plus", faults: FaultPlan | None = None,
        settings: dict[str, object] | None = None) -> Iterator[Rig]:
    clock = FixedClock(START)
    state = ShopState(clock)
    loc = state.add_location("Main Street")
    other = state.add_location("Warehouse")
    skus = skus or {f"SKU-{i:03d}": 20 + i for i in range(8)}
    for n, (sku, qty) in enumerate(skus.items()):
        state.add_product(f"Product {n}", [{"sku": sku, "price": f"{10 + n}.50",
                                            "title": "Default Title",
                                            "barcode": f"400000000{n:03d}",
                                            "levels": {loc.id: qty, other.id: 5}}],
                          vendor="Acme", product_type="Goods")
    faults = faults or FaultPlan(seed=seed, hang_seconds=0.4)
    emulator = ShopifyEmulator(state, tokens={TOKEN: "standard"}, faults=faults)
    emulator.api.set_plan(TOKEN, plan)
    url = emulator.start()
    db = LocalDatabase(tmp_path / "data")
    catalog = SqliteCatalogRepository(db, clock=clock)
    for tc in TAX_CLASSES.values():
        catalog.upsert_tax_class(tc)
    ids = SequentialIds(prefix=1)
    desk = SalesDesk(SqliteSaleStore(db), PricingRules(TAX_CLASSES), clock, ids,
                     terminal_id="T1", currency="USD")
    sync = build_inventory_sync(
        db, catalog, make_settings(url, loc.id, **(settings or {})), currency="USD",
        clock=clock, ids=SequentialIds(prefix=2), token=lambda: TOKEN,
        retry=RetryPolicy(base=0.001, cap=0.01, max_attempts=6),
        breaker=CircuitBreaker(lambda: 0.0, threshold=50, cooldown=0.0),
        rng=random.Random(seed))
    online = OnlineStore(state, loc.id, seed=seed)
    try:
        yield Rig(emulator, state, loc.id, online, db, catalog, desk, sync, clock, dict(skus))
    finally:
        online.stop()
        sync.close()
        emulator.stop()
        db.close()
