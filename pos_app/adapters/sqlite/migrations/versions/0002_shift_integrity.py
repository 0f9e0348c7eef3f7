"""shift integrity: immutable Z reports and cash movements, final closed shifts

Revision ID: 0002_shift
Revises: 0001
Create Date: 2026-11-27 22:00:00

No columns change, so schema.py is untouched. The database itself refuses what the
code never does, so a bug or a hand-edited database cannot rewrite the record:

* a Z report row can be neither updated nor deleted;
* a cash movement (paid in / paid out) can be neither updated nor deleted;
* a closed shift can be neither changed (reopened) nor deleted;
* a terminal has at most one open shift (partial unique index).
"""

from __future__ import annotations

from alembic import op

revision = "0002_shift"
down_revision = "0001"
branch_labels = None
depends_on = None

_TRIGGERS = {
    "z_report_no_update":
        "BEFORE UPDATE ON z_report BEGIN "
        "SELECT RAISE(ABORT, 'z_report rows are immutable'); END",
    "z_report_no_delete":
        "BEFORE DELETE ON z_report BEGIN "
        "SELECT RAISE(ABORT, 'z_report rows are immutable'); END",
    "cash_movement_no_update":
        "BEFORE UPDATE ON cash_movement BEGIN "
        "SELECT RAISE(ABORT, 'cash_movement rows are immutable'); END",
    "cash_movement_no_delete":
        "BEFORE DELETE ON cash_movement BEGIN "
        "SELECT RAISE(ABORT, 'cash_movement rows are immutable'); END",
    "shift_closed_is_final":
        "BEFORE UPDATE ON shift WHEN old.status = 'closed' BEGIN "
        "SELECT RAISE(ABORT, 'a closed shift cannot be changed'); END",
    "shift_closed_no_delete":
        "BEFORE DELETE ON shift WHEN old.status = 'closed' BEGIN "
        "SELECT RAISE(ABORT, 'a closed shift cannot be deleted'); END",
}


def upgrade() -> None:
    for name, body in _TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")
    op.execute(
        "CREATE UNIQUE INDEX uq_shift_one_open ON shift (terminal_id) WHERE status = 'open'")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS uq_shift_one_open")
    for name in reversed(list(_TRIGGERS)):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
