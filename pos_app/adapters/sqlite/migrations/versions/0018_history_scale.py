"""the counter, status and shift views bounded by an index or a running total

Revision ID: 0018_history_scale
Revises: 0006_commission_originals_cache
Create Date: 2026-12-06 02:00:00

A sibling of the other revisions after 0006; the local database upgrades to all heads.
A year of a busy store is a quarter of a million sales; nothing the cashier waits for
may read them all (bench/history_bench.py, tests/integration/test_history_scale.py):

- `ix_sale_shift_status`: the shift view and the X/Z report find a shift's sales
  through the index (they scanned every sale);
- `sale_status_total`: sales per terminal and status, kept by triggers on `sale`, so the
  status bar reads a handful of rows instead of counting every completed sale;
- `variant_sold_total`: units sold per variant (positive lines only), kept by a trigger
  on `sold_line`, so the quick keys read the top sellers from an index instead of
  grouping every sold line;
- `commission_period_total`: this terminal's commission records summed per person,
  plan and period (status 'ok'; value, units and tier part of sale and clawback records,
  and every record's amount), kept by triggers on `commission_record`, so the cashier's
  progress on the counter is one row instead of a month of records.

The totals are filled from the existing rows here; from then on every writer (the sale
store, central pulls, salvage, tests) keeps them, since the triggers do.
"""

from __future__ import annotations

from alembic import op

revision = "0018_history_scale"
down_revision = "0006_commission_originals_cache"
branch_labels = None
depends_on = None

_UPGRADE = [
    "CREATE INDEX IF NOT EXISTS ix_sale_shift_status ON sale (shift_id, status)",
    "CREATE TABLE sale_status_total (terminal_id TEXT NOT NULL, status TEXT NOT NULL, "
    "n INTEGER NOT NULL, PRIMARY KEY (terminal_id, status)) WITHOUT ROWID",
    "INSERT INTO sale_status_total (terminal_id, status, n) "
    "SELECT terminal_id, status, count(*) FROM sale GROUP BY terminal_id, status",
    "CREATE TRIGGER trg_sale_status_total_insert AFTER INSERT ON sale BEGIN "
    "INSERT INTO sale_status_total (terminal_id, status, n) "
    "VALUES (NEW.terminal_id, NEW.status, 1) "
    "ON CONFLICT (terminal_id, status) DO UPDATE SET n = n + 1; END",
    "CREATE TRIGGER trg_sale_status_total_update AFTER UPDATE OF status, terminal_id ON sale "
    "WHEN OLD.status IS NOT NEW.status OR OLD.terminal_id IS NOT NEW.terminal_id BEGIN "
    "UPDATE sale_status_total SET n = n - 1 "
    "WHERE terminal_id = OLD.terminal_id AND status = OLD.status; "
    "INSERT INTO sale_status_total (terminal_id, status, n) "
    "VALUES (NEW.terminal_id, NEW.status, 1) "
    "ON CONFLICT (terminal_id, status) DO UPDATE SET n = n + 1; END",
    "CREATE TRIGGER trg_sale_status_total_delete AFTER DELETE ON sale BEGIN "
    "UPDATE sale_status_total SET n = n - 1 "
    "WHERE terminal_id = OLD.terminal_id AND status = OLD.status; END",
    "CREATE TABLE variant_sold_total (variant_id TEXT NOT NULL PRIMARY KEY, "
    "units INTEGER NOT NULL)",
    "INSERT INTO variant_sold_total (variant_id, units) "
    "SELECT variant_id, sum(quantity) FROM sold_line "
    "WHERE quantity > 0 AND variant_id IS NOT NULL GROUP BY variant_id",
    "CREATE INDEX ix_variant_sold_total_units ON variant_sold_total (units DESC, variant_id)",
    "CREATE TRIGGER trg_variant_sold_total_insert AFTER INSERT ON sold_line "
    "WHEN NEW.quantity > 0 AND NEW.variant_id IS NOT NULL BEGIN "
    "INSERT INTO variant_sold_total (variant_id, units) "
    "VALUES (NEW.variant_id, NEW.quantity) "
    "ON CONFLICT (variant_id) DO UPDATE SET units = units + excluded.units; END",
    "CREATE TRIGGER trg_variant_sold_total_delete AFTER DELETE ON sold_line "
    "WHEN OLD.quantity > 0 AND OLD.variant_id IS NOT NULL BEGIN "
    "UPDATE variant_sold_total SET units = units - OLD.quantity "
    "WHERE variant_id = OLD.variant_id; END",
]

def _period_add(row: str, sign: str) -> str:
    """Add (`sign` '+') or take away ('-') record `row` (NEW or OLD) from its total."""
    sale = f"{row}.kind IN ('sale', 'clawback')"
    parts = (f"{sign} CASE WHEN {sale} THEN coalesce({row}.base, 0) ELSE 0 END",
             f"{sign} CASE WHEN {sale} THEN coalesce({row}.units, 0) ELSE 0 END",
             f"{sign} CASE WHEN {sale} THEN coalesce({row}.tier_part, 0) ELSE 0 END",
             f"{sign} coalesce({row}.amount, 0)")
    return ("INSERT INTO commission_period_total (staff_id, plan_id, period_start, value, "
            f"units, tier_paid, amount) VALUES ({row}.staff_id, {row}.plan_id, "
            f"{row}.period_start, 0 {parts[0]}, 0 {parts[1]}, 0 {parts[2]}, 0 {parts[3]}) "
            "ON CONFLICT (staff_id, plan_id, period_start) DO UPDATE SET "
            f"value = value {parts[0]}, units = units {parts[1]}, "
            f"tier_paid = tier_paid {parts[2]}, amount = amount {parts[3]};")


_COUNTED = "{r}.status = 'ok' AND {r}.plan_id IS NOT NULL AND {r}.period_start IS NOT NULL"

_UPGRADE += [
    "CREATE TABLE commission_period_total (staff_id TEXT NOT NULL, plan_id TEXT NOT NULL, "
    "period_start TEXT NOT NULL, value INTEGER NOT NULL, units INTEGER NOT NULL, "
    "tier_paid INTEGER NOT NULL, amount INTEGER NOT NULL, "
    "PRIMARY KEY (staff_id, plan_id, period_start)) WITHOUT ROWID",
    "INSERT INTO commission_period_total (staff_id, plan_id, period_start, value, units, "
    "tier_paid, amount) SELECT staff_id, plan_id, period_start, "
    "coalesce(sum(CASE WHEN kind IN ('sale', 'clawback') THEN base END), 0), "
    "coalesce(sum(CASE WHEN kind IN ('sale', 'clawback') THEN units END), 0), "
    "coalesce(sum(CASE WHEN kind IN ('sale', 'clawback') THEN tier_part END), 0), "
    "coalesce(sum(amount), 0) FROM commission_record WHERE "
    + _COUNTED.format(r="commission_record")
    + " GROUP BY staff_id, plan_id, period_start",
    "CREATE TRIGGER trg_commission_period_total_insert AFTER INSERT ON commission_record "
    "WHEN " + _COUNTED.format(r="NEW") + " BEGIN " + _period_add("NEW", "+") + " END",
    "CREATE TRIGGER trg_commission_period_total_update AFTER UPDATE ON commission_record "
    "BEGIN "
    + _period_add("OLD", "-").replace("VALUES (", "SELECT ").replace(
        ") ON CONFLICT", " WHERE " + _COUNTED.format(r="OLD") + " ON CONFLICT")
    + " " + _period_add("NEW", "+").replace("VALUES (", "SELECT ").replace(
        ") ON CONFLICT", " WHERE " + _COUNTED.format(r="NEW") + " ON CONFLICT") + " END",
    "CREATE TRIGGER trg_commission_period_total_delete AFTER DELETE ON commission_record "
    "WHEN " + _COUNTED.format(r="OLD") + " BEGIN " + _period_add("OLD", "-") + " END",
]

_DOWNGRADE = [
    "DROP TRIGGER IF EXISTS trg_commission_period_total_delete",
    "DROP TRIGGER IF EXISTS trg_commission_period_total_update",
    "DROP TRIGGER IF EXISTS trg_commission_period_total_insert",
    "DROP TABLE IF EXISTS commission_period_total",
    "DROP TRIGGER IF EXISTS trg_variant_sold_total_delete",
    "DROP TRIGGER IF EXISTS trg_variant_sold_total_insert",
    "DROP TABLE IF EXISTS variant_sold_total",
    "DROP TRIGGER IF EXISTS trg_sale_status_total_delete",
    "DROP TRIGGER IF EXISTS trg_sale_status_total_update",
    "DROP TRIGGER IF EXISTS trg_sale_status_total_insert",
    "DROP TABLE IF EXISTS sale_status_total",
    "DROP INDEX IF EXISTS ix_sale_shift_status",
]


def upgrade() -> None:
    for sql in _UPGRADE:
        op.execute(sql)


def downgrade() -> None:
    for sql in _DOWNGRADE:
        op.execute(sql)
