"""The commission charts (QtCharts): bars per staff member, and a line per staff member
over time (the team view)."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QDateTime, QMargins, QPointF, Qt, QTime
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from pos_app.domain.money import exponent_of
from pos_app.services.commission_reports import CommissionReport, TeamView

from .. import theme
from ..i18n import translate

# Distinct, colour-blind-safe hues (Okabe-Ito), darkest first; grey for everyone else.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")
OTHERS = "#9a9a9a"
BARS_SHOWN = 10
LINES_SHOWN = 6


def major(minor: int, currency: str) -> float:
    """Minor units as a float of major units: for drawing only, never for sums."""
    return float(minor) / float(10 ** exponent_of(currency))


def _base_chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = QFont()
    font.setPointSize(theme.BODY_PT - 3)
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(6)
    chart.setMargins(QMargins(6, 6, 6, 6))
    chart.layout().setContentsMargins(0, 0, 0, 0)
    return chart


def _axis_font(axis: QValueAxis | QBarCategoryAxis | QDateTimeAxis) -> None:
    font = QFont()
    font.setPointSize(theme.BODY_PT - 5)
    axis.setLabelsFont(font)


def _nice_range(axis: QValueAxis, lo: float, hi: float) -> None:
    lo, hi = min(0.0, lo), max(0.0, hi)
    if hi - lo < 1e-9:
        hi = lo + 1.0
    axis.setRange(lo, hi)
    axis.applyNiceNumbers()


class StaffBarChart(QChartView):
    """Commission per staff member (the top ten), biggest at the top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(200)
        chart = _base_chart(translate("Charts", "Commission by staff member"))
        chart.legend().hide()
        self.axis_names = QBarCategoryAxis()
        self.axis_money = QValueAxis()
        self.axis_money.setLabelFormat("%.0f")
        for axis in (self.axis_names, self.axis_money):
            _axis_font(axis)
        chart.addAxis(self.axis_names, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(self.axis_money, Qt.AlignmentFlag.AlignBottom)
        self.setChart(chart)

    def show_report(self, report: CommissionReport) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        shown = report.staff[:BARS_SHOWN]
        rest = len(report.staff) - len(shown)
        chart.setTitle(translate("Charts", "Commission by staff member") if not rest
                       else translate("Charts", "Commission by staff member: top {n} of {total}")
                       .format(n=len(shown), total=len(report.staff)))
        bars = QBarSet(translate("Charts", "Commission"))
        bars.setColor(QColor(theme.ACCENT))
        bars.setBorderColor(QColor(theme.ACCENT))
        ordered = list(reversed(shown))  # a horizontal series draws bottom-up
        values = [major(s.commission, report.currency) for s in ordered]
        bars.append(values)
        series = QHorizontalBarSeries()
        series.setBarWidth(0.7)
        series.append(bars)
        chart.addSeries(series)
        self.axis_names.clear()
        self.axis_names.append([_short(s.name) for s in ordered])
        self.axis_money.setTitleText(report.currency)
        _nice_range(self.axis_money, min(values, default=0.0), max(values, default=0.0))
        series.attachAxis(self.axis_names)
        series.attachAxis(self.axis_money)

    def values(self) -> list[tuple[str, float]]:
        """(staff name, commission) as drawn, top first (for tests)."""
        series = self.chart().series()
        if not series:
            return []
        bars = series[0].barSets()[0]  # type: ignore[attr-defined]
        names = self.axis_names.categories()
        return list(reversed([(names[i], bars.at(i)) for i in range(bars.count())]))


class TeamLineChart(QChartView):
    """Commission per staff member per day or week: the six who earned most, and
    everyone else summed in grey."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(200)
        chart = _base_chart(translate("Charts", "Team commission over time"))
        legend = chart.legend()
        legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
        font = QFont()
        font.setPointSize(theme.BODY_PT - 5)
        legend.setFont(font)
        self.axis_time = QDateTimeAxis()
        self.axis_money = QValueAxis()
        self.axis_money.setLabelFormat("%.0f")
        for axis in (self.axis_time, self.axis_money):
            _axis_font(axis)
        chart.addAxis(self.axis_time, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.axis_money, Qt.AlignmentFlag.AlignLeft)
        self.setChart(chart)

    def show_team(self, team: TeamView, currency: str) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        head, others = team.top(LINES_SHOWN)
        chart.setTitle(translate("Charts", "Team commission per day") if team.bucket == "day"
                       else translate("Charts", "Team commission per week"))
        xs = [QDateTime(QDate(d.year, d.month, d.day), QTime(0, 0)).toMSecsSinceEpoch()
              for d in team.starts]
        lo = hi = 0.0
        lines = [(s, PALETTE[i % len(PALETTE)]) for i, s in enumerate(head)]
        if others is not None:
            lines.append((others, OTHERS))
        for staff, colour in lines:
            series = QLineSeries()
            series.setName(_short(staff.name))
            pen = QPen(QColor(colour))
            pen.setWidthF(2.0)
            series.setPen(pen)
            ys = [major(v, currency) for v in staff.commission]
            series.append([QPointF(float(x), y) for x, y in zip(xs, ys, strict=True)])
            if len(xs) <= 45:
                series.setPointsVisible(True)
            lo, hi = min([lo, *ys]), max([hi, *ys])
            chart.addSeries(series)
            series.attachAxis(self.axis_time)
            series.attachAxis(self.axis_money)
        if xs:
            first, last = team.starts[0], team.starts[-1]
            self.axis_time.setRange(QDateTime(QDate(first.year, first.month, first.day),
                                              QTime(0, 0)),
                                    QDateTime(QDate(last.year, last.month, last.day),
                                              QTime(0, 0)))
            self.axis_time.setFormat("d MMM")
            self.axis_time.setTickCount(min(8, max(2, len(xs))))
        self.axis_money.setTitleText(currency)
        _nice_range(self.axis_money, lo, hi)

    def values(self) -> dict[str, list[float]]:
        """Series name -> y values as drawn (for tests)."""
        return {s.name(): [p.y() for p in s.points()]  # type: ignore[attr-defined]
                for s in self.chart().series()}


def _short(name: str, limit: int = 18) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"
