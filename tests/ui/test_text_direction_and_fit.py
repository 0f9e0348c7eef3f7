"""What the screenshots in other languages showed: a key's label drawn smaller rather than
cut ("Crédito de tienda" at 1024x768), and in Arabic every total's name at the start and
its amount at the end, whatever script the name is written in (a tax named in Latin
letters once sat beside its amount)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from pos_app.ui.fit_label import FitButton
from tests.ui.geometry import text_problems
from tests.ui.test_counter_ui import window  # noqa: F401
from tests.ui.test_translations import compiled  # noqa: F401


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


def test_what_the_services_say_in_english_reads_in_german(qapp, compiled):  # noqa: F811
    """Words the back office got from services and the app in English: the report's
    source, a plan preview's notes, the journal's sources and its chain status."""
    from datetime import UTC, datetime

    from pos_app.domain.errors import msg
    from pos_app.services.commission_reports import ReportPeriod
    from pos_app.services.journal import ChainStatus
    from pos_app.services.locale_format import LocaleFormat
    from pos_app.ui import i18n
    from pos_app.ui.backoffice.journal import chain_line, source_label
    from pos_app.ui.backoffice.plans import preview_note
    from pos_app.ui.commission_export import source_description

    assert i18n.install_language("de")
    i18n.set_format(LocaleFormat("de_DE", "Europe/Berlin", "EUR"))
    assert source_description("all stores and terminals") == "alle Filialen und Kassen"
    assert source_description("this terminal's records only (T1)") == \
        "nur die Daten dieser Kasse (T1)"
    period = ReportPeriod.custom(datetime(2026, 12, 1).date(), datetime(2026, 12, 31).date())
    assert preview_note("1,234 record(s) of staff this plan does not cover are left out",
                        period) == ("1.234 Datensätze von Mitarbeitern, die dieser Plan nicht "
                                    "abdeckt, bleiben außen vor")
    # The journal's sources and where its chain is are message templates (str() is the
    # English the CLI prints), translated with their values: no English text is parsed.
    assert source_label(msg("This terminal ({terminal})", terminal="T1")) == "Diese Kasse (T1)"
    assert source_label(msg("Central database (store {store})", store="S1")) == \
        "Zentrale Datenbank (Filiale S1)"
    empty = ChainStatus((), datetime(2026, 12, 5, tzinfo=UTC),
                        msg("terminal {terminal}", terminal="T1"))
    assert empty.line() == "Journal of terminal T1: no records yet"
    assert chain_line(empty) == "Journal von Kasse T1: noch keine Einträge"
    central = ChainStatus((), datetime(2026, 12, 5, tzinfo=UTC),
                          msg("central database, store {store}", store="S1"))
    assert chain_line(central) == \
        "Journal von zentrale Datenbank, Filiale S1: noch keine Einträge"
    # A break's reason is the verifier's template (domain/journal.py), translated too.
    from pos_app.domain.journal import BreakKind, ChainBreak, ChainReport

    altered = ChainBreak(4, BreakKind.MAC_MISMATCH,
                         msg("its MAC does not verify: the record was altered"))
    broken = ChainStatus((ChainReport("T1", 5, 5, 3, altered),),
                         datetime(2026, 12, 5, tzinfo=UTC), msg("terminal {terminal}",
                                                                terminal="T1"))
    assert "BROKEN at seq 4 — its MAC does not verify: the record was altered" in \
        broken.line()
    assert chain_line(broken) == ("Journal von Kasse T1 — T1: GEBROCHEN bei Nr. 4 — sein MAC "
                                  "stimmt nicht: der Eintrag wurde verändert; geprüft bis Nr. 3")


def test_latin_cells_in_a_right_to_left_table_keep_their_own_direction(qtbot):
    """The Arabic screenshots showed "…Trailhead Organic Cotton Flannel Shirt /" and
    ".on hand": Latin text laid out right to left. A cell written only in a
    left-to-right script is drawn left to right at the same place; Arabic text, and
    Arabic that names "SKU", stay right to left."""
    from PySide6.QtWidgets import QStyleOptionViewItem, QTableWidget, QTableWidgetItem

    from pos_app.ui.bidi import TextDirectionDelegate

    table = QTableWidget(1, 4)
    qtbot.addWidget(table)
    table.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    delegate = TextDirectionDelegate(table)
    table.setItemDelegate(delegate)
    texts = ["Trailhead Organic Cotton Flannel Shirt /\nAPP-000064-WHT-S", "SKU غير معروف",
             "39.78 US$", "2"]
    for col, text in enumerate(texts):
        table.setItem(0, col, QTableWidgetItem(text))
    figure = table.item(0, 2)
    figure.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    left, right = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight

    def shown(col: int) -> QStyleOptionViewItem:
        option = QStyleOptionViewItem()
        option.initFrom(table)
        option.direction = Qt.LayoutDirection.RightToLeft
        delegate.initStyleOption(option, table.model().index(0, col))
        return option

    name = shown(0)
    assert name.direction == Qt.LayoutDirection.LeftToRight
    assert name.displayAlignment & right and not name.displayAlignment & left  # start
    assert shown(1).direction == Qt.LayoutDirection.RightToLeft
    money = shown(2)  # the end of a right-to-left row: its left edge, as before
    assert money.direction == Qt.LayoutDirection.LeftToRight
    assert money.displayAlignment & left and not money.displayAlignment & right
    assert shown(3).direction == Qt.LayoutDirection.RightToLeft  # digits only


def test_qt_widgets_write_the_digits_the_store_format_writes(qapp):
    """Babel writes ar_EG with 0-9, Qt's ar_EG with Arabic-Indic digits: the return's
    date edit and the charts' axes said "٦/١٢/٢٠٢٦" beside "0.00". Qt's widgets get an
    Arabic locale that writes 0-9 with the same month names and formats."""
    from PySide6.QtCore import QDate, QLocale

    from pos_app.services.locale_format import LocaleFormat
    from pos_app.ui import i18n

    egypt = LocaleFormat("ar_EG", "Africa/Cairo", "USD")
    assert egypt.number(1234) == "1,234"  # the app's own figures: 0-9
    loc = i18n.qt_locale(egypt)
    native = QLocale("ar_EG")
    assert native.zeroDigit() != "0" and loc.zeroDigit() == "0"
    assert loc.language() == QLocale.Language.Arabic
    assert [loc.monthName(m) for m in range(1, 13)] == \
        [native.monthName(m) for m in range(1, 13)]
    day = QDate(2026, 12, 6)
    short = QLocale.FormatType.ShortFormat
    assert loc.toString(day, short) == "6\u200f/12\u200f/2026"
    assert i18n.qt_locale(LocaleFormat("de_DE", "Europe/Berlin", "EUR")).name() == "de_DE"
    try:
        i18n.set_format(egypt)
        assert QLocale().zeroDigit() == "0"
    finally:
        i18n.set_format(LocaleFormat())
