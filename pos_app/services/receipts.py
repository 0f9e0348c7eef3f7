"""Receipts of completed sales: the view model, its barcode, and its fixed-width layout.

`ReceiptService.receipt(n)` reads one completed sale through the `ReceiptSource`
port and returns a frozen `Receipt`. Printers (ESC/POS), the PDF writer and the
screen all draw the same `ReceiptLayout`, so what the customer holds matches what
the cashier saw. Every amount is formatted by `Money.format` from integer minor units,
or, when the receipt carries the store's `LocaleFormat`, as the store's locale writes it
("1.234,50", "426,52 €") with the time in the store's zone.

The receipt barcode is Code 128 of `R<terminal>-<receipt no>` (`receipt_code`), so a
receipt scanned at the return screen finds its sale (`parse_receipt_code`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from decimal import Decimal
from enum import Enum
from typing import Protocol

from pos_app.domain.card_data import display_reference
from pos_app.domain.clock import parse_iso
from pos_app.domain.errors import BarcodeError, NotFound, msg
from pos_app.domain.money import Money

from .locale_format import LocaleFormat
from .settings import StoreSettings

# ---- the receipt barcode -------------------------------------------------------------

_TERMINAL = r"[A-Za-z0-9._-]{1,32}"
_RECEIPT_NO = r"[1-9][0-9]{0,11}"
_CODE = re.compile(rf"R({_TERMINAL})-({_RECEIPT_NO})")
_TERMINAL_RE = re.compile(_TERMINAL)
# Scanners set to send the AIM symbology identifier prefix Code 128 with "]C0".
_AIM_PREFIX = re.compile(r"\]C[0-9]")
MAX_RECEIPT_NO = 10**12 - 1


def receipt_code(terminal_id: str, receipt_no: int) -> str:
    """The barcode payload of a receipt: `R<terminal>-<no>`, plain ASCII for Code 128."""
    if not _TERMINAL_RE.fullmatch(terminal_id):
        raise ValueError(f"terminal id {terminal_id!r} cannot go in a receipt barcode "
                         "(letters, digits, '.', '_' and '-' only, at most 32)")
    if isinstance(receipt_no, bool) or not isinstance(receipt_no, int) \
            or not 0 < receipt_no <= MAX_RECEIPT_NO:
        raise ValueError(f"not a receipt number: {receipt_no!r}")
    return f"R{terminal_id}-{receipt_no}"


def parse_receipt_code(text: str) -> tuple[str, int]:
    """(terminal id, receipt no) from a scanned receipt barcode; BarcodeError if it is not one.

    The terminal id may itself hold '-': the number is what follows the last one.
    """
    raw = text.strip()
    aim = _AIM_PREFIX.match(raw)
    if aim:
        raw = raw[aim.end():]
    found = _CODE.fullmatch(raw)
    if found is None:
        raise BarcodeError(msg("{code} is not a receipt barcode", code=_shown(text)))
    return found.group(1), int(found.group(2))


def _shown(text: str) -> str:
    """Untrusted scanner input, quoted and cut short for a message."""
    clean = "".join(ch if ch.isprintable() else "?" for ch in text.strip())
    return repr(clean if len(clean) <= 40 else clean[:37] + "...")


# ---- what the store recorded (the port) ------------------------------------------------

@dataclass(frozen=True, slots=True)
class SoldLineRecord:
    """A `sold_line` row as recorded at completion (amounts in minor units)."""

    line_no: int
    sku: str
    title: str
    quantity: int  # negative for returned units
    unit_price: int
    gross: int
    discount: int
    tax: int
    total: int
    taxes: tuple[tuple[str, int], ...]  # (rate code, minor)
    return_of_receipt: int | None = None
    reason: str = ""  # a returned line: why it came back
    restock: bool = True  # a returned line: its units went back on the shelf


@dataclass(frozen=True, slots=True)
class PaymentRecord:
    """A `payment` row: what was tendered, the change given, and what the store kept."""

    kind: str  # cash | card | store_credit | gift_card
    amount: int  # kept: tendered - change; negative for a refund
    tendered: int
    change: int
    reference: str | None = None


@dataclass(frozen=True, slots=True)
class CompletedSaleRecord:
    sale_id: str
    terminal_id: str
    receipt_no: int
    completed_at: str  # ISO 8601, UTC
    currency: str
    total: int
    cashier_id: str | None
    cashier_name: str | None
    lines: tuple[SoldLineRecord, ...]
    payments: tuple[PaymentRecord, ...]  # in the order they were tendered
    # rate code -> (name, rate as a fraction, e.g. 0.0625) for the rates on this sale
    tax_rates: Mapping[str, tuple[str, Decimal]]
    voids_sale_id: str | None = None
    voids_receipt_no: int | None = None


class ReceiptSource(Protocol):
    """Completed sales by receipt number (adapters/sqlite/receipt_source.py)."""

    def completed_sale(self, terminal_id: str, receipt_no: int) -> CompletedSaleRecord | None:
        """The sale completed under that receipt number, read in one transaction."""
        ...


# ---- the view model ------------------------------------------------------------------

class ReceiptKind(Enum):
    SALE = "sale"
    RETURN = "return"  # every line is a returned line
    EXCHANGE = "exchange"  # returned and sold lines together
    POST_VOID = "post_void"  # the full reversal of an earlier receipt


_TENDER_LABELS = {"cash": "Cash", "card": "Card", "store_credit": "Store credit",
                  "gift_card": "Gift card"}


def mask_reference(reference: str) -> str | None:
    """'*1234' -> '****1234', 'abc123' -> 'approval ABC123'; a card number in an older
    record -> '****1234' (its last four digits); other free text is not printed."""
    return display_reference(reference)


@dataclass(frozen=True, slots=True)
class ReceiptLine:
    line_no: int
    title: str
    sku: str
    quantity: int  # negative for returned units
    unit_price: Money
    gross: Money  # unit price x quantity, as recorded
    discount: Money  # money off the line (negative on a returned line: given back)
    line_total: Money  # gross - discount: what the line adds before any added tax
    tax: Money
    return_of_receipt: int | None = None
    reason: str = ""  # a returned line: why it came back

    @property
    def is_return(self) -> bool:
        return self.quantity < 0


@dataclass(frozen=True, slots=True)
class TaxLine:
    code: str
    name: str
    rate: Decimal | None  # 0.0625; None when the rate is no longer in the catalog
    amount: Money

    @property
    def label(self) -> str:
        if self.rate is None:
            return self.name
        percent = (self.rate * 100).normalize()
        return f"{self.name} {percent:f}%"


@dataclass(frozen=True, slots=True)
class TenderLine:
    kind: str
    label: str
    amount: Money  # as tendered (cash before change); negative for a refund
    reference: str | None = None  # already masked where it is a card number

    @property
    def text(self) -> str:
        word = self.label if self.amount.minor >= 0 else f"{self.label} refund"
        return f"{word} {self.reference}" if self.reference else word


@dataclass(frozen=True, slots=True)
class Receipt:
    """A completed sale as the customer's receipt shows it."""

    sale_id: str
    store_name: str
    store_address: str
    terminal_id: str
    receipt_no: int
    completed_at: str  # ISO 8601 UTC; see `local_time`
    currency: str
    cashier_id: str | None
    cashier_name: str | None
    kind: ReceiptKind
    lines: tuple[ReceiptLine, ...]
    subtotal: Money  # sum of gross
    discount: Money  # sum of line and cart discounts
    taxes: tuple[TaxLine, ...]
    tax_included: bool  # prices include the tax (the taxes are shown "incl.")
    total: Money
    rounding: Money  # cash rounding (added to what was paid in cash)
    tenders: tuple[TenderLine, ...]
    change: Money
    voids_receipt_no: int | None = None
    # The store's formats; None: plain "12.50 USD" amounts and the machine's zone.
    locale: LocaleFormat | None = field(default=None, compare=False, repr=False)
    # The receipt's words in the store's language (set from the screens' translation).
    translate: Callable[[str, str], str] = field(default=lambda _c, text: text,
                                                 compare=False, repr=False)

    @property
    def barcode(self) -> str:
        return receipt_code(self.terminal_id, self.receipt_no)

    @property
    def tax(self) -> Money:
        return sum((t.amount for t in self.taxes), Money.zero(self.currency))

    @property
    def paid_in_cash(self) -> bool:
        """Cash changed hands (paid or refunded): the drawer should open."""
        return any(t.kind == "cash" for t in self.tenders)

    @property
    def cashier(self) -> str | None:
        return self.cashier_name or self.cashier_id

    @property
    def marker(self) -> str | None:
        """What kind of receipt this is, when it is not a plain sale."""
        if self.kind is ReceiptKind.POST_VOID:
            return (f"POST-VOID of receipt {self.voids_receipt_no}"
                    if self.voids_receipt_no is not None else "POST-VOID")
        if self.kind is ReceiptKind.RETURN:
            return "RETURN"
        if self.kind is ReceiptKind.EXCHANGE:
            return "EXCHANGE"
        return None

    def local_time(self, tz: tzinfo | None = None) -> datetime:
        """When the sale completed, in `tz` (None: this machine's local time zone)."""
        return parse_iso(self.completed_at).astimezone(tz)


def build_receipt(rec: CompletedSaleRecord, store: StoreSettings,
                  locale: LocaleFormat | None = None,
                  translate: Callable[[str, str], str] | None = None) -> Receipt:
    cur = rec.currency

    def money(minor: int) -> Money:
        return Money(minor, cur)

    lines = tuple(ReceiptLine(
        line_no=sl.line_no, title=sl.title, sku=sl.sku, quantity=sl.quantity,
        unit_price=money(sl.unit_price), gross=money(sl.gross), discount=money(sl.discount),
        line_total=money(sl.gross - sl.discount), tax=money(sl.tax),
        return_of_receipt=sl.return_of_receipt,
        reason=sl.reason if sl.quantity < 0 else "") for sl in rec.lines)
    by_rate: dict[str, int] = {}
    for sl in rec.lines:
        for code, amount in sl.taxes:
            by_rate[code] = by_rate.get(code, 0) + amount
    taxes = []
    for code in sorted(by_rate):
        name, rate = rec.tax_rates.get(code, (code, None))
        taxes.append(TaxLine(code, name or code, rate, money(by_rate[code])))
    taxed = [sl for sl in rec.lines if sl.tax]
    # Inclusive prices: what a taxed line charged is its gross less discount, tax inside.
    included = bool(taxed) and all(sl.total == sl.gross - sl.discount for sl in taxed)
    kept = sum(p.amount for p in rec.payments)
    tenders = tuple(TenderLine(
        kind=p.kind, label=_TENDER_LABELS.get(p.kind, p.kind.replace("_", " ").capitalize()),
        amount=money(p.tendered),
        reference=mask_reference(p.reference) if p.reference else None)
        for p in rec.payments)
    returned = sum(1 for sl in rec.lines if sl.quantity < 0)
    if rec.voids_sale_id is not None:
        kind = ReceiptKind.POST_VOID
    elif returned and returned == len(rec.lines):
        kind = ReceiptKind.RETURN
    elif returned:
        kind = ReceiptKind.EXCHANGE
    else:
        kind = ReceiptKind.SALE
    return Receipt(
        sale_id=rec.sale_id, store_name=store.name, store_address=store.address,
        terminal_id=rec.terminal_id, receipt_no=rec.receipt_no,
        completed_at=rec.completed_at, currency=cur, cashier_id=rec.cashier_id,
        cashier_name=rec.cashier_name, kind=kind, lines=lines,
        subtotal=money(sum(sl.gross for sl in rec.lines)),
        discount=money(sum(sl.discount for sl in rec.lines)),
        taxes=tuple(taxes), tax_included=included, total=money(rec.total),
        # What the tenders kept differs from the total only by the cash rounding.
        rounding=money(kept - rec.total) if rec.payments else money(0),
        tenders=tenders, change=money(sum(p.change for p in rec.payments)),
        voids_receipt_no=rec.voids_receipt_no, locale=locale,
        **({"translate": translate} if translate is not None else {}))


class ReceiptService:
    """Finds completed sales by receipt number or scanned receipt barcode."""

    def __init__(self, source: ReceiptSource, store: StoreSettings, *,
                 terminal_id: str, locale: LocaleFormat | None = None) -> None:
        self._source = source
        self._store = store
        self._locale = locale
        # The receipt's words in the screens' language; the GUI sets it.
        self.translate: Callable[[str, str], str] | None = None
        self.terminal_id = terminal_id

    def receipt(self, receipt_no: int, *, terminal_id: str | None = None) -> Receipt:
        terminal = terminal_id or self.terminal_id
        label = (str(receipt_no) if terminal == self.terminal_id
                 else msg("{receipt} of terminal {terminal}", receipt=str(receipt_no),
                          terminal=terminal))
        if isinstance(receipt_no, bool) or not isinstance(receipt_no, int) \
                or not 0 < receipt_no <= MAX_RECEIPT_NO:
            raise NotFound(msg("Receipt {receipt} was not found", receipt=label))
        rec = self._source.completed_sale(terminal, receipt_no)
        if rec is None:
            raise NotFound(msg("Receipt {receipt} was not found", receipt=label))
        return build_receipt(rec, self._store, self._locale, self.translate)

    def find(self, text: str) -> Receipt:
        """A receipt from what was scanned or typed: a receipt barcode, or '42' / '#42'."""
        typed = text.strip().removeprefix("#").strip()
        if typed.isascii() and typed.isdigit():
            number = int(typed)
            if number == 0 or number > MAX_RECEIPT_NO:
                raise NotFound(msg("Receipt {receipt} was not found", receipt=typed))
            return self.receipt(number)
        terminal, number = parse_receipt_code(text)
        return self.receipt(number, terminal_id=terminal)


# ---- layout --------------------------------------------------------------------------

MIN_WIDTH = 24


class Style(Enum):
    NORMAL = "normal"
    BOLD = "bold"
    LARGE = "large"  # double width and height on a printer: at most width // 2 columns


@dataclass(frozen=True, slots=True)
class PrintLine:
    text: str
    style: Style = Style.NORMAL
    center: bool = False


@dataclass(frozen=True, slots=True)
class ReceiptLayout:
    """A receipt as lines of at most `width` columns (LARGE lines: `width // 2`),
    then the barcode (Code 128 of `barcode`, its text beneath), then the closing lines."""

    width: int
    lines: tuple[PrintLine, ...]
    barcode: str
    closing: tuple[PrintLine, ...]


_UNPRINTABLE = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})


def columns(text: str) -> int:
    """Monospace columns `text` takes: East Asian wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def printable(text: str) -> str:
    """Text as it may be printed: no control or format characters (a title with ESC in
    it must not become a printer command), whitespace runs as single spaces."""
    kept = []
    for ch in text:
        if ch.isspace():
            kept.append(" ")
        elif unicodedata.category(ch) not in _UNPRINTABLE:
            kept.append(ch)
    return " ".join("".join(kept).split())


def wrap(text: str, width: int) -> list[str]:
    """Greedy word wrap by display columns; words longer than a line are broken."""
    lines: list[str] = []
    current = ""
    for word in printable(text).split(" "):
        if not word:
            continue
        candidate = f"{current} {word}" if current else word
        if columns(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        rest = word
        while columns(rest) > width:
            cut = used = 0
            # A wide character never fits a one-column line: take it anyway, once.
            while cut < len(rest) and (used + columns(rest[cut]) <= width or cut == 0):
                used += columns(rest[cut])
                cut += 1
            lines.append(rest[:cut])
            rest = rest[cut:]
        current = rest
    if current:
        lines.append(current)
    return lines or [""]


def _bare(m: Money, locale: LocaleFormat | None = None) -> str:
    """An amount without its currency code, for the columns of a receipt."""
    if locale is not None:
        return locale.figure(m)
    return m.format().removesuffix(f" {m.currency}")


def _full(m: Money, locale: LocaleFormat | None = None) -> str:
    """An amount with its currency: "44.69 USD", or "44,69 €" in the store's locale."""
    return locale.money(m) if locale is not None else m.format()


class _Page:
    def __init__(self, width: int) -> None:
        if width < MIN_WIDTH:
            raise ValueError(f"a receipt needs at least {MIN_WIDTH} columns, got {width}")
        self.width = width
        self.lines: list[PrintLine] = []

    def add(self, text: str, style: Style = Style.NORMAL, *, center: bool = False,
            indent: int = 0) -> None:
        room = self.width // 2 if style is Style.LARGE else self.width
        for part in wrap(text, room - indent):
            self.lines.append(PrintLine(" " * indent + part, style, center))

    def row(self, label: str, value: str, style: Style = Style.NORMAL, indent: int = 0) -> None:
        """Label left, value right; a label too long for the line gets lines of its own."""
        value = printable(value)
        if not value:
            self.add(label, style, indent=indent)
            return
        pad = " " * indent
        label_lines = wrap(label, self.width - indent)
        last = pad + label_lines[-1]
        gap = self.width - columns(last) - columns(value)
        for part in label_lines[:-1]:
            self.lines.append(PrintLine(pad + part, style))
        if gap >= 1 and label_lines[-1]:
            self.lines.append(PrintLine(last + " " * gap + value, style))
            return
        if label_lines[-1]:
            self.lines.append(PrintLine(last, style))
        for part in wrap(value, self.width):
            self.lines.append(PrintLine(" " * (self.width - columns(part)) + part, style))

    def rule(self, char: str = "-") -> None:
        self.lines.append(PrintLine(char * self.width))

    def blank(self) -> None:
        self.lines.append(PrintLine(""))


def _tax_label(t: TaxLine, locale: LocaleFormat | None) -> str:
    """"State tax 6.25%", with the rate as the store's locale writes it (6,25 %)."""
    if locale is None or t.rate is None:
        return t.label
    return f"{t.name} {locale.percent(t.rate)}"


def _marker(r: Receipt) -> str | None:
    """`Receipt.marker` in the receipt's language."""
    if r.kind is ReceiptKind.POST_VOID:
        return (r.translate("Receipt", "POST-VOID of receipt {no}").format(
            no=r.voids_receipt_no) if r.voids_receipt_no is not None
            else r.translate("Receipt", "POST-VOID"))
    if r.kind is ReceiptKind.RETURN:
        return r.translate("Receipt", "RETURN")
    if r.kind is ReceiptKind.EXCHANGE:
        return r.translate("Receipt", "EXCHANGE")
    return None


def _tender_text(r: Receipt, tender: TenderLine) -> str:
    """`TenderLine.text` in the receipt's language."""
    names = {"cash": r.translate("Receipt", "Cash"), "card": r.translate("Receipt", "Card"),
             "store_credit": r.translate("Receipt", "Store credit"),
             "gift_card": r.translate("Receipt", "Gift card")}
    label = names.get(tender.kind, tender.label)
    word = label if tender.amount.minor >= 0 \
        else r.translate("Receipt", "{tender} refund").format(tender=label)
    return f"{word} {tender.reference}" if tender.reference else word


def layout_receipt(receipt: Receipt, width: int = 42, *, tz: tzinfo | None = None,
                   reprint: bool = False, closing: Sequence[str] | None = None) \
        -> ReceiptLayout:
    """The receipt as fixed-width lines; every printer and the PDF draw this. Its words
    in the receipt's language (`Receipt.translate`), its figures in its locale."""
    r = receipt
    lf = r.locale
    if closing is None:
        closing = (r.translate("Receipt", "Thank you!"),)
    page = _Page(width)
    if reprint:
        page.add(r.translate("Receipt", "REPRINT"), Style.LARGE, center=True)
        page.blank()
    page.add(r.store_name, Style.LARGE, center=True)
    page.add(r.store_address, center=True)
    page.blank()
    when = lf.date_time(parse_iso(r.completed_at)) if lf is not None \
        else f"{r.local_time(tz):%Y-%m-%d %H:%M}"
    page.row(r.translate("Receipt", "Receipt {no}").format(no=r.receipt_no), when)
    page.row(r.translate("Receipt", "Terminal {terminal}").format(terminal=r.terminal_id),
             r.translate("Receipt", "Cashier: {name}").format(name=r.cashier)
             if r.cashier else "")
    marker = _marker(r)
    if marker:
        page.add(f"*** {marker} ***", Style.BOLD, center=True)
    page.rule()

    for ln in r.lines:
        page.add(ln.title)
        if ln.is_return:
            page.add(r.translate("Receipt", "RETURN of receipt {no}").format(
                no=ln.return_of_receipt) if ln.return_of_receipt is not None
                else r.translate("Receipt", "RETURN"), indent=2)
            if ln.reason:
                page.add(r.translate("Receipt", "Reason: {reason}").format(reason=ln.reason),
                         indent=2)
        detail = f"{ln.quantity} x {_bare(ln.unit_price, lf)}"
        page.row(f"{ln.sku}  {detail}" if ln.sku else detail,
                 _bare(ln.gross, lf), indent=2)
        if ln.discount:
            page.row(r.translate("Receipt", "Discount"), _bare(-ln.discount, lf), indent=2)
    page.rule()

    page.row(r.translate("Receipt", "Subtotal"), _bare(r.subtotal, lf))
    if r.discount:
        page.row(r.translate("Receipt", "Discount"), _bare(-r.discount, lf))
    if not r.tax_included:
        for t in r.taxes:
            page.row(_tax_label(t, lf), _bare(t.amount, lf))
    page.row(r.translate("Receipt", "REFUND") if r.total.minor < 0
             else r.translate("Receipt", "TOTAL"), _full(r.total, lf), Style.BOLD)
    if r.tax_included:
        for t in r.taxes:
            page.row(r.translate("Receipt", "incl. {tax}").format(tax=_tax_label(t, lf)),
                     _bare(t.amount, lf))
    if r.rounding:
        page.row(r.translate("Receipt", "Cash rounding"), _bare(r.rounding, lf))
    if r.tenders:
        page.rule()
        for tender in r.tenders:
            page.row(_tender_text(r, tender), _bare(tender.amount, lf))
        if r.change:
            page.row(r.translate("Receipt", "CHANGE"), _full(r.change, lf), Style.BOLD)
    page.blank()

    end = _Page(width)
    for text in closing:
        end.add(text, center=True)
    return ReceiptLayout(width, tuple(page.lines), r.barcode, tuple(end.lines))


def render_text(receipt: Receipt, width: int = 42, *, tz: tzinfo | None = None,
                reprint: bool = False) -> str:
    """The receipt as monospace text: amounts right-aligned, nothing wider than `width`."""
    layout = layout_receipt(receipt, width, tz=tz, reprint=reprint)
    # The barcode's human-readable text stands in for its bars.
    code = PrintLine(layout.barcode, center=True)
    out = []
    for line in (*layout.lines, code, *layout.closing):
        text = line.text
        if line.center:
            left = (width - columns(text)) // 2
            text = " " * left + text
        out.append(text.rstrip())
    return "\n".join(out) + "\n"
