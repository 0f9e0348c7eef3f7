"""Returns at any till of the store (PostgreSQL with terminal roles and row-level
security, and the embedded SQLite central): a receipt of T1 is found at T2 in the
central database, refunds exactly what was paid, and claws commission back from T1's
original records at the original rate, so a full return nets to zero store-wide."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from pos_app.adapters.central.remote_sales import CentralRemoteSales
from pos_app.adapters.sqlite.sale_store import SqliteSaleStore
from pos_app.domain.commission import (
    CommissionPlan,
    Match,
    Rate,
    RateKind,
    RateRule,
    RecordStatus,
    digest,
)
from pos_app.domain.errors import NotFound, Offline, ReturnError, StateError
from pos_app.domain.permissions import Actor, Role
from pos_app.domain.pricing import Discount, DiscountKind
from pos_app.domain.returns import refund_amounts
from pos_app.domain.sale import PricingRules, TenderKind
from pos_app.services.central_sync import CentralUnavailable, PulledPlan
from pos_app.services.commission_calculator import (
    NOT_HERE,
    CommissionCalculator,
    CommissionSettings,
)
from pos_app.services.sale_commands import (
    AddItem,
    AddTender,
    Complete,
    ReturnLine,
    SetLineDiscount,
)
from pos_app.services.sales import SalesDesk, parse_receipt_ref
from tests.conftest import TAX_CLASSES, variant
from tests.integration import central_fixtures
from tests.integration.central_fixtures import Terminal, unique_store

central = central_fixtures.central
pg_server = central_fixtures.pg_server


def plan_of(store: str) -> CommissionPlan:
    return CommissionPlan(id=f"p-{store}", name="Floor", currency="USD",
                          effective_from=date(2026, 1, 1), store_id=store,
                          rules=(RateRule(Match(), Rate(RateKind.PERCENT, 700)),))


class Till:
    """A terminal's sales desk and commission calculator, finding other tills' receipts
    in the central database."""

    def __init__(self, t: Terminal, plan: CommissionPlan) -> None:
        with t.db.write() as conn:
            conn.execute(text("INSERT INTO tax_class (code, name) VALUES ('standard', 'Std')"))
        body = plan.body_json()
        t.outbox.apply_plans([PulledPlan(plan.id, plan.store_id, 1, digest(body), body)],
                             "2026-11-27T09:00:00+00:00")
        self.t = t
        self.remote = CentralRemoteSales(t.engine, store_id=t.store_id,
                                         terminal_id=t.terminal_id)
        self.desk = SalesDesk(SqliteSaleStore(t.db), PricingRules(TAX_CLASSES), t.clock,
                              t.ids, terminal_id=t.terminal_id, currency="USD")
        self.calc = CommissionCalculator(t.ledger, CommissionSettings(t.terminal_id, "USD"),
                                         t.clock, t.ids, originals=t.ledger,
                                         central=self.remote)
        self.desk.completion_hooks.append(self.calc)
        self.desk.remote = self.remote
        self.desk.originals_cache = t.ledger

    def records(self, sale_id: str | None = None) -> list[dict]:
        with self.t.db.read() as conn:
            return [dict(r) for r in conn.execute(text(
                "SELECT * FROM commission_record WHERE :s IS NULL OR sale_id = :s "
                "ORDER BY rowid"), {"s": sale_id}).mappings()]


def complete(s) -> int:
    st = s.settlement()
    s.execute(AddTender(TenderKind.CASH, st.remaining_cash or st.remaining))
    receipt = s.execute(Complete()).receipt_no
    assert receipt is not None
    return receipt


@pytest.fixture
def store_of(tmp_path):
    made: list[Terminal] = []

    def make(c, store: str, *tids: str) -> list[Till]:
        plan = plan_of(store)
        out = []
        for tid in tids:
            t = Terminal(tmp_path, c, store, tid)
            made.append(t)
            out.append(Till(t, plan))
        return out

    yield make
    for t in made:
        t.close()


def central_net(c, store: str, sale_id: str) -> tuple[int, int]:
    """(sale records, net commission) of a sale and its clawbacks at the central db."""
    with c.admin_engine.connect() as conn:
        row = conn.execute(text(
            "SELECT count(*), CAST(coalesce(sum(amount), 0) AS bigint) FROM commission_record "
            "WHERE store_id = :s AND (sale_id = :i OR return_of_sale = :i)"),
            {"s": store, "i": sale_id}).one()
    return int(row[0]), int(row[1])


def test_return_at_another_till_refunds_exactly_and_claws_back_the_original(central,
                                                                           store_of):
    store = unique_store()
    t1, t2 = store_of(central, store, "T1", "T2")
    s = t1.desk.new_sale(cashier_id="ann")
    s.execute(AddItem(variant(1, 1_999), 3))
    s.execute(SetLineDiscount(1, Discount(DiscountKind.AMOUNT, 101)))
    receipt_no = complete(s)
    _, sold = SqliteSaleStore(t1.t.db).find_receipt("T1", receipt_no)
    original = t1.records(s.id)
    assert [(r["staff_id"], r["status"]) for r in original] == [("ann", "ok")]
    assert t1.t.drain() == 0

    # T2 finds "T1-<n>" (typed or scanned) in the central database.
    assert parse_receipt_ref(f"RT1-{receipt_no}") == ("T1", receipt_no)
    found = t2.desk.receipt(receipt_no, terminal_id="T1")
    assert found.remote and found.ref == f"T1-{receipt_no}"
    [line] = found.lines
    assert (line.line.sku, line.line.quantity, line.returnable) == ("SKU-00001", 3, 3)
    assert line.line.total == sold[0].total and line.line.taxes == sold[0].taxes

    r = t2.desk.new_sale(cashier_id="bob")
    r.execute(ReturnLine(line.line, line.returned, 2))
    expected = refund_amounts(sold[0], 0, 2)  # what T1 itself would refund
    assert r.state.lines[0].fixed == expected
    assert r.state.lines[0].return_of.sale_id == s.id
    assert r.state.lines[0].return_of.line_no == 1
    complete(r)
    [claw] = t2.records(r.id)
    assert claw["kind"] == "clawback" and claw["status"] == "ok"
    assert claw["of_record"] == original[0]["id"] and claw["staff_id"] == "ann"
    assert claw["plan_id"] == original[0]["plan_id"]
    assert claw["amount"] == -round(original[0]["amount"] * 2 / 3)

    # Only one unit is left, wherever it is asked.
    again = t2.desk.receipt(receipt_no, terminal_id="T1").lines[0]
    assert again.returnable == 1
    late = t2.desk.new_sale(cashier_id="bob")
    with pytest.raises(ReturnError, match="Only 1 of 3"):
        late.execute(ReturnLine(again.line, again.returned, 2))
    late.execute(ReturnLine(again.line, again.returned, 1))
    assert late.state.lines[0].fixed.total + expected.total == -sold[0].total
    complete(late)
    assert t2.t.drain() == 0
    count, net = central_net(central, store, s.id)
    assert (count, net) == (3, 0)  # the original and two clawbacks, netting to zero

    # A third till sees what T2 returned, once T2 pushed it.
    t3 = store_of(central, store, "T3")[0]
    assert t3.desk.receipt(receipt_no, terminal_id="T1").lines[0].returnable == 0


class _Down:
    def find_sale(self, terminal_id, receipt_no):
        raise CentralUnavailable("connection refused")

    def returned_elsewhere(self, sale_id):
        raise CentralUnavailable("connection refused")

    def originals_of(self, sale_ids):
        raise CentralUnavailable("connection refused")


def test_unreachable_central_says_so_and_loses_nothing(central, store_of):
    store = unique_store()
    t1, t2 = store_of(central, store, "T1", "T2")
    s = t1.desk.new_sale(cashier_id="ann")
    s.execute(AddItem(variant(1, 1_000), 1))
    s.execute(AddItem(variant(2, 500), 1))
    complete(s)
    open_sale = t2.desk.new_sale(cashier_id="bob")
    open_sale.execute(AddItem(variant(3, 700), 1))
    t2.desk.remote = _Down()
    with pytest.raises(Offline) as err:
        t2.desk.receipt(15, terminal_id="T1")
    assert str(err.value) == ("Receipt T1-15 is from another till and the central database "
                              "can't be reached; use a return without a receipt (manager)")
    # The open sale is untouched; nothing was written.
    assert [ln.sku for ln in t2.desk.session(open_sale.id).state.lines] == ["SKU-00003"]
    assert t2.records() == []


def test_a_receipt_of_another_store_is_not_found(central, store_of):
    one, other = unique_store(), unique_store()
    (t1,) = store_of(central, one, "T1")
    (t2,) = store_of(central, other, "T2")
    s = t1.desk.new_sale(cashier_id="ann")
    s.execute(AddItem(variant(1, 1_000), 1))
    receipt_no = complete(s)
    assert t1.t.drain() == 0
    with pytest.raises(NotFound, match=f"Receipt T1-{receipt_no} was not found"):
        t2.desk.receipt(receipt_no, terminal_id="T1")


def test_needs_review_clawback_is_resolved_when_the_originals_arrive(central, store_of):
    """A return whose originals were not known when it completed (e.g. T1's records
    reached the central database later) is linked to them by `recalculate`."""
    store = unique_store()
    t1, t2 = store_of(central, store, "T1", "T2")
    s = t1.desk.new_sale(cashier_id="ann")
    s.execute(AddItem(variant(1, 1_999), 3))
    receipt_no = complete(s)
    assert t1.t.drain() == 0
    found = t2.desk.receipt(receipt_no, terminal_id="T1").lines[0]
    # As if the originals had not been cached: a terminal without the cache port.
    t2.calc.originals = None
    r = t2.desk.new_sale(cashier_id="bob")
    r.execute(ReturnLine(found.line, found.returned, 1))
    complete(r)
    [claw] = t2.records(r.id)
    assert (claw["status"], claw["reason"]) == ("needs_review", NOT_HERE)

    t2.calc.originals = t2.t.ledger
    with t2.t.db.write() as conn:  # forget the cache: recalculate fetches from central
        conn.execute(text("DELETE FROM commission_original_cache"))
    fixed = t2.calc.recalculate()
    assert [f.status for f in fixed] == [RecordStatus.OK]
    [orig] = t1.records(s.id)
    assert fixed[0].of_record == orig["id"]
    assert fixed[0].amount == -round(orig["amount"] / 3)
    assert t2.calc.needs_review() == []


def test_lines_of_older_events_are_derived_from_the_sale_totals():
    """Events pushed before lines carried their gross and taxes: the gross comes from
    the line's total (tax-inclusive or not, as the sale's totals say), the taxes split
    by the sale's tax by rate, so they still add up to what was paid."""
    from pos_app.adapters.central.remote_sales import _line

    raw = {"line_no": 1, "sku": "A", "variant_id": "v1", "quantity": 3, "net": 5896,
           "total": 6382, "tax": 486, "discount": 101, "attributions": [["ann", 10000]]}
    ln = _line(raw, inclusive=False, rates=[("city", 118), ("state", 368)])
    assert (ln.gross, ln.title, ln.unit_price) == (5997, "A", 1999)
    assert ln.taxes == (("city", 118), ("state", 368))
    assert ln.gross - ln.discount + sum(a for _, a in ln.taxes) == ln.total
    inc = _line({**raw, "total": 5896, "tax": 400}, inclusive=True,
                rates=[("a", 1), ("b", 2)])
    assert inc.gross == 5997 and sum(a for _, a in inc.taxes) == 400


def test_the_selling_till_counts_returns_made_elsewhere(central, store_of):
    """T2 returns 2 of T1's 3 units; back at T1 only 1 is left, and its return nets the
    commission to exactly zero across both tills at the central database."""
    store = unique_store()
    t1, t2 = store_of(central, store, "T1", "T2")
    s = t1.desk.new_sale(cashier_id="ann")
    s.execute(AddItem(variant(1, 1_333), 3))
    receipt_no = complete(s)
    assert t1.t.drain() == 0
    line = t2.desk.receipt(receipt_no, terminal_id="T1").lines[0]
    r = t2.desk.new_sale(cashier_id="bob")
    r.execute(ReturnLine(line.line, line.returned, 2))
    complete(r)
    assert t2.t.drain() == 0

    mine = t1.desk.receipt(receipt_no).lines[0]
    assert (mine.returned, mine.returnable) == (2, 1)
    back = t1.desk.new_sale(cashier_id="cy")
    with pytest.raises(ReturnError, match="Only 1 of 3"):
        back.execute(ReturnLine(mine.line, mine.returned, 2, mine.elsewhere))
    back.execute(ReturnLine(mine.line, mine.returned, 1, mine.elsewhere))
    _, sold = SqliteSaleStore(t1.t.db).find_receipt("T1", receipt_no)
    assert back.state.lines[0].fixed == refund_amounts(sold[0], 2, 1)
    complete(back)
    assert t1.t.drain() == 0
    assert central_net(central, store, s.id) == (3, 0)

    # Offline, the till still knows what it was last told.
    t1.desk.remote = _Down()
    assert t1.desk.receipt(receipt_no).lines[0].returnable == 0


def test_a_sale_partly_returned_at_another_till_cannot_be_post_voided(central, store_of):
    """A post-void refunds the whole sale: after T2 returned one of T1's units, T1
    refuses it (asked of the central database, and offline from what it was told)."""
    store = unique_store()
    t1, t2 = store_of(central, store, "T1", "T2")
    s = t1.desk.new_sale(cashier_id="ann")
    s.execute(AddItem(variant(1, 1_000), 3))
    receipt_no = complete(s)
    assert t1.t.drain() == 0
    line = t2.desk.receipt(receipt_no, terminal_id="T1").lines[0]
    r = t2.desk.new_sale(cashier_id="bob")
    r.execute(ReturnLine(line.line, line.returned, 1))
    complete(r)
    assert t2.t.drain() == 0

    manager = Actor("m1", Role.MANAGER)
    with pytest.raises(StateError, match="Part of this sale was returned"):
        t1.desk.post_void(s.id, actor=manager)
    t1.desk.remote = _Down()
    with pytest.raises(StateError, match="Part of this sale was returned"):
        t1.desk.post_void(s.id, actor=manager)


def test_a_down_central_costs_one_timeout_not_one_per_return(central, store_of):
    from pos_app.services.sales import REMOTE_QUIET

    store = unique_store()
    (t1,) = store_of(central, store, "T1")
    s = t1.desk.new_sale(cashier_id="ann")
    s.execute(AddItem(variant(1, 1_000), 2))
    receipt_no = complete(s)
    asked: list[str] = []

    class Counting(_Down):
        def returned_elsewhere(self, sale_id):
            asked.append(sale_id)
            return super().returned_elsewhere(sale_id)

    t1.desk.remote = Counting()
    for _ in range(3):  # this till's own receipt still opens, from what it knows
        assert t1.desk.receipt(receipt_no).lines[0].returnable == 2
    assert asked == [s.id]  # asked once, then left alone for a while
    t1.t.clock.advance(seconds=REMOTE_QUIET.total_seconds() + 1)
    t1.desk.receipt(receipt_no)
    assert asked == [s.id, s.id]


def test_another_tills_receipt_costs_one_timeout_while_central_is_down(central, store_of):
    """A network that drops packets costs the connect timeout per attempt: after one
    failure, the next lookups of another till's receipt say "can't be reached" at once
    for a while, then ask again (and find it once the central database answers)."""
    from pos_app.services.sales import REMOTE_QUIET

    store = unique_store()
    t1, t2 = store_of(central, store, "T1", "T2")
    s = t1.desk.new_sale(cashier_id="ann")
    s.execute(AddItem(variant(1, 1_000), 2))
    receipt_no = complete(s)
    assert t1.t.drain() == 0
    real = t2.desk.remote
    asked: list[int] = []

    class Counting(_Down):
        def find_sale(self, terminal_id, receipt_no):
            asked.append(receipt_no)
            return super().find_sale(terminal_id, receipt_no)

    t2.desk.remote = Counting()
    for _ in range(3):
        with pytest.raises(Offline, match="can't be reached"):
            t2.desk.receipt(receipt_no, terminal_id="T1")
    assert asked == [receipt_no]  # one timeout, not three
    t2.desk.remote = real  # the network is back, but the quiet minute still holds
    with pytest.raises(Offline, match="can't be reached"):
        t2.desk.receipt(receipt_no, terminal_id="T1")
    t2.t.clock.advance(seconds=REMOTE_QUIET.total_seconds() + 1)
    assert t2.desk.receipt(receipt_no, terminal_id="T1").lines[0].returnable == 2
