"""Shopify's query cost model and the per-token leaky bucket.

Requested cost is computed from the document before execution, actual cost from what
was returned, by the published rules: scalars and enums 0, an object 1, a connection
2 + (first|last) x the cost of one node, a plain list of objects 1 + one element,
`nodes(ids:)` one node per id, a mutation 10. The bucket reserves the requested cost,
refuses with THROTTLED when it cannot, and refunds the difference to the actual cost.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLSchema,
    InlineFragmentNode,
    OperationDefinitionNode,
    OperationType,
    SelectionSetNode,
    get_named_type,
    value_from_ast,
)

MAX_QUERY_COST = 1000
MUTATION_COST = 10

# (bucket size, restore rate in points per second) by plan, as observed in responses.
PLANS: dict[str, tuple[float, float]] = {
    "standard": (2000.0, 100.0),
    "advanced": (4000.0, 200.0),
    "plus": (20000.0, 1000.0),
    "enterprise": (40000.0, 2000.0),
}

Composite = GraphQLObjectType | GraphQLInterfaceType


def _is_list(t: GraphQLOutputType) -> bool:
    if isinstance(t, GraphQLNonNull):
        t = t.of_type
    return isinstance(t, GraphQLList)


class CostCalculator:
    """Requested and actual cost of one operation against one schema."""

    def __init__(self, schema: GraphQLSchema, operation: OperationDefinitionNode,
                 fragments: Mapping[str, FragmentDefinitionNode],
                 variables: Mapping[str, Any]) -> None:
        self.schema = schema
        self.op = operation
        self.fragments = fragments
        self.variables = variables

    def requested(self) -> int:
        if self.op.operation is OperationType.MUTATION:
            return MUTATION_COST * sum(1 for _ in self._fields(self.op.selection_set,
                                                               self._root()))
        return self._cost(self.op.selection_set, self._root(), None)

    def actual(self, data: Mapping[str, Any] | None) -> int:
        if self.op.operation is OperationType.MUTATION:
            return self.requested()
        return self._cost(self.op.selection_set, self._root(), data or {})

    def _root(self) -> GraphQLObjectType:
        root = (self.schema.mutation_type if self.op.operation is OperationType.MUTATION
                else self.schema.query_type)
        assert root is not None
        return root

    def _fields(self, sel: SelectionSetNode, parent: Composite) \
            -> Iterator[tuple[FieldNode, Composite]]:
        for node in sel.selections:
            if isinstance(node, FieldNode):
                yield node, parent
            elif isinstance(node, InlineFragmentNode):
                t = (self.schema.get_type(node.type_condition.name.value)
                     if node.type_condition else parent)
                if isinstance(t, GraphQLObjectType | GraphQLInterfaceType):
                    yield from self._fields(node.selection_set, t)
            elif isinstance(node, FragmentSpreadNode):
                frag = self.fragments.get(node.name.value)
                if frag is not None:
                    t = self.schema.get_type(frag.type_condition.name.value)
                    if isinstance(t, GraphQLObjectType | GraphQLInterfaceType):
                        yield from self._fields(frag.selection_set, t)

    def _arg(self, node: FieldNode, name: str, parent: Composite) -> Any:
        for arg in node.arguments or ():
            if arg.name.value == name:
                fdef = parent.fields[node.name.value]
                return value_from_ast(arg.value, fdef.args[name].type, dict(self.variables))
        return None

    def _cost(self, sel: SelectionSetNode | None, parent: Composite,
              data: Mapping[str, Any] | None) -> int:
        if sel is None:
            return 0
        total = 0
        for node, owner in self._fields(sel, parent):
            name = node.name.value
            if name.startswith("__") or name not in owner.fields:
                continue
            fdef = owner.fields[name]
            named = get_named_type(fdef.type)
            if not isinstance(named, GraphQLObjectType | GraphQLInterfaceType):
                continue
            key = node.alias.value if node.alias else name
            value = None if data is None else data.get(key)
            if data is not None and key not in data:
                continue  # a fragment for another type: nothing was returned for it
            total += self._field_cost(node, owner, named, fdef.type, value,
                                     requested=data is None)
        return total

    def _field_cost(self, node: FieldNode, owner: Composite, named: Composite,
                    ftype: GraphQLOutputType, value: Any, *, requested: bool) -> int:
        if named.name.endswith("Connection"):
            return 2 + self._connection_children(node, owner, named, value, requested)
        if _is_list(ftype):
            ids = self._arg(node, "ids", owner) if "ids" in owner.fields[node.name.value].args \
                else None
            if requested:
                one = 1 + self._cost(node.selection_set, named, None)
                return one * len(ids) if ids is not None else one
            elems = [e for e in (value or []) if isinstance(e, Mapping)]
            if ids is not None:
                return sum(1 + self._cost(node.selection_set, named, e) for e in elems) \
                    + (len(ids) - len(elems))
            return 1 + max((self._cost(node.selection_set, named, e) for e in elems),
                           default=0)
        if requested or value is None:
            return 1 + (self._cost(node.selection_set, named, None) if requested else 0)
        return 1 + self._cost(node.selection_set, named, value)

    def _connection_children(self, node: FieldNode, owner: Composite, conn: Composite,
                             value: Any, requested: bool) -> int:
        size = self._arg(node, "first", owner) or self._arg(node, "last", owner) or 0
        total = 0
        for sub, _ in self._fields(node.selection_set, conn) if node.selection_set else ():
            sname = sub.name.value
            if sname == "nodes":
                node_type = get_named_type(conn.fields["nodes"].type)
                assert isinstance(node_type, GraphQLObjectType | GraphQLInterfaceType)
                if requested:
                    total += size * (1 + self._cost(sub.selection_set, node_type, None))
                else:
                    got = (value or {}).get(sub.alias.value if sub.alias else "nodes") or []
                    total += sum(1 + self._cost(sub.selection_set, node_type, n) for n in got)
            elif sname == "edges":
                edge_type = get_named_type(conn.fields["edges"].type)
                assert isinstance(edge_type, GraphQLObjectType)
                node_type = get_named_type(edge_type.fields["node"].type)
                assert isinstance(node_type, GraphQLObjectType | GraphQLInterfaceType)
                for esub, _ in self._fields(sub.selection_set, edge_type) \
                        if sub.selection_set else ():
                    if esub.name.value != "node":
                        continue
                    if requested:
                        total += size * (1 + self._cost(esub.selection_set, node_type, None))
                    else:
                        edges = (value or {}).get(sub.alias.value if sub.alias else "edges") \
                            or []
                        key = esub.alias.value if esub.alias else "node"
                        total += sum(1 + self._cost(esub.selection_set, node_type, e.get(key))
                                     for e in edges if isinstance(e, Mapping))
        return total


@dataclass
class ThrottleStatus:
    maximum_available: float
    currently_available: float
    restore_rate: float

    def as_json(self) -> dict[str, float]:
        return {"maximumAvailable": self.maximum_available,
                "currentlyAvailable": int(self.currently_available),
                "restoreRate": self.restore_rate}


class LeakyBucket:
    """Cost points per token: refills at `restore_rate`/s up to `capacity`."""

    def __init__(self, capacity: float, restore_rate: float,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        self.capacity = capacity
        self.restore_rate = restore_rate
        self._monotonic = monotonic
        self._available = capacity
        self._at = monotonic()
        self._lock = threading.Lock()

    def _refill(self) -> None:
        now = self._monotonic()
        self._available = min(self.capacity,
                              self._available + (now - self._at) * self.restore_rate)
        self._at = now

    def try_take(self, cost: float) -> bool:
        with self._lock:
            self._refill()
            if self._available < cost:
                return False
            self._available -= cost
            return True

    def refund(self, points: float) -> None:
        with self._lock:
            self._refill()
            self._available = min(self.capacity, self._available + points)

    def status(self) -> ThrottleStatus:
        with self._lock:
            self._refill()
            return ThrottleStatus(self.capacity, self._available, self.restore_rate)
