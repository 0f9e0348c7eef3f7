"""The screens' languages: the Spanish translation is complete for every string the code
has, a real screen reads in Spanish once it is installed, Arabic lays out right to left,
and amounts are shown and typed as the store's locale writes them."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from pos_app.services.counter import ShiftView
from pos_app.services.locale_format import LocaleFormat
from pos_app.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "i18n"
BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n")


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    out = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source") or "")] = message
    return out


def _tool(name: str) -> str:
    path = BIN / name
    found = str(path) if path.exists() else shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def test_every_string_of_the_screens_has_a_finished_spanish_translation(tmp_path: Path) \
        -> None:
    """lupdate over the code as it is now: a string added or changed without its Spanish
    translation, or one left unfinished in the .ts, fails here."""
    fresh = tmp_path / "fresh_es.ts"
    subprocess.run([_tool("pyside6-lupdate"), "-extensions", "py", "-locations", "none",
                    str(ROOT / "pos_app" / "ui"), str(ROOT / "pos_app" / "app"),
                    str(ROOT / "pos_app" / "services" / "counter.py"),
                    str(ROOT / "pos_app" / "services" / "receipts.py"),
                    str(ROOT / "pos_app" / "services" / "report_text.py"),
                    "-ts", str(fresh)], check=True, capture_output=True)
    in_code = set(_messages(fresh))
    assert len(in_code) > 300  # the scan found the screens' strings
    kept = _messages(TS_DIR / "pos_app_es.ts")
    missing = sorted(in_code - set(kept))
    assert not missing, f"not in pos_app_es.ts (run make translations): {missing[:10]}"
    unfinished = []
    for key in sorted(in_code):
        tr = kept[key].find("translation")
        text = tr.text if tr is not None else None
        if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete") or not text:
            unfinished.append(key)
        elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(key[1])):
            unfinished.append(key)  # a placeholder lost or added would break .format()
    assert not unfinished, f"unfinished Spanish translations: {unfinished[:10]}"


@pytest.mark.parametrize("lang", ["de", "ar"])
def test_german_and_arabic_cover_the_counter(lang: str) -> None:
    """German and Arabic: at least the counter's own screens are finished."""
    counter = {"Sale", "Cart", "Checkout", "Login", "Shift", "Window"}
    kept = _messages(TS_DIR / f"pos_app_{lang}.ts")
    open_ = [k for k, m in kept.items() if k[0] in counter
             and ((m.find("translation") is None) or m.find("translation").get("type")
                  == "unfinished")]
    assert kept and not open_, f"{lang}: unfinished counter strings {open_[:10]}"


@pytest.fixture
def compiled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The .qm files compiled from the .ts in the repo (as `make qm` does), used by the
    loader; English and the en_US format again afterwards."""
    for lang in ("es", "de", "ar"):
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(TS_DIR / f"pos_app_{lang}.ts"),
                        "-qm", str(tmp_path / f"pos_app_{lang}.qm")], check=True)
    monkeypatch.setattr(i18n, "QM_DIR", tmp_path)
    yield tmp_path
    i18n.install_language("en")
    i18n.set_format(LocaleFormat())


def _texts(widget: Any) -> list[str]:
    return [w.text() for w in widget.findChildren(QLabel) + widget.findChildren(QPushButton)]


def test_sign_in_and_shift_screens_read_in_spanish(qtbot: Any, compiled: Path) -> None:
    from pos_app.ui.login import LoginScreen
    from pos_app.ui.shift import ShiftDialog

    assert i18n.install_language("es")
    assert i18n.language() == "es"
    login = LoginScreen(store_name="Tienda")
    qtbot.addWidget(login)
    assert "Elija su nombre y escriba su PIN" in _texts(login)
    assert login.accessibleName() == "Iniciar sesión"
    # The PIN is typed before a name is chosen: the refusal is Spanish too.
    qtbot.keyClicks(login.pin, "1234")
    qtbot.keyClick(login.pin, Qt.Key.Key_Return)
    assert login.message.text().startswith("Elija primero su nombre")

    view = ShiftView(open=True, opened_by="Ana", opened_at="2026-12-05T09:00:00+00:00",
                     to_count=("cash", "card"))
    dialog = ShiftDialog(view, "EUR", lambda *_a: None, object())
    qtbot.addWidget(dialog)
    texts = _texts(dialog)
    assert "Cerrar turno e imprimir informe Z (F12)" in texts
    assert "Efectivo en el cajón" in texts and "Informe X (F4)" in texts
    assert dialog.windowTitle() == "Turno"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight

    # Back to English: the same screen is English again.
    i18n.install_language("en")
    again = LoginScreen(store_name="Shop")
    qtbot.addWidget(again)
    assert "Choose your name, then type your PIN" in _texts(again)


def test_sign_in_and_approval_name_the_role_in_the_screens_language(qtbot: Any,
                                                                    compiled: Path) -> None:
    """The screenshots showed "Alex Manager  ·  manager" on a German sign-in: the role's
    stored value. The people lists and the demo PIN banner say it in the language."""
    from pos_app.ui.dialogs import ApprovalDialog
    from pos_app.ui.login import LoginScreen

    assert i18n.install_language("de")
    staff = [("m", "Alex Manager", "manager"), ("c", "Jo Cashier", "cashier")]
    login = LoginScreen(store_name="Laden", demo_pins=[("Jo Cashier", "cashier", "2222")])
    qtbot.addWidget(login)
    login.staff.set_staff(staff)
    rows = [login.staff.item(r).text() for r in range(login.staff.count())]
    assert rows == ["Alex Manager  ·  Filialleitung", "Jo Cashier  ·  Kassierer"]
    assert any("Jo Cashier (Kassierer):\u00a02222" in t for t in _texts(login))
    dialog = ApprovalDialog("Rabatt 25 %", None, staff[:1])
    qtbot.addWidget(dialog)
    assert dialog.approvers.item(0).text() == "Alex Manager  ·  Filialleitung"
    login.staff.choose("m")
    assert login.staff.chosen_name() == "Alex Manager"
    i18n.install_language("en")


def test_the_default_return_reasons_read_in_the_screens_language(qtbot: Any,
                                                                  compiled: Path) -> None:
    """The screenshots showed "F1  Damaged" on a German return: the store's default
    reasons (kept in English in the sale record) are shown translated; a reason the
    store named itself is shown as written."""
    from types import SimpleNamespace

    from pos_app.ui.returns import ReturnDialog, reason_label

    assert i18n.install_language("de")
    assert reason_label("Damaged") == "Beschädigt"
    assert reason_label("Nasser Karton") == "Nasser Karton"
    counter = SimpleNamespace(return_reasons=("Damaged", "Changed mind", "Nasser Karton"))
    dialog = ReturnDialog(lambda *_a: None, counter, None)
    qtbot.addWidget(dialog)
    assert [b.text() for b in dialog.reason_buttons] == [
        "F1  Beschädigt", "F2  Nicht gewünscht", "F3  Nasser Karton"]
    i18n.install_language("en")


def test_arabic_lays_the_screens_out_right_to_left(qtbot: Any, compiled: Path) -> None:
    from pos_app.ui.login import LoginScreen

    assert i18n.install_language("ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    login = LoginScreen(store_name="متجر")
    qtbot.addWidget(login)
    assert login.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert login.accessibleName() == "تسجيل الدخول"
    login.resize(1024, 768)
    login.show()
    qtbot.waitExposed(login)
    # The screen is mirrored (the names' list on the right), the PIN pad is not.
    assert login.staff.mapTo(login, login.staff.rect().topLeft()).x() > login.width() // 2
    assert login.pad.buttons["1"].x() < login.pad.buttons["3"].x()
    i18n.install_language("en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


class _Counter:
    def __init__(self) -> None:
        self.opened: list[int] = []

    def open_shift(self, minor: int) -> None:
        self.opened.append(minor)


def _now(fn: Callable[[], Any], ok: Callable[[Any], None],
         err: Callable[[BaseException], None]) -> None:
    try:
        value = fn()
    except Exception as exc:  # noqa: BLE001 - handed to the screen, as the worker does
        err(exc)
    else:
        ok(value)


def test_the_float_is_typed_with_the_locales_decimal_comma(qtbot: Any, compiled: Path) -> None:
    """de_DE: the hint shows 150,00, and "12,50" typed by the cashier opens the shift with
    12.50; a third decimal is refused, nothing opened."""
    from pos_app.ui.shift import OpenShiftDialog

    i18n.set_format(LocaleFormat("de_DE", "Europe/Berlin", "EUR"))
    assert i18n.install_language("de")
    counter = _Counter()
    dialog = OpenShiftDialog("EUR", _now, counter)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "150,00" in dialog.float_edit.placeholderText()
    dialog.float_edit.setFocus()
    qtbot.keyClicks(dialog.float_edit, "12,505")
    qtbot.keyClick(dialog.float_edit, Qt.Key.Key_Return)
    assert counter.opened == [] and dialog.error.text()
    dialog.float_edit.clear()
    qtbot.keyClicks(dialog.float_edit, "12,50")
    qtbot.keyClick(dialog.float_edit, Qt.Key.Key_Return)
    assert counter.opened == [1250]


def test_money_as_the_store_writes_it() -> None:
    de = LocaleFormat("de_DE", "Europe/Berlin", "EUR")
    i18n.set_format(de)
    try:
        assert i18n.money_text(42652, "EUR") == "426,52\xa0€"
        assert i18n.fmt().parse_amount("12,50").minor == 1250
        i18n.set_format(LocaleFormat("ja_JP", "Asia/Tokyo", "JPY"))
        assert i18n.money_text(22535, "JPY") == "￥22,535"
        assert i18n.fmt().minor_digits == 0
        ar = LocaleFormat("ar_EG", "Africa/Cairo", "EGP")
        i18n.set_format(ar)
        assert i18n.fmt().right_to_left and "12.34" in i18n.money_text(1234, "EGP")
    finally:
        i18n.set_format(LocaleFormat())


def test_the_cashiers_most_frequent_errors_read_in_spanish(qtbot: Any, compiled: Path) -> None:
    """The domain's own messages (raised by the real rules as templates and values) shown
    in Spanish, with their figures as the store's locale writes them; a message raised as
    plain text is shown as it is, never lost."""
    from pos_app.domain.errors import InputError, NotFound, QuantityError
    from pos_app.domain.sale import PricingRules, _check_quantity
    from pos_app.domain.throttle import PinWait

    rules = PricingRules(tax_classes={}, max_quantity=9999)
    raised = []
    for q, returning in ((12000, False), (0, False), (-2, False)):
        with pytest.raises(QuantityError) as info:
            _check_quantity(q, rules, returning=returning)
        raised.append(info.value)
    assert i18n.install_language("es")
    i18n.set_format(LocaleFormat("es_ES", "Europe/Madrid", "EUR"))
    assert [i18n.error_text(e) for e in raised] == [
        "La cantidad 12.000 supera el límite de 9.999",
        "La cantidad no puede ser cero; quite la línea",
        "La cantidad no puede ser negativa (-2); use una devolución"]
    assert i18n.error_text(PinWait(90)) == \
        "Demasiados PIN incorrectos; inténtelo de nuevo en 90 s"
    assert i18n.error_text(NotFound("Sale 7 not found")) == "Sale 7 not found"
    # An amount refused as the cashier typed it, said in Spanish with what was typed.
    for typed, said in (("12,505", "Importe '12,505' tiene más decimales de los que admite "
                                   "EUR (2)"),
                        ("-3", "Importe '-3' no puede ser negativo"),
                        ("1.234,50", "Importe '1.234,50' mezcla ',' y '.'; escríbalo sin "
                                     "separadores de miles, como 1234.50")):
        with pytest.raises(InputError) as refused:
            i18n.fmt().parse_amount(typed)
        assert i18n.error_text(refused.value) == said
    assert i18n.error_text(RuntimeError("x")) == "Algo salió mal; el error quedó registrado."
    i18n.install_language("en")
    # English screens: the same template, the figures still as the locale writes them.
    assert i18n.error_text(raised[0]) == "Quantity 12.000 is more than the limit of 9.999"
    assert str(raised[0]) == "Quantity 12000 is more than the limit of 9999"
    i18n.set_format(LocaleFormat())


def test_a_german_store_shows_euros_and_berlin_time_at_the_till(tmp_path: Path) -> None:
    """[store] locale/timezone/currency from the config reach the counter through the
    real wiring: the cart, the total and the X report in euros as de_DE writes them, the
    report's times in Berlin and no raw shift id on it."""
    from tests.ui.conftest import make_terminal

    (tmp_path / "config.toml").write_text(
        '[terminal]\nid = "T1"\n\n[store]\ncurrency = "EUR"\nlocale = "de_DE"\n'
        'timezone = "Europe/Berlin"\n', encoding="utf-8")
    term = make_terminal(tmp_path / "data")
    try:
        counter = term.services.counter
        term.login("manager")
        hit = counter.search("coffee", 1)[0]
        assert hit.price.endswith("\xa0€") and "," in hit.price
        view = counter.add_variant(hit.variant_id, 2)
        assert view.total.endswith("\xa0€") and view.lines[-1].total.endswith("\xa0€")
        shift = term.services.shifts.current_shift()
        assert shift is not None
        report = counter.x_report_text()
        assert "150,00 €" in report and shift.id not in report
        berlin = LocaleFormat("de_DE", "Europe/Berlin", "EUR").date_time(shift.opened_at)
        assert berlin in report
    finally:
        term.ctx.close()


def test_a_receipt_prints_in_spanish_with_the_stores_figures(qtbot: Any, compiled: Path) \
        -> None:
    """The receipt's words in the screens' language, its amounts and time as es_ES
    writes them (what the printers and the PDF draw: services/receipts.layout_receipt)."""
    from pos_app.services.receipts import build_receipt, render_text
    from tests.unit.test_receipts import STORE, usd_sale

    assert i18n.install_language("es")
    es = LocaleFormat("es_ES", "Europe/Madrid", "USD")
    text = render_text(build_receipt(usd_sale(), STORE, es, i18n.translate))
    assert "Recibo 7" in text and "27/11/26, 10:05" in text  # Madrid, not UTC
    assert "Subtotal" in text and "TOTAL" in text and "¡Gracias!" in text
    assert re.search(r"^TOTAL +44,69 US\$$", text, re.M)
    assert re.search(r"^Tarjeta \*\*\*\*1234 +20,00$", text, re.M)
    assert re.search(r"^CAMBIO +25,31 US\$$", text, re.M)
    i18n.install_language("en")
    assert "Thank you!" in render_text(build_receipt(usd_sale(), STORE))


def test_the_x_report_reads_in_spanish(qtbot: Any, compiled: Path) -> None:
    from datetime import UTC, datetime

    from pos_app.domain.shift import SalesFigures, Shift, ShiftStatus, TenderTotals, XReport
    from pos_app.services.report_text import render_x

    opened = datetime(2026, 12, 5, 8, 0, tzinfo=UTC)
    shift = Shift("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b", "T1", ShiftStatus.OPEN, "ana",
                  opened, 15000, "EUR")
    x = XReport(shift=shift, generated_at=opened,
                sales=SalesFigures(gross_sales=1250, sales_total=1250),
                tenders=(TenderTotals("cash", 1, 0, 1250, 0),), cash_movements=())
    assert i18n.install_language("es")
    out = render_x(x, "Tienda", names={"ana": "Ana"}, translate=i18n.translate,
                   locale=LocaleFormat("es_ES", "Europe/Madrid", "EUR"))
    assert "INFORME X" in out and "VENTAS" in out and "Efectivo en el cajón" in out
    assert re.search(r"^Abierto por +Ana$", out, re.M)
    assert re.search(r"^Abierto +5/12/26, 9:00$", out, re.M)  # Madrid
    assert re.search(r"^Efectivo \(1\) +12,50 €$", out, re.M)
    assert re.search(r"^Ventas netas +12,50 €$", out, re.M)


def test_a_discount_amount_is_typed_with_a_decimal_comma(qtbot: Any, compiled: Path) -> None:
    from pos_app.domain.pricing import Discount, DiscountKind
    from pos_app.ui.dialogs import DiscountDialog

    i18n.set_format(LocaleFormat("de_DE", "Europe/Berlin", "EUR"))
    def typed(text: str, *, amount: bool) -> DiscountDialog:
        dialog = DiscountDialog("EUR", "Kaffee")
        qtbot.addWidget(dialog)
        (dialog.amount if amount else dialog.percent).setChecked(True)
        dialog.show()
        dialog.value_edit.setFocus()
        qtbot.keyClicks(dialog.value_edit, text)
        qtbot.keyClick(dialog.value_edit, Qt.Key.Key_Return)
        return dialog

    refused = typed("2,505", amount=True)  # a third decimal: refused, said why
    assert refused.result_discount is None and refused.isVisible() and refused.error.text()
    assert typed("2,50", amount=True).result_discount == \
        Discount(DiscountKind.AMOUNT, 250, "")
    assert typed("12,5", amount=False).result_discount == \
        Discount(DiscountKind.PERCENT, 1250, "")


@pytest.mark.parametrize("lang", ["de", "es", "ar"])
def test_translated_buttons_fit_at_1024x768(qtbot: Any, compiled: Path, lang: str) -> None:
    """German's long words, Spanish and Arabic: every button of sign-in, shift, stock
    count and the stock attention list shows its whole text at 1024x768 (nothing cut, no
    "…")."""
    from types import SimpleNamespace

    from PySide6.QtGui import QFontMetrics

    from pos_app.ui.login import LoginScreen
    from pos_app.ui.shift import ShiftDialog
    from pos_app.ui.stock_attention import StockAttentionDialog
    from pos_app.ui.stock_count import StockCountDialog

    assert i18n.install_language(lang)

    def nothing(*_a: Any) -> None:
        return None

    view = ShiftView(open=True, opened_by="Ana", opened_at="2026-12-05T09:00:00+00:00",
                     to_count=("cash", "card", "store_credit", "gift_card"))
    screens = [LoginScreen(store_name="Laden"),
               ShiftDialog(view, "EUR", nothing, object()),
               StockCountDialog(nothing, SimpleNamespace(stock_sync=nothing, approvers=())),
               StockAttentionDialog(nothing, SimpleNamespace(approvers=()))]
    for screen in screens:
        qtbot.addWidget(screen)
        screen.resize(1024, 768) if isinstance(screen, LoginScreen) else screen.adjustSize()
        screen.show()
        qtbot.waitExposed(screen)
        assert screen.width() <= 1024, f"{lang}: {type(screen).__name__} is {screen.width()} px"
        for button in screen.findChildren(QPushButton):
            if not button.isVisible() or not button.text():
                continue
            room = button.contentsRect().width() - 8
            for line in button.text().split("\n"):
                width = QFontMetrics(button.font()).horizontalAdvance(line)
                assert width <= room, f"{lang}: {line!r} needs {width} px, has {room}"
    i18n.install_language("en")


def test_the_stock_attention_list_says_what_happened_in_the_managers_language(
        qtbot: Any, compiled: Path) -> None:
    """The needs-attention list (Shift+F11) showed the service's English ("expected
    on_hand 12") and Shopify's raw codes in every language. Each reason is a template in
    the manager's words with what to do; Shopify's code stays in the row's tooltip (the
    English detail) for support."""
    from types import SimpleNamespace

    from pos_app.services import inventory_messages as texts
    from pos_app.services.counter import AttentionRow, StockAttentionView
    from pos_app.ui.stock_attention import StockAttentionDialog

    raw = ("Shopify refused: ITEM_NOT_STOCKED_AT_LOCATION: The item is not stocked at "
           "Main Street.")
    view = StockAttentionView(True, (
        AttentionRow("a1", "rejected", "Refused by Shopify", "SKU-1", raw,
                     "2026-11-27T14:02:00+00:00",
                     texts.shopify_refusal("ITEM_NOT_STOCKED_AT_LOCATION", "Main Street")),
        AttentionRow("a2", "stale_count", "Count sent as variance", "SKU-2",
                     "Counted 9; the terminal expected on_hand 12 but Shopify had 10. Sent "
                     "as a variance of -3.", "2026-11-27T14:05:00+00:00",
                     texts.stale_count(9, 12, 10, -3)),
        AttentionRow("a3", "rejected", "Refused by Shopify", "SKU-3",
                     "Shopify refused: WEIRD_NEW_CODE: ?", "2026-11-27T14:09:00+00:00",
                     texts.shopify_refusal("WEIRD_NEW_CODE", None)),
        AttentionRow("a4", "oversold", "Oversold", "SKU-4", "an older row, as it was",
                     "2026-11-27T14:10:00+00:00")))
    counter = SimpleNamespace()
    assert i18n.install_language("de")
    i18n.set_format(LocaleFormat("de_DE", "Europe/Berlin", "EUR"))
    dlg = StockAttentionDialog(lambda *_a: None, counter, None)
    qtbot.addWidget(dlg)
    dlg.show_rows(view)
    said = [dlg.table.item(r, 2).text() for r in range(dlg.table.rowCount())]
    assert said == [
        "Dieser Artikel wird in Shopify nicht am Standort Main Street geführt: Führen Sie "
        "ihn dort in der Shopify-Verwaltung, dann senden Sie die zurückgestellten "
        "Änderungen erneut (Erneut senden in dieser Liste oder pos-app reconcile "
        "--retry-rejected)",
        "Gezählt 9; diese Kasse erwartete 12 auf Lager, aber Shopify hatte 10. Stattdessen "
        "wurde die Differenz -3 gesendet: Prüfen Sie den Artikel in der Shopify-Verwaltung",
        "Shopify hat die Bestandsänderung abgelehnt (Code WEIRD_NEW_CODE): Wenden Sie sich "
        "an den Support",
        "an older row, as it was"]
    assert dlg.table.item(0, 2).toolTip() == raw  # the code, for support
    assert "ITEM_NOT_STOCKED" not in said[0] and "on_hand" not in said[1]
    dlg.close()
    assert i18n.install_language("ar")
    dlg = StockAttentionDialog(lambda *_a: None, counter, None)
    qtbot.addWidget(dlg)
    dlg.show_rows(view)
    assert dlg.table.item(0, 2).text().startswith("هذا الصنف غير مخزَّن في Main Street")
    assert "(الرمز WEIRD_NEW_CODE)" in dlg.table.item(2, 2).text()
    dlg.close()
    i18n.install_language("en")
    dlg = StockAttentionDialog(lambda *_a: None, counter, None)
    qtbot.addWidget(dlg)
    dlg.show_rows(view)
    assert dlg.table.item(2, 2).text() == (
        "Shopify refused the stock change (code WEIRD_NEW_CODE): tell support")
    dlg.close()
