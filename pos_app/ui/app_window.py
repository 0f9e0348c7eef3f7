"""The counter window: sign-in and sale screens, the status bar, idle auto-lock."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.errors import SignedOut
from pos_app.services.counter import CompletedView

from .alert_text import AMBER_STYLE, banner_text
from .checkout import CheckoutScreen
from .i18n import error_text, fmt, translate
from .login import LoginScreen, ask_unlock
from .sale_screen import SaleScreen
from .theme import STYLESHEET, set_role
from .worker import DbWorker

StatusFn = Callable[[], dict[str, Any]]


class CounterWindow(QMainWindow):
    def __init__(self, *, counter: Any, worker: DbWorker, store_name: str, terminal_id: str,
                 demo_pins: Sequence[tuple[str, str, str]] = (),
                 status_fn: StatusFn | None = None,
                 on_completed: Callable[[CompletedView], None] | None = None,
                 lock_after_ms: int = 10 * 60 * 1000, status_every_ms: int = 10_000,
                 currency: str = "USD", print_text: Callable[[str], None] | None = None,
                 retry_rejected_fn: Callable[[], Any] | None = None) \
            -> None:
        super().__init__()
        self.counter = counter
        self.worker = worker
        self.terminal_id = terminal_id
        self._status_fn = status_fn
        # Puts the rows the central database refused back in the queue (sync status).
        self._retry_rejected_fn = retry_rejected_fn
        self._on_completed = on_completed
        self.setWindowTitle(translate("Window", "{store} — terminal {terminal}").format(
            store=store_name, terminal=terminal_id))
        self.setStyleSheet(STYLESHEET)
        self.fit_to_screen()

        self.stack = QStackedWidget()
        self.login = LoginScreen(store_name=store_name, demo_pins=demo_pins)
        self.login.submitted.connect(self._sign_in)
        self.login.unlock_requested.connect(self._unlock)
        if print_text is None:
            # Reports go to the receipt printer, off the GUI thread.
            def print_text(text: str) -> None:
                worker.submit(lambda: counter.print_text(text))
        self.sale = SaleScreen(counter, worker, currency, print_text)
        self.sale.sign_out.connect(self.lock)
        # Deactivated since signing in: refused at the next command, back to sign-in.
        worker.signed_out.connect(self._signed_out)
        self.sale.completed.connect(self._completed)
        # Checkout: full-screen steps of this window (the status bar stays in view).
        self.checkout = CheckoutScreen(counter, worker)
        self.sale.checkout_requested.connect(self._open_checkout)
        self.checkout.back.connect(self._back_to_sale)
        self.checkout.completed.connect(self.sale.completed)
        self.checkout.finished.connect(self._checkout_finished)
        self.checkout.note.connect(self.sale.show_note)
        self.stack.addWidget(self.login)
        self.stack.addWidget(self.sale)
        self.stack.addWidget(self.checkout)
        # Health alerts: a thin amber bar above the status bar, only while one fires
        # (fixed height, elided: it never moves or widens the screens).
        self.alert_banner = StatusLabel("")
        self.alert_banner.setObjectName("alertBanner")
        self.alert_banner.setStyleSheet(AMBER_STYLE)
        self.alert_banner.setFixedHeight(28)
        self.alert_banner.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.alert_banner.setAccessibleName(translate("Window", "Alerts"))
        self.alert_banner.setVisible(False)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.stack, 1)
        column.addWidget(self.alert_banner)
        self.setCentralWidget(body)

        bar = self.statusBar()
        # Every field elides (whole text in its tooltip): the status bar never widens
        # the window, however long the Shopify or central state reads.
        self.st_user = StatusLabel(translate("Window", "Signed out"))
        self.st_shift = StatusLabel("")
        self.st_terminal = StatusLabel(translate("Window", "Terminal {terminal}").format(
            terminal=terminal_id))
        self.st_central = StatusLabel("")
        self.st_shopify = StatusLabel("")
        self.st_sync = QPushButton("")
        self.st_sync.setFlat(True)
        self.st_sync.setMinimumHeight(44)  # a touch target, like every button
        self.st_sync.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.st_sync.setToolTip(translate("Window", "Open the sync status"))
        self.st_sync.setAccessibleName(translate("Window", "Sync status"))
        self.st_sync.clicked.connect(self.show_sync_status)
        self.st_sync.setVisible(False)  # an empty flat button still paints a blank pill
        bar.setSizeGripEnabled(False)
        for w in (self.st_user, self.st_shift, self.st_terminal):
            bar.addWidget(w)
            w.setAccessibleName(translate("Window", "Status"))
        self.st_shopify.setAccessibleName(translate("Window", "Shopify status"))
        self.st_central.setAccessibleName(translate("Window", "Central database status"))
        # Who, shift and terminal keep their room; Shopify and central share what is
        # left and are the ones cut short on a narrow screen.
        for w in (self.st_shopify, self.st_central):
            w.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            bar.addPermanentWidget(w, 1)
        bar.addPermanentWidget(self.st_sync)
        self._last_status: dict[str, Any] = {}

        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(lock_after_ms)
        self._idle.timeout.connect(self.lock)
        self.sale.activity.connect(self._touch)
        self.checkout.activity.connect(self._touch)
        self._status_timer = QTimer(self)
        self._status_timer.setInterval(status_every_ms)
        self._status_timer.timeout.connect(self.refresh_status)
        self._status_timer.start()
        worker.submit(counter.staff_list, self._staff_loaded, self._staff_loaded)
        self.refresh_status()
        self.login.reset()

    # ---- sign in / out --------------------------------------------------------------------

    def _staff_loaded(self, staff: Any) -> None:
        if isinstance(staff, BaseException):
            self.login.show_message(str(staff), error=True)
        else:
            self.login.set_staff(staff)

    def _sign_in(self, pin: str, staff_id: str) -> None:
        def done(result: Any) -> None:
            if isinstance(result, BaseException):
                self.login.show_refusal(
                    result, error_text(result, translate(
                        "Window", "Sign-in failed; the error was logged.")))
                return
            self.st_user.setText(translate("Window", "Cashier: {name}").format(name=result.name))
            self.stack.setCurrentWidget(self.sale)
            self._idle.start()
            self.worker.submit(self.counter.shift, self._shift_checked, self._shift_checked)
        self.worker.submit(lambda: self.counter.login(pin, staff_id or None), done, done)

    def _unlock(self, staff_id: str) -> None:
        """A locked person: a manager chooses themselves and types their PIN here."""
        ask_unlock(self, self.login, self.worker, self.counter.unlock_staff, staff_id)

    def _shift_checked(self, shift: Any) -> None:
        # The first cashier of the day is asked for the float before the first sale.
        if not isinstance(shift, BaseException) and not shift.open:
            self.sale.prompt_open_shift()
        self.sale.refresh()
        self.refresh_status()

    def lock(self, message: str | None = None) -> None:
        """Back to sign-in; the open sale stays exactly as it is for whoever signs in."""
        self.worker.submit(self.counter.logout)
        # The people may have changed since (a sync, the back office): read them again.
        self.worker.submit(self.counter.staff_list, self._staff_loaded, self._staff_loaded)
        self.st_user.setText(translate("Window", "Signed out"))
        self.stack.setCurrentWidget(self.login)
        self.login.reset(message or translate("Window", "Locked. Sign in to continue; the "
                                                        "open sale is kept."))
        self._idle.stop()

    def _signed_out(self, exc: SignedOut) -> None:
        """The signed-in person was deactivated: the service refused their command and
        signed them out; the screen follows, saying why."""
        self.lock(translate("Window", "{name} can no longer use this till (deactivated) and "
                            "was signed out. The open sale is kept: sign in to continue.")
                  .format(name=exc.name))

    # ---- status bar --------------------------------------------------------------------------

    def fit_to_screen(self) -> None:
        """The window's size comes from the screen it is on (its available area, below
        any task bar), never from its content; the app shows it maximized."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(1366, 768)
            return
        room = screen.availableGeometry()
        self.resize(min(room.width(), 1366), min(room.height(), 768))

    def refresh_status(self) -> None:
        if self._status_fn is None:
            return
        fn = self._status_fn

        def done(st: Any) -> None:
            if isinstance(st, BaseException):
                self.st_sync.setText(translate("Window", "Status unavailable"))
                self.st_sync.setVisible(True)
                return
            self._last_status = st
            self._show_alerts(st.get("alerts") or [])
            self._show_central(st.get("central") or {})
            self._show_shopify(st)
            shift = st.get("shift")
            self.st_shift.setText(translate("Window", "Shift open") if shift
                                  else translate("Window", "No shift open"))
            pending = st.get("pending_total", 0)
            oldest = min((q["oldest_pending_at"] for q in st.get("outbox", {}).values()
                          if q.get("oldest_pending_at")), default=None)
            text = translate("Window", "Sync: {n} waiting").format(n=pending) if pending \
                else translate("Window", "Sync: up to date")
            if oldest:
                age = datetime.now(UTC) - datetime.fromisoformat(oldest)
                mins = int(age.total_seconds() // 60)
                text += translate("Window", " (oldest {n} min)").format(n=mins) if mins else ""
            self.st_sync.setText(text)
            self.st_sync.setVisible(True)
            _warn(self.st_sync, bool(pending))
        self.worker.submit(fn, done, done)

    def _show_alerts(self, alerts: list[dict[str, Any]]) -> None:
        text = banner_text(alerts)
        self.alert_banner.setText(text)
        self.alert_banner.setVisible(bool(text))

    def _show_central(self, central: dict[str, Any]) -> None:
        state = central.get("state")
        last = _hhmm(central.get("last_success_at"))
        if state == "online":
            text = translate("Window", "Central: online, last sync {time}").format(time=last)
        elif state == "offline":
            text = translate("Window", "Central: offline since {time} — selling continues") \
                .format(time=last or translate("Window", "start"))
        elif state == "paused":
            text = translate("Window", "Central: PAUSED, needs a manager — sales stay queued")
        else:
            text = translate("Window", "Central: not synced yet")
        self.st_central.setText(text)
        # The last error and when (the full alert for a pause) on hover.
        err = central.get("alert") or central.get("last_error") or ""
        self.st_central.setToolTip(text + (
            "\n" + f"{_hhmm(central.get('last_error_at'))} {err}".strip() if err else ""))
        _warn(self.st_central, state in ("offline", "paused"))

    def _show_shopify(self, st: dict[str, Any]) -> None:
        if not st.get("shopify_configured"):
            self.st_shopify.setText(translate("Window", "Shopify: not set up"))
            _warn(self.st_shopify, False)
            return
        rec = st.get("reconcile") or {}
        waiting = int(rec.get("pending_events") or 0) + int(rec.get("in_flight_events") or 0)
        last = _hhmm(rec.get("last_success_at"))
        attention = int(rec.get("open_attention") or 0)
        name = translate("Window", "Shopify (demo shop)") if st.get("shopify_demo") \
            else "Shopify"
        channel = (st.get("channels") or {}).get("shopify") or {}
        # A refused token or setting pauses the channel: shown as offline, why on hover.
        offline = st.get("shopify_offline") or (
            channel.get("alert") if channel.get("state") == "paused" else None)
        if offline:
            text = (translate("Window", "{name}: offline, last sync {time} — selling continues")
                    if last else translate("Window", "{name}: offline — selling continues")
                    ).format(name=name, time=last)
        else:
            text = (translate("Window", "{name}: last sync {time}") if last
                    else translate("Window", "{name}: not synced yet")).format(name=name,
                                                                              time=last)
        if waiting:
            text += translate("Window", ", {n} stock change(s) waiting").format(n=waiting)
        if attention:
            text += translate("Window", ", {n} need attention").format(n=attention)
        self.st_shopify.setText(text)
        self.st_shopify.setToolTip(text + (f"\n{offline}" if offline else ""))
        _warn(self.st_shopify, bool(offline or waiting or attention))

    def show_sync_status(self) -> None:
        SyncStatusDialog(self._last_status, self,
                         retry_rejected=self.retry_rejected if self._retry_rejected_fn
                         else None).exec()

    def retry_rejected(self) -> None:
        """Refused rows back in the queue (off the GUI thread); the next round sends them."""
        fn = self._retry_rejected_fn
        if fn is not None:
            self.worker.submit(fn, lambda _r: self.refresh_status(),
                               lambda _e: self.refresh_status())

    def _open_checkout(self, view: Any) -> None:
        self.stack.setCurrentWidget(self.checkout)
        self.checkout.start(view)

    def _back_to_sale(self) -> None:
        self.stack.setCurrentWidget(self.sale)
        self.sale.refresh()

    def _checkout_finished(self, note: str, scan: str) -> None:
        """Ready for the next sale (started by `scan` when one was typed)."""
        self.stack.setCurrentWidget(self.sale)
        self.sale.ready(note, scan)

    def _completed(self, done: CompletedView) -> None:
        self.refresh_status()
        if self._on_completed is not None:
            self._on_completed(done)

    def _touch(self) -> None:
        """Any key in the scan box or any action restarts the idle auto-lock."""
        if self._idle.isActive():
            self._idle.start()

    def closeEvent(self, event: Any) -> None:
        self._status_timer.stop()
        self._idle.stop()
        super().closeEvent(event)


class StatusLabel(QLabel):
    """A status bar field: its whole text when there is room, cut with … when not (the
    whole text is the tooltip). `setText`/`text` take and give the whole text."""

    def __init__(self, text: str = "") -> None:
        super().__init__()
        self.full_text = ""
        self.setMinimumWidth(1)
        self.setText(text)

    def setText(self, text: str) -> None:
        self.full_text = text
        self.setToolTip(text)
        self.updateGeometry()
        self._fit()

    def text(self) -> str:
        return self.full_text

    def shown_text(self) -> str:
        return QLabel.text(self)

    def sizeHint(self) -> QSize:
        m = self.contentsMargins()
        # elidedText wants a few pixels beyond the advance before it keeps a text whole
        width = self.fontMetrics().horizontalAdvance(self.full_text) + m.left() + m.right() + 12
        return QSize(width, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(1, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        room = max(0, self.contentsRect().width() - 2)
        shown = self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight,
                                              room)
        if shown != QLabel.text(self):
            QLabel.setText(self, shown)


def _hhmm(iso_text: str | None) -> str:
    if not iso_text:
        return ""
    return fmt().time(datetime.fromisoformat(iso_text))


def _warn(widget: QWidget, on: bool) -> None:
    widget.setProperty("state", "warn" if on else "")
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class SyncStatusDialog(QDialog):
    """What is waiting to sync, how old the oldest item is, and what needs a manager."""

    def __init__(self, status: dict[str, Any], parent: QWidget | None = None, *,
                 retry_rejected: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Window", "Sync status"))
        lay = QVBoxLayout(self)
        central = status.get("central") or {}
        head = QLabel(translate("Window", "Central database: {state}").format(
            state=central.get("state", translate("Window", "unknown")))
                      + (translate("Window", " · last sync {time}").format(
                          time=_hhmm(central.get("last_success_at")))
                         if central.get("last_success_at") else ""))
        set_role(head, "title")
        head.setWordWrap(True)
        lay.addWidget(head)
        if central.get("last_error"):
            err = QLabel(translate("Window", "Last error: {error}").format(
                error=central["last_error"]))
            err.setWordWrap(True)
            set_role(err, "muted")
            lay.addWidget(err)
        outbox = status.get("outbox") or {}
        table = QTableWidget(len(outbox), 4)
        table.setHorizontalHeaderLabels([
            translate("Window", "Queue"), translate("Window", "Waiting"),
            translate("Window", "Oldest waiting since"), translate("Window", "Needs attention")])
        table.setAccessibleName(translate("Window", "Sync queues"))
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for r, (topic, q) in enumerate(sorted(outbox.items())):
            cells = (topic.replace("_", " "), str(q.get("pending") or 0),
                     _hhmm(q.get("oldest_pending_at")) or "-", str(q.get("rejected") or 0))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (1, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(r, c, item)
        lay.addWidget(table)
        if not outbox:
            empty = QLabel(translate("Window", "Nothing has been queued yet: completed sales "
                                     "appear here until they reach the central database and "
                                     "Shopify."))
            empty.setWordWrap(True)
            set_role(empty, "muted")
            lay.addWidget(empty)
        refused = int(((status.get("channels") or {}).get("central") or {}).get("rejected")
                      or 0)
        self.retry: QPushButton | None = None
        if retry_rejected is not None and refused:
            self.retry = QPushButton(translate("Window", "Send the {n} refused row(s) again (R)")
                                     .format(n=refused))
            self.retry.setAccessibleName(translate("Window", "Send refused rows again"))
            self.retry.setShortcut(QKeySequence(Qt.Key.Key_R))
            self.retry.setMinimumSize(44, 44)
            self.retry.clicked.connect(retry_rejected)
            self.retry.clicked.connect(self.accept)
            lay.addWidget(self.retry)
        close = QPushButton(translate("Window", "Close"))
        close.setAccessibleName(translate("Window", "Close"))
        close.clicked.connect(self.accept)
        lay.addWidget(close)
        self.resize(720, 420)
