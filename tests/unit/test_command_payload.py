"""A command's payload (its row in the sale's command log) is written by a conversion
that remembers each dataclass's field names: the very text the plain recursive one
wrote, for every kind of command and value in it."""

from __future__ import annotations

import dataclasses
import json
from enum import Enum
from typing import Any

from pos_app.domain.pricing import Discount, DiscountKind
from pos_app.domain.sale import TenderKind
from pos_app.services.sale_commands import (
    AddItem,
    AddTender,
    AttachCustomer,
    AttributeLine,
    Command,
    Hold,
    OverridePrice,
    RemoveLine,
    RemoveTender,
    ReturnWithoutReceipt,
    SetCartDiscount,
    SetLineDiscount,
    SetQuantity,
    Void,
)
from tests.conftest import variant


def _reference(cmd: Command) -> str:
    def conv(o: Any) -> Any:
        if isinstance(o, Enum):
            return o.value
        if dataclasses.is_dataclass(o) and not isinstance(o, type):
            return {f.name: conv(getattr(o, f.name)) for f in dataclasses.fields(o)}
        if isinstance(o, tuple | list):
            return [conv(x) for x in o]
        return o
    return json.dumps({"kind": cmd.kind, **conv(cmd)}, separators=(",", ":"),
                      ensure_ascii=False, default=str)


def test_payloads_are_the_text_the_recursive_conversion_writes() -> None:
    cmds: list[Command] = [
        AddItem(variant(3, 500)), AddItem(variant(4, 1999, "food"), 3),
        ReturnWithoutReceipt(variant(5, 700), 2, reason="Damaged", restock=False),
        SetQuantity(1, 4), RemoveLine(2),
        SetLineDiscount(1, Discount(DiscountKind.AMOUNT, 150)),
        SetLineDiscount(1, None), SetCartDiscount(Discount(DiscountKind.PERCENT, 500)),
        SetCartDiscount(None), OverridePrice(1, 250), AttributeLine(1, (("s1", 6000),
                                                                         ("s2", 4000))),
        AttachCustomer("c-ü"), AttachCustomer(None), RemoveTender("t1"), Hold(), Void(),
        AddTender(TenderKind.CASH, 2000), AddTender(TenderKind.CARD, 1500, "**** 4242", "t9"),
    ]
    for cmd in cmds * 2:  # the second time with the field names remembered
        assert cmd.payload() == _reference(cmd), cmd
