"""no card data: mask card numbers kept in tender references before the rule existed

Revision ID: 0010_card_scrub
Revises: 0006_commission_originals_cache
Create Date: 2026-11-29 10:00:00

Tender references now take an approval code or the last four digits only
(`domain/card_data.py`). References typed before could hold a whole card number, with
its expiry and CVV, in four places: the payment row, the sale's state (its tenders and
note), the command log (add_tender) and audit details. Every value holding 13 or more
digits in a run is replaced by ``****`` and the last four digits of that number (a
mistyped number is card data too); other references stay as they were. Runs with
`secure_delete` so the old bytes are overwritten in the database file, not just
unlinked. Backups taken before this revision still hold what they held.

Audit details are masked too, in `audit_log` or, once the journal's migration has
frozen the older rows as `audit_log_legacy`, there: its update guard is lifted for
these updates alone and restored. The journal proper (HMAC-chained) never held one: a
card number is refused before anything is written.
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

from pos_app.domain.card_data import card_like, display_reference, mask_card_like

revision = "0010_card_scrub"
down_revision = "0006_commission_originals_cache"
branch_labels = None
depends_on = None

def _masked(value: Any) -> Any:
    if isinstance(value, str) and card_like(value):
        return display_reference(value) or mask_card_like(value)
    return value


def _scrub_json(text: str, fix: Any) -> str | None:
    """`text` (JSON) with `fix` applied, or None when nothing changed or it is not JSON."""
    try:
        doc = json.loads(text)
    except ValueError:
        return None
    if not fix(doc):
        return None
    return json.dumps(doc, separators=(",", ":"), ensure_ascii=False)


def _fix_state(doc: Any) -> bool:
    changed = False
    if not isinstance(doc, dict):
        return False
    for t in doc.get("tn") or ():
        if isinstance(t, list) and len(t) > 3 and _masked(t[3]) != t[3]:
            t[3] = _masked(t[3])
            changed = True
    note = doc.get("note")
    if isinstance(note, str) and card_like(note):
        doc["note"] = mask_card_like(note)
        changed = True
    return changed


def _fix_reference_key(doc: Any) -> bool:
    changed = False
    if isinstance(doc, dict):
        for key, value in list(doc.items()):
            if key == "reference" and _masked(value) != value:
                doc[key] = _masked(value)
                changed = True
            elif isinstance(value, dict | list):
                changed |= _fix_reference_key(value)
    elif isinstance(doc, list):
        for item in doc:
            changed |= _fix_reference_key(item)
    return changed


def _tables(conn: sa.Connection) -> set[str]:
    return {r[0] for r in conn.execute(sa.text(
        "SELECT name FROM sqlite_master WHERE type = 'table'"))}


def _scrub_audit(conn: sa.Connection, table: str) -> None:
    """Mask card numbers in `table`'s details. Where triggers make the rows immutable
    (the legacy audit rows kept by the journal's migration), they are lifted for these
    updates only and put back as they were: masking card data is the one change such
    rows take."""
    fixes: list[dict[str, str]] = []
    for aid, detail in conn.execute(sa.text(
            f"SELECT id, detail FROM {table} WHERE detail "
            "GLOB '*[0-9][0-9][0-9][0-9]*'")).all():
        if not card_like(detail):
            continue
        fixed = _scrub_json(detail, _fix_reference_key) or detail
        if card_like(fixed):  # a card number under another key, or not JSON at all
            fixed = mask_card_like(fixed)
        if fixed != detail:
            fixes.append({"d": fixed, "i": aid})
    if not fixes:
        return
    guards = conn.execute(sa.text(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :t "
        "AND upper(sql) LIKE '%BEFORE UPDATE%'"), {"t": table}).all()
    for name, _sql in guards:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    conn.execute(sa.text(f"UPDATE {table} SET detail = :d WHERE id = :i"), fixes)
    for _name, sql in guards:
        conn.exec_driver_sql(sql)


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("PRAGMA secure_delete = ON")
    glob = "GLOB '*[0-9][0-9][0-9][0-9]*'"  # a cheap pre-filter; Python decides
    for pid, ref in conn.execute(sa.text(
            f"SELECT id, reference FROM payment WHERE reference {glob}")).all():
        if _masked(ref) != ref:
            conn.execute(sa.text("UPDATE payment SET reference = :r WHERE id = :i"),
                         {"r": _masked(ref), "i": pid})
    for sid, state in conn.execute(sa.text(
            f"SELECT id, state FROM sale WHERE (state LIKE '%\"tn\":%' OR state LIKE "
            f"'%\"note\":%') AND state {glob}")).all():
        fixed = _scrub_json(state, _fix_state)
        if fixed is not None:
            conn.execute(sa.text("UPDATE sale SET state = :s WHERE id = :i"),
                         {"s": fixed, "i": sid})
    for sid, ver, payload in conn.execute(sa.text(
            f"SELECT sale_id, version, payload FROM sale_command WHERE payload {glob} "
            "AND payload LIKE '%\"reference\"%'")).all():
        fixed = _scrub_json(payload, _fix_reference_key)
        if fixed is not None:
            conn.execute(sa.text("UPDATE sale_command SET payload = :p WHERE sale_id = :s "
                                 "AND version = :v"), {"p": fixed, "s": sid, "v": ver})
    tables = _tables(conn)
    for table in ("audit_log", "audit_log_legacy"):  # a view over both after 0009_journal
        if table in tables:
            _scrub_audit(conn, table)


def downgrade() -> None:
    """Masked digits cannot come back (and must not)."""
