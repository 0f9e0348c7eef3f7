"""Helpers for the shift tests: a frozen clock, counted ids, and completed sales
written straight into the schema tables the way the sale side records them."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import insert

from pos_app.adapters.sqlite.schema import PaymentRow, SaleRow, SoldLineRow, TaxRateRow
from pos_app.adapters.sqlite.shift_repo import SqliteShiftRepository
from pos_app.adapters.sqlite.store import LocalDatabase
from pos_app.domain.clock import FixedClock, iso
from pos_app.services.shift_service import ShiftService

T0 = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


class CountingIds:
    """Ids that sort in creation order, like UUIDv7, and are readable in failures."""

    def __init__(self, prefix: str = "id") -> None:
        self.prefix = prefix
        self.n = 0

    def new_id(self) -> str:
        self.n += 1
        return f"{self.prefix}-{self.n:06d}"


@dataclass(frozen=True)
class L:
    """A sold (quantity > 0) or returned (quantity < 0) line; amounts follow its sign.

    `taxes` is per rate code; with `inclusive` the tax is inside the price, otherwise
    it is added to it, as the pricing code does.
    """

    quantity: int
    unit_price: int
    discount: int = 0
    taxes: dict[str, int] = field(default_factory=dict)
    inclusive: bool = False

    @property
    def gross(self) -> int:
        return self.quantity * self.unit_price

    @property
    def tax(self) -> int:
        return sum(self.taxes.values())

    @property
    def total(self) -> int:
        charged = self.gross - self.discount
        return charged if self.inclusive else charged + self.tax


@dataclass(frozen=True)
class P:
    """A payment: `amount` is what the store keeps (negative for a refund)."""

    kind: str
    amount: int
    tendered: int | None = None
    shift_id: str | None = None  # defaults to the sale's shift

    @property
    def change(self) -> int:
        return 0 if self.tendered is None else self.tendered - self.amount


class SaleRecorder:
    """Writes completed (or voided) sales as the sale side does: one transaction."""

    def __init__(self, db: LocalDatabase, terminal_id: str = "T1", currency: str = "USD"):
        self.db = db
        self.terminal_id = terminal_id
        self.currency = currency
        self.n = 0

    def add_tax_rates(self, rates: dict[str, str]) -> None:
        with self.db.write() as conn:
            for code, name in rates.items():
                conn.execute(insert(TaxRateRow).values(code=code, name=name, rate="0.05"))

    def sale(self, shift_id: str | None, lines: list[L], payments: list[P], *,
             status: str = "completed", total: int | None = None) -> str:
        self.n += 1
        sale_id = f"sale-{self.n:04d}"
        at = iso(T0)
        line_total = sum(ln.total for ln in lines)
        with self.db.write() as conn:
            conn.execute(insert(SaleRow).values(
                id=sale_id, terminal_id=self.terminal_id, status=status, version=1,
                state=json.dumps({"id": sale_id}), cashier_id="alice", shift_id=shift_id,
                opened_at=at, updated_at=at,
                receipt_no=self.n if status == "completed" else None,
                completed_at=at if status == "completed" else None,
                total_minor=line_total if total is None else total, currency=self.currency,
            ))
            for no, ln in enumerate(lines, start=1):
                conn.execute(insert(SoldLineRow).values(
                    sale_id=sale_id, line_no=no, variant_id=f"v{no}", sku=f"SKU-{no}",
                    title=f"Item {no}", quantity=ln.quantity, unit_price=ln.unit_price,
                    gross=ln.gross, discount=ln.discount, tax=ln.tax, total=ln.total,
                    taxes=json.dumps(ln.taxes), tax_class="STD",
                    attributions=json.dumps([["alice", 10000]]),
                ))
            for k, p in enumerate(payments, start=1):
                conn.execute(insert(PaymentRow).values(
                    id=f"{sale_id}-pay-{k}", sale_id=sale_id,
                    shift_id=p.shift_id or shift_id, kind=p.kind, amount=p.amount,
                    tendered=p.amount if p.tendered is None else p.tendered,
                    change=p.change, at=at,
                ))
        return sale_id


def make_service(db: LocalDatabase, clock: FixedClock, ids: CountingIds, *,
                 terminal_id: str = "T1", currency: str = "USD") -> ShiftService:
    return ShiftService(SqliteShiftRepository(db), clock, ids, terminal_id, currency)


def open_db(path: Path) -> LocalDatabase:
    return LocalDatabase(path)
