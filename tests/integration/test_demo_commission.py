"""A fresh demo store pays commission at the counter: its plans reach the till through the
embedded central database, as a manager's would."""

from __future__ import annotations

from pathlib import Path

from pos_app.app.backoffice import DEMO_PLANS, publish_demo_plans
from pos_app.app.central_commands import build_central, central_settings_of
from tests.ui.conftest import make_terminal


def test_demo_plans_reach_the_counter_at_the_first_sync(tmp_path: Path) -> None:
    t = make_terminal(tmp_path / "data")
    engine, central = build_central(t.ctx, url=None, store_id=None)
    try:
        counter = t.services.counter
        t.login("cashier")
        code = t.barcodes(1)[0]
        counter.scan(code)
        assert counter.commission_line() == ""  # no plan has reached this till yet

        assert central_settings_of(t.ctx).url is None  # the embedded central database
        publish_demo_plans(t.ctx, t.services, engine)
        publish_demo_plans(t.ctx, t.services, engine)  # a second start keeps the plans
        summary = central.sync_once(force=True)
        assert summary.ok and summary.plans_applied == len(DEMO_PLANS)

        counter.void(approver_pin=t.approval("manager"))
        counter.scan(code)
        line = counter.commission_line()
        assert line.startswith("This sale $") and "tier 1/3" in line, line
    finally:
        engine.dispose()
        t.ctx.close()
