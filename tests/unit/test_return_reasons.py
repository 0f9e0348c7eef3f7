"""Return lines carry why they came back and whether they go back on the shelf: kept in
the sale's state (older states load with no reason, restocked), and only restocked
units become stock movements."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from pos_app.adapters.config import load_settings
from pos_app.domain.catalog import Variant
from pos_app.domain.clock import FixedClock
from pos_app.domain.errors import ConfigError, InputError
from pos_app.domain.permissions import Actor, Role
from pos_app.domain.returns import SoldLine
from pos_app.domain.sale import (
    Line,
    PricingRules,
    ReturnRef,
    SaleState,
    Tender,
    TenderKind,
    state_from_json,
    state_to_json,
)
from pos_app.services.completion import build_completion
from pos_app.services.sale_commands import CommandContext, ReturnLine, ReturnWithoutReceipt
from pos_app.services.settings import DEFAULT_RETURN_REASONS, StoreSettings
from tests.conftest import TAX_CLASSES, SequentialIds

RULES = PricingRules(TAX_CLASSES)
CLOCK = FixedClock(datetime(2026, 12, 5, 12, 0, tzinfo=UTC))


def _sale(*lines: Line) -> SaleState:
    s = SaleState(id="s1", terminal_id="T1", currency="USD", opened_at="2026-12-05T12:00:00")
    for ln in lines:
        s = s.add_line(ln, RULES, returning=ln.quantity < 0)
    return s


def _line(sku: str, qty: int, **kw: object) -> Line:
    return Line(0, f"v-{sku}", sku, f"Item {sku}", 1000, qty, "standard", **kw)  # type: ignore[arg-type]


def test_reason_and_restock_survive_the_stored_state():
    s = _sale(_line("A", -2, reason="Damaged", restock=False), _line("B", -1, reason="Wrong size"),
              _line("C", 1))
    back = state_from_json(state_to_json(s))
    assert back == s
    assert [(ln.reason, ln.restock) for ln in back.lines] == [
        ("Damaged", False), ("Wrong size", True), ("", True)]


def test_a_state_stored_before_reasons_loads_with_none_and_restocked():
    s = _sale(_line("A", -2, reason="Faulty", restock=False))
    raw = json.loads(state_to_json(s))
    line = raw["lines"][0]
    assert line.pop("rr") == "Faulty" and line.pop("ns") == 1  # what older versions lack
    old = state_from_json(json.dumps(raw))
    assert (old.lines[0].reason, old.lines[0].restock) == ("", True)
    # A plain sold line stays as compact as before: no keys for the defaults.
    assert "rr" not in state_to_json(_sale(_line("B", 1))) \
        and '"ns"' not in state_to_json(_sale(_line("B", 1)))


def test_only_restocked_units_become_stock_movements_and_inventory_events():
    s = _sale(_line("A", -2, reason="Damaged", restock=False),
              _line("B", -3, reason="Changed mind"), _line("C", 1))
    total = s.price(RULES).total
    s = s.add_tender(Tender("t1", TenderKind.CASH, total), RULES)
    done, priced, st = s.complete(RULES)
    facts = build_completion(done, priced, st, SequentialIds(), CLOCK)
    assert sorted((m.sku, m.delta) for m in facts.stock) == [("B", 3), ("C", -1)]
    inventory = [e.payload for e in facts.events if e.topic == "inventory"]
    assert sorted((p["sku"], p["delta"]) for p in inventory) == [("B", 3), ("C", -1)]


def _ctx() -> CommandContext:
    actor = Actor("m1", Role.MANAGER)
    return CommandContext(RULES, actor, None, 1000, SequentialIds().new_id, "t")


def test_return_commands_record_the_reason_and_restock_choice():
    sold = SoldLine(sale_id="orig", receipt_no=7, line_no=1, variant_id="v-A", sku="A",
                    title="Item A", quantity=4, unit_price=1000, tax_class="standard",
                    gross=4000, discount=0, taxes=(), total=4000)
    empty = SaleState(id="s2", terminal_id="T1", currency="USD", opened_at="t")
    s = ReturnLine(sold, 0, 2, reason="  Wrong   size ", restock=True, taken=()) \
        .apply(empty, _ctx())
    (ln,) = s.lines
    assert (ln.quantity, ln.reason, ln.restock) == (-2, "Wrong size", True)
    assert ln.return_of == ReturnRef("orig", 7, 1, 4, 4000, 0, (), 0, ((0, 2),))
    assert '"reason":"  Wrong   size "' in ReturnLine(sold, 0, 2, reason="  Wrong   size ") \
        .payload()

    v = Variant(id="v-B", product_id="p", sku="B", barcode=None, title="Item B",
                price_minor=500, currency="USD", tax_class="standard")
    s = ReturnWithoutReceipt(v, 3, "Faulty", False).apply(empty, _ctx())
    (ln,) = s.lines
    assert (ln.quantity, ln.reason, ln.restock) == (-3, "Faulty", False)
    with pytest.raises(InputError, match="at most"):
        ReturnWithoutReceipt(v, 1, "x" * 61).apply(empty, _ctx())


def test_return_reasons_come_from_the_store_config(tmp_path):
    assert StoreSettings().return_reasons == DEFAULT_RETURN_REASONS
    assert not StoreSettings().restock_by_default("damaged")
    assert StoreSettings().restock_by_default("Changed mind")
    cfg = tmp_path / "config.toml"
    cfg.write_text('[store]\nreturn_reasons = ["Too small", "Broken", "Gift"]\n'
                   'no_restock_reasons = ["Broken"]\n', encoding="utf-8")
    store = load_settings(config_path=cfg, env={}).store
    assert store.return_reasons == ("Too small", "Broken", "Gift")
    assert not store.restock_by_default("Broken") and store.restock_by_default("Gift")
    for bad, said in (('return_reasons = "Broken"', "list of names"),
                      ("return_reasons = []", "at least one"),
                      ('return_reasons = ["A", "a"]', "twice")):
        cfg.write_text(f"[store]\n{bad}\n", encoding="utf-8")
        with pytest.raises(ConfigError, match=said):
            load_settings(config_path=cfg, env={})


def test_refunds_by_reason_are_kept_in_the_z_report_and_older_reports_still_load():
    from pos_app.domain.shift import (
        ReasonTotal,
        SalesFigures,
        TenderTotals,
        z_report_from_json,
        z_report_to_json,
    )
    from tests.unit.test_shift_domain import a_shift, closed_report, report

    reasons = (ReasonTotal("Damaged", 2, 1800), ReasonTotal("", 1, 500))
    s = a_shift(10000)
    x = report(s, tenders=(TenderTotals("cash", 1, 1, 5000, 2300),),
               sales=SalesFigures(transactions=2, sales_count=1, returns_count=1,
                                  items_returned=3, gross_sales=5000, refunds=2300,
                                  sales_total=2700, returns_by_reason=reasons))
    z = closed_report(x, {"cash": 12700})
    text = z_report_to_json(z)
    assert z_report_from_json(text).x.sales.returns_by_reason == reasons
    # A report closed before reasons were recorded has no such key and loads unchanged.
    plain = closed_report(report(s), {"cash": 10000})
    assert "returns_by_reason" not in z_report_to_json(plain)
    assert z_report_from_json(z_report_to_json(plain)) == plain


def test_every_command_checks_the_return_lines_it_added_and_completion_checks_all():
    """RETURN_REASON in invariants.enforce, whichever command made the line (not only the
    return commands' own check): a command's new reasonless return line is refused; a
    reasonless line from before the rule rides along until completion, which refuses it."""
    from pos_app.domain.errors import ReturnError
    from pos_app.domain.invariants import Authority, enforce, returns_have_reasons

    rules = PricingRules(TAX_CLASSES, return_reasons=("Damaged", "Wrong size"))
    auth = Authority(None, None, 0)
    old = _sale(_line("A", -1), _line("B", 1))  # held before the store required reasons
    for added in (_line("C", -1), _line("C", -1, reason="Too expensive")):
        with pytest.raises(ReturnError, match=r"Return line 3 .*return_reason"):
            enforce(old, old.add_line(added, rules, returning=True), rules, auth)
    scanned = old.add_line(_line("D", 1), rules)
    assert enforce(old, scanned, rules, auth) is scanned
    good = scanned.add_line(_line("E", -1, reason="Damaged"), rules, returning=True)
    assert enforce(scanned, good, rules, auth) is good
    returns_have_reasons(good, rules, since=good.next_line_no)  # nothing new: nothing read
    with pytest.raises(ReturnError, match=r"Return line 1 .*has no reason.*return_reason"):
        returns_have_reasons(good, rules)
