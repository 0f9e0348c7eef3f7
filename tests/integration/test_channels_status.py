"""A store without Shopify: nothing waits for a channel it does not have.

Built with the app's own wiring (`build_services`, `terminal_status`: what `pos-app
status` and the counter's status bar show), on a store that has no [shopify] table.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text

from pos_app.adapters.ids import Uuid7Generator
from pos_app.adapters.sqlite.store import LocalDatabase
from pos_app.app.context import AppContext
from pos_app.app.wiring import build_services, channels, ensure_demo_store, terminal_status
from pos_app.domain.clock import FixedClock
from pos_app.jobs.housekeeping import OUTBOX_JOB_ID, sweep_outbox
from pos_app.services.channels import Channels
from pos_app.services.settings import Settings
from tests.integration.housekeeping_fixtures import ring_sales

SALES = 300
BEFORE_UPGRADE = 100  # sales rung by a version that still queued stock events


def _context(tmp_path: Path) -> AppContext:
    settings = Settings(data_dir=tmp_path / "data", terminal_id="T1")
    return AppContext(settings=settings, db=LocalDatabase(settings.data_dir),
                      clock=FixedClock(datetime(2026, 11, 27, 9, 0, tzinfo=UTC)),
                      ids=Uuid7Generator())


def test_status_shows_nothing_waiting_without_shopify_after_many_sales(tmp_path):
    from pos_app.app.central_commands import build_central
    from pos_app.app.wiring import housekeeping_scheduler

    ctx = _context(tmp_path)
    try:
        assert channels(ctx) == Channels(shopify=False)
        services = build_services(ctx)
        ensure_demo_store(ctx, services, n_products=80)
        with ctx.db.read() as conn:
            skus = list(conn.execute(text(
                "SELECT sku FROM variant WHERE tracked = 1 ORDER BY sku LIMIT 8")).scalars())
        variants = list(services.catalog_repo.get_by_skus(skus).values())
        assert len(variants) == 8
        desk = services.desk
        # An older version queued a stock event per sale that nothing would ever take.
        routing = [h for h in desk.completion_hooks if isinstance(h, Channels)]
        assert routing, "the wiring filters events by channel"
        desk.completion_hooks[:] = [h for h in desk.completion_hooks if h not in routing]
        ring_sales(desk, variants, BEFORE_UPGRADE)
        desk.completion_hooks.extend(routing)
        ring_sales(desk, variants, SALES - BEFORE_UPGRADE)

        engine, sync = build_central(ctx, url=None, store_id=None)  # the embedded central
        try:
            assert sync.sync_once(force=True).pending_left == 0
        finally:
            engine.dispose()

        st = terminal_status(ctx)
        assert st["sales"]["completed"] == SALES
        assert st["pending_total"] == 0 and "inventory" not in st["outbox"]
        assert all(q["pending"] == 0 for q in st["outbox"].values())
        assert st["unrouted"] == {"inventory": BEFORE_UPGRADE}  # kept, not waiting
        with ctx.db.read() as conn:
            moves = conn.execute(text("SELECT count(*) FROM stock_movement")).scalar_one()
        assert moves == SALES  # stock still moves locally

        # The start-up sweep sets the old events aside for good.
        scheduler = housekeeping_scheduler(ctx, services, run_now=False)
        job = scheduler.get_job(OUTBOX_JOB_ID)
        result = sweep_outbox(*job.args)
        assert result is not None and result.unrouted == BEFORE_UPGRADE
        with ctx.db.read() as conn:
            left = dict(conn.execute(text(
                "SELECT status, count(*) FROM outbox WHERE topic = 'inventory' "
                "GROUP BY status")).all())
        assert left == {"unrouted": BEFORE_UPGRADE}
        st = terminal_status(ctx)
        assert st["pending_total"] == 0 and st["unrouted"] == {"inventory": BEFORE_UPGRADE}
    finally:
        ctx.close()


def test_pos_app_status_shows_nothing_waiting_without_shopify(tmp_path, capsys):
    import json

    from pos_app.app.central_commands import build_central
    from pos_app.app.cli import main
    from pos_app.app.context import open_context

    data, cfg = tmp_path / "data", tmp_path / "config.toml"
    cfg.write_text('[terminal]\nid = "T1"\n', encoding="utf-8")  # no [shopify]
    assert main(["init", "--data-dir", str(data), "--config", str(cfg)]) == 0
    ctx = open_context(data_dir=data, config_path=cfg)
    try:
        services = build_services(ctx)
        ensure_demo_store(ctx, services, n_products=80)
        with ctx.db.read() as conn:
            skus = list(conn.execute(text(
                "SELECT sku FROM variant WHERE tracked = 1 ORDER BY sku LIMIT 8")).scalars())
        ring_sales(services.desk, list(services.catalog_repo.get_by_skus(skus).values()),
                   SALES)
        engine, sync = build_central(ctx, url=None, store_id=None)
        try:
            assert sync.sync_once(force=True).pending_left == 0
        finally:
            engine.dispose()
    finally:
        ctx.close()
    capsys.readouterr()
    assert main(["status", "--json", "--data-dir", str(data), "--config", str(cfg)]) == 0
    st = json.loads(capsys.readouterr().out)
    assert st["sales"]["completed"] == SALES
    assert st["pending_total"] == 0 and "inventory" not in st["outbox"]
    assert main(["status", "--data-dir", str(data), "--config", str(cfg)]) == 0
    out = capsys.readouterr().out
    assert "Sync queue       0 pending" in out
    assert not [ln for ln in out.splitlines() if ln.strip().startswith("inventory")], out


def test_the_terminal_scheduler_has_every_housekeeping_job_once_and_coalesced(tmp_path):
    from pos_app.app.wiring import housekeeping_scheduler
    from pos_app.jobs.housekeeping import CHECKPOINT_JOB_ID, COMPACT_JOB_ID, PARK_JOB_ID

    ctx = _context(tmp_path)
    try:
        scheduler = housekeeping_scheduler(ctx, build_services(ctx), run_now=False)
        scheduler.start(paused=True)  # job defaults apply once jobs reach the store
        try:
            jobs = {j.id: j for j in scheduler.get_jobs()}
        finally:
            scheduler.shutdown(wait=False)
    finally:
        ctx.close()
    assert set(jobs) == {PARK_JOB_ID, COMPACT_JOB_ID, OUTBOX_JOB_ID, CHECKPOINT_JOB_ID}
    for job in jobs.values():
        assert job.max_instances == 1 and job.coalesce is True
        assert job.misfire_grace_time == 300
