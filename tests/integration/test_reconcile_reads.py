"""One reconcile pass reads the item map and the outbox once, and passes them along: when
the queued deltas go before the pulls, the push after the pulls works from the same
reads; the map is read again only when the catalog pull changed it."""

from __future__ import annotations

import json
from collections import Counter

from sqlalchemy import text

from pos_app.services.inventory_reconciler import PassOutcome
from tests.integration.shopify_fixtures import rig

_COUNTED = ("item_ids", "ingest_outbox")


class CountingRepo:
    """The reconciler's repository, counting the reads a pass makes of each."""

    def __init__(self, inner) -> None:
        self._inner = inner
        self.calls: Counter[str] = Counter()

    def __getattr__(self, name: str):
        got = getattr(self._inner, name)
        if name not in _COUNTED:
            return got

        def counted(*args, **kwargs):
            self.calls[name] += 1
            return got(*args, **kwargs)
        return counted


def _spy(r) -> CountingRepo:
    spy = CountingRepo(r.reconciler._repo)
    r.reconciler._repo = spy
    return spy


def test_a_push_first_pass_reads_the_items_and_the_outbox_once(tmp_path):
    with rig(tmp_path) as r:
        assert r.reconciler.run_once().outcome is PassOutcome.OK  # levels known here
        for n in range(4):
            r.sell(f"SKU-{n:03d}", 1)
        spy = _spy(r)
        s = r.reconciler.run_once()  # the queued deltas first, then the pulls
        assert s.outcome is PassOutcome.OK and s.pushed_events == 4 and s.ingested == 4
        assert spy.calls == {"item_ids": 1, "ingest_outbox": 1}
        for sku in r.start:
            assert r.shopify(sku) == r.expected(sku)


def test_the_map_is_read_again_when_the_catalog_pull_changed_it(tmp_path):
    with rig(tmp_path) as r:
        r.reconciler.run_once()
        # A stock event of a SKU this till does not map yet, and the SKU created in
        # Shopify: the push before the pulls leaves it, the pull maps it, and the push
        # after the pulls sends it from the map read again.
        with r.db.write() as conn:
            conn.execute(text(
                "INSERT INTO outbox (op_id, topic, aggregate_id, payload, created_at, "
                "attempts, status) VALUES ('ghost-1', 'inventory', 'GHOST', :p, '2026', 0, "
                "'pending')"), {"p": json.dumps({"sku": "GHOST", "delta": -3,
                                                  "reason": "sale"})})
        r.shop.add_product("Ghost", [{"sku": "GHOST", "price": "9.00",
                                      "title": "Default Title", "barcode": "4000000000999",
                                      "levels": {r.location_id: 10}}],
                           vendor="Acme", product_type="Goods")
        r.sell("SKU-001", 2)
        spy = _spy(r)
        s = r.reconciler.run_once()
        assert s.outcome is PassOutcome.OK and s.rejected == 0, s
        assert spy.calls == {"item_ids": 2, "ingest_outbox": 1}
        assert r.shopify("GHOST") == 10 - 3
        assert r.shopify("SKU-001") == r.expected("SKU-001")
        spy.calls.clear()
        assert r.reconciler.run_once().outcome is PassOutcome.OK  # nothing changed
        assert spy.calls == {"item_ids": 1, "ingest_outbox": 1}


def _reads(r, pass_) -> dict[str, int]:
    """The pass's summary and the points it spent per operation (an operation absent
    from the dict was not sent)."""
    before = dict(r.emulator.api.stats.by_operation)
    s = pass_()
    assert s.outcome is PassOutcome.OK, s
    after = r.emulator.api.stats.by_operation
    return {k: v - before.get(k, 0) for k, v in after.items() if v != before.get(k, 0)} \
        | {"bulk_reads": s.bulk_reads}


def test_many_changed_levels_are_read_with_one_bulk_operation_a_few_by_pages(tmp_path):
    """The levels pull chooses up front: after a big push (or with many levels in the
    read's overlap window) one bulk operation, not pages first and a bulk read after
    them; a pass with a few changed levels stays a paged read."""
    with rig(tmp_path, settings={"bulk_threshold": 5}) as r:
        run = r.reconciler.run_once
        assert _reads(r, run)["bulk_reads"] == 1  # the first sync: catalog and levels
        skus = sorted(r.start)
        r.clock.advance(seconds=60)
        for sku in skus[:6]:
            r.sell(sku)
        big = _reads(r, run)  # 6 pushed, more than 5: read back in bulk
        assert big["bulk_reads"] == 1 and "Levels" not in big and big["PosAdjust"] > 0
        r.clock.advance(seconds=60)
        # The confirming pass: nothing pushed, but the 6 levels Shopify stamped at the
        # push are in the read's window (it looks back past the newest stamp seen).
        confirm = _reads(r, run)
        assert confirm["bulk_reads"] == 1 and "Levels" not in confirm
        assert "PosBulk" in confirm and "PosAdjust" not in confirm
        r.clock.advance(seconds=60)
        r.sell(skus[6])
        assert _reads(r, run)["bulk_reads"] == 1  # the window still holds the 6
        r.clock.advance(seconds=60)
        r.sell(skus[7])
        small = _reads(r, run)  # one pushed, one in the window: two pages' worth at most
        assert small["bulk_reads"] == 0 and "PosBulk" not in small
        assert small["Levels"] > 0 and small["PosAdjust"] > 0
        for sku in r.start:
            assert r.shopify(sku) == r.expected(sku)
            assert r.reconciler.sellable(sku) == r.expected(sku)
