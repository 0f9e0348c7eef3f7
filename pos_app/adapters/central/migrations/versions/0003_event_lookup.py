"""index terminal events by (topic, aggregate_id): receipt numbers for drill-down

Revision ID: 0003_event_lookup
Revises: 0002_store_settlement
Create Date: 2026-11-28 00:40:00

The back office asks which receipt and terminal each sale behind a figure came from;
without this index that lookup scans every event ever pushed.
"""

from __future__ import annotations

from alembic import op

revision = "0003_event_lookup"
down_revision = "0002_store_settlement"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_central_event_topic_aggregate", "terminal_event",
                    ["topic", "aggregate_id"])


def downgrade() -> None:
    op.drop_index("ix_central_event_topic_aggregate", table_name="terminal_event")
