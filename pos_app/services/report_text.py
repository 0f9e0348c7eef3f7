"""Plain-text X and Z reports for the receipt printer and the terminal, fixed width.

Labels sit on the left and amounts on the right, every amount formatted by
`Money.format` from integer minor units, or, given the store's `LocaleFormat`, as its
locale writes money ("426,52 €", "￥22,535") with times in the store's zone.
Deductions (discounts, refunds, paid out) are printed negative so that each section
adds up down the page.
"""

from __future__ import annotations

import textwrap
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, tzinfo
from types import MappingProxyType

from pos_app.domain.money import Money
from pos_app.domain.shift import CASH, MovementKind, Shift, TenderCount, XReport, ZReport

from .locale_format import LocaleFormat

MIN_WIDTH = 32
_NO_NAMES: Mapping[str, str] = MappingProxyType({})


def _plain(text: str) -> str:
    """A formatted figure as a printer takes it: no direction marks, plain spaces."""
    return "".join(" " if ch.isspace() else ch for ch in text
                   if unicodedata.category(ch) != "Cf")


def _money(minor: int, currency: str, locale: LocaleFormat | None = None) -> str:
    if locale is None:
        return Money(minor, currency).format()
    return _plain(locale.money(Money(minor, currency)))


def _time(ts: datetime, tz: tzinfo | None, locale: LocaleFormat | None = None) -> str:
    if locale is not None:  # the store's zone, as its locale writes a date and time
        return _plain(locale.date_time(ts))
    # tz None means the machine's local time zone: what the people in the store read.
    return ts.astimezone(tz).strftime("%Y-%m-%d %H:%M %Z").strip()


def shift_label(shift: Shift, names: Mapping[str, str] = MappingProxyType({}),
                locale: LocaleFormat | None = None) -> str:
    """A shift as people name it: who opened it and when ("Ana, Dec 5, 2026 09:02"),
    not its id."""
    return f"{_who(shift.opened_by, names)}, {_time(shift.opened_at, None, locale)}"


Translate = Callable[[str, str], str]


def _untranslated(_context: str, text: str) -> str:
    return text


class _Page:
    def __init__(self, width: int, currency: str, locale: LocaleFormat | None = None,
                 translate: Translate | None = None) -> None:
        if width < MIN_WIDTH:
            raise ValueError(f"a report needs at least {MIN_WIDTH} columns, got {width}")
        self.width = width
        self.currency = currency
        self.locale = locale
        # The report's words in the store's language (the screens' translation).
        self.translate: Translate = translate or _untranslated
        self.lines: list[str] = []

    def tender(self, key: str, label: str) -> str:
        names = {"cash": self.translate("Report", "Cash"),
                 "card": self.translate("Report", "Card"),
                 "store_credit": self.translate("Report", "Store credit"),
                 "gift_card": self.translate("Report", "Gift card")}
        return names.get(key, label)

    def center(self, text: str) -> None:
        for part in textwrap.wrap(text, self.width) or [""]:
            self.lines.append(part.center(self.width).rstrip())

    def text(self, text: str, indent: int = 0) -> None:
        pad = " " * indent
        self.lines.extend(textwrap.wrap(text, self.width, initial_indent=pad,
                                        subsequent_indent=pad) or [""])

    def row(self, label: str, value: str, indent: int = 0) -> None:
        """Label left, value right; a label too long for the line gets lines of its own."""
        label = " " * indent + label
        room = self.width - len(value) - 1
        if len(label) <= room:
            self.lines.append(label + " " * (self.width - len(label) - len(value)) + value)
            return
        self.lines.extend(textwrap.wrap(label, self.width, subsequent_indent=" " * indent))
        self.lines.append(value.rjust(self.width))

    def amount(self, label: str, minor: int, indent: int = 0) -> None:
        self.row(label, _money(minor, self.currency, self.locale), indent)

    def number(self, label: str, n: int, indent: int = 0) -> None:
        self.row(label, _plain(self.locale.number(n)) if self.locale else str(n), indent)

    def time(self, ts: datetime, tz: tzinfo | None) -> str:
        return _time(ts, tz, self.locale)

    def rule(self, char: str = "-") -> None:
        self.lines.append(char * self.width)

    def heading(self, text: str) -> None:
        self.rule()
        self.lines.append(text)

    def render(self) -> str:
        return "\n".join(self.lines) + "\n"


def _variance_label(page: _Page, variance: int) -> str:
    if variance > 0:
        return page.translate("Report", "Over")
    if variance < 0:
        return page.translate("Report", "Short")
    return page.translate("Report", "Balanced")


def _who(staff_id: str, names: Mapping[str, str]) -> str:
    # People sign reports by name; the id stays as a fallback for someone since removed.
    return names.get(staff_id) or staff_id


def _header(page: _Page, x: XReport, store_name: str, title: str, *, tz: tzinfo | None,
            names: Mapping[str, str]) -> None:
    page.center(store_name)
    page.center(title)
    page.rule("=")
    shift = x.shift
    page.row(page.translate("Report", "Terminal"), shift.terminal_id)
    if page.locale is None:
        page.row(page.translate("Report", "Shift"), shift.id)
    page.row(page.translate("Report", "Opened"), page.time(shift.opened_at, tz))
    page.row(page.translate("Report", "Opened by"), _who(shift.opened_by, names))
    if shift.closed_at is not None and shift.closed_by is not None:
        page.row(page.translate("Report", "Closed"), page.time(shift.closed_at, tz))
        page.row(page.translate("Report", "Closed by"), _who(shift.closed_by, names))
    else:
        page.row(page.translate("Report", "Printed"), page.time(x.generated_at, tz))
    if page.locale is not None:  # the id only for looking it up, last, shortened
        page.row(page.translate("Report", "Shift ref."), shift.id[-8:])


def _body(page: _Page, x: XReport, tz: tzinfo | None, names: Mapping[str, str]) -> None:
    s = x.sales
    page.heading(page.translate("Report", "SALES"))
    page.number(page.translate("Report", "Transactions"), s.transactions)
    page.number(page.translate("Report", "Sales"), s.sales_count, indent=2)
    page.number(page.translate("Report", "With returns"), s.returns_count, indent=2)
    page.number(page.translate("Report", "Voided before payment"), s.voided_count)
    page.number(page.translate("Report", "Lines voided"), s.line_voids)
    page.amount(page.translate("Report", "Lines voided, value"), s.line_voids_amount, indent=2)
    page.number(page.translate("Report", "Items sold"), s.items_sold)
    page.number(page.translate("Report", "Items returned"), s.items_returned)
    page.amount(page.translate("Report", "Gross sales"), s.gross_sales)
    page.amount(page.translate("Report", "Discounts"), -s.discounts)
    page.amount(page.translate("Report", "Refunds"), -s.refunds)
    page.amount(page.translate("Report", "Net sales"), s.net_sales)
    if s.tax_added:
        page.amount(page.translate("Report", "Tax added"), s.tax_added)
    page.amount(page.translate("Report", "Sales total"), s.sales_total)

    if s.returns_by_reason:  # what came back and why: items and refund per reason
        page.heading(page.translate("Report", "REFUNDS BY REASON"))
        for r in s.returns_by_reason:
            reason = r.reason or page.translate("Report", "No reason given")
            count = _plain(page.locale.number(r.items)) if page.locale else str(r.items)
            page.amount(page.translate("Report", "{reason} ({n})").format(
                reason=reason, n=count), -r.amount)

    page.heading(page.translate("Report", "TAX BY RATE"))
    if not s.tax_by_rate:
        page.text(page.translate("Report", "No tax"))
    for rate in s.tax_by_rate:
        label = rate.code if rate.name in ("", rate.code) else f"{rate.code} {rate.name}"
        page.amount(label, rate.amount)
    page.amount(page.translate("Report", "Total tax"), s.tax_total)
    if s.tax_total and not s.tax_added:
        page.text(page.translate("Report", "Tax is included in the prices above"))

    page.heading(page.translate("Report", "TAKINGS BY TENDER"))
    for t in x.tenders:
        label = page.tender(t.tender, t.label)
        page.amount(f"{label} ({t.payments})", t.taken)
        if t.refund_payments:
            page.amount(page.translate("Report", "Refunded ({n})").format(
                n=t.refund_payments), -t.refunded, indent=2)
            page.amount(page.translate("Report", "Net {tender}").format(tender=label.lower()),
                        t.net, indent=2)
    page.amount(page.translate("Report", "Total takings"), x.takings_total)
    if x.rounding:
        page.amount(page.translate("Report", "Rounding"), x.rounding)

    page.heading(page.translate("Report", "CASH DRAWER"))
    page.amount(page.translate("Report", "Opening float"), x.shift.float_minor)
    page.amount(page.translate("Report", "Cash payments (net)"), x.cash_payments_net)
    page.amount(page.translate("Report", "Paid in"), x.cash_in_total)
    page.amount(page.translate("Report", "Paid out"), -x.cash_out_total)
    page.amount(page.translate("Report", "Expected in drawer"), x.expected_cash)

    if x.cash_movements:
        page.heading(page.translate("Report", "PAID IN / PAID OUT"))
        for m in x.cash_movements:
            word = page.translate("Report", "In") if m.kind is MovementKind.IN \
                else page.translate("Report", "Out")
            signed = m.amount if m.kind is MovementKind.IN else -m.amount
            at = _plain(page.locale.time(m.at)) if page.locale else f"{m.at.astimezone(tz):%H:%M}"
            page.amount(f"{word} {at} {_who(m.staff_id, names)}", signed)
            page.text(m.reason, indent=2)


def render_x(report: XReport, store_name: str, width: int = 42, *,
             tz: tzinfo | None = None, names: Mapping[str, str] = _NO_NAMES,
             locale: LocaleFormat | None = None, translate: Translate | None = None) -> str:
    """An X report: the open shift's figures, and what each tender should hold now.
    With `locale`, money and times as the store writes them, in its zone; with
    `translate`, its words in the store's language."""
    page = _Page(width, report.currency, locale, translate)
    _header(page, report, store_name, page.translate("Report", "X REPORT"), tz=tz,
            names=names)
    page.center(page.translate("Report", "Shift still open - not a closing report"))
    _body(page, report, tz, names)
    page.heading(page.translate("Report", "EXPECTED BY TENDER"))
    for tender, amount in report.expected.items():
        label = page.translate("Report", "Cash in drawer") if tender == CASH \
            else page.tender(tender, report.tender(tender).label)
        page.amount(label, amount)
    page.rule("=")
    return page.render()


def _count(page: _Page, c: TenderCount) -> None:
    page.text(page.tender(c.tender, c.label))
    page.amount(page.translate("Report", "Expected"), c.expected, indent=2)
    page.amount(page.translate("Report", "Counted"), c.counted, indent=2)
    page.amount(_variance_label(page, c.variance), c.variance, indent=2)


def render_z(report: ZReport, store_name: str, width: int = 42, *,
             tz: tzinfo | None = None, names: Mapping[str, str] = _NO_NAMES,
             locale: LocaleFormat | None = None, translate: Translate | None = None) -> str:
    """A Z report: the closed shift's figures, the blind count and every variance."""
    page = _Page(width, report.currency, locale, translate)
    _header(page, report.x, store_name,
            page.translate("Report", "Z REPORT No. {n}").format(n=report.z_no), tz=tz,
            names=names)
    _body(page, report.x, tz, names)
    page.heading(page.translate("Report", "CLOSING COUNT (BLIND)"))
    for c in report.counts:
        _count(page, c)
    page.rule()
    page.amount(page.translate("Report", "Total expected"), report.total_expected)
    page.amount(page.translate("Report", "Total counted"), report.total_counted)
    page.amount(page.translate("Report", "Total {variance}").format(
        variance=_variance_label(page, report.total_variance).lower()), report.total_variance)
    cash = report.count(CASH)
    if cash is not None:
        page.amount(page.translate("Report", "Cash counted less float"),
                    cash.counted - report.x.shift.float_minor)
    page.rule("=")
    page.center(page.translate("Report", "END OF Z REPORT No. {n}").format(n=report.z_no))
    return page.render()


def render_z_list(reports: Sequence[ZReport], width: int = 42, *,
                  tz: tzinfo | None = None, names: Mapping[str, str] = _NO_NAMES,
                  locale: LocaleFormat | None = None, translate: Translate | None = None) -> str:
    """One entry per stored Z report: number, close, net sales and variance."""
    if not reports:
        empty = _Page(max(width, MIN_WIDTH), "", locale, translate)
        return empty.translate("Report", "No Z reports yet") + "\n"
    page = _Page(width, reports[0].currency, locale, translate)
    for z in reports:
        page.currency = z.currency
        page.row(page.translate("Report", "Z {n}").format(n=z.z_no),
                 f"{page.time(z.closed_at, tz)} {_who(z.closed_by, names)}")
        page.amount(page.translate("Report", "Net sales"), z.x.net_sales, indent=2)
        page.amount(_variance_label(page, z.total_variance), z.total_variance, indent=2)
    return page.render()
