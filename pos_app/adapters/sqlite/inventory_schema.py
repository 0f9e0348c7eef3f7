"""Typed rows of the inventory reconciler's durable state (migration 0003_inventory).

Per SKU and location: the last Shopify snapshot with its `updatedAt`, a local version
and a status; the local stock events Shopify has not reflected yet, each with its event
id; the pushes in flight with the exact variables every retry resends; and the
"needs attention" list a manager works through.
"""

from __future__ import annotations

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .schema import Base


class ShopifyItemRow(Base):
    """Which Shopify inventory item a local SKU is."""

    __tablename__ = "shopify_item"
    sku: Mapped[str] = mapped_column(String, primary_key=True)
    inventory_item_id: Mapped[str] = mapped_column(String, unique=True)
    variant_id: Mapped[str] = mapped_column(String)
    tracked: Mapped[int] = mapped_column(Integer, default=1)


class InventoryLevelRow(Base):
    """Shopify's quantities for one item at one location, as last read."""

    __tablename__ = "inventory_level"
    inventory_item_id: Mapped[str] = mapped_column(String, primary_key=True)
    location_id: Mapped[str] = mapped_column(String, primary_key=True)
    sku: Mapped[str | None] = mapped_column(String, nullable=True)
    available: Mapped[int] = mapped_column(Integer)
    on_hand: Mapped[int] = mapped_column(Integer)
    committed: Mapped[int] = mapped_column(Integer)
    shopify_updated_at: Mapped[str] = mapped_column(String)  # Shopify's clock, not ours
    version: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str] = mapped_column(String, default="ok")  # ok | oversold
    pulled_seq: Mapped[int] = mapped_column(Integer)  # local read sequence number
    pulled_at: Mapped[str] = mapped_column(String)  # for display only


class InventoryEventRow(Base):
    """A local stock event (or count) Shopify has not reflected in a read yet."""

    __tablename__ = "inventory_event"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(String, unique=True)  # = outbox.op_id
    kind: Mapped[str] = mapped_column(String)  # delta | count | variance
    sku: Mapped[str] = mapped_column(String)
    location_id: Mapped[str] = mapped_column(String)
    delta: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String)
    status: Mapped[str] = mapped_column(String)  # pending | in_flight | applied | rejected
    batch_key: Mapped[str | None] = mapped_column(String, nullable=True)
    solo: Mapped[int] = mapped_column(Integer, default=0)
    counted: Mapped[int | None] = mapped_column(Integer, nullable=True)
    expected: Mapped[int | None] = mapped_column(Integer, nullable=True)
    taken_online: Mapped[int] = mapped_column(Integer, default=0)
    # Times a person re-queued it after Shopify set it aside (0021_inventory_event_retry):
    # each generation goes under a fresh idempotency key (PendingEvent.key_token).
    retry: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    applied_at: Mapped[str | None] = mapped_column(String, nullable=True)  # Shopify's clock
    applied_seq: Mapped[int | None] = mapped_column(Integer, nullable=True)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[str] = mapped_column(String)
    __table_args__ = (
        Index("ix_inventory_event_sku_status", "sku", "status"),
        Index("ix_inventory_event_status_seq", "status", "seq"),
        Index("ix_inventory_event_batch", "batch_key"),
    )


class InventoryPushRow(Base):
    """One mutation: its idempotency key, and the variables every retry resends."""

    __tablename__ = "inventory_push"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    kind: Mapped[str] = mapped_column(String)  # adjust | set
    variables: Mapped[str] = mapped_column(Text)
    rows: Mapped[str] = mapped_column(Text)  # JSON: event ids behind each change row
    status: Mapped[str] = mapped_column(String)  # open | applied | failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    group_id: Mapped[str | None] = mapped_column(String, nullable=True)
    created_at: Mapped[str] = mapped_column(String)
    __table_args__ = (Index("ix_inventory_push_status", "status", "seq"),)


class InventoryAttentionRow(Base):
    """The manager's "needs attention" list: oversells, stale counts, refused events."""

    __tablename__ = "inventory_attention"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    kind: Mapped[str] = mapped_column(String)
    sku: Mapped[str | None] = mapped_column(String, nullable=True)
    event_id: Mapped[str | None] = mapped_column(String, nullable=True)
    detail: Mapped[str] = mapped_column(Text)
    dedupe: Mapped[str | None] = mapped_column(String, nullable=True, unique=True)
    created_at: Mapped[str] = mapped_column(String)
    resolved_at: Mapped[str | None] = mapped_column(String, nullable=True)
    __table_args__ = (Index("ix_inventory_attention_open", "resolved_at", "created_at"),)


class InventorySyncStateRow(Base):
    """Watermarks, the resolved location and the local read sequence."""

    __tablename__ = "inventory_sync_state"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)
