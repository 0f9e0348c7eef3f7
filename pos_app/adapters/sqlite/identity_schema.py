"""Typed row of the data directory's identity (migration 0007_identity).

One row: which store and terminal this database belongs to, and the database's own
id, so a database copied in from another terminal or an older copy is recognised.
The sidecar `identity.json` next to the database holds the same facts plus the last
receipt number issued (see `identity.py`).
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .schema import Base


class StoreIdentityRow(Base):
    __tablename__ = "store_identity"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)  # always 1: one row
    store_id: Mapped[str] = mapped_column(String)
    store_name: Mapped[str] = mapped_column(String)
    terminal_id: Mapped[str] = mapped_column(String)
    database_id: Mapped[str] = mapped_column(String)
    created_at: Mapped[str] = mapped_column(String)
    __table_args__ = (CheckConstraint("id = 1", name="ck_store_identity_one_row"),)
