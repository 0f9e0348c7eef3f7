"""Regenerate the trimmed Shopify Admin SDL the emulator serves and the client is checked against.

Run once by hand when the set of types the project uses changes:

    .venv/bin/python tools/gen_shopify_sdl.py PATH/TO/shopify_admin_schema_2025-01.json

It reads Shopify's own introspection dump (2025-01), keeps only the types, fields and
arguments listed in KEEP below, applies the 2026-04 contract on top (`changeFromQuantity`
on every inventory change row, `compareQuantity`/`ignoreCompareQuantity` removed, the
2026 user-error codes, the `@idempotent(key:)` directive) and writes
`pos_app/adapters/shopify_emulator/admin_2026_04.graphql`. The project never reads the
dump at run or test time: only the generated file is shipped.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLInterfaceType,
    GraphQLNamedType,
    GraphQLObjectType,
    GraphQLScalarType,
    GraphQLSchema,
    ast_from_value,
    build_client_schema,
    get_named_type,
    print_ast,
)

OUT = (Path(__file__).resolve().parents[1]
       / "pos_app/adapters/shopify_emulator/admin_2026_04.graphql")

# Output types: the fields the project reads. None means every field of the type.
KEEP: dict[str, list[str] | None] = {
    "QueryRoot": ["productVariants", "productVariant", "productVariantsCount", "products",
                  "locations", "location",
                  "inventoryItem", "inventoryItems", "inventoryLevel", "nodes", "node",
                  "currentBulkOperation", "collections", "collection"],
    "Mutation": ["inventoryAdjustQuantities", "inventorySetQuantities",
                 "inventoryMoveQuantities", "bulkOperationRunQuery", "bulkOperationCancel"],
    "Node": ["id"],
    "PageInfo": None,
    "Product": ["id", "title", "productType", "vendor", "status", "createdAt", "updatedAt",
                "collections"],
    # Collections select items for commission plans (by title); products are members.
    "Collection": ["id", "title", "handle", "updatedAt", "products", "productsCount"],
    "CollectionConnection": None, "CollectionEdge": None, "Count": None,
    "ProductConnection": None, "ProductEdge": None,
    "ProductVariant": ["id", "sku", "barcode", "price", "title", "displayName", "taxable",
                       "createdAt", "updatedAt", "inventoryQuantity", "inventoryItem",
                       "product"],
    "ProductVariantConnection": None, "ProductVariantEdge": None,
    "InventoryItem": ["id", "sku", "tracked", "createdAt", "updatedAt", "variant",
                      "inventoryLevel", "inventoryLevels"],
    "InventoryItemConnection": None, "InventoryItemEdge": None,
    "InventoryLevel": ["id", "createdAt", "updatedAt", "item", "location", "quantities"],
    "InventoryLevelConnection": None, "InventoryLevelEdge": None,
    "InventoryQuantity": ["id", "name", "quantity", "updatedAt"],
    "Location": ["id", "name", "isActive", "fulfillsOnlineOrders", "createdAt", "updatedAt",
                 "inventoryLevel", "inventoryLevels"],
    "LocationConnection": None, "LocationEdge": None,
    "InventoryAdjustmentGroup": ["id", "createdAt", "reason", "referenceDocumentUri",
                                 "changes"],
    "InventoryChange": None,
    "InventoryAdjustQuantitiesPayload": None, "InventoryAdjustQuantitiesUserError": None,
    "InventorySetQuantitiesPayload": None, "InventorySetQuantitiesUserError": None,
    "InventoryMoveQuantitiesPayload": None, "InventoryMoveQuantitiesUserError": None,
    "BulkOperation": None, "BulkOperationRunQueryPayload": None,
    "BulkOperationUserError": None, "BulkOperationCancelPayload": None, "UserError": None,
}

# 2026-04: input fields removed from and added to the 2025-01 inputs.
DROP_INPUT_FIELDS = {
    "InventorySetQuantitiesInput": {"ignoreCompareQuantity"},
    "InventoryQuantityInput": {"compareQuantity"},
}
ADD_INPUT_FIELDS = {
    # Nullable in the schema; its presence (a number or an explicit null) is checked at
    # run time from 2026-04, exactly as Shopify documents it.
    "InventoryChangeInput": "changeFromQuantity: Int",
    "InventoryQuantityInput": "changeFromQuantity: Int",
    "InventoryMoveQuantityTerminalInput": "changeFromQuantity: Int",
}
ADD_ENUM_VALUES = {
    "InventoryAdjustQuantitiesUserErrorCode": [
        "CHANGE_FROM_QUANTITY_STALE", "IDEMPOTENCY_CONCURRENT_REQUEST",
        "IDEMPOTENCY_KEY_PARAMETER_MISMATCH", "SERVICE_UNAVAILABLE"],
    "InventorySetQuantitiesUserErrorCode": [
        "CHANGE_FROM_QUANTITY_STALE", "IDEMPOTENCY_CONCURRENT_REQUEST",
        "IDEMPOTENCY_KEY_PARAMETER_MISMATCH"],
    "InventoryMoveQuantitiesUserErrorCode": [
        "CHANGE_FROM_QUANTITY_STALE", "IDEMPOTENCY_CONCURRENT_REQUEST",
        "IDEMPOTENCY_KEY_PARAMETER_MISMATCH"],
}
EXTRA_SDL = '''
"""
Marks a mutation as idempotent: a retry with the same key and the same variables
replays the first result with no new effect (Admin API 2026-01, mandatory on inventory
mutations from 2026-04).
"""
directive @idempotent(key: String!) on FIELD
'''
BUILTIN_SCALARS = {"String", "Int", "Float", "Boolean", "ID"}


def _arg_text(name: str, arg) -> str:  # type: ignore[no-untyped-def]
    text = f"{name}: {arg.type}"
    if arg.default_value is not None and repr(arg.default_value) != "Undefined":
        default = ast_from_value(arg.default_value, arg.type)
        if default is not None:
            text += f" = {print_ast(default)}"
    return text


def _field_line(name: str, field, args: bool = True) -> str:  # type: ignore[no-untyped-def]
    arg_part = ""
    if args and getattr(field, "args", None):
        arg_part = "(" + ", ".join(_arg_text(n, a) for n, a in field.args.items()) + ")"
    return f"  {name}{arg_part}: {field.type}"


def _collect(schema: GraphQLSchema) -> dict[str, GraphQLNamedType]:
    """Every named type the kept fields and their arguments reach."""
    need: dict[str, GraphQLNamedType] = {}
    todo: list[GraphQLNamedType] = [schema.get_type(n) for n in KEEP]  # type: ignore[misc]
    while todo:
        t = todo.pop()
        if t.name in need:
            continue
        need[t.name] = t
        if isinstance(t, GraphQLObjectType | GraphQLInterfaceType):
            if t.name not in KEEP:
                raise SystemExit(f"{t.name} is reached but not listed in KEEP")
            wanted = KEEP[t.name] or list(t.fields)
            for fname in wanted:
                f = t.fields[fname]
                todo.append(get_named_type(f.type))
                todo.extend(get_named_type(a.type) for a in f.args.values())
        elif isinstance(t, GraphQLInputObjectType):
            drop = DROP_INPUT_FIELDS.get(t.name, set())
            todo.extend(get_named_type(f.type) for n, f in t.fields.items() if n not in drop)
    return need


def render(schema: GraphQLSchema) -> str:
    need = _collect(schema)
    out = ['"""Shopify Admin GraphQL API 2026-04, trimmed to what pos_app uses.',
           "Generated by tools/gen_shopify_sdl.py from Shopify's 2025-01 introspection",
           'plus the 2026 inventory contract. Do not edit by hand."""',
           "schema {\n  query: QueryRoot\n  mutation: Mutation\n}", EXTRA_SDL.strip()]
    for name in sorted(need):
        t = need[name]
        if isinstance(t, GraphQLScalarType):
            if name not in BUILTIN_SCALARS:
                out.append(f"scalar {name}")
        elif isinstance(t, GraphQLEnumType):
            values = list(t.values) + ADD_ENUM_VALUES.get(name, [])
            out.append(f"enum {name} {{\n" + "\n".join(f"  {v}" for v in values) + "\n}")
        elif isinstance(t, GraphQLInputObjectType):
            drop = DROP_INPUT_FIELDS.get(name, set())
            lines = [_field_line(n, f, args=False) + (
                f" = {print_ast(d)}" if f.default_value is not None
                and repr(f.default_value) != "Undefined"
                and (d := ast_from_value(f.default_value, f.type)) is not None else "")
                for n, f in t.fields.items() if n not in drop]
            if name in ADD_INPUT_FIELDS:
                lines.append("  " + ADD_INPUT_FIELDS[name])
            out.append(f"input {name} {{\n" + "\n".join(lines) + "\n}")
        elif isinstance(t, GraphQLObjectType | GraphQLInterfaceType):
            wanted = KEEP[name] or list(t.fields)
            kw = "interface" if isinstance(t, GraphQLInterfaceType) else "type"
            impl = [i.name for i in getattr(t, "interfaces", []) if i.name in KEEP]
            head = f"{kw} {name}" + (f" implements {' & '.join(impl)}" if impl else "")
            body = "\n".join(_field_line(f, t.fields[f]) for f in wanted)
            out.append(f"{head} {{\n{body}\n}}")
    return "\n\n".join(out) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    raw = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    schema = build_client_schema(raw.get("data", raw))
    sdl = render(schema)
    # The result must itself be a valid schema before it is written.
    from graphql import build_schema

    build_schema(sdl)
    OUT.write_text(sdl, encoding="utf-8")
    print(f"wrote {OUT} ({len(sdl):,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
