"""The counter's driver shortcuts (store.py `fetch_all` and `DriverSql`, db.py's BEGIN)
give exactly what the SQLAlchemy path gives; while anything listens to an engine's
statements they take that path, so tests that capture or fail statements see them all.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, event

from pos_app.adapters.sqlite.catalog_repo import SqliteCatalogRepository
from pos_app.adapters.sqlite.sale_store import SqliteSaleStore
from pos_app.adapters.sqlite.staff_repo import SqliteStaffRepository
from pos_app.adapters.sqlite.store import LocalDatabase
from pos_app.domain.barcode import parse_code
from pos_app.domain.permissions import Role
from pos_app.services.sale_commands import AddItem, SetQuantity
from pos_app.services.staff import Staff
from tests.conftest import TAX_CLASSES, variant


@contextmanager
def listening(engine: Engine) -> Iterator[list[str]]:
    seen: list[str] = []

    def note(_c: Any, _cur: Any, statement: str, *_: Any) -> None:
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", note)


def test_point_reads_are_the_same_either_way(db: LocalDatabase) -> None:
    catalog = SqliteCatalogRepository(db)
    catalog.upsert_tax_class(TAX_CLASSES["standard"])
    v = variant(7, 1234)
    catalog.upsert_variants([v])
    staff = SqliteStaffRepository(db)
    staff.add(Staff(id="s1", name="Ann", role=Role.SUPERVISOR), "hash")
    code = parse_code(v.barcode or v.sku)
    fast = (catalog.find_by_code(code), catalog.get(v.id), staff.get("s1"), staff.get("nobody"))
    with listening(db.reader) as seen:
        slow = (catalog.find_by_code(code), catalog.get(v.id), staff.get("s1"),
                staff.get("nobody"))
    assert fast == slow and fast[0] is not None and fast[0].sku == v.sku
    assert fast[2] is not None and fast[2].role is Role.SUPERVISOR and fast[3] is None
    # By barcode key (none), then by SKU, then by id; the person twice.
    assert sum("FROM variant" in s for s in seen) == 3 and sum("FROM staff" in s for s in seen) == 2


def test_a_sale_commits_the_same_rows_either_way(db: LocalDatabase, desk) -> None:
    def ring(sale) -> None:
        sale.execute(AddItem(variant(1, 500)))
        sale.execute(AddItem(variant(2, 700)))
        sale.execute(SetQuantity(1, 3))

    fast, slow = desk.new_sale(), desk.new_sale()
    ring(fast)
    with listening(db.writer) as seen:
        ring(slow)
    assert any(s.startswith("BEGIN IMMEDIATE") for s in seen)
    assert any(s.startswith("UPDATE sale SET") for s in seen)

    def stored(sale_id: str) -> tuple[Any, ...]:
        loaded = SqliteSaleStore(db).load(sale_id)  # from the file, not the session
        assert loaded is not None
        with db.read() as conn:
            lines = conn.exec_driver_sql(
                "SELECT line_no, body FROM sale_state_line WHERE sale_id = ? ORDER BY line_no",
                (sale_id,)).all()
            kinds = conn.exec_driver_sql(
                "SELECT version, kind FROM sale_command WHERE sale_id = ? ORDER BY version",
                (sale_id,)).all()
        return loaded.version, [(n, b) for n, b in lines], kinds, loaded.lines

    a, b = stored(fast.id), stored(slow.id)
    assert a[0] == b[0] == 4 and a[2] == b[2]
    assert [n for n, _ in a[1]] == [n for n, _ in b[1]] == [1, 2]
    assert [(ln.no, ln.quantity, ln.unit_price) for ln in a[3]] \
        == [(ln.no, ln.quantity, ln.unit_price) for ln in b[3]] == [(1, 3, 500), (2, 1, 700)]
