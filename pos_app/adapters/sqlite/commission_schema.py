"""Typed local rows of commissions and of what the terminal pulls from the central database.

`commission_record` is filled only by a trigger on the outbox (migration
0004_commission): a record exists locally exactly when its outbox event does, in the
same transaction, and a record changes only to a higher version.
"""

from __future__ import annotations

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .schema import Base


class CommissionRecordRow(Base):
    __tablename__ = "commission_record"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String)  # sale|clawback|tier_adjustment|bonus
    status: Mapped[str] = mapped_column(String)  # ok|needs_review
    staff_id: Mapped[str] = mapped_column(String)
    currency: Mapped[str] = mapped_column(String(3))
    at: Mapped[str] = mapped_column(String)
    terminal_id: Mapped[str] = mapped_column(String)
    amount: Mapped[int] = mapped_column(Integer)
    base: Mapped[int] = mapped_column(Integer, default=0)
    units: Mapped[int] = mapped_column(Integer, default=0)
    rate_part: Mapped[int] = mapped_column(Integer, default=0)
    spiff_part: Mapped[int] = mapped_column(Integer, default=0)
    tier_part: Mapped[int] = mapped_column(Integer, default=0)
    share_bp: Mapped[int] = mapped_column(Integer, default=10000)
    line_quantity: Mapped[int] = mapped_column(Integer, default=0)
    sale_id: Mapped[str | None] = mapped_column(String, nullable=True)
    line_no: Mapped[int | None] = mapped_column(Integer, nullable=True)
    plan_id: Mapped[str | None] = mapped_column(String, nullable=True)
    plan_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    period_start: Mapped[str | None] = mapped_column(String, nullable=True)  # ISO date
    return_of_sale: Mapped[str | None] = mapped_column(String, nullable=True)
    return_of_line: Mapped[int | None] = mapped_column(Integer, nullable=True)
    of_record: Mapped[str | None] = mapped_column(String, nullable=True)
    sku: Mapped[str | None] = mapped_column(String, nullable=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (
        Index("ix_commission_record_period", "staff_id", "plan_id", "period_start"),
        Index("ix_commission_record_line", "sale_id", "line_no"),
        Index("ix_commission_record_return_of", "return_of_sale", "return_of_line"),
        Index("ix_commission_record_of_record", "of_record"),
        Index("ix_commission_record_status", "status"),
        Index("ix_commission_record_at", "at"),  # reports by time (migration 0005)
    )


class CommissionPlanRow(Base):
    """A plan as pulled from the central database; the higher (version, digest) wins."""

    __tablename__ = "commission_plan"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    store_id: Mapped[str | None] = mapped_column(String, nullable=True)
    version: Mapped[int] = mapped_column(Integer)
    digest: Mapped[str] = mapped_column(String)
    body: Mapped[str] = mapped_column(Text)  # canonical JSON of the plan
    pulled_at: Mapped[str] = mapped_column(String)


class StaffDirectoryRow(Base):
    """Staff of the store as the central database knows them (names and roles only)."""

    __tablename__ = "staff_directory"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    store_id: Mapped[str] = mapped_column(String)
    name: Mapped[str] = mapped_column(String)
    role: Mapped[str] = mapped_column(String)
    active: Mapped[int] = mapped_column(Integer, default=1)
    version: Mapped[int] = mapped_column(Integer)
    digest: Mapped[str] = mapped_column(String)


class CentralSettingRow(Base):
    """A store setting pulled from the central database."""

    __tablename__ = "central_setting"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer)
    digest: Mapped[str] = mapped_column(String)


class ProductCollectionRow(Base):
    """Which collections a product is in, for plans that select by collection."""

    __tablename__ = "product_collection"
    product_id: Mapped[str] = mapped_column(String, primary_key=True)
    collection: Mapped[str] = mapped_column(String, primary_key=True)


class RemotePeriodTotalRow(Base):
    """Other terminals' sale and clawback totals of a staff member's period under a plan,
    as pulled from the central database at `as_of` (migration 0006_remote_period_totals).

    Replaced whole by every successful pull; the ledger adds it to this terminal's own
    records for tier progress and the tier rate of the next sale."""

    __tablename__ = "remote_period_total"
    staff_id: Mapped[str] = mapped_column(String, primary_key=True)
    plan_id: Mapped[str] = mapped_column(String, primary_key=True)
    period_start: Mapped[str] = mapped_column(String, primary_key=True)  # ISO date
    value: Mapped[int] = mapped_column(Integer)
    units: Mapped[int] = mapped_column(Integer)
    tier_paid: Mapped[int] = mapped_column(Integer)
    amount: Mapped[int] = mapped_column(Integer)
    as_of: Mapped[str] = mapped_column(String)  # ISO time of the pull


class CentralSyncStateRow(Base):
    """Small durable facts of the sync loop: failures in a row, next try, last summary."""

    __tablename__ = "central_sync_state"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)
