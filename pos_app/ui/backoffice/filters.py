"""The filter bar at the top of the back office: store, terminal, staff, period.

The store-wide settlement's tier and bonus records (terminal id "store") are listed
last, as "Store-wide (tiers & bonuses)"; see services/commission_reports.py for what a
single terminal's view includes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from pos_app.services.commission_reports import (
    STORE_WIDE_LABEL,
    FilterChoices,
    ReportFilter,
    ReportPeriod,
    ReportScope,
    StaffInfo,
    terminal_label,
)

from ..i18n import QT_TRANSLATE_NOOP, translate
from .common import FlowLayout, labelled

PERIODS = ((QT_TRANSLATE_NOOP("Filters", "Today"), "day"),
           (QT_TRANSLATE_NOOP("Filters", "This week"), "week"),
           (QT_TRANSLATE_NOOP("Filters", "This month"), "month"),
           (QT_TRANSLATE_NOOP("Filters", "Last month"), "last_month"),
           (QT_TRANSLATE_NOOP("Filters", "This year"), "year"),
           (QT_TRANSLATE_NOOP("Filters", "Custom range"), "custom"))


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class FilterBar(QWidget):
    """Emits `changed` whenever the manager picks something; `current()` is the filter."""

    changed = Signal()
    refresh_requested = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self.today = today
        self._terminals: tuple[tuple[str | None, str], ...] = ()
        self._staff: tuple[StaffInfo, ...] = ()
        # One row where there is room, wrapping onto a second on a 1024 px till (or in
        # German): each label stays with its field.
        lay = FlowLayout(self)

        self.store = QComboBox()
        self.terminal = QComboBox()
        self.staff = QComboBox()
        self.period = QComboBox()
        self.terminal.setToolTip(translate(
            "Filters", "One terminal: the sales and returns rung up on it (tier and bonus "
            "progress stays store-wide). Tier adjustments and bonuses are under \"{label}\" "
            "and in \"All terminals\".").format(label=STORE_WIDE_LABEL))
        for combo in (self.store, self.terminal, self.staff):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(10)
        self.staff.setMinimumContentsLength(14)
        for text, key in PERIODS:
            self.period.addItem(translate("Filters", text), key)
        self.period.setCurrentIndex(2)
        self.first = QDateEdit(_qdate(today.replace(day=1)))
        self.last = QDateEdit(_qdate(today))
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
        lay.addWidget(labelled(translate("Filters", "Store"), self.store))
        lay.addWidget(labelled(translate("Filters", "Terminal"), self.terminal))
        lay.addWidget(labelled(translate("Filters", "Staff"), self.staff))
        lay.addWidget(labelled(translate("Filters", "Period"), self.period))
        self.range_to = QLabel(translate("Filters", "to"))
        self.range = QWidget()
        span = QHBoxLayout(self.range)
        span.setContentsMargins(0, 0, 0, 0)
        span.setSpacing(8)
        for w in (self.first, self.range_to, self.last):
            span.addWidget(w)
        lay.addWidget(self.range)
        self.refresh = QPushButton(translate("Filters", "Refresh  F5"))
        self.refresh.setToolTip(translate("Filters", "Read again (and try the central database "
                                                     "again if it was unreachable)"))
        self.refresh.setAccessibleName(translate("Filters", "Refresh"))
        self.refresh.clicked.connect(self.refresh_requested)
        lay.addWidget(self.refresh)
        self._set_all(self.store, translate("Filters", "All stores"), [])
        self._set_all(self.terminal, translate("Filters", "All terminals"), [])
        self._set_all(self.staff, translate("Filters", "All staff"), [])
        self._show_range()

        self.store.currentIndexChanged.connect(self._store_changed)
        for combo in (self.terminal, self.staff):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.period.currentIndexChanged.connect(self._period_changed)
        self.first.dateChanged.connect(lambda _d: self.changed.emit())
        self.last.dateChanged.connect(lambda _d: self.changed.emit())

    # ---- choices ------------------------------------------------------------------------

    @staticmethod
    def _set_all(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for text, key in items:
            combo.addItem(text, key)
        at = combo.findData(keep) if keep is not None else 0
        combo.setCurrentIndex(max(0, at))
        combo.blockSignals(False)

    def set_choices(self, choices: FilterChoices) -> None:
        """Fill the lists, keeping what is selected where it still exists (no signal)."""
        self.today = choices.today
        self._terminals = choices.terminals
        self._staff = choices.staff
        self._set_all(self.store, translate("Filters", "All stores"),
                      [(s, s) for s in choices.stores])
        self._fill_for_store()

    def _fill_for_store(self) -> None:
        """Terminals and staff of the chosen store (all of them for all stores)."""
        store = self.store.currentData()
        names = sorted({t for s, t in self._terminals if store is None or s == store},
                       key=lambda t: (terminal_label(t) != t, t))  # store-wide last
        self._set_all(self.terminal, translate("Filters", "All terminals"),
                      [(terminal_label(t), t) for t in names])
        self._set_all(self.staff, translate("Filters", "All staff"), [
            (s.name, s.id) for s in self._staff
            if store is None or s.store_id in (None, store)])

    def _store_changed(self) -> None:
        self._fill_for_store()
        self.changed.emit()

    def _period_changed(self) -> None:
        self._show_range()
        self.changed.emit()

    def _show_range(self) -> None:
        custom = self.period.currentData() == "custom"
        self.range.setVisible(custom)

    # ---- the filter ---------------------------------------------------------------------

    def set_period(self, key: str, first: date | None = None, last: date | None = None) -> None:
        """Pick a period (for tests and shortcuts); emits `changed` once."""
        self.blockSignals(True)
        if first is not None:
            self.first.setDate(_qdate(first))
        if last is not None:
            self.last.setDate(_qdate(last))
        self.period.setCurrentIndex(max(0, self.period.findData(key)))
        self.blockSignals(False)
        self._show_range()
        self.changed.emit()

    def period_value(self) -> ReportPeriod:
        key = self.period.currentData()
        if key == "custom":
            first, last = _pydate(self.first.date()), _pydate(self.last.date())
            return ReportPeriod.custom(min(first, last), max(first, last))
        if key == "last_month":
            return ReportPeriod.of("month", self.today).previous()
        return ReportPeriod.of(key, self.today)

    def current(self) -> ReportFilter:
        return ReportFilter(ReportScope(self.store.currentData(), self.terminal.currentData(),
                                        self.staff.currentData()), self.period_value())
