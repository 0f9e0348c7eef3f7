"""No card data on disk: a card number typed as a tender reference is refused before
anything is written; references kept by older versions are masked by migration
0010_card_scrub; the return lookup shows the approval code, not a string's tail."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from pos_app.adapters.sqlite import migrate
from pos_app.domain.errors import TenderError
from pos_app.domain.sale import TenderKind, state_from_json
from pos_app.services.sale_commands import AddItem, AddTender, Complete
from tests.conftest import variant

CARD = "4111 1111 1111 1111"
TYPED = f"{CARD} exp 12/29 cvv 123"


def _everything(db) -> str:
    """Every text value of every table of the local database, joined."""
    out: list[str] = []
    with db.read() as conn:
        tables = [r[0] for r in conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%'"))]
        for t in tables:
            for row in conn.execute(text(f'SELECT * FROM "{t}"')):
                out.extend(str(v) for v in row if v is not None)
    return "\n".join(out)


def test_a_typed_card_number_is_refused_and_never_stored(db, desk):
    s = desk.new_sale(cashier_id="c1")
    s.execute(AddItem(variant(1), 1))
    due = s.settlement().remaining
    for typed in (TYPED, "4111-1111-1111-1111", "4111111111111111"):
        with pytest.raises(TenderError, match="full card number"):
            s.execute(AddTender(TenderKind.CARD, due, typed))
    s.execute(AddTender(TenderKind.CARD, due, "*1111"))
    s.execute(Complete())
    stored = _everything(db)
    for needle in (CARD, "4111111111111111", "4111-1111", "cvv", "12/29"):
        assert needle not in stored
    with db.read() as conn:
        assert conn.execute(text("SELECT reference FROM payment")).scalar_one() == "****1111"


def test_references_kept_by_older_versions_are_masked_by_the_migration(db, desk):
    s = desk.new_sale(cashier_id="c1")
    s.execute(AddItem(variant(1), 1))
    s.execute(AddTender(TenderKind.CARD, s.settlement().remaining, "ABC123"))
    sale_id = s.state.id
    s.execute(Complete())
    # What the old code kept: the typed text in the payment, the state and the log.
    with db.write() as conn:
        conn.execute(text("UPDATE payment SET reference = :r"), {"r": TYPED})
        state = json.loads(conn.execute(text("SELECT state FROM sale WHERE id = :i"),
                                        {"i": sale_id}).scalar_one())
        state["tn"][0][3] = TYPED
        state["note"] = f"customer read out {CARD}"
        conn.execute(text("UPDATE sale SET state = :s WHERE id = :i"),
                     {"s": json.dumps(state), "i": sale_id})
        conn.execute(text("UPDATE sale_command SET payload = replace(payload, 'ABC123', :r) "
                          "WHERE kind = 'add_tender'"), {"r": TYPED})
        # An audit row of an older version (kept frozen as audit_log_legacy once the
        # journal's migration has run): put there behind its guards' backs.
        kinds = dict(conn.execute(text("SELECT name, type FROM sqlite_master "
                                       "WHERE name IN ('audit_log', 'audit_log_legacy')")).all())
        table = "audit_log" if kinds.get("audit_log") == "table" else "audit_log_legacy"
        guards = conn.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                   "AND tbl_name = :t"), {"t": table}).all()
        for name, _sql in guards:
            conn.execute(text(f'DROP TRIGGER "{name}"'))
        conn.execute(text(f"INSERT INTO {table} (id, at, actor, action, subject, detail) "
                          "VALUES ('a1', 'x', 'c1', 'refund', :s, :d)"),
                     {"s": sale_id, "d": json.dumps({"reference": TYPED})})
        for _name, sql in guards:
            conn.exec_driver_sql(sql)
        # As if this database had not reached the new revision yet.
        conn.execute(text("DELETE FROM alembic_version WHERE version_num = '0010_card_scrub'"))
    assert CARD in _everything(db)
    migrate.upgrade(db.writer)
    stored = _everything(db)
    for needle in (CARD, "4111111111111111", "cvv 123"):
        assert needle not in stored
    with db.read() as conn:
        assert conn.execute(text("SELECT reference FROM payment")).scalar_one() == "****1111"
        raw = conn.execute(text("SELECT state FROM sale WHERE id = :i"),
                           {"i": sale_id}).scalar_one()
    state = json.loads(raw)
    assert state["tn"][0][3] == "****1111"
    assert state["note"] == "customer read out ****1111"
    assert state_from_json(raw).tenders[0].reference == "****1111"  # still loads
    with db.read() as conn:
        assert json.loads(conn.execute(text(f"SELECT detail FROM {table} WHERE id = 'a1'"))
                          .scalar_one()) == {"reference": "****1111"}
        # The frozen table is frozen again.
        assert conn.execute(text("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                 "AND tbl_name = :t"), {"t": table}).scalar_one() == len(guards)
