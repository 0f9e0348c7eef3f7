"""a commission record's digest kept beside its text in the outbox

Revision ID: 0020_outbox_digest
Revises: 0006_commission_originals_cache
Create Date: 2026-12-06 05:00:00

A sibling of the other revisions after 0006; the local database upgrades to all heads.
`outbox.digest`: the SHA-256 of the row's payload exactly as stored, written by the
commission ledger with the record (its payload is the record's canonical JSON, whose
digest is the record's). The central push hashes the stored text again (a microsecond)
and, when the two agree, sends the text and the digest as they are instead of
serialising the record again to prove them; a row without one (written before this
revision, or by another writer) or whose text no longer matches it is checked the full
way, so the central database never receives a digest that is not its record's.
"""

from __future__ import annotations

from alembic import op

revision = "0020_outbox_digest"
down_revision = "0006_commission_originals_cache"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("ALTER TABLE outbox ADD COLUMN digest TEXT")


def downgrade() -> None:
    op.execute("ALTER TABLE outbox DROP COLUMN digest")
