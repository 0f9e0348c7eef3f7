"""Returns: find a receipt by number (typed or scanned), pick lines and quantities."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.errors import InputError, PosError
from pos_app.services.counter import ReceiptLookup
from pos_app.services.sales import parse_receipt_ref

from .theme import set_role

Call = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None]], None]


def parse_receipt_number(text: str) -> int | None:
    """Accept '42', '#42' or a scanned receipt code ending in the number (R<T>-42).
    Only the number: `parse_receipt_ref` also keeps which till's receipt it is."""
    tail = text.strip().lstrip("#").rsplit("-", 1)[-1]
    return int(tail) if tail.isdigit() else None


class ReturnDialog(QDialog):
    """F8. Returns refund exactly what was paid per unit, to the tender chosen at payment."""

    def __init__(self, call: Call, counter: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Return")
        self._call = call
        self._counter = counter
        self.receipt: ReceiptLookup | None = None
        lay = QVBoxLayout(self)
        find = QHBoxLayout()
        self.number = QLineEdit()
        self.number.setPlaceholderText("Receipt number, or scan the receipt barcode")
        self.number.returnPressed.connect(self.look_up)
        find.addWidget(self.number, 1)
        go = QPushButton("Find")
        go.clicked.connect(self.look_up)
        find.addWidget(go)
        lay.addLayout(find)
        self.info = QLabel("")
        self.info.setWordWrap(True)
        lay.addWidget(self.info)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(["Item", "Sold", "Paid each", "Return"])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("Add to sale")
        self.ok.setEnabled(False)
        buttons.accepted.connect(self.add)
        buttons.rejected.connect(self.reject)
        self.no_receipt = False
        no_receipt = QPushButton("No receipt…")
        no_receipt.setToolTip("Return an item without a receipt (needs a manager)")
        no_receipt.clicked.connect(self._no_receipt)
        buttons.addButton(no_receipt, QDialogButtonBox.ButtonRole.ActionRole)
        lay.addWidget(buttons)
        self.resize(820, 520)
        self.result_view: Any = None

    def _no_receipt(self) -> None:
        self.no_receipt = True
        self.reject()

    def _error(self, exc: BaseException) -> None:
        self.info.setText(str(exc) if isinstance(exc, PosError) else
                          "Could not look up the receipt; the error was logged.")
        set_role(self.info, "error")

    def look_up(self) -> None:
        typed = self.number.text().strip()
        try:
            terminal, no = parse_receipt_ref(typed)
        except InputError:
            self.info.setText(f"Not a receipt number: {typed!r}")
            set_role(self.info, "error")
            return
        # Another till's receipt ('T1-42', or its barcode) is looked up in the central
        # database by the counter, on the worker like every other call.
        ref: int | str = no if terminal is None else f"{terminal}-{no}"
        self.info.setText(f"Looking up receipt {ref}…")
        set_role(self.info, "muted")
        self._call(lambda: self._counter.find_receipt(ref), self.show_receipt, self._error)

    def show_receipt(self, receipt: ReceiptLookup) -> None:
        self.receipt = receipt
        paid = ", ".join(receipt.tenders) or "no tenders"
        till = f" (till {receipt.terminal_id})" if receipt.ref and "-" in receipt.ref else ""
        self.info.setText(f"Receipt #{receipt.receipt_no}{till} · {receipt.completed_at[:16]} · "
                          f"total {receipt.total} · paid with {paid}")
        set_role(self.info, "muted")
        self.table.setRowCount(len(receipt.lines))
        self.spins: dict[int, QSpinBox] = {}
        for r, ln in enumerate(receipt.lines):
            cells = (f"{ln.title} ({ln.sku})", str(ln.sold), ln.unit_paid)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
            spin = QSpinBox()
            spin.setRange(0, ln.returnable)
            spin.setEnabled(ln.returnable > 0)
            spin.setSuffix(f" of {ln.returnable}" if ln.returnable else " (returned)")
            self.table.setCellWidget(r, 3, spin)
            self.spins[ln.line_no] = spin
        self.ok.setEnabled(any(ln.returnable for ln in receipt.lines))

    def add(self) -> None:
        if self.receipt is None:
            return
        quantities = {no: spin.value() for no, spin in self.spins.items() if spin.value()}
        if not quantities:
            self.info.setText("Choose how many of which item come back")
            set_role(self.info, "error")
            return
        no: int | str = self.receipt.ref or self.receipt.receipt_no

        def done(view: Any) -> None:
            self.result_view = view
            self.accept()

        self._call(lambda: self._counter.return_lines(no, quantities), done, self._error)
