"""Geometry checks any screen's test can call: does the window fit the screen, and is
every widget that matters fully visible, its text whole?

    from tests.ui.geometry import assert_fits
    assert_fits(window, [screen.total, screen.pay, *screen.buttons.values()])

`assert_fits` fails listing every problem: the window (or what its layouts need at
least) larger than the screen's available area; a widget hidden, outside the window,
cut by one of its parents (a squeezed layout or a scroll area), smaller than a 44 px
touch target (buttons), or whose text does not fit the room inside its border and
padding (fontMetrics().horizontalAdvance of each shown line against the contents
rect, in the font the widget really paints with).

A wrapping label (wordWrap) is judged by its text wrapped to its width: it must fit the
label's height.

Screens as a store has them (`SCREENS`) are reproduced with Qt's own offscreen platform
in a subprocess: a config file gives the screen its pixel size, and QT_SCALE_FACTOR=1.5
gives 150 % scaling the way Qt applies a desktop's scale factor (1920x1080 at 150 % is a
1280x720 logical screen with every font and pixel size scaled by 1.5). See
`screen_env`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QMargins, QPoint, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QTableWidget,
    QWidget,
)

# name -> (physical width, height, scale factor)
SCREENS: dict[str, tuple[int, int, float]] = {
    "1024x768": (1024, 768, 1.0),
    "1366x768": (1366, 768, 1.0),
    "1920x1080": (1920, 1080, 1.0),
    "1920x1080@150%": (1920, 1080, 1.5),
}
TOUCH_PX = 44
ROOT = Path(__file__).resolve().parents[2]


def screen_env(name: str, work_dir: Path) -> dict[str, str]:
    """Environment for a subprocess whose (offscreen) screen is `SCREENS[name]`."""
    width, height, scale = SCREENS[name]
    config = work_dir / f"screen-{width}x{height}.json"
    config.write_text(json.dumps({"screens": [{
        "name": "counter", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    env["QT_SCALE_FACTOR"] = str(scale)
    env.pop("QT_SCREEN_SCALE_FACTORS", None)
    env.pop("QT_AUTO_SCREEN_SCALE_FACTOR", None)
    return env


def run_on_screen(test_file: str, inner_test: str, env: dict[str, str], work_dir: Path,
                  **extra: str) -> None:
    """Run `inner_test` of `test_file` (a path as __file__ gives it) in its own pytest
    process with `env` (`screen_env`) and `extra` set, so Qt sees exactly that screen;
    it must pass."""
    env = {**env, **extra, "PYTHONPATH": str(ROOT)}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x",
         f"{Path(test_file).resolve().relative_to(ROOT)}::{inner_test}",
         "--basetemp", str(work_dir / "inner")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False)
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-3000:]
    assert "1 passed" in run.stdout, run.stdout[-3000:]


def compile_language(lang: str, folder: Path) -> Path:
    """The kept translation of `lang` (resources/i18n) compiled into `folder`, for
    i18n.QM_DIR; the test is skipped where pyside6-lrelease is not installed."""
    import pytest

    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed")
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run([str(lrelease), "-silent",
                    str(ROOT / "resources" / "i18n" / f"pos_app_{lang}.ts"),
                    "-qm", str(folder / f"pos_app_{lang}.qm")], check=True)
    return folder

def painted_font(widget: QWidget) -> QFont:
    """The font the widget paints its text in (a label that shrinks to fit says so)."""
    fitted = getattr(widget, "fitted_font", None)
    return fitted() if callable(fitted) else widget.font()


def shown_text(widget: QWidget) -> str:
    """The text on screen (an eliding widget's `text()` may be its whole text)."""
    shown = getattr(widget, "shown_text", None)
    if callable(shown):
        return str(shown())
    if isinstance(widget, QLabel):
        return QLabel.text(widget)
    if isinstance(widget, QAbstractButton):
        return widget.text()
    return ""


def text_room(widget: QWidget) -> QRect:
    """Where the widget's text may go: inside its border and padding."""
    if isinstance(widget, QPushButton):
        opt = QStyleOptionButton()
        opt.initFrom(widget)
        opt.text = widget.text()
        return widget.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, opt,
                                             widget)
    return widget.contentsRect()


def text_problems(widget: QWidget) -> list[str]:
    text = shown_text(widget)
    if not text:
        return []
    fm = QFontMetrics(painted_font(widget))
    room = text_room(widget)
    out = []
    if isinstance(widget, QLabel) and widget.wordWrap():
        # A wrapping label: its text, wrapped to its width, must fit its height (and a
        # word longer than the width would stick out).
        room = room.marginsRemoved(QMargins(*(widget.margin(),) * 4))
        need = fm.boundingRect(room, int(widget.alignment() | Qt.TextFlag.TextWordWrap),
                               text)
        if need.width() > room.width():
            out.append(f"wrapped text needs {need.width()} px wide, has {room.width()}")
        if need.height() > room.height() + 2:
            out.append(f"wrapped text needs {need.height()} px high, has {room.height()}")
        return out
    lines = text.split("\n")
    for line in lines:
        need = fm.horizontalAdvance(line)
        if need > room.width():
            out.append(f"text {line!r} needs {need} px, has {room.width()}")
    if len(lines) * fm.height() > room.height() + 2:
        out.append(f"{len(lines)} line(s) need {len(lines) * fm.height()} px high, has "
                   f"{room.height()}")
    return out


def describe(widget: QWidget) -> str:
    name = widget.objectName() or widget.accessibleName() or shown_text(widget)[:30]
    return f"{type(widget).__name__}({name!r})"


def visibility_problems(window: QWidget, widget: QWidget) -> list[str]:
    if not widget.isVisible():
        return ["not visible"]
    out = []
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    if not window.rect().contains(rect):
        out.append(f"at {rect.getRect()} outside the window {window.rect().getRect()}")
    # Cut by a parent: each widget must lie inside its parent's rectangle, up to the
    # window (a layout squeezed below its minimum, or a scroll area's viewport).
    child: QWidget = widget
    while child is not window and child.parentWidget() is not None:
        parent = child.parentWidget()
        assert parent is not None
        inside = QRect(child.mapTo(parent, QPoint(0, 0)), child.size())
        if not parent.rect().contains(inside):
            out.append(f"cut by {describe(parent)}: {inside.getRect()} in "
                       f"{parent.rect().getRect()}")
            break
        child = parent
    if widget.width() <= 0 or widget.height() <= 0:
        out.append(f"has no room ({widget.width()}x{widget.height()})")
    return out


def fit_problems(window: QWidget, widgets: Iterable[QWidget]) -> list[str]:
    """What `assert_fits` would complain about, one line per problem."""
    QApplication.processEvents()
    screen = window.screen() or QApplication.primaryScreen()
    room = screen.availableGeometry()
    out = []
    frame = window.frameGeometry()
    if frame.width() > room.width() or frame.height() > room.height():
        out.append(f"window {frame.width()}x{frame.height()} exceeds the screen's "
                   f"{room.width()}x{room.height()}")
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    if least.width() > room.width() or least.height() > room.height():
        out.append(f"the window needs at least {least.width()}x{least.height()}, the "
                   f"screen has {room.width()}x{room.height()}")
    for w in widgets:
        problems = visibility_problems(window, w)
        if not problems:
            problems = text_problems(w)
        if isinstance(w, (QAbstractButton, QLineEdit)) and w.isVisible() \
                and (w.width() < TOUCH_PX or w.height() < TOUCH_PX):
            problems.append(f"{w.width()}x{w.height()} is under {TOUCH_PX} px (touch)")
        out += [f"{describe(w)}: {p}" for p in problems]
    return out


def scrolled_problems(window: QWidget, area: QAbstractScrollArea,
                      widgets: Iterable[QWidget]) -> list[str]:
    """What `assert_fits_scrolled` would complain about, one line per problem."""
    QApplication.processEvents()
    out = [f"{describe(area)}: {p}" for p in visibility_problems(window, area)]
    view = area.viewport()
    shown = 0
    for w in widgets:
        rect = QRect(w.mapTo(view, QPoint(0, 0)), w.size())
        if not w.isVisible() or not rect.intersects(view.rect()):
            continue  # scrolled out of sight
        shown += 1
        problems = [] if view.rect().contains(rect) else [
            f"cut by the scroll area: {rect.getRect()} in {view.rect().getRect()}"]
        problems += text_problems(w)
        if isinstance(w, (QAbstractButton, QLineEdit)) \
                and (w.width() < TOUCH_PX or w.height() < TOUCH_PX):
            problems.append(f"{w.width()}x{w.height()} is under {TOUCH_PX} px (touch)")
        out += [f"{describe(w)}: {p}" for p in problems]
    if not shown:
        out.append(f"{describe(area)} shows none of its widgets")
    return out


def assert_fits_scrolled(window: QWidget, area: QAbstractScrollArea,
                         widgets: Iterable[QWidget]) -> None:
    """`widgets` live in a scroll area (quick keys): the area is fully visible in the
    window, and each widget it shows now, any part of it, is shown whole (never a row
    cut at the bottom), its text whole, touch-sized. Those scrolled out are not judged."""
    problems = scrolled_problems(window, area, list(widgets))
    assert not problems, "\n".join(problems)


def assert_fits(window: QWidget, widgets: Iterable[QWidget]) -> None:
    """The window fits its screen and each of `widgets` is fully visible with its text
    whole. Call it with a screen's essential widgets (totals, actions, inputs)."""
    problems = fit_problems(window, list(widgets))
    assert not problems, "\n".join(problems)


def cell_problems(table: QTableWidget, *, all_rows: bool = True) -> list[str]:
    """A table's cells whole: each cell's text, wrapped to its column (inside the item's
    margins), as wide and as tall as its cell (never elided "…"); with `all_rows`, every
    row shown without scrolling (a table sized to its rows)."""
    QApplication.processEvents()
    out = []
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                       table) + 1
    fm = QFontMetrics(table.font())
    for r in range(table.rowCount()):
        for c in range(table.columnCount()):
            item = table.item(r, c)
            if item is None or not item.text() or table.isColumnHidden(c):
                continue
            room = table.columnWidth(c) - 2 * margin
            flags = int(Qt.TextFlag.TextWordWrap) if table.wordWrap() else 0
            need = fm.boundingRect(QRect(0, 0, room, 1 << 20), flags, item.text())
            if need.width() > room or need.height() > table.rowHeight(r):
                out.append(f"{describe(table)} cell ({r}, {c}) {item.text()!r} needs "
                           f"{need.width()}x{need.height()} px, has "
                           f"{room}x{table.rowHeight(r)}")
    if all_rows:
        rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
        if table.verticalScrollBar().maximum() > 0 or rows > table.viewport().height():
            out.append(f"{describe(table)}: {table.rowCount()} rows ({rows} px) in "
                       f"{table.viewport().height()} px: it scrolls")
    return out
