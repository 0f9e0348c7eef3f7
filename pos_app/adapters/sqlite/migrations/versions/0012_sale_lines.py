"""an open sale's lines in rows of their own, apart from the sale's state

Revision ID: 0012_sale_lines
Revises: 0006_commission_originals_cache
Create Date: 2026-12-06 14:00:00

A sibling of the other revisions after 0006; the local database upgrades to all heads.
Mirrors `SaleStateLineRow` in adapters/sqlite/schema.py. While a sale is open, held or
parked, `sale.state` holds it without its lines (their count as "lx") and each line is a
row here, so a command on a 500-line sale writes its header and the line it changed
instead of the whole sale (adapters/sqlite/sale_lines.py). A completed or voided sale is
written whole into `sale.state` again and its rows here are dropped, so readers of
finished sales see the JSON they always did. Nothing is rewritten here: existing states
keep their lines inline until their next command, and readers take either form. A later
migration that reads the lines of sales not yet finished must read them from both places.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0012_sale_lines"
down_revision = "0006_commission_originals_cache"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sale_state_line",
        sa.Column("sale_id", sa.Text, sa.ForeignKey("sale.id"), nullable=False),
        sa.Column("line_no", sa.Integer, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("sale_id", "line_no"),
        sqlite_with_rowid=False,
    )


def downgrade() -> None:
    # Put every line back into its sale's state before the rows go.
    conn = op.get_bind()
    for sale_id, state in conn.execute(sa.text(
            "SELECT id, state FROM sale WHERE id IN (SELECT sale_id FROM sale_state_line)")):
        d = json.loads(state)
        if "lx" in d:
            bodies = conn.execute(sa.text(
                "SELECT body FROM sale_state_line WHERE sale_id = :s ORDER BY line_no"),
                {"s": sale_id}).scalars()
            lines = [json.loads(b) for b in bodies]
            del d["lx"]
            head = {k: d[k] for k in ("id", "term", "cur", "at", "st", "ver", "nl")}
            rest = {k: v for k, v in d.items() if k not in head}
            conn.execute(sa.text("UPDATE sale SET state = :b WHERE id = :s"), {
                "b": json.dumps({**head, "lines": lines, **rest}, separators=(",", ":"),
                                ensure_ascii=False), "s": sale_id})
    op.drop_table("sale_state_line")
