"""A PDF receipt from a real sale, written by Qt's QPdfWriter and read back by QtPdf."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from pos_app.adapters.sqlite.receipt_source import SqliteReceiptSource
from pos_app.domain.errors import StorageUnavailable
from pos_app.domain.sale import TenderKind
from pos_app.services.receipts import ReceiptService
from pos_app.services.sale_commands import AddItem, AddTender, Complete
from pos_app.services.settings import StoreSettings
from pos_app.ui.receipt_pdf import write_pdf
from tests.conftest import variant

MM_PER_POINT = 25.4 / 72


@pytest.fixture
def receipt(db, desk):
    s = desk.new_sale(cashier_id="cashier-1")
    s.execute(AddItem(variant(1), 2))
    s.execute(AddItem(variant(2, 350, "food")))
    s.execute(AddTender(TenderKind.CASH, 10_000))
    no = s.execute(Complete()).receipt_no
    service = ReceiptService(SqliteReceiptSource(db), StoreSettings(name="Corner Shop"),
                             terminal_id="T1")
    return service.receipt(no)


def pdf_text(qapp, path) -> tuple[int, str, float]:
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument(qapp)
    try:
        assert doc.load(str(path)) == QPdfDocument.Error.None_
        pages = doc.pageCount()
        text = "\n".join(doc.getAllText(i).text() for i in range(pages))
        width_mm = doc.pagePointSize(0).width() * MM_PER_POINT
    finally:
        doc.close()
        doc.deleteLater()
    return pages, text, width_mm


def test_pdf_receipt_has_the_receipt_on_one_receipt_wide_page(qapp, receipt, tmp_path):
    path = write_pdf(receipt, tmp_path / "receipt.pdf")
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    pages, text, width_mm = pdf_text(qapp, path)
    assert pages == 1
    assert width_mm == pytest.approx(80, abs=0.5)
    assert "Corner Shop" in text and "Receipt 1" in text
    assert receipt.total.format() in text
    assert "RT1-1" in text  # the text under the bars
    if shutil.which("pdftotext"):
        out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                             text=True, check=True).stdout
        assert "Receipt 1" in out


def test_reprint_pdf_is_marked(qapp, receipt, tmp_path):
    path = write_pdf(receipt, tmp_path / "again.pdf", reprint=True)
    _, text, _ = pdf_text(qapp, path)
    assert text.lstrip().startswith("REPRINT")


def test_unwritable_path_is_a_typed_error(qapp, receipt, tmp_path):
    with pytest.raises(StorageUnavailable, match="Cannot write the PDF receipt"):
        write_pdf(receipt, tmp_path / "missing-dir" / "receipt.pdf")


@pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbarimg (zbar-tools) not installed")
def test_pdf_barcode_scans_back_to_the_receipt(qapp, receipt, tmp_path):
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtPdf import QPdfDocument

    path = write_pdf(receipt, tmp_path / "receipt.pdf")
    doc = QPdfDocument(qapp)
    try:
        assert doc.load(str(path)) == QPdfDocument.Error.None_
        size = doc.pagePointSize(0)
        page = doc.render(0, QSize(int(size.width() * 3), int(size.height() * 3)))
    finally:
        doc.close()
        doc.deleteLater()
    white = QImage(page.size(), QImage.Format.Format_RGB32)
    white.fill(QColor("white"))  # the page renders on transparency
    painter = QPainter(white)
    painter.drawImage(0, 0, page)
    painter.end()
    png = tmp_path / "receipt.png"
    assert white.save(str(png))
    out = subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True, text=True,
                         check=False).stdout.split()
    assert out == [receipt.barcode]
