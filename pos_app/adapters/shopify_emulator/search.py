"""Shopify search syntax (`query:` arguments), the subset the Admin API documents for
the connections the emulator serves: `field:value`, `field:>value`, `>=`, `<`, `<=`,
quoted values, terms joined by spaces or AND. Unknown fields are ignored, as Shopify
treats them as free text that matches nothing in particular."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .state import parse_gid, parse_time

_TERM = re.compile(r"""(\w+):(>=|<=|>|<)?('[^']*'|"[^"]*"|\S+)""")


@dataclass(frozen=True, slots=True)
class Term:
    field: str
    op: str  # '=', '>', '>=', '<', '<='
    value: str


def parse(query: str | None) -> list[Term]:
    if not query:
        return []
    terms = []
    for m in _TERM.finditer(query):
        raw = m.group(3)
        if raw[:1] in "'\"":
            raw = raw[1:-1]
        terms.append(Term(m.group(1).lower(), m.group(2) or "=", raw))
    return terms


def _compare(left: Any, op: str, right: Any) -> bool:
    if op == ">":
        return bool(left > right)
    if op == ">=":
        return bool(left >= right)
    if op == "<":
        return bool(left < right)
    if op == "<=":
        return bool(left <= right)
    return bool(left == right)


def id_value(text: str) -> int | None:
    """A numeric id from '123' or a gid."""
    if text.isdigit():
        return int(text)
    parsed = parse_gid(text)
    return parsed[1] if parsed else None


def matcher(query: str | None, getters: dict[str, Callable[[Any], Any]]) \
        -> Callable[[Any], bool]:
    """A predicate for objects, given how to read each supported field from one."""
    checks: list[Callable[[Any], bool]] = []
    for term in parse(query):
        get = getters.get(term.field)
        if get is not None:
            checks.append(_check(get, term))
    return lambda o: all(c(o) for c in checks)


def _check(get: Callable[[Any], Any], term: Term) -> Callable[[Any], bool]:
    if term.field.endswith("_at"):
        when: datetime = parse_time(term.value)
        return lambda o: _compare(get(o), term.op, when)
    if term.field == "id" or term.field.endswith("_id"):
        num = id_value(term.value)
        return lambda o: num is not None and _compare(get(o), term.op, num)

    def text_check(o: Any) -> bool:
        v = get(o)
        return v is not None and _compare(str(v), term.op, term.value)
    return text_check
