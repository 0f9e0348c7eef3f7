"""The plan editor: rates, spiffs, tiers and bonuses of a commission plan, checked field
by field as the manager types, previewed against last period's sales, and saved with the
version it was loaded at (someone else's save in between is shown, never overwritten)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.commission import CommissionPlan, PeriodKind
from pos_app.domain.errors import Message, PermissionDenied, StaleVersion
from pos_app.domain.permissions import Actor
from pos_app.services.commission_plans import (
    ROLES,
    BonusDraft,
    DraftResult,
    PlanDraft,
    PlanList,
    PlanPreview,
    PlanService,
    RuleDraft,
    SpiffDraft,
    TierDraft,
    draft_from_plan,
    parse_draft,
    plan_id_for,
)
from pos_app.services.commission_reports import PLAN_EDITOR_ROLES, ReportPeriod

from ..commission_export import period_text
from ..i18n import QT_TRANSLATE_NOOP, fmt, language, message_text, money_text, translate
from ..theme import set_role
from ..worker import DbWorker
from .common import RIGHT, Calls, FlowLayout, error_text, table_text, text_item

ERROR_BG = QColor("#fdecee")
# Labels translated when shown (EditTable, _combo): the "Plans" context.
KINDS = ((QT_TRANSLATE_NOOP("Plans", "% of sales"), "percent"),
         (QT_TRANSLATE_NOOP("Plans", "Fixed per unit"), "fixed"))
MEASURES = ((QT_TRANSLATE_NOOP("Plans", "Sales value"), "value"),
            (QT_TRANSLATE_NOOP("Plans", "Units"), "units"))
MODES = ((QT_TRANSLATE_NOOP("Plans", "Marginal (each band at its rate)"), "marginal"),
         (QT_TRANSLATE_NOOP("Plans", "Whole period (all at the tier reached)"), "whole_period"))
ITEM_HEADERS = (QT_TRANSLATE_NOOP("Plans", "SKU"), QT_TRANSLATE_NOOP("Plans", "Collection"),
                QT_TRANSLATE_NOOP("Plans", "Product\ntype"), QT_TRANSLATE_NOOP("Plans", "Staff"),
                QT_TRANSLATE_NOOP("Plans", "Role"))


def _said(said: Message | str) -> str:
    """A plan field's problem in the screen's language."""
    return message_text(said) if isinstance(said, Message) else said


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def _combo(options: Sequence[tuple[str, str]]) -> QComboBox:
    box = QComboBox()
    for label, key in options:
        box.addItem(translate("Plans", label), key)
    return box


def _select(box: QComboBox, key: str) -> None:
    box.setCurrentIndex(max(0, box.findData(key)))


def _group(title: str) -> tuple[QGroupBox, QVBoxLayout]:
    """A box whose title is a label that wraps (a long German title as a QGroupBox
    title would set the form's least width)."""
    box = QGroupBox()
    box.setAccessibleName(title)
    lay = QVBoxLayout(box)
    head = QLabel(title)
    head.setWordWrap(True)
    set_role(head, "boxtitle")
    lay.addWidget(head)
    return box, lay


def _flow(*widgets: QWidget) -> QWidget:
    holder = QWidget()
    flow = FlowLayout(holder)
    for w in widgets:
        flow.addWidget(w)
    return holder


class EditTable(QWidget):
    """A small editable table with Add and Remove; some columns are drop-downs. Cells
    with an error turn red with the message as tooltip, listed under the table too."""

    def __init__(self, headers: Sequence[str], *, fields: Sequence[str],
                 combos: dict[int, Sequence[tuple[str, str]]] | None = None,
                 add_text: str = "Add", hint: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = tuple(fields)
        self.combos = combos or {}
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        if hint:
            label = QLabel(translate("Plans", hint))
            label.setWordWrap(True)
            set_role(label, "summary")
            lay.addWidget(label)
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels([translate("Plans", h) for h in headers])
        self.table.setAccessibleName(translate("Plans", "Rows ({action} adds one)").format(
            action=translate("Plans", add_text)))
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # A narrow column (a 1024 px till) elides its heading; the whole one on hover.
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        for c in range(self.table.columnCount()):
            item = self.table.horizontalHeaderItem(c)
            if item is not None:
                item.setToolTip(item.text().replace("\n", " "))
        lay.addWidget(self.table)
        # Ins adds a row and Del removes the selected ones in the table being worked in
        # (the keys belong to this table and what is in it; a cell being typed in keeps
        # its own Del).
        self.add_button = QPushButton(translate("Plans", "{action}  Ins").format(
            action=translate("Plans", add_text)))
        self.add_button.clicked.connect(lambda _c=False: self.add_row(None))
        self.remove_button = QPushButton(translate("Plans", "Remove selected  Del"))
        self.remove_button.clicked.connect(self.remove_selected)
        for key, fn in (("Ins", lambda: self.add_row(None)), ("Del", self.remove_selected)):
            shortcut = QShortcut(QKeySequence(key), self)
            # Set apart: PySide6 drops a context given with a callable.
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(fn)
        lay.addWidget(_flow(self.add_button, self.remove_button))
        self.errors = QLabel("")
        self.errors.setWordWrap(True)
        set_role(self.errors, "fielderror")
        self.errors.setVisible(False)
        lay.addWidget(self.errors)
        self._fit()

    def add_row(self, values: Sequence[str] | None = None) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c in range(self.table.columnCount()):
            value = values[c] if values is not None and c < len(values) else ""
            if c in self.combos:
                box = _combo(self.combos[c])
                _select(box, value)
                box.currentIndexChanged.connect(lambda _i: self.table.cellChanged.emit(0, 0))
                self.table.setCellWidget(r, c, box)
            else:
                self.table.setItem(r, c, QTableWidgetItem(value))
        self._fit()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.rowCount():
            rows = [self.table.rowCount() - 1]
        for r in rows:
            self.table.removeRow(r)
        self._fit()
        self.table.cellChanged.emit(0, 0)

    def set_rows(self, rows: Sequence[Sequence[str]]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for row in rows:
            self.add_row(row)
        self.table.blockSignals(False)
        self._fit()

    def rows(self) -> list[list[str]]:
        out = []
        for r in range(self.table.rowCount()):
            row = []
            for c in range(self.table.columnCount()):
                if c in self.combos:
                    box = self.table.cellWidget(r, c)
                    row.append(str(box.currentData()) if isinstance(box, QComboBox) else "")
                else:
                    item = self.table.item(r, c)
                    row.append(item.text() if item is not None else "")
            out.append(row)
        return out

    def set_cell(self, row: int, col: int, text: str) -> None:
        item = self.table.item(row, col)
        if item is None:
            self.table.setItem(row, col, QTableWidgetItem(text))
        else:
            item.setText(text)

    def mark(self, cells: dict[tuple[int, int], str], messages: Sequence[str]) -> None:
        for r in range(self.table.rowCount()):
            for c in range(self.table.columnCount()):
                item = self.table.item(r, c)
                if item is None:
                    continue
                bad = cells.get((r, c))
                self.table.blockSignals(True)
                item.setBackground(QBrush(ERROR_BG) if bad else QBrush())
                item.setToolTip(bad or "")
                self.table.blockSignals(False)
        self.errors.setText("\n".join(messages))
        self.errors.setVisible(bool(messages))

    def _fit(self) -> None:
        rows = max(1, self.table.rowCount())
        height = self.table.horizontalHeader().height() + 34 * rows + 4
        self.table.setFixedHeight(height)


class PlansPage(QWidget):
    """Lists plans; edits one at a time."""

    info_changed = Signal(object)
    message = Signal(str, bool)
    saved = Signal(object)  # CommissionPlan

    def __init__(self, plans: PlanService, worker: DbWorker, actor: Actor | None, *,
                 today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = plans
        self.calls = Calls(self, worker)
        self.actor = actor
        self.today = today
        self.plan_list: PlanList | None = None
        self.names: dict[str, str] = {}
        self.loaded_version = 0
        self.current_id: str | None = None
        self.result: DraftResult | None = None
        self.preview_result: PlanPreview | None = None
        self._checked = False  # errors show live once the manager tried to save/preview
        self._id_touched = False
        self._after_load = ""  # what to say once a reload after a save has arrived

        root = QHBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(12)
        left = QVBoxLayout()
        heading = QLabel(translate("Plans", "Plans"))
        set_role(heading, "section")
        left.addWidget(heading)
        self.list = QListWidget()
        self.list.setObjectName("planList")
        self.list.setAccessibleName(translate("Plans", "Commission plans"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMinimumWidth(180)  # narrower on a 1024 px till
        self.list.setMaximumWidth(250)
        self.list.currentItemChanged.connect(self._picked)
        left.addWidget(self.list, 1)
        self.no_plans = QLabel(translate("Plans", "No plans yet. A new one is open on the "
                                         "right: name it, give it a rate, save."))
        self.no_plans.setWordWrap(True)
        self.no_plans.setMaximumWidth(250)
        set_role(self.no_plans, "summary")
        self.no_plans.setVisible(False)
        left.addWidget(self.no_plans)
        self.new_button = QPushButton(translate("Plans", "New plan  Ctrl+N"))
        self.new_button.setShortcut(QKeySequence("Ctrl+N"))
        self.new_button.setMaximumWidth(250)
        self.new_button.clicked.connect(self.new_plan)
        left.addWidget(self.new_button)
        root.addLayout(left, 1)  # a quarter: 180 px on a 1024 px till, 250 at most

        right = QVBoxLayout()
        right.setSpacing(6)
        self.notice = QLabel("")
        self.notice.setWordWrap(True)
        set_role(self.notice, "banner")
        self.notice.setVisible(False)
        right.addWidget(self.notice)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form = QWidget()
        self.form = QVBoxLayout(form)
        self.form.setSpacing(10)
        self._build_plan_box()
        self._build_tables()
        self._build_preview_box()
        self.form.addStretch(1)
        self.scroller.setWidget(form)
        right.addWidget(self.scroller, 1)

        self.status = QLabel("")
        self.status.setWordWrap(True)
        set_role(self.status, "status")
        right.addWidget(self.status)
        # At the end of one row, or of two on a 1024 px till.
        bar_holder = QWidget()
        bar = FlowLayout(bar_holder, align_end=True)
        self.reload_button = QPushButton(translate("Plans", "Reload plan  Ctrl+R"))
        self.reload_button.setShortcut(QKeySequence("Ctrl+R"))
        self.reload_button.setVisible(False)
        self.reload_button.clicked.connect(self.load)
        bar.addWidget(self.reload_button)
        self.preview_period = QComboBox()
        bar.addWidget(self.preview_period)
        self.preview_button = QPushButton(translate("Plans", "Preview  Ctrl+P"))
        self.preview_button.setShortcut(QKeySequence("Ctrl+P"))
        self.preview_button.setToolTip(translate("Plans", "What this plan would have paid, next "
                                                 "to what was paid (nothing is saved)"))
        self.preview_button.clicked.connect(self.preview)
        bar.addWidget(self.preview_button)
        self.save_button = QPushButton(translate("Plans", "Save plan  Ctrl+S"))
        set_role(self.save_button, "primary")
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        bar.addWidget(self.save_button)
        right.addWidget(bar_holder)
        root.addLayout(right, 3)
        self._fill_preview_periods()

    # ---- building the form -----------------------------------------------------------

    def _error_label(self) -> QLabel:
        label = QLabel("")
        set_role(label, "fielderror")
        label.setWordWrap(True)
        label.setVisible(False)
        return label

    def _build_plan_box(self) -> None:
        box, box_lay = _group(translate("Plans", "Plan"))
        grid = QGridLayout()
        box_lay.addLayout(grid)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        self.name = QLineEdit()
        self.name.setPlaceholderText(translate("Plans", "e.g. Floor staff 2027"))
        self.plan_id = QLineEdit()
        self.plan_id.setPlaceholderText(translate("Plans", "made from the name"))
        self.currency = QLineEdit("USD")
        self.currency.setMaxLength(3)
        self.currency.setFixedWidth(80)
        self.period = _combo(((QT_TRANSLATE_NOOP("Plans", "Month"), "month"),
                              (QT_TRANSLATE_NOOP("Plans", "Week (Monday first)"), "week")))
        self.store = QComboBox()
        self.store.addItem(translate("Plans", "All stores"), "")
        self.starts = QDateEdit(_qdate(self.today.replace(day=1)))
        self.ends_on = QCheckBox(translate("Plans", "Ends on"))
        self.ends = QDateEdit(_qdate(self.today.replace(month=12, day=31)))
        self.starts.setAccessibleName(translate("Plans", "Starts on"))
        self.ends.setAccessibleName(translate("Plans", "Ends on"))
        for edit in (self.starts, self.ends):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
        self.ends.setEnabled(False)
        self.ends_on.toggled.connect(self.ends.setEnabled)
        self.staff = QLineEdit()
        self.staff.setPlaceholderText(translate(
            "Plans", "Everyone (or names, separated by commas)"))
        self.role_boxes = {r: QCheckBox(r.title()) for r in ROLES}
        self.errors: dict[str, QLabel] = {k: self._error_label() for k in (
            "name", "id", "currency", "effective_to", "period", "staff", "roles")}

        # One field a row (two side by side did not fit a 1024 px till).
        def field(text: str, widget: QWidget, *, key: str | None = None) -> None:
            at = grid.rowCount()
            label = QLabel(translate("Plans", text))
            label.setBuddy(widget)  # the field's accessible name
            set_role(label, "summary")
            grid.addWidget(label, at, 0)
            grid.addWidget(widget, at, 1)
            if key is not None:
                grid.addWidget(self.errors[key], at + 1, 1)

        field(QT_TRANSLATE_NOOP("Plans", "Name"), self.name, key="name")
        field(QT_TRANSLATE_NOOP("Plans", "Id"), self.plan_id, key="id")
        field(QT_TRANSLATE_NOOP("Plans", "Currency"), self.currency, key="currency")
        field(QT_TRANSLATE_NOOP("Plans", "Period"), self.period, key="period")
        field(QT_TRANSLATE_NOOP("Plans", "Store"), self.store)
        holder = _flow(self.starts, self.ends_on, self.ends)
        field(QT_TRANSLATE_NOOP("Plans", "Starts"), holder, key="effective_to")
        field(QT_TRANSLATE_NOOP("Plans", "Staff"), self.staff, key="staff")
        every = QLabel(translate("Plans", "(none ticked: every role)"))
        set_role(every, "summary")
        holder2 = _flow(*self.role_boxes.values(), every)
        field(QT_TRANSLATE_NOOP("Plans", "Roles"), holder2, key="roles")
        grid.setColumnStretch(1, 1)
        self.form.addWidget(box)
        self.name.textEdited.connect(self._name_edited)
        self.plan_id.textEdited.connect(lambda _t: setattr(self, "_id_touched", True))
        self.period.currentIndexChanged.connect(lambda _i: self._fill_preview_periods())
        for w in (self.name, self.plan_id, self.currency, self.staff):
            w.textChanged.connect(self._changed)
        for b in self.role_boxes.values():
            b.toggled.connect(self._changed)
        self.ends_on.toggled.connect(self._changed)
        self.ends.dateChanged.connect(self._changed)
        self.starts.dateChanged.connect(self._changed)

    def _build_tables(self) -> None:
        rates, lay = _group(translate("Plans", "Rates"))
        self.rules = EditTable(
            (*ITEM_HEADERS, QT_TRANSLATE_NOOP("Plans", "Kind"),
             QT_TRANSLATE_NOOP("Plans", "Rate")),
            fields=("sku", "collection", "product_type", "staff", "role", "kind", "value"),
            combos={5: KINDS}, add_text=QT_TRANSLATE_NOOP("Plans", "Add rate"),
            hint=QT_TRANSLATE_NOOP("Plans", "The most specific matching row pays (SKU, then "
                                   "collection, then product type; then staff member, then "
                                   "role). Empty cells match anything."))
        lay.addWidget(self.rules)
        self.form.addWidget(rates)

        spiffs, lay = _group(translate(
            "Plans", "Spiffs (a fixed amount per unit, on top of the rate)"))
        self.spiffs = EditTable(
            (*ITEM_HEADERS, QT_TRANSLATE_NOOP("Plans", "Amount\nper unit")),
            fields=("sku", "collection", "product_type", "staff", "role", "amount"),
            add_text=QT_TRANSLATE_NOOP("Plans", "Add spiff"))
        lay.addWidget(self.spiffs)
        self.form.addWidget(spiffs)

        tiers, lay = _group(translate("Plans", "Tiers"))
        self.tiers_on = QCheckBox(translate("Plans", "Pay a tiered rate on the period's sales"))
        self.tier_measure = _combo(MEASURES)
        self.tier_mode = _combo(MODES)
        # The switch on a line of its own, the measure and mode under it: on one line
        # they were wider than the form in German at 1366x768.
        lay.addWidget(self.tiers_on)
        lay.addWidget(_flow(QLabel(translate("Plans", "by")), self.tier_measure,
                            self.tier_mode))
        self.tiers = EditTable((QT_TRANSLATE_NOOP("Plans", "From (sales value or units)"),
                                QT_TRANSLATE_NOOP("Plans", "Rate %")),
                               fields=("threshold", "rate"),
                               add_text=QT_TRANSLATE_NOOP("Plans", "Add tier"),
                               hint=QT_TRANSLATE_NOOP("Plans", "The first tier starts at 0; "
                                                      "each next one starts higher."))
        lay.addWidget(self.tiers)
        self.tiers_error = self._error_label()
        lay.addWidget(self.tiers_error)
        self.form.addWidget(tiers)
        self.tiers_on.toggled.connect(self._tiers_toggled)
        self._tiers_toggled(False)

        bonuses, lay = _group(translate(
            "Plans", "Bonuses (paid once the period reaches a threshold)"))
        self.bonuses = EditTable((QT_TRANSLATE_NOOP("Plans", "Measure"),
                                  QT_TRANSLATE_NOOP("Plans", "Threshold"),
                                  QT_TRANSLATE_NOOP("Plans", "Bonus amount")),
                                 fields=("measure", "threshold", "amount"),
                                 combos={0: MEASURES},
                                 add_text=QT_TRANSLATE_NOOP("Plans", "Add bonus"))
        lay.addWidget(self.bonuses)
        self.form.addWidget(bonuses)
        self.plan_error = self._error_label()
        self.form.addWidget(self.plan_error)
        for t in (self.rules, self.spiffs, self.tiers, self.bonuses):
            t.table.cellChanged.connect(self._changed)
        for box in (self.tier_measure, self.tier_mode):
            box.currentIndexChanged.connect(self._changed)

    def _build_preview_box(self) -> None:
        box, lay = _group(translate("Plans", "Preview"))
        self.preview_box = box
        self.preview_title = QLabel(translate("Plans", "Press Preview to see what this plan "
                                              "would have paid last period, next to what was "
                                              "paid. Nothing is saved."))
        self.preview_title.setWordWrap(True)
        set_role(self.preview_title, "summary")
        lay.addWidget(self.preview_title)
        self.preview_table = QTableWidget(0, 5)
        self.preview_table.setAccessibleName(translate("Plans", "Preview"))
        self.preview_table.setHorizontalHeaderLabels(
            [translate("Plans", "Staff"), translate("Plans", "Sales (net)"),
             translate("Plans", "Paid"), translate("Plans", "Would pay"),
             translate("Plans", "Difference")])
        self.preview_table.verticalHeader().setVisible(False)
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        for col in range(1, 5):
            item = self.preview_table.horizontalHeaderItem(col)
            if item is not None:
                item.setTextAlignment(RIGHT)
        self.preview_table.setVisible(False)
        lay.addWidget(self.preview_table)
        self.preview_notes = QLabel("")
        self.preview_notes.setWordWrap(True)
        set_role(self.preview_notes, "summary")
        lay.addWidget(self.preview_notes)
        self.form.addWidget(box)

    # ---- loading and choosing --------------------------------------------------------

    @property
    def can_edit(self) -> bool:
        return (self.actor is not None and self.actor.role in PLAN_EDITOR_ROLES
                and self.plan_list is not None and self.plan_list.editable)

    def load(self) -> None:
        self.reload_button.setVisible(False)
        self.calls.run("plans", self.service.plans, self.show_plans,
                       lambda exc: self._say(error_text(exc), error=True))

    def show_plans(self, plans: PlanList) -> None:
        self.plan_list = plans
        self.names = {s.id: s.name for s in plans.directory.staff}
        keep = self.store.currentData()
        self.store.clear()
        self.store.addItem(translate("Plans", "All stores"), "")
        for s in plans.directory.stores:
            self.store.addItem(s, s)
        _select(self.store, keep or "")
        self.notice.setText(plans.note)
        self.notice.setVisible(bool(plans.note))
        if self.actor is None or self.actor.role not in PLAN_EDITOR_ROLES:
            self.notice.setText(translate(
                "Plans", "Only a manager or owner can change commission plans."))
            self.notice.setVisible(True)
        self.save_button.setEnabled(self.can_edit)
        self.new_button.setEnabled(self.can_edit)
        self.list.blockSignals(True)
        self.list.clear()
        chosen = None
        for p in sorted(plans.plans, key=lambda p: p.name.casefold()):
            scope = translate("Plans", "store {store}").format(store=p.store_id) \
                if p.store_id else translate("Plans", "all stores")
            until = translate("Plans", " to {date}").format(date=fmt().date(p.effective_to)) \
                if p.effective_to else ""
            item = QListWidgetItem(translate(
                "Plans", "{name}\nversion {version} · {scope}\nfrom {date}{until}").format(
                    name=p.name, version=p.version, scope=scope,
                    date=fmt().date(p.effective_from), until=until))
            item.setData(Qt.ItemDataRole.UserRole, p)
            self.list.addItem(item)
            if p.id == self.current_id:
                chosen = item
        self.list.blockSignals(False)
        self.no_plans.setVisible(not plans.plans)
        if chosen is None and self.list.count() and self.current_id is None:
            chosen = self.list.item(0)
        if chosen is not None:
            self.list.blockSignals(True)
            self.list.setCurrentItem(chosen)
            self.list.blockSignals(False)
            self.edit_plan(chosen.data(Qt.ItemDataRole.UserRole))
            if self._after_load:
                self._say(self._after_load, error=False)
        elif self.current_id is None:
            self.new_plan()
        self._after_load = ""

    def _picked(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is not None:
            self.edit_plan(item.data(Qt.ItemDataRole.UserRole))

    def edit_plan(self, plan: CommissionPlan) -> None:
        self.current_id = plan.id
        self.loaded_version = plan.version
        self._id_touched = True
        self.set_draft(draft_from_plan(plan, staff=self.names))
        self.plan_id.setReadOnly(True)
        self._say(translate("Plans", "Editing “{name}”, version {version}.").format(
            name=plan.name, version=plan.version), error=False)

    def new_plan(self) -> None:
        self.list.blockSignals(True)
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self.current_id = None
        self.loaded_version = 0
        self._id_touched = False
        currency = self.plan_list.currency if self.plan_list else "USD"
        self.set_draft(PlanDraft(currency=currency, effective_from=self.today.replace(day=1),
                                 rules=(RuleDraft(value="5"),)))
        self.plan_id.setReadOnly(False)
        self._say(translate(
            "Plans", "A new plan: give it a name and at least one rate, spiff, tier or bonus."),
                  error=False)

    def set_draft(self, d: PlanDraft) -> None:
        self._checked = False
        widgets = (self.name, self.plan_id, self.currency, self.staff)
        for w in widgets:
            w.blockSignals(True)
        self.name.setText(d.name)
        self.plan_id.setText(d.id)
        self.currency.setText(d.currency)
        self.staff.setText(d.staff)
        for w in widgets:
            w.blockSignals(False)
        _select(self.period, d.period)
        _select(self.store, d.store_id)
        self.starts.setDate(_qdate(d.effective_from))
        self.ends_on.setChecked(d.effective_to is not None)
        if d.effective_to is not None:
            self.ends.setDate(_qdate(d.effective_to))
        roles = {r.strip() for r in d.roles.split(",") if r.strip()}
        for r, box in self.role_boxes.items():
            box.setChecked(r in roles)
        self.rules.set_rows([[r.sku, r.collection, r.product_type, r.staff, r.role, r.kind,
                              r.value] for r in d.rules])
        self.spiffs.set_rows([[s.sku, s.collection, s.product_type, s.staff, s.role, s.amount]
                              for s in d.spiffs])
        self.tiers_on.setChecked(d.tiers_on)
        _select(self.tier_measure, d.tier_measure)
        _select(self.tier_mode, d.tier_mode)
        self.tiers.set_rows([[t.threshold, t.rate] for t in d.tiers] or [["0", ""]])
        self.bonuses.set_rows([[b.measure, b.threshold, b.amount] for b in d.bonuses])
        self._show_errors(DraftResult(None, ()))
        self.preview_table.setVisible(False)
        self.preview_notes.setText("")
        self._fill_preview_periods()

    def read_draft(self) -> PlanDraft:
        return PlanDraft(
            id=self.plan_id.text(), name=self.name.text(), currency=self.currency.text(),
            effective_from=_pydate(self.starts.date()),
            effective_to=_pydate(self.ends.date()) if self.ends_on.isChecked() else None,
            period=str(self.period.currentData()), staff=self.staff.text(),
            roles=", ".join(r for r, b in self.role_boxes.items() if b.isChecked()),
            store_id=str(self.store.currentData() or ""),
            rules=tuple(RuleDraft(*row) for row in self.rules.rows()),
            spiffs=tuple(SpiffDraft(*row) for row in self.spiffs.rows()),
            tiers_on=self.tiers_on.isChecked(),
            tier_measure=str(self.tier_measure.currentData()),
            tier_mode=str(self.tier_mode.currentData()),
            tiers=tuple(TierDraft(*row) for row in self.tiers.rows()),
            bonuses=tuple(BonusDraft(*row) for row in self.bonuses.rows()),
            version=self.loaded_version)

    # ---- checking --------------------------------------------------------------------

    def _name_edited(self, text: str) -> None:
        if not self._id_touched and self.loaded_version == 0:
            taken = {p.id for p in self.plan_list.plans} if self.plan_list else set()
            self.plan_id.setText(plan_id_for(text, taken) if text.strip() else "")

    def _tiers_toggled(self, on: bool) -> None:
        for w in (self.tier_measure, self.tier_mode, self.tiers):
            w.setEnabled(on)
        self._changed()

    def _changed(self, *_args: object) -> None:
        if self._checked:
            self.validate()

    def validate(self) -> DraftResult:
        self._checked = True
        result = parse_draft(self.read_draft(), staff=self.names)
        self.result = result
        self._show_errors(result)
        return result

    def _show_errors(self, result: DraftResult) -> None:
        for key, label in self.errors.items():
            text = result.for_key(key, _said)
            label.setText(text)
            label.setVisible(bool(text))
        for w, key in ((self.name, "name"), (self.plan_id, "id"), (self.currency, "currency"),
                       (self.staff, "staff")):
            w.setProperty("state", "error" if result.for_key(key) else "")
            w.style().unpolish(w)
            w.style().polish(w)
        for prefix, table in (("rules", self.rules), ("spiffs", self.spiffs),
                              ("tiers", self.tiers), ("bonuses", self.bonuses)):
            rows = table.rows()
            blank = self._blank_rows(prefix, rows)
            visible = [i for i, row in enumerate(rows) if i not in blank]
            cells: dict[tuple[int, int], str] = {}
            messages = []
            for e in result.under(prefix):
                parts = e.key.split(".")
                if len(parts) == 3:
                    n, fld = int(parts[1]), parts[2]
                    if 0 < n <= len(visible) and fld in table.fields:
                        cells[(visible[n - 1], table.fields.index(fld))] = _said(e.said)
                        messages.append(translate("Errors", "Row {n}: {problem}").format(
                            n=visible[n - 1] + 1, problem=_said(e.said)))
                        continue
                messages.append(_said(e.said))
            table.mark(cells, messages)
        general = result.for_key("plan", _said)
        self.plan_error.setText(general)
        self.plan_error.setVisible(bool(general))
        tiers = result.for_key("tiers", _said)
        self.tiers_error.setText(tiers)
        self.tiers_error.setVisible(bool(tiers))

    def _blank_rows(self, prefix: str, rows: list[list[str]]) -> set[int]:
        """Rows parse_draft skips (all blank), so error numbers map to table rows."""
        out = set()
        for i, row in enumerate(rows):
            if prefix == "rules":
                blank = RuleDraft(*row).blank
            elif prefix == "spiffs":
                blank = SpiffDraft(*row).blank
            elif prefix == "tiers":
                blank = TierDraft(*row).blank
            else:
                blank = BonusDraft(*row).blank
            if blank:
                out.add(i)
        return out

    # ---- save ------------------------------------------------------------------------

    def save(self) -> None:
        result = self.validate()
        if result.plan is None:
            self._say(translate("Plans", "Not saved: fix the fields marked in red."), error=True)
            return
        plan = result.plan
        expected = self.loaded_version
        actor = self.actor
        self.save_button.setEnabled(False)
        self._say(translate("Plans", "Saving…"), error=False)

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(self.can_edit)
            if isinstance(exc, StaleVersion):
                if exc.expected == 0:
                    self._say(translate("Plans", "Not saved: a plan with the id “{id}” already "
                                        "exists. Choose another id.").format(id=plan.id),
                              error=True)
                else:
                    self._say(translate("Plans", "Not saved: someone else saved “{name}” while "
                                        "you were editing (you started from version "
                                        "{expected}; it is now version {actual}). Reload it "
                                        "to see their changes, then make yours again.").format(
                        name=plan.name, expected=exc.expected, actual=exc.actual), error=True)
                    self.reload_button.setVisible(True)
                return
            if isinstance(exc, PermissionDenied):
                self._say(translate("Plans", "Not saved: {reason}").format(
                    reason=error_text(exc)), error=True)
                return
            self._say(translate("Plans", "Not saved: {reason}").format(reason=error_text(exc)),
                      error=True)

        def done(saved: CommissionPlan) -> None:
            self.save_button.setEnabled(self.can_edit)
            self.current_id = saved.id
            self.loaded_version = saved.version
            self.saved.emit(saved)
            message = translate("Plans", "Saved “{name}” as version {version}. Terminals "
                                "pick it up at their next sync.").format(
                name=saved.name, version=saved.version)
            self._say(message, error=False)
            self._after_load = message
            self.load()

        self.calls.run("save", lambda: self.service.save(actor, plan,
                                                         expected_version=expected),
                       done, failed)

    def set_today(self, today: date) -> None:
        """The store's today (from the report source's clock): the preview periods follow."""
        self.today = today
        self._fill_preview_periods()

    # ---- preview ---------------------------------------------------------------------

    def _fill_preview_periods(self) -> None:
        kind = PeriodKind.WEEK if self.period.currentData() == "week" else PeriodKind.MONTH
        this = ReportPeriod.of_plan(kind, self.today)
        keep = max(0, self.preview_period.currentIndex())
        self.preview_period.blockSignals(True)
        self.preview_period.clear()
        self.preview_period.addItem(translate("Plans", "Last period ({period})").format(
            period=period_text(this.previous())), this.previous())
        self.preview_period.addItem(translate("Plans", "This period so far ({period})").format(
            period=period_text(this)), this)
        self.preview_period.setCurrentIndex(keep)
        self.preview_period.blockSignals(False)

    def preview(self) -> None:
        result = self.validate()
        if result.plan is None:
            self._say(translate(
                "Plans", "Cannot preview: fix the fields marked in red."), error=True)
            return
        plan = result.plan
        period: ReportPeriod = self.preview_period.currentData()
        self.preview_title.setText(translate("Plans", "Working out what “{name}” would have "
                                             "paid in {period}…").format(name=plan.name,
                                                                         period=period_text(period)))
        self.calls.run("preview", lambda: self.service.preview(plan, period),
                       self.show_preview, lambda exc: self._say(error_text(exc), error=True))

    def show_preview(self, p: PlanPreview) -> None:
        self.preview_result = p
        self.info_changed.emit(p.info)
        cur = p.currency
        source = translate("Plans", "central database") if p.info.source == "central" \
            else translate("Plans", "this terminal only")
        self.preview_title.setText(translate("Plans", "What “{name}” would have paid in "
                                             "{period} ({source}), next to what was paid. "
                                             "Nothing was saved.").format(
            name=p.plan_name, period=period_text(p.period), source=source))
        rows = [*p.rows]
        self.preview_table.setRowCount(len(rows) + (1 if rows else 0))
        for r, row in enumerate(rows):
            diff = row.difference
            cells = (text_item(row.name), text_item(money_text(row.sales, cur), align=RIGHT),
                     text_item(money_text(row.paid, cur), align=RIGHT),
                     text_item(money_text(row.would_pay, cur), align=RIGHT),
                     text_item(("+" if diff > 0 else "") + money_text(diff, cur), align=RIGHT))
            for c, item in enumerate(cells):
                self.preview_table.setItem(r, c, item)
        if rows:
            total_diff = p.total_would_pay - p.total_paid
            totals = (text_item(translate("Plans", "Total")),
                      text_item(money_text(sum(x.sales for x in rows), cur), align=RIGHT),
                      text_item(money_text(p.total_paid, cur), align=RIGHT),
                      text_item(money_text(p.total_would_pay, cur), align=RIGHT),
                      text_item(("+" if total_diff > 0 else "") + money_text(total_diff, cur),
                                align=RIGHT))
            for c, item in enumerate(totals):
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                self.preview_table.setItem(len(rows), c, item)
        self.preview_table.setFixedHeight(
            self.preview_table.horizontalHeader().height() + 32 * max(1, len(rows) + 1) + 4)
        self.preview_table.setVisible(bool(rows))
        notes = [preview_note(n, p.period) for n in p.notes]
        if not rows and not notes:
            notes.append(translate("Plans", "Nobody this plan covers sold anything in "
                                            "{period}.").format(period=period_text(p.period)))
        self.preview_notes.setText("\n".join(notes))
        self._say(translate("Plans", "Previewed against {period}.").format(
            period=period_text(p.period)), error=False)
        # After the table has its rows laid out: then the preview can be scrolled to.
        QTimer.singleShot(0, lambda: self.scroller.ensureWidgetVisible(self.preview_box, 0, 0))

    def preview_rows(self) -> list[list[str]]:
        return table_text(self.preview_table)

    def _say(self, text: str, *, error: bool) -> None:
        self.status.setText(text)
        set_role(self.status, "statuserror" if error else "status")



def preview_note(note: str, period: ReportPeriod) -> str:
    """A plan preview's note (services/commission_plans.py says them in English) in the
    screen's language, its count in the store's locale."""
    if language() == "en":
        return note

    def n(text: str) -> str:
        return fmt().number(int(text.replace(",", "")))

    if m := re.fullmatch(r"([\d,]+) record\(s\) of staff this plan does not cover are left "
                         r"out", note):
        return translate("Plans", "{n} record(s) of staff this plan does not cover are left "
                                  "out").format(n=n(m[1]))
    if m := re.fullmatch(r"([\d,]+) return\(s\) of sales made before the period are clawed "
                         r"back at this plan's rate without tier parts", note):
        return translate("Plans", "{n} return(s) of sales made before the period are clawed "
                                  "back at this plan's rate without tier parts").format(n=n(m[1]))
    if m := re.fullmatch(r"([\d,]+) return\(s\) whose sale is unknown here are left out",
                         note):
        return translate("Plans", "{n} return(s) whose sale is unknown here are left "
                                  "out").format(n=n(m[1]))
    if m := re.fullmatch(r"The plan is in (\w+) but the records are in (\w+)", note):
        return translate("Plans", "The plan is in {plan} but the records are in "
                                  "{records}").format(plan=m[1], records=m[2])
    if re.fullmatch(r"No sales in .* to preview against", note):
        return translate("Plans", "No sales in {period} to preview against").format(
            period=period_text(period))
    return note
