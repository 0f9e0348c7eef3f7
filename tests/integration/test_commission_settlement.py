"""Store-wide commission settlement against real central databases (PostgreSQL with
terminal roles and row-level security, and the embedded SQLite default): two terminals
of one store sell for one staff member, and the store pays the plan on the combined
period exactly once, however the settlement runs (repeated, late, concurrent)."""

from __future__ import annotations

import threading
import uuid
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from pos_app.adapters.central import migrate as central_migrate
from pos_app.adapters.central.engine import make_central_engine
from pos_app.adapters.central.repository import CentralAdmin, SqlSettlementStore
from pos_app.app.cli import main
from pos_app.domain.clock import FixedClock, iso
from pos_app.domain.commission import (
    BP,
    STORE_WIDE_TERMINAL,
    SUPERSEDED,
    Bonus,
    CommissionLine,
    CommissionPlan,
    CommissionRecord,
    ItemClass,
    Match,
    Measure,
    Rate,
    RateKind,
    RateRule,
    RecordKind,
    RecordStatus,
    Tier,
    TierMode,
    TierSchedule,
    commission_for_sale,
    period_record_id,
    store_period_record_id,
)
from pos_app.services.central_sync import BatchRejected, CentralAuthFailed
from pos_app.services.commission_calculator import CommissionCalculator, CommissionSettings
from pos_app.services.commission_settlement import CommissionSettlement
from tests.integration import central_fixtures
from tests.integration.central_fixtures import Central, Terminal, unique_store

central = central_fixtures.central
pg_server = central_fixtures.pg_server
terminals = central_fixtures.terminals

NOV = date(2026, 11, 1)
SALE_DAY = date(2026, 11, 20)
LATE_NOW = datetime(2027, 1, 15, 9, tzinfo=UTC)  # the window is December and January


def floor_plan(store: str) -> CommissionPlan:
    return CommissionPlan(
        id=f"floor-{uuid.uuid4().hex[:10]}", name="Floor", currency="USD",
        effective_from=date(2026, 1, 1), store_id=store,
        rules=(RateRule(Match(), Rate(RateKind.PERCENT, 300)),),
        tiers=TierSchedule(Measure.VALUE, TierMode.MARGINAL,
                           (Tier(0, 0), Tier(50_000, 150), Tier(120_000, 275))),
        bonuses=(Bonus(Measure.VALUE, 100_000, 5_000),))


def open_store(c: Central, terminals, store: str, *tids: str) -> tuple[CommissionPlan,
                                                                          list[Terminal]]:
    plan = CentralAdmin(c.admin_engine).save_plan(floor_plan(store), expected_version=0)
    ts = [terminals(c, store, tid) for tid in tids]
    for t in ts:
        assert t.sync.sync_once(force=True).plans_applied == 1
    return plan, ts


def sell(t: Terminal, staff: str, base: int, units: int, day: date = SALE_DAY) -> None:
    """Records of one sale as the terminal computes them: tiers from its own records."""
    line = CommissionLine(1, ItemClass("SKU"), units, base, ((staff, BP),))
    sale_id = t.ids.new_id()
    recs = [CommissionRecord(
        id=t.ids.new_id(), version=1, kind=RecordKind.SALE, status=lc.status, staff_id=staff,
        currency="USD", at=iso(t.clock.now()), terminal_id=t.terminal_id, amount=lc.amount,
        base=lc.base, units=lc.units, rate_part=lc.rate_part, spiff_part=lc.spiff_part,
        tier_part=lc.tier_part, line_quantity=units, sale_id=sale_id, line_no=1,
        plan_id=lc.plan_id, plan_version=lc.plan_version, period_start=lc.period_start,
        sku="SKU")
        for lc in commission_for_sale([line], book=t.ledger.plan_book(), roles={}, day=day,
                                      progress=lambda s, p, st: t.ledger.period_totals(
                                          s, p.id, st))]
    t.ledger.append(recs, iso(t.clock.now()))


def settler(t: Terminal, now: datetime | None = None) -> CommissionSettlement:
    """A settlement runner of the terminal's store, with the store's settlement role (on
    PostgreSQL terminals' roles cannot settle) and its own connection."""
    return CommissionSettlement(SqlSettlementStore(t.settle_engine), t.store_id,
                                FixedClock(now or datetime(2026, 11, 28, 20, tzinfo=UTC)))


def paid(c: Central, store: str, staff: str, start: date = NOV) -> dict[str, int]:
    with c.admin_engine.connect() as conn:
        row = conn.execute(text(
            "SELECT CAST(coalesce(sum(amount), 0) AS bigint), "
            "CAST(coalesce(sum(rate_part + spiff_part), 0) AS bigint), "
            "sum(CASE WHEN kind = 'bonus' AND amount != 0 THEN 1 ELSE 0 END), "
            "sum(CASE WHEN kind = 'tier_adjustment' THEN 1 ELSE 0 END) "
            "FROM commission_record WHERE store_id = :s AND staff_id = :a "
            "AND period_start = :d"), {"s": store, "a": staff, "d": start.isoformat()}).one()
    return {"total": int(row[0]), "rates": int(row[1]), "bonuses": int(row[2] or 0),
            "tier_records": int(row[3] or 0)}


def plan_on(plan: CommissionPlan, sales: list[tuple[int, int]]) -> int:
    """Tiers and bonus of the plan on the combined period."""
    value, units = sum(b for b, _ in sales), sum(u for _, u in sales)
    assert plan.tiers is not None
    return plan.tiers.commission(value, units) + plan.bonus_earned(value, units)


def store_rows(c: Central, store: str) -> list[tuple]:
    with c.admin_engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(
            "SELECT id, version, amount, digest FROM commission_record WHERE store_id = :s "
            "ORDER BY id"), {"s": store})]


def period_versions(c: Central, store: str) -> dict[tuple[str, str], tuple[int, int]]:
    with c.admin_engine.connect() as conn:
        return {(r[0], r[1]): (int(r[2]), int(r[3])) for r in conn.execute(text(
            "SELECT staff_id, kind, version, amount FROM commission_record WHERE store_id = :s "
            "AND kind IN ('tier_adjustment', 'bonus')"), {"s": store})}


def test_two_terminals_settle_the_combined_period_once(central, terminals):
    store, other = unique_store(), unique_store()
    plan, (t1, t2) = open_store(central, terminals, store, "T1", "T2")
    _, (t9,) = open_store(central, terminals, other, "T9")
    sell(t9, "ann", 150_000, 3)
    assert t9.sync.sync_once(force=True).ok
    settler(t9).settle()
    theirs = store_rows(central, other)

    sales = {t1: [(40_000, 2), (25_000, 1)], t2: [(45_000, 3), (20_000, 1)]}
    for t, lines in sales.items():
        for base, units in lines:
            sell(t, "ann", base, units)
        # Each terminal alone is under the 100,000 bonus and the 120,000 tier...
        assert t.ledger.period_totals("ann", plan.id, NOV).value < 100_000
        # ...and its own provisional figures stay on it: nothing of them is pushed.
        calc = CommissionCalculator(t.ledger, CommissionSettings(t.terminal_id, "USD"),
                                    t.clock, t.ids)
        assert all(r.kind is RecordKind.TIER_ADJUSTMENT for r in calc.settle())
        assert t.sync.sync_once(force=True).ok
    assert paid(central, store, "ann")["tier_records"] == 0

    first = settler(t1).settle()
    assert sorted(r.kind.value for r in first.records) == ["bonus", "tier_adjustment"]
    assert {r.id for r in first.records} == {
        store_period_record_id(store, plan.id, "ann", NOV, k)
        for k in (RecordKind.BONUS, RecordKind.TIER_ADJUSTMENT)}
    assert {r.terminal_id for r in first.records} == {STORE_WIDE_TERMINAL}
    got = paid(central, store, "ann")
    combined = sales[t1] + sales[t2]
    assert got["total"] - got["rates"] == plan_on(plan, combined)
    assert (got["bonuses"], got["tier_records"]) == (1, 1)  # the bonus paid once

    before = store_rows(central, store)
    assert settler(t2).settle().records == ()  # the other terminal: nothing new
    assert settler(t1).settle(full=False).records == ()
    assert store_rows(central, store) == before
    assert store_rows(central, other) == theirs  # the second store untouched


def test_a_late_push_after_the_period_closed_re_settles_with_a_higher_version(central,
                                                                             terminals):
    store = unique_store()
    plan, (t1, t2) = open_store(central, terminals, store, "T1", "T2")
    sell(t1, "ann", 60_000, 4)
    sell(t2, "ann", 30_000, 2)
    # T2 syncs first: it never sees T1's sales, so its late sale is priced on its own
    # records and the settlement must correct the tier part.
    assert t2.sync.sync_once(force=True).ok and t1.sync.sync_once(force=True).ok
    settler(t1).settle()
    assert period_versions(central, store) == {("ann", "tier_adjustment"): (1, 450)}

    sell(t2, "ann", 40_000, 3)  # November, while T2 was offline for weeks
    t2.clock.advance(days=49)
    assert t2.sync.sync_once(force=True).ok
    late = settler(t2, LATE_NOW).settle()
    assert {(r.kind.value, r.version) for r in late.records} == {("tier_adjustment", 2),
                                                                 ("bonus", 1)}
    got = paid(central, store, "ann")
    assert got["total"] - got["rates"] == plan_on(plan, [(60_000, 4), (30_000, 2),
                                                         (40_000, 3)])
    assert settler(t1, LATE_NOW).settle().records == ()


def test_concurrent_runners_take_turns_and_never_lose_an_update(central, terminals):
    store = unique_store()
    plan, (t1, t2, t3) = open_store(central, terminals, store, "T1", "T2", "T3")
    sell(t1, "ann", 70_000, 2)
    sell(t2, "ann", 60_000, 2)
    assert t1.sync.sync_once(force=True).ok and t2.sync.sync_once(force=True).ok

    # Two runners at once on the same figures: one writes, the other then finds it done.
    gate = threading.Barrier(2)
    results: list[int] = []
    errors: list[BaseException] = []

    def run(t: Terminal) -> None:
        try:
            runner = settler(t)
            gate.wait(timeout=10)
            results.append(len(runner.settle().records))
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(t,)) for t in (t1, t2)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(timeout=60)
    assert not errors and sorted(results) == [0, 2]
    assert {v for v, _ in period_versions(central, store).values()} == {1}

    # Pushes racing settlements: each run settles what it saw, none overwrites a newer one.
    sold = [(70_000, 2), (60_000, 2)]
    stop = threading.Event()

    def keep_settling(t: Terminal) -> None:
        runner = settler(t)
        try:
            while not stop.is_set():
                runner.settle(full=False)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    runners = [threading.Thread(target=keep_settling, args=(t,)) for t in (t2, t3)]
    for th in runners:
        th.start()
    try:
        for i in range(6):
            base, units = 9_000 + 1_000 * i, 1
            sell(t1, "ann", base, units)
            sold.append((base, units))
            assert t1.sync.sync_once(force=True).ok
    finally:
        stop.set()
        for th in runners:
            th.join(timeout=60)
    assert not errors
    settler(t3).settle(full=False)  # whatever was pushed after the runners' last look
    got = paid(central, store, "ann")
    assert got["total"] - got["rates"] == plan_on(plan, sold)
    assert (got["bonuses"], got["tier_records"]) == (1, 1)
    with central.admin_engine.connect() as conn:
        assert conn.execute(text(
            "SELECT count(*) FROM commission_record WHERE store_id = :s AND kind IN "
            "('bonus', 'tier_adjustment')"), {"s": store}).scalar_one() == 2


def test_period_records_a_terminal_pushed_before_are_superseded(central, terminals):
    """Terminals used to push their own tier/bonus records; the first store-wide run
    sets them to zero with a higher version, so nothing is paid twice."""
    store = unique_store()
    plan, (t1,) = open_store(central, terminals, store, "T1")
    sell(t1, "ann", 110_000, 2)
    legacy = CommissionRecord(
        id=period_record_id(plan.id, "ann", NOV, RecordKind.BONUS), version=2,
        kind=RecordKind.BONUS, status=RecordStatus.OK, staff_id="ann", currency="USD",
        at=iso(t1.clock.now()), terminal_id="T1", amount=5_000, plan_id=plan.id,
        plan_version=plan.version, period_start=NOV)
    t1.ledger.append([legacy], iso(t1.clock.now()))  # as the old settle() did
    assert t1.sync.sync_once(force=True).ok
    assert paid(central, store, "ann")["bonuses"] == 1
    settler(t1).settle()
    got = paid(central, store, "ann")
    assert got["total"] - got["rates"] == plan_on(plan, [(110_000, 2)])
    assert got["bonuses"] == 1
    with central.admin_engine.connect() as conn:
        assert conn.execute(text("SELECT version, amount, reason FROM commission_record "
                                 "WHERE id = :i"), {"i": legacy.id}).one() == \
            (3, 0, SUPERSEDED)


def test_a_terminal_cannot_settle_and_a_settler_settles_only_its_own_store(central,
                                                                           terminals):
    if central.kind != "postgres":
        pytest.skip("row-level security needs PostgreSQL roles")
    mine, theirs = unique_store(), unique_store()
    _, (t,) = open_store(central, terminals, mine, "T1")
    _, (victim,) = open_store(central, terminals, theirs, "T2")
    sell(victim, "bob", 150_000, 2)
    assert victim.sync.sync_once(force=True).ok
    # A terminal's own role has no rights on the settlement, even for its own store.
    for store in (mine, theirs):
        with pytest.raises(CentralAuthFailed, match="permission denied"):
            CommissionSettlement(SqlSettlementStore(t.engine), store,
                                 FixedClock(datetime(2026, 11, 28, tzinfo=UTC))).settle()
    # Another store's settlement role is held to its own store.
    spoof = CommissionSettlement(SqlSettlementStore(t.settle_engine), theirs,
                                 FixedClock(datetime(2026, 11, 28, tzinfo=UTC)))
    with pytest.raises(BatchRejected, match="row-level security"):
        spoof.settle()
    with t.settle_engine.connect() as conn:
        for sql in ("INSERT INTO commission_settlement_lock (store_id) VALUES (:s)",):
            with pytest.raises(DBAPIError, match="row-level security"):
                conn.execute(text(sql), {"s": theirs})
            conn.rollback()
        # It does not even see the other store's due periods...
        assert conn.execute(text("SELECT count(*) FROM commission_settlement_due "
                                 "WHERE store_id = :s"), {"s": theirs}).scalar_one() == 0
        # ...and pushes nothing: it is not a terminal.
        with pytest.raises(DBAPIError, match="permission denied"):
            conn.execute(text("INSERT INTO terminal_event (op_id, store_id, terminal_id, seq, "
                              "topic, aggregate_id, payload, created_at) VALUES ('x', :s, "
                              "'T1', 1, 'sale', 'a', '{}', 'x')"), {"s": mine})
        conn.rollback()
    assert paid(central, theirs, "bob")["tier_records"] == 0
    # Its own store's settlement role may (one terminal: its tier parts were right).
    assert [r.kind for r in settler(victim).settle().records] == [RecordKind.BONUS]


def test_record_time_is_indexed_centrally_and_locally(central, terminals):
    with central.admin_engine.connect() as conn:
        names = {i["name"] for i in inspect(conn).get_indexes("commission_record")}
        events = {i["name"] for i in inspect(conn).get_indexes("terminal_event")}
    assert "ix_central_record_at" in names
    assert "ix_central_event_topic_aggregate" in events  # drill-down receipt lookup
    t = terminals(central, unique_store(), "T1")
    with t.db.read() as conn:
        local = {i["name"] for i in inspect(conn).get_indexes("commission_record")}
    assert "ix_commission_record_at" in local


def test_sync_once_cli_settles_and_says_what(tmp_path, capsys, monkeypatch, ids):
    from pos_app.adapters.sqlite.commission_repo import SqliteCommissionLedger
    from pos_app.adapters.sqlite.store import LocalDatabase

    cfg = tmp_path / "config.toml"
    cfg.write_text('[terminal]\nid = "T7"\n')
    data = tmp_path / "data"
    monkeypatch.delenv("POS_APP_CENTRAL_URL", raising=False)
    monkeypatch.setenv("POS_APP_STORE_ID", "S-cli")
    engine = make_central_engine(None, data_dir=data)
    try:
        central_migrate.upgrade(engine)
        plan = CentralAdmin(engine).save_plan(replace(floor_plan("S-cli"), id="floor"),
                                              expected_version=0)
    finally:
        engine.dispose()
    db = LocalDatabase(data)
    try:
        SqliteCommissionLedger(db, ids).append([CommissionRecord(
            id="r1", version=1, kind=RecordKind.SALE, status=RecordStatus.OK, staff_id="ann",
            currency="USD", at="2026-11-27T09:00:00+00:00", terminal_id="T7", amount=3_600,
            rate_part=3_600, base=120_000, units=1, sale_id="s1", line_no=1, plan_id="floor",
            plan_version=plan.version, period_start=NOV)], "x")
    finally:
        db.close()
    assert main(["sync", "--once", "--data-dir", str(data), "--config", str(cfg)]) == 0
    out = capsys.readouterr().out
    assert "Pushed           1 record(s)" in out
    assert "Settled          2 tier/bonus record(s) written for store S-cli" in out
    assert "bonus" in out and "50.00 USD (version 1)" in out
    assert main(["commission-settle", "--data-dir", str(data), "--config", str(cfg)]) == 0
    assert "Settled          0 tier/bonus record(s)" in capsys.readouterr().out
