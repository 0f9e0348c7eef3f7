"""A receipt as a PDF, drawn with Qt's own QPdfWriter on a receipt-wide (80 mm) page.

The content is the same `ReceiptLayout` the thermal printer prints; the page is as
long as the receipt. The receipt barcode is real Code 128 bars (bar pattern from
python-barcode), so a PDF receipt printed on paper scans at the return screen.
Needs a QGuiApplication (fonts); may run off the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import tzinfo
from pathlib import Path

from barcode.codex import Code128  # type: ignore[import-untyped]
from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from pos_app.domain.errors import StorageUnavailable
from pos_app.services.receipts import PrintLine, Receipt, Style, layout_receipt

from .i18n import translate

RESOLUTION_DPI = 300
_MM = RESOLUTION_DPI / 25.4  # device pixels per millimetre
_MARGIN_MM = 4.0
_BAR_HEIGHT_MM = 12.0
_MAX_MODULE_MM = 0.4  # wider bars scan no better and only take paper
_QUIET_MODULES = 10  # blank space either side of a Code 128 symbol


@dataclass(frozen=True, slots=True)
class _Fonts:
    normal: QFont
    bold: QFont
    large: QFont

    def of(self, line: PrintLine) -> QFont:
        if line.style is Style.LARGE:
            return self.large
        return self.bold if line.style is Style.BOLD else self.normal


def write_pdf(receipt: Receipt, path: Path | str, *, width_mm: float = 80.0,
              columns: int = 42, tz: tzinfo | None = None, reprint: bool = False) -> Path:
    """Write `receipt` as a one-page PDF at `path`; StorageUnavailable if it cannot be."""
    out = Path(path)
    try:
        # Qt reports an unwritable file only as a log warning; find out here, typed.
        with open(out, "wb"):
            pass
    except OSError as exc:
        raise StorageUnavailable(translate(
            "ReceiptPdf", "Cannot write the PDF receipt to {path}: {reason}").format(
                path=out, reason=exc.strerror)) from exc
    layout = layout_receipt(receipt, columns, tz=tz, reprint=reprint)
    writer = QPdfWriter(str(out))
    writer.setResolution(RESOLUTION_DPI)
    writer.setTitle(receipt.translate("Receipt", "Receipt {no}").format(no=receipt.receipt_no))
    writer.setCreator(receipt.store_name)
    fonts = _fonts(writer, columns, (width_mm - 2 * _MARGIN_MM) * _MM)
    bars = _bars(layout.barcode)
    module = min(_MAX_MODULE_MM * _MM,
                 (width_mm - 2 * _MARGIN_MM) * _MM / (len(bars) + 2 * _QUIET_MODULES))
    height_px = (2 * _MARGIN_MM * _MM + _lines_height(layout.lines, fonts, writer)
                 + _BAR_HEIGHT_MM * _MM + _line_height(fonts.normal, writer)
                 + _lines_height(layout.closing, fonts, writer))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    writer.setPageSize(QPageSize(QSizeF(width_mm, height_px / _MM), QPageSize.Unit.Millimeter,
                                 "Receipt", QPageSize.SizeMatchPolicy.ExactMatch))
    painter = QPainter()
    if not painter.begin(writer):
        raise StorageUnavailable(translate("ReceiptPdf", "Cannot write the PDF receipt to "
                                                         "{path}").format(path=out))
    try:
        page_width = width_mm * _MM
        y = _MARGIN_MM * _MM
        y = _draw_lines(painter, layout.lines, fonts, writer, y=y, page_width=page_width)
        x = (page_width - module * len(bars)) / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(Qt.GlobalColor.black)
        for i, run in _runs(bars):
            painter.drawRect(QRectF(x + i * module, y, run * module, _BAR_HEIGHT_MM * _MM))
        y += _BAR_HEIGHT_MM * _MM
        painter.setPen(Qt.GlobalColor.black)
        y = _draw_lines(painter, (PrintLine(layout.barcode, center=True),), fonts, writer,
                        y=y, page_width=page_width)
        _draw_lines(painter, layout.closing, fonts, writer, y=y, page_width=page_width)
    finally:
        painter.end()
    return out


def _fonts(writer: QPdfWriter, columns: int, text_width_px: float) -> _Fonts:
    """A monospace font sized so that `columns` characters fill the text width."""
    base = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    base.setStyleHint(QFont.StyleHint.TypeWriter)
    base.setFixedPitch(True)
    base.setPointSizeF(10.0)
    advance = QFontMetricsF(base, writer).horizontalAdvance("0" * columns)
    base.setPointSizeF(10.0 * text_width_px / advance * 0.98)
    bold = QFont(base)
    bold.setBold(True)
    large = QFont(bold)
    large.setPointSizeF(base.pointSizeF() * 2)
    return _Fonts(base, bold, large)


def _line_height(font: QFont, writer: QPdfWriter) -> float:
    return QFontMetricsF(font, writer).lineSpacing()


def _lines_height(lines: tuple[PrintLine, ...], fonts: _Fonts, writer: QPdfWriter) -> float:
    return sum(_line_height(fonts.of(line), writer) for line in lines)


def _draw_lines(painter: QPainter, lines: tuple[PrintLine, ...], fonts: _Fonts,
                writer: QPdfWriter, *, y: float, page_width: float) -> float:
    for line in lines:
        font = fonts.of(line)
        metrics = QFontMetricsF(font, writer)
        painter.setFont(font)
        x = _MARGIN_MM * _MM
        if line.center:
            x = (page_width - metrics.horizontalAdvance(line.text)) / 2
        if line.text:
            painter.drawText(QPointF(x, y + metrics.ascent()), line.text)
        y += metrics.lineSpacing()
    return y


def _bars(payload: str) -> str:
    """The Code 128 modules of `payload`: '1' a bar, '0' a space, no quiet zone."""
    return "".join(Code128(payload).build())


def _runs(modules: str) -> list[tuple[int, int]]:
    """(start, length) of each bar."""
    runs: list[tuple[int, int]] = []
    start = None
    for i, bit in enumerate(modules + "0"):
        if bit == "1" and start is None:
            start = i
        elif bit != "1" and start is not None:
            runs.append((start, i - start))
            start = None
    return runs

