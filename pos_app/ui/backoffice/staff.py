"""The store's people in the back office: who may sign in, with their role; add someone,
change a PIN (typed twice on a PIN pad), give another role, deactivate a leaver, bring
them back. Managers only: the staff service checks every action (a manager gives roles
up to their own, never leaves the store without a manager) and journals it; this page
only asks and shows. Changes reach the store's other tills with the next sync."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.permissions import Actor, Role
from pos_app.services.staff import PIN_MAX_DIGITS, PIN_MIN_DIGITS, Staff, StaffService

from ..i18n import QT_TRANSLATE_NOOP, translate
from ..pin_pad import PinField, PinPad
from ..theme import set_role
from ..worker import DbWorker
from .common import Calls, FlowLayout, empty_label, error_text, table_text, text_item

HEADERS = (QT_TRANSLATE_NOOP("Staff", "Name"), QT_TRANSLATE_NOOP("Staff", "Role"),
           QT_TRANSLATE_NOOP("Staff", "Status"))
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "Staff", "Nobody here yet.\nAdd the people who sell and approve (Ctrl+N): each gets a "
    "PIN, and signs in on every till of the store after its next sync.")
ROLE_NAMES = {Role.CASHIER: QT_TRANSLATE_NOOP("Staff", "Cashier"),
              Role.SUPERVISOR: QT_TRANSLATE_NOOP("Staff", "Supervisor"),
              Role.MANAGER: QT_TRANSLATE_NOOP("Staff", "Manager"),
              Role.OWNER: QT_TRANSLATE_NOOP("Staff", "Owner")}
MIN_TOUCH = 48


def role_name(role: Role) -> str:
    return translate("Staff", ROLE_NAMES[role])


@dataclass(frozen=True, slots=True)
class StaffListing:
    people: list[Staff]
    without_pin: set[str]


def _button(text: str, name: str, key: str | None = None) -> QPushButton:
    b = QPushButton(text)
    b.setAccessibleName(name)
    b.setMinimumSize(MIN_TOUCH, MIN_TOUCH)
    b.setAutoDefault(False)
    if key:
        b.setToolTip(key)
    return b


class NewPinBox(QWidget):
    """A new PIN typed twice on the keys or the pad: `pin()` once both agree."""

    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.prompt = QLabel(translate("Staff", "New PIN ({low} to {high} digits)").format(
            low=PIN_MIN_DIGITS, high=PIN_MAX_DIGITS))
        lay.addWidget(self.prompt)
        self.field = PinField()
        self.field.setAccessibleName(translate("Staff", "New PIN"))
        self.field.setPlaceholderText(translate("Staff", "New PIN"))
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field.returnPressed.connect(self.enter)
        lay.addWidget(self.field)
        self.pad = PinPad(self.field, self.enter)
        lay.addLayout(self.pad)
        self._first: str | None = None
        self._pin: str | None = None
        self.message = QLabel("")
        self.message.setWordWrap(True)
        set_role(self.message, "error")
        lay.addWidget(self.message)

    def pin(self) -> str | None:
        return self._pin

    def restart(self, why: str = "") -> None:
        self._first = self._pin = None
        self.field.reset()
        self.prompt.setText(translate("Staff", "New PIN ({low} to {high} digits)").format(
            low=PIN_MIN_DIGITS, high=PIN_MAX_DIGITS))
        self.message.setText(why)

    def enter(self) -> None:
        typed = self.field.text().strip()
        if self.field.looks_like_scan():
            self.restart(translate("Staff", "That was a scan, not a PIN: type the PIN"))
            return
        if not (typed.isdigit() and PIN_MIN_DIGITS <= len(typed) <= PIN_MAX_DIGITS):
            self.field.reset()
            self.message.setText(translate("Staff", "A PIN is {low} to {high} digits").format(
                low=PIN_MIN_DIGITS, high=PIN_MAX_DIGITS))
            return
        if self._first is None:
            self._first = typed
            self.field.reset()
            self.message.setText("")
            self.prompt.setText(translate("Staff", "Type the same PIN again"))
            return
        if typed != self._first:
            self.restart(translate("Staff", "The two PINs were not the same; type the new "
                                            "PIN again"))
            return
        self._pin = typed
        self.done.emit()


class StaffDialog(QDialog):
    """Add someone (name, role, PIN), or set a PIN (`person` given), or give a role."""

    def __init__(self, title: str, *, roles: list[Role], person: Staff | None = None,
                 ask_name: bool = False, ask_role: bool = False, ask_pin: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        lay = QVBoxLayout(self)
        heading = QLabel(title)
        heading.setWordWrap(True)
        set_role(heading, "section")
        lay.addWidget(heading)
        self.name: QLineEdit | None = None
        self.role: QComboBox | None = None
        self.pin_box: NewPinBox | None = None
        if ask_name:
            self.name = QLineEdit()
            self.name.setAccessibleName(translate("Staff", "Name"))
            self.name.setPlaceholderText(translate("Staff", "Name, as the sign-in list "
                                                            "shows it"))
            self.name.setMinimumHeight(MIN_TOUCH)
            lay.addWidget(self.name)
        if ask_role:
            self.role = QComboBox()
            self.role.setAccessibleName(translate("Staff", "Role"))
            self.role.setMinimumHeight(MIN_TOUCH)
            for r in roles:
                self.role.addItem(role_name(r), r)
            if person is not None:
                self.role.setCurrentIndex(max(0, self.role.findData(person.role)))
            lay.addWidget(self.role)
        if ask_pin:
            self.pin_box = NewPinBox()
            self.pin_box.done.connect(self._accept)
            lay.addWidget(self.pin_box)
        self.error = QLabel("")
        self.error.setWordWrap(True)
        set_role(self.error, "error")
        lay.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        self.ok = _button(translate("Staff", "Save (Enter)") if not ask_pin else
                          translate("Staff", "Next (Enter)"), translate("Staff", "Save"))
        self.ok.clicked.connect(self._next)
        self.ok.setDefault(not ask_pin)  # Enter saves a role; on a PIN it is the pad's
        cancel = _button(translate("Staff", "Cancel (Esc)"), translate("Staff", "Cancel"))
        cancel.clicked.connect(self.reject)
        row.addWidget(self.ok)
        row.addWidget(cancel)
        lay.addLayout(row)
        if self.name is not None:
            self.name.returnPressed.connect(self._to_pin)
            self.name.setFocus()
        elif self.pin_box is not None:
            self.pin_box.field.setFocus()
        self.setMinimumWidth(460)

    def _to_pin(self) -> None:
        if self.pin_box is not None:
            self.pin_box.field.setFocus()
        else:
            self._accept()

    def _next(self) -> None:
        if self.pin_box is not None and self.pin_box.pin() is None:
            self.pin_box.enter()
            return
        self._accept()

    def _accept(self) -> None:
        if self.name is not None and not self.name.text().strip():
            self.error.setText(translate("Staff", "Type the person's name first"))
            self.name.setFocus()
            if self.pin_box is not None:
                self.pin_box.restart()
            return
        if self.pin_box is not None and self.pin_box.pin() is None:
            return
        self.accept()

    def values(self) -> tuple[str, Role | None, str | None]:
        role = self.role.currentData() if self.role is not None else None
        return (self.name.text().strip() if self.name is not None else "", role,
                self.pin_box.pin() if self.pin_box is not None else None)


class StaffPage(QWidget):
    info_changed = Signal(object)
    message = Signal(str, bool)

    def __init__(self, staff: StaffService, worker: DbWorker, actor: Actor, *,
                 parent: QWidget | None = None,
                 ask: Callable[[QDialog], bool] | None = None) -> None:
        super().__init__(parent)
        self.staff = staff
        self.actor = actor
        self.calls = Calls(self, worker)
        self.listing: StaffListing | None = None
        # How a dialog is shown (tests drive it without a nested event loop).
        self._ask = ask or (lambda d: d.exec() == QDialog.DialogCode.Accepted)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        title = QLabel(translate("Staff", "Staff"))
        set_role(title, "section")
        top.addWidget(title)
        top.addStretch(1)
        self.show_all = QCheckBox(translate("Staff", "Show leavers (Ctrl+L)"))
        self.show_all.setAccessibleName(translate("Staff", "Show leavers"))
        self.show_all.setMinimumHeight(MIN_TOUCH)
        self.show_all.toggled.connect(lambda _on: self.load())
        top.addWidget(self.show_all)
        lay.addLayout(top)

        bar = QWidget()
        bar.setObjectName("pageBar")
        buttons = FlowLayout(bar)  # wraps rather than squeezing a label on 1024 px
        self.add_button = _button(translate("Staff", "Add (Ctrl+N)"),
                                  translate("Staff", "Add a person"), "Ctrl+N")
        self.pin_button = _button(translate("Staff", "Change PIN (Ctrl+P)"),
                                  translate("Staff", "Change PIN"), "Ctrl+P")
        self.role_button = _button(translate("Staff", "Role (Ctrl+R)"),
                                   translate("Staff", "Change role"), "Ctrl+R")
        self.off_button = _button(translate("Staff", "Deactivate (Del)"),
                                  translate("Staff", "Deactivate"), "Del")
        set_role(self.off_button, "danger")
        self.back_button = _button(translate("Staff", "Bring back (Ctrl+B)"),
                                   translate("Staff", "Bring back"), "Ctrl+B")
        for b, fn, key in ((self.add_button, self.add, "Ctrl+N"),
                           (self.pin_button, self.change_pin, "Ctrl+P"),
                           (self.role_button, self.change_role, "Ctrl+R"),
                           (self.off_button, self.deactivate, "Del"),
                           (self.back_button, self.reactivate, "Ctrl+B")):
            b.clicked.connect(fn)
            buttons.addWidget(b)
            QShortcut(QKeySequence(key), self, fn)
        QShortcut(QKeySequence("Ctrl+L"), self, self.show_all.toggle)
        lay.addWidget(bar)

        self.stack = QStackedWidget()
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setAccessibleName(translate("Staff", "Staff"))
        self.table.setHorizontalHeaderLabels([translate("Staff", h) for h in HEADERS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(MIN_TOUCH)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.resizeSection(1, 200)
        header.resizeSection(2, 240)
        self.table.itemSelectionChanged.connect(self._selection)
        self.empty = empty_label(translate("Staff", EMPTY_TEXT))
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        lay.addWidget(self.stack, 1)
        self.note = QLabel(translate("Staff", "Changes reach the store's other tills at their "
                                              "next sync; a deactivated person is refused "
                                              "on this till at once."))
        self.note.setWordWrap(True)
        set_role(self.note, "summary")
        lay.addWidget(self.note)
        self._selection()

    # ---- reading -----------------------------------------------------------------------------

    def load(self) -> None:
        every = self.show_all.isChecked()
        svc = self.staff

        def read() -> StaffListing:
            return StaffListing(svc.list_staff(include_inactive=every), svc.without_pin())

        self.calls.run("list", read, self._show,
                       lambda exc: self.message.emit(error_text(exc), True))

    def _show(self, listing: StaffListing) -> None:
        keep = self.selected()
        self.listing = listing
        self.table.setRowCount(len(listing.people))
        for r, person in enumerate(listing.people):
            status = (translate("Staff", "Deactivated") if not person.active else
                      translate("Staff", "No PIN yet") if person.id in listing.without_pin
                      else translate("Staff", "Active"))
            self.table.setItem(r, 0, text_item(person.name, tip=person.id))
            self.table.setItem(r, 1, text_item(role_name(person.role),
                                               sort=person.role.rank))
            self.table.setItem(r, 2, text_item(status))
            if keep is not None and person.id == keep.id:
                self.table.selectRow(r)
        self.stack.setCurrentWidget(self.table if listing.people else self.empty)
        if self.selected() is None and listing.people:
            self.table.selectRow(0)
        self._selection()

    def rows_text(self) -> list[list[str]]:
        return table_text(self.table)

    def selected(self) -> Staff | None:
        if self.listing is None:
            return None
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.listing.people):
            return None
        return self.listing.people[rows[0].row()]

    def select(self, name: str) -> None:
        assert self.listing is not None
        for r, person in enumerate(self.listing.people):
            if person.name == name:
                self.table.selectRow(r)
                return
        raise KeyError(name)

    def _selection(self) -> None:
        person = self.selected()
        active = person is not None and person.active
        self.pin_button.setEnabled(active)
        self.role_button.setEnabled(active)
        self.off_button.setEnabled(active)
        self.back_button.setEnabled(person is not None and not person.active)

    # ---- actions ----------------------------------------------------------------------------

    def _roles(self) -> list[Role]:
        return [r for r in Role if r.rank <= self.actor.role.rank]

    def _do(self, fn: Callable[[], Any], done: str) -> None:
        def ok(_result: Any) -> None:
            self.message.emit(done, False)
            self.load()

        self.calls.run("change", fn, ok, lambda exc: self.message.emit(error_text(exc), True))

    def add(self) -> None:
        dlg = StaffDialog(translate("Staff", "Add a person"), roles=self._roles(),
                          ask_name=True, ask_role=True, ask_pin=True, parent=self)
        if not self._ask(dlg):
            return
        name, role, pin = dlg.values()
        assert role is not None and pin is not None
        svc, by = self.staff, self.actor
        self._do(lambda: svc.add_staff(name, role, pin, by=by),
                 translate("Staff", "{name} added: they sign in here now, and on the "
                                    "store's other tills after their next sync.").format(
                     name=" ".join(name.split())))

    def change_pin(self) -> None:
        person = self.selected()
        if person is None or not person.active:
            return
        dlg = StaffDialog(translate("Staff", "New PIN for {name}").format(name=person.name),
                          roles=[], person=person, ask_pin=True, parent=self)
        if not self._ask(dlg):
            return
        _, _, pin = dlg.values()
        assert pin is not None
        svc, by = self.staff, self.actor
        self._do(lambda: svc.change_pin(person.id, pin, by=by),
                 translate("Staff", "{name} has a new PIN.").format(name=person.name))

    def change_role(self) -> None:
        person = self.selected()
        if person is None or not person.active:
            return
        dlg = StaffDialog(translate("Staff", "Role of {name}").format(name=person.name),
                          roles=self._roles(), person=person, ask_role=True, parent=self)
        if not self._ask(dlg):
            return
        _, role, _ = dlg.values()
        assert role is not None
        svc, by = self.staff, self.actor
        self._do(lambda: svc.set_role(person.id, role, by=by),
                 translate("Staff", "{name} is now: {role}.").format(
                     name=person.name, role=role_name(role)))

    def deactivate(self) -> None:
        person = self.selected()
        if person is None or not person.active:
            return
        dlg = ConfirmDialog(
            translate("Staff", "Deactivate {name}?").format(name=person.name),
            translate("Staff", "They cannot sign in on this till from now, nor on the store's "
                               "other tills after their next sync. Their name stays on past "
                               "sales."),
            translate("Staff", "Deactivate (Enter)"), parent=self)
        if not self._ask(dlg):
            return
        svc, by = self.staff, self.actor
        self._do(lambda: svc.deactivate(person.id, by=by),
                 translate("Staff", "{name} is deactivated.").format(name=person.name))

    def reactivate(self) -> None:
        person = self.selected()
        if person is None or person.active:
            return
        dlg = StaffDialog(translate("Staff", "Bring back {name}, with a new PIN").format(
            name=person.name), roles=[], person=person, ask_pin=True, parent=self)
        if not self._ask(dlg):
            return
        _, _, pin = dlg.values()
        assert pin is not None
        svc, by = self.staff, self.actor
        self._do(lambda: svc.reactivate(person.id, pin, by=by),
                 translate("Staff", "{name} is back.").format(name=person.name))


class ConfirmDialog(QDialog):
    def __init__(self, title: str, text: str, yes: str, *,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        lay = QVBoxLayout(self)
        heading = QLabel(title)
        set_role(heading, "section")
        lay.addWidget(heading)
        body = QLabel(text)
        body.setWordWrap(True)
        lay.addWidget(body)
        row = QHBoxLayout()
        row.addStretch(1)
        self.yes = _button(yes, translate("Staff", "Confirm"))
        set_role(self.yes, "danger")
        self.yes.setDefault(True)
        self.yes.clicked.connect(self.accept)
        no = _button(translate("Staff", "Cancel (Esc)"), translate("Staff", "Cancel"))
        no.clicked.connect(self.reject)
        row.addWidget(self.yes)
        row.addWidget(no)
        lay.addLayout(row)
        self.setMinimumWidth(460)
