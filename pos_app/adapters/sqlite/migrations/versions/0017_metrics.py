"""the terminal's metrics, per minute, and its alerts' firing and clearing

Revision ID: 0017_metrics
Revises: 0006_commission_originals_cache
Create Date: 2026-12-06 02:00:00

A sibling of the other revisions after 0006; the local database upgrades to all heads.
`metric_minute`: one row per series per flush (services/metrics.py MetricRow): command
latency histograms (sparse bucket counts), storage operations, job runs and sampled
gauges; pruned after [monitoring] retention_days (8). `alert_event`: each alert's
firing and clearing (services/alerts.py), each also queued for the central database.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017_metrics"
down_revision = "0006_commission_originals_cache"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "metric_minute",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("minute", sa.Text, nullable=False),  # ISO UTC, to the minute
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("label", sa.Text, nullable=False, server_default=""),
        sa.Column("count", sa.Integer, nullable=False, server_default="0"),
        sa.Column("errors", sa.Integer, nullable=False, server_default="0"),
        sa.Column("sum_us", sa.Integer, nullable=False, server_default="0"),
        sa.Column("buckets", sa.Text, nullable=False, server_default=""),
        sa.Column("value", sa.Float, nullable=True),
    )
    op.create_index("ix_metric_minute_minute", "metric_minute", ["minute"])
    op.create_table(
        "alert_event",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("key", sa.Text, nullable=False),
        sa.Column("firing", sa.Integer, nullable=False),  # 1 fired, 0 cleared
        sa.Column("at", sa.Text, nullable=False),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("value", sa.Float, nullable=True),
        sa.Column("threshold", sa.Float, nullable=True),
    )
    op.create_index("ix_alert_event_key_id", "alert_event", ["key", "id"])


def downgrade() -> None:
    op.drop_index("ix_alert_event_key_id", table_name="alert_event")
    op.drop_table("alert_event")
    op.drop_index("ix_metric_minute_minute", table_name="metric_minute")
    op.drop_table("metric_minute")
