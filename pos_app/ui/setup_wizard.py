"""First-run set-up: the steps from an empty data directory to a store that sells, as
full-window pages driven by the keyboard (Enter does the step, F8 skips it, Esc cancels
a running step or closes the wizard to finish later).

Steps: the store and this terminal; tax classes and rounding; the owner's account (a
PIN twice on a PIN pad); Shopify (shop in any form, token, a test call that lists the
locations to pick from, then the first catalog pull); the central database (or the
embedded one); the receipt printer (a test page). Every step can be skipped and done
later (`pos-app setup`, or the same steps as commands). Each step runs on the worker
thread with a progress bar; what it did, or what to do when it was refused, is said in
place. The work itself is the app layer's (`SetupBackend`, pos_app/app/setup_steps.py).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.errors import Message
from pos_app.services.inventory_reconciler import CatalogProgress

from .fit_label import FitButton
from .i18n import error_text, fmt, message_text, translate
from .pin_pad import PinField, PinPad
from .theme import STYLESHEET, set_role
from .worker import DbWorker

TARGET = 48  # every control at least this tall (touch: over 44 px)


def location_label(name: str, location_id: str, names: list[str]) -> str:
    """A Shopify location as a manager knows it: its name, with the number of its id
    only when two locations share the name ("Main Street  #1001"), never the raw
    "gid://shopify/Location/1001"."""
    if names.count(name) < 2:
        return name
    return f"{name}  #{location_id.rsplit('/', 1)[-1]}"


class SetupBackend(Protocol):
    """What the wizard asks of the app (FirstRunSetup in app/setup_steps.py)."""

    def has_store(self) -> bool: ...
    def where(self) -> str: ...
    def defaults(self) -> Any: ...
    def create_store(self, a: Any) -> Sequence[str | Message]: ...
    def set_taxes(self, a: Any) -> Sequence[str | Message]: ...
    def create_owner(self, name: str, pin: str, again: str) -> list[str]: ...
    def check_shop(self, shop: str, token: str) -> Any: ...
    def connect_shop(self, check: Any, token: str, location: Any,
                     cancelled: Callable[[], bool] = ...,
                     progress: CatalogProgress | None = ...) -> Sequence[str | Message]: ...
    def connect_central(self, url: str, store_id: str, admin_url: str,
                        admin_password: str) -> Sequence[str | Message]: ...
    def overview(self) -> dict[str, str | None]: ...
    def find_printers(self) -> list[Any]: ...
    def configured_printer(self) -> str | None: ...
    def test_print(self, device: str, words: Any = None, *, keep: bool = True) \
        -> Sequence[str | Message]: ...


@dataclass
class StoreForm:
    store_id: str
    store_name: str
    terminal_id: str
    currency: str
    locale: str
    timezone: str


@dataclass
class TaxForm:
    prices_include_tax: bool
    tax_rounding: str
    cash_rounding: int
    classes: tuple[tuple[str, str, tuple[str, ...]], ...]


class _Relay(QObject):
    """Carries the catalog pull's progress from the worker thread to the screen."""

    moved = Signal(int, object, object)  # (read, total, Shopify's records so far)


def _sized(w: QWidget, name: str) -> QWidget:
    w.setAccessibleName(name)
    w.setMinimumHeight(TARGET)
    if isinstance(w, QPushButton):
        w.setMinimumWidth(TARGET)
        w.setAutoDefault(False)
    return w


def _field(name: str, text: str = "", *, secret: bool = False) -> QLineEdit:
    f = QLineEdit(text)
    if secret:
        f.setEchoMode(QLineEdit.EchoMode.Password)
    _sized(f, name)
    return f


class SetupWizard(QDialog):
    """The first-run wizard. `finished_with_store` tells the caller whether the counter
    can start (a store exists) when the wizard closes."""

    STEPS = ("store", "tax", "owner", "shopify", "central", "printer", "done")

    def __init__(self, backend: SetupBackend, worker: DbWorker | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Setup", "Set up this till"))
        self.setStyleSheet(STYLESHEET)
        self.backend = backend
        self.worker = worker or DbWorker(self)
        self._own_worker = worker is None
        self.state: dict[str, str] = dict.fromkeys(self.STEPS, "todo")  # done|skipped
        self.reports: dict[str, list[str]] = {}  # what each step said, whole
        self.busy = False
        self._cancel = threading.Event()
        self.shop_check: Any = None
        self._checked_for: tuple[str, str] | None = None
        self.pulled: tuple[int, int | None] | None = None  # the pull's last (read, total)
        self._relay = _Relay(self)
        self._relay.moved.connect(self._pull_moved)

        outer = QHBoxLayout(self)
        self.steps = QListWidget()
        self.steps.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.steps.setAccessibleName(translate("Setup", "Set-up steps"))
        self.steps.setFixedWidth(230)
        for label in self._step_labels():
            item = QListWidgetItem(label)
            item.setSizeHint(QSize(200, TARGET))
            self.steps.addItem(item)
        outer.addWidget(self.steps)

        right = QVBoxLayout()
        self.title = QLabel()
        set_role(self.title, "title")
        # At the start of the line whatever script the step's name is in ("Shopify"
        # sat at the left of the Arabic screen).
        leading = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() \
            else Qt.AlignmentFlag.AlignLeft
        self.title.setAlignment(leading | Qt.AlignmentFlag.AlignAbsolute
                                | Qt.AlignmentFlag.AlignVCenter)
        right.addWidget(self.title)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        set_role(self.hint, "muted")
        right.addWidget(self.hint)
        self.stack = QStackedWidget()
        # The page takes what is left: a long message never pushes the window past
        # 1024x768 (the smallest till screen).
        self.stack.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        right.addWidget(self.stack, 1)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(translate("Setup", "What the step did"))
        right.addWidget(self.message)
        progress_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the step says when it is done
        self.progress.setMinimumHeight(TARGET // 2)
        self.progress.setAccessibleName(translate("Setup", "Step in progress"))
        self.progress.hide()
        progress_row.addWidget(self.progress, 1)
        self.cancel_button = FitButton(translate("Setup", "Cancel (Esc)"))
        _sized(self.cancel_button, translate("Setup", "Cancel the running step"))
        self.cancel_button.clicked.connect(self.cancel_step)
        self.cancel_button.hide()
        progress_row.addWidget(self.cancel_button)
        right.addLayout(progress_row)
        # The step keys share one row: in German at 1024x768 they draw their labels
        # smaller rather than cut them (FitButton).
        buttons = QHBoxLayout()
        self.later_button = FitButton(translate("Setup", "Finish later (Esc)"))
        _sized(self.later_button, translate("Setup", "Close the set-up and finish later"))
        self.later_button.clicked.connect(self.reject)
        self.skip_button = FitButton(translate("Setup", "Skip (F8)"))
        _sized(self.skip_button, translate("Setup", "Skip this step"))
        self.skip_button.clicked.connect(self.skip)
        self.go_button = FitButton(translate("Setup", "Continue (Enter)"))
        _sized(self.go_button, translate("Setup", "Do this step and continue"))
        set_role(self.go_button, "primary")
        self.go_button.setDefault(True)
        self.go_button.clicked.connect(self.go)
        self.back_button = FitButton(translate("Setup", "Back (PgUp)"))
        _sized(self.back_button, translate("Setup", "Back to the step before"))
        self.back_button.clicked.connect(self.back)
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.go_button)
        right.addLayout(buttons)
        outer.addLayout(right, 1)

        self._build_store()
        self._build_tax()
        self._build_owner()
        self._build_shopify()
        self._build_central()
        self._build_printer()
        self._build_done()
        self.resize(1024, 768)
        start = 0
        if backend.has_store():
            self.state["store"] = "done"
            start = 1
        self.show_step(start)

    # ---- pages ------------------------------------------------------------------

    def _step_labels(self) -> list[str]:
        return [translate("Setup", "1 Store and till"), translate("Setup", "2 Taxes"),
                translate("Setup", "3 Owner"), translate("Setup", "4 Shopify"),
                translate("Setup", "5 Central database"), translate("Setup", "6 Printer"),
                translate("Setup", "Ready")]

    def _page(self) -> tuple[QWidget, QFormLayout]:
        page = QWidget()
        form = QFormLayout(page)
        form.setVerticalSpacing(10)
        self.stack.addWidget(page)
        return page, form

    def _build_store(self) -> None:
        d = self.backend.defaults()
        _page, form = self._page()
        self.store_id = _field(translate("Setup", "Store id"), d.store_id)
        self.store_name = _field(translate("Setup", "Store name"), d.store_name)
        self.terminal_id = _field(translate("Setup", "Till id"), d.terminal_id)
        self.currency = _field(translate("Setup", "Currency"), d.currency)
        self.locale_field = _field(translate("Setup", "Locale"), d.locale)
        self.timezone = _field(translate("Setup", "Time zone"), d.timezone)
        for label, w in ((translate("Setup", "Store id"), self.store_id),
                         (translate("Setup", "Store name"), self.store_name),
                         (translate("Setup", "Till id"), self.terminal_id),
                         (translate("Setup", "Currency (ISO code)"), self.currency),
                         (translate("Setup", "Locale (e.g. en_US, de_DE)"), self.locale_field),
                         (translate("Setup", "Time zone (e.g. America/Chicago)"),
                          self.timezone)):
            form.addRow(label, w)
        where = QLabel(translate("Setup", "Data directory: {path}").format(
            path=self.backend.where()))
        where.setWordWrap(True)
        set_role(where, "muted")
        form.addRow(where)

    def _build_tax(self) -> None:
        _page, form = self._page()
        self.tax_rate = _field(translate("Setup", "Standard tax rate in percent"), "")
        self.tax_rate.setPlaceholderText(translate("Setup", "e.g. 8.25; empty: no tax"))
        self.tax_name = _field(translate("Setup", "Tax name"),
                               translate("Setup", "Sales tax"))
        self.includes_tax = QCheckBox(translate("Setup", "Prices include tax"))
        _sized(self.includes_tax, translate("Setup", "Prices include tax"))
        self.includes_tax.setStyleSheet("QCheckBox::indicator { width: 28px; height: 28px; }")
        self.rounding = QComboBox()
        self.rounding.addItem(translate("Setup", "Tax rounded per line"), "per_line")
        self.rounding.addItem(translate("Setup", "Tax rounded on the total"), "per_total")
        _sized(self.rounding, translate("Setup", "Tax rounding"))
        self.cash_rounding = _field(translate("Setup", "Cash rounding in minor units"), "1")
        form.addRow(translate("Setup", "Standard rate (%)"), self.tax_rate)
        form.addRow(translate("Setup", "Tax name"), self.tax_name)
        form.addRow("", self.includes_tax)
        form.addRow(translate("Setup", "Rounding"), self.rounding)
        form.addRow(translate("Setup", "Cash rounding (1 = none, 5 = 0.05)"),
                    self.cash_rounding)
        note = QLabel(translate("Setup", "Two classes are made: standard (this rate) and "
                                "exempt (0 %), the classes Shopify's taxable and "
                                "untaxed products use."))
        note.setWordWrap(True)
        set_role(note, "muted")
        form.addRow(note)

    def _build_owner(self) -> None:
        _page, form = self._page()
        self.owner_name = _field(translate("Setup", "Owner's name"))
        self.owner_pin = PinField()
        self.owner_pin.setAccessibleName(translate("Setup", "Owner's PIN"))
        self.owner_again = PinField()
        self.owner_again.setAccessibleName(translate("Setup", "Owner's PIN again"))
        self.owner_again.setPlaceholderText(translate("Setup", "PIN again"))
        form.addRow(translate("Setup", "Name"), self.owner_name)
        form.addRow(translate("Setup", "PIN (4 to 8 digits)"), self.owner_pin)
        form.addRow(translate("Setup", "PIN again"), self.owner_again)
        self.pad = PinPad(self.owner_pin, self.go)
        holder = QWidget()
        holder.setLayout(self.pad)
        holder.setMaximumWidth(360)
        form.addRow("", holder)
        for f in (self.owner_pin, self.owner_again):
            f.installEventFilter(self)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.FocusIn and watched in (self.owner_pin,
                                                                self.owner_again):
            self.pad._field = watched  # the pad types into the PIN field in use
        if event.type() == QEvent.Type.KeyPress and watched is getattr(self, "printer", None) \
                and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) \
                and self.printer_list.count():
            self.printer_list.setFocus()  # Up/Down from the typed form: the list
            return True
        return super().eventFilter(watched, event)

    def _build_shopify(self) -> None:
        _page, form = self._page()
        self.shop = _field(translate("Setup", "Shop"))
        self.shop.setPlaceholderText(translate(
            "Setup", "my-shop, my-shop.myshopify.com or admin.shopify.com/store/my-shop"))
        self.token = _field(translate("Setup", "Admin API access token"), secret=True)
        self.token.setPlaceholderText("shpat_…")
        self.locations = QListWidget()
        self.locations.setAccessibleName(translate("Setup", "Location this till sells "
                                                            "from"))
        self.locations.setMinimumHeight(2 * TARGET)
        form.addRow(translate("Setup", "Shop"), self.shop)
        form.addRow(translate("Setup", "Access token"), self.token)
        form.addRow(translate("Setup", "Location (Up/Down)"), self.locations)
        note = QLabel(translate(
            "Setup", "Enter tests the token and lists the shop's locations; Enter again "
            "connects, stores the token in the keyring and pulls the catalog."))
        note.setWordWrap(True)
        set_role(note, "muted")
        form.addRow(note)

    def _build_central(self) -> None:
        _page, form = self._page()
        self.central_url = _field(translate("Setup", "This till's central database URL"))
        self.central_url.setPlaceholderText("postgresql+psycopg://ROLE@HOST/DB")
        self.central_store = _field(translate("Setup", "Store id at central"))
        self.admin_url = _field(translate("Setup", "Database owner's URL (optional)"))
        self.admin_url.setPlaceholderText(translate(
            "Setup", "postgresql+psycopg://OWNER@HOST/DB: creates the schema and this "
            "till's role"))
        self.admin_password = _field(translate("Setup", "Database owner's password"),
                                     secret=True)
        form.addRow(translate("Setup", "Till's URL"), self.central_url)
        form.addRow(translate("Setup", "Store id"), self.central_store)
        form.addRow(translate("Setup", "Owner's URL"), self.admin_url)
        form.addRow(translate("Setup", "Owner's password"), self.admin_password)
        note = QLabel(translate("Setup", "Skip (F8) keeps the embedded database on this "
                                         "till; connect later with `pos-app central "
                                         "connect`."))
        note.setWordWrap(True)
        set_role(note, "muted")
        form.addRow(note)

    def _build_printer(self) -> None:
        _page, form = self._page()
        self.printer_list = QListWidget()
        self.printer_list.setAccessibleName(translate("Setup", "Printers found on this "
                                                               "till"))
        self.printer_list.setMinimumHeight(3 * TARGET)
        self.printer_list.setWordWrap(True)
        self.printer_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.printer_list.currentItemChanged.connect(self._printer_picked)
        self.printer = _field(translate("Setup", "Receipt printer"))
        self.printer.setPlaceholderText(translate(
            "Setup", "network:HOST[:PORT], usb:VID:PID, serial:DEVICE, file:PATH or "
                     "cups:QUEUE"))
        self.printer.installEventFilter(self)
        self.find_button = QPushButton(translate("Setup", "Look again (F5)"))
        _sized(self.find_button, translate("Setup", "Look for printers again"))
        self.find_button.clicked.connect(self.find_printers)
        self.test_button = QPushButton(translate("Setup", "Test page only (F2)"))
        _sized(self.test_button, translate("Setup", "Print a test page without keeping "
                                                    "the printer"))
        self.test_button.clicked.connect(lambda: self._go_printer(keep=False))
        row = QHBoxLayout()
        row.addWidget(self.find_button)
        row.addWidget(self.test_button)
        row.addStretch(1)
        form.addRow(translate("Setup", "Found (Up/Down)"), self.printer_list)
        form.addRow(translate("Setup", "Printer"), self.printer)
        form.addRow("", row)
        note = QLabel(translate(
            "Setup", "A network printer is not searched for: type network:HOST (port "
            "9100) or network:HOST:PORT. Enter prints a test page (the store's name, the "
            "date and time, a ruler per character width, a cut) and keeps the printer."))
        note.setWordWrap(True)
        set_role(note, "muted")
        form.addRow(note)
        self._printers_found = False

    def find_printers(self) -> None:
        """Look for printers on the worker; the list fills when they are found."""
        if self.busy:
            return
        self.printer_list.clear()
        looking = QListWidgetItem(translate("Setup", "Looking for printers…"))
        looking.setFlags(Qt.ItemFlag.NoItemFlags)
        self.printer_list.addItem(looking)

        def found(result: Any) -> None:
            self._printers_found = True
            self.printer_list.clear()
            if isinstance(result, BaseException):
                result = []
            current = None
            try:
                current = self.backend.configured_printer()
            except Exception:  # noqa: BLE001 - an unreadable config is said at Enter
                current = None
            if current and not self.printer.text():
                self.printer.setText(current)
            for p in result:
                text = self._printer_text(p)
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, p.device)
                # Every line whole, wrapped to the list's width: at least a touch row.
                width = max(200, self.printer_list.viewport().width() - 16)
                high = self.printer_list.fontMetrics().boundingRect(
                    QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), text).height()
                item.setSizeHint(QSize(width, max(TARGET, high + 14)))
                note = self._printer_note(p)
                item.setToolTip(note or (p.device or ""))
                if not p.usable:
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                self.printer_list.addItem(item)
            if not result:
                empty = QListWidgetItem(translate(
                    "Setup", "No printer found: type a network printer's address below, "
                    "or check the USB cable and power and look again (F5)"))
                empty.setFlags(Qt.ItemFlag.NoItemFlags)
                self.printer_list.addItem(empty)
            if self.step == "printer":
                usable = [i for i in range(self.printer_list.count())
                          if self.printer_list.item(i).flags() & Qt.ItemFlag.ItemIsEnabled]
                if usable and not self.printer.text():
                    self.printer_list.setCurrentRow(usable[0])
                    self.printer_list.setFocus()

        self.worker.submit(self.backend.find_printers, found, found)

    def _printer_text(self, p: Any) -> str:
        # Paths, ids and URIs read left to right inside a right-to-left sentence too.
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft

        def ltr(text: str) -> str:
            return f"\u2066{text}\u2069" if rtl and text else text

        where, name = ltr(p.where), ltr(p.name)
        if p.source == "usb-lp":
            text = translate("Setup", "USB printer on {path}").format(path=where)
        elif p.source == "usb":
            text = translate("Setup", "USB printer {ids}").format(ids=where)
        elif p.source == "serial":
            text = translate("Setup", "Serial port {path}").format(path=where)
        else:
            text = translate("Setup", "CUPS queue {queue}").format(queue=where)
        if name:
            text += f" — {name}"
        if p.device:
            text += f"\n{ltr(p.device)}"
        note = self._printer_note(p)
        return f"{text}\n⚠ {note}" if note else text

    def _printer_note(self, p: Any) -> str:
        if p.problem == "no_write":
            path = p.where if self.layoutDirection() == Qt.LayoutDirection.LeftToRight \
                else f"\u2066{p.where}\u2069"
            return translate("Setup", "This user may not write to {path}: add it to the "
                                      "device's group (often lp) and sign in again"
                             ).format(path=path)
        if p.problem == "page_printer":
            return translate("Setup", "CUPS prints to it as a page printer: choose the "
                                      "printer itself (USB, network or serial)")
        return ""

    def _printer_picked(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        device = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if device:
            self.printer.setText(device)

    def _printer_words(self) -> dict[str, str]:
        """The test page's words in the screen's language."""
        return {
            "title": translate("Setup", "Printer test page"),
            "printed_at": translate("Setup", "Printed {when}"),
            "device": translate("Setup", "Printer {device}"),
            "normal": translate("Setup", "Normal text, {n} characters:"),
            "small": translate("Setup", "Small text, {n} characters:"),
            "wide": translate("Setup", "Wide, {n} characters:"),
            "ok": translate("Setup", "Each ruler on one line and the paper cut: receipts "
                                     "will print."),
        }

    def _build_done(self) -> None:
        page = QWidget()
        box = QVBoxLayout(page)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(translate("Setup", "What was set up"))
        box.addWidget(self.summary)
        box.addStretch(1)
        self.stack.addWidget(page)

    # ---- navigation -------------------------------------------------------------

    @property
    def step(self) -> str:
        return self.STEPS[self.stack.currentIndex()]

    def show_step(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.steps.setCurrentRow(index)
        name = self.STEPS[index]
        titles = dict(zip(self.STEPS, self._step_labels(), strict=True))
        self.title.setText(titles[name].split(" ", 1)[-1])
        self.hint.setText({
            "store": translate("Setup", "Who this store and this till are. Skip (F8) "
                                        "starts the store with what is shown."),
            "tax": translate("Setup", "How prices are taxed and rounded."),
            "owner": translate("Setup", "The store's first account: it adds the staff."),
            "shopify": translate("Setup", "Sell Shopify's catalog and keep its stock."),
            "central": translate("Setup", "Where every till's sales meet."),
            "printer": translate("Setup", "The receipt printer and the cash drawer."),
            "done": translate("Setup", "Enter starts the counter."),
        }[name])
        self.message.clear()
        set_role(self.message, "")
        self.skip_button.setVisible(name != "done")
        self.back_button.setEnabled(index > 1 or (index == 1
                                                  and self.state["store"] != "done"))
        self.go_button.setText(translate("Setup", "Start selling (Enter)") if name == "done"
                               else translate("Setup", "Continue (Enter)"))
        if name == "done":
            self.summary.setText(self._summary())
        first = {"store": self.store_name, "tax": self.tax_rate, "owner": self.owner_name,
                 "shopify": self.shop, "central": self.central_url,
                 "printer": self.printer}.get(name)
        (first or self.go_button).setFocus()
        if name == "printer" and not self._printers_found:
            self.find_printers()
        if name == "central" and not self.central_store.text():
            self.central_store.setText(self.store_id.text())

    def _summary(self) -> str:
        words = {"done": translate("Setup", "done"), "skipped": translate(
            "Setup", "skipped: do it later with `pos-app setup`"),
                 "todo": translate("Setup", "not done")}
        labels = self._step_labels()
        return "\n".join(f"{labels[i].split(' ', 1)[-1]}: {words[self.state[s]]}"
                         for i, s in enumerate(self.STEPS[:-1]))

    def next_step(self) -> None:
        self.show_step(min(self.stack.currentIndex() + 1, len(self.STEPS) - 1))

    def skip(self) -> None:
        if self.busy or self.step == "done":
            return
        if self.step == "store":  # a store is needed to go on: the defaults shown
            self.go()
            return
        self.state[self.step] = "skipped"
        self.next_step()

    def back(self) -> None:
        """The step before (the store, once made, is not made again)."""
        index = self.stack.currentIndex() - 1
        if self.busy or index < 0 or (index == 0 and self.state["store"] == "done"):
            return
        self.show_step(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F8:
            self.skip()
            return
        if event.key() == Qt.Key.Key_PageUp:
            self.back()
            return
        if self.step == "printer" and event.key() == Qt.Key.Key_F2:
            self._go_printer(keep=False)
            return
        if self.step == "printer" and event.key() == Qt.Key.Key_F5:
            self.find_printers()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:  # Esc: cancel a running step, else close (finish later)
        if self.busy:
            self.cancel_step()
            return
        super().reject()

    def done_with_store(self) -> bool:
        return self.state["store"] == "done"

    # ---- running a step ---------------------------------------------------------

    def say(self, text: str, role: str) -> None:
        self.message.setText(text)
        set_role(self.message, role)

    def _run(self, fn: Callable[[], Any], on_ok: Callable[[Any], None], *,
             on_error: Callable[[BaseException], str | None] | None = None) -> None:
        self.busy = True
        self._cancel.clear()
        self.progress.setRange(0, 0)  # busy until a step says how far it is
        self.progress.setTextVisible(False)
        self.progress.show()
        self.cancel_button.show()
        self.go_button.setEnabled(False)
        self.skip_button.setEnabled(False)
        self.say(translate("Setup", "Working…"), "")

        def finished(result: Any) -> None:
            self.busy = False
            self.progress.hide()
            self.cancel_button.hide()
            self.go_button.setEnabled(True)
            self.skip_button.setEnabled(True)
            if isinstance(result, BaseException):
                said = on_error(result) if on_error is not None else None
                self.say(said or error_text(result, translate(
                    "Setup", "This step failed: {error}").format(error=result)), "error")
                return
            on_ok(result)

        self.worker.submit(fn, finished, finished)

    def cancel_step(self) -> None:
        if not self.busy:
            return
        self._cancel.set()
        self.say(translate("Setup", "Cancelling: the step stops at its next safe point; "
                                    "nothing is left half done."), "warn")

    def _done(self, said: Sequence[str | Message]) -> None:
        # A step's line is a template and its values (setup_steps: msg) said in the
        # screen's language, or text as it is (what a command printed).
        lines = [message_text(ln) if isinstance(ln, Message) else ln for ln in said]
        self.state[self.step] = "done"
        self.reports[self.step] = list(lines)
        title = self.title.text()
        self.next_step()
        if lines:  # the last lines in place; the whole of it as the tooltip
            self.say("\n".join([translate("Setup", "{step}: done.").format(step=title),
                                *lines[-5:]]), "ok")
            self.message.setToolTip("\n".join(lines))

    def go(self) -> None:
        if self.busy:
            return
        step = self.step
        if step == "done":
            self.accept()
            return
        getattr(self, f"_go_{step}")()

    def _go_store(self) -> None:
        a = (StoreForm(
            self.store_id.text(), self.store_name.text(), self.terminal_id.text(),
            self.currency.text(), self.locale_field.text(), self.timezone.text()))
        self._run(lambda: self.backend.create_store(a), self._done)

    def _go_tax(self) -> None:
        rate = self.tax_rate.text().strip().replace(",", ".").removesuffix("%").strip()
        name = self.tax_name.text().strip() or translate("Setup", "Sales tax")
        try:
            cash = int(self.cash_rounding.text().strip() or "1")
        except ValueError:
            self.say(translate("Setup", "Cash rounding is a whole number of minor units: 1 "
                                        "for none, 5 for 0.05"), "error")
            self.cash_rounding.setFocus()
            return
        standard = (f"tax:{rate}:{name}",) if rate else ()
        a = (TaxForm(
            self.includes_tax.isChecked(), str(self.rounding.currentData()), cash,
            (("standard", translate("Setup", "Standard"), standard),
             ("exempt", translate("Setup", "Exempt"), ()))))
        self._run(lambda: self.backend.set_taxes(a), self._done)

    def _go_owner(self) -> None:
        name, pin, again = (self.owner_name.text(), self.owner_pin.text(),
                            self.owner_again.text())
        if not name.strip():
            self.say(translate("Setup", "Type the owner's name first"), "error")
            self.owner_name.setFocus()
            return
        if not pin:  # Enter after the name: on to the PIN
            self.owner_pin.setFocus()
            return
        if not again:
            self.owner_again.setFocus()
            return
        self.owner_pin.reset()
        self.owner_again.reset()
        self._run(lambda: self.backend.create_owner(name, pin, again), self._done)

    def _go_shopify(self) -> None:
        shop, token = self.shop.text().strip(), self.token.text().strip()
        wanted = (shop, token)
        if self.shop_check is None or self._checked_for != wanted:
            def checked(check: Any) -> None:
                self.shop_check, self._checked_for = check, wanted
                self.locations.clear()
                names = [loc.name for loc in check.probe.locations]
                for loc in check.probe.locations:
                    item = QListWidgetItem(location_label(loc.name, str(loc.id), names))
                    item.setData(Qt.ItemDataRole.UserRole, loc)
                    item.setSizeHint(QSize(300, TARGET))
                    self.locations.addItem(item)
                self.locations.setCurrentRow(0)
                self.locations.setFocus()
                self.say(message_text(check.message()) + "\n" + translate(
                    "Setup", "Pick the location this till sells from (Up/Down) and press "
                    "Enter to connect and pull the catalog."), "ok")

            self._run(lambda: self.backend.check_shop(shop, token), checked)
            return
        item = self.locations.currentItem()
        if item is None:
            self.say(translate("Setup", "The shop has no active location: add one in "
                                        "Shopify's admin, then test again"), "error")
            return
        loc = item.data(Qt.ItemDataRole.UserRole)
        check = self.shop_check
        cancelled = self._cancel.is_set
        self.pulled = None
        def relay(done: int, total: int | None, records: int | None = None) -> None:
            self._relay.moved.emit(done, total, records)

        self._run(lambda: self.backend.connect_shop(check, token, loc, cancelled, relay),
                  self._connected)

    @staticmethod
    def _count_text(done: int, total: int | None) -> str:
        if total is None:
            return translate("Setup", "{done} products read").format(
                done=fmt().number(done))
        return translate("Setup", "{done} of {total} products").format(
            done=fmt().number(min(done, total)), total=fmt().number(total))

    def _pull_moved(self, done: int, total: int | None, records: int | None = None) -> None:
        """The first catalog pull's progress: the bar and its count. While Shopify
        prepares a bulk read, the bar is busy and says how many records it has written
        so far (variants and stock levels: not a count of products)."""
        self.pulled = (done, total)
        if not self.busy:
            return
        if records is not None:
            text = translate("Setup", "Shopify is preparing the catalog: {records} records "
                                      "so far").format(records=fmt().number(records))
            self.progress.setRange(0, 0)
            self.progress.setFormat(text)
            self.progress.setAccessibleDescription(text)
            self.say(text, "")
            return
        self.progress.setRange(0, max(total or 0, 0))
        if total:
            self.progress.setValue(min(done, total))
        text = self._count_text(done, total)
        self.progress.setFormat(text)
        self.progress.setTextVisible(True)
        self.progress.setAccessibleDescription(text)
        self.say(translate("Setup", "Pulling the catalog from Shopify: {count}").format(
            count=text), "")

    def _connected(self, lines: Sequence[str | Message]) -> None:
        """Shopify connected: the summary of the first pull in place, in the screen's
        language (each line a template and its values, picked by its English template)."""
        self._done(lines)
        wanted = ("Location", "Catalog", "Levels", "Attention")
        english = [ln.template if isinstance(ln, Message) else ln for ln in lines]
        detail = [message_text(ln) if isinstance(ln, Message) else ln
                  for ln, en in zip(lines, english, strict=True) if en.startswith(wanted)]
        if self.pulled is None:
            head = translate("Setup", "Shopify: connected; the catalog is pulled by the "
                                      "next sync.")
        elif any(en.startswith("Catalog          cancelled") for en in english):
            head = translate("Setup", "Shopify: connected. The catalog pull was stopped at "
                                      "{count}; the next sync pulls the rest.").format(
                count=self._count_text(*self.pulled))
        else:
            head = translate("Setup", "Shopify: connected. Catalog pulled: {count}.").format(
                count=self._count_text(*self.pulled))
        self.say("\n".join([head, *detail]), "ok")

    def _go_central(self) -> None:
        url, store = self.central_url.text(), self.central_store.text()
        admin, password = self.admin_url.text(), self.admin_password.text()
        self._run(lambda: self.backend.connect_central(url, store, admin, password),
                  self._central_connected)

    def _central_connected(self, lines: Sequence[str | Message]) -> None:
        """The central database connected: in place, the schema, this till's role for its
        store and terminal and the first sync's figures, in the screen's language (each
        line picked by its English template); the whole of it in the tooltip."""
        self._done(lines)
        wanted = ("Central schema", "Terminal role", "Pushed", "Rejected", "Still pending",
                  "Stopped", "PAUSED")
        detail = [message_text(ln) if isinstance(ln, Message) else ln for ln in lines
                  if (ln.template if isinstance(ln, Message) else ln).startswith(wanted)]
        head = translate("Setup", "Central database: connected; this till's sales now go "
                                  "to it.")
        self.say("\n".join([head, *detail]), "ok")

    def _go_printer(self, keep: bool = True) -> None:
        if self.busy:
            return
        device = self.printer.text().strip()
        if not device:
            self.say(translate("Setup", "Choose a printer (Up/Down) or type its form (e.g. "
                                        "network:192.0.2.10), or skip with F8"), "error")
            self.printer.setFocus()
            return
        words = self._printer_words()

        def printed(lines: list[str]) -> None:
            if keep:
                self._done(lines)
                return
            self.say(translate("Setup", "Test page sent to {device}. Enter keeps this "
                                        "printer.").format(device=device), "ok")

        self._run(lambda: self.backend.test_print(device, words, keep=keep), printed,
                  on_error=self._printer_failed)

    def _printer_failed(self, exc: BaseException) -> str | None:
        """What to check, in the screen's language, when the test page did not arrive."""
        kind = getattr(exc, "kind", None)
        if kind is None:
            return None
        values = {"target": getattr(exc, "target", ""), "detail": getattr(exc, "detail", "")}
        if kind == "network":
            text = translate("Setup", "The printer at {target} did not answer ({detail}). "
                                      "Check that it is switched on and its address (its "
                                      "network status sheet: hold FEED while switching it "
                                      "on), and that this till is on the same network.")
        elif kind == "file":
            text = translate("Setup", "Cannot write to {target} ({detail}). Check that the "
                                      "printer is switched on and its cable is in, and that "
                                      "this user may write to {target} (the device's group, "
                                      "often lp).")
        elif kind == "usb":
            text = translate("Setup", "The USB printer {target} was not reached ({detail}). "
                                      "Check the cable and power, its ids with lsusb, and "
                                      "that this user may use the device (a udev rule).")
        elif kind == "cups":
            text = translate("Setup", "The CUPS queue {target} did not take the test page "
                                      "({detail}). Check that the queue exists and accepts "
                                      "jobs (lpstat -p {target}) and that the CUPS client "
                                      "(lp) is installed.")
        else:
            text = translate("Setup", "The serial port {target} could not be used "
                                      "({detail}). Check the cable, the port's name and the "
                                      "baud rate.")
        return text.format(**values)

    def done(self, result: int) -> None:
        super().done(result)
        if self._own_worker:  # closed (Enter on Ready, or Esc): its thread ends too
            self.worker.shutdown()

    def closeEvent(self, event: Any) -> None:
        if self._own_worker:
            self.worker.shutdown()
        super().closeEvent(event)
