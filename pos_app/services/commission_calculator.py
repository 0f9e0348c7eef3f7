"""The commission calculator: the long-lived object that owns every commission record.

It turns completed sales into commission records written in the sale's own
transaction (as a completion hook: `desk.completion_hooks.append(calculator)`), shows
the cashier what an open sale will earn, claws back returns and post-voids at the
original rate, keeps provisional tier and bonus figures of this terminal's own sales,
and recalculates records that needed review once a plan is fixed. Its durable state is
the ledger: records reach it only as `commission_record` outbox events, so the central
database receives exactly what the terminal stored, in the same order.

Tiers and bonuses are earned on a staff member's period across every terminal of the
store, so what is paid for them is settled store-wide in the central database
(services/commission_settlement.py). `settle` here only keeps the terminal's own view
up to date (the back office's offline fallback); those records never leave it. The
ledger's period totals include the other tills' part as last pulled by central sync, so
`progress` and the marginal tier rate of a new sale see the store-wide period, as fresh
as the last sync (`store_progress` says how fresh); the store-wide settlement corrects
whatever a till could not see.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, tzinfo
from typing import Protocol

from pos_app.domain.clock import Clock, IdGenerator, iso
from pos_app.domain.commission import (
    CommissionBasis,
    CommissionLine,
    CommissionRecord,
    ItemClass,
    LineCommission,
    PeriodKind,
    PeriodTotals,
    PlanBook,
    PlanMissing,
    RecordKind,
    RecordStatus,
    TierProgress,
    clawback,
    commission_for_sale,
    period_record_id,
    period_start,
    progress_of,
    settle_period,
)
from pos_app.domain.errors import EnvironmentFault
from pos_app.domain.money import round_fraction
from pos_app.domain.pricing import PricedCart
from pos_app.domain.sale import ReturnRef, SaleState

from .completion import CompletionFacts, OutboxEvent

log = logging.getLogger(__name__)

RECORD_TOPIC = "commission_record"


class CommissionLedger(Protocol):
    """Durable commission state of a terminal (adapters/sqlite/commission_repo.py)."""

    def plan_book(self) -> PlanBook: ...

    def staff_roles(self) -> Mapping[str, str]: ...

    def item_classes(self, skus: Collection[str]) -> Mapping[str, ItemClass]: ...

    def period_totals(self, staff_id: str, plan_id: str, start: date) -> PeriodTotals:
        """A staff member's period under a plan, store-wide as far as this terminal knows:
        its own OK sale and clawback records (and provisional period records) plus the
        other tills' totals as last pulled (`other_tills`)."""
        ...

    def other_tills(self, staff_id: str, plan_id: str, start: date) -> OtherTills:
        """The other terminals' part of `period_totals`, and when it was pulled."""
        ...

    def records_of_line(self, sale_id: str, line_no: int, *,
                        kind: RecordKind = RecordKind.SALE) -> list[CommissionRecord]:
        """The current versions of the sale records of one sold line (or, with
        `kind=CLAWBACK`, the clawbacks of one returned line)."""
        ...

    def returned_units(self, sale_id: str, line_no: int) -> int:
        """Units of a sold line already clawed back."""
        ...

    def get(self, record_id: str) -> CommissionRecord | None: ...

    def needs_review(self) -> list[CommissionRecord]: ...

    def clawbacks_of(self, record_id: str) -> list[CommissionRecord]:
        """Clawbacks of one original record, oldest first."""
        ...

    def active_periods(self, since: date) -> list[tuple[str, str, date]]:
        """(staff id, plan id, period start) with sale or clawback records since a day."""
        ...

    def append(self, records: Sequence[CommissionRecord], at: str, *,
               push: bool = True) -> None:
        """Write records (new, or new versions) with their outbox events in one transaction;
        with `push` False the events stay on this terminal (provisional figures)."""
        ...


@dataclass(frozen=True, slots=True)
class OtherTills:
    """The store's other terminals' sale and clawback totals of a staff member's period,
    as pulled from the central database at `as_of` (None: never pulled)."""

    totals: PeriodTotals = field(default_factory=PeriodTotals)
    as_of: str | None = None


@dataclass(frozen=True, slots=True)
class StoreProgress:
    """Tier and bonus progress for the counter: this till's records plus the other
    tills' as last pulled, and a line saying how fresh the other tills' part is."""

    progress: TierProgress
    others: PeriodTotals
    others_as_of: str | None
    freshness: str  # "incl. other tills as of 10:42"


@dataclass(frozen=True, slots=True)
class OriginalsOfSale:
    """The sale records of a sale rung up on another terminal, fetched from the central
    database, and how many units of each line other terminals had returned then."""

    sale_id: str
    records: tuple[CommissionRecord, ...]
    returned_elsewhere: Mapping[int, int]


class OriginalsCache(Protocol):
    """Other terminals' original records kept on this terminal (adapters/sqlite/
    commission_repo.py): local reads, so a return's clawback is computed offline."""

    def cached_originals(self, sale_id: str, line_no: int) -> list[CommissionRecord]: ...

    def returned_elsewhere(self, sale_id: str, line_no: int) -> int:
        """Units of the line returned at other terminals, as last fetched."""
        ...

    def cache_originals(self, originals: Sequence[OriginalsOfSale], at: str) -> None: ...

    def returns_of_line(self, sale_id: str, line_no: int) -> list[tuple[str, int, int]]:
        """(return sale id, its line no, units) of this terminal's clawbacks of a sold
        line, oldest first."""
        ...


class OriginalsSource(Protocol):
    """The central database's original records (a network call: never inside a sale's
    transaction; raises an EnvironmentFault when unreachable)."""

    def originals_of(self, sale_ids: Collection[str]) -> list[OriginalsOfSale]: ...


NOT_HERE = "the original sale's commission is not on this terminal"


@dataclass(frozen=True, slots=True)
class CommissionSettings:
    terminal_id: str
    currency: str
    basis: CommissionBasis = field(default_factory=CommissionBasis)
    tz: tzinfo | None = None  # the store's time zone for periods; None: UTC
    real_time: bool = True  # the REAL_TIME_COMMISSION feature flag


@dataclass(frozen=True, slots=True)
class PreviewLine:
    line_no: int
    staff_id: str
    amount: int
    status: RecordStatus
    reason: str


@dataclass(frozen=True, slots=True)
class SalePreview:
    """What the open sale will earn, per line and staff member, if completed now."""

    lines: tuple[PreviewLine, ...]
    by_staff: Mapping[str, int]
    total: int
    needs_review: bool


@dataclass(frozen=True, slots=True)
class _Line:
    line_no: int
    sku: str
    quantity: int
    total: int
    tax: int
    discount: int
    attributions: tuple[tuple[str, int], ...]
    return_of: ReturnRef | None


class CommissionCalculator:
    """Owns the commission ledger; every change goes through its methods."""

    def __init__(self, ledger: CommissionLedger, settings: CommissionSettings, clock: Clock,
                 ids: IdGenerator, *, originals: OriginalsCache | None = None,
                 central: OriginalsSource | None = None) -> None:
        self._ledger = ledger
        self.settings = settings
        self._clock = clock
        self._ids = ids
        # Originals of other terminals' sales (cached locally), and where recalculate()
        # fetches the ones still missing; both optional.
        self.originals = originals
        self.central = central

    # ---- the completion hook ------------------------------------------------------------

    def __call__(self, facts: CompletionFacts) -> list[OutboxEvent]:
        """Commission records of a completed sale, as outbox events of its transaction.

        Never raises for a plan problem: records are marked needs-review instead. Should
        the calculation itself fail (a bug), every line still gets a needs-review record,
        so the sale completes and a manager sees it.
        """
        lines = [_Line(sl.line_no, sl.sku, sl.quantity, sl.total, sl.tax, sl.discount,
                       sl.attributions, ln.return_of)
                 for sl, ln in zip(facts.lines, facts.sale.lines, strict=True)]
        try:
            records = self._records(facts.sale.id, lines, facts.at, self._ids.new_id)
        except Exception as exc:  # a commission bug must not block a sale
            log.exception("commission calculation failed for sale %s", facts.sale.id)
            records = self._fallback(facts.sale.id, lines, facts.at,
                                     f"calculation failed: {type(exc).__name__}: {exc}")
        return [OutboxEvent(self._ids.new_id(), RECORD_TOPIC, facts.sale.id, r.to_dict())
                for r in records]

    # ---- real time --------------------------------------------------------------------

    def preview(self, state: SaleState, priced: PricedCart) -> SalePreview | None:
        """The commission the open sale would earn now; None when the flag is off."""
        if not self.settings.real_time:
            return None
        lines = []
        for ln in state.lines:
            pl = priced.line(ln.no)
            lines.append(_Line(ln.no, ln.sku, ln.quantity, pl.total, pl.tax, pl.discount,
                               ln.attributions, ln.return_of))
        records = self._records(state.id, lines, iso(self._clock.now()), lambda: "preview")
        by_staff: dict[str, int] = {}
        for r in records:
            by_staff[r.staff_id] = by_staff.get(r.staff_id, 0) + r.amount
        return SalePreview(
            tuple(PreviewLine(r.line_no or 0, r.staff_id, r.amount, r.status, r.reason)
                  for r in records),
            by_staff, sum(by_staff.values()),
            any(r.status is RecordStatus.NEEDS_REVIEW for r in records))

    # ---- reading ------------------------------------------------------------------------

    def progress(self, staff_id: str, day: date | None = None) -> TierProgress | None:
        """Tier and bonus progress of a staff member in the period of `day`, store-wide:
        this terminal's records plus the other tills' as last pulled."""
        got = self.store_progress(staff_id, day)
        return None if got is None else got.progress

    def store_progress(self, staff_id: str, day: date | None = None) -> StoreProgress | None:
        """`progress` with the other tills' part and how fresh it is, for the counter."""
        day = day or self._today()
        try:
            plan = self._ledger.plan_book().plan_for(
                staff_id, self._ledger.staff_roles().get(staff_id), day)
        except PlanMissing:
            return None
        start = period_start(plan.period, day)
        others = self._ledger.other_tills(staff_id, plan.id, start)
        prog = progress_of(staff_id, plan, start,
                           self._ledger.period_totals(staff_id, plan.id, start))
        return StoreProgress(prog, others.totals, others.as_of,
                             self._freshness(others.as_of))

    def _freshness(self, as_of: str | None) -> str:
        if as_of is None:
            return "this till only (other tills not synced yet)"
        at = datetime.fromisoformat(as_of)
        now = self._clock.now()
        if self.settings.tz is not None:
            at, now = at.astimezone(self.settings.tz), now.astimezone(self.settings.tz)
        when = f"{at:%H:%M}" if at.date() == now.date() else f"{at.day} {at:%b %H:%M}"
        return f"incl. other tills as of {when}"

    def needs_review(self) -> list[CommissionRecord]:
        return self._ledger.needs_review()

    # ---- period settlement ------------------------------------------------------------

    def settle(self, day: date | None = None) -> list[CommissionRecord]:
        """Bring this terminal's provisional tier adjustments and bonuses up to date for
        the periods with activity since the start of the previous month of `day`, from
        its own records and the other tills' totals as last pulled (`period_totals`), so
        they estimate the store-wide figures. Each is one record per staff, plan and
        period, rewritten
        with a higher version when its amount changes; running this twice changes
        nothing. They stay local (what the back office shows while the central database
        is unreachable): the store-wide settlement pays tiers and bonuses."""
        day = day or self._today()
        since = (day.replace(day=1) - _ONE_DAY).replace(day=1)
        book = {p.id: p for p in self._ledger.plan_book().plans}
        now = iso(self._clock.now())
        out: list[CommissionRecord] = []
        for staff, plan_id, start in self._ledger.active_periods(since):
            plan = book.get(plan_id)
            if plan is None:
                continue
            totals = self._ledger.period_totals(staff, plan_id, start)
            settled = settle_period(plan, totals)
            for kind, amount in ((RecordKind.TIER_ADJUSTMENT, settled.tier_adjustment),
                                 (RecordKind.BONUS, settled.bonus)):
                rid = period_record_id(plan_id, staff, start, kind)
                current = self._ledger.get(rid)
                if current is None and amount == 0:
                    continue
                if current is not None and current.amount == amount \
                        and current.plan_version == plan.version:
                    continue
                out.append(CommissionRecord(
                    id=rid, version=(current.version + 1) if current else 1, kind=kind,
                    status=RecordStatus.OK, staff_id=staff, currency=plan.currency, at=now,
                    terminal_id=self.settings.terminal_id, amount=amount,
                    tier_part=amount if kind is RecordKind.TIER_ADJUSTMENT else 0,
                    plan_id=plan_id, plan_version=plan.version, period_start=start,
                    base=totals.value, units=totals.units))
        if out:
            self._ledger.append(out, now, push=False)
        return out

    # ---- review -----------------------------------------------------------------------

    def recalculate(self) -> list[CommissionRecord]:
        """Recalculate needs-review records with the plans known now (say, after a plan
        was fixed centrally and pulled). Each fixed record gets a new version."""
        book = self._ledger.plan_book()
        roles = self._ledger.staff_roles()
        fixed: dict[str, CommissionRecord] = {}
        pending = self._ledger.needs_review()
        for rec in (r for r in pending if r.kind is RecordKind.SALE):
            try:
                plan = book.plan_for(rec.staff_id, roles.get(rec.staff_id), self._day(rec.at))
            except PlanMissing:
                continue
            item = self._ledger.item_classes([rec.sku] if rec.sku else []).get(
                rec.sku or "", ItemClass(rec.sku or ""))
            rate, spiff = plan.line_exact(item, rec.staff_id, roles.get(rec.staff_id),
                                          base=rec.base, quantity=rec.line_quantity,
                                          share_bp=rec.share_bp)
            r, s = round_fraction(rate), round_fraction(spiff)
            fixed[rec.id] = replace(
                rec, version=rec.version + 1, status=RecordStatus.OK, rate_part=r,
                spiff_part=s, tier_part=0, amount=r + s, plan_id=plan.id,
                plan_version=plan.version,
                period_start=period_start(plan.period, self._day(rec.at)), reason="")
        for rec in (r for r in pending if r.kind is RecordKind.CLAWBACK and r.of_record):
            original = fixed.get(rec.of_record or "") or self._ledger.get(rec.of_record or "")
            if original is None or original.status is not RecordStatus.OK:
                continue
            # Recompute every clawback of this original in order, so partial returns
            # still add up exactly.
            done = 0
            for cb in self._ledger.clawbacks_of(original.id):
                n = -cb.line_quantity
                if cb.status is RecordStatus.NEEDS_REVIEW and cb.id not in fixed:
                    redo = clawback(original, original_quantity=original.line_quantity,
                                    already_returned=done, returning=n)
                    fixed[cb.id] = replace(
                        cb, version=cb.version + 1, status=RecordStatus.OK,
                        amount=redo.amount, rate_part=redo.rate_part,
                        spiff_part=redo.spiff_part, tier_part=redo.tier_part,
                        base=redo.base, units=redo.units, plan_id=original.plan_id,
                        plan_version=original.plan_version, reason="")
                done += n
        fixed.update(self._resolve_remote(pending, fixed))
        out = list(fixed.values())
        if out:
            self._ledger.append(out, iso(self._clock.now()))
        return out

    def _originals_of_line(self, sale_id: str, line_no: int) -> list[CommissionRecord]:
        originals = self._ledger.records_of_line(sale_id, line_no)
        if not originals and self.originals is not None:
            originals = self.originals.cached_originals(sale_id, line_no)
        return originals

    def _elsewhere(self, sale_id: str, line_no: int) -> int:
        return self.originals.returned_elsewhere(sale_id, line_no) \
            if self.originals is not None else 0

    def _resolve_remote(self, pending: Sequence[CommissionRecord],
                        fixed: Mapping[str, CommissionRecord]) -> dict[str, CommissionRecord]:
        """Clawbacks written while their sale's records were not on this terminal, now
        linked to the originals (fetched from the central database when a source is
        set and they are not cached) and clawed back at the original rate."""
        waiting = [r for r in pending if r.kind is RecordKind.CLAWBACK and not r.of_record
                   and r.return_of_sale and r.return_of_line is not None
                   and r.id not in fixed]
        if not waiting or self.originals is None:
            return {}
        lines = sorted({(r.return_of_sale or "", r.return_of_line or 0) for r in waiting})
        missing = sorted({s for s, n in lines if not self._originals_of_line(s, n)})
        if missing and self.central is not None:
            try:
                got = self.central.originals_of(missing)
            except EnvironmentFault as exc:  # offline: the next run retries
                log.info("originals of %d sale(s) not fetched: %s", len(missing), exc)
            else:
                if got:
                    self.originals.cache_originals(got, iso(self._clock.now()))
        waiting_ids = {r.id: r for r in waiting}
        out: dict[str, CommissionRecord] = {}
        for sale_id, line_no in lines:
            originals = {o.staff_id: o for o in self._originals_of_line(sale_id, line_no)}
            if not originals:
                continue
            # In the order they were returned here, after those returned elsewhere, so
            # the cumulative rounding matches the refunds.
            done = self._elsewhere(sale_id, line_no)
            for ret_sale, ret_line, units in self.originals.returns_of_line(sale_id, line_no):
                for rec in waiting:
                    if (rec.sale_id, rec.line_no) != (ret_sale, ret_line) \
                            or rec.id not in waiting_ids:
                        continue
                    orig = originals.get(rec.staff_id)
                    if orig is None or orig.status is not RecordStatus.OK \
                            or done + units > orig.line_quantity:
                        continue
                    cb = clawback(orig, original_quantity=orig.line_quantity,
                                  already_returned=done, returning=units)
                    out[rec.id] = replace(
                        cb, id=rec.id, version=rec.version + 1, at=rec.at,
                        terminal_id=rec.terminal_id, sale_id=rec.sale_id,
                        line_no=rec.line_no, return_of_sale=sale_id, return_of_line=line_no,
                        period_start=rec.period_start or self._period_of(orig, rec.at),
                        reason="")
                done += units
        return out

    def _period_of(self, orig: CommissionRecord, at: str) -> date:
        kinds = {p.id: p.period for p in self._ledger.plan_book().plans}
        return period_start(kinds.get(orig.plan_id or "", PeriodKind.MONTH), self._day(at))

    # ---- internals ----------------------------------------------------------------------

    def _today(self) -> date:
        return self._clock.now().astimezone(self.settings.tz).date() if self.settings.tz \
            else self._clock.now().date()

    def _day(self, at: str) -> date:
        ts = datetime.fromisoformat(at)
        return ts.astimezone(self.settings.tz).date() if self.settings.tz else ts.date()

    def _records(self, sale_id: str, lines: Sequence[_Line], at: str,
                 new_id: _NewId) -> list[CommissionRecord]:
        day = self._day(at)
        book = self._ledger.plan_book()
        roles = self._ledger.staff_roles()
        sold = [ln for ln in lines if ln.return_of is None]
        classes = self._ledger.item_classes({ln.sku for ln in sold})
        basis = self.settings.basis
        clines = [CommissionLine(ln.line_no, classes.get(ln.sku, ItemClass(ln.sku)),
                                 ln.quantity,
                                 basis.base(total=ln.total, tax=ln.tax, discount=ln.discount),
                                 ln.attributions) for ln in sold]
        sku_of = {ln.line_no: ln.sku for ln in lines}
        out: list[CommissionRecord] = []
        for lc in commission_for_sale(clines, book=book, roles=roles, day=day,
                                      progress=lambda s, p, st: self._ledger.period_totals(
                                          s, p.id, st)):
            out.append(self._record(lc, new_id(), sale_id, sku_of[lc.line_no], at))
        returned_here: dict[tuple[str, int], int] = {}
        for ln in lines:
            if ln.return_of is not None:
                out.extend(self._clawbacks(ln, ln.return_of, sale_id, at, day=day, book=book,
                                           returned_here=returned_here, new_id=new_id))
        return out

    def _record(self, lc: LineCommission, rid: str, sale_id: str, sku: str,
                at: str) -> CommissionRecord:
        return CommissionRecord(
            id=rid, version=1, kind=RecordKind.SALE, status=lc.status, staff_id=lc.staff_id,
            currency=self.settings.currency, at=at, terminal_id=self.settings.terminal_id,
            amount=lc.amount, base=lc.base, units=lc.units, rate_part=lc.rate_part,
            spiff_part=lc.spiff_part, tier_part=lc.tier_part, share_bp=lc.share_bp,
            line_quantity=lc.line_quantity, sale_id=sale_id, line_no=lc.line_no,
            plan_id=lc.plan_id, plan_version=lc.plan_version, period_start=lc.period_start,
            sku=sku, reason=lc.reason)

    def _clawbacks(self, ln: _Line, ref: ReturnRef, sale_id: str, at: str, *, day: date,
                   book: PlanBook, returned_here: dict[tuple[str, int], int],
                   new_id: _NewId) -> list[CommissionRecord]:
        # Another terminal's sale: its records as fetched when the receipt was found.
        originals = self._originals_of_line(ref.sale_id, ref.line_no)
        # Units returned at other tills come first in the cumulative rounding, as in the
        # refund (services/sales.py).
        elsewhere = self._elsewhere(ref.sale_id, ref.line_no)
        returning = -ln.quantity
        if returning < 0:
            # A post-void putting back a returned line: its clawbacks are reversed.
            originals = self._ledger.records_of_line(ref.sale_id, ref.line_no,
                                                     kind=RecordKind.CLAWBACK)
            elsewhere = 0
        if not originals:
            return [CommissionRecord(
                id=new_id(), version=1, kind=RecordKind.CLAWBACK,
                status=RecordStatus.NEEDS_REVIEW, staff_id=staff,
                currency=self.settings.currency, at=at, terminal_id=self.settings.terminal_id,
                amount=0, share_bp=bp, line_quantity=ln.quantity, sale_id=sale_id,
                line_no=ln.line_no, return_of_sale=ref.sale_id, return_of_line=ref.line_no,
                sku=ln.sku, reason=NOT_HERE)
                for staff, bp in (ln.attributions or (("unattributed", 10_000),))]
        key = (ref.sale_id, ref.line_no)
        before = self._ledger.returned_units(*key) + elsewhere + returned_here.get(key, 0)
        returned_here[key] = returned_here.get(key, 0) + returning
        kinds = {p.id: p.period for p in book.plans}
        out = []
        for orig in originals:
            cb = clawback(orig, original_quantity=orig.line_quantity,
                          already_returned=before, returning=returning)
            start = period_start(kinds.get(orig.plan_id or "", PeriodKind.MONTH), day)
            out.append(replace(
                cb, id=new_id(), at=at, terminal_id=self.settings.terminal_id,
                sale_id=sale_id, line_no=ln.line_no, return_of_sale=ref.sale_id,
                return_of_line=ref.line_no,
                period_start=start if orig.status is RecordStatus.OK else None,
                reason="" if orig.status is RecordStatus.OK
                else "reverses a record that needs review"))
        return out

    def _fallback(self, sale_id: str, lines: Sequence[_Line], at: str,
                  reason: str) -> list[CommissionRecord]:
        out = []
        for ln in lines:
            for staff, bp in ln.attributions or (("unattributed", 10_000),):
                kind = RecordKind.CLAWBACK if ln.return_of else RecordKind.SALE
                out.append(CommissionRecord(
                    id=self._ids.new_id(), version=1, kind=kind,
                    status=RecordStatus.NEEDS_REVIEW, staff_id=staff,
                    currency=self.settings.currency, at=at,
                    terminal_id=self.settings.terminal_id, amount=0, share_bp=bp,
                    line_quantity=ln.quantity, sale_id=sale_id, line_no=ln.line_no,
                    return_of_sale=ln.return_of.sale_id if ln.return_of else None,
                    return_of_line=ln.return_of.line_no if ln.return_of else None,
                    sku=ln.sku, reason=reason))
        return out


class _NewId(Protocol):
    def __call__(self) -> str: ...


_ONE_DAY = timedelta(days=1)
