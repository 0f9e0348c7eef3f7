"""The till: open a shift with a float, pay in/out, X report, close with a blind count."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.clock import parse_iso
from pos_app.domain.errors import ApprovalNeeded, InputError
from pos_app.services.counter import ShiftView

from .dialogs import ApprovalDialog
from .i18n import error_text, fmt, translate
from .theme import set_role

Call = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None]], None]


def tender_name(tender: str) -> str:
    """What is counted for a tender at the close, in the screen's language."""
    names = {"cash": translate("Shift", "Cash in drawer"),
             "card": translate("Shift", "Card terminal batch"),
             "store_credit": translate("Shift", "Store credit"),
             "gift_card": translate("Shift", "Gift cards")}
    return names.get(tender, tender)


def _amount(text: str, currency: str) -> int:
    """An amount as the cashier typed it: the locale's decimal separator ("12,50" in
    de_DE) or '.', no more digits than the currency has (none for JPY)."""
    try:
        return fmt().parse_amount(text or "0", currency).minor
    except InputError as exc:  # what is wrong with it, in the screen's language
        raise ValueError(error_text(exc)) from exc


class ReportView(QDialog):
    """Shows a printable report (X or Z) in the receipt's monospace layout."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None,
                 on_print: Callable[[str], None] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        lay = QVBoxLayout(self)
        self.text = QPlainTextEdit(text)
        self.text.setReadOnly(True)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(12)
        self.text.setFont(mono)
        lay.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(translate("Shift", "Close (Esc)"))
        close.setAccessibleName(translate("Shift", "Close the report"))
        close.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.print_button: QPushButton | None = None
        if on_print is not None:
            pr = QPushButton(translate("Shift", "Print (Ctrl+P)"))
            pr.setAccessibleName(translate("Shift", "Print the report"))
            pr.setShortcut(QKeySequence("Ctrl+P"))
            pr.setAutoDefault(False)
            pr.clicked.connect(lambda: on_print(text))
            buttons.addButton(pr, QDialogButtonBox.ButtonRole.ActionRole)
            self.print_button = pr
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        lay.addWidget(buttons)
        self.resize(560, 720)


class OpenShiftDialog(QDialog):
    def __init__(self, currency: str, call: Call, counter: Any,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Shift", "Open shift"))
        self._currency = currency
        self._call = call
        self._counter = counter
        lay = QVBoxLayout(self)
        title = QLabel(translate("Shift", "Open the shift: count the float in the drawer"))
        title.setWordWrap(True)
        set_role(title, "title")
        lay.addWidget(title)
        self.float_edit = QLineEdit()
        self.float_edit.setPlaceholderText(
            translate("Shift", "Float, e.g. {amount}").format(amount=fmt().amount(15000)))
        self.float_edit.setAccessibleName(translate("Shift", "Opening float"))
        lay.addWidget(self.float_edit)
        self.error = QLabel("")
        set_role(self.error, "error")
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        # Enter opens (the default button), Esc cancels: both said on their buttons.
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("Shift", "Open shift (Enter)"))
        ok.setAccessibleName(translate("Shift", "Open shift"))
        ok.setDefault(True)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(translate("Shift", "Cancel (Esc)"))
        cancel.setAccessibleName(translate("Shift", "Cancel"))
        cancel.setAutoDefault(False)
        cancel.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        buttons.accepted.connect(self._open)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.setMinimumWidth(520)

    def _open(self) -> None:
        try:
            amount = _amount(self.float_edit.text().strip(), self._currency)
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        self._call(lambda: self._counter.open_shift(amount), lambda _v: self.accept(),
                   lambda exc: self.error.setText(error_text(
                       exc, translate("Shift", "Could not open the shift"))))


class ShiftDialog(QDialog):
    """F10: the till menu for the open shift."""

    def __init__(self, view: ShiftView, currency: str, call: Call, counter: Any, *,
                 parent: QWidget | None = None,
                 on_print: Callable[[str], None] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Shift", "Shift"))
        self._view = view
        self._currency = currency
        self._call = call
        self._counter = counter
        self._on_print = on_print
        self.z_text: str | None = None
        lay = QVBoxLayout(self)
        head = QLabel(translate("Shift", "Shift open since {time} by {name}").format(
            time=fmt().date_time(parse_iso(view.opened_at)), name=view.opened_by)
                      if view.open else translate("Shift", "No shift is open"))
        head.setWordWrap(True)
        set_role(head, "title")
        lay.addWidget(head)

        move = QHBoxLayout()
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(translate("Shift", "Amount"))
        self.amount.setAccessibleName(translate("Shift", "Cash in or out amount"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(
            translate("Shift", "Reason (e.g. change from bank, supplier paid)"))
        self.reason.setAccessibleName(translate("Shift", "Reason"))
        move.addWidget(self.amount, 1)
        move.addWidget(self.reason, 2)
        lay.addLayout(move)
        # Every action has its key, said on its button (README, the counter's keys); no
        # button is the default, so Enter in a field never moves money by surprise.
        row = QHBoxLayout()
        self.action_buttons: dict[str, QPushButton] = {}
        for name, label, said, key, fn in (
                ("cash_in", translate("Shift", "Cash in (F2)"), translate("Shift", "Cash in"),
                 Qt.Key.Key_F2, self._cash_in),
                ("cash_out", translate("Shift", "Cash out (F3)"),
                 translate("Shift", "Cash out"), Qt.Key.Key_F3, self._cash_out),
                ("x_report", translate("Shift", "X report (F4)"),
                 translate("Shift", "X report"), Qt.Key.Key_F4, self._x_report)):
            b = QPushButton(label)
            b.setAccessibleName(said)
            b.setShortcut(QKeySequence(key))
            b.setAutoDefault(False)
            b.clicked.connect(fn)
            row.addWidget(b)
            self.action_buttons[name] = b
        lay.addLayout(row)

        count_title = QLabel(translate("Shift", "Close the shift: count each tender. "
                                                "Expected amounts are not shown (blind count)."))
        count_title.setWordWrap(True)
        lay.addWidget(count_title)
        form = QFormLayout()
        self.counts: dict[str, QLineEdit] = {}
        for tender in view.to_count:
            edit = QLineEdit()
            edit.setPlaceholderText(translate("Shift", "Counted amount"))
            edit.setAccessibleName(tender_name(tender))
            form.addRow(tender_name(tender), edit)
            self.counts[tender] = edit
        lay.addLayout(form)
        self.close_btn = QPushButton(translate("Shift", "Close shift and print Z report (F12)"))
        self.close_btn.setAccessibleName(translate("Shift", "Close shift and print Z report"))
        self.close_btn.setShortcut(QKeySequence(Qt.Key.Key_F12))
        self.close_btn.setAutoDefault(False)
        set_role(self.close_btn, "primary")
        self.close_btn.setMinimumHeight(52)  # touch-sized
        self.close_btn.clicked.connect(self._close_shift)
        lay.addWidget(self.close_btn)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        lay.addWidget(self.message)
        cancel = QPushButton(translate("Shift", "Back (Esc)"))
        cancel.setAccessibleName(translate("Shift", "Back"))
        cancel.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        self.back_button = cancel
        lay.addWidget(cancel)
        self.setMinimumWidth(760)

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        set_role(self.message, "error" if error else "ok")

    def _fail(self, exc: BaseException) -> None:
        self._say(error_text(exc, translate("Shift", "That did not work; logged.")),
                  error=True)

    def _movement(self, out: bool) -> None:
        try:
            amount = _amount(self.amount.text().strip(), self._currency)
        except ValueError as exc:
            self._say(str(exc), error=True)
            return
        reason = self.reason.text().strip()
        fn = self._counter.cash_out if out else self._counter.cash_in

        def done(_v: Any) -> None:
            self.amount.clear()
            self.reason.clear()
            self._say(translate("Shift", "Cash out recorded") if out
                      else translate("Shift", "Cash in recorded"), error=False)

        def failed(exc: BaseException) -> None:
            # A pay-out above the cashier's limit: a supervisor's or manager's PIN in
            # place, then the same pay-out again.
            if out and isinstance(exc, ApprovalNeeded):
                dlg = ApprovalDialog(translate("Shift", "cash out {amount} ({reason})").format(
                                         amount=self.amount.text().strip(),
                                         reason=reason or translate("Shift", "no reason")),
                                     self,
                                     self._counter.approvers)
                if dlg.exec() == QDialog.DialogCode.Accepted:
                    approval = dlg.value()
                    self._call(lambda: self._counter.cash_out(amount, reason, approval),
                               done, self._fail)
                else:
                    self._say(error_text(exc), error=True)
                return
            self._fail(exc)

        self._call(lambda: fn(amount, reason), done, failed)

    def _cash_in(self) -> None:
        self._movement(False)

    def _cash_out(self) -> None:
        self._movement(True)

    def _x_report(self) -> None:
        def show(text: str) -> None:
            ReportView(translate("Shift", "X report"), text, self, self._on_print).exec()

        self._call(self._counter.x_report_text, show, self._fail)

    def _close_shift(self) -> None:
        counted: dict[str, int] = {}
        for tender, edit in self.counts.items():
            text = edit.text().strip()
            if not text:
                self._say(translate("Shift", "Count {tender} first").format(
                    tender=tender_name(tender)), error=True)
                return
            try:
                counted[tender] = _amount(text, self._currency)
            except ValueError as exc:
                self._say(str(exc), error=True)
                return

        def done(text: str) -> None:
            self.z_text = text
            if self._on_print is not None:
                self._on_print(text)
            ReportView(translate("Shift", "Z report"), text, self, self._on_print).exec()
            self.accept()

        self._call(lambda: self._counter.close_shift(counted), done, self._fail)
