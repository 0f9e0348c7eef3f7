"""What the screenshots in other languages showed: a key's label drawn smaller rather than
cut ("Crédito de tienda" at 1024x768), and in Arabic every total's name at the start and
its amount at the end, whatever script the name is written in (a tax named in Latin
letters once sat beside its amount)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from pos_app.ui.fit_label import FitButton
from tests.ui.geometry import text_problems
from tests.ui.test_counter_ui import window  # noqa: F401


def test_a_key_too_narrow_for_its_label_draws_it_smaller(qtbot):
    key = FitButton("Crédito de tienda\nF3")
    key.setStyleSheet("QPushButton { font-size: 22pt; font-weight: 600; padding: 4px; }")
    qtbot.addWidget(key)
    key.resize(200, 64)
    key.show()
    qtbot.waitExposed(key)
    assert key.fitted_font().pointSizeF() < key.font().pointSizeF()
    assert text_problems(key) == []
    key.setText("Tarjeta\nF2")  # fits: the style's own type
    assert key.fitted_font().pointSizeF() == key.font().pointSizeF()
    key.grab()  # both ways of painting run


def test_totals_keep_names_at_the_start_and_amounts_at_the_end(qtbot, window):  # noqa: F811
    sale = window.sale
    for direction, start, end in (
            (Qt.LayoutDirection.LeftToRight, Qt.AlignmentFlag.AlignLeft,
             Qt.AlignmentFlag.AlignRight),
            (Qt.LayoutDirection.RightToLeft, Qt.AlignmentFlag.AlignRight,
             Qt.AlignmentFlag.AlignLeft)):
        sale.setLayoutDirection(direction)
        sale._set_totals([("المجموع الفرعي", "8,734 JP¥"), ("City sales tax", "176 JP¥")])
        for name, amount in sale.total_rows[:2]:
            assert name.alignment() & Qt.AlignmentFlag.AlignAbsolute
            assert name.alignment() & start and amount.alignment() & end
    sale.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
