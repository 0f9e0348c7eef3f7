"""Property: whatever the interleaving of local sales, returns and counts, online orders,
fulfilments and cancellations, faults and reconnects, once Shopify is reachable again
the reconciler converges to exactly start - online + POS (+ count variances), and no
push is ever applied twice."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from pos_app.adapters.shopify_emulator import Fault, FaultPlan
from tests.integration.shopify_fixtures import rig

SKUS = {f"P-{i}": 6 + 2 * i for i in range(4)}
sku = st.sampled_from(sorted(SKUS))

step = st.one_of(
    st.tuples(st.just("sell"), sku, st.integers(1, 3)),
    st.tuples(st.just("return"), st.integers(0, 20), st.just(1)),
    st.tuples(st.just("order"), sku, st.integers(1, 3)),
    st.tuples(st.just("fulfil"), st.integers(0, 20), st.just(0)),
    st.tuples(st.just("cancel"), st.integers(0, 20), st.just(0)),
    st.tuples(st.just("faults"), st.sampled_from([0.0, 0.3, 1.0]), st.just(0)),
    st.tuples(st.just("pass"), st.just(0), st.just(0)),
    st.tuples(st.just("count"), sku, st.integers(0, 15)),
)


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(steps=st.lists(step, min_size=1, max_size=25), seed=st.integers(0, 2**16))
def test_any_interleaving_converges_exactly(steps, seed):
    quick = (Fault.HTTP_500, Fault.HTTP_503, Fault.HTTP_429, Fault.RESET,
             Fault.DROP_AFTER_COMMIT)
    faults = FaultPlan(seed=seed, kinds=quick, retry_after=0.001)
    with tempfile.TemporaryDirectory() as tmp, \
            rig(Path(tmp), skus=SKUS, seed=seed, faults=faults) as r:
        r.online.allow_oversell = True
        r.reconcile_until_settled()
        variances = dict.fromkeys(SKUS, 0)
        returnable: list[tuple[int, int]] = []  # (receipt, units left to return)
        for op, a, b in steps:
            if op == "sell":
                returnable.append((r.sell(a, b), b))
            elif op == "return" and returnable:
                i = a % len(returnable)
                receipt, left = returnable[i]
                r.refund(receipt, 1)
                returnable[i] = (receipt, left - 1)
                returnable = [x for x in returnable if x[1] > 0]
            elif op == "order":
                r.online.place_order(a, b)
            elif op in ("fulfil", "cancel"):
                open_ids = r.online.open_orders()
                if open_ids:
                    chosen = open_ids[a % len(open_ids)]
                    (r.online.fulfil if op == "fulfil" else r.online.cancel)(chosen)
            elif op == "faults":
                r.faults.set_rate(a)
            elif op == "pass":
                r.reconciler.run_once()
            elif op == "count":
                event_id = r.reconciler.record_count(a, b)
                with r.db.read() as conn:
                    variances[a] += conn.execute(text(
                        "SELECT counted - expected FROM inventory_event WHERE event_id = :e"),
                        {"e": event_id}).scalar()
        r.faults.set_rate(0.0)
        r.reconcile_until_settled()
        for name in SKUS:
            assert r.shopify(name) == r.expected(name) + variances[name], name
        keys = [k for k, _ in r.shop.effects if k is not None]
        assert len(keys) == len(set(keys))
        r.reconciler.run_once()
        for name in SKUS:
            assert r.reconciler.sellable(name) == r.shopify(name)
