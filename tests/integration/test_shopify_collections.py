"""Collections from Shopify to commission plans, over real HTTP on 127.0.0.1: the
emulator's collection queries and their cost, the reconciler's membership pull (pages
and bulk, incremental, removals, renames, deletions) and a plan rule on a collection
paying through the real sales desk and commission calculator."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime

import httpx
import pytest
from graphql import get_operation_ast, parse, validate
from sqlalchemy import text

from pos_app.adapters.shopify import documents, gateway
from pos_app.adapters.shopify_emulator import ShopifyEmulator
from pos_app.adapters.shopify_emulator.api import load_schema
from pos_app.adapters.shopify_emulator.bulk import check_bulk_query
from pos_app.adapters.shopify_emulator.costs import MAX_QUERY_COST, CostCalculator
from pos_app.adapters.shopify_emulator.seed import seed_file
from pos_app.adapters.shopify_emulator.state import ShopState, gid
from pos_app.adapters.sqlite.central_outbox import SqliteSyncOutbox
from pos_app.adapters.sqlite.commission_repo import SqliteCommissionLedger
from pos_app.domain.clock import FixedClock
from pos_app.domain.commission import (
    CommissionPlan,
    Match,
    Rate,
    RateKind,
    RateRule,
    digest,
)
from pos_app.services.central_sync import PulledPlan
from pos_app.services.commission_calculator import CommissionCalculator, CommissionSettings
from pos_app.services.inventory_reconciler import PassOutcome, PassSummary
from tests.conftest import SequentialIds
from tests.integration.shopify_fixtures import Rig, rig
from tests.integration.test_shopify_emulator import TOKEN, Shop

# ---- the documents ------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "hint"), [
    ("COLLECTIONS", gateway._COLLECTIONS_COST),
    ("COLLECTION_PRODUCTS", gateway._COLLECTION_PRODUCTS_COST)])
def test_collection_documents_are_valid_and_within_the_query_limit(name, hint):
    schema = load_schema()
    doc = parse(getattr(documents, name))
    assert validate(schema, doc) == []
    op = get_operation_ast(doc)
    assert op is not None
    requested = CostCalculator(schema, op, {}, {"id": "gid://shopify/Collection/1"}).requested()
    assert requested == hint <= MAX_QUERY_COST


def test_bulk_collections_document_is_a_valid_bulk_query():
    doc, problem = check_bulk_query(load_schema(), documents.BULK_COLLECTIONS)
    assert problem is None and doc is not None


# ---- the emulator ------------------------------------------------------------------------


@pytest.fixture
def shop() -> Iterator[Shop]:
    state = ShopState(FixedClock(datetime(2026, 11, 27, 9, 0, tzinfo=UTC)))
    loc = state.add_location("Main Street")
    products = [state.add_product(f"P{i}", [{"sku": f"A{i}", "price": "5.00",
                                             "levels": {loc.id: 10}}]) for i in range(7)]
    state.add_collection("Summer", [p.id for p in products[:5]])
    state.add_collection("Summer", [products[6].id])  # same title, its own handle
    state.add_collection("Winter", [products[1].id])
    emu = ShopifyEmulator(state, tokens={TOKEN: "standard"})
    emu.start()
    with httpx.Client(timeout=2.0) as http:
        yield Shop(emu, http, loc.id)
    emu.stop()


def test_collections_page_with_cursors_and_costs(shop):
    query = """query($after: String) { collections(first: 2, after: $after) {
        nodes { id title handle updatedAt productsCount { count } }
        pageInfo { hasNextPage endCursor } } }"""
    first = shop.q(query)
    conn = first["data"]["collections"]
    assert [(n["title"], n["handle"], n["productsCount"]["count"]) for n in conn["nodes"]] \
        == [("Summer", "summer", 5), ("Summer", "summer-1", 1)]
    assert conn["nodes"][0]["updatedAt"] == "2026-11-27T09:00:00Z"
    assert conn["pageInfo"]["hasNextPage"] is True
    # connection 2 + 2 x (collection 1 + productsCount 1); charged for what came back.
    assert first["extensions"]["cost"]["requestedQueryCost"] == 6
    second = shop.q(query, {"after": conn["pageInfo"]["endCursor"]})["data"]["collections"]
    assert [n["title"] for n in second["nodes"]] == ["Winter"]
    assert second["pageInfo"]["hasNextPage"] is False

    summer = conn["nodes"][0]["id"]
    page = shop.q("""query($id: ID!, $after: String) { collection(id: $id) {
        products(first: 3, after: $after) { nodes { id title }
        pageInfo { hasNextPage endCursor } } } }""", {"id": summer})
    products = page["data"]["collection"]["products"]
    assert [n["title"] for n in products["nodes"]] == ["P0", "P1", "P2"]
    assert products["pageInfo"]["hasNextPage"] is True
    assert page["extensions"]["cost"]["requestedQueryCost"] == 1 + 2 + 3

    of_p1 = shop.q("""{ products(first: 2) { nodes { title collections(first: 5) {
        nodes { title } } } } }""")["data"]["products"]["nodes"]
    assert of_p1[1] == {"title": "P1", "collections": {"nodes": [{"title": "Summer"},
                                                                 {"title": "Winter"}]}}
    p6 = gid("Product", shop.state.products[max(shop.state.products)].id)
    found = shop.q('query($q: String) { collections(first: 5, query: $q) { nodes { handle } } }',
                   {"q": f"product_id:{p6.rsplit('/', 1)[1]}"})
    assert found["data"]["collections"]["nodes"] == [{"handle": "summer-1"}]


def test_naive_nested_collections_query_is_refused_for_cost(shop):
    body = shop.q("{ products(first: 250) { nodes { id collections(first: 25) { "
                  "nodes { title } } } } }")
    err = body["errors"][0]
    # 2 + 250 x (product 1 + collections 2 + 25 x collection 1)
    assert err["extensions"]["code"] == "MAX_COST_EXCEEDED"
    assert err["extensions"]["cost"] == 2 + 250 * (1 + 2 + 25)
    assert "data" not in body


def test_bulk_collections_jsonl_children_name_their_collection(shop):
    run = shop.q('mutation { bulkOperationRunQuery(query: "{ collections { edges { node { '
                 'id title products { edges { node { id } } } } } } }") { bulkOperation '
                 '{ id } userErrors { code message } } }')
    op = run["data"]["bulkOperationRunQuery"]["bulkOperation"]
    shop.emulator.api.bulk.join()
    status = shop.q('query($id: ID!) { node(id: $id) { ... on BulkOperation { status url '
                    'rootObjectCount } } }', {"id": op["id"]})["data"]["node"]
    assert status["status"] == "COMPLETED" and status["rootObjectCount"] == "3"
    lines = [json.loads(x) for x in shop.http.get(status["url"]).text.splitlines()]
    titles = {x["id"]: x["title"] for x in lines if "__parentId" not in x}
    members = sorted((titles[x["__parentId"]], x["id"]) for x in lines if "__parentId" in x)
    assert len(members) == 7 and sum(1 for t, _ in members if t == "Winter") == 1


def test_seed_file_builds_collections(tmp_path):
    path = tmp_path / "shop.json"
    path.write_text(json.dumps({
        "collections": [{"title": "Summer", "handle": "hot"}],
        "products": [
            {"title": "Tee", "collections": ["Summer", "Basics"],
             "variants": [{"sku": "TEE", "price": "9.00", "levels": {"Main Street": 3}}]},
            {"title": "Cap", "collections": ["Summer"],
             "variants": [{"sku": "CAP", "price": "5.00"}]}]}), encoding="utf-8")
    state = ShopState()
    seed_file(state, path)
    got = {c.handle: sorted(state.products[p].title for p in c.product_ids)
           for c in state.collections.values()}
    assert got == {"hot": ["Cap", "Tee"], "basics": ["Tee"]}


# ---- the reconciler and a commission plan ---------------------------------------------------


def product_of(r: Rig, sku: str) -> int:
    item = r.shop.items[r.shop.item_by_sku[sku]]
    return r.shop.variants[item.variant_id].product_id


def local_collections(r: Rig) -> dict[str, set[str]]:
    """title -> SKUs, as the commission ledger sees them."""
    ledger = SqliteCommissionLedger(r.db, SequentialIds(prefix=7))
    out: dict[str, set[str]] = {}
    for sku, cls in ledger.item_classes(list(r.start)).items():
        for title in cls.collections:
            out.setdefault(title, set()).add(sku)
    return out


def shopify_collections(r: Rig) -> dict[str, set[str]]:
    sku_of = {v.product_id: v.sku for v in r.shop.variants.values()}
    out: dict[str, set[str]] = {}
    for c in r.shop.collections.values():
        out.setdefault(c.title, set()).update(sku_of[p] for p in c.product_ids)
    return out


def ok(r: Rig) -> PassSummary:
    s = r.reconciler.run_once()
    assert s.outcome is PassOutcome.OK, s
    assert s.usage.throttled == 0 and r.emulator.api.stats.throttled == 0
    assert s.usage.throttle_wait_seconds == 0
    return s


SUMMER_PLAN = CommissionPlan(
    id="summer", name="Summer push", currency="USD", effective_from=date(2026, 1, 1),
    rules=(RateRule(Match(), Rate(RateKind.PERCENT, 100)),
           RateRule(Match(collection="Summer"), Rate(RateKind.PERCENT, 1000))))


def test_collection_membership_drives_a_plan_rule_and_follows_removals(tmp_path):
    with rig(tmp_path, plan="standard") as r:
        summer = r.shop.add_collection("Summer", [product_of(r, "SKU-001")])
        r.shop.add_collection("Winter", [product_of(r, "SKU-002"), product_of(r, "SKU-001")])
        first = ok(r)
        assert first.collections_read == 2
        assert local_collections(r) == {"Summer": {"SKU-001"}, "Winter": {"SKU-001",
                                                                           "SKU-002"}}

        body = SUMMER_PLAN.body_json()
        SqliteSyncOutbox(r.db).apply_plans(
            [PulledPlan("summer", None, 1, digest(body), body)], "2026-11-27T09:00:00+00:00")
        calc = CommissionCalculator(SqliteCommissionLedger(r.db, SequentialIds(prefix=5)),
                                    CommissionSettings("T1", "USD"), r.clock,
                                    SequentialIds(prefix=6))
        r.desk.completion_hooks.append(calc)

        def sell_at_rate(sku: str, basis_points: int) -> None:
            r.sell(sku)
            with r.db.read() as conn:
                amount, base = conn.execute(text(
                    "SELECT amount, base FROM commission_record WHERE sku = :s "
                    "ORDER BY rowid DESC LIMIT 1"), {"s": sku}).one()
            assert base > 0 and abs(amount - base * basis_points / 10_000) <= 0.5, \
                (sku, amount, base)

        sell_at_rate("SKU-001", 1000)  # in Summer: the collection rule pays
        sell_at_rate("SKU-003", 100)

        # Nothing changed: the next pass lists the collections and reads no products.
        assert ok(r).collections_read == 0

        r.clock.advance(minutes=5)
        r.shop.remove_from_collection(summer.id, [product_of(r, "SKU-001")])
        assert ok(r).collections_read == 1
        assert local_collections(r) == {"Winter": {"SKU-001", "SKU-002"}}
        sell_at_rate("SKU-001", 100)

        # Renamed, deleted, added back under a collection of the same title.
        r.clock.advance(minutes=5)
        winter = next(c for c in r.shop.collections.values() if c.title == "Winter")
        r.shop.rename_collection(winter.id, "Autumn")
        r.shop.add_to_collection(summer.id, [product_of(r, "SKU-004")])
        r.shop.add_collection("Summer", [product_of(r, "SKU-005")])
        ok(r)
        assert local_collections(r) == shopify_collections(r) == {
            "Autumn": {"SKU-001", "SKU-002"}, "Summer": {"SKU-004", "SKU-005"}}
        r.shop.delete_collection(summer.id)
        ok(r)
        assert local_collections(r) == {"Autumn": {"SKU-001", "SKU-002"},
                                        "Summer": {"SKU-005"}}
        # Every request stayed under Shopify's single-query limit.
        assert max(req for _, req, _ in r.emulator.api.cost_log) <= 1000


def test_big_collections_are_read_with_one_bulk_operation(tmp_path):
    skus = {f"SKU-{i:04d}": 5 for i in range(300)}
    # Two pages of products or more are read in bulk here (four by default).
    with rig(tmp_path, skus=skus, plan="plus", settings={"bulk_after_pages": 2}) as r:
        products = [product_of(r, sku) for sku in skus]
        r.shop.add_collection("Everything", products)
        r.shop.add_collection("Evens", products[::2])
        s = ok(r)
        assert s.bulk_reads == 2  # the catalog with levels, then the collections
        by_op = r.emulator.api.stats.by_operation
        assert "CollectionProducts" not in by_op
        assert local_collections(r) == shopify_collections(r)
        assert len(local_collections(r)["Evens"]) == 150

        r.clock.advance(minutes=5)
        r.shop.remove_from_collection(r.shop.collections[max(r.shop.collections)].id,
                                      products[:10])
        s = ok(r)
        assert s.collections_read == 1  # 145 products: one page
        assert r.emulator.api.stats.by_operation["CollectionProducts"] > 0
        assert len(local_collections(r)["Evens"]) == 145
        assert local_collections(r) == shopify_collections(r)
        assert max(req for _, req, _ in r.emulator.api.cost_log) <= 1000


def test_small_changes_are_read_by_pages(tmp_path):
    with rig(tmp_path, plan="standard") as r:
        ok(r)
        r.clock.advance(minutes=1)
        r.shop.add_collection("Sale", [product_of(r, f"SKU-00{i}") for i in range(3)])
        s = ok(r)
        assert s.bulk_reads == 0 and s.collections_read == 1
        assert r.emulator.api.stats.by_operation["CollectionProducts"] > 0
        assert local_collections(r) == {"Sale": {"SKU-000", "SKU-001", "SKU-002"}}
