"""The counter's main window: scan box, cart, totals and status bar.

Every service call runs on the `DbWorker`; this module only renders `SaleView`s
and turns keys into intents.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.errors import PosError
from pos_app.services.counter import SaleView

from .worker import DbWorker

COLUMNS = ("Item", "SKU", "Qty", "Price", "Discount", "Total")


class MainWindow(QMainWindow):
    def __init__(self, *, counter: Any, worker: DbWorker, store_name: str, terminal_id: str,
                 demo: bool) -> None:
        super().__init__()
        self._counter = counter
        self._worker = worker
        self._view: SaleView | None = None
        self.setWindowTitle(f"{store_name} — POS terminal {terminal_id}")
        self.resize(1366, 768)

        root = QWidget()
        layout = QHBoxLayout(root)
        self.cart = QTableWidget(0, len(COLUMNS))
        self.cart.setHorizontalHeaderLabels(COLUMNS)
        self.cart.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cart.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cart.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cart.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cart.verticalHeader().setVisible(False)
        header = self.cart.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        body = QFont()
        body.setPointSize(13)
        self.cart.setFont(body)
        layout.addWidget(self.cart, 6)

        side = QVBoxLayout()
        if demo:
            banner = QLabel("DEMO STORE — sales here are not real")
            banner.setObjectName("demoBanner")
            banner.setStyleSheet("background:#fff4ce;color:#5c4400;padding:6px;font-weight:600")
            side.addWidget(banner)
        self.scan = QLineEdit()
        self.scan.setPlaceholderText("Scan or type a barcode / SKU, then Enter")
        self.scan.setFont(body)
        self.scan.returnPressed.connect(self._on_scan)
        side.addWidget(self.scan)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        side.addWidget(self.message)
        side.addStretch(1)
        self.taxes = QLabel("")
        self.taxes.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.taxes.setFont(body)
        side.addWidget(self.taxes)
        self.total = QLabel("$0.00")
        big = QFont()
        big.setPointSize(40)
        big.setBold(True)
        self.total.setFont(big)
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight)
        side.addWidget(self.total)
        layout.addLayout(side, 4)
        self.setCentralWidget(root)
        self.statusBar().showMessage(f"Terminal {terminal_id} · offline-first · ready")

        QShortcut(QKeySequence(Qt.Key.Key_F4), self, self._remove_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Up), self, lambda: self._move(-1))
        QShortcut(QKeySequence(Qt.Key.Key_Down), self, lambda: self._move(1))
        self._call(counter.current, self.show_sale)
        QTimer.singleShot(0, self.scan.setFocus)

    # ---- intents ---------------------------------------------------------------------

    def _call(self, fn: Callable[[], Any], on_ok: Callable[[Any], None]) -> None:
        def done(result: Any) -> None:
            if isinstance(result, BaseException):
                self._show_error(result)
            else:
                on_ok(result)
            self.scan.setFocus()
        self._worker.submit(fn, done, done)

    def _on_scan(self) -> None:
        raw = self.scan.text()
        self.scan.clear()
        if not raw.strip():
            return
        self._call(lambda: self._counter.scan(raw), self.show_sale)

    def _remove_selected(self) -> None:
        row = self.cart.currentRow()
        if self._view is None or row < 0:
            return
        no = self._view.lines[row].no
        self._call(lambda: self._counter.remove_line(no), self.show_sale)

    def _move(self, step: int) -> None:
        rows = self.cart.rowCount()
        if rows:
            self.cart.selectRow(max(0, min(rows - 1, self.cart.currentRow() + step)))

    # ---- rendering ------------------------------------------------------------------

    def show_sale(self, view: SaleView) -> None:
        self._view = view
        self.message.setText("")
        self.cart.setRowCount(len(view.lines))
        for row, ln in enumerate(view.lines):
            cells = (ln.title, ln.sku, str(ln.quantity), ln.unit_price, ln.discount, ln.total)
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if col >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.cart.setItem(row, col, item)
        if view.selected_line is not None:
            for row, ln in enumerate(view.lines):
                if ln.no == view.selected_line:
                    self.cart.selectRow(row)
        taxes = "\n".join(f"{name}  {amount}" for name, amount in view.taxes)
        self.taxes.setText(f"Subtotal  {view.subtotal}\n" + (taxes + "\n" if taxes else ""))
        self.total.setText(view.total)

    def _show_error(self, exc: BaseException) -> None:
        # Our own errors carry a message for the person at the counter; anything else
        # is a bug: logged with its traceback by the worker, never shown raw.
        if isinstance(exc, PosError):
            text = str(exc)
        else:
            text = "Something went wrong; the sale is safe. The error was logged."
        self.message.setText(text)
        self.message.setStyleSheet("color:#b00020;font-weight:600")
        self.scan.setStyleSheet("border:2px solid #b00020")
        QTimer.singleShot(1200, lambda: self.scan.setStyleSheet(""))
