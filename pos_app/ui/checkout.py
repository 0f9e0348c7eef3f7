"""Checkout: full-screen steps of the counter window, never a floating dialog.

1. **Tender**: what is due in large type; tender keys (F1 Cash, F2 Card, F3 Store
   credit, F4 Gift card); a numpad; quick cash in the currency's real notes (F5-F8);
   each tender a line with what remains.
2. **Change and receipt**: "Give $12.58 change" (the largest text on screen), then the
   receipt choice (F1 Print, F2 No receipt; email once customers exist), with the
   store's remembered default on Enter.
3. **Ready**: back to the sale screen, with the scan box.

Focus rules that cannot lose money:

- digits always go to the amount; the reference field takes input only after its tender
  key is chosen, and only an approval code or the card's last four digits;
- Enter with an amount typed adds that tender (cash; a refund's default tender) before
  anything else, and never completes the sale;
- Del removes the selected tender (Up/Down choose it), even while an amount is typed;
- Esc takes back what was typed, then returns to the sale;
- from the moment the sale is durable, a scan starts the next sale with that item:
  while it is being saved, and on the change/receipt step (the default receipt choice
  is then applied).

Refunds (a negative total) read as refunds: "Refund $13.79 — give cash", back to the
tender the returned receipts were paid with; another tender asks for a supervisor's
approval in place.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.barcode import is_valid_gtin
from pos_app.domain.card_data import display_reference, tender_reference
from pos_app.domain.errors import ApprovalNeeded, PosError
from pos_app.domain.money import Money
from pos_app.domain.sale import TenderKind
from pos_app.services.cash_denominations import quick_cash
from pos_app.services.counter import CompletedView, SaleView

from .dialogs import ApprovalDialog
from .fit_label import FitButton, FitLabel
from .i18n import error_text, fmt, keep_left_to_right, translate
from .receipt_pdf import write_pdf
from .theme import BODY_PT, clear_layout, set_role
from .worker import DbWorker

TENDER_KEYS: tuple[tuple[TenderKind, Qt.Key, str], ...] = (
    (TenderKind.CASH, Qt.Key.Key_F1, "F1"),
    (TenderKind.CARD, Qt.Key.Key_F2, "F2"),
    (TenderKind.STORE_CREDIT, Qt.Key.Key_F3, "F3"),
    (TenderKind.GIFT_CARD, Qt.Key.Key_F4, "F4"),
)
QUICK_KEYS: tuple[tuple[Qt.Key, str], ...] = (
    (Qt.Key.Key_F5, "F5"), (Qt.Key.Key_F6, "F6"), (Qt.Key.Key_F7, "F7"), (Qt.Key.Key_F8, "F8"))
RECEIPT_KEYS: tuple[tuple[str, Qt.Key, str], ...] = (
    ("print", Qt.Key.Key_F1, "F1"), ("none", Qt.Key.Key_F2, "F2"), ("email", Qt.Key.Key_F3, "F3"))
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
MIN_TOUCH = 44
# Email receipts need a customer to send them to; the till has no customer records yet.
EMAIL_AVAILABLE = False


class Step(Enum):
    TENDER = "tender"
    COMPLETING = "completing"  # Complete sent, not yet durable
    DONE = "done"  # durable: change and receipt choice


def tender_name(kind: TenderKind) -> str:
    return {
        TenderKind.CASH: translate("Checkout", "Cash"),
        TenderKind.CARD: translate("Checkout", "Card"),
        TenderKind.STORE_CREDIT: translate("Checkout", "Store credit"),
        TenderKind.GIFT_CARD: translate("Checkout", "Gift card"),
    }[kind]


def refund_wording(amount: str, kind: TenderKind) -> str:
    """"Refund $13.79 — give cash": what the cashier does, by the tender it goes to."""
    if kind is TenderKind.CASH:
        return translate("Checkout", "Refund {amount} — give cash").format(amount=amount)
    if kind is TenderKind.CARD:
        return translate("Checkout", "Refund {amount} — to the card").format(amount=amount)
    if kind is TenderKind.STORE_CREDIT:
        return translate("Checkout", "Refund {amount} — as store credit").format(
            amount=amount)
    return translate("Checkout", "Refund {amount} — to a gift card").format(amount=amount)


def looks_like_barcode(text: str) -> bool:
    """A scanned item code landing in the amount: never taken as money."""
    return len(text) >= 8 and is_valid_gtin(text)


class _Field(QLineEdit):
    """A line edit of the checkout: its keys go to the screen first (Enter, Esc, Del,
    Up/Down, F-keys), then to the field."""

    def __init__(self, screen: CheckoutScreen, name: str) -> None:
        super().__init__()
        self._screen = screen
        self.setAccessibleName(name)
        self.setMinimumHeight(52)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._screen.key(self, event):
            return
        super().keyPressEvent(event)


class _TenderList(QListWidget):
    """The tenders of the sale, one a line; empty, it says so (`empty_text`) rather than
    showing a blank box."""

    empty_text = ""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.count() or not self.empty_text:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().placeholderText().color())
        painter.drawText(self.viewport().rect().adjusted(12, 12, -12, -12),
                         int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                             | Qt.TextFlag.TextWordWrap), self.empty_text)
        painter.end()


class CheckoutScreen(QWidget):
    """The checkout page of the counter window. `start(view)` opens it on a sale."""

    completed = Signal(object)  # CompletedView, once the sale is durable
    back = Signal()  # Esc on the tender step: back to the sale, tenders kept
    finished = Signal(str, str)  # (note for the sale screen, a scan to start the next sale)
    note = Signal(str, str)  # (text, role) for the sale screen: printing's outcome
    activity = Signal()  # a key or an action: restarts the idle auto-lock

    def __init__(self, counter: Any, worker: DbWorker) -> None:
        super().__init__()
        self.counter = counter
        self.worker = worker
        self.step = Step.TENDER
        self.view: SaleView | None = None
        self.done: CompletedView | None = None
        self.receipt_default = "print"
        self._pending: tuple[TenderKind, int] | None = None  # tender awaiting its reference
        self._receipt_applied = True
        self._early_scan = ""  # typed while the sale was being saved
        self._early_enter = False
        self._completed_view: SaleView | None = None
        self._print_due: int | None = None
        self.setAccessibleName(translate("Checkout", "Checkout"))

        self.pages = QStackedWidget()
        self.tender_page = QWidget()
        self.done_page = QWidget()
        self.pages.addWidget(self.tender_page)
        self.pages.addWidget(self.done_page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 6)
        outer.addWidget(self.pages)
        self._build_tender()
        self._build_done()
        self._window: QWidget | None = None

    # ---- building -----------------------------------------------------------------------

    def _button(self, text: str, name: str, slot: Callable[[], None], *,
                role: str = "", height: int = 52, fit: bool = False) -> QPushButton:
        # `fit`: a long label (a tender's name in Spanish) is drawn smaller, never cut.
        b = FitButton(text) if fit else QPushButton(text)
        b.setAccessibleName(name)
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if role:
            set_role(b, role)
        # After the role: a style's min-height would otherwise replace it.
        b.setMinimumSize(MIN_TOUCH, max(MIN_TOUCH, height))
        b.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        b.clicked.connect(lambda _checked=False: slot())
        return b

    def _build_tender(self) -> None:
        root = QHBoxLayout(self.tender_page)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(16)

        left = QVBoxLayout()
        left.setSpacing(6)
        self.due_caption = QLabel(translate("Checkout", "Amount due"))
        set_role(self.due_caption, "muted")
        left.addWidget(self.due_caption)
        self.due = FitLabel("")
        set_role(self.due, "due")
        left.addWidget(self.due)
        self.tenders = _TenderList()
        self.tenders.setAccessibleName(translate("Checkout", "Tenders"))
        self.tenders.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tenders.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self.tenders.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left.addWidget(self.tenders, 1)
        self.summary = FitLabel("")
        set_role(self.summary, "title")
        left.addWidget(self.summary)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(translate("Checkout", "Message"))
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        left.addWidget(self.message)
        row = QHBoxLayout()
        self.remove_btn = self._button(translate("Checkout", "Remove tender  Del"),
                                       translate("Checkout", "Remove the selected tender (Del)"),
                                       self.remove_selected)
        row.addWidget(self.remove_btn)
        self.back_btn = self._button(translate("Checkout", "Back to sale  Esc"),
                                     translate("Checkout", "Back to the sale (Esc)"),
                                     self.escape)
        row.addWidget(self.back_btn)
        left.addLayout(row)
        root.addLayout(left, 1)

        right = QVBoxLayout()
        right.setSpacing(6)
        self.amount = _Field(self, translate("Checkout", "Amount"))
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.amount.setStyleSheet("font-size: 22pt; font-weight: 700;")
        self.amount.textEdited.connect(self._typed)
        right.addWidget(self.amount)
        self.reference = _Field(self, translate("Checkout", "Reference"))
        self.reference.setMinimumHeight(MIN_TOUCH)
        self.reference.setMaxLength(24)
        self.reference.setEnabled(False)
        self.reference.setPlaceholderText(self._reference_idle())
        right.addWidget(self.reference)
        self.quick_row = QHBoxLayout()
        self.quick_row.setSpacing(6)
        quick_box = QWidget()
        quick_box.setLayout(self.quick_row)
        quick_box.setMinimumHeight(56)
        self.quick_row.setContentsMargins(0, 0, 0, 0)
        right.addWidget(quick_box)
        self.quick_buttons: list[tuple[QPushButton, int]] = []

        self.pad = QGridLayout()
        self.pad.setSpacing(6)
        self.pad.setContentsMargins(0, 0, 0, 0)
        self.pad_buttons: dict[str, QPushButton] = {}
        pad_box = QWidget()
        pad_box.setLayout(self.pad)
        keep_left_to_right(pad_box)  # 7-8-9 from the left in Arabic too, like any keypad
        right.addWidget(pad_box)

        kinds = QGridLayout()
        kinds.setSpacing(6)
        self.kind_buttons: dict[TenderKind, QPushButton] = {}
        for i, (kind, _key, label) in enumerate(TENDER_KEYS):
            b = self._button(f"{tender_name(kind)}\n{label}",
                             f"{tender_name(kind)} ({label})",
                             partial(self.tender_key, kind), role="key", height=64, fit=True)
            kinds.addWidget(b, i // 2, i % 2)
            self.kind_buttons[kind] = b
        right.addLayout(kinds)
        self.finish = self._button(translate("Checkout", "Complete sale  Enter"),
                                   translate("Checkout", "Complete the sale (Enter)"),
                                   self.complete, role="primary", height=64)
        right.addWidget(self.finish)
        right_box = QWidget()
        right_box.setLayout(right)
        right.setContentsMargins(0, 0, 0, 0)
        right_box.setMinimumWidth(340)
        root.addWidget(right_box, 1)
        self._build_pad()

    def _build_pad(self) -> None:
        clear_layout(self.pad)
        self.pad_buttons.clear()
        # No decimal key for a currency without minor units (JPY): "000" instead.
        decimal = fmt().decimal_symbol if self._minor_digits() else "000"
        keys = ["7", "8", "9", "4", "5", "6", "1", "2", "3", "00", "0", decimal]
        for i, key in enumerate(keys):
            name = translate("Checkout", "Decimal separator") if key == decimal and \
                self._minor_digits() else key
            b = self._button(key, name, partial(self.pad_key, key), role="pad")
            self.pad.addWidget(b, i // 3, i % 3)
            self.pad_buttons[key] = b
        back = self._button("⌫", translate("Checkout", "Delete the last digit"),
                            self.pad_backspace, role="pad")
        clear = self._button("C", translate("Checkout", "Clear what was typed"),
                             self.pad_clear, role="pad")
        for row, b in ((0, back), (2, clear)):  # a fourth column, two rows each
            b.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
            self.pad.addWidget(b, row, 3, 2, 1)
        self.pad_buttons["⌫"] = back
        self.pad_buttons["C"] = clear

    def _build_done(self) -> None:
        lay = QVBoxLayout(self.done_page)
        lay.setContentsMargins(24, 12, 24, 12)
        lay.setSpacing(10)
        self.done_caption = FitLabel("")
        set_role(self.done_caption, "title")
        lay.addWidget(self.done_caption)
        lay.addStretch(1)
        self.headline = FitLabel("")
        set_role(self.headline, "change")
        self.headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.headline.setMinimumHeight(110)
        lay.addWidget(self.headline)
        self.done_detail = QLabel("")
        self.done_detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_detail.setWordWrap(True)
        set_role(self.done_detail, "muted")
        lay.addWidget(self.done_detail)
        lay.addStretch(1)
        ask = QLabel(translate("Checkout", "Receipt?"))
        set_role(ask, "title")
        lay.addWidget(ask)
        row = QHBoxLayout()
        row.setSpacing(10)
        self.receipt_buttons: dict[str, QPushButton] = {}
        texts = {"print": (translate("Checkout", "Print receipt"),
                           translate("Checkout", "Print the receipt")),
                 "none": (translate("Checkout", "No receipt"),
                          translate("Checkout", "No receipt")),
                 "email": (translate("Checkout", "Email receipt"),
                           translate("Checkout", "Email the receipt"))}
        for choice, _key, label in RECEIPT_KEYS:
            text, name = texts[choice]
            b = self._button(f"{text}  {label}", f"{name} ({label})",
                             partial(self.choose_receipt, choice, explicit=True),
                             role="key", height=64)
            row.addWidget(b)
            self.receipt_buttons[choice] = b
        email = self.receipt_buttons["email"]
        email.setEnabled(EMAIL_AVAILABLE)
        email.setToolTip(translate(
            "Checkout", "Not available yet: email receipts need customer records"))
        lay.addLayout(row)
        self.email_note = QLabel(translate(
            "Checkout", "Email receipts are not available yet: the till has no customer "
            "records."))
        self.email_note.setWordWrap(True)
        set_role(self.email_note, "muted")
        self.email_note.setVisible(not EMAIL_AVAILABLE)
        lay.addWidget(self.email_note)
        bottom = QHBoxLayout()
        self.next_scan = _Field(self, translate("Checkout", "Next sale: scan the first item"))
        self.next_scan.setPlaceholderText(translate(
            "Checkout", "Next customer: scan the first item"))
        bottom.addWidget(self.next_scan, 3)
        self.pdf_btn = self._button(translate("Checkout", "Save PDF  Ctrl+S"),
                                    translate("Checkout", "Save the receipt as PDF (Ctrl+S)"),
                                    self.save_pdf)
        bottom.addWidget(self.pdf_btn, 1)
        lay.addLayout(bottom)
        self.done_hint = QLabel("")
        self.done_hint.setWordWrap(True)
        set_role(self.done_hint, "muted")
        lay.addWidget(self.done_hint)
        self.done_message = QLabel("")
        self.done_message.setWordWrap(True)
        self.done_message.setAccessibleName(translate("Checkout", "Message"))
        lay.addWidget(self.done_message)

    # ---- helpers --------------------------------------------------------------------------

    def _minor_digits(self) -> int:
        if self.view is not None:
            return Money(0, self.view.currency).exponent
        return fmt().minor_digits

    def _money(self, minor: int) -> str:
        currency = self.view.currency if self.view is not None else fmt().currency
        return fmt().money(Money(minor, currency))

    @property
    def refund(self) -> bool:
        return self.view is not None and self.view.total_minor < 0

    def refund_default(self) -> TenderKind:
        """Where a refund goes unless the cashier chooses otherwise: the tender the
        returned receipt was paid with (cash first), cash without a receipt."""
        if self.view is not None and self.view.refund_to:
            return self.view.refund_to[0]
        return TenderKind.CASH

    def _call(self, fn: Callable[[], Any], on_ok: Callable[[Any], None],
              on_error: Callable[[BaseException], None] | None = None) -> None:
        self.activity.emit()

        def done(result: Any) -> None:
            if isinstance(result, BaseException):
                (on_error or self.show_error)(result)
            else:
                on_ok(result)
            self._focus()
        self.worker.submit(fn, done, done)

    def _focus(self) -> None:
        if not self.isVisible() or QApplication.activeModalWidget() is not None:
            return
        if self.step is Step.DONE:
            self.next_scan.setFocus()
        elif self._pending is not None:
            self.reference.setFocus()
        else:
            self.amount.setFocus()

    def _say(self, text: str, role: str = "muted") -> None:
        self.message.setText(text)
        set_role(self.message, role)

    def show_error(self, exc: BaseException) -> None:
        self._say(error_text(exc, translate(
            "Checkout", "Something went wrong; the sale is safe. The error was logged.")),
            "error")
        QApplication.beep()

    # ---- opening and rendering --------------------------------------------------------------

    def start(self, view: SaleView) -> None:
        """Open the tender step on `view` (the current sale, tenders it has kept)."""
        self.step = Step.TENDER
        self.done = None
        self._receipt_applied = True
        self._pending = None
        self._early_scan, self._early_enter = "", False
        self.pages.setCurrentWidget(self.tender_page)
        self.amount.clear()
        self.amount.setReadOnly(False)
        self.reference.clear()
        self.reference.setEnabled(False)
        self.reference.setPlaceholderText(self._reference_idle())
        self.view = view
        self._build_pad()
        self.show_view(view)
        self._attach()
        self._focus()
        QTimer.singleShot(0, self._focus)
        self._call(self.counter.receipt_default, self._got_default, lambda _e: None)

    def _got_default(self, choice: str) -> None:
        self.receipt_default = choice if choice in ("print", "none") else "print"

    def show_view(self, view: SaleView) -> None:
        self.view = view
        refund = view.total_minor < 0
        settled = view.remaining_minor == 0 and bool(view.tenders)
        if settled:
            self.due_caption.setText(translate("Checkout", "Refunded in full") if refund
                                     else translate("Checkout", "Paid in full"))
            self.due.setText(translate("Checkout", "Give {amount} change").format(
                amount=self._money(view.change_minor)) if view.change_minor else
                translate("Checkout", "Enter completes the refund") if refund else
                translate("Checkout", "Enter completes the sale"))
        elif refund:
            self.due_caption.setText(translate("Checkout", "To refund"))
            left = view.remaining_cash_minor if self.refund_default() is TenderKind.CASH \
                else view.remaining_minor
            self.due.setText(refund_wording(self._money(abs(left)), self.refund_default()))
        else:
            self.due_caption.setText(translate("Checkout", "Amount due") if not view.tenders
                                     else translate("Checkout", "Still to pay"))
            self.due.setText(self._money(view.remaining_minor))
        self.tenders.empty_text = translate("Checkout", "Nothing refunded yet") if refund \
            else translate("Checkout", "No payment yet")
        self.amount.setPlaceholderText(translate("Checkout", "Amount to refund") if refund
                                       else translate("Checkout", "Amount handed over"))
        self._show_tenders(view)
        self.tenders.viewport().update()
        self.summary.setText(translate("Checkout", "Total {total}  ·  paid {paid}").format(
            total=self._money(view.total_minor),
            paid=self._money(sum(t.amount_minor for t in view.tenders)))
            if view.tenders else "")
        if self._pending is None:
            self._say(self._hint())
        self._show_quick(view, settled)
        for kind, b in self.kind_buttons.items():
            b.setEnabled(not settled)
            _key, label = next((k, lb) for kd, k, lb in TENDER_KEYS if kd is kind)
            text = f"{tender_name(kind)}\n{label}"
            if refund and view.refund_to and kind not in view.refund_to:
                text = translate("Checkout", "{tender}  {key}\nneeds approval").format(
                    tender=tender_name(kind), key=label)
            elif refund and kind is self.refund_default():
                text = translate("Checkout", "{tender}  {key}\noriginal tender").format(
                    tender=tender_name(kind), key=label)
            b.setText(text)
        self.finish.setEnabled(settled)
        self.finish.setText(translate("Checkout", "Complete refund  Enter") if refund
                            else translate("Checkout", "Complete sale  Enter"))
        self.finish.setAccessibleName(
            translate("Checkout", "Complete the refund (Enter)") if refund
            else translate("Checkout", "Complete the sale (Enter)"))
        self.remove_btn.setEnabled(bool(view.tenders))

    def _show_tenders(self, view: SaleView) -> None:
        keep = self.tenders.currentRow()
        self.tenders.clear()
        paid = 0
        for i, t in enumerate(view.tenders):
            paid += t.amount_minor
            last = i == len(view.tenders) - 1
            if last and view.change_minor:
                after = translate("Checkout", "change {amount}").format(
                    amount=self._money(view.change_minor))
            elif last and view.remaining_minor == 0:
                after = translate("Checkout", "nothing left")
            else:
                left = view.remaining_minor if last else view.total_minor - paid
                after = translate("Checkout", "{amount} left").format(
                    amount=self._money(abs(left)))
            kind = t.kind or TenderKind.CASH
            ref = display_reference(t.reference) or ""
            text = f"{tender_name(kind)}   {self._money(t.amount_minor)}" \
                + (f"   {ref}" if ref else "") + f"   —   {after}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            item.setSizeHint(_row_size(self.tenders))
            self.tenders.addItem(item)
        rows = self.tenders.count()
        if rows:
            self.tenders.setCurrentRow(keep if 0 <= keep < rows else rows - 1)

    def _show_quick(self, view: SaleView, settled: bool) -> None:
        clear_layout(self.quick_row)
        self.quick_buttons = []
        due = view.remaining_cash_minor
        if settled or view.total_minor < 0 or due <= 0:
            return
        for (_key, label), amount in zip(QUICK_KEYS, quick_cash(due, view.currency),
                                         strict=False):
            shown = self._money(amount)
            b = self._button(f"{shown}\n{label}",
                             translate("Checkout", "Cash {amount} ({key})").format(
                                 amount=shown, key=label),
                             partial(self.add_tender, TenderKind.CASH, amount, None),
                             height=56)
            b.setStyleSheet("padding: 4px 4px;")
            self.quick_row.addWidget(b)
            self.quick_buttons.append((b, amount))

    # ---- keys ---------------------------------------------------------------------------

    def key(self, field: QLineEdit, event: QKeyEvent) -> bool:
        """Every key typed into a checkout field, first. True when handled here."""
        self.activity.emit()
        k = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if self.step is Step.COMPLETING:
            # Being saved: what is typed now is the next customer's scan.
            if k in ENTER_KEYS:
                self._early_enter = True
            elif event.text() and event.text().isprintable():
                self._early_scan += event.text()
            return True
        if self.step is Step.DONE:
            return self._done_key(event)
        if k in ENTER_KEYS:
            if field is self.reference:
                self.reference_entered()
            else:
                self.enter()
            return True
        if k == Qt.Key.Key_Escape:
            self.escape()
            return True
        if k == Qt.Key.Key_Delete:
            self.remove_selected()
            return True
        if k in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            rows = self.tenders.count()
            if rows:
                step = -1 if k == Qt.Key.Key_Up else 1
                self.tenders.setCurrentRow(max(0, min(rows - 1,
                                                      self.tenders.currentRow() + step)))
            return True
        for kind, key, _label in TENDER_KEYS:
            if k == key:
                self.tender_key(kind)
                return True
        for i, (key, _label) in enumerate(QUICK_KEYS):
            if k == key:
                if i < len(self.quick_buttons):
                    self.add_tender(TenderKind.CASH, self.quick_buttons[i][1], None)
                return True
        if field is self.amount and mods == Qt.KeyboardModifier.NoModifier:
            text = event.text()
            if text and text.isprintable():
                self._amount_char(text)
                return True
        return False

    def _done_key(self, event: QKeyEvent) -> bool:
        k = event.key()
        if k in ENTER_KEYS:
            scan = self.next_scan.text().strip()
            self.choose_receipt(self.receipt_default, explicit=False, scan=scan)
            return True
        if k == Qt.Key.Key_Escape:
            if self.next_scan.text():
                self.next_scan.clear()
            else:
                self.choose_receipt(self.receipt_default, explicit=False)
            return True
        for choice, key, _label in RECEIPT_KEYS:
            if k == key:
                if self.receipt_buttons[choice].isEnabled():
                    self.choose_receipt(choice, explicit=True)
                return True
        if k == Qt.Key.Key_S and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.save_pdf()
            return True
        return False

    def _amount_char(self, ch: str) -> None:
        """Only digits and one decimal separator (none for JPY), at most the currency's
        minor digits after it."""
        text = self.amount.text()
        digits = self._minor_digits()
        sep = fmt().decimal_symbol
        if ch.isdigit() and ch.isascii():
            head, dot, tail = text.partition(sep)
            if dot and len(tail) >= digits and self.amount.cursorPosition() > len(head):
                QApplication.beep()
                return
            self.amount.insert(ch)
        elif ch in (".", ",", sep) and digits and sep not in text:
            self.amount.insert(sep if text else f"0{sep}")
        else:
            QApplication.beep()
            return
        self._typed()

    def _hint(self) -> str:
        """What the keys do now, in the message slot while nothing else is said."""
        view = self.view
        if view is None:
            return ""
        if view.remaining_minor == 0 and view.tenders:
            return translate("Checkout", "Enter completes. Del removes the selected "
                             "tender (Up/Down choose it).")
        if view.total_minor < 0:
            return translate("Checkout", "Enter refunds it to {tender}, as it was paid. "
                             "Another tender needs a supervisor.").format(
                tender=tender_name(self.refund_default()).lower())
        return translate("Checkout", "Type the amount handed over and press Enter for "
                         "cash, or choose a tender (F1-F4).")

    def _typed(self, *_args: object) -> None:
        if self.message.property("role") == "error":
            self._say(self._hint())

    def pad_key(self, key: str) -> None:
        if self.step is not Step.TENDER:
            return
        if self._pending is not None:
            if key.isdigit():
                self.reference.insert(key)
            self.reference.setFocus()
            return
        for ch in key:
            self._amount_char(ch)
        self.amount.setFocus()

    def pad_clear(self) -> None:
        field = self.reference if self._pending is not None else self.amount
        field.clear()
        self._say(self._hint() if self._pending is None else self.message.text(),
                  "muted" if self._pending is None else "warn")
        field.setFocus()

    def pad_backspace(self) -> None:
        field = self.reference if self._pending is not None else self.amount
        field.backspace()
        field.setFocus()

    # ---- intents ------------------------------------------------------------------------

    def _typed_amount(self) -> int | None:
        """The typed amount in minor units (negative on a refund); None if nothing or not
        an amount (said on screen)."""
        text = self.amount.text().strip()
        if not text or self.view is None:
            return None
        if looks_like_barcode(text):
            self.amount.clear()
            self._say(translate(
                "Checkout", "That was a scan ({code}), not an amount. To add an item, go "
                "back to the sale (Esc).").format(code=text), "error")
            return None
        try:
            minor = fmt().parse_amount(text, self.view.currency).minor
        except PosError as exc:
            self.show_error(exc)
            return None
        if minor == 0:
            self._say(translate("Checkout", "A tender of zero pays nothing"), "error")
            return None
        return -minor if self.refund else minor

    def enter(self) -> None:
        """Enter on the amount: a typed amount is added first (cash, or the refund's
        tender) and never completes; with nothing typed a settled sale completes, and an
        unsettled refund goes back the default way."""
        if self.view is None:
            return
        if self.amount.text().strip():
            amount = self._typed_amount()
            if amount is None:
                return
            kind = self.refund_default() if self.refund else TenderKind.CASH
            self._tender(kind, amount)
            return
        if self.view.remaining_minor == 0 and self.view.tenders:
            self.complete()
        elif self.refund:
            self.tender_key(self.refund_default())
        else:
            self._say(translate(
                "Checkout", "Type the amount handed over and press Enter, or choose a "
                "tender: F1 takes exactly what is due in cash."))

    def tender_key(self, kind: TenderKind) -> None:
        """A tender key: the typed amount (or all that is left) in that tender; a card,
        store credit or gift card then asks for its reference."""
        if self.view is None or self.step is not Step.TENDER:
            return
        if self.view.remaining_minor == 0:
            return
        if self._pending is not None:  # another tender key: start over with this one
            self._cancel_pending()
        if self.amount.text().strip():
            amount = self._typed_amount()
            if amount is None:
                return
        else:
            amount = self.view.remaining_cash_minor if kind is TenderKind.CASH \
                else self.view.remaining_minor
        self._tender(kind, amount)

    def _tender(self, kind: TenderKind, amount: int) -> None:
        assert self.view is not None
        if kind is not TenderKind.CASH and abs(amount) > abs(self.view.remaining_minor):
            self._say(translate("Checkout", "Only cash can be more than what is left "
                                "({amount})").format(
                amount=self._money(abs(self.view.remaining_minor))), "error")
            return
        if kind is TenderKind.CASH:
            self.add_tender(kind, amount, None)
            return
        # Its reference next: the field takes input only now, for this tender.
        self._pending = (kind, amount)
        self.amount.setText(fmt().amount(Money(abs(amount), self.view.currency)))
        self.amount.setReadOnly(True)
        self.reference.setEnabled(True)
        self.reference.clear()
        self.reference.setPlaceholderText(translate(
            "Checkout", "Approval code or last 4 digits (*1234)"))
        self._say(translate(
            "Checkout", "{tender} {amount}: type the approval code or the card's last 4 "
            "digits, then Enter. Esc cancels.").format(
                tender=tender_name(kind), amount=self._money(abs(amount))), "warn")
        self.reference.setFocus()

    def reference_entered(self) -> None:
        if self._pending is None:
            return
        kind, amount = self._pending
        text = self.reference.text().strip()
        try:
            tender_reference(kind.value, text)  # the same rule the sale applies
        except PosError as exc:
            self.show_error(exc)
            self.reference.selectAll()
            return
        self._cancel_pending()
        self.add_tender(kind, amount, text)

    @staticmethod
    def _reference_idle() -> str:
        return translate("Checkout", "Reference: after Card, Store credit or Gift card")

    def _cancel_pending(self) -> None:
        self._pending = None
        self.reference.clear()
        self.reference.setPlaceholderText(self._reference_idle())
        self.reference.setEnabled(False)
        self.amount.setReadOnly(False)
        self.amount.clear()
        self._say(self._hint())
        self.amount.setFocus()

    def add_tender(self, kind: TenderKind, amount: int, reference: str | None) -> None:
        if self.step is not Step.TENDER or self.view is None:
            return
        typed = self.amount.text()
        self.amount.clear()
        self._say("")

        def failed(exc: BaseException) -> None:
            # A refund to another tender than the receipt was paid with: a supervisor's
            # PIN in place, then the same tender again.
            if isinstance(exc, ApprovalNeeded):
                what = translate("Checkout", "refund {amount} to {tender}").format(
                    amount=self._money(abs(amount)), tender=tender_name(kind).lower())
                dlg = ApprovalDialog(what, self, self.counter.approvers)
                if dlg.exec() == QDialog.DialogCode.Accepted:
                    pin = dlg.value()
                    self._call(lambda: self.counter.add_tender(kind, amount, reference, pin),
                               self.show_view)
                self._focus()
                return
            if not self.amount.text():
                self.amount.setText(typed)
            self.show_error(exc)

        self._call(lambda: self.counter.add_tender(kind, amount, reference),
                   self.show_view, failed)

    def remove_selected(self) -> None:
        """Del: the selected tender (the last one unless Up/Down chose another)."""
        if self.step is not Step.TENDER:
            return
        item = self.tenders.currentItem()
        if item is None and self.tenders.count():
            item = self.tenders.item(self.tenders.count() - 1)
        if item is None:
            return
        tid = item.data(Qt.ItemDataRole.UserRole)
        self._call(lambda: self.counter.remove_tender(tid), self.show_view)

    def escape(self) -> None:
        """Esc: first what was typed (a pending reference, then the amount), then back
        to the sale (its tenders stay on it)."""
        if self.step is not Step.TENDER:
            return
        if self._pending is not None:
            self._cancel_pending()
        elif self.amount.text():
            self.amount.clear()
            self._say(self._hint())
        else:
            self.back.emit()

    def complete(self) -> None:
        if self.step is not Step.TENDER or self.view is None:
            return
        if self.amount.text().strip() or self._pending is not None:
            return  # never completes while an amount or a reference is typed
        self.step = Step.COMPLETING
        self.finish.setEnabled(False)
        self._say(translate("Checkout", "Saving…"))
        self._completed_view = self.view

        def failed(exc: BaseException) -> None:
            self.step = Step.TENDER
            self._early_scan, self._early_enter = "", False
            if self.view is not None:
                self.show_view(self.view)
            self.show_error(exc)

        self._call(self.counter.complete, self._durable, failed)

    def _durable(self, result: CompletedView) -> None:
        """The sale is durable: the change and receipt step, and the drawer for cash."""
        self.done = result
        self.step = Step.DONE
        self._receipt_applied = False
        self._say("")
        self.done_message.setText("")
        self._show_done(result)
        self.pages.setCurrentWidget(self.done_page)
        self.completed.emit(result)
        if result.paid_cash:
            no = result.receipt_no
            self._call(lambda: self.counter.open_drawer_for_sale(no), lambda _ok: None,
                       self._drawer_failed)
        scan, enter = self._early_scan, self._early_enter
        self._early_scan, self._early_enter = "", False
        self.next_scan.setText(scan)
        self._focus()
        if enter and scan.strip():
            self.choose_receipt(self.receipt_default, explicit=False, scan=scan.strip())

    def _drawer_failed(self, exc: BaseException) -> None:
        problem = error_text(exc, translate("Checkout", "The drawer did not answer")).rstrip(".")
        self.done_message.setText(translate(
            "Checkout", "{problem}: the drawer did not open. The sale is complete.").format(
                problem=problem))
        set_role(self.done_message, "error")

    def _show_done(self, result: CompletedView) -> None:
        view = self._completed_view or self.view
        refund = view is not None and view.total_minor < 0
        if refund and view is not None:
            cash = -sum(t.amount_minor for t in view.tenders if t.kind is TenderKind.CASH)
            self.done_caption.setText(translate(
                "Checkout", "Refund complete — receipt #{no}").format(no=result.receipt_no))
            if cash > 0:
                self.headline.setText(translate("Checkout", "Give {amount} cash").format(
                    amount=self._money(cash)))
            else:
                self.headline.setText(translate("Checkout", "Refunded {amount}").format(
                    amount=self._money(-view.total_minor)))
            others = [t for t in view.tenders if t.kind is not TenderKind.CASH]
            self.done_detail.setText("  ·  ".join(
                translate("Checkout", "{amount} to {tender}").format(
                    amount=self._money(-t.amount_minor),
                    tender=tender_name(t.kind or TenderKind.CASH).lower())
                for t in others))
        else:
            self.done_caption.setText(translate(
                "Checkout", "Sale complete — receipt #{no}").format(no=result.receipt_no))
            self.headline.setText(
                translate("Checkout", "Give {amount} change").format(
                    amount=self._money(result.change_minor)) if result.change_minor
                else translate("Checkout", "No change"))
            if view is not None:
                self.done_detail.setText(translate(
                    "Checkout", "Total {total}  ·  paid {paid}").format(
                        total=self._money(view.total_minor),
                        paid=self._money(sum(t.amount_minor for t in view.tenders))))
        for choice, b in self.receipt_buttons.items():
            default = choice == self.receipt_default
            set_role(b, "primary" if default else "key")
            b.setStyleSheet(f"font-size: {BODY_PT + 4}pt;" if default else "")
            b.setMinimumHeight(64)  # after the role, whose style sets its own
            label = next(lb for c, _k, lb in RECEIPT_KEYS if c == choice)
            base = b.text().split("  ")[0]
            b.setText(f"{base}  {label}")
            b.setAccessibleDescription(translate("Checkout", "The default: Enter")
                                       if default else "")
        default_name = self.receipt_buttons[self.receipt_default].text().split("  ")[0]
        self.done_hint.setText(translate(
            "Checkout", "Enter: {choice}. A scan starts the next sale.").format(
                choice=default_name))

    def choose_receipt(self, choice: str, *, explicit: bool, scan: str = "") -> None:
        """The receipt step's answer; then ready for the next sale (with `scan`)."""
        if self.step is not Step.DONE or self.done is None:
            return
        note = self._apply_receipt(choice, explicit=explicit)
        self.step = Step.TENDER  # this sale is finished with; the page is left next
        self.finished.emit(note, scan)
        self._print_chosen()

    def _apply_receipt(self, choice: str, *, explicit: bool) -> str:
        done = self.done
        if done is None or self._receipt_applied:
            return ""
        self._receipt_applied = True
        no = done.receipt_no
        if explicit and choice != self.receipt_default:
            self.receipt_default = choice
            self._call(lambda: self.counter.set_receipt_default(choice), lambda _r: None)
        self._print_due = no if choice == "print" else None
        if self._completed_view is not None and self._completed_view.total_minor < 0:
            return translate("Checkout", "Refund complete — receipt #{no}").format(no=no)
        if done.change_minor:
            return translate("Checkout", "Sale complete — receipt #{no}, change {amount}"
                             ).format(no=no, amount=done.change)
        return translate("Checkout", "Sale complete — receipt #{no}").format(no=no)

    def _print_chosen(self) -> None:
        """Print the receipt chosen (after the sale screen has been told, so what the
        printer says is the last word there)."""
        no, self._print_due = self._print_due, None
        if no is not None:
            self._call(lambda: self.counter.print_receipt(no, drawer=False),
                       lambda text: self.note.emit(str(text), "ok"), self._print_failed)

    def _print_failed(self, exc: BaseException) -> None:
        text = error_text(exc, translate("Checkout", "Printing failed"))
        self.note.emit(translate("Checkout", "{problem}. The sale is complete; Ctrl+R "
                                 "reprints.").format(problem=text.rstrip(".")), "error")

    def save_pdf(self) -> None:
        if self.done is None:
            return
        no = self.done.receipt_no
        path, _ = QFileDialog.getSaveFileName(
            self, translate("Checkout", "Save receipt"), f"receipt-{no}.pdf", "PDF (*.pdf)")
        self._focus()
        if not path:
            return

        def write() -> str:
            write_pdf(self.counter.receipt(no), Path(path))
            return translate("Checkout", "Saved {path}").format(path=path)

        self._call(write, lambda text: self.done_hint.setText(str(text)))

    # ---- leaving --------------------------------------------------------------------------

    def hideEvent(self, event: Any) -> None:
        # Locked (idle, F9) on the receipt step: the default choice is applied, so the
        # sale gets its receipt; the next person starts on the sale screen.
        if not event.spontaneous() and self.step is Step.DONE:
            self._apply_receipt(self.receipt_default, explicit=False)
            self._print_chosen()
            self.step = Step.TENDER
        super().hideEvent(event)

    def _attach(self) -> None:
        window = self.window()
        if window is not self._window and window is not None and window is not self:
            window.installEventFilter(self)
            self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate and self.isVisible():
            QTimer.singleShot(0, self._focus)
        return False


def _row_size(view: QListWidget) -> QSize:
    """Tender rows at least 44 px tall (touch), as wide as the list."""
    return QSize(max(10, view.viewport().width() - 4),
                 max(MIN_TOUCH, view.fontMetrics().height() + 20))
