"""type-ahead: one-letter prefixes pre-indexed in variant_fts (prefix='1 2 3')

Revision ID: 0022_fts_one_letter_prefix
Revises: 0006_commission_originals_cache
Create Date: 2026-12-06 08:30:00

A sibling of the other revisions after 0006; the local database upgrades to all heads.
variant_fts (0001) pre-indexed 2- and 3-character prefixes only, so a one-letter token
('M C', 'Organic c' while the next letter is being typed) made FTS5 merge the doclist of
every term starting with that letter, SKUs and barcodes included: 17-20 ms a keystroke
at 500,000 variants (bench/catalog_bench.py), against 2-7 ms once the letter is a prefix
index of its own. The results are the same rows in the same order; the index grows by
about 28% (50 to 64 MB at 500,000 variants).

FTS5 cannot change the prefix option of an existing table, so the table is dropped,
created again and rebuilt from `variant` (external content: no text is copied; ~3 s at
500,000 variants). The triggers of 0001 that keep it in step name the table, not its
definition, and stay as they are.
"""

from __future__ import annotations

from alembic import op

revision = "0022_fts_one_letter_prefix"
down_revision = "0006_commission_originals_cache"
branch_labels = None
depends_on = None


def _recreate(prefixes: str) -> None:
    op.execute("DROP TABLE IF EXISTS variant_fts")
    op.execute(
        "CREATE VIRTUAL TABLE variant_fts USING fts5("
        "title, sku, barcode, content='variant', content_rowid='rowid', "
        f"tokenize=\"unicode61 remove_diacritics 2 tokenchars '-_.'\", prefix='{prefixes}')"
    )
    op.execute("INSERT INTO variant_fts(variant_fts) VALUES ('rebuild')")


def upgrade() -> None:
    _recreate("1 2 3")


def downgrade() -> None:
    _recreate("2 3")
