"""Completed sales for receipts, read from the local store in one read transaction.

Implements `services.receipts.ReceiptSource`: the `sale` row (with its cashier's name
and, for a post-void, the receipt it reverses), its `sold_line` rows, its `payment`
rows in the order they were tendered, and the names of the tax rates it used.
"""

from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation

from sqlalchemy import text

from pos_app.services.receipts import CompletedSaleRecord, PaymentRecord, SoldLineRecord

from .store import LocalDatabase

_SALE = text(
    "SELECT s.id, s.terminal_id, s.receipt_no, s.completed_at, s.currency, s.total_minor, "
    "       s.cashier_id, st.name AS cashier_name, "
    "       json_extract(s.state, '$.pv') AS voids_sale_id, o.receipt_no AS voids_receipt_no "
    "FROM sale s "
    "LEFT JOIN staff st ON st.id = s.cashier_id "
    "LEFT JOIN sale o ON o.id = json_extract(s.state, '$.pv') "
    "WHERE s.terminal_id = :terminal AND s.receipt_no = :no AND s.status = 'completed'")
_LINES = text(
    "SELECT l.line_no, l.sku, l.title, l.quantity, l.unit_price, l.gross, l.discount, "
    "       l.tax, l.total, l.taxes, o.receipt_no AS return_of_receipt, "
    "       l.return_reason, l.restock "
    "FROM sold_line l LEFT JOIN sale o ON o.id = l.return_of_sale "
    "WHERE l.sale_id = :sale ORDER BY l.line_no")
# Payment ids are random to SQLite; rowid is the order the tenders were written in.
_PAYMENTS = text(
    "SELECT kind, amount, tendered, change, reference FROM payment "
    "WHERE sale_id = :sale ORDER BY rowid")
_RATES = text("SELECT code, name, rate FROM tax_rate")


def _rate(raw: str | None) -> Decimal | None:
    try:
        return None if raw is None else Decimal(raw)
    except InvalidOperation:
        return None


class SqliteReceiptSource:
    def __init__(self, db: LocalDatabase) -> None:
        self._db = db

    def completed_sale(self, terminal_id: str, receipt_no: int) -> CompletedSaleRecord | None:
        with self._db.read() as conn:
            sale = conn.execute(_SALE, {"terminal": terminal_id, "no": receipt_no}) \
                .mappings().first()
            if sale is None:
                return None
            lines = conn.execute(_LINES, {"sale": sale["id"]}).mappings().all()
            payments = conn.execute(_PAYMENTS, {"sale": sale["id"]}).mappings().all()
            rates = conn.execute(_RATES).all()
        line_records = tuple(SoldLineRecord(
            line_no=r["line_no"], sku=r["sku"], title=r["title"], quantity=r["quantity"],
            unit_price=r["unit_price"], gross=r["gross"], discount=r["discount"], tax=r["tax"],
            total=r["total"], taxes=tuple((str(c), int(a))
                                          for c, a in json.loads(r["taxes"]).items()),
            return_of_receipt=r["return_of_receipt"], reason=r["return_reason"] or "",
            restock=bool(r["restock"])) for r in lines)
        used = {code for ln in line_records for code, _ in ln.taxes}
        tax_rates = {str(code): (str(name), rate) for code, name, raw in rates
                     if code in used and (rate := _rate(raw)) is not None}
        return CompletedSaleRecord(
            sale_id=sale["id"], terminal_id=sale["terminal_id"], receipt_no=sale["receipt_no"],
            completed_at=sale["completed_at"], currency=sale["currency"],
            total=sale["total_minor"], cashier_id=sale["cashier_id"],
            cashier_name=sale["cashier_name"], lines=line_records,
            payments=tuple(PaymentRecord(
                kind=p["kind"], amount=p["amount"], tendered=p["tendered"],
                change=p["change"], reference=p["reference"]) for p in payments),
            tax_rates=tax_rates, voids_sale_id=sale["voids_sale_id"],
            voids_receipt_no=sale["voids_receipt_no"])
