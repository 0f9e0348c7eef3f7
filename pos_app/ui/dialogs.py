"""Small dialogs of the sale screen: manager approval, discount, held sales."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.errors import InputError
from pos_app.domain.pricing import Discount, DiscountKind
from pos_app.services.counter import HeldView
from pos_app.services.staff import Approval

from .i18n import fmt
from .pin_pad import PinField, PinPad, StaffPicker
from .theme import set_role


class ApprovalDialog(QDialog):
    """Manager approval in place: says what is being approved; the approver is chosen
    from the list (click, Up/Down, or first letters) and types their PIN on the keys
    or the pad. Only that one PIN is checked (by the service, throttled)."""

    def __init__(self, what: str, parent: QWidget | None = None,
                 approvers: Sequence[tuple[str, str, str]] = (), *,
                 title: str = "Manager approval") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        lay = QVBoxLayout(self)
        heading = QLabel(f"{title}: {what}")
        heading.setWordWrap(True)
        set_role(heading, "title")
        lay.addWidget(heading)
        hint = QLabel("Choose who approves, then they type their PIN. Esc cancels.")
        hint.setWordWrap(True)
        set_role(hint, "muted")
        lay.addWidget(hint)
        body = QHBoxLayout()
        body.setSpacing(24)
        self.approvers = StaffPicker()
        self.approvers.setAccessibleName("Approver")
        self.approvers.set_staff(approvers)
        self.approvers.setMinimumWidth(280)
        body.addWidget(self.approvers, 1)
        right = QVBoxLayout()
        self.pin = PinField(self.approvers)
        self.pin.setPlaceholderText("Approver's PIN")
        self.pin.setAccessibleName("Approver's PIN")
        self.pin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.approvers.itemClicked.connect(lambda _i: self.pin.setFocus())
        right.addWidget(self.pin)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setAccessibleName("Approval message")
        set_role(self.message, "error")
        right.addWidget(self.message)
        self.pad = PinPad(self.pin, self._accept)
        right.addLayout(self.pad)
        body.addLayout(right)
        lay.addLayout(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Approve (Enter)")
        ok.setAccessibleName("Approve")
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText("Cancel (Esc)")
        cancel.setAccessibleName("Cancel approval")
        for b in (ok, cancel):
            b.setMinimumHeight(52)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.setMinimumWidth(720)
        self.pin.setFocus()

    def _accept(self) -> None:
        if self.pin.looks_like_scan():
            self.pin.reset()
            self.message.setText("That was a scan, not a PIN: the approver types their PIN")
            return
        if self.approvers.chosen() is None:
            self.message.setText("Choose who approves first")
            return
        if not self.pin.text().strip():
            self.message.setText("Type the approver's PIN")
            return
        self.accept()

    def value(self) -> Approval:
        return Approval(self.approvers.chosen() or "", self.pin.text().strip())


class DiscountDialog(QDialog):
    """Percent or amount, on the selected line or the whole sale."""

    def __init__(self, currency: str, line_title: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.setWindowTitle("Discount")
        lay = QVBoxLayout(self)
        scope = QHBoxLayout()
        self.on_line = QRadioButton(f"Line: {line_title}" if line_title else "Line")
        self.on_sale = QRadioButton("Whole sale")
        self.on_line.setEnabled(line_title is not None)
        (self.on_line if line_title else self.on_sale).setChecked(True)
        g1 = QButtonGroup(self)
        g1.addButton(self.on_line)
        g1.addButton(self.on_sale)
        scope.addWidget(self.on_line)
        scope.addWidget(self.on_sale)
        lay.addLayout(scope)
        kind = QHBoxLayout()
        self.percent = QRadioButton("Percent %")
        self.amount = QRadioButton("Amount")
        self.percent.setChecked(True)
        g2 = QButtonGroup(self)
        g2.addButton(self.percent)
        g2.addButton(self.amount)
        kind.addWidget(self.percent)
        kind.addWidget(self.amount)
        lay.addLayout(kind)
        self.value_edit = QLineEdit()
        self.value_edit.setPlaceholderText("e.g. 10 for 10 %, or 2.50; 0 removes the discount")
        lay.addWidget(self.value_edit)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText("Reason (optional): damaged, loyalty, price match…")
        lay.addWidget(self.reason)
        self.error = QLabel("")
        set_role(self.error, "error")
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.result_discount: Discount | None = None
        self.setMinimumWidth(560)

    def _accept(self) -> None:
        text = self.value_edit.text().strip().rstrip("%").strip()
        if self.amount.isChecked() and text:
            # Money as the cashier types it: "2,50" in de_DE, no more digits than the
            # currency has (ui/i18n.fmt, strict).
            try:
                minor = fmt().parse_amount(text, self.currency, what="Discount").minor
            except InputError as exc:
                self.error.setText(str(exc))
                return
            self.result_discount = Discount(DiscountKind.AMOUNT, minor,
                                            self.reason.text().strip()) if minor else None
            self.accept()
            return
        try:  # a percentage: "12,5" where the locale writes a decimal comma
            dec = Decimal(text.replace(fmt().decimal_symbol, "."))
        except InvalidOperation:
            self.error.setText(f"Not a number: {text!r}")
            return
        if dec < 0:
            self.error.setText("A discount cannot be negative")
            return
        if dec == 0:
            self.result_discount = None
        else:
            bp = dec * 100
            if bp != bp.to_integral_value():
                self.error.setText("Use at most two decimals for a percentage")
                return
            if bp > 10000:
                self.error.setText("A discount cannot be more than 100 %")
                return
            self.result_discount = Discount(DiscountKind.PERCENT, int(bp),
                                            self.reason.text().strip())
        self.accept()


class HeldDialog(QDialog):
    """Held and parked sales; Enter resumes the selected one."""

    def __init__(self, held: Sequence[HeldView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Held sales")
        self.held = list(held)
        lay = QVBoxLayout(self)
        if not held:
            empty = QLabel("No held sales. Press F5 on a sale to hold it for later.")
            set_role(empty, "muted")
            lay.addWidget(empty)
        self.table = QTableWidget(len(held), 4)
        self.table.setHorizontalHeaderLabels(["Held at", "Cashier", "Items", "Total"])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for r, h in enumerate(held):
            when = h.opened_at[11:16] + (" (parked)" if h.parked else "")
            for c, text in enumerate((when, h.cashier, str(h.items), h.total)):
                item = QTableWidgetItem(text)
                if c >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        if held:
            self.table.selectRow(0)
        self.table.doubleClicked.connect(lambda _i: self.accept())
        lay.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Resume (Enter)")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(held))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(720, 420)

    def chosen(self) -> str | None:
        row = self.table.currentRow()
        return self.held[row].sale_id if 0 <= row < len(self.held) else None
