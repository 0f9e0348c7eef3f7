"""Money, numbers, dates and times as the store's locale writes them, and amounts as a
cashier types them, with Babel (CLDR data).

One `LocaleFormat` per store: its locale ("en_US", "de_DE", "es_ES", "ar_EG"), its time
zone and its currency. Formatting never rounds: a Money is shown with exactly the
currency's minor digits (none for JPY). Parsing is strict (see domain/plain_amount.py):
the locale's decimal separator, or '.', at most the currency's minor digits, no
thousands separators, no exponents, no signs unless asked.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC
from decimal import Decimal
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_datetime, format_skeleton, format_time
from babel.numbers import (
    format_currency,
    format_decimal,
    format_percent,
    get_currency_precision,
    get_currency_symbol,
    get_decimal_symbol,
    get_group_symbol,
)

from pos_app.domain.errors import ConfigError, Message
from pos_app.domain.money import Money, exponent_of
from pos_app.domain.plain_amount import AMOUNT, parse_plain_amount

LRM, RLM = "\u200e", "\u200f"


@lru_cache(maxsize=16)
def _right_to_left(locale: str) -> bool:
    return bool(Locale.parse(locale).text_direction == "rtl")


# Amounts from this many minor units on go through Babel (its Decimal context has 28
# digits; no till sees such an amount).
_FAST_LIMIT = 10 ** 18
_QUOTED = re.compile(r"'([^']*)'")


@lru_cache(maxsize=64)
def _money_writer(locale: str, currency: str, exponent: int) -> Callable[[int], str] | None:
    """Minor units of `currency` written exactly as Babel's `format_currency` writes them
    in `locale` (standard pattern, the currency's digits, latn digits), in a couple of
    microseconds rather than Babel's ~12 (the counter writes a dozen amounts a scan):
    the pattern's prefix and suffix with the symbol put in are worked out once, each
    amount only has its digits grouped. None where the pattern is anything but a plain
    one (significant digits, exponent, percent, a long currency name, quotes Babel
    would strip across the number) or Babel would give the currency other digits than
    `exponent`: there every amount goes through Babel. tests/unit/test_locale_format.py
    compares the two over many locales, currencies and amounts."""
    loc = Locale.parse(locale)
    pattern = loc.currency_formats["standard"]
    dec = str(get_decimal_symbol(loc, numbering_system="latn"))
    group = str(get_group_symbol(loc, numbering_system="latn"))
    symbol = str(get_currency_symbol(currency, loc))
    parts = (*pattern.prefix, *pattern.suffix)
    if (pattern.exp_prec or "@" in pattern.pattern or pattern.scale
            or not pattern.number_pattern or get_currency_precision(currency) != exponent
            or "'" in dec + group + symbol or any("¤¤¤" in p or p.count("'") % 2
                                                   for p in parts)):
        return None

    def fixed(part: str) -> str:
        part = part.replace("¤¤", currency.upper()).replace("¤", symbol)
        return _QUOTED.sub(lambda m: m.group(1) or "'", part)

    prefix = (fixed(pattern.prefix[0]), fixed(pattern.prefix[1]))
    suffix = (fixed(pattern.suffix[0]), fixed(pattern.suffix[1]))
    least = pattern.int_prec[0]
    first, then = pattern.grouping
    scale = 10 ** exponent

    def write(minor: int) -> str:
        whole, frac = divmod(-minor if minor < 0 else minor, scale)
        digits = str(whole)
        if len(digits) < least:
            digits = "0" * (least - len(digits)) + digits
        if len(digits) > first:  # NumberPattern._format_int's grouping
            size, tail = first, ""
            while len(digits) > size:
                tail = group + digits[-size:] + tail
                digits = digits[:-size]
                size = then
            digits += tail
        if exponent:
            digits += dec + str(frac).rjust(exponent, "0")
        neg = minor < 0
        return prefix[neg] + digits + suffix[neg]

    return write


@dataclass(frozen=True, slots=True)
class LocaleFormat:
    locale: str = "en_US"
    timezone: str = "UTC"
    currency: str = "USD"

    def __post_init__(self) -> None:
        try:
            Locale.parse(self.locale)
        except (UnknownLocaleError, ValueError) as exc:
            raise ConfigError(f"Unknown locale {self.locale!r} (use a code like en_US, "
                              f"de_DE, es_ES)") from exc
        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ConfigError(f"Unknown time zone {self.timezone!r} (use an IANA name like "
                              f"America/New_York or Europe/Berlin)") from exc
        try:
            exponent_of(self.currency)
        except ValueError as exc:
            raise ConfigError(f"Currency: {exc}") from exc

    # ---- money and numbers -----------------------------------------------------------

    @property
    def minor_digits(self) -> int:
        """Decimal places of the store's currency (0 for JPY)."""
        return exponent_of(self.currency)

    @property
    def decimal_symbol(self) -> str:
        return str(get_decimal_symbol(self.locale))

    @property
    def currency_symbol(self) -> str:
        return str(get_currency_symbol(self.currency, locale=self.locale))

    @property
    def right_to_left(self) -> bool:
        return _right_to_left(self.locale)

    def money(self, value: Money | int, currency: str | None = None) -> str:
        """`value` (a Money, or minor units of `currency` or the store's currency) with
        the locale's symbol, grouping, decimal separator and sign: "$1,234.50",
        "1.234,50 €", "￥22,535"."""
        m = value if isinstance(value, Money) else Money(value, currency or self.currency)
        write = _money_writer(self.locale, m.currency, m.exponent) \
            if -_FAST_LIMIT < m.minor < _FAST_LIMIT else None
        text = write(m.minor) if write is not None else str(format_currency(
            m.to_decimal(), m.currency, locale=self.locale, currency_digits=True))
        if self.right_to_left:
            # An amount reads as one left-to-right run inside right-to-left text: without
            # the marks a symbol like "JP¥" is pulled apart ("¥JP 9,454").
            text = LRM + text.replace(RLM, "") + LRM
        return text

    def money_writer(self, currency: str) -> Callable[[int], str]:
        """`lambda minor: self.money(Money(minor, currency))`, to the character, with
        the currency checked and the locale's writer and direction looked up once (the
        counter writes a dozen amounts a command): an unknown currency raises here as
        Money would; anything but a plain int, or an amount past the fast writer's
        range, goes the whole way through `money`."""
        Money(0, currency)  # the currency's checks, as each Money makes them
        fast = _money_writer(self.locale, currency, exponent_of(currency))
        rtl = self.right_to_left

        def write(minor: int) -> str:
            if fast is None or type(minor) is not int \
                    or not -_FAST_LIMIT < minor < _FAST_LIMIT:
                return self.money(Money(minor, currency))
            text = fast(minor)
            return LRM + text.replace(RLM, "") + LRM if rtl else text

        return write

    def amount(self, value: Money | int, currency: str | None = None) -> str:
        """The number alone, no symbol and no grouping, as it would be typed into an
        amount field: "12.50", "12,50", "22535"."""
        m = value if isinstance(value, Money) else Money(value, currency or self.currency)
        text = f"{m.to_decimal():.{m.exponent}f}"
        return text.replace(".", self.decimal_symbol) if m.exponent else text

    def figure(self, value: Money | int, currency: str | None = None) -> str:
        """Money without its symbol, grouped, with exactly the currency's digits: the
        columns of a receipt or report ("1,234.50", "1.234,50", "22,535")."""
        m = value if isinstance(value, Money) else Money(value, currency or self.currency)
        pattern = "#,##0" + ("." + "0" * m.exponent if m.exponent else "")
        return str(format_decimal(m.to_decimal(), format=pattern, locale=self.locale))

    def percent(self, fraction: Decimal) -> str:
        """A rate as the locale writes a percentage: 0.0625 -> "6.25%", "6,25 %"."""
        return str(format_percent(fraction, format="#,##0.###%", locale=self.locale))

    def number(self, value: int | Decimal) -> str:
        return str(format_decimal(value, locale=self.locale))

    def parse_amount(self, text: str, currency: str | None = None, *,
                     what: str | Message = AMOUNT,
                     negative_ok: bool = False) -> Money:
        """What a cashier typed, in the store's currency: "12.50" always, "12,50" where
        the locale writes a decimal comma; InputError saying what is wrong otherwise."""
        cur = currency or self.currency
        # Digits as an Arabic keyboard types them (٠١٢…, and the Arabic decimal separator
        # ٫) are the same number.
        text = "".join(
            str(unicodedata.decimal(ch)) if not ch.isascii() and unicodedata.decimal(ch, None)
            is not None else "." if ch == "\u066b" else ch for ch in text)
        minor = parse_plain_amount(text, cur, what=what, negative_ok=negative_ok,
                                   decimal_comma=self.decimal_symbol == "," and "," in text)
        return Money(minor, cur)

    # ---- dates and times -------------------------------------------------------------

    def local(self, moment: dt.datetime) -> dt.datetime:
        """`moment` in the store's time zone (a naive datetime is taken as UTC)."""
        aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
        return aware.astimezone(ZoneInfo(self.timezone))

    def date_time(self, moment: dt.datetime) -> str:
        """Date and time, short, in the store's zone: "12/5/26, 7:39 PM", "05.12.26, 19:39"."""
        return str(format_datetime(self.local(moment), format="short", locale=self.locale))

    def date(self, day: dt.date | dt.datetime) -> str:
        value = self.local(day).date() if isinstance(day, dt.datetime) else day
        return str(format_date(value, format="medium", locale=self.locale))

    def short_date(self, day: dt.date | dt.datetime) -> str:
        """The date in figures, for a narrow column: "12/5/26", "05.12.26"."""
        value = self.local(day).date() if isinstance(day, dt.datetime) else day
        return str(format_date(value, format="short", locale=self.locale))

    def month_year(self, day: dt.date) -> str:
        """The month and year: "December 2026", "Dezember 2026", "diciembre de 2026"."""
        return str(format_skeleton("yMMMM", day, locale=self.locale))

    def month(self, day: dt.date) -> str:
        """The month's short name: "Dec", "dic", "Dez."."""
        return str(format_date(day, format="LLL", locale=self.locale))

    def time(self, moment: dt.datetime | dt.time) -> str:
        value = self.local(moment).timetz() if isinstance(moment, dt.datetime) else moment
        return str(format_time(value, format="short", locale=self.locale))
