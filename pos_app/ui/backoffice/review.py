"""Commission records that need a manager: a sale completed without a usable plan, or a
return of such a sale. Fix the plan, then recalculate."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from pos_app.services.commission_reports import CommissionReports, ReportScope, ReviewList

from ..i18n import QT_TRANSLATE_NOOP, fmt, translate
from ..theme import set_role
from ..worker import DbWorker
from .common import LEFT, Calls, empty_label, error_text, table_text, text_item

EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "Review", "Nothing needs review.\nA sale whose commission cannot be worked out (no plan "
    "covers the seller, or a plan is broken) still completes; its records wait here until a "
    "plan covers them.")
HEADERS = (QT_TRANSLATE_NOOP("Review", "Time"), QT_TRANSLATE_NOOP("Review", "Staff"),
           QT_TRANSLATE_NOOP("Review", "Receipt"), QT_TRANSLATE_NOOP("Review", "Line"),
           QT_TRANSLATE_NOOP("Review", "Kind"), QT_TRANSLATE_NOOP("Review", "Why"))


class ReviewPage(QWidget):
    info_changed = Signal(object)
    message = Signal(str, bool)

    def __init__(self, reports: CommissionReports, worker: DbWorker, *,
                 recalculate: Callable[[], Sequence[Any]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reports = reports
        self.calls = Calls(self, worker)
        self._recalculate = recalculate
        self.review: ReviewList | None = None
        self._scope = ReportScope()

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        title = QLabel(translate("Review", "Needs review"))
        set_role(title, "section")
        top.addWidget(title)
        top.addStretch(1)
        self.recalc = QPushButton(translate("Review", "Recalculate with current plans  Ctrl+R"))
        self.recalc.setShortcut(QKeySequence("Ctrl+R"))
        self.recalc.setToolTip(translate("Review", "Work out these records again with the plans "
                                         "this terminal has now (after a plan was fixed and "
                                         "pulled)"))
        self.recalc.setVisible(recalculate is not None)
        self.recalc.clicked.connect(self.recalculate)
        top.addWidget(self.recalc)
        lay.addLayout(top)
        hint = QLabel(translate("Review", "Every record waiting for review, whatever the "
                                "period, for the store, terminal and staff chosen above."))
        set_role(hint, "summary")
        hint.setWordWrap(True)
        lay.addWidget(hint)
        self.content = QStackedWidget()
        self.empty = empty_label(translate("Review", "Loading…"))
        self.content.addWidget(self.empty)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels([translate("Review", h) for h in HEADERS])
        self.table.setAccessibleName(translate("Review", "Needs review"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setSortingEnabled(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for col in range(len(HEADERS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
            item = self.table.horizontalHeaderItem(col)
            if item is not None:
                item.setTextAlignment(LEFT)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(len(HEADERS) - 1, QHeaderView.ResizeMode.Stretch)
        self.content.addWidget(self.table)
        lay.addWidget(self.content, 1)

    def load(self, scope: ReportScope) -> None:
        self._scope = scope
        self.calls.run("review", lambda: self.reports.needs_review(scope), self.show_review,
                       lambda exc: self.message.emit(error_text(exc), True))

    def show_review(self, review: ReviewList) -> None:
        self.review = review
        self.info_changed.emit(review.info)
        self.table.setRowCount(len(review.rows))
        for r, row in enumerate(review.rows):
            cells = (text_item(fmt().date_time(row.at)), text_item(row.staff_name),
                     text_item(row.receipt), text_item(row.line, tip=row.line),
                     text_item(row.kind_label),
                     text_item(row.reason or translate("Review", "needs review"),
                               tip=row.reason))
            for c, item in enumerate(cells):
                self.table.setItem(r, c, item)
        if review.rows:
            # The line gets what the other columns leave, the reason the rest.
            self.table.resizeColumnsToContents()
            self.table.horizontalHeader().resizeSection(
                3, min(self.table.columnWidth(3), max(220, self.width() // 4)))
            self.content.setCurrentWidget(self.table)
        else:
            self.empty.setText(translate("Review", EMPTY_TEXT))
            self.content.setCurrentWidget(self.empty)

    def recalculate(self) -> None:
        if self._recalculate is None:
            return
        fn = self._recalculate

        def done(fixed: Sequence[Any]) -> None:
            self.message.emit(translate("Review", "Recalculated: {n} record(s) fixed").format(
                n=len(fixed)), False)
            self.load(self._scope)
        self.calls.run("recalculate", lambda: list(fn()), done,
                       lambda exc: self.message.emit(error_text(exc), True))

    def rows_text(self) -> list[list[str]]:
        return table_text(self.table)
