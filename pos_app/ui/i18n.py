"""The counter's language and formats.

Every user-facing string goes through `translate(context, text)` with a literal context
and text, so `pyside6-lupdate` finds it (see resources/i18n/ and `make translations`).
Placeholders are named and filled after translation:
``translate("Checkout", "Give {amount} change").format(amount=fmt().money(change))``.

Money, numbers, dates and times go through `fmt()`, the store's `LocaleFormat`
(services/locale_format.py), set once at start-up with `set_format`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pos_app.services.locale_format import LocaleFormat

_current: list[LocaleFormat] = [LocaleFormat()]


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the running language (itself when there is no translation). `n` picks
    the plural form of a text with `%n`."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def set_format(value: LocaleFormat) -> None:
    _current[0] = value


def fmt() -> LocaleFormat:
    """The store's locale format (en_US, UTC, USD until `set_format`)."""
    return _current[0]
