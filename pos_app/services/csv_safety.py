"""Every CSV the product writes goes through `safe_writer`: no cell is a spreadsheet formula.

A text cell that starts with '=', '+', '-', '@', a tab or a carriage return is run as
a formula by Excel, LibreOffice and Google Sheets when the file is opened (OWASP "CSV
injection": `=HYPERLINK(...)`, `=cmd|' /C calc'!A0`). Product titles, staff names and
SKUs come from files and people, so such a cell is written with a leading apostrophe,
which spreadsheets show as text and do not evaluate. Numbers stay numbers: an int, or a
plain decimal such as "-12.50" in an amount column, is written as it is.

`from_csv_cell` undoes the apostrophe when a file is read back (`import-catalog` of a
catalog this product exported), so the round trip changes nothing.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from decimal import Decimal
from typing import Any, Protocol

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
NEUTRALISER = "'"
# A plain number (what amount_text and str(int) write) is never a formula.
_PLAIN_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")


class _Writable(Protocol):
    def write(self, text: str, /) -> Any: ...


def csv_cell(value: object) -> object:
    """The value as it may be written to a CSV file: formula-like text gets a leading "'"."""
    if value is None or isinstance(value, bool | int | float | Decimal):
        return value
    text = str(value)
    # Text that already starts with apostrophes before a formula gets one more, so
    # reading it back (`from_csv_cell`) gives exactly the text that was written.
    if text.lstrip(NEUTRALISER).startswith(FORMULA_STARTS) \
            and not _PLAIN_NUMBER.fullmatch(text):
        return NEUTRALISER + text
    return text


def from_csv_cell(text: str) -> str:
    """A cell as `csv_cell` meant it: the apostrophe it put in front removed."""
    if text.startswith(NEUTRALISER) and text.lstrip(NEUTRALISER).startswith(FORMULA_STARTS):
        return text[1:]
    return text


class SafeCsvWriter:
    """`csv.writer` that passes every cell through `csv_cell`."""

    def __init__(self, out: _Writable, **fmt: Any) -> None:
        self._writer = csv.writer(out, **fmt)

    def writerow(self, row: Iterable[object]) -> None:
        self._writer.writerow([csv_cell(cell) for cell in row])

    def writerows(self, rows: Iterable[Iterable[object]]) -> None:
        for row in rows:
            self.writerow(row)


def safe_writer(out: _Writable, **fmt: Any) -> SafeCsvWriter:
    """The one way the product writes CSV rows (`fmt` as for `csv.writer`)."""
    return SafeCsvWriter(out, **fmt)
