"""The back office's Health section lists every feature flag: on or off, and where that
comes from (default, the till's config or environment, or the store's override at the
central database with its version), the same figures as `pos-app status --json`."""

from __future__ import annotations

from pathlib import Path

from pos_app.adapters.sqlite.central_outbox import SqliteSyncOutbox
from pos_app.app.context import with_store_flags
from pos_app.app.monitoring_wiring import build_monitoring, health_report
from pos_app.domain.clock import iso
from pos_app.services.flags import Flag, StoreFlag
from pos_app.ui.backoffice.common import table_text
from pos_app.ui.backoffice.health import HealthPage
from pos_app.ui.worker import DbWorker


def disk(_path: Path) -> tuple[int, int]:
    return 60 << 30, 100 << 30


def shown(qtbot, ctx) -> tuple[HealthPage, DbWorker]:
    mon = build_monitoring(ctx, None, disk_probe=disk)
    worker = DbWorker()
    page = HealthPage(lambda: health_report(ctx, mon), worker)
    qtbot.addWidget(page)
    page.resize(1024, 700)
    page.show()
    page.load()
    qtbot.waitUntil(lambda: page.report is not None and not worker.busy, timeout=10_000)
    return page, worker


def rows(page: HealthPage) -> dict[str, list[str]]:
    return {r[0]: r[1:] for r in table_text(page.flags)}


def cache(ctx, *flags: StoreFlag) -> None:
    store = ctx.identity.store_id
    SqliteSyncOutbox(ctx.db).apply_store_flags(store, list(flags), iso(ctx.clock.now()))


def test_each_flag_with_its_state_source_and_version(qtbot, terminal):
    ctx = terminal.ctx
    cache(ctx, StoreFlag(Flag.REAL_TIME_COMMISSION, False, 3, "m-1 at T2"))
    with_store_flags(ctx)  # as the till's next start resolves them
    page, worker = shown(qtbot, ctx)
    try:
        got = rows(page)
        assert got["REAL_TIME_COMMISSION"] == ["off", "central database, version 3"]
        assert got["AUTO_RETRY"] == ["on", "default"]
        assert set(got) == {f.value for f in Flag}
        assert page.flags.accessibleName().startswith("Feature flags")
        assert page.flags.item(0, 0).toolTip() == "" or "Set by" in page.flags.item(0, 0)\
            .toolTip()
        rt = next(r for r in range(page.flags.rowCount())
                  if page.flags.item(r, 0).text() == "REAL_TIME_COMMISSION")
        assert page.flags.item(rt, 0).toolTip() == "Set by m-1 at T2"
        assert page.flags.isVisible()
        from tests.ui.test_accessibility import problems

        assert problems(page) == []  # every control named, touch-sized
    finally:
        qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
        worker.shutdown()


def test_an_override_pulled_since_start_shows_what_the_next_start_uses(qtbot, terminal):
    ctx = terminal.ctx
    cache(ctx, StoreFlag(Flag.AUTO_RETRY, False, 1, "m-1 at T2"))  # pulled while running
    page, worker = shown(qtbot, ctx)
    try:
        state, source = rows(page)["AUTO_RETRY"]
        assert state == "on"  # what this running till uses
        assert source == "default — off (central database, version 1) from the next start"
    finally:
        qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
        worker.shutdown()


def test_real_time_commission_switches_at_the_next_scan_when_a_pull_changes_it(terminal):
    """REAL_TIME_COMMISSION is read per use: an override pulled while the counter runs
    turns the commission line off (and on again) without a restart."""
    from datetime import date

    from pos_app.app.flag_wiring import refresh_live_flags
    from pos_app.app.monitoring_wiring import flags_json
    from pos_app.domain.commission import CommissionPlan, Match, Rate, RateKind, RateRule
    from tests.commission_fixtures import install_plan

    ctx, services = terminal.ctx, terminal.services
    install_plan(ctx.db, CommissionPlan(
        id="floor", name="Floor", currency="USD", effective_from=date(2020, 1, 1),
        rules=(RateRule(Match(), Rate(RateKind.PERCENT, 1000)),)))
    counter = services.counter
    terminal.login("cashier")
    counter.scan(terminal.barcodes(1)[0])
    assert counter.commission_line().startswith("This sale")

    cache(ctx, StoreFlag(Flag.REAL_TIME_COMMISSION, False, 1, "m-1 at T2"))
    assert refresh_live_flags(ctx, services) == [Flag.REAL_TIME_COMMISSION]
    assert counter.commission_line() == ""
    rt = next(f for f in flags_json(ctx) if f["name"] == "REAL_TIME_COMMISSION")
    assert (rt["enabled"], rt["label"], "next_start" in rt) == (False, "central v1", False)

    # Flags read at start only wait for it; nothing switches twice.
    cache(ctx, StoreFlag(Flag.AUTO_RETRY, False, 1, "m-1 at T2"))
    assert refresh_live_flags(ctx, services) == []
    retry = next(f for f in flags_json(ctx) if f["name"] == "AUTO_RETRY")
    assert (retry["enabled"], retry["next_start"]["label"]) == (True, "central v1")

    cache(ctx, StoreFlag(Flag.REAL_TIME_COMMISSION, True, 2, "m-1 at T2"))
    assert refresh_live_flags(ctx, services) == [Flag.REAL_TIME_COMMISSION]
    assert counter.commission_line().startswith("This sale")


def test_a_flag_set_at_central_switches_the_counter_at_the_sync_that_pulls_it(terminal):
    """The whole live path as the app wires it (gui.py: build_central's after_flags is
    refresh_live_flags): the owner writes the store's override at the central database,
    the till's next sync pulls it, and the next scan has no commission line."""
    from datetime import date

    from pos_app.adapters.central.store_flags import SqlStoreFlagAdmin
    from pos_app.app.central_commands import build_central
    from pos_app.app.flag_wiring import refresh_live_flags
    from pos_app.domain.commission import CommissionPlan, Match, Rate, RateKind, RateRule
    from tests.commission_fixtures import install_plan

    ctx, services = terminal.ctx, terminal.services
    install_plan(ctx.db, CommissionPlan(
        id="floor", name="Floor", currency="USD", effective_from=date(2020, 1, 1),
        rules=(RateRule(Match(), Rate(RateKind.PERCENT, 1000)),)))
    counter = services.counter
    terminal.login("cashier")
    counter.scan(terminal.barcodes(1)[0])
    assert counter.commission_line().startswith("This sale")

    engine, sync = build_central(ctx, url=None, store_id=None,
                                 after_flags=lambda _n: refresh_live_flags(ctx, services))
    try:
        SqlStoreFlagAdmin(engine).set(sync.identity.store_id, Flag.REAL_TIME_COMMISSION,
                                      False, expected_version=0, by="m-1 at T2")
        assert counter.commission_line().startswith("This sale")  # not pulled yet
        assert sync.sync_once(force=True).flags_applied == 1
        assert counter.commission_line() == ""
        assert Flag.REAL_TIME_COMMISSION not in ctx.settings.flags
    finally:
        engine.dispose()
