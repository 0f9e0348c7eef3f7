"""The back office's Health screen: how this till is doing.

The firing alerts (the same words as the counter's banner), disk space, the last backup,
the open sales' stored state and the feature flags in force; the recent alerts, each
raised or cleared and when (H); charts over the last day or week (D / W): command
latency p99, queue depth per sync channel and the error rate.
The figures are the ones `pos-app status --json` gives (services/metrics.py); each empty
part says what would fill it.
Below the title and its keys the page scrolls (a long language or a small screen never
cuts a text): the texts wrap, the flags table is as tall as its rows, the recent alerts
as tall as theirs up to HISTORY_SHOWN rows (then the list scrolls, and H brings it into
view).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDateTime, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPen, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from pos_app.services.metrics import HealthReport

from ..alert_text import AMBER_STYLE, alert_name, alert_text, channel_name
from ..i18n import fmt, translate
from ..theme import set_role
from ..worker import DbWorker
from .charts import PALETTE, _axis_font, _base_chart
from .common import Calls, empty_label, error_text, text_item

HealthSource = Callable[[], HealthReport]
MIN_TOUCH = 48
MAX_ALERT_LINES = 4
HISTORY_ROWS = 20
HISTORY_SHOWN = 8  # rows the recent alerts show before the list scrolls
CHART_HEIGHT = 170


class ShownOne(QWidget):
    """One of its widgets shown at a time, like a QStackedWidget, but as big as the
    one shown only (a stack is as big as its biggest, and a wrapped text's height for
    its width would size a chart's place): the others are hidden, out of the layout."""

    def __init__(self) -> None:
        super().__init__()
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._widgets: list[QWidget] = []
        self._current = -1

    def addWidget(self, widget: QWidget) -> None:  # QStackedWidget's names
        self._widgets.append(widget)
        self._column.addWidget(widget)
        self._current = max(self._current, 0)
        widget.setVisible(len(self._widgets) - 1 == self._current)

    def setCurrentIndex(self, index: int) -> None:
        self._current = index
        for i, widget in enumerate(self._widgets):
            widget.setVisible(i == index)

    def currentIndex(self) -> int:
        return self._current

    def currentWidget(self) -> QWidget:
        return self._widgets[self._current]


def fit_rows(table: QTableWidget, most: int | None = None) -> None:
    """Make `table` as tall as its header and rows (at most `most` rows; more scroll),
    each row as tall as its wrapped text."""
    table.resizeRowsToContents()
    shown = table.rowCount() if most is None else min(table.rowCount(), most)
    rows = sum(table.rowHeight(r) for r in range(shown))
    if table.rowCount() == 0:
        rows = table.verticalHeader().defaultSectionSize()
    # (no horizontal scroll bar: the wide columns wrap)
    table.setFixedHeight(table.horizontalHeader().height() + rows + 2 * table.frameWidth())


def fitted_table(columns: Sequence[str], name: str, wide: Sequence[int],
                 most: int | None = None) -> QTableWidget:
    """A read-only table as tall as its rows (fit_rows), the columns in `wide` sharing
    the room left and wrapping their text; refitted once the header has settled after a
    column's width changes (a column sized to its contents is sized late)."""
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(list(columns))
    table.setAccessibleName(name)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in wide:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    refit = QTimer(table)
    refit.setSingleShot(True)
    refit.setInterval(0)
    refit.timeout.connect(lambda: fit_rows(table, most))
    header.sectionResized.connect(lambda *_: refit.start())
    fit_rows(table, most)
    return table


def state_name(state: str) -> str:
    names = {"online": translate("Health", "online"),
             "offline": translate("Health", "offline"),
             "paused": translate("Health", "paused"),
             "never": translate("Health", "not synced yet")}
    return names.get(state, state)


def on_off(enabled: object) -> str:
    return translate("Health", "on") if enabled else translate("Health", "off")


def flag_source(flag: Mapping[str, Any]) -> str:
    """Where a flag's value comes from, as `status --json` says it (`source`, `version`)."""
    source = flag.get("source")
    if source == "central":
        return translate("Health", "central database, version {n}").format(
            n=fmt().number(int(flag.get("version") or 0)))
    if source == "config":
        return translate("Health", "this till's config file [flags]")
    if source == "env":
        return translate("Health", "this till's environment ({name})").format(
            name="POS_APP_FLAG_" + str(flag.get("name")))
    return translate("Health", "default")


def _chart_view(title: str, empty: str, name: str) -> tuple[ShownOne, QChartView, QLabel]:
    view = QChartView(_base_chart(title))
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setAccessibleName(name)
    view.setMinimumHeight(CHART_HEIGHT)
    label = empty_label(empty)
    label.setAccessibleName(name)
    label.setMinimumHeight(CHART_HEIGHT // 2)
    box = ShownOne()
    box.addWidget(view)
    box.addWidget(label)
    return box, view, label


class HealthPage(QWidget):
    message = Signal(str, bool)

    def __init__(self, source: HealthSource, worker: DbWorker) -> None:
        super().__init__()
        self._source = source
        self.calls = Calls(self, worker)
        self.report: HealthReport | None = None
        self.period = "day"

        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(8)
        top = QHBoxLayout()
        title = QLabel(translate("Health", "Health of this till"))
        set_role(title, "title")
        title.setWordWrap(True)  # a narrow page wraps the title, never cuts a key's label
        top.addWidget(title, 1)
        self.day_button = QPushButton(translate("Health", "Last day (D)"))
        self.week_button = QPushButton(translate("Health", "Last week (W)"))
        self.refresh_button = QPushButton(translate("Health", "Refresh (F5)"))
        for button, name, key, slot in (
                (self.day_button, translate("Health", "Charts over the last day"), "D",
                 lambda: self.set_period("day")),
                (self.week_button, translate("Health", "Charts over the last week"), "W",
                 lambda: self.set_period("week")),
                (self.refresh_button, translate("Health", "Read the health figures again"),
                 "F5", self.load)):
            button.setAccessibleName(name)
            button.setMinimumSize(MIN_TOUCH, MIN_TOUCH)
            button.setCheckable(button is not self.refresh_button)
            button.clicked.connect(slot)
            if button is not self.refresh_button:  # F5 is the window's: it reads again
                QShortcut(QKeySequence(key), self).activated.connect(slot)
            top.addWidget(button)
        outer.addLayout(top)

        # The rest scrolls: in a long language or on a small screen nothing is cut.
        body = QWidget()
        content = QVBoxLayout(body)
        content.setContentsMargins(0, 0, 0, 0)
        content.setSpacing(8)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its lists
        self.scroller.setAccessibleName(translate("Health", "Health of this till"))
        self.scroller.setWidget(body)
        outer.addWidget(self.scroller, 1)

        self.alerts = QLabel()
        self.alerts.setWordWrap(True)
        self.alerts.setAccessibleName(translate("Health", "Firing alerts"))
        self.alerts.setTextFormat(Qt.TextFormat.PlainText)
        content.addWidget(self.alerts)

        grid = QGridLayout()
        grid.setSpacing(8)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.facts.setAccessibleName(translate("Health", "Disk, backup and feature flags"))
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        # Each flag, on or off, and where that comes from (default, the till's config or
        # environment, or the store's override at the central database and its version).
        self.flags = fitted_table(
            [translate("Health", "Feature flag"), translate("Health", "State"),
             translate("Health", "Source")],
            translate("Health",
                      "Feature flags: each flag, on or off, and where its value comes from"),
            wide=[2])
        self.flags.setTabKeyNavigation(False)  # Tab leaves the list, arrows move in it
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.facts)
        column.addWidget(self.flags)
        column.addStretch(1)
        grid.addWidget(left, 0, 0)
        # The recent alerts the page's width: a translated alert and its detail need it.
        grid.addWidget(self._history_part(), 1, 0, 1, 2)
        self.latency_box, self.latency_view, _ = _chart_view(
            translate("Health", "Command latency, p99 (ms)"),
            translate("Health", "No commands measured yet. Each scan, tender and sale at "
                      "the counter is timed; the minute's figures are written every "
                      "minute and drawn here."),
            translate("Health", "Command latency chart"))
        self.queue_box, self.queue_view, _ = _chart_view(
            translate("Health", "Waiting to sync, per channel"),
            translate("Health", "No queue figures yet. While the till runs, how many items "
                      "wait for the central database, the journal and Shopify is sampled "
                      "every minute and drawn here."),
            translate("Health", "Sync queue chart"))
        self.errors_box, self.errors_view, _ = _chart_view(
            translate("Health", "Refused or failed commands (%)"),
            translate("Health", "No commands measured yet: the share the till refused or "
                      "could not complete appears here once the counter sells."),
            translate("Health", "Error rate chart"))
        grid.addWidget(self.latency_box, 0, 1)
        grid.addWidget(self.queue_box, 2, 0)
        grid.addWidget(self.errors_box, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(2, 1)
        content.addLayout(grid, 1)
        self._mark_period()

    def _history_part(self) -> QWidget:
        """The recent alerts: when each was raised or cleared, newest first (H)."""
        part = QWidget()
        column = QVBoxLayout(part)
        column.setContentsMargins(0, 0, 0, 0)
        title = QLabel(translate("Health", "Recent alerts (H)"))
        set_role(title, "section")
        column.addWidget(title)
        self.history = fitted_table(
            [translate("Health", "When"), translate("Health", "Alert"),
             translate("Health", "Raised or cleared"), translate("Health", "Detail")],
            translate("Health",
                      "Recent alerts: when each alert was raised or cleared, newest first"),
            wide=[1, 3], most=HISTORY_SHOWN)
        self.history.setTabKeyNavigation(False)  # Tab leaves the list, arrows move in it
        title.setBuddy(self.history)
        empty = empty_label(translate("Health", "No alert has been raised on this till "
                                      "yet. Each one is listed here when it is raised and "
                                      "when it clears."))
        empty.setAccessibleName(translate("Health", "Recent alerts: none yet"))
        self.history_box = ShownOne()
        self.history_box.addWidget(self.history)
        self.history_box.addWidget(empty)
        self.history_box.setCurrentIndex(1)
        column.addWidget(self.history_box)
        QShortcut(QKeySequence("H"), self).activated.connect(self.focus_history)
        return part

    def focus_history(self) -> None:
        target = self.history if self.history_box.currentIndex() == 0 else self.history_box
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.scroller.ensureWidgetVisible(target, 0, 0)
        if self.history.rowCount() and self.history.currentRow() < 0:
            self.history.selectRow(0)

    # ---- loading ----------------------------------------------------------------------------

    def load(self) -> None:
        self.calls.run("health", self._source, self.show_report,
                       lambda exc: self.message.emit(error_text(exc), True))

    def set_period(self, period: str) -> None:
        self.period = period
        self._mark_period()
        if self.report is not None:
            self._draw(self.report)

    def _mark_period(self) -> None:
        self.day_button.setChecked(self.period == "day")
        self.week_button.setChecked(self.period == "week")

    def show_report(self, report: HealthReport) -> None:
        self.report = report
        st = report.status
        firing = list(st.get("alerts") or [])
        if firing:
            shown = ["⚠ " + alert_text(a) for a in firing[:MAX_ALERT_LINES]]
            if len(firing) > MAX_ALERT_LINES:
                shown.append(translate("Health", "… and {n} more (pos-app status)").format(
                    n=len(firing) - MAX_ALERT_LINES))
            self.alerts.setText("\n".join(shown))
            self.alerts.setStyleSheet(AMBER_STYLE)
        else:
            self.alerts.setText(translate("Health", "No alert is firing. Alerts appear here "
                                          "and at the counter when a threshold of "
                                          "[monitoring] is crossed."))
            self.alerts.setStyleSheet("")
        self.facts.setText(self._facts(st))
        self._show_flags(st.get("flags") or [])
        self._show_history(report.history)
        self._draw(report)

    def _show_history(self, events: Sequence[Mapping[str, Any]]) -> None:
        events = list(events)[:HISTORY_ROWS]
        self.history_box.setCurrentIndex(0 if events else 1)
        self.history.setRowCount(len(events))
        for row, ev in enumerate(events):
            at = str(ev.get("at") or "")
            try:
                when = fmt().date_time(datetime.fromisoformat(at))
            except ValueError:
                when = at
            name = alert_name(str(ev.get("key") or ""))
            raised = bool(ev.get("firing"))
            state = translate("Health", "raised") if raised else translate("Health", "cleared")
            detail = alert_text(ev) if raised else ""
            spoken = (translate("Health", "{alert} raised {when}: {detail}") if raised else
                      translate("Health", "{alert} cleared {when}")).format(
                alert=name, when=when, detail=detail)
            for col, value in enumerate((when, name, state, detail)):
                item = text_item(value, tip=value if col == 3 else "")
                item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
                self.history.setItem(row, col, item)
        fit_rows(self.history, HISTORY_SHOWN)

    def _show_flags(self, flags: Sequence[Mapping[str, Any]]) -> None:
        self.flags.setRowCount(len(flags))
        for row, flag in enumerate(flags):
            name = str(flag.get("name"))
            source = flag_source(flag)
            later = flag.get("next_start")
            if later:  # pulled since this till started: it applies at the next start
                source += " — " + translate("Health", "{state} ({source}) from the next "
                                            "start").format(state=on_off(later.get("enabled")),
                                                            source=flag_source(later))
            by = flag.get("updated_by")
            tip = translate("Health", "Set by {who}").format(who=by) if by else ""
            self.flags.setItem(row, 0, text_item(name, tip=tip))
            self.flags.setItem(row, 1, text_item(on_off(flag.get("enabled"))))
            self.flags.setItem(row, 2, text_item(source, tip=source))
        fit_rows(self.flags)

    def _facts(self, st: Mapping[str, Any]) -> str:
        health = st.get("health") or {}
        lines = []
        free = health.get("disk_free_pct")
        lines.append(translate("Health", "Disk: {n} % free").format(
            n=fmt().number(Decimal(str(free)))) if free is not None
            else translate("Health", "Disk: free space unknown"))
        backup = st.get("backup") or {}
        if backup.get("last_at"):
            lines.append(translate("Health", "Last backup: {at}").format(
                at=fmt().date_time(datetime.fromisoformat(backup["last_at"]))))
        else:
            lines.append(translate("Health", "Last backup: none yet (pos-app backup, or "
                                   "the daily backup)"))
        lines.append(translate("Health", "Open sales: {n} bytes stored (budget {b} a "
                               "sale)").format(
            n=fmt().number(int(health.get("open_state_bytes") or 0)),
            b=fmt().number(int(health.get("state_budget_bytes") or 0))))
        m = st.get("metrics") or {}
        hour = ((m.get("latency") or {}).get("hour") or {}).get("all")
        if hour:
            lines.append(translate("Health", "Last hour: {n} commands, p50 {p50} ms, p99 "
                                   "{p99} ms").format(
                n=fmt().number(int(hour["count"])),
                p50=fmt().number(Decimal(str(hour["p50_ms"]))),
                p99=fmt().number(Decimal(str(hour["p99_ms"])))))
        flags = health.get("flags") or []
        lines.append(translate("Health", "Feature flags in force: {flags}").format(
            flags=", ".join(flags) if flags else translate("Health", "none")))
        for name, ch in sorted((st.get("channels") or {}).items()):
            if ch.get("state") == "not_configured":
                continue
            channel = channel_name(name)  # "die zentrale Datenbank": a line starts upper
            lines.append(translate("Health", "{channel}: {state}, {n} waiting").format(
                channel=channel[:1].upper() + channel[1:],
                state=state_name(str(ch.get("state"))),
                n=fmt().number(int(ch.get("queue_depth") or 0))))
        return "\n".join(lines)

    # ---- charts -------------------------------------------------------------------------------

    def _draw(self, report: HealthReport) -> None:
        points = report.day if self.period == "day" else report.week
        fmt_time = "HH:mm" if self.period == "day" else "d MMM"
        self._lines(self.latency_box, self.latency_view,
                    {translate("Health", "p99"): points.get("p99_ms", [])}, fmt_time)
        queues = {channel_name(k.split(":", 1)[1]): v for k, v in sorted(points.items())
                  if k.startswith("queue:")}
        self._lines(self.queue_box, self.queue_view, queues, fmt_time)
        self._lines(self.errors_box, self.errors_view,
                    {translate("Health", "refused or failed"):
                     [(t, v * 100) for t, v in points.get("error_rate", [])]}, fmt_time)

    def _lines(self, box: ShownOne, view: QChartView,
               lines: Mapping[str, Sequence[tuple[datetime, float]]], fmt_time: str) -> None:
        if not any(lines.values()):
            box.setCurrentIndex(1)
            return
        box.setCurrentIndex(0)
        chart: QChart = view.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        x_axis = QDateTimeAxis()
        x_axis.setFormat(fmt_time)
        y_axis = QValueAxis()
        y_axis.setLabelFormat("%g")
        _axis_font(x_axis)
        _axis_font(y_axis)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        lo_t, hi_t, hi_v = None, None, 0.0
        for i, (name, pts) in enumerate(lines.items()):
            series = QLineSeries()
            series.setName(name)
            series.setPen(QPen(QColor(PALETTE[i % len(PALETTE)]), 2))
            for at, value in pts:
                ms = QDateTime.fromSecsSinceEpoch(int(at.timestamp())).toMSecsSinceEpoch()
                series.append(QPointF(float(ms), value))
                lo_t = at if lo_t is None or at < lo_t else lo_t
                hi_t = at if hi_t is None or at > hi_t else hi_t
                hi_v = max(hi_v, value)
            chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        if lo_t is not None and hi_t is not None:
            x_axis.setRange(QDateTime.fromSecsSinceEpoch(int(lo_t.timestamp())),
                            QDateTime.fromSecsSinceEpoch(int(hi_t.timestamp()) + 60))
        y_axis.setRange(0.0, hi_v * 1.15 if hi_v > 0 else 1.0)
        y_axis.setTickCount(5)
        y_axis.applyNiceNumbers()  # 0, 0.5, 1, 1.5 rather than 0, 0.80845, ...
        chart.legend().setVisible(len(lines) > 1)

    def values(self) -> dict[str, int]:
        """Points drawn per chart (tests): 0 for a chart showing its empty text."""
        def n(box: ShownOne, view: QChartView) -> int:
            if box.currentIndex() == 1:
                return 0
            return sum(len(s.points()) for s in view.chart().series()
                       if isinstance(s, QLineSeries))
        return {"latency": n(self.latency_box, self.latency_view),
                "queue": n(self.queue_box, self.queue_view),
                "errors": n(self.errors_box, self.errors_view)}
