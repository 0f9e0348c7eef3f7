"""What every PIN prompt is made of: a list to choose the person, a PIN field that
knows a scanner from a person, and a touch pad.

- `StaffPicker`: the people to choose from, in rows tall enough for a finger. It never
  takes the keyboard: Up/Down and the first letters of a name, typed in the PIN field,
  choose the person.
- `PinField`: a masked field for digits. It notes how fast keys arrive, so a barcode
  scanner's burst (many keys a few milliseconds apart, then Enter) is recognised and
  never submitted as a PIN (`looks_like_scan`).
- `PinPad`: 0-9, Clear and Enter, every key at least `KEY_SIZE` (over 44x44 px).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from pos_app.services.staff import PIN_MAX_DIGITS

from .fit_label import FitButton
from .i18n import QT_TRANSLATE_NOOP, translate
from .theme import set_role

KEY_SIZE = QSize(88, 64)
COMPACT_KEY_SIZE = QSize(56, 48)  # one row of keys beside a field: still over 44x44
ROW_HEIGHT = 52
# A scanner sends a code's keys a few ms apart; nobody types this fast. A burst at
# least this long (EAN-8 is the shortest retail barcode) ending in Enter is a scan.
SCAN_GAP_S = 0.030
SCAN_MIN_KEYS = 6
TYPE_AHEAD_RESET_S = 1.0

StaffRow = tuple[str, str, str]  # (id, name, role)
# A role as people read it (the back office's Staff words), never its stored value.
ROLE_NAMES = {"cashier": QT_TRANSLATE_NOOP("Staff", "Cashier"),
              "supervisor": QT_TRANSLATE_NOOP("Staff", "Supervisor"),
              "manager": QT_TRANSLATE_NOOP("Staff", "Manager"),
              "owner": QT_TRANSLATE_NOOP("Staff", "Owner")}


def role_label(role: str) -> str:
    """"manager" -> "Manager" in the screen's language ("Filialleitung" in German)."""
    name = ROLE_NAMES.get(role)
    return translate("Staff", name) if name is not None else role


class StaffPicker(QListWidget):
    """Choose who is typing a PIN: rows of name and role."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAccessibleName(translate("PinPad", "Staff member"))
        self.setAccessibleDescription(translate(
            "PinPad", "Choose who is signing in or approving: touch, or Up and Down "
                      "arrows, or the first letters of the name"))
        self._typed = ""
        self._typed_at = 0.0

    def set_staff(self, staff: Sequence[StaffRow]) -> None:
        self.clear()
        for sid, name, value in staff:
            role = role_label(value)
            item = QListWidgetItem(f"{name}  ·  {role}")
            item.setData(Qt.ItemDataRole.UserRole, sid)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{name}, {role}")
            item.setSizeHint(QSize(0, ROW_HEIGHT))
            self.addItem(item)
        if self.count() == 1:
            self.setCurrentRow(0)

    def chosen(self) -> str | None:
        item = self.currentItem()
        if item is None or not item.isSelected():
            return None
        value = item.data(Qt.ItemDataRole.UserRole)
        return str(value) if value else None

    def chosen_name(self) -> str:
        item = self.currentItem()
        return item.text().split("  ·  ")[0] if item is not None and item.isSelected() else ""

    def choose(self, staff_id: str) -> None:
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == staff_id:
                self.setCurrentRow(row)
                return

    def step(self, delta: int) -> None:
        if not self.count():
            return
        row = self.currentRow() if self.chosen() is not None else (-1 if delta > 0 else
                                                                   self.count())
        self.setCurrentRow(max(0, min(self.count() - 1, row + delta)))

    def type_ahead(self, letter: str) -> None:
        """Choose the first name starting with the letters typed so far (or, if none
        does, with this letter alone: a fresh start)."""
        now = time.monotonic()
        kept = self._typed if now - self._typed_at < TYPE_AHEAD_RESET_S else ""
        self._typed_at = now
        for typed in (kept + letter.casefold(), letter.casefold()):
            for row in range(self.count()):
                if self.item(row).text().casefold().startswith(typed):
                    self._typed = typed
                    self.setCurrentRow(row)
                    return
        self._typed = ""

    def reset_typing(self) -> None:
        self._typed = ""


class PinField(QLineEdit):
    """A masked PIN field that routes arrows and letters to a `StaffPicker` and keeps
    the timing of the keys typed since it was last cleared."""

    def __init__(self, picker: StaffPicker | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picker = picker
        self.setEchoMode(QLineEdit.EchoMode.Password)
        # Longer than any PIN, so a scanned code arrives whole and is seen for what it is.
        self.setMaxLength(64)
        self.setPlaceholderText(translate("PinPad", "PIN"))
        self.setAccessibleName(translate("PinPad", "PIN"))
        self.setAccessibleDescription(translate(
            "PinPad", "Your PIN, 4 to {n} digits; Enter to confirm, Del clears").format(
            n=PIN_MAX_DIGITS))
        self.setMinimumHeight(ROW_HEIGHT)
        self._stamps: list[float] = []
        self.textChanged.connect(self._maybe_cleared)

    def _maybe_cleared(self, text: str) -> None:
        if not text:
            self._stamps.clear()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        now = time.monotonic()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.picker is not None:
            self.picker.step(-1 if key == Qt.Key.Key_Up else 1)
            return
        if key == Qt.Key.Key_Delete:  # the pad's Clear key
            self.reset()
            return
        text = event.text()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._stamps.append(now)
        elif text and text.isprintable():
            if not text.isdigit():
                # Letters choose a person; they are never part of a PIN. The timing
                # starts again after them: a name typed fast is not a scan.
                self._stamps.clear()
                if self.picker is not None and text.isalpha():
                    self.picker.type_ahead(text)
                return
            self._stamps.append(now)
            if self.picker is not None:
                self.picker.reset_typing()  # a digit ends the name
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # Never the digits typed so far selected: the next key would replace them.
        self.deselect()
        self.end(False)

    def burst_length(self) -> int:
        """How many of the last keys (Enter included) came a scanner's gap apart."""
        stamps = self._stamps
        n = 1 if stamps else 0
        for a, b in zip(reversed(stamps[:-1]), reversed(stamps[1:]), strict=True):
            if b - a > SCAN_GAP_S:
                break
            n += 1
        return n

    def looks_like_scan(self) -> bool:
        """Longer than a PIN, or keys faster than a person types: a barcode."""
        return len(self.text()) > PIN_MAX_DIGITS or self.burst_length() >= SCAN_MIN_KEYS

    def forget_timing(self) -> None:
        self._stamps.clear()

    def reset(self) -> None:
        self.clear()
        self._stamps.clear()
        if self.picker is not None:
            self.picker.reset_typing()


class PinPad(QGridLayout):
    """A touch pad feeding a `PinField`: digits, Clear (the Del key), and Enter
    (`on_enter`)."""

    def __init__(self, field: PinField, on_enter: Callable[[], None], *,
                 columns: int = 3) -> None:
        super().__init__()
        self.setSpacing(8)
        self.buttons: dict[str, QPushButton] = {}
        self._field = field
        self._on_enter = on_enter
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "Clear", "0", "Enter"]
        compact = columns > 4
        size = COMPACT_KEY_SIZE if compact else KEY_SIZE
        for c in range(columns):
            self.setColumnStretch(c, 1)  # every key as wide as the others
        labels = {"Clear": translate("PinPad", "Clear") if compact
                  else translate("PinPad", "Clear\nDel"),
                  "Enter": translate("PinPad", "Enter")}
        for i, key in enumerate(keys):
            # Clear and Enter in German ("Löschen", "Eingabe") on a compact pad: drawn
            # smaller, never cut.
            b = FitButton(labels.get(key, key))
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setAutoDefault(False)
            # A role of its own: the stylesheet sets no height, so every key, Enter
            # included, is exactly the height given here.
            set_role(b, "primary" if key == "Enter" else "pinkey")
            # One height for every key, Enter included, whatever its style.
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            b.setMinimumWidth(size.width())
            b.setFixedHeight(size.height())
            b.setAccessibleName({"Clear": translate("PinPad", "Clear PIN"),
                                 "Enter": translate("PinPad", "Enter PIN")}.get(
                key, translate("PinPad", "Digit {digit}").format(digit=key)))
            if key == "Clear":
                b.setToolTip(translate("PinPad", "Clears the PIN (Del)"))
                b.setAccessibleDescription(translate("PinPad", "Key: Del"))
            b.clicked.connect(lambda _c=False, k=key: self.press(k))
            self.addWidget(b, i // columns, i % columns)
            self.buttons[key] = b

    def press(self, key: str) -> None:
        field = self._field
        if key == "Clear":
            field.reset()
        elif key == "Enter":
            self._on_enter()
        else:
            field.insert(key)
            field.forget_timing()  # a finger on the pad is a person, not a scanner
        field.setFocus()
        field.deselect()
