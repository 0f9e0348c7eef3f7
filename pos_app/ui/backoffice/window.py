"""The back-office window: PIN sign-in, a sidebar of sections (Commission, Plans, Needs
review), the filter bar, and an "as of" banner saying where the numbers come from."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.errors import Message
from pos_app.domain.permissions import Actor, Role
from pos_app.services.commission_plans import PlanService
from pos_app.services.commission_reports import (
    PLAN_EDITOR_ROLES,
    CommissionReports,
    FilterChoices,
    SourceInfo,
)
from pos_app.services.journal import JOURNAL_ROLES, JournalService
from pos_app.services.staff import Approval, StaffService

from ..commission_export import banner_text
from ..i18n import translate
from ..login import LoginScreen, ask_unlock
from ..pin_pad import role_label
from ..setup_wizard import SetupBackend
from ..theme import set_role
from ..worker import DbWorker
from .commission import CommissionPage
from .common import STYLESHEET, Calls, error_text
from .filters import FilterBar
from .health import HealthPage, HealthSource
from .journal import JournalPage
from .plans import PlansPage
from .review import ReviewPage
from .settings import SettingsPage
from .staff import StaffPage

SignIn = Callable[[str, str | None], Actor]
SECTION_NAME_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # the section's English name
StaffList = Callable[[], list[tuple[str, str, str]]]


class BackOfficeWindow(QMainWindow):
    SECTIONS = ("Commission", "Plans", "Needs review")

    def __init__(self, *, reports: CommissionReports, plans: PlanService | None,
                 worker: DbWorker, store_name: str, actor: Actor | None = None,
                 sign_in: SignIn | None = None, staff_list: StaffList | None = None,
                 recalculate: Callable[[], Sequence[Any]] | None = None,
                 today: date | None = None, export_dir: Path | None = None,
                 demo_pins: Sequence[tuple[str, str, str]] = (),
                 unlock: Callable[[str, Approval], str] | None = None,
                 journals: Sequence[tuple[Message | str, JournalService]] = (),
                 staff: StaffService | None = None,
                 health: HealthSource | None = None,
                 setup: SetupBackend | None = None) -> None:
        super().__init__()
        self.reports = reports
        self.plans_service = plans
        self.worker = worker
        self.calls = Calls(self, worker)
        self.actor = actor
        self.store_name = store_name
        self._sign_in = sign_in
        self._recalculate = recalculate
        self._export_dir = export_dir
        self._journals = tuple(journals)
        self._staff = staff
        self._health = health
        self.health: HealthPage | None = None
        self._setup = setup
        self.settings: SettingsPage | None = None
        self.choices: FilterChoices | None = None
        self.setWindowTitle(translate("BackOffice", "{store} — back office").format(
            store=store_name))
        self.setStyleSheet(STYLESHEET)
        self.resize(1366, 768)

        self.top = QStackedWidget()
        self.setCentralWidget(self.top)
        self.login = LoginScreen(store_name=translate("BackOffice", "{store} · back office")
                                 .format(store=store_name), demo_pins=demo_pins)
        self.login.submitted.connect(self._check_pin)
        if unlock is not None:
            fn = unlock
            self.login.unlock_requested.connect(
                lambda sid: ask_unlock(self, self.login, self.worker, fn, sid))
        self.top.addWidget(self.login)

        self.main = QWidget()
        row = QHBoxLayout(self.main)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(translate("BackOffice", "Sections"))
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(190)
        self.sidebar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row.addWidget(self.sidebar)
        right = QVBoxLayout()
        right.setContentsMargins(14, 10, 14, 8)
        right.setSpacing(8)
        self.filters = FilterBar(today or date.today())
        right.addWidget(self.filters)
        self.banner = QLabel(translate("BackOffice", "Reading…"))
        self.banner.setWordWrap(True)
        set_role(self.banner, "info")
        right.addWidget(self.banner)
        self.pages = QStackedWidget()
        right.addWidget(self.pages, 1)
        row.addLayout(right, 1)
        self.top.addWidget(self.main)

        self.st_user = QLabel("")
        self.st_message = QLabel("")
        self.statusBar().addWidget(self.st_user)
        self.statusBar().addWidget(self.st_message, 1)

        self.commission: CommissionPage | None = None
        self.plans: PlansPage | None = None
        self.review: ReviewPage | None = None
        self.journal: JournalPage | None = None
        self.staff: StaffPage | None = None
        QShortcut(QKeySequence("F5"), self, self.refresh)

        if actor is not None:
            self.start(actor)
        else:
            if staff_list is not None:
                self.calls.run("staff", staff_list, self.login.set_staff,
                               lambda exc: self.login.show_message(error_text(exc), error=True))
            self.top.setCurrentWidget(self.login)
            self.login.reset(translate(
                "BackOffice", "Managers and supervisors: sign in with your PIN."))

    # ---- sign-in ---------------------------------------------------------------------------

    def _check_pin(self, pin: str, staff_id: str) -> None:
        if self._sign_in is None:
            self.login.show_message(translate(
                "BackOffice", "Sign-in is not available here."), error=True)
            return
        fn = self._sign_in
        self.calls.run("sign_in", lambda: fn(pin, staff_id or None), self.start,
                       lambda exc: self.login.show_refusal(exc, error_text(exc)))

    def start(self, actor: Actor) -> None:
        """Build the sections the actor may use and show the commission screen."""
        self.actor = actor
        self.st_user.setText(translate("BackOffice", "Signed in: {role}").format(
            role=role_label(actor.role.value)))
        self.commission = CommissionPage(self.reports, self.worker, store_name=self.store_name,
                                         export_dir=self._export_dir)
        self.review = ReviewPage(self.reports, self.worker, recalculate=self._recalculate)
        # (English name, title shown, page): show_section takes either name.
        pages: list[tuple[str, str, QWidget]] = [
            ("Commission", translate("BackOffice", "Commission"), self.commission)]
        # The plan service checks the role itself; hiding the section is only courtesy.
        if self.plans_service is not None and actor.role in PLAN_EDITOR_ROLES:
            self.plans = PlansPage(self.plans_service, self.worker, actor,
                                   today=self.filters.today)
            pages.append(("Plans", translate("BackOffice", "Plans"), self.plans))
        pages.append(("Needs review", translate("BackOffice", "Needs review"), self.review))
        # The journal: managers and owners (the journal service checks the role too).
        if self._journals and actor.role in JOURNAL_ROLES:
            self.journal = JournalPage(self._journals, self.worker, actor,
                                       today=self.filters.today)
            pages.append(("Journal", translate("BackOffice", "Journal"), self.journal))
        # Staff: managers and owners (the staff service checks every change too).
        if self._staff is not None and actor.role.rank >= Role.MANAGER.rank:
            self.staff = StaffPage(self._staff, self.worker, actor)
            pages.append(("Staff", translate("BackOffice", "Staff"), self.staff))
        # Health of this till: managers and owners.
        if self._health is not None and actor.role.rank >= Role.MANAGER.rank:
            self.health = HealthPage(self._health, self.worker)
            self.health.message.connect(self._show_message)
            pages.append(("Health", translate("BackOffice", "Health"), self.health))
        # Settings (the set-up wizard again, for a step skipped at the first start):
        # managers and owners.
        if self._setup is not None and actor.role.rank >= Role.MANAGER.rank:
            self.settings = SettingsPage(self._setup, self.worker)
            self.settings.message.connect(self._show_message)
            pages.append(("Settings", translate("BackOffice", "Settings"), self.settings))
        for section in (self.commission, self.plans, self.review, self.journal, self.staff):
            if section is not None:
                section.info_changed.connect(self._show_info)
                section.message.connect(self._show_message)
        self.sidebar.clear()
        # Ctrl+1, Ctrl+2, ... open the sections in the sidebar's order (said on hover).
        for n, (name, title, page) in enumerate(pages, start=1):
            self.pages.addWidget(page)
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, page)
            item.setData(SECTION_NAME_ROLE, name)
            item.setToolTip(translate("BackOffice", "{section}  Ctrl+{n}").format(
                section=title, n=n))
            self.sidebar.addItem(item)
            if n <= 9:
                QShortcut(QKeySequence(f"Ctrl+{n}"), self,
                          lambda row=n - 1: self.sidebar.setCurrentRow(row))
        self.sidebar.currentRowChanged.connect(self._section)
        self.filters.changed.connect(self.load_current)
        self.filters.refresh_requested.connect(self.refresh)
        self.top.setCurrentWidget(self.main)
        self.sidebar.setCurrentRow(0)
        self._load_choices()

    def _load_choices(self) -> None:
        self.calls.run("choices", self.reports.filters, self._choices,
                       lambda exc: self._show_message(error_text(exc), True))

    def _choices(self, choices: FilterChoices) -> None:
        self.choices = choices
        self.filters.set_choices(choices)
        if self.plans is not None:
            self.plans.set_today(choices.today)
        self._show_info(choices.info)
        self.load_current()

    # ---- sections ----------------------------------------------------------------------------

    def section_titles(self) -> list[str]:
        return [self.sidebar.item(i).text() for i in range(self.sidebar.count())]

    def show_section(self, title: str) -> None:
        for i in range(self.sidebar.count()):
            item = self.sidebar.item(i)
            if title in (item.text(), item.data(SECTION_NAME_ROLE)):
                self.sidebar.setCurrentRow(i)
                return
        raise KeyError(title)

    def _section(self, row: int) -> None:
        item = self.sidebar.item(row)
        if item is None:
            return
        self.pages.setCurrentWidget(item.data(Qt.ItemDataRole.UserRole))
        # Plans and the journal have filters of their own; the journal its own status.
        own = (self.journal, self.staff, self.health, self.settings)
        self.filters.setVisible(self.pages.currentWidget() not in (self.plans, *own))
        self.banner.setVisible(self.pages.currentWidget() not in own)
        if self.choices is not None:
            self.load_current()

    def load_current(self) -> None:
        page = self.pages.currentWidget()
        if page is self.commission and self.commission is not None:
            self.commission.load(self.filters.current())
        elif page is self.review and self.review is not None:
            self.review.load(self.filters.current().scope)
        elif page is self.plans and self.plans is not None:
            self.plans.load()
        elif page is self.journal and self.journal is not None:
            self.journal.start()
        elif page is self.staff and self.staff is not None:
            self.staff.load()
        elif page is self.health and self.health is not None:
            self.health.load()
        elif page is self.settings and self.settings is not None:
            self.settings.load()

    def refresh(self) -> None:
        """Read again, trying the central database again if it was unreachable."""
        if self.actor is None:
            return
        self.calls.run("retry", self.reports.retry_central, lambda _r: self._load_choices(),
                       lambda exc: self._show_message(error_text(exc), True))

    # ---- banner and messages ------------------------------------------------------------------

    def _show_info(self, info: SourceInfo) -> None:
        self.banner.setText(banner_text(info))
        self.banner.setToolTip(info.detail)
        set_role(self.banner, "banner" if info.degraded else "info")

    def _show_message(self, text: str, error: bool) -> None:
        self.st_message.setText(text)
        set_role(self.st_message, "error" if error else "muted")
