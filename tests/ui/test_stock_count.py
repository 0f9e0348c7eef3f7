"""Stock counts and the stock attention list, driven through the real widgets of the
counter, against a real SQLite terminal and the Shopify emulator over real HTTP."""

from __future__ import annotations

import json
import random

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text

from pos_app.adapters.shopify_emulator import Fault, OnlineStore, ShopifyEmulator
from pos_app.adapters.shopify_emulator.state import ShopState
from pos_app.app.inventory_wiring import build_inventory_sync
from pos_app.domain.barcode import make_ean13
from pos_app.domain.clock import FixedClock
from pos_app.domain.errors import PermissionDenied, QuantityError
from pos_app.domain.inventory import AttentionKind, CircuitBreaker, RetryPolicy
from pos_app.domain.sale import TenderKind
from pos_app.services.demo_data import DEMO_STAFF
from pos_app.services.inventory_reconciler import PassOutcome
from pos_app.ui.app_window import CounterWindow
from pos_app.ui.stock_count import NOT_SET_UP
from pos_app.ui.worker import DbWorker
from tests.integration.shopify_fixtures import START, TOKEN, make_settings
from tests.ui.test_counter_ui import sign_in

SHELF = {"CNT-001": 12, "CNT-002": 24, "LAST-ONE": 1}
BARCODES = {sku: make_ean13(f"29900000{n:04d}") for n, sku in enumerate(SHELF)}


class Shop:
    """The emulator on loopback and the reconciler wired into the terminal's counter."""

    def __init__(self, terminal) -> None:
        self.state = ShopState(FixedClock(START))
        loc = self.state.add_location("Main Street")
        self.location_id = loc.id
        for n, (sku, qty) in enumerate(SHELF.items()):
            self.state.add_product(f"Count Product {n}", [{
                "sku": sku, "price": f"{5 + n}.00", "barcode": BARCODES[sku],
                "levels": {loc.id: qty}}], vendor="Acme", product_type="Goods")
        self.emulator = ShopifyEmulator(self.state, tokens={TOKEN: "standard"})
        url = self.emulator.start()
        self.sync = build_inventory_sync(
            terminal.ctx.db, terminal.services.catalog_repo, make_settings(url, loc.id),
            currency="USD", clock=terminal.ctx.clock, ids=terminal.ctx.ids,
            token=lambda: TOKEN, retry=RetryPolicy(base=0.001, cap=0.01, max_attempts=2),
            breaker=CircuitBreaker(lambda: 0.0, threshold=50, cooldown=0.0),
            rng=random.Random(3))
        self.online = OnlineStore(self.state, loc.id, seed=3)
        self.reconciler = self.sync.reconciler
        # What pos_app.app.wiring.start_inventory_sync does when a shop is configured.
        terminal.services.counter.stock = self.reconciler.sellable
        terminal.services.counter.counting = self.reconciler

    def level(self, sku: str, name: str = "on_hand") -> int:
        with self.state.lock:
            level = self.state.levels[(self.state.item_by_sku[sku], self.location_id)]
            return level.quantity(name)

    def offline(self) -> None:
        self.emulator.faults.script([Fault.RESET] * 1000)

    def back_online(self) -> None:
        self.emulator.faults._script.clear()

    def settle(self) -> None:
        for _ in range(10):
            assert self.reconciler.run_once().outcome is PassOutcome.OK
            st = self.reconciler.status()
            if st.pending_events == 0 and st.in_flight_events == 0:
                return
        raise AssertionError("stock did not settle")

    def close(self) -> None:
        self.online.stop()
        self.sync.close()
        self.emulator.stop()


@pytest.fixture
def shop(terminal):
    s = Shop(terminal)
    assert s.reconciler.run_once().outcome is PassOutcome.OK  # first pull: catalog + levels
    yield s
    s.close()


def _window(qtbot, terminal):
    worker = DbWorker()
    win = CounterWindow(
        counter=terminal.services.counter, worker=worker, store_name="Demo Store",
        terminal_id="T1", demo_pins=[(p.name, p.role.value, p.pin) for p in DEMO_STAFF])
    win.resize(1366, 768)
    win.show()
    return win, worker


@pytest.fixture
def window(qtbot, terminal, shop):
    win, worker = _window(qtbot, terminal)
    yield win
    _teardown(qtbot, win, worker)


@pytest.fixture
def bare_window(qtbot, terminal):
    """A terminal with no Shopify configured."""
    win, worker = _window(qtbot, terminal)
    yield win
    _teardown(qtbot, win, worker)


def _teardown(qtbot, win, worker):
    qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
    win.close()
    win.deleteLater()
    worker.shutdown()


def open_count(qtbot, win):
    qtbot.keyClick(win.sale.scan, Qt.Key.Key_F11)
    dlg = win.sale.stock_dialog
    assert dlg is not None and dlg.isVisible()
    qtbot.waitUntil(lambda: dlg.sync is not None, timeout=10_000)
    return dlg


def look_up(qtbot, dlg, code):
    dlg.code.setFocus()  # as a click would; tabbing in would select (and replace) the text
    qtbot.keyClicks(dlg.code, code)
    qtbot.keyClick(dlg.code, Qt.Key.Key_Return)


def count_item(qtbot, dlg, code, counted):
    rows = dlg.table.rowCount()
    look_up(qtbot, dlg, code)
    qtbot.waitUntil(lambda: dlg.item is not None and dlg.count.isEnabled(), timeout=10_000)
    assert dlg.focusWidget() is dlg.count  # Enter moved scan -> count
    qtbot.keyClicks(dlg.count, str(counted))
    qtbot.keyClick(dlg.count, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg.table.rowCount() == rows + 1, timeout=10_000)


def count_events(terminal) -> list[tuple]:
    with terminal.ctx.db.read() as conn:
        return list(conn.execute(text(
            "SELECT sku, counted, taken_online, status FROM inventory_event "
            "WHERE kind = 'count' ORDER BY seq")).all())


def test_counts_on_screen_reach_shopify_on_hand(qtbot, window, terminal, shop):
    sign_in(qtbot, window, terminal.pin("manager"))
    dlg = open_count(qtbot, window)
    assert "Shopify is reachable" in dlg.banner.text()
    look_up(qtbot, dlg, BARCODES["CNT-001"])
    qtbot.waitUntil(lambda: dlg.item is not None, timeout=10_000)
    assert dlg.item_title.text() == "Count Product 0"
    assert "sellable here (estimate): 12" in dlg.item_detail.text()
    qtbot.keyClicks(dlg.count, "9")
    qtbot.keyClick(dlg.count, Qt.Key.Key_Return)
    qtbot.keyClick(dlg.count, Qt.Key.Key_Return)  # an impatient second Enter
    qtbot.waitUntil(lambda: dlg.table.rowCount() == 1, timeout=10_000)
    # Confirmed only once durable: the event is in the database when the row shows.
    assert count_events(terminal) == [("CNT-001", 9, 1, "pending")]
    assert "Recorded: 9 × Count Product 0" in dlg.message.text()
    assert dlg.table.item(0, 3).text() == "12 → 9"
    from pos_app.ui.stock_count import shown_time
    # When the terminal's clock says it was counted, not when the screen drew the row.
    (first,) = dlg.results
    assert first.recorded_at and dlg.table.item(0, 0).text() == shown_time(first.recorded_at)
    assert dlg.focusWidget() is dlg.code and dlg.code.text() == ""
    count_item(qtbot, dlg, "CNT-002", 30)  # a second item in the same sitting, by SKU
    assert dlg.table.item(0, 1).text().endswith("CNT-002")
    qtbot.waitUntil(lambda: "2 stock change(s) waiting" in dlg.pending.text(),
                    timeout=10_000)

    shop.settle()
    assert shop.level("CNT-001") == 9 and shop.level("CNT-002") == 30
    assert [e[3] for e in count_events(terminal)] == ["applied", "applied"]
    with terminal.ctx.db.read() as conn:
        audited = conn.execute(text(
            "SELECT subject, detail, approved_by FROM audit_log WHERE action = "
            "'count_stock' ORDER BY at")).all()
    manager_id = next(s[0] for s in terminal.services.counter.staff_list()
                      if s[2] == "manager")
    assert [(a[0], json.loads(a[1])["counted"], a[2]) for a in audited] == \
        [("CNT-001", 9, manager_id), ("CNT-002", 30, manager_id)]

    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.sale.stock_dialog is None, timeout=5_000)
    qtbot.waitUntil(lambda: window.focusWidget() is window.sale.scan, timeout=5_000)


def test_count_while_shopify_is_unreachable_is_kept_and_shown_pending(qtbot, window,
                                                                     terminal, shop):
    shop.offline()
    assert shop.reconciler.run_once().outcome is PassOutcome.OFFLINE
    sign_in(qtbot, window, terminal.pin("manager"))
    dlg = open_count(qtbot, window)
    assert "not reachable" in dlg.banner.text()
    assert dlg.banner.property("role") == "banner"  # amber
    count_item(qtbot, dlg, BARCODES["CNT-002"], 20)
    assert "will be sent when Shopify is reachable" in dlg.message.text()
    assert dlg.table.item(0, 4).text().startswith("Pending")
    # Each line of a row is whole or elided on its own, never re-wrapped: the item's
    # SKU stays in sight under a long name, the status in two short lines.
    assert not dlg.table.wordWrap()
    assert dlg.table.item(0, 1).text().split("\n")[1] == "CNT-002"
    assert dlg.table.item(0, 4).text().count("\n") == 1
    assert 2 * dlg.table.fontMetrics().lineSpacing() <= dlg.table.rowHeight(0)
    assert count_events(terminal) == [("CNT-002", 20, 0, "pending")]
    qtbot.waitUntil(lambda: "1 stock change(s) waiting" in dlg.pending.text(),
                    timeout=10_000)
    assert shop.level("CNT-002") == 24  # nothing reached Shopify

    shop.back_online()
    shop.online.place_order("CNT-002", 1)  # meanwhile online: committed, still on hand
    shop.settle()
    # Sent as a variance (20 - 24), so the online order's commitment still holds.
    assert shop.level("CNT-002") == 20
    assert shop.level("CNT-002", "available") == 19


def test_a_cashier_is_refused_by_the_service_and_a_manager_pin_approves(qtbot, window,
                                                                       terminal, shop):
    counter = terminal.services.counter
    terminal.login("cashier")
    variant_id = counter.stock_item("CNT-001").variant_id
    with pytest.raises(PermissionDenied, match="Manager approval needed: count stock"):
        counter.count_stock(variant_id, 5)
    with pytest.raises(PermissionDenied, match="Wrong PIN or not allowed"):
        counter.count_stock(variant_id, 5, approver_pin=terminal.approval("cashier"))
    with pytest.raises(PermissionDenied):
        counter.stock_attention()
    assert count_events(terminal) == []

    sign_in(qtbot, window, terminal.pin("cashier"))
    dlg = open_count(qtbot, window)
    look_up(qtbot, dlg, "CNT-001")
    qtbot.waitUntil(dlg.count.isEnabled, timeout=10_000)
    qtbot.keyClicks(dlg.count, "5")
    qtbot.keyClick(dlg.count, Qt.Key.Key_Return)
    qtbot.waitUntil(dlg.approval.isVisible, timeout=10_000)
    assert "Manager approval needed: count stock" in dlg.message.text()
    assert count_events(terminal) == []
    qtbot.keyClicks(dlg.approval.pin, "Alex")  # chooses Alex Manager
    qtbot.keyClicks(dlg.approval.pin, terminal.pin("manager"))
    qtbot.keyClick(dlg.approval.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg.table.rowCount() == 1, timeout=10_000)
    count_item(qtbot, dlg, "CNT-002", 7)  # the approval holds for this sitting
    assert [e[:2] for e in count_events(terminal)] == [("CNT-001", 5), ("CNT-002", 7)]
    with terminal.ctx.db.read() as conn:
        rows = conn.execute(text("SELECT actor, approved_by FROM audit_log WHERE action = "
                                 "'count_stock'")).all()
    staff = {s[2]: s[0] for s in counter.staff_list()}
    assert [tuple(r) for r in rows] == [(staff["cashier"], staff["manager"])] * 2


def _sell_at_the_counter(counter, code):
    counter.scan(code)
    counter.add_tender(TenderKind.CASH, counter.current().remaining_cash_minor)
    return counter.complete()


def test_oversell_after_offline_is_listed_and_resolving_removes_it(qtbot, window, terminal,
                                                                   shop):
    counter = terminal.services.counter
    terminal.login("cashier")
    shop.offline()
    _sell_at_the_counter(counter, BARCODES["LAST-ONE"])  # the last one, sold offline
    assert shop.reconciler.run_once().outcome is PassOutcome.OFFLINE
    assert shop.online.place_order("LAST-ONE", 1) is not None  # and online sold it too
    shop.back_online()
    shop.settle()
    shop.reconciler.run_once()
    assert shop.level("LAST-ONE", "available") == -1

    sign_in(qtbot, window, terminal.pin("manager"))
    qtbot.keyClick(window.sale.scan, Qt.Key.Key_F11, Qt.KeyboardModifier.ShiftModifier)
    dlg = window.sale.attention_dialog
    assert dlg is not None
    qtbot.waitUntil(lambda: dlg.loaded, timeout=10_000)
    kinds = [dlg.table.item(r, 0).text() for r in range(dlg.table.rowCount())]
    assert kinds == ["Oversold"]
    assert dlg.table.item(0, 1).text() == "LAST-ONE"
    assert "-1" in dlg.table.item(0, 2).text()
    assert not dlg.empty.isVisible()
    qtbot.keyClick(dlg.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg.table.rowCount() == 0, timeout=10_000)
    assert "Resolved: oversold for LAST-ONE" in dlg.message.text()
    assert dlg.empty.isVisible() and "Nothing needs attention" in dlg.empty.text()
    assert shop.reconciler.attention() == []
    resolved = [a for a in shop.reconciler.attention(include_resolved=True)
                if a.kind is AttentionKind.OVERSOLD]
    assert len(resolved) == 1  # resolved, never deleted
    with terminal.ctx.db.read() as conn:
        audit = conn.execute(text("SELECT subject, detail FROM audit_log WHERE action = "
                                  "'resolve_stock_attention'")).one()
    assert audit[0] == "LAST-ONE" and json.loads(audit[1])["kind"] == "oversold"
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.sale.attention_dialog is None, timeout=5_000)


def test_a_cashier_opening_the_attention_list_is_asked_for_a_manager_pin(qtbot, window,
                                                                         terminal, shop):
    sign_in(qtbot, window, terminal.pin("cashier"))
    dlg = open_count(qtbot, window)
    dlg.attention_button.click()
    att = window.sale.attention_dialog
    assert att is not None
    qtbot.waitUntil(att.approval.isVisible, timeout=10_000)
    assert att.table.rowCount() == 0 and "Managers only" in att.empty.text()
    qtbot.keyClicks(att.approval.pin, "Pat")  # a supervisor may not: not even tried
    qtbot.keyClicks(att.approval.pin, terminal.pin("supervisor"))
    qtbot.keyClick(att.approval.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Wrong PIN or not allowed" in att.message.text(),
                    timeout=10_000)
    qtbot.keyClicks(att.approval.pin, "Alex")
    qtbot.keyClicks(att.approval.pin, terminal.pin("manager"))
    qtbot.keyClick(att.approval.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: att.loaded, timeout=10_000)
    assert "Nothing needs attention" in att.empty.text()
    att.reject()
    qtbot.waitUntil(lambda: window.sale.attention_dialog is None, timeout=5_000)
    assert window.sale.stock_dialog is dlg  # back to counting


def test_bad_input_is_said_inline_and_loses_nothing(qtbot, window, terminal, shop):
    sign_in(qtbot, window, terminal.pin("manager"))
    dlg = open_count(qtbot, window)
    count_item(qtbot, dlg, "CNT-001", 11)  # one good count already in the list

    look_up(qtbot, dlg, "CNT-002")
    qtbot.waitUntil(dlg.count.isEnabled, timeout=10_000)
    qtbot.keyClicks(dlg.count, "-3")
    qtbot.keyClick(dlg.count, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "cannot be negative" in dlg.message.text(), timeout=10_000)
    assert dlg.message.property("role") == "error"
    assert dlg.count.text() == "-3" and dlg.item is not None  # kept, ready to correct
    dlg.count.setText("abc")
    qtbot.keyClick(dlg.count, Qt.Key.Key_Return)
    assert "whole number" in dlg.message.text()

    dlg.code.clear()
    look_up(qtbot, dlg, "4006381333932")  # a bad check digit
    qtbot.waitUntil(lambda: "check digit" in dlg.message.text(), timeout=10_000)
    assert dlg.code.text() == "4006381333932" and not dlg.count.isEnabled()

    dlg.code.clear()
    look_up(qtbot, dlg, "NO-SUCH-SKU")
    qtbot.waitUntil(lambda: "NO-SUCH-SKU" in dlg.message.text(), timeout=10_000)
    assert dlg.item is None

    # The next item scanned while the count field has the keyboard is a scan, not 4e12.
    look_up(qtbot, dlg, "CNT-002")
    qtbot.waitUntil(dlg.count.isEnabled, timeout=10_000)
    qtbot.keyClicks(dlg.count, BARCODES["CNT-001"])
    qtbot.keyClick(dlg.count, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg.item is not None and dlg.item.sku == "CNT-001",
                    timeout=10_000)
    assert "No count recorded for Count Product 1" in dlg.message.text()
    assert dlg.count.text() == "" and dlg.focusWidget() is dlg.count

    # A product of the local catalog that Shopify has no stock level for here.
    local_only = terminal.barcodes(1)[0]
    dlg.code.clear()
    look_up(qtbot, dlg, local_only)
    qtbot.waitUntil(lambda: dlg.item is not None, timeout=10_000)
    assert "unknown — not yet synced" in dlg.item_detail.text()
    qtbot.keyClicks(dlg.count, "4")
    qtbot.keyClick(dlg.count, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "No Shopify stock level" in dlg.message.text(), timeout=10_000)

    assert dlg.table.rowCount() == 1  # the good count is still listed
    assert [e[:2] for e in count_events(terminal)] == [("CNT-001", 11)]
    counter = terminal.services.counter
    with pytest.raises(QuantityError, match="cannot be negative"):
        counter.count_stock(counter.stock_item("CNT-002").variant_id, -1)


def test_without_shopify_the_screen_says_so(qtbot, bare_window, terminal):
    win = bare_window
    sign_in(qtbot, win, terminal.pin("manager"))
    dlg = open_count(qtbot, win)
    assert dlg.banner.text() == NOT_SET_UP
    assert not dlg.count.isEnabled() and not dlg.attention_button.isEnabled()
    look_up(qtbot, dlg, terminal.barcodes(1)[0])
    qtbot.waitUntil(lambda: dlg.item is not None, timeout=10_000)
    assert "unknown — Shopify not set up" in dlg.item_detail.text()
    assert not dlg.count.isEnabled() and not dlg.record.isEnabled()
    with pytest.raises(Exception, match="Shopify is not set up"):
        terminal.services.counter.count_stock(dlg.item.variant_id, 3)
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: win.sale.stock_dialog is None, timeout=5_000)


def test_locking_the_counter_closes_the_stock_screens(qtbot, window, terminal, shop):
    sign_in(qtbot, window, terminal.pin("manager"))
    open_count(qtbot, window)
    qtbot.keyClick(window.sale.stock_dialog, Qt.Key.Key_F11, Qt.KeyboardModifier.ShiftModifier)
    assert window.sale.attention_dialog is not None
    window.lock()  # what the idle timer does
    qtbot.waitUntil(lambda: window.sale.stock_dialog is None
                    and window.sale.attention_dialog is None, timeout=5_000)
    assert window.stack.currentWidget() is window.login


def test_count_rules_in_the_service_without_widgets(terminal, shop):
    from pos_app.services.counter import MAX_STOCK_COUNT

    counter = terminal.services.counter
    terminal.login("supervisor")  # may count on their own authority...
    item = counter.stock_item(BARCODES["CNT-001"])
    assert (item.sku, item.sellable) == ("CNT-001", 12)
    with pytest.raises(QuantityError, match="barcode scanned"):
        counter.count_stock(item.variant_id, MAX_STOCK_COUNT + 1)
    done = counter.count_stock(item.variant_id, 10)
    assert (done.before, done.after, done.online, done.pending) == (12, 10, True, 1)
    with pytest.raises(PermissionDenied, match="Manager approval needed"):
        counter.stock_attention()  # ...but resolving stock problems is a manager's job
    assert counter.stock_attention(approver_pin=terminal.approval("manager")).rows == ()


# ---- "Send again": stock changes Shopify set aside, re-queued from the list ---------------


def _refused_sale(terminal, shop, sku="CNT-002"):
    """A sale of an item that is no longer stocked at the store's location in Shopify:
    the push is refused (ITEM_NOT_STOCKED_AT_LOCATION) and the stock change set aside.
    Returns the item's id, to stock it there again."""
    with shop.state.lock:
        item = shop.state.item_by_sku[sku]
        level = shop.state.levels.pop((item, shop.location_id))
        del shop.state.levels_by_id[level.id]
    counter = terminal.services.counter
    terminal.login("cashier")
    _sell_at_the_counter(counter, BARCODES[sku])
    shop.settle()
    assert shop.reconciler.status().rejected_events == 1
    return item


def _event_statuses(terminal) -> list[str]:
    with terminal.ctx.db.read() as conn:
        return list(conn.execute(text(
            "SELECT status FROM inventory_event WHERE kind = 'delta' ORDER BY seq")).scalars())


def _resend_audit(terminal) -> list[tuple]:
    with terminal.ctx.db.read() as conn:
        return [tuple(r) for r in conn.execute(text(
            "SELECT actor, approved_by, detail FROM audit_log WHERE action = "
            "'resend_stock' ORDER BY rowid")).all()]


def test_send_again_requeues_what_shopify_refused_and_the_list_says_so(qtbot, window,
                                                                      terminal, shop):
    item = _refused_sale(terminal, shop)
    counter = terminal.services.counter
    kicked = []
    counter.stock_resent = lambda: kicked.append(True)  # the sync job's kick, in the app

    sign_in(qtbot, window, terminal.pin("manager"))
    qtbot.keyClick(window.sale.scan, Qt.Key.Key_F11, Qt.KeyboardModifier.ShiftModifier)
    dlg = window.sale.attention_dialog
    assert dlg is not None
    qtbot.waitUntil(lambda: dlg.loaded, timeout=10_000)
    assert [dlg.table.item(r, 0).text() for r in range(dlg.table.rowCount())] \
        == ["Refused by Shopify"]
    reason = dlg.table.item(0, 2).text()
    assert "Send again in this list" in reason and "--retry-rejected" in reason
    assert dlg.send_again.isEnabled() and dlg.send_again.text() == "Send again  Ctrl+R"

    shop.state.activate(item, shop.location_id, available=24)  # fixed in Shopify admin
    qtbot.keyClick(dlg.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Sent again" in dlg.message.text(), timeout=10_000)
    assert dlg.message.text() == ("Sent again: 1 stock change. It goes to Shopify with "
                                  "the next sync.")
    assert dlg.message.property("role") == "ok"
    # The list is refreshed: the item left it (a new refusal would open a new one).
    assert dlg.table.rowCount() == 0 and dlg.empty.isVisible()
    assert not dlg.send_again.isEnabled() and not dlg.resolve.isEnabled()
    assert _event_statuses(terminal) == ["pending"] and kicked == [True]
    assert shop.reconciler.attention() == []
    ((actor, approved_by, detail),) = _resend_audit(terminal)
    manager = terminal.staff_id("manager")
    assert (actor, approved_by) == (manager, manager)
    detail = json.loads(detail)
    assert (detail["requeued"], detail["resolved"]) == (1, 1)
    assert [(i["kind"], i["sku"]) for i in detail["items"]] == [("rejected", "CNT-002")]

    shop.settle()  # the next sync sends it, under a fresh idempotency key
    assert shop.level("CNT-002", "available") == 24 - 1
    assert _event_statuses(terminal) in ([], ["applied"])
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.sale.attention_dialog is None, timeout=5_000)


def test_send_again_is_refused_when_the_approving_manager_has_left(qtbot, window, terminal,
                                                                   shop):
    """A cashier's list, opened with a manager's PIN: the approval lasts for the sitting,
    but it is checked again at each action. A manager deactivated meanwhile (the back
    office) approves nothing: the set-aside change stays set aside, unaudited."""
    _refused_sale(terminal, shop)
    staff = terminal.services.staff
    alex = staff.get(terminal.staff_id("manager"))
    robin = staff.add_staff("Robin Manager", "manager", "4321", by=alex.actor)
    terminal.services.counter.logout()

    sign_in(qtbot, window, terminal.pin("cashier"))
    qtbot.keyClick(window.sale.scan, Qt.Key.Key_F11, Qt.KeyboardModifier.ShiftModifier)
    dlg = window.sale.attention_dialog
    assert dlg is not None
    qtbot.waitUntil(dlg.approval.isVisible, timeout=10_000)
    qtbot.keyClicks(dlg.approval.pin, "Robin")
    qtbot.keyClicks(dlg.approval.pin, "4321")
    qtbot.keyClick(dlg.approval.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg.loaded, timeout=10_000)
    assert dlg.table.rowCount() == 1 and dlg.send_again.isEnabled()

    staff.deactivate(robin.id, by=alex.actor)
    qtbot.keyClick(dlg.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Wrong PIN or not allowed" in dlg.message.text(),
                    timeout=10_000)
    assert dlg.message.property("role") == "error" and dlg.approval.isVisible()
    assert dlg.table.rowCount() == 1  # still listed, still set aside
    assert _event_statuses(terminal) == ["rejected"] and _resend_audit(terminal) == []
    dlg.reject()
    qtbot.waitUntil(lambda: window.sale.attention_dialog is None, timeout=5_000)


def test_send_again_in_the_service_without_widgets(terminal, shop):
    from pos_app.domain.errors import StateError

    item = _refused_sale(terminal, shop)
    counter = terminal.services.counter
    terminal.login("cashier")
    with pytest.raises(PermissionDenied, match="Manager approval needed"):
        counter.resend_set_aside_stock()
    with pytest.raises(PermissionDenied, match="Wrong PIN or not allowed"):
        counter.resend_set_aside_stock(approver_pin=terminal.approval("supervisor"))
    assert _event_statuses(terminal) == ["rejected"] and _resend_audit(terminal) == []
    manager = terminal.approval("manager")
    (row,) = counter.stock_attention(manager).rows
    assert (row.kind, row.sku, row.resendable) == ("rejected", "CNT-002", True)

    # Sent again before the cause is fixed: refused again, and listed again as a new item.
    done = counter.resend_set_aside_stock(approver_pin=manager)
    assert done.requeued == 1 and done.view.rows == () and not done.view.resendable
    shop.settle()
    (again,) = counter.stock_attention(manager).rows
    assert again.kind == "rejected" and again.id != row.id
    assert shop.reconciler.status().rejected_events == 1

    shop.state.activate(item, shop.location_id, available=24)
    assert counter.resend_set_aside_stock(approver_pin=manager).requeued == 1
    shop.settle()
    assert shop.level("CNT-002", "available") == 24 - 1
    assert counter.resend_set_aside_stock(approver_pin=manager).requeued == 0  # nothing left
    cashier, manager_id = terminal.staff_id("cashier"), terminal.staff_id("manager")
    audits = _resend_audit(terminal)
    assert [(a[0], a[1], json.loads(a[2])["requeued"]) for a in audits] == [
        (cashier, manager_id, 1), (cashier, manager_id, 1), (cashier, manager_id, 0)]

    counter.counting = None  # a terminal without Shopify
    with pytest.raises(StateError, match="Shopify is not set up"):
        counter.resend_set_aside_stock(approver_pin=manager)


def test_items_stored_before_send_again_read_in_todays_words(terminal, shop):
    """A reason is stored with its item: one refused before the button existed says
    today's words (which the translations hold), its values kept."""
    from pos_app.domain.errors import Message
    from pos_app.services import inventory_messages as texts

    before = Message("This item is not stocked at {location} in Shopify: stock it there "
                     "in Shopify admin, then send the set-aside changes again (pos-app "
                     "reconcile --retry-rejected)", {"location": "Main Street"})
    shop.sync.repo.add_attention(AttentionKind.REJECTED, "CNT-001", "ev-old",
                                 "Shopify refused: ITEM_NOT_STOCKED_AT_LOCATION: ...",
                                 at="2026-11-27T14:02:00+00:00", message=before)
    terminal.login("manager")
    (row,) = terminal.services.counter.stock_attention().rows
    assert row.message == texts.shopify_refusal("ITEM_NOT_STOCKED_AT_LOCATION", "Main Street")
    assert texts.current(None) is None
    assert texts.current(texts.oversold(-1, "X")) == texts.oversold(-1, "X")
