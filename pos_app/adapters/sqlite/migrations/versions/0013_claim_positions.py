"""return claims keep the unit positions of the receipt line they hold

Revision ID: 0013_claim_positions
Revises: 0006_commission_originals_cache
Depends on: 0007_invariants (return_claim), 0012_sale_lines (sale_state_line)
Create Date: 2026-12-06 02:00:00

A sibling of the other revisions after 0006; the local database upgrades to all heads.
Mirrors `ReturnClaimRow.positions` in adapters/sqlite/schema.py. Each return takes unit
positions [start, end) of the sold line and is priced at them (domain/returns.py); a
later return takes the lowest positions no live claim holds, so voiding or removing a
return in between no longer shifts the cumulative refund rounding of the next one.

Existing claims are given the positions their lines were priced at: the units after
those returned before them (the return line's recorded `already`, the same rule the
sale session applies when such a sale commits again); a line recorded without it (from
before it was kept) takes the next positions in claim order.
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0013_claim_positions"
down_revision = "0006_commission_originals_cache"
branch_labels = None
depends_on = ("0007_invariants", "0012_sale_lines")


def _lines(conn: Any, sale_id: str, state: str) -> list[dict[str, Any]]:
    body = json.loads(state)
    if "lines" in body:
        return list(body["lines"])
    return [json.loads(b) for b in conn.execute(sa.text(
        "SELECT body FROM sale_state_line WHERE sale_id = :s ORDER BY line_no"),
        {"s": sale_id}).scalars()]


def upgrade() -> None:
    with op.batch_alter_table("return_claim") as batch:
        batch.add_column(sa.Column("positions", sa.Text, nullable=True))
    conn = op.get_bind()
    rows = conn.execute(sa.text(
        "SELECT c.rowid, c.sale_id, c.orig_sale_id, c.orig_line_no, c.units, s.state "
        "FROM return_claim c JOIN sale s ON s.id = c.sale_id "
        "ORDER BY c.orig_sale_id, c.orig_line_no, c.rowid")).all()
    next_free: dict[tuple[str, int], int] = {}
    for rowid, sale_id, orig, line_no, units, state in rows:
        key = (str(orig), int(line_no))
        spans: list[list[int]] = []
        for ln in _lines(conn, sale_id, state):
            r = ln.get("r")
            q = int(ln.get("q", 0))
            if not r or q >= 0 or r[0] != orig or int(r[2]) != line_no:
                continue
            start = int(r[7]) if len(r) > 7 else next_free.get(key, 0)
            spans.append([start, start - q])
        if not spans:
            start = next_free.get(key, 0)
            spans = [[start, start + int(units)]]
        next_free[key] = max([next_free.get(key, 0), *(b for _, b in spans)])
        conn.execute(sa.text("UPDATE return_claim SET positions = :p WHERE rowid = :r"),
                     {"p": json.dumps(spans, separators=(",", ":")), "r": rowid})


def downgrade() -> None:
    with op.batch_alter_table("return_claim") as batch:
        batch.drop_column("positions")
