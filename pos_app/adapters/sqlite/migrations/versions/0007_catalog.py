"""variant currency index: the start-up check that the catalog is priced in the config's currency

Revision ID: 0007_catalog
Revises: 0006_commission_originals_cache
Create Date: 2026-11-29 10:00:00

Every start compares the config's `[store] currency` with the currencies the variants
are priced in (`SqliteCatalogRepository.price_currencies`: the lowest and the highest
code). With this index that is two index probes instead of a scan of 100k variants.
Mirrors the index on VariantRow in adapters/sqlite/schema.py.
"""

from __future__ import annotations

from alembic import op

revision = "0007_catalog"
down_revision = "0006_commission_originals_cache"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_variant_currency", "variant", ["currency"])


def downgrade() -> None:
    op.drop_index("ix_variant_currency", "variant")
