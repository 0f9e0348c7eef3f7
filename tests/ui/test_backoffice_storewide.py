"""The back office's terminal filter names the store-wide settlement's records."""

from __future__ import annotations

from datetime import date

from pos_app.services.commission_reports import (
    STORE_WIDE_LABEL,
    FilterChoices,
    SourceInfo,
    StaffInfo,
)
from pos_app.ui.backoffice.filters import FilterBar


def test_store_wide_records_are_a_named_terminal_choice_listed_last(qtbot):
    bar = FilterBar(date(2026, 11, 28))
    qtbot.addWidget(bar)
    bar.set_choices(FilterChoices(
        "central", "USD", ("S1", "S2"),
        (("S1", "store"), ("S1", "T2"), ("S1", "T1"), ("S2", "T9"), ("S2", "store")),
        (StaffInfo("ann", "Ann", "cashier", "S1"),), date(2026, 11, 28),
        SourceInfo("central", "all stores and terminals")))
    items = [(bar.terminal.itemText(i), bar.terminal.itemData(i))
             for i in range(bar.terminal.count())]
    assert items == [("All terminals", None), ("T1", "T1"), ("T2", "T2"), ("T9", "T9"),
                     (STORE_WIDE_LABEL, "store")]
    assert STORE_WIDE_LABEL in bar.terminal.toolTip()

    with qtbot.wait_signal(bar.changed):
        bar.terminal.setCurrentIndex(bar.terminal.findData("store"))
    assert bar.current().scope.terminal_id == "store"
    bar.store.setCurrentIndex(bar.store.findData("S1"))  # the choice survives a store pick
    assert bar.terminal.currentText() == STORE_WIDE_LABEL
    assert [bar.terminal.itemText(i) for i in range(bar.terminal.count())] == \
        ["All terminals", "T1", "T2", STORE_WIDE_LABEL]
