"""Shared pieces of the back office: its stylesheet, worker calls that outlive their
widgets safely, number cells, empty states and the progress-with-threshold bar."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLayoutItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from .. import theme
from ..i18n import error_text as i18n_error_text
from ..i18n import translate
from ..worker import DbWorker

SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1
PROGRESS_ROLE = int(Qt.ItemDataRole.UserRole) + 2
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
TABLE_PT = theme.BODY_PT - 2  # a desk, not arm's length: denser tables

STYLESHEET = theme.STYLESHEET + f"""
QListWidget#sidebar {{ background: #e9ebef; border: none; font-size: {theme.BODY_PT}pt;
                       padding-top: 8px; }}
QListWidget#sidebar::item {{ padding: 12px 16px; border-left: 4px solid transparent; }}
QListWidget#sidebar::item:selected {{ background: {theme.SURFACE}; color: {theme.TEXT};
                                      border-left: 4px solid {theme.ACCENT};
                                      font-weight: 700; }}
QTableView, QTableWidget {{ font-size: {TABLE_PT}pt; background: {theme.SURFACE};
                            border: 1px solid {theme.BORDER}; gridline-color: #e4e4e4;
                            selection-background-color: #cfe0f5;
                            selection-color: {theme.TEXT}; }}
QHeaderView::section {{ font-size: {TABLE_PT}pt; }}
QComboBox, QDateEdit {{ background: {theme.SURFACE}; border: 1px solid {theme.BORDER};
                        border-radius: 6px; padding: 6px 8px; font-size: {TABLE_PT}pt; }}
QWidget#filterBar QLabel {{ font-size: {TABLE_PT}pt; color: {theme.MUTED}; }}
QWidget#filterBar QPushButton, QWidget#pageBar QPushButton {{ padding: 6px 12px;
                                                              font-size: {TABLE_PT}pt; }}
QLabel[role="info"] {{ background: #e6eef8; color: #0d3158; padding: 8px 12px;
                       border-radius: 6px; font-size: {TABLE_PT}pt; }}
QLabel[role="banner"] {{ font-size: {TABLE_PT}pt; }}
QLabel[role="empty"] {{ color: {theme.MUTED}; font-size: {theme.BODY_PT + 4}pt;
                        padding: 40px; }}
QLabel[role="section"] {{ font-size: {theme.BODY_PT + 2}pt; font-weight: 700;
                          padding-top: 6px; }}
QLabel[role="summary"] {{ font-size: {TABLE_PT}pt; color: {theme.MUTED}; }}
QLabel[role="fielderror"] {{ color: {theme.ERROR}; font-size: {TABLE_PT - 1}pt; }}
QLineEdit {{ padding: 5px 8px; font-size: {TABLE_PT}pt; }}
QLineEdit[readOnly="true"] {{ background: #ececec; color: {theme.MUTED}; }}
QCheckBox {{ font-size: {TABLE_PT}pt; }}
QGroupBox {{ font-size: {TABLE_PT}pt; font-weight: 700; border: 1px solid {theme.BORDER};
             border-radius: 6px; margin-top: 14px; padding: 10px 8px 8px 8px;
             background: {theme.SURFACE}; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; }}
QGroupBox QLabel, QGroupBox QPushButton {{ font-size: {TABLE_PT}pt; }}
QGroupBox QPushButton {{ padding: 5px 10px; }}
QGroupBox QLabel[role="boxtitle"] {{ font-weight: 700; }}
QListWidget#planList {{ font-size: {TABLE_PT}pt; }}
QListWidget#planList::item {{ padding: 6px 4px; border-bottom: 1px solid #e4e4e4; }}
QListWidget#planList::item:selected {{ background: #cfe0f5; color: {theme.TEXT};
                                       border-left: 4px solid {theme.ACCENT}; }}
QLabel[role="status"] {{ font-size: {TABLE_PT}pt; color: {theme.MUTED}; }}
QLabel[role="statuserror"] {{ font-size: {TABLE_PT}pt; color: {theme.ERROR};
                              font-weight: 600; }}
QPushButton, QComboBox, QDateEdit, QLineEdit {{ min-height: 32px; }}
QCheckBox, QRadioButton {{ min-height: 44px; }}
"""


class FlowLayout(QLayout):
    """Widgets in a row that wraps onto further rows when the width runs out (a filter
    bar on a 1024 px till, a German button bar): each keeps its preferred width unless
    even a row of its own is narrower (then it gets the row, down to its minimum). Rows
    are packed to the leading edge, or to the trailing one with `align_end`; right to
    left they are mirrored. The height follows the width (heightForWidth)."""

    def __init__(self, parent: QWidget | None = None, *, spacing: int = 8,
                 row_spacing: int = 6, align_end: bool = False) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._h = spacing
        self._v = row_spacing
        self._end = align_end
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        shown = [i for i in self._items if not i.isEmpty()]
        m = self.contentsMargins()
        width = sum(i.sizeHint().width() for i in shown) + self._h * max(0, len(shown) - 1)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        size = QSize()
        for i in self._items:
            if not i.isEmpty():
                size = size.expandedTo(i.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        m = self.contentsMargins()
        room = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        rows: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        used = 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            width = max(item.minimumSize().width(), min(hint.width(), room.width()))
            size = QSize(width, hint.height())
            if rows[-1] and used + self._h + width > room.width():
                rows.append([])
                used = 0
            used += (self._h if rows[-1] else 0) + width
            rows[-1].append((item, size))
        y = room.y()
        direction = Qt.LayoutDirection.LeftToRight
        parent = self.parentWidget()
        if parent is not None:
            direction = parent.layoutDirection()
        for row in rows:
            if not row:
                continue
            height = max(size.height() for _i, size in row)
            taken = sum(size.width() for _i, size in row) + self._h * (len(row) - 1)
            x = room.x() + (room.width() - taken if self._end else 0)
            for item, size in row:
                if move:
                    at = QRect(QPoint(x, y + (height - size.height()) // 2), size)
                    item.setGeometry(QStyle.visualRect(direction, room, at))
                x += size.width() + self._h
            y += height + self._v
        return y - self._v - room.y() + m.top() + m.bottom()


def labelled(text: str, widget: QWidget) -> QWidget:
    """A label and its field kept together on one row of a FlowLayout (the label the
    field's buddy: its mnemonic focuses the field)."""
    pair = QWidget()
    row = QHBoxLayout(pair)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(8)
    label = QLabel(text)
    label.setBuddy(widget)
    row.addWidget(label)
    row.addWidget(widget, 1)
    return pair


def error_text(exc: BaseException) -> str:
    return i18n_error_text(exc, translate("BackOffice",
                                          "Something went wrong; the error was logged."))


class Calls:
    """Service calls on the worker for one widget. A result arriving after the widget
    was deleted, or after a newer call with the same key, is dropped."""

    def __init__(self, owner: QWidget, worker: DbWorker) -> None:
        self._owner = owner
        self._worker = worker
        self._seq: dict[str, int] = {}

    def run(self, key: str, fn: Callable[[], Any], on_ok: Callable[[Any], None],
            on_error: Callable[[BaseException], None]) -> None:
        seq = self._seq.get(key, 0) + 1
        self._seq[key] = seq

        def done(result: Any) -> None:
            if not shiboken6.isValid(self._owner) or self._seq.get(key) != seq:
                return
            if isinstance(result, BaseException):
                on_error(result)
            else:
                on_ok(result)
        self._worker.submit(fn, done, done)


def text_item(text: str, *, sort: Any = None, align: Qt.AlignmentFlag = LEFT,
              tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setTextAlignment(align)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if sort is not None:
        item.setData(SORT_ROLE, sort)
    if tip:
        item.setToolTip(tip)
    return item


def table_text(table: QTableWidget) -> list[list[str]]:
    """Every cell's text, row by row (for tests and screenshots)."""
    out = []
    for r in range(table.rowCount()):
        row = []
        for c in range(table.columnCount()):
            item = table.item(r, c)
            row.append(item.text() if item is not None else "")
        out.append(row)
    return out


class FitColumns(QObject):
    """Keeps a table's columns inside its width, so nobody scrolls sideways to read a
    row (a 1024 px till in German has no room for every column at its full width).

    Each column is as wide as its contents while they all fit. When they do not, the
    `shrink` groups give way in turn: within a group the widest columns narrow first to
    one common width (their text elided; each cell's tooltip has it whole), none below
    `floor` px or the longest word of its header, whose words then wrap; the next group
    gives way only if that was not enough. `stretch` keeps at least `share` of the width
    and takes what is left; other columns keep their contents' width. Hidden columns
    take no room. Refitted whenever the table's viewport is resized; call `fit()` after
    filling the table."""

    def __init__(self, table: QTableWidget, *, stretch: int,
                 shrink: Sequence[Collection[int]], share: float = 0.3,
                 floor: int = 100) -> None:
        super().__init__(table)
        self.table = table
        self.stretch = stretch
        self.shrink = tuple(tuple(g) for g in shrink)
        self.share = share
        self.floor = floor
        self.labels: list[str] = []
        self.widths: list[int] = []
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideNone)
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            self.fit()
        return False

    def set_labels(self, labels: list[str]) -> None:
        """The header's labels (already translated); each may wrap at its spaces."""
        self.labels = list(labels)
        self.table.setHorizontalHeaderLabels(self.labels)
        for col, label in enumerate(self.labels):
            item = self.table.horizontalHeaderItem(col)
            if item is not None:
                item.setToolTip(label)

    def fit(self) -> None:
        table, header = self.table, self.table.horizontalHeader()
        n = header.count()
        if n == 0 or len(self.labels) != n:
            return

        def measure(col: int, text: str) -> int:
            """The header section's width for `text` (as the style draws it)."""
            item = table.horizontalHeaderItem(col)
            if item is not None and item.text() != text:
                item.setText(text)
            return header.sectionSizeHint(col)

        shown = [c for c in range(n) if not table.isColumnHidden(c)]
        room = table.viewport().width()
        one_line = {c: measure(c, self.labels[c]) for c in shown}
        floor = {c: min(self.floor, measure(c, "\n".join(self.labels[c].split())))
                 for c in shown}
        want = {c: max(table.sizeHintForColumn(c), one_line[c]) for c in shown}
        keep = min(want.get(self.stretch, 0), int(room * self.share))
        widths = dict(want)
        for group in self.shrink:
            cols = [c for c in group if c in want and c != self.stretch]
            others = sum(w for c, w in widths.items() if c != self.stretch and c not in cols)
            budget = room - keep - others
            if sum(widths[c] for c in cols) <= budget:
                break
            # The largest common width L with sum(min(want, max(L, floor))) <= budget.
            low, high = 0, max((want[c] for c in cols), default=0)
            while low < high:
                mid = (low + high + 1) // 2
                if sum(min(want[c], max(mid, floor[c])) for c in cols) <= budget:
                    low = mid
                else:
                    high = mid - 1
            for c in cols:
                widths[c] = min(want[c], max(low, floor[c]))
        for c in shown:
            if c == self.stretch:
                header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
                measure(c, self.labels[c])
                continue
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(c, widths[c])
            # A header wider than its column wraps at its spaces, a word a line.
            lines: list[str] = []
            for word in self.labels[c].split():
                if lines and measure(c, f"{lines[-1]} {word}") <= widths[c]:
                    lines[-1] = f"{lines[-1]} {word}"
                else:
                    lines.append(word)
            measure(c, "\n".join(lines) if widths[c] < one_line[c] else self.labels[c])
        self.widths = [widths.get(c, 0) for c in range(n)]


def empty_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    theme.set_role(label, "empty")
    return label


class ProgressDelegate(QStyledItemDelegate):
    """Paints (fraction, caption, short caption, marked) from PROGRESS_ROLE as a bar with
    the next threshold marked: the bar's full width is 1.15 x the threshold, so the mark
    sits inside it. The short caption is used when the long one does not fit."""

    SCALE = 1.15

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        data = index.data(PROGRESS_ROLE)
        if not data:
            super().paint(painter, option, index)
            return
        fraction, caption, short, marked = data
        rect = QRectF(option.rect).adjusted(6, 4, -6, -4)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_h = rect.height() * 0.5
        painter.setPen(QColor(theme.TEXT))
        font = painter.font()
        font.setPointSizeF(TABLE_PT - 2)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        if metrics.horizontalAdvance(caption) > rect.width():
            caption = short  # the long caption stays in the tooltip
        painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), text_h), int(LEFT),
                         metrics.elidedText(caption, Qt.TextElideMode.ElideRight,
                                            int(rect.width())))
        bar = QRectF(rect.left(), rect.top() + text_h + 2, rect.width(),
                     max(6.0, rect.height() - text_h - 4))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#e4e7ec"))
        painter.drawRoundedRect(bar, 3, 3)
        filled = bar.width() * min(1.0, fraction / self.SCALE if marked else fraction)
        painter.setBrush(QColor(theme.ACCENT))
        painter.drawRoundedRect(QRectF(bar.left(), bar.top(), filled, bar.height()), 3, 3)
        if marked:
            x = bar.left() + bar.width() / self.SCALE
            painter.setPen(QPen(QColor(theme.TEXT), 2))
            painter.drawLine(int(x), int(bar.top() - 3), int(x), int(bar.bottom() + 3))
        painter.restore()
