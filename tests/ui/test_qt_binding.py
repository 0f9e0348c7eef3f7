"""Guards against Qt binding releases that corrupt reference counts.

PySide6 6.12.0 drops a reference to None on every call of a void method (setText,
processEvents, ...): a counter crashes ("deallocating None") after a few thousand
screen updates. pyproject pins below it; this test fails if a broken release slips in.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_calls_do_not_leak_references_to_none(qapp):
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(5000):
        label.setText("x")
    assert abs(sys.getrefcount(None) - before) < 100
