"""the terminals' tamper-evident journals, insert-only

Revision ID: 0004_journal
Revises: 0003_event_lookup
Create Date: 2026-12-06 10:00:00

Mirrors schema.py `journal_record`. Keyed by (store, terminal, seq): a push of a record
already there changes nothing. Triggers refuse UPDATE, DELETE (and on PostgreSQL
TRUNCATE) to everyone, the owner included; dropping them takes a deliberate DDL
statement, and what was changed is then named by `pos-app verify-audit --central`.

On PostgreSQL the table gets the own-store row-level security of 0001_central, split
by command: a terminal's role may SELECT and INSERT rows of its own store only, and
is granted nothing else on it (every terminal role already provisioned is granted
that here; `rls.provision_terminal` grants it to new ones).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_journal"
down_revision = "0003_event_lookup"
branch_labels = None
depends_on = None

_MESSAGE = "journal records cannot be changed or deleted"


def upgrade() -> None:
    op.create_table(
        "journal_record",
        sa.Column("store_id", sa.String(), nullable=False),
        sa.Column("terminal_id", sa.String(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("at", sa.String(), nullable=False),
        sa.Column("actor", sa.String(), nullable=True),
        sa.Column("approved_by", sa.String(), nullable=True),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("subject", sa.String(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("key_id", sa.String(), nullable=False),
        sa.Column("prev_mac", sa.String(), nullable=False),
        sa.Column("mac", sa.String(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True),
                  server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False),
        sa.PrimaryKeyConstraint("store_id", "terminal_id", "seq"),
    )
    op.create_index("ix_central_journal_store_at", "journal_record", ["store_id", "at"])
    op.create_index("ix_central_journal_store_action", "journal_record",
                    ["store_id", "action", "at"])
    if op.get_bind().dialect.name != "postgresql":
        for verb in ("UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER journal_record_no_{verb.lower()} BEFORE {verb} ON "
                       f"journal_record BEGIN SELECT RAISE(ABORT, '{_MESSAGE}'); END")
        return
    op.execute(
        "CREATE FUNCTION pos_journal_immutable() RETURNS trigger LANGUAGE plpgsql AS "
        f"$$ BEGIN RAISE EXCEPTION '{_MESSAGE}' USING ERRCODE = 'insufficient_privilege'; "
        "END $$")
    op.execute("CREATE TRIGGER journal_record_immutable BEFORE UPDATE OR DELETE ON "
               "journal_record FOR EACH ROW EXECUTE FUNCTION pos_journal_immutable()")
    op.execute("CREATE TRIGGER journal_record_no_truncate BEFORE TRUNCATE ON journal_record "
               "FOR EACH STATEMENT EXECUTE FUNCTION pos_journal_immutable()")
    op.execute("REVOKE ALL ON journal_record FROM PUBLIC")
    op.execute("ALTER TABLE journal_record ENABLE ROW LEVEL SECURITY")
    op.execute("CREATE POLICY own_store_read ON journal_record FOR SELECT "
               "USING (store_id = pos_current_store())")
    op.execute("CREATE POLICY own_store_append ON journal_record FOR INSERT "
               "WITH CHECK (store_id = pos_current_store())")
    roles = op.get_bind().execute(sa.text(
        "SELECT a.role_name FROM terminal_account a JOIN pg_roles r ON r.rolname = a.role_name "
        "ORDER BY a.role_name")).scalars().all()
    for role in roles:
        op.execute(f'GRANT SELECT, INSERT ON journal_record TO "{role}"')


def downgrade() -> None:
    op.drop_index("ix_central_journal_store_action", table_name="journal_record")
    op.drop_index("ix_central_journal_store_at", table_name="journal_record")
    op.drop_table("journal_record")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS pos_journal_immutable()")
