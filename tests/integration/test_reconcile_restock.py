"""Returns not put back on the shelf never reach Shopify: only restocked units of a
return become inventory deltas, pushed through the emulator over real HTTP."""

from __future__ import annotations

from sqlalchemy import text

from pos_app.domain.sale import TenderKind
from pos_app.services.inventory_reconciler import PassOutcome
from pos_app.services.sale_commands import AddTender, Complete
from tests.integration.shopify_fixtures import rig


def test_only_restocked_units_of_a_return_reach_shopify(tmp_path):
    with rig(tmp_path) as r:
        assert r.reconciler.run_once().outcome is PassOutcome.OK
        receipt = r.sell("SKU-002", 5)
        r.reconcile_until_settled()
        assert r.shopify("SKU-002") == r.start["SKU-002"] - 5

        # One return of 5 units in two lines' worth of choices: 2 damaged (not
        # restocked), then 3 the customer changed their mind about (restocked).
        found = r.desk.receipt(receipt)
        s = r.desk.new_sale(cashier_id="cashier-1")
        s.execute(found.return_command(1, 2, reason="Damaged", restock=False))
        again = r.desk.receipt(receipt)
        other = r.desk.new_sale(cashier_id="cashier-1")
        other.execute(again.return_command(1, 3, reason="Changed mind", restock=True))
        for sale in (s, other):
            sale.execute(AddTender(TenderKind.CASH, sale.settlement().remaining))
            sale.execute(Complete())

        with r.db.read() as conn:
            moves = conn.execute(text(
                "SELECT sale_id, delta, reason FROM stock_movement WHERE sku = 'SKU-002' "
                "AND reason = 'return'")).all()
            events = conn.execute(text(
                "SELECT count(*) FROM outbox WHERE topic = 'inventory' "
                "AND aggregate_id = 'SKU-002'")).scalar_one()
        assert [(m.sale_id, m.delta) for m in moves] == [(other.id, 3)]
        assert events == 2  # the sale and the restocked return; nothing for the damaged

        r.reconcile_until_settled()
        assert r.shopify("SKU-002") == r.start["SKU-002"] - 5 + 3
        assert r.reconciler.run_once().outcome is PassOutcome.OK
        assert r.reconciler.sellable("SKU-002") == r.start["SKU-002"] - 2


def test_post_voiding_a_return_takes_back_only_the_units_it_restocked(tmp_path):
    from pos_app.domain.permissions import Actor, Role

    with rig(tmp_path) as r:
        assert r.reconciler.run_once().outcome is PassOutcome.OK
        receipt = r.sell("SKU-004", 4)
        found = r.desk.receipt(receipt)
        s = r.desk.new_sale(cashier_id="cashier-1")
        s.execute(found.return_command(1, 3, reason="Faulty", restock=False))
        s.execute(AddTender(TenderKind.CASH, s.settlement().remaining))
        s.execute(Complete())
        voided, _ = r.desk.post_void(s.id, actor=Actor("manager-1", Role.MANAGER))
        assert [(ln.quantity, ln.reason, ln.restock) for ln in voided.lines] == [
            (3, "Faulty", False)]
        with r.db.read() as conn:
            moves = conn.execute(text(
                "SELECT delta FROM stock_movement WHERE sku = 'SKU-004'")).scalars().all()
        assert moves == [-4]  # the sale only: the faulty units never came or went back
        r.reconcile_until_settled()
        assert r.shopify("SKU-004") == r.start["SKU-004"] - 4
