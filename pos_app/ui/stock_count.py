"""The stock-count screen (F11 at the counter): scan an item, type what is on the shelf,
Enter. A count is confirmed only once it is durable on this terminal; the inventory
reconciler sends it to Shopify (a compare-and-set when taken online, a variance when
taken offline). Several items can be counted in one sitting; the list shows them."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.errors import ApprovalNeeded, PermissionDenied
from pos_app.services.counter import CountResult, StockItemView, StockSyncView
from pos_app.services.staff import Approval

from .bidi import TextDirectionDelegate
from .i18n import error_text as i18n_error_text
from .i18n import fmt, keep_left_to_right, translate
from .pin_pad import ROW_HEIGHT, PinField, PinPad, StaffPicker
from .theme import set_role

Call = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None]],
                None]
SESSION_COLUMNS = ("Time", "Item", "Counted", "Sellable", "Status")
SCAN_LENGTH = 8  # EAN-8 and longer: no shelf holds ten million units
_WHOLE = re.compile(r"^[+-]?\d{1,9}$")
NOT_SET_UP = ("Shopify is not set up on this terminal. Counts are recorded against "
              "Shopify's stock, so they cannot be taken here; ask a manager to set up "
              "[shopify] in the terminal's config.")


def session_columns() -> tuple[str, ...]:
    return (translate("StockCount", "Time"), translate("StockCount", "Item"),
            translate("StockCount", "Counted"), translate("StockCount", "Sellable"),
            translate("StockCount", "Status"))


def not_set_up() -> str:
    return translate("StockCount", "Shopify is not set up on this terminal. Counts are "
                     "recorded against Shopify's stock, so they cannot be taken here; ask a "
                     "manager to set up [shopify] in the terminal's config.")


def error_text(exc: BaseException) -> str:
    return i18n_error_text(exc, translate(
        "StockCount", "Something went wrong; nothing was lost. The error was logged."))


def needs_approval(exc: BaseException) -> bool:
    return isinstance(exc, ApprovalNeeded)


def sellable_text(sellable: int | None, configured: bool = True) -> str:
    if sellable is not None:
        return fmt().number(sellable)
    return translate("StockCount", "unknown — not yet synced") if configured \
        else translate("StockCount", "unknown — Shopify not set up")


def shown_time(iso_text: str) -> str:
    """The store's local time of a stored UTC stamp: 14:05 today, else the date too."""
    try:
        at = fmt().local(datetime.fromisoformat(iso_text))
    except ValueError:
        return iso_text
    today = fmt().local(datetime.now().astimezone()).date()
    return fmt().time(at) if at.date() == today else fmt().date_time(at)


class ApprovalRow(QWidget):
    """An inline approval ("Manager approval: count stock"), not a separate login: the
    approver is chosen (click, Up/Down or first letters), then types their PIN on the
    keys or the pad (one row of keys). Emits `entered(Approval)`."""

    entered = Signal(object)

    def __init__(self, what: str, parent: QWidget | None = None,
                 approvers: Sequence[tuple[str, str, str]] = ()) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("StockCount", "Manager approval: {what}").format(
            what=what))
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.label = QLabel(translate("StockCount", "Manager approval: {what}. Choose who "
                                      "approves; they type their PIN, then Enter.")
                            .format(what=what))
        self.label.setWordWrap(True)
        set_role(self.label, "banner")
        top.addWidget(self.label, 1)
        self.approvers = StaffPicker()
        self.approvers.setAccessibleName(translate("StockCount", "Approver"))
        self.approvers.set_staff(approvers)
        self.approvers.setFixedSize(300, ROW_HEIGHT * 2 + 8)
        top.addWidget(self.approvers)
        box.addLayout(top)
        row = QHBoxLayout()
        self.pin = PinField(self.approvers)
        self.pin.setPlaceholderText(translate("StockCount", "Approver's PIN"))
        self.pin.setAccessibleName(translate("StockCount", "Approver's PIN"))
        self.pin.setFixedWidth(200)
        self.pin.returnPressed.connect(self._enter)
        self.approvers.itemClicked.connect(lambda _i: self.pin.setFocus())
        row.addWidget(self.pin)
        self.pad = PinPad(self.pin, self._enter, columns=12)
        self.pad.setContentsMargins(0, 0, 0, 0)
        pad_box = QWidget()
        pad_box.setLayout(self.pad)
        keep_left_to_right(pad_box)  # 1-2-3 from the left in Arabic too
        row.addWidget(pad_box)
        row.addStretch(1)
        box.addLayout(row)
        self.hide()

    def ask(self) -> None:
        self.pin.reset()
        self.show()
        self.pin.setFocus()

    def _enter(self) -> None:
        if self.pin.looks_like_scan():
            self.pin.reset()
            return
        pin = self.pin.text().strip()
        who = self.approvers.chosen()
        if pin and who:
            self.entered.emit(Approval(who, pin))


def _button(text: str) -> QPushButton:
    b = QPushButton(text)
    b.setAccessibleName(text.split("  ", maxsplit=1)[0])
    # Enter belongs to the fields (scan -> count -> record), never to a default button.
    b.setAutoDefault(False)
    b.setDefault(False)
    return b


class StockDialog(QDialog):
    """What both stock screens share: every call goes through the worker, an answer that
    arrives after the screen closed is dropped, and a manager's approval lasts only for
    this sitting."""

    def __init__(self, call: Call, counter: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._call = call
        self._counter = counter
        self._approver_pin: Approval | None = None
        self._closed = False

    def _run(self, fn: Callable[[], Any], on_ok: Callable[[Any], None],
             on_error: Callable[[BaseException], None]) -> None:
        def guard(cb: Callable[[Any], None]) -> Callable[[Any], None]:
            return lambda value: None if self._closed else cb(value)
        self._call(fn, guard(on_ok), guard(on_error))

    def done(self, code: int) -> None:
        self._closed = True
        self._approver_pin = None
        super().done(code)


class StockCountDialog(StockDialog):
    """Scan → count → Enter records; Esc closes. Every call goes through the worker."""

    counted = Signal(object)  # CountResult, once durable
    attention_requested = Signal()

    def __init__(self, call: Call, counter: Any, parent: QWidget | None = None) -> None:
        super().__init__(call, counter, parent)
        self.setWindowTitle(translate("StockCount", "Stock count"))
        self.item: StockItemView | None = None
        self.sync: StockSyncView | None = None
        self.results: list[CountResult] = []
        self._submitting = False

        lay = QVBoxLayout(self)
        lay.setSpacing(10)
        head = QHBoxLayout()
        title = QLabel(translate("StockCount", "Stock count"))
        set_role(title, "title")
        head.addWidget(title)
        head.addStretch(1)
        self.approved_note = QLabel("")
        set_role(self.approved_note, "muted")
        head.addWidget(self.approved_note)
        lay.addLayout(head)
        self.banner = QLabel(translate("StockCount", "Checking the connection to Shopify…"))
        self.banner.setWordWrap(True)
        set_role(self.banner, "muted")
        lay.addWidget(self.banner)

        form = QGridLayout()
        form.setHorizontalSpacing(12)
        form.addWidget(QLabel(translate("StockCount", "Item")), 0, 0)
        self.code = QLineEdit()
        self.code.setPlaceholderText(
            translate("StockCount", "Scan or type barcode or SKU, then Enter"))
        self.code.setAccessibleName(translate("StockCount", "Item barcode or SKU"))
        self.code.setMinimumHeight(48)
        self.code.returnPressed.connect(self.look_up)
        self.code.textEdited.connect(self._code_edited)
        form.addWidget(self.code, 0, 1, 1, 2)
        self.item_title = QLabel("")
        self.item_title.setWordWrap(True)
        self.item_title.setStyleSheet("font-weight: 700;")
        self.item_title.hide()
        form.addWidget(self.item_title, 1, 1, 1, 2)
        self.item_detail = QLabel(
            translate("StockCount", "No item yet: scan the shelf label or the product."))
        self.item_detail.setWordWrap(True)
        set_role(self.item_detail, "muted")
        form.addWidget(self.item_detail, 2, 1, 1, 2)
        form.addWidget(QLabel(translate("StockCount", "On the shelf")), 3, 0)
        self.count = QLineEdit()
        self.count.setPlaceholderText(translate("StockCount", "Units counted, then Enter"))
        self.count.setAccessibleName(translate("StockCount", "Units on the shelf"))
        self.count.setMinimumHeight(48)
        self.count.setMaxLength(32)  # room for a stray scan, recognised as one
        self.count.setEnabled(False)
        self.count.returnPressed.connect(self.submit)
        form.addWidget(self.count, 3, 1)
        self.record = _button(translate("StockCount", "Record count  Enter"))
        set_role(self.record, "primary")
        self.record.setMinimumHeight(48)
        self.record.setEnabled(False)
        self.record.clicked.connect(self.submit)
        form.addWidget(self.record, 3, 2)
        form.setColumnStretch(1, 1)
        lay.addLayout(form)

        self.message = QLabel("")
        self.message.setWordWrap(True)
        lay.addWidget(self.message)
        self.approval = ApprovalRow(translate("StockCount", "count stock"), self,
                                    getattr(counter, "approvers", ()))
        self.approval.entered.connect(self._approved)
        lay.addWidget(self.approval)

        self.table = QTableWidget(0, len(SESSION_COLUMNS))
        self.table.setHorizontalHeaderLabels(session_columns())
        self.table.setAccessibleName(translate("StockCount", "Items counted in this sitting"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # A cell's lines are never re-wrapped: each (the item's name, its SKU) elides on
        # its own, so a long German name no longer pushed the SKU out of the row.
        self.table.setWordWrap(False)
        self.table.setItemDelegate(TextDirectionDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the status whole
        for col in (2, 3):
            h = self.table.horizontalHeaderItem(col)
            if h is not None:
                h.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        lay.addWidget(self.table, 1)
        self.empty = QLabel(translate("StockCount", "Items counted in this sitting appear here."))
        set_role(self.empty, "muted")
        lay.addWidget(self.empty)

        foot = QHBoxLayout()
        self.pending = QLabel("")
        set_role(self.pending, "muted")
        foot.addWidget(self.pending, 1)
        self.attention_button = _button(translate("StockCount", "Needs attention  Shift+F11"))
        self.attention_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.attention_button.clicked.connect(self.attention_requested)
        foot.addWidget(self.attention_button)
        close = _button(translate("StockCount", "Close  Esc"))
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        close.clicked.connect(self.reject)
        foot.addWidget(close)
        lay.addLayout(foot)
        QShortcut(QKeySequence("Shift+F11"), self, self.attention_requested.emit)
        self.resize(1040, 640)
        self.code.setFocus()
        self.refresh_sync()

    # ---- state from the counter -----------------------------------------------------------

    def refresh_sync(self) -> None:
        self._run(self._counter.stock_sync, self.show_sync, self._show_error)

    def show_sync(self, sync: StockSyncView) -> None:
        self.sync = sync
        if not sync.configured:
            self.banner.setText(not_set_up())
            set_role(self.banner, "banner")
            self.pending.setText("")
            self.attention_button.setEnabled(False)
            self._enable_count(False)
            return
        if sync.online:
            self.banner.setText(translate("StockCount", "Shopify is reachable: counts go to "
                                          "Shopify at the next sync, against what it had "
                                          "when you counted."))
            set_role(self.banner, "muted")
        else:
            self.banner.setText(translate("StockCount", "Shopify is not reachable right now. "
                                          "Counting still works: counts are kept here and "
                                          "will be sent when Shopify is reachable, as the "
                                          "difference to what this terminal expected."))
            set_role(self.banner, "banner")
        waiting = (translate("StockCount", "{n} stock change(s) waiting for Shopify")
                   .format(n=sync.pending) if sync.pending
                   else translate("StockCount", "Nothing waiting for Shopify"))
        self.pending.setText(waiting)
        self.attention_button.setText(
            translate("StockCount", "Needs attention ({n})  Shift+F11").format(n=sync.attention)
            if sync.attention else translate("StockCount", "Needs attention  Shift+F11"))

    # ---- scan -> count -> record --------------------------------------------------------

    def _code_edited(self, _text: str) -> None:
        # A new code means a new item: the count typed for the old one must not carry over.
        if self.item is not None:
            self.item = None
            self.count.clear()
            self._enable_count(False)

    def _enable_count(self, on: bool) -> None:
        ok = on and (self.sync is None or self.sync.configured)
        self.count.setEnabled(ok)
        self.record.setEnabled(ok)

    def look_up(self) -> None:
        raw = self.code.text().strip()
        if not raw:
            self._say(translate("StockCount", "Scan or type an item first"), "error")
            return
        self._run(lambda: self._counter.stock_item(raw), self.show_item, self._lookup_failed)

    def _lookup_failed(self, exc: BaseException) -> None:
        self.item = None
        self._set_title("")
        self.item_detail.setText("")
        self._enable_count(False)
        self._show_error(exc)
        self.code.selectAll()  # what was scanned stays visible; the next scan replaces it
        self.code.setFocus()

    def show_item(self, item: StockItemView) -> None:
        self.item = item
        self._set_title(item.title)
        codes = translate("StockCount", "SKU {sku}").format(sku=item.sku) + (
            translate("StockCount", " · barcode {barcode}").format(barcode=item.barcode)
            if item.barcode else "")
        configured = self.sync is None or self.sync.configured
        self.item_detail.setText(codes + translate(
            "StockCount", " · sellable here (estimate): {n}").format(
                n=sellable_text(item.sellable, configured)))
        if self.message.property("role") == "error":
            self._say("", "muted")  # the problem is solved; a confirmation may stay
        if not item.tracked:
            self._say(translate("StockCount", "{title} is not stock-tracked in Shopify; "
                                "there is nothing to count.").format(title=item.title), "error")
            self._enable_count(False)
            self.code.selectAll()
            self.code.setFocus()
            return
        self._enable_count(True)
        if self.count.isEnabled():
            self.count.setFocus()
            self.count.selectAll()
        else:
            self.code.selectAll()
            self.code.setFocus()

    def submit(self) -> None:
        if self._submitting:
            return  # a second Enter before the first count is durable records nothing
        item = self.item
        if item is None:
            self._say(translate("StockCount", "Scan or type an item first"), "error")
            self.code.setFocus()
            return
        text = self.count.text().strip()
        if len(text) >= SCAN_LENGTH and text.isdigit():
            # The next item was scanned before this one got its count: a scanner burst is
            # a new item, never a quantity. Nothing was recorded for the current one.
            self._say(translate("StockCount", "No count recorded for {title}; looking up the "
                                "scanned code.").format(title=item.title), "warn")
            self.item = None
            self.count.clear()
            self._enable_count(False)
            self.code.setText(text)
            self.code.setFocus()
            self.look_up()
            return
        if not _WHOLE.match(text):
            self._say(translate("StockCount", "Type the number of units on the shelf as a "
                                "whole number, e.g. 12 (not {text})").format(text=repr(text))
                      if text else translate("StockCount", "Type how many are on the shelf "
                                             "(0 if it is empty)"), "error")
            self.count.setFocus()
            self.count.selectAll()
            return
        counted = int(text)
        pin = self._approver_pin
        self._submitting = True
        self.record.setEnabled(False)
        self._run(lambda: self._counter.count_stock(item.variant_id, counted, pin),
                   self._recorded, self._count_failed)

    def _recorded(self, result: CountResult) -> None:
        self._submitting = False
        self.results.append(result)
        self._add_row(result)
        if result.online:
            self._say(translate("StockCount", "Recorded: {n} × {title}. It goes to Shopify "
                                "at the next sync.").format(n=result.counted,
                                                            title=result.title), "ok")
        else:
            self._say(translate("StockCount", "Recorded: {n} × {title}. Shopify is not "
                                "reachable: it will be sent when Shopify is reachable.")
                      .format(n=result.counted, title=result.title), "warn")
        self.item = None
        self.code.clear()
        self.count.clear()
        self._enable_count(False)
        self._set_title("")
        self.item_detail.setText(
            translate("StockCount", "Next item: scan or type its barcode or SKU."))
        self.code.setFocus()
        self.counted.emit(result)
        self.refresh_sync()

    def _count_failed(self, exc: BaseException) -> None:
        self._submitting = False
        self.record.setEnabled(self.item is not None and self.count.isEnabled())
        if needs_approval(exc):
            self._approver_pin = None
            self._say(translate("StockCount", "{reason}. Nothing was recorded yet.").format(
                reason=error_text(exc).rstrip(".")), "error")
            self.approval.ask()
            return
        self._show_error(exc)
        if isinstance(exc, PermissionDenied) and self._approver_pin is not None:
            # A wrong or junior PIN: ask again, the count stays typed in.
            self._approver_pin = None
            self.approved_note.setText("")
            self.approval.ask()
            return
        self.count.setFocus()
        self.count.selectAll()

    def _approved(self, pin: Approval) -> None:
        self._approver_pin = pin
        self.approval.hide()
        self.approved_note.setText(translate("StockCount", "Counting with manager approval"))
        self.count.setFocus()
        self.submit()

    # ---- rendering -------------------------------------------------------------------

    def _add_row(self, r: CountResult) -> None:
        self.table.insertRow(0)
        before, after = sellable_text(r.before), sellable_text(r.after)
        moved = f"{before} → {after}" if r.before is not None else after
        status = (translate("StockCount", "Recorded · sent at next sync") if r.online
                  else translate("StockCount", "Pending · sent when Shopify is reachable"))
        cells = (shown_time(r.recorded_at) if r.recorded_at else "", f"{r.title}\n{r.sku}",
                 fmt().number(r.counted),
                 moved, "\n".join(status.split(" · ")))  # two short lines, each whole
        for col, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            if col in (2, 3):
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(0, col, cell)
        self.table.setRowHeight(0, 52)
        self.empty.setVisible(False)

    def _set_title(self, text: str) -> None:
        self.item_title.setText(text)
        self.item_title.setVisible(bool(text))

    def _say(self, text: str, role: str) -> None:
        self.message.setText(text)
        set_role(self.message, role)

    def _show_error(self, exc: BaseException) -> None:
        self._say(error_text(exc), "error")

