"""The sale screen: the cart on the left; scan box, quick keys or results, totals and Pay
on the right. The scan box owns the keyboard whenever no dialog is open."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
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

from pos_app.domain.errors import InputError, PermissionDenied, PosError
from pos_app.domain.money import Money
from pos_app.services.counter import CompletedView, ProductHit, SaleView, ShiftView
from pos_app.services.staff import Approval

from .cart import CartTable
from .dialogs import ApprovalDialog, DiscountDialog, HeldDialog
from .payment import PaymentDialog
from .returns import ReturnDialog
from .shift import OpenShiftDialog, ShiftDialog
from .stock_attention import StockAttentionDialog
from .stock_count import StockCountDialog
from .theme import ERROR, clear_layout, set_role
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

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.typed.emit()
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
        self._search_seq = 0
        self._results_active = False

        root = QHBoxLayout(self)
        root.setContentsMargins(12, 12, 12, 6)
        root.setSpacing(12)

        # ---- left: the cart (about 60 % of the width) ----
        left = QVBoxLayout()
        # A model that announces only the rows a command changed (ui/cart.py).
        self.cart = CartTable()
        left.addWidget(self.cart, 1)
        self.empty = QLabel("Scan an item or type to search. 3* then scan sells three.")
        set_role(self.empty, "muted")
        left.addWidget(self.empty)
        keys = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, label, slot in (
            ("F2", "Qty\nF2", self.change_quantity),
            ("F3", "Discount\nF3", self.discount),
            ("F4", "Remove\nF4", self.remove_line),
            ("F5", "Hold\nF5", self.hold),
            ("F6", "Held\nF6", self.show_held),
            ("F7", "Void\nF7", self.void),
            ("F8", "Return\nF8", self.start_return),
            ("F10", "Shift\nF10", self.show_shift),
            ("F11", "Stock\nF11", self.open_stock_count),
            ("F9", "Sign out\nF9", self.sign_out.emit),
        ):
            b = QPushButton(label)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            b.setMinimumWidth(0)
            set_role(b, "action")
            if key == "F7":  # red only for voids
                b.setStyleSheet(f"color: {ERROR}; border-color: {ERROR};")
            b.clicked.connect(slot)
            QShortcut(QKeySequence(key), self, slot)
            # Width by label length, so "Discount" and "Sign out" are never clipped.
            keys.addWidget(b, max(len(part) for part in label.split("\n")) + 3)
            self.buttons[key] = b
        self.buttons["F11"].setToolTip("Stock count (F11); stock needing attention "
                                       "(Shift+F11)")
        QShortcut(QKeySequence("Shift+F11"), self, self.open_stock_attention)
        left.addLayout(keys)
        root.addLayout(left, 6)

        # ---- right: scan, quick keys / results, totals, Pay ----
        right = QVBoxLayout()
        self.scan = ScanBox()
        self.scan.setPlaceholderText("Scan or type barcode, SKU or name")
        self.scan.setMinimumHeight(52)
        self.scan.returnPressed.connect(self.on_enter)
        self.scan.textEdited.connect(self.on_text)
        self.scan.moved.connect(self.move_selection)
        self.scan.typed.connect(self.activity)
        right.addWidget(self.scan)
        self.message = QLabel("")
        self.message.setWordWrap(True)
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
        quick_box = QWidget()
        self.quick_grid = QGridLayout(quick_box)
        self.quick_grid.setContentsMargins(0, 0, 0, 0)
        self.lists.addWidget(quick_box)
        self.results = QListWidget()
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.itemClicked.connect(self._pick_item)
        self.lists.addWidget(self.results)
        right.addWidget(self.lists, 1)
        self._earn_timer = QTimer(self)
        self._earn_timer.setSingleShot(True)
        self._earn_timer.setInterval(EARN_DELAY_MS)
        self._earn_timer.timeout.connect(self._ask_earn)

        totals = QGridLayout()
        self.total_rows: list[tuple[QLabel, QLabel]] = []
        self.totals_grid = totals
        right.addLayout(totals)
        due = QHBoxLayout()
        due_label = QLabel("Total")
        set_role(due_label, "title")
        due.addWidget(due_label)
        self.total = QLabel("$0.00")
        set_role(self.total, "total")
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        due.addWidget(self.total, 1)
        right.addLayout(due)
        self.pay = QPushButton("Pay  F12")
        set_role(self.pay, "primary")
        self.pay.setMinimumHeight(72)
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
        right_box.setMinimumWidth(500)
        right.setContentsMargins(0, 0, 0, 0)
        root.addWidget(right_box, 4)

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
        if QApplication.activeModalWidget() is None:
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
        self.message.setText(view.warning)
        set_role(self.message, "warn" if view.warning else "muted")
        if self.counter.commission is not None and view.lines:
            self._earn_timer.start()  # once the scans pause; restarted by every scan
        elif self.earn.isVisible():
            self._show_earn("")
        self.cart.show_lines(view.sale_id, view.lines, view.selected_line)
        self.empty.setVisible(not view.lines)
        rows = [("Subtotal", view.subtotal)]
        if view.discount:
            rows.append(("Discounts", view.discount))
        rows += list(view.taxes)
        self._set_totals(rows)
        self.total.setText(view.total)
        self.pay.setEnabled(bool(view.lines))

    def _set_totals(self, rows: list[tuple[str, str]]) -> None:
        while len(self.total_rows) < len(rows):
            a = QLabel("")
            set_role(a, "muted")
            b = QLabel("")
            b.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            r = len(self.total_rows)
            self.totals_grid.addWidget(a, r, 0)
            self.totals_grid.addWidget(b, r, 1)
            self.total_rows.append((a, b))
        for i, (a, b) in enumerate(self.total_rows):
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
            empty = QLabel("No products yet: import a catalog or sync with Shopify.")
            set_role(empty, "muted")
            self.quick_grid.addWidget(empty, 0, 0)
            return
        for i, hit in enumerate(hits):
            b = QuickKey(hit.title, hit.price)
            set_role(b, "quick")
            # Long product names must never widen the window: the grid sets the width.
            b.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            b.setMinimumWidth(0)
            b.setMaximumHeight(110)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setToolTip(f"{hit.title} · {hit.sku}")
            b.clicked.connect(lambda _c=False, v=hit.variant_id: self.add_variant(v))
            self.quick_grid.addWidget(b, i // 3, i % 3)

    def show_results(self, hits: list[ProductHit], seq: int) -> None:
        if seq != self._search_seq:
            return  # a newer search (or a scan) came in meanwhile
        self.results.clear()
        for hit in hits:
            item = QListWidgetItem(f"{hit.title}   ·   {hit.sku}   ·   {hit.price}")
            item.setData(Qt.ItemDataRole.UserRole, hit.variant_id)
            self.results.addItem(item)
        if not hits:
            item = QListWidgetItem(f"Nothing matches “{self.scan.text().strip()}”")
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(item)
        self.results.setCurrentRow(-1)
        self.lists.setCurrentIndex(1)
        self._results_active = True

    def show_error(self, exc: BaseException) -> None:
        text = str(exc) if isinstance(exc, PosError) else \
            "Something went wrong; the sale is safe. The error was logged."
        self.message.setText(text)
        set_role(self.message, "error")
        self.scan.setProperty("state", "error")
        self.scan.style().unpolish(self.scan)
        self.scan.style().polish(self.scan)
        QApplication.beep()
        QTimer.singleShot(1500, self._clear_flash)

    def _clear_flash(self) -> None:
        self.scan.setProperty("state", "")
        self.scan.style().unpolish(self.scan)
        self.scan.style().polish(self.scan)

    # ---- scanning and searching ------------------------------------------------------------

    def on_text(self, text: str) -> None:
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
            self.qty_hint.setText(f"Next item × {self.pending_qty}")
            raw = m.group(2).strip()
            if not raw:
                return
        qty, self.pending_qty = self.pending_qty, 1
        self.qty_hint.setText("")
        if picked is not None and picked.data(Qt.ItemDataRole.UserRole):
            vid = picked.data(Qt.ItemDataRole.UserRole)
            self.call(lambda: self.counter.add_variant(vid, qty), self.show_sale)
        elif raw:
            self.call(lambda: self.counter.scan(raw, qty), self.show_sale)

    def _pick_item(self, item: QListWidgetItem) -> None:
        vid = item.data(Qt.ItemDataRole.UserRole)
        if vid:
            self.scan.clear()
            self._close_results()
            self.add_variant(vid)

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
            if isinstance(exc, PermissionDenied) and "approval" in str(exc).lower():
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
        qty, ok = QInputDialog.getInt(self, "Quantity", "New quantity:", current, -9999, 9999)
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
            what = f"discount on line {no}: {title}"
            self.with_approval(what, lambda pin: self.counter.line_discount(no, d, pin),
                               self.show_sale)
        else:
            self.with_approval("discount on the whole sale",
                               lambda pin: self.counter.cart_discount(d, pin), self.show_sale)

    def remove_line(self) -> None:
        no = self.selected_line()
        if no is not None:
            self.with_approval(f"removing line {no}",
                               lambda pin: self.counter.remove_line(no, pin), self.show_sale)

    def hold(self) -> None:
        self.call(self.counter.hold, self._after_hold)

    def _after_hold(self, view: SaleView) -> None:
        self.show_sale(view)
        self.message.setText("Sale held. F6 shows held sales.")
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
        self.with_approval("void this sale", self.counter.void, self.show_sale)

    def start_return(self) -> None:
        dlg = ReturnDialog(self.call, self.counter, self)
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.result_view is not None:
            self.show_sale(dlg.result_view)
        elif dlg.no_receipt:
            self.return_without_receipt()
        self.focus_scan()

    def return_without_receipt(self) -> None:
        code, ok = QInputDialog.getText(self, "Return without receipt",
                                        "Scan or type the item's barcode or SKU:")
        self.focus_scan()
        if not ok or not code.strip():
            return
        raw = code.strip()
        self.with_approval(f"return without receipt: {raw}",
                           lambda pin: self.counter.return_without_receipt(raw, 1, pin),
                           self.show_sale)

    def _note(self, text: str) -> None:
        self.message.setText(text)
        set_role(self.message, "ok")

    def reprint_last(self) -> None:
        self.call(self.counter.reprint_last, self._note)

    def open_drawer(self) -> None:
        self.with_approval("open the drawer without a sale", self.counter.open_drawer,
                           self._note)

    def override_price(self) -> None:
        no = self.selected_line()
        if no is None or self.view is None:
            return
        line = next(ln for ln in self.view.lines if ln.no == no)
        text, ok = QInputDialog.getText(self, "Price override",
                                        f"New unit price for {line.title} (now {line.unit_price}):")
        self.focus_scan()
        if not ok:
            return
        try:
            price = Money.parse(text.strip(), self.currency).minor
        except ValueError:
            self.show_error(InputError(f"Not a price: {text.strip()!r}"))
            return
        self.with_approval(f"price override on line {no}: {line.title}",
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
        if self.view is None or not self.view.lines or QApplication.activeModalWidget():
            return
        dlg = PaymentDialog(self.view, self.call, self.counter, self)
        dlg.completed.connect(self._completed)
        dlg.exec()
        self.refresh()

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
