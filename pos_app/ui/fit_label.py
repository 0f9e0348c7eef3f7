"""A one-line label that shrinks its type to fit, never its layout (the sale's total,
the checkout's amount due and change), and a key that does the same with its lines (a
long tender name in another language at 1024x768)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
)


def shrunk_to_fit(font: QFont, lines: list[str], room: int, smallest: float) -> QFont:
    """`font`, or a smaller copy (not under `smallest` pt) in which the widest of
    `lines` fits `room` px."""
    font = QFont(font)

    def widest() -> int:
        fm = QFontMetrics(font)
        return max((fm.horizontalAdvance(line) for line in lines), default=0)

    width = widest()
    while width > room and font.pointSizeF() > smallest:
        font.setPointSizeF(max(smallest, font.pointSizeF() * room / width - 0.5))
        width = widest()
    return font


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
        return shrunk_to_fit(self.font(), [self.text()],
                             max(10, self.contentsRect().width() - 4), 8.0)

    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        painter.setFont(self.fitted_font())
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(self.contentsRect(), int(self.alignment()), self.text())


class FitButton(QPushButton):
    """A key whose lines are drawn in smaller type only when one would not fit inside its
    border and padding ("Crédito de tienda" on a 1024 px screen): the style draws the key,
    this its text, centred. Never widens its layout."""

    def _room(self) -> QRect:
        opt = QStyleOptionButton()
        self.initStyleOption(opt)
        return self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, opt, self)

    SMALLEST_PT = 8.0
    least = 0  # the narrowest a layout may make it (px), besides what its label needs

    def minimumSizeHint(self) -> QSize:
        """No narrower than its lines in a type a little over the smallest it draws in,
        with its style's padding: squeezed, it shrinks its type, never cuts."""
        font = QFont(self.font())
        font.setPointSizeF(min(font.pointSizeF(), self.SMALLEST_PT + 1))
        fm = QFontMetrics(font)
        text = max((fm.horizontalAdvance(line) for line in self.text().split("\n")),
                   default=0)
        opt = QStyleOptionButton()
        self.initStyleOption(opt)
        need = self.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, opt,
                                             QSize(text + 4, fm.height()), self)
        hint = super().minimumSizeHint()
        return QSize(max(self.least, need.width()), hint.height())

    def fitted_font(self) -> QFont:
        return shrunk_to_fit(self.font(), self.text().split("\n"),
                             max(10, self._room().width() - 2), self.SMALLEST_PT)

    def paintEvent(self, event: Any) -> None:
        font = self.fitted_font()
        if font.pointSizeF() >= self.font().pointSizeF():
            super().paintEvent(event)
            return
        painter = QStylePainter(self)
        opt = QStyleOptionButton()
        self.initStyleOption(opt)
        opt.text = ""
        painter.drawControl(QStyle.ControlElement.CE_PushButton, opt)
        painter.setFont(font)
        group = QPalette.ColorGroup.Active if self.isEnabled() else QPalette.ColorGroup.Disabled
        painter.setPen(self.palette().color(group, QPalette.ColorRole.ButtonText))
        painter.drawText(self._room(), int(Qt.AlignmentFlag.AlignCenter), self.text())
