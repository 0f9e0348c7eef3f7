"""The commission screen driven through its real widgets: sales made through the real
sales desk with a plan saved centrally and pulled, read back from the embedded central
database (or this terminal's data when that fails)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from sqlalchemy import Engine, text

from pos_app.adapters.central.engine import make_central_engine
from pos_app.adapters.central.repository import CentralAdmin
from pos_app.app.backoffice import build_backoffice
from pos_app.app.central_commands import build_central
from pos_app.domain.commission import (
    Bonus,
    CommissionPlan,
    Match,
    Measure,
    Rate,
    RateKind,
    RateRule,
    Tier,
    TierMode,
    TierSchedule,
)
from pos_app.domain.permissions import Actor, Role
from pos_app.domain.sale import TenderKind
from pos_app.services.central_sync import CentralSync
from pos_app.services.commission_reports import (
    PAYROLL_COLUMNS,
    CommissionReports,
    Figure,
    money_text,
)
from pos_app.services.sale_commands import (
    AddItem,
    AddTender,
    AttributeLine,
    Complete,
    ReturnLine,
)
from pos_app.ui.backoffice import BackOfficeWindow
from pos_app.ui.backoffice.commission import COLUMNS
from pos_app.ui.worker import DbWorker
from tests.ui.conftest import Terminal, make_terminal

FLOOR = CommissionPlan(
    id="floor", name="Floor staff", currency="USD", effective_from=date(2020, 1, 1),
    roles=frozenset({"cashier", "supervisor"}),
    rules=(RateRule(Match(), Rate(RateKind.PERCENT, 500)),),
    tiers=TierSchedule(Measure.VALUE, TierMode.WHOLE_PERIOD, (Tier(0, 0), Tier(5_000, 100))),
    bonuses=(Bonus(Measure.VALUE, 1_000_000, 2_500),),
)


@dataclass
class Shop:
    """A demo terminal with the embedded central database, a plan and some sales."""

    terminal: Terminal
    engine: Engine
    sync: CentralSync
    staff: dict[str, str]  # role -> staff id
    receipts: dict[str, list[int]] = field(default_factory=dict)

    @property
    def ctx(self):
        return self.terminal.ctx

    @property
    def services(self):
        return self.terminal.services

    def actor(self, role: str) -> Actor:
        return Actor(self.staff[role], Role(role))

    def variants(self, n: int):
        return [self.services.catalog.lookup(code) for code in self.terminal.barcodes(n)]

    def sell(self, role: str, items, *, split_with: str | None = None) -> int:
        desk = self.services.desk
        s = desk.new_sale(cashier_id=self.staff[role])
        for variant, qty in items:
            s.execute(AddItem(variant, qty))
        if split_with is not None:
            s.execute(AttributeLine(1, ((self.staff[role], 5_000),
                                        (self.staff[split_with], 5_000))))
        st = s.settlement()
        s.execute(AddTender(TenderKind.CASH, st.remaining_cash or st.remaining))
        done = s.execute(Complete())
        self.receipts.setdefault(role, []).append(done.receipt_no)
        return done.receipt_no

    def give_back(self, role: str, receipt_no: int, line: int = 1, qty: int = 1) -> int:
        desk = self.services.desk
        rl = next(x for x in desk.receipt(receipt_no).lines if x.line.line_no == line)
        r = desk.new_sale(cashier_id=self.staff[role])
        r.execute(ReturnLine(rl.line, rl.returned, qty, reason="Changed mind"))
        st = r.settlement()
        r.execute(AddTender(TenderKind.CASH, st.remaining_cash or st.remaining))
        return r.execute(Complete()).receipt_no

    def ledger(self) -> dict[str, dict[str, int]]:
        """Per staff id, what the calculator recorded (the local commission records)."""
        with self.ctx.db.read() as conn:
            rows = conn.execute(text(
                "SELECT staff_id, "
                "sum(CASE WHEN kind IN ('sale', 'clawback') THEN base ELSE 0 END), "
                "sum(amount), sum(CASE WHEN kind = 'clawback' THEN amount ELSE 0 END), "
                "sum(CASE WHEN kind IN ('bonus', 'tier_adjustment') THEN amount ELSE 0 END), "
                "sum(status = 'needs_review') FROM commission_record GROUP BY staff_id")).all()
        return {r[0]: {"sales": r[1], "commission": r[2], "clawbacks": r[3],
                       "bonuses": r[4], "review": r[5]} for r in rows}

    def backoffice(self, engine: Engine | None = None) -> CommissionReports:
        return build_backoffice(self.ctx, self.services, engine or self.engine)

    def names(self) -> dict[str, str]:
        return {s.id: s.name for s in self.services.staff.list_staff()}


def open_shop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *, sales: bool = True) -> Shop:
    monkeypatch.delenv("POS_APP_CENTRAL_URL", raising=False)
    monkeypatch.delenv("POS_APP_STORE_ID", raising=False)
    t = make_terminal(tmp_path / "data")
    engine, sync = build_central(t.ctx, url=None, store_id=None)
    staff = {s.role.value: s.id for s in t.services.staff.list_staff()}
    shop = Shop(t, engine, sync, staff)
    admin = CentralAdmin(engine)
    admin.save_plan(FLOOR, expected_version=0, by=staff["manager"])
    for s in t.services.staff.list_staff():
        admin.upsert_staff("S1", s.id, s.name, s.role.value)
    summary = sync.sync_once(force=True)
    assert (summary.plans_applied, summary.staff_applied) == (1, 4)
    if sales:
        v = shop.variants(6)
        first = shop.sell("cashier", [(v[0], 2), (v[1], 1)])
        shop.sell("cashier", [(v[2], 3)])
        shop.sell("supervisor", [(v[3], 1), (v[4], 1)], split_with="cashier")
        shop.give_back("supervisor", first, line=1, qty=1)  # claws back the cashier's
        shop.sell("manager", [(v[5], 1)])  # no plan covers managers: needs review
        t.services.commission.settle()
        assert sync.sync_once(force=True).ok
    return shop


@pytest.fixture
def shop(tmp_path, monkeypatch):
    s = open_shop(tmp_path, monkeypatch)
    yield s
    s.engine.dispose()
    s.ctx.close()


def make_window(qtbot, shop: Shop, *, role: str = "manager", engine: Engine | None = None,
                export_dir: Path | None = None):
    reports, plans = shop.backoffice(engine)
    worker = DbWorker()

    def recalculate():
        fixed = shop.services.commission.recalculate()
        shop.sync.sync_once(force=True)  # so the central database sees the fix now
        return fixed

    win = BackOfficeWindow(reports=reports, plans=plans, worker=worker,
                           store_name="Demo Store", actor=shop.actor(role),
                           recalculate=recalculate, export_dir=export_dir)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    return win, worker


def close_window(qtbot, win, worker) -> None:
    qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
    if shiboken6.isValid(win):
        win.close()
    worker.shutdown()


@pytest.fixture
def window(qtbot, shop, tmp_path):
    win, worker = make_window(qtbot, shop, export_dir=tmp_path)
    yield win
    close_window(qtbot, win, worker)


def loaded(qtbot, win) -> None:
    qtbot.waitUntil(lambda: win.commission.report is not None and not win.worker.busy,
                    timeout=10_000)


def test_staff_table_charts_and_banner_show_what_the_calculator_recorded(qtbot, window, shop):
    loaded(qtbot, window)
    page = window.commission
    ledger = shop.ledger()
    names = shop.names()
    cashier, supervisor, manager = (shop.staff[r] for r in ("cashier", "supervisor",
                                                            "manager"))
    assert ledger[cashier]["clawbacks"] < 0 and ledger[manager]["review"] == 1
    rows = {r[0]: r for r in page.rows_text()}
    assert set(rows) == {names[cashier], names[supervisor], names[manager]}
    for sid in (cashier, supervisor, manager):
        got = rows[names[sid]]
        want = ledger[sid]
        assert got[1] == money_text(want["sales"], "USD")
        assert got[2] == money_text(want["commission"], "USD")
        assert got[3] == (money_text(want["clawbacks"], "USD") if want["clawbacks"] else "–")
        assert got[4] == (money_text(want["bonuses"], "USD") if want["bonuses"] else "–")
        assert got[7] == (str(want["review"]) if want["review"] else "")
    # Sorted by commission, most first; numbers right-aligned.
    most_first = sorted((cashier, supervisor, manager),
                        key=lambda sid: -ledger[sid]["commission"])
    assert [r[0] for r in page.rows_text()] == [names[sid] for sid in most_first]
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert all(page.proxy.data(page.proxy.index(0, c), Qt.ItemDataRole.TextAlignmentRole)
               == right for c, col in enumerate(COLUMNS) if col[2])
    # Tier progress of the whole-period plan: over 50.00 of sales, tier 2 of 2.
    tier_text = rows[names[cashier]][5]
    assert tier_text.startswith("Tier 2 of 2 (1 %)")
    # Sorting by another column re-orders by the number, not the text.
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    by_sales = sorted((cashier, supervisor, manager), key=lambda s: ledger[s]["sales"])
    assert [r[0] for r in page.rows_text()] == [names[s] for s in by_sales]

    # Bars per staff member, and the team's line over time (today's point).
    bars = dict(page.bars.values())
    assert bars == {names[s][:18]: ledger[s]["commission"] / 100
                    for s in (cashier, supervisor, manager)}
    lines = page.lines.values()
    report = page.report
    today = report.team.starts.index(max(report.team.starts))
    assert {n: v[today] for n, v in lines.items()} == {
        names[s]: ledger[s]["commission"] / 100 for s in (cashier, supervisor, manager)}
    assert all(sum(v) == v[today] for v in lines.values())  # all of it sold today

    assert window.banner.text().startswith("Central database · all stores and terminals · "
                                           "as of ")
    assert window.banner.property("role") == "info"
    assert "record(s) need review" in page.summary.text()


def test_every_column_header_is_whole_in_its_semibold_type(qtbot, window):
    """The headers are drawn semibold with 6 px padding each side, the sorted one with
    its arrow; columns sized in the table's regular type cut them ("المبيعات (صافي)"
    lost its first letter in the Arabic screenshots), and figure columns sized too
    generously squeezed the two progress columns until their headers were cut."""
    from PySide6.QtGui import QFont, QFontMetrics

    from pos_app.ui.i18n import translate

    loaded(qtbot, window)
    window.resize(1366, 768)
    table = window.commission.table
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(0) > 0)
    bold = QFont(table.font())
    bold.setWeight(QFont.Weight.DemiBold)
    heads = QFontMetrics(bold)
    cut = []
    for col, (title, _figure, _right) in enumerate(COLUMNS):
        arrow = 16 if col == header.sortIndicatorSection() else 0
        need = heads.horizontalAdvance(translate("Commission", title)) + 2 * 6 + arrow
        if header.sectionSize(col) < need:
            cut.append(f"{title}: {header.sectionSize(col)} < {need}")
    assert cut == []


def dclick(qtbot, view, row: int, col: int) -> None:
    rect = view.visualRect(view.model().index(row, col))
    # An item view only takes a double-click on the index it saw pressed first.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_double_click_drills_down_to_the_sales_behind_the_figure(qtbot, window, shop):
    loaded(qtbot, window)
    page = window.commission
    names = shop.names()
    cashier = names[shop.staff["cashier"]]
    row = [r[0] for r in page.rows_text()].index(cashier)
    dclick(qtbot, page.table, row, 1)  # Sales (net)
    qtbot.waitUntil(lambda: page.drill_dialog is not None and page.drill_dialog.isVisible(),
                    timeout=10_000)
    dlg = page.drill_dialog
    drill = dlg.drill
    assert (drill.staff_id, drill.figure.value) == (shop.staff["cashier"], "sales")
    rows = dlg.rows_text()
    receipts = {r[1] for r in rows}
    first, second = shop.receipts["cashier"]
    split = shop.receipts["supervisor"][0]
    assert receipts == {f"#{first} · T1", f"#{second} · T1", f"#{split} · T1",
                        f"#{split + 1} · T1"}
    kinds = [r[3] for r in rows]
    assert kinds.count("Return (clawback)") == 1
    back = next(r for r in rows if r[3] == "Return (clawback)")
    assert back[2].endswith(f"(return of #{first})") and back[5].startswith("-$")
    ledger = shop.ledger()[shop.staff["cashier"]]
    assert dlg.total.text().endswith(money_text(ledger["commission"] - ledger["bonuses"],
                                                "USD"))
    dlg.close()

    dclick(qtbot, page.table, row, 3)  # Clawbacks
    qtbot.waitUntil(lambda: page.drill_dialog is not dlg and page.drill_dialog is not None
                    and page.drill_dialog.isVisible(), timeout=10_000)
    assert [r[3] for r in page.drill_dialog.rows_text()] == ["Return (clawback)"]
    page.drill_dialog.close()

    manager = names[shop.staff["manager"]]
    page.drill(shop.staff["manager"], Figure.NEEDS_REVIEW)
    qtbot.waitUntil(lambda: page.drill_dialog.drill.staff_id == shop.staff["manager"],
                    timeout=10_000)
    [only] = page.drill_dialog.rows_text()
    assert only[6].startswith(f"Needs review: No commission plan covers {manager}")
    page.drill_dialog.close()


def test_offline_banner_and_local_figures_when_the_central_database_fails(qtbot, shop):
    dead = make_central_engine("postgresql+psycopg://nobody@127.0.0.1:1/central",
                               connect_timeout=1)
    win, worker = make_window(qtbot, shop, engine=dead)
    try:
        loaded(qtbot, win)
        banner = win.banner.text()
        assert banner.startswith("Offline: The central database ") and "cannot be reached" \
            in banner
        assert "Local data · this terminal's records only (T1) · as of " in banner
        assert win.banner.property("role") == "banner"
        assert "Connection refused" in win.banner.toolTip()
        assert win.commission.report.info.source == "local"
        # The terminal has every record of its own: the same figures as central.
        ledger = shop.ledger()
        rows = {r[0]: r for r in win.commission.rows_text()}
        for sid, name in shop.names().items():
            if sid in ledger:
                assert rows[name][2] == money_text(ledger[sid]["commission"], "USD")
        # Plans are shown as last pulled, and cannot be saved.
        win.show_section("Plans")
        qtbot.waitUntil(lambda: win.plans.plan_list is not None, timeout=10_000)
        assert not win.plans.plan_list.editable
        assert not win.plans.save_button.isEnabled()
        assert "cannot be reached" in win.plans.notice.text()
    finally:
        close_window(qtbot, win, worker)
        dead.dispose()


def test_refresh_returns_to_the_central_database_once_it_is_back(qtbot, shop, monkeypatch):
    from pos_app.adapters.central.report_source import CentralReportSource
    from pos_app.services.central_sync import CentralUnavailable

    real = CentralReportSource.day_buckets

    def down(self, scope, segments, bucket_of=None):
        raise CentralUnavailable("The central database is down: injected")

    monkeypatch.setattr(CentralReportSource, "day_buckets", down)
    win, worker = make_window(qtbot, shop)
    try:
        loaded(qtbot, win)
        assert win.banner.text().startswith("Offline: The central database is down")
        monkeypatch.setattr(CentralReportSource, "day_buckets", real)
        win.commission.report = None
        win.filters.refresh.click()
        loaded(qtbot, win)
        assert win.banner.text().startswith("Central database · ")
    finally:
        close_window(qtbot, win, worker)


def test_empty_period_says_what_would_fill_it(qtbot, window):
    loaded(qtbot, window)
    page = window.commission
    page.report = None
    window.filters.set_period("custom", date(2021, 3, 1), date(2021, 3, 31))
    loaded(qtbot, window)
    assert page.report.empty
    assert page.content.currentWidget() is page.empty
    assert page.empty.text().startswith("No commission yet this period")
    assert page.title.text() == "Commission · 1 Mar – 31 Mar 2021"


def test_filters_by_staff_and_terminal(qtbot, window, shop):
    loaded(qtbot, window)
    bar = window.filters
    qtbot.waitUntil(lambda: bar.staff.count() == 5, timeout=10_000)  # all + 4 staff
    page = window.commission
    page.report = None
    bar.staff.setCurrentIndex(bar.staff.findData(shop.staff["supervisor"]))
    loaded(qtbot, window)
    assert [r[0] for r in page.rows_text()] == [shop.names()[shop.staff["supervisor"]]]
    assert [bar.terminal.itemText(i) for i in range(bar.terminal.count())] == \
        ["All terminals", "T1"]
    page.report = None
    bar.staff.setCurrentIndex(0)
    bar.store.setCurrentIndex(bar.store.findData("S1"))
    loaded(qtbot, window)
    assert len(page.rows_text()) == 3


def test_csv_export_is_the_payroll_file_of_the_table(qtbot, window, shop, tmp_path):
    loaded(qtbot, window)
    page = window.commission
    page.csv_button.click()  # export_dir is set: no file dialog
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=10_000)
    assert page.last_export.name.startswith("commission-") and page.last_export.suffix == ".csv"
    rows = list(csv.DictReader(io.StringIO(page.last_export.read_text(encoding="utf-8"))))
    assert tuple(rows[0]) == PAYROLL_COLUMNS
    ledger = shop.ledger()
    got = {r["staff_id"]: r for r in rows}
    assert set(got) == set(ledger)
    for sid, want in ledger.items():
        assert got[sid]["commission_total"] == f"{want['commission'] / 100:.2f}"
        assert got[sid]["sales_net"] == f"{want['sales'] / 100:.2f}"
        assert got[sid]["source"] == "central"
    assert "Saved" in window.st_message.text()


def test_pdf_export_writes_a_pdf(qtbot, window, tmp_path):
    loaded(qtbot, window)
    page = window.commission
    target = tmp_path / "payroll.pdf"
    page.export_pdf(target)
    qtbot.waitUntil(lambda: page.last_export == target, timeout=20_000)
    body = target.read_bytes()
    assert body.startswith(b"%PDF") and len(body) > 2_000


def test_needs_review_lists_the_uncovered_sale_until_a_plan_covers_it(qtbot, window, shop):
    loaded(qtbot, window)
    window.show_section("Needs review")
    review = window.review
    qtbot.waitUntil(lambda: review.review is not None, timeout=10_000)
    manager = shop.names()[shop.staff["manager"]]
    [row] = review.rows_text()
    assert row[1] == manager and row[5] == f"No commission plan covers {manager} on " \
        f"{review.review.rows[0].at.date().isoformat()}"

    everyone = CommissionPlan(id="all", name="Everyone", currency="USD",
                              effective_from=date(2020, 1, 1),
                              rules=(RateRule(Match(), Rate(RateKind.PERCENT, 200)),))
    CentralAdmin(shop.engine).save_plan(everyone, expected_version=0)
    assert shop.sync.sync_once(force=True).plans_applied == 1
    review.review = None
    review.recalc.click()
    qtbot.waitUntil(lambda: review.review is not None and not review.review.rows,
                    timeout=10_000)
    assert review.content.currentWidget() is review.empty
    assert review.empty.text().startswith("Nothing needs review")


def test_sign_in_decides_what_the_back_office_shows(qtbot, shop):
    from pos_app.services.commission_reports import backoffice_sign_in
    from pos_app.services.staff import AttemptKind

    reports, plans = shop.backoffice()
    staff = shop.services.staff
    worker = DbWorker()
    win = BackOfficeWindow(
        reports=reports, plans=plans, worker=worker, store_name="Demo Store",
        sign_in=lambda pin, sid: backoffice_sign_in(
            lambda p, s: staff.check_pin(s, p, kind=AttemptKind.BACK_OFFICE,
                                         need=Role.SUPERVISOR).actor, pin, sid),
        staff_list=shop.services.counter.staff_list)
    qtbot.addWidget(win)
    win.show()
    try:
        qtbot.waitUntil(lambda: win.login.staff.count() == 4, timeout=10_000)
        qtbot.keyClicks(win.login.pin, "Sam")  # a cashier: refused, the PIN not even tried
        qtbot.keyClicks(win.login.pin, shop.terminal.pin("cashier"))
        qtbot.keyClick(win.login.pin, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "Wrong PIN or not allowed" in win.login.message.text(),
                        timeout=10_000)
        assert win.top.currentWidget() is win.login
        qtbot.keyClicks(win.login.pin, "Pat")
        qtbot.keyClicks(win.login.pin, shop.terminal.pin("supervisor"))
        qtbot.keyClick(win.login.pin, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: win.top.currentWidget() is win.main, timeout=10_000)
        assert win.section_titles() == ["Commission", "Needs review"]  # no plan editing
        loaded(qtbot, win)
    finally:
        close_window(qtbot, win, worker)


def test_a_manager_sees_the_plan_editor(qtbot, window):
    assert window.section_titles() == ["Commission", "Plans", "Needs review"]
