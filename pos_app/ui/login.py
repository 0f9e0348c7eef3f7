"""The sign-in (and lock) screen: choose your name, type your PIN on the pad or keys.

The person is chosen first (a click, Up/Down, or the first letters of the name typed
into the PIN field), so only their PIN is checked. A barcode scanned while this screen
shows is recognised and ignored ("Sign in first"): it never reaches the PIN check, so
it never counts as a wrong PIN. After wrong PINs the screen counts the wait down; a
locked person gets a "Manager unlock" button.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.permissions import REQUIRED, Action, Role
from pos_app.domain.throttle import PinLocked, PinWait
from pos_app.services.staff import Approval

from .i18n import error_text, keep_left_to_right, translate
from .pin_pad import PinField, PinPad, StaffPicker, role_label
from .theme import set_role

SCAN_HINT = ("Sign in first: that was a scan, not a PIN. Choose your name and type "
             "your PIN, then scan.")


def scan_hint() -> str:
    """SCAN_HINT in the screen's language."""
    return translate("Login", "Sign in first: that was a scan, not a PIN. Choose your name "
                              "and type your PIN, then scan.")


class LoginScreen(QWidget):
    """Emits `submitted(pin, staff_id)`; the window does the checking off-thread.
    `unlock_requested(staff_id)` asks the window for a manager's unlock."""

    submitted = Signal(str, str)
    unlock_requested = Signal(str)

    def __init__(self, *, store_name: str, demo_pins: Sequence[tuple[str, str, str]] = ()) \
            -> None:
        super().__init__()
        self.setAccessibleName(translate("Login", "Sign in"))
        outer = QHBoxLayout(self)
        outer.setContentsMargins(48, 32, 48, 32)
        outer.setSpacing(40)

        left = QVBoxLayout()
        title = QLabel(store_name)
        set_role(title, "title")
        left.addWidget(title)
        hint = QLabel(translate("Login", "Choose your name, then type your PIN"))
        set_role(hint, "muted")
        left.addWidget(hint)
        self.staff = StaffPicker()
        self.pin = PinField(self.staff)
        self.staff.itemClicked.connect(lambda _i: self.pin.setFocus())
        self.staff.currentRowChanged.connect(lambda _r: self._person_changed())
        left.addWidget(self.staff, 1)
        self.staff_rows: list[tuple[str, str, str]] = []
        if demo_pins:
            lines = [translate("Login", "DEMO STORE: nothing here is a real sale. Demo PINs:")]
            # The PIN never wraps away from its person (a no-break space before it).
            lines += [f"  {name} ({role_label(role)}):\u00a0{pin}"
                      for name, role, pin in demo_pins]
            banner = QLabel("\n".join(lines))
            banner.setObjectName("demoBanner")
            banner.setWordWrap(True)  # never wider than the screen (1024 px, 150 %)
            set_role(banner, "banner")
            left.addWidget(banner)
        outer.addLayout(left, 1)

        right = QVBoxLayout()
        right.addStretch(1)
        self.who = QLabel("")
        self.who.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self.who, "muted")
        right.addWidget(self.who)
        self.pin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin.setMinimumWidth(320)
        self.pin.returnPressed.connect(self._submit)
        right.addWidget(self.pin)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setAccessibleName(translate("Login", "Sign-in message"))
        right.addWidget(self.message)
        self.unlock = QPushButton(translate("Login", "Manager unlock…"))
        self.unlock.setAccessibleName(translate("Login", "Manager unlock"))
        self.unlock.setAccessibleDescription(translate(
            "Login", "A manager enters their PIN to let the chosen person try again"))
        self.unlock.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.unlock.setMinimumHeight(52)
        self.unlock.clicked.connect(self._ask_unlock)
        self.unlock.hide()
        right.addWidget(self.unlock)
        self.pad = PinPad(self.pin, self._submit)
        self.pad.setContentsMargins(0, 0, 0, 0)
        pad_box = QWidget()
        pad_box.setLayout(self.pad)
        keep_left_to_right(pad_box)  # 1-2-3 from the left in Arabic too
        right.addWidget(pad_box)
        right.addStretch(2)
        outer.addLayout(right, 1)

        self._wait_until = 0.0
        self._wait_prefix = ""
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)

    # ---- the window's side ----------------------------------------------------------------

    def set_staff(self, staff: Sequence[tuple[str, str, str]]) -> None:
        self.staff_rows = list(staff)
        self.staff.set_staff(staff)

    def reset(self, message: str = "") -> None:
        self.pin.reset()
        self.staff.clearSelection()
        self.staff.setCurrentRow(-1)
        if self.staff.count() == 1:
            self.staff.setCurrentRow(0)
        self._stop_countdown()
        self.unlock.hide()
        self.show_message(message, error=False)
        self.pin.setFocus()

    def show_message(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        set_role(self.message, "error" if error else "muted")
        self.pin.setProperty("state", "error" if error else "")
        self.pin.style().unpolish(self.pin)
        self.pin.style().polish(self.pin)

    def show_refusal(self, exc: BaseException, text: str) -> None:
        """A refused PIN: the message, a countdown while the person must wait, the
        unlock button once they are locked."""
        self._stop_countdown()
        locked = isinstance(exc, PinLocked) or bool(getattr(exc, "locked", False))
        wait = exc.wait_seconds if isinstance(exc, PinWait) else \
            getattr(exc, "wait_seconds", None)
        self.unlock.setVisible(locked)
        if wait and not locked:
            # What the message says before its "too many wrong PINs" part stays shown.
            head = translate("Errors", "Too many wrong PINs; try again in {n} s").split(";")[0]
            self._wait_prefix = next((text.split(marker, maxsplit=1)[0] for marker in
                                      ("Too many wrong PINs", head) if marker in text), "")
            self._wait_until = time.monotonic() + int(wait)
            self._tick()
            self._countdown.start()
            return
        self.show_message(text, error=True)

    # ---- inside -------------------------------------------------------------------------

    def _person_changed(self) -> None:
        name = self.staff.chosen_name()
        self.who.setText(translate("Login", "Signing in: {name}").format(name=name)
                         if name else "")
        if self._countdown.isActive() or self.unlock.isVisible():
            # The wait or lock shown was someone else's.
            self._stop_countdown()
            self.unlock.hide()
            self.show_message("", error=False)

    def _tick(self) -> None:
        left = round(self._wait_until - time.monotonic())
        if left <= 0:
            self._stop_countdown()
            self.show_message(translate("Login", "You can try your PIN again now"),
                              error=False)
            return
        shown = translate("Login", "{n} s").format(n=left) if left < 120 \
            else translate("Login", "{n} min").format(n=(left + 59) // 60)
        self.show_message(self._wait_prefix + translate(
            "Login", "Too many wrong PINs; try again in {wait}").format(wait=shown),
                          error=True)

    def _stop_countdown(self) -> None:
        self._countdown.stop()
        self._wait_prefix = ""

    def _ask_unlock(self) -> None:
        sid = self.staff.chosen()
        if sid:
            self.unlock_requested.emit(sid)

    def _submit(self) -> None:
        if self.pin.looks_like_scan():
            self.pin.reset()
            self.show_message(scan_hint(), error=False)
            set_role(self.message, "warn")
            return
        pin = self.pin.text().strip()
        staff_id = self.staff.chosen()
        if not staff_id:
            self.pin.reset()
            self.show_message(translate("Login", "Choose your name first: click it, or type "
                                                 "its first letters or use the arrow keys"),
                              error=True)
            return
        if not pin:
            self.show_message(translate("Login", "Type your PIN"), error=True)
            return
        self.pin.reset()
        self.show_message(translate("Login", "Checking…"), error=False)
        self.submitted.emit(pin, staff_id)


def ask_unlock(parent: QWidget, login: LoginScreen, worker: Any,
               unlock: Callable[[str, Approval], str], staff_id: str) -> None:
    """The "Manager unlock" button: a manager (chosen from the sign-in list) types their
    PIN; the unlock runs on the database worker (`worker.submit(fn, ok, error)`)."""
    from .dialogs import ApprovalDialog

    need = REQUIRED[Action.EDIT_STAFF].rank
    managers = [r for r in login.staff_rows if Role(r[2]).rank >= need]
    name = next((r[1] for r in login.staff_rows if r[0] == staff_id),
                translate("Login", "this person"))
    dlg = ApprovalDialog(translate("Login", "unlock {name}").format(name=name), parent,
                         managers, title=translate("Login", "Manager unlock"))
    if dlg.exec() != QDialog.DialogCode.Accepted:
        return
    approval = dlg.value()

    def failed(exc: BaseException) -> None:
        # About the manager's PIN, not the locked person's: the button stays.
        login.show_message(translate("Login", "Not unlocked: {reason}").format(
            reason=error_text(exc, translate("Login", "the error was logged."))), error=True)

    def done(text: str) -> None:
        login.unlock.hide()
        login.staff.choose(staff_id)
        login.show_message(f"{text}.", error=False)
        login.pin.setFocus()

    worker.submit(lambda: unlock(staff_id, approval), done, failed)
