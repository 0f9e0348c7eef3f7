"""Completed sales of this terminal found for a return by when they were rung up and by
their total (services/sales.py `ReceiptSearch`), newest first, on the indexed
(status, completed_at) of the `sale` table."""

from __future__ import annotations

from sqlalchemy import text

from pos_app.domain.clock import parse_iso
from pos_app.services.sales import ReceiptMatch

from .store import LocalDatabase

_FIND = text(
    "SELECT s.receipt_no, s.completed_at, s.total_minor, s.currency, "
    "       coalesce(st.name, s.cashier_id, '') AS cashier "
    "FROM sale s LEFT JOIN staff st ON st.id = s.cashier_id "
    "WHERE s.status = 'completed' AND s.terminal_id = :terminal "
    "  AND s.receipt_no IS NOT NULL "
    "  AND (:since IS NULL OR s.completed_at >= :since) "
    "  AND (:until IS NULL OR s.completed_at < :until) "
    "  AND (:amount IS NULL OR s.total_minor = :amount) "
    "ORDER BY s.completed_at DESC, s.receipt_no DESC LIMIT :limit")


class SqliteReceiptSearch:
    def __init__(self, db: LocalDatabase) -> None:
        self._db = db

    def find_sales(self, terminal_id: str, *, since: str | None, until: str | None,
                   amount: int | None, limit: int) -> list[ReceiptMatch]:
        with self._db.read() as conn:
            rows = conn.execute(_FIND, {"terminal": terminal_id, "since": since,
                                        "until": until, "amount": amount,
                                        "limit": limit}).mappings().all()
        return [ReceiptMatch(int(r["receipt_no"]), parse_iso(r["completed_at"]),
                             int(r["total_minor"]), r["currency"], r["cashier"] or "")
                for r in rows]
