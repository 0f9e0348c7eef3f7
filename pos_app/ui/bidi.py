"""Each table cell in its own writing direction.

A right-to-left screen lays every cell out right to left, and Latin text in it (product
names, SKUs, a message Shopify sent in English) came out with its punctuation and its
"…" at the wrong end: "…Trailhead Organic Cotton Flannel Shirt /", ".on hand". The
`TextDirectionDelegate` draws a cell written only in a left-to-right script left to
right, at the same place in the cell (the start of a right-to-left row stays its right
edge), and leaves everything else as the view would draw it.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem


def left_to_right_only(text: str) -> bool:
    """`text` has left-to-right letters (Latin, Cyrillic...) and no right-to-left ones:
    English or a SKU, not an Arabic sentence that names "SKU" or "Shopify" (digits and
    punctuation have no direction of their own)."""
    kinds = {unicodedata.bidirectional(ch) for ch in text}
    return "L" in kinds and not kinds & {"R", "AL"}


class TextDirectionDelegate(QStyledItemDelegate):
    """A view's cells, each in the direction of its own text (see the module)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Any) -> None:
        super().initStyleOption(option, index)
        if option.direction != Qt.LayoutDirection.RightToLeft \
                or not left_to_right_only(option.text):
            return
        # Where the view would put it, then laid out left to right from there.
        option.displayAlignment = QStyle.visualAlignment(
            Qt.LayoutDirection.RightToLeft, option.displayAlignment)
        option.direction = Qt.LayoutDirection.LeftToRight
