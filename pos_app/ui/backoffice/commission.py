"""The commission screen: a sortable staff table with tier and bonus progress bars,
commission per staff member and over time (QtCharts), drill-down to the sales behind a
figure on double-click, and export to CSV and PDF for payroll."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.commission import Measure
from pos_app.domain.errors import StorageUnavailable
from pos_app.services.commission_reports import (
    BonusView,
    CommissionReport,
    CommissionReports,
    DrillDown,
    Figure,
    ReportFilter,
    SourceInfo,
    StaffFigures,
    TierView,
    drill_csv,
    payroll_csv,
)

from ..commission_export import banner_text, period_text, write_commission_pdf
from ..i18n import QT_TRANSLATE_NOOP, fmt, money_text, translate
from ..theme import set_role
from ..worker import DbWorker
from .charts import StaffBarChart, TeamLineChart
from .common import (
    LEFT,
    PROGRESS_ROLE,
    RIGHT,
    SORT_ROLE,
    Calls,
    ProgressDelegate,
    empty_label,
    error_text,
    table_text,
    text_item,
)

EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "Commission", "No commission yet this period.\nSales by staff on a commission plan "
    "appear here as soon as they are made (and, for other terminals, synced).")

# (header, figure a double-click explains, right-aligned); headers translated when shown
COLUMNS: tuple[tuple[str, Figure, bool], ...] = (
    (QT_TRANSLATE_NOOP("Commission", "Staff"), Figure.ALL, False),
    (QT_TRANSLATE_NOOP("Commission", "Sales (net)"), Figure.SALES, True),
    (QT_TRANSLATE_NOOP("Commission", "Commission"), Figure.ALL, True),
    (QT_TRANSLATE_NOOP("Commission", "Clawbacks"), Figure.CLAWBACKS, True),
    (QT_TRANSLATE_NOOP("Commission", "Bonuses & tiers"), Figure.BONUSES, True),
    (QT_TRANSLATE_NOOP("Commission", "Tier progress"), Figure.ALL, False),
    (QT_TRANSLATE_NOOP("Commission", "Bonus progress"), Figure.ALL, False),
    (QT_TRANSLATE_NOOP("Commission", "Review"), Figure.NEEDS_REVIEW, True),
)
TIER_COL, BONUS_COL = 5, 6


def _measured(value: int, measure: Measure, currency: str) -> str:
    return money_text(value, currency) if measure is Measure.VALUE \
        else translate("Commission", "{n} units").format(n=fmt().number(value))


def tier_text(t: TierView, currency: str, *, short: bool = False) -> str:
    """A tier's progress in the screen's language: "Tier 2 of 3 (5 %) · $450.00 to tier
    3", or for a narrow cell "Tier 2 of 3 · $450.00 to go"."""
    head = translate("Commission", "Tier {n} of {count}").format(n=t.tier_number,
                                                                 count=t.tier_count)
    if not short:
        head += f" ({fmt().number(Decimal(t.rate_bp) / 100)} %)"
    if t.next_threshold is None or t.to_next is None:
        return head + " · " + translate("Commission", "top tier")
    need = _measured(t.to_next, t.measure, currency)
    return head + " · " + (translate("Commission", "{amount} to go").format(amount=need)
                           if short else translate("Commission", "{amount} to tier {n}")
                           .format(amount=need, n=t.tier_number + 1))


def bonus_text(b: BonusView, currency: str, *, short: bool = False) -> str:
    """A bonus's progress in the screen's language."""
    earned = translate("Commission", "{amount} earned").format(
        amount=money_text(b.earned, currency))
    if b.next_threshold is None or b.next_amount is None:
        return earned if b.earned or short \
            else translate("Commission", "no bonus in this plan")
    need = _measured(max(0, b.next_threshold - b.value), b.measure, currency)
    bonus = money_text(b.next_amount, currency)
    if short:
        return translate("Commission", "{amount} to a {bonus} bonus").format(
            amount=need, bonus=bonus)
    return earned + " · " + translate("Commission", "{amount} to {bonus}").format(
        amount=need, bonus=bonus)
ROW_HEIGHT = 44
_ROOT = QModelIndex()


def write_text(path: Path, body: str) -> Path:
    try:
        path.write_text(body, encoding="utf-8", newline="")
    except OSError as exc:
        raise StorageUnavailable(f"Cannot write {path}: {exc.strerror}") from exc
    return path


class StaffTableModel(QAbstractTableModel):
    """The staff rows of one report; sorts by the numbers, shows formatted money."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: tuple[StaffFigures, ...] = ()
        self.currency = "USD"

    def set_report(self, report: CommissionReport) -> None:
        self.beginResetModel()
        self.rows = report.staff
        self.currency = report.currency
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return translate("Commission", COLUMNS[section][0])
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(RIGHT if COLUMNS[section][2] else LEFT)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        s = self.rows[index.row()]
        col = index.column()
        cur = self.currency
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(s, col)
        if role == SORT_ROLE:
            return (s.name.casefold(), s.sales, s.commission, s.clawbacks, s.bonuses_and_tiers,
                    s.tier.fraction + (s.tier.tier_number if s.tier else 0) if s.tier else -1.0,
                    s.bonus.fraction if s.bonus else -1.0, s.needs_review)[col]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if COLUMNS[col][2] else LEFT)
        if role == Qt.ItemDataRole.UserRole:
            return s.staff_id
        if role == PROGRESS_ROLE:
            if col == TIER_COL and s.tier is not None:
                return (s.tier.fraction, tier_text(s.tier, cur), tier_text(s.tier, cur, short=True),
                        s.tier.next_threshold is not None)
            if col == BONUS_COL and s.bonus is not None:
                return (s.bonus.fraction, bonus_text(s.bonus, cur),
                        bonus_text(s.bonus, cur, short=True), s.bonus.next_threshold is not None)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == TIER_COL and s.tier is not None:
                return f"{s.tier.plan_name}, {period_text(s.tier.period)}: {tier_text(s.tier, cur)}"
            if col == BONUS_COL and s.bonus is not None:
                return (f"{s.bonus.plan_name}, {period_text(s.bonus.period)}: "
                        f"{bonus_text(s.bonus, cur)}")
            if col == 0:
                return translate("Commission", "Double-click a figure to see the sales "
                                               "behind it ({n} lines)").format(n=s.lines)
        if role == Qt.ItemDataRole.FontRole and col == 2:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, s: StaffFigures, col: int) -> str:
        cur = self.currency
        if col == 0:
            return s.name
        if col == 1:
            return money_text(s.sales, cur)
        if col == 2:
            return money_text(s.commission, cur)
        if col == 3:
            return money_text(s.clawbacks, cur) if s.clawbacks else "–"
        if col == 4:
            return money_text(s.bonuses_and_tiers, cur) if s.bonuses_and_tiers else "–"
        if col == TIER_COL:
            return tier_text(s.tier, cur) if s.tier else translate("Commission", "No tiers")
        if col == BONUS_COL:
            return bonus_text(s.bonus, cur) if s.bonus else translate("Commission", "No bonus")
        return f"{s.needs_review:,}" if s.needs_review else ""


class DrillDownDialog(QDialog):
    """The records behind one figure of one staff member."""

    HEADERS = (QT_TRANSLATE_NOOP("Commission", "Time"), QT_TRANSLATE_NOOP("Commission", "Receipt"),
               QT_TRANSLATE_NOOP("Commission", "Line"), QT_TRANSLATE_NOOP("Commission", "Kind"),
               QT_TRANSLATE_NOOP("Commission", "Sales (net)"),
               QT_TRANSLATE_NOOP("Commission", "Commission"),
               QT_TRANSLATE_NOOP("Commission", "Status"))

    def __init__(self, drill: DrillDown, *, export: Callable[[DrillDown], None] | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.drill = drill
        cur = drill.currency
        period = drill.filter.period
        figure = figure_text(drill.figure)
        self.setWindowTitle(f"{drill.name}: {figure}")
        lay = QVBoxLayout(self)
        title = QLabel(f"{drill.name} · {figure} · {period_text(period)}")
        set_role(title, "section")
        lay.addWidget(title)
        info = QLabel(banner_text(drill.info))
        info.setWordWrap(True)
        set_role(info, "banner" if drill.info.degraded else "summary")
        lay.addWidget(info)
        self.table = QTableWidget(len(drill.rows), len(self.HEADERS))
        self.table.setHorizontalHeaderLabels([translate("Commission", h) for h in self.HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for col in range(len(self.HEADERS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
            item = self.table.horizontalHeaderItem(col)
            if item is not None:
                item.setTextAlignment(RIGHT if col in (4, 5) else LEFT)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for r, row in enumerate(drill.rows):
            review = row.status_label != "OK"
            cells = (
                text_item(fmt().date_time(row.at), sort=row.at.isoformat()),
                text_item(row.receipt),
                text_item(row.line, tip=row.line),
                text_item(record_kind_text(row.kind_label)),
                text_item(money_text(row.sales, cur) if row.sales else "–", sort=row.sales,
                          align=RIGHT),
                text_item(money_text(row.commission, cur), sort=row.commission, align=RIGHT),
                text_item(record_status_text(row.status_label)
                          + (f": {row.reason}" if review and row.reason else ""),
                          tip=row.reason),
            )
            for c, item in enumerate(cells):
                self.table.setItem(r, c, item)
        lay.addWidget(self.table, 1)
        if not drill.rows:
            lay.addWidget(empty_label(translate(
                "Commission", "No records behind this figure in this period.")))
        foot = QHBoxLayout()
        self.total = QLabel(translate("Commission", "{n} record(s) · sales {sales} · "
                                                    "commission {commission}").format(
            n=fmt().number(len(drill.rows)), sales=money_text(drill.total_sales, cur),
            commission=money_text(drill.total_commission, cur)))
        set_role(self.total, "summary")
        foot.addWidget(self.total, 1)
        if export is not None:
            csv_button = QPushButton(translate("Commission", "Export CSV…  Ctrl+E"))
            csv_button.setShortcut(QKeySequence("Ctrl+E"))
            csv_button.clicked.connect(lambda: export(drill))
            foot.addWidget(csv_button)
        close = QPushButton(translate("Commission", "Close  Esc"))
        close.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        close.clicked.connect(self.reject)
        foot.addWidget(close)
        lay.addLayout(foot)
        top = parent.window() if parent is not None else None
        width, height = (top.width(), top.height()) if top is not None else (1366, 768)
        self.resize(min(1500, int(width * 0.9)), min(860, int(height * 0.85)))

    def rows_text(self) -> list[list[str]]:
        return table_text(self.table)


class CommissionPage(QWidget):
    """Shows `CommissionReport`s for the filter bar's filter."""

    info_changed = Signal(object)  # SourceInfo
    message = Signal(str, bool)  # text, is_error

    def __init__(self, reports: CommissionReports, worker: DbWorker, *,
                 store_name: str = "", export_dir: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reports = reports
        self.calls = Calls(self, worker)
        self.store_name = store_name
        self.export_dir = export_dir
        self.report: CommissionReport | None = None
        self.drill_dialog: DrillDownDialog | None = None
        self.last_export: Path | None = None
        self._filter: ReportFilter | None = None

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        bar = QWidget()
        bar.setObjectName("pageBar")
        top = QHBoxLayout(bar)
        top.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(translate("Commission", "Commission"))
        set_role(self.title, "section")
        self.title.setWordWrap(True)  # two lines beside the buttons on a 1024 px till
        top.addWidget(self.title, 1)
        self.hint = QLabel(translate(
            "Commission", "Double-click a figure to see the sales behind it"))
        set_role(self.hint, "summary")
        self.hint.setWordWrap(True)  # under the bar: beside it, too wide for 1024 px
        self.hint.setVisible(False)
        # Keys of their own (the window's F5 refreshes, Ctrl+1.. picks a section).
        self.csv_button = QPushButton(translate("Commission", "Export CSV…  Ctrl+E"))
        self.csv_button.setShortcut(QKeySequence("Ctrl+E"))
        self.csv_button.setToolTip(translate("Commission", "One row per staff member, for payroll"))
        self.csv_button.clicked.connect(lambda: self._ask_export("csv"))
        self.pdf_button = QPushButton(translate("Commission", "Export PDF…  Ctrl+P"))
        self.pdf_button.setShortcut(QKeySequence("Ctrl+P"))
        self.pdf_button.clicked.connect(lambda: self._ask_export("pdf"))
        for b in (self.csv_button, self.pdf_button):
            b.setEnabled(False)
            top.addWidget(b)
        lay.addWidget(bar)
        lay.addWidget(self.hint)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        set_role(self.summary, "summary")
        lay.addWidget(self.summary)

        self.content = QStackedWidget()
        self.empty = empty_label(translate("Commission", "Loading…"))
        self.content.addWidget(self.empty)
        split = QSplitter(Qt.Orientation.Vertical)
        self.model = StaffTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setAccessibleName(translate("Commission", "Commission per staff member"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.setAlternatingRowColors(False)
        self.table.setWordWrap(False)
        self._progress = ProgressDelegate(self.table)
        self.table.setItemDelegateForColumn(TIER_COL, self._progress)
        self.table.setItemDelegateForColumn(BONUS_COL, self._progress)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TIER_COL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(BONUS_COL, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        header.setHighlightSections(False)
        self.table.doubleClicked.connect(self._drill)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        split.addWidget(self.table)
        charts = QWidget()
        row = QHBoxLayout(charts)
        row.setContentsMargins(0, 0, 0, 0)
        self.bars = StaffBarChart()
        self.lines = TeamLineChart()
        row.addWidget(self.bars, 4)
        row.addWidget(self.lines, 6)
        split.addWidget(charts)
        split.setChildrenCollapsible(False)
        self.content.addWidget(split)
        self.data_view = split
        lay.addWidget(self.content, 1)

    # ---- loading -------------------------------------------------------------------------

    def load(self, f: ReportFilter) -> None:
        self._filter = f
        self.title.setText(translate("Commission", "Commission · {period}").format(
            period=period_text(f.period)))
        self.calls.run("report", lambda: self.reports.report(f), self.show_report,
                       self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.message.emit(error_text(exc), True)
        if self.report is None:
            self.empty.setText(translate("Commission", "The commission report could not be "
                                         "read: {reason}").format(reason=error_text(exc)))
            self.content.setCurrentWidget(self.empty)

    def show_report(self, report: CommissionReport) -> None:
        self.report = report
        cur = report.currency
        t = report.totals
        self.title.setText(translate("Commission", "Commission · {period}").format(
            period=period_text(report.filter.period)))
        self.info_changed.emit(report.info)
        for w in (self.csv_button, self.pdf_button, self.hint):
            w.setEnabled(not report.empty)
        self.hint.setVisible(not report.empty)
        if report.empty:
            self.summary.setText("")
            self.empty.setText(translate("Commission", EMPTY_TEXT))
            self.content.setCurrentWidget(self.empty)
            self.model.set_report(report)
            return
        parts = [translate("Commission", "{n} staff").format(n=len(report.staff)),
                 translate("Commission", "sales {amount}").format(
                     amount=money_text(t.sales, cur)),
                 translate("Commission", "commission {amount}").format(
                     amount=money_text(t.commission, cur))]
        if t.clawbacks:
            parts.append(translate("Commission", "clawbacks {amount}").format(
                amount=money_text(t.clawbacks, cur)))
        if t.bonuses_and_tiers:
            parts.append(translate("Commission", "bonuses & tiers {amount}").format(
                amount=money_text(t.bonuses_and_tiers, cur)))
        if t.needs_review:
            parts.append(translate("Commission", "{n} record(s) need review").format(
                n=fmt().number(t.needs_review)))
        if report.other_currencies:
            parts.append(translate("Commission", "not shown: {what}").format(what=", ".join(
                translate("Commission", "{n} record(s) in {currency}").format(
                    n=fmt().number(n), currency=c)
                for c, n in sorted(report.other_currencies.items()))))
        self.summary.setText(translate("Commission", "Team: {parts}").format(
            parts=" · ".join(parts)))
        self.model.set_report(report)
        self._fit_columns()
        self.bars.show_report(report)
        self.lines.show_team(report.team, cur)
        self.content.setCurrentWidget(self.data_view)
        self._split_space()

    def _split_space(self) -> None:
        """The table as tall as its rows (up to 60 %), the charts take the rest."""
        total = self.data_view.height() or 520
        header = self.table.horizontalHeader()
        wanted = ((header.height() if header.isVisible() else header.sizeHint().height())
                  + ROW_HEIGHT * max(1, len(self.model.rows)) + 2 * self.table.frameWidth() + 4)
        table = int(min(wanted, max(total * 0.6, 180)))
        self.data_view.setSizes([table, max(200, total - table)])

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.report is not None and not self.report.empty:
            self._split_space()

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        # The header is set semibold (theme.py) with 6 px padding each side, and the
        # sorted column's arrow takes 16 px of it: measured in the table's regular type,
        # "المبيعات (صافي)" lost its first letter in Arabic.
        bold = QFont(self.table.font())
        bold.setWeight(QFont.Weight.DemiBold)
        heads = QFontMetrics(bold)
        for col in range(len(COLUMNS)):
            if col in (TIER_COL, BONUS_COL):
                continue
            cells = [self.model._text(s, col) for s in self.model.rows]
            head = heads.horizontalAdvance(translate("Commission", COLUMNS[col][0])) + 16 \
                + (16 if col == header.sortIndicatorSection() else 0)
            width = max([head, *(metrics.horizontalAdvance(x) + 28 for x in cells)])
            header.resizeSection(col, min(width, 260))

    # ---- drill-down ----------------------------------------------------------------------

    def _drill(self, index: QModelIndex) -> None:
        if self._filter is None or self.report is None:
            return
        staff_id = self.proxy.data(index, Qt.ItemDataRole.UserRole)
        figure = COLUMNS[index.column()][1]
        self.drill(staff_id, figure)

    def drill(self, staff_id: str, figure: Figure = Figure.ALL) -> None:
        f = self.report.filter if self.report is not None else self._filter
        if f is None:
            return
        self.calls.run("drill", lambda: self.reports.drill_down(f, staff_id, figure),
                       self._show_drill, lambda exc: self.message.emit(error_text(exc), True))

    def _show_drill(self, drill: DrillDown) -> None:
        if self.drill_dialog is not None:
            self.drill_dialog.close()
        self.drill_dialog = DrillDownDialog(drill, export=self._export_drill, parent=self)
        self.drill_dialog.open()

    # ---- export ------------------------------------------------------------------------------

    def _ask_export(self, kind: str) -> None:
        if self.report is None:
            return
        name = f"commission-{self.report.filter.period.slug}.{kind}"
        if self.export_dir is not None:
            path = self.export_dir / name
        else:
            chosen, _ = QFileDialog.getSaveFileName(
                self, translate("Commission", "Export commission as {kind}").format(
                    kind=kind.upper()), str(Path.home() / name),
                translate("Commission", "CSV files (*.csv)") if kind == "csv"
                else translate("Commission", "PDF files (*.pdf)"))
            if not chosen:
                return
            path = Path(chosen)
        if kind == "csv":
            self.export_csv(path)
        else:
            self.export_pdf(path)

    def export_csv(self, path: Path) -> None:
        report = self.report
        if report is None:
            return
        self.calls.run("export", lambda: write_text(path, payroll_csv(report)),
                       self._exported, lambda exc: self.message.emit(error_text(exc), True))

    def export_pdf(self, path: Path) -> None:
        report = self.report
        if report is None:
            return
        store = self.store_name
        self.calls.run("export", lambda: write_commission_pdf(report, path, store_name=store),
                       self._exported, lambda exc: self.message.emit(error_text(exc), True))

    def _export_drill(self, drill: DrillDown) -> None:
        name = f"commission-{drill.staff_id}-{drill.filter.period.slug}.csv"
        if self.export_dir is not None:
            path = self.export_dir / name
        else:
            chosen, _ = QFileDialog.getSaveFileName(
                self, translate("Commission", "Export records as CSV"), str(Path.home() / name),
                translate("Commission", "CSV files (*.csv)"))
            if not chosen:
                return
            path = Path(chosen)
        self.calls.run("export", lambda: write_text(path, drill_csv(drill)), self._exported,
                       lambda exc: self.message.emit(error_text(exc), True))

    def _exported(self, path: Path) -> None:
        self.last_export = path
        self.message.emit(translate("Commission", "Saved {path}").format(path=path), False)

    # ---- for tests and screenshots --------------------------------------------------------

    def rows_text(self) -> list[list[str]]:
        """The table as shown, in its current sort order."""
        return [[str(self.proxy.data(self.proxy.index(r, c))) for c in range(len(COLUMNS))]
                for r in range(self.proxy.rowCount())]

    @property
    def info(self) -> SourceInfo | None:
        return self.report.info if self.report is not None else None


def figure_text(figure: Figure) -> str:
    """A drill-down's figure (Figure.label, in English) in the screen's language."""
    return {
        "all": translate("Commission", "All commission"),
        "sales": translate("Commission", "Sales"),
        "clawbacks": translate("Commission", "Clawbacks"),
        "bonuses": translate("Commission", "Bonuses and tier adjustments"),
        "needs_review": translate("Commission", "Needs review"),
    }.get(figure.value, figure.label)


def record_kind_text(label: str) -> str:
    """DrillRow.kind_label (English) in the screen's language."""
    return {
        "Sale": translate("Commission", "Sale"),
        "Return (clawback)": translate("Commission", "Return (clawback)"),
        "Tier adjustment": translate("Commission", "Tier adjustment"),
        "Bonus": translate("Commission", "Bonus"),
    }.get(label, label)


def record_status_text(label: str) -> str:
    """DrillRow.status_label (English) in the screen's language."""
    return {"OK": translate("Commission", "OK"),
            "Needs review": translate("Commission", "Needs review")}.get(label, label)
