"""README "Offline: what works and what waits", row by row: a terminal wired as the app
wires it (app/wiring.py, build_central, build_backoffice, the CLI), with its [shopify]
shop and its [central] database both pointed at a loopback port that refuses every
connection (bound, never listening). No mocks beyond that: real SQLite, real HTTP and
PostgreSQL clients, real refusals."""

from __future__ import annotations

import io
import json
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from apscheduler.schedulers.background import BackgroundScheduler
from sqlalchemy import Engine, text

from pos_app.app.central_commands import build_central
from pos_app.app.cli import main
from pos_app.app.context import AppContext, open_context
from pos_app.app.inventory_wiring import InventorySync
from pos_app.app.wiring import (
    Services,
    attach_remote_returns,
    build_services,
    ensure_demo_store,
    start_inventory_sync,
    terminal_status,
)
from pos_app.domain.errors import EnvironmentFault, Offline
from pos_app.domain.sale import TenderKind
from pos_app.services.central_sync import CentralSync
from pos_app.services.counter import ReturnChoice
from pos_app.services.demo_data import DEMO_STAFF
from pos_app.services.inventory_reconciler import PassOutcome
from pos_app.services.staff import Approval
from tests.integration.catalog_fixtures import fast_hasher

N_PRODUCTS = 150
STORE = "S-offline"


@pytest.fixture
def dead_port() -> Iterator[int]:
    """A loopback port nobody listens on: bound (so nothing else takes it), never
    listening, so every connection to it is refused at once."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        yield int(s.getsockname()[1])


@dataclass
class Till:
    ctx: AppContext
    services: Services
    engine: Engine
    central: CentralSync
    inventory: InventorySync
    common: list[str]
    closed: bool = False

    def login(self, role: str) -> None:
        person = next(p for p in DEMO_STAFF if p.role.value == role)
        staff_id = next(s.id for s in self.services.staff.list_staff()
                        if s.name == person.name)
        self.services.counter.login(person.pin, staff_id)

    def approval(self, role: str) -> Approval:
        person = next(p for p in DEMO_STAFF if p.role.value == role)
        return Approval(next(s.id for s in self.services.staff.list_staff()
                             if s.name == person.name), person.pin)

    def pending(self) -> dict[str, int]:
        with self.ctx.db.read() as conn:
            return {str(t): int(n) for t, n in conn.execute(text(
                "SELECT topic, count(*) FROM outbox WHERE status = 'pending' GROUP BY topic"))}

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        self.engine.dispose()
        self.inventory.close()
        self.ctx.close()


def config_text(port: int) -> str:
    return (f'[terminal]\nid = "T1"\n\n[printer]\ndevice = "dummy"\n\n'
            f'[central]\nurl = "postgresql+psycopg://pos_t1@127.0.0.1:{port}/pos"\n'
            f'store_id = "{STORE}"\nconnect_timeout_seconds = 2\n\n'
            f'[shopify]\nshop = "http://127.0.0.1:{port}"\n'
            'location = "gid://shopify/Location/1"\nrequest_timeout_seconds = 2.0\n\n'
            # One refused call ends a pass (no in-pass retries with real sleeps).
            '[shopify.flags]\nAUTO_RETRY = false\n')


@pytest.fixture
def till(tmp_path: Path, dead_port: int, monkeypatch) -> Iterator[Till]:
    """A store's till as `pos-app run` builds it, with Shopify and the central database
    both unreachable from the start."""
    monkeypatch.setenv("POS_APP_SHOPIFY_TOKEN", "shpat_offline")
    monkeypatch.setenv("POS_APP_CENTRAL_PASSWORD", "unused")
    monkeypatch.setenv("POS_APP_JOURNAL_KEY", "offline-matrix-journal-key")
    monkeypatch.setenv("POS_APP_PIN_PEPPER", "offline-matrix-pin-pepper")
    monkeypatch.setenv("POS_APP_BACKUP_KEY", "ab" * 32)
    cfg = tmp_path / "config.toml"
    cfg.write_text(config_text(dead_port), encoding="utf-8")
    data = tmp_path / "data"
    ctx = open_context(data_dir=data, config_path=cfg, create=True)
    monkeypatch.setattr("pos_app.app.wiring.pin_hasher", lambda _ctx: fast_hasher())
    services = build_services(ctx)
    ensure_demo_store(ctx, services, n_products=N_PRODUCTS)
    engine, central = build_central(
        ctx, url=None, store_id=None,
        after_pull=lambda _n: services.commission.recalculate())
    attach_remote_returns(services, engine, store_id=STORE, terminal_id="T1")
    inventory = start_inventory_sync(ctx, services, BackgroundScheduler())
    assert inventory is not None
    t = Till(ctx, services, engine, central, inventory,
             ["--data-dir", str(data), "--config", str(cfg)])
    manager = next(s for s in services.staff.list_staff() if s.role.value == "manager")
    services.shifts.open_shift(manager.id, 10_000)
    try:
        yield t
    finally:
        t.close()


def barcodes(t: Till, n: int) -> list[str]:
    with t.ctx.db.read() as conn:
        return list(conn.execute(text(
            "SELECT barcode FROM variant WHERE barcode IS NOT NULL AND tracked = 1 "
            "ORDER BY sku LIMIT :n"), {"n": n}).scalars())


def sell(t: Till, code: str, quantity: int = 1, *, card: bool = False) -> int:
    counter = t.services.counter
    view = counter.scan(code, quantity)
    if card:  # the terminal is external: the approval reference is recorded
        counter.add_tender(TenderKind.CARD, view.remaining_minor // 2, "4821")
    counter.add_tender(TenderKind.CASH, counter.current().remaining_cash_minor)
    return counter.complete().receipt_no


# ---- the counter ---------------------------------------------------------------------


def test_sales_complete_and_wait_in_the_queue_for_both(till: Till) -> None:
    till.login("cashier")
    code, other = barcodes(till, 2)
    assert sell(till, code, 2, card=True) == 1
    assert sell(till, other) == 2
    # A held sale is local too: held and resumed with both sides down.
    counter = till.services.counter
    counter.scan(code)
    counter.hold()
    [held] = counter.held()
    assert counter.resume(held.sale_id).lines[0].sku

    queued = till.pending()
    assert queued["inventory"] >= 2 and queued["sale"] == 2
    assert queued["commission_record"] >= 2

    # Each channel says offline; nothing leaves the queue, nothing is rejected.
    summary = till.central.sync_once(force=True)
    assert summary.error and "cannot be reached" in summary.error
    passed = till.inventory.reconciler.run_once()
    assert passed.outcome is PassOutcome.OFFLINE
    assert till.pending() == queued
    st = terminal_status(till.ctx, shopify=till.inventory.status)
    assert st["channels"]["central"]["state"] == "offline"
    assert st["channels"]["shopify"]["state"] == "offline"
    assert st["channels"]["central"]["queue_depth"] >= 4
    assert st["channels"]["central"]["rejected"] == 0

    # The till's own reports: X report from the local shift.
    assert "X REPORT" in counter.x_report_text().upper()


def test_the_shift_closes_with_its_z_report_queued(till: Till) -> None:
    till.login("cashier")
    sell(till, barcodes(till, 1)[0])
    till.login("manager")
    counter = till.services.counter
    counts = {kind: 0 for kind in counter.shift().to_count}
    assert "Z REPORT" in counter.close_shift(counts).upper()
    assert till.pending()["shift"] == 1


def test_a_return_of_this_tills_receipt_works_offline(till: Till) -> None:
    till.login("cashier")
    receipt_no = sell(till, barcodes(till, 1)[0], 2)
    counter = till.services.counter
    found = counter.find_receipt(receipt_no)
    [line] = found.lines
    assert line.returnable == 2
    view = counter.return_lines(receipt_no, {line.line_no: ReturnChoice(1, "Changed mind")})
    counter.add_tender(TenderKind.CASH, view.remaining_minor)
    assert counter.complete().receipt_no == receipt_no + 1
    assert counter.find_receipt(receipt_no).lines[0].returnable == 1


def test_another_tills_receipt_needs_the_central_database(till: Till) -> None:
    till.login("cashier")
    counter = till.services.counter
    counter.scan(barcodes(till, 1)[0])
    with pytest.raises(Offline) as err:
        counter.find_receipt("T2-15")
    assert str(err.value) == ("Receipt T2-15 is from another till and the central database "
                              "can't be reached; use a return without a receipt (manager)")
    # The sale in progress is untouched, and a return without a receipt still works.
    assert len(counter.current().lines) == 1
    view = counter.return_without_receipt(barcodes(till, 2)[1], 1,
                                          approver_pin=till.approval("manager"),
                                          reason="Damaged")
    assert view.lines[-1].is_return


# ---- the back office -------------------------------------------------------------------


def test_reports_fall_back_to_local_figures_and_plans_cannot_be_saved(till: Till) -> None:
    from pos_app.app.backoffice import build_backoffice
    from pos_app.domain.permissions import Actor, Role
    from pos_app.services.commission_reports import (
        ReportFilter,
        ReportPeriod,
        ReportScope,
    )

    till.login("cashier")
    sell(till, barcodes(till, 1)[0])
    reports, plans = build_backoffice(till.ctx, till.services, till.engine)
    today = till.ctx.clock.now().date()
    report = reports.report(ReportFilter(ReportScope(), ReportPeriod.of("month", today)))
    assert report.info.source == "local" and report.info.note
    assert report.info.banner.startswith("Offline: ")

    listed = plans.plans()
    assert not listed.editable and "cannot be saved now" in listed.note
    if listed.plans:
        plan = listed.plans[0]
    else:
        from pos_app.app.backoffice import demo_plans

        plan = demo_plans()[0]
    with pytest.raises(EnvironmentFault):
        plans.save(Actor("owner", Role.OWNER), plan, expected_version=plan.version)


# ---- the command line ------------------------------------------------------------------


@pytest.fixture
def closed(till: Till) -> list[str]:
    """The till's data directory with the counter closed (commands take its lock)."""
    till.login("cashier")
    sell(till, barcodes(till, 1)[0])
    till.close()
    return till.common


def run(monkeypatch, argv: list[str], stdin: str = "") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(argv)


def test_sync_and_reconcile_say_try_again_and_keep_everything(closed, monkeypatch,
                                                               capsys) -> None:
    assert run(monkeypatch, ["sync", "--once", *closed]) == 75
    assert run(monkeypatch, ["reconcile", "--once", *closed]) == 75
    capsys.readouterr()
    assert run(monkeypatch, ["status", "--json", *closed]) == 0
    st = json.loads(capsys.readouterr().out)
    assert st["channels"]["central"]["state"] == "offline"
    assert st["channels"]["central"]["queue_depth"] > 0
    assert st["channels"]["shopify"]["queue_depth"] > 0


def test_local_journal_verifies_the_central_copy_cannot(closed, monkeypatch, capsys) -> None:
    assert run(monkeypatch, ["verify-audit", *closed]) == 0
    assert run(monkeypatch, ["verify-audit", "--central", *closed]) == 69
    assert "cannot be reached" in capsys.readouterr().err


def test_a_backup_is_made_and_verified(closed, monkeypatch, tmp_path) -> None:
    assert run(monkeypatch, ["backup", "--to", str(tmp_path / "bk"), *closed]) == 0
    [made] = (tmp_path / "bk").glob("*.enc")
    assert run(monkeypatch, ["backup", "--verify", str(made), *closed]) == 0


def test_a_flag_override_is_refused_and_nothing_changes(closed, monkeypatch, capsys,
                                                       dead_port) -> None:
    capsys.readouterr()
    monkeypatch.setenv("POS_APP_CENTRAL_ADMIN_PASSWORD", "unused")
    assert run(monkeypatch, ["flags", "set", "REAL_TIME_COMMISSION", "off", "--as-owner",
                             "--admin-url",
                             f"postgresql+psycopg://owner@127.0.0.1:{dead_port}/pos",
                             *closed]) == 75
    assert "already open" not in capsys.readouterr().err
    assert run(monkeypatch, ["flags", "list", "--json", *closed]) == 0
    flags = {f["name"]: f for f in json.loads(capsys.readouterr().out)["flags"]}
    assert flags["REAL_TIME_COMMISSION"]["source"] != "central"


def test_staff_changes_are_made_here_and_queued(closed, monkeypatch, capsys) -> None:
    capsys.readouterr()
    assert run(monkeypatch, ["staff", "add", "Nia New", "--role", "cashier", "--as-owner",
                             "--manager-pin-stdin", *closed], stdin="5931\n") == 0
    assert "the next sync sends it" in capsys.readouterr().out


def test_set_up_steps_that_need_the_network_say_so(closed, monkeypatch, capsys,
                                                   dead_port, tmp_path) -> None:
    config = tmp_path / "config.toml"
    before = config.read_text(encoding="utf-8")
    capsys.readouterr()
    assert run(monkeypatch, ["shopify", "connect", "--shop", f"http://127.0.0.1:{dead_port}",
                             "--location", "Main Street", "--token-stdin", *closed],
               stdin="shpat_x\n") == 75
    assert "Cannot reach Shopify" in capsys.readouterr().err
    monkeypatch.setenv("POS_APP_CENTRAL_ADMIN_PASSWORD", "unused")
    dead = f"postgresql+psycopg://pos_t1@127.0.0.1:{dead_port}/pos"
    # With --admin-url (the role is made first): nothing is written.
    assert run(monkeypatch, ["central", "connect", "--url", dead, "--store-id", STORE,
                             "--admin-url", dead.replace("pos_t1", "owner"), *closed]) == 75
    assert config.read_text(encoding="utf-8") == before
    # Without it: [central] is written, and its first sync waits.
    assert run(monkeypatch, ["central", "connect", "--url", dead, "--store-id", STORE,
                             *closed]) == 75
    assert "central sync stopped" in capsys.readouterr().err
