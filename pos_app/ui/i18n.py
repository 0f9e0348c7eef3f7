"""The counter's language and formats.

Every user-facing string goes through `translate(context, text)` with a literal context
and text, so `pyside6-lupdate` finds it (see resources/i18n/ and `make translations`).
Placeholders are named and filled after translation:
``translate("Checkout", "Give {amount} change").format(amount=fmt().money(change))``.

Money, numbers, dates and times go through `fmt()`, the store's `LocaleFormat`
(services/locale_format.py), set once at start-up with `set_format`.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from pos_app.domain.errors import Message, PosError
from pos_app.domain.money import Money
from pos_app.services.locale_format import LocaleFormat

# The sources (.ts) are kept in resources/i18n/; the compiled translations (.qm) are
# build products in the package (pos_app/i18n/, package data), made by `make setup`,
# `make translations` and CI.
QM_DIR = Path(__file__).resolve().parent.parent / "i18n"
RTL_LANGUAGES = frozenset({"ar"})

_current: list[LocaleFormat] = [LocaleFormat()]
_installed: list[QTranslator] = []
_language: list[str] = ["en"]


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the running language (itself when there is no translation). `n` picks
    the plural form of a text with `%n`."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def set_format(value: LocaleFormat) -> None:
    """The store's formats for the screens; Qt's own widgets (date edits, charts' axes)
    follow the same locale."""
    _current[0] = value
    QLocale.setDefault(qt_locale(value))


def qt_locale(value: LocaleFormat | None = None) -> QLocale:
    """The Qt locale of the store's formats (`fmt()` by default), writing digits as they
    do. Babel writes ar_EG with the digits 0-9, Qt's ar_EG with ٠-٩: the Arabic
    screenshots had "٦/١٢/٢٠٢٦" in the return's date beside "0.00", and chart axes in
    other digits than their figures. Then a locale of the same language that writes
    0-9 and the same month names, day periods and short date and time formats (ar_LY,
    ar_001) stands in; without one, the locale as it is."""
    value = value or fmt()
    loc = QLocale(value.locale)
    if loc.zeroDigit() == "0" or value.number(0) != "0":
        return loc
    short = QLocale.FormatType.ShortFormat

    def face(q: QLocale) -> tuple[object, ...]:
        return (tuple(q.monthName(m) for m in range(1, 13)),
                tuple(q.monthName(m, short) for m in range(1, 13)),
                tuple(q.dayName(d) for d in range(1, 8)), q.amText(), q.pmText(),
                q.dateFormat(short), q.timeFormat(short))

    want = face(loc)
    for other in QLocale.matchingLocales(loc.language(), QLocale.Script.AnyScript,
                                         QLocale.Country.AnyCountry):
        if other.zeroDigit() == "0" and face(other) == want:
            return other
    return loc


def fmt() -> LocaleFormat:
    """The store's locale format (en_US, UTC, USD until `set_format`)."""
    return _current[0]


def language() -> str:
    """The language the screens are in ("en" until `install_language`)."""
    return _language[0]


def translation_file(lang: str) -> Path | None:
    """The compiled translation of `lang` (pos_app_<lang>.qm), or None when not built."""
    path = QM_DIR / f"pos_app_{lang}.qm"
    return path if path.is_file() else None


def install_language(lang: str, app: QCoreApplication | None = None) -> bool:
    """Switch the screens to `lang`: the counter's own translation and Qt's (standard
    buttons, context menus), and right-to-left layout for Arabic. English removes every
    translation. Widgets built afterwards are in the new language. False when the
    language's .qm is not built (`make translations`); the screens stay English."""
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QApplication")
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _language[0] = "en"
    found = True
    if lang != "en":
        path = translation_file(lang)
        ours = QTranslator(app)
        if path is not None and ours.load(str(path)):
            app.installTranslator(ours)
            _installed.append(ours)
            _language[0] = lang
        else:
            found = False
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator(app)
        if qt.load(QLocale(lang), "qtbase", "_", qt_dir):
            app.installTranslator(qt)
            _installed.append(qt)
    if isinstance(app, QApplication):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if lang in RTL_LANGUAGES
                               else Qt.LayoutDirection.LeftToRight)
    return found


def money_text(minor: int, currency: str) -> str:
    """Money in the store's locale: "$1,234.50", "1.234,50 €", "￥22,535"."""
    return _current[0].money(Money(minor, currency))


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for `pyside6-lupdate` where it cannot be translated yet (a module
    constant); `translate(context, text)` it where it is shown. Typed, unlike Qt's."""
    return text


# ---- domain errors in the screen's language ---------------------------------------------
# The domain and services raise their messages as an English template and its values
# (domain/errors.msg); tools/error_templates.py collects the templates into the .ts files
# (context "Errors"), and here the template is translated and its values written as the
# store's locale writes them.
def message_text(message: Message) -> str:
    """`message` in the screen's language: the template translated in context "Errors",
    money as the locale writes money, numbers grouped as it writes numbers, a nested
    message translated in turn, text as it is."""
    template = QCoreApplication.translate("Errors", message.template)
    return template.format_map({k: _value_text(v) for k, v in message.values.items()})


def _value_text(value: object) -> str:
    if isinstance(value, Message):
        return message_text(value)
    if isinstance(value, tuple | list):
        return ", ".join(_value_text(v) for v in value)
    if isinstance(value, Money):
        return fmt().money(value)
    if isinstance(value, int | Decimal) and not isinstance(value, bool):
        return fmt().number(value)
    if isinstance(value, dt.datetime):
        return fmt().date_time(value)
    if isinstance(value, dt.date):
        return fmt().date(value)
    return str(value)


def error_text(exc: BaseException, fallback: str | None = None) -> str:
    """What the screen says for `exc`: a PosError's message (in the screen's language
    when it was raised as a template, see domain/errors.msg), else `fallback` or a
    generic line."""
    if not isinstance(exc, PosError):
        return fallback or translate("Errors", "Something went wrong; the error was logged.")
    if exc.message is not None:
        return message_text(exc.message)
    return str(exc)


def keep_left_to_right(widget: QWidget) -> None:
    """A number pad keeps 1-2-3 from left to right in a right-to-left language, as
    phones, calculators and card terminals do (the rest of the screen is mirrored)."""
    widget.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
