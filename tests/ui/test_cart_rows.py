"""The cart repaints only the rows a command changed, however long the sale is.

The counter keeps unchanged rows as the same objects from one view to the next and the
cart model announces only the span that differs: one inserted row for a scan at line
300, one changed row for a quantity, one removed row for a void, never a reset while
the same sale is on screen. What the rows say must still be what full pricing says.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from pos_app.domain.pricing import DiscountKind, PriceInput, price_cart
from pos_app.services.counter import SaleView, _line_view
from pos_app.ui.cart import CartTable, cell_text


class Announced:
    """What the cart model told its view."""

    def __init__(self, table: CartTable) -> None:
        self.events: list[tuple[Any, ...]] = []
        m = table.cart
        m.modelReset.connect(lambda: self.events.append(("reset",)))
        m.rowsInserted.connect(lambda _p, a, b: self.events.append(("inserted", a, b)))
        m.rowsRemoved.connect(lambda _p, a, b: self.events.append(("removed", a, b)))
        m.dataChanged.connect(
            lambda tl, br, _roles: self.events.append(("changed", tl.row(), br.row())))

    def take(self) -> list[tuple[Any, ...]]:
        out, self.events = self.events, []
        return out


def _show(table: CartTable, view: SaleView) -> None:
    table.show_lines(view.sale_id, view.lines, view.selected_line)


def _rows_match_full_pricing(table: CartTable, terminal: Any) -> None:
    """Every cell on screen is what the sale priced from scratch shows."""
    counter = terminal.services.counter
    session = counter._session()
    state, rules = session.state, session.rules
    full = price_cart(
        [PriceInput(ln.no, ln.unit_price, ln.quantity, ln.tax_class, ln.discount, ln.fixed)
         for ln in state.lines], rules.tax_classes, inclusive=rules.inclusive,
        per_total_rounding=rules.per_total_rounding, cart_discount=state.cart_discount)
    expected = [_line_view(ln, pl, state.currency) for ln, pl in zip(state.lines, full.lines,
                                                                      strict=True)]
    assert table.rowCount() == len(expected)
    for row, lv in enumerate(expected):
        assert [table.cell_text(row, c) for c in range(5)] == [cell_text(lv, c)
                                                                for c in range(5)]


@pytest.fixture
def long_sale(qtbot, terminal):
    counter = terminal.services.counter
    terminal.login("manager")  # may change and void lines without a PIN
    codes = terminal.barcodes(40)
    for i in range(300):
        view = counter.scan(codes[i % len(codes)])
    table = CartTable()
    qtbot.addWidget(table)
    table.resize(900, 600)
    table.show()
    _show(table, view)
    return counter, table, Announced(table), codes


def test_a_scan_at_line_300_inserts_one_row_and_nothing_else(qtbot, terminal, long_sale):
    counter, table, announced, codes = long_sale
    assert table.rowCount() == 300
    view = counter.scan(codes[0])
    _show(table, view)
    assert announced.take() == [("inserted", 300, 300)]
    assert table.currentRow() == 300  # the new line is selected and scrolled to
    _rows_match_full_pricing(table, terminal)


def test_a_quantity_or_a_void_touches_one_row(qtbot, terminal, long_sale):
    counter, table, announced, _ = long_sale
    view = counter.set_quantity(view_no(table, 150), 3)
    _show(table, view)
    assert announced.take() == [("changed", 150, 150)]
    assert table.cell_text(150, 1) == "3"
    view = counter.remove_line(view_no(table, 10))
    _show(table, view)
    assert announced.take() == [("removed", 10, 10)]
    assert table.rowCount() == 299
    _rows_match_full_pricing(table, terminal)


def test_a_cart_discount_changes_rows_in_place_and_another_sale_resets(qtbot, terminal,
                                                                       long_sale):
    from pos_app.domain.pricing import Discount

    counter, table, announced, codes = long_sale
    view = counter.cart_discount(Discount(DiscountKind.PERCENT, 500))
    _show(table, view)
    events = announced.take()
    assert events and all(e[0] == "changed" for e in events)  # every share moved
    _rows_match_full_pricing(table, terminal)
    view = counter.scan(codes[1])  # shares move again: rows change, one row is new
    _show(table, view)
    kinds = {e[0] for e in announced.take()}
    assert "reset" not in kinds and "inserted" in kinds
    _rows_match_full_pricing(table, terminal)
    view = counter.hold()  # the next sale is another sale: the one reset
    _show(table, view)
    assert announced.take() == [("reset",)]
    assert table.rowCount() == 0


def view_no(table: CartTable, row: int) -> int:
    return table.cart.rows[row].no


def test_figure_columns_widen_to_the_widest_figure_shown(qtbot):
    from pos_app.services.counter import LineView

    def row(no: int, total: str) -> LineView:
        return LineView(no, f"S{no}", "Item", 1, "$1.00", "", total)

    table = CartTable()
    qtbot.addWidget(table)
    table.show_lines("a", (row(1, "$1.00"),), 1)
    narrow = table.columnWidth(4)
    rows = (row(1, "$1.00"), row(2, "$123,456,789,012.78"))  # wider than the header
    table.show_lines("a", rows, 2)
    wide = table.columnWidth(4)
    assert wide > narrow
    table.show_lines("a", rows[:1], 1)  # never narrower while the sale is on screen
    assert table.columnWidth(4) == wide
    table.show_lines("b", (row(1, "$1.00"),), 1)  # another sale starts afresh
    assert table.columnWidth(4) == narrow


def _minor(text: str) -> int:
    """"-$1,234.56" -> -123456 (the demo store writes money as en_US)."""
    digits = text.replace("$", "").replace(",", "").replace("\u2212", "-").strip()
    return round(float(digits or "0") * 100)


def test_the_line_totals_add_up_to_the_subtotal_less_the_discounts(qtbot, terminal):
    """Price x qty - discount on every row, in the subtotal's terms (before tax: the
    demo store's prices exclude tax), so the cart adds up as the cashier reads it."""
    from pos_app.domain.pricing import Discount

    counter = terminal.services.counter
    terminal.login("manager")
    codes = terminal.barcodes(9)
    for i, code in enumerate(codes):
        view = counter.scan(code, 1 + i % 3)
        if i % 3 == 0:
            view = counter.line_discount(view.lines[-1].no, Discount(DiscountKind.PERCENT, 1000))
    view = counter.cart_discount(Discount(DiscountKind.AMOUNT, 250))
    assert view.taxes, "the demo store adds tax on top: the test would prove nothing"
    table = CartTable()
    qtbot.addWidget(table)
    table.resize(900, 600)
    table.show()
    _show(table, view)
    header = [table.cart.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert header == ["Item", "Qty", "Price", "Discount", "Line total"]
    line_sum = 0
    for row in range(table.rowCount()):
        qty, price = int(table.cell_text(row, 1)), _minor(table.cell_text(row, 2))
        discount, total = _minor(table.cell_text(row, 3)), _minor(table.cell_text(row, 4))
        assert total == price * qty + discount, row  # the discount shows negative
        line_sum += total
    assert line_sum == _minor(view.subtotal) + _minor(view.discount)
    assert _minor(view.total) == line_sum + sum(_minor(a) for _, a in view.taxes)


def test_rows_are_touch_high_and_the_selected_line_is_unmistakable(qtbot, terminal):
    from pos_app.ui.theme import ACCENT, STYLESHEET

    counter = terminal.services.counter
    terminal.login("cashier")
    for code in terminal.barcodes(4):
        view = counter.scan(code)
    table = CartTable()
    qtbot.addWidget(table)
    table.setStyleSheet(STYLESHEET)
    table.resize(900, 400)
    table.show()
    qtbot.waitExposed(table)
    _show(table, view)
    table.selectRow(1)
    for row in range(table.rowCount()):
        assert table.rowHeight(row) >= 44
    image = table.viewport().grab().toImage()

    def colour_in(row: int) -> str:
        rect = table.visualRect(table.cart.index(row, 1))  # the quantity cell
        return image.pixelColor(rect.left() + 4, rect.top() + 4).name()

    assert colour_in(1) == ACCENT.lower()  # the selected line: the accent, white text
    assert colour_in(0) != colour_in(1) and colour_in(2) != colour_in(1)
    title = table.cart.data(table.cart.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert view.lines[0].title in title  # a long name elides; the tooltip has it all


def test_figures_stay_whole_and_headers_elide_before_the_names_lose_their_room(qtbot):
    from pos_app.services.counter import LineView

    table = CartTable()
    qtbot.addWidget(table)
    rows = (LineView(1, "S1", "A long product name", 12, "$1,234.56", "-$123.45",
                     "$14,691.27"),)
    table.show_lines("a", rows, 1)
    table.show()
    m = table.cart
    for width, cut in ((1200, False), (430, True)):
        table.resize(width, 300)
        qtbot.waitUntil(lambda w=width: table.width() == w)
        fm = table.fontMetrics()
        for c in range(1, 5):  # every figure whole, whatever the width
            assert fm.horizontalAdvance(table.cell_text(0, c)) <= table.columnWidth(c) - 8
        shown = [m.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
        assert any(h.endswith("…") for h in shown) == cut, shown
        tips = [m.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
                for c in range(5)]
        assert all(t.startswith(title) for t, title in zip(tips, m.titles, strict=True))
    # the item column keeps at least 30 % for the names
    assert table.columnWidth(0) >= table.viewport().width() * 3 // 10 - 1


def test_the_selected_line_is_selected_right_to_left_too(qtbot):
    """Arabic lays the cart out right to left; the new line must still be selected (Qt's
    own selectRow picks no column there)."""
    from pos_app.services.counter import LineView

    table = CartTable()
    table.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.addWidget(table)
    table.resize(700, 300)
    table.show()
    qtbot.waitExposed(table)
    rows = tuple(LineView(n, f"S{n}", "Item", 1, "$1.00", "", "$1.00") for n in (1, 2, 3))
    table.show_lines("a", rows, 3)
    assert table.currentRow() == 2
    assert [i.row() for i in table.selectionModel().selectedRows()] == [2]
    table.selectRow(0)  # the arrow keys in the scan box move it
    assert [i.row() for i in table.selectionModel().selectedRows()] == [0]
