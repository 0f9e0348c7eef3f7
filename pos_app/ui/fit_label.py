"""A one-line label that shrinks its type to fit, never its layout (the sale's total,
the checkout's amount due and change)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy


class FitLabel(QLabel):
    """One line in its style's type, drawn smaller only when the text would not fit the
    width it is given (a five-figure total on a 1024 px screen). Never widens its
    layout; the whole text is its accessible name and tooltip."""

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(0)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setAccessibleName(text)
        self.setToolTip(text)

    def fitted_font(self) -> QFont:
        font = QFont(self.font())
        room = max(10, self.contentsRect().width() - 4)
        width = QFontMetrics(font).horizontalAdvance(self.text())
        while width > room and font.pointSizeF() > 8:
            font.setPointSizeF(max(8.0, font.pointSizeF() * room / width - 0.5))
            width = QFontMetrics(font).horizontalAdvance(self.text())
        return font

    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        painter.setFont(self.fitted_font())
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(self.contentsRect(), int(self.alignment()), self.text())
