"""The first-run wizard driven by keys as an owner would, from an empty data directory:
against the Shopify emulator over HTTP and a real PostgreSQL (skipped when none is
reachable); judged by the store's database, the config file, the keyring and the
screen."""

from __future__ import annotations

import tomllib
import uuid
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QWidget
from sqlalchemy import text

from pos_app.adapters.printing.detect import FoundPrinter
from pos_app.adapters.shopify_emulator import ShopifyEmulator
from pos_app.adapters.shopify_emulator.seed import seed_demo, seed_generated
from pos_app.app.context import open_context
from pos_app.app.setup_steps import FirstRunSetup
from pos_app.domain.clock import FixedClock
from pos_app.ui.setup_wizard import SetupWizard
from tests.fake_lp import REFUSED, install_fake_lp
from tests.integration.central_fixtures import _url_for
from tests.integration.test_central_setup_cli import empty_database  # noqa: F401 - fixture
from tests.memory_keyring import memory_keyring
from tests.printer_server import LoopbackPrinter
from tests.ui.test_error_language import spanish  # noqa: F401 - fixture

TOKEN = "shpat_wizard"
CLOCK = FixedClock(datetime(2026, 12, 6, 15, 45, tzinfo=UTC))


@pytest.fixture
def shop():
    emu = ShopifyEmulator(tokens={TOKEN: "standard"})
    seed_demo(emu.state)
    emu.start()
    yield emu
    emu.stop()


@pytest.fixture
def keys_kept():
    with memory_keyring() as memory:
        yield memory


@pytest.fixture
def till(tmp_path, monkeypatch):
    for name in ("POS_APP_SHOPIFY_TOKEN", "POS_APP_CENTRAL_PASSWORD",
                 "POS_APP_CENTRAL_ADMIN_PASSWORD", "TZ"):
        monkeypatch.delenv(name, raising=False)
    data, config = tmp_path / "data", tmp_path / "config.toml"
    config.write_text('[store]\nname = "Corner Shop"\n', encoding="utf-8")
    return data, config


def open_wizard(qtbot, till, *, printers=(), setup: type[FirstRunSetup] = FirstRunSetup) \
        -> tuple[SetupWizard, FirstRunSetup]:
    """The wizard on `till` (set up by `setup`); printer detection finds `printers` (never
    the machine's)."""
    data, config = till
    first_run = setup(data_dir=data, config_path=config, clock=CLOCK,
                      detect=lambda: list(printers))
    wiz = SetupWizard(first_run)
    qtbot.addWidget(wiz)
    wiz.show()
    qtbot.waitExposed(wiz)
    return wiz, first_run


def press(qtbot, wiz, typed: str = "", *then: Qt.Key) -> None:
    """Type into whatever has the focus, then press each key there."""
    if typed:
        qtbot.keyClicks(wiz.focusWidget(), typed)
    for key in then:
        qtbot.keyClick(wiz.focusWidget(), key)


def settled(qtbot, wiz, step: str | None = None) -> None:
    qtbot.waitUntil(lambda: not wiz.busy and not wiz.worker.busy, timeout=30_000)
    if step is not None:
        assert wiz.step == step, wiz.message.text()


def to_tested_shop(qtbot, wiz, url: str) -> None:
    """By keys from the first step: the store as shown, an 8 % tax, no owner, then the
    shop's address and token tested; the Shopify step waits for Enter to connect."""
    press(qtbot, wiz, "", Qt.Key.Key_F8)
    settled(qtbot, wiz, "tax")
    press(qtbot, wiz, "8", Qt.Key.Key_Return)
    settled(qtbot, wiz, "owner")
    press(qtbot, wiz, "", Qt.Key.Key_F8)
    settled(qtbot, wiz, "shopify")
    press(qtbot, wiz, url, Qt.Key.Key_Tab)
    press(qtbot, wiz, TOKEN, Qt.Key.Key_Return)
    settled(qtbot, wiz, "shopify")


def replace_text(qtbot, wiz, value: str) -> None:
    wiz.focusWidget().selectAll()
    press(qtbot, wiz, value)


def test_every_step_by_keys_to_a_store_connected_to_shopify_and_central(
        qtbot, till, shop, keys_kept, empty_database):  # noqa: F811
    db, roles = empty_database
    admin_url = _url_for(db)
    role = f"pos_t_{uuid.uuid4().hex[:12]}"
    roles.append(role)
    data, config = till
    wiz, setup = open_wizard(qtbot, till)
    assert wiz.step == "store" and wiz.focusWidget() is wiz.store_name

    # Store and till: the name typed over the default, the zone given; Enter.
    replace_text(qtbot, wiz, "Corner Shop Main")
    wiz.timezone.setFocus()
    replace_text(qtbot, wiz, "America/Chicago")
    press(qtbot, wiz, "", Qt.Key.Key_Return)
    settled(qtbot, wiz, "tax")
    assert setup.has_store()

    # Taxes: 8.25 %, prices without tax, per line; Enter.
    press(qtbot, wiz, "8.25", Qt.Key.Key_Return)
    settled(qtbot, wiz, "owner")

    # The owner: name, Enter, PIN, Enter, PIN again, Enter.
    press(qtbot, wiz, "Olivia Owner", Qt.Key.Key_Return)
    assert wiz.focusWidget() is wiz.owner_pin
    press(qtbot, wiz, "5820", Qt.Key.Key_Return)
    assert wiz.focusWidget() is wiz.owner_again
    press(qtbot, wiz, "5820", Qt.Key.Key_Return)
    settled(qtbot, wiz, "shopify")

    # Shopify: the shop pasted without a scheme, the token, Enter tests and lists the
    # locations; Down picks the second... back Up to Main Street; Enter connects.
    press(qtbot, wiz, shop.url.removeprefix("http://"), Qt.Key.Key_Tab)
    press(qtbot, wiz, TOKEN, Qt.Key.Key_Return)
    settled(qtbot, wiz, "shopify")
    assert "POS Emulator" in wiz.message.text()
    assert wiz.focusWidget() is wiz.locations and wiz.locations.count() == 2
    press(qtbot, wiz, "", Qt.Key.Key_Down, Qt.Key.Key_Up)
    assert wiz.locations.currentItem().text().startswith("Main Street")
    # Each location by its name, not its raw Shopify id (gid://shopify/Location/…).
    assert [wiz.locations.item(r).text() for r in range(2)] == ["Main Street", "Warehouse"]
    press(qtbot, wiz, "", Qt.Key.Key_Return)
    settled(qtbot, wiz, "central")
    assert "Catalog          7 variants read" in "\n".join(wiz.reports["shopify"])
    # The pull's progress ended at the whole count, and the summary says it in place.
    assert wiz.pulled == (7, 7)
    assert "Catalog pulled: 7 of 7 products." in wiz.message.text()

    # Central: this till's URL, the store id (filled in), the owner's URL; Enter.
    press(qtbot, wiz, _url_for(db, role), Qt.Key.Key_Tab)
    assert wiz.central_store.text() == "S1"
    press(qtbot, wiz, "", Qt.Key.Key_Tab)
    press(qtbot, wiz, admin_url, Qt.Key.Key_Return)
    settled(qtbot, wiz, "printer")
    assert f"Terminal role    {role}" in "\n".join(wiz.reports["central"])

    # Printer: a file stands for the device; Enter prints the test page.
    printed = data.parent / "printer.bin"
    press(qtbot, wiz, f"file:{printed.as_posix()}", Qt.Key.Key_Return)
    settled(qtbot, wiz, "done")
    assert b"Corner Shop Main\n" in printed.read_bytes()  # the test page, the store's name
    assert "skipped" not in wiz.summary.text()
    press(qtbot, wiz, "", Qt.Key.Key_Return)
    assert wiz.result() == SetupWizard.DialogCode.Accepted

    written = tomllib.loads(config.read_text(encoding="utf-8"))
    assert written["store"]["name"] == "Corner Shop Main"
    assert written["store"]["timezone"] == "America/Chicago"
    assert (written["store"]["prices_include_tax"], written["store"]["tax_rounding"],
            written["store"]["cash_rounding"]) == (False, "per_line", 1)
    assert written["shopify"]["location"] == "Main Street"
    assert written["central"] == {"url": _url_for(db, role), "store_id": "S1"}
    assert written["printer"]["device"] == f"file:{printed.as_posix()}"
    assert TOKEN not in config.read_text(encoding="utf-8")
    assert keys_kept.items[("pos_app", f"shopify:{shop.url.removeprefix('http://')}")] \
        == TOKEN
    ctx = open_context(data_dir=data, config_path=config)
    try:
        with ctx.db.read() as conn:
            classes = dict(conn.execute(text("SELECT code, name FROM tax_class")).all())
            staff = conn.execute(text("SELECT name, role FROM staff")).all()
            variants = conn.execute(text("SELECT count(*) FROM variant")).scalar_one()
    finally:
        ctx.close()
    assert set(classes) == {"standard", "exempt"}
    assert [tuple(r) for r in staff] == [("Olivia Owner", "owner")]
    assert variants == 7


def test_a_wrong_token_and_a_wrong_shop_are_said_in_place(qtbot, till, shop, keys_kept):
    wiz, _setup = open_wizard(qtbot, till)
    for _ in range(3):  # the store with what is shown, no taxes, no owner
        press(qtbot, wiz, "", Qt.Key.Key_F8)
        settled(qtbot, wiz)
    assert wiz.step == "shopify"
    press(qtbot, wiz, shop.url, Qt.Key.Key_Tab)
    press(qtbot, wiz, "shpat_wrong", Qt.Key.Key_Return)
    settled(qtbot, wiz, "shopify")
    said = wiz.message.text()
    assert "401" in said and "POS_APP_SHOPIFY_TOKEN" in said
    assert wiz.message.property("role") == "error" and wiz.locations.count() == 0
    wiz.shop.setFocus()
    replace_text(qtbot, wiz, "my shop")
    press(qtbot, wiz, "", Qt.Key.Key_Return)
    settled(qtbot, wiz, "shopify")
    assert "admin.shopify.com/store/my-shop" in wiz.message.text()
    assert keys_kept.items == {}  # nothing stored by a refused connect


def test_taxes_included_rounded_on_the_total_and_two_different_pins_said_in_place(
        qtbot, till):
    data, config = till
    wiz, _setup = open_wizard(qtbot, till)
    press(qtbot, wiz, "", Qt.Key.Key_F8)  # the store as shown
    settled(qtbot, wiz, "tax")
    press(qtbot, wiz, "19", Qt.Key.Key_Tab, Qt.Key.Key_Tab)  # rate, name, the check box
    assert wiz.focusWidget() is wiz.includes_tax
    press(qtbot, wiz, "", Qt.Key.Key_Space, Qt.Key.Key_Tab, Qt.Key.Key_Down, Qt.Key.Key_Tab)
    replace_text(qtbot, wiz, "5")
    press(qtbot, wiz, "", Qt.Key.Key_Return)
    settled(qtbot, wiz, "owner")
    store = tomllib.loads(config.read_text(encoding="utf-8"))["store"]
    assert (store["prices_include_tax"], store["tax_rounding"], store["cash_rounding"]) \
        == (True, "per_total", 5)
    press(qtbot, wiz, "Olivia Owner", Qt.Key.Key_Return)
    press(qtbot, wiz, "5820", Qt.Key.Key_Return)
    press(qtbot, wiz, "5821", Qt.Key.Key_Return)
    settled(qtbot, wiz, "owner")
    assert "The two PINs differ" in wiz.message.text()
    assert wiz.message.property("role") == "error"
    ctx = open_context(data_dir=data, config_path=config)
    try:
        with ctx.db.read() as conn:
            assert conn.execute(text("SELECT count(*) FROM staff")).scalar_one() == 0
            rate = conn.execute(text("SELECT rate FROM tax_rate")).scalars().all()
    finally:
        ctx.close()
    assert [str(r) for r in rate] in (["0.19"], ["0.1900"], ["0.190000"])


def test_skipping_every_step_leaves_a_working_offline_store(qtbot, till):
    data, config = till
    wiz, setup = open_wizard(qtbot, till)
    while wiz.step != "done":
        press(qtbot, wiz, "", Qt.Key.Key_F8)
        settled(qtbot, wiz)
    assert wiz.summary.text().count("skipped") == 5
    press(qtbot, wiz, "", Qt.Key.Key_Return)
    assert setup.has_store()
    from pos_app.app.cli import main

    assert main(["status", "--data-dir", str(data), "--config", str(config)]) == 0
    assert "shopify" not in tomllib.loads(config.read_text(encoding="utf-8"))


def test_every_control_is_named_and_a_touch_target(qtbot, till):
    wiz, _setup = open_wizard(qtbot, till)
    for index in range(wiz.stack.count()):
        wiz.show_step(index)
        page = wiz.stack.currentWidget()
        controls = [*page.findChildren(QWidget), wiz.go_button, wiz.skip_button,
                    wiz.later_button]
        for w in controls:
            takes_keys = bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus)
            if not w.isVisibleTo(wiz) or not (takes_keys or isinstance(w, QAbstractButton)):
                continue
            if w.parent() is not None and w.parent().metaObject().className() == "QComboBox":
                continue  # the combo box's own line edit: the combo box is named
            assert w.accessibleName(), (wiz.step, w)
            assert max(w.height(), w.minimumHeight()) >= 44, (wiz.step, w)


def test_run_opens_the_wizard_only_on_a_till_with_no_store(qtbot, till, monkeypatch):
    """`pos-app run`'s first step (app/gui.py): the till's data directory with no
    store, the wizard (here skipped through by F8 as soon as it shows); the demo never
    sees it, nor a --data-dir typed on the command line; a store never again."""
    from pos_app.app.setup_steps import first_run

    data, config = till
    shown: list[SetupWizard] = []

    def exec_(wiz: SetupWizard) -> int:
        shown.append(wiz)
        while wiz.step != "done":
            qtbot.keyClick(wiz.focusWidget() or wiz, Qt.Key.Key_F8)
            settled(qtbot, wiz)
        wiz.accept()
        return 1

    monkeypatch.setattr(SetupWizard, "exec", exec_)
    # A --data-dir typed on the command line is never set up by surprise (a typo).
    assert first_run(data_dir=data, config_path=config, demo=False) is True
    monkeypatch.setenv("POS_APP_DATA_DIR", str(data))  # the till's own directory
    assert first_run(data_dir=None, config_path=config, demo=True) is True
    assert shown == [] and not FirstRunSetup(data_dir=data, config_path=config).has_store()
    assert first_run(data_dir=None, config_path=config, demo=False) is True
    assert len(shown) == 1 and FirstRunSetup(data_dir=data, config_path=config).has_store()
    assert first_run(data_dir=None, config_path=config, demo=False) is True
    assert len(shown) == 1  # a store: straight to the counter


class PausedBeforePull(FirstRunSetup):
    """Holds the Shopify step at its safe point (before the catalog pull) until the
    wizard's cancel, as a slow pull would be when Esc is pressed."""

    def connect_shop(self, check, token, location, cancelled=lambda: False, progress=None):
        cancelled.__self__.wait(20)  # the wizard's cancel event
        return super().connect_shop(check, token, location, cancelled, progress)


def test_esc_during_the_shopify_step_cancels_safely(qtbot, till, shop, keys_kept):
    data, config = till
    setup = PausedBeforePull(data_dir=data, config_path=config, detect=list)
    wiz = SetupWizard(setup)
    qtbot.addWidget(wiz)
    wiz.show()
    qtbot.waitExposed(wiz)
    for _ in range(3):  # the store as shown, no taxes, no owner
        press(qtbot, wiz, "", Qt.Key.Key_F8)
        settled(qtbot, wiz)
    press(qtbot, wiz, shop.url, Qt.Key.Key_Tab)
    press(qtbot, wiz, TOKEN, Qt.Key.Key_Return)
    settled(qtbot, wiz, "shopify")
    # Without the tax classes Shopify's products use, the pull would stop: said first.
    assert "'standard' and 'exempt'" in wiz.message.text() and "PgUp" in wiz.message.text()
    press(qtbot, wiz, "", Qt.Key.Key_PageUp, Qt.Key.Key_PageUp)
    assert wiz.step == "tax"
    press(qtbot, wiz, "7", Qt.Key.Key_Return)
    settled(qtbot, wiz, "owner")
    press(qtbot, wiz, "", Qt.Key.Key_F8)
    settled(qtbot, wiz, "shopify")
    wiz.token.setFocus()
    press(qtbot, wiz, "", Qt.Key.Key_Return)  # tests again: the locations
    settled(qtbot, wiz, "shopify")
    assert wiz.locations.count() == 2
    press(qtbot, wiz, "", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wiz.busy and wiz.progress.isVisible(), timeout=5_000)
    assert wiz.cancel_button.isVisible() and not wiz.go_button.isEnabled()
    press(qtbot, wiz, "", Qt.Key.Key_Escape)  # cancels the step, the wizard stays open
    assert wiz.isVisible() and "Cancelling" in wiz.message.text()
    settled(qtbot, wiz, "central")
    assert "not pulled (cancelled)" in "\n".join(wiz.reports["shopify"])
    assert "shopify" in tomllib.loads(config.read_text(encoding="utf-8"))
    ctx = open_context(data_dir=data, config_path=config)
    try:
        with ctx.db.read() as conn:
            assert conn.execute(text("SELECT count(*) FROM variant")).scalar_one() == 0
    finally:
        ctx.close()
    from pos_app.app.cli import main

    # Nothing half done: the next pass pulls the catalog.
    assert main(["reconcile", "--once", "--data-dir", str(data), "--config", str(config)]) \
        == 0


def test_an_unreachable_central_database_is_said_in_place_and_can_be_skipped(qtbot, till):
    _data, config = till
    wiz, _setup = open_wizard(qtbot, till)
    while wiz.step != "central":
        press(qtbot, wiz, "", Qt.Key.Key_F8)
        settled(qtbot, wiz)
    press(qtbot, wiz, "postgresql+psycopg://pos_t1@127.0.0.1:1/pos", Qt.Key.Key_Tab,
          Qt.Key.Key_Tab)
    press(qtbot, wiz, "postgresql+psycopg://postgres@127.0.0.1:1/pos", Qt.Key.Key_Return)
    settled(qtbot, wiz, "central")
    said = wiz.message.text()
    assert "cannot be reached" in said and "POS_APP_CENTRAL_ADMIN_PASSWORD" in said
    assert "central" not in tomllib.loads(config.read_text(encoding="utf-8"))
    press(qtbot, wiz, "", Qt.Key.Key_F8)  # the embedded database, then
    settled(qtbot, wiz, "printer")


def test_the_printer_step_by_keys_finds_tests_and_keeps_a_network_printer(qtbot, till):
    """Detection (injected) lists a network printer from CUPS, a line printer this user
    may not write to and a page printer; F2 prints a test page to a real TCP socket,
    Down picks the line printer, whose failure says what to check; Up and Enter keep
    the network printer."""
    _data, config = till
    with LoopbackPrinter() as printer:
        found = [
            FoundPrinter(printer.device, "CUPS queue Kitchen", "cups", where="Kitchen",
                         name=f"socket://127.0.0.1:{printer.port}"),
            FoundPrinter("file:/nonexistent/usb/lp9", "USB line printer", "usb-lp",
                         "may not write", where="/nonexistent/usb/lp9",
                         problem="no_write"),
            FoundPrinter(None, "CUPS queue Office", "cups", "page printer",
                         where="Office", name="ipp://office/ipp", problem="page_printer"),
        ]
        wiz, _setup = open_wizard(qtbot, till, printers=found)
        while wiz.step != "printer":
            press(qtbot, wiz, "", Qt.Key.Key_F8)
            settled(qtbot, wiz)
        # Found: the first usable printer picked, its form in the field, the list focused.
        qtbot.waitUntil(lambda: wiz.printer_list.count() == 3
                        and wiz.focusWidget() is wiz.printer_list, timeout=10_000)
        assert wiz.printer.text() == printer.device
        texts = [wiz.printer_list.item(i).text() for i in range(3)]
        assert texts[0].startswith("CUPS queue Kitchen — socket://127.0.0.1:")
        assert "may not write to /nonexistent/usb/lp9" in texts[1]
        assert not wiz.printer_list.item(2).flags() & Qt.ItemFlag.ItemIsEnabled

        press(qtbot, wiz, "", Qt.Key.Key_F2)  # a test page only: nothing kept
        settled(qtbot, wiz, "printer")
        job = printer.wait_job(0)
        # The store's name, and the injected clock as the store writes a time.
        when = _setup.settings().store.locale_format().date_time(CLOCK.now())
        assert b"Corner Shop\n" in job
        assert f"Printed {when}".replace("\u202f", " ").encode() in job
        assert job.endswith(b"\x1dV\x00")  # cut
        assert "Test page sent" in wiz.message.text()
        assert "printer" not in tomllib.loads(config.read_text(encoding="utf-8"))

        wiz.printer_list.setFocus()
        press(qtbot, wiz, "", Qt.Key.Key_Down)
        assert wiz.printer.text() == "file:/nonexistent/usb/lp9"
        press(qtbot, wiz, "", Qt.Key.Key_Return)
        settled(qtbot, wiz, "printer")
        said = wiz.message.text()
        assert said.startswith("Cannot write to /nonexistent/usb/lp9") and "lp" in said
        assert wiz.message.property("role") == "error"

        press(qtbot, wiz, "", Qt.Key.Key_Up, Qt.Key.Key_Return)
        settled(qtbot, wiz, "done")
        assert b"Printer test page" in printer.wait_job(1)
    assert tomllib.loads(config.read_text(encoding="utf-8"))["printer"]["device"] == \
        printer.device
    assert "done" in wiz.summary.text()


def test_a_printer_typed_by_hand_that_does_not_answer_says_what_to_check(qtbot, till):
    wiz, _setup = open_wizard(qtbot, till)
    while wiz.step != "printer":
        press(qtbot, wiz, "", Qt.Key.Key_F8)
        settled(qtbot, wiz)
    qtbot.waitUntil(lambda: wiz.printer_list.count() == 1, timeout=10_000)
    assert "No printer found" in wiz.printer_list.item(0).text()
    assert wiz.focusWidget() is wiz.printer
    with LoopbackPrinter() as gone:
        port = gone.port
    press(qtbot, wiz, f"network:127.0.0.1:{port}", Qt.Key.Key_Return)
    settled(qtbot, wiz, "printer")
    said = wiz.message.text()
    assert said.startswith(f"The printer at 127.0.0.1:{port} did not answer")
    assert "same network" in said
    press(qtbot, wiz, "", Qt.Key.Key_F8)  # skipped: done later
    settled(qtbot, wiz, "done")
    assert "skipped" in wiz.summary.text()


def test_a_cups_queue_is_listed_and_printed_to_raw_through_lp(qtbot, till, tmp_path,
                                                               monkeypatch):
    """A receipt printer CUPS holds on USB: listed as its queue (`cups:Receipts`), Enter
    sends the test page through a fake lp and keeps it; a queue lp refuses says which
    and lp's words."""
    lp = install_fake_lp(tmp_path / "bin", monkeypatch)
    _data, config = till
    found = [FoundPrinter("cups:Receipts", "CUPS queue Receipts", "cups", where="Receipts",
                          name="usb://EPSON/TM-T20II")]
    wiz, _setup = open_wizard(qtbot, till, printers=found)
    while wiz.step != "printer":
        press(qtbot, wiz, "", Qt.Key.Key_F8)
        settled(qtbot, wiz)
    qtbot.waitUntil(lambda: wiz.printer_list.count() == 1
                    and wiz.focusWidget() is wiz.printer_list, timeout=10_000)
    assert wiz.printer_list.item(0).text() == \
        "CUPS queue Receipts — usb://EPSON/TM-T20II\ncups:Receipts"
    assert wiz.printer.text() == "cups:Receipts"
    assert "cups:QUEUE" in wiz.printer.placeholderText()
    wiz.printer.setFocus()
    replace_text(qtbot, wiz, "cups:Gone")
    press(qtbot, wiz, "", Qt.Key.Key_Return)
    settled(qtbot, wiz, "printer")
    said = wiz.message.text()
    assert said.startswith(f"The CUPS queue Gone did not take the test page ({REFUSED})")
    assert "lpstat -p Gone" in said and wiz.message.property("role") == "error"
    replace_text(qtbot, wiz, "cups:Receipts")
    press(qtbot, wiz, "", Qt.Key.Key_Return)
    settled(qtbot, wiz, "done")
    assert lp.argv == ["-d", "Receipts", "-o", "raw"]
    assert b"Corner Shop\n" in lp.job and lp.job.endswith(b"\x1dV\x00")
    assert tomllib.loads(config.read_text(encoding="utf-8"))["printer"]["device"] == \
        "cups:Receipts"


def test_the_first_pull_shows_its_count_on_the_progress_bar(qtbot, till, keys_kept):
    """2,000 products read in one bulk operation: while Shopify prepares it, the bar
    says how many records (variants and their levels: 4,000 lines) it has written so
    far; then it counts the products stored ("1,250 of 2,000 products"), and the
    summary says how many were pulled."""
    emu = ShopifyEmulator(tokens={TOKEN: "plus"})
    seed_generated(emu.state, 2000)
    emu.api.bulk.step_per_poll = True  # each 1,000 lines written wait for a status read
    emu.start()
    try:
        wiz, _setup = open_wizard(qtbot, till)
        to_tested_shop(qtbot, wiz, emu.url)
        shown: list[str] = []
        said: list[str] = []

        def moved(*_: object) -> None:
            shown.append(wiz.progress.format())
            said.append(wiz.message.text())

        wiz._relay.moved.connect(moved)
        press(qtbot, wiz, "", Qt.Key.Key_Return)
        settled(qtbot, wiz, "central")
    finally:
        emu.stop()
    assert shown[0] == "0 of 2,000 products" and shown[-1] == "2,000 of 2,000 products"
    assert "1,250 of 2,000 products" in shown
    preparing = [t for t in dict.fromkeys(shown) if t.startswith("Shopify is preparing")]
    assert [t for t in preparing if not t.endswith(": 0 records so far")] == [
        f"Shopify is preparing the catalog: {n} records so far"
        for n in ("1,000", "2,000", "3,000", "4,000")]
    # All of it before the first product is stored, and said in the message too.
    first_stored = next(i for i, t in enumerate(shown) if t.endswith("of 2,000 products")
                        and not t.startswith("0 "))
    assert shown.index(preparing[-1]) < first_stored and preparing[-1] in said
    assert "Catalog pulled: 2,000 of 2,000 products." in wiz.message.text()


class HeldAfterFirstChunk(FirstRunSetup):
    """Holds the first catalog pull after its first stored chunk until the wizard's
    cancel, as Esc pressed part way through a long pull."""

    def connect_shop(self, check, token, location, cancelled=lambda: False, progress=None):
        def held(done, total, records=None):
            progress(done, total, records)
            if done > 0:
                cancelled.__self__.wait(20)  # the wizard's cancel event

        return super().connect_shop(check, token, location, cancelled, held)


def test_esc_part_way_through_the_first_pull_stops_it_between_chunks(qtbot, till,
                                                                      keys_kept):
    data, config = till
    emu = ShopifyEmulator(tokens={TOKEN: "plus"})
    seed_generated(emu.state, 2000)
    emu.start()
    try:
        wiz, _setup = open_wizard(qtbot, till, setup=HeldAfterFirstChunk)
        to_tested_shop(qtbot, wiz, emu.url)
        press(qtbot, wiz, "", Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: wiz.pulled is not None and wiz.pulled[0] > 0,
                        timeout=20_000)
        assert wiz.progress.format() == f"{wiz.pulled[0]:,} of 2,000 products"
        press(qtbot, wiz, "", Qt.Key.Key_Escape)
        settled(qtbot, wiz, "central")
        report = "\n".join(wiz.reports["shopify"])
        assert "Catalog          cancelled at 250 of 2,000 products" in report
        assert "stopped at 250 of 2,000 products" in wiz.message.text()
        ctx = open_context(data_dir=data, config_path=config)
        try:
            with ctx.db.read() as conn:  # the first chunk stored whole, nothing after it
                assert conn.execute(text("SELECT count(*) FROM variant")).scalar_one() == 250
        finally:
            ctx.close()
        from pos_app.app.cli import main

        # The next pass pulls the rest.
        assert main(["reconcile", "--once", "--data-dir", str(data), "--config",
                     str(config)]) in (0, 3)
        ctx = open_context(data_dir=data, config_path=config)
        try:
            with ctx.db.read() as conn:
                assert conn.execute(text("SELECT count(*) FROM variant")).scalar_one() \
                    == 2000
        finally:
            ctx.close()
    finally:
        emu.stop()


def test_what_a_step_did_is_said_in_the_chosen_language(qtbot, till, spanish):  # noqa: F811
    """The store and tax steps' results are templates and values (setup_steps: msg): the
    wizard says them in Spanish, the figures as the Spanish locale writes them."""
    wiz, _setup = open_wizard(qtbot, till)
    press(qtbot, wiz, "", Qt.Key.Key_F8)  # the store as shown
    settled(qtbot, wiz, "tax")
    store = wiz.reports["store"]
    assert store[0].startswith("Tienda ") and " iniciada, terminal " in store[0], store
    assert store[1] == "Los recibos empiezan en el n.º 1."
    # What an owner needs, not the database's id or the data directory's path.
    assert not [ln for ln in store if "Id " in ln or str(till[0]) in ln], store
    assert "Tienda " in wiz.message.text() and "Started store" not in wiz.message.text()
    press(qtbot, wiz, "19", Qt.Key.Key_Return)  # a 19 % rate, prices without tax
    settled(qtbot, wiz, "owner")
    said = "\n".join(wiz.reports["tax"])
    assert "Los precios no incluyen impuestos" in said and "Clase de impuesto" in said, said
    assert "Prices" not in wiz.message.text()
    # The step's own refusal (setup_steps raises it as a template) in Spanish too.
    press(qtbot, wiz, "Olivia Owner", Qt.Key.Key_Return)
    press(qtbot, wiz, "5820", Qt.Key.Key_Return)
    press(qtbot, wiz, "5821", Qt.Key.Key_Return)
    settled(qtbot, wiz, "owner")
    assert wiz.message.text() == "Los dos PIN no coinciden: escriba el mismo PIN dos veces"


def test_the_shopify_step_says_what_it_did_in_the_chosen_language(
        qtbot, till, shop, keys_kept, spanish):  # noqa: F811
    """The Shopify step's result (the shop, the location, the token, [shopify], the first
    pull's summary) is templates and values: the wizard says it in Spanish, the rounding
    word and the tax rates of the tax step too."""
    wiz, _setup = open_wizard(qtbot, till)
    press(qtbot, wiz, "", Qt.Key.Key_F8)  # the store as shown
    settled(qtbot, wiz, "tax")
    # As a manager types it: the rate, then Tab past the name and the check box to the
    # rounding (Down: on the total), Tab to the cash rounding, Enter.
    press(qtbot, wiz, "8.25", Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_Tab)
    assert wiz.focusWidget() is wiz.rounding
    press(qtbot, wiz, "", Qt.Key.Key_Down)
    assert wiz.rounding.currentData() == "per_total"
    press(qtbot, wiz, "", Qt.Key.Key_Tab, Qt.Key.Key_Return)
    settled(qtbot, wiz, "owner")
    taxes = "\n".join(wiz.reports["tax"])
    assert "impuesto redondeado sobre el total" in taxes, taxes
    assert "per total" not in taxes and "8,25 %" in taxes, taxes  # the rate as Spain writes it
    press(qtbot, wiz, "Olivia Owner", Qt.Key.Key_Return)
    press(qtbot, wiz, "5820", Qt.Key.Key_Return)
    press(qtbot, wiz, "5820", Qt.Key.Key_Return)
    settled(qtbot, wiz, "shopify")

    press(qtbot, wiz, shop.url.removeprefix("http://"), Qt.Key.Key_Tab)
    press(qtbot, wiz, TOKEN, Qt.Key.Key_Return)
    settled(qtbot, wiz, "shopify")
    assert "Tienda Shopify: POS Emulator" in wiz.message.text(), wiz.message.text()
    press(qtbot, wiz, "", Qt.Key.Key_Return)
    settled(qtbot, wiz, "central")
    report = "\n".join(wiz.reports["shopify"])
    assert "Ubicación: Main Street" in report, report
    assert "Token: guardado en el llavero" in report
    assert "Configuración: [shopify] escrito en" in report
    assert "Catálogo: 7 variantes leídas, 7 nuevas" in report
    assert "Existencias: " in report and "Vendido de más: ninguno" in report
    assert "Resultado: correcto" in report and ": ok" not in report, report  # the pass's word
    shown = wiz.message.text()
    assert "Ubicación: Main Street" in shown and "Catálogo: 7 variantes leídas" in shown
    english = ("Shop ", "Location ", "Token ", "Config ", "Catalog ", "Levels ", "Pushed ",
               "Counts ", "Oversold ", "Shopify API ", "Outcome ")
    said = [*report.splitlines(), *shown.splitlines()]
    assert not [ln for ln in said if ln.startswith(english)], said
    assert "variants read" not in report and "set aside" not in report


def test_a_location_name_two_share_shows_its_number():
    from pos_app.ui.setup_wizard import location_label

    names = ["Main Street", "Main Street", "Warehouse"]
    assert location_label("Warehouse", "gid://shopify/Location/3", names) == "Warehouse"
    assert location_label("Main Street", "gid://shopify/Location/1001", names) == \
        "Main Street  #1001"


def test_the_central_step_says_what_it_did_in_the_chosen_language(
        qtbot, till, keys_kept, empty_database, spanish):  # noqa: F811
    """The central step (`central init` and `central connect`, then the first sync) says
    what it did as templates and values: in Spanish, with what a store owner needs (the
    schema made, this till's role for its store and terminal, the sync's figures), not
    the command line's next command, the keyring's service name or the config's path;
    and a central database that cannot be reached is said in Spanish too."""
    db, roles = empty_database
    role = f"pos_t_{uuid.uuid4().hex[:12]}"
    roles.append(role)
    wiz, _setup = open_wizard(qtbot, till)
    while wiz.step != "central":
        if wiz.step == "owner":  # an owner: the first sync pushes them (staff)
            press(qtbot, wiz, "Olivia Owner", Qt.Key.Key_Return)
            press(qtbot, wiz, "5820", Qt.Key.Key_Return)
            press(qtbot, wiz, "5820", Qt.Key.Key_Return)
        else:
            press(qtbot, wiz, "", Qt.Key.Key_F8)
        settled(qtbot, wiz)
    # First an owner's URL nobody answers at: refused in Spanish, in place, the driver's
    # own words on one line.
    press(qtbot, wiz, _url_for(db, role), Qt.Key.Key_Tab, Qt.Key.Key_Tab)
    press(qtbot, wiz, "postgresql+psycopg://postgres@127.0.0.1:1/pos", Qt.Key.Key_Return)
    settled(qtbot, wiz, "central")
    refused = wiz.message.text()
    assert refused.startswith("No se puede llegar a la base de datos central en "), refused
    assert "Compruebe el servidor" in refused and "cannot be reached" not in refused
    assert len(refused.splitlines()) == 1, refused
    # Then the owner's real URL: the schema, the role, the first sync.
    wiz.admin_url.setFocus()
    replace_text(qtbot, wiz, _url_for(db))
    press(qtbot, wiz, "", Qt.Key.Key_Return)
    settled(qtbot, wiz, "printer")
    report = wiz.reports["central"]
    said = "\n".join(report)
    assert "Esquema central: creado" in said, said
    assert f"Rol del terminal: {role} para la tienda S1, terminal " in said, said
    assert "Contraseña: guardada en el llavero de este equipo" in said, said
    assert "Enviados: " in said and "Aún pendientes: 0" in said, said
    assert "(personal 1)" in said and "(staff" not in said, said  # the topic's word
    assert "Liquidación: la hace el rol de liquidación de la tienda" in said, said
    shown = wiz.message.text()
    assert shown.splitlines()[0] == "Base de datos central: conectada; las ventas de esta " \
                                    "caja ya van a ella.", shown
    assert "Esquema central: creado" in shown and f"Rol del terminal: {role}" in shown
    # No English line, nor what only the command line needs.
    english = ("Central schema", "Terminal role", "Password", "Config", "Pushed", "Rejected",
               "Pulled", "Still pending", "Settlement", "Next:")
    assert not [ln for ln in [*report, *shown.splitlines()] if ln.startswith(english)], said
    for technical in ("pos-app ", "pos_app_central", "config.toml", "->", str(till[0])):
        assert technical not in said and technical not in shown, technical
