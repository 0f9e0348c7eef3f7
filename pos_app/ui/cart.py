"""The cart on the sale screen: a table model over the sale's `LineView`s that tells the
view only which rows changed, so a scan paints one new row whether the sale has 5
lines or 500.

The counter keeps every unchanged `LineView` as the very same object from one view to
the next (services/counter.py), so the rows that changed are found by identity in C
(domain/incremental.py) and announced as one insert, removal or dataChanged; a reset
happens only when another sale is shown. Figure columns widen to the widest figure of
the rows that changed, instead of Qt's fit-to-contents, which reads every row (every
role of every cell, in Python) on every change.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from operator import attrgetter
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from pos_app.domain.incremental import changed_span
from pos_app.services.counter import LineView

from .bidi import TextDirectionDelegate
from .i18n import translate
from .theme import BODY_PT

# The line total is price x qty - discount, in the subtotal's terms (before tax when
# prices exclude it): the lines add up to the subtotal less the discounts.
COLUMNS = ("Item", "Qty", "Price", "Discount", "Line total")
ROW_HEIGHT = 52  # a touch target (>= 44 px) with the title and the SKU under it


def column_titles() -> tuple[str, ...]:
    return (translate("Cart", "Item"), translate("Cart", "Qty"), translate("Cart", "Price"),
            translate("Cart", "Discount"), translate("Cart", "Line total"))

_PAD = 20  # a cell's margins on both sides of its text
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_no_of = attrgetter("no")

Index = QModelIndex | QPersistentModelIndex


def cell_text(ln: LineView, column: int) -> str:
    if column == 0:
        prefix = translate("Cart", "Return: ") if ln.is_return else ""
        return f"{prefix}{ln.title}\n{ln.sku}"
    if column == 1:
        return str(ln.quantity)
    if column == 2:
        return ln.unit_price
    if column == 3:
        return ln.discount
    return ln.total


class CartModel(QAbstractTableModel):
    """The lines of the sale on screen, one row each, in sale order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: tuple[LineView, ...] = ()
        self.sale_id: str | None = None
        self.titles = column_titles()
        self.shown_titles = self.titles  # as they fit the columns (CartTable cuts them)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(self.rows[index.row()], index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 1:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return cell_text(self.rows[index.row()], 0).replace("\n", " · ")  # long names
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is not Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.shown_titles[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == len(COLUMNS) - 1:
            return self.titles[section] + ": " + translate(
                "Cart", "Price × quantity − discount; tax is added in the totals")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.titles[section]  # a header cut short on a narrow screen
        if role == Qt.ItemDataRole.TextAlignmentRole and section >= 1:
            return _RIGHT
        return None

    def set_rows(self, sale_id: str, rows: tuple[LineView, ...]) -> tuple[int, int, bool]:
        """Show `rows`, announcing only the span that differs from the rows on screen.
        Returns the rows now showing something new, (start, end), and whether the model
        was reset (another sale)."""
        if sale_id != self.sale_id:
            self.beginResetModel()
            self.sale_id, self.rows = sale_id, rows
            self.endResetModel()
            return 0, len(rows), True
        start, old_end, new_end = changed_span(self.rows, rows)
        if new_end > old_end:  # the rows past the replaced ones are new
            self.beginInsertRows(QModelIndex(), old_end, new_end - 1)
            self.rows = rows
            self.endInsertRows()
        elif old_end > new_end:  # the rows past the replaced ones are gone
            self.beginRemoveRows(QModelIndex(), new_end, old_end - 1)
            self.rows = rows
            self.endRemoveRows()
        else:
            self.rows = rows
        last = min(old_end, new_end) - 1
        if last >= start:
            self.dataChanged.emit(self.index(start, 0), self.index(last, len(COLUMNS) - 1),
                                  [Qt.ItemDataRole.DisplayRole])
        return start, new_end, False

    def row_of(self, line_no: int | None) -> int:
        """The row showing line `line_no`, or -1. Lines are numbered in sale order."""
        if line_no is None:
            return -1
        row = bisect_left(self.rows, line_no, key=_no_of)
        if row < len(self.rows) and self.rows[row].no == line_no:
            return row
        return next((r for r, ln in enumerate(self.rows) if ln.no == line_no), -1)


class CartTable(QTableView):
    """The cart's table: whole-row selection, no editing, never takes the keyboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cart = CartModel(self)
        self.setModel(self.cart)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setObjectName("cart")  # the selected line: strong highlight (theme.py)
        self.setItemDelegate(TextDirectionDelegate(self))  # Latin names in Arabic
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = self.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(ROW_HEIGHT)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
        self._widths: list[int] = []
        self._heads: list[int] = []
        self._fit_columns()

    def show_lines(self, sale_id: str, rows: tuple[LineView, ...],
                   selected: int | None) -> None:
        start, end, reset = self.cart.set_rows(sale_id, rows)
        if reset:
            self._fit_columns()
        else:
            self._widen(rows[start:end])
        row = self.cart.row_of(selected)
        if row >= 0:
            if self.currentRow() != row:
                self.selectRow(row)
            self.scrollTo(self.cart.index(row, 0))

    def selectRow(self, row: int) -> None:
        """The whole row selected and current. (QTableView.selectRow finds its column
        at the viewport's far edge, which in a right-to-left layout is past the last
        column: nothing was selected in Arabic.)"""
        index = self.cart.index(row, 0)
        if not index.isValid():
            return
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.selectionModel().setCurrentIndex(index, flags)

    # ---- the QTableWidget calls the screen and its tests use ------------------------------

    def rowCount(self) -> int:
        return len(self.cart.rows)

    def currentRow(self) -> int:
        return self.currentIndex().row()

    def cell_text(self, row: int, column: int) -> str:
        return cell_text(self.cart.rows[row], column)

    # ---- column widths from the rows that changed, never from every row ---------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_columns()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._apply_widths()

    def _fit_columns(self) -> None:
        """Each figure column is as wide as the widest figure shown in this sale (never
        narrower while the sale is on screen), and as wide as its header when the item
        column keeps room for the names (a long header elides, whole in its tooltip)."""
        fm = QFontMetrics(self._header_font())
        self._heads = [0] + [fm.horizontalAdvance(self.cart.titles[col]) + 16
                             for col in range(1, len(COLUMNS))]
        self._widths = [0] + [self.fontMetrics().horizontalAdvance("0000")] * (len(COLUMNS) - 1)
        self._widen(self.cart.rows)
        self._apply_widths()

    def _widen(self, rows: Sequence[LineView]) -> None:
        if not rows:
            return
        fm = self.fontMetrics()
        wider = False
        for col in range(1, len(COLUMNS)):
            texts = [cell_text(ln, col) for ln in rows]
            # Figures are set in tabular digits: only the longest texts can be the widest,
            # so a cart discount that changes every row measures a few, not 500.
            longest = max(map(len, texts))
            width = max(fm.horizontalAdvance(t) for t in texts if len(t) == longest)
            if width > self._widths[col]:
                self._widths[col] = width
                wider = True
        if wider:
            self._apply_widths()

    def _header_font(self) -> QFont:
        """The headers' type (theme.py: semibold, a size under the body's)."""
        font = QFont(self.font())
        font.setPointSizeF(BODY_PT - 2)
        font.setWeight(QFont.Weight.DemiBold)
        return font

    def _apply_widths(self) -> None:
        """Figures always whole; headers whole while the figure columns take at most
        70 % of the table, so the item names keep the rest."""
        cols = range(1, len(COLUMNS))
        if not self._heads:
            return
        room = self.viewport().width() * 7 // 10 - _PAD * len(cols)
        base = sum(self._widths[c] for c in cols)
        extra = {c: max(0, self._heads[c] - self._widths[c]) for c in cols}
        spare, wanted = max(0, room - base), sum(extra.values())
        for c in cols:
            grow = extra[c] if wanted <= spare else extra[c] * spare // wanted
            width = self._widths[c] + grow + _PAD
            if self.columnWidth(c) != width:
                self.setColumnWidth(c, width)
        # A header with less room than its title: cut with … (never clipped mid-word).
        fm = QFontMetrics(self._header_font())
        shown = tuple(t if c == 0 else fm.elidedText(
            t, Qt.TextElideMode.ElideRight, self.columnWidth(c) - 12)
            for c, t in enumerate(self.cart.titles))
        if shown != self.cart.shown_titles:
            self.cart.shown_titles = shown
            self.cart.headerDataChanged.emit(Qt.Orientation.Horizontal, 1, len(COLUMNS) - 1)
