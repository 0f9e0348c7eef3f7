"""Typed rows of the local store (SQLAlchemy 2 declarative). Migrations mirror this file.

Immutable facts (sold lines, payments, stock movements, outbox, Z reports, audit) are
only ever inserted; corrections are new offsetting rows.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Setting(Base):
    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)


class TaxRateRow(Base):
    __tablename__ = "tax_rate"
    code: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    rate: Mapped[str] = mapped_column(String)  # exact decimal text, e.g. "0.0625"


class TaxClassRow(Base):
    __tablename__ = "tax_class"
    code: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(String)


class TaxClassRateRow(Base):
    __tablename__ = "tax_class_rate"
    class_code: Mapped[str] = mapped_column(ForeignKey("tax_class.code"), primary_key=True)
    rate_code: Mapped[str] = mapped_column(ForeignKey("tax_rate.code"), primary_key=True)


class ProductRow(Base):
    __tablename__ = "product"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    title: Mapped[str] = mapped_column(String)
    product_type: Mapped[str] = mapped_column(String, default="")
    vendor: Mapped[str] = mapped_column(String, default="")
    status: Mapped[str] = mapped_column(String, default="active")
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[str] = mapped_column(String)


class VariantRow(Base):
    __tablename__ = "variant"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    product_id: Mapped[str] = mapped_column(ForeignKey("product.id"), index=True)
    sku: Mapped[str] = mapped_column(String)
    barcode: Mapped[str | None] = mapped_column(String, nullable=True)
    # The barcode as EAN-13 (UPC-A gets a leading zero) so either form scans.
    barcode_key: Mapped[str | None] = mapped_column(String, nullable=True)
    title: Mapped[str] = mapped_column(String)
    price_minor: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3))
    tax_class: Mapped[str] = mapped_column(ForeignKey("tax_class.code"))
    tracked: Mapped[int] = mapped_column(Integer, default=1)
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[str] = mapped_column(String)
    __table_args__ = (
        Index("ix_variant_sku", "sku"),
        Index("ix_variant_barcode_key", "barcode_key"),
        Index("ix_variant_currency", "currency"),
    )


class StaffRow(Base):
    __tablename__ = "staff"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    role: Mapped[str] = mapped_column(String)  # cashier | supervisor | manager | owner
    pin_hash: Mapped[str] = mapped_column(String)  # Argon2id, never the PIN
    active: Mapped[int] = mapped_column(Integer, default=1)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # 0016_staff_sync: `active` has its own version (merged apart from the profile), and
    # the digest of (name, role, pin_hash) breaks a tie between two equal versions.
    active_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    digest: Mapped[str] = mapped_column(String, default="", server_default="")


class SaleRow(Base):
    """One sale session: its current state snapshot and its version."""

    __tablename__ = "sale"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    terminal_id: Mapped[str] = mapped_column(String)
    status: Mapped[str] = mapped_column(String)  # open|held|parked|completed|voided
    version: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(Text)  # compact JSON of the domain SaleState
    cashier_id: Mapped[str | None] = mapped_column(String, nullable=True)
    shift_id: Mapped[str | None] = mapped_column(String, nullable=True)
    opened_at: Mapped[str] = mapped_column(String)
    updated_at: Mapped[str] = mapped_column(String)
    receipt_no: Mapped[int | None] = mapped_column(Integer, nullable=True)
    completed_at: Mapped[str | None] = mapped_column(String, nullable=True)
    total_minor: Mapped[int] = mapped_column(Integer, default=0)
    currency: Mapped[str] = mapped_column(String(3))
    __table_args__ = (
        Index("ix_sale_status", "status"),
        UniqueConstraint("terminal_id", "receipt_no", name="uq_sale_receipt"),
        # Housekeeping (0007_housekeeping): compaction and parking candidates in
        # keyset order, never a scan of every sale.
        Index("ix_sale_status_completed", "status", "completed_at", "id"),
        Index("ix_sale_status_updated", "status", "updated_at", "id"),
        # The status bar's sales by status, from the index alone (0011_sale_status_count).
        Index("ix_sale_terminal_status", "terminal_id", "status"),
    )


class SaleStateLineRow(Base):
    """One line of a sale not yet finished, apart from the sale's state (0012_sale_lines):
    a command writes the lines it changed, not all of them (sale_lines.py)."""

    __tablename__ = "sale_state_line"
    sale_id: Mapped[str] = mapped_column(ForeignKey("sale.id"), primary_key=True)
    line_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    body: Mapped[str] = mapped_column(Text)  # the line's compact JSON (domain/sale.py)
    __table_args__ = ({"sqlite_with_rowid": False},)


class SaleCommandRow(Base):
    """Every accepted command, one row per version: the idempotency and audit log."""

    __tablename__ = "sale_command"
    sale_id: Mapped[str] = mapped_column(ForeignKey("sale.id"), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    command_id: Mapped[str] = mapped_column(String, unique=True)
    kind: Mapped[str] = mapped_column(String)
    payload: Mapped[str] = mapped_column(Text)
    actor: Mapped[str | None] = mapped_column(String, nullable=True)
    at: Mapped[str] = mapped_column(String)


class CounterRow(Base):
    """Gapless per-terminal counters (receipt numbers, Z numbers)."""

    __tablename__ = "counter"
    terminal_id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(String, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)


class SoldLineRow(Base):
    __tablename__ = "sold_line"
    sale_id: Mapped[str] = mapped_column(ForeignKey("sale.id"), primary_key=True)
    line_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    variant_id: Mapped[str | None] = mapped_column(String, nullable=True)
    sku: Mapped[str] = mapped_column(String)
    title: Mapped[str] = mapped_column(String)
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price: Mapped[int] = mapped_column(Integer)
    gross: Mapped[int] = mapped_column(Integer)
    discount: Mapped[int] = mapped_column(Integer)
    tax: Mapped[int] = mapped_column(Integer)
    total: Mapped[int] = mapped_column(Integer)
    taxes: Mapped[str] = mapped_column(Text)  # JSON {rate_code: minor}
    tax_class: Mapped[str] = mapped_column(String)
    attributions: Mapped[str] = mapped_column(Text)  # JSON [[staff_id, basis_points]]
    return_of_sale: Mapped[str | None] = mapped_column(String, nullable=True)
    return_of_line: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # A returned line: why it came back ("" none given) and whether its units went back
    # on the shelf (migration 0014_return_reasons).
    return_reason: Mapped[str] = mapped_column(String, default="", server_default="")
    restock: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __table_args__ = (Index("ix_sold_line_return_of", "return_of_sale", "return_of_line"),)


class ReturnClaimRow(Base):
    """What a not-voided sale (completed, open, held or parked) gives back of a receipt
    line. Rewritten with its sale's every commit, so a held return in one window
    reserves its units against every other window and till of this terminal."""

    __tablename__ = "return_claim"
    sale_id: Mapped[str] = mapped_column(ForeignKey("sale.id"), primary_key=True)
    orig_sale_id: Mapped[str] = mapped_column(String, primary_key=True)
    orig_line_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    units: Mapped[int] = mapped_column(Integer)  # positive
    refunded: Mapped[int] = mapped_column(Integer)  # positive, what those units refund
    # 0013_claim_positions: the receipt line's units held, JSON [[start, end], ...]
    positions: Mapped[str | None] = mapped_column(String, nullable=True)
    __table_args__ = (Index("ix_return_claim_orig", "orig_sale_id", "orig_line_no"),)


class LineVoidRow(Base):
    """A line taken off a sale before it was paid: kept for the X/Z report and audit,
    never compacted away."""

    __tablename__ = "line_void"
    id: Mapped[str] = mapped_column(String, primary_key=True)  # the voiding command's id
    sale_id: Mapped[str] = mapped_column(ForeignKey("sale.id"), index=True)
    shift_id: Mapped[str | None] = mapped_column(String, nullable=True, index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    sku: Mapped[str] = mapped_column(String)
    title: Mapped[str] = mapped_column(String)
    quantity: Mapped[int] = mapped_column(Integer)
    amount: Mapped[int] = mapped_column(Integer)  # the line's priced total when voided
    voided_by: Mapped[str | None] = mapped_column(String, nullable=True)
    approved_by: Mapped[str | None] = mapped_column(String, nullable=True)
    at: Mapped[str] = mapped_column(String)


class PaymentRow(Base):
    __tablename__ = "payment"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    sale_id: Mapped[str] = mapped_column(ForeignKey("sale.id"), index=True)
    shift_id: Mapped[str | None] = mapped_column(String, nullable=True, index=True)
    kind: Mapped[str] = mapped_column(String)  # cash|card|store_credit|gift_card
    amount: Mapped[int] = mapped_column(Integer)  # net amount kept (tendered - change)
    tendered: Mapped[int] = mapped_column(Integer)
    change: Mapped[int] = mapped_column(Integer, default=0)
    reference: Mapped[str | None] = mapped_column(String, nullable=True)
    at: Mapped[str] = mapped_column(String)


class StockMovementRow(Base):
    __tablename__ = "stock_movement"
    id: Mapped[str] = mapped_column(String, primary_key=True)  # also the Shopify idempotency key
    sale_id: Mapped[str | None] = mapped_column(String, nullable=True, index=True)
    variant_id: Mapped[str | None] = mapped_column(String, nullable=True)
    sku: Mapped[str] = mapped_column(String, index=True)
    delta: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String)  # sale|return|post_void|receipt|write_off|count
    at: Mapped[str] = mapped_column(String)


class OutboxRow(Base):
    """Events for inventory sync and the central database, written with the sale."""

    __tablename__ = "outbox"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    op_id: Mapped[str] = mapped_column(String, unique=True)
    topic: Mapped[str] = mapped_column(String)  # inventory|commission|sale|shift
    aggregate_id: Mapped[str] = mapped_column(String)
    payload: Mapped[str] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(String)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[str | None] = mapped_column(String, nullable=True)
    # pending | acked | rejected | local (commission provisional figures, never pushed)
    # | unrouted (no channel configured for its topic: nothing will ever take it)
    status: Mapped[str] = mapped_column(String, default="pending")
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    __table_args__ = (
        Index("ix_outbox_topic_status", "topic", "status", "seq"),
        # Housekeeping (0007_housekeeping): a sale's unacknowledged events; acknowledged
        # rows past the retention; what is waiting, for the status bar.
        Index("ix_outbox_aggregate_status", "aggregate_id", "status"),
        Index("ix_outbox_status_created", "status", "created_at"),
    )


class ShiftRow(Base):
    __tablename__ = "shift"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    terminal_id: Mapped[str] = mapped_column(String)
    status: Mapped[str] = mapped_column(String)  # open|closed
    opened_by: Mapped[str] = mapped_column(String)
    opened_at: Mapped[str] = mapped_column(String)
    float_minor: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3))
    closed_by: Mapped[str | None] = mapped_column(String, nullable=True)
    closed_at: Mapped[str | None] = mapped_column(String, nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __table_args__ = (Index("ix_shift_terminal_status", "terminal_id", "status"),)


class CashMovementRow(Base):
    __tablename__ = "cash_movement"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    shift_id: Mapped[str] = mapped_column(ForeignKey("shift.id"), index=True)
    kind: Mapped[str] = mapped_column(String)  # in|out
    amount: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String)
    staff_id: Mapped[str] = mapped_column(String)
    at: Mapped[str] = mapped_column(String)


class ZReportRow(Base):
    __tablename__ = "z_report"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    terminal_id: Mapped[str] = mapped_column(String)
    z_no: Mapped[int] = mapped_column(Integer)
    shift_id: Mapped[str] = mapped_column(ForeignKey("shift.id"), unique=True)
    payload: Mapped[str] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(String)
    __table_args__ = (UniqueConstraint("terminal_id", "z_no", name="uq_z_report_no"),)


class AuditRow(Base):
    """Since 0009_journal a read-only VIEW: the rows of `audit_log_legacy` (written
    before the journal) and of `journal`. Nothing inserts here: every audited change
    appends to the journal (adapters/sqlite/journal.py `append`)."""

    __tablename__ = "audit_log"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    at: Mapped[str] = mapped_column(String)
    actor: Mapped[str | None] = mapped_column(String, nullable=True)
    action: Mapped[str] = mapped_column(String, index=True)
    subject: Mapped[str | None] = mapped_column(String, nullable=True)
    detail: Mapped[str] = mapped_column(Text, default="{}")
    approved_by: Mapped[str | None] = mapped_column(String, nullable=True)


class JournalRow(Base):
    """The tamper-evident journal (0009_journal): per-terminal seq, HMAC chain (see
    domain/journal.py); triggers refuse UPDATE and DELETE."""

    __tablename__ = "journal"
    terminal_id: Mapped[str] = mapped_column(String, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[str] = mapped_column(String, unique=True)
    at: Mapped[str] = mapped_column(String, index=True)
    actor: Mapped[str | None] = mapped_column(String, nullable=True)
    approved_by: Mapped[str | None] = mapped_column(String, nullable=True)
    action: Mapped[str] = mapped_column(String)
    subject: Mapped[str | None] = mapped_column(String, nullable=True)
    detail: Mapped[str] = mapped_column(Text)
    key_id: Mapped[str] = mapped_column(String)
    prev_mac: Mapped[str] = mapped_column(String)
    mac: Mapped[str] = mapped_column(String)
    __table_args__ = (
        Index("ix_journal_action_at", "action", "at"),
        Index("ix_journal_actor_at", "actor", "at"),
    )


class JournalPushRow(Base):
    """How far each terminal's journal was pushed to the central database."""

    __tablename__ = "journal_push"
    terminal_id: Mapped[str] = mapped_column(String, primary_key=True)
    pushed_seq: Mapped[int] = mapped_column(Integer)
    pushed_mac: Mapped[str] = mapped_column(String)


class PinThrottleRow(Base):
    """Wrong PINs in a row per person and terminal (migration 0008_throttle). Kept in
    the database so a restart forgets nothing; cleared by a right PIN or an unlock."""

    __tablename__ = "pin_throttle"
    terminal_id: Mapped[str] = mapped_column(String, primary_key=True)
    staff_id: Mapped[str] = mapped_column(String, primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    wait_until: Mapped[str | None] = mapped_column(String, nullable=True)
    locked: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[str | None] = mapped_column(String, nullable=True)
