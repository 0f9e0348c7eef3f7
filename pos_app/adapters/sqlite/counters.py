"""Gapless per-terminal counters (receipt numbers, Z numbers), taken inside a write txn.

The number is taken in the same transaction as the record that carries it: if that
transaction rolls back, so does the number, so the sequence never has a gap.
"""

from __future__ import annotations

from typing import cast

from sqlalchemy import Connection, Table
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from .schema import CounterRow

_counter = cast(Table, CounterRow.__table__)


def next_counter(conn: Connection, terminal_id: str, name: str) -> int:
    stmt = sqlite_insert(_counter).values(terminal_id=terminal_id, name=name, last=1)
    stmt = stmt.on_conflict_do_update(
        index_elements=[_counter.c.terminal_id, _counter.c.name],
        set_={"last": _counter.c.last + 1},
    )
    return int(conn.execute(stmt.returning(_counter.c.last)).scalar_one())
