"""Store-wide commission settlement: tier adjustments and bonuses from every terminal.

Tiers and bonuses are earned on a staff member's whole period in the store, wherever
they sold. The terminals push their sale and clawback records to the central
database; this service reads all of a store's records there and writes, per staff
member, plan and period, one tier adjustment (T(store-wide period) - tier parts already
recorded) and one bonus record, with ids that include the store
(`domain.commission.store_period_record_id`). A terminal's own settlement
(`CommissionCalculator.settle`) is provisional and stays on the terminal.

What gets settled in a run:
- every period with records pushed since it was last settled (the central store marks
  a period "due" in the transaction that pushes its records, so a terminal that was
  offline for weeks re-settles the period it sold in, however long ago it closed);
- with `full`, also every period of the current and the previous month (a plan edited
  since, a period just closed).

Runs of one store take turns: the port's transaction holds the store's settlement lock
from the reads to the writes, so two terminals settling at once cannot both write a
version computed from the same stale figures. A record gets a new version only when its
amount or plan version changes; a run with nothing new writes nothing. Versions, never
clocks, decide which figure wins.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import date, timedelta, tzinfo
from typing import Protocol

from pos_app.domain.clock import Clock, iso
from pos_app.domain.commission import (
    CommissionRecord,
    PeriodKey,
    PeriodTotals,
    PlanBook,
    RecordKind,
    settle_store_period,
)
from pos_app.domain.errors import Message, msg
from pos_app.domain.money import Money

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SettlementInputs:
    """What one settlement run reads, inside the store's lock."""

    plans: PlanBook  # the plans of the store and of every store
    due: Mapping[PeriodKey, int]  # periods pushed to since last settled -> their change mark
    totals: Mapping[PeriodKey, PeriodTotals]  # of each due period and each in the window
    period_records: Sequence[CommissionRecord] = ()  # tier adjustments and bonuses of those


class SettlementTransaction(Protocol):
    def read(self, since: date | None) -> SettlementInputs:
        """Due periods, then the totals of the store's OK sale and clawback records of
        those periods and (unless `since` is None) of every period starting on or after
        `since`, and their current tier adjustment and bonus records."""
        ...

    def write(self, records: Sequence[CommissionRecord], settled: Mapping[PeriodKey, int]) \
            -> None:
        """Upsert the records (a higher version wins) and mark each period settled up to
        the change mark it was read at (a push after the read keeps it due)."""
        ...


class SettlementStore(Protocol):
    """The central database (adapters/central/repository.py: SqlSettlementStore)."""

    def transaction(self, store_id: str) -> AbstractContextManager[SettlementTransaction]:
        """One transaction holding the store's settlement lock; commits on a clean exit,
        rolls back on an exception. Raises CentralUnavailable / CentralAuthFailed."""
        ...


@dataclass(frozen=True, slots=True)
class SettlementResult:
    store_id: str
    full: bool
    periods: int  # periods evaluated
    records: tuple[CommissionRecord, ...] = field(default_factory=tuple)  # written

    def lines(self) -> list[str]:
        return [str(m) for m in self.messages()]

    def messages(self) -> list[Message]:
        """The run in lines, as templates and values (str(): the English of `lines`)."""
        out = [msg("Settled          {count} tier/bonus record(s) written for store {store} "
                   "({periods} period(s) checked, current and previous month included)",
                   count=len(self.records), store=self.store_id, periods=self.periods)
               if self.full else
               msg("Settled          {count} tier/bonus record(s) written for store {store} "
                   "({periods} period(s) checked)",
                   count=len(self.records), store=self.store_id, periods=self.periods)]
        for r in self.records:
            # The record's kind in the template (a word each language says its way); the
            # English keeps its columns: "bonus" padded to "tier adjustment"'s width.
            staff, period = f"{r.staff_id:<12}", str(r.period_start)
            values = {"staff": staff, "period": period, "plan": r.plan_id,
                      "amount": Money(r.amount, r.currency), "version": r.version}
            tier = r.kind is RecordKind.TIER_ADJUSTMENT
            if r.reason:
                out.append(msg("  {staff} tier adjustment {period} plan {plan}: {amount} "
                               "(version {version}) [{reason}]", reason=r.reason, **values)
                           if tier else
                           msg("  {staff} bonus           {period} plan {plan}: {amount} "
                               "(version {version}) [{reason}]", reason=r.reason, **values))
            else:
                out.append(msg("  {staff} tier adjustment {period} plan {plan}: {amount} "
                               "(version {version})", **values)
                           if tier else
                           msg("  {staff} bonus           {period} plan {plan}: {amount} "
                               "(version {version})", **values))
        return out


def window_start(day: date) -> date:
    """First day of the month before `day`'s: the current and previous periods of both
    monthly and weekly plans start on or after it."""
    return (day.replace(day=1) - timedelta(days=1)).replace(day=1)


class CommissionSettlement:
    """Settles one store's tiers and bonuses in the central database."""

    def __init__(self, store: SettlementStore, store_id: str, clock: Clock, *,
                 tz: tzinfo | None = None) -> None:
        self._store = store
        self.store_id = store_id
        self._clock = clock
        self._tz = tz

    def today(self) -> date:
        now = self._clock.now()
        return now.astimezone(self._tz).date() if self._tz else now.date()

    def settle(self, *, full: bool = True) -> SettlementResult:
        """Settle the due periods (and with `full` the current and previous month's)."""
        at = iso(self._clock.now())
        since = window_start(self.today()) if full else None
        with self._store.transaction(self.store_id) as tx:
            inputs = tx.read(since)
            plans = {p.id: p for p in inputs.plans.plans}
            current: dict[PeriodKey, list[CommissionRecord]] = {}
            for rec in inputs.period_records:
                if rec.plan_id is not None and rec.period_start is not None:
                    key = PeriodKey(rec.staff_id, rec.plan_id, rec.period_start)
                    current.setdefault(key, []).append(rec)
            keys = sorted(set(inputs.totals) | set(inputs.due))
            out: list[CommissionRecord] = []
            for key in keys:
                plan = plans.get(key.plan_id)
                if plan is None:
                    log.warning("commission settlement: plan %s of %s's period from %s is "
                                "unknown or unreadable; not settled", key.plan_id,
                                key.staff_id, key.start)
                    continue
                out += settle_store_period(self.store_id, plan, key,
                                           inputs.totals.get(key, PeriodTotals()),
                                           current.get(key, ()), at=at)
            if out or inputs.due:
                tx.write(out, inputs.due)
        if out:
            log.info("commission settlement of store %s: %d record(s) written",
                     self.store_id, len(out))
        return SettlementResult(self.store_id, full, len(keys), tuple(out))
