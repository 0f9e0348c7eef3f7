"""The Admin GraphQL endpoint of the emulator, without HTTP: auth, versions, parsing and
validation with graphql-core against the trimmed 2026-04 schema, cost and throttling,
resolvers over `ShopState`, the inventory mutations with compare-and-set and mandatory
idempotency keys, and bulk queries. `server.py` puts this behind a real socket."""

from __future__ import annotations

import hashlib
import json
import re
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache
from importlib import resources
from typing import Any

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    GraphQLError,
    GraphQLResolveInfo,
    GraphQLSchema,
    OperationDefinitionNode,
    OperationType,
    build_schema,
    execute_sync,
    get_directive_values,
    get_operation_ast,
    parse,
    validate,
)
from graphql.execution.values import get_variable_values

from . import search
from .bulk import BulkOperation, BulkRunner, check_bulk_query
from .costs import MAX_QUERY_COST, PLANS, CostCalculator, LeakyBucket
from .state import (
    ADJUST_LIMIT,
    ADJUSTABLE_NAMES,
    MAX_INPUT_ROWS,
    ON_HAND_PARTS,
    QUANTITY_NAMES,
    REASONS,
    SET_LIMIT,
    SETTABLE_NAMES,
    AdjustmentGroup,
    Change,
    Collection,
    Item,
    Level,
    Location,
    Product,
    ShopState,
    Variant,
    gid,
    level_gid,
    parse_gid,
    shopify_time,
)

SCHEMA_FILE = "admin_2026_04.graphql"
# Versions this emulator answers for; a request for anything else is served by the
# oldest supported one and says so in X-Shopify-API-Version, as Shopify does.
# The scopes an emulator token has unless `AdminApi.set_scopes` says otherwise.
ALL_SCOPES = ("read_products", "read_inventory", "write_inventory", "read_locations")
SUPPORTED_VERSIONS = ("2025-07", "2025-10", "2026-01", "2026-04", "2026-07")
# From this version changeFromQuantity and @idempotent are mandatory on inventory writes.
STRICT_FROM = "2026-04"
MAX_PAGE = 250
INVALID_TOKEN_BODY = {
    "errors": "[API] Invalid API key or access token (unrecognized login or wrong password)"}
DOCS_RATE = "https://shopify.dev/api/usage/rate-limits"
# How long a completed idempotency key is remembered. Shopify documents a retention
# window without publishing its length (reference §3.6), so this is a guess that
# is long enough for any client's retries; tests shorten it to watch a key expire.
DEFAULT_IDEMPOTENCY_TTL = timedelta(hours=24)


@cache
def load_schema() -> GraphQLSchema:
    sdl = resources.files(__package__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8")
    return build_schema(sdl)


@dataclass
class ApiResponse:
    status: int
    body: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)

    def encode(self) -> bytes:
        return json.dumps(self.body, separators=(",", ":")).encode()


@dataclass
class Stats:
    requests: int = 0
    throttled: int = 0
    points_requested: int = 0
    points_charged: int = 0
    by_operation: dict[str, int] = field(default_factory=dict)
    # Requests refused with IDEMPOTENCY_CONCURRENT_REQUEST: their key was in flight.
    concurrent_refused: int = 0


@dataclass
class _Ctx:
    api: AdminApi
    strict: bool
    bulk: bool = False
    # Idempotency keys of this request that another request holds in flight.
    busy: frozenset[str] = frozenset()
    token: str = ""


@dataclass(frozen=True, slots=True)
class StoredResult:
    """A completed keyed mutation: what its variables hashed to and what it answered."""

    fingerprint: str
    result: dict[str, Any]
    stored_at: datetime


def _err(message: str, code: str, **extra: Any) -> dict[str, Any]:
    return {"message": message, "extensions": {"code": code, **extra}}


_UNDEFINED_FIELD = re.compile(r"Cannot query field '(\w+)' on type '(\w+)'\.")


def _shopify_validation_error(e: GraphQLError) -> dict[str, Any]:
    """graphql-core's validation message, worded and coded as graphql-ruby (Shopify) does."""
    out: dict[str, Any] = {"message": e.message}
    if e.locations:
        out["locations"] = [{"line": loc.line, "column": loc.column} for loc in e.locations]
    m = _UNDEFINED_FIELD.match(e.message)
    if m:
        out["message"] = f"Field '{m.group(1)}' doesn't exist on type '{m.group(2)}'"
        out["extensions"] = {"code": "undefinedField", "typeName": m.group(2),
                             "fieldName": m.group(1)}
    else:
        out["extensions"] = {"code": "GRAPHQL_VALIDATION_FAILED"}
    return out


class AdminApi:
    """One shop's Admin API. Thread-safe: state changes happen under `state.lock`.

    A keyed mutation is "in flight" from the moment its request is accepted until its
    answer is ready; another request with the same key meanwhile gets
    IDEMPOTENCY_CONCURRENT_REQUEST and has no effect. `before_execute` (tests) is
    called with the keys a request holds, before it runs, so a test can hold a
    mutation in flight with an Event; `wait_in_flight` and `wait_idle` let a test
    wait for a key to be taken and for every key to be released."""

    def __init__(self, state: ShopState, *, tokens: Mapping[str, str] | None = None,
                 monotonic: Callable[[], float] = time.monotonic,
                 base_url: str = "http://127.0.0.1",
                 idempotency_ttl: timedelta | None = DEFAULT_IDEMPOTENCY_TTL) -> None:
        self.state = state
        self.schema = load_schema()
        # token -> plan name; each token gets its own bucket, as Shopify keys buckets by
        # app and shop.
        self.tokens: dict[str, str] = dict(tokens or {"shpat_emulator": "standard"})
        # token -> the access scopes its app was granted (default: ALL_SCOPES).
        self.scopes: dict[str, tuple[str, ...]] = {}
        self.shop_name = "POS Emulator"
        self.shop_domain = "pos-emulator.myshopify.com"
        self._monotonic = monotonic
        self._buckets: dict[str, LeakyBucket] = {}
        self._lock = threading.Lock()
        self.base_url = base_url
        self.stats = Stats()
        self.idempotency: dict[str, StoredResult] = {}
        # None keeps keys for ever; otherwise a key older than this (by the shop's
        # clock) is forgotten and may be used again as if new.
        self.idempotency_ttl = idempotency_ttl
        self._in_flight: set[str] = set()
        self._flight = threading.Condition(self._lock)
        self.before_execute: Callable[[frozenset[str]], None] | None = None
        self.bulk = BulkRunner(self._execute_bulk, state.now, state.new_id,
                               lambda op_id: f"{self.base_url}/bulk-results/{op_id}.jsonl")
        self._docs: dict[str, tuple[DocumentNode | None, list[dict[str, Any]]]] = {}
        # (monotonic time, requested, actual) of every executed request: benchmarks
        # replay it through a bucket model to compute the time a plan would impose.
        self.cost_log: list[tuple[float, int, int]] = []
        _wire(self.schema)

    # ---- configuration ------------------------------------------------------------

    def bucket(self, token: str) -> LeakyBucket:
        with self._lock:
            b = self._buckets.get(token)
            if b is None:
                cap, rate = PLANS[self.tokens[token]]
                b = self._buckets[token] = LeakyBucket(cap, rate, self._monotonic)
            return b

    def set_plan(self, token: str, plan: str | tuple[float, float]) -> None:
        """Give a token a plan preset, or an explicit (bucket size, restore rate)."""
        with self._lock:
            if isinstance(plan, str):
                self.tokens[token] = plan
                cap, rate = PLANS[plan]
            else:
                self.tokens.setdefault(token, "standard")
                cap, rate = plan
            self._buckets[token] = LeakyBucket(cap, rate, self._monotonic)

    def set_scopes(self, token: str, scopes: tuple[str, ...]) -> None:
        """What `currentAppInstallation.accessScopes` answers for `token` (the emulator
        does not refuse fields by scope; a client checks the list, as `shopify connect`
        does)."""
        with self._lock:
            self.scopes[token] = tuple(scopes)

    # ---- the endpoint ------------------------------------------------------------

    def served_version(self, requested: str) -> str:
        return requested if requested in SUPPORTED_VERSIONS else SUPPORTED_VERSIONS[0]

    def handle(self, version: str, token: str | None, raw: bytes, *,
               hold: Callable[[], object] | None = None) -> ApiResponse:
        """Answer one request. `hold` (the server's "slow" fault) runs before the
        request executes, while its idempotency keys are in flight."""
        served = self.served_version(version)
        headers = {"X-Shopify-API-Version": served}
        if not token or token not in self.tokens:
            return ApiResponse(401, dict(INVALID_TOKEN_BODY), headers)
        with self._lock:
            self.stats.requests += 1
        try:
            body = json.loads(raw or b"{}")
            query = body["query"]
            if not isinstance(query, str):
                raise TypeError("query must be a string")
            variables = body.get("variables") or {}
            op_name = body.get("operationName")
        except (ValueError, KeyError, TypeError):
            return ApiResponse(400, {"errors": {"query": "Required parameter missing or "
                                                         "invalid"}}, headers)
        bucket = self.bucket(token)
        doc, errors = self._document(query)
        if doc is None:
            return ApiResponse(200, {"errors": errors}, headers)
        op = get_operation_ast(doc, op_name)
        if op is None:
            return ApiResponse(200, {"errors": [_err(
                "An operation name is required" if op_name is None
                else f"No operation named {op_name!r}", "OPERATION_NOT_FOUND")]}, headers)
        coerced = get_variable_values(self.schema, op.variable_definitions or [], variables)
        if isinstance(coerced, list):
            return ApiResponse(200, {"errors": [
                {**e.formatted, "extensions": {"code": "INVALID_VARIABLE"}}
                for e in coerced]}, headers)
        fragments = {d.name.value: d for d in doc.definitions
                     if isinstance(d, FragmentDefinitionNode)}
        calc = CostCalculator(self.schema, op, fragments, coerced)
        requested = calc.requested()
        if requested > MAX_QUERY_COST:
            return ApiResponse(200, {"errors": [_err(
                f"Query cost is {requested}, which exceeds the single query max cost limit "
                f"({MAX_QUERY_COST}).\n\nSee https://shopify.dev/concepts/about-apis/"
                "rate-limits for more information on how the\ncost of a query is "
                "calculated.\n\nTo query larger amounts of data with fewer limits, bulk "
                "operations should be used instead.\nSee https://shopify.dev/tutorials/"
                "perform-bulk-operations-with-admin-api for usage details.\n",
                "MAX_COST_EXCEEDED", cost=requested, maxCost=MAX_QUERY_COST,
                documentation="https://shopify.dev/api/usage/limits#rate-limits")]}, headers)
        if not bucket.try_take(requested):
            with self._lock:
                self.stats.throttled += 1
            return ApiResponse(200, {
                "errors": [_err("Throttled", "THROTTLED", documentation=DOCS_RATE)],
                "extensions": {"cost": {"requestedQueryCost": requested,
                                        "actualQueryCost": None,
                                        "throttleStatus": bucket.status().as_json()}}},
                headers)
        keys = _idempotency_keys(self.schema, op, coerced)
        with self._lock:
            busy = frozenset(k for k in keys if k in self._in_flight)
            claimed = frozenset(keys) - busy
            self._in_flight.update(claimed)
            self._flight.notify_all()
        try:
            if hold is not None:
                hold()
            hook = self.before_execute
            if hook is not None and claimed:
                hook(claimed)
            ctx = _Ctx(self, strict=served >= STRICT_FROM, busy=busy, token=token)
            with self.state.lock:
                result = execute_sync(self.schema, doc, context_value=ctx,
                                      variable_values=variables, operation_name=op_name)
        finally:
            with self._lock:
                self._in_flight.difference_update(claimed)
                self._flight.notify_all()
        actual = min(requested, calc.actual(result.data))
        bucket.refund(requested - actual)
        with self._lock:
            self.stats.points_requested += requested
            self.stats.points_charged += actual
            name = (op.name.value if op.name else None) or op.operation.value
            self.stats.by_operation[name] = self.stats.by_operation.get(name, 0) + actual
            self.cost_log.append((self._monotonic(), requested, actual))
        out: dict[str, Any] = {"data": result.data}
        if result.errors:
            out["errors"] = [self._format_error(e) for e in result.errors]
        out["extensions"] = {"cost": {"requestedQueryCost": requested,
                                      "actualQueryCost": actual,
                                      "throttleStatus": bucket.status().as_json()}}
        return ApiResponse(200, out, headers)

    @staticmethod
    def _format_error(e: GraphQLError) -> dict[str, Any]:
        f: dict[str, Any] = dict(e.formatted)
        f.setdefault("extensions", {})
        if "code" not in (f["extensions"] or {}):
            f["extensions"] = {**(f["extensions"] or {}), "code": "INTERNAL_SERVER_ERROR"}
        return f

    def _document(self, query: str) -> tuple[DocumentNode | None, list[dict[str, Any]]]:
        # Clients send the same few documents over and over; parse and validate once.
        with self._lock:
            hit = self._docs.get(query)
        if hit is not None:
            return hit
        try:
            doc: DocumentNode | None = parse(query)
        except GraphQLError as e:
            out: tuple[DocumentNode | None, list[dict[str, Any]]] = (None, [{
                "message": e.message,
                "locations": [{"line": loc.line, "column": loc.column}
                              for loc in e.locations or ()],
                "extensions": {"code": "PARSE_ERROR"}}])
        else:
            assert doc is not None
            errs = validate(self.schema, doc)
            out = (None, [_shopify_validation_error(e) for e in errs]) if errs else (doc, [])
        with self._lock:
            if len(self._docs) > 1000:
                self._docs.clear()
            self._docs[query] = out
        return out

    def _execute_bulk(self, doc: DocumentNode) -> Mapping[str, Any]:
        with self.state.lock:
            result = execute_sync(self.schema, doc,
                                  context_value=_Ctx(self, strict=True, bulk=True))
        if result.errors:
            raise RuntimeError("; ".join(e.message for e in result.errors))
        assert result.data is not None
        return result.data

    def in_flight(self) -> frozenset[str]:
        """The idempotency keys of requests being processed right now."""
        with self._lock:
            return frozenset(self._in_flight)

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Wait until no keyed request is in flight; False if `timeout` passed first."""
        with self._flight:
            return self._flight.wait_for(lambda: not self._in_flight, timeout)

    def wait_in_flight(self, key: str, timeout: float | None = None) -> bool:
        """Wait until a request with `key` is in flight; False if `timeout` passed first."""
        with self._flight:
            return self._flight.wait_for(lambda: key in self._in_flight, timeout)

    def close(self) -> None:
        self.bulk.join()


def _idempotency_keys(schema: GraphQLSchema, op: OperationDefinitionNode,
                      variables: dict[str, Any]) -> list[str]:
    """The `@idempotent(key:)` values on the mutation's root fields, read before it runs
    so that a request can be marked in flight as soon as it is accepted."""
    if op.operation is not OperationType.MUTATION:
        return []
    directive = schema.get_directive("idempotent")
    assert directive is not None
    keys: list[str] = []
    for sel in op.selection_set.selections:
        if isinstance(sel, FieldNode):
            values = get_directive_values(directive, sel, variables)
            if values and isinstance(values.get("key"), str):
                keys.append(values["key"])
    return keys


# ---------------------------------------------------------------------------------------
# Resolvers
# ---------------------------------------------------------------------------------------

def _ctx(info: GraphQLResolveInfo) -> _Ctx:
    ctx = info.context
    assert isinstance(ctx, _Ctx)
    return ctx


def _state(info: GraphQLResolveInfo) -> ShopState:
    return _ctx(info).api.state


def paginate(items: Sequence[Any], args: Mapping[str, Any], info: GraphQLResolveInfo,
             key: Callable[[Any], int] = lambda o: int(o.id)) -> dict[str, Any]:
    """A connection page with opaque cursors and correct pageInfo; 250 at most."""
    first, last = args.get("first"), args.get("last")
    bulk = _ctx(info).bulk
    if not bulk:
        if first is None and last is None:
            raise GraphQLError("you must provide one of first or last",
                               extensions={"code": "BAD_REQUEST"})
        for n in (first, last):
            if n is not None and not 0 <= n <= MAX_PAGE:
                raise GraphQLError(f"The page size requested ({n}) must be between 0 and "
                                   f"{MAX_PAGE}.", extensions={"code": "BAD_REQUEST"})
    ordered = sorted(items, key=key, reverse=bool(args.get("reverse")))
    keys = [key(o) for o in ordered]
    start, end = 0, len(ordered)
    after, before = _cursor(args.get("after")), _cursor(args.get("before"))
    rev = bool(args.get("reverse"))
    # Cursors are positions in the sort order, valid even if their object is gone.
    if after is not None:
        start = sum(1 for k in keys if (k >= after if rev else k <= after))
    if before is not None:
        end = sum(1 for k in keys if (k > before if rev else k < before))
    window = ordered[start:end]
    has_next = has_prev = False
    if first is not None:
        has_next = len(window) > first
        window = window[:first]
        has_prev = start > 0
    elif last is not None:
        has_prev = len(window) > last
        window = window[-last:] if last else []
        has_next = end < len(ordered)
    edges = [{"cursor": _make_cursor(key(o)), "node": o} for o in window]
    return {"edges": edges, "nodes": window, "pageInfo": {
        "hasNextPage": has_next, "hasPreviousPage": has_prev,
        "startCursor": edges[0]["cursor"] if edges else None,
        "endCursor": edges[-1]["cursor"] if edges else None}}


def _make_cursor(n: int) -> str:
    import base64

    return base64.b64encode(json.dumps({"last_id": n, "last_value": n}).encode()).decode()


def _cursor(text: str | None) -> int | None:
    if text is None:
        return None
    import base64

    try:
        return int(json.loads(base64.b64decode(text))["last_id"])
    except (ValueError, KeyError, TypeError) as exc:
        raise GraphQLError("Invalid cursor for current pagination sort.",
                           extensions={"code": "BAD_REQUEST"}) from exc


def _id_of(text: Any, kind: str) -> int | None:
    parsed = parse_gid(text) if isinstance(text, str) else None
    return parsed[1] if parsed and parsed[0] == kind else None


def _resolve_node(state: ShopState, api: AdminApi, text: str) -> Any:
    parsed = parse_gid(text)
    if parsed is None:
        return None
    kind, num = parsed
    table: dict[str, Mapping[int, Any]] = {
        "Product": state.products, "ProductVariant": state.variants,
        "InventoryItem": state.items, "Location": state.locations,
        "InventoryLevel": state.levels_by_id, "InventoryAdjustmentGroup": state.groups,
        "BulkOperation": api.bulk.ops, "Collection": state.collections}
    return table.get(kind, {}).get(num)


_TYPENAMES = {Product: "Product", Variant: "ProductVariant", Item: "InventoryItem",
              Location: "Location", Level: "InventoryLevel",
              AdjustmentGroup: "InventoryAdjustmentGroup", BulkOperation: "BulkOperation",
              Collection: "Collection"}


def _t(ts: Any) -> str | None:
    return None if ts is None else shopify_time(ts)


def _variants_root(_: Any, info: GraphQLResolveInfo, **args: Any) -> dict[str, Any]:
    st = _state(info)
    match = search.matcher(args.get("query"), {
        "sku": lambda v: v.sku, "barcode": lambda v: v.barcode, "id": lambda v: v.id,
        "product_id": lambda v: v.product_id, "updated_at": lambda v: v.updated_at,
        "created_at": lambda v: v.created_at, "title": lambda v: v.title})
    return paginate([v for v in st.variants.values() if match(v)], args, info)


def _variants_count(_: Any, info: GraphQLResolveInfo, **args: Any) -> dict[str, Any]:
    """`productVariantsCount(query:, limit:)`: at most `limit` (default 10,000; null for
    no limit), AT_LEAST when there are more, as Shopify counts."""
    st = _state(info)
    match = search.matcher(args.get("query"), {
        "sku": lambda v: v.sku, "barcode": lambda v: v.barcode, "id": lambda v: v.id,
        "product_id": lambda v: v.product_id, "updated_at": lambda v: v.updated_at,
        "created_at": lambda v: v.created_at, "title": lambda v: v.title})
    found = sum(1 for v in st.variants.values() if match(v))
    limit = args.get("limit", 10_000)
    if limit is not None and found > limit:
        return {"count": limit, "precision": "AT_LEAST"}
    return {"count": found, "precision": "EXACT"}


def _products_root(_: Any, info: GraphQLResolveInfo, **args: Any) -> dict[str, Any]:
    st = _state(info)
    match = search.matcher(args.get("query"), {
        "id": lambda p: p.id, "updated_at": lambda p: p.updated_at,
        "title": lambda p: p.title, "vendor": lambda p: p.vendor})
    return paginate([p for p in st.products.values() if match(p)], args, info)


_COLLECTION_FIELDS: dict[str, Callable[[Any], Any]] = {
    "id": lambda c: c.id, "title": lambda c: c.title, "handle": lambda c: c.handle,
    "updated_at": lambda c: c.updated_at, "created_at": lambda c: c.created_at,
    "collection_type": lambda c: "custom"}


def _collection_conn(cols: list[Collection], info: GraphQLResolveInfo,
                     args: Mapping[str, Any]) -> dict[str, Any]:
    query = args.get("query")
    match = search.matcher(query, _COLLECTION_FIELDS)
    # `product_id:N` on collections means "contains product N", not a comparison.
    wanted = [search.id_value(t.value) for t in search.parse(query)
              if t.field == "product_id"]
    found = [c for c in cols if match(c) and all(w in c.product_ids for w in wanted)]
    sort = args.get("sortKey", "ID")
    if sort in ("TITLE", "UPDATED_AT"):
        attr = "title" if sort == "TITLE" else "updated_at"
        order = {c.id: i for i, c in enumerate(
            sorted(found, key=lambda c: (getattr(c, attr), c.id)))}
        return paginate(found, args, info, key=lambda c: order[c.id])
    return paginate(found, args, info)


def _collections_root(_: Any, info: GraphQLResolveInfo, **args: Any) -> dict[str, Any]:
    return _collection_conn(list(_state(info).collections.values()), info, args)


def _product_collections(p: Product, info: GraphQLResolveInfo, **args: Any) \
        -> dict[str, Any]:
    return _collection_conn(_state(info).collections_of(p.id), info, args)


def _collection_products(c: Collection, info: GraphQLResolveInfo, **args: Any) \
        -> dict[str, Any]:
    st = _state(info)
    return paginate([st.products[p] for p in c.product_ids if p in st.products], args,
                    info)


def _items_root(_: Any, info: GraphQLResolveInfo, **args: Any) -> dict[str, Any]:
    st = _state(info)
    match = search.matcher(args.get("query"), {
        "id": lambda i: i.id, "sku": lambda i: i.sku, "updated_at": lambda i: i.updated_at,
        "created_at": lambda i: i.created_at})
    return paginate([i for i in st.items.values() if match(i)], args, info)


def _locations_root(_: Any, info: GraphQLResolveInfo, **args: Any) -> dict[str, Any]:
    st = _state(info)
    match = search.matcher(args.get("query"), {"id": lambda o: o.id,
                                               "name": lambda o: o.name})
    locs = [o for o in st.locations.values()
            if match(o) and (o.is_active or args.get("includeInactive"))]
    if args.get("sortKey", "NAME") == "NAME":
        order = {o.id: i for i, o in enumerate(sorted(locs, key=lambda o: (o.name, o.id)))}
        return paginate(locs, args, info, key=lambda o: order[o.id])
    return paginate(locs, args, info)


def _levels_conn(levels: list[Level], info: GraphQLResolveInfo,
                 args: Mapping[str, Any]) -> dict[str, Any]:
    match = search.matcher(args.get("query"), {
        "updated_at": lambda lv: lv.updated_at, "created_at": lambda lv: lv.created_at,
        "id": lambda lv: lv.id, "inventory_item_id": lambda lv: lv.item_id})
    return paginate([lv for lv in levels if match(lv)], args, info)


def _location_levels(loc: Location, info: GraphQLResolveInfo, **args: Any) -> dict[str, Any]:
    st = _state(info)
    return _levels_conn([lv for lv in st.levels.values() if lv.location_id == loc.id],
                        info, args)


def _item_levels(item: Item, info: GraphQLResolveInfo, **args: Any) -> dict[str, Any]:
    st = _state(info)
    return _levels_conn([lv for lv in st.levels.values() if lv.item_id == item.id],
                        info, args)


def _quantities(level: Level, info: GraphQLResolveInfo, names: list[str]) -> list[dict[str,
                                                                                        Any]]:
    out = []
    for n in names:
        if n not in QUANTITY_NAMES:
            raise GraphQLError(f"'{n}' is not a valid inventory quantity name.",
                               extensions={"code": "BAD_REQUEST"})
        out.append({"id": f"gid://shopify/InventoryQuantity/{level.id}"
                          f"?inventory_item_id={level.item_id}&name={n}",
                    "name": n, "quantity": level.quantity(n),
                    "updatedAt": _t(level.q_updated.get(n))})
    return out


def _group_changes(g: AdjustmentGroup, _info: GraphQLResolveInfo, **args: Any) \
        -> list[dict[str, Any]]:
    items = {_id_of(i, "InventoryItem") for i in args.get("inventoryItemIds") or ()}
    locs = {_id_of(i, "Location") for i in args.get("locationIds") or ()}
    names = set(args.get("quantityNames") or ())
    st = _info.context.api.state
    return [{"name": c.name, "delta": c.delta, "quantityAfterChange": c.quantity_after,
             "item": st.items.get(c.item_id), "location": st.locations.get(c.location_id),
             "ledgerDocumentUri": c.ledger_document_uri}
            for c in g.changes
            if (not items or c.item_id in items) and (not locs or c.location_id in locs)
            and (not names or c.name in names)]


def _wire(schema: GraphQLSchema) -> None:
    """Attach resolvers to the schema's fields (once per process: the schema is cached)."""
    if getattr(schema, "_pos_wired", False):
        return

    def st(info: GraphQLResolveInfo) -> ShopState:
        return _state(info)

    r: dict[str, dict[str, Callable[..., Any]]] = {
        "QueryRoot": {
            "productVariants": _variants_root,
            "productVariantsCount": _variants_count,
            "products": _products_root,
            "inventoryItems": _items_root,
            "locations": _locations_root,
            "productVariant": lambda _, i, id: st(i).variants.get(_id_of(id, "ProductVariant")
                                                                  or -1),
            "location": lambda _, i, id=None: (st(i).locations.get(_id_of(id, "Location") or -1)
                                               if id else _primary_location(st(i))),
            "inventoryItem": lambda _, i, id: st(i).items.get(_id_of(id, "InventoryItem")
                                                              or -1),
            "inventoryLevel": lambda _, i, id: st(i).levels_by_id.get(
                _id_of(id, "InventoryLevel") or -1),
            "node": lambda _, i, id: _resolve_node(st(i), _ctx(i).api, id),
            "nodes": lambda _, i, ids: [_resolve_node(st(i), _ctx(i).api, x) for x in ids],
            "currentBulkOperation": lambda _, i, type="QUERY": _ctx(i).api.bulk.current(type),
            "shop": lambda _, i: {"id": "gid://shopify/Shop/1", "name": _ctx(i).api.shop_name,
                                  "myshopifyDomain": _ctx(i).api.shop_domain,
                                  "currencyCode": st(i).currency},
            "currentAppInstallation": lambda _, i: {
                "id": "gid://shopify/AppInstallation/1",
                "accessScopes": [{"handle": h, "description": h} for h in
                                 _ctx(i).api.scopes.get(_ctx(i).token, ALL_SCOPES)]},
            "collections": _collections_root,
            "collection": lambda _, i, id: st(i).collections.get(_id_of(id, "Collection")
                                                                 or -1),
        },
        "Mutation": {
            "inventoryAdjustQuantities": _adjust,
            "inventorySetQuantities": _set,
            "inventoryMoveQuantities": _move,
            "bulkOperationRunQuery": _bulk_run,
            "bulkOperationCancel": _bulk_cancel,
        },
        "Product": {
            "id": lambda p, _: gid("Product", p.id), "productType": lambda p, _: p.product_type,
            "createdAt": lambda p, _: _t(p.created_at), "updatedAt": lambda p, _: _t(p.updated_at),
            "collections": _product_collections,
        },
        "Collection": {
            "id": lambda c, _: gid("Collection", c.id),
            "updatedAt": lambda c, _: _t(c.updated_at),
            "products": _collection_products,
            "productsCount": lambda c, i: {
                "count": sum(1 for p in c.product_ids if p in st(i).products),
                "precision": "EXACT"},
        },
        "ProductVariant": {
            "id": lambda v, _: gid("ProductVariant", v.id),
            "displayName": lambda v, i: f"{st(i).products[v.product_id].title} - {v.title}",
            "inventoryQuantity": lambda v, i: sum(
                lv.q["available"] for lv in st(i).levels.values() if lv.item_id == v.item_id),
            "inventoryItem": lambda v, i: st(i).items[v.item_id],
            "product": lambda v, i: st(i).products[v.product_id],
            "createdAt": lambda v, _: _t(v.created_at), "updatedAt": lambda v, _: _t(v.updated_at),
        },
        "InventoryItem": {
            "id": lambda it, _: gid("InventoryItem", it.id),
            "variant": lambda it, i: st(i).variants[it.variant_id],
            "inventoryLevel": lambda it, i, locationId: st(i).levels.get(
                (it.id, _id_of(locationId, "Location") or -1)),
            "inventoryLevels": _item_levels,
            "createdAt": lambda it, _: _t(it.created_at),
            "updatedAt": lambda it, _: _t(it.updated_at),
        },
        "InventoryLevel": {
            "id": lambda lv, _: level_gid(lv.id, lv.item_id),
            "item": lambda lv, i: st(i).items[lv.item_id],
            "location": lambda lv, i: st(i).locations[lv.location_id],
            "quantities": _quantities,
            "createdAt": lambda lv, _: _t(lv.created_at),
            "updatedAt": lambda lv, _: _t(lv.updated_at),
        },
        "Location": {
            "id": lambda o, _: gid("Location", o.id),
            "isActive": lambda o, _: o.is_active,
            "fulfillsOnlineOrders": lambda o, _: o.fulfills_online_orders,
            "inventoryLevel": lambda o, i, inventoryItemId: st(i).levels.get(
                (_id_of(inventoryItemId, "InventoryItem") or -1, o.id)),
            "inventoryLevels": _location_levels,
            "createdAt": lambda o, _: _t(o.created_at), "updatedAt": lambda o, _: _t(o.updated_at),
        },
        "InventoryAdjustmentGroup": {
            "id": lambda g, _: gid("InventoryAdjustmentGroup", g.id),
            "createdAt": lambda g, _: _t(g.created_at),
            "referenceDocumentUri": lambda g, _: g.reference_document_uri,
            "changes": _group_changes,
        },
        "BulkOperation": {
            "id": lambda b, _: gid("BulkOperation", b.id),
            "createdAt": lambda b, _: _t(b.created_at),
            "completedAt": lambda b, _: _t(b.completed_at),
            "errorCode": lambda b, _: b.error_code,
            "objectCount": lambda b, i: str(_ctx(i).api.bulk.reported(b)),
            "rootObjectCount": lambda b, _: str(b.root_object_count),
            "fileSize": lambda b, _: None if b.file_size is None else str(b.file_size),
            "partialDataUrl": lambda b, _: None,
        },
    }
    for type_name, fields in r.items():
        t = schema.get_type(type_name)
        for fname, fn in fields.items():
            t.fields[fname].resolve = fn  # type: ignore[union-attr]
    node = schema.get_type("Node")
    node.resolve_type = lambda obj, _info, _t: _TYPENAMES[type(obj)]  # type: ignore[union-attr]
    schema._pos_wired = True  # type: ignore[attr-defined]


def _primary_location(state: ShopState) -> Location | None:
    return min(state.locations.values(), key=lambda o: o.id, default=None)


# ---------------------------------------------------------------------------------------
# Mutations
# ---------------------------------------------------------------------------------------


def _user_error(field_path: Sequence[str | int], code: str, message: str) -> dict[str, Any]:
    return {"field": [str(p) for p in field_path], "code": code, "message": message}


def _idempotent(info: GraphQLResolveInfo, name: str, args: Mapping[str, Any],
                apply: Callable[[str | None], dict[str, Any]]) -> dict[str, Any]:
    """Run `apply` at most once per idempotency key; replay or refuse on reuse."""
    ctx = _ctx(info)
    directive = info.schema.get_directive("idempotent")
    assert directive is not None
    values = get_directive_values(directive, info.field_nodes[0], info.variable_values)
    key = values["key"] if values else None
    if key is None and ctx.strict:
        raise GraphQLError(
            f"The @idempotent directive is required for {name} "
            f"(API {STRICT_FROM} and later): add @idempotent(key: \"<unique key>\").",
            extensions={"code": "BAD_REQUEST"})
    if key is None:
        return apply(None)
    fingerprint = hashlib.sha256(json.dumps({"field": name, "args": args}, sort_keys=True,
                                            default=str).encode()).hexdigest()
    api = ctx.api
    if key in ctx.busy:
        # The first request with this key is still being processed: this one does
        # nothing and the client is told to try again (with the same key).
        with api._lock:
            api.stats.concurrent_refused += 1
        return {"inventoryAdjustmentGroup": None, "userErrors": [_user_error(
            ["idempotencyKey"], "IDEMPOTENCY_CONCURRENT_REQUEST",
            "This request is currently in progress, please try again.")]}
    store = api.idempotency
    now = api.state.now()
    stored = store.get(key)
    if stored is not None and api.idempotency_ttl is not None \
            and now - stored.stored_at >= api.idempotency_ttl:
        del store[key]  # past the retention window: the key is new again
        stored = None
    if stored is not None:
        if stored.fingerprint != fingerprint:
            return {"inventoryAdjustmentGroup": None, "userErrors": [_user_error(
                ["idempotencyKey"], "IDEMPOTENCY_KEY_PARAMETER_MISMATCH",
                "The same idempotency key cannot be used with different operation "
                "parameters.")]}
        return stored.result
    result = apply(key)
    store[key] = StoredResult(fingerprint, result, now)
    return result


def _check_rows(rows: Sequence[Any], field: str) -> None:
    if len(rows) > MAX_INPUT_ROWS:
        raise GraphQLError(
            f"The input array size of {len(rows)} is greater than the maximum allowed of "
            f"{MAX_INPUT_ROWS}.", extensions={"code": "MAX_INPUT_SIZE_EXCEEDED",
                                              "argumentName": field})


def _check_change_from(ctx: _Ctx, row: Mapping[str, Any], path: list[str | int]) -> None:
    if ctx.strict and "changeFromQuantity" not in row:
        raise GraphQLError(
            "changeFromQuantity is required: pass the expected quantity, or an explicit "
            "null to skip the check, at " + ".".join(map(str, path)),
            extensions={"code": "BAD_REQUEST"})


def _valid_reference(uri: str | None) -> bool:
    if uri is None:
        return True
    scheme, sep, rest = uri.partition("://")
    if not sep or not scheme or not rest:
        return False
    if scheme == "gid":
        return len([p for p in rest.split("/") if p]) >= 3
    return True


def _level_for(state: ShopState, row: Mapping[str, Any], path: list[str | int],
               errors: list[dict[str, Any]]) -> Level | None:
    item_id = _id_of(row.get("inventoryItemId"), "InventoryItem")
    loc_id = _id_of(row.get("locationId"), "Location")
    item = state.items.get(item_id or -1)
    if item is None:
        errors.append(_user_error([*path, "inventoryItemId"], "INVALID_INVENTORY_ITEM",
                                  "The specified inventory item could not be found."))
        return None
    if loc_id not in state.locations:
        errors.append(_user_error([*path, "locationId"], "INVALID_LOCATION",
                                  "The specified location could not be found."))
        return None
    level = state.levels.get((item.id, loc_id))
    if level is None or not item.tracked:
        errors.append(_user_error([*path, "inventoryItemId"], "ITEM_NOT_STOCKED_AT_LOCATION",
                                  "The specified inventory item is not stocked at the "
                                  "location."))
        return None
    return level


def _adjust(_: Any, info: GraphQLResolveInfo, input: dict[str, Any]) -> dict[str, Any]:
    ctx = _ctx(info)
    state = ctx.api.state
    _check_rows(input["changes"], "changes")
    for i, row in enumerate(input["changes"]):
        _check_change_from(ctx, row, ["input", "changes", i])

    def apply(key: str | None) -> dict[str, Any]:
        errors: list[dict[str, Any]] = []
        name, reason = input["name"], input["reason"]
        if reason not in REASONS:
            errors.append(_user_error(["input", "reason"], "INVALID_REASON",
                                      "The specified reason is invalid."))
        if name not in ADJUSTABLE_NAMES:
            errors.append(_user_error(["input", "name"], "INVALID_QUANTITY_NAME",
                                      "The specified quantity name is invalid."))
        if not _valid_reference(input.get("referenceDocumentUri")):
            errors.append(_user_error(["input", "referenceDocumentUri"],
                                      "INVALID_REFERENCE_DOCUMENT",
                                      "The specified reference document is invalid."))
        ledgers = {row.get("ledgerDocumentUri") for row in input["changes"]}
        if len(ledgers) > 1:
            errors.append(_user_error(["input", "changes"], "MAX_ONE_LEDGER_DOCUMENT",
                                      "Only one ledger document is allowed per call."))
        running: dict[tuple[int, int], int] = {}
        plan: list[tuple[Level, int, str | None]] = []
        for i, row in enumerate(input["changes"]):
            path: list[str | int] = ["input", "changes", i]
            ledger = row.get("ledgerDocumentUri")
            if name == "available" and ledger is not None:
                errors.append(_user_error([*path, "ledgerDocumentUri"],
                                          "INVALID_AVAILABLE_DOCUMENT",
                                          "A ledger document is not allowed for available."))
            elif name != "available" and ledger is None:
                errors.append(_user_error([*path, "ledgerDocumentUri"],
                                          "INVALID_QUANTITY_DOCUMENT",
                                          "A ledger document is required for this quantity."))
            elif ledger is not None and ledger.startswith("gid://shopify/"):
                errors.append(_user_error([*path, "ledgerDocumentUri"],
                                          "INTERNAL_LEDGER_DOCUMENT",
                                          "Shopify's own documents cannot be ledgers."))
            level = _level_for(state, row, path, errors)
            if level is None or name not in ADJUSTABLE_NAMES:
                continue
            k = (level.item_id, level.location_id)
            current = running.get(k, level.quantity(name))
            expected = row.get("changeFromQuantity")
            if expected is not None and expected != current:
                errors.append(_user_error([*path, "changeFromQuantity"],
                                          "CHANGE_FROM_QUANTITY_STALE",
                                          "The changeFromQuantity argument no longer matches "
                                          "the persisted quantity."))
            after = current + row["delta"]
            if after > ADJUST_LIMIT:
                errors.append(_user_error([*path, "delta"], "INVALID_QUANTITY_TOO_HIGH",
                                          "The quantity can't be higher than 2,000,000,000."))
            elif after < -ADJUST_LIMIT:
                errors.append(_user_error([*path, "delta"], "INVALID_QUANTITY_TOO_LOW",
                                          "The quantity can't be lower than -2,000,000,000."))
            running[k] = after
            plan.append((level, row["delta"], ledger))
        if errors:
            return {"inventoryAdjustmentGroup": None, "userErrors": errors}
        changes: list[Change] = []
        for level, delta, ledger in plan:
            changes.extend(state.change(level, name, delta, ledger))
        group = state.record_group(reason, input.get("referenceDocumentUri"), changes, key)
        return {"inventoryAdjustmentGroup": group, "userErrors": []}

    return _idempotent(info, "inventoryAdjustQuantities", input, apply)


def _set(_: Any, info: GraphQLResolveInfo, input: dict[str, Any]) -> dict[str, Any]:
    ctx = _ctx(info)
    state = ctx.api.state
    _check_rows(input["quantities"], "quantities")
    for i, row in enumerate(input["quantities"]):
        _check_change_from(ctx, row, ["input", "quantities", i])

    def apply(key: str | None) -> dict[str, Any]:
        errors: list[dict[str, Any]] = []
        name, reason = input["name"], input["reason"]
        if reason not in REASONS:
            errors.append(_user_error(["input", "reason"], "INVALID_REASON",
                                      "The specified reason is invalid."))
        if name not in SETTABLE_NAMES:
            errors.append(_user_error(["input", "name"], "INVALID_NAME",
                                      "The quantity name must be either 'available' or "
                                      "'on_hand'."))
        if not _valid_reference(input.get("referenceDocumentUri")):
            errors.append(_user_error(["input", "referenceDocumentUri"],
                                      "INVALID_REFERENCE_DOCUMENT",
                                      "The specified reference document is invalid."))
        seen: set[tuple[int, int]] = set()
        plan: list[tuple[Level, int]] = []
        for i, row in enumerate(input["quantities"]):
            path: list[str | int] = ["input", "quantities", i]
            level = _level_for(state, row, path, errors)
            if level is None or name not in SETTABLE_NAMES:
                continue
            k = (level.item_id, level.location_id)
            if k in seen:
                errors.append(_user_error(path, "NO_DUPLICATE_INVENTORY_ITEM_ID_GROUP_ID_PAIR",
                                          "The combination of inventoryItemId and locationId "
                                          "must be unique."))
                continue
            seen.add(k)
            q = row["quantity"]
            if name == "on_hand" and q < 0:
                errors.append(_user_error([*path, "quantity"], "INVALID_QUANTITY_NEGATIVE",
                                          "The quantity can't be negative."))
            elif q > SET_LIMIT:
                errors.append(_user_error([*path, "quantity"], "INVALID_QUANTITY_TOO_HIGH",
                                          "The total quantity can't be higher than "
                                          "1,000,000,000."))
            elif q < -SET_LIMIT:
                errors.append(_user_error([*path, "quantity"], "INVALID_QUANTITY_TOO_LOW",
                                          "The total quantity can't be lower than "
                                          "-1,000,000,000."))
            expected = row.get("changeFromQuantity")
            if expected is not None and expected != level.quantity(name):
                errors.append(_user_error([*path, "changeFromQuantity"],
                                          "CHANGE_FROM_QUANTITY_STALE",
                                          "The changeFromQuantity value does not match "
                                          "persisted value."))
            plan.append((level, q))
        if errors:
            return {"inventoryAdjustmentGroup": None, "userErrors": errors}
        changes: list[Change] = []
        for level, q in plan:
            delta = q - level.quantity(name)
            if delta:
                changes.extend(state.change(level, "available", delta, None))
        group = state.record_group(reason, input.get("referenceDocumentUri"), changes, key)
        return {"inventoryAdjustmentGroup": group, "userErrors": []}

    return _idempotent(info, "inventorySetQuantities", input, apply)


def _move(_: Any, info: GraphQLResolveInfo, input: dict[str, Any]) -> dict[str, Any]:
    ctx = _ctx(info)
    state = ctx.api.state
    _check_rows(input["changes"], "changes")
    for i, row in enumerate(input["changes"]):
        _check_change_from(ctx, row["from"], ["input", "changes", i, "from"])
        _check_change_from(ctx, row["to"], ["input", "changes", i, "to"])

    def apply(key: str | None) -> dict[str, Any]:
        errors: list[dict[str, Any]] = []
        if input["reason"] not in REASONS:
            errors.append(_user_error(["input", "reason"], "INVALID_REASON",
                                      "The specified reason is invalid."))
        if not _valid_reference(input.get("referenceDocumentUri")):
            errors.append(_user_error(["input", "referenceDocumentUri"],
                                      "INVALID_REFERENCE_DOCUMENT",
                                      "The specified reference document is invalid."))
        plan: list[tuple[Level, str, str, int, str | None, str | None]] = []
        for i, row in enumerate(input["changes"]):
            path: list[str | int] = ["input", "changes", i]
            src, dst = row["from"], row["to"]
            if src["locationId"] != dst["locationId"]:
                errors.append(_user_error(path, "DIFFERENT_LOCATIONS",
                                          "The quantities can't be moved between locations."))
                continue
            if src["name"] == dst["name"]:
                errors.append(_user_error(path, "SAME_QUANTITY_NAME",
                                          "The quantity names can't be the same."))
                continue
            bad = [n for n in (src["name"], dst["name"]) if n not in ADJUSTABLE_NAMES]
            if bad:
                errors.append(_user_error(path, "INVALID_QUANTITY_NAME",
                                          f"The quantity name {bad[0]!r} is invalid."))
                continue
            if row["quantity"] <= 0:
                errors.append(_user_error([*path, "quantity"], "INVALID_QUANTITY_NEGATIVE",
                                          "The quantity can't be negative."))
                continue
            for end, side in ((src, "from"), (dst, "to")):
                if end["name"] == "available" and end.get("ledgerDocumentUri"):
                    errors.append(_user_error([*path, side, "ledgerDocumentUri"],
                                              "INVALID_AVAILABLE_DOCUMENT",
                                              "A ledger document is not allowed for "
                                              "available."))
                elif end["name"] != "available" and not end.get("ledgerDocumentUri"):
                    errors.append(_user_error([*path, side, "ledgerDocumentUri"],
                                              "INVALID_QUANTITY_DOCUMENT",
                                              "A ledger document is required for this "
                                              "quantity."))
            level = _level_for(state, {"inventoryItemId": row["inventoryItemId"],
                                       "locationId": src["locationId"]}, path, errors)
            if level is None:
                continue
            for end, side in ((src, "from"), (dst, "to")):
                expected = end.get("changeFromQuantity")
                if expected is not None and expected != level.quantity(end["name"]):
                    errors.append(_user_error([*path, side, "changeFromQuantity"],
                                              "CHANGE_FROM_QUANTITY_STALE",
                                              "The changeFromQuantity value does not match "
                                              "persisted value."))
            plan.append((level, src["name"], dst["name"], row["quantity"],
                         src.get("ledgerDocumentUri"), dst.get("ledgerDocumentUri")))
        if errors:
            return {"inventoryAdjustmentGroup": None, "userErrors": errors}
        changes: list[Change] = []
        for level, src_name, dst_name, q, src_ledger, dst_ledger in plan:
            before = level.quantity("on_hand")
            level.q[src_name] -= q
            level.q[dst_name] += q
            state.bump(level, src_name, dst_name)
            changes.append(Change(src_name, -q, level.q[src_name], level.item_id,
                                  level.location_id, src_ledger))
            changes.append(Change(dst_name, q, level.q[dst_name], level.item_id,
                                  level.location_id, dst_ledger))
            if (src_name in ON_HAND_PARTS) != (dst_name in ON_HAND_PARTS):
                after = level.quantity("on_hand")
                changes.append(Change("on_hand", after - before, after, level.item_id,
                                      level.location_id, dst_ledger or src_ledger))
        group = state.record_group(input["reason"], input.get("referenceDocumentUri"),
                                   changes, key)
        return {"inventoryAdjustmentGroup": group, "userErrors": []}

    return _idempotent(info, "inventoryMoveQuantities", input, apply)


def _bulk_run(_: Any, info: GraphQLResolveInfo, query: str) -> dict[str, Any]:
    api = _ctx(info).api
    doc, problem = check_bulk_query(api.schema, query)
    if doc is None:
        return {"bulkOperation": None, "userErrors": [
            {"field": ["query"], "message": problem, "code": "INVALID"}]}
    if len([o for o in api.bulk.running() if o.type == "QUERY"]) >= api.bulk.max_concurrent:
        return {"bulkOperation": None, "userErrors": [
            {"field": None, "code": "OPERATION_IN_PROGRESS",
             "message": "A bulk query operation for this app and shop is already in "
                        "progress."}]}
    return {"bulkOperation": api.bulk.start(query, doc), "userErrors": []}


def _bulk_cancel(_: Any, info: GraphQLResolveInfo, id: str) -> dict[str, Any]:
    api = _ctx(info).api
    op = api.bulk.cancel(_id_of(id, "BulkOperation") or -1)
    if op is None:
        return {"bulkOperation": None, "userErrors": [
            {"field": ["id"], "message": "Bulk operation does not exist"}]}
    return {"bulkOperation": op, "userErrors": []}
