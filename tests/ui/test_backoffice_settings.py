"""The back office's Settings section: what the set-up left this till with, each part
not set up said as such, and the set-up wizard again by F2 (managers and owners only),
driven by keys to do a skipped step later: here the printer, tested on a real TCP socket
acting as a network printer."""

from __future__ import annotations

import tomllib
from datetime import UTC, datetime

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from pos_app.app.backoffice import build_backoffice
from pos_app.app.central_commands import build_central
from pos_app.app.context import open_context
from pos_app.app.setup_steps import FirstRunSetup, StoreAnswers
from pos_app.app.wiring import build_services
from pos_app.domain.clock import FixedClock
from pos_app.domain.permissions import Actor, Role
from pos_app.ui.backoffice import BackOfficeWindow
from pos_app.ui.worker import DbWorker
from tests.printer_server import LoopbackPrinter
from tests.ui.test_backoffice_keys import live_keys

CLOCK = FixedClock(datetime(2026, 12, 6, 15, 45, tzinfo=UTC))


@pytest.fixture
def store(tmp_path, monkeypatch):
    """A store set up with the wizard's first step only (everything else skipped)."""
    for name in ("POS_APP_CENTRAL_URL", "POS_APP_STORE_ID", "POS_APP_CONFIG", "TZ"):
        monkeypatch.delenv(name, raising=False)
    data, config = tmp_path / "data", tmp_path / "config.toml"
    config.write_text('[store]\nname = "Corner Shop"\n', encoding="utf-8")
    setup = FirstRunSetup(data_dir=data, config_path=config, clock=CLOCK, detect=list)
    setup.create_store(StoreAnswers("S1", "Corner Shop", "T1", "USD", "en_US",
                                    "America/Chicago"))
    ctx = open_context(data_dir=data, config_path=config)
    services = build_services(ctx)
    engine, _sync = build_central(ctx, url=None, store_id=None)
    yield setup, ctx, services, engine, config
    engine.dispose()
    ctx.close()


def open_window(qtbot, store, role: Role):
    setup, ctx, services, engine, _config = store
    reports, plans = build_backoffice(ctx, services, engine)
    worker = DbWorker()
    win = BackOfficeWindow(reports=reports, plans=plans, worker=worker,
                           store_name="Corner Shop", actor=Actor("someone", role),
                           setup=setup, staff=services.staff)
    qtbot.addWidget(win)
    win.resize(1024, 768)
    win.show()
    qtbot.waitExposed(win)
    return win, worker


def close(qtbot, win, worker):
    qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
    if shiboken6.isValid(win):
        win.close()
    worker.shutdown()


def test_a_skipped_step_is_done_later_from_the_settings_section(qtbot, store):
    _setup, _ctx, _services, _engine, config = store
    win, worker = open_window(qtbot, store, Role.MANAGER)
    try:
        win.show_section("Settings")
        page = win.settings
        assert page is not None and not win.filters.isVisible()
        qtbot.waitUntil(lambda: page.overview is not None, timeout=10_000)
        said = {part: label.text() for part, label in page.values.items()}
        assert said["store"] == "Corner Shop · T1 · USD · en_US · America/Chicago"
        assert said["taxes"].startswith("No tax class yet")
        assert said["owner"].startswith("No owner's account yet")
        assert said["shopify"].startswith("Not connected")
        assert said["printer"].startswith("No printer")
        assert page.values["printer"].property("role") == "warn"
        assert "(F2)" in page.wizard_button.text() and page.wizard_button.accessibleName()
        for w in page.findChildren(QWidget):  # named, and touch-sized when it is pressed
            if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus:
                assert w.accessibleName() and w.height() >= 44, w
        assert all(label.accessibleName() for label in page.values.values())
        keys = [key for key, _owner, _ctx in live_keys(win)]
        assert "F2" in keys and len(keys) == len(set(keys)), keys  # no two keys clash
        assert "Ctrl+" in win.sidebar.item(win.section_titles().index("Settings")).toolTip()

        win.activateWindow()  # F2 as the manager presses it: to what has the keyboard
        qtbot.waitUntil(win.isActiveWindow, timeout=5_000)
        focused = QApplication.focusWidget()
        assert focused is not None and focused.window() is win
        qtbot.keyClick(focused, Qt.Key.Key_F2)
        wiz = page.wizard
        assert wiz is not None
        qtbot.waitExposed(wiz)
        assert wiz.step == "tax"  # the store is kept; the wizard opens at the taxes
        def keys(typed: str, *then: Qt.Key) -> None:
            if typed:
                qtbot.keyClicks(wiz.focusWidget(), typed)
            for key in then:
                qtbot.keyClick(wiz.focusWidget() or wiz, key)
            qtbot.waitUntil(lambda: not wiz.busy and not wiz.worker.busy, timeout=20_000)

        with LoopbackPrinter() as printer:
            keys("", Qt.Key.Key_F8)  # the taxes stay as they are
            assert wiz.step == "owner"  # skipped at the first start: done now
            keys("Olivia Owner", Qt.Key.Key_Return)
            keys("5820", Qt.Key.Key_Return)
            keys("5820", Qt.Key.Key_Return)
            assert wiz.step == "shopify", wiz.message.text()
            keys("", Qt.Key.Key_F8)
            keys("", Qt.Key.Key_F8)
            assert wiz.step == "printer"
            qtbot.waitUntil(lambda: wiz.printer_list.count() == 1, timeout=10_000)
            qtbot.keyClicks(wiz.focusWidget(), printer.device)
            qtbot.keyClick(wiz.focusWidget(), Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: wiz.step == "done", timeout=20_000)
            assert b"Corner Shop" in printer.wait_job()
        qtbot.keyClick(wiz.focusWidget() or wiz, Qt.Key.Key_Return)  # Ready: closes
        qtbot.waitUntil(lambda: page.wizard is None, timeout=10_000)
        qtbot.waitUntil(lambda: page.values["printer"].text() == printer.device,
                        timeout=10_000)
        assert tomllib.loads(config.read_text(encoding="utf-8"))["printer"]["device"] == \
            printer.device
        assert page.values["owner"].text() == "Olivia Owner"
        assert page.values["taxes"].text().startswith("No tax class yet")  # still skipped
    finally:
        close(qtbot, win, worker)


@pytest.mark.parametrize("role", [Role.CASHIER, Role.SUPERVISOR])
def test_only_managers_and_owners_have_the_settings_section(qtbot, store, role):
    win, worker = open_window(qtbot, store, role)
    try:
        assert "Settings" not in win.section_titles() and win.settings is None
    finally:
        close(qtbot, win, worker)
