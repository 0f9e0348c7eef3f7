"""Receipts without a database: the view model, the fixed-width text and the barcode."""

from __future__ import annotations

import string
from datetime import timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_app.domain.errors import BarcodeError, InputError, NotFound
from pos_app.domain.money import Money
from pos_app.services.receipts import (
    CompletedSaleRecord,
    PaymentRecord,
    ReceiptKind,
    ReceiptService,
    SoldLineRecord,
    Style,
    build_receipt,
    columns,
    layout_receipt,
    parse_receipt_code,
    receipt_code,
    render_text,
)
from pos_app.services.settings import StoreSettings

STORE = StoreSettings(name="Corner Shop", address="1 Market Street, Springfield")
RATES = {"state": ("State tax", Decimal("0.0625")), "city": ("City tax", Decimal("0.02")),
         "food": ("Food tax", Decimal("0.0225")), "vat": ("VAT", Decimal("0.2"))}
CET = timezone(timedelta(hours=1))


def line(no: int, price: int, qty: int = 1, *, title: str | None = None, discount: int = 0,
         taxes: tuple[tuple[str, int], ...] = (), inclusive: bool = False,
         return_of: int | None = None) -> SoldLineRecord:
    gross = price * qty
    tax = sum(a for _, a in taxes)
    total = gross - discount + (0 if inclusive else tax)
    return SoldLineRecord(no, f"SKU-{no:05d}", title or f"Item {no}", qty, price, gross,
                          discount, tax, total, taxes, return_of)


def record(lines: tuple[SoldLineRecord, ...], payments: tuple[PaymentRecord, ...], *,
           currency: str = "USD", no: int = 7, rounding: int = 0,
           voids: int | None = None) -> CompletedSaleRecord:
    total = sum(ln.total for ln in lines)
    assert sum(p.amount for p in payments) == total + rounding
    return CompletedSaleRecord(
        sale_id="sale-1", terminal_id="T1", receipt_no=no,
        completed_at="2026-11-27T09:05:00.000000+00:00", currency=currency, total=total,
        cashier_id="staff-1", cashier_name="Alice", lines=lines, payments=payments,
        tax_rates=RATES, voids_sale_id="sale-0" if voids else None, voids_receipt_no=voids)


def cash(tendered: int, kept: int) -> PaymentRecord:
    return PaymentRecord("cash", kept, tendered, tendered - kept)


def usd_sale() -> CompletedSaleRecord:
    milk = line(1, 1999, 2, discount=200, taxes=(("city", 76), ("state", 237)))
    bread = line(2, 350, taxes=(("food", 8),))
    due = milk.total + bread.total  # 3798 + 313 + 358 = 4469
    return record((milk, bread), (PaymentRecord("card", 2000, 2000, 0, "4111 1111 1111 1234"),
                                  cash(5000, due - 2000)))


def assert_fits(text: str, width: int) -> None:
    for ln in text.splitlines():
        assert columns(ln) <= width, ln


def amount_rows(text: str, *labels: str) -> dict[str, str]:
    rows = {}
    for ln in text.splitlines():
        for label in labels:
            if ln.startswith(label + " "):
                rows[label] = ln
    return rows


def test_a_sale_renders_every_part_of_the_receipt():
    receipt = build_receipt(usd_sale(), STORE)
    text = render_text(receipt, tz=CET)
    assert_fits(text, 42)
    lines = text.splitlines()
    assert lines[0].strip() == "Corner Shop"
    assert lines[1].strip() == "1 Market Street, Springfield"
    assert "Receipt 7" in text and "2026-11-27 10:05" in text  # local time, not UTC
    assert "Terminal T1" in text and "Cashier: Alice" in text
    assert "  SKU-00001 2 x 19.99" in text and "Item 2" in text
    rows = amount_rows(text, "Subtotal", "Discount", "City tax 2%", "Food tax 2.25%",
                       "State tax 6.25%", "TOTAL", "Card ****1234", "Cash", "CHANGE")
    assert set(rows) == {"Subtotal", "Discount", "City tax 2%", "Food tax 2.25%",
                         "State tax 6.25%", "TOTAL", "Card ****1234", "Cash", "CHANGE"}
    for row in rows.values():  # amounts right-aligned on the last column
        assert len(row) == 42, row
    assert rows["Subtotal"].endswith(" 43.48")
    assert rows["Discount"].endswith(" -2.00")
    assert rows["State tax 6.25%"].endswith(" 2.37")
    assert rows["TOTAL"].endswith(" 44.69 USD")
    assert rows["Cash"].endswith(" 50.00")
    assert rows["CHANGE"].endswith(" 25.31 USD")
    assert "4111" not in text  # the card number is masked to its last 4
    assert lines[-2].strip() == "RT1-7" and lines[-1].strip() == "Thank you!"
    assert receipt.kind is ReceiptKind.SALE and receipt.marker is None
    assert receipt.paid_in_cash
    # The receipt adds up: subtotal - discount + tax (added) = total.
    assert receipt.subtotal - receipt.discount + receipt.tax == receipt.total


def test_layout_marks_store_name_large_and_total_bold():
    layout = layout_receipt(build_receipt(usd_sale(), STORE), reprint=True)
    assert layout.lines[0].text == "REPRINT" and layout.lines[0].style is Style.LARGE
    assert any(ln.text == "Corner Shop" and ln.style is Style.LARGE for ln in layout.lines)
    assert [ln.style for ln in layout.lines if ln.text.startswith("TOTAL")] == [Style.BOLD]
    for ln in layout.lines:
        limit = 21 if ln.style is Style.LARGE else 42
        assert columns(ln.text) <= limit
    assert layout.barcode == "RT1-7"


def test_reprint_is_marked_at_the_top():
    text = render_text(build_receipt(usd_sale(), STORE), reprint=True)
    assert text.splitlines()[0].strip() == "REPRINT"


def test_jpy_has_no_decimals():
    rec = record((line(1, 1999, 3, taxes=(("vat", 1199),)),), (cash(10_000, 7196),),
                 currency="JPY")
    text = render_text(build_receipt(rec, STORE))
    assert_fits(text, 42)
    rows = amount_rows(text, "Subtotal", "VAT 20%", "TOTAL", "CHANGE")
    assert rows["Subtotal"].endswith(" 5,997")
    assert rows["VAT 20%"].endswith(" 1,199")
    assert rows["TOTAL"].endswith(" 7,196 JPY")
    assert rows["CHANGE"].endswith(" 2,804 JPY")
    assert "3 x 1,999" in text


def test_kwd_has_three_decimals():
    rec = record((line(1, 12_345, 2, taxes=(("vat", 4938),)),), (cash(30_000, 29_628),),
                 currency="KWD")
    text = render_text(build_receipt(rec, STORE))
    assert_fits(text, 42)
    rows = amount_rows(text, "Subtotal", "TOTAL", "CHANGE")
    assert rows["Subtotal"].endswith(" 24.690")
    assert rows["TOTAL"].endswith(" 29.628 KWD")
    assert rows["CHANGE"].endswith(" 0.372 KWD")
    assert "2 x 12.345" in text


@pytest.mark.parametrize("width", [24, 32, 42, 48])
def test_long_titles_wrap_and_nothing_is_wider_than_the_paper(width):
    long_title = ("Extra virgin olive oil, cold pressed, from the groves of Kalamata, "
                  "limited harvest edition with a very long name")
    word = "Supercalifragilisticexpialidocious" * 2
    cjk = "緑茶ティーバッグ 抹茶入り 国産 百袋入り お徳用パック"
    rec = record((line(1, 123_456_789, title=long_title),
                  line(2, 100, title=word), line(3, 100, title=cjk)),
                 (PaymentRecord("card", 123_456_989, 123_456_989, 0, "AUTH-77"),))
    text = render_text(build_receipt(rec, STORE), width)
    assert_fits(text, width)
    assert "Extra virgin olive oil," in text
    assert "".join(text.split()).count("Supercalifragilisticexpialidocious") == 2
    assert "1,234,567.89" in text


def test_control_characters_in_titles_never_reach_the_paper():
    rec = record((line(1, 500, title="Bad\x1bp\x00\x19\x19 title\r\nhere"),),
                 (cash(500, 500),))
    text = render_text(build_receipt(rec, STORE))
    assert "\x1b" not in text and "\x00" not in text and "\r" not in text
    assert "Badp title here" in text


def test_a_return_is_marked_and_refunds_show_negative():
    returned = line(1, 1999, -2, discount=-200, taxes=(("city", -76), ("state", -237)),
                    return_of=3)
    rec = record((returned,), (PaymentRecord("cash", -4111, -4111, 0),))
    receipt = build_receipt(rec, STORE)
    text = render_text(receipt)
    assert_fits(text, 42)
    assert receipt.kind is ReceiptKind.RETURN
    assert "*** RETURN ***" in text
    assert "  RETURN of receipt 3" in text
    assert "-2 x 19.99" in text
    rows = amount_rows(text, "REFUND", "Cash refund", "Discount")
    assert rows["REFUND"].endswith(" -41.11 USD")
    assert rows["Cash refund"].endswith(" -41.11")
    assert rows["Discount"].endswith(" 2.00")  # the discount given back
    assert receipt.paid_in_cash  # cash refunded: the drawer opens
    assert receipt.lines[0].is_return


def test_an_exchange_and_a_post_void_are_marked():
    back = line(1, 1000, -1, return_of=2)
    new = line(2, 1500)
    exchange = build_receipt(record((back, new), (cash(1000, 500),)), STORE)
    assert exchange.kind is ReceiptKind.EXCHANGE and "*** EXCHANGE ***" in render_text(exchange)
    voided = build_receipt(record((line(1, 1000, -1, return_of=5),),
                                  (PaymentRecord("card", -1000, -1000, 0, "9999"),), voids=5),
                           STORE)
    assert voided.kind is ReceiptKind.POST_VOID
    assert "*** POST-VOID of receipt 5 ***" in render_text(voided)
    assert "Card refund ****9999" in render_text(voided)
    assert not voided.paid_in_cash


def test_inclusive_tax_is_shown_as_included_and_cash_rounding_as_its_own_row():
    rec = record((line(1, 1199, taxes=(("vat", 200),), inclusive=True),),
                 (cash(2000, 1200),), rounding=1)
    receipt = build_receipt(rec, STORE)
    assert receipt.tax_included and receipt.rounding == Money(1, "USD")
    text = render_text(receipt)
    rows = amount_rows(text, "TOTAL", "incl. VAT 20%", "Cash rounding", "CHANGE")
    assert rows["TOTAL"].endswith(" 11.99 USD")
    assert rows["incl. VAT 20%"].endswith(" 2.00")
    assert rows["Cash rounding"].endswith(" 0.01")
    assert rows["CHANGE"].endswith(" 8.00 USD")
    assert "VAT 20%" not in text.replace("incl. VAT 20%", "")


def test_a_rate_missing_from_the_catalog_is_shown_by_its_code():
    rec = record((line(1, 1000, taxes=(("old", 50),)),), (cash(1050, 1050),))
    text = render_text(build_receipt(rec, STORE))
    assert amount_rows(text, "old")["old"].endswith(" 0.50")


def test_too_narrow_a_receipt_is_refused():
    with pytest.raises(ValueError, match="at least 24 columns"):
        render_text(build_receipt(usd_sale(), STORE), 20)


titles = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)),
                 max_size=120)


@given(title=titles, price=st.integers(-10**9, 10**9), qty=st.integers(1, 999),
       width=st.integers(24, 64), currency=st.sampled_from(["USD", "JPY", "KWD"]))
def test_no_line_is_ever_wider_than_the_width(title, price, qty, width, currency):
    rec = record((line(1, price, qty, title=title),),
                 (PaymentRecord("card", price * qty, price * qty, 0, title or "x"),),
                 currency=currency)
    text = render_text(build_receipt(rec, StoreSettings(name=title, address=title)), width)
    assert_fits(text, width)


# ---- the receipt barcode ----------------------------------------------------------------

terminals = st.text(alphabet=string.ascii_letters + string.digits + "._-", min_size=1,
                    max_size=32)


@given(terminal=terminals, no=st.integers(1, 10**12 - 1))
def test_receipt_code_round_trips(terminal, no):
    code = receipt_code(terminal, no)
    assert code.isascii() and code.startswith("R")
    assert parse_receipt_code(code) == (terminal, no)


def test_scanner_noise_around_a_receipt_code_is_ignored():
    assert parse_receipt_code(" RT1-42\r\n") == ("T1", 42)
    assert parse_receipt_code("]C0RT1-42") == ("T1", 42)  # AIM symbology prefix
    assert parse_receipt_code("RT-1-42") == ("T-1", 42)


@pytest.mark.parametrize("garbage", [
    "", "   ", "R", "RT1", "RT1-", "RT1-0", "RT1-042", "T1-42", "R-42", "RT1-42x",
    "RT1 -42", "rT1-42", "RT1-1234567890123", "4006381333931", "R" + "T" * 33 + "-1",
    "RT1-４２", "RTé-1", "RT1-42\x00",
])
def test_garbage_is_not_a_receipt_code(garbage):
    with pytest.raises(BarcodeError, match="is not a receipt barcode") as err:
        parse_receipt_code(garbage)
    assert isinstance(err.value, InputError)
    assert len(str(err.value)) < 80


@pytest.mark.parametrize(("terminal", "no"), [("", 1), ("T 1", 1), ("T1", 0), ("T1", -3),
                                               ("T1", 10**12), ("T1", True)])
def test_receipt_code_refuses_what_cannot_be_scanned_back(terminal, no):
    with pytest.raises(ValueError):
        receipt_code(terminal, no)


# ---- the service ---------------------------------------------------------------------

class FakeSource:
    def __init__(self, *records: CompletedSaleRecord) -> None:
        self.records = {(r.terminal_id, r.receipt_no): r for r in records}
        self.asked: list[tuple[str, int]] = []

    def completed_sale(self, terminal_id: str, receipt_no: int) -> CompletedSaleRecord | None:
        self.asked.append((terminal_id, receipt_no))
        return self.records.get((terminal_id, receipt_no))


def test_service_finds_by_number_typed_or_scanned():
    rec = usd_sale()
    service = ReceiptService(FakeSource(rec), STORE, terminal_id="T1")
    assert service.receipt(7).receipt_no == 7
    assert service.find("7").receipt_no == 7
    assert service.find(" #7 ").receipt_no == 7
    assert service.find("RT1-7\n").sale_id == "sale-1"


def test_unknown_receipts_are_not_found_with_a_plain_message():
    source = FakeSource(usd_sale())
    service = ReceiptService(source, STORE, terminal_id="T1")
    with pytest.raises(NotFound, match=r"^Receipt 8 was not found$"):
        service.receipt(8)
    with pytest.raises(NotFound, match=r"^Receipt 7 of terminal T2 was not found$"):
        service.find("RT2-7")
    with pytest.raises(NotFound, match=r"^Receipt 0 was not found$"):
        service.find("0")
    with pytest.raises(NotFound):
        service.receipt(-1)
    with pytest.raises(BarcodeError):
        service.find("4006381333931x")
    assert ("T1", 0) not in source.asked and ("T1", -1) not in source.asked
