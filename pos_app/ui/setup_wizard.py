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
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QSize, Qt
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

from .i18n import error_text, translate
from .pin_pad import PinField, PinPad
from .theme import STYLESHEET, set_role
from .worker import DbWorker

TARGET = 48  # every control at least this tall (touch: over 44 px)


class SetupBackend(Protocol):
    """What the wizard asks of the app (FirstRunSetup in app/setup_steps.py)."""

    def has_store(self) -> bool: ...
    def where(self) -> str: ...
    def defaults(self) -> Any: ...
    def create_store(self, a: Any) -> list[str]: ...
    def set_taxes(self, a: Any) -> list[str]: ...
    def create_owner(self, name: str, pin: str, again: str) -> list[str]: ...
    def check_shop(self, shop: str, token: str) -> Any: ...
    def connect_shop(self, check: Any, token: str, location: Any,
                     cancelled: Callable[[], bool] = ...) -> list[str]: ...
    def connect_central(self, url: str, store_id: str, admin_url: str,
                        admin_password: str) -> list[str]: ...
    def test_print(self, device: str) -> list[str]: ...


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
        self.cancel_button = QPushButton(translate("Setup", "Cancel (Esc)"))
        _sized(self.cancel_button, translate("Setup", "Cancel the running step"))
        self.cancel_button.clicked.connect(self.cancel_step)
        self.cancel_button.hide()
        progress_row.addWidget(self.cancel_button)
        right.addLayout(progress_row)
        buttons = QHBoxLayout()
        self.later_button = QPushButton(translate("Setup", "Finish later (Esc)"))
        _sized(self.later_button, translate("Setup", "Close the set-up and finish later"))
        self.later_button.clicked.connect(self.reject)
        self.skip_button = QPushButton(translate("Setup", "Skip (F8)"))
        _sized(self.skip_button, translate("Setup", "Skip this step"))
        self.skip_button.clicked.connect(self.skip)
        self.go_button = QPushButton(translate("Setup", "Continue (Enter)"))
        _sized(self.go_button, translate("Setup", "Do this step and continue"))
        set_role(self.go_button, "primary")
        self.go_button.setDefault(True)
        self.go_button.clicked.connect(self.go)
        self.back_button = QPushButton(translate("Setup", "Back (PgUp)"))
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
        self.printer = QComboBox()
        self.printer.setEditable(True)
        for form_text in ("usb:04b8:0202", "network:192.0.2.10:9100", "serial:/dev/ttyS0",
                          "file:/dev/usb/lp0", "dummy"):
            self.printer.addItem(form_text)
        self.printer.setCurrentText("")
        _sized(self.printer, translate("Setup", "Receipt printer"))
        form.addRow(translate("Setup", "Printer"), self.printer)
        note = QLabel(translate(
            "Setup", "usb:VID:PID (as lsusb shows), network:HOST[:PORT], serial:DEVICE"
            "[:BAUD] or file:PATH. Enter prints a test page and keeps the printer."))
        note.setWordWrap(True)
        set_role(note, "muted")
        form.addRow(note)

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

    def _run(self, fn: Callable[[], Any], on_ok: Callable[[Any], None]) -> None:
        self.busy = True
        self._cancel.clear()
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
                self.say(error_text(result, translate("Setup", "This step failed: {error}").format(
                    error=result)), "error")
                return
            on_ok(result)

        self.worker.submit(fn, finished, finished)

    def cancel_step(self) -> None:
        if not self.busy:
            return
        self._cancel.set()
        self.say(translate("Setup", "Cancelling: the step stops at its next safe point; "
                                    "nothing is left half done."), "warn")

    def _done(self, lines: list[str]) -> None:
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
                for loc in check.probe.locations:
                    item = QListWidgetItem(f"{loc.name}  ({loc.id})")
                    item.setData(Qt.ItemDataRole.UserRole, loc)
                    item.setSizeHint(QSize(300, TARGET))
                    self.locations.addItem(item)
                self.locations.setCurrentRow(0)
                self.locations.setFocus()
                self.say(check.line() + "\n" + translate(
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
        self._run(lambda: self.backend.connect_shop(check, token, loc, cancelled),
                  self._done)

    def _go_central(self) -> None:
        url, store = self.central_url.text(), self.central_store.text()
        admin, password = self.admin_url.text(), self.admin_password.text()
        self._run(lambda: self.backend.connect_central(url, store, admin, password),
                  self._done)

    def _go_printer(self) -> None:
        device = self.printer.currentText()
        if not device.strip():
            self.say(translate("Setup", "Choose or type the printer's form (e.g. "
                                        "usb:04b8:0202), or skip with F8"), "error")
            return
        self._run(lambda: self.backend.test_print(device), self._done)

    def closeEvent(self, event: Any) -> None:
        if self._own_worker:
            self.worker.shutdown()
        super().closeEvent(event)
