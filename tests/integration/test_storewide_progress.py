"""Store-wide tier and bonus progress at the counter, against real central databases
(PostgreSQL with terminal roles and row-level security, and the embedded SQLite
default): a staff member selling on two tills sees the whole period on either, once the
till has synced; the marginal tier rate of the next sale starts from the combined total;
offline, the last pulled figures stand; and the store-wide settlement still pays exactly
the plan on the combined period."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime

from sqlalchemy import text

from pos_app.adapters.central.report_source import CentralReportSource
from pos_app.domain.clock import FixedClock
from pos_app.domain.commission import (
    STORE_WIDE_TERMINAL,
    CommissionPlan,
    PeriodTotals,
    RecordKind,
    digest,
)
from pos_app.domain.sale import TenderKind
from pos_app.services.central_sync import (
    CentralSync,
    CentralUnavailable,
    PulledPeriodTotals,
    PulledPlan,
    PulledSetting,
    PulledStaff,
    PushItem,
    TerminalIdentity,
)
from pos_app.services.commission_calculator import (
    CommissionCalculator,
    CommissionSettings,
    StoreProgress,
)
from pos_app.services.commission_reports import (
    STORE_WIDE_LABEL,
    CommissionReportService,
    ReportFilter,
    ReportPeriod,
    ReportScope,
    terminal_label,
)
from pos_app.services.sale_commands import AddItem, AddTender, Complete
from pos_app.services.sales import SalesDesk
from tests.conftest import variant
from tests.integration import central_fixtures
from tests.integration import test_commission_settlement as settlement
from tests.integration.central_fixtures import Terminal, unique_store
from tests.integration.test_central_drilldown import till
from tests.integration.test_commission_settlement import (
    NOV,
    open_store,
    paid,
    plan_on,
    sell,
    settler,
)

central = central_fixtures.central
pg_server = central_fixtures.pg_server
terminals = settlement.terminals


def calculator(t: Terminal) -> CommissionCalculator:
    return CommissionCalculator(t.ledger, CommissionSettings(t.terminal_id, "USD"), t.clock,
                                t.ids)


def progress(t: Terminal, staff: str = "ann") -> StoreProgress:
    got = calculator(t).store_progress(staff)
    assert got is not None
    return got


def ring_up(desk: SalesDesk, staff: str, n: int, price: int) -> str:
    """One item sold at the counter (the calculator's completion hook prices the tier)."""
    s = desk.new_sale(cashier_id=staff)
    s.execute(AddItem(variant(n, price), 1))
    s.execute(AddTender(TenderKind.CASH, s.settlement().remaining))
    s.execute(Complete())
    return s.state.id


def sale_record(t: Terminal, sale_id: str) -> tuple[int, int]:
    """(base, tier part) of a sale's commission record."""
    with t.db.read() as conn:
        row = conn.execute(text("SELECT base, tier_part FROM commission_record "
                                "WHERE sale_id = :s AND kind = 'sale'"), {"s": sale_id}).one()
    return int(row[0]), int(row[1])


def tier_part(plan: CommissionPlan, before: int, units_before: int, base: int) -> int:
    assert plan.tiers is not None
    return (plan.tiers.commission(before + base, units_before + 1)
            - plan.tiers.commission(before, units_before))


class _Unreachable:
    """The central database while the network is down."""

    def _down(self, *_args: object) -> list[object]:
        raise CentralUnavailable("connection refused")

    def push(self, identity: TerminalIdentity, items: Sequence[PushItem]) -> None:
        self._down()

    def pull_plans(self, identity: TerminalIdentity) -> list[PulledPlan]:
        return self._down()  # type: ignore[return-value]

    def pull_staff(self, identity: TerminalIdentity) -> list[PulledStaff]:
        return self._down()  # type: ignore[return-value]

    def pull_settings(self, identity: TerminalIdentity) -> list[PulledSetting]:
        return self._down()  # type: ignore[return-value]

    def pull_period_totals(self, identity: TerminalIdentity,
                           since: date) -> list[PulledPeriodTotals]:
        return self._down()  # type: ignore[return-value]


def test_progress_and_the_next_tier_rate_include_the_other_tills(central, terminals):
    store = unique_store()
    plan, (t1, t2) = open_store(central, terminals, store, "T1", "T2")
    desk2 = till(t2, plan)
    sold: list[tuple[int, int]] = [(60_000, 2), (25_000, 1)]
    for base, units in sold:
        sell(t1, "ann", base, units)
    assert t1.sync.sync_once(force=True).ok

    # T2 rings up a sale before it has heard of T1's: priced on its own records.
    first = ring_up(desk2, "ann", 1, 20_000)
    base1, tier1 = sale_record(t2, first)
    assert tier1 == tier_part(plan, 0, 0, base1) == 0
    sold.append((base1, 1))
    before = progress(t2)
    assert (before.progress.value, before.others) == (base1, PeriodTotals())
    assert before.freshness == "incl. other tills as of 09:00"  # its pull at opening

    t2.clock.advance(hours=1, minutes=42)
    summary = t2.sync.sync_once(force=True)
    assert summary.ok and summary.other_tills == 1
    now = progress(t2)
    assert now.freshness == "incl. other tills as of 10:42"
    assert now.others.value == 85_000 and now.others.units == 3
    # T2's own records come from its ledger, never twice: the pull leaves them out.
    assert now.progress.value == 85_000 + base1 and now.progress.units == 4
    assert now.progress.tier_index == 1 and now.progress.to_next == 120_000 - now.progress.value
    assert now.progress.bonus_earned == 5_000  # 100,000 reached on the two tills together
    assert calculator(t2).progress("ann") == now.progress

    # The next sale at T2 is priced at the marginal rate of the combined period.
    combined_before = now.progress.value
    second = ring_up(desk2, "ann", 2, 30_000)
    base2, tier2 = sale_record(t2, second)
    assert tier2 == tier_part(plan, combined_before, 4, base2) > tier_part(plan, base1, 1,
                                                                            base2)
    sold.append((base2, 1))

    # The store-wide settlement still pays exactly the plan on the combined period.
    assert t2.sync.sync_once(force=True).ok and t1.sync.sync_once(force=True).ok
    settler(t1).settle()
    got = paid(central, store, "ann")
    assert got["total"] - got["rates"] == plan_on(plan, sold)
    # Seen from T1 after its pull: T2's sales, and no settlement record counted as one.
    assert t1.sync.sync_once(force=True).ok
    mine = progress(t1)
    assert mine.others.value == base1 + base2
    assert mine.progress.value == sum(b for b, _ in sold)


def test_offline_the_last_pulled_totals_stand(central, terminals):
    store = unique_store()
    plan, (t1, t2) = open_store(central, terminals, store, "T1", "T2")
    desk2 = till(t2, plan)
    sold = [(70_000, 2)]
    sell(t1, "ann", 70_000, 2)
    assert t1.sync.sync_once(force=True).ok and t2.sync.sync_once(force=True).ok
    pulled = progress(t2)
    assert pulled.others.value == 70_000

    # The network goes down; T1 keeps selling and pushing, T2 cannot pull.
    sell(t1, "ann", 40_000, 1)
    sold.append((40_000, 1))
    assert t1.sync.sync_once(force=True).ok
    t2.clock.advance(hours=3)
    offline = CentralSync(t2.outbox, _Unreachable(), TerminalIdentity(store, "T2"), t2.clock,
                          jitter=lambda: 0.5)
    assert offline.sync_once(force=True).error == "connection refused"
    still = progress(t2)
    assert still.others == pulled.others and still.others_as_of == pulled.others_as_of
    assert still.freshness == "incl. other tills as of 09:00"

    # A sale while offline: tiers from T2's records plus the last pulled 70,000.
    sale = ring_up(desk2, "ann", 1, 30_000)
    base, tier = sale_record(t2, sale)
    assert tier == tier_part(plan, 70_000, 2, base)
    sold.append((base, 1))

    # Back online: the push re-settles, and the store pays the plan on everything sold.
    assert t2.sync.sync_once(force=True).ok
    assert progress(t2).others.value == 110_000
    settler(t2).settle()
    got = paid(central, store, "ann")
    assert got["total"] - got["rates"] == plan_on(plan, sold)


def test_a_till_that_never_pulled_says_it_counts_its_own_sales_only(central, terminals):
    store = unique_store()
    plan, (t1,) = open_store(central, terminals, store, "T1")
    sell(t1, "ann", 60_000, 2)
    assert t1.sync.sync_once(force=True).ok
    t3 = terminals(central, store, "T3")  # set up from a plan file, never synced
    body = plan.body_json()
    t3.outbox.apply_plans([PulledPlan(plan.id, store, plan.version, digest(body), body)],
                          "2026-11-27T09:00:00+00:00")
    alone = progress(t3)
    assert alone.freshness == "this till only (other tills not synced yet)"
    assert (alone.others_as_of, alone.progress.value) == (None, 0)


def test_back_office_names_the_store_wide_records_and_filters_by_terminal(central,
                                                                          terminals):
    store = unique_store()
    _, (t1, t2) = open_store(central, terminals, store, "T1", "T2")
    central.admin.upsert_staff(store, "ann", "Ann", "cashier")
    sell(t1, "ann", 60_000, 2)
    sell(t2, "ann", 50_000, 1)
    assert t1.sync.sync_once(force=True).ok and t2.sync.sync_once(force=True).ok
    settled = settler(t1).settle().records
    assert {r.terminal_id for r in settled} == {STORE_WIDE_TERMINAL}

    reports = CommissionReportService(
        CentralReportSource(central.admin_engine), currency="USD",
        clock=FixedClock(datetime(2026, 11, 28, 21, tzinfo=UTC)))
    assert (store, STORE_WIDE_TERMINAL) in reports.filters().terminals
    assert terminal_label(STORE_WIDE_TERMINAL) == STORE_WIDE_LABEL
    assert terminal_label("T1") == "T1"

    nov = ReportPeriod.of("month", NOV)

    def ann(terminal: str | None):
        rep = reports.report(ReportFilter(ReportScope(store, terminal), nov))
        return next(s for s in rep.staff if s.staff_id == "ann")

    everything, on_t1 = ann(None), ann("T1")
    on_t2, store_wide = ann("T2"), ann(STORE_WIDE_TERMINAL)
    period = sum(r.amount for r in settled)
    # All terminals: the month's whole commission, tiers and bonus included.
    assert everything.commission == paid(central, store, "ann")["total"]
    assert everything.bonuses_and_tiers == period
    # One terminal: what was rung up on it; the store-wide tiers and bonus are no till's.
    assert (on_t1.sales, on_t1.bonuses_and_tiers) == (60_000, 0)
    assert (store_wide.sales, store_wide.bonuses_and_tiers) == (0, period)
    assert on_t1.commission + on_t2.commission + store_wide.commission == \
        everything.commission
    # Tier progress is of the whole store's period, whichever terminal is chosen.
    assert on_t1.tier is not None and everything.tier is not None
    assert on_t1.tier.value == everything.tier.value == 110_000

    rows = reports.drill_down(ReportFilter(ReportScope(store), nov), "ann").rows
    assert {r.receipt for r in rows if r.kind in (RecordKind.BONUS,
                                                  RecordKind.TIER_ADJUSTMENT)} == \
        {STORE_WIDE_LABEL}
