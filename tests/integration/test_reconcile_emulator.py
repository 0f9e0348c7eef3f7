"""The reconciler against the Shopify emulator over real HTTP on 127.0.0.1."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import text

from pos_app.adapters.shopify_emulator import Fault
from pos_app.domain.inventory import AttentionKind
from pos_app.services import inventory_messages as texts
from pos_app.services.inventory_reconciler import PassOutcome
from tests.integration.shopify_fixtures import rig


def _outbox_statuses(r) -> dict[str, int]:
    with r.db.read() as conn:
        return dict(conn.execute(text(
            "SELECT status, count(*) FROM outbox WHERE topic = 'inventory' GROUP BY status"
        )).all())


def test_first_sync_brings_catalog_and_levels(tmp_path):
    with rig(tmp_path) as r:
        summary = r.reconciler.run_once()
        assert summary.outcome is PassOutcome.OK, summary
        assert summary.catalog_inserted == 8
        assert summary.bulk_reads == 1
        v = r.catalog.get_by_skus(["SKU-003"])["SKU-003"]
        assert v.price_minor == 1350 and v.barcode == "400000000003"
        assert v.title == "Product 3"
        assert r.reconciler.sellable("SKU-003") == 23
        assert r.reconciler.sellable("NOPE") is None


def test_offline_day_then_reconnect_converges_exactly(tmp_path):
    with rig(tmp_path) as r:
        assert r.reconciler.run_once().outcome is PassOutcome.OK
        # The terminal goes offline: every call is reset at the TCP level.
        r.faults.script([Fault.RESET] * 10_000)
        receipts = []
        for hour in range(10):
            r.clock.advance(hours=1)
            for n in range(8):
                if (hour + n) % 3 == 0:
                    receipts.append(r.sell(f"SKU-{n:03d}", 1 + n % 2))
            order = r.online.place_order(f"SKU-{hour % 8:03d}", 2)
            if hour % 2 == 0 and order is not None:
                r.online.fulfil(order.id)
            elif hour % 5 == 1 and order is not None:
                r.online.cancel(order.id)
            if hour % 4 == 3:
                s = r.reconciler.run_once()
                assert s.outcome is PassOutcome.OFFLINE, s
        r.refund(receipts[0], 1)
        r.refund(receipts[3], 1)
        # The counter kept its estimate without Shopify: snapshot + local deltas.
        assert r.reconciler.sellable("SKU-000") == r.start["SKU-000"] + r.pos_delta["SKU-000"]

        r.faults._script.clear()
        r.clock.advance(hours=14)
        r.reconcile_until_settled()
        for sku in r.start:
            assert r.shopify(sku) == r.expected(sku), sku
        # After one more pull the local view is Shopify's view exactly.
        assert r.reconciler.run_once().outcome is PassOutcome.OK
        for sku in r.start:
            assert r.reconciler.sellable(sku) == r.shopify(sku), sku
        assert set(_outbox_statuses(r)) == {"acked"}
        keys = [k for k, _ in r.shop.effects if k is not None]
        assert len(keys) == len(set(keys)), "a push was applied twice"


def test_chaos_20_percent_faults_no_delta_applied_twice(tmp_path):
    with rig(tmp_path, seed=11) as r:
        assert r.reconciler.run_once().outcome is PassOutcome.OK
        r.faults.set_rate(0.2)
        for round_ in range(6):
            for n in range(8):
                if (round_ + n) % 2 == 0:
                    r.sell(f"SKU-{n:03d}", 1)
            for _ in range(3):
                r.online.random_step()
            r.reconciler.run_once()
        r.reconcile_until_settled(max_passes=60)
        r.faults.set_rate(0.0)
        r.reconcile_until_settled()
        injected = sum(r.faults.injected.values())
        assert injected >= 5, r.faults.injected
        for sku in r.start:
            assert r.shopify(sku) == r.expected(sku), (sku, r.faults.injected)
        keys = [k for k, _ in r.shop.effects if k is not None]
        assert len(keys) == len(set(keys)), "a push was applied twice"
        assert r.faults.injected.get(Fault.DROP_AFTER_COMMIT, 0) \
            + r.faults.injected.get(Fault.HANG_AFTER_COMMIT, 0) > 0


def test_throttling_is_waited_out_not_reported(tmp_path):
    from pos_app.services.flags import FeatureFlags

    # A 1000-point bucket refilled at 4000 points/s, read page by page (753 points a
    # page requested, refunded down to what was actually returned).
    with rig(tmp_path, plan=(1000.0, 4000.0),
             settings={"flags": FeatureFlags().overridden({"batch_reconciliation": False})}) as r:
        first = r.reconciler.run_once()
        assert first.outcome is PassOutcome.OK, first
        # Another app on the same token drains the bucket behind our back: Shopify
        # answers THROTTLED (HTTP 200), the client waits and sends the same request.
        # (Nothing is sold yet: sales would go first, in a cheap push before the pages.)
        assert r.emulator.api.bucket(r.emulator.token).try_take(990)
        s = r.reconciler.run_once()
        assert s.outcome is PassOutcome.OK and s.message == "", s
        assert s.usage.throttled >= 1 and r.emulator.api.stats.throttled >= 1
        assert s.usage.throttle_wait_seconds > 0
        for n in range(8):
            r.sell(f"SKU-{n:03d}", 1)
        assert r.emulator.api.bucket(r.emulator.token).try_take(990)
        s = r.reconciler.run_once()  # the push first, then the pages (waited out)
        assert s.outcome is PassOutcome.OK and s.message == "", s
        assert s.pushed_events == 8
        for sku in r.start:
            assert r.shopify(sku) == r.expected(sku)


def test_stale_count_becomes_a_variance(tmp_path):
    with rig(tmp_path) as r:
        r.reconciler.run_once()
        assert r.reconciler.online
        r.sell("SKU-002", 2)  # 22 -> expected 20 on hand after the sale
        count_id = r.reconciler.record_count("SKU-002", 17)  # three missing on the shelf
        # Meanwhile an online order ships two units: Shopify's on_hand moves under us.
        order = r.online.place_order("SKU-002", 2)
        assert order is not None and r.online.fulfil(order.id)
        r.reconcile_until_settled()
        # The count's variance (-3) and the sale (-2) and the order (-2) all hold.
        assert r.shopify("SKU-002", "on_hand") == 22 - 2 - 3 - 2
        items = r.reconciler.attention()
        stale = [a for a in items if a.kind is AttentionKind.STALE_COUNT]
        assert len(stale) == 1 and stale[0].event_id == count_id
        assert "expected on_hand 20" in stale[0].detail and "Shopify had 18" in stale[0].detail
        # The list shows it in the manager's words, translated (the detail stays English).
        assert stale[0].message == texts.stale_count(17, 20, 18, -3)
        assert str(stale[0].message) == (
            "Counted 17; this till expected 20 on hand, but Shopify had 18. The difference, "
            "-3, was sent instead: check the item in Shopify admin")


def test_count_when_nothing_moved_is_a_compare_and_set(tmp_path):
    with rig(tmp_path) as r:
        r.reconciler.run_once()
        r.reconciler.record_count("SKU-001", 30)
        s = r.reconcile_until_settled()[-1]
        assert s.counts_applied == 1 and s.stale_counts == 0
        assert r.shopify("SKU-001", "on_hand") == 30
        group = r.shop.groups[r.shop.effects[-1][1]]
        assert group.reason == "cycle_count_available"


def test_offline_count_is_always_a_variance(tmp_path):
    with rig(tmp_path) as r:
        r.reconciler.run_once()
        r.faults.script([Fault.RESET] * 100)
        assert r.reconciler.run_once().outcome is PassOutcome.OFFLINE
        assert not r.reconciler.online
        r.reconciler.record_count("SKU-004", 20)  # expected 24: four missing
        r.online.place_order("SKU-004", 1)
        r.faults._script.clear()
        s = r.reconcile_until_settled()
        assert sum(x.variances for x in s) == 1
        assert sum(x.counts_applied for x in s) == 0
        assert r.shopify("SKU-004", "on_hand") == 24 - 4
        assert r.shopify("SKU-004") == 24 - 4 - 1


def test_poison_rows_do_not_block_the_queue(tmp_path):
    with rig(tmp_path) as r:
        r.reconciler.run_once()
        r.sell("SKU-000", 1)
        with r.db.write() as conn:
            # An event for a SKU Shopify does not know, and one that cannot be read.
            conn.execute(text(
                "INSERT INTO outbox (op_id, topic, aggregate_id, payload, created_at, "
                "attempts, status) VALUES ('poison-1', 'inventory', 'GHOST', :p, '2026', 0, "
                "'pending'), ('poison-2', 'inventory', 'SKU-001', '{not json', '2026', 0, "
                "'pending')"), {"p": json.dumps({"sku": "GHOST", "delta": -1,
                                                  "reason": "sale"})})
        # And one Shopify refuses: the item is no longer stocked at the location.
        r.unstock("SKU-005")
        r.sell("SKU-005", 1)
        r.sell("SKU-006", 2)
        r.reconcile_until_settled()
        assert r.shopify("SKU-000") == r.expected("SKU-000")
        assert r.shopify("SKU-006") == r.expected("SKU-006")
        kinds = sorted(a.kind.value for a in r.reconciler.attention())
        assert kinds == ["bad_event", "rejected", "unknown_sku"]
        statuses = _outbox_statuses(r)
        assert statuses == {"acked": 2, "rejected": 3}
        with r.db.read() as conn:
            errors = conn.execute(text(
                "SELECT op_id, last_error FROM outbox WHERE status = 'rejected' ORDER BY op_id"
            )).all()
        assert any("ITEM_NOT_STOCKED_AT_LOCATION" in e for _, e in errors)
        # Each reason is a template for the screens; Shopify's code stays in the detail.
        by_kind = {a.kind.value: a for a in r.reconciler.attention()}
        refused = by_kind["rejected"]
        assert "ITEM_NOT_STOCKED_AT_LOCATION" in refused.detail
        location = r.reconciler._repo.get_state("location_name")
        assert location and refused.message == texts.shopify_refusal(
            "ITEM_NOT_STOCKED_AT_LOCATION", location)
        assert str(refused.message) == (
            f"This item is not stocked at {location} in Shopify: stock it there in Shopify "
            "admin, then send the set-aside changes again (Send again in this list, or "
            "pos-app reconcile --retry-rejected)")
        assert by_kind["unknown_sku"].message == texts.unknown_sku("GHOST")
        assert by_kind["bad_event"].message == texts.bad_event()
        assert "Unreadable stock event" in by_kind["bad_event"].detail


def test_oversell_after_offline_is_surfaced(tmp_path):
    with rig(tmp_path, skus={"LAST-ONE": 1}) as r:
        r.reconciler.run_once()
        r.faults.script([Fault.HTTP_503] * 100)
        r.sell("LAST-ONE", 1)
        r.reconciler.run_once()
        assert r.online.place_order("LAST-ONE", 1) is not None  # online sold it too
        r.faults._script.clear()
        r.reconcile_until_settled()
        r.reconciler.run_once()
        assert r.shopify("LAST-ONE") == -1
        oversold = [a for a in r.reconciler.attention() if a.kind is AttentionKind.OVERSOLD]
        assert len(oversold) == 1 and "-1" in oversold[0].detail
        assert oversold[0].message == texts.oversold(-1, "LAST-ONE")
        assert r.reconciler.status().oversold_levels == 1
        assert r.reconciler.would_oversell("LAST-ONE", 1)


def test_bad_token_is_a_clear_auth_failure(tmp_path):
    with rig(tmp_path) as r:
        r.sync.client._token = lambda: "shpat_wrong"
        s = r.reconciler.run_once()
        assert s.outcome is PassOutcome.AUTH_FAILED
        assert "401" in s.message


def test_incremental_catalog_pull_sees_price_changes(tmp_path):
    with rig(tmp_path) as r:
        r.reconciler.run_once()
        r.clock.advance(minutes=5)
        with r.shop.lock:
            variant_id = r.shop.items[r.shop.item_by_sku["SKU-007"]].variant_id
        r.shop.update_variant(variant_id, price="99.995")
        s = r.reconciler.run_once()
        assert s.bulk_reads == 0 and s.catalog_updated == 1
        assert r.catalog.get_by_skus(["SKU-007"])["SKU-007"].price_minor == 10000


@pytest.mark.parametrize("flag_off", ["batch_reconciliation", "auto_retry"])
def test_flags_off_still_converge(tmp_path, flag_off):
    from pos_app.services.flags import FeatureFlags

    flags = FeatureFlags().overridden({flag_off: False})
    with rig(tmp_path, settings={"flags": flags}) as r:
        s = r.reconciler.run_once()
        assert s.outcome is PassOutcome.OK
        assert s.bulk_reads == (0 if flag_off == "batch_reconciliation" else 1)
        r.sell("SKU-001", 3)
        r.faults.script([Fault.HTTP_500])
        r.reconcile_until_settled()
        assert r.shopify("SKU-001") == r.expected("SKU-001")


def test_sellable_counts_sales_before_they_are_sent(tmp_path):
    with rig(tmp_path) as r:
        r.reconciler.run_once()
        r.sell("SKU-000", 5)
        assert r.reconciler.sellable("SKU-000") == 15
        assert r.reconciler.would_oversell("SKU-000", 16)
        assert not r.reconciler.would_oversell("SKU-000", 15)
        r.reconciler.run_once()  # pushed, not yet re-read: still counted once
        assert r.reconciler.sellable("SKU-000") == 15
        r.clock.advance(seconds=timedelta(minutes=1).total_seconds())
        r.reconciler.run_once()
        assert r.reconciler.sellable("SKU-000") == 15 == r.shopify("SKU-000")


def _hold_pushes(r, seconds: float = 30.0) -> None:
    """The next push is slow at Shopify: it is processed (and holds its idempotency key)
    for `seconds`, far past the client's timeout, until `emulator.release` is set."""
    r.faults.only_matching = ("PosAdjust",)
    r.faults.slow_seconds = seconds
    r.faults.script([Fault.SLOW])


def _finish_held(r) -> None:
    r.emulator.release.set()
    assert r.emulator.api.wait_idle(5)
    r.emulator.release.clear()


def test_push_meeting_its_own_attempt_in_flight_retries_with_the_same_key(tmp_path):
    with rig(tmp_path) as r:
        assert r.reconciler.run_once().outcome is PassOutcome.OK
        r.sell("SKU-003", 2)
        api = r.emulator.api
        _hold_pushes(r)

        def sleep(_seconds: float) -> None:
            # The reconciler backs off after "try again": meanwhile Shopify finishes
            # the first attempt, which timed out at the client but kept going.
            if api.stats.concurrent_refused and api.in_flight():
                _finish_held(r)

        r.reconciler._sleep = sleep
        s = r.reconciler.run_once()
        assert s.outcome is PassOutcome.OK, s
        # Timed out, resent (same key) while the first was in flight, told to try
        # again, resent once more: the replay of the first attempt's result.
        assert api.stats.concurrent_refused == 1
        assert s.retries >= 1 and s.mutations == 2 and s.pushed_events == 1
        assert r.shopify("SKU-003") == r.expected("SKU-003") == r.start["SKU-003"] - 2
        keys = [k for k, _ in r.shop.effects]
        assert len(keys) == 1 and keys[0] is not None
        st = r.reconciler.status()
        assert st.pending_events == st.in_flight_events == 0


def test_key_in_flight_for_a_whole_pass_converges_on_the_next(tmp_path):
    with rig(tmp_path) as r:
        assert r.reconciler.run_once().outcome is PassOutcome.OK
        r.sell("SKU-004", 1)
        r.sell("SKU-005", 3)
        _hold_pushes(r)
        r.reconciler._sleep = lambda _seconds: None
        first = r.reconciler.run_once()
        # Shopify kept saying "in progress": the pass stops, the push stays in flight.
        assert first.outcome is PassOutcome.OFFLINE and "try again" in first.message
        assert r.emulator.api.stats.concurrent_refused >= 2
        assert r.reconciler.status().in_flight_events == 2
        with r.db.read() as conn:
            (error,) = conn.execute(text(
                "SELECT last_error FROM inventory_push WHERE status != 'applied'")).one()
        assert "in progress" in error
        assert r.shop.effects == []  # the held first attempt has not run yet
        _finish_held(r)
        r.reconcile_until_settled()
        for sku in ("SKU-004", "SKU-005"):
            assert r.shopify(sku) == r.expected(sku), sku
        keys = [k for k, _ in r.shop.effects]
        assert len(keys) == 1, "the push was applied more than once"


def _barcodes(r, *skus: str) -> dict[str, str | None]:
    found = r.catalog.get_by_skus(list(skus))
    return {sku: found[sku].barcode for sku in skus}


def _scan(r, code: str) -> str | None:
    from pos_app.domain.barcode import parse_code

    v = r.catalog.find_by_code(parse_code(code))
    return None if v is None else v.sku


def test_a_barcode_on_two_skus_in_shopify_never_makes_a_scan_ambiguous(tmp_path):
    with rig(tmp_path) as r:
        taken = "4006381333931"
        with r.shop.lock:
            old_variant = r.shop.items[r.shop.item_by_sku["SKU-002"]].variant_id
        r.shop.update_variant(old_variant, barcode=taken)
        assert r.reconciler.run_once().outcome is PassOutcome.OK
        r.clock.advance(minutes=5)
        r.shop.add_product("Look-alike", [{"sku": "SKU-NEW", "price": "3.00",
                                           "barcode": taken,
                                           "levels": {r.location_id: 4}}])
        assert r.reconciler.run_once().outcome is PassOutcome.OK
        # The SKU that already scanned by it keeps it; the newcomer comes in bare.
        assert _barcodes(r, "SKU-002", "SKU-NEW") == {"SKU-002": taken, "SKU-NEW": None}
        assert _scan(r, taken) == "SKU-002"
        dup = [a for a in r.reconciler.attention()
               if a.kind is AttentionKind.DUPLICATE_BARCODE]
        assert len(dup) == 1 and dup[0].sku == "SKU-NEW"
        assert f"Barcode {taken} is on SKUs SKU-002 and SKU-NEW in Shopify" in dup[0].detail
        # Re-reading the same conflict (a price edit) tells the manager nothing new.
        r.clock.advance(minutes=5)
        with r.shop.lock:
            new_variant = r.shop.items[r.shop.item_by_sku["SKU-NEW"]].variant_id
        r.shop.update_variant(new_variant, price="3.50")
        assert r.reconciler.run_once().outcome is PassOutcome.OK
        assert _barcodes(r, "SKU-NEW") == {"SKU-NEW": None}
        assert len([a for a in r.reconciler.attention()
                    if a.kind is AttentionKind.DUPLICATE_BARCODE]) == 1
        # The duplicate is fixed in Shopify by giving SKU-002 a new barcode: the
        # withheld one goes back to SKU-NEW although SKU-NEW itself did not change.
        r.clock.advance(minutes=5)
        r.shop.update_variant(old_variant, barcode="4999999999999")
        assert r.reconciler.run_once().outcome is PassOutcome.OK
        assert _barcodes(r, "SKU-002", "SKU-NEW") == {"SKU-002": "4999999999999",
                                                      "SKU-NEW": taken}
        assert _scan(r, taken) == "SKU-NEW"
        assert _scan(r, "4999999999999") == "SKU-002"


def test_two_new_skus_with_one_barcode_the_older_variant_keeps_it(tmp_path):
    with rig(tmp_path, skus={"SKU-A": 3}) as r:
        r.shop.add_product("First", [{"sku": "DUP-1", "price": "1.00",
                                      "barcode": "5000000000012",
                                      "levels": {r.location_id: 1}}])
        r.shop.add_product("Second", [{"sku": "DUP-2", "price": "1.00",
                                       "barcode": "5000000000012",
                                       "levels": {r.location_id: 1}}])
        s = r.reconciler.run_once()  # the first sync: one bulk read
        assert s.outcome is PassOutcome.OK and s.bulk_reads == 1
        assert _barcodes(r, "DUP-1", "DUP-2") == {"DUP-1": "5000000000012", "DUP-2": None}
        assert _scan(r, "5000000000012") == "DUP-1"
        (item,) = [a for a in r.reconciler.attention()
                   if a.kind is AttentionKind.DUPLICATE_BARCODE]
        assert item.sku == "DUP-2" and "SKUs DUP-1 and DUP-2" in item.detail
        # Both still sell and sync stock: only the scan is withheld.
        r.sell("DUP-2", 1)
        r.reconcile_until_settled()
        assert r.shopify("DUP-2") == 0
