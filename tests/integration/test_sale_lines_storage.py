"""An open sale's lines are stored apart from its header, and only the changed ones are
written; what is stored is always exactly the sale, whatever happened in between.

After every command the sale read back by this store, and by a fresh store with nothing
cached (another process), equals the sale in memory; a failed commit, a second writer,
a restart and a sale stored before this layout change nothing of that. A finished sale
is stored whole, as it always was.
"""

from __future__ import annotations

import json
import random

import pytest
from sqlalchemy import event, text

from pos_app.adapters.sqlite.sale_lines import SaleLines
from pos_app.adapters.sqlite.sale_store import SqliteSaleStore
from pos_app.domain.errors import StaleVersion, StorageCorrupt
from pos_app.domain.permissions import Actor, Role
from pos_app.domain.pricing import Discount, DiscountKind
from pos_app.domain.sale import SaleStatus, TenderKind, state_to_json
from pos_app.services.sale_commands import (
    AddItem,
    AddTender,
    Complete,
    Hold,
    RemoveLine,
    Resume,
    SetLineDiscount,
    SetQuantity,
)
from pos_app.services.sales import SalesDesk
from tests.conftest import variant

MANAGER = Actor("manager-1", Role.MANAGER)


def stored(db, sale_id: str) -> tuple[dict, int]:
    """The sale row's JSON and how many line rows the sale has."""
    with db.read() as conn:
        raw = conn.execute(text("SELECT state FROM sale WHERE id = :s"), {"s": sale_id}).scalar()
        rows = conn.execute(text("SELECT count(*) FROM sale_state_line WHERE sale_id = :s"),
                            {"s": sale_id}).scalar()
    return json.loads(raw), int(rows)


def same_everywhere(db, store, session) -> None:
    state = session.state
    assert store.load(state.id) == state
    assert SqliteSaleStore(db).load(state.id) == state  # nothing cached: what is on disk


def ring_up(session, rng: random.Random, n: int) -> None:
    for _ in range(n):
        lines = session.state.lines
        roll = rng.random()
        if not lines or roll < 0.5:
            session.execute(AddItem(variant(rng.randint(1, 50), rng.randint(100, 5000),
                                            rng.choice(["standard", "food", "exempt"]))))
        elif roll < 0.75:
            session.execute(SetQuantity(rng.choice(lines).no, rng.randint(1, 9)), actor=MANAGER)
        elif roll < 0.9:
            session.execute(RemoveLine(rng.choice(lines).no), actor=MANAGER)
        else:
            session.execute(SetLineDiscount(rng.choice(lines).no,
                                            Discount(DiscountKind.PERCENT, 500)), actor=MANAGER)


def test_every_command_stores_exactly_the_sale_and_a_finished_sale_is_whole(db, store, desk):
    s = desk.new_sale(cashier_id="c1")
    rng = random.Random(7)
    for _ in range(40):
        ring_up(s, rng, 5)
        same_everywhere(db, store, s)
        head, rows = stored(db, s.id)
        assert "lines" not in head and head["lx"] == rows == len(s.state.lines)
    s.execute(Hold())
    assert store.load(s.id) == s.state and stored(db, s.id)[0]["st"] == "held"
    s.execute(Resume("c1"))
    s.execute(AddTender(TenderKind.CASH, s.settlement().remaining_cash))
    s.execute(Complete())
    head, rows = stored(db, s.id)
    assert rows == 0 and head == json.loads(state_to_json(s.state))  # whole, as before
    same_everywhere(db, store, s)


def test_a_failed_commit_leaves_nothing_half_written(db, store, desk, monkeypatch):
    s = desk.new_sale(cashier_id="c1")
    rng = random.Random(3)
    ring_up(s, rng, 30)
    real = SaleLines.write

    def fails_after_writing(self, conn, prev_version, state, head=None):
        real(self, conn, prev_version, state, head)
        raise OSError("disk went away")

    monkeypatch.setattr(SaleLines, "write", fails_after_writing)
    before = s.state
    with pytest.raises(OSError):
        s.execute(SetQuantity(before.lines[3].no, 7), actor=MANAGER)
    with pytest.raises(OSError):
        s.execute(AddItem(variant(99)))
    monkeypatch.setattr(SaleLines, "write", real)
    assert s.state == before
    same_everywhere(db, store, s)
    ring_up(s, rng, 30)  # and on from there, each change compared with what is durable
    same_everywhere(db, store, s)


def test_two_writers_of_one_sale_never_leave_stale_lines(db, store, desk):
    s = desk.new_sale(cashier_id="c1")
    rng = random.Random(11)
    ring_up(s, rng, 20)
    other_desk = SalesDesk(SqliteSaleStore(db), desk.rules, desk._clock, desk._ids,
                           terminal_id="T1", currency="USD")
    other = other_desk.session(s.id)
    for turn in range(20):
        first, second = (s, other) if turn % 2 else (other, s)
        ring_up(first, rng, 2)
        with pytest.raises(StaleVersion):
            second.execute(AddItem(variant(1)), expected_version=second.version)
        second._reset()  # what a window does after a stale refusal: read what is durable
        same_everywhere(db, store, second)


def test_a_sale_stored_whole_before_the_change_reads_and_moves_to_rows(db, store, desk):
    s = desk.new_sale(cashier_id="c1")
    ring_up(s, random.Random(5), 15)
    with db.write() as conn:  # as an older version of the till stored it
        conn.execute(text("DELETE FROM sale_state_line WHERE sale_id = :s"), {"s": s.id})
        conn.execute(text("UPDATE sale SET state = :b WHERE id = :s"),
                     {"b": state_to_json(s.state), "s": s.id})
    fresh = SalesDesk(SqliteSaleStore(db), desk.rules, desk._clock, desk._ids,
                      terminal_id="T1", currency="USD").session(s.id)
    assert fresh.state == s.state
    fresh.execute(AddItem(variant(7)))
    head, rows = stored(db, s.id)
    assert "lines" not in head and rows == len(fresh.state.lines)
    assert SqliteSaleStore(db).load(s.id) == fresh.state


def test_a_missing_line_row_is_named_as_damage(db, store, desk):
    s = desk.new_sale(cashier_id="c1")
    ring_up(s, random.Random(9), 10)
    with db.write() as conn:
        conn.execute(text("DELETE FROM sale_state_line WHERE sale_id = :s AND line_no = "
                          "(SELECT min(line_no) FROM sale_state_line WHERE sale_id = :s)"),
                     {"s": s.id})
    with pytest.raises(StorageCorrupt, match="lines"):
        SqliteSaleStore(db).load(s.id)
    assert s.state.status is SaleStatus.OPEN


def test_downgrading_puts_every_line_back_into_its_sale(db, store, desk):
    from alembic import command as alembic_command

    from pos_app.adapters.sqlite import migrate
    from pos_app.domain.sale import state_from_json

    s = desk.new_sale(cashier_id="c1")
    ring_up(s, random.Random(13), 25)
    cfg = migrate.alembic_config()
    with db.writer.begin() as conn:
        cfg.attributes["connection"] = conn
        alembic_command.downgrade(cfg, "0006_commission_originals_cache")
    with db.read() as conn:
        raw = conn.execute(text("SELECT state FROM sale WHERE id = :s"), {"s": s.id}).scalar()
        tables = set(conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'table'")).scalars())
    assert "sale_state_line" not in tables
    assert raw == state_to_json(s.state) and state_from_json(raw) == s.state
    migrate.upgrade(db.writer)
    assert SqliteSaleStore(db).load(s.id) == s.state


def row_head(db, sale_id: str) -> tuple[str, str | None, str | None, str, int]:
    with db.read() as conn:
        row = conn.execute(text("SELECT status, cashier_id, shift_id, updated_at, version "
                                "FROM sale WHERE id = :s"), {"s": sale_id}).one()
    return row[0], row[1], row[2], row[3], row[4]


def test_the_sale_row_is_touched_to_the_minute_and_its_indexed_columns_always_exact(
        db, store, desk, clock):
    """A command in the same minute that changes none of the row's indexed columns
    writes its version and state only (SQLite would rewrite five index entries for a
    `status` set to what it was); a status, cashier or shift change, or a new minute,
    writes them all. After every command of a random walk with holds, resumes and the
    clock moving, the row's status, cashier and shift are the sale's, and updated_at is
    the sale's last command to the minute."""
    rng = random.Random(11)
    s = desk.new_sale(cashier_id="c1")
    for step in range(150):
        roll = rng.random()
        if roll < 0.06 and s.state.status is SaleStatus.OPEN and s.state.lines:
            s.execute(Hold())
        elif s.state.status is SaleStatus.HELD:
            s.execute(Resume())
        elif roll < 0.2:
            clock.advance(seconds=rng.choice([5, 20, 45, 61, 130]))
            continue
        else:
            ring_up(s, rng, 1)
        at = clock.now().isoformat(timespec="microseconds")
        status, cashier, shift, updated_at, version = row_head(db, s.state.id)
        assert (status, cashier, shift, version) == (
            s.state.status.value, s.state.cashier_id, s.state.shift_id, s.state.version)
        assert updated_at[:16] == at[:16] and updated_at <= at, step
        same_everywhere(db, store, s)
    # Which statement: the short one within the minute, the whole one for a hold.
    statements: list[str] = []

    def seen(_conn, _cursor, sql, *_args) -> None:
        statements.append(sql)

    event.listen(db.writer, "before_cursor_execute", seen)
    try:
        clock.advance(seconds=60)
        s.execute(AddItem(variant(3)))  # a new minute: updated_at moves
        s.execute(AddItem(variant(4)))  # the same minute, nothing indexed changes
        s.execute(Hold())
    finally:
        event.remove(db.writer, "before_cursor_execute", seen)
    updates = [q for q in statements if q.startswith("UPDATE sale SET")]
    assert [q.startswith("UPDATE sale SET version = ?, state = ?") for q in updates] \
        == [False, True, False]


def test_a_sale_touched_within_the_minute_is_never_parked_early(db, store, desk, clock):
    """updated_at keeps the first command of its minute, so parking looks a minute
    further back: a sale scanned 50 s after its updated_at is not parked before its
    idle time has passed since that scan, and is parked once it has."""
    from datetime import timedelta

    idle = timedelta(hours=4)
    s = desk.new_sale(cashier_id="c1")
    s.execute(AddItem(variant(1)))  # 09:00:00
    clock.advance(seconds=50)
    s.execute(AddItem(variant(2)))  # 09:00:50, the same minute: updated_at stays
    assert row_head(db, s.state.id)[3].startswith("2026-11-27T09:00:00")
    clock.advance(seconds=idle.total_seconds() - 10)  # 3 h 59 min 50 s after the scan
    assert desk.park_stale(idle) == []
    clock.advance(seconds=80)  # 4 h 1 min 10 s after it
    assert desk.park_stale(idle) == [s.state.id]
    assert desk.session(s.state.id).state.status is SaleStatus.PARKED
