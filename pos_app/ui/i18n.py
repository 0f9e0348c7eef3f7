"""The counter's language and formats.

Every user-facing string goes through `translate(context, text)` with a literal context
and text, so `pyside6-lupdate` finds it (see resources/i18n/ and `make translations`).
Placeholders are named and filled after translation:
``translate("Checkout", "Give {amount} change").format(amount=fmt().money(change))``.

Money, numbers, dates and times go through `fmt()`, the store's `LocaleFormat`
(services/locale_format.py), set once at start-up with `set_format`.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from pos_app.domain.errors import PosError
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
    QLocale.setDefault(QLocale(value.locale))


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
# The domain and services raise English messages. The ones a cashier meets most (PINs,
# approvals, quantities) are recognised here by their English wording and shown in the
# screen's language with the same figures; any other message is shown as it is. The
# lasting fix is for errors to carry a key and their values (see the README's
# "Languages" section); until then a message whose wording changes falls back to English.
def _error_templates() -> tuple[tuple[re.Pattern[str], str], ...]:
    return (
        (re.compile(r"Wrong PIN or not allowed"),
         translate("Errors", "Wrong PIN or not allowed")),
        (re.compile(r"Too many wrong PINs; try again in (?P<n>\d+) s"),
         translate("Errors", "Too many wrong PINs; try again in {n} s")),
        (re.compile(r"Too many wrong PINs; try again in (?P<n>\d+) min"),
         translate("Errors", "Too many wrong PINs; try again in {n} min")),
        (re.compile(r"Locked after too many wrong PINs: a manager must unlock it"),
         translate("Errors", "Locked after too many wrong PINs: a manager must unlock it")),
        (re.compile(r"Manager approval needed: (?P<what>.+)"),
         translate("Errors", "Manager approval needed: {what}")),
        (re.compile(r"Quantity must be a whole number, got (?P<q>.+)"),
         translate("Errors", "Quantity must be a whole number, got {q}")),
        (re.compile(r"Quantity cannot be zero; remove the line instead"),
         translate("Errors", "Quantity cannot be zero; remove the line instead")),
        (re.compile(r"Quantity cannot be negative \((?P<q>-?\d+)\); use a return"),
         translate("Errors", "Quantity cannot be negative ({q}); use a return")),
        (re.compile(r"Quantity (?P<q>\d+) is more than the limit of (?P<max>\d+)"),
         translate("Errors", "Quantity {q} is more than the limit of {max}")),
        (re.compile(r"Change the quantity of a return by removing and re-adding it"),
         translate("Errors", "Change the quantity of a return by removing and re-adding it")),
    )


_AMOUNT = re.compile(r"(?P<what>Amount|Price|Discount|Float|Count) (?P<text>'[^']*'|\"[^\"]*\") "
                     r"(?P<problem>.+)")


def _amount_problem(m: re.Match[str]) -> str | None:
    """An amount the cashier typed and plain_amount refused, in the screen's language."""
    what = {"Amount": translate("Errors", "Amount"), "Price": translate("Errors", "Price"),
            "Discount": translate("Errors", "Discount"), "Float": translate("Errors", "Float"),
            "Count": translate("Errors", "Count")}[m["what"]]
    problem, text = m["problem"], m["text"]
    decimals = re.fullmatch(r"has more decimal places than (?P<cur>[A-Z]{3}) allows "
                            r"\((?P<n>\d+)\)", problem)
    if decimals is not None:
        return translate("Errors", "{what} {text}: {currency} has {n} decimal places at "
                                   "most").format(what=what, text=text,
                                                  currency=decimals["cur"], n=decimals["n"])
    simple = {
        "must not be negative": translate("Errors", "{what} {text} cannot be negative"),
        "is required": translate("Errors", "{what}: nothing typed"),
        "must be a number like 12.99": translate("Errors", "{what} {text} is not a number"),
    }
    if problem in simple:
        return simple[problem].format(what=what, text=text)
    if "thousands" in problem or problem.startswith(("contains ','", "mixes")):
        return translate("Errors", "{what} {text}: write it with one decimal separator "
                                   "({symbol}) and no thousands separators").format(
            what=what, text=text, symbol=fmt().decimal_symbol)
    return None


def error_text(exc: BaseException, fallback: str | None = None) -> str:
    """What the screen says for `exc`: a PosError's message (in the screen's language
    when it is one of the known ones), else `fallback` or a generic line."""
    if not isinstance(exc, PosError):
        return fallback or translate("Errors", "Something went wrong; the error was logged.")
    message = str(exc)
    if _language[0] == "en":
        return message
    for pattern, template in _error_templates():
        m = pattern.fullmatch(message)
        if m is not None:
            return template.format(**m.groupdict())
    amount = _AMOUNT.fullmatch(message)
    if amount is not None:
        return _amount_problem(amount) or message
    return message


def keep_left_to_right(widget: QWidget) -> None:
    """A number pad keeps 1-2-3 from left to right in a right-to-left language, as
    phones, calculators and card terminals do (the rest of the screen is mirrored)."""
    widget.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
