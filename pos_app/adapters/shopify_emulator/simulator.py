"""The online store beside the terminal: places, fulfils and cancels orders and edits
stock in the admin, on demand or at a set rate, so the reconciler meets real conflicts.
It keeps its own tally so tests can compute the exact quantities Shopify must end with.
"""

from __future__ import annotations

import random
import threading
from collections import Counter
from dataclasses import dataclass, field

from .state import Order, ShopState


@dataclass
class Tally:
    """Net units the online channel took per SKU (orders placed minus cancelled)."""

    sold: Counter[str] = field(default_factory=Counter)
    admin_delta: Counter[str] = field(default_factory=Counter)
    orders: int = 0
    fulfilled: int = 0
    cancelled: int = 0


class OnlineStore:
    def __init__(self, state: ShopState, location_id: int, *, seed: int = 0,
                 allow_oversell: bool = False) -> None:
        self.state = state
        self.location_id = location_id
        self.allow_oversell = allow_oversell
        self.tally = Tally()
        self._rng = random.Random(seed)
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def _item(self, sku: str) -> int:
        return self.state.item_by_sku[sku]

    def skus(self) -> list[str]:
        with self.state.lock:
            return sorted(s for s, i in self.state.item_by_sku.items()
                          if (i, self.location_id) in self.state.levels)

    def place_order(self, sku: str, quantity: int = 1) -> Order | None:
        order = self.state.place_order(self._item(sku), self.location_id, quantity,
                                       allow_oversell=self.allow_oversell)
        if order is not None:
            with self._lock:
                self.tally.sold[sku] += quantity
                self.tally.orders += 1
        return order

    def fulfil(self, order_id: int) -> bool:
        ok = self.state.fulfil_order(order_id)
        if ok:
            with self._lock:
                self.tally.fulfilled += 1
        return ok

    def cancel(self, order_id: int) -> bool:
        with self.state.lock:
            order = self.state.orders.get(order_id)
            ok = self.state.cancel_order(order_id)
        if ok and order is not None:
            sku = self.state.items[order.item_id].sku or ""
            with self._lock:
                self.tally.sold[sku] -= order.quantity
                self.tally.cancelled += 1
        return ok

    def admin_adjust(self, sku: str, delta: int) -> None:
        self.state.admin_adjust(self._item(sku), self.location_id, delta)
        with self._lock:
            self.tally.admin_delta[sku] += delta

    def open_orders(self) -> list[int]:
        with self.state.lock:
            return [o.id for o in self.state.orders.values()
                    if o.status == "open" and o.location_id == self.location_id]

    def random_step(self) -> None:
        """One random event: mostly orders, some fulfilments and cancellations."""
        roll = self._rng.random()
        open_ids = self.open_orders()
        if roll < 0.6 or not open_ids:
            skus = self.skus()
            if skus:
                self.place_order(self._rng.choice(skus), self._rng.randint(1, 3))
        elif roll < 0.9:
            self.fulfil(self._rng.choice(open_ids))
        else:
            self.cancel(self._rng.choice(open_ids))

    # ---- at a set rate -------------------------------------------------------------

    def start(self, events_per_second: float) -> None:
        """Run random steps on a background thread until `stop()`."""
        if self._thread is not None:
            return
        self._stop.clear()
        interval = 1.0 / events_per_second

        def loop() -> None:
            while not self._stop.wait(interval):
                self.random_step()

        self._thread = threading.Thread(target=loop, name="online-store", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None
