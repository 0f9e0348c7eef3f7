"""Bulk query operations: CREATED -> RUNNING -> COMPLETED | FAILED | CANCELED, and the
JSONL result in which nested connection children are separate lines carrying
`__parentId`, after their parent (Shopify's 2026 `groupObjects: false` layout).

As on Shopify, `objectCount` (and `rootObjectCount`) grow while the operation runs: the
query reads its top-level connection `roots_per_read` objects at a time (the shop's lock
taken for each read only) and the JSONL lines of each read are counted before the next.
With `step_per_poll` (tests), each read waits until a status read has reported its count
(at most `STEP_WAIT_S`), so a client polling the operation sees every step."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from graphql import (
    ArgumentNode,
    DocumentNode,
    FieldNode,
    GraphQLError,
    GraphQLSchema,
    IntValueNode,
    NameNode,
    OperationDefinitionNode,
    SelectionSetNode,
    StringValueNode,
    get_named_type,
    parse,
    validate,
)

log = logging.getLogger(__name__)

MAX_CONNECTIONS = 5
MAX_NESTING = 2
TERMINAL = frozenset({"COMPLETED", "FAILED", "CANCELED", "EXPIRED"})
ROOTS_PER_READ = 500
STEP_WAIT_S = 10.0  # step_per_poll: the longest a write waits for a status read


@dataclass(slots=True)
class BulkOperation:
    id: int
    query: str
    status: str
    type: str
    created_at: datetime
    completed_at: datetime | None = None
    error_code: str | None = None
    object_count: int = 0
    root_object_count: int = 0
    file_size: int | None = None
    url: str | None = None
    data: bytes | None = None


def check_bulk_query(schema: GraphQLSchema, text: str) -> tuple[DocumentNode | None, str | None]:
    """Parse and validate a bulk query; the message says what Shopify would refuse."""
    try:
        doc = parse(text)
    except GraphQLError as exc:
        return None, f"Invalid bulk query: {exc.message}"
    errors = validate(schema, doc)
    if errors:
        return None, "Invalid bulk query: " + "; ".join(e.message for e in errors)
    ops = [d for d in doc.definitions if isinstance(d, OperationDefinitionNode)]
    if len(ops) != 1 or ops[0].operation.value != "query":
        return None, "Bulk queries must contain exactly one query operation."
    roots = [s for s in ops[0].selection_set.selections if isinstance(s, FieldNode)]
    query_type = schema.query_type
    assert query_type is not None
    if len(roots) != 1:
        return None, "Bulk queries must contain exactly one top-level field."
    root = roots[0]
    rtype = get_named_type(query_type.fields[root.name.value].type)
    if not rtype.name.endswith("Connection"):
        return None, "Bulk queries require a connection field at the top level."
    count, depth = _connections(schema, root, rtype.name, 1)
    if count > MAX_CONNECTIONS:
        return None, f"Bulk queries cannot contain more than {MAX_CONNECTIONS} connections."
    if depth > MAX_NESTING:
        return None, f"Bulk queries cannot contain connections nested more than " \
                     f"{MAX_NESTING} levels deep."
    return doc, None


def _connections(schema: GraphQLSchema, node: FieldNode, type_name: str, depth: int) \
        -> tuple[int, int]:
    """(connections, deepest nesting) under a field whose named type is `type_name`."""
    count = 1 if type_name.endswith("Connection") else 0
    deepest = depth if count else 0
    t = schema.get_type(type_name)
    for sub in _field_nodes(node.selection_set):
        fields = getattr(t, "fields", {})
        if sub.name.value not in fields:
            continue
        sub_type = get_named_type(fields[sub.name.value].type).name
        nested = depth + 1 if sub_type.endswith("Connection") else depth
        c, d = _connections(schema, sub, sub_type, nested)
        count += c
        deepest = max(deepest, d)
    return count, deepest


def _field_nodes(sel: SelectionSetNode | None) -> Iterator[FieldNode]:
    for s in (sel.selections if sel else ()):
        if isinstance(s, FieldNode):
            yield s
        elif hasattr(s, "selection_set"):
            yield from _field_nodes(s.selection_set)


_PAGE = "bulkReadPage"  # the alias of the page info each read asks for


def _read_of(doc: DocumentNode, first: int, after: str | None) -> DocumentNode:
    """The bulk query reading `first` objects of its top-level connection after
    `after`, with the page's end cursor asked under the alias `_PAGE`."""
    (op,) = [d for d in doc.definitions if isinstance(d, OperationDefinitionNode)]
    (root,) = [f for f in op.selection_set.selections if isinstance(f, FieldNode)]
    args = [a for a in root.arguments or () if a.name.value not in ("first", "after")]
    args.append(ArgumentNode(name=NameNode(value="first"), value=IntValueNode(value=str(first))))
    if after is not None:
        args.append(ArgumentNode(name=NameNode(value="after"),
                                 value=StringValueNode(value=after)))
    page = FieldNode(alias=NameNode(value=_PAGE), name=NameNode(value="pageInfo"),
                     arguments=(), directives=(), selection_set=SelectionSetNode(selections=(
                         FieldNode(name=NameNode(value="hasNextPage"), arguments=(),
                                   directives=()),
                         FieldNode(name=NameNode(value="endCursor"), arguments=(),
                                   directives=()))))
    selections = root.selection_set.selections if root.selection_set else ()
    paged = FieldNode(alias=root.alias, name=root.name, arguments=tuple(args),
                      directives=root.directives,
                      selection_set=SelectionSetNode(selections=(*selections, page)))
    return DocumentNode(definitions=(OperationDefinitionNode(
        operation=op.operation, name=op.name, variable_definitions=op.variable_definitions,
        directives=op.directives, selection_set=SelectionSetNode(selections=(paged,))),))


def _is_connection(value: Any) -> bool:
    return isinstance(value, Mapping) and ("edges" in value or "nodes" in value) \
        and "id" not in value


def _connection_nodes(value: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    if "nodes" in value:
        return list(value["nodes"])
    return [e["node"] for e in value["edges"]]


def flatten(data: Mapping[str, Any]) -> tuple[list[str], int]:
    """JSONL lines for a bulk result, and how many root objects there were."""
    (root,) = data.values()
    lines: list[str] = []
    roots = _connection_nodes(root)
    for node in roots:
        _emit(node, None, lines)
    return lines, len(roots)


def _emit(node: Mapping[str, Any], parent_id: str | None, lines: list[str]) -> None:
    children: list[Mapping[str, Any]] = []
    own = _strip(node, children)
    if parent_id is not None:
        own["__parentId"] = parent_id
    lines.append(json.dumps(own, separators=(",", ":")))
    for child in children:
        _emit(child, node.get("id"), lines)


def _strip(obj: Mapping[str, Any], children: list[Mapping[str, Any]]) -> dict[str, Any]:
    """The object without its nested connections, whose nodes go to `children`."""
    out: dict[str, Any] = {}
    for k, v in obj.items():
        if _is_connection(v):
            children.extend(_connection_nodes(v))
        elif isinstance(v, Mapping):
            out[k] = _strip(v, children)
        else:
            out[k] = v
    return out


class BulkRunner:
    """Runs bulk queries on worker threads, one at a time per type before 2026-01."""

    def __init__(self, execute: Callable[[DocumentNode], Mapping[str, Any]],
                 now: Callable[[], datetime], new_id: Callable[[], int],
                 url_for: Callable[[int], str]) -> None:
        self._execute = execute
        self._now = now
        self._new_id = new_id
        self._url_for = url_for
        self._lock = threading.Lock()
        self.ops: dict[int, BulkOperation] = {}
        self._threads: list[threading.Thread] = []
        self.max_concurrent = 5
        self.roots_per_read = ROOTS_PER_READ
        self.step_per_poll = False
        self._reported = threading.Condition()
        self._seen: dict[int, int] = {}  # operation id -> the objectCount last read

    def running(self) -> list[BulkOperation]:
        with self._lock:
            return [o for o in self.ops.values() if o.status not in TERMINAL]

    def start(self, query: str, doc: DocumentNode) -> BulkOperation:
        op = BulkOperation(self._new_id(), query, "CREATED", "QUERY", self._now())
        with self._lock:
            self.ops[op.id] = op
        t = threading.Thread(target=self._run, args=(op, doc), name=f"bulk-{op.id}",
                             daemon=True)
        with self._lock:
            self._threads.append(t)
        t.start()
        return op

    def _run(self, op: BulkOperation, doc: DocumentNode) -> None:
        with self._lock:
            if op.status != "CREATED":
                return
            op.status = "RUNNING"
        lines: list[str] = []
        after: str | None = None
        try:
            while True:
                data = self._execute(_read_of(doc, max(1, self.roots_per_read), after))
                ((key, root),) = data.items()
                page = root.pop(_PAGE) if isinstance(root, dict) else None
                written, roots = flatten({key: root})
                lines += written
                with self._lock:
                    if op.status == "CANCELING":
                        op.status, op.completed_at = "CANCELED", self._now()
                        return
                    op.object_count += len(written)
                    op.root_object_count += roots
                    count = op.object_count
                if self.step_per_poll:
                    self._wait_reported(op.id, count)
                if not page or not page["hasNextPage"]:
                    break
                after = page["endCursor"]
            body = ("\n".join(lines) + ("\n" if lines else "")).encode()
        except Exception:
            log.exception("bulk operation %s failed", op.id)
            with self._lock:
                op.status, op.error_code, op.completed_at = \
                    "FAILED", "INTERNAL_SERVER_ERROR", self._now()
            return
        with self._lock:
            if op.status == "CANCELING":
                op.status, op.completed_at = "CANCELED", self._now()
                return
            op.data = body
            op.file_size = len(body)
            op.url = self._url_for(op.id) if lines else None
            op.status = "COMPLETED"
            op.completed_at = self._now()

    def reported(self, op: BulkOperation) -> int:
        """`objectCount` as a status read answers it (the read is noted for
        `step_per_poll`)."""
        with self._lock:
            count = op.object_count
        with self._reported:
            self._seen[op.id] = count
            self._reported.notify_all()
        return count

    def _wait_reported(self, op_id: int, count: int) -> None:
        with self._reported:
            if not self._reported.wait_for(lambda: self._seen.get(op_id, -1) >= count,
                                           STEP_WAIT_S):
                log.warning("bulk operation %s: no status read of %s objects within %.0f s",
                            op_id, count, STEP_WAIT_S)

    def cancel(self, op_id: int) -> BulkOperation | None:
        with self._lock:
            op = self.ops.get(op_id)
            if op is not None and op.status in ("CREATED", "RUNNING"):
                op.status = "CANCELING"
            return op

    def current(self, type_: str) -> BulkOperation | None:
        with self._lock:
            mine = [o for o in self.ops.values() if o.type == type_]
            return max(mine, key=lambda o: o.id) if mine else None

    def result(self, op_id: int) -> bytes | None:
        with self._lock:
            op = self.ops.get(op_id)
            return op.data if op is not None else None

    def join(self, timeout: float = 30.0) -> None:
        with self._lock:
            threads = list(self._threads)
            self._threads.clear()
        for t in threads:
            t.join(timeout)
