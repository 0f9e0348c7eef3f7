"""Returns of another till's receipt through the counter and the return screen: two
demo terminals of one store share an embedded SQLite central database."""

from __future__ import annotations

import pytest

from pos_app.app.central_commands import build_central
from pos_app.app.wiring import attach_remote_returns
from pos_app.domain.errors import Offline, ReturnError
from pos_app.domain.sale import TenderKind
from pos_app.services.central_sync import CentralUnavailable
from pos_app.services.counter import ReturnChoice
from tests.ui.conftest import Terminal, make_terminal


def till(tmp_path, tid: str, central_url: str) -> tuple[Terminal, object]:
    root = tmp_path / tid
    root.mkdir()
    (root / "config.toml").write_text(f'[terminal]\nid = "{tid}"\n', encoding="utf-8")
    t = make_terminal(root / "data")
    engine, sync = build_central(t.ctx, url=central_url, store_id="S1", migrate=True)
    attach_remote_returns(t.services, engine, store_id="S1", terminal_id=tid)
    return t, (engine, sync)


@pytest.fixture
def two_tills(tmp_path):
    url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    t1, (e1, s1) = till(tmp_path, "T1", url)
    t2, (e2, s2) = till(tmp_path, "T2", url)
    yield t1, s1, t2, s2
    for t, e in ((t1, e1), (t2, e2)):
        e.dispose()
        t.ctx.close()


def sell_three(t: Terminal) -> int:
    counter = t.services.counter
    t.login("cashier")
    code = t.barcodes(1)[0]
    counter.scan(code, 3)
    counter.add_tender(TenderKind.CASH, counter.current().remaining_cash_minor)
    return counter.complete().receipt_no


def test_counter_returns_another_tills_receipt(two_tills):
    t1, s1, t2, _ = two_tills
    receipt_no = sell_three(t1)
    assert s1.sync_once(force=True).error is None
    paid = t1.services.counter.find_receipt(receipt_no)
    counter = t2.services.counter
    t2.login("cashier")

    found = counter.find_receipt(f"RT1-{receipt_no}")
    assert (found.terminal_id, found.ref, found.sale_id) == ("T1", f"T1-{receipt_no}",
                                                            paid.sale_id)
    [line] = found.lines
    # Titles come from this till's catalog; the amounts from what T1 was paid.
    assert (line.title, line.sold, line.returnable, line.unit_paid) == (
        paid.lines[0].title, 3, 3, paid.lines[0].unit_paid)
    view = counter.return_lines(found.ref, {line.line_no: ReturnChoice(2, "Wrong size")})
    assert view.lines[0].is_return and view.lines[0].quantity == -2
    counter.add_tender(TenderKind.CASH, view.remaining_minor)
    counter.complete()
    assert counter.find_receipt(f"T1-{receipt_no}").lines[0].returnable == 1
    with pytest.raises(ReturnError):
        counter.return_lines(f"T1-{receipt_no}", {line.line_no: ReturnChoice(2, "Wrong size")})

    # Central unreachable: a clear message, and the sale in progress stays as it was.
    class Down:
        def find_sale(self, terminal_id, receipt_no):
            raise CentralUnavailable("connection refused")

    t2.services.desk.remote = Down()
    with pytest.raises(Offline, match="central database can't be reached"):
        counter.find_receipt(f"T1-{receipt_no + 1}")


def test_return_screen_accepts_another_tills_receipt(qtbot, two_tills):
    from pos_app.ui.returns import ReturnDialog
    from pos_app.ui.worker import DbWorker

    t1, s1, t2, _ = two_tills
    receipt_no = sell_three(t1)
    assert s1.sync_once(force=True).error is None
    counter = t2.services.counter
    t2.login("cashier")
    worker = DbWorker()
    dlg = ReturnDialog(worker.submit, counter)
    try:
        dlg.show()
        dlg.number.setText(f"T1-{receipt_no}")
        dlg.look_up()
        qtbot.waitUntil(lambda: dlg.table.rowCount() == 1, timeout=10_000)
        assert "till T1" in dlg.info.text()
        dlg.choose_reason("Changed mind")  # on the selected line: one unit back
        dlg.add()
        qtbot.waitUntil(lambda: dlg.result_view is not None, timeout=10_000)
        assert dlg.result_view.lines[0].quantity == -1

        dlg.number.setText(f"T1-{receipt_no + 40}")
        dlg.look_up()
        qtbot.waitUntil(lambda: "was not found at any till" in dlg.info.text(),
                        timeout=10_000)
    finally:
        qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
        dlg.close()
        dlg.deleteLater()
        worker.shutdown()
