"""Housekeeping in small indexed batches; unconfigured channels queue nothing; a busy
database reaches the caller as a typed, retryable error; the writer gate's order."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from pos_app.adapters.sqlite import batching, writer_gate
from pos_app.adapters.sqlite import db as db_module
from pos_app.adapters.sqlite import store as store_module
from pos_app.adapters.sqlite.outbox_maintenance import SqliteOutboxMaintenance
from pos_app.adapters.sqlite.sale_store import SqliteSaleStore
from pos_app.adapters.sqlite.store import LocalDatabase
from pos_app.adapters.sqlite.writer_gate import WriterHold, WriterWait
from pos_app.domain.errors import DatabaseBusy, EnvironmentFault
from pos_app.domain.permissions import Actor, Role
from pos_app.domain.sale import SaleStatus
from pos_app.services.channels import Channels
from pos_app.services.housekeeping import OutboxHousekeeping
from pos_app.services.sale_commands import AddItem, Void
from pos_app.services.sales import SalesDesk
from tests.conftest import variant
from tests.integration.housekeeping_fixtures import ring_sales

VARIANTS = [variant(i) for i in range(1, 9)]


def _count(db: LocalDatabase, sql: str) -> int:
    with db.read() as conn:
        return int(conn.execute(text(sql)).scalar_one())


def _holds(db: LocalDatabase) -> tuple[list[WriterHold], Callable[[], None]]:
    holds: list[WriterHold] = []

    def observe(e: WriterWait | WriterHold) -> None:
        if isinstance(e, WriterHold):
            holds.append(e)
    db.gate.observers.append(observe)
    return holds, lambda: db.gate.observers.remove(observe)


def _ack_all(db: LocalDatabase) -> None:
    with db.write() as conn:
        conn.execute(text("UPDATE outbox SET status = 'acked' WHERE status = 'pending'"))


def _wait_until(cond: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not cond():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.001)


# ---- compaction ---------------------------------------------------------------------------


def test_compaction_candidates_are_found_on_indexes(db, store):
    plans = []
    with db.read() as conn:
        for at in ("completed_at", "updated_at"):
            plans += [str(r[3]) for r in conn.execute(text(
                "EXPLAIN QUERY PLAN " + store._COMPACT_CANDIDATES.format(at=at)),
                {"status": "completed", "cut": "z", "after_at": "", "after_id": "",
                 "n": 10})]
    joined = "\n".join(plans)
    assert "USING COVERING INDEX ix_sale_status_completed" in joined
    assert "USING COVERING INDEX ix_sale_status_updated" in joined
    assert "ix_outbox_aggregate_status (aggregate_id=? AND status=?)" in joined
    # The outbox is never scanned (the old query read all of it once per sale).
    assert not [p for p in plans if p.startswith("SCAN")], joined


def _compaction_cpu(tmp_path: Path, n: int, rules, clock, ids,
                    run: int = 0) -> tuple[float, list[WriterHold]]:
    db = LocalDatabase(tmp_path / f"data-{n}-{run}")
    try:
        desk = SalesDesk(SqliteSaleStore(db), rules, clock, ids, terminal_id="T1",
                         currency="USD", completion_hooks=[Channels(shopify=False)])
        ring_sales(desk, VARIANTS, n)
        _ack_all(db)
        clock.advance(days=31)
        holds, stop = _holds(db)
        started = time.thread_time()
        with db.gate.background():
            assert desk.compact(timedelta(days=30)) == n
        cpu = time.thread_time() - started
        stop()
        assert _count(db, "SELECT count(*) FROM sale_command") == 0
        return cpu, holds
    finally:
        db.close()


def test_compaction_runs_in_short_batches_and_grows_linearly(tmp_path, rules, clock, ids):
    small_cpu, small = _compaction_cpu(tmp_path, 150, rules, clock, ids)
    big_cpu, big = _compaction_cpu(tmp_path, 600, rules, clock, ids)
    # The cheaper of two runs of each size: a few milliseconds of CPU for 150 sales are
    # easily doubled by a checkpoint or a collection that lands in one run.
    small_cpu = min(small_cpu, _compaction_cpu(tmp_path, 150, rules, clock, ids, 1)[0])
    big_cpu = min(big_cpu, _compaction_cpu(tmp_path, 600, rules, clock, ids, 1)[0])
    # Several write transactions, sized by the time they hold the writer (the first
    # is small; adapters/sqlite/batching.py), never more sales than the cap...
    assert len(small) >= max(2, -(-150 // SqliteSaleStore.COMPACT_BATCH))
    assert len(big) >= max(len(small), -(-600 // SqliteSaleStore.COMPACT_BATCH))
    # ...each a short hold of the writer, far below a walk of the history (CPU time of
    # the job thread; the milliseconds themselves are bench/housekeeping_bench.py's).
    assert max(h.cpu for h in big) < 0.05, [round(h.cpu * 1000, 2) for h in big]
    # Four times the sales cost about four times the work, not sixteen (the old query
    # scanned the whole outbox once per sale).
    assert big_cpu < 8 * small_cpu, (small_cpu, big_cpu)


def test_compaction_keeps_facts_and_logs_of_sales_that_still_owe(db, desk, clock):
    desk.completion_hooks.append(Channels(shopify=True))
    receipts = ring_sales(desk, VARIANTS, 6)
    voided = desk.new_sale()
    voided.execute(AddItem(VARIANTS[0]))
    voided.execute(Void("changed mind"), actor=Actor("m-1", Role.MANAGER))
    owing = desk.receipt(receipts[-1]).sale.id
    with db.write() as conn:  # everything acknowledged but one sale's stock event
        conn.execute(text("UPDATE outbox SET status = 'acked'"))
        conn.execute(text(
            "UPDATE outbox SET status = 'pending' WHERE op_id = "
            "(SELECT id FROM stock_movement WHERE sale_id = :s)"), {"s": owing})
    facts = {t: _count(db, f"SELECT count(*) FROM {t}")
             for t in ("sale", "sold_line", "payment", "stock_movement")}
    clock.advance(days=31)
    assert desk.compact(timedelta(days=30)) == 6  # 5 completed + the voided one
    assert {t: _count(db, f"SELECT count(*) FROM {t}") for t in facts} == facts
    with db.read() as conn:
        left = set(conn.execute(text("SELECT DISTINCT sale_id FROM sale_command")).scalars())
    assert left == {owing}
    assert desk.receipt(receipts[0]).sale.status is SaleStatus.COMPLETED


def test_a_compaction_batch_whose_time_is_up_leaves_the_rest_to_the_next_one(
        db, desk, clock, monkeypatch):
    ring_sales(desk, VARIANTS, 60)
    _ack_all(db)
    clock.advance(days=31)
    # Every transaction's budget is spent after its first chunk of sales.
    monkeypatch.setattr(batching.TransactionBudget, "spent", lambda self: True)
    holds, stop = _holds(db)
    with db.gate.background():
        assert desk.compact(timedelta(days=30)) == 60
    stop()
    assert _count(db, "SELECT count(*) FROM sale_command") == 0
    # One chunk (a quarter of a batch) per transaction: more transactions than batches.
    assert len(holds) > 60 // 16


def test_batches_are_sized_by_the_time_they_hold_the_writer() -> None:
    size = batching.AdaptiveBatch(budget=0.002, size=16, largest=1000)
    size.record(16, 0.0004)  # 25 us an item: about 80 fit the budget
    assert size.size == 32  # grows at most twofold a transaction
    for _ in range(5):
        size.record(size.size, size.size * 0.000025)
    assert size.size == 80
    size.record(80, 0.008)  # a slow transaction (cold pages, a loaded machine)
    assert size.size == 20  # shrinks at once
    assert size.take(5) == 5 and size.take() == 20
    size.record(20, 20.0)
    assert size.size == 1 and size.take() == 1  # never nothing
    assert batching.seq_ranges([7, 1, 3, 2]) == [(1, 3), (7, 7)]
    assert [list(c) for c in batching.chunks([1, 2, 3, 4, 5], 2)] == [[1, 2, 3], [4, 5]]


# ---- channels -----------------------------------------------------------------------------


def test_without_shopify_a_sale_queues_no_stock_event_but_records_the_movement(db, desk):
    desk.completion_hooks.append(Channels(shopify=False))
    ring_sales(desk, VARIANTS, 3)
    with db.read() as conn:
        topics = sorted(set(conn.execute(text("SELECT topic FROM outbox")).scalars()))
    assert "inventory" not in topics and {"sale", "commission"} <= set(topics)
    assert _count(db, "SELECT count(*) FROM stock_movement") == 3


def test_with_shopify_stock_events_are_queued(db, desk):
    desk.completion_hooks.append(Channels(shopify=True))
    ring_sales(desk, VARIANTS, 2)
    assert _count(db, "SELECT count(*) FROM outbox WHERE topic = 'inventory'") == 2


# ---- the outbox sweep ---------------------------------------------------------------------


def test_sweep_sets_aside_unrouted_events_and_prunes_old_acks_in_batches(db, desk, clock):
    ring_sales(desk, VARIANTS, 40)  # as before: stock events queued with no Shopify
    with db.write() as conn:
        conn.execute(text("UPDATE outbox SET status = 'acked' WHERE topic = 'sale'"))
        conn.execute(text("UPDATE outbox SET status = 'rejected' WHERE seq = "
                          "(SELECT min(seq) FROM outbox WHERE topic = 'commission')"))
    sweep = OutboxHousekeeping(SqliteOutboxMaintenance(db), clock, Channels(shopify=False),
                               retention=timedelta(days=30), batch=7)
    holds, stop = _holds(db)
    with db.gate.background():  # as on the scheduler's threads
        first = sweep.sweep()
    assert first.unrouted == 40 and first.pruned == 0  # acks are too young to prune
    assert _count(db, "SELECT count(*) FROM outbox WHERE status = 'unrouted'") == 40
    assert len(holds) >= 40 // 7  # short transactions of 7 rows at most
    clock.advance(days=31)
    with db.gate.background():
        second = sweep.sweep()
    stop()
    assert second.pruned == 79 and second.unrouted == 0  # all but the newest row
    with db.read() as conn:
        left = dict(conn.execute(text(
            "SELECT status, count(*) FROM outbox GROUP BY status")).all())
    # Pending (the central channel's) and the manager's rejected row stay.
    assert left == {"pending": 39, "rejected": 1, "acked": 1}


def test_pruning_deletes_by_runs_of_the_rowid(db):
    """Each run of sequence numbers is found on the outbox's rowid; on the index of
    (status, created_at) SQLite would walk every old acknowledgement for each run."""
    from pos_app.adapters.sqlite.outbox_maintenance import _DELETE_RUN

    with db.read() as conn:
        plan = "\n".join(str(r[3]) for r in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN " + _DELETE_RUN, (1, 2, "z")))
    assert "SEARCH outbox USING INTEGER PRIMARY KEY (rowid>? AND rowid<?)" in plan, plan
    assert "ix_outbox_status_created" not in plan, plan


def test_pruning_never_hands_out_a_sequence_number_twice(db, desk, clock):
    ring_sales(desk, VARIANTS, 2)
    with db.read() as conn:
        newest = conn.execute(text("SELECT max(seq) FROM outbox")).scalar_one()
    _ack_all(db)
    clock.advance(days=31)
    OutboxHousekeeping(SqliteOutboxMaintenance(db), clock, Channels(shopify=True),
                       retention=timedelta(days=30)).sweep()
    with db.read() as conn:
        assert list(conn.execute(text("SELECT seq FROM outbox")).scalars()) == [newest]
    ring_sales(desk, VARIANTS, 1)
    with db.read() as conn:
        assert conn.execute(text("SELECT min(seq) FROM outbox WHERE status = 'pending'"))\
            .scalar_one() > newest


# ---- a busy database ------------------------------------------------------------------------


def test_a_locked_database_is_a_typed_busy_error_and_the_command_can_be_retried(
        tmp_path, monkeypatch, rules, clock, ids):
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 150)
    db = LocalDatabase(tmp_path / "data")
    try:
        desk = SalesDesk(SqliteSaleStore(db), rules, clock, ids, terminal_id="T1",
                         currency="USD")
        sale = desk.new_sale()
        sale.execute(AddItem(VARIANTS[0]))
        other = sqlite3.connect(db.path, isolation_level=None)  # another process's writer
        try:
            other.execute("BEGIN IMMEDIATE")
            with pytest.raises(DatabaseBusy) as err:
                sale.execute(AddItem(VARIANTS[1]))
            assert isinstance(err.value, EnvironmentFault)
            assert str(err.value) == "The till's database is busy; try again in a moment"
            # SQLite's own "database is locked" under it: raised by the driver itself on
            # the counter's fast path (LocalDatabase.write_plain), wrapped by SQLAlchemy
            # on the others.
            cause = err.value.__cause__
            assert isinstance(getattr(cause, "orig", cause), sqlite3.OperationalError)
            assert "locked" in str(cause)
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert len(sale.state.lines) == 1  # nothing half-done
        sale.execute(AddItem(VARIANTS[1]))  # the retry goes through
        assert len(desk.session(sale.id).state.lines) == 2
    finally:
        db.close()


def test_the_writer_held_past_the_pool_timeout_is_a_busy_error_not_a_traceback(
        tmp_path, monkeypatch, rules, clock, ids):
    monkeypatch.setattr(db_module, "WRITER_POOL_TIMEOUT_S", 0.2)
    db = LocalDatabase(tmp_path / "data")
    held, release = threading.Event(), threading.Event()

    def hog() -> None:
        with db.write():
            held.set()
            release.wait(30)

    try:
        desk = SalesDesk(SqliteSaleStore(db), rules, clock, ids, terminal_id="T1",
                         currency="USD")
        sale = desk.new_sale()
        t = threading.Thread(target=hog)
        t.start()
        assert held.wait(10)
        try:
            with pytest.raises(DatabaseBusy, match="busy; try again in a moment"):
                sale.execute(AddItem(VARIANTS[0]))
        finally:
            release.set()
            t.join(10)
        sale.execute(AddItem(VARIANTS[0]))
        assert len(sale.state.lines) == 1
    finally:
        db.close()


# ---- the writer gate's order ----------------------------------------------------------------


def test_a_command_waits_behind_one_job_transaction_at_most(db):
    """Job A holds the writer; a command asks; job B asks after it. When A lets go, the
    command goes before B, whatever the pool queue's order."""
    order: list[str] = []
    a_holds, a_release = threading.Event(), threading.Event()
    waits: list[WriterWait] = []
    db.gate.observers.append(lambda e: waits.append(e) if isinstance(e, WriterWait) else None)

    def job_a() -> None:
        with db.gate.background(), db.write():
            a_holds.set()
            a_release.wait(10)
            order.append("A")

    def command() -> None:
        with db.write():
            order.append("command")

    def job_b() -> None:
        with db.gate.background(), db.write():
            order.append("B")

    threads = [threading.Thread(target=job_a)]
    threads[0].start()
    assert a_holds.wait(10)
    threads.append(threading.Thread(target=command))
    threads[1].start()
    _wait_until(lambda: db.gate._foreground == 1)  # the command is waiting
    threads.append(threading.Thread(target=job_b))
    threads[2].start()
    _wait_until(lambda: len(db.gate._cond._waiters) >= 1)  # B waits at the gate
    a_release.set()
    for t in threads:
        t.join(10)
    assert order == ["A", "command", "B"]
    [wait] = waits
    assert wait.jobs_ahead == 1 and wait.behind_job > 0


def test_scheduler_threads_are_background_writers(db, desk):
    from pos_app.jobs.housekeeping import build_scheduler

    seen: list[bool] = []
    done = threading.Event()
    sched = build_scheduler(desk, park_after=timedelta(hours=4),
                            compact_after=timedelta(days=30), run_now=False,
                            background_thread=db.gate.mark_background_thread)
    sched.add_job(lambda: (seen.append(db.gate.in_background), done.set()), "interval",
                  hours=1, id="probe", next_run_time=datetime.now(UTC))
    sched.start()
    try:
        assert done.wait(30)
    finally:
        sched.shutdown(wait=True)
    assert seen == [True] and not db.gate.in_background


def test_a_job_that_never_gets_its_turn_gives_up_as_busy(db, monkeypatch):
    monkeypatch.setattr(writer_gate, "BACKGROUND_WAIT_S", 0.2)
    holding, release = threading.Event(), threading.Event()

    def counter() -> None:  # a foreground write that keeps the writer
        with db.write():
            holding.set()
            release.wait(10)

    t = threading.Thread(target=counter)
    t.start()
    try:
        assert holding.wait(10)
        with db.gate.background(), pytest.raises(DatabaseBusy), db.write():
            pass
    finally:
        release.set()
        t.join(10)
    with db.gate.background(), db.write() as conn:  # its next run goes through
        conn.execute(text("SELECT 1"))


def test_a_write_inside_a_write_is_a_bug_not_a_hang(db):
    with db.write(), pytest.raises(RuntimeError, match="inside another"), db.write():
        pass
    with db.gate.background(), db.write(), pytest.raises(RuntimeError), db.write():
        pass


def test_only_relaxed_housekeeping_commits_without_waiting_for_the_disk(db):
    def level() -> int:
        with db.write() as conn:
            return int(conn.exec_driver_sql("PRAGMA synchronous").scalar_one())

    FULL, NORMAL = 2, 1
    assert level() == FULL  # the counter
    with db.gate.background():
        assert level() == FULL  # a job's record before a network call
        with db.gate.relaxed():
            assert level() == NORMAL  # compaction, pruning, acknowledgements
    assert level() == FULL  # and the counter again
    with db.gate.relaxed():
        assert level() == FULL  # never on the counter's own thread


def test_the_status_bar_counts_from_indexes_not_the_whole_history(db):
    """The status bar asks every few seconds on the counter's own worker: its counts of
    sales and of waiting events read indexes, not every sale or outbox row."""
    with db.read() as conn:
        def plan(sql: str) -> str:
            return "\n".join(str(r[3]) for r in conn.execute(text("EXPLAIN QUERY PLAN " + sql),
                                                             {"t": "T1"}))

        sales = plan("SELECT status, count(*) FROM sale WHERE terminal_id = :t "
                     "GROUP BY status")
        waiting = plan("SELECT topic, status, count(*), min(created_at) FROM outbox "
                       "WHERE status IN ('pending', 'rejected', 'unrouted') "
                       "GROUP BY topic, status")
    assert "COVERING INDEX ix_sale_terminal_status" in sales, sales
    assert "INDEX ix_outbox_status_created (status=?)" in waiting, waiting


def test_a_jobs_commit_never_checkpoints_while_holding_the_writer(db, monkeypatch):
    """SQLite's automatic checkpoint runs inside the commit that fills the WAL: on a
    job's turn it would copy a thousand pages into the database while the counter
    waits. Jobs' turns switch it off; their pages are checkpointed on a reader
    connection after every few job transactions, outside the writer. The counter's own
    commits checkpoint only past AUTOCHECKPOINT_PAGES (a rush with no pause): below
    that the checkpoint job does it while the counter is quiet."""
    def autocheckpoint() -> int:
        with db.write() as conn:
            return int(conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar_one())

    assert autocheckpoint() == writer_gate.AUTOCHECKPOINT_PAGES == 8000
    with db.gate.background():
        assert autocheckpoint() == 0
    assert autocheckpoint() == 8000

    calls: list[tuple[int, int, int]] = []
    real = db.checkpoint
    monkeypatch.setattr(db, "checkpoint", lambda: calls.append(real()) or calls[-1])
    with db.gate.background():
        for i in range(2 * store_module.CHECKPOINT_EVERY):
            with db.write() as conn:
                conn.exec_driver_sql("INSERT INTO counter (terminal_id, name, last) "
                                     "VALUES ('T9', ?, 1)", (f"n{i}",))
    assert len(calls) == 2  # every CHECKPOINT_EVERY job transactions
    busy, frames, done = calls[-1]
    assert busy == 0 and frames > 0 and frames == done  # the whole WAL copied


def test_the_counters_wal_is_checkpointed_by_the_job_only_while_the_counter_is_quiet(
        db, desk, monkeypatch):
    """The counter's commits leave the WAL to grow (no scan copies pages into the
    database and syncs it); the scheduled job checkpoints it on a reader connection,
    but not while a command is under way or was written in the last BUSY_COUNTER_S."""
    from pos_app.jobs.housekeeping import checkpoint_wal

    s = desk.new_sale(cashier_id="c1")
    for n in range(1, 40):
        s.execute(AddItem(variant(n)))
    monkeypatch.setattr(writer_gate, "BUSY_COUNTER_S", 3600.0)  # the cashier is at work
    assert checkpoint_wal(db) is None
    monkeypatch.setattr(writer_gate, "BUSY_COUNTER_S", 0.0)
    with db.write():  # a command holding the writer: still not the moment
        assert db.gate.counter_quiet() is False
        assert checkpoint_wal(db) is None
    busy, frames, done = checkpoint_wal(db) or (1, 0, 0)
    assert busy == 0 and frames > 0 and done == frames  # the whole WAL copied


def test_jobs_rest_between_transactions_only_while_the_counter_is_busy(db, monkeypatch):
    """After each transaction a job rests as long as it held the writer, but only while
    the cashier is at work: between two of its transactions the counter also gets the
    CPU (and Python's interpreter lock), not only the writer."""
    rests: list[float] = []
    monkeypatch.setattr(writer_gate.time, "sleep", rests.append)
    monkeypatch.setattr(writer_gate, "BUSY_COUNTER_S", 3600.0)

    def job_write() -> None:
        with db.gate.background(), db.write() as conn:
            conn.exec_driver_sql("SELECT 1")

    job_write()  # no counter command yet: full speed
    assert rests == []
    with db.write() as conn:  # the counter
        conn.exec_driver_sql("SELECT 1")
    job_write()
    assert len(rests) == 1 and 0 < rests[0] <= writer_gate.REST_MAX_S
    monkeypatch.setattr(writer_gate, "BUSY_COUNTER_S", 0.0)  # the counter went quiet
    job_write()
    assert len(rests) == 1
