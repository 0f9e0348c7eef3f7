"""Central sync against real databases: PostgreSQL (with terminal roles and row-level
security) and the embedded SQLite default, with replays, reordering and dropped
connections."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from pos_app.adapters.central.engine import make_central_engine
from pos_app.adapters.central.repository import SqlCentralStore
from pos_app.app.cli import main
from pos_app.domain.commission import (
    CommissionPlan,
    Match,
    Rate,
    RateKind,
    RateRule,
    canonical_json,
)
from pos_app.domain.errors import StaleVersion
from pos_app.services.central_sync import CentralSync, SyncState, TerminalIdentity
from tests.integration import central_fixtures
from tests.integration.central_fixtures import Central, Terminal, unique_store

# Fixtures shared with other central suites.
central = central_fixtures.central
pg_server = central_fixtures.pg_server
terminals = central_fixtures.terminals


def test_push_is_batched_idempotent_and_replays_change_nothing(central, terminals):
    store = unique_store()
    t = terminals(central, store, "T1", batch_size=250)
    t.ledger.append([t.record("ann", 100 + i) for i in range(1_000)], "2026-11-27T09:00:00")
    t.add_events(40)
    first = t.sync.sync_once(force=True)
    assert first.ok and first.pushed == 1_040 and first.batches == 5
    assert first.pushed_by_topic == {"commission_record": 1_000, "sale": 40}
    assert central.admin.record_totals(store) == t.local_totals()

    # Every ack lost: the whole backlog is pushed again. Nothing doubles.
    with t.db.write() as conn:
        conn.execute(text("UPDATE outbox SET status = 'pending'"))
    again = t.sync.sync_once(force=True)
    assert again.ok and again.pushed == 1_040
    assert central.admin.record_totals(store) == t.local_totals()
    with central.admin_engine.connect() as conn:
        events = conn.execute(text("SELECT count(*) FROM terminal_event WHERE store_id = :s"),
                              {"s": store}).scalar_one()
        cursor = conn.execute(text("SELECT high_seq FROM terminal_cursor WHERE store_id = :s"),
                              {"s": store}).scalar_one()
    assert events == 40
    assert cursor == 1_040


def test_higher_version_wins_whatever_the_arrival_order(central, terminals):
    store = unique_store()
    t = terminals(central, store, "T1", batch_size=1)
    v1 = t.record("ann", 500)
    v3 = replace(v1, version=3, amount=900, rate_part=900)
    v2 = replace(v1, version=2, amount=700, rate_part=700)
    # Arrives newest first, then older versions (a replay of stale rows).
    t.ledger.append([v3], "x")
    assert t.sync.sync_once(force=True).ok
    t.ledger.append([v1], "x")
    t.ledger.append([v2], "x")
    assert t.sync.sync_once(force=True).pushed == 2
    assert central.admin.record_totals(store) == (1, 900)
    assert t.local_totals() == (1, 900)  # the local ledger applies the same rule


def test_concurrent_terminals_with_replays_and_dropped_connections_converge(central,
                                                                            terminals):
    stores = [unique_store(), unique_store()]
    fleet = [terminals(central, stores[i % 2], f"T{i}", batch_size=150) for i in range(4)]
    hits = []
    for i, t in enumerate(fleet):
        t.ledger.append([t.record(f"staff-{j % 5}", 10 + (i * 7 + j) % 990)
                         for j in range(1_200)], "x")
        t.add_events(60, topic="sale")
        t.add_events(5, topic="shift")
        hits.append(central.inject_disconnects(t.engine, {2, 5, 6, 9}))

    def run(t: Terminal, errors: list[int]) -> None:
        errors.append(t.drain())

    def drain_all() -> list[int]:
        errors: list[int] = []
        threads = [threading.Thread(target=run, args=(t, errors)) for t in fleet]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        assert len(errors) == len(fleet), "a terminal thread failed"
        return errors

    errors = drain_all()
    assert errors == [4, 4, 4, 4] and all(h == [2, 5, 6, 9] for h in hits)

    # New versions of some records, then every old row replayed (lost acks, reordering).
    for t in fleet:
        with t.db.read() as conn:
            some = conn.execute(text("SELECT id FROM commission_record ORDER BY id LIMIT 100")
                                ).scalars().all()
        t.ledger.append([replace(t.record("staff-0", 1), id=rid, version=2, amount=1_000,
                                 rate_part=1_000) for rid in some], "x")
        with t.db.write() as conn:
            conn.execute(text("UPDATE outbox SET status = 'pending' WHERE seq % 3 = 0"))
    drain_all()

    for store in stores:
        local = [t.local_totals() for t in fleet if t.store_id == store]
        assert central.admin.record_totals(store) == (sum(c for c, _ in local),
                                                      sum(a for _, a in local))
    with central.admin_engine.connect() as conn:
        events = conn.execute(text("SELECT count(*), count(DISTINCT op_id) FROM terminal_event "
                                   "WHERE store_id IN (:a, :b)"),
                              {"a": stores[0], "b": stores[1]}).one()
    assert events[0] == events[1] == sum(t.local_events() for t in fleet)
    for t in fleet:
        assert t.outbox.counts(("commission_record", "sale", "shift")) == (0, 0)


def test_a_refused_record_is_set_aside_and_never_blocks_the_queue(central, terminals):
    store = unique_store()
    t = terminals(central, store, "T1", batch_size=50)
    t.ledger.append([t.record("ann", 10) for _ in range(30)], "x")
    bad = t.record("ann", 10)
    with t.db.write() as conn:  # parts that do not add up: refused before sending
        payload = {**bad.to_dict(), "amount": 11}
        conn.execute(text("INSERT INTO outbox (op_id, topic, aggregate_id, payload, created_at, "
                          "status, attempts) VALUES ('bad-op', 'commission_record', 'x', :p, 'x', "
                          "'pending', 0)"), {"p": canonical_json(payload)})
        conn.execute(text("INSERT INTO outbox (op_id, topic, aggregate_id, payload, created_at, "
                          "status, attempts) VALUES ('bad-json', 'sale', 'x', '{not json', 'x', "
                          "'pending', 0)"))
    t.ledger.append([t.record("bob", 10) for _ in range(30)], "x")
    summary = t.sync.sync_once(force=True)
    assert summary.pushed == 60 and summary.rejected == 2 and summary.pending_left == 0
    rejected = {r[2]: r[3] for r in t.outbox.rejected(("commission_record", "sale"))}
    assert "parts do not add up" in rejected["bad-op"]
    assert "not JSON" in rejected["bad-json"]
    assert central.admin.record_totals(store)[0] == 60


def test_pg_refusal_of_one_row_is_isolated_by_bisection(central, terminals):
    if central.kind != "postgres":
        pytest.skip("the value only overflows PostgreSQL's bigint")
    store = unique_store()
    t = terminals(central, store, "T1", batch_size=64)
    rows = [t.record("ann", 10) for _ in range(63)]
    huge = t.record("ann", 2**70)
    t.ledger.append([*rows[:20], huge, *rows[20:]], "x")
    summary = t.sync.sync_once(force=True)
    assert summary.pushed == 63 and summary.rejected == 1
    [(_, _, _, reason)] = t.outbox.rejected(("commission_record",))
    assert "refused by the central database" in reason and "22003" in reason
    assert central.admin.record_totals(store) == (63, 630)


def test_plans_staff_and_settings_reach_terminals_and_stale_never_wins(central, terminals):
    store = unique_store()
    t = terminals(central, store, "T1")
    other = terminals(central, unique_store(), "T9")
    pid = f"plan-{store}"
    plan = CommissionPlan(id=pid, name="Floor", currency="USD",
                          effective_from=date(2026, 1, 1), store_id=store,
                          rules=(RateRule(Match(), Rate(RateKind.PERCENT, 500)),))
    admin = central.admin
    v1 = admin.save_plan(plan, expected_version=0, by="manager-1")
    admin.upsert_staff(store, "ann", "Ann", "cashier")
    admin.set_setting(store, "commission.basis", "net")
    s = t.sync.sync_once(force=True)
    assert (s.plans_applied, s.staff_applied, s.settings_applied) == (1, 1, 1)
    assert [p.version for p in t.ledger.plan_book().plans] == [1]
    assert t.ledger.staff_roles()["ann"] == "cashier"
    assert other.sync.sync_once(force=True).plans_applied == 0  # another store's plan

    v2 = admin.save_plan(replace(v1, rules=(RateRule(Match(), Rate(RateKind.PERCENT, 700)),)),
                         expected_version=1)
    with pytest.raises(StaleVersion):  # a second editor who started from version 1
        admin.save_plan(replace(v1, name="Stale edit"), expected_version=1)
    assert t.sync.sync_once(force=True).plans_applied == 1
    [local] = t.ledger.plan_book().plans
    assert (local.version, local.rules[0].rate.value) == (2, 700)

    # A lagging source offering version 1 again changes nothing.
    old_body = v1.body_json()
    from pos_app.domain.commission import digest
    from pos_app.services.central_sync import PulledPlan

    assert t.outbox.apply_plans([PulledPlan(pid, store, 1, digest(old_body), old_body)],
                                "x") == 0
    assert t.ledger.plan_book().plans[0].version == v2.version == 2
    assert t.sync.sync_once(force=True).plans_applied == 0


def test_rls_stops_a_terminal_writing_or_reading_another_stores_rows(central, terminals):
    if central.kind != "postgres":
        pytest.skip("row-level security needs PostgreSQL roles")
    mine, theirs = unique_store(), unique_store()
    t = terminals(central, mine, "T1")
    victim = terminals(central, theirs, "T2")
    victim.ledger.append([victim.record("bob", 77)], "x")
    assert victim.sync.sync_once(force=True).pushed == 1

    # A terminal told it belongs to another store: nothing reaches that store, and its
    # rows are not blamed for it (paused, still queued; see test_channel_status.py).
    t.ledger.append([t.record("ann", 5) for _ in range(3)], "x")
    spoof = t.sync_as(TerminalIdentity(theirs, "T1"))
    summary = spoof.sync_once(force=True)
    assert summary.pushed == 0 and summary.rejected == 0 and summary.paused
    assert summary.pending_left == 3 and t.outbox.rejected(("commission_record",)) == []
    assert central.admin.record_totals(theirs) == (1, 77)

    t.ledger.append([t.record("ann", 5) for _ in range(2)], "x")
    assert t.sync.sync_once(force=True).pushed == 5
    with t.engine.connect() as conn:
        # It sees only its own store's rows...
        assert conn.execute(text("SELECT count(*), sum(amount) FROM commission_record")
                            ).one() == (5, 25)
        # ...and can neither move them to another store (records are written only
        # through the checked push) nor write one there.
        with pytest.raises(DBAPIError, match="permission denied"):
            conn.execute(text("UPDATE commission_record SET store_id = :s"), {"s": theirs})
        conn.rollback()
        with pytest.raises(DBAPIError, match="row-level security"):
            conn.execute(text(
                "INSERT INTO terminal_event (op_id, store_id, terminal_id, seq, topic, "
                "aggregate_id, payload, created_at) VALUES ('x', :s, 'T1', 1, 'sale', 'a', "
                "'{}', 'x')"), {"s": theirs})
        conn.rollback()
        for sql in ("DELETE FROM commission_record",
                    "INSERT INTO commission_plan (id, version, digest, body) "
                    "VALUES ('x', 1, 'd', '{}')",
                    "SELECT count(*) FROM terminal_account"):
            with pytest.raises(DBAPIError, match="permission denied"):
                conn.execute(text(sql))
            conn.rollback()
        flags = conn.execute(text("SELECT rolsuper, rolbypassrls FROM pg_roles "
                                  "WHERE rolname = current_user")).one()
        assert tuple(flags) == (False, False)


def test_unreachable_and_refused_credentials_are_clear_and_keep_everything_pending(
        pg_server, tmp_path):
    central_pg = Central("postgres", pg_server.admin, pg=pg_server)
    t = Terminal(tmp_path, central_pg, unique_store(), "T1")
    try:
        t.ledger.append([t.record("ann", 10)], "x")
        cases = [
            ("postgresql+psycopg://postgres@127.0.0.1:1/nowhere", "cannot be reached"),
            (f"postgresql+psycopg://no_such_role_x@127.0.0.1:5432/{pg_server.name}",
             "refused the terminal's credentials"),
        ]
        for url, message in cases:
            engine = make_central_engine(url, connect_timeout=2)
            try:
                sync = CentralSync(t.outbox, SqlCentralStore(engine), TerminalIdentity("S", "T1"),
                                   t.clock, jitter=lambda: 0.5)
                summary = sync.sync_once(force=True)
                assert summary.error is not None and message in summary.error
                assert summary.pending_left == 1
                # Backing off: the job's next run waits, a forced run does not.
                skipped = sync.sync_once()
                assert skipped.skipped_until is not None and not skipped.ok
            finally:
                engine.dispose()
            t.outbox.save_state(SyncState())
        assert t.outbox.load_state() == SyncState()
    finally:
        t.close()
        central_pg.close()


def test_sync_once_cli_on_the_embedded_central_database(tmp_path, capsys, monkeypatch, ids):
    from pos_app.adapters.sqlite.commission_repo import SqliteCommissionLedger
    from pos_app.adapters.sqlite.store import LocalDatabase
    from pos_app.domain.commission import CommissionRecord, RecordKind, RecordStatus

    cfg = tmp_path / "config.toml"
    cfg.write_text('[terminal]\nid = "T7"\n')
    data = tmp_path / "data"
    monkeypatch.delenv("POS_APP_CENTRAL_URL", raising=False)
    monkeypatch.setenv("POS_APP_STORE_ID", "S-cli")
    db = LocalDatabase(data)
    try:
        SqliteCommissionLedger(db, ids).append([CommissionRecord(
            id="r1", version=1, kind=RecordKind.SALE, status=RecordStatus.OK, staff_id="ann",
            currency="USD", at="2026-11-27T09:00:00+00:00", terminal_id="T7", amount=123,
            rate_part=123, sale_id="s1", line_no=1)], "x")
    finally:
        db.close()
    assert main(["sync", "--once", "--data-dir", str(data), "--config", str(cfg)]) == 0
    out = capsys.readouterr().out
    assert "Pushed           1 record(s) in 1 batch(es) (commission_record 1)" in out
    assert "Still pending    0" in out
    engine = make_central_engine(None, data_dir=data)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT store_id, amount FROM commission_record")).one() \
                == ("S-cli", 123)
    finally:
        engine.dispose()
