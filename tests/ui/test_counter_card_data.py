"""The counter refuses a card number typed as a reference, and the return lookup shows
the approval code or the last four digits, never the tail of whatever was typed."""

from __future__ import annotations

import pytest

from pos_app.domain.errors import TenderError
from pos_app.domain.sale import TenderKind


def test_the_counter_refuses_a_card_number_and_the_lookup_shows_the_approval(terminal):
    counter = terminal.services.counter
    terminal.login("cashier")
    view = counter.scan(terminal.barcodes(1)[0])
    with pytest.raises(TenderError, match=r"full card number.*approval code"):
        counter.add_tender(TenderKind.CARD, view.remaining_minor,
                           "4111 1111 1111 1111 exp 12/29 cvv 123")
    counter.add_tender(TenderKind.CARD, view.remaining_minor, "abc123")
    first = counter.complete().receipt_no
    view = counter.scan(terminal.barcodes(1)[0])
    counter.add_tender(TenderKind.CARD, view.remaining_minor, "*4242")
    second = counter.complete().receipt_no

    assert counter.find_receipt(first).tenders[0].endswith("(approval ABC123)")
    assert counter.find_receipt(second).tenders[0].endswith("(****4242)")
