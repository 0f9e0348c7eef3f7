"""The sign-in screen: pick your name (or don't) and type your PIN on the pad or keyboard."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .theme import set_role


class LoginScreen(QWidget):
    """Emits `submitted(pin, staff_id or "")`; the window does the checking off-thread."""

    submitted = Signal(str, str)

    def __init__(self, *, store_name: str, demo_pins: Sequence[tuple[str, str, str]] = ()) \
            -> None:
        super().__init__()
        outer = QHBoxLayout(self)
        outer.setContentsMargins(48, 32, 48, 32)
        outer.setSpacing(40)

        left = QVBoxLayout()
        title = QLabel(store_name)
        set_role(title, "title")
        left.addWidget(title)
        hint = QLabel("Choose your name, or just type your PIN")
        set_role(hint, "muted")
        left.addWidget(hint)
        self.pin = QLineEdit()
        self.staff = QListWidget()
        self.staff.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.staff.itemClicked.connect(lambda _i: self.pin.setFocus())
        left.addWidget(self.staff, 1)
        if demo_pins:
            lines = ["DEMO STORE: nothing here is a real sale. Demo PINs:"]
            lines += [f"  {name} ({role}): {pin}" for name, role, pin in demo_pins]
            banner = QLabel("\n".join(lines))
            banner.setObjectName("demoBanner")
            set_role(banner, "banner")
            left.addWidget(banner)
        outer.addLayout(left, 1)

        right = QVBoxLayout()
        right.addStretch(1)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText("PIN")
        self.pin.setMaxLength(8)
        self.pin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin.setMinimumWidth(320)
        self.pin.returnPressed.connect(self._submit)
        right.addWidget(self.pin)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right.addWidget(self.message)
        pad = QGridLayout()
        pad.setSpacing(8)
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "Clear", "0", "Enter"]
        for i, key in enumerate(keys):
            b = QPushButton(key)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            set_role(b, "primary" if key == "Enter" else "key")
            b.setMinimumSize(96, 64)
            b.clicked.connect(lambda _c=False, k=key: self._key(k))
            pad.addWidget(b, i // 3, i % 3)
        right.addLayout(pad)
        right.addStretch(2)
        outer.addLayout(right, 1)

    def set_staff(self, staff: Sequence[tuple[str, str, str]]) -> None:
        self.staff.clear()
        for sid, name, role in staff:
            item = QListWidgetItem(f"{name}  ·  {role}")
            item.setData(Qt.ItemDataRole.UserRole, sid)
            self.staff.addItem(item)

    def reset(self, message: str = "") -> None:
        self.pin.clear()
        self.staff.clearSelection()
        self.staff.setCurrentRow(-1)
        self.show_message(message, error=False)
        self.pin.setFocus()

    def show_message(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        set_role(self.message, "error" if error else "muted")
        self.pin.setProperty("state", "error" if error else "")
        self.pin.style().unpolish(self.pin)
        self.pin.style().polish(self.pin)

    def _key(self, key: str) -> None:
        if key == "Clear":
            self.pin.clear()
        elif key == "Enter":
            self._submit()
        else:
            self.pin.insert(key)
        self.pin.setFocus()

    def _submit(self) -> None:
        pin = self.pin.text().strip()
        if not pin:
            self.show_message("Type your PIN", error=True)
            return
        item = self.staff.currentItem()
        staff_id = item.data(Qt.ItemDataRole.UserRole) if item and item.isSelected() else ""
        self.pin.clear()
        self.show_message("Checking…", error=False)
        self.submitted.emit(pin, staff_id)
