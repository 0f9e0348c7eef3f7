"""The managers' commission read model: figures per staff member and period, drill-down,
team series, records needing review, and the payroll CSV, as frozen view objects.

Two sources sit behind one port (`ReportSource`): the central database (every terminal
of every store) and this terminal's local database. `FallbackReports` reads the central
one and, when the environment is at fault (offline, refused credentials), answers from
the local one instead; every view says which source it came from and how fresh it is
(`SourceInfo`), so the screen can show a clear "as of" banner.

Periods are local calendar days of the store's time zone. Sources aggregate by local
day in SQL: the service hands them the period as UTC segments of constant UTC offset
(`DaySegment`), split exactly at daylight-saving transitions. Period records (tier
adjustments and bonuses) are placed on the day they were last settled, clamped into
the plan period they belong to, so a bonus settled on the 1st for the month before
is paid in that month.

Tiers and bonuses are settled store-wide (services/commission_settlement.py): those
records carry the terminal id "store" and are shown as "Store-wide (tiers & bonuses)".
A report filtered to one terminal shows what was rung up on it (its sale and clawback
commission) and leaves the store-wide tier and bonus records out, since no one terminal
earned them; they count under "All terminals" and under the store-wide choice itself.
Tier and bonus progress is always of the staff member's whole store period, whatever
terminal is chosen: that is what the tiers are earned on.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Collection, Mapping, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import Enum
from typing import Literal, NamedTuple, Protocol, TypeVar

from pos_app.domain.clock import Clock, iso
from pos_app.domain.commission import (
    STORE_WIDE_TERMINAL,
    CommissionPlan,
    CommissionRecord,
    Measure,
    PeriodKind,
    PeriodTotals,
    PlanBook,
    PlanMissing,
    RecordKind,
    RecordStatus,
    period_end,
    period_start,
    progress_of,
)
from pos_app.domain.errors import EnvironmentFault, InputError, Message, PermissionDenied, msg
from pos_app.domain.money import Money, exponent_of
from pos_app.domain.permissions import ROLE_WORD, Actor, Role
from pos_app.services.csv_safety import safe_writer
from pos_app.services.locale_format import LocaleFormat

log = logging.getLogger(__name__)

ONE_DAY = timedelta(days=1)
SALE_KINDS = (RecordKind.SALE, RecordKind.CLAWBACK)
PERIOD_KINDS = (RecordKind.TIER_ADJUSTMENT, RecordKind.BONUS)
# A plan period is at most a month long: period records that can overlap a report start
# at most this long before it.
LONGEST_PLAN_PERIOD = timedelta(days=31)
DAY_BUCKET_MAX_DAYS = 62  # longer periods are charted by week

STORE_WIDE_LABEL = "Store-wide (tiers & bonuses)"

PeriodName = Literal["day", "week", "month", "year", "custom"]
Bucket = Literal["day", "week"]
SourceName = Literal["central", "local"]


# ---- periods, scope, filters --------------------------------------------------------------


def _d(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


@dataclass(frozen=True, slots=True)
class ReportPeriod:
    """Local calendar days [start, end) of the store's time zone."""

    kind: PeriodName
    start: date
    end: date  # exclusive

    def __post_init__(self) -> None:
        if self.end <= self.start:
            raise InputError(msg("A report period must end after it starts"))

    @classmethod
    def of(cls, kind: PeriodName, day: date) -> ReportPeriod:
        """The day, ISO week (Monday first), month or year containing `day`."""
        if kind == "day":
            return cls("day", day, day + ONE_DAY)
        if kind == "week":
            start = period_start(PeriodKind.WEEK, day)
            return cls("week", start, start + timedelta(days=7))
        if kind == "month":
            start = period_start(PeriodKind.MONTH, day)
            return cls("month", start, period_end(PeriodKind.MONTH, start))
        if kind == "year":
            return cls("year", date(day.year, 1, 1), date(day.year + 1, 1, 1))
        raise InputError(msg("A custom period needs its first and last day"))

    @classmethod
    def custom(cls, first: date, last: date) -> ReportPeriod:
        """First to last day, both included."""
        if last < first:
            raise InputError(msg("The last day of the period is before its first day"))
        return cls("custom", first, last + ONE_DAY)

    @classmethod
    def of_plan(cls, kind: PeriodKind, day: date) -> ReportPeriod:
        return cls.of("month" if kind is PeriodKind.MONTH else "week", day)

    @property
    def last(self) -> date:
        return self.end - ONE_DAY

    @property
    def days(self) -> int:
        return (self.end - self.start).days

    def previous(self) -> ReportPeriod:
        if self.kind == "custom":
            return ReportPeriod.custom(self.start - (self.end - self.start),
                                       self.start - ONE_DAY)
        return ReportPeriod.of(self.kind, self.start - ONE_DAY)

    def contains(self, day: date) -> bool:
        return self.start <= day < self.end

    @property
    def label(self) -> str:
        if self.kind == "day":
            return f"{self.start:%a} {_d(self.start)}"
        if self.kind == "week":
            return f"Week of {_d(self.start)}"
        if self.kind == "month":
            return f"{self.start:%B %Y}"
        if self.kind == "year":
            return str(self.start.year)
        if self.days == 1:
            return _d(self.start)
        first = (f"{self.start.day} {self.start:%b}" if self.start.year == self.last.year
                 else _d(self.start))
        return f"{first} – {_d(self.last)}"

    @property
    def slug(self) -> str:
        """For file names: 2026-11-01_2026-11-30."""
        return f"{self.start.isoformat()}_{self.last.isoformat()}"


@dataclass(frozen=True, slots=True)
class ReportScope:
    """Which records: None means all."""

    store_id: str | None = None
    terminal_id: str | None = None
    staff_id: str | None = None


@dataclass(frozen=True, slots=True)
class ReportFilter:
    scope: ReportScope
    period: ReportPeriod


@dataclass(frozen=True, slots=True)
class DaySegment:
    """UTC instants [since, until) in which the store's UTC offset is constant."""

    since: str
    until: str
    offset_minutes: int


def _offset_minutes(instant: datetime, zone: tzinfo) -> int:
    off = instant.astimezone(zone).utcoffset()
    return 0 if off is None else int(off.total_seconds() // 60)


def local_midnight(day: date, tz: tzinfo | None) -> datetime:
    """The UTC instant a local calendar day starts."""
    return datetime.combine(day, time(0), tzinfo=tz or UTC).astimezone(UTC)


def utc_bounds(period: ReportPeriod, tz: tzinfo | None) -> tuple[str, str]:
    return iso(local_midnight(period.start, tz)), iso(local_midnight(period.end, tz))


def day_segments(period: ReportPeriod, tz: tzinfo | None) -> tuple[DaySegment, ...]:
    """The period as UTC segments of constant offset, split exactly (to the minute) at
    each change of the zone's offset, so `date(at + offset)` is the local day."""
    zone = tz or UTC
    start, end = local_midnight(period.start, tz), local_midnight(period.end, tz)
    cuts: list[tuple[datetime, int]] = [(start, _offset_minutes(start, zone))]
    probe = start
    while probe < end:
        nxt = min(probe + ONE_DAY, end)
        before, after = _offset_minutes(probe, zone), _offset_minutes(nxt, zone)
        if before != after:
            lo, hi = probe, nxt  # offset(lo) == before, offset(hi) == after
            while hi - lo > timedelta(minutes=1):
                mid = lo + (hi - lo) / 2
                if _offset_minutes(mid, zone) == before:
                    lo = mid
                else:
                    hi = mid
            cuts.append((hi.replace(second=0, microsecond=0), after))
        probe = nxt
    out = []
    for i, (at, off) in enumerate(cuts):
        until = cuts[i + 1][0] if i + 1 < len(cuts) else end
        if until > at:
            out.append(DaySegment(iso(at), iso(until), off))
    return tuple(out)


def terminal_label(terminal_id: str) -> str:
    """A terminal as people name it; the store-wide settlement's records are no till's."""
    return STORE_WIDE_LABEL if terminal_id == STORE_WIDE_TERMINAL else terminal_id


def local_day(at: str, tz: tzinfo | None) -> date:
    ts = datetime.fromisoformat(at)
    return ts.astimezone(tz).date() if tz else ts.astimezone(UTC).date()


def local_time(at: str, tz: tzinfo | None) -> datetime:
    return datetime.fromisoformat(at).astimezone(tz or UTC)


# ---- what sources return ------------------------------------------------------------------


class DayBucket(NamedTuple):
    """Sums of the sale and clawback records of one staff member, local day and currency.

    A named tuple, not a frozen dataclass: a year of 50 staff is ~2,650 of them per
    report (PostgreSQL, by week) and a tuple is built in half the time."""

    staff_id: str
    day: date
    currency: str
    base: int  # sales net of returns
    units: int
    sale_commission: int  # amounts of sale records
    clawbacks: int  # amounts of clawback records
    needs_review: int  # records
    lines: int  # sale records
    # records (the field hides tuple.count, which nothing here calls)
    count: int  # type: ignore[assignment]


class PeriodAmount(NamedTuple):
    """What the team report reads of a tier adjustment or bonus record (a year of 50
    staff has ~600): its amount and what places it on a day, not the whole record."""

    staff_id: str
    kind: RecordKind
    currency: str
    at: str
    amount: int
    plan_id: str | None
    period_start: date | None

    @classmethod
    def of(cls, rec: CommissionRecord) -> PeriodAmount:
        return cls(rec.staff_id, rec.kind, rec.currency, rec.at, rec.amount, rec.plan_id,
                   rec.period_start)


@dataclass(frozen=True, slots=True)
class StaffInfo:
    id: str
    name: str
    role: str | None = None
    store_id: str | None = None


@dataclass(frozen=True, slots=True)
class Directory:
    """Who and where: the filter bar's choices."""

    stores: tuple[str, ...] = ()
    terminals: tuple[tuple[str | None, str], ...] = ()  # (store, terminal)
    staff: tuple[StaffInfo, ...] = ()

    def names(self) -> dict[str, str]:
        return {s.id: s.name for s in self.staff}

    def roles(self) -> dict[str, str]:
        return {s.id: s.role for s in self.staff if s.role}


@dataclass(frozen=True, slots=True)
class Freshness:
    newest_record: str | None = None  # ISO time of the newest record in scope
    last_sync: str | None = None  # central: the newest terminal push
    unsynced: int | None = None  # local: records not yet sent to the central database


@dataclass(frozen=True, slots=True)
class SaleRef:
    """How people name a sale: its receipt number on its terminal, and its line titles."""

    terminal_id: str
    receipt_no: int | None
    titles: Mapping[int, str] = field(default_factory=dict)


class ReportSource(Protocol):
    """Commission records to report on (adapters/sqlite/commission_report_source.py and
    adapters/central/report_source.py). Environment failures raise EnvironmentFault."""

    @property
    def name(self) -> SourceName: ...

    @property
    def description(self) -> str:
        """Where the data comes from, for people ("this terminal (T1)")."""
        ...

    def directory(self) -> Directory:
        """Stores, terminals and staff, including those only known from their records."""
        ...

    def staff(self) -> tuple[StaffInfo, ...]:
        """Staff as the staff directory knows them (cheap: no scan of the records)."""
        ...

    def plan_book(self) -> PlanBook: ...

    def day_buckets(self, scope: ReportScope, segments: Sequence[DaySegment],
                    bucket_of: Mapping[date, date] | None = None) -> list[DayBucket]:
        """Sale and clawback records dated in the segments, summed by staff member, local
        day (the record's time plus the segment's offset) and currency. `bucket_of` (a
        local day -> the first day of its bucket, e.g. of its week) lets a source sum by
        bucket instead, `day` being the bucket's first day: either way each row's `day`
        falls in the right bucket (a day `bucket_of` lacks stays itself)."""
        ...

    def period_records(self, scope: ReportScope, first_start: date,
                       before: date) -> list[CommissionRecord]:
        """Tier adjustment and bonus records of periods starting in [first_start, before)."""
        ...

    def period_totals(self, scope: ReportScope, keys: Collection[tuple[str, str, date]]) \
            -> dict[tuple[str, str, date], PeriodTotals]:
        """For each (staff, plan, period start): what the calculator's ledger sums for it
        (OK sale and clawback records of that plan and period)."""
        ...

    def records(self, scope: ReportScope, since: str, until: str) -> list[CommissionRecord]:
        """Sale and clawback records dated [since, until), oldest first."""
        ...

    def records_by_id(self, ids: Collection[str]) -> list[CommissionRecord]: ...

    def needs_review(self, scope: ReportScope) -> list[CommissionRecord]: ...

    def freshness(self, scope: ReportScope) -> Freshness: ...


class SaleRefs(Protocol):
    """Receipt numbers and line titles, known for the sales of this terminal."""

    def sale_refs(self, sale_ids: Collection[str]) -> Mapping[str, SaleRef]: ...


# ---- formatting (the one place money becomes text for people and for payroll) ----------

_SYMBOLS = {"USD": "$", "CAD": "$", "AUD": "$", "NZD": "$", "EUR": "€", "GBP": "£",
            "JPY": "¥", "INR": "₹"}


def money_text(minor: int, currency: str, locale: LocaleFormat | None = None) -> str:
    """$1,234.56 / -$12.00 / 1,234.56 SEK; with the store's `locale`, as it writes
    money (1.234,56 €, ￥1,235)."""
    if locale is not None:
        return locale.money(Money(minor, currency))
    return Money(minor, currency).format(symbol=_SYMBOLS.get(currency.upper(), ""))


def amount_text(minor: int, currency: str) -> str:
    """A plain decimal for payroll files: 1234.56 / -12.00."""
    return f"{Money(minor, currency).to_decimal():.{exponent_of(currency)}f}"


def percent_text(bp: int) -> str:
    whole, frac = divmod(bp, 100)
    return f"{whole} %" if frac == 0 else f"{bp / 100:.2f}".rstrip("0") + " %"


def measure_text(value: int, measure: Measure, currency: str) -> str:
    return money_text(value, currency) if measure is Measure.VALUE else f"{value:,} units"


# ---- views ----------------------------------------------------------------------------------


class Figure(Enum):
    """What a drill-down explains."""

    ALL = "all"
    SALES = "sales"
    CLAWBACKS = "clawbacks"
    BONUSES = "bonuses"  # bonuses and tier adjustments
    NEEDS_REVIEW = "needs_review"

    @property
    def label(self) -> str:
        return {"all": "All commission", "sales": "Sales", "clawbacks": "Clawbacks",
                "bonuses": "Bonuses and tier adjustments",
                "needs_review": "Needs review"}[self.value]

    def explains(self, rec: CommissionRecord) -> bool:
        if self is Figure.SALES:
            return rec.kind in SALE_KINDS
        if self is Figure.CLAWBACKS:
            return rec.kind is RecordKind.CLAWBACK
        if self is Figure.BONUSES:
            return rec.kind in PERIOD_KINDS
        if self is Figure.NEEDS_REVIEW:
            return rec.status is RecordStatus.NEEDS_REVIEW
        return True


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """Where a view's numbers come from and how fresh they are."""

    source: SourceName
    description: str  # "all stores and terminals", "this terminal's records only (T1)"
    as_of: datetime | None = None  # the newest record (local time)
    last_sync: datetime | None = None
    unsynced: int | None = None
    note: str = ""  # why the central database was not used, if it was not
    detail: str = ""  # the full error behind the note

    @property
    def degraded(self) -> bool:
        return self.source == "local"

    @property
    def banner(self) -> str:
        when = f"as of {_d(self.as_of.date())} {self.as_of:%H:%M}" if self.as_of \
            else "no records yet"
        head = "Central database" if self.source == "central" else "Local data"
        parts = [f"{head} · {self.description} · {when}"]
        if self.last_sync is not None:
            parts.append(f"last terminal push {_d(self.last_sync.date())} "
                         f"{self.last_sync:%H:%M}")
        if self.unsynced:
            parts.append(f"{self.unsynced:,} record(s) not yet sent to the central database")
        text = " · ".join(parts)
        return f"Offline: {self.note}. {text}" if self.note else text


@dataclass(frozen=True, slots=True)
class TierView:
    plan_name: str
    period: ReportPeriod  # the plan period the progress is about
    measure: Measure
    tier_number: int  # 1-based
    tier_count: int
    rate_bp: int
    value: int  # the measure: minor units of sales, or units
    tier_from: int  # threshold of the tier reached
    next_threshold: int | None
    to_next: int | None

    @property
    def fraction(self) -> float:
        """Progress from 0 to the next threshold (1.0 at the top tier)."""
        if self.next_threshold is None or self.next_threshold <= 0:
            return 1.0
        return max(0.0, min(1.0, self.value / self.next_threshold))

    def text(self, currency: str) -> str:
        head = f"Tier {self.tier_number} of {self.tier_count} ({percent_text(self.rate_bp)})"
        if self.next_threshold is None or self.to_next is None:
            return f"{head} · top tier"
        return f"{head} · {measure_text(self.to_next, self.measure, currency)} to tier " \
               f"{self.tier_number + 1}"

    def short_text(self, currency: str) -> str:
        """For a narrow cell: "Tier 2 of 3 · $1,961.76 to go"."""
        head = f"Tier {self.tier_number} of {self.tier_count}"
        if self.to_next is None:
            return f"{head} · top tier"
        return f"{head} · {measure_text(self.to_next, self.measure, currency)} to go"


@dataclass(frozen=True, slots=True)
class BonusView:
    plan_name: str
    period: ReportPeriod
    measure: Measure
    value: int
    earned: int
    next_threshold: int | None
    next_amount: int | None

    @property
    def fraction(self) -> float:
        if self.next_threshold is None or self.next_threshold <= 0:
            return 1.0
        return max(0.0, min(1.0, self.value / self.next_threshold))

    def text(self, currency: str) -> str:
        earned = f"{money_text(self.earned, currency)} earned"
        if self.next_threshold is None or self.next_amount is None:
            return earned if self.earned else "no bonus in this plan"
        need = max(0, self.next_threshold - self.value)
        return f"{earned} · {measure_text(need, self.measure, currency)} to " \
               f"{money_text(self.next_amount, currency)}"

    def short_text(self, currency: str) -> str:
        """For a narrow cell: "$745.76 to a $75.00 bonus" or "$75.00 earned"."""
        if self.next_threshold is None or self.next_amount is None:
            return f"{money_text(self.earned, currency)} earned"
        need = max(0, self.next_threshold - self.value)
        return f"{measure_text(need, self.measure, currency)} to a " \
               f"{money_text(self.next_amount, currency)} bonus"


@dataclass(frozen=True, slots=True)
class StaffFigures:
    staff_id: str
    name: str
    sales: int = 0  # commission base of sales net of returns
    units: int = 0
    sale_commission: int = 0
    clawbacks: int = 0  # <= 0
    tier_adjustments: int = 0
    bonuses: int = 0
    needs_review: int = 0  # records
    lines: int = 0  # sale records
    tier: TierView | None = None
    bonus: BonusView | None = None

    @property
    def commission(self) -> int:
        return self.sale_commission + self.clawbacks + self.tier_adjustments + self.bonuses

    @property
    def bonuses_and_tiers(self) -> int:
        return self.bonuses + self.tier_adjustments

    def plus(self, other: StaffFigures) -> StaffFigures:
        return replace(self, sales=self.sales + other.sales, units=self.units + other.units,
                       sale_commission=self.sale_commission + other.sale_commission,
                       clawbacks=self.clawbacks + other.clawbacks,
                       tier_adjustments=self.tier_adjustments + other.tier_adjustments,
                       bonuses=self.bonuses + other.bonuses,
                       needs_review=self.needs_review + other.needs_review,
                       lines=self.lines + other.lines)


@dataclass(frozen=True, slots=True)
class StaffSeries:
    staff_id: str
    name: str
    sales: tuple[int, ...]
    commission: tuple[int, ...]

    @property
    def total_commission(self) -> int:
        return sum(self.commission)


@dataclass(frozen=True, slots=True)
class TeamView:
    """Per staff member and day (or week), for the chart over time."""

    bucket: Bucket
    starts: tuple[date, ...]
    series: tuple[StaffSeries, ...]  # most commission first

    def top(self, n: int) -> tuple[tuple[StaffSeries, ...], StaffSeries | None]:
        """The `n` staff with the most commission, and everyone else summed (or None)."""
        head, rest = self.series[:n], self.series[n:]
        if not rest:
            return head, None
        width = len(self.starts)
        return head, StaffSeries(
            "", f"Everyone else ({len(rest)})",
            tuple(sum(s.sales[i] for s in rest) for i in range(width)),
            tuple(sum(s.commission[i] for s in rest) for i in range(width)))


@dataclass(frozen=True, slots=True)
class CommissionReport:
    filter: ReportFilter
    currency: str
    info: SourceInfo
    staff: tuple[StaffFigures, ...]  # most commission first
    totals: StaffFigures
    team: TeamView
    other_currencies: Mapping[str, int] = field(default_factory=dict)  # left out: records

    @property
    def empty(self) -> bool:
        return not self.staff


@dataclass(frozen=True, slots=True)
class DrillRow:
    record_id: str
    at: datetime  # local time
    staff_id: str
    staff_name: str
    receipt: str
    line: str
    kind: RecordKind
    sales: int
    units: int
    commission: int
    status: RecordStatus
    reason: str

    @property
    def kind_label(self) -> str:
        return {RecordKind.SALE: "Sale", RecordKind.CLAWBACK: "Return (clawback)",
                RecordKind.TIER_ADJUSTMENT: "Tier adjustment",
                RecordKind.BONUS: "Bonus"}[self.kind]

    @property
    def status_label(self) -> str:
        return "Needs review" if self.status is RecordStatus.NEEDS_REVIEW else "OK"


@dataclass(frozen=True, slots=True)
class DrillDown:
    filter: ReportFilter
    staff_id: str
    name: str
    figure: Figure
    currency: str
    info: SourceInfo
    rows: tuple[DrillRow, ...]

    @property
    def total_commission(self) -> int:
        return sum(r.commission for r in self.rows)

    @property
    def total_sales(self) -> int:
        return sum(r.sales for r in self.rows)


@dataclass(frozen=True, slots=True)
class ReviewList:
    scope: ReportScope
    currency: str
    info: SourceInfo
    rows: tuple[DrillRow, ...]


@dataclass(frozen=True, slots=True)
class FilterChoices:
    source: SourceName
    currency: str
    stores: tuple[str, ...]
    terminals: tuple[tuple[str | None, str], ...]
    staff: tuple[StaffInfo, ...]
    today: date
    info: SourceInfo


@dataclass(frozen=True, slots=True)
class PreviewInputs:
    """What a plan preview runs over: one source's records of one period."""

    filter: ReportFilter
    records: tuple[CommissionRecord, ...]  # sale and clawback records in the period
    originals: Mapping[str, CommissionRecord]  # records clawed back, sold before the period
    directory: Directory
    paid: Mapping[str, int]  # commission recorded per staff member in the period
    sales: Mapping[str, int]
    currency: str
    info: SourceInfo


class CommissionReports(Protocol):
    """What the back office asks for; one source, or central with a local fallback."""

    def filters(self) -> FilterChoices: ...

    def report(self, f: ReportFilter, bucket: Bucket | None = None) -> CommissionReport: ...

    def drill_down(self, f: ReportFilter, staff_id: str,
                   figure: Figure = Figure.ALL) -> DrillDown: ...

    def needs_review(self, scope: ReportScope) -> ReviewList: ...

    def preview_inputs(self, f: ReportFilter) -> PreviewInputs: ...

    def retry_central(self) -> None:
        """Ask the next call to try the central database again (an explicit refresh)."""
        ...


# ---- the service ----------------------------------------------------------------------------


def _book_for_store(book: PlanBook, store_id: str | None) -> PlanBook:
    if store_id is None:
        return book
    return PlanBook(tuple(p for p in book.plans if p.store_id in (None, store_id)),
                    book.broken)


class CommissionReportService:
    """Reads one source; every method is a short read, run off the GUI thread."""

    def __init__(self, source: ReportSource, *, clock: Clock, currency: str,
                 tz: tzinfo | None = None, sale_refs: SaleRefs | None = None) -> None:
        self._src = source
        self._clock = clock
        self._currency = currency
        self._tz = tz
        self._refs = sale_refs

    @property
    def source(self) -> ReportSource:
        return self._src

    def today(self) -> date:
        now = self._clock.now()
        return now.astimezone(self._tz).date() if self._tz else now.astimezone(UTC).date()

    def retry_central(self) -> None:
        """Nothing to retry: a single source."""

    # ---- reads ------------------------------------------------------------------------------

    def info(self, scope: ReportScope) -> SourceInfo:
        fresh = self._src.freshness(scope)
        return SourceInfo(
            self._src.name, self._src.description,
            local_time(fresh.newest_record, self._tz) if fresh.newest_record else None,
            local_time(fresh.last_sync, self._tz) if fresh.last_sync else None,
            fresh.unsynced)

    def filters(self) -> FilterChoices:
        d = self._src.directory()
        return FilterChoices(self._src.name, self._currency, d.stores, d.terminals, d.staff,
                             self.today(), self.info(ReportScope()))

    def report(self, f: ReportFilter, bucket: Bucket | None = None) -> CommissionReport:
        # A source that can keep one connection for the report's reads does (central:
        # one checkout, ping and reset instead of six).
        reading = getattr(self._src, "reading", None)
        with reading() if reading is not None else nullcontext():
            return self._report(f, bucket)

    def _report(self, f: ReportFilter, bucket: Bucket | None) -> CommissionReport:
        staff_info = self._src.staff()
        names = {s.id: s.name for s in staff_info}
        bucket = bucket or ("day" if f.period.days <= DAY_BUCKET_MAX_DAYS else "week")
        # A period still running is charted up to today, not as a drop to zero after it.
        today = self.today()
        starts = tuple(s for s in _bucket_starts(f.period, bucket) if s <= today) \
            or _bucket_starts(f.period, bucket)[:1]
        width = len(starts)
        slot: dict[date, int] = {}  # local day -> index of its bucket
        for i, first in enumerate(starts):
            for k in range(1 if bucket == "day" else 7):
                slot[first + timedelta(days=k)] = i
        last = width - 1  # a clock running ahead: the last bucket, never lost
        # The source may sum by week itself (PostgreSQL does): a year of 50 staff is then
        # ~2,600 rows to read and add up here instead of ~18,000.
        buckets = self._src.day_buckets(
            f.scope, day_segments(f.period, self._tz),
            None if bucket == "day" else {d: starts[i] for d, i in slot.items()})
        book = self._src.plan_book()
        placed = self._placed_period_amounts(f, book)

        # Mutable sums while reading (a year of 50 staff is ~25,000 day rows), frozen after:
        # sales, units, sale commission, clawbacks, tier adjustments, bonuses, review, lines
        acc: dict[str, list[int]] = {}
        sales_series: dict[str, list[int]] = {}
        comm_series: dict[str, list[int]] = {}
        other: dict[str, int] = {}
        cur = self._currency
        for b in buckets:
            if b.currency != cur:
                other[b.currency] = other.get(b.currency, 0) + b.count
                continue
            a = acc.get(b.staff_id)
            if a is None:
                a = acc[b.staff_id] = [0] * 8
                sales_series[b.staff_id] = [0] * width
                comm_series[b.staff_id] = [0] * width
            a[0] += b.base
            a[1] += b.units
            a[2] += b.sale_commission
            a[3] += b.clawbacks
            a[6] += b.needs_review
            a[7] += b.lines
            i = slot.get(b.day, last)
            sales_series[b.staff_id][i] += b.base
            comm_series[b.staff_id][i] += b.sale_commission + b.clawbacks
        for day, rec in placed:
            if rec.currency != cur:
                other[rec.currency] = other.get(rec.currency, 0) + 1
                continue
            a = acc.get(rec.staff_id)
            if a is None:
                a = acc[rec.staff_id] = [0] * 8
                sales_series[rec.staff_id] = [0] * width
                comm_series[rec.staff_id] = [0] * width
            a[5 if rec.kind is RecordKind.BONUS else 4] += rec.amount
            comm_series[rec.staff_id][slot.get(day, last)] += rec.amount

        figures = {sid: StaffFigures(sid, names.get(sid, sid), sales=a[0], units=a[1],
                                     sale_commission=a[2], clawbacks=a[3],
                                     tier_adjustments=a[4], bonuses=a[5], needs_review=a[6],
                                     lines=a[7]) for sid, a in acc.items()}
        figures = self._with_progress(f, figures, book, staff_info)
        staff = tuple(sorted(figures.values(),
                             key=lambda s: (-s.commission, s.name.casefold(), s.staff_id)))
        totals = StaffFigures("", "Team total")
        for s in staff:
            totals = totals.plus(s)
        series = tuple(StaffSeries(s.staff_id, s.name, tuple(sales_series[s.staff_id]),
                                   tuple(comm_series[s.staff_id])) for s in staff)
        return CommissionReport(f, cur, self.info(f.scope), staff, totals,
                                TeamView(bucket, starts, series), other)

    def drill_down(self, f: ReportFilter, staff_id: str,
                   figure: Figure = Figure.ALL) -> DrillDown:
        scope = replace(f.scope, staff_id=staff_id)
        names = {s.id: s.name for s in self._src.staff()}
        recs: list[tuple[date | None, CommissionRecord]] = []
        if figure is not Figure.BONUSES:
            since, until = utc_bounds(f.period, self._tz)
            recs += [(None, r) for r in self._src.records(scope, since, until)]
        if figure in (Figure.ALL, Figure.BONUSES):
            recs += [(d, r) for d, r in self._placed_period_records(
                ReportFilter(scope, f.period), self._src.plan_book())]
        chosen = [(d, r) for d, r in recs
                  if figure.explains(r) and r.currency == self._currency]
        rows = self._rows(chosen, names)
        return DrillDown(f, staff_id, names.get(staff_id, staff_id), figure, self._currency,
                         self.info(scope), rows)

    def needs_review(self, scope: ReportScope) -> ReviewList:
        names = {s.id: s.name for s in self._src.staff()}
        recs = self._src.needs_review(scope)
        return ReviewList(scope, self._currency, self.info(scope),
                          self._rows([(None, r) for r in recs], names))

    def preview_inputs(self, f: ReportFilter) -> PreviewInputs:
        since, until = utc_bounds(f.period, self._tz)
        records = tuple(r for r in self._src.records(f.scope, since, until)
                        if r.currency == self._currency)
        inside = {r.id for r in records}
        wanted = {r.of_record for r in records
                  if r.kind is RecordKind.CLAWBACK and r.of_record and r.of_record not in inside}
        originals = {r.id: r for r in self._src.records_by_id(wanted)} if wanted else {}
        report = self.report(f)
        return PreviewInputs(f, records, originals, Directory(staff=self._src.staff()),
                             {s.staff_id: s.commission for s in report.staff},
                             {s.staff_id: s.sales for s in report.staff}, self._currency,
                             report.info)

    # ---- internals --------------------------------------------------------------------------

    def _placed_period_records(self, f: ReportFilter,
                               book: PlanBook) -> list[tuple[date, CommissionRecord]]:
        """Tier adjustments and bonuses that belong in the period, with their day: when
        they were settled, clamped into the plan period they are for."""
        kind_of = {p.id: p.period for p in book.plans}
        lasts: dict[tuple[str | None, date], date] = {}
        out = []
        for rec in self._src.period_records(f.scope, f.period.start - LONGEST_PLAN_PERIOD,
                                            f.period.end):
            day = self._placed_day(f.period, kind_of, rec.plan_id, rec.period_start, rec.at,
                                   lasts=lasts)
            if day is not None:
                out.append((day, rec))
        return out

    def _placed_period_amounts(self, f: ReportFilter,
                               book: PlanBook) -> list[tuple[date, PeriodAmount]]:
        """`_placed_period_records` for the team report: the amounts only, read as such
        from a source that can (`period_amounts`), not built into whole records."""
        first = f.period.start - LONGEST_PLAN_PERIOD
        amounts: Callable[[ReportScope, date, date], list[PeriodAmount]] | None = \
            getattr(self._src, "period_amounts", None)
        rows = amounts(f.scope, first, f.period.end) if amounts is not None else \
            [PeriodAmount.of(r) for r in self._src.period_records(f.scope, first,
                                                                  f.period.end)]
        kind_of = {p.id: p.period for p in book.plans}
        lasts: dict[tuple[str | None, date], date] = {}
        out = []
        for row in rows:
            day = self._placed_day(f.period, kind_of, row.plan_id, row.period_start, row.at,
                                   lasts=lasts)
            if day is not None:
                out.append((day, row))
        return out

    def _placed_day(self, period: ReportPeriod, kind_of: Mapping[str, PeriodKind],
                    plan_id: str | None, start: date | None, at: str, *,
                    lasts: dict[tuple[str | None, date], date]) -> date | None:
        """The day a period record counts on (when it was settled, clamped into the plan
        period it is for), or None: outside `period`, or of no period. `lasts`: the last
        day of each plan period met so far (~600 records of a year are of ~12 each)."""
        if start is None:
            return None
        last = lasts.get((plan_id, start))
        if last is None:
            last = lasts[(plan_id, start)] = period_end(
                kind_of.get(plan_id or "", PeriodKind.MONTH), start) - ONE_DAY
        day = min(max(local_day(at, self._tz), start), last)
        return day if period.contains(day) else None

    def _with_progress(self, f: ReportFilter, figures: dict[str, StaffFigures],
                       book: PlanBook, staff_info: Sequence[StaffInfo]) \
            -> dict[str, StaffFigures]:
        """Tier and bonus progress in the plan period of the report's last day (or today,
        for a period still running)."""
        ref = max(min(self.today(), f.period.last), f.period.start)
        roles = {s.id: s.role for s in staff_info if s.role}
        store_of = {s.id: s.store_id for s in staff_info}
        plans: dict[str, CommissionPlan] = {}
        for staff in figures:
            store = f.scope.store_id or store_of.get(staff)
            try:
                plans[staff] = _book_for_store(book, store).plan_for(staff, roles.get(staff),
                                                                     ref)
            except PlanMissing:
                continue
        keys = {(staff, p.id, period_start(p.period, ref)) for staff, p in plans.items()}
        # Tiers are earned on the whole store's period: never one terminal's part of it.
        totals = self._src.period_totals(replace(f.scope, terminal_id=None), keys) \
            if keys else {}
        out = dict(figures)
        for staff, plan in plans.items():
            start = period_start(plan.period, ref)
            got = totals.get((staff, plan.id, start), PeriodTotals())
            prog = progress_of(staff, plan, start, got)
            plan_period = ReportPeriod.of_plan(plan.period, ref)
            tier = None
            if plan.tiers is not None and prog.tier_index is not None \
                    and prog.tier_rate_bp is not None:
                tiers = plan.tiers.tiers
                tier = TierView(
                    plan.name, plan_period, plan.tiers.measure, prog.tier_index + 1, len(tiers),
                    prog.tier_rate_bp,
                    got.value if plan.tiers.measure is Measure.VALUE else got.units,
                    tiers[prog.tier_index].threshold, prog.next_threshold, prog.to_next)
            bonus = None
            if plan.bonuses:
                pending = sorted((b for b in plan.bonuses if not b.reached(got.value, got.units)),
                                 key=lambda b: b.threshold)
                measure = pending[0].measure if pending else plan.bonuses[0].measure
                bonus = BonusView(plan.name, plan_period, measure,
                                  got.value if measure is Measure.VALUE else got.units,
                                  prog.bonus_earned, prog.next_bonus_threshold,
                                  prog.next_bonus_amount)
            out[staff] = replace(figures[staff], tier=tier, bonus=bonus)
        return out

    def _rows(self, recs: Sequence[tuple[date | None, CommissionRecord]],
              names: Mapping[str, str]) -> tuple[DrillRow, ...]:
        sale_ids = {r.sale_id for _, r in recs if r.sale_id} | \
            {r.return_of_sale for _, r in recs if r.return_of_sale}
        refs = self._refs.sale_refs(sale_ids) if self._refs and sale_ids else {}
        rows = []
        for _, r in recs:
            ref = refs.get(r.sale_id or "")
            if r.kind in PERIOD_KINDS:
                receipt = STORE_WIDE_LABEL if r.terminal_id == STORE_WIDE_TERMINAL else "—"
                what = "Bonus" if r.kind is RecordKind.BONUS else "Tier adjustment"
                line = f"{what} for the period from {_d(r.period_start)}" if r.period_start \
                    else what
            else:
                if ref is not None and ref.receipt_no is not None:
                    receipt = f"#{ref.receipt_no} · {ref.terminal_id}"
                else:
                    receipt = f"{r.terminal_id} · sale …{(r.sale_id or '')[-6:]}"
                title = ref.titles.get(r.line_no or 0) if ref is not None else None
                line = f"{r.line_no} · {title or r.sku or '?'}"
                if r.kind is RecordKind.CLAWBACK and r.return_of_sale:
                    orig = refs.get(r.return_of_sale)
                    if orig is not None and orig.receipt_no is not None:
                        line += f" (return of #{orig.receipt_no})"
            sales = r.base if r.kind in SALE_KINDS else 0
            units = r.units if r.kind in SALE_KINDS else 0
            name = names.get(r.staff_id, r.staff_id)
            reason = r.reason.replace(r.staff_id, name) if r.reason else ""
            rows.append(DrillRow(r.id, local_time(r.at, self._tz), r.staff_id, name, receipt,
                                 line, r.kind, sales, units, r.amount, r.status, reason))
        rows.sort(key=lambda x: (x.at, x.receipt, x.line, x.record_id))
        return tuple(rows)


def _bucket_starts(period: ReportPeriod, bucket: Bucket) -> tuple[date, ...]:
    if bucket == "day":
        return tuple(period.start + timedelta(days=i) for i in range(period.days))
    first = period_start(PeriodKind.WEEK, period.start)
    n = ((period.end - first).days + 6) // 7
    return tuple(first + timedelta(days=7 * i) for i in range(n))


# ---- central first, local when the environment fails -----------------------------------------

T = TypeVar("T")


class FallbackReports:
    """Reads the central database; on an environment fault (offline, credentials) answers
    from this terminal's local data, saying so in every view. After a failure the
    central database is retried after `retry_after` or on an explicit refresh."""

    def __init__(self, central: CommissionReports, local: CommissionReports, *,
                 clock: Clock, tz: tzinfo | None = None,
                 retry_after: timedelta = timedelta(seconds=60)) -> None:
        self._central = central
        self._local = local
        self._clock = clock
        self._tz = tz
        self._retry_after = retry_after
        self._down_until: datetime | None = None
        self._since: datetime | None = None
        self._fault = ""

    def retry_central(self) -> None:
        self._down_until = None

    def _run(self, fn: Callable[[CommissionReports], T]) -> tuple[T, tuple[str, str]]:
        now = self._clock.now()
        if self._down_until is None or now >= self._down_until:
            try:
                out = fn(self._central)
            except EnvironmentFault as exc:
                log.warning("commission reports: central database unusable, using local "
                            "data: %s", exc)
                self._fault = str(exc).strip().rstrip(".") or type(exc).__name__
                self._since = self._since or now
                self._down_until = now + self._retry_after
            else:
                self._down_until = self._since = None
                self._fault = ""
                return out, ("", "")
        # The driver's detail goes to the tooltip; the banner says what and since when.
        short = self._fault.split(": ", 1)[0]
        since = self._since.astimezone(self._tz) if self._since else None
        note = f"{short} (since {since:%H:%M})" if since else short
        return fn(self._local), (note, self._fault)

    @staticmethod
    def _note(info: SourceInfo, fault: tuple[str, str]) -> SourceInfo:
        return replace(info, note=fault[0], detail=fault[1]) if fault[0] else info

    def filters(self) -> FilterChoices:
        out, fault = self._run(lambda s: s.filters())
        return replace(out, info=self._note(out.info, fault))

    def report(self, f: ReportFilter, bucket: Bucket | None = None) -> CommissionReport:
        out, fault = self._run(lambda s: s.report(f, bucket))
        return replace(out, info=self._note(out.info, fault))

    def drill_down(self, f: ReportFilter, staff_id: str,
                   figure: Figure = Figure.ALL) -> DrillDown:
        out, fault = self._run(lambda s: s.drill_down(f, staff_id, figure))
        return replace(out, info=self._note(out.info, fault))

    def needs_review(self, scope: ReportScope) -> ReviewList:
        out, fault = self._run(lambda s: s.needs_review(scope))
        return replace(out, info=self._note(out.info, fault))

    def preview_inputs(self, f: ReportFilter) -> PreviewInputs:
        out, fault = self._run(lambda s: s.preview_inputs(f))
        return replace(out, info=self._note(out.info, fault))


# ---- who may open the back office ------------------------------------------------------------

BACKOFFICE_ROLES = frozenset({Role.SUPERVISOR, Role.MANAGER, Role.OWNER})
PLAN_EDITOR_ROLES = frozenset({Role.MANAGER, Role.OWNER})


def require_role(actor: Actor | None, allowed: Collection[Role], what: str | Message) -> Actor:
    if actor is None or actor.role not in allowed:
        words = [ROLE_WORD[r] for r in sorted(allowed, key=lambda r: r.value)]
        need: Message = words[0]
        for word in words[1:]:
            need = msg("{one} or {other}", one=need, other=word)
        if actor is None:
            raise PermissionDenied(msg("Nobody is signed in; only a {need} can", need=need))
        raise PermissionDenied(msg("A {role} cannot {what}; only a {need} can",
                                   role=ROLE_WORD[actor.role], what=what, need=need))
    return actor


def backoffice_sign_in(authenticate: Callable[[str, str | None], Actor], pin: str,
                       staff_id: str | None = None) -> Actor:
    """Check a PIN and that its owner may use the back office (commission of everyone)."""
    return require_role(authenticate(pin, staff_id), BACKOFFICE_ROLES,
                        msg("open the back office"))


# ---- payroll export --------------------------------------------------------------------------

PAYROLL_COLUMNS = ("staff_id", "name", "period_start", "period_end", "currency", "sales_net",
                   "units", "sale_commission", "clawbacks", "tier_adjustments", "bonuses",
                   "commission_total", "needs_review", "source", "as_of")


def payroll_csv(report: CommissionReport) -> str:
    """One row per staff member; amounts as plain decimals, dates ISO (end inclusive)."""
    buf = io.StringIO()
    w = safe_writer(buf, lineterminator="\r\n")
    w.writerow(PAYROLL_COLUMNS)
    cur = report.currency
    as_of = report.info.as_of.isoformat(timespec="seconds") if report.info.as_of else ""
    for s in report.staff:
        w.writerow([s.staff_id, s.name, report.filter.period.start.isoformat(),
                    report.filter.period.last.isoformat(), cur, amount_text(s.sales, cur),
                    s.units, amount_text(s.sale_commission, cur), amount_text(s.clawbacks, cur),
                    amount_text(s.tier_adjustments, cur), amount_text(s.bonuses, cur),
                    amount_text(s.commission, cur), s.needs_review, report.info.source, as_of])
    return buf.getvalue()


DRILL_COLUMNS = ("time", "staff_id", "name", "receipt", "line", "kind", "sales_net", "units",
                 "commission", "currency", "status", "reason", "record_id")


def drill_csv(drill: DrillDown) -> str:
    buf = io.StringIO()
    w = safe_writer(buf, lineterminator="\r\n")
    w.writerow(DRILL_COLUMNS)
    cur = drill.currency
    for r in drill.rows:
        w.writerow([r.at.isoformat(timespec="seconds"), r.staff_id, r.staff_name, r.receipt,
                    r.line, r.kind.value, amount_text(r.sales, cur), r.units,
                    amount_text(r.commission, cur), cur, r.status.value, r.reason, r.record_id])
    return buf.getvalue()

