"""Receipts from a real sale on real SQLite, printed as ESC/POS bytes."""

from __future__ import annotations

import socket
import time

import pytest

from pos_app.adapters.printing.escpos_printer import (
    PrinterOffline,
    ReceiptPrinter,
    parse_printer_config,
)
from pos_app.adapters.sqlite.catalog_repo import SqliteCatalogRepository
from pos_app.adapters.sqlite.receipt_source import SqliteReceiptSource
from pos_app.adapters.sqlite.staff_repo import SqliteStaffRepository
from pos_app.domain.errors import ConfigError, EnvironmentFault, NotFound
from pos_app.domain.money import Money
from pos_app.domain.permissions import Actor, Role
from pos_app.domain.pricing import Discount, DiscountKind
from pos_app.domain.sale import SaleStatus, TenderKind
from pos_app.services.receipts import ReceiptKind, ReceiptService, render_text
from pos_app.services.sale_commands import AddItem, AddTender, Complete, ReturnLine, SetLineDiscount
from pos_app.services.settings import StoreSettings
from pos_app.services.staff import Staff
from tests.conftest import TAX_CLASSES, variant

ESC, GS = b"\x1b", b"\x1d"
CUT = GS + b"V"
DRAWER_KICK = ESC + b"p\x00"  # ESC p m t1 t2, pin 2
CODE128 = GS + b"kI"  # GS k, function B, type 73
CASHIER = Actor("cashier-1", Role.CASHIER)
MANAGER = Actor("manager-1", Role.MANAGER)


@pytest.fixture
def receipts(db):
    catalog = SqliteCatalogRepository(db)
    for tax_class in TAX_CLASSES.values():
        catalog.upsert_tax_class(tax_class)
    SqliteStaffRepository(db).add(Staff("cashier-1", "Alice", Role.CASHIER), "not-a-real-hash")
    return ReceiptService(SqliteReceiptSource(db),
                          StoreSettings(name="Corner Shop", address="1 Market Street"),
                          terminal_id="T1")


@pytest.fixture
def printer():
    return ReceiptPrinter("dummy")


def sell(desk, *tenders: tuple[TenderKind, int | None, str | None]) -> tuple[int, object]:
    """Two items (one discounted, two tax classes); tenders of None pay the rest."""
    s = desk.new_sale(cashier_id="cashier-1")
    s.execute(AddItem(variant(1), 2))
    s.execute(AddItem(variant(2, 350, "food")))
    s.execute(SetLineDiscount(1, Discount(DiscountKind.PERCENT, 500)), actor=CASHIER)
    for kind, amount, ref in tenders:
        s.execute(AddTender(kind, amount if amount is not None else s.settlement().remaining,
                            ref))
    done = s.execute(Complete())
    return done.receipt_no, done


def test_receipt_from_the_database_matches_the_sale(desk, receipts):
    no, done = sell(desk, (TenderKind.CARD, 2000, "*1234"),
                    (TenderKind.CASH, 5000, None))
    r = receipts.receipt(no)
    priced, st = done.priced, done.settlement
    assert r.receipt_no == no == 1 and r.kind is ReceiptKind.SALE
    assert r.total == Money(priced.total, "USD")
    assert r.subtotal == Money(priced.subtotal, "USD")
    assert r.discount == Money(priced.discount, "USD")
    assert [(t.code, t.amount.minor) for t in r.taxes] == list(priced.tax_by_rate)
    assert [t.name for t in r.taxes] == ["City tax", "Food tax", "State tax"]
    assert r.change == Money(st.change, "USD") and r.rounding == Money(st.rounding, "USD")
    assert [(t.label, t.reference) for t in r.tenders] == [("Card", "****1234"), ("Cash", None)]
    assert r.cashier_name == "Alice" and r.completed_at.startswith("2026-11-27T09:00")
    assert [ln.title for ln in r.lines] == ["Item 1", "Item 2"]
    assert r.subtotal - r.discount + r.tax == r.total


def test_printed_receipt_carries_number_totals_taxes_barcode_cut_and_drawer_kick(
        desk, receipts, printer):
    no, done = sell(desk, (TenderKind.CARD, 2000, "*1234"),
                    (TenderKind.CASH, 5000, None))
    r = receipts.receipt(no)
    printer.print_receipt(r, open_drawer=r.paid_in_cash)
    out = printer.output
    assert out.startswith(ESC + b"@")  # initialise: a known state
    assert b"Corner Shop" in out and b"Receipt 1" in out
    total = Money(done.priced.total, "USD").format().encode()
    assert b"TOTAL" in out and total in out
    for label in (b"City tax 2%", b"Food tax 2.25%", b"State tax 6.25%", b"Subtotal",
                  b"Card ****1234", b"CHANGE"):
        assert label in out
    assert b"4111111111111234" not in out
    code = b"{BRT1-1"
    assert CODE128 + bytes([len(code)]) + code in out
    assert out.count(CUT) == 1 and out.count(DRAWER_KICK) == 1
    # Order: receipt text, barcode, cut, then the drawer opens.
    assert out.index(b"TOTAL") < out.index(CODE128) < out.index(CUT) < out.index(DRAWER_KICK)
    # The text between the escapes is the same receipt render_text gives.
    assert b"Thank you!" in out
    assert "Receipt 1" in render_text(r)


def test_no_drawer_kick_without_cash(desk, receipts, printer):
    no, _ = sell(desk, (TenderKind.CARD, None, "AUTH-1"))
    r = receipts.receipt(no)
    assert not r.paid_in_cash
    printer.print_receipt(r, open_drawer=r.paid_in_cash)
    assert CUT in printer.output and DRAWER_KICK not in printer.output


def test_reprint_is_marked_and_never_opens_the_drawer(desk, receipts, printer):
    no, _ = sell(desk, (TenderKind.CASH, 10_000, None))
    printer.reprint(receipts.receipt(no))
    out = printer.output
    assert out.index(b"REPRINT") < out.index(b"Corner Shop")
    assert DRAWER_KICK not in out and CUT in out


def test_drawer_alone(printer):
    printer.open_drawer()
    assert printer.output == ESC + b"@" + DRAWER_KICK + b"22"


def test_return_and_post_void_receipts(desk, receipts, printer):
    no, _ = sell(desk, (TenderKind.CASH, 10_000, None))
    original = desk.receipt(no)
    r = desk.new_sale(cashier_id="cashier-1")
    r.execute(ReturnLine(original.lines[0].line, 0, 1))
    r.execute(AddTender(TenderKind.CASH, r.settlement().remaining))
    back = r.execute(Complete())
    ret = receipts.receipt(back.receipt_no)
    assert ret.kind is ReceiptKind.RETURN and ret.total.minor < 0
    assert ret.lines[0].return_of_receipt == no and ret.lines[0].quantity == -1
    printer.print_receipt(ret, open_drawer=ret.paid_in_cash)
    out = printer.output
    assert b"*** RETURN ***" in out and b"RETURN of receipt 1" in out and b"REFUND" in out
    assert DRAWER_KICK in out  # cash handed back

    card_no, card_sale = sell(desk, (TenderKind.CARD, None, "AUTH-2"))
    _, void_no = desk.post_void(card_sale.state.id, actor=CASHIER, approver=MANAGER)
    voided = receipts.receipt(void_no)
    assert voided.kind is ReceiptKind.POST_VOID and voided.voids_receipt_no == card_no
    assert voided.total.minor == -card_sale.priced.total
    assert "*** POST-VOID of receipt 3 ***" in render_text(voided)


def test_scanned_receipt_barcode_finds_the_sale(desk, receipts):
    no, done = sell(desk, (TenderKind.CASH, 10_000, None))
    r = receipts.find(receipts.receipt(no).barcode + "\r\n")
    assert r.sale_id == done.state.id


def test_unknown_receipt_is_not_found(receipts):
    with pytest.raises(NotFound, match=r"^Receipt 99 was not found$"):
        receipts.receipt(99)


def test_file_backend_writes_the_job(desk, receipts, tmp_path):
    no, _ = sell(desk, (TenderKind.CASH, 10_000, None))
    r = receipts.receipt(no)
    target = tmp_path / "lp0"
    printer = ReceiptPrinter(f"file:{target}")
    printer.print_receipt(r, open_drawer=True)
    data = target.read_bytes()
    assert data == printer.receipt_job(r, open_drawer=True)
    assert b"Receipt 1" in data and CUT in data and DRAWER_KICK in data


def closed_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_unreachable_printer_is_offline_quickly_and_the_sale_stands(desk, receipts, caplog):
    no, done = sell(desk, (TenderKind.CASH, 10_000, None))
    r = receipts.receipt(no)
    printer = ReceiptPrinter(f"network:127.0.0.1:{closed_port()}", timeout=1.0)
    started = time.monotonic()
    with pytest.raises(PrinterOffline) as err:
        printer.print_receipt(r, open_drawer=True)
    assert time.monotonic() - started < 2.0
    assert str(err.value) == "Printer offline: check paper and cable"
    assert isinstance(err.value, EnvironmentFault) and err.value.detail
    with pytest.raises(PrinterOffline):
        printer.open_drawer()
    assert "unreachable" in caplog.text
    assert desk._repo.load(done.state.id).status is SaleStatus.COMPLETED
    assert receipts.receipt(no).total == r.total


@pytest.mark.parametrize("config", ["file:/nonexistent-dir/lp0", "serial:/dev/nonexistent-tty"])
def test_missing_devices_are_offline(desk, receipts, config):
    no, _ = sell(desk, (TenderKind.CASH, 10_000, None))
    with pytest.raises(PrinterOffline, match=r"^Printer offline: check paper and cable$"):
        ReceiptPrinter(config, timeout=0.5).print_receipt(receipts.receipt(no),
                                                          open_drawer=False)


@pytest.mark.parametrize(("text", "kind", "target", "port", "ids"), [
    ("dummy", "dummy", "", 0, (0, 0)),
    ("usb:04b8:0202", "usb", "", 0, (0x04B8, 0x0202)),
    ("usb:0x04B8:0x0E15", "usb", "", 0, (0x04B8, 0x0E15)),
    ("serial:/dev/ttyS0", "serial", "/dev/ttyS0", 9600, (0, 0)),
    ("serial:/dev/ttyS0:19200", "serial", "/dev/ttyS0", 19200, (0, 0)),
    ("serial:COM3", "serial", "COM3", 9600, (0, 0)),
    ("network:printer.local", "network", "printer.local", 9100, (0, 0)),
    ("network:192.0.2.7:9101", "network", "192.0.2.7", 9101, (0, 0)),
    ("network:[fd00::5]:9100", "network", "fd00::5", 9100, (0, 0)),
    ("file:/dev/usb/lp0", "file", "/dev/usb/lp0", 0, (0, 0)),
    ("cups:Kitchen", "cups", "Kitchen", 0, (0, 0)),
    ("cups:EPSON_TM-T20II/raw", "cups", "EPSON_TM-T20II/raw", 0, (0, 0)),  # an instance
])
def test_printer_configs(text, kind, target, port, ids):
    c = parse_printer_config(text)
    assert (c.kind, c.target, c.port, (c.vendor_id, c.product_id)) == (kind, target, port, ids)


@pytest.mark.parametrize("text", ["", "lpt1", "usb:04b8", "usb:xyz:0202", "usb:0:0",
                                  "network:", "network:host:99999", "network:host:abc",
                                  "file:", "serial:", "dummy:x", "cups:", "cups:-x",
                                  "cups:Front desk"])
def test_bad_printer_configs_are_config_errors(text):
    with pytest.raises(ConfigError, match="Printer"):
        parse_printer_config(text)


def test_unknown_printer_profile_is_a_config_error():
    with pytest.raises(ConfigError, match="Unknown printer profile"):
        ReceiptPrinter("dummy", profile="no-such-model")
    assert ReceiptPrinter("dummy", profile="TM-T88V").width == 42
    assert ReceiptPrinter("dummy", width=48).width == 48


def test_reports_print_as_preformatted_text(printer):
    printer.print_text("X REPORT\nCash      12.00 USD\x1b\n" + "=" * 60)
    out = printer.output
    assert b"Cash      12.00 USD\n" in out  # spacing kept, the stray ESC dropped
    assert b"=" * 42 + b"\n" + b"=" * 18 + b"\n" in out  # cut to the paper, never wider
    assert out.count(ESC) == 3  # ESC @ (start), ESC t (code page), ESC d (feed): no other
    assert out.endswith(CUT + b"\x00")
