"""From an empty data directory and a Shopify shop to the first sale at central and
Shopify's stock, with the documented commands only (README "First run"): `init` with
the owner, `tax-class set`, `shopify connect`, `central init` + `central connect`,
`staff add`, `shift open`, one sale rung by keys in the real counter window on this data
directory, `reconcile --once` and `sync --once`. No Python acts on the store but the
window's keys; the result is judged at the emulator and the real PostgreSQL."""

from __future__ import annotations

import io
import tomllib
import uuid

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import create_engine, text

from pos_app.adapters.shopify_emulator import ShopifyEmulator
from pos_app.adapters.shopify_emulator.seed import seed_demo
from pos_app.app.cli import main
from tests.integration.central_fixtures import _url_for
from tests.integration.test_central_setup_cli import empty_database  # noqa: F401 - fixture
from tests.memory_keyring import memory_keyring

TOKEN = "shpat_first_run"
OWNER_PIN, CASHIER_PIN = "5820", "7391"


@pytest.fixture
def shop():
    emu = ShopifyEmulator(tokens={TOKEN: "standard"})
    seed_demo(emu.state)
    emu.start()
    yield emu
    emu.stop()


def run(monkeypatch, argv: list[str], stdin: str = "") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(argv)


def ring_one_sale(qtbot, data, config, code: str) -> int:
    """The cashier signs in at the real counter window on this data directory, types one
    item's code, F12, Enter (cash, exact), and the sale completes: its receipt number."""
    from pos_app.app.context import open_context
    from pos_app.app.wiring import build_services
    from pos_app.ui.app_window import CounterWindow
    from pos_app.ui.checkout import Step
    from pos_app.ui.worker import DbWorker

    ctx = open_context(data_dir=data, config_path=config)
    worker = DbWorker()
    try:
        services = build_services(ctx)
        win = CounterWindow(counter=services.counter, worker=worker,
                            store_name=ctx.settings.store.name,
                            terminal_id=ctx.settings.terminal_id,
                            currency=ctx.settings.store.currency)
        win.resize(1366, 768)
        win.show()
        try:
            qtbot.waitUntil(lambda: win.login.staff.count() > 0, timeout=10_000)
            qtbot.keyClicks(win.login.pin, "Cara")
            qtbot.keyClicks(win.login.pin, CASHIER_PIN)
            qtbot.keyClick(win.login.pin, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: win.stack.currentWidget() is win.sale
                            and win.sale.view is not None, timeout=10_000)
            qtbot.keyClicks(win.sale.scan, code)
            qtbot.keyClick(win.sale.scan, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
            qtbot.waitUntil(lambda: win.sale.cart.rowCount() == 1, timeout=10_000)
            qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
            qtbot.keyClick(win.focusWidget(), Qt.Key.Key_F12)
            qtbot.waitUntil(lambda: win.stack.currentWidget() is win.checkout
                            and win.focusWidget() is win.checkout.amount, timeout=10_000)
            qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
            qtbot.keyClick(win.focusWidget(), Qt.Key.Key_F1)  # exactly what is due, in cash
            qtbot.waitUntil(lambda: win.checkout.tenders.count() == 1, timeout=10_000)
            qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
            qtbot.keyClick(win.focusWidget(), Qt.Key.Key_Return)  # paid in full: complete
            qtbot.waitUntil(lambda: win.checkout.step is Step.DONE, timeout=10_000)
            qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
        finally:
            win.close()
            win.deleteLater()
        with ctx.db.read() as conn:
            return int(conn.execute(text(
                "SELECT receipt_no FROM sale WHERE status = 'completed'")).scalar_one())
    finally:
        worker.shutdown()
        ctx.close()


def test_first_sale_from_an_empty_data_dir_with_the_documented_commands(
        qtbot, shop, empty_database, tmp_path, monkeypatch, capsys):  # noqa: F811
    db, roles = empty_database
    for name in ("POS_APP_SHOPIFY_TOKEN", "POS_APP_CENTRAL_PASSWORD", "POS_APP_STAFF_PIN",
                 "POS_APP_NEW_PIN", "POS_APP_CENTRAL_ADMIN_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    data, config = tmp_path / "data", tmp_path / "config.toml"
    config.write_text('[store]\nname = "Corner Shop"\n\n[printer]\ndevice = "file:'
                      + (tmp_path / "printer.bin").as_posix() + '"\n', encoding="utf-8")
    common = ["--data-dir", str(data), "--config", str(config)]
    admin_url = _url_for(db)
    role = f"pos_t_{uuid.uuid4().hex[:12]}"
    roles.append(role)
    item = next(i for i in shop.state.items.values() if i.sku == "TEE-M")
    main_street = next(loc.id for loc in shop.state.locations.values()
                       if loc.name == "Main Street")
    stock_before = shop.state.levels[(item.id, main_street)].quantity("available")

    with memory_keyring() as keys:
        assert run(monkeypatch, ["init", *common, "--store-id", "s1", "--owner-name",
                                 "Olivia Owner", "--owner-pin-stdin"], OWNER_PIN + "\n") == 0
        assert run(monkeypatch, ["tax-class", "set", "standard", *common, "--as-owner",
                                 "--rate", "sales:8.25:Sales tax"]) == 0
        assert run(monkeypatch, ["tax-class", "set", "exempt", *common, "--as-owner"]) == 0
        assert run(monkeypatch, ["shopify", "connect", *common, "--shop",
                                 shop.url.removeprefix("http://"), "--location",
                                 "Main Street", "--token-stdin"], TOKEN + "\n") == 0
        assert "Catalog          7 variants read" in capsys.readouterr().out
        assert run(monkeypatch, ["central", "init", "--admin-url", admin_url]) == 0
        assert run(monkeypatch, ["central", "connect", *common, "--url",
                                 _url_for(db, role), "--store-id", "s1", "--admin-url",
                                 admin_url]) == 0
        assert run(monkeypatch, ["staff", "add", "Cara Cashier", "--role", "cashier",
                                 *common, "--as-owner", "--manager-pin-stdin"],
                   CASHIER_PIN + "\n") == 0
        assert run(monkeypatch, ["shift", "open", *common, "--staff", "Cara Cashier",
                                 "--pin-stdin", "--float", "100.00"], CASHIER_PIN + "\n") == 0
        capsys.readouterr()

        receipt_no = ring_one_sale(qtbot, data, config, "TEE-M")
        assert receipt_no == 1

        assert run(monkeypatch, ["reconcile", "--once", *common]) == 0
        assert run(monkeypatch, ["sync", "--once", *common]) == 0
        # Only secrets in the keyring: the token and the role's password, never the file.
        assert keys.items[("pos_app.central", role)] not in config.read_text()
        assert TOKEN not in config.read_text()

    written = tomllib.loads(config.read_text(encoding="utf-8"))
    assert written["central"]["store_id"] == "s1"
    assert written["shopify"]["location"] == "Main Street"
    assert shop.state.levels[(item.id, main_street)].quantity("available") \
        == stock_before - 1
    engine = create_engine(admin_url)
    try:
        with engine.connect() as conn:
            events = conn.execute(text(
                "SELECT store_id, terminal_id, topic, payload FROM terminal_event "
                "ORDER BY seq")).all()
            staff = set(conn.execute(text("SELECT name FROM staff")).scalars())
    finally:
        engine.dispose()
    sales = [e for e in events if e[2] == "sale"]
    assert {(e[0], e[1]) for e in events} == {("s1", "T1")}
    assert len(sales) == 1
    sale = sales[0][3]  # the tee at 19.99 with the 8.25 % class set above
    assert (sale["receipt_no"], sale["total"], sale["tax"]) == (1, 2164, 165)
    assert {"Olivia Owner", "Cara Cashier"} <= staff
