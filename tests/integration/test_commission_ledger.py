"""The commission calculator on a real terminal database, through the real sales desk."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import text

from pos_app.adapters.sqlite.central_outbox import SqliteSyncOutbox
from pos_app.adapters.sqlite.commission_repo import SqliteCommissionLedger
from pos_app.domain.commission import (
    Bonus,
    CommissionPlan,
    Match,
    Measure,
    Rate,
    RateKind,
    RateRule,
    RecordKind,
    RecordStatus,
    Spiff,
    Tier,
    TierMode,
    TierSchedule,
    digest,
)
from pos_app.domain.permissions import Actor, Role
from pos_app.domain.sale import TenderKind
from pos_app.services.central_sync import PulledPlan
from pos_app.services.commission_calculator import CommissionCalculator, CommissionSettings
from pos_app.services.sale_commands import (
    AddItem,
    AddTender,
    AttributeLine,
    Complete,
    ReturnLine,
)
from tests.conftest import variant

MANAGER = Actor("manager-1", Role.MANAGER)

FLOOR = CommissionPlan(
    id="floor", name="Floor staff", currency="USD", effective_from=date(2026, 1, 1),
    rules=(RateRule(Match(), Rate(RateKind.PERCENT, 500)),
           RateRule(Match(product_type="shoes"), Rate(RateKind.PERCENT, 1000))),
    spiffs=(Spiff(Match(sku="SKU-00002"), 50),),
    tiers=TierSchedule(Measure.VALUE, TierMode.WHOLE_PERIOD, (Tier(0, 0), Tier(10_000, 100))),
    bonuses=(Bonus(Measure.VALUE, 20_000, 1_500),),
)


def install(outbox: SqliteSyncOutbox, plan: CommissionPlan, version: int = 1) -> int:
    body = plan.body_json()
    return outbox.apply_plans([PulledPlan(plan.id, plan.store_id, version, digest(body), body)],
                              "2026-11-27T09:00:00+00:00")


@pytest.fixture
def ledger(db, ids):
    return SqliteCommissionLedger(db, ids)


@pytest.fixture
def outbox(db):
    return SqliteSyncOutbox(db)


@pytest.fixture
def calc(ledger, desk, clock, ids):
    c = CommissionCalculator(ledger, CommissionSettings("T1", "USD"), clock, ids)
    desk.completion_hooks.append(c)
    return c


def seed_catalog(db) -> None:
    with db.write() as conn:
        conn.execute(text("INSERT INTO tax_class (code, name) VALUES ('standard', 'Standard')"))
        for n, ptype in ((1, "shoes"), (2, "hats"), (3, "")):
            conn.execute(text("INSERT INTO product (id, title, product_type, vendor, status, "
                              "version, updated_at) VALUES (:i, :t, :p, '', 'active', 1, 'x')"),
                         {"i": f"p{n}", "t": f"Item {n}", "p": ptype})
            conn.execute(text(
                "INSERT INTO variant (id, product_id, sku, title, price_minor, currency, "
                "tax_class, tracked, version, updated_at) VALUES (:v, :p, :s, :t, 1999, 'USD', "
                "'standard', 1, 1, 'x')"),
                {"v": f"v{n}", "p": f"p{n}", "s": f"SKU-{n:05d}", "t": f"Item {n}"})


def sell(desk, cashier: str, *items: tuple[int, int, int]):
    s = desk.new_sale(cashier_id=cashier)
    for n, price, qty in items:
        s.execute(AddItem(variant(n, price), qty))
    return s


def pay_and_complete(s):
    s.execute(AddTender(TenderKind.CASH, s.settlement().remaining_cash or
                        s.settlement().remaining))
    return s.execute(Complete())


def records(db, sale_id: str | None = None) -> list[dict]:
    with db.read() as conn:
        rows = conn.execute(text(
            "SELECT * FROM commission_record WHERE :s IS NULL OR sale_id = :s ORDER BY rowid"),
            {"s": sale_id}).mappings().all()
    return [dict(r) for r in rows]


def test_completed_sale_writes_its_records_in_the_sale_transaction(db, desk, calc, outbox,
                                                                  ledger):
    seed_catalog(db)
    install(outbox, FLOOR)
    s = sell(desk, "ann", (1, 4_000, 1), (2, 1_000, 2))
    s.execute(AttributeLine(2, (("ann", 7_000), ("bob", 3_000))))
    preview = calc.preview(s.state, s.priced())
    done = pay_and_complete(s)
    got = records(db, s.id)
    # Shoes at 10 % of the net 40.00; the hat line split 70/30 at 5 % plus a 0.50 spiff
    # per unit, split the same way.
    assert [(r["staff_id"], r["line_no"], r["rate_part"], r["spiff_part"]) for r in got] == [
        ("ann", 1, 400, 0), ("ann", 2, 70, 70), ("bob", 2, 30, 30)]
    assert all(r["status"] == "ok" and r["kind"] == "sale" for r in got)
    assert preview is not None and preview.total == sum(r["amount"] for r in got)
    with db.read() as conn:
        events = conn.execute(text(
            "SELECT payload FROM outbox WHERE topic = 'commission_record' AND aggregate_id = :s"),
            {"s": s.id}).scalars().all()
    assert sorted(json.loads(e)["id"] for e in events) == sorted(r["id"] for r in got)
    assert done.receipt_no == 1


def test_records_and_sale_roll_back_together(db, desk, calc, outbox):
    install(outbox, FLOOR)
    s = sell(desk, "ann", (3, 2_000, 1))
    s.execute(AddTender(TenderKind.CASH, 5_000))
    with db.write() as conn:  # a sold_line row in the way makes the completion fail
        conn.execute(text("CREATE TRIGGER boom BEFORE INSERT ON sold_line BEGIN "
                          "SELECT RAISE(ABORT, 'injected'); END"))
    with pytest.raises(Exception, match="injected"):
        s.execute(Complete())
    assert records(db) == []
    with db.write() as conn:
        conn.execute(text("DROP TRIGGER boom"))
    s.execute(Complete())
    assert len(records(db)) == 1


def test_return_claws_back_at_the_original_rate_and_post_void_reverses_in_full(
        db, desk, calc, outbox, ledger):
    install(outbox, FLOOR)
    s = sell(desk, "ann", (3, 3_333, 3))
    done = pay_and_complete(s)
    original = records(db, s.id)[0]

    # The plan changes before the return: the clawback still uses the original rate.
    assert install(outbox, replace(FLOOR, rules=(
        RateRule(Match(), Rate(RateKind.PERCENT, 2_000)),)), version=2) == 1
    for _ in range(3):
        line = desk.receipt(done.receipt_no).lines[0]
        r = desk.new_sale(cashier_id="bob")
        r.execute(ReturnLine(line.line, line.returned, 1))
        pay_and_complete(r)
    claws = [r for r in records(db) if r["kind"] == "clawback"]
    assert [c["staff_id"] for c in claws] == ["ann"] * 3  # the seller, not the returner
    assert sum(c["amount"] for c in claws) == -original["amount"]
    assert all(c["of_record"] == original["id"] for c in claws)
    assert ledger.returned_units(s.id, 1) == 3

    other = sell(desk, "cy", (1, 1_234, 2), (2, 999, 1))
    pay_and_complete(other)
    before = sum(r["amount"] for r in records(db, other.id))
    reversal, _ = desk.post_void(other.id, actor=MANAGER)
    rev = records(db, reversal.id)
    assert before > 0 and sum(r["amount"] for r in rev) == -before
    assert {r["return_of_sale"] for r in rev} == {other.id}


def test_post_void_of_an_exchange_reverses_its_sale_and_its_clawback(db, desk, calc, outbox):
    """The post-void puts the returned unit back: that line's clawback is reversed too,
    so the exchange nets to nothing and no calculation fails into needs-attention."""
    install(outbox, FLOOR)
    first = sell(desk, "ann", (3, 3_333, 2))
    done = pay_and_complete(first)
    line = desk.receipt(done.receipt_no).lines[0]
    exchange = sell(desk, "bob", (1, 5_000, 1))
    exchange.execute(ReturnLine(line.line, line.returned, 1))
    pay_and_complete(exchange)
    before = records(db, exchange.id)
    assert {r["kind"] for r in before} == {"sale", "clawback"}
    reversal, _ = desk.post_void(exchange.id, actor=MANAGER)
    rev = records(db, reversal.id)
    assert sum(r["amount"] for r in rev) == -sum(r["amount"] for r in before)
    assert all(r["status"] == "ok" for r in rev)
    with db.read() as conn:
        assert conn.execute(text("SELECT count(*) FROM outbox WHERE topic = "
                                 "'needs_attention'")).scalar() == 0


def test_missing_plan_completes_the_sale_as_needs_review_then_recalculates(db, desk, calc,
                                                                          outbox):
    s = sell(desk, "ann", (3, 2_500, 2))
    assert pay_and_complete(s).receipt_no == 1
    [rec] = records(db, s.id)
    assert (rec["status"], rec["amount"]) == ("needs_review", 0)
    assert "No commission plan covers ann" in rec["reason"]
    assert [r.id for r in calc.needs_review()] == [rec["id"]]

    install(outbox, FLOOR)
    fixed = calc.recalculate()
    assert [(f.id, f.version, f.status) for f in fixed] == [(rec["id"], 2, RecordStatus.OK)]
    [again] = records(db, s.id)
    assert (again["version"], again["status"], again["amount"]) == (2, "ok", 250)
    assert calc.needs_review() == []
    assert calc.recalculate() == []


def test_broken_plan_is_reported_and_a_failing_calculation_never_blocks_a_sale(
        db, desk, calc, outbox, ledger, monkeypatch):
    with db.write() as conn:
        conn.execute(text("INSERT INTO commission_plan (id, store_id, version, digest, body, "
                          "pulled_at) VALUES ('bad', NULL, 1, 'x', '{\"id\": \"bad\"}', 'x')"))
    s = sell(desk, "ann", (3, 1_000, 1))
    pay_and_complete(s)
    [rec] = records(db, s.id)
    assert rec["status"] == "needs_review" and "unreadable plans: bad" in rec["reason"]

    def explode(*_a, **_k):
        raise RuntimeError("bug in a plan lookup")

    monkeypatch.setattr(ledger, "plan_book", explode)
    s2 = sell(desk, "ann", (3, 1_000, 1))
    assert pay_and_complete(s2).receipt_no == 2
    [rec2] = records(db, s2.id)
    assert rec2["status"] == "needs_review" and "RuntimeError" in rec2["reason"]


def test_period_settlement_pays_bonus_and_is_idempotent(db, desk, calc, outbox, clock):
    install(outbox, FLOOR)
    for _ in range(3):
        pay_and_complete(sell(desk, "ann", (3, 9_000, 1)))
    prog = calc.progress("ann")
    assert prog is not None and prog.value == 27_000 and prog.tier_index == 1
    assert prog.bonus_earned == 1_500
    first = calc.settle()
    assert {r.kind for r in first} == {RecordKind.BONUS}
    assert calc.settle() == []
    # Tiers reached mid-period were paid in the sale that crossed the threshold.
    tier_total = sum(r["tier_part"] for r in records(db))
    assert tier_total == 270  # 1 % of the whole 270.00 once past 100.00


def test_preview_respects_the_feature_flag(ledger, desk, clock, ids, outbox):
    install(outbox, FLOOR)
    off = CommissionCalculator(ledger, CommissionSettings("T1", "USD", real_time=False),
                               clock, ids)
    s = sell(desk, "ann", (3, 1_000, 1))
    assert off.preview(s.state, s.priced()) is None
