"""The back office's Settings section (managers and owners): what the first-run set-up
left this till with (the store, taxes, Shopify, the central database, the printer), each
part not set up said as such, and the set-up wizard again (F2) to do a skipped step
later."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..i18n import translate
from ..setup_wizard import TARGET as MIN_TOUCH
from ..setup_wizard import SetupBackend, SetupWizard
from ..theme import set_role
from ..worker import DbWorker
from .common import Calls, error_text

PARTS = ("store", "taxes", "owner", "shopify", "central", "printer")


class SettingsPage(QWidget):
    message = Signal(str, bool)

    def __init__(self, backend: SetupBackend, worker: DbWorker) -> None:
        super().__init__()
        self.backend = backend
        self.calls = Calls(self, worker)
        self.wizard: SetupWizard | None = None
        self.overview: Mapping[str, str | None] | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(10)
        top = QHBoxLayout()
        title = QLabel(translate("Settings", "Settings of this till"))
        set_role(title, "title")
        title.setWordWrap(True)  # the wizard's key keeps its whole label beside it
        top.addWidget(title, 1)
        self.wizard_button = QPushButton(translate("Settings", "Set-up wizard (F2)"))
        self.wizard_button.setAccessibleName(translate(
            "Settings", "Open the set-up wizard to do a skipped step"))
        self.wizard_button.setMinimumSize(MIN_TOUCH, MIN_TOUCH)
        set_role(self.wizard_button, "primary")
        self.wizard_button.clicked.connect(self.open_wizard)
        QShortcut(QKeySequence("F2"), self).activated.connect(self.open_wizard)
        top.addWidget(self.wizard_button)
        outer.addLayout(top)

        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(8)
        self.values: dict[str, QLabel] = {}
        for row, part in enumerate(PARTS):
            name = QLabel(self._part_title(part))
            set_role(name, "muted")
            value = QLabel(translate("Settings", "Reading…"))
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(self._part_title(part))
            self.grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(value, row, 1)
            self.values[part] = value
        self.grid.setColumnStretch(1, 1)
        outer.addLayout(self.grid)
        note = QLabel(translate(
            "Settings", "A step skipped at the first start can be done here: the wizard "
            "opens at the taxes (the store is kept), F8 skips what is already right. "
            "The counter reads the new settings when it starts again."))
        note.setWordWrap(True)
        set_role(note, "muted")
        outer.addWidget(note)
        outer.addStretch(1)

    @staticmethod
    def _part_title(part: str) -> str:
        return {"store": translate("Settings", "Store and till"),
                "taxes": translate("Settings", "Tax classes"),
                "owner": translate("Settings", "Owner"),
                "shopify": translate("Settings", "Shopify"),
                "central": translate("Settings", "Central database"),
                "printer": translate("Settings", "Receipt printer")}[part]

    @staticmethod
    def _not_set(part: str) -> str:
        return {"store": translate("Settings", "No store yet"),
                "taxes": translate("Settings", "No tax class yet: prices are sold "
                                               "without tax"),
                "owner": translate("Settings", "No owner's account yet: the owner adds the "
                                               "staff"),
                "shopify": translate("Settings", "Not connected: this till sells offline "
                                                 "only"),
                "central": translate("Settings", "The embedded database on this till"),
                "printer": translate("Settings", "No printer: receipts are saved as "
                                                 "PDF")}[part]

    def load(self) -> None:
        self.calls.run("overview", self.backend.overview, self._show,
                       lambda exc: self.message.emit(error_text(exc), True))

    def _show(self, overview: Mapping[str, str | None]) -> None:
        self.overview = overview
        for part, label in self.values.items():
            value = overview.get(part)
            label.setText(value or self._not_set(part))
            set_role(label, "" if value else "warn")

    def open_wizard(self) -> None:
        """The set-up wizard over the back office; the overview is read again after."""
        if self.wizard is not None or not self.isVisible():
            return
        self.wizard = SetupWizard(self.backend, parent=self)
        self.wizard.setWindowModality(Qt.WindowModality.WindowModal)
        self.wizard.finished.connect(self._wizard_closed)
        self.wizard.showMaximized()

    def _wizard_closed(self, _result: Any = None) -> None:
        wizard, self.wizard = self.wizard, None
        if wizard is not None:
            wizard.deleteLater()
        self.load()
