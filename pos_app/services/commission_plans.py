"""Managers edit commission plans: the editor's draft and its field-by-field validation,
the preview of what a plan would have paid over a past period, and the save (managers
and owners only, compare-and-set on the version the editor started from).

The preview (`preview_plan`) is a pure function: it re-runs the calculator's rules over
the sale and clawback records of a period, as if the edited plan had been the plan of
every staff member it covers, and writes nothing. Per sale and staff member it rounds
each part once and tiers telescope, exactly as the calculator does, so a plan previewed
over the records it produced itself pays exactly what was recorded.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, tzinfo
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Protocol

from pos_app.domain.commission import (
    MAX_RATE_BP,
    Bonus,
    CommissionPlan,
    CommissionRecord,
    ItemClass,
    Match,
    Measure,
    PeriodKind,
    PlanInvalid,
    Rate,
    RateKind,
    RateRule,
    RecordKind,
    RecordStatus,
    Spiff,
    Tier,
    TierMode,
    TierSchedule,
    clawback,
    digest,
    period_start,
)
from pos_app.domain.errors import EnvironmentFault, Message, Offline, msg, said
from pos_app.domain.journal import AuditSink, detail_json
from pos_app.domain.money import allocate, exponent_of, round_fraction
from pos_app.domain.permissions import Actor

from .commission_reports import (
    PLAN_EDITOR_ROLES,
    CommissionReports,
    Directory,
    ReportFilter,
    ReportPeriod,
    ReportScope,
    SourceInfo,
    local_day,
    require_role,
)

# ---- the draft: what the editor's fields hold ------------------------------------------------


@dataclass(frozen=True, slots=True)
class RuleDraft:
    sku: str = ""
    collection: str = ""
    product_type: str = ""
    staff: str = ""  # a name or an id
    role: str = ""
    kind: str = "percent"  # percent | fixed
    value: str = ""  # "5" or "5.25" (%) / "1.50" (per unit)

    @property
    def blank(self) -> bool:
        return not any(x.strip() for x in (self.sku, self.collection, self.product_type,
                                           self.staff, self.role, self.value))


@dataclass(frozen=True, slots=True)
class SpiffDraft:
    sku: str = ""
    collection: str = ""
    product_type: str = ""
    staff: str = ""
    role: str = ""
    amount: str = ""

    @property
    def blank(self) -> bool:
        return not any(x.strip() for x in (self.sku, self.collection, self.product_type,
                                           self.staff, self.role, self.amount))


@dataclass(frozen=True, slots=True)
class TierDraft:
    threshold: str = ""
    rate: str = ""

    @property
    def blank(self) -> bool:
        return not (self.threshold.strip() or self.rate.strip())


@dataclass(frozen=True, slots=True)
class BonusDraft:
    measure: str = "value"
    threshold: str = ""
    amount: str = ""

    @property
    def blank(self) -> bool:
        return not (self.threshold.strip() or self.amount.strip())


@dataclass(frozen=True, slots=True)
class PlanDraft:
    """A plan as typed: strings, so every field can be checked and pointed at."""

    id: str = ""
    name: str = ""
    currency: str = "USD"
    effective_from: date = date(2026, 1, 1)
    effective_to: date | None = None  # exclusive; None: open-ended
    period: str = "month"
    staff: str = ""  # names or ids, comma separated; empty: everyone
    roles: str = ""  # comma separated; empty: every role
    store_id: str = ""  # empty: every store
    rules: tuple[RuleDraft, ...] = ()
    spiffs: tuple[SpiffDraft, ...] = ()
    tiers_on: bool = False
    tier_measure: str = "value"
    tier_mode: str = "marginal"
    tiers: tuple[TierDraft, ...] = ()
    bonuses: tuple[BonusDraft, ...] = ()
    version: int = 0  # the version the editor started from; 0: a new plan


@dataclass(frozen=True, slots=True)
class FieldError:
    """`key` names the field: "name", "rules.2.value", "tiers.1.threshold", "plan";
    `said` what is wrong with it (a template the screens translate)."""

    key: str
    said: Message | str

    @property
    def message(self) -> str:
        """What is wrong, in English."""
        return str(self.said)


@dataclass(frozen=True, slots=True)
class DraftResult:
    plan: CommissionPlan | None
    errors: tuple[FieldError, ...]

    @property
    def ok(self) -> bool:
        return self.plan is not None and not self.errors

    def for_key(self, key: str, text: Callable[[Message | str], str] = str) -> str:
        """The errors of one field, joined; `text` writes each (the screens translate)."""
        return "; ".join(text(e.said) for e in self.errors if e.key == key)

    def under(self, prefix: str) -> tuple[FieldError, ...]:
        return tuple(e for e in self.errors if e.key == prefix
                     or e.key.startswith(prefix + "."))


ROLES = ("cashier", "supervisor", "manager", "owner")
_ID_CHARS = re.compile(r"[^a-z0-9]+")


def plan_id_for(name: str, taken: Collection[str] = ()) -> str:
    """A readable id from a plan's name ("Floor staff 2027" -> "floor-staff-2027")."""
    base = _ID_CHARS.sub("-", name.casefold()).strip("-")[:48] or "plan"
    out, n = base, 2
    while out in taken:
        out, n = f"{base}-{n}", n + 1
    return out


def _money(text: str, currency: str) -> int:
    """Minor units of a non-negative amount with at most the currency's decimals."""
    raw = text.strip().replace(",", "")
    for sym in ("$", "€", "£", "¥"):
        raw = raw.replace(sym, "")
    try:
        dec = Decimal(raw)
    except InvalidOperation as exc:
        raise ValueError(msg("“{text}” is not an amount", text=text.strip())) from exc
    if not dec.is_finite():
        raise ValueError(msg("“{text}” is not an amount", text=text.strip()))
    if dec < 0:
        raise ValueError(msg("must not be negative"))
    scaled = dec.scaleb(exponent_of(currency))
    if scaled != scaled.to_integral_value():
        places = exponent_of(currency)
        raise ValueError(msg("use at most {n} decimal(s) for {currency}", n=places,
                             currency=currency))
    return int(scaled)


def _percent_bp(text: str) -> int:
    raw = text.strip().rstrip("%").strip()
    try:
        dec = Decimal(raw)
    except InvalidOperation as exc:
        raise ValueError(msg("“{text}” is not a percentage", text=text.strip())) from exc
    if not dec.is_finite():
        raise ValueError(msg("“{text}” is not a percentage", text=text.strip()))
    if dec < 0:
        raise ValueError(msg("must not be negative"))
    bp = dec * 100
    if bp != bp.to_integral_value():
        raise ValueError(msg("use at most two decimals for a percentage"))
    if bp > MAX_RATE_BP:
        raise ValueError(msg("over 100 % is not allowed"))
    return int(bp)


def _units(text: str) -> int:
    raw = text.strip().replace(",", "")
    if not raw.isdigit():
        raise ValueError(msg("“{text}” is not a whole number of units", text=text.strip()))
    return int(raw)


def parse_draft(draft: PlanDraft, *, staff: Mapping[str, str] | None = None) -> DraftResult:
    """The plan a draft stands for, or every error with the field it belongs to.

    `staff` maps staff ids to names; the staff fields accept either."""
    errors: list[FieldError] = []
    names = {v.casefold(): k for k, v in (staff or {}).items()}
    ids = set(staff or {})

    def err(key: str, message: Message) -> None:
        errors.append(FieldError(key, message))

    def who(key: str, text: str) -> str | None:
        value = text.strip()
        if not value:
            return None
        if value in ids or staff is None:
            return value
        found = names.get(value.casefold())
        if found is None:
            err(key, msg("No staff member called “{name}”", name=value))
        return found

    def role(key: str, text: str) -> str | None:
        value = text.strip().casefold()
        if not value:
            return None
        if value not in ROLES:
            err(key, msg("“{text}” is not a role ({roles})", text=text.strip(),
                         roles=", ".join(ROLES)))
            return None
        return value

    currency = draft.currency.strip().upper()
    try:
        exponent_of(currency)
    except ValueError:
        err("currency", msg("“{code}” is not a currency code such as USD",
                            code=draft.currency))
        currency = "USD"
    if not draft.name.strip():
        err("name", msg("Give the plan a name"))
    if not draft.id.strip():
        err("id", msg("The plan needs an id"))
    if draft.effective_to is not None and draft.effective_to <= draft.effective_from:
        err("effective_to", msg("The plan must end after it starts"))
    if draft.period not in ("month", "week"):
        err("period", msg("The period is a month or a week"))

    staff_ids: set[str] = set()
    for part in (x for x in draft.staff.split(",") if x.strip()):
        got = who("staff", part)
        if got is not None:
            staff_ids.add(got)
    roles: set[str] = set()
    for part in (x for x in draft.roles.split(",") if x.strip()):
        got_role = role("roles", part)
        if got_role is not None:
            roles.add(got_role)

    rules: list[RateRule] = []
    for n, r in enumerate((r for r in draft.rules if not r.blank), start=1):
        key = f"rules.{n}"
        match = Match(r.sku.strip() or None, r.collection.strip() or None,
                      r.product_type.strip() or None, who(f"{key}.staff", r.staff),
                      role(f"{key}.role", r.role))
        if not r.value.strip():
            err(f"{key}.value", msg("Enter the rate"))
            continue
        try:
            if r.kind == "fixed":
                rate = Rate(RateKind.FIXED, _money(r.value, currency))
            else:
                rate = Rate(RateKind.PERCENT, _percent_bp(r.value))
        except ValueError as exc:
            err(f"{key}.value", msg("Rate: {error}", error=said(exc)))
            continue
        rules.append(RateRule(match, rate))

    spiffs: list[Spiff] = []
    for n, s in enumerate((s for s in draft.spiffs if not s.blank), start=1):
        key = f"spiffs.{n}"
        match = Match(s.sku.strip() or None, s.collection.strip() or None,
                      s.product_type.strip() or None, who(f"{key}.staff", s.staff),
                      role(f"{key}.role", s.role))
        if match.sku is None and match.collection is None and match.product_type is None:
            err(f"{key}.sku", msg("Say which items the spiff pays on (SKU, collection or "
                                  "type)"))
        try:
            amount = _money(s.amount, currency)
        except ValueError as exc:
            err(f"{key}.amount", msg("Amount per unit: {error}", error=said(exc)))
            continue
        spiffs.append(Spiff(match, amount))

    schedule: TierSchedule | None = None
    if draft.tiers_on:
        measure = Measure.UNITS if draft.tier_measure == "units" else Measure.VALUE
        mode = TierMode.WHOLE_PERIOD if draft.tier_mode == "whole_period" else TierMode.MARGINAL
        tiers: list[Tier] = []
        previous: int | None = None
        rows = [t for t in draft.tiers if not t.blank]
        if not rows:
            err("tiers", msg("Add at least one tier, starting at 0"))
        for n, t in enumerate(rows, start=1):
            key = f"tiers.{n}"
            try:
                threshold = (_money(t.threshold, currency) if measure is Measure.VALUE
                             else _units(t.threshold))
            except ValueError as exc:
                err(f"{key}.threshold", msg("From: {error}", error=said(exc)))
                threshold = None
            try:
                rate_bp = _percent_bp(t.rate)
            except ValueError as exc:
                err(f"{key}.rate", msg("Rate: {error}", error=said(exc)))
                rate_bp = None
            if threshold is not None:
                if n == 1 and threshold != 0:
                    err(f"{key}.threshold", msg("The first tier must start at 0"))
                elif previous is not None and threshold <= previous:
                    err(f"{key}.threshold", msg("Each tier must start above the one before"))
                previous = threshold
            if threshold is not None and rate_bp is not None:
                tiers.append(Tier(threshold, rate_bp))
        if tiers:
            schedule = TierSchedule(measure, mode, tuple(tiers))

    bonuses: list[Bonus] = []
    for n, b in enumerate((b for b in draft.bonuses if not b.blank), start=1):
        key = f"bonuses.{n}"
        measure = Measure.UNITS if b.measure == "units" else Measure.VALUE
        try:
            threshold = (_money(b.threshold, currency) if measure is Measure.VALUE
                         else _units(b.threshold))
            if threshold <= 0:
                raise ValueError(msg("must be more than 0"))
        except ValueError as exc:
            err(f"{key}.threshold", msg("Threshold: {error}", error=said(exc)))
            continue
        try:
            amount = _money(b.amount, currency)
        except ValueError as exc:
            err(f"{key}.amount", msg("Amount: {error}", error=said(exc)))
            continue
        bonuses.append(Bonus(measure, threshold, amount))

    if not errors and not (rules or spiffs or schedule or bonuses):
        err("plan", msg("The plan pays nothing yet: add a rate, a spiff, tiers or a bonus"))
    if errors:
        return DraftResult(None, tuple(errors))
    plan = CommissionPlan(
        id=draft.id.strip(), name=draft.name.strip(), currency=currency,
        effective_from=draft.effective_from, effective_to=draft.effective_to,
        version=max(draft.version, 1),
        period=PeriodKind.WEEK if draft.period == "week" else PeriodKind.MONTH,
        staff_ids=frozenset(staff_ids), roles=frozenset(roles), rules=tuple(rules),
        spiffs=tuple(spiffs), tiers=schedule, bonuses=tuple(bonuses),
        store_id=draft.store_id.strip() or None)
    try:
        plan.validate()  # the domain's own rules are the last word
    except PlanInvalid as exc:
        return DraftResult(None, (FieldError("plan", said(exc)),))
    return DraftResult(plan, ())


def _money_draft(minor: int, currency: str) -> str:
    places = exponent_of(currency)
    return f"{Decimal(minor).scaleb(-places):.{places}f}"


def _bp_draft(bp: int) -> str:
    return str(bp // 100) if bp % 100 == 0 else f"{bp / 100:.2f}".rstrip("0")


def draft_from_plan(plan: CommissionPlan, *, staff: Mapping[str, str] | None = None) \
        -> PlanDraft:
    """The editor's fields for a stored plan (staff shown by name where known)."""
    names = staff or {}

    def name(sid: str | None) -> str:
        return "" if sid is None else names.get(sid, sid)

    cur = plan.currency
    tiers = plan.tiers
    return PlanDraft(
        id=plan.id, name=plan.name, currency=cur, effective_from=plan.effective_from,
        effective_to=plan.effective_to, period=plan.period.value,
        staff=", ".join(sorted(name(s) for s in plan.staff_ids)),
        roles=", ".join(sorted(plan.roles)), store_id=plan.store_id or "",
        rules=tuple(RuleDraft(r.match.sku or "", r.match.collection or "",
                              r.match.product_type or "", name(r.match.staff_id),
                              r.match.role or "", r.rate.kind.value,
                              _bp_draft(r.rate.value) if r.rate.kind is RateKind.PERCENT
                              else _money_draft(r.rate.value, cur)) for r in plan.rules),
        spiffs=tuple(SpiffDraft(s.match.sku or "", s.match.collection or "",
                                s.match.product_type or "", name(s.match.staff_id),
                                s.match.role or "", _money_draft(s.amount_per_unit, cur))
                     for s in plan.spiffs),
        tiers_on=tiers is not None,
        tier_measure=tiers.measure.value if tiers else "value",
        tier_mode=tiers.mode.value if tiers else "marginal",
        tiers=tuple(TierDraft(_money_draft(t.threshold, cur) if tiers.measure is Measure.VALUE
                              else str(t.threshold), _bp_draft(t.rate_bp))
                    for t in tiers.tiers) if tiers else (),
        bonuses=tuple(BonusDraft(b.measure.value,
                                 _money_draft(b.threshold, cur) if b.measure is Measure.VALUE
                                 else str(b.threshold), _money_draft(b.amount, cur))
                      for b in plan.bonuses),
        version=plan.version)


# ---- the preview: the calculator's rules over past records, writing nothing -----------------


@dataclass(frozen=True, slots=True)
class StaffPreview:
    staff_id: str
    amount: int
    sales: int
    lines: int


@dataclass(frozen=True, slots=True)
class PreviewResult:
    by_staff: Mapping[str, StaffPreview]
    not_covered: int  # records of staff the plan does not cover
    skipped: int  # clawbacks that cannot be priced (their original is unknown)
    approximated: int  # clawbacks of sales before the period (priced without tier parts)

    @property
    def total(self) -> int:
        return sum(s.amount for s in self.by_staff.values())


def _split(parts: Sequence[Fraction]) -> list[int]:
    """Round each sign's exact sum once and split it over its parts (as the calculator)."""
    out = [0] * len(parts)
    for positive in (True, False):
        idx = [i for i, p in enumerate(parts) if (p > 0 if positive else p < 0)]
        if not idx:
            continue
        total = round_fraction(sum((parts[i] for i in idx), Fraction(0)))
        for i, amount in zip(idx, allocate(total, [abs(parts[i]) for i in idx]), strict=True):
            out[i] = amount
    return out


def preview_plan(plan: CommissionPlan, records: Sequence[CommissionRecord], *,
                 roles: Mapping[str, str], items: Mapping[str, ItemClass],
                 originals: Mapping[str, CommissionRecord] | None = None,
                 tz: tzinfo | None = None) -> PreviewResult:
    """What `plan` would have paid for `records` (sale and clawback records of a period,
    any order) to every staff member it covers, tiers settled and bonuses paid at the
    end. Effective dates are ignored: the question is "had this plan applied"."""
    originals = originals or {}
    todo = sorted((r for r in records if r.kind in (RecordKind.SALE, RecordKind.CLAWBACK)),
                  key=lambda r: (r.at, r.sale_id or "", r.kind is RecordKind.CLAWBACK,
                                 r.line_no or 0))
    # Per (staff, plan period start): value, units, tier parts paid.
    totals: dict[tuple[str, date], list[int]] = {}
    amount: dict[str, int] = {}
    sales: dict[str, int] = {}
    lines: dict[str, int] = {}
    simulated: dict[str, CommissionRecord] = {}
    returned: dict[str, int] = {}
    not_covered = skipped = approximated = 0

    def add(staff: str, value: int) -> None:
        amount[staff] = amount.get(staff, 0) + value

    def covered(staff: str) -> bool:
        return plan.covers(staff, roles.get(staff))

    def item(rec: CommissionRecord) -> ItemClass:
        return items.get(rec.sku or "", ItemClass(rec.sku or ""))

    def reprice(rec: CommissionRecord, rate: int, spiff: int, tier: int) -> CommissionRecord:
        return replace(rec, rate_part=rate, spiff_part=spiff, tier_part=tier,
                       amount=rate + spiff + tier, status=RecordStatus.OK)

    i = 0
    while i < len(todo):
        sale_id = todo[i].sale_id
        j = i
        while j < len(todo) and todo[j].sale_id == sale_id and sale_id is not None:
            j += 1
        group = todo[i:max(j, i + 1)]
        i = max(j, i + 1)
        day = local_day(group[0].at, tz)
        start = period_start(plan.period, day)

        # The sale's own lines, per staff member, against the period so far.
        by_staff: dict[str, list[CommissionRecord]] = {}
        for rec in group:
            if rec.kind is not RecordKind.SALE:
                continue
            if not covered(rec.staff_id):
                not_covered += 1
                continue
            by_staff.setdefault(rec.staff_id, []).append(rec)
        for staff, mine in by_staff.items():
            role = roles.get(staff)
            exact = [plan.line_exact(item(r), staff, role, base=r.base,
                                     quantity=r.line_quantity, share_bp=r.share_bp)
                     for r in mine]
            rates = _split([e[0] for e in exact])
            spiffs = _split([e[1] for e in exact])
            tier_parts = [0] * len(mine)
            key = (staff, start)
            before = totals.setdefault(key, [0, 0, 0])
            value = sum(r.base for r in mine)
            units = sum(r.units for r in mine)
            if plan.tiers is not None:
                tier_total = (plan.tiers.commission(before[0] + value, before[1] + units)
                              - plan.tiers.commission(before[0], before[1]))
                tier_parts = allocate(tier_total, [abs(r.base) for r in mine])
            for r, a, b, c in zip(mine, rates, spiffs, tier_parts, strict=True):
                simulated[r.id] = reprice(r, a, b, c)
                add(staff, a + b + c)
                lines[staff] = lines.get(staff, 0) + 1
            before[0] += value
            before[1] += units
            before[2] += sum(tier_parts)
            sales[staff] = sales.get(staff, 0) + value

        # Returns in the sale: clawed back at the (simulated) original's rate.
        for rec in group:
            if rec.kind is not RecordKind.CLAWBACK:
                continue
            if not covered(rec.staff_id):
                not_covered += 1
                continue
            original = simulated.get(rec.of_record or "")
            if original is None:
                old = originals.get(rec.of_record or "")
                if old is None or old.line_quantity <= 0:
                    skipped += 1
                    continue
                r_ex, s_ex = plan.line_exact(item(old), old.staff_id, roles.get(old.staff_id),
                                             base=old.base, quantity=old.line_quantity,
                                             share_bp=old.share_bp)
                original = reprice(old, round_fraction(r_ex), round_fraction(s_ex), 0)
                simulated[old.id] = original
                approximated += 1
            done = returned.get(original.id, 0)
            n = min(-rec.line_quantity, original.line_quantity - done)
            if n <= 0:
                skipped += 1
                continue
            cb = clawback(original, original_quantity=original.line_quantity,
                          already_returned=done, returning=n)
            returned[original.id] = done + n
            add(rec.staff_id, cb.amount)
            t = totals.setdefault((rec.staff_id, start), [0, 0, 0])
            t[0] += cb.base
            t[1] += cb.units
            t[2] += cb.tier_part
            sales[rec.staff_id] = sales.get(rec.staff_id, 0) + cb.base

    # Period close: tiers settled to the period's total, bonuses reached.
    for (staff, _start), (value, units, tier_paid) in totals.items():
        if plan.tiers is not None:
            add(staff, plan.tiers.commission(value, units) - tier_paid)
        add(staff, plan.bonus_earned(value, units))

    staff_ids = set(amount) | set(sales)
    return PreviewResult(
        {s: StaffPreview(s, amount.get(s, 0), sales.get(s, 0), lines.get(s, 0))
         for s in sorted(staff_ids)}, not_covered, skipped, approximated)


# ---- the service ------------------------------------------------------------------------------


class PlanStore(Protocol):
    """Where plans live (adapters/central/repository.py `CentralAdmin`)."""

    def save_plan(self, plan: CommissionPlan, *, expected_version: int,
                  by: str | None = None) -> CommissionPlan: ...

    def plans(self) -> list[CommissionPlan]: ...


class ItemClasses(Protocol):
    def item_classes(self, skus: Collection[str]) -> Mapping[str, ItemClass]: ...


@dataclass(frozen=True, slots=True)
class PlanList:
    plans: tuple[CommissionPlan, ...]
    editable: bool
    note: str  # why not, when not
    directory: Directory
    currency: str


@dataclass(frozen=True, slots=True)
class PreviewRow:
    staff_id: str
    name: str
    sales: int
    paid: int  # what was recorded in the period
    would_pay: int  # what the edited plan would have paid

    @property
    def difference(self) -> int:
        return self.would_pay - self.paid


@dataclass(frozen=True, slots=True)
class PlanPreview:
    plan_id: str
    plan_name: str
    period: ReportPeriod
    currency: str
    rows: tuple[PreviewRow, ...]
    notes: tuple[str, ...]
    info: SourceInfo
    result: PreviewResult = field(repr=False, default_factory=lambda: PreviewResult({}, 0, 0, 0))

    @property
    def total_paid(self) -> int:
        return sum(r.paid for r in self.rows)

    @property
    def total_would_pay(self) -> int:
        return sum(r.would_pay for r in self.rows)


class PlanService:
    """Lists, previews and saves plans. Saving needs a manager or owner and the central
    database (where plans live); everything else also works offline."""

    def __init__(self, store: PlanStore | None, reports: CommissionReports,
                 items: ItemClasses, *,
                 local_plans: Callable[[], Sequence[CommissionPlan]] | None = None,
                 tz: tzinfo | None = None, audit: AuditSink | None = None) -> None:
        self._store = store
        self._reports = reports
        self._items = items
        self._local = local_plans
        self._tz = tz
        self._audit = audit  # the journal of the terminal the plan was saved from

    def plans(self) -> PlanList:
        choices = self._reports.filters()
        directory = Directory(choices.stores, choices.terminals, choices.staff)
        note = ""
        if self._store is not None:
            try:
                return PlanList(tuple(self._store.plans()), True, "", directory,
                                choices.currency)
            except EnvironmentFault as exc:
                note = f"The central database cannot be reached ({exc}); plans are shown " \
                       "as this terminal last pulled them and cannot be saved now"
        else:
            note = "No central database is configured: plans can be viewed, not saved"
        local = tuple(self._local()) if self._local is not None else ()
        return PlanList(local, False, note, directory, choices.currency)

    def save(self, actor: Actor | None, plan: CommissionPlan, *,
             expected_version: int) -> CommissionPlan:
        """Store the plan centrally if `actor` may; StaleVersion if it changed meanwhile."""
        who = require_role(actor, PLAN_EDITOR_ROLES, msg("change commission plans"))
        plan.validate()
        if self._store is None:
            raise Offline(msg("Commission plans are saved in the central database, and none is "
                              "configured"))
        saved = self._store.save_plan(plan, expected_version=expected_version,
                                      by=who.staff_id)
        if self._audit is not None:
            # After the central commit (plans live there, not in this terminal's database).
            self._audit.append(actor=who.staff_id, action="plan_change", subject=saved.id,
                               detail=detail_json({
                                   "name": saved.name, "version": saved.version,
                                   "store_id": saved.store_id,
                                   "created": expected_version == 0,
                                   "digest": digest(saved.body_json())}),
                               approved_by=None)
        return saved

    def preview(self, plan: CommissionPlan, period: ReportPeriod,
                scope: ReportScope | None = None) -> PlanPreview:
        """What `plan` would have paid in `period`, next to what was recorded."""
        scope = scope or ReportScope(store_id=plan.store_id)
        inputs = self._reports.preview_inputs(ReportFilter(scope, period))
        skus = {r.sku for r in inputs.records if r.sku} | \
            {r.sku for r in inputs.originals.values() if r.sku}
        items = self._items.item_classes(skus) if skus else {}
        roles = inputs.directory.roles()
        result = preview_plan(plan, inputs.records, roles=roles, items=items,
                              originals=inputs.originals, tz=self._tz)
        names = inputs.directory.names()
        staff = set(result.by_staff) | {s for s in inputs.paid if plan.covers(s, roles.get(s))}
        rows = tuple(sorted(
            (PreviewRow(s, names.get(s, s),
                        result.by_staff[s].sales if s in result.by_staff
                        else inputs.sales.get(s, 0),
                        inputs.paid.get(s, 0),
                        result.by_staff[s].amount if s in result.by_staff else 0)
             for s in staff), key=lambda r: (-r.would_pay, r.name.casefold())))
        notes = []
        if plan.currency != inputs.currency:
            notes.append(f"The plan is in {plan.currency} but the records are in "
                         f"{inputs.currency}")
        if result.not_covered:
            notes.append(f"{result.not_covered:,} record(s) of staff this plan does not cover "
                         "are left out")
        if result.approximated:
            notes.append(f"{result.approximated:,} return(s) of sales made before the period "
                         "are clawed back at this plan's rate without tier parts")
        if result.skipped:
            notes.append(f"{result.skipped:,} return(s) whose sale is unknown here are left "
                         "out")
        if not inputs.records:
            notes.append(f"No sales in {period.label} to preview against")
        return PlanPreview(plan.id, plan.name, period, inputs.currency, rows, tuple(notes),
                           inputs.info, result)

    def last_period(self, plan: CommissionPlan, today: date) -> ReportPeriod:
        return ReportPeriod.of_plan(plan.period, today).previous()
