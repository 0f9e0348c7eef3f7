"""Returns and refunds (F8): find the sale, choose what comes back, why, and whether it
goes back on the shelf; the return lines then join the sale and the normal checkout
gives the refund.

Finding a sale: its receipt number typed or its receipt barcode scanned (Enter), a day
and a time range, or its total. Choosing: on a selected receipt line the cashier types
the quantity (digits go straight to it, Backspace takes one off, + and - step, Up and
Down move between lines) or taps the line's - and + keys; never more than can still be
returned. A reason per line (F1..F7, or tap), restock yes/no (F9), F12 or Enter adds the
returns to the sale. F10 returns an item without a receipt (a quantity and a reason).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, QTime
from PySide6.QtGui import QIntValidator, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.errors import ApprovalNeeded, InputError
from pos_app.domain.money import Money
from pos_app.services.counter import ReceiptLookup, ReturnableView, ReturnChoice
from pos_app.services.receipts import parse_receipt_code
from pos_app.services.sales import ReceiptMatch, parse_receipt_ref

from .fit_label import FitButton
from .i18n import QT_TRANSLATE_NOOP, error_text, fmt, keep_left_to_right, qt_locale, translate
from .theme import set_role

# The store's return reasons are its own words (config); the defaults it starts with
# are kept in English in the sale record and shown in the screen's language.
DEFAULT_REASONS = {"Damaged": QT_TRANSLATE_NOOP("Returns", "Damaged"),
                   "Wrong size": QT_TRANSLATE_NOOP("Returns", "Wrong size"),
                   "Changed mind": QT_TRANSLATE_NOOP("Returns", "Changed mind"),
                   "Faulty": QT_TRANSLATE_NOOP("Returns", "Faulty")}


def reason_label(reason: str) -> str:
    """A return reason as the cashier reads it: a default one translated ("Damaged" ->
    "Beschädigt"), one the store named itself as written."""
    return translate("Returns", reason) if reason in DEFAULT_REASONS else reason


Call = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None]], None]

MIN_TOUCH = 44
ROW_HEIGHT = 52  # a touch target with room for the item's title
REASON_KEYS = (Qt.Key.Key_F1, Qt.Key.Key_F2, Qt.Key.Key_F3, Qt.Key.Key_F4, Qt.Key.Key_F5,
               Qt.Key.Key_F6, Qt.Key.Key_F7)
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
DIGIT_KEYS = {getattr(Qt.Key, f"Key_{d}"): d for d in range(10)}
PLUS_KEYS = (Qt.Key.Key_Plus, Qt.Key.Key_Equal)
# Columns of the receipt's lines.
ITEM, SOLD, RETURNED, PAID, QTY, REASON, RESTOCK = range(7)
PAGE_RESULTS, PAGE_LINES, PAGE_NO_RECEIPT = range(3)
SCAN_STARTS = frozenset("R]#")  # how a receipt barcode (or a typed '#42') begins


def parse_receipt_number(text: str) -> int | None:
    """Accept '42', '#42' or a scanned receipt code ending in the number (R<T>-42).
    Only the number: `parse_receipt_ref` also keeps which till's receipt it is."""
    tail = text.strip().lstrip("#").rsplit("-", 1)[-1]
    return int(tail) if tail.isdigit() else None


def is_receipt_code(text: str) -> bool:
    """A scanned receipt barcode ('RT1-42', with or without the scanner's ']C0')."""
    try:
        parse_receipt_code(text)
    except InputError:
        return False
    return True


@dataclass
class LineChoice:
    """What the cashier chose for one receipt line."""

    line: ReturnableView
    quantity: int = 0
    reason: str = ""
    restock: bool = True


def _touch(button: QPushButton, name: str, *, width: int = MIN_TOUCH) -> QPushButton:
    button.setAccessibleName(name)
    if isinstance(button, FitButton):  # squeezed no further than its smallest type needs
        button.least = width
        button.setMinimumHeight(MIN_TOUCH)
    else:
        button.setMinimumSize(width, MIN_TOUCH)
    button.setAutoDefault(False)
    button.setDefault(False)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays where it types
    return button


class _LinesTable(QTableWidget):
    """The receipt's lines: digits type the selected line's quantity."""

    def __init__(self, dialog: ReturnDialog) -> None:
        super().__init__(0, 7)
        self._dialog = dialog

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in DIGIT_KEYS and mods == Qt.KeyboardModifier.NoModifier:
            self._dialog.type_digit(DIGIT_KEYS[key])
        elif key == Qt.Key.Key_Backspace:
            self._dialog.erase_digit()
        elif key in PLUS_KEYS:
            self._dialog.step(+1)
        elif key == Qt.Key.Key_Minus:
            self._dialog.step(-1)
        elif key in ENTER_KEYS:
            self._dialog.add()
        elif event.text()[:1] in SCAN_STARTS:
            # A receipt barcode scanned while a line is selected ("RT1-42", "]C0RT1-42"):
            # it goes to the receipt field, never into a quantity.
            self._dialog.start_scan(event.text())
        else:
            super().keyPressEvent(event)


class _ResultsTable(QTableWidget):
    """Sales found by time or amount: Enter opens the selected one."""

    def __init__(self, dialog: ReturnDialog) -> None:
        super().__init__(0, 4)
        self._dialog = dialog

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if Qt.Key(event.key()) in ENTER_KEYS:
            self._dialog.open_result()
        else:
            super().keyPressEvent(event)


class _EnterFilter(QObject):
    """Enter in a day or time field runs the search by time."""

    def __init__(self, action: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._action = action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and Qt.Key(event.key()) in ENTER_KEYS:
            self._action()
            return True
        return False


class ReturnDialog(QDialog):
    """F8. Returns refund exactly what was paid per unit, to the tender chosen at payment."""

    def __init__(self, call: Call, counter: Any, parent: QWidget | None = None, *,
                 receipt_text: str = "") -> None:
        super().__init__(parent)
        title = translate("Returns", "Return or refund")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._call = call
        self._counter = counter
        self.receipt: ReceiptLookup | None = None
        self.choices: dict[int, LineChoice] = {}
        self.matches: list[ReceiptMatch] = []
        self.no_receipt = False  # the no-receipt page is showing
        self.result_view: Any = None
        self._typed = ""
        self._typed_row = -1
        self._nr_reason = ""
        self._nr_restock = True
        self.reasons: tuple[str, ...] = tuple(getattr(counter, "return_reasons", ()))

        lay = QVBoxLayout(self)
        lay.addLayout(self._find_row())
        lay.addLayout(self._time_row())
        self.info = QLabel("")
        self.info.setWordWrap(True)
        self.info.setAccessibleName(translate("Returns", "Return status"))
        lay.addWidget(self.info)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._results_page())
        self.pages.addWidget(self._lines_page())
        self.pages.addWidget(self._no_receipt_page())
        lay.addWidget(self.pages, 1)
        lay.addLayout(self._reason_row())
        lay.addLayout(self._action_row())
        self._shortcuts()
        self._update_choice_bar()
        self._update_refund()
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(1000, screen.width() - 32), min(680, screen.height() - 64))
        if receipt_text:
            self.number.setText(receipt_text)
        self.number.setFocus()

    # ---- building -----------------------------------------------------------------------

    def _find_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(translate("Returns", "&Receipt"))
        row.addWidget(label)
        self.number = QLineEdit()
        self.number.setPlaceholderText(
            translate("Returns", "Receipt number, or scan the receipt's barcode"))
        self.number.setAccessibleName(translate("Returns", "Receipt number"))
        self.number.setMinimumHeight(MIN_TOUCH)
        self.number.returnPressed.connect(self.look_up)
        label.setBuddy(self.number)
        row.addWidget(self.number, 1)
        go = _touch(QPushButton(translate("Returns", "Find  Enter")),
                    translate("Returns", "Find the receipt"), width=120)
        go.clicked.connect(self.look_up)
        row.addWidget(go)
        return row

    def _time_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        locale = qt_locale()  # the digits the rest of the screen writes
        local_now = fmt().local(self._counter.now()) if hasattr(self._counter, "now") \
            else fmt().local(datetime.now().astimezone())
        self.day = QDateEdit(QDate(local_now.year, local_now.month, local_now.day))
        self.day.setLocale(locale)
        self.day.setDisplayFormat(locale.dateFormat(QLocale.FormatType.ShortFormat))
        self.day.setCalendarPopup(True)
        self.since = QTimeEdit(QTime(0, 0))
        self.until = QTimeEdit(QTime(23, 59))
        enter = _EnterFilter(self.find_by_time, self)
        for edit, name in ((self.day, translate("Returns", "Day of the sale")),
                           (self.since, translate("Returns", "From time")),
                           (self.until, translate("Returns", "To time"))):
            edit.setAccessibleName(name)
            inner = edit.findChild(QLineEdit)  # the spin box's own text field
            if inner is not None:
                inner.setAccessibleName(name)
            edit.setMinimumHeight(MIN_TOUCH)
            edit.setLocale(locale)
            edit.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
            edit.installEventFilter(enter)
            # Qt lays a date or time edit's sections out right to left in an RTL
            # layout: 11:59 PM read "59:11 م". Arabic screens enter dates and times left
            # to right with 0-9, so these fields stay left to right (the dialog does not).
            keep_left_to_right(edit)
        for edit in (self.since, self.until):
            edit.setDisplayFormat(locale.timeFormat(QLocale.FormatType.ShortFormat))
        # Alt + the underlined letter jumps to a field (Tab moves within a date's parts).
        for text, edit in ((translate("Returns", "&Day"), self.day),
                           (translate("Returns", "&from"), self.since),
                           (translate("Returns", "&to"), self.until)):
            label = QLabel(text)
            label.setBuddy(edit)
            row.addWidget(label)
            row.addWidget(edit)
        # Keys that may be squeezed to their minimum draw their label smaller, never cut.
        by_time = _touch(FitButton(translate("Returns", "Find by time")),
                         translate("Returns", "Find sales by day and time"), width=120)
        by_time.clicked.connect(self.find_by_time)
        row.addWidget(by_time)
        row.addSpacing(16)
        total = QLabel(translate("Returns", "T&otal"))
        row.addWidget(total)
        self.amount = QLineEdit()
        total.setBuddy(self.amount)
        self.amount.setPlaceholderText(fmt().amount(0))
        self.amount.setAccessibleName(translate("Returns", "Sale total to find"))
        self.amount.setMinimumHeight(MIN_TOUCH)
        self.amount.setMaximumWidth(140)
        # Room for its placeholder ("0,00" was cut to "0…" in German).
        self.amount.setMinimumWidth(96)
        self.amount.returnPressed.connect(self.find_by_amount)
        row.addWidget(self.amount)
        by_amount = _touch(FitButton(translate("Returns", "Find by total")),
                           translate("Returns", "Find sales by their total"), width=120)
        by_amount.clicked.connect(self.find_by_amount)
        row.addWidget(by_amount)
        return row

    def _results_page(self) -> QWidget:
        self.results = _ResultsTable(self)
        self.results.setAccessibleName(translate("Returns", "Sales found"))
        self.results.setHorizontalHeaderLabels([
            translate("Returns", "Receipt"), translate("Returns", "Date and time"),
            translate("Returns", "Total"), translate("Returns", "Cashier")])
        self._table_style(self.results)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        self.results.cellClicked.connect(lambda row, _col: self.open_result(row))
        return self.results

    def _lines_page(self) -> QWidget:
        self.table = _LinesTable(self)
        self.table.setAccessibleName(translate("Returns", "Lines of the receipt"))
        self.table.setHorizontalHeaderLabels([
            translate("Returns", "Item"), translate("Returns", "Sold"),
            translate("Returns", "Returned"), translate("Returns", "Paid each"),
            translate("Returns", "Return"), translate("Returns", "Reason"),
            translate("Returns", "Restock")])
        self._table_style(self.table)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(QTY, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(QTY, 3 * MIN_TOUCH + 40)
        self.table.currentCellChanged.connect(self._row_changed)
        return self.table

    def _no_receipt_page(self) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        heading = QLabel(translate("Returns", "Return without a receipt (a manager approves)"))
        set_role(heading, "title")
        lay.addWidget(heading)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("Returns", "Item")))
        self.nr_code = QLineEdit()
        self.nr_code.setPlaceholderText(translate("Returns", "Scan or type the barcode or SKU"))
        self.nr_code.setAccessibleName(translate("Returns", "Item to return"))
        self.nr_code.setMinimumHeight(MIN_TOUCH)
        self.nr_code.returnPressed.connect(self._to_quantity)
        row.addWidget(self.nr_code, 1)
        lay.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("Returns", "Quantity")))
        minus = _touch(QPushButton("−"), translate("Returns", "One fewer"))
        minus.clicked.connect(lambda: self._nr_step(-1))
        row.addWidget(minus)
        self.nr_qty = QLineEdit("1")
        self.nr_qty.setValidator(QIntValidator(1, 9999, self.nr_qty))
        self.nr_qty.setAccessibleName(translate("Returns", "Quantity to return"))
        self.nr_qty.setMinimumHeight(MIN_TOUCH)
        self.nr_qty.setMaximumWidth(120)
        self.nr_qty.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.nr_qty.returnPressed.connect(self.add)
        row.addWidget(self.nr_qty)
        plus = _touch(QPushButton("+"), translate("Returns", "One more"))
        plus.clicked.connect(lambda: self._nr_step(+1))
        row.addWidget(plus)
        row.addStretch(1)
        lay.addLayout(row)
        self.nr_summary = QLabel("")
        self.nr_summary.setAccessibleName(translate("Returns", "Return without a receipt"))
        lay.addWidget(self.nr_summary)
        lay.addStretch(1)
        return page

    def _reason_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("Returns", "Why:")))
        self.reason_buttons: list[QPushButton] = []
        for i, reason in enumerate(self.reasons):
            key = f"F{i + 1}  " if i < len(REASON_KEYS) else ""
            b = _touch(FitButton(f"{key}{reason_label(reason)}"),
                       translate("Returns", "Reason: {reason}").format(
                           reason=reason_label(reason)))
            b.setCheckable(True)
            b.clicked.connect(lambda _c=False, r=reason: self.choose_reason(r))
            row.addWidget(b)
            self.reason_buttons.append(b)
        row.addStretch(1)
        self.restock_button = _touch(FitButton(""), translate("Returns", "Restock"),
                                     width=160)
        self.restock_button.setCheckable(True)
        self.restock_button.clicked.connect(self.toggle_restock)
        row.addWidget(self.restock_button)
        return row

    def _action_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.no_receipt_button = _touch(QPushButton(translate("Returns", "F10  No receipt")),
                                        translate("Returns", "Return without a receipt"),
                                        width=140)
        self.no_receipt_button.clicked.connect(self.show_no_receipt)
        row.addWidget(self.no_receipt_button)
        cancel = _touch(QPushButton(translate("Returns", "Esc  Cancel")),
                        translate("Returns", "Cancel the return"), width=120)
        cancel.clicked.connect(self.reject)
        row.addWidget(cancel)
        row.addStretch(1)
        self.ok = _touch(QPushButton(""), translate("Returns", "Add the refund to the sale"),
                         width=220)
        set_role(self.ok, "primary")
        self.ok.clicked.connect(self.add)
        row.addWidget(self.ok)
        return row

    def _shortcuts(self) -> None:
        for i, key in enumerate(REASON_KEYS[:len(self.reasons)]):
            reason = self.reasons[i]
            QShortcut(QKeySequence(key), self, lambda r=reason: self.choose_reason(r))
        QShortcut(QKeySequence(Qt.Key.Key_F9), self, self.toggle_restock)
        QShortcut(QKeySequence(Qt.Key.Key_F10), self, self.show_no_receipt)
        QShortcut(QKeySequence(Qt.Key.Key_F12), self, self.add)

    @staticmethod
    def _table_style(table: QTableWidget) -> None:
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        table.verticalHeader().setMinimumSectionSize(ROW_HEIGHT)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setWordWrap(False)

    # ---- messages -----------------------------------------------------------------------

    def _say(self, text: str, role: str = "muted") -> None:
        self.info.setText(text)
        set_role(self.info, role)

    def _error(self, exc: BaseException) -> None:
        self._say(error_text(exc, translate(
            "Returns", "Could not look up the receipt; the error was logged.")), "error")

    # ---- finding the sale ---------------------------------------------------------------

    def look_up(self, text: str | None = None) -> None:
        typed = (self.number.text() if text is None else text).strip()
        try:
            terminal, no = parse_receipt_ref(typed)
        except InputError:
            self._say(translate("Returns", "Not a receipt number: {text}")
                      .format(text=repr(typed[:40])), "error")
            return
        # Another till's receipt ('T1-42', or its barcode) is looked up in the central
        # database by the counter, on the worker like every other call.
        ref: int | str = no if terminal is None else f"{terminal}-{no}"
        self._say(translate("Returns", "Looking up receipt {ref}…").format(ref=ref))
        self._call(lambda: self._counter.find_receipt(ref), self.show_receipt, self._error)

    def start_scan(self, text: str) -> None:
        """Keys of a receipt barcode that arrived on the lines: into the receipt field."""
        self.number.clear()
        self.number.setFocus()
        self.number.insert(text)

    def _local(self, day: QDate, at: QTime) -> datetime:
        return datetime(day.year(), day.month(), day.day(), at.hour(), at.minute(),
                        tzinfo=ZoneInfo(fmt().timezone))

    def find_by_time(self) -> None:
        """The sales of the chosen day between the two times (the last minute included)."""
        day = self.day.date()
        since = self._local(day, self.since.time())
        until = self._local(day, self.until.time()) + timedelta(minutes=1)
        self._say(translate("Returns", "Finding sales…"))
        self._call(lambda: self._counter.find_sales(since=since, until=until),
                   self.show_matches, self._error)

    def find_by_amount(self) -> None:
        """Sales of any day with exactly this total."""
        try:
            amount = fmt().parse_amount(self.amount.text(), what=translate("Returns", "Total"))
        except InputError as exc:
            self._say(error_text(exc), "error")
            self.amount.setFocus()
            return
        self._say(translate("Returns", "Finding sales…"))
        self._call(lambda: self._counter.find_sales(amount=amount.minor),
                   self.show_matches, self._error)

    def show_matches(self, matches: list[ReceiptMatch]) -> None:
        self.matches = list(matches)
        self.no_receipt = False
        self.receipt, self.choices = None, {}  # choose again: nothing is chosen yet
        self.pages.setCurrentIndex(PAGE_RESULTS)
        self.results.setRowCount(len(self.matches))
        for r, m in enumerate(self.matches):
            cells = (f"#{m.receipt_no}", fmt().date_time(m.completed_at),
                     fmt().money(Money(m.total, m.currency)), m.cashier)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (0, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.results.setItem(r, c, item)
        self.results.resizeColumnToContents(0)
        self.results.resizeColumnToContents(2)
        if len(self.matches) == 1:
            self._say(translate("Returns", "1 sale found: Enter opens it"))
        if len(self.matches) > 1:
            self._say(translate("Returns", "{n} sales found: choose one (Up, Down, Enter)")
                      .format(n=fmt().number(len(self.matches))))
        if self.matches:
            self.results.selectRow(0)
            self.results.setFocus()
        else:
            self._say(translate("Returns", "No sale found; check the day, the times or the "
                                "total"), "error")
        self._update_choice_bar()
        self._update_refund()

    def open_result(self, row: int | None = None) -> None:
        row = self.results.currentRow() if row is None else row
        if 0 <= row < len(self.matches):
            self.look_up(str(self.matches[row].receipt_no))

    def show_receipt(self, receipt: ReceiptLookup) -> None:
        self.receipt = receipt
        self.no_receipt = False
        paid = ", ".join(receipt.tenders) or translate("Returns", "no tenders")
        till = (translate("Returns", " (till {till})").format(till=receipt.terminal_id)
                if receipt.ref and "-" in receipt.ref else "")
        when = fmt().date_time(receipt.completed) if receipt.completed else ""
        parts = [translate("Returns", "Receipt #{no}{till}").format(no=receipt.receipt_no,
                                                                     till=till),
                 when, translate("Returns", "total {amount}").format(amount=receipt.total)]
        if receipt.cashier:
            parts.append(receipt.cashier)
        parts.append(translate("Returns", "paid with {tenders}").format(tenders=paid))
        self._say(" · ".join(p for p in parts if p))
        self.pages.setCurrentIndex(PAGE_LINES)
        self.choices = {ln.line_no: LineChoice(ln) for ln in receipt.lines}
        self.table.setRowCount(len(receipt.lines))
        for r, ln in enumerate(receipt.lines):
            self._fill_row(r, ln)
        first = next((r for r, ln in enumerate(receipt.lines) if ln.returnable), 0)
        self._typed, self._typed_row = "", -1
        if receipt.lines:
            self.table.setCurrentCell(first, ITEM)
        self.table.setFocus()
        if not any(ln.returnable for ln in receipt.lines):
            self._say(translate("Returns", "Everything on receipt #{no} was already returned")
                      .format(no=receipt.receipt_no), "error")
        self._update_choice_bar()
        self._update_refund()

    def _fill_row(self, r: int, ln: ReturnableView) -> None:
        cells = {ITEM: f"{ln.title} ({ln.sku})", SOLD: fmt().number(ln.sold),
                 RETURNED: fmt().number(ln.returned), PAID: ln.unit_paid}
        for c, text in cells.items():
            item = QTableWidgetItem(text)
            if c != ITEM:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if c == ITEM:
                item.setToolTip(text)
            self.table.setItem(r, c, item)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(2, 2, 2, 2)
        minus = _touch(QPushButton("−"),
                       translate("Returns", "One fewer {title}").format(title=ln.title))
        plus = _touch(QPushButton("+"),
                      translate("Returns", "One more {title}").format(title=ln.title))
        qty = QLabel("0")
        qty.setAccessibleName(translate("Returns", "Quantity to return of {title}")
                              .format(title=ln.title))
        qty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        qty.setMinimumWidth(36)
        minus.clicked.connect(lambda _c=False, no=ln.line_no: self._tap(no, -1))
        plus.clicked.connect(lambda _c=False, no=ln.line_no: self._tap(no, +1))
        for w in (minus, qty, plus):
            row.addWidget(w)
            w.setEnabled(ln.returnable > 0)
        self.table.setCellWidget(r, QTY, box)
        restock = _touch(QPushButton(""),
                         translate("Returns", "Restock {title}").format(title=ln.title),
                         width=72)
        restock.setCheckable(True)
        restock.clicked.connect(lambda _c=False, no=ln.line_no: self._tap_restock(no))
        restock.setEnabled(ln.returnable > 0)
        self.table.setCellWidget(r, RESTOCK, restock)
        self.table.setItem(r, REASON, QTableWidgetItem(""))
        self._show_choice(r)

    # ---- choosing -----------------------------------------------------------------------

    def _row_of(self, line_no: int) -> int:
        if self.receipt is None:
            return -1
        return next((r for r, ln in enumerate(self.receipt.lines) if ln.line_no == line_no), -1)

    def _current(self) -> LineChoice | None:
        if self.receipt is None or self.pages.currentIndex() != PAGE_LINES:
            return None
        row = self.table.currentRow()
        if not 0 <= row < len(self.receipt.lines):
            return None
        return self.choices[self.receipt.lines[row].line_no]

    def _row_changed(self, row: int, *_: int) -> None:
        self._typed, self._typed_row = "", row
        self._update_choice_bar()

    def set_quantity(self, line_no: int, quantity: int) -> bool:
        """Return `quantity` units of a receipt line (0: none); refused above what can
        still be returned."""
        choice = self.choices.get(line_no)
        if choice is None:
            return False
        ln = choice.line
        if quantity < 0:
            return False
        if quantity > ln.returnable:
            self._say(translate("Returns", "Only {n} of {title} can still be returned "
                                "({done} of {sold} already returned)")
                      .format(n=fmt().number(ln.returnable), title=ln.title,
                              done=fmt().number(ln.returned), sold=fmt().number(ln.sold)),
                      "error")
            return False
        choice.quantity = quantity
        self._show_choice(self._row_of(line_no))
        self._update_refund()
        return True

    def type_digit(self, digit: int) -> None:
        choice = self._current()
        if choice is None:
            return
        row = self.table.currentRow()
        typed = (self._typed if self._typed_row == row else "") + str(digit)
        if self.set_quantity(choice.line.line_no, int(typed)):
            self._typed, self._typed_row = typed.lstrip("0"), row

    def erase_digit(self) -> None:
        choice = self._current()
        if choice is None:
            return
        row = self.table.currentRow()
        typed = self._typed[:-1] if self._typed_row == row else ""
        if self.set_quantity(choice.line.line_no, int(typed or 0)):
            self._typed, self._typed_row = typed, row

    def step(self, delta: int) -> None:
        choice = self._current()
        if choice is not None:
            self._typed = ""
            self.set_quantity(choice.line.line_no, max(0, choice.quantity + delta))

    def _tap(self, line_no: int, delta: int) -> None:
        row = self._row_of(line_no)
        if row >= 0:
            self.table.setCurrentCell(row, ITEM)
        self.step(delta)
        self.table.setFocus()

    def choose_reason(self, reason: str) -> None:
        """The reason for the selected line (or the item without a receipt); its restock
        default follows the reason (e.g. damaged goods do not go back on the shelf)."""
        restock = self._restock_default(reason)
        if self.no_receipt:
            self._nr_reason, self._nr_restock = reason, restock
            self._update_choice_bar()
            self._update_refund()
            return
        choice = self._current()
        if choice is None:
            return
        if not choice.line.returnable:
            self._say(translate("Returns", "{title} was already returned")
                      .format(title=choice.line.title), "error")
            return
        choice.reason, choice.restock = reason, restock
        if choice.quantity == 0:
            choice.quantity = 1
        self._show_choice(self.table.currentRow())
        self._update_choice_bar()
        self._update_refund()

    def _restock_default(self, reason: str) -> bool:
        fn = getattr(self._counter, "restock_by_default", None)
        return bool(fn(reason)) if fn is not None else True

    def toggle_restock(self) -> None:
        if self.no_receipt:
            self._nr_restock = not self._nr_restock
        else:
            choice = self._current()
            if choice is None or not choice.line.returnable:
                self._update_choice_bar()
                return
            choice.restock = not choice.restock
            self._show_choice(self.table.currentRow())
        self._update_choice_bar()
        self._update_refund()

    def _tap_restock(self, line_no: int) -> None:
        row = self._row_of(line_no)
        if row >= 0:
            self.table.setCurrentCell(row, ITEM)
        self.toggle_restock()
        self.table.setFocus()

    def _show_choice(self, row: int) -> None:
        if self.receipt is None or not 0 <= row < len(self.receipt.lines):
            return
        choice = self.choices[self.receipt.lines[row].line_no]
        box = self.table.cellWidget(row, QTY)
        if box is not None:
            label = box.findChild(QLabel)
            if label is not None:
                label.setText(fmt().number(choice.quantity))
        reason = self.table.item(row, REASON)
        if reason is not None:
            reason.setText(reason_label(choice.reason))
        restock = self.table.cellWidget(row, RESTOCK)
        if isinstance(restock, QPushButton):
            restock.setChecked(choice.restock)
            restock.setText(translate("Returns", "Yes") if choice.restock
                            else translate("Returns", "No"))

    def _update_choice_bar(self) -> None:
        if self.no_receipt:
            reason, restock, active = self._nr_reason, self._nr_restock, True
        else:
            choice = self._current()
            active = choice is not None and choice.line.returnable > 0
            reason = choice.reason if choice is not None else ""
            restock = choice.restock if choice is not None else True
        for b, r in zip(self.reason_buttons, self.reasons, strict=True):
            b.setChecked(active and r == reason)
            b.setEnabled(active)
        self.restock_button.setEnabled(active)
        self.restock_button.setChecked(active and restock)
        self.restock_button.setText(
            translate("Returns", "F9  Restock: yes") if restock
            else translate("Returns", "F9  Restock: no"))

    def _refund_total(self) -> int | None:
        total = 0
        for c in self.choices.values():
            if c.quantity:
                if c.line.refund_of is None:
                    return None
                total += c.line.refund_of(c.quantity)
        return total

    def _update_refund(self) -> None:
        if self.no_receipt:
            self.ok.setText(translate("Returns", "Refund  F12"))
            self.ok.setEnabled(True)
            return
        chosen = [c for c in self.choices.values() if c.quantity]
        total = self._refund_total()
        currency = self.receipt.currency if self.receipt and self.receipt.currency else None
        if not chosen:
            self.ok.setText(translate("Returns", "Refund  F12"))
        elif total is None or currency is None:
            self.ok.setText(translate("Returns", "Refund {n} items  F12")
                            .format(n=fmt().number(sum(c.quantity for c in chosen))))
        else:
            self.ok.setText(translate("Returns", "Refund {amount}  F12")
                            .format(amount=fmt().money(Money(total, currency))))
        self.ok.setEnabled(bool(chosen))

    # ---- without a receipt --------------------------------------------------------------

    def show_no_receipt(self) -> None:
        self.no_receipt = True
        self.pages.setCurrentIndex(PAGE_NO_RECEIPT)
        self._say(translate("Returns", "Scan the item, type how many come back, choose why "
                            "(F1…), then F12"))
        self.nr_code.setFocus()
        self._update_choice_bar()
        self._update_refund()

    def _to_quantity(self) -> None:
        """Enter on the item: the quantity next, selected so typing replaces it."""
        self.nr_qty.setFocus()
        self.nr_qty.selectAll()

    def _nr_step(self, delta: int) -> None:
        try:
            q = int(self.nr_qty.text() or 0)
        except ValueError:
            q = 0
        self.nr_qty.setText(str(max(1, min(9999, q + delta))))

    def _add_without_receipt(self) -> None:
        code = self.nr_code.text().strip()
        if not code:
            self._say(translate("Returns", "Scan or type the item that comes back"), "error")
            self.nr_code.setFocus()
            return
        text = self.nr_qty.text().strip()
        qty = int(text) if text.isdigit() else 0
        if qty <= 0:
            self._say(translate("Returns", "Type how many come back (1 or more)"), "error")
            self.nr_qty.setFocus()
            return
        if self.reasons and not self._nr_reason:
            self._say(translate("Returns", "Choose why it comes back (F1…)"), "error")
            return
        reason, restock = self._nr_reason, self._nr_restock

        def run(pin: Any) -> Any:
            return self._counter.return_without_receipt(code, qty, pin, reason=reason,
                                                        restock=restock)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ApprovalNeeded):
                from .dialogs import ApprovalDialog

                what = translate("Returns", "return without a receipt: {qty} × {code}") \
                    .format(qty=qty, code=code)
                dlg = ApprovalDialog(what, self, getattr(self._counter, "approvers", ()))
                if dlg.exec() == QDialog.DialogCode.Accepted:
                    pin = dlg.value()
                    self._call(lambda: run(pin), self._done, self._error)
                return
            self._error(exc)

        self._say(translate("Returns", "Adding the return…"))
        self._call(lambda: run(None), self._done, failed)

    # ---- finishing ----------------------------------------------------------------------

    def _done(self, view: Any) -> None:
        self.result_view = view
        self.accept()

    def add(self) -> None:
        """Put the chosen returns into the sale; the checkout then gives the refund."""
        if self.no_receipt:
            self._add_without_receipt()
            return
        if self.receipt is None:
            return
        chosen = {no: c for no, c in self.choices.items() if c.quantity}
        if not chosen:
            self._say(translate("Returns", "Type how many of which item come back"), "error")
            return
        missing = next((c for c in chosen.values() if self.reasons and not c.reason), None)
        if missing is not None:
            row = self._row_of(missing.line.line_no)
            self.table.setCurrentCell(row, ITEM)
            self._say(translate("Returns", "Choose why {title} comes back (F1…)")
                      .format(title=missing.line.title), "error")
            return
        quantities = {no: ReturnChoice(c.quantity, c.reason, c.restock)
                      for no, c in chosen.items()}
        no: int | str = self.receipt.ref or self.receipt.receipt_no
        self._say(translate("Returns", "Adding the return…"))
        self._call(lambda: self._counter.return_lines(no, quantities), self._done, self._error)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if Qt.Key(event.key()) == Qt.Key.Key_Escape and self.no_receipt:
            # Back from the no-receipt page to finding the sale.
            self.no_receipt = False
            self.pages.setCurrentIndex(PAGE_LINES if self.receipt else PAGE_RESULTS)
            self._say("")
            self.number.setFocus()
            self._update_choice_bar()
            self._update_refund()
            return
        if Qt.Key(event.key()) in ENTER_KEYS:
            return  # never a default button: Enter belongs to the field that has focus
        super().keyPressEvent(event)
