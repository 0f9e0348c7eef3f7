"""Demo mode's own Shopify: the emulator seeded from the demo store's generator, the
terminal's real sync against it over loopback HTTP, the counter selling through it, and
the counter still selling when it cannot start. No mocks: real sockets, real SQLite."""

from __future__ import annotations

import socket
import threading
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path

import pytest
from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, JobExecutionEvent
from apscheduler.schedulers.background import BackgroundScheduler
from sqlalchemy import text

from pos_app.adapters.shopify_emulator.state import gid
from pos_app.app.context import AppContext, open_context
from pos_app.app.demo_shopify import (
    DemoShopify,
    DemoShopifyOptions,
    start_demo_shopify,
)
from pos_app.app.wiring import (
    Services,
    build_services,
    ensure_demo_store,
    pricing_rules,
    terminal_status,
)
from pos_app.domain.catalog import Variant
from pos_app.domain.money import Money
from pos_app.domain.sale import TenderKind
from pos_app.jobs.inventory_sync import SYNC_JOB_ID
from pos_app.services.demo_data import (
    DEMO_STAFF,
    DEMO_TAX_CLASSES,
    DEMO_WAREHOUSE,
    STAFF_PICKS,
    demo_catalog,
    demo_collections,
    demo_shop,
    gid_number,
)
from pos_app.services.inventory_reconciler import PassOutcome, PassSummary
from tests.integration.catalog_fixtures import fast_hasher

N_PRODUCTS = 150
QUIET = DemoShopifyOptions(n_products=N_PRODUCTS, online_events_per_second=0)


@dataclass
class Terminal:
    ctx: AppContext
    services: Services

    def pin(self, role: str) -> str:
        return next(p.pin for p in DEMO_STAFF if p.role.value == role)

    def login(self, role: str) -> None:
        """Sign in at the counter as the demo person of `role` (chosen, then PIN)."""
        person = next(p for p in DEMO_STAFF if p.role.value == role)
        staff_id = next(s.id for s in self.services.staff.list_staff()
                        if s.name == person.name)
        self.services.counter.login(person.pin, staff_id)

    def variants(self) -> list[tuple[str, str, str | None, str]]:
        with self.ctx.db.read() as conn:
            return [tuple(r) for r in conn.execute(text(
                "SELECT id, sku, barcode, tax_class FROM variant ORDER BY sku"))]

    def close(self) -> None:
        self.ctx.close()


def old_ids(v: Variant) -> Variant:
    """A demo variant as a store seeded before demo ids were Shopify's holds it."""
    return replace(v, id=str(uuid.uuid5(uuid.NAMESPACE_URL, v.sku)),
                   product_id=str(uuid.uuid5(uuid.NAMESPACE_URL, "p:" + v.product_id)))


def make_terminal(tmp: Path, *, seeded_as: Callable[[Variant], Variant] | None = None,
                  config: str = "") -> Terminal:
    """A demo terminal as `pos-app run --demo` builds it (with cheap PIN hashing).
    `seeded_as`: how its catalog differs from today's demo seed."""
    tmp.mkdir(parents=True, exist_ok=True)
    cfg = tmp / "config.toml"
    cfg.write_text('[terminal]\nid = "T1"\n\n[printer]\ndevice = "dummy"\n' + config,
                   encoding="utf-8")
    ctx = open_context(data_dir=tmp / "data", config_path=cfg, demo=True)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("pos_app.app.wiring.pin_hasher", lambda _ctx: fast_hasher())
        services = build_services(ctx)
    if seeded_as is not None:
        for tax_class in DEMO_TAX_CLASSES:
            services.catalog_repo.upsert_tax_class(tax_class)
        services.catalog_repo.upsert_variants([seeded_as(v) for v in demo_catalog(N_PRODUCTS)])
    ensure_demo_store(ctx, services, n_products=N_PRODUCTS)
    if seeded_as is not None:
        for person in DEMO_STAFF:
            services.staff.add_staff(person.name, person.role, person.pin)
        services.desk.rules = pricing_rules(ctx, services.catalog_repo)
    manager = next(s for s in services.staff.list_staff() if s.role.value == "manager")
    services.shifts.open_shift(manager.id, 15000)
    return Terminal(ctx, services)


@pytest.fixture(autouse=True, scope="module")
def no_keyring() -> Iterator[None]:
    """The demo's token is handed over directly: any keyring read is a failure."""
    def refuse(*_args: object) -> str:
        raise AssertionError("demo mode read the OS keyring")

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("pos_app.adapters.shopify.token._system_keyring_get", refuse)
        mp.delenv("POS_APP_SHOPIFY_TOKEN", raising=False)
        yield


@dataclass
class Demo:
    terminal: Terminal
    shop: DemoShopify
    seeded: list[tuple[str, str, str | None, str]]  # the local catalog before any sync
    first: PassSummary

    @property
    def reconciler(self):
        assert self.shop.sync is not None
        return self.shop.sync.reconciler

    def shopify(self, sku: str, name: str = "available") -> int:
        state = self.shop.emulator.state
        loc = int(self.shop.location_id.rsplit("/", 1)[1])
        with state.lock:
            return state.levels[(state.item_by_sku[sku], loc)].quantity(name)

    def stocked(self, n: int, *, skip: int = 0, at_least: int = 4) -> list[str]:
        """Tracked SKUs with a barcode and some stock at Main Street."""
        skus = [v.sku for v in demo_catalog(N_PRODUCTS) if v.tracked and v.barcode
                and self.shopify(v.sku) >= at_least]
        return skus[skip:skip + n]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, no_keyring: None) -> Iterator[Demo]:
    terminal = make_terminal(tmp_path_factory.mktemp("demo"))
    shop = DemoShopify(terminal.ctx, terminal.services, BackgroundScheduler(), QUIET)
    try:
        assert shop.start(), shop.error
        seeded = terminal.variants()
        assert shop.sync is not None
        first = shop.sync.reconciler.run_once()
        yield Demo(terminal, shop, seeded, first)
    finally:
        shop.close()
        terminal.close()


def ring_up(terminal: Terminal, barcode: str, quantity: int) -> int:
    counter = terminal.services.counter
    terminal.login("cashier")
    view = counter.scan(barcode, quantity)
    counter.add_tender(TenderKind.CASH, view.remaining_minor)
    return counter.complete().receipt_no


# ---- one shared seed -----------------------------------------------------------------


def test_the_demo_shop_lists_exactly_the_local_demo_catalog(demo: Demo) -> None:
    state = demo.shop.emulator.state
    local = demo.terminal.services.catalog_repo.get_by_skus(list(state.item_by_sku))
    assert set(state.item_by_sku) == set(local) == {v.sku for v in demo_catalog(N_PRODUCTS)}
    for v in state.variants.values():
        mine, product = local[v.sku], state.products[v.product_id]
        title = product.title if v.title == "Default Title" else f"{product.title} / {v.title}"
        assert (mine.id, mine.product_id) == (gid("ProductVariant", v.id),
                                              gid("Product", v.product_id))
        assert (mine.barcode, mine.title, mine.product_type, mine.vendor) == \
            (v.barcode, title, product.product_type, product.vendor)
        assert mine.price_minor == Money.parse(v.price, "USD").minor
        assert mine.tracked == state.items[v.item_id].tracked
        assert v.taxable == (mine.tax_class != "exempt")
    # Stock at Main Street for every tracked variant, none for loose produce.
    main = {lv.item_id for lv in state.levels.values()
            if state.locations[lv.location_id].name == "Main Street"}
    assert {state.items[i].sku for i in main} == {v.sku for v in local.values() if v.tracked}
    assert all(lv.quantity("available") >= 1 for lv in state.levels.values())


def test_the_shared_seed_is_the_same_on_every_run() -> None:
    first, again = demo_shop(40), demo_shop(40)
    assert first == again
    listings = [x for p in first for x in p.listings]
    assert [x.variant for x in listings] == demo_catalog(40)
    assert {name for x in listings for name in x.stock} == {"Main Street", DEMO_WAREHOUSE}


def test_one_pass_leaves_one_row_per_sku_with_ids_and_tax_classes_kept(demo: Demo) -> None:
    s = demo.first
    assert s.outcome is PassOutcome.OK, s.message
    assert s.variants_seen == len(demo.seeded)
    assert (s.catalog_inserted, s.catalog_updated) == (0, 0)  # the shop agreed to the byte
    assert demo.terminal.variants() == demo.seeded  # ids, barcodes, food tax class: as seeded
    rows = demo.terminal.variants()
    assert len(rows) == len({r[1] for r in rows}) == len(demo_catalog(N_PRODUCTS))
    barcodes = Counter(r[2] for r in rows if r[2])
    assert barcodes.most_common(1)[0][1] == 1
    assert {r[3] for r in rows} == {"standard", "food", "exempt"}
    tracked = [v.sku for v in demo_catalog(N_PRODUCTS) if v.tracked]
    assert s.levels_updated == len(tracked)
    assert demo.reconciler.sellable(tracked[0]) == demo.shopify(tracked[0])


def test_one_pass_brings_the_demo_collections_into_product_collection(demo: Demo) -> None:
    expected = demo_collections(demo_shop(N_PRODUCTS))
    assert [c.title for c in expected] == [STAFF_PICKS, "Summer", "Coffee Corner",
                                           "Back to School"]
    assert all(c.product_ids for c in expected)
    assert demo.first.collections_read == len(expected)
    state = demo.shop.emulator.state
    assert sorted(c.title for c in state.collections.values()) == sorted(
        c.title for c in expected)
    with demo.terminal.ctx.db.read() as conn:
        rows = set(conn.execute(text("SELECT product_id, collection FROM product_collection")))
    assert rows == {(pid, c.title) for c in expected for pid in c.product_ids}
    # Keyed by the products the local catalog holds: every member is a local product.
    with demo.terminal.ctx.db.read() as conn:
        local_products = {r[0] for r in conn.execute(text("SELECT id FROM product"))}
    assert {pid for pid, _ in rows} <= local_products


def test_a_staff_pick_sale_earns_the_collection_spiff(demo: Demo) -> None:
    from pos_app.adapters.sqlite.central_outbox import SqliteSyncOutbox
    from pos_app.app.backoffice import DEMO_PLANS
    from pos_app.domain.commission import digest
    from pos_app.services.central_sync import PulledPlan

    (plan,) = [p for p in DEMO_PLANS if p.spiffs]  # the floor staff's plan
    assert any(sp.match.collection == STAFF_PICKS and sp.amount_per_unit == 100
               for sp in plan.spiffs)
    body = plan.body_json()
    SqliteSyncOutbox(demo.terminal.ctx.db).apply_plans(
        [PulledPlan(plan.id, plan.store_id, 1, digest(body), body)], "2026-11-27T09:00:00Z")
    # The plan's other spiffs are by product type: compare items outside those types.
    paid_types = {sp.match.product_type for sp in plan.spiffs if sp.match.collection is None}
    picks = {pid for c in demo_collections(demo_shop(N_PRODUCTS)) if c.title == STAFF_PICKS
             for pid in c.product_ids}

    def one(*, pick: bool) -> Variant:
        return next(v for v in demo_catalog(N_PRODUCTS)
                    if v.tracked and v.barcode and (v.product_id in picks) == pick
                    and v.product_type not in paid_types and demo.shopify(v.sku) >= 4)

    def spiff_of(sku: str) -> int:
        with demo.terminal.ctx.db.read() as conn:
            return int(conn.execute(text(
                "SELECT spiff_part FROM commission_record WHERE sku = :s AND kind = 'sale' "
                "ORDER BY rowid DESC LIMIT 1"), {"s": sku}).scalar_one())

    pick, plain = one(pick=True), one(pick=False)
    ring_up(demo.terminal, pick.barcode, 2)
    ring_up(demo.terminal, plain.barcode, 2)
    assert spiff_of(pick.sku) == 2 * 100  # $1.00 a unit: it is a Staff Pick
    assert spiff_of(plain.sku) == 0
    # Send the two sales now, so the tests after this one start from a quiet outbox.
    assert demo.reconciler.run_once().pushed_events == 2


def test_a_counter_sale_lowers_shopify_available_by_exactly_what_was_sold(demo: Demo) -> None:
    (sku,) = demo.stocked(1)
    barcode = demo.terminal.services.catalog_repo.get_by_skus([sku])[sku].barcode
    before, online_before = demo.shopify(sku), demo.shopify(sku, "committed")
    ring_up(demo.terminal, barcode, 3)
    assert demo.reconciler.sellable(sku) == before - 3  # counted locally at once
    s = demo.reconciler.run_once()
    assert s.outcome is PassOutcome.OK and s.pushed_events == 1, s.lines()
    assert demo.shopify(sku) == before - 3
    assert demo.shopify(sku, "committed") == online_before
    assert demo.reconciler.run_once().pushed_events == 0  # sent once, never again
    assert demo.shopify(sku) == before - 3 == demo.reconciler.sellable(sku)


def test_an_online_order_shows_in_the_sellable_estimate_after_the_next_pass(
        demo: Demo) -> None:
    (sku,) = demo.stocked(1, skip=1)
    before = demo.reconciler.sellable(sku)
    assert before == demo.shopify(sku)
    assert demo.shop.online is not None
    assert demo.shop.online.place_order(sku, 2) is not None
    assert demo.reconciler.sellable(sku) == before  # the terminal cannot know yet
    s = demo.reconciler.run_once()
    assert s.outcome is PassOutcome.OK and s.levels_updated >= 1
    assert demo.reconciler.sellable(sku) == before - 2 == demo.shopify(sku)
    # The online store's own moves, at random, reconcile too.
    for _ in range(12):
        demo.shop.online.random_step()
    assert demo.reconciler.run_once().outcome is PassOutcome.OK
    for sku in demo.shop.online.tally.sold:
        assert demo.reconciler.sellable(sku) == demo.shopify(sku)


def test_shopify_edits_reach_the_same_local_row(demo: Demo) -> None:
    food = [v for v in demo_catalog(N_PRODUCTS) if v.tax_class == "food"][-1]
    state, catalog = demo.shop.emulator.state, demo.terminal.services.catalog_repo
    state.update_variant(gid_number(food.id), price="0.99")
    s = demo.reconciler.run_once()
    assert (s.catalog_inserted, s.catalog_updated) == (0, 1)
    mine = catalog.get_by_skus([food.sku])[food.sku]
    # Shopify's price; the terminal's reduced food rate, which Shopify cannot express.
    assert (mine.id, mine.price_minor, mine.tax_class) == (food.id, 99, "food")
    state.update_variant(gid_number(food.id), taxable=False)  # now tax-exempt in Shopify
    assert demo.reconciler.run_once().catalog_updated == 1
    assert catalog.get_by_skus([food.sku])[food.sku].tax_class == "exempt"


def test_the_status_bar_shows_the_demo_shop(demo: Demo) -> None:
    st = terminal_status(demo.terminal.ctx, shopify=demo.shop.status)
    assert st["shopify_configured"] and st["shopify_demo"]
    assert st["shopify_offline"] is None
    assert st["reconcile"]["last_success_at"]


# ---- a demo store seeded before its ids were Shopify's ----------------------------------


def test_a_store_seeded_with_older_ids_keeps_them_and_its_open_sale(tmp_path: Path) -> None:
    terminal = make_terminal(tmp_path, seeded_as=old_ids)
    shop = DemoShopify(terminal.ctx, terminal.services, BackgroundScheduler(), QUIET)
    try:
        counter = terminal.services.counter
        before = terminal.variants()
        sold_sku = next(v.sku for v in demo_catalog(N_PRODUCTS) if v.tracked and v.barcode)
        sold = terminal.services.catalog_repo.get_by_skus([sold_sku])[sold_sku]
        ring_up(terminal, sold.barcode, 1)  # a top seller: a quick key by variant id
        keys = [k.variant_id for k in counter.quick_keys()]
        assert sold.id in keys
        open_sale = counter.scan(sold.barcode)  # left open across the sync

        assert shop.start(), shop.error
        assert shop.sync is not None
        s = shop.sync.reconciler.run_once()
        assert s.outcome is PassOutcome.OK and s.catalog_inserted == 0
        after = terminal.variants()
        assert [(r[0], r[1], r[2], r[3]) for r in after] == before  # ids and classes kept
        # The top seller keeps its key; the store's first items top the rest up, and
        # every key still rings up (their order follows the products' new ids).
        now_keys = [k.variant_id for k in counter.quick_keys()]
        assert now_keys[0] == sold.id and len(now_keys) == len(keys)
        assert all(terminal.services.catalog_repo.get(k) is not None for k in now_keys)
        assert counter.current().sale_id == open_sale.sale_id
        counter.add_tender(TenderKind.CASH, counter.current().remaining_minor)
        counter.complete()
        assert shop.sync.reconciler.run_once().pushed_events == 1
    finally:
        shop.close()
        terminal.close()


# ---- when the demo shop cannot start --------------------------------------------------


def test_a_store_that_is_not_the_demo_store_gets_no_demo_shop(tmp_path: Path) -> None:
    terminal = make_terminal(tmp_path, seeded_as=lambda v: replace(v, title="Ours " + v.title))
    shop = DemoShopify(terminal.ctx, terminal.services, BackgroundScheduler(), QUIET)
    try:
        assert shop.start() is False and shop.emulator is None
        assert shop.error == "this store's catalog is not the demo catalog"
        assert shop.status()["shopify_offline"] == shop.error
    finally:
        shop.close()
        terminal.close()



def test_a_taken_port_leaves_the_counter_selling_and_shopify_shown_offline(
        tmp_path: Path, qtbot) -> None:
    from pos_app.ui.app_window import CounterWindow
    from pos_app.ui.worker import DbWorker

    terminal = make_terminal(tmp_path)
    scheduler = BackgroundScheduler()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        shop = DemoShopify(terminal.ctx, terminal.services, scheduler,
                           replace(QUIET, port=port))
        assert shop.start() is False
    try:
        assert shop.error and str(port) in shop.error
        assert shop.sync is None and scheduler.get_job(SYNC_JOB_ID) is None
        st = terminal_status(terminal.ctx, shopify=shop.status)
        assert st["shopify_configured"] and st["shopify_offline"] == shop.error
        barcode = next(v.barcode for v in demo_catalog(N_PRODUCTS) if v.barcode)
        assert ring_up(terminal, barcode, 2) == 1

        worker = DbWorker()
        win = CounterWindow(counter=terminal.services.counter, worker=worker,
                            store_name="Demo Store", terminal_id="T1",
                            status_fn=lambda: terminal_status(terminal.ctx,
                                                              shopify=shop.status))
        win.show()
        try:
            win.refresh_status()
            qtbot.waitUntil(lambda: "offline" in win.st_shopify.text(), timeout=10_000)
            assert win.st_shopify.text().startswith("Shopify (demo shop): offline")
            assert "selling continues" in win.st_shopify.text()
            assert win.st_shopify.toolTip().endswith(shop.error)  # after the whole text
        finally:
            qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
            win.close()
            win.deleteLater()
            worker.shutdown()
    finally:
        shop.close()
        terminal.close()


# ---- as `pos-app run --demo` runs it ---------------------------------------------------


def test_started_on_the_scheduler_synced_and_stopped_cleanly(tmp_path: Path) -> None:
    terminal = make_terminal(tmp_path)
    scheduler = BackgroundScheduler()
    synced = threading.Event()
    outcomes: list[JobExecutionEvent] = []

    def on_job(event: JobExecutionEvent) -> None:
        if event.job_id == SYNC_JOB_ID:
            outcomes.append(event)
            synced.set()

    scheduler.add_listener(on_job, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR)
    already = set(threading.enumerate())  # the module's demo shop is running too
    shop = start_demo_shopify(terminal.ctx, terminal.services, scheduler,
                              options=replace(QUIET, online_events_per_second=0.5),
                              delay=timedelta(0))
    assert shop is not None
    try:
        scheduler.start()
        assert shop.ready.wait(timeout=60) and shop.error is None
        assert synced.wait(timeout=60)
        assert outcomes[0].exception is None
        assert outcomes[0].retval.outcome is PassOutcome.OK, outcomes[0].retval.lines()
        assert terminal.services.counter.stock is not None
        mine = [t for t in threading.enumerate() if t not in already
                and t.name in ("shopify-emulator", "online-store")]
        assert sorted(t.name for t in mine) == ["online-store", "shopify-emulator"]
    finally:
        scheduler.shutdown(wait=True)
        shop.close()
        terminal.close()
    assert not any(t.is_alive() for t in mine)
    with pytest.raises(RuntimeError):
        _ = shop.emulator.url


def test_a_configured_shop_means_no_demo_shop(tmp_path: Path) -> None:
    terminal = make_terminal(tmp_path, config='\n[shopify]\nshop = "real-shop"\n'
                             'location = "Main Street"\n')
    try:
        scheduler = BackgroundScheduler()
        assert start_demo_shopify(terminal.ctx, terminal.services, scheduler) is None
        assert scheduler.get_jobs() == []
    finally:
        terminal.close()
