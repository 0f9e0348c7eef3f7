"""The domain's refusals on the counter in the cashier's language: real errors raised by
the sale's rules (through the service and the database worker) read in Spanish, with
their figures as the store's locale writes them."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from pos_app.domain.money import Money
from pos_app.domain.sale import TenderKind
from pos_app.services.locale_format import LocaleFormat
from pos_app.ui import i18n
from tests.ui.conftest import make_terminal
from tests.ui.test_checkout import close_window, keys, open_window, ring_up, sign_in, to_checkout

ROOT = Path(__file__).resolve().parents[2]
SPAIN = LocaleFormat("es_ES", "Europe/Madrid", "EUR")


@pytest.fixture
def spanish(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The Spanish translation compiled from the repo's .ts, the screens in Spanish and
    the formats of a Spanish store; English and en_US again afterwards."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed")
    qm = tmp_path / "qm"
    qm.mkdir()
    subprocess.run([str(lrelease), "-silent", str(ROOT / "resources" / "i18n" / "pos_app_es.ts"),
                    "-qm", str(qm / "pos_app_es.qm")], check=True)
    monkeypatch.setattr(i18n, "QM_DIR", qm)
    assert i18n.install_language("es")
    i18n.set_format(SPAIN)
    yield
    i18n.install_language("en")
    i18n.set_format(LocaleFormat())


def test_an_over_limit_quantity_and_a_card_over_the_due_read_in_spanish(
        qtbot: Any, tmp_path: Path, spanish: None) -> None:
    (tmp_path / "config.toml").write_text(
        '[terminal]\nid = "T1"\n\n[printer]\ndevice = "dummy"\n\n'
        '[store]\ncurrency = "EUR"\nlocale = "es_ES"\ntimezone = "Europe/Madrid"\n'
        "max_line_quantity = 20\n", encoding="utf-8")
    terminal = make_terminal(tmp_path / "data")
    win, worker = open_window(terminal)
    try:
        sign_in(qtbot, win, terminal.pin("cashier"))
        code = terminal.barcodes(1)[0]
        # 25 × an item where the store allows 20 a line: the sale's own rule refuses it.
        keys(qtbot, win, f"25*{code}", Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "supera" in win.sale.message.text(), timeout=10_000)
        assert win.sale.message.text() == "La cantidad 25 supera el límite de 20"
        assert win.sale.cart.rowCount() == 0

        ring_up(qtbot, win, [code])
        to_checkout(qtbot, win)
        co = win.checkout
        assert co.view is not None
        due = co.view.remaining_minor
        assert due > 200  # a demo item: more than the 1 € tendered below
        due_text = i18n.fmt().money(Money(due, "EUR"))
        assert due_text.endswith("€") and "," in due_text  # "12,34 €", as Spain writes it
        # A card for more than is due, as a stale screen would send it: the sale refuses.
        co.add_tender(TenderKind.CARD, due + 1000, "1234")
        qtbot.waitUntil(lambda: "efectivo" in co.message.text(), timeout=10_000)
        assert co.message.text() == \
            f"Solo el efectivo puede superar el importe a pagar ({due_text})"
        # Completing with less than is due: how much is still to pay, in euros.
        keys(qtbot, win, "1", Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: co.tenders.count() == 1, timeout=10_000)
        qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
        co.complete()
        left = i18n.fmt().money(Money(due - 100, "EUR"))
        qtbot.waitUntil(lambda: "insuficiente" in co.message.text(), timeout=10_000)
        assert co.message.text() == f"Pago insuficiente: faltan {left} por pagar"
    finally:
        close_window(qtbot, win, worker)
        terminal.ctx.close()


def test_nested_words_amounts_and_lists_are_translated_inside_a_message(
        qtbot: Any, spanish: None) -> None:
    """An approval names the action, the amount and the roles (each a word of its own
    template), a wrong PIN quotes the wait, a refusal lists tenders: all in Spanish, the
    amount in euros as Spain writes them; str() stays the English of logs."""
    from pos_app.domain.errors import PermissionDenied, msg
    from pos_app.domain.permissions import Action, Actor, AmountLimits, Role, authorize_amount
    from pos_app.services.staff import WrongPin

    limits = AmountLimits(((Role.CASHIER, 2000),))
    with pytest.raises(PermissionDenied) as info:
        authorize_amount(Action.CASH_OUT, 2001, limits, Actor("s1", Role.CASHIER), None,
                         shown=Money(2001, "EUR"))
    assert str(info.value) == ("Manager approval needed: cash out of 20.01 EUR is above what "
                               "a cashier may do alone (a supervisor or above must approve)")
    assert i18n.error_text(info.value) == (
        "Se necesita la aprobación de un gerente: retirada de efectivo de 20,01\xa0€ supera lo "
        "que un cajero puede hacer solo (debe aprobarlo un supervisor o superior)")
    assert i18n.error_text(WrongPin(90)) == \
        "PIN incorrecto o no permitido. Demasiados PIN incorrectos; inténtelo de nuevo en 90 s"
    listed = PermissionDenied(msg("Manager approval needed: {what}", what=msg(
        "refund to {tender} (the sale was paid by {paid}) ({rule})", tender=msg("cash"),
        paid=(msg("card"), msg("gift card")), rule="REFUND_TO_ORIGINAL_TENDER")))
    assert i18n.error_text(listed) == (
        "Se necesita la aprobación de un gerente: reembolso a efectivo (la venta se pagó con "
        "tarjeta, tarjeta regalo) (REFUND_TO_ORIGINAL_TENDER)")


def test_the_plan_editors_field_errors_read_in_spanish(qtbot: Any, spanish: None) -> None:
    """A plan draft's mistakes, each on its field, in the back office's language: the
    field's name and the nested reason both translated; English for logs and tests."""
    from datetime import date

    from pos_app.services.commission_plans import BonusDraft, PlanDraft, RuleDraft, parse_draft

    draft = PlanDraft(id="floor", name="Floor", currency="USD", effective_from=date(2026, 1, 1),
                      rules=(RuleDraft(value="120"),),
                      bonuses=(BonusDraft("units", "1.5", "5"),))
    got = parse_draft(draft)
    assert not got.ok
    assert got.for_key("rules.1.value") == "Rate: over 100 % is not allowed"
    assert got.for_key("rules.1.value", i18n.message_text) == "Tasa: no se admite más del 100 %"
    assert got.for_key("bonuses.1.threshold", i18n.message_text) == \
        "Umbral: «1.5» no es un número entero de unidades"
