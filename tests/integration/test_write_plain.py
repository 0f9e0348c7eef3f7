"""`LocalDatabase.write_plain` (the counter's scans and quantity changes, begun and
committed on the driver connection): one durable BEGIN IMMEDIATE ... COMMIT on the
writer, rolled back unless the block completes, storage errors typed as `write()`
types them (a damaged file noted and refused from then on), the after-commit hooks
run; and the line facts the rules read kept by difference equal a scan of every line."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pos_app.adapters.sqlite.store import LocalDatabase
from pos_app.domain.errors import DatabaseBusy, DiskFull, StorageCorrupt
from pos_app.domain.pricing import Discount, DiscountKind
from pos_app.domain.sale import Line, LineFacts, ReturnRef, SaleState, line_facts


def _table(db: LocalDatabase) -> None:
    with db.write() as conn:
        conn.exec_driver_sql("CREATE TABLE IF NOT EXISTS t (v INTEGER)")


def _rows(db: LocalDatabase) -> list[int]:
    return [r[0] for r in db.fetch_all("SELECT v FROM t ORDER BY v")]


def test_a_plain_write_is_one_immediate_transaction_committed_durably(db) -> None:
    _table(db)
    hooks: list[int] = []
    db.after_commit.append(lambda: hooks.append(1))
    with db.write_plain() as sql:
        sql.run("INSERT INTO t (v) VALUES (?)", (1,))
        driver = sql._driver
        assert driver is not None and driver.in_transaction
        # Immediate: the write lock is taken at BEGIN, so another writer is kept out.
        other = sqlite3.connect(db.path, timeout=0)
        try:
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        finally:
            other.close()
        assert driver.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert _rows(db) == [1] and hooks == [1]


@pytest.mark.parametrize(("raised", "typed"), [
    (sqlite3.OperationalError("database or disk is full"), DiskFull),
    (sqlite3.OperationalError("database is locked"), DatabaseBusy),
    (sqlite3.DatabaseError("database disk image is malformed"), StorageCorrupt),
])
def test_a_failed_plain_write_is_rolled_back_and_typed(db, raised, typed) -> None:
    _table(db)
    with pytest.raises(typed), db.write_plain() as sql:
        sql.run("INSERT INTO t (v) VALUES (?)", (2,))
        raise raised
    assert _rows(db) == []  # nothing of it was kept
    if typed is StorageCorrupt:
        assert db.damage  # noted: nothing more is written into the file
        with pytest.raises(StorageCorrupt), db.write_plain():
            pass
    else:
        with db.write_plain() as sql:  # the writer is free again
            sql.run("INSERT INTO t (v) VALUES (?)", (3,))
        assert _rows(db) == [3]


_lines = st.lists(st.tuples(
    st.booleans(), st.sampled_from([None, "percent", "amount"]), st.booleans(),
    st.booleans()), max_size=12)


def _line(no: int, spec: tuple[bool, str | None, bool, bool]) -> Line:
    ret, disc, overridden, approved = spec
    return Line(no=no, variant_id=f"v{no}", sku=f"S{no}", title="t", unit_price=100,
                quantity=-1 if ret else 1, tax_class="standard",
                discount=None if disc is None else Discount(
                    DiscountKind.PERCENT if disc == "percent" else DiscountKind.AMOUNT, 10),
                list_price=120 if overridden else None,
                override_by="m1" if overridden and approved else None,
                return_of=ReturnRef("s0", 1, no) if ret else None)


def _scanned(lines: tuple[Line, ...]) -> LineFacts:
    return LineFacts(
        returns=any(ln.return_of is not None for ln in lines),
        discounts=any(ln.discount is not None for ln in lines),
        amount_discounts=any(ln.discount is not None and ln.discount.kind is DiscountKind.AMOUNT
                             for ln in lines),
        unapproved_override=next((ln for ln in lines if ln.list_price is not None
                                  and ln.override_by is None), None))


@settings(max_examples=60, deadline=None)
@given(specs=_lines, steps=st.lists(st.tuples(st.integers(0, 11), _lines.map(lambda x: x[:1])),
                                    max_size=12))
def test_line_facts_kept_by_difference_equal_a_scan(specs, steps) -> None:
    """Lines added one at a time (the cheap way) or replaced anywhere (a scan again)."""
    state = SaleState(id="facts-sale", terminal_id="T", currency="USD", opened_at="x")
    lines: tuple[Line, ...] = ()
    for no, spec in enumerate(specs, 1):
        lines = (*lines, _line(no, spec))
        state = SaleState(id=state.id, terminal_id="T", currency="USD", opened_at="x",
                          lines=lines)
        assert line_facts(state) == _scanned(lines)
    for at, new in steps:
        if not lines or not new:
            continue
        i = at % len(lines)
        lines = (*lines[:i], _line(lines[i].no, new[0]), *lines[i + 1:])
        state = SaleState(id=state.id, terminal_id="T", currency="USD", opened_at="x",
                          lines=lines)
        assert line_facts(state) == _scanned(lines)
