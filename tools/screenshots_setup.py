"""Renders each step of the first-run set-up wizard to PNG at 1024x768 (the smallest
screen a till has), on a temporary empty data directory and the Shopify emulator.

    make screenshots   # or: .venv/bin/python tools/screenshots_setup.py --out screenshots/setup
        [--language es|de|ar]   # the wizard in that language and its locale
        [--central-url postgresql+psycopg://ROLE@HOST/DB
         --central-admin-url postgresql+psycopg://OWNER@HOST/DB]   # the central step
            # run on an empty PostgreSQL database (without: only its refusal is shown)
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from pos_app.adapters.printing.detect import FoundPrinter  # noqa: E402
from pos_app.adapters.shopify_emulator import ShopifyEmulator  # noqa: E402
from pos_app.adapters.shopify_emulator.seed import seed_demo  # noqa: E402
from pos_app.app.setup_steps import FirstRunSetup  # noqa: E402
from pos_app.ui.setup_wizard import SetupWizard  # noqa: E402
from tests.memory_keyring import MemoryKeyring  # noqa: E402
from tests.printer_server import LoopbackPrinter  # noqa: E402

TOKEN = "shpat_screens"
LOCALES = {"en": ("en_US", "America/New_York"), "es": ("es_ES", "Europe/Madrid"),
           "de": ("de_DE", "Europe/Berlin"), "ar": ("ar_EG", "Africa/Cairo")}


def wait(app: QApplication, ready: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + 60
    while not ready():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out: {what}")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots" / "setup")
    parser.add_argument("--language", choices=sorted(LOCALES), default="en")
    parser.add_argument("--central-url", default=None, metavar="URL",
                        help="this till's role at an empty central PostgreSQL database")
    parser.add_argument("--central-admin-url", default=None, metavar="URL",
                        help="the database's owner (creates the schema and the role)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    from pos_app.services.locale_format import LocaleFormat
    from pos_app.ui.i18n import install_language, set_format

    locale, zone = LOCALES[args.language]
    set_format(LocaleFormat(locale, zone, "USD"))
    if not install_language(args.language, app):
        print(f"warning: no compiled {args.language} translation (make qm): English",
              file=sys.stderr)
    import keyring

    keyring.set_keyring(MemoryKeyring())  # the machine's keyring is never touched
    os.environ.pop("POS_APP_SHOPIFY_TOKEN", None)
    emu = ShopifyEmulator(tokens={TOKEN: "standard"})
    seed_demo(emu.state)
    emu.start()
    # What a till with a USB line printer, a network printer behind CUPS and an office
    # printer would find (the machine's own printers never show in the screenshots).
    network = LoopbackPrinter().__enter__()
    found = [
        FoundPrinter("file:/dev/usb/lp0", "", "usb-lp", where="/dev/usb/lp0",
                     name="EPSON TM-T20II (04b8:0e15)"),
        FoundPrinter(network.device, "", "cups", where="Kitchen",
                     name=f"socket://127.0.0.1:{network.port}"),
        FoundPrinter("file:/dev/usb/lp1", "", "usb-lp", "no write", where="/dev/usb/lp1",
                     name="Star TSP143 (0519:0003)", problem="no_write"),
        FoundPrinter(None, "", "cups", "page printer", where="Office",
                     name="ipp://office.example/ipp/print", problem="page_printer"),
    ]
    try:
        with tempfile.TemporaryDirectory(prefix="pos-setup-shots-") as tmp:
            config = Path(tmp) / "config.toml"
            config.write_text('[store]\nname = "Corner Shop"\ntimezone = "America/Chicago"'
                              '\n', encoding="utf-8")
            setup = FirstRunSetup(data_dir=Path(tmp) / "data", config_path=config,
                                  detect=lambda: list(found))
            wiz = SetupWizard(setup)
            wiz.resize(1024, 768)
            wiz.show()
            n = 0

            def shot(name: str) -> None:
                nonlocal n
                wait(app, lambda: not wiz.busy and not wiz.worker.busy, name)
                app.processEvents()
                n += 1
                path = args.out / f"{n:02d}-{name}-1024x768.png"
                wiz.grab().save(str(path))
                print(path)

            def go() -> None:
                wiz.go()
                wait(app, lambda: not wiz.busy and not wiz.worker.busy, wiz.step)

            shot("store")
            go()
            wiz.tax_rate.setText("8.25")
            shot("taxes")
            go()
            wiz.owner_name.setText("Olivia Owner")
            wiz.owner_pin.setText("5820")
            shot("owner")
            wiz.owner_again.setText("5820")
            go()
            wiz.shop.setText("my shop")
            wiz.token.setText(TOKEN)
            go()
            shot("shopify-wrong-shop")
            wiz.shop.setText(emu.url.removeprefix("http://"))
            wiz.token.setText("shpat_wrong")
            go()
            shot("shopify-wrong-token")
            wiz.token.setText(TOKEN)
            go()
            shot("shopify-locations")
            wiz._go_shopify()
            app.processEvents()
            wiz._pull_moved(1240, 2000)  # as a 2,000-product shop shows part way
            app.processEvents()
            shot_busy = args.out / f"{n + 1:02d}-shopify-pulling-1024x768.png"
            wiz.grab().save(str(shot_busy))
            n += 1
            print(shot_busy)
            wait(app, lambda: not wiz.busy and not wiz.worker.busy, "pull")
            shot("central")
            wiz.central_url.setText("postgresql+psycopg://pos_t1@db.example/pos")
            wiz.admin_url.setText("postgresql+psycopg://postgres@db.example/pos")
            shot("central-filled")
            wiz.admin_url.setText("postgresql+psycopg://postgres@127.0.0.1:1/pos")
            go()  # nothing listens there: the refusal, in place
            shot("central-unreachable")
            if args.central_url and args.central_admin_url:
                wiz.central_url.setText(args.central_url)
                wiz.admin_url.setText(args.central_admin_url)
                go()  # the schema, this till's role, the first sync
                wait(app, lambda: wiz.printer_list.count() == len(found), "printers")
                shot("central-connected")
            else:
                wiz.skip()
            wait(app, lambda: wiz.printer_list.count() == len(found), "printers")
            shot("printer")
            wiz.printer.setText("network:127.0.0.1:1")  # nothing listens there
            go()
            shot("printer-not-answering")
            wiz.printer_list.setCurrentRow(1)
            wiz._go_printer(keep=False)
            wait(app, lambda: not wiz.busy and not wiz.worker.busy, "test page")
            shot("printer-test-page")
            go()
            shot("ready")
            wiz.close()
            # Later, the back office's Settings section: what is set up, what was skipped,
            # and the wizard again (F2).
            from pos_app.ui.backoffice.common import STYLESHEET
            from pos_app.ui.backoffice.settings import SettingsPage
            from pos_app.ui.worker import DbWorker

            worker = DbWorker()
            page = SettingsPage(setup, worker)
            page.setStyleSheet(STYLESHEET)
            page.resize(1024 - 190, 768 - 120)  # the back office's page area at 1024x768
            page.show()
            page.load()
            wait(app, lambda: page.overview is not None, "settings")
            app.processEvents()
            n += 1
            path = args.out / f"{n:02d}-backoffice-settings-1024x768.png"
            page.grab().save(str(path))
            print(path)
            page.close()
            worker.shutdown()
    finally:
        network.__exit__(None, None, None)
        emu.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
