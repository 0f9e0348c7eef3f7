"""Secrets kept out of logs and messages, whatever path they take.

The Shopify token and the central database password are read from the keyring (or
their environment variables) by the adapters that use them; each is registered here as
it is read. The log formatter installed by the CLI (`install_log_redaction`) then
replaces any registered secret, strips user, password and query from any URL, and masks
a card number (domain/card_data.py) in every formatted record, tracebacks included.
`redact` does the same for a message that is about to be printed or stored.

This is the second line: the first is that no code formats a secret into a message.
"""

from __future__ import annotations

import logging
import threading

from pos_app.domain.card_data import redact_card_numbers

from .transport import redact_urls

MASK = "[redacted]"
_MIN_LEN = 6  # shorter "secrets" (test stubs, empty strings) would mask common words


class _Registry:
    """Copy-on-write: readers (every log record) take no lock."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.values: frozenset[str] = frozenset()


_registry = _Registry()


def register_secret(value: str | None) -> None:
    """Remember `value` so it is never written to a log or shown (no-op for short ones)."""
    if value and len(value) >= _MIN_LEN and value not in _registry.values:
        with _registry.lock:
            _registry.values = _registry.values | {value}


def redact(text: str) -> str:
    """`text` without registered secrets, URL credentials or queries, or card numbers."""
    for secret in _registry.values:
        if secret in text:
            text = text.replace(secret, MASK)
    return redact_card_numbers(redact_urls(text))


class RedactingFormatter(logging.Formatter):
    """Formats as the wrapped formatter does, then redacts the whole text."""

    def __init__(self, inner: logging.Formatter | None = None) -> None:
        super().__init__()
        self._inner = inner or logging.Formatter()

    def format(self, record: logging.LogRecord) -> str:
        return redact(self._inner.format(record))


def install_log_redaction(logger: logging.Logger | None = None) -> None:
    """Wrap the formatter of every handler of `logger` (the root logger by default)."""
    for handler in (logger or logging.getLogger()).handlers:
        if not isinstance(handler.formatter, RedactingFormatter):
            handler.setFormatter(RedactingFormatter(handler.formatter))
