"""the tamper-evident journal: per-terminal numbered, HMAC-chained, insert-only

Revision ID: 0009_journal
Revises: 0006_commission_originals_cache
Create Date: 2026-12-06 10:00:00

`journal` holds every sensitive action of the terminal, numbered per terminal and
chained by HMAC (domain/journal.py); triggers refuse UPDATE and DELETE on it.
`journal_push` is how far it was pushed to the central database. The old `audit_log`
table keeps the rows written before this revision as `audit_log_legacy` (also made
immutable), and `audit_log` becomes a read-only view over both, so its readers keep
working. Mirrors schema.py.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_journal"
down_revision = "0006_commission_originals_cache"
branch_labels = None
depends_on = None

_REFUSE = "SELECT RAISE(ABORT, 'journal records cannot be changed or deleted')"


def _immutable(table: str, verbs: tuple[str, ...] = ("UPDATE", "DELETE")) -> None:
    for verb in verbs:
        op.execute(f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                   f"BEGIN {_REFUSE}; END")


def upgrade() -> None:
    op.create_table(
        "journal",
        sa.Column("terminal_id", sa.Text, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("id", sa.Text, nullable=False),
        sa.Column("at", sa.Text, nullable=False),
        sa.Column("actor", sa.Text, nullable=True),
        sa.Column("approved_by", sa.Text, nullable=True),
        sa.Column("action", sa.Text, nullable=False),
        sa.Column("subject", sa.Text, nullable=True),
        sa.Column("detail", sa.Text, nullable=False),
        sa.Column("key_id", sa.Text, nullable=False),
        sa.Column("prev_mac", sa.Text, nullable=False),
        sa.Column("mac", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("terminal_id", "seq"),
        sa.UniqueConstraint("id", name="uq_journal_id"),
    )
    op.create_index("ix_journal_at", "journal", ["at"])
    op.create_index("ix_journal_action_at", "journal", ["action", "at"])
    op.create_index("ix_journal_actor_at", "journal", ["actor", "at"])
    _immutable("journal")
    op.create_table(
        "journal_push",
        sa.Column("terminal_id", sa.Text, primary_key=True),
        sa.Column("pushed_seq", sa.Integer, nullable=False),
        sa.Column("pushed_mac", sa.Text, nullable=False),
    )
    op.rename_table("audit_log", "audit_log_legacy")
    _immutable("audit_log_legacy", ("INSERT", "UPDATE", "DELETE"))  # frozen
    op.execute(
        "CREATE VIEW audit_log AS "
        "SELECT id, at, actor, action, subject, detail, approved_by FROM audit_log_legacy "
        "UNION ALL "
        "SELECT id, at, actor, action, subject, detail, approved_by FROM journal")


def downgrade() -> None:
    op.execute("DROP VIEW audit_log")
    for verb in ("update", "delete"):
        op.execute(f"DROP TRIGGER audit_log_legacy_no_{verb}")
        op.execute(f"DROP TRIGGER journal_no_{verb}")
    op.execute("DROP TRIGGER audit_log_legacy_no_insert")
    op.rename_table("audit_log_legacy", "audit_log")
    op.execute("INSERT INTO audit_log (id, at, actor, action, subject, detail, approved_by) "
               "SELECT id, at, actor, action, subject, detail, approved_by FROM journal")
    op.drop_table("journal_push")
    op.drop_index("ix_journal_actor_at", "journal")
    op.drop_index("ix_journal_action_at", "journal")
    op.drop_index("ix_journal_at", "journal")
    op.drop_table("journal")
