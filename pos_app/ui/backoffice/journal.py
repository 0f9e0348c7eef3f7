"""The journal in the back office: every sensitive action of the tills, filtered by time,
action, staff, terminal and text, with the chain's status above it (verified up to seq
N, or broken at seq M and why). The records and the verification are the service's
(services/journal.py); this page only asks and shows."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.errors import Message
from pos_app.domain.money import Money
from pos_app.domain.permissions import Actor
from pos_app.domain.sale import TENDER_WORD
from pos_app.services.journal import (
    ChainStatus,
    DetailValue,
    JournalFilter,
    JournalRow,
    JournalService,
    JournalView,
    RowState,
    action_label,
)

from .. import theme
from ..i18n import QT_TRANSLATE_NOOP, fmt, language, message_text, translate
from ..theme import set_role
from ..worker import DbWorker
from .common import (
    LEFT,
    RIGHT,
    Calls,
    FitColumns,
    FlowLayout,
    empty_label,
    error_text,
    labelled,
    table_text,
    text_item,
)

HEADERS = (QT_TRANSLATE_NOOP("Journal", "Time"), QT_TRANSLATE_NOOP("Journal", "Terminal"),
           QT_TRANSLATE_NOOP("Journal", "Seq"), QT_TRANSLATE_NOOP("Journal", "Action"),
           QT_TRANSLATE_NOOP("Journal", "Staff"), QT_TRANSLATE_NOOP("Journal", "Approved by"),
           QT_TRANSLATE_NOOP("Journal", "Detail"))
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "Journal", "No journal records match.\nEvery sale, refund, void, line void, discount, "
    "price override, drawer opening, cash movement, shift, failed PIN, approval, catalog "
    "import and plan or staff change is written here as it happens.")
TIME_COL, TERMINAL_COL, SEQ_COL, ACTION_COL, STAFF_COL, APPROVER_COL, DETAIL_COL = range(7)
_BROKEN_BG = QColor("#fdecee")


def detail_key_text(key: str) -> str:
    """A detail's key (journal service's detail_parts) in the screen's language; a key
    not known here as the service words it in English."""
    names = {
        "receipt_no": translate("Journal", "receipt"),
        "total": translate("Journal", "total"),
        "amount": translate("Journal", "amount"),
        "payments": translate("Journal", "payments"),
        "sku": translate("Journal", "SKU"),
        "title": translate("Journal", "title"),
        "quantity": translate("Journal", "quantity"),
        "unit_price": translate("Journal", "unit price"),
        "list_price": translate("Journal", "list price"),
        "value": translate("Journal", "value"),
        "reason": translate("Journal", "reason"),
        "rounding": translate("Journal", "rounding"),
        "float_minor": translate("Journal", "float"),
        "total_variance": translate("Journal", "variance"),
        "voided_lines": translate("Journal", "lines voided before"),
        "post_void_of": translate("Journal", "reverses sale"),
        "line_no": translate("Journal", "line"),
        "cashier": translate("Journal", "cashier"),
        "approved by": translate("Journal", "approved by"),
        "staff": translate("Journal", "staff"),
        "role": translate("Journal", "role"),
        "name": translate("Journal", "name"),
        "z_no": translate("Journal", "Z number"),
        "lines": translate("Journal", "lines"),
        "units": translate("Journal", "units"),
        "settings": translate("Journal", "settings"),
        "changed": translate("Journal", "changed"),
    }
    return names.get(key, key.replace("_", " "))


def _tender(tender: str) -> str:
    """A payment's tender ("cash") as the sale's messages name it, translated."""
    word = TENDER_WORD.get(tender)
    return message_text(word) if word is not None else tender


def _value_text(value: DetailValue) -> str:
    if isinstance(value, Money):
        return fmt().money(value)
    if isinstance(value, tuple):
        return ", ".join(f"{_tender(tender)} {fmt().money(m)}" for tender, m in value)
    if isinstance(value, Message):
        return message_text(value)
    return value


def _named(name: str, staff_id: str | None) -> str:
    """A staff cell's tooltip: the name in full and the id it was recorded with."""
    if not staff_id:
        return name
    return f"{name}\n{staff_id}" if name and name != staff_id else staff_id


def detail_text(row: JournalRow) -> str:
    """The detail column in the screen's language: each key translated, money and
    numbers as the locale writes them; a detail that is not key/value pairs as it is."""
    if row.parts is None:
        return row.detail
    said = [f"{detail_key_text(k)} {_value_text(v)}" for k, v in row.parts]
    if row.about:
        said.insert(0, translate("Journal", "for {name}").format(name=row.about))
    return " · ".join(said)
_UNVERIFIED_FG = QColor(theme.MUTED)


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def action_text(action: str) -> str:
    """A journal action in the screen's language ("sale" -> "Venta"); an action this
    version does not know is shown as the service words it."""
    known = {
        "sale": translate("Journal", "Sale"),
        "refund": translate("Journal", "Refund"),
        "post_void": translate("Journal", "Post void"),
        "void": translate("Journal", "Void"),
        "line_void": translate("Journal", "Line void"),
        "discount": translate("Journal", "Discount"),
        "discount_over_limit": translate("Journal", "Discount over limit"),
        "discount_cleared": translate("Journal", "Discount cleared"),
        "price_override": translate("Journal", "Price override"),
        "return_no_receipt": translate("Journal", "Return no receipt"),
        "approval": translate("Journal", "Approval"),
        "open_drawer": translate("Journal", "Open drawer"),
        "cash_in": translate("Journal", "Cash in"),
        "cash_out": translate("Journal", "Cash out"),
        "shift_open": translate("Journal", "Shift open"),
        "shift_close": translate("Journal", "Shift close"),
        "login_failed": translate("Journal", "Login failed"),
        "count_stock": translate("Journal", "Count stock"),
        "resolve_stock_attention": translate("Journal", "Resolve stock attention"),
        "resend_stock": translate("Journal", "Refused stock changes sent again"),
        "catalog_import": translate("Journal", "Catalog import"),
        "plan_change": translate("Journal", "Plan change"),
        "staff_change": translate("Journal", "Staff change"),
        "settings_change": translate("Journal", "Settings change"),
        "backup_key_shown": translate("Journal", "Backup key shown"),
        "owner_credential": translate("Journal", "Owner's authority used"),
        "tax_class_set": translate("Journal", "Tax class set"),
    }
    return known.get(action) or action_label(action)


def source_label(label: Message | str) -> str:
    """A journal source as the app names it (app/journal_commands.py, a message template
    such as "This terminal ({terminal})") in the screen's language; plain text as it is."""
    return message_text(label) if isinstance(label, Message) else label


def chain_parts(status: ChainStatus) -> list[str]:
    """Each terminal's chain in the screen's language, a break's message (a template
    of the verifier, domain/journal.py) included."""
    parts = []
    for r in status.reports:
        if r.first_break is not None:
            parts.append(translate(
                "Journal", "{terminal}: BROKEN at seq {seq} — {message}; verified up to seq "
                           "{through}").format(terminal=r.terminal_id, seq=r.first_break.seq,
                                               message=message_text(r.first_break.message),
                                               through=r.verified_through))
        elif r.unverified_from is not None:
            parts.append(translate(
                "Journal", "{terminal}: verified up to seq {through}; seq {first} to {last} "
                           "intact but not provable here (their key is not on this "
                           "machine)").format(terminal=r.terminal_id, through=r.verified_through,
                                              first=r.unverified_from, last=r.last_seq))
        else:
            parts.append(translate("Journal", "{terminal}: chain verified, seq 1 to "
                                              "{last}").format(terminal=r.terminal_id,
                                                               last=r.last_seq))
    return parts


def chain_line(status: ChainStatus) -> str:
    """ChainStatus.line in the screen's language."""
    if language() == "en":
        return status.line()
    where = message_text(status.where)
    if not status.reports:
        return translate("Journal", "Journal of {where}: no records yet").format(where=where)
    return translate("Journal", "Journal of {where} — {chains}").format(
        where=where, chains=" · ".join(chain_parts(status)))


class JournalPage(QWidget):
    """`sources`: (label, service) pairs, e.g. this terminal and the central database;
    a label is a message template (domain/errors.msg), shown translated."""

    info_changed = Signal(object)
    message = Signal(str, bool)

    def __init__(self, sources: Sequence[tuple[Message | str, JournalService]], worker: DbWorker,
                 actor: Actor, *, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sources = list(sources)
        self.actor = actor
        self.calls = Calls(self, worker)
        self.today = today
        self.view: JournalView | None = None

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        title = QLabel(translate("Journal", "Journal"))
        set_role(title, "section")
        top.addWidget(title)
        top.addStretch(1)
        self.verify_button = QPushButton(translate("Journal", "Verify chain  Ctrl+Shift+V"))
        self.verify_button.setShortcut(QKeySequence("Ctrl+Shift+V"))
        self.verify_button.setToolTip(translate("Journal", "Recompute every record's MAC from "
                                                "the first one (as `pos-app verify-audit` "
                                                "does)"))
        self.verify_button.clicked.connect(lambda: self.load(verify=True))
        top.addWidget(self.verify_button)
        lay.addLayout(top)

        self.status = QLabel(translate("Journal", "Verifying the chain…"))
        self.status.setWordWrap(True)
        set_role(self.status, "info")
        lay.addWidget(self.status)

        # Rows that wrap: two at 1366 px beside the sidebar, three on a 1024 px till.
        bar = QWidget()
        bar.setObjectName("filterBar")
        rows = FlowLayout(bar)

        self.source = QComboBox()
        for label, _svc in self.sources:
            self.source.addItem(source_label(label))
        self.first = QDateEdit(_qdate(today - timedelta(days=6)))
        self.last = QDateEdit(_qdate(today))
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
        self.action = QComboBox()
        self.staff = QComboBox()
        self.terminal = QComboBox()
        # Sized to a few words, not to the longest entry: the bar fits 1366 px.
        for combo, chars in ((self.source, 18), (self.action, 16), (self.staff, 14),
                             (self.terminal, 10)):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(chars)
        self.text = QLineEdit()
        self.text.setPlaceholderText(translate("Journal", "Search sale, SKU, reason…"))
        self.text.setToolTip(translate(
            "Journal", "Words in the action, staff, sale id or detail; Enter to search"))
        self.text.setClearButtonEnabled(True)
        self.text.setMinimumWidth(150)
        if len(self.sources) > 1:
            rows.addWidget(labelled(translate("Journal", "Source"), self.source))
        for text, widget in ((translate("Journal", "From"), self.first),
                             (translate("Journal", "to"), self.last),
                             (translate("Journal", "Search"), self.text),
                             (translate("Journal", "Action"), self.action),
                             (translate("Journal", "Staff"), self.staff),
                             (translate("Journal", "Terminal"), self.terminal)):
            rows.addWidget(labelled(text, widget))
        lay.addWidget(bar)
        self._fill(self.action, translate("Journal", "All actions"), [])
        self._fill(self.staff, translate("Journal", "Anyone"), [])
        self._fill(self.terminal, translate("Journal", "All terminals"), [])

        self.content = QStackedWidget()
        self.empty = empty_label(translate("Journal", "Loading…"))
        self.content.addWidget(self.empty)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setAccessibleName(translate("Journal", "Journal"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        # At 1024 px (German above all) the columns do not all fit at full width: the
        # staff, approver and terminal columns give way first, then the action (elided,
        # whole in their tooltips and in the pane below the table); the detail keeps a
        # fifth; the time and seq stay whole. The terminal column shows only when the
        # journal holds more than one terminal's chain.
        self.columns = FitColumns(self.table, stretch=DETAIL_COL,
                                  shrink=((STAFF_COL, APPROVER_COL, TERMINAL_COL),
                                          (ACTION_COL,)), share=0.2, floor=140)
        self.columns.set_labels([translate("Journal", h) for h in HEADERS])
        for col in range(len(HEADERS)):
            item = self.table.horizontalHeaderItem(col)
            if item is not None:
                item.setTextAlignment(RIGHT if col == SEQ_COL else LEFT)
        self.content.addWidget(self.table)
        lay.addWidget(self.content, 1)
        # The selected record in full: what the narrowed columns elide.
        self.record = QLabel("")
        self.record.setWordWrap(True)
        self.record.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_role(self.record, "info")
        self.record.hide()
        lay.addWidget(self.record)
        self.table.itemSelectionChanged.connect(self._show_record)
        self.footer = QLabel("")
        set_role(self.footer, "summary")
        lay.addWidget(self.footer)

        self.source.currentIndexChanged.connect(lambda _i: self.start())
        for combo in (self.action, self.staff, self.terminal):
            combo.currentIndexChanged.connect(lambda _i: self.load())
        self.first.dateChanged.connect(lambda _d: self.load())
        self.last.dateChanged.connect(lambda _d: self.load())
        self.text.returnPressed.connect(self.load)
        self.text.textChanged.connect(lambda t: self.load() if not t else None)

    # ---- choices --------------------------------------------------------------------------

    @property
    def service(self) -> JournalService:
        return self.sources[max(0, self.source.currentIndex())][1]

    @staticmethod
    def _fill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for text, key in items:
            combo.addItem(text, key)
        combo.setCurrentIndex(max(0, combo.findData(keep)) if keep is not None else 0)
        combo.blockSignals(False)

    def start(self) -> None:
        """Read the filter choices, then the records (verifying the chain once)."""
        service, actor = self.service, self.actor
        self.calls.run("choices", lambda: service.choices(actor), self._choices,
                       self._failed)

    def _choices(self, choices: tuple[list[str], list[str], dict[str, str]]) -> None:
        actions, terminals, names = choices
        self._fill(self.action, translate("Journal", "All actions"),
                   [(action_text(a), a) for a in actions])
        self._fill(self.terminal, translate("Journal", "All terminals"),
                   [(t, t) for t in terminals])
        self.table.setColumnHidden(TERMINAL_COL, len(terminals) <= 1)
        self._fill(self.staff, translate("Journal", "Anyone"),
                   sorted(((n, i) for i, n in names.items()), key=lambda p: p[0].casefold()))
        self.load()

    def current(self) -> JournalFilter:
        first, last = _pydate(self.first.date()), _pydate(self.last.date())
        first, last = min(first, last), max(first, last)
        # The days are the store's days (its time zone); the journal stores UTC.
        zone = ZoneInfo(fmt().timezone)
        since = datetime.combine(first, time.min, tzinfo=zone).astimezone(UTC).isoformat()
        until = datetime.combine(last + timedelta(days=1), time.min,
                                 tzinfo=zone).astimezone(UTC).isoformat()
        return JournalFilter(since=since, until=until, action=self.action.currentData(),
                             actor=self.staff.currentData(),
                             terminal_id=self.terminal.currentData(),
                             text=self.text.text().strip() or None)

    def load(self, *, verify: bool = False) -> None:
        service, actor, f = self.service, self.actor, self.current()
        if verify:
            self.status.setText(translate("Journal", "Verifying the chain…"))
            set_role(self.status, "info")
        self.calls.run("view", lambda: service.view(actor, f, verify=verify), self.show_view,
                       self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.message.emit(error_text(exc), True)
        self.empty.setText(error_text(exc))
        self.content.setCurrentWidget(self.empty)

    # ---- showing --------------------------------------------------------------------------

    def show_status(self, status: ChainStatus | None) -> None:
        if status is None:
            self.status.setText(translate("Journal", "The chain has not been verified yet"))
            set_role(self.status, "info")
            return
        checked = fmt().time(status.checked_at)
        self.status.setText(translate("Journal", "{status}  (checked {time})").format(
            status=chain_line(status), time=checked))
        # Each terminal on its line: the verifier's own summary in English (break kind,
        # missing key id), else the same said in the screen's language.
        self.status.setToolTip("\n".join(
            r.summary() for r in status.reports) if language() == "en"
            else "\n".join(chain_parts(status)))
        set_role(self.status, "statuserror" if status.broken else
                 "info" if status.ok else "banner")

    def show_view(self, view: JournalView) -> None:
        self.view = view
        self.show_status(view.status)
        self.table.clearSelection()  # a new list: the pane shows no stale record
        self.table.setRowCount(len(view.rows))
        for r, row in enumerate(view.rows):
            rec = row.record
            tip = f"seq {rec.seq} · id {rec.id} · key {rec.key_id}\nMAC {rec.mac}"
            if rec.subject:
                tip = f"subject {rec.subject}\n" + tip
            # The date in figures keeps the column narrow; the tooltip and the pane
            # below the table write it out.
            at = f"{fmt().local(row.at):%H:%M:%S}"
            tip = f"{fmt().date(row.at)} {at}\n{tip}"
            cells = (text_item(f"{fmt().short_date(row.at)} {at}", tip=tip),
                     text_item(rec.terminal_id),
                     text_item(str(rec.seq), align=RIGHT, sort=rec.seq),
                     text_item(action_text(rec.action), tip=action_text(rec.action)),
                     text_item(row.actor, tip=_named(row.actor, rec.actor)),
                     text_item(row.approver, tip=_named(row.approver, rec.approved_by)),
                     text_item(detail_text(row), tip=detail_text(row)))
            for c, item in enumerate(cells):
                if row.state is RowState.BROKEN:
                    item.setBackground(QBrush(_BROKEN_BG))
                    item.setToolTip(translate("Journal", "The first broken record of this "
                                                         "terminal's chain") + "\n"
                                    + item.toolTip())
                elif row.state in (RowState.AFTER_BREAK, RowState.UNVERIFIED):
                    item.setForeground(QBrush(_UNVERIFIED_FG))
                self.table.setItem(r, c, item)
        self._show_record()
        if view.rows:
            self.content.setCurrentWidget(self.table)
            self.columns.fit()
        else:
            self.empty.setText(translate("Journal", EMPTY_TEXT))
            self.content.setCurrentWidget(self.empty)
        self.footer.setText((translate("Journal", "{n} record(s) (the newest shown; narrow the "
                                       "filter to see older ones) · newest first · records "
                                       "cannot be changed or deleted") if view.truncated
                             else translate("Journal", "{n} record(s) · newest first · "
                                            "records cannot be changed or deleted"))
                            .format(n=fmt().number(len(view.rows))))

    def _show_record(self) -> None:
        """The selected record whole in the pane under the table, each part named by
        its column's header; the pane is hidden when no row is selected."""
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.view is None or rows[0].row() >= len(self.view.rows):
            self.record.hide()
            return
        row = self.view.rows[rows[0].row()]
        rec = row.record
        parts = ((TIME_COL, f"{fmt().date(row.at)} {fmt().local(row.at):%H:%M:%S}"),
                 (TERMINAL_COL, rec.terminal_id), (SEQ_COL, fmt().number(rec.seq)),
                 (ACTION_COL, action_text(rec.action)), (STAFF_COL, row.actor),
                 (APPROVER_COL, row.approver))
        said = [f"{translate('Journal', HEADERS[col])}: {text}" for col, text in parts if text]
        detail = detail_text(row)
        self.record.setText(" · ".join(said) + (f"\n{detail}" if detail else ""))
        self.record.show()

    def record_text(self) -> str:
        return self.record.text() if self.record.isVisible() else ""

    def rows_text(self) -> list[list[str]]:
        return table_text(self.table)

    def status_text(self) -> str:
        return self.status.text()

