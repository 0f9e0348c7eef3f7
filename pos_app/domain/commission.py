"""Commission rules: plans, rates, tiers, spiffs, bonuses, clawback. Pure and exact.

A plan pays, per staff member and per period (a month by default):

    rate       a percentage of the line's commission base, or a fixed amount per unit,
               chosen by the most specific matching rule (SKU > collection > product
               type > any item; then staff member > role > anyone; then list order);
    spiffs     a fixed amount per unit of matching items, on top of the rate;
    tiers      a rate on the period's sales by value or units, marginal (each band at
               its own rate) or whole-period (every unit of value at the rate of the
               tier reached);
    bonuses    a fixed amount once the period's value or units reach a threshold.

Money is integer minor units. Per sale and staff member, each part is the exact
(rational) amount rounded once, then split over the lines with `allocate`, so line
commissions add up exactly to what the plan pays for the sale. The tier part of a sale
is T(before + sale) - T(before) with T the rounded period tier commission, so the
tier parts of a period telescope to T(period). A return claws back, per original
record, round(A * (r + k) / q) - round(A * r / q) of its amount A: however a line is
returned in parts, the clawbacks add up to exactly -A.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import Enum
from fractions import Fraction
from typing import Any

from .errors import InputError, Message, StateError, msg, said
from .money import allocate, exponent_of, round_fraction

BP = 10_000  # basis points in 100 %
MAX_RATE_BP = BP  # a commission rate above 100 % of the base is refused as a typo

# Namespace for the deterministic ids of period records (tier adjustment, bonus), so a
# re-evaluation rewrites the same record with a higher version instead of adding one.
# Terminal-local (provisional) period records use it without the store; store-wide
# settlement records use STORE_PERIOD_NAMESPACE with the store in the name.
PERIOD_RECORD_NAMESPACE = uuid.UUID("6f2b3a56-0c3e-4f0e-9a57-5d1b0c9e7a21")
STORE_PERIOD_NAMESPACE = uuid.UUID("0b7d9d4e-5a3f-4c61-8f0e-2d6c1a9b3e57")
# The terminal id of store-wide settlement records: they belong to no one terminal.
STORE_WIDE_TERMINAL = "store"


class PlanInvalid(InputError):
    """A commission plan breaks a rule; it cannot be saved or used."""


class PlanMissing(StateError):
    """No usable commission plan applies to a staff member on a date."""


# ---- plan parts -------------------------------------------------------------------------


class RateKind(Enum):
    PERCENT = "percent"  # value in basis points of the commission base
    FIXED = "fixed"  # value in minor units per unit sold


class Measure(Enum):
    VALUE = "value"  # the period's commission base, in minor units
    UNITS = "units"  # units sold in the period


class TierMode(Enum):
    MARGINAL = "marginal"
    WHOLE_PERIOD = "whole_period"


class PeriodKind(Enum):
    MONTH = "month"
    WEEK = "week"  # ISO weeks, Monday first


class RecordKind(Enum):
    SALE = "sale"
    CLAWBACK = "clawback"
    TIER_ADJUSTMENT = "tier_adjustment"
    BONUS = "bonus"


class RecordStatus(Enum):
    OK = "ok"
    NEEDS_REVIEW = "needs_review"


@dataclass(frozen=True, slots=True)
class CommissionBasis:
    """Which amount of a line commission is paid on (a store setting)."""

    net_of_discounts: bool = True
    net_of_tax: bool = True

    def base(self, *, total: int, tax: int, discount: int) -> int:
        """The commission base of a priced line (total = what the customer pays).

        With tax-inclusive prices a discount is a tax-inclusive amount; adding it back to
        a tax-exclusive base is the documented approximation of "before discounts".
        """
        out = total
        if self.net_of_tax:
            out -= tax
        if not self.net_of_discounts:
            out += discount
        return out


@dataclass(frozen=True, slots=True)
class Rate:
    kind: RateKind
    value: int

    def validate(self, where: str | Message) -> None:
        if not isinstance(self.value, int) or isinstance(self.value, bool) or self.value < 0:
            raise PlanInvalid(msg("{where}: the rate must be a whole number >= 0", where=where))
        if self.kind is RateKind.PERCENT and self.value > MAX_RATE_BP:
            raise PlanInvalid(msg("{where}: a rate over 100 % ({bp} bp) is not allowed",
                                  where=where, bp=self.value))


@dataclass(frozen=True, slots=True)
class ItemClass:
    """What the plan's rules can select an item by."""

    sku: str
    product_type: str = ""
    collections: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Match:
    """Selects items and staff; an empty field matches anything."""

    sku: str | None = None
    collection: str | None = None
    product_type: str | None = None
    staff_id: str | None = None
    role: str | None = None

    def matches(self, item: ItemClass, staff_id: str, role: str | None) -> bool:
        return ((self.sku is None or self.sku == item.sku)
                and (self.collection is None or self.collection in item.collections)
                and (self.product_type is None or self.product_type == item.product_type)
                and (self.staff_id is None or self.staff_id == staff_id)
                and (self.role is None or self.role == role))

    @property
    def specificity(self) -> tuple[int, int]:
        item = 3 if self.sku else 2 if self.collection else 1 if self.product_type else 0
        who = 2 if self.staff_id else 1 if self.role else 0
        return item, who


@dataclass(frozen=True, slots=True)
class RateRule:
    match: Match
    rate: Rate


@dataclass(frozen=True, slots=True)
class Spiff:
    """A fixed amount per unit of matching items, paid on top of the rate."""

    match: Match
    amount_per_unit: int


@dataclass(frozen=True, slots=True)
class Tier:
    threshold: int  # from this period value (minor units) or unit count on
    rate_bp: int


@dataclass(frozen=True, slots=True)
class TierSchedule:
    measure: Measure
    mode: TierMode
    tiers: tuple[Tier, ...]

    def validate(self) -> None:
        if not self.tiers:
            raise PlanInvalid(msg("A tier schedule needs at least one tier"))
        if self.tiers[0].threshold != 0:
            raise PlanInvalid(msg("The first tier must start at 0"))
        for a, b in zip(self.tiers, self.tiers[1:], strict=False):
            if b.threshold <= a.threshold:
                raise PlanInvalid(msg("Tier thresholds must increase strictly"))
        for t in self.tiers:
            Rate(RateKind.PERCENT, t.rate_bp).validate(msg("tier from {threshold}",
                                                            threshold=str(t.threshold)))

    def _measure(self, value: int, units: int) -> int:
        return value if self.measure is Measure.VALUE else units

    def reached(self, value: int, units: int) -> int:
        """Index of the tier reached by the period's value/units."""
        m = self._measure(value, units)
        idx = 0
        for i, t in enumerate(self.tiers):
            if m >= t.threshold:
                idx = i
        return idx

    def exact(self, value: int, units: int) -> Fraction:
        """The exact tier commission on a period's value (and units)."""
        if value <= 0:
            return Fraction(0)
        if self.mode is TierMode.WHOLE_PERIOD:
            return Fraction(value * self.tiers[self.reached(value, units)].rate_bp, BP)
        m = self._measure(value, units)
        if m <= 0:
            return Fraction(0)
        # Marginal: each band of the measure earns its band's rate; by units, the value
        # is spread evenly over the units.
        weighted = 0
        for i, t in enumerate(self.tiers):
            upper = self.tiers[i + 1].threshold if i + 1 < len(self.tiers) else None
            in_band = max(0, (m if upper is None else min(m, upper)) - t.threshold)
            weighted += in_band * t.rate_bp
        if self.measure is Measure.VALUE:
            return Fraction(weighted, BP)
        return Fraction(value * weighted, BP * m)

    def commission(self, value: int, units: int) -> int:
        return round_fraction(self.exact(value, units))


@dataclass(frozen=True, slots=True)
class Bonus:
    measure: Measure
    threshold: int
    amount: int

    def reached(self, value: int, units: int) -> bool:
        m = value if self.measure is Measure.VALUE else units
        return m >= self.threshold


def period_start(kind: PeriodKind, day: date) -> date:
    if kind is PeriodKind.MONTH:
        return day.replace(day=1)
    return day - timedelta(days=day.weekday())


def period_end(kind: PeriodKind, start: date) -> date:
    """The first day after the period that starts on `start`."""
    if kind is PeriodKind.MONTH:
        return (start.replace(day=28) + timedelta(days=4)).replace(day=1)
    return start + timedelta(days=7)


# ---- the plan ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CommissionPlan:
    """A manager-edited plan. `version` is set by the central store on every save."""

    id: str
    name: str
    currency: str
    effective_from: date
    effective_to: date | None = None  # exclusive
    version: int = 1
    period: PeriodKind = PeriodKind.MONTH
    staff_ids: frozenset[str] = frozenset()  # empty: everyone (subject to roles)
    roles: frozenset[str] = frozenset()  # empty: every role
    rules: tuple[RateRule, ...] = ()
    spiffs: tuple[Spiff, ...] = ()
    tiers: TierSchedule | None = None
    bonuses: tuple[Bonus, ...] = ()
    store_id: str | None = None  # None: every store

    def validate(self) -> None:
        if not self.id.strip() or not self.name.strip():
            raise PlanInvalid(msg("A plan needs an id and a name"))
        name = self.name
        try:
            exponent_of(self.currency)
        except ValueError as exc:
            raise PlanInvalid(msg("Plan {name}: {error}", name=name, error=str(exc))) from exc
        if self.effective_to is not None and self.effective_to <= self.effective_from:
            raise PlanInvalid(msg("Plan {name}: it must end after it starts", name=name))
        if not (self.rules or self.spiffs or self.tiers or self.bonuses):
            raise PlanInvalid(msg("Plan {name}: it pays nothing (no rate, spiff, tier or bonus)",
                                  name=name))
        for i, rule in enumerate(self.rules, start=1):
            rule.rate.validate(msg("Plan {name}, rule {i}", name=name, i=str(i)))
        for i, spiff in enumerate(self.spiffs, start=1):
            if spiff.amount_per_unit < 0:
                raise PlanInvalid(msg("Plan {name}, spiff {i}: the amount must be >= 0",
                                      name=name, i=str(i)))
            if spiff.match.sku is None and spiff.match.collection is None \
                    and spiff.match.product_type is None:
                raise PlanInvalid(msg("Plan {name}, spiff {i}: say which items it pays on",
                                      name=name, i=str(i)))
        if self.tiers is not None:
            try:
                self.tiers.validate()
            except PlanInvalid as exc:
                raise PlanInvalid(msg("Plan {name}: {error}", name=name, error=said(exc))) \
                    from exc
        for i, bonus in enumerate(self.bonuses, start=1):
            if bonus.amount < 0 or bonus.threshold <= 0:
                raise PlanInvalid(msg("Plan {name}, bonus {i}: the threshold must be > 0 and the "
                                      "amount >= 0", name=name, i=str(i)))

    def in_effect(self, day: date) -> bool:
        return self.effective_from <= day and (self.effective_to is None
                                               or day < self.effective_to)

    def covers(self, staff_id: str, role: str | None) -> bool:
        if self.staff_ids and staff_id not in self.staff_ids:
            return False
        return not self.roles or (role is not None and role in self.roles)

    @property
    def audience_specificity(self) -> int:
        return 2 if self.staff_ids else 1 if self.roles else 0

    def rate_for(self, item: ItemClass, staff_id: str, role: str | None) -> Rate | None:
        best: tuple[tuple[int, int], int, Rate] | None = None
        for i, rule in enumerate(self.rules):
            if not rule.match.matches(item, staff_id, role):
                continue
            key = (rule.match.specificity, -i)
            if best is None or key > best[:2]:
                best = (rule.match.specificity, -i, rule.rate)
        return None if best is None else best[2]

    def line_exact(self, item: ItemClass, staff_id: str, role: str | None, *, base: int,
                   quantity: int, share_bp: int) -> tuple[Fraction, Fraction]:
        """Exact (rate part, spiff part) of one staff member's share of a line.

        `base` is already the staff member's share of the line's base; fixed amounts per
        unit are split by `share_bp` exactly.
        """
        rate = self.rate_for(item, staff_id, role)
        rate_part = Fraction(0)
        if rate is not None:
            if rate.kind is RateKind.PERCENT:
                rate_part = Fraction(base * rate.value, BP)
            else:
                rate_part = Fraction(rate.value * quantity * share_bp, BP)
        spiff_part = Fraction(sum(s.amount_per_unit for s in self.spiffs
                                  if s.match.matches(item, staff_id, role))
                              * quantity * share_bp, BP)
        return rate_part, spiff_part

    def bonus_earned(self, value: int, units: int) -> int:
        return sum(b.amount for b in self.bonuses if b.reached(value, units))

    # ---- persistence form (the plan body stored centrally; version lives beside it) --

    def to_dict(self) -> dict[str, Any]:
        def m(x: Match) -> dict[str, str]:
            return {k: v for k, v in (("sku", x.sku), ("collection", x.collection),
                                      ("product_type", x.product_type),
                                      ("staff_id", x.staff_id), ("role", x.role)) if v}

        return {
            "id": self.id, "name": self.name, "currency": self.currency,
            "effective_from": self.effective_from.isoformat(),
            "effective_to": self.effective_to.isoformat() if self.effective_to else None,
            "period": self.period.value, "staff_ids": sorted(self.staff_ids),
            "roles": sorted(self.roles), "store_id": self.store_id,
            "rules": [{"match": m(r.match), "kind": r.rate.kind.value, "value": r.rate.value}
                      for r in self.rules],
            "spiffs": [{"match": m(s.match), "amount_per_unit": s.amount_per_unit}
                       for s in self.spiffs],
            "tiers": None if self.tiers is None else {
                "measure": self.tiers.measure.value, "mode": self.tiers.mode.value,
                "tiers": [[t.threshold, t.rate_bp] for t in self.tiers.tiers]},
            "bonuses": [{"measure": b.measure.value, "threshold": b.threshold,
                         "amount": b.amount} for b in self.bonuses],
        }

    def body_json(self) -> str:
        return canonical_json(self.to_dict())

    @classmethod
    def from_dict(cls, d: Mapping[str, Any], *, version: int = 1) -> CommissionPlan:
        """Parse and validate a plan body; anything wrong raises PlanInvalid."""
        try:
            def m(x: Mapping[str, Any]) -> Match:
                unknown = set(x) - {"sku", "collection", "product_type", "staff_id", "role"}
                if unknown:
                    raise PlanInvalid(f"unknown match keys {sorted(unknown)}")
                return Match(**{k: str(v) for k, v in x.items()})

            tiers = d.get("tiers")
            plan = cls(
                id=str(d["id"]), name=str(d["name"]), currency=str(d["currency"]),
                effective_from=date.fromisoformat(d["effective_from"]),
                effective_to=(date.fromisoformat(d["effective_to"])
                              if d.get("effective_to") else None),
                version=version, period=PeriodKind(d.get("period", "month")),
                staff_ids=frozenset(str(s) for s in d.get("staff_ids", ())),
                roles=frozenset(str(r) for r in d.get("roles", ())),
                store_id=d.get("store_id"),
                rules=tuple(RateRule(m(r.get("match", {})),
                                     Rate(RateKind(r["kind"]), _int(r["value"])))
                            for r in d.get("rules", ())),
                spiffs=tuple(Spiff(m(s.get("match", {})), _int(s["amount_per_unit"]))
                             for s in d.get("spiffs", ())),
                tiers=None if not tiers else TierSchedule(
                    Measure(tiers["measure"]), TierMode(tiers["mode"]),
                    tuple(Tier(_int(t[0]), _int(t[1])) for t in tiers["tiers"])),
                bonuses=tuple(Bonus(Measure(b["measure"]), _int(b["threshold"]),
                                    _int(b["amount"])) for b in d.get("bonuses", ())),
            )
        except PlanInvalid:
            raise
        except (KeyError, TypeError, ValueError, IndexError, AttributeError) as exc:
            raise PlanInvalid(f"Plan {d.get('id', '?')!s} is malformed: "
                              f"{type(exc).__name__}: {exc}") from exc
        plan.validate()
        return plan


def _int(v: Any) -> int:
    if not isinstance(v, int) or isinstance(v, bool):
        raise PlanInvalid(f"{v!r} is not a whole number")
    return v


def canonical_json(d: Mapping[str, Any]) -> str:
    return json.dumps(d, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def digest(text: str) -> str:
    """Content digest: the deterministic tie-break between two equal versions."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def newer(version: int, digest_: str, than_version: int, than_digest: str) -> bool:
    """The one version order: higher version wins; equal versions, higher digest wins."""
    return (version, digest_) > (than_version, than_digest)


@dataclass(frozen=True, slots=True)
class PlanBook:
    """The plans a terminal knows, plus those it could not read (and why)."""

    plans: tuple[CommissionPlan, ...] = ()
    broken: Mapping[str, str] = field(default_factory=dict)  # plan id -> reason

    def plan_for(self, staff_id: str, role: str | None, day: date) -> CommissionPlan:
        """The plan in effect for a staff member on a day; the most specific audience wins,
        then the latest start, then the id (a total order, the same on every terminal)."""
        fits = [p for p in self.plans if p.in_effect(day) and p.covers(staff_id, role)]
        if fits:
            return max(fits, key=lambda p: (p.audience_specificity, p.effective_from, p.id))
        if self.broken:
            reasons = "; ".join(f"{k}: {v}" for k, v in sorted(self.broken.items()))
            raise PlanMissing(msg("No valid commission plan for {staff} on {day}; unreadable "
                                  "plans: {reasons}", staff=staff_id, day=day,
                                  reasons=reasons))
        raise PlanMissing(msg("No commission plan covers {staff} on {day}", staff=staff_id,
                              day=day))


# ---- sale lines and records ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CommissionLine:
    """One priced line as commission sees it."""

    line_no: int
    item: ItemClass
    quantity: int
    base: int
    attributions: tuple[tuple[str, int], ...]


@dataclass(frozen=True, slots=True)
class PeriodTotals:
    """What a staff member has under a plan in a period so far (sales net of returns)."""

    value: int = 0
    units: int = 0
    tier_paid: int = 0  # tier parts of sale and clawback records
    amount: int = 0  # every record's amount


@dataclass(frozen=True, slots=True)
class LineCommission:
    """A staff member's commission on one line (before it gets an id)."""

    line_no: int
    staff_id: str
    share_bp: int
    base: int
    units: int
    line_quantity: int
    rate_part: int
    spiff_part: int
    tier_part: int
    plan_id: str | None
    plan_version: int | None
    period_start: date | None
    status: RecordStatus = RecordStatus.OK
    reason: str = ""

    @property
    def amount(self) -> int:
        return self.rate_part + self.spiff_part + self.tier_part


_KINDS = {k.value: k for k in RecordKind}
_STATUSES = {s.value: s for s in RecordStatus}


def _kind(value: Any) -> RecordKind:
    # A dict lookup first: calling the enum costs more than the rest of a field.
    try:
        return _KINDS[value]
    except (KeyError, TypeError):
        return RecordKind(value)  # raises ValueError as before


def _status(value: Any) -> RecordStatus:
    try:
        return _STATUSES[value]
    except (KeyError, TypeError):
        return RecordStatus(value)


@dataclass(frozen=True, slots=True)
class CommissionRecord:
    """An immutable commission fact, or a period record rewritten with a higher version."""

    id: str
    version: int
    kind: RecordKind
    status: RecordStatus
    staff_id: str
    currency: str
    at: str
    terminal_id: str
    amount: int
    base: int = 0
    units: int = 0
    rate_part: int = 0
    spiff_part: int = 0
    tier_part: int = 0
    share_bp: int = BP
    line_quantity: int = 0
    sale_id: str | None = None
    line_no: int | None = None
    plan_id: str | None = None
    plan_version: int | None = None
    period_start: date | None = None
    return_of_sale: str | None = None
    return_of_line: int | None = None
    of_record: str | None = None  # the record a clawback reverses
    sku: str | None = None
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "version": self.version, "kind": self.kind.value,
            "status": self.status.value, "staff_id": self.staff_id,
            "currency": self.currency, "at": self.at, "terminal_id": self.terminal_id,
            "amount": self.amount, "base": self.base, "units": self.units,
            "rate_part": self.rate_part, "spiff_part": self.spiff_part,
            "tier_part": self.tier_part, "share_bp": self.share_bp,
            "line_quantity": self.line_quantity, "sale_id": self.sale_id,
            "line_no": self.line_no, "plan_id": self.plan_id,
            "plan_version": self.plan_version,
            "period_start": self.period_start.isoformat() if self.period_start else None,
            "return_of_sale": self.return_of_sale, "return_of_line": self.return_of_line,
            "of_record": self.of_record, "sku": self.sku, "reason": self.reason,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> CommissionRecord:
        ps = d.get("period_start")
        return cls(
            id=str(d["id"]), version=_int(d["version"]), kind=_kind(d["kind"]),
            status=_status(d["status"]), staff_id=str(d["staff_id"]),
            currency=str(d["currency"]), at=str(d["at"]), terminal_id=str(d["terminal_id"]),
            amount=_int(d["amount"]), base=_int(d.get("base", 0)),
            units=_int(d.get("units", 0)), rate_part=_int(d.get("rate_part", 0)),
            spiff_part=_int(d.get("spiff_part", 0)), tier_part=_int(d.get("tier_part", 0)),
            share_bp=_int(d.get("share_bp", BP)), line_quantity=_int(d.get("line_quantity", 0)),
            sale_id=d.get("sale_id"), line_no=d.get("line_no"), plan_id=d.get("plan_id"),
            plan_version=d.get("plan_version"),
            period_start=date.fromisoformat(ps) if ps else None,
            return_of_sale=d.get("return_of_sale"), return_of_line=d.get("return_of_line"),
            of_record=d.get("of_record"), sku=d.get("sku"), reason=str(d.get("reason", "")),
        )

    def validate(self) -> None:
        """What the central store refuses; checked before a record is sent."""
        check_record(self.id, self.version, self.kind, self.status,
                     has_line=self.sale_id is not None and self.line_no is not None,
                     has_original=self.of_record is not None, amount=self.amount,
                     parts=self.rate_part + self.spiff_part + self.tier_part,
                     currency=self.currency)


def check_record(rid: str, version: int, kind: RecordKind, status: RecordStatus, *,
                 has_line: bool, has_original: bool, amount: int, parts: int,
                 currency: str) -> None:
    """`CommissionRecord.validate` on the fields it reads (the central push checks a
    record's stored text with it without building the record): InputError (ValueError
    for the currency) says what the central store would refuse."""
    if version < 1:
        raise InputError(f"commission record {rid}: version must be >= 1")
    if kind is RecordKind.SALE and not has_line:
        raise InputError(f"commission record {rid}: a sale record needs its line")
    if kind is RecordKind.CLAWBACK and not has_original and status is RecordStatus.OK:
        raise InputError(f"commission record {rid}: a clawback needs its original")
    if amount != parts and kind in (RecordKind.SALE, RecordKind.CLAWBACK):
        raise InputError(f"commission record {rid}: parts do not add up to the amount")
    exponent_of(currency)


# ---- calculation ---------------------------------------------------------------------------

ProgressOf = Callable[[str, CommissionPlan, date], PeriodTotals]


def _split(parts: Sequence[Fraction]) -> list[int]:
    """Round the exact sum once and split it over the parts (signs kept per group)."""
    out = [0] * len(parts)
    for sign in (1, -1):
        idx = [i for i, p in enumerate(parts) if (p > 0 if sign > 0 else p < 0)]
        if not idx:
            continue
        total = round_fraction(sum((parts[i] for i in idx), Fraction(0)))
        for i, amount in zip(idx, allocate(total, [abs(parts[i]) for i in idx]), strict=True):
            out[i] = amount
    return out


def plan_amount_exact(plan: CommissionPlan, shares: Sequence[tuple[CommissionLine, str, int,
                                                                    int, int]],
                      roles: Mapping[str, str]) -> tuple[list[Fraction], list[Fraction]]:
    rates, spiffs = [], []
    for line, staff, bp, base, _units in shares:
        r, s = plan.line_exact(line.item, staff, roles.get(staff), base=base,
                               quantity=line.quantity, share_bp=bp)
        rates.append(r)
        spiffs.append(s)
    return rates, spiffs


def commission_for_sale(lines: Sequence[CommissionLine], *, book: PlanBook,
                        roles: Mapping[str, str], day: date,
                        progress: ProgressOf) -> list[LineCommission]:
    """Each attributed staff member's commission on each line of one sale.

    `progress(staff, plan, period_start)` gives the staff member's period so far,
    before this sale (for tiers). A staff member without a usable plan gets records
    of zero marked needs-review, never an exception: the sale must complete.
    """
    # (line, staff, share bp, base share, unit share), in line then attribution order.
    shares: list[tuple[CommissionLine, str, int, int, int]] = []
    for line in lines:
        attributions = line.attributions
        if not attributions:
            continue
        bps = [bp for _, bp in attributions]
        for (staff, bp), base, units in zip(attributions, allocate(line.base, bps),
                                            allocate(line.quantity, bps), strict=True):
            shares.append((line, staff, bp, base, units))

    out: list[LineCommission] = []
    by_staff: dict[str, list[int]] = {}
    for i, (_, staff, _, _, _) in enumerate(shares):
        by_staff.setdefault(staff, []).append(i)
    results: dict[int, LineCommission] = {}
    for staff, idx in by_staff.items():
        mine = [shares[i] for i in idx]
        try:
            plan = book.plan_for(staff, roles.get(staff), day)
        except PlanMissing as exc:
            for i, (line, _, bp, base, units) in zip(idx, mine, strict=True):
                results[i] = LineCommission(line.line_no, staff, bp, base, units, line.quantity,
                                            0, 0, 0, None, None, None,
                                            RecordStatus.NEEDS_REVIEW, str(exc))
            continue
        start = period_start(plan.period, day)
        rates, spiffs = plan_amount_exact(plan, mine, roles)
        rate_parts, spiff_parts = _split(rates), _split(spiffs)
        tier_parts = [0] * len(mine)
        if plan.tiers is not None:
            before = progress(staff, plan, start)
            value = sum(s[3] for s in mine)
            units = sum(s[4] for s in mine)
            tier_total = (plan.tiers.commission(before.value + value, before.units + units)
                          - plan.tiers.commission(before.value, before.units))
            weights = [abs(s[3]) for s in mine]
            tier_parts = allocate(tier_total, weights)
        for k, (i, (line, _, bp, base, units)) in enumerate(zip(idx, mine, strict=True)):
            results[i] = LineCommission(line.line_no, staff, bp, base, units, line.quantity,
                                        rate_parts[k], spiff_parts[k], tier_parts[k], plan.id,
                                        plan.version, start)
    out.extend(results[i] for i in range(len(shares)))
    return out


def sale_plan_total(lines: Sequence[CommissionLine], *, book: PlanBook,
                    roles: Mapping[str, str], day: date, progress: ProgressOf) -> int:
    """What the plans pay for the whole sale, computed per staff member without any
    per-line split: the figure the line commissions must add up to."""
    per_staff: dict[str, list[tuple[CommissionLine, int, int, int]]] = {}
    for line in lines:
        if not line.attributions:
            continue
        bps = [bp for _, bp in line.attributions]
        for (staff, bp), base, units in zip(line.attributions, allocate(line.base, bps),
                                            allocate(line.quantity, bps), strict=True):
            per_staff.setdefault(staff, []).append((line, bp, base, units))
    total = 0
    for staff, mine in per_staff.items():
        try:
            plan = book.plan_for(staff, roles.get(staff), day)
        except PlanMissing:
            continue
        pos_r = neg_r = pos_s = neg_s = Fraction(0)
        for line, bp, base, _units in mine:
            r, s = plan.line_exact(line.item, staff, roles.get(staff), base=base,
                                   quantity=line.quantity, share_bp=bp)
            pos_r, neg_r = (pos_r + r, neg_r) if r > 0 else (pos_r, neg_r + r)
            pos_s, neg_s = (pos_s + s, neg_s) if s > 0 else (pos_s, neg_s + s)
        total += sum(round_fraction(x) for x in (pos_r, neg_r, pos_s, neg_s))
        if plan.tiers is not None:
            before = progress(staff, plan, period_start(plan.period, day))
            value = sum(m[2] for m in mine)
            units = sum(m[3] for m in mine)
            total += (plan.tiers.commission(before.value + value, before.units + units)
                      - plan.tiers.commission(before.value, before.units))
    return total


def _cum(amount: int, n: int, q: int) -> int:
    return round_fraction(Fraction(amount * n, q))


def clawback(original: CommissionRecord, *, original_quantity: int, already_returned: int,
             returning: int) -> CommissionRecord:
    """The (negative) share of `original` for returning `returning` of the line's
    `original_quantity` units after `already_returned`: at the original rate, exact
    cumulatively, so a full return nets to zero however it is split.

    A post-void that puts back a returned line (`original_quantity` and `returning`
    both negative) reverses that line's clawback the same way, with the opposite sign.

    The result still needs its own id, time, terminal and return link (see `replace`).
    """
    line_quantity = -returning
    if original_quantity < 0 and returning < 0:
        original_quantity, returning = -original_quantity, -returning
        already_returned = abs(already_returned)
    if returning <= 0 or original_quantity <= 0:
        raise InputError(msg("A clawback needs a positive returned quantity of a sold line"))
    if already_returned + returning > original_quantity:
        raise InputError(msg("Returning {returning} after {before} of {sold} units is more than "
                             "was sold", returning=returning, before=already_returned,
                             sold=original_quantity))
    a, b, q = already_returned, already_returned + returning, original_quantity

    def part(x: int) -> int:
        return -(_cum(x, b, q) - _cum(x, a, q))

    rate, spiff, tier = part(original.rate_part), part(original.spiff_part), \
        part(original.tier_part)
    return replace(original, version=1, kind=RecordKind.CLAWBACK, amount=rate + spiff + tier,
                   rate_part=rate, spiff_part=spiff, tier_part=tier,
                   base=part(original.base), units=part(original.units),
                   line_quantity=line_quantity, of_record=original.id)


@dataclass(frozen=True, slots=True)
class PeriodSettlement:
    """What a staff member's period owes beyond the per-sale records, as of now."""

    tier_adjustment: int  # T(period) - tier parts already recorded
    bonus: int  # bonuses reached so far


def settle_period(plan: CommissionPlan, totals: PeriodTotals) -> PeriodSettlement:
    tier = 0
    if plan.tiers is not None:
        tier = plan.tiers.commission(totals.value, totals.units) - totals.tier_paid
    return PeriodSettlement(tier, plan.bonus_earned(totals.value, totals.units))


def period_record_id(plan_id: str, staff_id: str, start: date, kind: RecordKind) -> str:
    """Id of a terminal's provisional period record (local only, never pushed)."""
    return str(uuid.uuid5(PERIOD_RECORD_NAMESPACE,
                          f"{plan_id}|{staff_id}|{start.isoformat()}|{kind.value}"))


def store_period_record_id(store_id: str, plan_id: str, staff_id: str, start: date,
                           kind: RecordKind) -> str:
    """Id of a store-wide settlement record: one per store, plan, staff, period and kind."""
    return str(uuid.uuid5(STORE_PERIOD_NAMESPACE,
                          f"{store_id}|{plan_id}|{staff_id}|{start.isoformat()}|{kind.value}"))


@dataclass(frozen=True, slots=True, order=True)
class PeriodKey:
    """A staff member's period under a plan: what tiers and bonuses are settled for."""

    staff_id: str
    plan_id: str
    start: date


SUPERSEDED = "superseded by the store-wide settlement"


def settle_store_period(store_id: str, plan: CommissionPlan, key: PeriodKey,
                        totals: PeriodTotals, current: Sequence[CommissionRecord], *,
                        at: str) -> list[CommissionRecord]:
    """The new versions of a key's period records, so that the store pays exactly the
    plan applied to the store-wide period: T(period) - tier parts already recorded, and
    the bonuses reached. `totals` are of every terminal's sale and clawback records;
    `current` are the store's tier adjustment and bonus records of the key as stored.

    A record gets a new version only when its amount or the plan version changes, so
    settling twice writes nothing. Period records of the key under any other id (each
    terminal's own, from before settlement was store-wide) are set to zero: the
    store-wide records replace them."""
    current = [r for r in current if r.kind in (RecordKind.TIER_ADJUSTMENT, RecordKind.BONUS)
               and (r.staff_id, r.plan_id, r.period_start) == (key.staff_id, key.plan_id,
                                                               key.start)]
    settled = settle_period(plan, totals)
    mine = {store_period_record_id(store_id, plan.id, key.staff_id, key.start, kind): kind
            for kind in (RecordKind.TIER_ADJUSTMENT, RecordKind.BONUS)}
    by_id = {r.id: r for r in current}
    out: list[CommissionRecord] = []
    for rid, kind in mine.items():
        amount = settled.tier_adjustment if kind is RecordKind.TIER_ADJUSTMENT else settled.bonus
        was = by_id.get(rid)
        if was is None and amount == 0:
            continue
        if was is not None and was.amount == amount and was.plan_version == plan.version \
                and was.status is RecordStatus.OK:
            continue
        out.append(CommissionRecord(
            id=rid, version=was.version + 1 if was else 1, kind=kind, status=RecordStatus.OK,
            staff_id=key.staff_id, currency=plan.currency, at=at,
            terminal_id=STORE_WIDE_TERMINAL, amount=amount,
            tier_part=amount if kind is RecordKind.TIER_ADJUSTMENT else 0, plan_id=plan.id,
            plan_version=plan.version, period_start=key.start, base=totals.value,
            units=totals.units))
    for rec in sorted(current, key=lambda r: r.id):
        if rec.id in mine or rec.amount == 0:
            continue
        out.append(replace(rec, version=rec.version + 1, amount=0, rate_part=0, spiff_part=0,
                           tier_part=0, at=at, reason=SUPERSEDED))
    return out


@dataclass(frozen=True, slots=True)
class TierProgress:
    """Where a staff member stands in a period: for the counter and the manager."""

    staff_id: str
    plan_id: str
    period_start: date
    period_end: date
    value: int
    units: int
    amount: int
    tier_index: int | None
    tier_rate_bp: int | None
    next_threshold: int | None
    to_next: int | None  # value or units still needed to reach the next tier
    bonus_earned: int
    next_bonus_threshold: int | None
    next_bonus_amount: int | None
    tier_count: int = 0
    tier_measure: Measure = Measure.VALUE  # what `to_next` counts
    bonus_measure: Measure = Measure.VALUE  # what `next_bonus_threshold` counts


def progress_of(staff_id: str, plan: CommissionPlan, start: date,
                totals: PeriodTotals) -> TierProgress:
    tier_index = rate = next_thr = to_next = None
    if plan.tiers is not None:
        tier_index = plan.tiers.reached(totals.value, totals.units)
        rate = plan.tiers.tiers[tier_index].rate_bp
        if tier_index + 1 < len(plan.tiers.tiers):
            next_thr = plan.tiers.tiers[tier_index + 1].threshold
            have = totals.value if plan.tiers.measure is Measure.VALUE else totals.units
            to_next = next_thr - have
    pending = sorted((b for b in plan.bonuses if not b.reached(totals.value, totals.units)),
                     key=lambda b: b.threshold)
    return TierProgress(staff_id, plan.id, start, period_end(plan.period, start),
                        totals.value, totals.units, totals.amount, tier_index, rate,
                        next_thr, to_next, plan.bonus_earned(totals.value, totals.units),
                        pending[0].threshold if pending else None,
                        pending[0].amount if pending else None,
                        len(plan.tiers.tiers) if plan.tiers is not None else 0,
                        plan.tiers.measure if plan.tiers is not None else Measure.VALUE,
                        pending[0].measure if pending else Measure.VALUE)
