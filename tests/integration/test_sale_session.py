"""The sale session against a real SQLite file: durability, idempotency, versions, faults."""

from __future__ import annotations

import json
import threading
from datetime import timedelta

import pytest
from sqlalchemy import event, text

from pos_app.adapters.sqlite.sale_store import SqliteSaleStore
from pos_app.adapters.sqlite.store import LocalDatabase
from pos_app.domain.errors import (
    DiskFull,
    PermissionDenied,
    QuantityError,
    SaleClosed,
    StaleVersion,
    StorageUnavailable,
)
from pos_app.domain.permissions import Actor, Role
from pos_app.domain.pricing import Discount, DiscountKind
from pos_app.domain.sale import SaleStatus, TenderKind
from pos_app.services.sale_commands import (
    AddItem,
    AddTender,
    AttributeLine,
    Complete,
    Hold,
    OverridePrice,
    Resume,
    ReturnLine,
    SetLineDiscount,
    SetQuantity,
    Void,
)
from pos_app.services.sales import SalesDesk
from tests.conftest import variant

CASHIER = Actor("cashier-1", Role.CASHIER)
MANAGER = Actor("manager-1", Role.MANAGER)


def reopen(db: LocalDatabase, desk: SalesDesk) -> tuple[LocalDatabase, SalesDesk]:
    """A fresh process's view: new engines, new desk, nothing cached in memory."""
    db.close()
    db2 = LocalDatabase(db.data_dir)
    desk2 = SalesDesk(SqliteSaleStore(db2), desk.rules, desk._clock, desk._ids,
                      terminal_id=desk.terminal_id, currency=desk.currency)
    return db2, desk2


def test_open_sale_comes_back_exactly_after_restart(db, desk):
    s = desk.new_sale(cashier_id="cashier-1")
    s.execute(AddItem(variant(1), 2))
    s.execute(AddItem(variant(2, 350, "food")))
    s.execute(SetLineDiscount(1, Discount(DiscountKind.PERCENT, 500)), actor=CASHIER)
    before = s.state
    db2, desk2 = reopen(db, desk)
    try:
        [recovered] = desk2.open_sales()
        assert recovered.state == before
        assert recovered.version == 4
        assert recovered.priced() == s.priced()
    finally:
        db2.close()


def test_versions_are_contiguous_and_logged(db, desk):
    s = desk.new_sale()
    for i in range(5):
        s.execute(AddItem(variant(i)))
    with db.read() as conn:
        versions = [r[0] for r in conn.execute(text(
            "SELECT version FROM sale_command WHERE sale_id=:s ORDER BY version"), {"s": s.id})]
    assert versions == list(range(1, 7))


def test_retried_command_is_applied_once(desk):
    s = desk.new_sale()
    first = s.execute(AddItem(variant(1)), command_id="cmd-1")
    again = s.execute(AddItem(variant(1)), command_id="cmd-1")
    assert again.duplicate and again.version == first.version
    assert len(s.state.lines) == 1


def test_stale_expected_version_is_refused_and_changes_nothing(desk):
    s = desk.new_sale()
    s.execute(AddItem(variant(1)))
    with pytest.raises(StaleVersion, match="expected version 1"):
        s.execute(AddItem(variant(2)), expected_version=1)
    assert len(s.state.lines) == 1 and s.version == 2
    assert s.execute(AddItem(variant(2)), expected_version=2).version == 3


def test_concurrent_commands_are_serialised_with_no_lost_update(desk):
    s = desk.new_sale()
    s.execute(AddItem(variant(1), 1))
    n_threads, per_thread = 8, 25
    barrier = threading.Barrier(n_threads)
    stale = []

    def worker(k: int) -> None:
        barrier.wait()
        for _ in range(per_thread):
            # Read-modify-write with the version it read: only one of the racers wins,
            # the others are refused as stale and retry. None may be lost.
            while True:
                seen = s.state
                try:
                    s.execute(SetQuantity(1, seen.line(1).quantity + 1),
                              expected_version=seen.version)
                    break
                except StaleVersion:
                    stale.append(k)

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(n_threads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert s.state.line(1).quantity == 1 + n_threads * per_thread
    assert s.version == 2 + n_threads * per_thread
    assert desk._repo.load(s.id) == s.state


def test_failure_at_commit_leaves_memory_and_storage_at_last_durable_state(db, desk):
    s = desk.new_sale()
    s.execute(AddItem(variant(1)))
    durable = s.state

    def fail_commit(conn):
        raise OSError("injected: power lost during commit")

    event.listen(db.writer, "commit", fail_commit)
    try:
        with pytest.raises(OSError, match="injected"):
            s.execute(AddItem(variant(2)))
    finally:
        event.remove(db.writer, "commit", fail_commit)
    assert s.state == durable
    assert desk._repo.load(s.id) == durable
    assert s.execute(AddItem(variant(2))).version == durable.version + 1


def test_failure_mid_completion_writes_no_partial_sale(db, desk):
    s = desk.new_sale()
    s.execute(AddItem(variant(1)))
    s.execute(AddTender(TenderKind.CASH, 5000))
    durable = s.state

    def fail_on_outbox(conn, cursor, statement, params, context, executemany):
        if statement.startswith("INSERT INTO outbox"):
            raise OSError("injected: crash while writing the outbox")

    event.listen(db.writer, "before_cursor_execute", fail_on_outbox)
    try:
        with pytest.raises(OSError):
            s.execute(Complete())
    finally:
        event.remove(db.writer, "before_cursor_execute", fail_on_outbox)
    assert s.state == durable and s.state.status is SaleStatus.OPEN
    with db.read() as conn:
        for table in ("sold_line", "payment", "stock_movement", "outbox", "counter"):
            assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0
    assert s.execute(Complete()).receipt_no == 1


def test_full_disk_is_a_clear_error_and_loses_nothing(db, desk):
    s = desk.new_sale()
    s.execute(AddItem(variant(1)))
    durable = s.state
    with db.writer.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
        conn.exec_driver_sql(f"PRAGMA max_page_count={pages}")
    try:
        with pytest.raises(DiskFull, match="disk holding the sales database is full"):
            for i in range(2000):  # fill the last free pages
                s.execute(AddItem(variant(1000 + i)))
    finally:
        with db.writer.connect() as conn:
            conn.exec_driver_sql("PRAGMA max_page_count=1073741823")
    assert desk._repo.load(s.id) == s.state
    assert s.state.version >= durable.version


def test_receipt_numbers_are_gapless_per_terminal(desk):
    numbers = []
    for i in range(5):
        s = desk.new_sale()
        s.execute(AddItem(variant(i)))
        if i == 2:
            s.execute(Void(), actor=MANAGER)
            continue
        s.execute(AddTender(TenderKind.CASH, 10_000))
        numbers.append(s.execute(Complete()).receipt_no)
    assert numbers == [1, 2, 3, 4]


def test_completion_writes_every_fact_in_one_go(db, desk):
    s = desk.new_sale(cashier_id="cashier-1")
    s.execute(AddItem(variant(1), 2))
    s.execute(AddItem(variant(2, 500, "exempt", tracked=False)))
    s.execute(AttributeLine(1, (("cashier-1", 5000), ("helper-2", 5000))))
    s.execute(AddTender(TenderKind.CARD, 2000, "AUTH-77"))
    s.execute(AddTender(TenderKind.CASH, 5000))
    done = s.execute(Complete())
    with db.read() as conn:
        lines = conn.execute(text("SELECT count(*) FROM sold_line")).scalar()
        pays = conn.execute(text("SELECT kind, amount, change FROM payment ORDER BY kind")).all()
        moves = conn.execute(text("SELECT sku, delta, reason FROM stock_movement")).all()
        topics = sorted(r[0] for r in conn.execute(text("SELECT topic FROM outbox")))
        commission = json.loads(conn.execute(text(
            "SELECT payload FROM outbox WHERE topic='commission'")).scalar())
    assert lines == 2
    total = done.priced.total
    assert pays == [("card", 2000, 0), ("cash", total - 2000, 5000 - (total - 2000))]
    assert moves == [("SKU-00001", -2, "sale")]  # untracked items move no stock
    assert topics == ["commission", "inventory", "sale"]
    assert commission["receipt_no"] == 1
    assert commission["lines"][0]["attributions"] == [["cashier-1", 5000], ["helper-2", 5000]]


def test_held_sales_survive_restart_and_resume(db, desk):
    s = desk.new_sale(cashier_id="a")
    s.execute(AddItem(variant(1)))
    s.execute(Hold())
    db2, desk2 = reopen(db, desk)
    try:
        [held] = desk2.held_sales()
        assert held.id == s.id and held.status is SaleStatus.HELD
        resumed = desk2.session(s.id)
        resumed.execute(Resume("b"))
        assert resumed.state.cashier_id == "b"
        with pytest.raises(SaleClosed):
            s.execute(AddItem(variant(3)))  # the stale in-memory object of the old process
        assert desk2.session(s.id).state.status is SaleStatus.OPEN
    finally:
        db2.close()


def test_sales_left_open_are_parked(desk, clock):
    old = desk.new_sale()
    old.execute(AddItem(variant(1)))
    clock.advance(hours=5)
    fresh = desk.new_sale()
    fresh.execute(AddItem(variant(2)))
    assert desk.park_stale(timedelta(hours=4)) == [old.id]
    assert old.state.status is SaleStatus.PARKED
    assert [h.id for h in desk.held_sales()] == [old.id]


def test_compaction_drops_only_synced_command_logs(db, desk, clock):
    s = desk.new_sale()
    s.execute(AddItem(variant(1)))
    s.execute(AddTender(TenderKind.CASH, 5000))
    s.execute(Complete())
    clock.advance(days=40)
    assert desk.compact(timedelta(days=30)) == 0  # outbox not yet acknowledged
    with db.write() as conn:
        conn.execute(text("UPDATE outbox SET status='acked'"))
    assert desk.compact(timedelta(days=30)) == 1
    with db.read() as conn:
        assert conn.execute(text("SELECT count(*) FROM sale_command")).scalar() == 0
        assert conn.execute(text("SELECT count(*) FROM sold_line")).scalar() == 1
    assert desk.receipt(1).sale.id == s.id


def test_return_against_receipt_and_post_void(db, desk):
    s = desk.new_sale(cashier_id="cashier-1")
    s.execute(AddItem(variant(1), 3))
    s.execute(SetLineDiscount(1, Discount(DiscountKind.PERCENT, 1000)), actor=CASHIER)
    s.execute(AddTender(TenderKind.CASH, 10_000))
    sold = s.execute(Complete())
    receipt = desk.receipt(sold.receipt_no)
    line = receipt.lines[0]

    r = desk.new_sale(cashier_id="cashier-1")
    r.execute(ReturnLine(line.line, line.returned, 2))
    due = r.settlement().remaining
    assert due < 0
    r.execute(AddTender(TenderKind.CASH, due))
    r.execute(Complete())
    assert desk.receipt(sold.receipt_no).lines[0].returnable == 1
    with pytest.raises(Exception, match="Only 1 of 3"):
        r2 = desk.new_sale()
        r2.execute(ReturnLine(line.line, 2, 2))

    # A sale with a return cannot be post-voided; a clean one can, by a manager only.
    other = desk.new_sale()
    other.execute(AddItem(variant(5), 1))
    other.execute(AddTender(TenderKind.CARD, other.settlement().remaining, "AUTH"))
    other.execute(Complete())
    with pytest.raises(PermissionDenied, match="Manager approval needed: post void"):
        desk.post_void(other.id, actor=CASHIER)
    reversal, no = desk.post_void(other.id, actor=CASHIER, approver=MANAGER)
    assert reversal.post_void_of == other.id and no == 4
    with db.read() as conn:
        net = conn.execute(text("SELECT sum(total) FROM sold_line l JOIN sale s "
                                "ON s.id=l.sale_id WHERE s.id IN (:a, :b)"),
                           {"a": other.id, "b": reversal.id}).scalar()
        stock = conn.execute(text("SELECT sum(delta) FROM stock_movement WHERE sku='SKU-00005'"
                                  )).scalar()
        audit = conn.execute(text("SELECT action, approved_by FROM audit_log "
                                  "WHERE action='post_void'")).all()
    assert net == 0 and stock == 0
    assert audit == [("post_void", "manager-1")]


def test_manager_approval_is_checked_in_the_service(db, desk):
    s = desk.new_sale(cashier_id="cashier-1")
    s.execute(AddItem(variant(1)))
    with pytest.raises(PermissionDenied, match="Manager approval needed: discount"):
        s.execute(SetLineDiscount(1, Discount(DiscountKind.PERCENT, 2500)), actor=CASHIER)
    with pytest.raises(PermissionDenied):
        s.execute(OverridePrice(1, 1), actor=CASHIER)
    s.execute(SetLineDiscount(1, Discount(DiscountKind.PERCENT, 2500)), actor=CASHIER,
              approver=MANAGER)
    assert s.state.line(1).discount.approved_by == "manager-1"
    with db.read() as conn:
        row = conn.execute(text("SELECT actor, action, approved_by FROM audit_log")).one()
    assert tuple(row) == ("cashier-1", "discount_over_limit", "manager-1")


def test_bad_input_changes_nothing(desk):
    s = desk.new_sale()
    s.execute(AddItem(variant(1)))
    before = s.state
    for bad in (AddItem(variant(2), -1), AddItem(variant(2), 100_000), SetQuantity(1, 0)):
        with pytest.raises(QuantityError):
            s.execute(bad)
    with pytest.raises(Exception, match="more than 100"):
        s.execute(SetLineDiscount(1, Discount(DiscountKind.PERCENT, 10_001)))
    assert s.state == before and desk._repo.load(s.id) == before
    s.execute(AddTender(TenderKind.CASH, 10_000))
    s.execute(Complete())
    with pytest.raises(SaleClosed):
        s.execute(AddTender(TenderKind.CASH, 100))


def test_read_only_data_dir_is_a_clear_error(tmp_path):
    import os
    import subprocess

    ro = tmp_path / "ro"
    ro.mkdir()
    os.chmod(ro, 0o555)
    immutable = False
    if os.geteuid() == 0:  # root ignores permission bits; use the immutable flag instead
        immutable = subprocess.run(["chattr", "+i", str(ro)], capture_output=True,
                                   check=False).returncode == 0
        if not immutable:
            pytest.skip("cannot make a directory read-only for root here")
    try:
        with pytest.raises(StorageUnavailable, match="not writable"):
            LocalDatabase(ro)
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(ro)], check=True)
        os.chmod(ro, 0o755)


def test_completion_hooks_write_in_the_same_transaction_and_never_block_a_sale(db, desk):
    from pos_app.services.completion import OutboxEvent

    def commission(facts):
        return [OutboxEvent(f"c-{facts.sale.id}", "hook_record", facts.sale.id,
                            {"amount": facts.total // 10})]

    def broken(facts):
        raise KeyError("no plan for staff")

    desk.completion_hooks.extend([commission, broken])
    s = desk.new_sale()
    s.execute(AddItem(variant(1)))
    s.execute(AddTender(TenderKind.CASH, 5000))
    done = s.execute(Complete())
    assert done.receipt_no == 1
    with db.read() as conn:
        rows = dict(conn.execute(text(
            "SELECT topic, payload FROM outbox WHERE topic IN "
            "('hook_record', 'needs_attention')")).all())
    assert json.loads(rows["hook_record"])["amount"] == done.priced.total // 10
    assert "no plan for staff" in json.loads(rows["needs_attention"])["error"]
