"""Redoing only what a command changed: the span of a sequence that changed, a mapping
kept up to date by that span, and a small per-sale registry of such caches.

A sale is an immutable state whose lines tuple is rebuilt by each command, but every
line the command did not touch is the same object as before. Comparing two line
tuples by identity (in C, via `map(is_not, ...)`) finds the one span that changed in
microseconds even at 500 lines, so pricing, serialising and showing a sale can redo
that span only and keep their cost flat in the size of the sale. Anything not
identical is redone, so a cache can only ever cost time, never correctness.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from itertools import compress, count, islice
from operator import is_not
from typing import Generic, TypeVar

T = TypeVar("T")
U = TypeVar("U")
V = TypeVar("V")


def changed_span(old: Sequence[object], new: Sequence[object]) -> tuple[int, int, int]:
    """(start, old_end, new_end): `new` is `old` with old[start:old_end] replaced by
    new[start:new_end]; items outside the span are the same objects, in the same order.

    One replaced line gives a span of one, an added line (0 old, 1 new), a removed line
    (1 old, 0 new); nothing changed gives an empty span at the end.
    """
    if old is new:
        return len(old), len(old), len(new)
    shortest = min(len(old), len(new))
    start = next(compress(count(), map(is_not, old, new)), shortest)
    room = shortest - start  # the common tail may not overlap the common head
    tail = next(compress(count(), islice(map(is_not, reversed(old), reversed(new)), room)),
                room)
    return start, len(old) - tail, len(new) - tail


class IncrementalMap(Generic[T, U]):
    """`tuple(fn(x) for x in items)`, redone only for the span of `items` that changed
    since the last call; unchanged items keep their very same results, so the output can
    be diffed by identity in turn. Not thread-safe: guard it with the owner's lock."""

    __slots__ = ("_fn", "_frozen", "_items", "_out")

    def __init__(self, fn: Callable[[T], U]) -> None:
        self._fn = fn
        self._items: Sequence[T] = ()
        self._out: list[U] = []
        self._frozen: tuple[U, ...] = ()

    def __call__(self, items: Sequence[T]) -> tuple[U, ...]:
        start, old_end, new_end = changed_span(self._items, items)
        if start != old_end or start != new_end:
            fresh = [self._fn(x) for x in items[start:new_end]]  # may raise: nothing changed
            self._out[start:old_end] = fresh
            self._frozen = tuple(self._out)
        self._items = items
        return self._frozen


class PerSale(Generic[V]):
    """Caches of the most recently used sales, one per sale id, least recently used
    dropped first. `use` runs under one lock, so a sale's cache is never changed by two
    threads at once (the counter's worker and a scheduled job may touch the same sale)."""

    def __init__(self, factory: Callable[[], V], keep: int = 16) -> None:
        self._factory = factory
        self._keep = keep
        self._lock = threading.Lock()
        self._caches: dict[str, V] = {}

    def use(self, sale_id: str, fn: Callable[[V], U]) -> U:
        with self._lock:
            cache = self._caches.pop(sale_id, None)
            if cache is None:
                cache = self._factory()
                while len(self._caches) >= self._keep:
                    del self._caches[next(iter(self._caches))]
            self._caches[sale_id] = cache  # most recently used last
            return fn(cache)

    def forget(self, sale_id: str) -> None:
        with self._lock:
            self._caches.pop(sale_id, None)
