"""The sale screen: the cart on the left; scan box, quick keys or results, totals and Pay
on the right. The scan box owns the keyboard whenever no dialog is open."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QResizeEvent,
    QShortcut,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.barcode import GTIN_LENGTHS, is_valid_gtin
from pos_app.domain.errors import (
    ApprovalNeeded,
    BarcodeError,
    InputError,
    NotFound,
    PosError,
)
from pos_app.domain.money import Money
from pos_app.services.counter import CompletedView, ProductHit, SaleView, ShiftView
from pos_app.services.staff import Approval

from .cart import CartTable
from .dialogs import ApprovalDialog, DiscountDialog, HeldDialog
from .fit_label import FitLabel
from .i18n import error_text, fmt, translate
from .returns import ReturnDialog, is_receipt_code
from .shift import OpenShiftDialog, ShiftDialog
from .stock_attention import StockAttentionDialog
from .stock_count import StockCountDialog
from .theme import BODY_PT, MUTED, WARNING_FG, clear_layout, set_role
from .worker import DbWorker

_QTY_PREFIX = re.compile(r"^(\d{1,4})\*(.*)$")
SEARCH_DELAY_MS = 150
# The commission line is worked out once scanning pauses, never between a scan and its row.
EARN_DELAY_MS = 250


class ScanBox(QLineEdit):
    """The scan field. Arrow keys move the cart selection (or the search results) so the
    cashier never has to leave it."""

    moved = Signal(int)
    typed = Signal()
    escaped = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.typed.emit()
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        if event.key() == Qt.Key.Key_Up:
            self.moved.emit(-1)
            return
        if event.key() == Qt.Key.Key_Down:
            self.moved.emit(1)
            return
        super().keyPressEvent(event)


class SaleScreen(QWidget):
    """Renders `SaleView`s and turns keys into counter intents, all via the worker."""

    completed = Signal(object)  # CompletedView
    checkout_requested = Signal(object)  # SaleView: F12, the checkout page takes over
    sign_out = Signal()
    activity = Signal()  # the cashier did something: restarts the idle auto-lock

    def __init__(self, counter: Any, worker: DbWorker, currency: str = "USD",
                 print_text: Callable[[str], None] | None = None) -> None:
        super().__init__()
        self.currency = currency
        self.print_text = print_text
        self.counter = counter
        self.worker = worker
        self.view: SaleView | None = None
        self.pending_qty = 1
        self.stock_dialog: StockCountDialog | None = None
        self.attention_dialog: StockAttentionDialog | None = None
        self.return_dialog: ReturnDialog | None = None
        self._search_seq = 0
        self._results_active = False

        # Sized by the window, never by its content: the cart and the quick keys scroll,
        # long texts elide (full text in the tooltip), the message has a fixed slot, and
        # the totals, Pay, the scan box and the function keys stay pinned.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 6)
        outer.setSpacing(8)
        root = QHBoxLayout()
        root.setSpacing(12)
        outer.addLayout(root, 1)

        # ---- left: the cart (about 60 % of the width) ----
        left = QVBoxLayout()
        # A model that announces only the rows a command changed (ui/cart.py).
        self.cart = CartTable()
        self.cart.setAccessibleName(translate("Sale", "Cart"))
        left.addWidget(self.cart, 1)
        self.empty = ElidedLabel()
        self.empty.set_full_text(translate(
            "Sale", "Scan an item or type to search. 3* then scan sells three."))
        set_role(self.empty, "muted")
        left.addWidget(self.empty)
        self.buttons: dict[str, QPushButton] = {}
        for key, label, slot in (
            ("F2", translate("Sale", "Qty"), self.change_quantity),
            ("F3", translate("Sale", "Discount"), self.discount),
            ("F4", translate("Sale", "Remove"), self.remove_line),
            ("F5", translate("Sale", "Hold"), self.hold),
            ("F6", translate("Sale", "Held"), self.show_held),
            ("F7", translate("Sale", "Void"), self.void),
            ("F8", translate("Sale", "Return"), self.start_return),
            ("F10", translate("Sale", "Shift"), self.show_shift),
            ("F11", translate("Sale", "Stock"), self.open_stock_count),
            ("F9", translate("Sale", "Sign out"), self.sign_out.emit),
        ):
            b = QPushButton(f"{label}\n{key}")
            b.setAccessibleName(f"{label} ({key})")
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            if key == "F7":  # red only for voids
                b.setProperty("tone", "danger")
            set_role(b, "action")
            b.clicked.connect(slot)
            QShortcut(QKeySequence(key), self, slot)
            self.buttons[key] = b
        self.buttons["F11"].setToolTip(translate(
            "Sale", "Stock count (F11); stock needing attention (Shift+F11)"))
        QShortcut(QKeySequence("Shift+F11"), self, self.open_stock_attention)
        root.addLayout(left, 6)

        # ---- right: scan, quick keys / results, totals, Pay ----
        right = QVBoxLayout()
        right.setSpacing(6)
        self.scan = ScanBox()
        self.scan.setPlaceholderText(translate("Sale", "Scan or type barcode, SKU or name"))
        self.scan.setAccessibleName(translate("Sale", "Scan or search"))
        self.scan.setMinimumHeight(52)
        self.scan.returnPressed.connect(self.on_enter)
        self.scan.textEdited.connect(self.on_text)
        self.scan.moved.connect(self.move_selection)
        self.scan.typed.connect(self.activity)
        self.scan.escaped.connect(self.leave_results)
        right.addWidget(self.scan)
        # Errors and warnings: a fixed two-line slot, cut with … (full text as tooltip),
        # so a long message never pushes Pay off the screen.
        self.message = MessageLabel()
        right.addWidget(self.message)
        hint_row = QHBoxLayout()
        self.qty_hint = QLabel("")
        set_role(self.qty_hint, "muted")
        hint_row.addWidget(self.qty_hint)
        # What this sale earns the cashier and their period so far (REAL_TIME_COMMISSION):
        # one line beside the quantity hint, cut to fit (the whole line is the tooltip),
        # so it never takes room from the quick keys.
        self.earn = ElidedLabel()
        set_role(self.earn, "muted")
        self.earn.setVisible(False)
        hint_row.addWidget(self.earn, 1)
        right.addLayout(hint_row)

        self.lists = QStackedWidget()
        self.lists.setMinimumHeight(0)
        quick_box = QWidget()
        self.quick_grid = QGridLayout(quick_box)
        self.quick_grid.setContentsMargins(0, 0, 0, 0)
        # Quick keys scroll when the screen is short (1024x768, 150 %): never taller
        # than the room left above the totals, and only whole rows are shown.
        quick_scroll = QuickKeyArea(self.quick_grid)
        quick_scroll.setWidget(quick_box)
        self.quick_scroll = quick_scroll
        self.lists.addWidget(quick_scroll)
        self.results = ResultList()
        self.results.setAccessibleName(translate("Sale", "Search results"))
        self.results.itemClicked.connect(self._pick_item)
        self.lists.addWidget(self.results)
        right.addWidget(self.lists, 1)
        self._earn_timer = QTimer(self)
        self._earn_timer.setSingleShot(True)
        self._earn_timer.setInterval(EARN_DELAY_MS)
        self._earn_timer.timeout.connect(self._ask_earn)

        totals = QGridLayout()
        totals.setVerticalSpacing(2)
        totals.setColumnStretch(0, 1)  # the amounts keep to the end (right; left in RTL)
        self.total_rows: list[tuple[QLabel, QLabel]] = []
        self.totals_grid = totals
        right.addLayout(totals)
        due = QHBoxLayout()
        due_col = QVBoxLayout()
        due_col.setSpacing(0)
        due_label = QLabel(translate("Sale", "Total"))
        set_role(due_label, "title")
        due_col.addWidget(due_label)
        # "7 items" beside the total: the cashier checks it against the basket.
        self.item_count = QLabel("")
        set_role(self.item_count, "muted")
        due_col.addWidget(self.item_count)
        due.addLayout(due_col)
        self.total = FitLabel(fmt().money(Money(0, currency)))
        set_role(self.total, "total")
        self.total.setAccessibleName(translate("Sale", "Total"))
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        due.addWidget(self.total, 1)
        right.addLayout(due)
        self.pay = QPushButton(translate("Sale", "Pay  F12"))
        self.pay.setAccessibleName(translate("Sale", "Pay (F12)"))
        set_role(self.pay, "primary")
        self.pay.setMinimumHeight(64)
        self.pay.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pay.clicked.connect(self.open_payment)
        QShortcut(QKeySequence("F12"), self, self.open_payment)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.open_payment)
        QShortcut(QKeySequence("Ctrl+P"), self, self.override_price)
        QShortcut(QKeySequence("Ctrl+R"), self, self.reprint_last)
        QShortcut(QKeySequence("Ctrl+D"), self, self.open_drawer)
        right.addWidget(self.pay)
        right_box = QWidget()
        right_box.setLayout(right)
        right_box.setMinimumWidth(380)
        right.setContentsMargins(0, 0, 0, 0)
        root.addWidget(right_box, 4)

        # ---- the function keys: full width at the bottom, one row or two, never cut ----
        self.key_row = KeyRow(list(self.buttons.values()))
        outer.addWidget(self.key_row)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        self._refocus = _Refocus(self)

    # ---- plumbing ---------------------------------------------------------------------

    def call(self, fn: Callable[[], Any], on_ok: Callable[[Any], None],
             on_error: Callable[[BaseException], None] | None = None) -> None:
        self.activity.emit()

        def done(result: Any) -> None:
            if isinstance(result, BaseException):
                (on_error or self.show_error)(result)
            else:
                on_ok(result)
            self.focus_scan()
        self.worker.submit(fn, done, done)

    def focus_scan(self) -> None:
        # Not while another screen is shown: a command that ends after the window went
        # back to sign-in (a deactivated cashier's scan, the idle lock) would take the
        # keyboard from the PIN field to the hidden scan box.
        if QApplication.activeModalWidget() is None and self.isVisible():
            self.scan.setFocus()

    def showEvent(self, event: Any) -> None:
        self._refocus.attach()
        super().showEvent(event)

    def hideEvent(self, event: Any) -> None:
        self._earn_timer.stop()  # nobody to show it to (locked, closing)
        # Locked (idle or F9): stock screens must not stay open over the sign-in screen.
        if not event.spontaneous():
            for dlg in (self.attention_dialog, self.stock_dialog):
                if dlg is not None:
                    dlg.reject()
        super().hideEvent(event)

    def refresh(self) -> None:
        self.call(self.counter.current, self.show_sale)
        self.call(self.counter.quick_keys, self.show_quick_keys)

    # ---- rendering ------------------------------------------------------------------------

    def show_sale(self, view: SaleView) -> None:
        self.view = view
        role = "warn" if view.warning else "muted"
        if self.message.text() != view.warning or self.message.property("role") != role:
            # Re-polished only when it changes: a polish repaints the whole screen.
            self.message.setText(view.warning)
            set_role(self.message, role)
        if self.counter.commission is not None and view.lines:
            self._earn_timer.start()  # once the scans pause; restarted by every scan
        elif self.earn.isVisible():
            self._show_earn("")
        self.cart.show_lines(view.sale_id, view.lines, view.selected_line)
        self.empty.setVisible(not view.lines)
        self.item_count.setText(item_count_text(view))
        rows = [(translate("Sale", "Subtotal"), view.subtotal)]
        if view.discount:
            rows.append((translate("Sale", "Discounts"), view.discount))
        rows += list(view.taxes)
        self._set_totals(rows)
        self.total.setText(view.total)
        self.pay.setEnabled(bool(view.lines))
        # A refund reads as one: no "Pay" when money goes back to the customer.
        refund = view.total_minor < 0
        self.pay.setText(translate("Sale", "Refund  F12") if refund
                         else translate("Sale", "Pay  F12"))
        self.pay.setAccessibleName(translate("Sale", "Refund (F12)") if refund
                                   else translate("Sale", "Pay (F12)"))

    def _set_totals(self, rows: list[tuple[str, str]]) -> None:
        # A label aligns by its own text's direction: in Arabic a tax named in Latin
        # letters would sit beside its amount. Absolute sides keep every name at the
        # start and every amount at the end, whatever script it is written in.
        rtl = self.isRightToLeft()
        start, end = ((Qt.AlignmentFlag.AlignRight, Qt.AlignmentFlag.AlignLeft) if rtl
                      else (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight))
        while len(self.total_rows) < len(rows):
            a = QLabel("")
            set_role(a, "muted")
            b = QLabel("")
            r = len(self.total_rows)
            self.totals_grid.addWidget(a, r, 0)
            self.totals_grid.addWidget(b, r, 1)
            self.total_rows.append((a, b))
        for i, (a, b) in enumerate(self.total_rows):
            a.setAlignment(Qt.AlignmentFlag.AlignAbsolute | start | Qt.AlignmentFlag.AlignVCenter)
            b.setAlignment(Qt.AlignmentFlag.AlignAbsolute | end | Qt.AlignmentFlag.AlignVCenter)
            shown = i < len(rows)
            if shown:
                a.setText(rows[i][0])
                b.setText(rows[i][1])
            a.setVisible(shown)
            b.setVisible(shown)

    def _ask_earn(self) -> None:
        if self.isVisible():
            self.call(self.counter.commission_line, self._show_earn,
                      lambda _exc: self._show_earn(""))

    def _show_earn(self, text: str) -> None:
        self.earn.set_full_text(text)
        self.earn.setVisible(bool(text))

    def show_quick_keys(self, hits: list[ProductHit]) -> None:
        clear_layout(self.quick_grid)
        if not hits:
            empty = QLabel(translate(
                "Sale", "No products yet: import a catalog or sync with Shopify."))
            empty.setWordWrap(True)
            set_role(empty, "muted")
            self.quick_grid.addWidget(empty, 0, 0)
            return
        for i, hit in enumerate(hits):
            b = QuickKey(hit.title, hit.price)
            set_role(b, "quick")
            # Long product names must never widen the window: the grid sets the width.
            b.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            b.setMinimumWidth(0)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setToolTip(f"{hit.title} · {hit.sku}")
            b.setAccessibleName(f"{hit.title}, {hit.price}")
            b.clicked.connect(lambda _c=False, v=hit.variant_id: self.add_variant(v))
            self.quick_grid.addWidget(b, i // QuickKeyArea.COLUMNS, i % QuickKeyArea.COLUMNS)
        self.quick_scroll.fit_rows()

    def show_results(self, hits: list[ProductHit], seq: int) -> None:
        """One row per product: a product with several matching variants is one row
        ("T-shirt · 6 variants") that opens its variants to choose from."""
        if seq != self._search_seq:
            return  # a newer search (or a scan) came in meanwhile
        self.results.clear()
        groups: dict[str, list[ProductHit]] = {}
        for hit in hits:
            groups.setdefault(hit.product_id or hit.variant_id, []).append(hit)
        for key, group in groups.items():
            if len(group) == 1:
                self.results.add_row(hit_row(group[0], group[0].title), group[0].variant_id)
            else:
                self.results.add_row(product_row(group),
                                     ("product", key, group[0].product_title))
        if not hits:
            self.results.add_row(ResultRow(
                translate("Sale", "Nothing matches “{text}”").format(
                    text=self.scan.text().strip()),
                translate("Sale", "Check the spelling, or scan the item")), None)
        self.results.setCurrentRow(-1)
        self.lists.setCurrentIndex(1)
        self._results_active = True

    def open_variants(self, product_id: str, title: str) -> None:
        """A product with several variants was chosen: its variants to pick from with
        the arrow keys and Enter, or by touch."""
        def got(hits: list[ProductHit]) -> None:
            self.results.clear()
            for hit in hits:
                self.results.add_row(hit_row(hit, hit.variant_title or hit.title),
                                     hit.variant_id)
            self.results.setCurrentRow(0 if hits else -1)
            self.lists.setCurrentIndex(1)
            self._results_active = True
            self.message.setText(translate(
                "Sale", "{product}: choose a variant (↑ ↓ then Enter, or touch it)").format(
                product=title))
            set_role(self.message, "muted")
        self.call(lambda: self.counter.variants(product_id), got)

    def show_error(self, exc: BaseException, text: str | None = None) -> None:
        if text is None:
            text = error_text(exc, translate(
                "Sale", "Something went wrong; the sale is safe. The error was logged."))
        self.message.setText(text)
        set_role(self.message, "error")
        self.scan.setProperty("state", "error")
        self.scan.style().unpolish(self.scan)
        self.scan.style().polish(self.scan)
        QApplication.beep()
        QTimer.singleShot(1500, self._clear_flash)

    def _scan_failed(self, raw: str, exc: BaseException) -> None:
        self.show_error(exc, scan_error_text(raw, exc))

    def _clear_flash(self) -> None:
        self.scan.setProperty("state", "")
        self.scan.style().unpolish(self.scan)
        self.scan.style().polish(self.scan)

    # ---- scanning and searching ------------------------------------------------------------

    def on_text(self, text: str) -> None:
        if self.message.property("role") == "error":
            # The cashier is typing again: the old error has been read.
            self.message.setText("")
            set_role(self.message, "muted")
        stripped = text.strip()
        if len(stripped) >= 2 and not stripped.isdigit() and not _QTY_PREFIX.match(stripped):
            self._search_timer.start()
        else:
            self._search_timer.stop()
            self._search_seq += 1
            self._close_results()

    def _run_search(self) -> None:
        text = self.scan.text().strip()
        self._search_seq += 1
        seq = self._search_seq
        self.call(lambda: self.counter.search(text), lambda hits: self.show_results(hits, seq))

    def leave_results(self) -> None:
        """Esc in the scan box: the search (or the variant choice) is dropped."""
        self.scan.clear()
        self._search_timer.stop()
        self._search_seq += 1
        self._close_results()
        if self.message.property("role") != "warn":
            self.message.setText("")
            set_role(self.message, "muted")

    def _close_results(self) -> None:
        self._results_active = False
        self.lists.setCurrentIndex(0)

    def on_enter(self) -> None:
        raw = self.scan.text().strip()
        self.scan.clear()
        self._search_timer.stop()
        self._search_seq += 1
        picked = self.results.currentItem() if self._results_active else None
        self._close_results()
        m = _QTY_PREFIX.match(raw)
        if m:
            self.pending_qty = max(1, int(m.group(1)))
            self.qty_hint.setText(translate("Sale", "Next item × {n}").format(n=self.pending_qty))
            raw = m.group(2).strip()
            if not raw:
                return
        qty, self.pending_qty = self.pending_qty, 1
        self.qty_hint.setText("")
        data = picked.data(Qt.ItemDataRole.UserRole) if picked is not None else None
        if isinstance(data, tuple):  # a product with variants: choose one first
            self.pending_qty = qty
            self.open_variants(data[1], data[2])
        elif data:
            self.call(lambda: self.counter.add_variant(data, qty), self.show_sale)
        elif raw:
            self.call(lambda: self.counter.scan(raw, qty), self.show_sale,
                      lambda exc: self._not_an_item(raw, exc))

    def _pick_item(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if not data:
            return
        self.scan.clear()
        self._close_results()
        if isinstance(data, tuple):
            self.open_variants(data[1], data[2])
        else:
            self.add_variant(data)

    def add_variant(self, variant_id: str) -> None:
        qty, self.pending_qty = self.pending_qty, 1
        self.qty_hint.setText("")
        self.call(lambda: self.counter.add_variant(variant_id, qty), self.show_sale)

    def move_selection(self, step: int) -> None:
        if self._results_active and self.results.count():
            row = self.results.currentRow() + step
            self.results.setCurrentRow(max(0, min(self.results.count() - 1, row)))
            return
        rows = self.cart.rowCount()
        if rows:
            self.cart.selectRow(max(0, min(rows - 1, self.cart.currentRow() + step)))

    def selected_line(self) -> int | None:
        row = self.cart.currentRow()
        if self.view is None or not (0 <= row < len(self.view.lines)):
            return None
        return self.view.lines[row].no

    # ---- actions -------------------------------------------------------------------------

    def with_approval(self, what: str, fn: Callable[[Approval | None], Any],
                      on_ok: Callable[[Any], None]) -> None:
        """Try as the cashier; if a manager must approve, ask for a PIN in place and retry."""
        def failed(exc: BaseException) -> None:
            if isinstance(exc, ApprovalNeeded):
                dlg = ApprovalDialog(what, self, self.counter.approvers)
                if dlg.exec() == QDialog.DialogCode.Accepted:
                    pin = dlg.value()
                    self.call(lambda: fn(pin), on_ok)
                return
            self.show_error(exc)
        self.call(lambda: fn(None), on_ok, failed)

    def change_quantity(self) -> None:
        no = self.selected_line()
        if no is None or self.view is None:
            return
        current = next(ln.quantity for ln in self.view.lines if ln.no == no)
        qty, ok = QInputDialog.getInt(self, translate("Sale", "Quantity"),
                                      translate("Sale", "New quantity:"), current, -9999, 9999)
        self.focus_scan()
        if ok:
            self.with_approval(f"quantity {qty} on line {no}",
                               lambda pin: self.counter.set_quantity(no, qty, pin),
                               self.show_sale)

    def discount(self) -> None:
        if self.view is None or not self.view.lines:
            return
        no = self.selected_line()
        title = next((ln.title for ln in self.view.lines if ln.no == no), None)
        dlg = DiscountDialog(self.view.currency, title, self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            self.focus_scan()
            return
        d = dlg.result_discount
        if dlg.on_line.isChecked() and no is not None:
            what = dlg.describe(no)  # "discount 25% on line 3"
            self.with_approval(what, lambda pin: self.counter.line_discount(no, d, pin),
                               self.show_sale)
        else:
            self.with_approval(dlg.describe(None),
                               lambda pin: self.counter.cart_discount(d, pin), self.show_sale)

    def remove_line(self) -> None:
        no = self.selected_line()
        if no is not None:
            self.with_approval(translate("Sale", "removing line {no}").format(no=no),
                               lambda pin: self.counter.remove_line(no, pin), self.show_sale)

    def hold(self) -> None:
        self.call(self.counter.hold, self._after_hold)

    def _after_hold(self, view: SaleView) -> None:
        self.show_sale(view)
        self.message.setText(translate("Sale", "Sale held. F6 shows held sales."))
        set_role(self.message, "ok")

    def show_held(self) -> None:
        def chosen(held: list[Any]) -> None:
            dlg = HeldDialog(held, self)
            if dlg.exec() == QDialog.DialogCode.Accepted and dlg.chosen():
                sid = dlg.chosen()
                self.call(lambda: self.counter.resume(sid), self.show_sale)
            self.focus_scan()
        self.call(self.counter.held, chosen)

    def void(self) -> None:
        if self.view is None or not self.view.lines:
            return
        self.with_approval(translate("Sale", "void this sale"), self.counter.void,
                           self.show_sale)

    def _not_an_item(self, raw: str, exc: BaseException) -> None:
        """A scan no item answers to: a receipt's barcode opens the return against it
        (an item whose code looks like one still sells: the catalog is asked first)."""
        if isinstance(exc, PosError) and is_receipt_code(raw):
            self.start_return(raw)
        else:
            self._scan_failed(raw, exc)

    def start_return(self, receipt_text: str = "") -> None:
        """F8 (or a receipt's barcode scanned): the returns flow (ui/returns.py). It ends
        with the return lines in the sale; F12 then gives the refund at checkout."""
        if QApplication.activeModalWidget() is not None:
            return
        dlg = ReturnDialog(self.call, self.counter, self, receipt_text=receipt_text)
        self.return_dialog = dlg

        def finished(code: int) -> None:
            self.return_dialog = None
            if code == QDialog.DialogCode.Accepted and dlg.result_view is not None:
                self.show_sale(dlg.result_view)
            dlg.deleteLater()
            self.window().activateWindow()  # the counter's keys work again at once
            self.focus_scan()
        dlg.finished.connect(finished)
        dlg.open()  # not exec(): the counter keeps running (and tests keep typing)
        dlg.activateWindow()  # the keyboard goes to the returns flow, not the scan box
        if receipt_text:
            dlg.look_up()

    def return_without_receipt(self) -> None:
        """The returns flow on its no-receipt page: the item, a quantity and a reason."""
        self.start_return()
        if self.return_dialog is not None:
            self.return_dialog.show_no_receipt()

    def _note(self, text: str) -> None:
        self.message.setText(text)
        set_role(self.message, "ok")

    def reprint_last(self) -> None:
        self.call(self.counter.reprint_last, self._note)

    def open_drawer(self) -> None:
        self.with_approval(translate("Sale", "open the drawer without a sale"),
                           self.counter.open_drawer,
                           self._note)

    def override_price(self) -> None:
        no = self.selected_line()
        if no is None or self.view is None:
            return
        line = next(ln for ln in self.view.lines if ln.no == no)
        text, ok = QInputDialog.getText(
            self, translate("Sale", "Price override"),
            translate("Sale", "New unit price for {title} (now {price}):").format(
                title=line.title, price=line.unit_price))
        self.focus_scan()
        if not ok:
            return
        try:
            # As the cashier types money: "2,50" in de_DE, strictly (ui/i18n.fmt).
            price = fmt().parse_amount(text.strip(), self.currency,
                                       what=translate("Errors", "Price")).minor
        except InputError as exc:
            self.show_error(exc)
            return
        self.with_approval(translate("Sale", "price override on line {no}: {title}").format(
                               no=no, title=line.title),
                           lambda pin: self.counter.override_price(no, price, pin),
                           self.show_sale)

    def show_shift(self) -> None:
        def got(view: ShiftView) -> None:
            if not view.open:
                self.prompt_open_shift()
                return
            dlg = ShiftDialog(view, self.currency, self.call, self.counter, parent=self,
                              on_print=self.print_text)
            dlg.exec()
            self.refresh()
        self.call(self.counter.shift, got)

    def prompt_open_shift(self) -> None:
        dlg = OpenShiftDialog(self.currency, self.call, self.counter, self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
        self.focus_scan()

    def open_payment(self) -> None:
        """F12: the checkout page of the window (ui/checkout.py) takes over."""
        if self.view is None or not self.view.lines or QApplication.activeModalWidget():
            return
        self._search_timer.stop()
        self.checkout_requested.emit(self.view)

    def ready(self, note: str, scan: str = "") -> None:
        """Back from a completed checkout: ready for the next sale. A scan typed on the
        checkout's last step starts it; otherwise the note says what was completed."""
        self.scan.clear()
        self._close_results()
        if scan:
            self.scan.setText(scan)
            self.on_enter()
            return

        def shown(view: SaleView) -> None:
            self.show_sale(view)
            if note:
                self.show_note(note)
        self.call(self.counter.current, shown)

    def show_note(self, text: str, role: str = "ok") -> None:
        self.message.setText(text)
        set_role(self.message, role)

    def open_stock_count(self) -> None:
        """F11: count shelves without leaving the counter; the open sale is untouched."""
        if QApplication.activeModalWidget() is not None:
            return
        dlg = StockCountDialog(self.call, self.counter, self)
        dlg.attention_requested.connect(self.open_stock_attention)
        dlg.finished.connect(lambda _r: self._stock_closed(dlg))
        self.stock_dialog = dlg
        dlg.open()  # window-modal without a nested event loop

    def open_stock_attention(self) -> None:
        """Shift+F11: the manager's list of stock problems (oversells, stale counts...)."""
        if self.attention_dialog is not None:
            return
        parent: QWidget = self.stock_dialog if self.stock_dialog is not None else self
        if parent is self and QApplication.activeModalWidget() is not None:
            return
        dlg = StockAttentionDialog(self.call, self.counter, parent)
        dlg.finished.connect(lambda _r: self._stock_closed(dlg))
        self.attention_dialog = dlg
        dlg.open()

    def _stock_closed(self, dlg: QDialog) -> None:
        dlg.deleteLater()
        if dlg is self.stock_dialog:
            self.stock_dialog = None
        if dlg is self.attention_dialog:
            self.attention_dialog = None
            if self.stock_dialog is not None:  # back to counting where it was left
                self.stock_dialog.refresh_sync()
                self.stock_dialog.code.setFocus()
                return
        self.focus_scan()

    def _completed(self, done: CompletedView) -> None:
        self.completed.emit(done)


def hit_row(hit: ProductHit, title: str) -> ResultRow:
    detail = hit.sku if not hit.barcode else f"{hit.sku} · {hit.barcode}"
    return ResultRow(title, detail, hit.price, stock_text(hit.stock),
                     hit.stock is not None and hit.stock <= 0)


def product_row(group: list[ProductHit]) -> ResultRow:
    """One product with several variants: its title, how many, the lowest price."""
    first = group[0]
    cheapest = min(group, key=lambda h: h.price_minor)
    price = first.price if all(h.price_minor == first.price_minor for h in group) else \
        translate("Sale", "from {price}").format(price=cheapest.price)
    known = [h.stock for h in group if h.stock is not None]
    stock = sum(max(0, n) for n in known) if known else None
    detail = translate("Sale", "{n} variants — Enter to choose").format(
        n=fmt().number(len(group)))
    return ResultRow(first.product_title or first.title, detail, price, stock_text(stock),
                     stock is not None and stock <= 0)


def stock_text(stock: int | None) -> str:
    if stock is None:
        return ""
    return translate("Sale", "{n} in stock").format(n=fmt().number(stock))


def scan_error_text(raw: str, exc: BaseException) -> str | None:
    """A failed scan in the cashier's words, saying what was scanned and what to do."""
    code = raw.strip()
    gtin = code.isascii() and code.isdigit() and len(code) in GTIN_LENGTHS
    if isinstance(exc, BarcodeError):
        if gtin and not is_valid_gtin(code):
            return translate("Sale", "Barcode {code} did not scan right (wrong check digit) "
                                     "— scan it again or type the number").format(code=code)
        return translate("Sale", "“{code}” is not a barcode or SKU we can read — scan it "
                                 "again or search by name").format(code=code[:24])
    if isinstance(exc, NotFound) and str(exc).startswith("No product with"):
        if gtin:
            return translate("Sale", "No product with barcode {code} — check the number "
                                     "or search by name").format(code=code)
        return translate("Sale", "No product with SKU or code {code} — check it or search "
                                 "by name").format(code=code[:24])
    return None


def item_count_text(view: SaleView) -> str:
    """"7 items" (units sold), and what is given back: "7 items · 1 returned"."""
    sold = sum(ln.quantity for ln in view.lines if ln.quantity > 0)
    back = -sum(ln.quantity for ln in view.lines if ln.quantity < 0)
    if not view.lines:
        return ""
    text = translate("Sale", "1 item") if sold == 1 else \
        translate("Sale", "{n} items").format(n=fmt().number(sold))
    if back:
        text += " · " + translate("Sale", "{n} returned").format(n=fmt().number(back))
    return text


class _Refocus(QObject):
    """Sends the keyboard back to the scan box whenever the window is re-activated.

    Installed on the top-level window only: an application-wide Python event filter
    would run for every event of the app and cost milliseconds per scan."""

    def __init__(self, screen: SaleScreen) -> None:
        super().__init__(screen)
        self._screen = screen
        self._window: QWidget | None = None

    def attach(self) -> None:
        window = self._screen.window()
        if window is not self._window and window is not None:
            window.installEventFilter(self)
            self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate and self._screen.isVisible():
            QTimer.singleShot(0, self._screen.focus_scan)
        return False


def _wrap(text: str, fits: Callable[[str], bool], lines: int,
          elide: Callable[[str], str]) -> list[str]:
    """Greedy word wrap into at most `lines` lines that `fits`; the last line is elided
    (…) when words are left over, and a single word too long for a line is elided."""
    words = text.split()
    out: list[str] = []
    current = ""
    while words:
        candidate = f"{current} {words[0]}".strip()
        if fits(candidate):
            current = candidate
            words.pop(0)
            continue
        if not current:  # one word wider than the line
            current = words.pop(0)
        out.append(current)
        current = ""
        if len(out) == lines:
            break
    if current:
        out.append(current)
    if words or any(not fits(line) for line in out):
        out[-1] = elide(f"{out[-1]} {' '.join(words)}".strip())
    return [line if fits(line) else elide(line) for line in out]


class ElidedLabel(QLabel):
    """One line that never widens its layout: cut with … to the width it is given; the
    whole text is the tooltip."""

    def __init__(self) -> None:
        super().__init__()
        self.full_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(0)

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self.setToolTip(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        cut = self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight,
                                            max(0, self.width() - 2))
        if cut != self.text():
            self.setText(cut)


class QuickKeyArea(QScrollArea):
    """The quick keys' scroll area: only whole rows. The keys share the visible height
    (each between what its title's two lines and price need and MAX_KEY px), as many
    whole rows as fit; the others scroll a row at a time, so a row is never cut at the
    bottom (1024x768, 150 %)."""

    COLUMNS = 3
    MAX_KEY = 110

    def __init__(self, grid: QGridLayout) -> None:
        super().__init__()
        self._grid = grid
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.row_height = 0  # a row's key height plus the gap below it
        self.rows_shown = 0

    def keys(self) -> list[QuickKey]:
        box = self.widget()
        return box.findChildren(QuickKey) if box is not None else []

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_rows()

    def fit_rows(self) -> None:
        keys = self.keys()
        box = self.widget()
        if not keys or box is None:
            return
        gap = max(0, self._grid.verticalSpacing())
        room = self.viewport().height()
        need = max(k.least_height() for k in keys)
        rows = -(-len(keys) // self.COLUMNS)
        shown = max(1, min(rows, (room + gap) // (need + gap)))
        height = max(need, min(self.MAX_KEY, (room - (shown - 1) * gap) // shown))
        for k in keys:
            k.setFixedHeight(height)
        # The rows below are pushed by an empty last row that takes what is left, and
        # the box is tall enough that scrolling ends on a row's top edge. A stretch left
        # on another row by an earlier set of keys (more or fewer of them) is cleared
        # first, or it would open a gap between two rows of keys.
        for row in range(self._grid.rowCount()):
            self._grid.setRowStretch(row, 1 if row == rows else 0)
        self._grid.setRowStretch(rows, 1)
        self.row_height = height + gap
        self.rows_shown = shown
        box.setMinimumHeight((rows - shown) * self.row_height + room if rows > shown else 0)
        # Lay the keys out at their new height now, not at the next event-loop turn:
        # until then the rows sit where the old height put them (a row cut at the
        # bottom, and the scroll steps would not match them).
        layout = box.layout()
        if layout is not None:
            layout.activate()
        bar = self.verticalScrollBar()
        bar.setSingleStep(self.row_height)
        bar.setPageStep(shown * self.row_height)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """One notch scrolls one row, and scrolling stops on a row's top edge."""
        notches = event.angleDelta().y() // 120
        if not notches or not self.row_height:
            super().wheelEvent(event)
            return
        bar = self.verticalScrollBar()
        row = round(bar.value() / self.row_height) - notches
        bar.setValue(max(0, min(bar.maximum(), row * self.row_height)))
        event.accept()


class QuickKey(QPushButton):
    """A product key: the title wrapped to the key's real width in its real font (two
    lines at most, … when cut), then the price. Never widens the grid."""

    def __init__(self, title: str, price: str) -> None:
        super().__init__()
        self._title, self._price = title, price
        self.setText(f"{title}\n{price}")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fm = self.fontMetrics()
        room = max(20, self.width() - 24)  # the style's padding and frame

        def elide(t: str) -> str:
            return fm.elidedText(t, Qt.TextElideMode.ElideRight, room)

        lines = _wrap(self._title, lambda t: fm.horizontalAdvance(t) <= room, 2, elide)
        text = "\n".join([*lines, self._price])
        if text != self.text():
            self.setText(text)

    def least_height(self) -> int:
        """The height that shows two lines of title and the price whole."""
        opt = QStyleOptionButton()
        opt.initFrom(self)
        lines = QSize(max(20, self.width()), 3 * self.fontMetrics().height())
        return self.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, opt, lines,
                                             self).height()


class MessageLabel(QLabel):
    """The sale screen's message slot (errors red, warnings amber, notes green): at most
    two lines, cut with … when longer (the whole message is the tooltip), and always the
    same height, so a message never moves Pay or the function keys.

    `setText`/`text` take and give the whole message; `shown_text` is what fits."""

    LINES = 2

    def __init__(self) -> None:
        super().__init__()
        self.full_text = ""
        self.setObjectName("message")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(0)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._fix_height()

    def setText(self, text: str) -> None:
        self.full_text = text
        self.setToolTip(text)
        self.setAccessibleDescription(text)
        self._fit()

    def text(self) -> str:
        return self.full_text

    def shown_text(self) -> str:
        return QLabel.text(self)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fix_height()
            self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fix_height(self) -> None:
        m = self.contentsMargins()
        height = self.fontMetrics().lineSpacing() * self.LINES + m.top() + m.bottom() + 8
        if self.height() != height or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def _fit(self) -> None:
        fm = self.fontMetrics()
        room = max(10, self.contentsRect().width() - 4)

        def elide(t: str) -> str:
            return fm.elidedText(t, Qt.TextElideMode.ElideRight, room)

        lines = _wrap(self.full_text, lambda t: fm.horizontalAdvance(t) <= room,
                      self.LINES, elide)
        shown = "\n".join(lines)
        if shown != QLabel.text(self):
            QLabel.setText(self, shown)


class KeyRow(QWidget):
    """The function keys across the bottom of the screen: one row when every label fits
    whole, two rows when not (1024 px, long translations), and only then a smaller
    type. Never wider than the window gives it."""

    SPACING = 6
    CHROME = 14  # the key's border and padding on both sides, and a little air

    def __init__(self, keys: list[QPushButton]) -> None:
        super().__init__()
        self.keys = keys
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(0)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(self.SPACING)
        for b in keys:
            b.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            b.setMinimumWidth(0)
            b.setMinimumHeight(52)
        self.columns = 0
        self.point_size = 0.0  # 0: the style's own size
        self._arrange(len(keys))

    def _text_width(self, font: QFont) -> int:
        fm = QFontMetrics(font)
        return max(fm.horizontalAdvance(line) for b in self.keys
                   for line in b.text().split("\n"))

    def _arrange(self, columns: int) -> None:
        for b in self.keys:
            self.grid.removeWidget(b)
        for i, b in enumerate(self.keys):
            self.grid.addWidget(b, i // columns, i % columns)
        for c in range(len(self.keys)):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)
        self.columns = columns

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit()

    def fit(self) -> None:
        n = len(self.keys)
        if not n or self.width() <= 0:
            return
        base = QFont(self.keys[0].font())
        if self.point_size:
            base.setPointSizeF(self.point_size)
        need = self._text_width(base) + self.CHROME
        columns = n
        for cols in (n, (n + 1) // 2):
            columns = cols
            if (self.width() - self.SPACING * (cols - 1)) // cols >= need:
                break
        if columns != self.columns:
            self._arrange(columns)
        room = (self.width() - self.SPACING * (columns - 1)) // columns - self.CHROME
        style_pt = float(BODY_PT - 2)
        font = QFont(self.keys[0].font())
        font.setPointSizeF(style_pt)
        size = style_pt
        while self._text_width(font) > room and size > 7:
            size -= 0.5
            font.setPointSizeF(size)
        wanted = 0.0 if size == style_pt else size
        if wanted != self.point_size:
            self.point_size = wanted
            for b in self.keys:
                b.setStyleSheet(f"font-size: {wanted}pt;" if wanted else "")


class ResultList(QListWidget):
    """Search results: 52 px rows, each with the title (cut with … when long, in full as
    the tooltip) and its variant or SKU under it, and the price and the sellable stock
    right-aligned, always visible; never a horizontal scrollbar."""

    def __init__(self) -> None:
        super().__init__()
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(True)
        self.setItemDelegate(ResultDelegate(self))

    def add_row(self, row: ResultRow, data: Any) -> QListWidgetItem:
        item = QListWidgetItem(row.title)
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setData(ROW_ROLE, row)
        item.setToolTip(" · ".join(p for p in (row.title, row.detail, row.price, row.stock)
                                   if p))
        item.setData(Qt.ItemDataRole.AccessibleTextRole, item.toolTip())
        if data is None:
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.addItem(item)
        return item


ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 1
RESULT_ROW_HEIGHT = 52


@dataclass(frozen=True, slots=True)
class ResultRow:
    title: str
    detail: str = ""  # the variant ("Blue / M"), the number of variants, or the SKU
    price: str = ""
    stock: str = ""  # "12 in stock"; "" when not known
    low: bool = False  # none left (amber)


class ResultDelegate(QStyledItemDelegate):
    """Paints a `ResultRow`: the figures first (right-aligned, never cut), then the
    title and its detail in the room left, cut with …."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:
        return QSize(100, RESULT_ROW_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Any) -> None:
        row = index.data(ROW_ROLE)
        if not isinstance(row, ResultRow):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = option.rect.adjusted(10, 4, -10, -4)
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        painter.save()
        base = QFont(option.font)
        bold = QFont(base)
        bold.setWeight(QFont.Weight.DemiBold)
        small = QFont(base)
        small.setPointSizeF(max(8.0, base.pointSizeF() - 2))
        fm_b, fm_s = QFontMetrics(bold), QFontMetrics(small)
        figures_w = max(fm_b.horizontalAdvance(row.price), fm_s.horizontalAdvance(row.stock))
        half = rect.height() // 2
        top = QRect(rect.left(), rect.top(), rect.width(), half)
        bottom = QRect(rect.left(), rect.top() + half, rect.width(), rect.height() - half)
        # The painter mirrors alignment in a right-to-left layout: right is the end.
        end = Qt.AlignmentFlag.AlignRight
        start = Qt.AlignmentFlag.AlignLeft
        v = Qt.AlignmentFlag.AlignVCenter
        text_color = option.palette.color(QPalette.ColorRole.Text)
        painter.setPen(text_color)
        painter.setFont(bold)
        painter.drawText(top, int(end | v), row.price)
        painter.setFont(small)
        painter.setPen(QColor(WARNING_FG) if row.low else QColor(MUTED))
        painter.drawText(bottom, int(end | v), row.stock)
        room = max(0, rect.width() - figures_w - 16)
        text_top = QRect(top)
        text_bottom = QRect(bottom)
        if rtl:
            text_top.setLeft(rect.right() - room)
            text_bottom.setLeft(rect.right() - room)
        else:
            text_top.setWidth(room)
            text_bottom.setWidth(room)
        painter.setPen(text_color)
        painter.setFont(bold)
        painter.drawText(text_top, int(start | v),
                         fm_b.elidedText(row.title, Qt.TextElideMode.ElideRight, room))
        painter.setFont(small)
        painter.setPen(QColor(MUTED))
        painter.drawText(text_bottom, int(start | v),
                         fm_s.elidedText(row.detail, Qt.TextElideMode.ElideRight, room))
        painter.restore()
