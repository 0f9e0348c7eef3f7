"""The manager's stock "needs attention" list at the counter (Shift+F11): oversells found
after an offline stretch, counts Shopify moved under (sent as variances), unknown SKUs
and stock changes Shopify refused. Nothing here is ever dropped silently: a manager
resolves each item once dealt with, or, once the cause is fixed in Shopify, sends the
set-aside stock changes again (Ctrl+R); the service audits both."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.errors import PermissionDenied
from pos_app.services.counter import AttentionRow, StockAttentionView, StockResent
from pos_app.services.staff import Approval

from .bidi import TextDirectionDelegate
from .i18n import fmt, message_text, translate
from .stock_count import (
    ApprovalRow,
    Call,
    StockDialog,
    error_text,
    needs_approval,
    shown_time,
)
from .theme import ERROR, set_role

COLUMNS = ("Kind", "SKU", "What happened", "When")
EMPTY = ("Nothing needs attention. Oversells after offline periods, counts that Shopify "
         "moved meanwhile, unknown SKUs and stock changes Shopify refused appear here.")
NOT_SET_UP = "Shopify is not set up on this terminal: there is no stock to reconcile."
SEND_AGAIN_KEY = "Ctrl+R"  # Enter resolves, Esc closes


def columns() -> tuple[str, ...]:
    return (translate("StockAttention", "Kind"), translate("StockAttention", "SKU"),
            translate("StockAttention", "What happened"), translate("StockAttention", "When"))


def kind_label(kind: str, label: str) -> str:
    """What kind of problem a row is, in the screen's language."""
    names = {"oversold": translate("StockAttention", "Oversold"),
             "stale_count": translate("StockAttention", "Count sent as variance"),
             "unknown_sku": translate("StockAttention", "Unknown SKU"),
             "rejected": translate("StockAttention", "Refused by Shopify"),
             "bad_event": translate("StockAttention", "Unreadable stock change"),
             "duplicate_barcode": translate("StockAttention", "Barcode on two SKUs")}
    return names.get(kind, label)


def reason_text(row: AttentionRow) -> str:
    """What happened, in the manager's words and language; rows stored before reasons
    were templates say their English text."""
    return message_text(row.message) if row.message is not None else row.detail


def sent_text(requeued: int) -> str:
    """What "Send again" did, in the screen's language."""
    if requeued == 0:
        return translate("StockAttention", "Nothing to send again: no stock change is set "
                                           "aside any more.")
    if requeued == 1:
        return translate("StockAttention", "Sent again: 1 stock change. It goes to Shopify "
                                           "with the next sync.")
    return translate("StockAttention", "Sent again: {n} stock changes. They go to Shopify "
                                       "with the next sync.").format(n=fmt().number(requeued))


def empty_text(configured: bool) -> str:
    if not configured:
        return translate("StockAttention", "Shopify is not set up on this terminal: there "
                                           "is no stock to reconcile.")
    return translate("StockAttention", "Nothing needs attention. Oversells after offline "
                     "periods, counts that Shopify moved meanwhile, unknown SKUs and stock "
                     "changes Shopify refused appear here.")


class StockAttentionDialog(StockDialog):
    """Enter (or the button) resolves the selected item; Ctrl+R sends the set-aside stock
    changes again; Esc closes."""

    def __init__(self, call: Call, counter: Any, parent: QWidget | None = None) -> None:
        super().__init__(call, counter, parent)
        self.setWindowTitle(translate("StockAttention", "Stock needing attention"))
        self.rows: tuple[AttentionRow, ...] = ()
        self.loaded = False

        lay = QVBoxLayout(self)
        lay.setSpacing(10)
        title = QLabel(translate("StockAttention", "Stock needing attention"))
        set_role(title, "title")
        lay.addWidget(title)
        hint = QLabel(translate("StockAttention", "Look into each item (recount the shelf, "
                                "check the online order), then resolve it. Resolved items "
                                "leave this list and stay in the audit log. A stock change "
                                "Shopify refused: fix the cause in Shopify and press Send "
                                "again, or resolve it if you put the stock right in Shopify "
                                "yourself (it is then never sent)."))
        hint.setWordWrap(True)
        set_role(hint, "muted")
        lay.addWidget(hint)
        self.approval = ApprovalRow(translate("StockAttention", "stock attention list"), self,
                                    getattr(counter, "approvers", ()))
        self.approval.entered.connect(self._approved)
        lay.addWidget(self.approval)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.hide()
        lay.addWidget(self.message)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(columns())
        self.table.setAccessibleName(translate("StockAttention", "Stock needing attention"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setItemDelegate(TextDirectionDelegate(self.table))  # English in Arabic
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # Enter on a row resolves it (the view emits `activated` for Enter).
        self.table.activated.connect(lambda _i: self.resolve_selected())
        lay.addWidget(self.table, 1)
        self.empty = QLabel(translate("StockAttention", "Loading…"))
        self.empty.setWordWrap(True)
        set_role(self.empty, "muted")
        lay.addWidget(self.empty)

        foot = QHBoxLayout()
        foot.addStretch(1)
        self.resolve = QPushButton(translate("StockAttention", "Resolve selected  Enter"))
        self.resolve.setAccessibleName(translate("StockAttention", "Resolve selected"))
        self.resolve.setAutoDefault(False)
        self.resolve.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        set_role(self.resolve, "primary")
        self.resolve.setEnabled(False)
        self.resolve.clicked.connect(self.resolve_selected)
        foot.addWidget(self.resolve)
        # Stock changes Shopify refused (or whose SKU it did not track here) go back in
        # the queue once the cause is fixed in Shopify: `reconcile --retry-rejected`.
        self.send_again = QPushButton(translate("StockAttention", "Send again  Ctrl+R"))
        self.send_again.setAccessibleName(translate("StockAttention", "Send again"))
        self.send_again.setToolTip(translate(
            "StockAttention", "Once the cause is fixed in Shopify, send every stock change "
                              "it set aside again, with the next sync"))
        self.send_again.setShortcut(QKeySequence(SEND_AGAIN_KEY))
        self.send_again.setAutoDefault(False)
        self.send_again.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.send_again.setEnabled(False)
        self.send_again.clicked.connect(self.resend)
        foot.addWidget(self.send_again)
        close = QPushButton(translate("StockAttention", "Close  Esc"))
        close.setAccessibleName(translate("StockAttention", "Close"))
        close.setAutoDefault(False)
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        close.clicked.connect(self.reject)
        foot.addWidget(close)
        lay.addLayout(foot)
        self.resize(1100, 600)
        self.load()

    def load(self) -> None:
        pin = self._approver_pin
        self._run(lambda: self._counter.stock_attention(pin), self.show_rows, self._failed)

    def _approved(self, pin: Approval) -> None:
        self._approver_pin = pin
        self.approval.hide()
        self.load()

    def _failed(self, exc: BaseException) -> None:
        if needs_approval(exc) or (isinstance(exc, PermissionDenied)
                                   and self._approver_pin is not None):
            self._approver_pin = None
            self._say(error_text(exc), "error")
            self.approval.ask()
            if not self.loaded:
                self.empty.setText(translate("StockAttention", "Managers only: enter a "
                                                               "manager PIN to see the list."))
            return
        self._say(error_text(exc), "error")

    def show_rows(self, view: StockAttentionView) -> None:
        self.loaded = True
        selected = self.table.currentRow()
        self.rows = view.rows
        self.table.setRowCount(len(view.rows))
        for r, row in enumerate(view.rows):
            cells = (kind_label(row.kind, row.label), row.sku or "—", reason_text(row),
                     shown_time(row.created_at))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 2 and row.message is not None:
                    # Shopify's own code and words, in English, for support.
                    item.setToolTip(row.detail)
                if c == 0 and row.kind in ("oversold", "rejected"):
                    item.setForeground(QBrush(QColor(ERROR)))  # red: stock went wrong
                self.table.setItem(r, c, item)
        self._fit_rows()
        if view.rows:
            self.table.selectRow(max(0, min(selected, len(view.rows) - 1)))
            self.table.setFocus()
        self.resolve.setEnabled(bool(view.rows))
        self.send_again.setEnabled(view.resendable)
        self.empty.setText(empty_text(view.configured))
        self.empty.setVisible(not view.rows)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Wrapped detail text needs the row heights of the final column widths, which
        # the layout settles after this event.
        QTimer.singleShot(0, self._fit_rows)

    def _fit_rows(self) -> None:
        if not self._closed:
            self.table.resizeRowsToContents()
            for r in range(self.table.rowCount()):  # air between wrapped rows
                self.table.setRowHeight(r, self.table.rowHeight(r) + 12)

    def resolve_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            return
        item = self.rows[row]
        pin = self._approver_pin

        def done(view: StockAttentionView) -> None:
            self._say(translate("StockAttention", "Resolved: {what} for {sku}").format(
                what=kind_label(item.kind, item.label).lower(), sku=item.sku) if item.sku
                else translate("StockAttention", "Resolved: {what}").format(
                    what=kind_label(item.kind, item.label).lower()), "ok")
            self.show_rows(view)

        self.resolve.setEnabled(False)
        self._run(lambda: self._counter.resolve_stock_attention(item.id, pin), done,
                   self._resolve_failed)

    def _resolve_failed(self, exc: BaseException) -> None:
        self.resolve.setEnabled(bool(self.rows))
        self._failed(exc)
        if not needs_approval(exc):
            self.load()  # e.g. resolved meanwhile on another screen: show what is left

    def resend(self) -> None:
        """Put the set-aside stock changes back in the queue (on the worker), then show
        what was done and the list as it is now."""
        if not self.send_again.isEnabled():
            return
        pin = self._approver_pin

        def done(result: StockResent) -> None:
            self._say(sent_text(result.requeued), "ok")
            self.show_rows(result.view)

        self.send_again.setEnabled(False)
        self._run(lambda: self._counter.resend_set_aside_stock(pin), done,
                  self._resend_failed)

    def _resend_failed(self, exc: BaseException) -> None:
        self.send_again.setEnabled(any(r.resendable for r in self.rows))
        self._failed(exc)

    def _say(self, text: str, role: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        set_role(self.message, role)

