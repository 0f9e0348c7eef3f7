"""The journal screen of the back office through its real widgets: the records with names,
filters by action, staff and text, the chain status (verified, then broken at the record
someone altered), this terminal's and the central copy, and the manager-only rule
enforced by the service."""

from __future__ import annotations

import pytest

from pos_app.app.journal_commands import backoffice_journals
from pos_app.domain.errors import PermissionDenied
from pos_app.domain.pricing import Discount, DiscountKind
from pos_app.services.journal import JournalFilter, RowState
from pos_app.services.sale_commands import AddItem, SetLineDiscount, Void
from pos_app.ui.backoffice import BackOfficeWindow
from pos_app.ui.worker import DbWorker
from tests.ui.test_backoffice_commission import close_window, shop
from tests.ui.test_error_language import spanish

__all__ = ["shop", "spanish"]


def make_journal_window(qtbot, shop, role: str = "manager"):
    reports, plans = shop.backoffice()
    worker = DbWorker()
    win = BackOfficeWindow(reports=reports, plans=plans, worker=worker, store_name="Demo Store",
                           actor=shop.actor(role), journals=backoffice_journals(
                               shop.ctx, shop.engine, "S1"),
                           today=shop.ctx.clock.now().date())
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    return win, worker


def open_journal(qtbot, win, worker):
    win.show_section("Journal")
    page = win.journal
    qtbot.waitUntil(lambda: page.view is not None and not worker.busy, timeout=10_000)
    return page


def reload(qtbot, page, worker, **kwargs):
    page.view = None
    page.load(**kwargs)
    qtbot.waitUntil(lambda: page.view is not None and not worker.busy, timeout=10_000)


@pytest.fixture
def journal_shop(shop):
    """The shop's sales, plus a discount over the cashier's limit and a voided sale."""
    v = shop.variants(2)
    s = shop.services.desk.new_sale(cashier_id=shop.staff["cashier"])
    s.execute(AddItem(v[0], 1), actor=shop.actor("cashier"))
    s.execute(SetLineDiscount(1, Discount(DiscountKind.PERCENT, 3000, "dented")),
              actor=shop.actor("cashier"), approver=shop.actor("manager"))
    s.execute(Void(reason="changed mind"), actor=shop.actor("cashier"),
              approver=shop.actor("supervisor"))
    return shop


def test_the_manager_sees_every_record_and_a_verified_chain(qtbot, journal_shop):
    win, worker = make_journal_window(qtbot, journal_shop)
    try:
        assert "Journal" in win.section_titles()
        page = open_journal(qtbot, win, worker)
        rows = page.rows_text()
        actions = [r[3] for r in rows]
        assert actions[:2] == ["Void", "Discount over limit"]
        assert actions.count("Sale") == 4 and actions.count("Refund") == 1
        names = journal_shop.names()
        void = rows[0]
        assert void[4] == names[journal_shop.staff["cashier"]]
        assert void[5] == names[journal_shop.staff["supervisor"]]
        assert "reason changed mind" in void[6]
        assert "value 30 %" in rows[1][6] and "reason dented" in rows[1][6]
        assert "chain verified, seq 1 to" in page.status_text()
        assert all(r.state is RowState.VERIFIED for r in page.view.rows)
        assert not win.filters.isVisible() and not win.banner.isVisible()
    finally:
        close_window(qtbot, win, worker)


def test_filters_narrow_the_list(qtbot, journal_shop):
    win, worker = make_journal_window(qtbot, journal_shop)
    try:
        page = open_journal(qtbot, win, worker)
        page.action.setCurrentIndex(page.action.findData("refund"))
        qtbot.waitUntil(lambda: [r[3] for r in page.rows_text()] == ["Refund"],
                        timeout=10_000)
        page.action.setCurrentIndex(0)
        page.staff.setCurrentIndex(page.staff.findData(journal_shop.staff["supervisor"]))
        qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
        reload(qtbot, page, worker)
        assert {r[3] for r in page.rows_text()} == {"Void", "Sale", "Refund"}
        page.staff.setCurrentIndex(0)
        page.text.setText("dented")
        page.text.returnPressed.emit()
        qtbot.waitUntil(lambda: [r[3] for r in page.rows_text()] == ["Discount over limit"],
                        timeout=10_000)
    finally:
        close_window(qtbot, win, worker)


def test_an_altered_record_shows_the_chain_broken_there(qtbot, journal_shop):
    win, worker = make_journal_window(qtbot, journal_shop)
    try:
        page = open_journal(qtbot, win, worker)
        with journal_shop.ctx.db.write() as conn:
            conn.exec_driver_sql("DROP TRIGGER journal_no_update")
            conn.exec_driver_sql(
                "UPDATE journal SET subject = subject || '-x' WHERE action = 'refund'")
            seq = conn.exec_driver_sql("SELECT seq FROM journal WHERE action = 'refund'"
                                       ).scalar()
        page.verify_button.click()
        qtbot.waitUntil(lambda: "BROKEN" in page.status_text() and not worker.busy,
                        timeout=10_000)
        assert f"BROKEN at seq {seq}" in page.status_text()
        assert "the record was altered" in page.status_text()
        broken = [r for r in page.view.rows if r.state is RowState.BROKEN]
        assert [r.record.seq for r in broken] == [seq]
        assert all(r.state is RowState.AFTER_BREAK for r in page.view.rows
                   if r.record.seq > seq)
    finally:
        close_window(qtbot, win, worker)


def test_the_central_copy_is_a_source_once_pushed(qtbot, journal_shop):
    assert journal_shop.sync.sync_once(force=True).ok
    win, worker = make_journal_window(qtbot, journal_shop)
    try:
        page = open_journal(qtbot, win, worker)
        local_rows = page.rows_text()
        page.source.setCurrentIndex(1)
        qtbot.waitUntil(lambda: not worker.busy and page.view is not None
                        and "central database" in page.status_text(), timeout=10_000)
        qtbot.waitUntil(lambda: page.rows_text() == local_rows, timeout=10_000)
        assert "chain verified" in page.status_text()
    finally:
        close_window(qtbot, win, worker)


def test_only_managers_and_owners_read_the_journal(qtbot, journal_shop):
    win, worker = make_journal_window(qtbot, journal_shop, role="supervisor")
    try:
        assert "Journal" not in win.section_titles()
    finally:
        close_window(qtbot, win, worker)
    [(_label, service), *_] = backoffice_journals(journal_shop.ctx, None)
    for role in ("cashier", "supervisor"):
        with pytest.raises(PermissionDenied, match="cannot read the journal"):
            service.view(journal_shop.actor(role), JournalFilter())
    assert service.view(journal_shop.actor("manager"), JournalFilter()).rows


def test_the_detail_column_reads_in_spanish(qtbot, journal_shop, spanish):
    """The detail's keys are said in the manager's language (not the stored `reason`,
    `total`), money as the Spanish locale writes it."""
    win, worker = make_journal_window(qtbot, journal_shop)
    try:
        page = open_journal(qtbot, win, worker)
        rows = page.rows_text()
        void, over_limit = rows[0][6], rows[1][6]
        assert "motivo changed mind" in void and "reason" not in void
        assert "valor 30 %" in over_limit and "motivo dented" in over_limit
        sale = next(r[6] for r in rows if r[3] == "Venta")
        assert sale.startswith("recibo ") and " · total " in sale, sale
        assert "," in sale.split(" · total ")[1].split(" · ")[0]  # 12,34: Spanish money
        assert "pagos efectivo " in sale and "líneas 1" in sale, sale  # tender, count
        assert page.status.toolTip().startswith("T1: cadena verificada, sec. 1 a ")
    finally:
        close_window(qtbot, win, worker)


def test_the_table_fits_1024_and_the_selected_record_reads_whole(qtbot, journal_shop):
    """In a 1024 px window the journal's columns fit (no sideways scrolling; one
    terminal's journal has no terminal column), and the selected record is written out
    whole under the table: every column by its header, then the detail."""
    win, worker = make_journal_window(qtbot, journal_shop)
    try:
        win.resize(1024, 768)
        page = open_journal(qtbot, win, worker)
        qtbot.waitUntil(lambda: page.table.viewport().width() < 900, timeout=5_000)
        bar = page.table.horizontalScrollBar()
        assert bar.maximum() == bar.minimum()
        assert page.table.isColumnHidden(1)  # this terminal's journal: one terminal
        assert page.record_text() == ""
        page.table.setCurrentCell(0, 0)
        names = journal_shop.names()
        said = page.record_text()
        assert "Action: Void" in said and "Seq: " in said and "Terminal: T1" in said
        assert f"Staff: {names[journal_shop.staff['cashier']]}" in said
        assert f"Approved by: {names[journal_shop.staff['supervisor']]}" in said
        assert said.splitlines()[1] == page.rows_text()[0][6]  # the detail, whole
        reload(qtbot, page, worker)
        assert page.record_text() == ""  # a new list: nothing selected
    finally:
        close_window(qtbot, win, worker)
