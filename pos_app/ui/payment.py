"""The payment dialog: amount due, tenders, numpad, quick cash, change; done only when durable."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.errors import PermissionDenied, PosError
from pos_app.domain.money import Money, exponent_of
from pos_app.domain.sale import TenderKind
from pos_app.services.counter import CompletedView, SaleView

from .dialogs import ApprovalDialog
from .receipt_pdf import write_pdf
from .theme import clear_layout, set_role

# call(fn, on_ok, on_error): runs fn on the database worker, callbacks on the GUI thread.
Call = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None]], None]


def quick_cash(due_minor: int, currency: str) -> list[int]:
    """Exact, then the next round notes above the amount due (17.35 -> 20, 50, 100)."""
    unit = 10 ** exponent_of(currency)
    out = [due_minor]
    for note in (5, 10, 20, 50, 100, 200):
        step = note * unit
        nxt = -(-due_minor // step) * step
        if nxt > due_minor and nxt not in out:
            out.append(nxt)
        if len(out) == 4:
            break
    return out


class PaymentDialog(QDialog):
    completed = Signal(object)  # CompletedView, once the sale is durable

    def __init__(self, view: SaleView, call: Call, counter: Any,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Payment")
        self._call = call
        self._counter = counter
        self._view = view
        self._done: CompletedView | None = None
        self.setMinimumSize(1000, 700)

        root = QHBoxLayout(self)
        left = QVBoxLayout()
        self.due_caption = QLabel("Amount due")
        set_role(self.due_caption, "muted")
        left.addWidget(self.due_caption)
        self.due = QLabel("")
        set_role(self.due, "due")
        left.addWidget(self.due)
        self.tenders = QListWidget()
        self.tenders.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        left.addWidget(self.tenders, 1)
        self.remove_btn = QPushButton("Remove tender (Del)")
        self.remove_btn.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.remove_btn.clicked.connect(self._remove_tender)
        left.addWidget(self.remove_btn)
        self.change_caption = QLabel("")
        set_role(self.change_caption, "muted")
        left.addWidget(self.change_caption)
        self.change = QLabel("")
        set_role(self.change, "change")
        left.addWidget(self.change)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        left.addWidget(self.message)
        root.addLayout(left, 5)

        right = QVBoxLayout()
        self.amount = QLineEdit()
        self.amount.setPlaceholderText("Amount (empty = all that is due)")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        right.addWidget(self.amount)
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(
            "Approval code or last 4 digits (*1234), never the card number")
        right.addWidget(self.reference)
        self.quick = QHBoxLayout()
        right.addLayout(self.quick)
        pad = QGridLayout()
        for i, key in enumerate(["7", "8", "9", "4", "5", "6", "1", "2", "3", "00", "0", "."]):
            b = QPushButton(key)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            set_role(b, "pad")
            b.clicked.connect(lambda _c=False, k=key: self.amount.insert(k))
            pad.addWidget(b, i // 3, i % 3)
        back = QPushButton("⌫")
        back.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        set_role(back, "pad")
        back.clicked.connect(self.amount.backspace)
        pad.addWidget(back, 4, 2)
        right.addLayout(pad)
        kinds = QGridLayout()
        self.kind_buttons: dict[TenderKind, QPushButton] = {}
        for i, (kind, label) in enumerate([(TenderKind.CASH, "Cash  F1"),
                                           (TenderKind.CARD, "Card  F2"),
                                           (TenderKind.STORE_CREDIT, "Store credit  F3"),
                                           (TenderKind.GIFT_CARD, "Gift card  F4")]):
            b = QPushButton(label)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            set_role(b, "key")
            b.setShortcut(f"F{i + 1}")
            b.clicked.connect(lambda _c=False, k=kind: self._tender(k))
            kinds.addWidget(b, i // 2, i % 2)
            self.kind_buttons[kind] = b
        right.addLayout(kinds)
        self.finish = QPushButton("Complete sale (Enter)")
        set_role(self.finish, "primary")
        self.finish.setMinimumHeight(64)
        self.finish.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.finish.clicked.connect(self._finish)
        right.addWidget(self.finish)
        self.pdf_btn = QPushButton("Save PDF receipt")
        self.pdf_btn.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pdf_btn.setVisible(False)
        self.pdf_btn.clicked.connect(self._save_pdf)
        right.addWidget(self.pdf_btn)
        cancel = QPushButton("Back to sale (Esc)")
        cancel.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        cancel.clicked.connect(self.reject)
        right.addWidget(cancel)
        root.addLayout(right, 4)
        self.amount.returnPressed.connect(self._enter)
        self.show_view(view)
        self.amount.setFocus()

    # ---- rendering --------------------------------------------------------------------

    def show_view(self, view: SaleView) -> None:
        self._view = view
        cash_due = view.remaining_cash_minor
        refund = view.total_minor < 0
        if view.remaining_minor:
            self.due_caption.setText("To refund" if refund else "Amount due")
            self.due.setText(view.money(abs(view.remaining_minor)))
        else:
            self.due_caption.setText("Paid in full")
            self.due.setText(view.paid)
        self.tenders.clear()
        for t in view.tenders:
            item = QListWidgetItem(f"{t.label:<14} {t.amount:>12}   {t.reference}")
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            self.tenders.addItem(item)
        self.remove_btn.setEnabled(bool(view.tenders))
        if view.change_minor:
            self.change_caption.setText("Change due")
            self.change.setText(view.money(view.change_minor))
        else:
            self.change_caption.setText("")
            self.change.setText("")
        clear_layout(self.quick)
        if cash_due > 0:
            for amount in quick_cash(cash_due, view.currency):
                b = QPushButton(view.money(amount))
                b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                b.clicked.connect(lambda _c=False, a=amount: self._add(TenderKind.CASH, a))
                self.quick.addWidget(b)
        settled = view.remaining_minor == 0
        self.finish.setEnabled(settled)
        for b in self.kind_buttons.values():
            b.setEnabled(not settled)

    def _error(self, text: str) -> None:
        self.message.setText(text)
        set_role(self.message, "error")

    # ---- intents ------------------------------------------------------------------------

    def _enter(self) -> None:
        if self._done is not None:
            self.accept()
        elif self._view.remaining_minor == 0:
            self._finish()
        else:
            self._tender(TenderKind.CASH)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Delete:
            self._remove_tender()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.amount.hasFocus():
            self._enter()
            return
        super().keyPressEvent(event)

    def _tender(self, kind: TenderKind) -> None:
        text = self.amount.text().strip()
        if text:
            try:
                amount = Money.parse(text, self._view.currency).minor
            except ValueError:
                self._error(f"Not an amount: {text}")
                return
            if self._view.total_minor < 0:
                amount = -abs(amount)
        else:
            amount = (self._view.remaining_cash_minor if kind is TenderKind.CASH
                      else self._view.remaining_minor)
        self._add(kind, amount)

    def _add(self, kind: TenderKind, amount: int) -> None:
        reference = self.reference.text().strip() or None
        self.message.setText("")

        def done(view: SaleView) -> None:
            self.amount.clear()
            self.reference.clear()
            self.show_view(view)

        def failed(exc: BaseException) -> None:
            # A refund to another tender than the sale was paid with: a supervisor's PIN
            # in place, then the same tender again.
            if isinstance(exc, PermissionDenied) and "approval" in str(exc).lower():
                dlg = ApprovalDialog(str(exc).split(":", 1)[-1].strip(), self,
                                     self._counter.approvers)
                if dlg.exec() == QDialog.DialogCode.Accepted:
                    pin = dlg.value()
                    self._call(lambda: self._counter.add_tender(kind, amount, reference, pin),
                               done, self.show_error)
                return
            self.show_error(exc)

        self._call(lambda: self._counter.add_tender(kind, amount, reference), done, failed)

    def _remove_tender(self) -> None:
        item = self.tenders.currentItem() or (self.tenders.item(self.tenders.count() - 1)
                                              if self.tenders.count() else None)
        if item is None or self._done is not None:
            return
        tid = item.data(Qt.ItemDataRole.UserRole)
        self._call(lambda: self._counter.remove_tender(tid), self.show_view, self.show_error)

    def _finish(self) -> None:
        if self._done is not None:
            self.accept()
            return
        self.finish.setEnabled(False)
        self.message.setText("Saving…")
        set_role(self.message, "muted")

        def done(result: CompletedView) -> None:
            # Only now, with the sale durable, is it shown as done.
            self._done = result
            self.due_caption.setText(f"Sale complete — receipt #{result.receipt_no}")
            self.due.setText(result.total)
            self.change_caption.setText("Change due" if result.change_minor else "No change")
            self.change.setText(result.change if result.change_minor else "")
            self.message.setText("")
            self.finish.setText("New sale (Enter)")
            self.finish.setEnabled(True)
            for b in self.kind_buttons.values():
                b.setEnabled(False)
            self.remove_btn.setEnabled(False)
            self.pdf_btn.setVisible(True)
            self.completed.emit(result)
            # Printing comes after the sale is durable and never undoes it: a printer
            # problem is a message, and Ctrl+R reprints once it is fixed.
            self._call(lambda: self._counter.print_receipt(result.receipt_no),
                       self._printed, self._print_failed)

        self._call(self._counter.complete, done, self.show_error)

    def _printed(self, message: str) -> None:
        self.message.setText(message)
        set_role(self.message, "muted")

    def _print_failed(self, exc: BaseException) -> None:
        self.message.setText((str(exc) if isinstance(exc, PosError) else "Printing failed")
                             + ". The sale is complete; Ctrl+R reprints.")
        set_role(self.message, "error")

    def _save_pdf(self) -> None:
        if self._done is None:
            return
        no = self._done.receipt_no
        path, _ = QFileDialog.getSaveFileName(self, "Save receipt", f"receipt-{no}.pdf",
                                              "PDF (*.pdf)")
        if not path:
            return

        def write() -> str:
            write_pdf(self._counter.receipt(no), Path(path))
            return f"Saved {path}"

        self._call(write, self._printed, self._print_failed)

    def reject(self) -> None:
        if self._done is not None:  # after completion Esc also just starts a new sale
            self.accept()
            return
        super().reject()

    def show_error(self, exc: BaseException) -> None:
        self.finish.setEnabled(self._view.remaining_minor == 0)
        self._error(str(exc) if isinstance(exc, PosError) else
                    "Something went wrong; the sale is safe. The error was logged.")
