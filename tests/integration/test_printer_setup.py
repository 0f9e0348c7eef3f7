"""The printer step of the set-up, headless: finding printers (from a made-up machine:
/dev, /sys and `lpstat` injected), a test page sent to a real TCP socket acting as a
network printer and read back byte for byte, a CUPS queue printed to raw through a fake
`lp`, what a printer that does not answer says, and `pos-app printer list|test|use`."""

from __future__ import annotations

import json
import tomllib
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pos_app.adapters.printing.detect import cups_device, detect_printers
from pos_app.adapters.printing.escpos_printer import PrinterOffline, ReceiptPrinter
from pos_app.app.cli import main
from pos_app.app.setup_steps import FirstRunSetup, PrinterNotReached
from pos_app.domain.clock import FixedClock
from pos_app.domain.errors import ConfigError, InputError
from tests.fake_lp import REFUSED, install_fake_lp
from tests.printer_server import LoopbackPrinter

CUT = b"\x1dV"
FONT_B, FONT_A = b"\x1bM\x01", b"\x1bM\x00"
RULER_42 = ("1234567890" * 5)[:42].encode()
RULER_56 = ("1234567890" * 6)[:56].encode()
RULER_21 = ("1234567890" * 3)[:21].encode()


@pytest.fixture
def config(tmp_path, monkeypatch) -> Path:
    monkeypatch.delenv("POS_APP_CONFIG", raising=False)
    path = tmp_path / "config.toml"
    path.write_text('# the till\n[store]\nname = "Corner Shop"\nlocale = "en_US"\n'
                    'timezone = "America/Chicago"\n', encoding="utf-8")
    return path


def fake_machine(root: Path) -> None:
    """A USB line printer (lp0, an EPSON behind it), a USB printer for libusb, a USB
    serial adapter, and the sysfs that names them."""
    (root / "dev" / "usb").mkdir(parents=True)
    (root / "dev" / "usb" / "lp0").write_bytes(b"")
    (root / "dev" / "ttyUSB0").write_bytes(b"")
    (root / "dev" / "ttyS0").write_bytes(b"")  # a built-in port: not listed
    usb = root / "sys" / "bus" / "usb" / "devices"
    for name, vid, pid, maker, model, cls in (("1-1", "04b8", "0e15", "EPSON", "TM-T20II",
                                               "07"),
                                              ("1-2", "046d", "c52b", "Logitech",
                                               "Receiver", "03")):
        dev = usb / name
        (dev / f"{name}:1.0").mkdir(parents=True)
        for f, v in (("idVendor", vid), ("idProduct", pid), ("manufacturer", maker),
                     ("product", model)):
            (dev / f).write_text(v + "\n")
        (dev / f"{name}:1.0" / "bInterfaceClass").write_text(cls + "\n")
    misc = root / "sys" / "class" / "usbmisc" / "lp0"
    misc.mkdir(parents=True)
    (misc / "device").symlink_to(usb / "1-1" / "1-1:1.0")


LPSTAT = """device for Kitchen: socket://192.0.2.50:9100
device for Bar: socket://[fd00::7]
device for Office: ipp://printer.example/ipp/print
device for Serial: serial:/dev/ttyS1?baud=19200+bits=8
device for Dump: file:///tmp/receipt.bin
device for Receipts: usb://EPSON/TM-T20II?serial=X4CG012345
device for Old: parallel:/dev/lp0
"""


def test_printers_are_found_in_dev_sys_and_cups_and_written_as_the_printer_takes_them(
        tmp_path):
    fake_machine(tmp_path)
    asked = []

    def run(argv):
        asked.append(list(argv))
        return LPSTAT if argv[0] == "lpstat" else None

    found = detect_printers(run=run, root=tmp_path, writable=lambda p: False)
    assert asked == [["lpstat", "-v"]]
    by_device = {p.device: p for p in found if p.device}
    assert list(by_device) == [
        "file:/dev/usb/lp0", "usb:04b8:0e15", "serial:/dev/ttyUSB0",
        "network:192.0.2.50:9100", "network:[fd00::7]:9100", "serial:/dev/ttyS1:19200",
        "file:/tmp/receipt.bin", "cups:Receipts", "cups:Old"]
    lp0 = by_device["file:/dev/usb/lp0"]
    assert lp0.label == "USB line printer /dev/usb/lp0: EPSON TM-T20II (04b8:0e15)"
    assert "may not write to /dev/usb/lp0" in lp0.note and "lp" in lp0.note
    assert by_device["network:192.0.2.50:9100"].label == \
        "CUPS queue Kitchen (socket://192.0.2.50:9100)"
    # A printer CUPS holds on USB: printed to through its queue, raw (no serial shown).
    receipts = by_device["cups:Receipts"]
    assert receipts.label == "CUPS queue Receipts (usb://EPSON/TM-T20II), raw through lp"
    assert (receipts.source, receipts.where, receipts.problem) == ("cups", "Receipts", "")
    office = found[-1]  # not usable: listed last, with why
    assert office.device is None and office.label.startswith("CUPS queue Office")
    assert "page printer" in office.note
    # Nothing found on a bare machine (no lpstat, no devices): an empty list.
    assert detect_printers(run=lambda argv: None, root=tmp_path / "bare") == []


@pytest.mark.parametrize(("uri", "device"), [
    ("socket://10.0.0.9", "network:10.0.0.9:9100"),
    ("socket://printer.local:9101", "network:printer.local:9101"),
    ("serial:/dev/ttyUSB1", "serial:/dev/ttyUSB1"),
    ("file:/dev/usb/lp1", "file:/dev/usb/lp1"),
    ("usb://EPSON/TM-T88V?serial=123", None),
    ("ipps://cups.example/printers/x", None),
])
def test_cups_device_uris(uri, device):
    assert cups_device(uri) == device


def test_the_test_page_reaches_a_network_printer_and_the_choice_is_kept(config):
    clock = FixedClock(datetime(2026, 12, 6, 15, 45, tzinfo=UTC))
    setup = FirstRunSetup(data_dir=config.parent / "data", config_path=config, clock=clock)
    with LoopbackPrinter() as printer:
        lines = setup.test_print(printer.device)
        job = printer.wait_job()
    assert job.startswith(b"\x1b@") and job.endswith(CUT + b"\x00")  # ESC @ ... cut
    assert b"Corner Shop\n" in job and b"Printer test page\n" in job
    # The injected clock, in the store's zone and locale (15:45 UTC is 9:45 AM Chicago).
    assert b"Printed 12/6/26, 9:45 AM\n" in job
    assert f"Printer {printer.device}".encode() in job
    # A ruler as wide as each character width prints: normal 42, small 56, double 21.
    assert RULER_42 + b"\n" in job and RULER_56 + b"\n" in job and RULER_21 + b"\n" in job
    assert job.index(FONT_B) < job.index(RULER_56) < job.index(FONT_A)
    assert any("test page sent" in str(ln) for ln in lines)
    text = config.read_text(encoding="utf-8")
    assert tomllib.loads(text)["printer"]["device"] == printer.device
    assert text.startswith("# the till\n")  # the person's comments kept


def test_a_printer_that_does_not_answer_says_what_to_check_and_nothing_is_kept(config):
    setup = FirstRunSetup(data_dir=None, config_path=config)
    with LoopbackPrinter() as printer:
        port = printer.port
    with pytest.raises(PrinterNotReached) as refused:  # the port is closed now
        setup.test_print(f"network:127.0.0.1:{port}")
    exc = refused.value
    assert (exc.kind, exc.target, exc.exit_code) == ("network", f"127.0.0.1:{port}", 75)
    assert "switched on" in str(exc) and "same network" in str(exc)
    with pytest.raises(PrinterNotReached) as refused:
        setup.test_print(f"file:{config.parent / 'no' / 'such' / 'lp0'}")
    assert refused.value.kind == "file" and "may write to" in str(refused.value)
    with pytest.raises(ConfigError, match="unknown kind of printer"):
        setup.test_print("lp0")
    with pytest.raises(InputError):
        setup.test_print("  ")
    assert "printer" not in tomllib.loads(config.read_text(encoding="utf-8"))


def test_a_cups_queue_gets_the_bytes_raw_through_lp(config, tmp_path, monkeypatch):
    """`cups:QUEUE`: the job's bytes on lp's standard input, `lp -d QUEUE -o raw`, byte
    for byte what the printer would get; kept as [printer] device like any other."""
    lp = install_fake_lp(tmp_path / "bin", monkeypatch)
    printer = ReceiptPrinter("cups:Receipts")
    printer.print_sample_page("Corner Shop", "now")
    assert lp.argv == ["-d", "Receipts", "-o", "raw"]
    assert lp.job == printer.sample_page_job("Corner Shop", "now")
    printer.open_drawer()  # the drawer kick alone, the same way
    same = ReceiptPrinter("dummy")
    same.open_drawer()
    assert lp.job == same.output
    clock = FixedClock(datetime(2026, 12, 6, 15, 45, tzinfo=UTC))
    setup = FirstRunSetup(data_dir=None, config_path=config, clock=clock)
    lines = setup.test_print("cups:Receipts")
    assert b"Corner Shop\n" in lp.job and b"Printer cups:Receipts\n" in lp.job
    assert lp.job.endswith(CUT + b"\x00")
    assert str(lines[0]) == "Printer cups:Receipts: test page sent (12/6/26, 9:45\u202fAM)"
    assert tomllib.loads(config.read_text(encoding="utf-8"))["printer"]["device"] == \
        "cups:Receipts"


def test_a_cups_queue_that_refuses_or_an_lp_missing_says_which_queue_and_why(
        config, tmp_path, monkeypatch):
    install_fake_lp(tmp_path / "bin", monkeypatch)
    setup = FirstRunSetup(data_dir=None, config_path=config)
    with pytest.raises(PrinterNotReached) as refused:  # lp's exit status 1, its stderr
        setup.test_print("cups:Gone")
    exc = refused.value
    assert (exc.kind, exc.target, exc.detail, exc.exit_code) == ("cups", "Gone", REFUSED, 75)
    assert str(exc).startswith(f"The CUPS queue Gone did not take the test page ({REFUSED})")
    assert "lpstat -p Gone" in str(exc)
    with pytest.raises(PrinterOffline) as offline:  # lp killed after the timeout
        ReceiptPrinter("cups:Stuck", timeout=0.2).open_drawer()
    assert offline.value.detail == "lp did not finish within 0.2 s"
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))  # no lp on this machine
    with pytest.raises(PrinterNotReached) as refused:
        setup.test_print("cups:Receipts")
    assert refused.value.detail.startswith("the lp command is not installed")
    assert "The CUPS queue Receipts did not take the test page" in str(refused.value)
    assert "printer" not in tomllib.loads(config.read_text(encoding="utf-8"))


def test_the_printer_commands(config, capsys, tmp_path, monkeypatch):
    args = ["--config", str(config), "--data-dir", str(tmp_path / "data")]
    assert main(["printer", "list", *args]) == 0
    assert "In use           none" in capsys.readouterr().out
    with LoopbackPrinter() as printer:
        assert main(["printer", "test", printer.device, *args]) == 0
        assert b"Corner Shop" in printer.wait_job(0) and CUT in printer.wait_job(0)
        assert "printer" not in tomllib.loads(config.read_text(encoding="utf-8"))
        assert main(["printer", "use", printer.device, *args]) == 0
        assert b"Printer test page" in printer.wait_job(1)
        assert main(["printer", "test", *args]) == 0  # the one in use
        assert printer.wait_job(2)
    said = capsys.readouterr().out
    assert f"[printer] device = '{printer.device}' written to {config}" in said
    assert tomllib.loads(config.read_text(encoding="utf-8"))["printer"]["device"] == \
        printer.device
    assert main(["printer", "list", "--json", *args]) == 0
    assert json.loads(capsys.readouterr().out)["configured"] == printer.device
    # The printer gone: exit 75 with what to check; nothing changed.
    assert main(["printer", "use", "network:127.0.0.1:1", *args]) == 75
    assert "did not answer" in capsys.readouterr().err
    assert tomllib.loads(config.read_text(encoding="utf-8"))["printer"]["device"] == \
        printer.device
    # A CUPS queue, raw through lp: what refused it said on stderr with the queue (75).
    install_fake_lp(tmp_path / "bin", monkeypatch)
    assert main(["printer", "use", "cups:Gone", *args]) == 75
    err = capsys.readouterr().err
    assert "The CUPS queue Gone did not take the test page" in err and REFUSED in err
    assert main(["printer", "use", "cups:Receipts", *args]) == 0
    assert tomllib.loads(config.read_text(encoding="utf-8"))["printer"]["device"] == \
        "cups:Receipts"
    # Not here yet: kept without a test page; a bad form is refused (78).
    assert main(["printer", "use", "usb:04b8:0202", "--no-test", *args]) == 0
    assert main(["printer", "use", "usb:zz", "--no-test", *args]) == 78
    assert tomllib.loads(config.read_text(encoding="utf-8"))["printer"]["device"] == \
        "usb:04b8:0202"
