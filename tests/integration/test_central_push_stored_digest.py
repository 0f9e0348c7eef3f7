"""The push reuses the digest the ledger stored with a record's text (local
0020_outbox_digest) and never sends a digest that is not its record's: a text changed
after it was written, or a row without a stored digest, is checked in full. And an
acknowledgement marks exactly its rows, a run of them as one range."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import event, text

from pos_app.adapters.ids import Uuid7Generator
from pos_app.adapters.sqlite.central_outbox import SqliteSyncOutbox
from pos_app.adapters.sqlite.store import LocalDatabase
from pos_app.domain.commission import canonical_json, digest
from tests.integration import central_fixtures
from tests.integration.central_fixtures import Central, Terminal, unique_store

central = central_fixtures.central
pg_server = central_fixtures.pg_server


@pytest.fixture
def terminal(central: Central, tmp_path: Path):
    t = Terminal(tmp_path, central, unique_store(), "T1", batch_size=20)
    yield t
    t.close()


def _central_digests(central: Central, store: str) -> dict[str, tuple[str, int]]:
    with central.admin_engine.connect() as conn:
        return {r[0]: (r[1], int(r[2])) for r in conn.execute(text(
            "SELECT id, digest, amount FROM commission_record WHERE store_id = :s"),
            {"s": store})}


def test_the_ledger_stores_the_digest_of_the_text_it_writes(terminal):
    records = [terminal.record("ann", 10 + i) for i in range(5)]
    terminal.ledger.append(records, "x")
    with terminal.db.read() as conn:
        rows = conn.execute(text("SELECT payload, digest FROM outbox ORDER BY seq")).all()
    assert [r[0] for r in rows] == [canonical_json(r.to_dict()) for r in records]
    assert all(r[1] == digest(r[0]) for r in rows)
    pending = terminal.outbox.pending(("commission_record",), 10, 0)
    assert [i.digest for i in pending] == [r[1] for r in rows]


def test_central_gets_each_records_own_digest_however_the_row_was_kept(
        central, terminal, caplog):
    t = terminal
    kept = [t.record("ann", 10 + i) for i in range(30)]
    t.ledger.append(kept, "x")
    changed = t.record("bob", 50)
    t.ledger.append([changed], "x")
    broken = t.record("bob", 60)
    t.ledger.append([broken], "x")
    old = t.record("cy", 70)
    t.ledger.append([old], "x")
    edited = replace(changed, amount=55, rate_part=55)
    with t.db.write() as conn:
        # Texts changed after the ledger wrote them, their stored digests left behind:
        # one still a valid record, one whose parts no longer add up.
        conn.execute(text("UPDATE outbox SET payload = :p WHERE payload = :was"),
                     {"p": canonical_json(edited.to_dict()),
                      "was": canonical_json(changed.to_dict())})
        conn.execute(text("UPDATE outbox SET payload = :p WHERE payload = :was"),
                     {"p": canonical_json({**broken.to_dict(), "amount": 61}),
                      "was": canonical_json(broken.to_dict())})
        # A row from before 0020_outbox_digest: no digest stored.
        conn.execute(text("UPDATE outbox SET digest = NULL WHERE payload = :was"),
                     {"was": canonical_json(old.to_dict())})
    with caplog.at_level(logging.WARNING, logger="pos_app.services.central_sync"):
        summary = t.sync.sync_once(force=True)
    assert summary.ok and summary.pushed == 32 and summary.rejected == 1
    assert summary.pending_left == 0
    flagged = [r.getMessage() for r in caplog.records if "digest stored" in r.getMessage()]
    assert len(flagged) == 2  # the two changed texts, not the row without a digest
    rejected = {r[2]: r[3] for r in t.outbox.rejected(("commission_record",))}
    assert len(rejected) == 1 and "parts do not add up" in next(iter(rejected.values()))

    got = _central_digests(central, t.store_id)
    assert broken.id not in got
    # Every record central holds carries the digest of its own content as it holds it.
    for rec in [*kept, edited, old]:
        assert got[rec.id] == (digest(canonical_json(rec.to_dict())), rec.amount)
    assert len(got) == 32


def test_a_replay_of_stored_rows_changes_nothing(central, terminal):
    t = terminal
    t.ledger.append([t.record("ann", 10 + i) for i in range(45)], "x")
    assert t.sync.sync_once(force=True).pushed == 45
    before = _central_digests(central, t.store_id)
    with t.db.write() as conn:
        conn.execute(text("UPDATE outbox SET status = 'pending'"))
    assert t.sync.sync_once(force=True).pushed == 45
    assert _central_digests(central, t.store_id) == before
    assert central.admin.record_totals(t.store_id) == t.local_totals()


def test_an_ack_marks_exactly_its_rows_as_a_range_or_a_list(tmp_path):
    db = LocalDatabase(tmp_path / "till")
    try:
        ids = Uuid7Generator()
        with db.write() as conn:
            conn.execute(text(
                "INSERT INTO outbox (op_id, topic, aggregate_id, payload, created_at, "
                "attempts, status) VALUES (:o, 'sale', 'a', '{}', 'x', 0, :s)"),
                [{"o": ids.new_id(), "s": "rejected" if n == 7 else "pending"}
                 for n in range(1, 501)])
        outbox = SqliteSyncOutbox(db)
        statements: list[str] = []
        event.listen(db.writer, "before_cursor_execute",
                     lambda *a: statements.append(a[2]))
        outbox.mark_acked([3, 2, 1, 4, 5, 6, 7, 8])  # a run (7 is rejected: stays so)
        outbox.mark_acked([10, 12, 13])  # a gap: 11 is not this batch's
        outbox.mark_acked(list(range(100, 451)))  # runs longer than a chunk
        with db.read() as conn:
            status = dict(conn.execute(text("SELECT seq, status FROM outbox")).all())
        acked = {s for s, v in status.items() if v == "acked"}
        assert acked == {1, 2, 3, 4, 5, 6, 8, 10, 12, 13, *range(100, 451)}
        assert status[7] == "rejected" and status[11] == "pending"
        updates = [s for s in statements if s.startswith("UPDATE outbox")]
        assert "BETWEEN 1 AND 8" in updates[0] and "IN (10, 12, 13)" in updates[1]
        assert all("BETWEEN" in u for u in updates[2:]) and len(updates) == 4
        # Each finds its rows by the primary key, not by walking every pending row (a
        # backlog's acknowledgement would grow with the square of the backlog).
        for u in updates:
            plan = " ".join(str(r[3]) for r in db.fetch_all(f"EXPLAIN QUERY PLAN {u}"))
            assert "INTEGER PRIMARY KEY" in plan and "ix_outbox_status" not in plan, plan
    finally:
        db.close()


def test_a_pending_batch_sorts_index_entries_not_rows(tmp_path):
    """The next batch's seqs come from the (topic, status, seq) index alone, and only
    those rows are read: not every pending row's payload sorted for each batch."""
    db = LocalDatabase(tmp_path / "till")
    try:
        ids = Uuid7Generator()
        with db.write() as conn:
            conn.execute(text(
                "INSERT INTO outbox (op_id, topic, aggregate_id, payload, created_at, "
                "attempts, status) VALUES (:o, :t, 'a', '{}', 'x', 0, 'pending')"),
                [{"o": ids.new_id(), "t": ("sale", "shift", "inventory")[n % 3]}
                 for n in range(1, 61)])
        statements: list[tuple[str, tuple]] = []
        event.listen(db.reader, "before_cursor_execute",
                     lambda *a: statements.append((a[2], a[3])))
        got = SqliteSyncOutbox(db).pending(("shift", "sale"), 10, 5)
        assert [i.seq for i in got] == [s for s in range(6, 61) if s % 3 != 2][:10]
        sql, params = next(s for s in statements if "FROM outbox" in s[0])
        plan = [str(r[3]) for r in db.fetch_all(f"EXPLAIN QUERY PLAN {sql}", params)]
        assert any("PRIMARY KEY" in p for p in plan), plan
        assert any("COVERING INDEX ix_outbox_topic_status" in p for p in plan), plan
    finally:
        db.close()
