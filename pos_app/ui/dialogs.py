"""Small dialogs of the sale screen: manager approval, discount, held sales.

Touch and keyboard alike: every button is at least 44x44 px and shows its key
("Apply (Enter)", "15% (Alt+3)"); Esc cancels; every control has an accessible name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
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

from .i18n import error_text, fmt, keep_left_to_right, translate
from .pin_pad import ROW_HEIGHT, PinField, PinPad, StaffPicker
from .theme import set_role

TOUCH = 52  # every button and choice here: over the 44 px a finger needs
PRESETS = (5, 10, 15, 20)  # percent, on Alt+1..Alt+4
# Not F-keys: F3 opens this dialog, and a second press must not apply a discount.
PRESET_KEYS = ("Alt+1", "Alt+2", "Alt+3", "Alt+4")


def _dialog_buttons(ok_text: str, ok_name: str, cancel_name: str) -> QDialogButtonBox:
    """OK (Enter) and Cancel (Esc), touch-sized, named."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setAccessibleName(ok_name)
    set_role(ok, "primary")
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setText(translate("Dialogs", "Cancel (Esc)"))
    cancel.setAccessibleName(cancel_name)
    for b in (ok, cancel):
        b.setMinimumSize(120, TOUCH)
    return buttons


def hold_wrapped_height(dialog: QDialog) -> None:
    """A dialog with wrapped text (a heading that takes two lines) at least as tall as
    its layout needs at its width: Qt sizes a window by its layout's minimum, which
    counts a wrapped label at one line, and squeezed the approval PIN pad's rows over
    each other. Call it from showEvent and resizeEvent."""
    lay = dialog.layout()
    if lay is None or not lay.hasHeightForWidth():
        return
    need = lay.totalHeightForWidth(dialog.width())
    if need > dialog.minimumHeight():
        dialog.setMinimumHeight(need)
    if dialog.height() < need:
        dialog.resize(dialog.width(), need)


class ApprovalDialog(QDialog):
    """Manager approval in place: says what is being approved ("Manager approval:
    discount 25% on line 3"); the approver is chosen from the list (touch, Up/Down, or
    first letters) and types their PIN on the keys or the pad. A scanned barcode is
    recognised and never sent as a PIN. Only that one PIN is checked (by the service,
    throttled)."""

    def __init__(self, what: str, parent: QWidget | None = None,
                 approvers: Sequence[tuple[str, str, str]] = (), *,
                 title: str | None = None) -> None:
        super().__init__(parent)
        title = title or translate("Dialogs", "Manager approval")
        self.what = what
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setAccessibleDescription(what)
        lay = QVBoxLayout(self)
        self.heading = QLabel(translate("Dialogs", "{title}: {what}").format(title=title,
                                                                            what=what))
        self.heading.setWordWrap(True)
        set_role(self.heading, "title")
        lay.addWidget(self.heading)
        hint = QLabel(translate("Dialogs", "Choose who approves (touch, arrow keys or the "
                                           "first letters), then they type their PIN. "
                                           "Esc cancels."))
        hint.setWordWrap(True)
        set_role(hint, "muted")
        lay.addWidget(hint)
        body = QHBoxLayout()
        body.setSpacing(24)
        self.approvers = StaffPicker()
        self.approvers.setAccessibleName(translate("Dialogs", "Approver"))
        self.approvers.set_staff(approvers)
        self.approvers.setMinimumWidth(280)
        body.addWidget(self.approvers, 1)
        right = QVBoxLayout()
        self.pin = PinField(self.approvers)
        self.pin.setPlaceholderText(translate("Dialogs", "Approver's PIN"))
        self.pin.setAccessibleName(translate("Dialogs", "Approver's PIN"))
        self.pin.setAccessibleDescription(translate(
            "Dialogs", "The approver's PIN, on the keys or the pad; Enter approves"))
        self.pin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.approvers.itemClicked.connect(lambda _i: self.pin.setFocus())
        right.addWidget(self.pin)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(translate("Dialogs", "Approval message"))
        set_role(self.message, "error")
        right.addWidget(self.message)
        self.pad = PinPad(self.pin, self._accept)
        pad_box = QWidget()
        pad_box.setLayout(self.pad)
        self.pad.setContentsMargins(0, 0, 0, 0)
        keep_left_to_right(pad_box)  # 1-2-3 from the left in Arabic too
        right.addWidget(pad_box)
        body.addLayout(right)
        lay.addLayout(body)
        buttons = _dialog_buttons(translate("Dialogs", "Approve (Enter)"),
                                  translate("Dialogs", "Approve"),
                                  translate("Dialogs", "Cancel approval"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.setMinimumWidth(720)
        self.pin.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        hold_wrapped_height(self)
        self.pin.setFocus()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        hold_wrapped_height(self)

    def _accept(self) -> None:
        if self.pin.looks_like_scan():
            self.pin.reset()
            self.message.setText(translate("Dialogs", "That was a scan, not a PIN: the "
                                                      "approver types their PIN"))
            return
        if self.approvers.chosen() is None:
            self.message.setText(translate("Dialogs", "Choose who approves first"))
            return
        if not self.pin.text().strip():
            self.message.setText(translate("Dialogs", "Type the approver's PIN"))
            return
        self.accept()

    def value(self) -> Approval:
        return Approval(self.approvers.chosen() or "", self.pin.text().strip())


def percent_text(basis_points: int) -> str:
    """15 % as the screen writes it ("15%", "12.5%"; "12,5 %" where translated so)."""
    value = (Decimal(basis_points) / 100).normalize()
    value = value.quantize(Decimal(1)) if value == value.to_integral_value() else value
    return translate("Dialogs", "{n}%").format(n=fmt().number(value))


class DiscountDialog(QDialog):
    """Percent or amount, on the selected line or the whole sale.

    Opens with the amount focused in percent: "15" then Enter gives 15 %. Alt+A
    switches to an amount of money, Alt+P back to percent; Alt+L and Alt+W choose the
    line or the whole sale; Alt+1..Alt+4 apply 5, 10, 15 or 20 % at once (or touch
    them).
    0 removes the discount. Esc cancels."""

    def __init__(self, currency: str, line_title: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = currency
        title = translate("Dialogs", "Discount")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        lay = QVBoxLayout(self)
        lay.setSpacing(10)
        heading = QLabel(title)
        set_role(heading, "title")
        lay.addWidget(heading)

        scope = QVBoxLayout()  # the line's name gets the whole width
        scope.setSpacing(0)
        full_title = line_title or ""
        if line_title and len(line_title) > 48:
            line_title = line_title[:47] + "…"
        self.on_line = QRadioButton(
            translate("Dialogs", "Line: {title} (Alt+L)").format(title=line_title)
            if line_title else translate("Dialogs", "Line (Alt+L)"))
        self.on_line.setAccessibleName(translate("Dialogs", "Discount on the selected line"))
        self.on_line.setToolTip(full_title)
        self.on_sale = QRadioButton(translate("Dialogs", "Whole sale (Alt+W)"))
        self.on_sale.setAccessibleName(translate("Dialogs", "Discount on the whole sale"))
        self.on_line.setEnabled(line_title is not None)
        (self.on_line if line_title else self.on_sale).setChecked(True)
        g1 = QButtonGroup(self)
        g1.addButton(self.on_line)
        g1.addButton(self.on_sale)
        scope.addWidget(self.on_line)
        scope.addWidget(self.on_sale)
        lay.addLayout(scope)

        kind = QHBoxLayout()
        self.percent = QRadioButton(translate("Dialogs", "Percent % (Alt+P)"))
        self.percent.setAccessibleName(translate("Dialogs", "Discount in percent"))
        self.amount = QRadioButton(translate("Dialogs", "Amount {symbol} (Alt+A)").format(
            symbol=fmt().currency_symbol if currency == fmt().currency else currency))
        self.amount.setAccessibleName(translate("Dialogs", "Discount as an amount of money"))
        self.percent.setChecked(True)
        g2 = QButtonGroup(self)
        g2.addButton(self.percent)
        g2.addButton(self.amount)
        kind.addWidget(self.percent)
        kind.addWidget(self.amount)
        kind.addStretch(1)
        lay.addLayout(kind)
        for radio in (self.on_line, self.on_sale, self.percent, self.amount):
            radio.setMinimumHeight(TOUCH)
            radio.setMinimumWidth(TOUCH)
            # A choice never keeps the keyboard: digits always go to the amount.
            radio.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            radio.toggled.connect(self._kind_changed)

        self.value_edit = QLineEdit()
        self.value_edit.setMinimumHeight(TOUCH)
        self.value_edit.setAccessibleName(translate("Dialogs", "Discount value"))
        self.value_edit.setAccessibleDescription(translate(
            "Dialogs", "Type the discount, then Enter; 0 removes the discount"))
        lay.addWidget(self.value_edit)

        presets = QHBoxLayout()
        self.preset_buttons: dict[int, QPushButton] = {}
        for pct, key in zip(PRESETS, PRESET_KEYS, strict=True):
            key_name = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
            b = QPushButton(translate("Dialogs", "{percent} ({key})").format(
                percent=percent_text(pct * 100), key=key_name))
            b.setAccessibleName(translate("Dialogs", "Discount {percent}").format(
                percent=percent_text(pct * 100)))
            b.setAccessibleDescription(translate("Dialogs", "Applies it at once; key {key}")
                                       .format(key=key_name))
            b.setAutoDefault(False)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.clicked.connect(lambda _c=False, p=pct: self.apply_preset(p))
            QShortcut(QKeySequence(key), self, lambda p=pct: self.apply_preset(p))
            presets.addWidget(b)
            self.preset_buttons[pct] = b
        lay.addLayout(presets)
        for b in self.preset_buttons.values():
            # Measured in the type it is shown in (the style sheet applies once polished,
            # in the dialog): never a cut label.
            b.ensurePolished()
            b.setMinimumSize(max(TOUCH, b.sizeHint().width()), TOUCH)

        self.reason = QLineEdit()
        self.reason.setMinimumHeight(TOUCH)
        self.reason.setPlaceholderText(translate(
            "Dialogs", "Reason (optional): damaged, loyalty, price match…"))
        self.reason.setAccessibleName(translate("Dialogs", "Discount reason"))
        lay.addWidget(self.reason)
        self.error = QLabel("")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(translate("Dialogs", "Discount message"))
        set_role(self.error, "error")
        lay.addWidget(self.error)
        buttons = _dialog_buttons(translate("Dialogs", "Apply (Enter)"),
                                  translate("Dialogs", "Apply the discount"),
                                  translate("Dialogs", "Cancel the discount"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

        # The dialog's keys are its QShortcuts, one per key (the presets' above): they
        # fire from whichever field has the keyboard (a line edit never claims an
        # Alt+key as text before the shortcut), and nothing else binds them.
        for seq, radio in (("Alt+L", self.on_line), ("Alt+W", self.on_sale),
                           ("Alt+P", self.percent), ("Alt+A", self.amount)):
            QShortcut(QKeySequence(seq), self, lambda r=radio: self._choose(r))
        self.value_edit.textEdited.connect(lambda _t: self.error.setText(""))
        self.result_discount: Discount | None = None
        self._percent_value: Decimal | None = None
        self._kind_changed()
        self.setMinimumWidth(560)
        self.value_edit.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.value_edit.setFocus()

    def _choose(self, radio: QRadioButton) -> None:
        if radio.isEnabled():
            radio.setChecked(True)
        self.value_edit.setFocus()

    def _kind_changed(self, _checked: bool = False) -> None:
        if self.amount.isChecked():
            self.value_edit.setPlaceholderText(translate(
                "Dialogs", "Amount, e.g. {example}; 0 removes the discount").format(
                example=fmt().amount(250 * 10 ** max(0, fmt().minor_digits - 2)
                                     if fmt().minor_digits else 250, self.currency)))
        else:
            self.value_edit.setPlaceholderText(translate(
                "Dialogs", "Percent, e.g. 10 for 10 %; 0 removes the discount"))
        self.value_edit.setFocus()

    def apply_preset(self, pct: int) -> None:
        self.percent.setChecked(True)
        self.value_edit.setText(str(pct))
        self._accept()

    def describe(self, line_no: int | None) -> str:
        """What a manager is asked to approve: "discount 25% on line 3"."""
        d = self.result_discount
        on_line = self.on_line.isChecked() and line_no is not None
        if d is None:
            return (translate("Dialogs", "removing the discount on line {no}").format(no=line_no)
                    if on_line else translate("Dialogs", "removing the discount on the sale"))
        value = percent_text(d.value) if d.kind is DiscountKind.PERCENT \
            else fmt().money(d.value, self.currency)
        return (translate("Dialogs", "discount {value} on line {no}").format(value=value,
                                                                           no=line_no)
                if on_line else translate("Dialogs", "discount {value} on the whole sale")
                .format(value=value))

    def _accept(self) -> None:
        text = self.value_edit.text().strip().rstrip("%").strip()
        if not text:
            self.error.setText(translate("Dialogs", "Type the discount (0 removes it)"))
            self.value_edit.setFocus()
            return
        if self.amount.isChecked():
            # Money as the cashier types it: "2,50" in de_DE, no more digits than the
            # currency has (ui/i18n.fmt, strict).
            try:
                minor = fmt().parse_amount(text, self.currency,
                                           what=translate("Errors", "Discount")).minor
            except InputError as exc:
                self.error.setText(error_text(exc))
                return
            self.result_discount = Discount(DiscountKind.AMOUNT, minor,
                                            self.reason.text().strip()) if minor else None
            self.accept()
            return
        try:  # a percentage: "12,5" where the locale writes a decimal comma
            dec = Decimal(text.replace(fmt().decimal_symbol, "."))
        except InvalidOperation:
            self.error.setText(translate("Dialogs", "Not a number: {text}").format(
                text=repr(text)))
            return
        if not dec.is_finite():
            self.error.setText(translate("Dialogs", "Not a number: {text}").format(
                text=repr(text)))
            return
        if dec < 0:
            self.error.setText(translate("Dialogs", "A discount cannot be negative"))
            return
        if dec == 0:
            self.result_discount = None
        else:
            bp = dec * 100
            if bp != bp.to_integral_value():
                self.error.setText(translate("Dialogs",
                                             "Use at most two decimals for a percentage"))
                return
            if bp > 10000:
                self.error.setText(translate("Dialogs",
                                             "A discount cannot be more than 100 %"))
                return
            self.result_discount = Discount(DiscountKind.PERCENT, int(bp),
                                            self.reason.text().strip())
        self.accept()


def _held_time(opened_at: str) -> str:
    try:
        return fmt().time(dt.datetime.fromisoformat(opened_at))
    except ValueError:
        return opened_at[11:16]


class HeldDialog(QDialog):
    """Held and parked sales in touch-sized rows; Up/Down choose, Enter (or a double
    touch) resumes the selected one, Esc closes."""

    def __init__(self, held: Sequence[HeldView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = translate("Dialogs", "Held sales")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.held = list(held)
        lay = QVBoxLayout(self)
        if not held:
            empty = QLabel(translate("Dialogs", "No held sales. Press F5 on a sale to hold "
                                                "it for later."))
            empty.setWordWrap(True)
            set_role(empty, "muted")
            lay.addWidget(empty)
        self.table = QTableWidget(len(held), 4)
        self.table.setAccessibleName(title)
        self.table.setAccessibleDescription(translate(
            "Dialogs", "Up and Down choose a sale; Enter resumes it"))
        self.table.setHorizontalHeaderLabels([
            translate("Dialogs", "Held at"), translate("Dialogs", "Cashier"),
            translate("Dialogs", "Items"), translate("Dialogs", "Total")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(ROW_HEIGHT)  # a finger's row
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for r, h in enumerate(held):
            when = _held_time(h.opened_at)
            if h.parked:
                when = translate("Dialogs", "{time} (parked)").format(time=when)
            for c, text in enumerate((when, h.cashier, fmt().number(h.items), h.total)):
                item = QTableWidgetItem(text)
                if c >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        if held:
            self.table.selectRow(0)
        self.table.doubleClicked.connect(lambda _i: self.accept())
        lay.addWidget(self.table)
        buttons = _dialog_buttons(translate("Dialogs", "Resume (Enter)"),
                                  translate("Dialogs", "Resume the selected sale"),
                                  translate("Dialogs", "Close held sales"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(held))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(720, 420)
        self.table.setFocus()

    def chosen(self) -> str | None:
        row = self.table.currentRow()
        return self.held[row].sale_id if 0 <= row < len(self.held) else None
