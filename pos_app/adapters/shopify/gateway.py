"""The reconciler's `InventoryGateway` on Shopify's Admin API: documents in, typed
records out. One request per call; retry decisions belong to the reconciler."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from pos_app.services.inventory_ports import (
    ApiUsage,
    BulkJob,
    BulkKind,
    BulkResult,
    MutationResult,
    Page,
    RemoteCollection,
    RemoteLevel,
    RemoteVariant,
    ShopifyContractError,
    UserErrorInfo,
)

from . import documents as doc
from .client import ShopifyAdminClient

PAGE_SIZE = 250
# Requested cost of a page: location 1 + 2 + 250 x (level 1 + item 1 + quantities 1).
_LEVELS_COST = 1 + 2 + PAGE_SIZE * 3
_VARIANTS_COST = 2 + PAGE_SIZE * 3
# collections 2 + 250 x (collection 1 + productsCount 1); collection 1 + products 2 + 250.
_COLLECTIONS_COST = 2 + PAGE_SIZE * 2
_COLLECTION_PRODUCTS_COST = 1 + 2 + PAGE_SIZE
_COLLECTION = "gid://shopify/Collection/"


def _quantities(node: Mapping[str, Any]) -> dict[str, int]:
    return {q["name"]: int(q["quantity"]) for q in node.get("quantities") or ()}


def level_from(node: Mapping[str, Any], location_id: str | None = None) -> RemoteLevel:
    q = _quantities(node)
    item = node.get("item") or {}
    return RemoteLevel(
        inventory_item_id=str(item.get("id") or _item_of_level(str(node["id"]))),
        location_id=str((node.get("location") or {}).get("id") or location_id),
        sku=item.get("sku"), available=q.get("available", 0), on_hand=q.get("on_hand", 0),
        committed=q.get("committed", 0), updated_at=str(node["updatedAt"]))


def _item_of_level(level_id: str) -> str:
    # gid://shopify/InventoryLevel/1?inventory_item_id=2 names its item in the query string.
    _, _, query = level_id.partition("?inventory_item_id=")
    return f"gid://shopify/InventoryItem/{query}" if query else ""


def variant_from(node: Mapping[str, Any]) -> RemoteVariant:
    product = node.get("product") or {}
    item = node.get("inventoryItem") or {}
    return RemoteVariant(
        variant_id=str(node["id"]), product_id=str(product.get("id", "")),
        sku=node.get("sku") or None, barcode=node.get("barcode") or None,
        title=str(node.get("title") or ""), price=str(node.get("price") or "0"),
        taxable=bool(node.get("taxable", True)), product_title=str(product.get("title", "")),
        product_type=str(product.get("productType") or ""),
        vendor=str(product.get("vendor") or ""), status=str(product.get("status") or "ACTIVE"),
        inventory_item_id=str(item.get("id", "")), tracked=bool(item.get("tracked", True)),
        updated_at=str(node.get("updatedAt") or ""))


def collection_from(node: Mapping[str, Any]) -> RemoteCollection:
    return RemoteCollection(
        collection_id=str(node["id"]), title=str(node.get("title") or ""),
        handle=str(node.get("handle") or ""), updated_at=str(node.get("updatedAt") or ""),
        products_count=int((node.get("productsCount") or {}).get("count") or 0))


def _mutation_result(payload: Mapping[str, Any] | None) -> MutationResult:
    if payload is None:
        raise ShopifyContractError("Shopify returned no payload for an inventory mutation")
    group = payload.get("inventoryAdjustmentGroup")
    errors = tuple(UserErrorInfo(e.get("code"), tuple(e.get("field") or ()),
                                 str(e.get("message")))
                   for e in payload.get("userErrors") or ())
    if group is None:
        return MutationResult(None, None, errors)
    return MutationResult(str(group["id"]), str(group.get("createdAt") or ""), errors)


class ShopifyInventoryGateway:
    def __init__(self, client: ShopifyAdminClient) -> None:
        self._client = client

    def usage(self) -> ApiUsage:
        return self._client.usage()

    def find_location(self, name: str) -> str | None:
        after: str | None = None
        while True:
            data = self._client.execute("Locations", doc.LOCATIONS, {"after": after},
                                        cost_hint=2 + PAGE_SIZE).data
            conn = data["locations"]
            for node in conn["nodes"]:
                if node.get("isActive", True) and \
                        str(node["name"]).strip().casefold() == name.casefold():
                    return str(node["id"])
            if not conn["pageInfo"]["hasNextPage"]:
                return None
            after = conn["pageInfo"]["endCursor"]

    def location_name(self, location_id: str) -> str | None:
        data = self._client.execute("Location", doc.LOCATION, {"id": location_id},
                                    cost_hint=1).data
        node = data.get("location")
        if not node or not node.get("isActive", True):
            return None
        return str(node["name"])

    def variants_page(self, *, updated_since: str | None, after: str | None) \
            -> Page[RemoteVariant]:
        query = f"updated_at:>='{updated_since}'" if updated_since else None
        data = self._client.execute("Variants", doc.VARIANTS, {
            "first": PAGE_SIZE, "after": after, "query": query},
            cost_hint=_VARIANTS_COST).data
        conn = data["productVariants"]
        return Page(tuple(variant_from(n) for n in conn["nodes"]),
                    conn["pageInfo"]["endCursor"], bool(conn["pageInfo"]["hasNextPage"]))

    def variants_count(self, *, updated_since: str | None) -> int | None:
        query = f"updated_at:>='{updated_since}'" if updated_since else None
        data = self._client.execute("VariantsCount", doc.VARIANTS_COUNT, {"query": query},
                                    cost_hint=2).data
        node = data.get("productVariantsCount") or {}
        return int(node["count"]) if node.get("count") is not None else None

    def levels_page(self, location_id: str, *, updated_since: str | None,
                    after: str | None) -> Page[RemoteLevel]:
        query = f"updated_at:>='{updated_since}'" if updated_since else None
        data = self._client.execute("Levels", doc.LEVELS, {
            "location": location_id, "first": PAGE_SIZE, "after": after, "query": query},
            cost_hint=_LEVELS_COST).data
        if data.get("location") is None:
            raise ShopifyContractError(f"Shopify has no location {location_id}")
        conn = data["location"]["inventoryLevels"]
        return Page(tuple(level_from(n, location_id) for n in conn["nodes"]),
                    conn["pageInfo"]["endCursor"], bool(conn["pageInfo"]["hasNextPage"]))

    def read_level(self, item_id: str, location_id: str) -> RemoteLevel | None:
        data = self._client.execute("Level", doc.LEVEL,
                                    {"item": item_id, "location": location_id},
                                    cost_hint=5).data
        node = (data.get("inventoryItem") or {}).get("inventoryLevel")
        return None if node is None else level_from(node, location_id)

    def collections_page(self, *, after: str | None) -> Page[RemoteCollection]:
        data = self._client.execute("Collections", doc.COLLECTIONS, {"after": after},
                                    cost_hint=_COLLECTIONS_COST).data
        conn = data["collections"]
        return Page(tuple(collection_from(n) for n in conn["nodes"]),
                    conn["pageInfo"]["endCursor"], bool(conn["pageInfo"]["hasNextPage"]))

    def collection_products_page(self, collection_id: str, *, after: str | None) \
            -> Page[str]:
        data = self._client.execute("CollectionProducts", doc.COLLECTION_PRODUCTS, {
            "id": collection_id, "after": after}, cost_hint=_COLLECTION_PRODUCTS_COST).data
        if data.get("collection") is None:
            # Deleted since it was listed: it holds nothing any more.
            return Page((), None, False)
        conn = data["collection"]["products"]
        return Page(tuple(str(n["id"]) for n in conn["nodes"]),
                    conn["pageInfo"]["endCursor"], bool(conn["pageInfo"]["hasNextPage"]))

    def start_bulk(self, kind: BulkKind, *, location_id: str,
                   updated_since: str | None) -> BulkJob:
        if kind is BulkKind.CATALOG:
            query = doc.bulk_catalog(updated_since)
        elif kind is BulkKind.COLLECTIONS:
            query = doc.BULK_COLLECTIONS
        else:
            query = doc.bulk_levels(location_id, updated_since)
        data = self._client.execute("PosBulk", doc.BULK_RUN, {"query": query}).data
        payload = data["bulkOperationRunQuery"]
        errors = payload.get("userErrors") or []
        if errors or payload.get("bulkOperation") is None:
            raise ShopifyContractError("Shopify refused the bulk query: " + "; ".join(
                f"{e.get('code')}: {e.get('message')}" for e in errors))
        op = payload["bulkOperation"]
        return BulkJob(str(op["id"]), str(op["status"]))

    def bulk_status(self, job_id: str) -> BulkJob:
        data = self._client.execute("PosBulkStatus", doc.BULK_STATUS, {"id": job_id},
                                    cost_hint=1).data
        node = data.get("node")
        if node is None:
            raise ShopifyContractError(f"Shopify does not know bulk operation {job_id}")
        return BulkJob(str(node["id"]), str(node["status"]), node.get("url"),
                       node.get("errorCode"), int(node.get("objectCount") or 0))

    def bulk_result(self, url: str) -> BulkResult:
        """Parse a bulk JSONL file by index: children name their parent by __parentId
        and are not guaranteed to follow it (groupObjects: false)."""
        variants: list[RemoteVariant] = []
        levels: list[RemoteLevel] = []
        collections: list[RemoteCollection] = []
        members: list[tuple[str, str]] = []
        for line in self._client.download_lines(url):
            row = json.loads(line)
            row_id = str(row.get("id", ""))
            if "quantities" in row:
                levels.append(level_from(row))
            elif row_id.startswith("gid://shopify/ProductVariant/"):
                variants.append(variant_from(row))
            elif row_id.startswith(_COLLECTION):
                collections.append(collection_from(row))
            elif str(row.get("__parentId", "")).startswith(_COLLECTION):
                members.append((str(row["__parentId"]), row_id))
        return BulkResult(tuple(variants), tuple(levels), tuple(collections),
                          tuple(members))

    def adjust(self, key: str, variables: Mapping[str, Any]) -> MutationResult:
        data = self._client.execute("PosAdjust", doc.ADJUST, {**variables, "key": key}).data
        return _mutation_result(data.get("inventoryAdjustQuantities"))

    def set_quantities(self, key: str, variables: Mapping[str, Any]) -> MutationResult:
        data = self._client.execute("PosCount", doc.SET_QUANTITIES,
                                    {**variables, "key": key}).data
        return _mutation_result(data.get("inventorySetQuantities"))
