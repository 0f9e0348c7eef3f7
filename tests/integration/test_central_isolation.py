"""Isolation per terminal on a real PostgreSQL central database, with real roles: logged
in as terminal T1's role, every way of changing or speaking for terminal T2 of the same
store is refused, as are settling and temporary tables, while both terminals' normal
pushes, retries and newer versions, and the settlement role's run, still work."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from pos_app.adapters.central.remote_sales import CentralRemoteSales
from pos_app.adapters.central.repository import (
    PUSH_RECORDS_SQL,
    CentralAdmin,
    SqlSettlementStore,
)
from pos_app.adapters.central.rls import provision_settler, provision_terminal
from pos_app.adapters.central.schema import RECORD_FIELDS
from pos_app.domain.clock import FixedClock
from pos_app.domain.commission import CommissionRecord
from pos_app.domain.errors import InputError
from pos_app.services.central_sync import CentralAuthFailed
from pos_app.services.commission_settlement import CommissionSettlement
from tests.integration import central_fixtures
from tests.integration.central_fixtures import Central, Terminal, unique_store
from tests.integration.test_commission_settlement import floor_plan

pg_server = central_fixtures.pg_server


@pytest.fixture
def store(pg_server, tmp_path: Path):
    """One store with terminals T1 and T2, each with its own role, both pushed once."""
    central = Central("postgres", pg_server.admin, pg=pg_server)
    sid = unique_store()
    plan = CentralAdmin(pg_server.admin).save_plan(
        replace(floor_plan(sid), id=f"p-{sid}"), expected_version=0)
    t1, t2 = (Terminal(tmp_path, central, sid, tid) for tid in ("T1", "T2"))
    for t in (t1, t2):
        assert t.sync.sync_once(force=True).plans_applied == 1
        t.ledger.append([replace(t.record("ann", 500), plan_id=plan.id,
                                 period_start=date(2026, 11, 1))], "x")
        t.add_events(3)
        assert t.sync.sync_once(force=True).pushed == 4
    try:
        yield central, t1, t2
    finally:
        t1.close()
        t2.close()
        central.close()


def _refused(conn, sql: str, params: dict | None = None, match: str = "permission denied"):
    with pytest.raises(DBAPIError, match=match):
        conn.execute(text(sql), params or {})
    conn.rollback()


def _t2_record(central: Central, t2: Terminal) -> CommissionRecord:
    with central.admin_engine.connect() as conn:
        row = conn.execute(text(
            "SELECT * FROM commission_record WHERE store_id = :s AND terminal_id = 'T2'"),
            {"s": t2.store_id}).mappings().one()
    return CommissionRecord.from_dict(dict(row))


def _t2_view(central: Central, t2: Terminal) -> tuple:
    """Everything of T2's in the central database, to show nothing of it changed."""
    with central.admin_engine.connect() as conn:
        q = {"s": t2.store_id}
        return (
            conn.execute(text("SELECT id, version, amount FROM commission_record WHERE "
                              "store_id = :s AND terminal_id = 'T2' ORDER BY id"), q).all(),
            conn.execute(text("SELECT op_id, CAST(payload AS text) FROM terminal_event WHERE "
                              "store_id = :s AND terminal_id = 'T2' ORDER BY op_id"), q).all(),
            conn.execute(text("SELECT high_seq FROM terminal_cursor WHERE store_id = :s AND "
                              "terminal_id = 'T2'"), q).all())


def test_t1_cannot_change_or_speak_for_t2(store):
    central, t1, t2 = store
    before = _t2_view(central, t2)
    victim = _t2_record(central, t2)
    s = t1.store_id
    with t1.engine.connect() as conn:
        # Change T2's sale totals, or delete them.
        _refused(conn, "UPDATE terminal_event SET payload = CAST('{\"total\": 1}' AS jsonb) "
                       "WHERE terminal_id = 'T2'")
        _refused(conn, "DELETE FROM terminal_event WHERE terminal_id = 'T2'")
        # Insert events as T2.
        _refused(conn, "INSERT INTO terminal_event (op_id, store_id, terminal_id, seq, topic, "
                       "aggregate_id, payload, created_at) VALUES ('forged', :s, 'T2', 99, "
                       "'sale', 'a', '{}', 'x')", {"s": s}, match="row-level security")
        # Append to T2's tamper-evident journal.
        _refused(conn, "INSERT INTO journal_record (store_id, terminal_id, seq, id, at, "
                       "action, detail, key_id, prev_mac, mac) VALUES (:s, 'T2', 1, 'j', "
                       "'x', 'sale', '{}', 'k', '', 'm')", {"s": s},
                 match="row-level security")
        # Raise T2's commission: directly...
        _refused(conn, "UPDATE commission_record SET amount = 99999, version = version + 1 "
                       "WHERE terminal_id = 'T2'")
        # (Every written column by name: `at_minute` is computed by the server, 0012.)
        cols = ", ".join(name for name, _ in RECORD_FIELDS)
        _refused(conn, f"INSERT INTO commission_record ({cols}) SELECT {cols} "
                       "FROM commission_record WHERE false")
        # ...or through the push, as T2 or in its own name, with a higher version.
        raised = {**victim.to_dict(), "version": victim.version + 1, "amount": 99_999,
                  "rate_part": 99_999, "store_id": s, "seq": 1, "digest": "z", "op_id": "o"}
        for forged in (raised, {**raised, "terminal_id": "T1"}):
            _refused(conn, PUSH_RECORDS_SQL, {"batch": json.dumps([forged])},
                     match="row-level security")
        # Move T2's push cursor back (the policy hides T2's row: nothing happens).
        assert conn.execute(text("UPDATE terminal_cursor SET high_seq = 0 "
                                 "WHERE terminal_id = 'T2'")).rowcount == 0
        conn.commit()
        # Mark periods settled, or write the settlement's rows.
        _refused(conn, "UPDATE commission_settlement_due SET settled_mark = mark")
        _refused(conn, "INSERT INTO commission_settlement_due (store_id, staff_id, plan_id, "
                       "period_start, mark) VALUES (:s, 'ann', 'p', '2026-11-01', 0)", {"s": s})
        _refused(conn, "INSERT INTO commission_settlement_lock (store_id) VALUES (:s)", {"s": s})
        # Temporary tables (a place to shadow tables in a careless search_path).
        _refused(conn, "CREATE TEMPORARY TABLE shadow (x int)")
        _refused(conn, "CREATE TABLE public.shadow (x int)")
        # Borrow T2's identity: the role is the identity, not a setting.
        _refused(conn, f'SET ROLE "{t2.engine.url.username}"')
        _refused(conn, "SELECT count(*) FROM terminal_account")
        assert conn.execute(text("SELECT pos_current_terminal(), pos_current_store(), "
                                 "pos_settler_store()")).one() == ("T1", s, None)
    # The terminal's own settlement attempt is refused too.
    with pytest.raises(CentralAuthFailed, match="permission denied"):
        CommissionSettlement(SqlSettlementStore(t1.engine), s,
                             FixedClock(datetime(2026, 11, 28, tzinfo=UTC))).settle()
    assert _t2_view(central, t2) == before


def test_a_forged_record_in_t1s_outbox_is_set_aside_and_t2s_figure_stands(store):
    central, t1, t2 = store
    victim = _t2_record(central, t2)
    # T1's ledger is tampered with: a higher version of T2's record, in T2's name and in
    # T1's own; the rest of T1's queue still goes through.
    t1.ledger.append([replace(victim, version=victim.version + 5, amount=99_999,
                              rate_part=99_999)], "x")
    t1.ledger.append([replace(victim, version=victim.version + 6, amount=88_888,
                              rate_part=88_888, terminal_id="T1")], "x")
    t1.ledger.append([t1.record("ann", 7)], "x")
    summary = t1.sync.sync_once(force=True)
    assert (summary.pushed, summary.rejected) == (1, 2)
    reasons = [r[3] for r in t1.outbox.rejected(("commission_record",))]
    assert any("names terminal T2" in r for r in reasons)
    assert any("belongs to terminal T2" in r for r in reasons)
    assert _t2_record(central, t2).amount == victim.amount == 500


def test_legitimate_pushes_retries_newer_versions_and_settlement_still_work(store):
    central, t1, t2 = store
    s = t1.store_id
    mine = _t2_record(central, t2)
    # T2 replays everything (lost acks): nothing doubles; then its own newer version wins.
    with t2.db.write() as conn:
        conn.execute(text("UPDATE outbox SET status = 'pending'"))
    assert t2.sync.sync_once(force=True).pushed == 4
    t2.ledger.append([replace(mine, version=mine.version + 1, amount=650, rate_part=650)],
                     "x")
    t1.ledger.append([t1.record("ann", 10) for _ in range(5)], "x")
    assert t2.sync.sync_once(force=True).ok and t1.sync.sync_once(force=True).pushed == 5
    assert _t2_record(central, t2).amount == 650
    with central.admin_engine.connect() as conn:
        events = conn.execute(text("SELECT count(*) FROM terminal_event WHERE store_id = :s"),
                              {"s": s}).scalar_one()
        cursors = dict(conn.execute(text("SELECT terminal_id, high_seq FROM terminal_cursor "
                                         "WHERE store_id = :s"), {"s": s}).all())
    assert events == 6 and cursors["T2"] >= 5 and cursors["T1"] >= 9
    # The store's settlement role settles the period both pushed to.
    result = CommissionSettlement(SqlSettlementStore(t1.settle_engine), s,
                                  FixedClock(datetime(2026, 11, 28, tzinfo=UTC))).settle()
    assert result.periods == 1
    with central.admin_engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM commission_settlement_due WHERE "
                                 "store_id = :s AND mark > settled_mark"),
                            {"s": s}).scalar_one() == 0


def test_returns_trust_only_the_selling_terminals_rows(store):
    """T1 may append rows naming T2's sale (its own terminal's rows), but a return of
    T2's receipt reads only what T2 pushed."""
    _central, t1, t2 = store
    sale = "sale-t2-1"
    lines = {"lines": [{"line_no": 1, "sku": "A", "quantity": 1, "total": 1000}]}
    with t2.engine.begin() as conn:
        for topic, payload in (("sale", {"receipt_no": 15, "total": 1000, "currency": "USD",
                                         "payments": [{"kind": "cash", "amount": 1000}]}),
                               ("commission", lines)):
            conn.execute(text(
                "INSERT INTO terminal_event (op_id, store_id, terminal_id, seq, topic, "
                "aggregate_id, payload, created_at) VALUES (:o, :s, 'T2', 50, :t, :a, "
                "CAST(:p AS jsonb), '2026-11-27T09:00:00+00:00')"),
                {"o": f"{topic}-t2", "s": t2.store_id, "t": topic, "a": sale,
                 "p": json.dumps(payload)})
    original = replace(t2.record("ann", 40), sale_id=sale, line_no=1)
    t2.ledger.append([original], "x")
    assert t2.sync.sync_once(force=True).ok
    forged_lines = {"lines": [{"line_no": 1, "sku": "A", "quantity": 9, "total": 9000}]}
    with t1.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO terminal_event (op_id, store_id, terminal_id, seq, topic, "
            "aggregate_id, payload, created_at) VALUES ('forged-c', :s, 'T1', 60, "
            "'commission', :a, CAST(:p AS jsonb), '2026-11-27T09:00:00+00:00')"),
            {"s": t1.store_id, "a": sale, "p": json.dumps(forged_lines)})
    t1.ledger.append([replace(t1.record("ann", 4_000), sale_id=sale, line_no=1)], "x")
    assert t1.sync.sync_once(force=True).ok
    remote = CentralRemoteSales(t1.engine, store_id=t1.store_id, terminal_id="T1")
    found = remote.find_sale("T2", 15)
    assert found is not None
    assert [(ln.quantity, ln.total) for ln in found.lines] == [(1, 1000)]
    assert [r.id for r in found.lines[0].originals] == [original.id]
    [of_sale] = remote.originals_of([sale])
    assert [r.id for r in of_sale.records] == [original.id]


def test_roles_are_one_kind_and_the_store_wide_terminal_id_is_reserved(pg_server):
    sid = unique_store()
    settler = pg_server.new_settler(sid)
    with pytest.raises(InputError, match="settlement role"):
        provision_terminal(pg_server.admin, settler, store_id=sid, terminal_id="T5")
    terminal = pg_server.new_role(sid, "T5")
    with pytest.raises(InputError, match="terminal's role"):
        provision_settler(pg_server.admin, terminal, store_id=sid)
    with pytest.raises(InputError, match="store-wide"):
        provision_terminal(pg_server.admin, "pos_t_store_wide", store_id=sid,
                           terminal_id="store")
