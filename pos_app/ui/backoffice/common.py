"""Shared pieces of the back office: its stylesheet, worker calls that outlive their
widgets safely, number cells, empty states and the progress-with-threshold bar."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QLabel,
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
