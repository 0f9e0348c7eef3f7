"""The GraphQL documents pos_app sends to Shopify, in one place.

Every document is validated against the trimmed 2026-04 schema by the unit tests, so a
typo is caught before Shopify (or the emulator) refuses it. Inventory writes always
carry `@idempotent(key: $key)` and every change row carries `changeFromQuantity`.
"""

from __future__ import annotations

QUANTITY_NAMES = '["available", "on_hand", "committed"]'

_VARIANT_FIELDS = """
  id sku barcode price title taxable updatedAt
  product { id title productType vendor status }
  inventoryItem { id tracked }
"""

# Pages are read per location, so they leave the location out: with it a page of 250
# would cost 1003 points, over Shopify's 1000-point limit for one query.
_LEVEL_FIELDS = f"""
  id updatedAt
  item {{ id sku }}
  quantities(names: {QUANTITY_NAMES}) {{ name quantity }}
"""
_BULK_LEVEL_FIELDS = _LEVEL_FIELDS + "  location { id }\n"

LOCATIONS = """
query Locations($after: String) {
  locations(first: 250, after: $after) {
    nodes { id name isActive }
    pageInfo { hasNextPage endCursor }
  }
}
"""

LOCATION = """
query Location($id: ID!) {
  location(id: $id) { id name isActive }
}
"""

VARIANTS = f"""
query Variants($first: Int!, $after: String, $query: String) {{
  productVariants(first: $first, after: $after, query: $query, sortKey: ID) {{
    nodes {{ {_VARIANT_FIELDS} }}
    pageInfo {{ hasNextPage endCursor }}
  }}
}}
"""

# How many variants a pull will read (the first pull's progress bar): null `limit` so a
# shop over 10,000 variants is counted whole.
VARIANTS_COUNT = """
query VariantsCount($query: String) {
  productVariantsCount(query: $query, limit: null) { count precision }
}
"""

LEVELS = f"""
query Levels($location: ID!, $first: Int!, $after: String, $query: String) {{
  location(id: $location) {{
    inventoryLevels(first: $first, after: $after, query: $query) {{
      nodes {{ {_LEVEL_FIELDS} }}
      pageInfo {{ hasNextPage endCursor }}
    }}
  }}
}}
"""

LEVEL = f"""
query Level($item: ID!, $location: ID!) {{
  inventoryItem(id: $item) {{
    inventoryLevel(locationId: $location) {{ {_LEVEL_FIELDS} }}
  }}
}}
"""

# Collections select items for commission plans. The list is read whole every pass
# (2 + 2 points per collection actually charged); the products of a collection only
# when it changed. Asking for each product's collections instead would cost
# 2 + 250 x (1 + 2 + first) per page: over the 1000-point limit for any useful size.
COLLECTIONS = """
query Collections($after: String) {
  collections(first: 250, after: $after, sortKey: ID) {
    nodes { id title handle updatedAt productsCount { count } }
    pageInfo { hasNextPage endCursor }
  }
}
"""

COLLECTION_PRODUCTS = """
query CollectionProducts($id: ID!, $after: String) {
  collection(id: $id) {
    products(first: 250, after: $after, sortKey: ID) {
      nodes { id }
      pageInfo { hasNextPage endCursor }
    }
  }
}
"""

ADJUST = """
mutation PosAdjust($input: InventoryAdjustQuantitiesInput!, $key: String!) {
  inventoryAdjustQuantities(input: $input) @idempotent(key: $key) {
    inventoryAdjustmentGroup { id createdAt }
    userErrors { code field message }
  }
}
"""

SET_QUANTITIES = """
mutation PosCount($input: InventorySetQuantitiesInput!, $key: String!) {
  inventorySetQuantities(input: $input) @idempotent(key: $key) {
    inventoryAdjustmentGroup { id createdAt }
    userErrors { code field message }
  }
}
"""

BULK_RUN = """
mutation PosBulk($query: String!) {
  bulkOperationRunQuery(query: $query) {
    bulkOperation { id status }
    userErrors { code field message }
  }
}
"""

BULK_STATUS = """
query PosBulkStatus($id: ID!) {
  node(id: $id) {
    ... on BulkOperation { id status errorCode url objectCount }
  }
}
"""

# Bulk queries (no page sizes: Shopify streams everything). Children of nested
# connections come back as separate JSONL lines with __parentId.
BULK_CATALOG = f"""
{{
  productVariants__FILTER__ {{
    edges {{ node {{
      {_VARIANT_FIELDS.replace("inventoryItem { id tracked }", "")}
      inventoryItem {{
        id tracked
        inventoryLevels {{ edges {{ node {{ {_BULK_LEVEL_FIELDS} }} }} }}
      }}
    }} }}
  }}
}}
"""


def bulk_catalog(updated_since: str | None) -> str:
    where = f"(query: \"updated_at:>='{updated_since}'\")" if updated_since else ""
    return BULK_CATALOG.replace("__FILTER__", where)


BULK_COLLECTIONS = """
{
  collections {
    edges { node {
      id title handle updatedAt
      products { edges { node { id } } }
    } }
  }
}
"""


def bulk_levels(location_id: str, updated_since: str | None) -> str:
    level_query = f"(query: \"updated_at:>='{updated_since}'\")" if updated_since else ""
    return f"""
{{
  locations(query: "id:{location_id.rsplit('/', 1)[-1]}") {{
    edges {{ node {{
      id
      inventoryLevels{level_query} {{ edges {{ node {{ {_BULK_LEVEL_FIELDS} }} }} }}
    }} }}
  }}
}}
"""
