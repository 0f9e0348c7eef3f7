"""The store's locale: money, amounts typed by a cashier, dates in the store's zone, and
the [store] locale / timezone / language settings refused clearly when unknown."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from babel.numbers import format_currency
from hypothesis import given, settings
from hypothesis import strategies as st

from pos_app.adapters.config import load_settings
from pos_app.domain.errors import ConfigError, InputError
from pos_app.domain.money import Money, exponent_of
from pos_app.services.counter import fmt
from pos_app.services.locale_format import LRM, RLM, LocaleFormat, _money_writer
from pos_app.services.settings import StoreSettings

NBSP = "\xa0"


def test_money_as_each_locale_writes_it() -> None:
    assert LocaleFormat("de_DE", "Europe/Berlin", "EUR").money(42652) == f"426,52{NBSP}€"
    assert LocaleFormat("en_IE", "Europe/Dublin", "EUR").money(42652) == "€426.52"
    assert LocaleFormat("en_US", "UTC", "USD").money(-1379) == "-$13.79"
    assert LocaleFormat("es_ES", "Europe/Madrid", "EUR").money(123450) == f"1.234,50{NBSP}€"
    # No minor unit: never ".00"
    jp = LocaleFormat("ja_JP", "Asia/Tokyo", "JPY")
    assert jp.money(22535) == "￥22,535" and jp.minor_digits == 0
    assert jp.amount(22535) == "22535" and jp.figure(22535) == "22,535"
    assert "." not in LocaleFormat("en_US", "UTC", "JPY").money(1200)
    ar = LocaleFormat("ar_EG", "Africa/Cairo", "EGP")
    assert ar.right_to_left and "12.34" in ar.money(1234)


def test_amounts_typed_with_the_locales_decimal_separator() -> None:
    de = LocaleFormat("de_DE", "Europe/Berlin", "EUR")
    assert de.parse_amount("12,50") == Money(1250, "EUR")
    assert de.parse_amount("12.50") == Money(1250, "EUR")
    assert LocaleFormat("es_ES", "Europe/Madrid", "EUR").parse_amount("0,05").minor == 5
    for bad in ("12,505", "1.234,50", "abc", "", "-3", "1e3"):
        with pytest.raises(InputError):
            de.parse_amount(bad)
    with pytest.raises(InputError):  # a comma is not the decimal separator in en_US
        LocaleFormat("en_US", "UTC", "USD").parse_amount("12,50")
    with pytest.raises(InputError):  # no fraction of a yen
        LocaleFormat("ja_JP", "Asia/Tokyo", "JPY").parse_amount("100.5")


def test_dates_and_times_in_the_stores_zone() -> None:
    moment = datetime(2026, 12, 5, 19, 39, tzinfo=UTC)
    assert LocaleFormat("de_DE", "Europe/Berlin", "EUR").date_time(moment) == "05.12.26, 20:39"
    ny = LocaleFormat("en_US", "America/New_York", "USD")
    assert ny.time(moment).replace("\u202f", " ") == "2:39 PM"
    assert ny.date(moment) == "Dec 5, 2026"


def test_counter_money_uses_the_stores_locale() -> None:
    assert fmt(42652, "EUR", LocaleFormat("de_DE", "Europe/Berlin", "EUR")) == f"426,52{NBSP}€"
    assert fmt(1250, "USD") == "$12.50"  # the default stays en_US
    assert fmt(22535, "JPY") == "¥22,535"


def test_report_shows_local_times_and_no_raw_shift_id() -> None:
    from pos_app.domain.shift import SalesFigures, Shift, ShiftStatus, TenderTotals, XReport
    from pos_app.services.report_text import render_x

    opened = datetime(2026, 12, 5, 14, 0, tzinfo=UTC)
    shift = Shift("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b", "T1", ShiftStatus.OPEN, "ana",
                  opened, 15000, "EUR")
    x = XReport(shift=shift, generated_at=opened, sales=SalesFigures(),
                tenders=(TenderTotals("cash", 0, 0, 0, 0),), cash_movements=())
    out = render_x(x, "Laden", names={"ana": "Ana"},
                   locale=LocaleFormat("de_DE", "Europe/Berlin", "EUR"))
    assert "05.12.26, 15:00" in out  # Berlin, not UTC
    assert "150,00 €" in out
    assert shift.id not in out and "Ana" in out


def _cfg(tmp_path: Path, store: str) -> Path:
    p = tmp_path / "config.toml"
    p.write_text("[store]\n" + store, encoding="utf-8")
    return p


def test_store_locale_settings(tmp_path: Path) -> None:
    s = load_settings(config_path=_cfg(tmp_path, 'locale = "de_DE"\ncurrency = "EUR"\n'
                                                 'timezone = "Europe/Berlin"\n'), env={})
    assert s.store.ui_language == "de"
    assert s.store.locale_format() == LocaleFormat("de_DE", "Europe/Berlin", "EUR")
    s = load_settings(config_path=_cfg(tmp_path, 'locale = "fr_FR"\nlanguage = "es"\n'), env={})
    assert s.store.ui_language == "es"
    assert StoreSettings(locale="fr_FR").ui_language == "en"  # not translated: English
    assert StoreSettings(locale="ar_EG").ui_language == "ar"


@pytest.mark.parametrize(("store", "message"), [
    ('locale = "xx_QQ"\n', "Unknown locale 'xx_QQ'"),
    ('timezone = "Mars/Olympus"\n', "Unknown time zone 'Mars/Olympus'"),
    ('language = "fr"\n', "language must be one of en, es, de, ar"),
])
def test_unknown_locale_zone_or_language_is_refused(tmp_path: Path, store: str,
                                                    message: str) -> None:
    with pytest.raises(ConfigError, match=r"\[store\] .*" + message.replace("(", r"\(")):
        load_settings(config_path=_cfg(tmp_path, store), env={})


def test_digits_as_an_arabic_keyboard_types_them() -> None:
    ar = LocaleFormat("ar_EG", "Africa/Cairo", "EGP")
    assert ar.parse_amount("١٢٫٥٠") == Money(1250, "EGP")
    assert ar.parse_amount("٣") == Money(300, "EGP")
    with pytest.raises(InputError):
        ar.parse_amount("1²")


def test_without_a_configured_zone_the_store_keeps_the_tills_clock(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Receipts and reports show the time of the till's own clock until [store] timezone
    says otherwise (never UTC by surprise)."""
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    s = load_settings(config_path=_cfg(tmp_path, 'currency = "JPY"\n'), env={})
    assert s.store.timezone == "Asia/Tokyo"
    s = load_settings(config_path=_cfg(tmp_path, 'timezone = "Europe/Madrid"\n'), env={})
    assert s.store.timezone == "Europe/Madrid"


# Locales whose currency patterns differ in every way the fast writer handles: symbol
# before or after, a space or none, the sign before or after the symbol, grouping by
# 3 or by 3 then 2, bidi marks, a narrow no-break space; and de_CH, whose apostrophe
# group separator Babel mangles (its quote stripping), which stays with Babel.
WRITER_LOCALES = ("en_US", "de_DE", "es_ES", "ar_EG", "en_IN", "hi_IN", "de_CH", "nl_NL",
                  "fa_IR", "he_IL", "fr_FR", "ja_JP", "sv_SE", "pt_BR", "tr_TR", "ru_RU",
                  "zh_CN", "ko_KR", "th_TH", "bn_BD", "my_MM", "ur_PK", "sw_KE", "fr_CH")
WRITER_CURRENCIES = ("USD", "EUR", "JPY", "KWD", "INR", "CHF", "SAR", "XYZ")


@settings(max_examples=15, deadline=None)
@given(st.lists(st.one_of(st.integers(-10 ** 18 + 1, 10 ** 18 - 1),
                          st.integers(-100_000, 100_000)), min_size=1, max_size=20))
def test_money_writer_writes_what_babel_writes(amounts: list[int]) -> None:
    """The counter's fast money writer (locale_format._money_writer) is Babel's
    `format_currency` to the character, or steps aside (None) for Babel to write it."""
    for loc in WRITER_LOCALES:
        for cur in WRITER_CURRENCIES:
            write = _money_writer(loc, cur, exponent_of(cur))
            for minor in (0, 1, -1, 100, 123_456_789, *amounts):
                m = Money(minor, cur)
                want = str(format_currency(m.to_decimal(), cur, locale=loc,
                                           currency_digits=True))
                if write is not None:
                    assert write(minor) == want, (loc, cur, minor)
                lf = LocaleFormat(loc, currency=cur)
                shown = LRM + want.replace(RLM, "") + LRM if lf.right_to_left else want
                assert lf.money(minor) == shown, (loc, cur, minor)
                # The counter's per-currency writer (counter.fmt) writes the same.
                assert lf.money_writer(cur)(minor) == shown, (loc, cur, minor)


def test_money_writer_steps_aside_where_babel_would_mangle_or_round() -> None:
    assert _money_writer("de_CH", "CHF", 2) is None  # "'" groups: Babel strips quotes
    assert _money_writer("en_US", "USD", 3) is None  # another exponent than Babel's
    assert _money_writer("en_US", "USD", 2) is not None
    # A big amount goes through Babel, and comes out the same.
    assert LocaleFormat().money(10 ** 20) == "$1,000,000,000,000,000,000.00"


def test_the_per_currency_writer_checks_as_money_does() -> None:
    from pos_app.services.counter import fmt

    write = LocaleFormat().money_writer("USD")
    assert write(10 ** 20) == LocaleFormat().money(10 ** 20)  # past the fast range
    with pytest.raises(TypeError):
        write(True)  # Money takes ints only, never a bool
    with pytest.raises(ValueError, match="ISO 4217"):
        LocaleFormat().money_writer("US")
    assert fmt(-123_456, "EUR", LocaleFormat("de_DE")) == "-1.234,56\xa0€"
