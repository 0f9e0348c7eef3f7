"""The terminals' journals in the central database: the insert-only push, and the reads of
`verify-audit --central` and the back office (one store; row-level security on
PostgreSQL limits a terminal's role to its own store anyway).

A push is one transaction: the records inserted from a JSON array with ON CONFLICT
(store, terminal, seq) DO NOTHING (a replay changes nothing), then the range read back
(with the record before it): any seq holding a different MAC, or a first record not
chained to what the central database already has, means the terminal's journal was
rewritten after it was pushed. The transaction is rolled back and JournalDiverged
raised; nothing the central database holds is ever replaced.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Engine, text

from pos_app.adapters.sqlite.journal import search_sql
from pos_app.domain.journal import JournalRecord
from pos_app.services.central_sync import TerminalIdentity
from pos_app.services.journal import JournalDiverged, JournalFilter

from .engine import central_errors, describe
from .repository import _insert_select

FIELDS: tuple[tuple[str, str], ...] = (
    ("store_id", "text"), ("terminal_id", "text"), ("seq", "bigint"), ("id", "text"),
    ("at", "text"), ("actor", "text"), ("approved_by", "text"), ("action", "text"),
    ("subject", "text"), ("detail", "text"), ("key_id", "text"), ("prev_mac", "text"),
    ("mac", "text"))
_COLS = ", ".join(n for n, _ in FIELDS if n != "store_id")


def _record(row: Any) -> JournalRecord:
    return JournalRecord(str(row[0]), int(row[1]), str(row[2]), str(row[3]), row[4], row[5],
                         str(row[6]), row[7], str(row[8]), str(row[9]), str(row[10]),
                         str(row[11]))


class SqlCentralJournal:
    """`JournalSink` (a terminal's role pushing its journal) and `JournalSource` (the
    journals of one store, for verify-audit and the back office)."""

    def __init__(self, engine: Engine, store_id: str) -> None:
        self._engine = engine
        self._where = describe(engine)
        self.store_id = store_id
        pg = engine.dialect.name == "postgresql"
        self._sql_insert = text(_insert_select("journal_record", FIELDS, pg)
                                + " ON CONFLICT (store_id, terminal_id, seq) DO NOTHING")

    # ---- JournalSink ---------------------------------------------------------------------

    def push_journal(self, identity: TerminalIdentity,
                     records: Sequence[JournalRecord]) -> None:
        if not records:
            return
        rows = [{"store_id": identity.store_id, "terminal_id": r.terminal_id, "seq": r.seq,
                 "id": r.id, "at": r.at, "actor": r.actor, "approved_by": r.approved_by,
                 "action": r.action, "subject": r.subject, "detail": r.detail,
                 "key_id": r.key_id, "prev_mac": r.prev_mac, "mac": r.mac} for r in records]
        first, last = records[0].seq, records[-1].seq
        with central_errors(self._where), self._engine.begin() as conn:
            conn.execute(self._sql_insert, {"batch": json.dumps(rows, separators=(",", ":"))})
            held = {int(s): str(m) for s, m in conn.execute(text(
                "SELECT seq, mac FROM journal_record WHERE store_id = :s AND terminal_id = :t "
                "AND seq >= :a AND seq <= :b"),
                {"s": identity.store_id, "t": identity.terminal_id, "a": first - 1, "b": last})}
            before = held.get(first - 1)
            if before is not None and before != records[0].prev_mac:
                raise JournalDiverged(identity.terminal_id, first)
            for r in records:
                if held.get(r.seq) != r.mac:
                    raise JournalDiverged(identity.terminal_id, r.seq)

    # ---- JournalSource -------------------------------------------------------------------

    def terminals(self) -> list[str]:
        with central_errors(self._where), self._engine.connect() as conn:
            return [str(r[0]) for r in conn.execute(text(
                "SELECT DISTINCT terminal_id FROM journal_record WHERE store_id = :s "
                "ORDER BY terminal_id"), {"s": self.store_id})]

    def records(self, terminal_id: str) -> list[JournalRecord]:
        with central_errors(self._where), self._engine.connect() as conn:
            return [_record(r) for r in conn.execute(text(
                f"SELECT {_COLS} FROM journal_record WHERE store_id = :s AND terminal_id = :t "
                "ORDER BY seq"), {"s": self.store_id, "t": terminal_id})]

    def search(self, f: JournalFilter) -> list[JournalRecord]:
        clause, params = search_sql(f, store=True)
        params.update(store=self.store_id, n=f.limit)
        with central_errors(self._where), self._engine.connect() as conn:
            return [_record(r) for r in conn.execute(text(
                f"SELECT {_COLS} FROM journal_record{clause} ORDER BY at DESC, terminal_id, "
                "seq DESC LIMIT :n"), params)]

    def actions(self) -> list[str]:
        with central_errors(self._where), self._engine.connect() as conn:
            return [str(r[0]) for r in conn.execute(text(
                "SELECT DISTINCT action FROM journal_record WHERE store_id = :s "
                "ORDER BY action"), {"s": self.store_id})]

    def known_through(self, terminal_id: str) -> int | None:
        return None
