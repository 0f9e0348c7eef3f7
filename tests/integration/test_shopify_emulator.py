"""The emulator's fidelity, over real HTTP on 127.0.0.1: auth, versions, validation,
pagination, costs and throttling, the quantity machine, compare-and-set, idempotency,
bulk operations, faults; and the two CLI commands."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from pos_app.adapters.shopify_emulator import Fault, OnlineStore, ShopifyEmulator
from pos_app.adapters.shopify_emulator.state import ShopState, gid
from pos_app.domain.clock import FixedClock

TOKEN = "shpat_fidelity"


class Shop:
    def __init__(self, emulator: ShopifyEmulator, http: httpx.Client, loc: int) -> None:
        self.emulator = emulator
        self.http = http
        self.loc = loc
        self.state = emulator.state

    def post(self, query: str, variables: dict | None = None, *, version: str = "2026-04",
             token: str = TOKEN) -> httpx.Response:
        return self.http.post(f"{self.emulator.url}/admin/api/{version}/graphql.json",
                              json={"query": query, "variables": variables or {}},
                              headers={"X-Shopify-Access-Token": token})

    def q(self, query: str, variables: dict | None = None, **kw) -> dict:
        resp = self.post(query, variables, **kw)
        assert resp.status_code == 200, resp.text
        body = resp.json()
        assert "cost" in body.get("extensions", {}) or body["errors"][0]["extensions"][
            "code"] in ("MAX_COST_EXCEEDED", "PARSE_ERROR", "undefinedField",
                        "GRAPHQL_VALIDATION_FAILED")
        return body

    def item(self, sku: str) -> str:
        return gid("InventoryItem", self.state.item_by_sku[sku])

    def level(self, sku: str):
        return self.state.levels[(self.state.item_by_sku[sku], self.loc)]


@pytest.fixture
def shop() -> Iterator[Shop]:
    clock = FixedClock(datetime(2026, 11, 27, 9, 0, tzinfo=UTC))
    state = ShopState(clock)
    loc = state.add_location("Main Street")
    for i in range(7):
        state.add_product(f"P{i}", [{"sku": f"A{i}", "price": "5.00",
                                     "levels": {loc.id: 10}}])
    emu = ShopifyEmulator(state, tokens={TOKEN: "standard"})
    emu.start()
    with httpx.Client(timeout=2.0) as http:
        yield Shop(emu, http, loc.id)
    emu.stop()


ADJUST = """mutation A($input: InventoryAdjustQuantitiesInput!) {
  inventoryAdjustQuantities(input: $input) @idempotent(key: "%s") {
    inventoryAdjustmentGroup { id reason changes { name delta quantityAfterChange } }
    userErrors { code field message } } }"""
SET = """mutation S($input: InventorySetQuantitiesInput!) {
  inventorySetQuantities(input: $input) @idempotent(key: "%s") {
    inventoryAdjustmentGroup { id } userErrors { code field message } } }"""


def adjust_input(shop: Shop, *rows: tuple[str, int], reason: str = "correction") -> dict:
    return {"input": {"name": "available", "reason": reason, "changes": [
        {"delta": d, "inventoryItemId": shop.item(s), "locationId": gid("Location", shop.loc),
         "changeFromQuantity": None} for s, d in rows]}}


def test_bad_token_is_401_with_shopify_body(shop):
    resp = shop.post("{ locations(first: 1) { nodes { id } } }", token="wrong")
    assert resp.status_code == 401
    assert resp.json() == {"errors": "[API] Invalid API key or access token "
                                     "(unrecognized login or wrong password)"}


def test_version_is_echoed_and_unknown_versions_fall_forward(shop):
    assert shop.post("{ node(id: \"x\") { id } }").headers["X-Shopify-API-Version"] \
        == "2026-04"
    assert shop.post("{ node(id: \"x\") { id } }", version="2023-01").headers[
        "X-Shopify-API-Version"] == "2025-07"


def test_unknown_fields_are_validation_errors(shop):
    body = shop.q("{ productVariants(first: 1) { nodes { id colour } } }")
    assert body["errors"][0]["message"] == "Field 'colour' doesn't exist on type " \
                                           "'ProductVariant'"
    assert "data" not in body


def test_cursor_pagination_and_page_info(shop):
    seen, after, pages = [], None, 0
    while True:
        body = shop.q("query($after: String) { productVariants(first: 3, after: $after) { "
                      "nodes { sku } pageInfo { hasNextPage hasPreviousPage endCursor } } }",
                      {"after": after})
        conn = body["data"]["productVariants"]
        seen += [n["sku"] for n in conn["nodes"]]
        pages += 1
        assert conn["pageInfo"]["hasPreviousPage"] is (pages > 1)
        if not conn["pageInfo"]["hasNextPage"]:
            break
        after = conn["pageInfo"]["endCursor"]
    assert seen == [f"A{i}" for i in range(7)] and pages == 3
    last = shop.q("{ productVariants(last: 2) { nodes { sku } pageInfo { hasPreviousPage "
                  "hasNextPage } } }")["data"]["productVariants"]
    assert [n["sku"] for n in last["nodes"]] == ["A5", "A6"]
    assert last["pageInfo"] == {"hasPreviousPage": True, "hasNextPage": False}


def test_page_and_cost_limits(shop):
    too_big = shop.q("{ productVariants(first: 251) { nodes { id } } }")
    assert "250" in too_big["errors"][0]["message"]
    no_size = shop.q("{ productVariants { nodes { id } } }")
    assert "first or last" in no_size["errors"][0]["message"]
    over = shop.q("{ locations(first: 250) { nodes { inventoryLevels(first: 250) { "
                  "nodes { id } } } } }")
    err = over["errors"][0]
    assert err["extensions"]["code"] == "MAX_COST_EXCEEDED" and err["extensions"]["cost"] > 1000


def test_costs_requested_vs_actual_on_every_response(shop):
    body = shop.q("{ productVariants(first: 100) { nodes { id inventoryItem { id } } } }")
    cost = body["extensions"]["cost"]
    assert cost["requestedQueryCost"] == 2 + 100 * 2
    assert cost["actualQueryCost"] == 2 + 7 * 2
    assert cost["throttleStatus"]["maximumAvailable"] == 2000.0
    assert cost["throttleStatus"]["restoreRate"] == 100.0


def test_throttled_is_http_200(shop):
    shop.emulator.api.set_plan(TOKEN, (50.0, 0.001))
    assert shop.emulator.api.bucket(TOKEN).try_take(40)
    body = shop.q("{ productVariants(first: 30) { nodes { id } } }")
    assert body["errors"][0]["extensions"]["code"] == "THROTTLED"
    assert body["extensions"]["cost"]["actualQueryCost"] is None


def test_incremental_level_query_by_updated_at(shop):
    shop.state.clock.advance(hours=1)
    shop.state.admin_adjust(shop.state.item_by_sku["A3"], shop.loc, -1)
    body = shop.q("query($loc: ID!) { location(id: $loc) { inventoryLevels(first: 10, "
                  "query: \"updated_at:>'2026-11-27T09:30:00Z'\") { nodes { id updatedAt "
                  "item { sku } quantities(names: [\"available\", \"on_hand\"]) { name "
                  "quantity } } } } }", {"loc": gid("Location", shop.loc)})
    nodes = body["data"]["location"]["inventoryLevels"]["nodes"]
    assert [n["item"]["sku"] for n in nodes] == ["A3"]
    assert nodes[0]["updatedAt"] == "2026-11-27T10:00:00Z"
    assert nodes[0]["id"].startswith("gid://shopify/InventoryLevel/")
    assert "?inventory_item_id=" in nodes[0]["id"]
    one = shop.q("query($i: ID!, $l: ID!) { inventoryItem(id: $i) { inventoryLevel("
                 "locationId: $l) { quantities(names: [\"available\"]) { quantity } } } "
                 "nodes(ids: [$i, \"gid://shopify/InventoryItem/1\"]) { id } }",
                 {"i": shop.item("A3"), "l": gid("Location", shop.loc)})
    assert one["data"]["inventoryItem"]["inventoryLevel"]["quantities"][0]["quantity"] == 9
    assert one["data"]["nodes"] == [{"id": shop.item("A3")}, None]


def test_order_state_machine(shop):
    online = OnlineStore(shop.state, shop.loc)
    order = online.place_order("A1", 3)
    lv = shop.level("A1")
    assert (lv.quantity("available"), lv.quantity("committed"), lv.quantity("on_hand")) \
        == (7, 3, 10)
    assert online.fulfil(order.id)
    assert (lv.quantity("available"), lv.quantity("committed"), lv.quantity("on_hand")) \
        == (7, 0, 7)
    second = online.place_order("A1", 2)
    assert online.cancel(second.id)
    assert (lv.quantity("available"), lv.quantity("on_hand")) == (7, 7)
    assert online.place_order("A1", 50) is None  # no overselling online by default


def test_adjust_replays_with_the_same_key_and_refuses_other_variables(shop):
    first = shop.q(ADJUST % "key-1", adjust_input(shop, ("A2", -2), ("A4", 1)))
    group = first["data"]["inventoryAdjustQuantities"]["inventoryAdjustmentGroup"]
    assert {(c["name"], c["delta"], c["quantityAfterChange"]) for c in group["changes"]} >= {
        ("available", -2, 8), ("on_hand", -2, 8), ("available", 1, 11)}
    replay = shop.q(ADJUST % "key-1", adjust_input(shop, ("A2", -2), ("A4", 1)))
    assert replay["data"] == first["data"]
    assert shop.level("A2").quantity("available") == 8  # applied once
    other = shop.q(ADJUST % "key-1", adjust_input(shop, ("A2", -5)))
    errors = other["data"]["inventoryAdjustQuantities"]["userErrors"]
    assert errors[0]["code"] == "IDEMPOTENCY_KEY_PARAMETER_MISMATCH"
    assert shop.level("A2").quantity("available") == 8


def test_a_key_in_flight_refuses_its_twin_without_effect(shop):
    """Two requests with one key at once: the first applies, the second is told
    IDEMPOTENCY_CONCURRENT_REQUEST, changes nothing, and later gets the replay."""
    held, go = threading.Event(), threading.Event()

    def hold_first(keys: frozenset[str]) -> None:
        if "conc-1" in keys and not held.is_set():
            held.set()
            assert go.wait(5)

    shop.emulator.api.before_execute = hold_first
    variables = adjust_input(shop, ("A1", -3))
    first: list[dict] = []

    def send_first() -> None:
        with httpx.Client(timeout=5.0) as other:
            first.append(other.post(
                f"{shop.emulator.url}/admin/api/2026-04/graphql.json",
                json={"query": ADJUST % "conc-1", "variables": variables},
                headers={"X-Shopify-Access-Token": TOKEN}).json())

    worker = threading.Thread(target=send_first)
    worker.start()
    try:
        assert held.wait(5)
        assert shop.emulator.api.in_flight() == {"conc-1"}
        twin = shop.q(ADJUST % "conc-1", variables)["data"]["inventoryAdjustQuantities"]
        assert twin == {"inventoryAdjustmentGroup": None, "userErrors": [{
            "code": "IDEMPOTENCY_CONCURRENT_REQUEST", "field": ["idempotencyKey"],
            "message": "This request is currently in progress, please try again."}]}
        # Even with other variables: the key is busy, whatever it will turn out to be.
        other = shop.q(ADJUST % "conc-1", adjust_input(shop, ("A1", -9)))
        assert other["data"]["inventoryAdjustQuantities"]["userErrors"][0]["code"] == \
            "IDEMPOTENCY_CONCURRENT_REQUEST"
        assert shop.level("A1").quantity("available") == 10
        assert [k for k, _ in shop.state.effects] == []
    finally:
        go.set()
        worker.join()
    assert shop.emulator.api.wait_idle(5) and not shop.emulator.api.in_flight()
    applied = first[0]["data"]["inventoryAdjustQuantities"]
    assert applied["userErrors"] == [] and applied["inventoryAdjustmentGroup"] is not None
    assert shop.level("A1").quantity("available") == 7
    again = shop.q(ADJUST % "conc-1", variables)
    assert again["data"] == first[0]["data"]  # the retry is the replay
    assert [k for k, _ in shop.state.effects] == ["conc-1"]
    assert shop.emulator.api.stats.concurrent_refused == 2


def test_slow_fault_keeps_the_key_in_flight(shop):
    emu = shop.emulator
    emu.faults.slow_seconds = 30.0
    emu.faults.only_matching = ("slow-1",)
    emu.faults.script([Fault.SLOW])
    started = threading.Event()
    emu.api.before_execute = lambda keys: started.set()
    variables = adjust_input(shop, ("A3", -1))
    first: list[int] = []

    def send_first() -> None:
        with httpx.Client(timeout=5.0) as other:
            first.append(other.post(
                f"{emu.url}/admin/api/2026-04/graphql.json",
                json={"query": ADJUST % "slow-1", "variables": variables},
                headers={"X-Shopify-Access-Token": TOKEN}).status_code)

    worker = threading.Thread(target=send_first)
    worker.start()
    try:
        # The slow request holds its key from the start; the hook fires only after
        # the slowness, so it has not run yet.
        assert emu.api.wait_in_flight("slow-1", 5)
        assert not started.is_set()
        twin = shop.q(ADJUST % "slow-1", variables)
        assert twin["data"]["inventoryAdjustQuantities"]["userErrors"][0]["code"] == \
            "IDEMPOTENCY_CONCURRENT_REQUEST"
    finally:
        emu.release.set()  # the shop finishes its slow work
        worker.join()
        emu.release.clear()
    assert first == [200] and started.is_set()
    assert shop.level("A3").quantity("available") == 9
    assert [k for k, _ in shop.state.effects] == ["slow-1"]


def test_idempotency_keys_expire_after_the_retention_window(shop):
    shop.emulator.api.idempotency_ttl = timedelta(minutes=10)
    variables = adjust_input(shop, ("A5", -1))
    shop.q(ADJUST % "ttl-1", variables)
    shop.state.clock.advance(minutes=9)
    shop.q(ADJUST % "ttl-1", variables)  # within the window: a replay
    assert shop.level("A5").quantity("available") == 9
    shop.state.clock.advance(minutes=2)
    shop.q(ADJUST % "ttl-1", variables)  # forgotten: a new adjustment
    assert shop.level("A5").quantity("available") == 8
    assert [k for k, _ in shop.state.effects] == ["ttl-1", "ttl-1"]


def test_2026_04_requires_keys_and_change_from_quantity(shop):
    no_key = shop.q(ADJUST.replace('@idempotent(key: "%s")', ""), adjust_input(shop, ("A0", 1)))
    assert "@idempotent" in no_key["errors"][0]["message"]
    bare = adjust_input(shop, ("A0", 1))
    del bare["input"]["changes"][0]["changeFromQuantity"]
    missing = shop.q(ADJUST % "key-2", bare)
    assert "changeFromQuantity is required" in missing["errors"][0]["message"]
    old = shop.q(ADJUST.replace('@idempotent(key: "%s")', ""), bare, version="2025-10")
    assert old["data"]["inventoryAdjustQuantities"]["userErrors"] == []


def test_stale_compare_applies_nothing(shop):
    loc = gid("Location", shop.loc)
    body = shop.q(SET % "set-1", {"input": {
        "name": "on_hand", "reason": "cycle_count_available", "quantities": [
            {"inventoryItemId": shop.item("A5"), "locationId": loc, "quantity": 4,
             "changeFromQuantity": 10},
            {"inventoryItemId": shop.item("A6"), "locationId": loc, "quantity": 4,
             "changeFromQuantity": 9}]}})
    payload = body["data"]["inventorySetQuantities"]
    assert payload["inventoryAdjustmentGroup"] is None
    assert payload["userErrors"] == [{"code": "CHANGE_FROM_QUANTITY_STALE",
                                      "field": ["input", "quantities", "1",
                                                "changeFromQuantity"],
                                      "message": "The changeFromQuantity value does not "
                                                 "match persisted value."}]
    assert shop.level("A5").quantity("on_hand") == 10  # the good row was not applied


@pytest.mark.parametrize(("rows", "code"), [
    ((("A0", 2_000_000_000),), "INVALID_QUANTITY_TOO_HIGH"),
    ((("A0", -2_000_000_000), ("A0", -20)), "INVALID_QUANTITY_TOO_LOW"),
])
def test_adjust_bounds(shop, rows, code):
    body = shop.q(ADJUST % "big", adjust_input(shop, *rows))
    assert body["data"]["inventoryAdjustQuantities"]["userErrors"][0]["code"] == code


def test_user_errors_for_reason_name_and_stock(shop):
    bad_reason = shop.q(ADJUST % "r1", adjust_input(shop, ("A0", 1), reason="because"))
    assert bad_reason["data"]["inventoryAdjustQuantities"]["userErrors"][0] == {
        "code": "INVALID_REASON", "field": ["input", "reason"],
        "message": "The specified reason is invalid."}
    other = shop.state.add_location("Pop-up")
    moved = adjust_input(shop, ("A0", 1))
    moved["input"]["changes"][0]["locationId"] = gid("Location", other.id)
    stock = shop.q(ADJUST % "r2", moved)
    assert stock["data"]["inventoryAdjustQuantities"]["userErrors"][0]["code"] == \
        "ITEM_NOT_STOCKED_AT_LOCATION"
    rows = adjust_input(shop, *[("A0", 1)] * 251)
    too_many = shop.q(ADJUST % "r3", rows)
    assert too_many["errors"][0]["extensions"]["code"] == "MAX_INPUT_SIZE_EXCEEDED"


def test_move_available_to_damaged(shop):
    loc = gid("Location", shop.loc)
    body = shop.q("""mutation M($input: InventoryMoveQuantitiesInput!) {
      inventoryMoveQuantities(input: $input) @idempotent(key: "m1") {
        inventoryAdjustmentGroup { changes(quantityNames: ["available", "damaged"]) {
          name delta } } userErrors { code message } } }""", {"input": {
        "reason": "damaged", "referenceDocumentUri": "gid://pos-app/Damage/1",
        "changes": [{"inventoryItemId": shop.item("A3"), "quantity": 2,
                     "from": {"locationId": loc, "name": "available",
                              "changeFromQuantity": None},
                     "to": {"locationId": loc, "name": "damaged",
                            "ledgerDocumentUri": "pos://damage/1",
                            "changeFromQuantity": 0}}]}})
    changes = body["data"]["inventoryMoveQuantities"]["inventoryAdjustmentGroup"]["changes"]
    assert changes == [{"name": "available", "delta": -2}, {"name": "damaged", "delta": 2}]
    lv = shop.level("A3")
    assert (lv.quantity("available"), lv.quantity("damaged"), lv.quantity("on_hand")) \
        == (8, 2, 10)


def test_bulk_query_jsonl_with_parent_ids(shop):
    run = shop.q('mutation { bulkOperationRunQuery(query: "{ productVariants { edges { node '
                 '{ id sku inventoryItem { inventoryLevels { edges { node { id quantities('
                 'names: [\\"available\\"]) { quantity } } } } } } } } }") { bulkOperation '
                 '{ id status } userErrors { code message } } }')
    op = run["data"]["bulkOperationRunQuery"]["bulkOperation"]
    shop.emulator.api.bulk.join()
    status = shop.q('query($id: ID!) { node(id: $id) { ... on BulkOperation { status url '
                    'objectCount rootObjectCount } } }', {"id": op["id"]})["data"]["node"]
    assert status["status"] == "COMPLETED" and status["rootObjectCount"] == "7"
    lines = [json.loads(x) for x in shop.http.get(status["url"]).text.splitlines()]
    assert len(lines) == int(status["objectCount"]) == 14
    parents = {x["id"] for x in lines if "__parentId" not in x}
    assert all(x["__parentId"] in parents for x in lines if "__parentId" in x)
    bad = shop.q('mutation { bulkOperationRunQuery(query: "{ node(id: \\"x\\") { id } }") '
                 '{ userErrors { code message } } }')
    assert bad["data"]["bulkOperationRunQuery"]["userErrors"][0]["code"] == "INVALID"


def test_a_running_bulk_query_counts_the_lines_written_so_far(shop):
    """objectCount grows while the operation runs, as on Shopify: 7 variants read 2 at a
    time, each with its level (14 lines, 4 a read); each read waits until a status read
    has reported its count (step_per_poll)."""
    shop.emulator.api.bulk.roots_per_read = 2
    shop.emulator.api.bulk.step_per_poll = True
    run = shop.q('mutation { bulkOperationRunQuery(query: "{ productVariants { edges { node '
                 '{ id inventoryItem { inventoryLevels { edges { node { id } } } } } } } }") '
                 '{ bulkOperation { id } userErrors { code message } } }')
    op = run["data"]["bulkOperationRunQuery"]["bulkOperation"]["id"]
    seen: list[tuple[str, int, int, str | None]] = []
    while not seen or seen[-1][0] != "COMPLETED":
        node = shop.q('query($id: ID!) { node(id: $id) { ... on BulkOperation { status '
                      'objectCount rootObjectCount url } } }', {"id": op})["data"]["node"]
        seen.append((node["status"], int(node["objectCount"]), int(node["rootObjectCount"]),
                     node["url"]))
    running = [(count, roots) for status, count, roots, url in seen
               if status == "RUNNING" and url is None]
    assert [c for c in dict.fromkeys(c for c, _ in running) if c] == [4, 8, 12, 14]
    assert [r for _, r in dict.fromkeys(running) if r] == [2, 4, 6, 7]  # root objects
    assert running[-1] == (14, 7)  # every line counted before the file is there
    assert seen[-1][1:3] == (14, 7) and seen[-1][3] is not None


def test_faults_fail_like_a_network(shop):
    shop.emulator.faults.script([Fault.HTTP_503, Fault.RESET, Fault.DROP_AFTER_COMMIT])
    assert shop.post("{ locations(first: 1) { nodes { id } } }").status_code == 503
    with pytest.raises(httpx.TransportError):
        shop.post("{ locations(first: 1) { nodes { id } } }")
    with pytest.raises(httpx.RemoteProtocolError):
        shop.post(ADJUST % "drop-1", adjust_input(shop, ("A6", -1)))
    assert shop.level("A6").quantity("available") == 9  # committed before the drop
    replay = shop.q(ADJUST % "drop-1", adjust_input(shop, ("A6", -1)))
    assert replay["data"]["inventoryAdjustQuantities"]["userErrors"] == []
    assert shop.level("A6").quantity("available") == 9


def test_cli_emulator_serves_until_interrupted():
    proc = subprocess.Popen(
        [sys.executable, "-m", "pos_app", "shopify-emulator", "--port", "0", "--seed", "demo",
         "--token", TOKEN], stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONWARNINGS": "error"})
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        url = first.split()[3]
        with httpx.Client(timeout=5) as http:
            r = http.post(f"{url}/admin/api/2026-04/graphql.json",
                          json={"query": "{ locations(first: 5) { nodes { name } } }"},
                          headers={"X-Shopify-Access-Token": TOKEN})
        assert [n["name"] for n in r.json()["data"]["locations"]["nodes"]] == [
            "Main Street", "Warehouse"]
    finally:
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=10)
    assert proc.returncode == 0


def test_cli_reconcile_once(tmp_path, monkeypatch, capsys):
    from pos_app.adapters.shopify_emulator.seed import seed_demo
    from pos_app.adapters.sqlite.catalog_repo import SqliteCatalogRepository
    from pos_app.adapters.sqlite.store import LocalDatabase
    from pos_app.app.cli import main
    from tests.conftest import TAX_CLASSES

    data = tmp_path / "data"
    db = LocalDatabase(data)
    repo = SqliteCatalogRepository(db)
    for tc in TAX_CLASSES.values():
        repo.upsert_tax_class(tc)
    db.close()
    emu = ShopifyEmulator(tokens={TOKEN: "standard"})
    seed_demo(emu.state)
    url = emu.start()
    monkeypatch.setenv("POS_APP_SHOPIFY_TOKEN", TOKEN)
    try:
        code = main(["reconcile", "--once", "--json", "--data-dir", str(data),
                     "--shop", url, "--location", "Main Street"])
        out = json.loads(capsys.readouterr().out)
        assert code == 0 and out["outcome"] == "ok" and out["catalog_inserted"] == 7
        assert main(["reconcile", "--status", "--json", "--data-dir", str(data)]) == 0
        status = json.loads(capsys.readouterr().out)
        assert status["levels"] == 7 and status["last_success_at"]
        monkeypatch.setenv("POS_APP_SHOPIFY_TOKEN", "wrong")
        assert main(["reconcile", "--once", "--data-dir", str(data), "--shop", url,
                     "--location", "Main Street"]) == 77
        assert "401" in capsys.readouterr().out
    finally:
        emu.stop()


def test_cli_reconcile_exit_codes_a_monitor_can_use(tmp_path, monkeypatch, capsys):
    """0 when nothing needs a person, 3 once an event is set aside (and while it stays
    open), 78 for a location gid Shopify does not have (checked before the pass)."""
    from sqlalchemy import text

    from pos_app.adapters.shopify_emulator.seed import seed_demo
    from pos_app.adapters.sqlite.catalog_repo import SqliteCatalogRepository
    from pos_app.adapters.sqlite.store import LocalDatabase
    from pos_app.app.cli import main
    from tests.conftest import TAX_CLASSES

    data = tmp_path / "data"
    db = LocalDatabase(data)
    repo = SqliteCatalogRepository(db)
    for tc in TAX_CLASSES.values():
        repo.upsert_tax_class(tc)
    db.close()
    emu = ShopifyEmulator(tokens={TOKEN: "standard"})
    seed_demo(emu.state)
    url = emu.start()
    monkeypatch.setenv("POS_APP_SHOPIFY_TOKEN", TOKEN)
    base = ["--data-dir", str(data), "--shop", url.removeprefix("http://")]
    try:
        assert main(["reconcile", "--once", *base, "--location", "Main Street"]) == 0
        capsys.readouterr()
        db = LocalDatabase(data)
        with db.write() as conn:  # a sale of a SKU Shopify does not know
            conn.execute(text(
                "INSERT INTO outbox (op_id, topic, aggregate_id, payload, created_at, "
                "attempts, status) VALUES ('ghost-1', 'inventory', 'GHOST', :p, '2026', 0, "
                "'pending')"), {"p": json.dumps({"sku": "GHOST", "delta": -1,
                                                  "reason": "sale"})})
        db.close()
        assert main(["reconcile", "--once", *base, "--location", "Main Street"]) == 3
        assert "need a person" in capsys.readouterr().out
        # Still open on the next pass: a monitor keeps seeing it until someone acts.
        assert main(["reconcile", "--once", *base, "--location", "Main Street"]) == 3
        capsys.readouterr()
        wrong = "gid://shopify/Location/999"
        assert main(["reconcile", "--once", *base, "--location", wrong]) == 78
        assert "no active location gid://shopify/Location/999" in capsys.readouterr().err
    finally:
        emu.stop()
