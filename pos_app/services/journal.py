"""The journal as the rest of the till uses it: which record a sale command makes, the
back office's filtered view with the chain's status, `verify-audit`, and the push of
the journal to the central database.

The records themselves and their chain are domain/journal.py; appending one is the
adapter's `append(conn, entry)`, always inside the transaction of the change it records.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import datetime
from enum import Enum
from typing import Protocol

from pos_app.domain.clock import Clock
from pos_app.domain.errors import Message, PosError, msg
from pos_app.domain.journal import (
    ChainReport,
    JournalAction,
    JournalEntry,
    JournalRecord,
    detail_json,
    verify_chain,
)
from pos_app.domain.money import Money
from pos_app.domain.permissions import ROLE_WORD, Actor, Role
from pos_app.domain.sale import SaleState

from .central_sync import BatchRejected, TerminalIdentity
from .completion import CompletionFacts
from .locale_format import LocaleFormat
from .sale_session import CommandRecord
from .settings import Settings

log = logging.getLogger(__name__)

A = JournalAction

# Who may read the journal in the back office.
JOURNAL_ROLES = frozenset({Role.MANAGER, Role.OWNER})


class JournalDiverged(PosError):
    """The central database holds a different record under one of this terminal's
    sequence numbers: the local journal was rewritten (or the database restored from an
    old copy) after those records were pushed. Nothing more of the journal is pushed
    until a person looks at it (`pos-app verify-audit --central`)."""

    def __init__(self, terminal_id: str, seq: int) -> None:
        super().__init__(f"The central journal of terminal {terminal_id} holds a different "
                         f"record at seq {seq}: this terminal's journal was rewritten or "
                         "restored from an older copy")
        self.terminal_id = terminal_id
        self.seq = seq


# ---- what a sale command journals -------------------------------------------------------------


def _discount_action(state: SaleState, record: CommandRecord) -> tuple[str, dict[str, object]]:
    """`discount` within the cashier's own limit, `discount_over_limit` when authority was
    needed (the discount then carries who approved it), `discount_cleared` when removed."""
    if record.kind == "cart_discount":
        discount = state.cart_discount
        where: dict[str, object] = {"scope": "cart"}
    else:
        line_no = int(json.loads(record.payload)["line_no"])
        discount = next((ln.discount for ln in state.lines if ln.no == line_no), None)
        where = {"scope": "line", "line_no": line_no}
    if discount is None:
        return A.DISCOUNT_CLEARED.value, where
    where.update(kind=discount.kind.value, value=discount.value, reason=discount.reason)
    if discount.approved_by is not None:
        where["approved_by"] = discount.approved_by
        return A.DISCOUNT_OVER_LIMIT.value, where
    return A.DISCOUNT.value, where


def _completion_detail(state: SaleState, c: CompletionFacts,
                       receipt_no: int | None) -> dict[str, object]:
    return {
        "receipt_no": receipt_no, "total": c.total, "rounding": c.rounding,
        "currency": state.currency, "lines": len(c.lines),
        "units": sum(sl.quantity for sl in c.lines),
        "payments": [[p.kind, p.amount] for p in c.payments],
        "shift_id": state.shift_id, "cashier_id": state.cashier_id,
        **({"post_void_of": state.post_void_of} if state.post_void_of else {}),
    }


def sale_entry(state: SaleState, record: CommandRecord, completion: CompletionFacts | None,
               receipt_no: int | None) -> JournalEntry | None:
    """The journal entry of one committed sale command, or None when the command is not
    journaled (a scan, a quantity, a tender: they stay in the sale's command log).

    Journaled: completions (a sale, a refund when any line is returned, a post-void),
    voids, line voids, discounts (under and over the limit told apart), price overrides,
    returns without receipt, and any other command someone approved."""
    def entry(action: str, detail: str) -> JournalEntry:
        return JournalEntry(action=action, at=record.at, id=record.command_id,
                            actor=record.actor, approved_by=record.approved_by,
                            subject=state.id, detail=detail, terminal_id=state.terminal_id)

    if completion is not None:
        if state.post_void_of:
            action = A.POST_VOID.value
        elif any(ln.quantity < 0 for ln in state.lines):
            action = A.REFUND.value
        else:
            action = A.SALE.value
        return entry(action, detail_json(_completion_detail(state, completion, receipt_no)))
    kind = record.kind
    if kind == "void":
        return entry(A.VOID.value, detail_json({
            "lines": len(state.lines), "voided_lines": len(state.voided_lines),
            "reason": json.loads(record.payload).get("reason", "")}))
    if kind == "remove_line":
        v = state.voided_lines[-1] if state.voided_lines else None
        detail: dict[str, object] = {"line_no": json.loads(record.payload).get("line_no")}
        if v is not None:
            detail.update(sku=v.line.sku, title=v.line.title, quantity=v.line.quantity,
                          amount=v.amount)
        return entry(A.LINE_VOID.value, detail_json(detail))
    if kind in ("line_discount", "cart_discount"):
        action, what = _discount_action(state, record)
        return entry(action, detail_json(what))
    if kind == "override_price":
        payload = json.loads(record.payload)
        line_no = payload.get("line_no")
        ln = next((x for x in state.lines if x.no == line_no), None)
        return entry(A.PRICE_OVERRIDE.value, detail_json({
            "line_no": line_no, "unit_price": payload.get("unit_price"),
            "list_price": ln.list_price if ln else None, "sku": ln.sku if ln else None}))
    if record.audit_action:
        return entry(record.audit_action, record.payload)
    if record.approved_by is not None:
        return entry(A.APPROVAL.value, detail_json(
            {"command": kind, "payload": json.loads(record.payload)}))
    return None


# ---- settings --------------------------------------------------------------------------------


def settings_snapshot(settings: Settings) -> dict[str, object]:
    """The settings that change what the till does, flattened (`store.cash_rounding`):
    store rules, limits, timers, flags, commission basis. No URLs, devices or secrets."""
    flat: dict[str, object] = {"terminal.id": settings.terminal_id}
    for f in fields(settings.store):
        value = getattr(settings.store, f.name)
        flat[f"store.{f.name}"] = value.value if isinstance(value, Enum) else \
            value if isinstance(value, str | int | float | bool) or value is None else str(value)
    for key in ("park_after_minutes", "lock_after_minutes", "compact_after_days",
                "outbox_retention_days"):
        flat[f"terminal.{key}"] = getattr(settings, key)
    flat["flags"] = sorted(f.value for f in settings.flags.enabled)
    for key, value in sorted(dict(settings.sections.get("commission", {})).items()):
        flat[f"commission.{key}"] = value if isinstance(value, str | int | float | bool) \
            else str(value)
    return flat


def settings_entry(previous: str | None, current: Mapping[str, object], *, at: str, id: str,
                   terminal_id: str) -> JournalEntry | None:
    """A `settings_change` record when the settings differ from those the last one
    recorded (`previous`: its detail), with what changed from what to what; None when
    nothing did."""
    before: dict[str, object] = {}
    if previous is not None:
        try:
            got = json.loads(previous).get("settings", {})
            before = got if isinstance(got, dict) else {}
        except (ValueError, AttributeError):
            before = {}
    now = json.loads(detail_json(current))  # as it will be stored (lists, not tuples)
    if previous is not None and before == now:
        return None
    changed = {k: [before.get(k), now.get(k)] for k in sorted(set(before) | set(now))
               if before.get(k) != now.get(k)} if previous is not None else {}
    return JournalEntry(action=A.SETTINGS_CHANGE.value, at=at, id=id,
                        subject=str(now.get("terminal.id", "")) or None,
                        detail=detail_json({"settings": now, "changed": changed,
                                            "first": previous is None}),
                        terminal_id=terminal_id)


# ---- reading: the back office and verify-audit --------------------------------------------------


@dataclass(frozen=True, slots=True)
class JournalFilter:
    """What the back office asks for; every field optional. Times are ISO 8601 (UTC)."""

    since: str | None = None
    until: str | None = None
    action: str | None = None
    actor: str | None = None
    terminal_id: str | None = None
    text: str | None = None
    limit: int = 500


class JournalSource(Protocol):
    """A journal store: the terminal's (adapters/sqlite/journal.py) or the central
    database's (adapters/central/journal.py, one store)."""

    def terminals(self) -> list[str]: ...

    def records(self, terminal_id: str) -> list[JournalRecord]:
        """Every record of the terminal's chain, in seq order."""
        ...

    def search(self, f: JournalFilter) -> list[JournalRecord]:
        """Records matching the filter, newest first, at most f.limit."""
        ...

    def actions(self) -> list[str]: ...

    def known_through(self, terminal_id: str) -> int | None:
        """A seq known (from elsewhere than the chain) to have been written: the local
        journal's push cursor. None when nothing is known."""
        ...


# Keys by key id for one terminal (adapters/journal_key.py `verification_keys`).
KeysFor = Callable[[str], Mapping[str, bytes]]


@dataclass(frozen=True, slots=True)
class JournalPage:
    rows: tuple[JournalRecord, ...]
    truncated: bool  # more rows matched than the limit


@dataclass(frozen=True, slots=True)
class ChainStatus:
    """The chains of every terminal of a journal store, as the screen shows them."""

    reports: tuple[ChainReport, ...]
    checked_at: datetime
    # Which journal store, as a message template (domain/errors.msg): "terminal T1" or
    # "central database, store S1"; str() is the English text the CLI prints.
    where: Message

    @property
    def ok(self) -> bool:
        return all(r.ok for r in self.reports)

    @property
    def broken(self) -> bool:
        return any(r.broken for r in self.reports)

    def line(self) -> str:
        if not self.reports:
            return f"Journal of {self.where}: no records yet"
        parts = []
        for r in self.reports:
            if r.first_break is not None:
                parts.append(f"{r.terminal_id}: BROKEN at seq {r.first_break.seq} — "
                             f"{r.first_break.message}; verified up to seq "
                             f"{r.verified_through}")
            elif r.unverified_from is not None:
                parts.append(f"{r.terminal_id}: verified up to seq {r.verified_through}; "
                             f"seq {r.unverified_from} to {r.last_seq} intact but not "
                             "provable here (their key is not on this machine)")
            else:
                parts.append(f"{r.terminal_id}: chain verified, seq 1 to {r.last_seq}")
        return f"Journal of {self.where} — " + " · ".join(parts)


def require_journal_reader(actor: Actor | None) -> Actor:
    if actor is None or actor.role not in JOURNAL_ROLES:
        from pos_app.domain.errors import PermissionDenied

        if actor is None:
            raise PermissionDenied(msg("Nobody is signed in; a manager or owner can"))
        raise PermissionDenied(msg("A {role} cannot read the journal; a manager or owner can",
                                   role=ROLE_WORD[actor.role]))
    return actor


# Detail keys that hold money (minor units of the record's or the store's currency).
MONEY_KEYS = frozenset({"total", "amount", "unit_price", "list_price", "rounding",
                        "float_minor", "total_variance"})
# Detail keys that name a staff member (shown by name).
STAFF_KEYS = {"cashier_id": "cashier", "approved_by": "approved by", "staff_id": "staff"}
# Ids the list leaves out (the columns, the tooltip and the raw record have them).
HIDDEN_KEYS = frozenset({"currency", "terminal_id", "terminal", "shift_id", "movement_id",
                         "z_report_id", "tender_id", "digest"})
LABELS = {"float_minor": "float", "receipt_no": "receipt", "line_no": "line",
          "total_variance": "variance", "voided_lines": "lines voided before",
          "post_void_of": "reverses sale"}


def action_label(action: str) -> str:
    return action.replace("_", " ").capitalize()


def _money(minor: int, currency: str, locale: LocaleFormat | None = None) -> str:
    try:
        if locale is not None:  # as the store writes money: "12,50 €"
            return locale.money(Money(minor, currency))
        return Money(minor, currency).format(symbol="$" if currency == "USD" else "")
    except ValueError:
        return str(minor)


# What a person looks for first in a detail; the rest follows in key order.
FIRST_KEYS = ("receipt_no", "total", "amount", "payments", "sku", "title", "quantity",
              "unit_price", "list_price", "value", "reason")


# One shown pair of a detail: its key (as stored: `amount`, `reason`; a staff key by its
# label, `cashier`) and its value: a Money, a (tender, Money) list for `payments`, a
# percentage as text ("12.5 %"), or text. The screens say the key in their language and
# write the value as their locale does; detail_text writes them in English.
DetailValue = Money | str | Message | tuple[tuple[str, Money], ...]


def _money_value(minor: int, currency: str) -> Money | str:
    try:
        return Money(minor, currency)
    except ValueError:
        return str(minor)


def detail_parts(detail: str, currency: str, names: Mapping[str, str] | None = None, *,
                 shown_staff: Collection[str] = ()) -> list[tuple[str, DetailValue]] | None:
    """A record's detail as (key, value) pairs, the telling ones first, staff by name
    (left out when a column shows them: `shown_staff`), internal ids and zero roundings
    left out; None when the detail is not a JSON object (shown as it is)."""
    try:
        data = json.loads(detail)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    names = names or {}
    cur = str(data.get("currency") or currency)
    parts: list[tuple[str, DetailValue]] = []
    order = [k for k in FIRST_KEYS if k in data] + [k for k in data if k not in FIRST_KEYS]
    for key in order:
        value = data[key]
        if key in HIDDEN_KEYS or value is None or value in ("", []):
            continue
        if key in STAFF_KEYS and value in shown_staff:
            continue
        if key in ("rounding", "voided_lines") and value == 0:
            continue
        shown: DetailValue
        said_key = key
        if key in STAFF_KEYS and isinstance(value, str):
            said_key, shown = STAFF_KEYS[key], names.get(value, value)
        elif key in MONEY_KEYS and isinstance(value, int) and not isinstance(value, bool):
            shown = _money_value(value, cur)
        elif key == "value" and isinstance(value, int) and data.get("kind") in ("pct", "amt"):
            shown = f"{value / 100:g} %" if data["kind"] == "pct" \
                else _money_value(value, cur)
        elif key == "kind" and value in ("pct", "amt"):
            continue  # said by the value itself
        elif key == "settings" and isinstance(value, dict):
            continue  # a settings_change says what changed, not every setting
        elif key == "first" and isinstance(value, bool):
            if not value:
                continue
            said_key, shown = "settings", msg("recorded at first start")
        elif key == "changed" and isinstance(value, dict):
            if not value:
                continue
            shown = "; ".join(f"{k}: {_setting(v[0])} → {_setting(v[1])}"
                              for k, v in value.items()
                              if isinstance(v, list) and len(v) == 2)
        elif key == "payments" and isinstance(value, list):
            pays = [(str(p[0]), _money_value(int(p[1]), cur)) for p in value
                    if isinstance(p, list) and len(p) == 2]
            shown = tuple((t, m) for t, m in pays if isinstance(m, Money)) \
                if all(isinstance(m, Money) for _t, m in pays) \
                else ", ".join(f"{t} {m}" for t, m in pays)
        elif isinstance(value, dict | list):
            shown = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
        else:
            shown = str(value)
        parts.append((said_key, shown))
    return parts


def _setting(value: object) -> str:
    """A setting's value in a settings_change detail: as configured, (none) when unset."""
    if value is None:
        return "(none)"
    if isinstance(value, bool):
        return "on" if value else "off"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def detail_text(detail: str, currency: str, names: Mapping[str, str] | None = None, *,
                shown_staff: Collection[str] = (), locale: LocaleFormat | None = None) -> str:
    """A record's detail on one line: `key value` pairs, the telling ones first, money
    formatted, staff by name (left out when a column shows them: `shown_staff`),
    percentages as percentages, internal ids and zero roundings left out."""
    parts = detail_parts(detail, currency, names, shown_staff=shown_staff)
    return detail if parts is None else _parts_text(parts, locale)


def _parts_text(parts: Iterable[tuple[str, DetailValue]], locale: LocaleFormat | None) -> str:
    """detail_parts' pairs on one line, in English (detail_text)."""

    def english(value: DetailValue) -> str:
        if isinstance(value, Money):
            return _money(value.minor, value.currency, locale)
        if isinstance(value, tuple):
            return ", ".join(f"{t} {_money(m.minor, m.currency, locale)}" for t, m in value)
        return str(value)

    return " · ".join(f"{LABELS.get(key, key.replace('_', ' '))} {english(value)}"
                      for key, value in parts)


def _who(rec: JournalRecord) -> str | None:
    """Who the record is about when nobody signed in is named: a sale's cashier, the
    person whose PIN was refused."""
    if rec.actor is not None:
        return rec.actor
    try:
        data = json.loads(rec.detail)
    except ValueError:
        return None
    cashier = data.get("cashier_id") if isinstance(data, dict) else None
    return str(cashier) if cashier else None


class RowState(Enum):
    VERIFIED = "verified"
    BROKEN = "broken"  # the first broken record of its chain
    AFTER_BREAK = "after_break"  # after a break: not verified
    UNVERIFIED = "unverified"  # no key here, or written after the last verification


@dataclass(frozen=True, slots=True)
class JournalRow:
    """One record as the back office lists it."""

    record: JournalRecord
    at: datetime
    action: str
    actor: str
    approver: str
    detail: str  # in English (logs, the command line)
    state: RowState
    # The detail as (key, value) pairs for a screen to say in its language (detail_parts;
    # None: the detail is shown as it is), and who the record is about when that is a
    # person (a refused PIN, an edit), else "".
    parts: tuple[tuple[str, DetailValue], ...] | None = None
    about: str = ""


@dataclass(frozen=True, slots=True)
class JournalView:
    rows: tuple[JournalRow, ...]
    truncated: bool  # more records matched than are listed
    status: ChainStatus | None  # None until verified


def _row_state(rec: JournalRecord, status: ChainStatus | None) -> RowState:
    report = next((r for r in status.reports if r.terminal_id == rec.terminal_id), None) \
        if status is not None else None
    if report is None:
        return RowState.UNVERIFIED
    if report.first_break is not None:
        if rec.seq == report.first_break.seq:
            return RowState.BROKEN
        if rec.seq > report.first_break.seq:
            return RowState.AFTER_BREAK
    return RowState.VERIFIED if rec.seq <= report.verified_through else RowState.UNVERIFIED


class JournalService:
    """Lists, filters and verifies one journal store, for managers and owners."""

    def __init__(self, source: JournalSource, keys_for: KeysFor, clock: Clock, *,
                 where: Message | None = None, currency: str = "USD",
                 names: Callable[[], Mapping[str, str]] | None = None,
                 locale: LocaleFormat | None = None) -> None:
        self.source = source
        self._locale = locale
        self._keys_for = keys_for
        self._clock = clock
        self.where = where if where is not None else msg("this terminal")
        self._currency = currency
        self._names = names
        self.last_status: ChainStatus | None = None

    def search(self, f: JournalFilter) -> JournalPage:
        rows = self.source.search(JournalFilter(
            f.since, f.until, f.action or None, f.actor or None, f.terminal_id or None,
            (f.text or "").strip() or None, f.limit + 1))
        return JournalPage(tuple(rows[:f.limit]), len(rows) > f.limit)

    def actions(self) -> list[str]:
        known = {a.value for a in JournalAction}
        return sorted(known | set(self.source.actions()))

    def terminals(self) -> list[str]:
        return self.source.terminals()

    def verify(self, terminal_id: str | None = None) -> ChainStatus:
        terminals = [terminal_id] if terminal_id else self.source.terminals()
        reports = tuple(
            verify_chain(self.source.records(t), self._keys_for(t), terminal_id=t,
                         expect_through=self.source.known_through(t))
            for t in terminals)
        status = ChainStatus(reports, self._clock.now(), self.where)
        if terminal_id is None:
            self.last_status = status
        return status

    # ---- the back office (the actor's role is checked here, not only by the screen) -----

    def view(self, actor: Actor | None, f: JournalFilter, *,
             verify: bool = False) -> JournalView:
        """Records matching `f`, newest first, each marked by the chain's status (verified
        again when asked, or the first time)."""
        require_journal_reader(actor)
        if verify or self.last_status is None:
            self.verify()
        page = self.search(f)
        names = dict(self._names()) if self._names is not None else {}

        def name(staff_id: str | None) -> str:
            return "" if staff_id is None else names.get(staff_id, staff_id)

        def row(r: JournalRecord) -> JournalRow:
            # The detail parsed once: its pairs for the screens, its English from them.
            who = _who(r)
            found = detail_parts(r.detail, self._currency, names,
                                 shown_staff={x for x in (who, r.approved_by) if x})
            parts = None if found is None else tuple(found)
            text = r.detail if parts is None else _parts_text(parts, self._locale)
            if r.subject in names:  # a record about a person (a refused PIN, an edit)
                text = " · ".join(t for t in (f"for {names[r.subject]}", text) if t)
            return JournalRow(r, datetime.fromisoformat(r.at), action_label(r.action),
                              name(who), name(r.approved_by), text,
                              _row_state(r, self.last_status), parts,
                              names.get(r.subject, "") if r.subject else "")

        rows = tuple(row(r) for r in page.rows)
        return JournalView(rows, page.truncated, self.last_status)

    def choices(self, actor: Actor | None) -> tuple[list[str], list[str], dict[str, str]]:
        """(actions, terminals, staff id -> name) for the screen's filters."""
        require_journal_reader(actor)
        names = dict(self._names()) if self._names is not None else {}
        return self.actions(), self.terminals(), names


# ---- the push to the central database ---------------------------------------------------------


class JournalFeed(Protocol):
    """The local journal as the push reads it (adapters/sqlite/journal.py)."""

    def pushed_seq(self, terminal_id: str) -> int: ...

    def after(self, terminal_id: str, seq: int, limit: int) -> list[JournalRecord]: ...

    def mark_pushed(self, terminal_id: str, seq: int, mac: str) -> None: ...


class JournalSink(Protocol):
    """The central journal (adapters/central/journal.py)."""

    def push_journal(self, identity: TerminalIdentity,
                     records: Sequence[JournalRecord]) -> None:
        """Insert the records (insert-only, idempotent by (store, terminal, seq)) in one
        transaction; raise JournalDiverged when a seq already holds another record."""
        ...


@dataclass
class JournalPusher:
    """Pushes the terminal's journal after its push cursor, in batches, each batch one
    central transaction; the cursor moves only after the central commit. The journal
    is its own queue: nothing is written on the counter's path to push it."""

    feed: JournalFeed
    sink: JournalSink
    batch_size: int = 500
    # Why the journal stream stopped in the last round (a divergence, or a refusal by
    # the central database); None when it went through. Other streams are unaffected.
    last_error: str | None = field(default=None, init=False)

    def push(self, identity: TerminalIdentity) -> int:
        """Records pushed this round; offline and credential errors propagate."""
        pushed = 0
        self.last_error = None
        after = self.feed.pushed_seq(identity.terminal_id)
        while True:
            batch = self.feed.after(identity.terminal_id, after, self.batch_size)
            if not batch:
                break
            try:
                self.sink.push_journal(identity, batch)
            except (JournalDiverged, BatchRejected) as exc:
                self.last_error = str(exc)
                log.error("journal push stopped at seq %d: %s", batch[0].seq, exc)
                break
            self.feed.mark_pushed(identity.terminal_id, batch[-1].seq, batch[-1].mac)
            after = batch[-1].seq
            pushed += len(batch)
        return pushed
