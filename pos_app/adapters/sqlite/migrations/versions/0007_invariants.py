"""return claims and line voids: the tables the till's invariants read

Revision ID: 0007_invariants
Revises: 0006_commission_originals_cache
Create Date: 2026-12-05 22:00:00

`return_claim` holds what each not-voided sale gives back of a receipt line, so units
and refunds are checked against every completed, held, parked and open return inside
the committing transaction. It is filled here from the sold lines of completed sales
and from the state of sales still open, held or parked. `line_void` keeps every line
taken off a sale (who, when, approved by) for the X/Z reports.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0007_invariants"
down_revision = "0006_commission_originals_cache"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "return_claim",
        sa.Column("sale_id", sa.Text, sa.ForeignKey("sale.id"), nullable=False),
        sa.Column("orig_sale_id", sa.Text, nullable=False),
        sa.Column("orig_line_no", sa.Integer, nullable=False),
        sa.Column("units", sa.Integer, nullable=False),
        sa.Column("refunded", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("sale_id", "orig_sale_id", "orig_line_no"),
    )
    op.create_index("ix_return_claim_orig", "return_claim", ["orig_sale_id", "orig_line_no"])
    op.create_table(
        "line_void",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("sale_id", sa.Text, sa.ForeignKey("sale.id"), nullable=False),
        sa.Column("shift_id", sa.Text, nullable=True),
        sa.Column("line_no", sa.Integer, nullable=False),
        sa.Column("sku", sa.Text, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("quantity", sa.Integer, nullable=False),
        sa.Column("amount", sa.Integer, nullable=False),
        sa.Column("voided_by", sa.Text, nullable=True),
        sa.Column("approved_by", sa.Text, nullable=True),
        sa.Column("at", sa.Text, nullable=False),
    )
    op.create_index("ix_line_void_sale_id", "line_void", ["sale_id"])
    op.create_index("ix_line_void_shift_id", "line_void", ["shift_id"])
    conn = op.get_bind()
    conn.execute(sa.text(
        "INSERT INTO return_claim (sale_id, orig_sale_id, orig_line_no, units, refunded) "
        "SELECT l.sale_id, l.return_of_sale, l.return_of_line, -SUM(l.quantity), "
        "-SUM(l.total) FROM sold_line l JOIN sale s ON s.id = l.sale_id "
        "WHERE s.status = 'completed' AND l.return_of_sale IS NOT NULL "
        "GROUP BY l.sale_id, l.return_of_sale, l.return_of_line"))
    rows = conn.execute(sa.text(
        "SELECT id, state FROM sale WHERE status IN ('open', 'held', 'parked')")).all()
    for sale_id, body in rows:
        claims: dict[tuple[str, int], list[int]] = {}
        for ln in json.loads(body).get("lines", []):
            ref = ln.get("r")
            if not ref:
                continue
            fixed = ln.get("f")
            refunded = -(fixed[3] if fixed else ln["p"] * ln["q"])
            got = claims.setdefault((ref[0], ref[2]), [0, 0])
            got[0] += -ln["q"]
            got[1] += refunded
        for (orig, line_no), (units, refunded) in claims.items():
            conn.execute(sa.text(
                "INSERT INTO return_claim (sale_id, orig_sale_id, orig_line_no, units, "
                "refunded) VALUES (:s, :o, :n, :u, :r)"),
                {"s": sale_id, "o": orig, "n": line_no, "u": units, "r": refunded})


def downgrade() -> None:
    op.drop_index("ix_line_void_shift_id", "line_void")
    op.drop_index("ix_line_void_sale_id", "line_void")
    op.drop_table("line_void")
    op.drop_index("ix_return_claim_orig", "return_claim")
    op.drop_table("return_claim")
