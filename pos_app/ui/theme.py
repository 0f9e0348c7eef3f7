"""One look for the whole app: strong contrast, one accent colour, big type at the counter.

Colour has meaning only: the accent for the primary action, red for errors and voids,
amber for warnings (offline, sync lag). Nothing decorative.
"""

from __future__ import annotations

ACCENT = "#0b5cad"
ACCENT_DARK = "#084a8c"
ERROR = "#b00020"
WARNING_BG = "#fff4ce"
WARNING_FG = "#5c4400"
OK_FG = "#1b5e20"
TEXT = "#111111"
MUTED = "#555555"
BORDER = "#c8c8c8"
SURFACE = "#ffffff"
BACKGROUND = "#f3f4f6"
# Scroll bars are drawn flat from these rules: the platform style's shaded ones took
# 1.2-1.8 ms to paint (offscreen, 14 x 641 px), and the cart's repaints its bar on every
# scan once the sale outgrows the screen (counter_bench: scan -> row painted p50
# 7.7 -> 5.1 ms, p99 17.5 -> 12.8 ms in one comparison).
SCROLL_HANDLE = "#b4b8bf"
SCROLL_HANDLE_DARK = "#8a9099"

BODY_PT = 14
TOTAL_PT = 44  # about 3x body: readable at arm's length

STYLESHEET = f"""
QWidget {{ color: {TEXT}; font-size: {BODY_PT}pt; }}
QMainWindow, QDialog {{ background: {BACKGROUND}; }}
QLineEdit {{ background: {SURFACE}; border: 2px solid {BORDER}; border-radius: 6px;
             padding: 8px 10px; }}
QLineEdit:focus {{ border-color: {ACCENT}; }}
QLineEdit[state="error"] {{ border-color: {ERROR}; background: #fdecee; }}
QPushButton {{ background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 6px;
               padding: 10px 14px; }}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton:pressed {{ background: #e6eef8; }}
QPushButton:disabled {{ color: #9a9a9a; background: #ececec; }}
QPushButton[role="primary"] {{ background: {ACCENT}; color: white; border: none;
                               font-weight: 700; }}
QPushButton[role="primary"]:hover {{ background: {ACCENT_DARK}; }}
QPushButton[role="primary"]:disabled {{ background: #9bb7d6; color: #f0f0f0; }}
QPushButton[role="danger"] {{ color: {ERROR}; border-color: {ERROR}; }}
QPushButton[role="action"] {{ padding: 6px 2px; font-size: {BODY_PT - 2}pt; }}
QPushButton[role="action"][tone="danger"] {{ color: {ERROR}; border-color: {ERROR}; }}
QPushButton[role="pad"] {{ font-size: {BODY_PT + 2}pt; font-weight: 600; min-height: 40px;
                           padding: 4px; }}
QPushButton[role="pinkey"] {{ font-size: {BODY_PT + 4}pt; font-weight: 600; padding: 2px; }}
QPushButton[role="key"] {{ font-size: {BODY_PT + 4}pt; font-weight: 600; min-height: 52px; }}
QPushButton[role="quick"] {{ text-align: left; padding: 6px 8px; min-height: 60px;
                             font-size: {BODY_PT - 2}pt; }}
QTableView, QListWidget {{ background: {SURFACE}; border: 1px solid {BORDER};
                             gridline-color: #e4e4e4; selection-background-color: #cfe0f5;
                             selection-color: {TEXT}; }}
QTableView#cart::item:selected {{ background: {ACCENT}; color: white; }}
QHeaderView::section {{ background: #e9ebef; border: none; padding: 6px;
                        font-weight: 600; font-size: {BODY_PT - 2}pt; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="error"] {{ color: {ERROR}; font-weight: 600; }}
QLabel[role="ok"] {{ color: {OK_FG}; font-weight: 600; }}
QLabel[role="warn"] {{ background: {WARNING_BG}; color: {WARNING_FG}; padding: 4px 8px;
                       font-weight: 600; }}
QLabel[role="banner"] {{ background: {WARNING_BG}; color: {WARNING_FG}; padding: 8px 12px;
                         border-radius: 6px; font-weight: 600; }}
QLabel#message {{ padding: 2px 8px; border-radius: 4px; }}
QLabel[role="title"] {{ font-size: {BODY_PT + 10}pt; font-weight: 700; }}
QLabel[role="total"] {{ font-size: {TOTAL_PT}pt; font-weight: 800; }}
QLabel[role="due"] {{ font-size: {TOTAL_PT - 4}pt; font-weight: 800; }}
QLabel[role="change"] {{ font-size: {TOTAL_PT + 8}pt; font-weight: 800; color: {OK_FG}; }}
QScrollBar:vertical {{ background: {BACKGROUND}; width: 14px; margin: 0; border: none; }}
QScrollBar:horizontal {{ background: {BACKGROUND}; height: 14px; margin: 0; border: none; }}
QScrollBar::handle {{ background: {SCROLL_HANDLE}; border-radius: 5px; margin: 2px; }}
QScrollBar::handle:vertical {{ min-height: 40px; }}
QScrollBar::handle:horizontal {{ min-width: 40px; }}
QScrollBar::handle:hover, QScrollBar::handle:pressed {{ background: {SCROLL_HANDLE_DARK}; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none;
                                             background: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
QStatusBar {{ background: #e9ebef; }}
QStatusBar QLabel {{ font-size: {BODY_PT - 2}pt; padding: 0 8px; }}
QStatusBar QLabel[state="warn"], QStatusBar QPushButton[state="warn"] {{
    background: {WARNING_BG}; color: {WARNING_FG}; }}
QStatusBar QPushButton {{ font-size: {BODY_PT - 2}pt; padding: 0 8px; border: none; }}
"""


def set_role(widget: object, role: str) -> None:
    """Tag a widget for the stylesheet and re-polish it so the change shows."""
    from PySide6.QtWidgets import QWidget

    if isinstance(widget, QWidget):
        widget.setProperty("role", role)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def clear_layout(layout: object) -> None:
    """Remove and delete every widget of a layout (for lists rebuilt on each render)."""
    from PySide6.QtWidgets import QLayout

    if not isinstance(layout, QLayout):
        return
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()
