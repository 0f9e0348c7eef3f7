"""Central 0010_set_based_push on a real PostgreSQL database that was in use before it:
a till pushes to it at 0009 (the jsonb call), its owner upgrades it with the terminal
roles in place, and the same role's pushes go on through the json function with every
guarantee (own rows only, replays change nothing, a higher version wins, periods
marked due); the jsonb call of a till not yet upgraded keeps the same checks; a
downgrade puts the 0005 function back."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from pos_app.adapters.central import migrate as central_migrate
from pos_app.adapters.central.repository import (
    PUSH_RECORDS_JSONB_SQL,
    PUSH_RECORDS_SQL,
    SqlCentralStore,
)
from tests.integration.central_fixtures import Central, PgServer, Terminal, throwaway_central


@pytest.fixture
def old_central() -> Iterator[PgServer]:
    """A throwaway central database at 0009_report_sums (before the set-based push)."""
    with throwaway_central("pos_upgrade", "0009_report_sums") as server:
        yield server


def _central_rows(admin: Engine, store: str) -> list[tuple]:
    with admin.connect() as conn:
        return [tuple(r) for r in conn.execute(text(
            "SELECT terminal_id, id, version, amount FROM commission_record "
            "WHERE store_id = :s ORDER BY terminal_id, id"), {"s": store})]


def _marks(admin: Engine, store: str) -> dict[str, int]:
    """Per staff member, how often their (only) period was marked due."""
    with admin.connect() as conn:
        return {str(r[0]): int(r[1]) for r in conn.execute(text(
            "SELECT staff_id, mark FROM commission_settlement_due WHERE store_id = :s"),
            {"s": store})}


def _has_json_push(admin: Engine) -> bool:
    with admin.connect() as conn:
        return bool(conn.execute(text(
            "SELECT to_regprocedure('pos_push_commission_records(json, bigint)') "
            "IS NOT NULL")).scalar())


def _restart(t: Terminal) -> None:
    """The till's app started again (a new central store asks afresh what it can call)."""
    t.store = SqlCentralStore(t.engine)
    t.sync = t.sync_as(t.sync.identity)


def _downgrade(admin: Engine, revision: str) -> None:
    cfg = central_migrate.alembic_config()
    with admin.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


def test_a_central_database_in_use_is_upgraded_to_the_set_based_push(old_central: PgServer,
                                                                     tmp_path: Path):
    central = Central("postgres", old_central.admin, pg=old_central)
    store, nov = "S-up", date(2026, 11, 1)
    t1, t2 = (Terminal(tmp_path, central, store, tid) for tid in ("T1", "T2"))
    try:
        # At 0009 a till of this version pushes with the 0005 jsonb call.
        assert not _has_json_push(central.admin_engine)
        first = replace(t1.record("ann", 500), period_start=nov)
        t1.ledger.append([first], "x")
        t2.ledger.append([replace(t2.record("bob", 300), period_start=nov)], "x")
        assert t1.sync.sync_once(force=True).pushed == 1
        assert t2.sync.sync_once(force=True).pushed == 1
        victim = next(r for r in _central_rows(central.admin_engine, store) if r[0] == "T2")
        marks = _marks(central.admin_engine, store)["ann"]

        central_migrate.upgrade(central.admin_engine)  # the owner's `central init`
        assert _has_json_push(central.admin_engine)
        _restart(t1)
        # Every ack lost (the whole outbox again), a newer version of T1's own record, a
        # new one, and a forged one: a higher version of T2's record, in T1's name.
        with t1.db.write() as conn:
            conn.execute(text("UPDATE outbox SET status = 'pending'"))
        t1.ledger.append([replace(first, version=2, amount=650, rate_part=650),
                          replace(t1.record("ann", 40), period_start=nov)], "x")
        t1.ledger.append([replace(first, id=victim[1], version=victim[2] + 1,
                                  amount=99_999, rate_part=99_999)], "x")
        summary = t1.sync.sync_once(force=True)
        assert (summary.pushed, summary.rejected) == (3, 1), summary
        reasons = [r[3] for r in t1.outbox.rejected(("commission_record",))]
        assert any("belongs to terminal T2" in r for r in reasons), reasons
        rows = _central_rows(central.admin_engine, store)
        assert sorted((r[2], r[3]) for r in rows if r[0] == "T1") == [(1, 40), (2, 650)]
        assert victim in rows  # T2's record stands
        assert _marks(central.admin_engine, store)["ann"] > marks

        # A till not yet upgraded calls the jsonb function: the same checks.
        forged = {"id": victim[1], "version": victim[2] + 1, "kind": "sale", "status": "ok",
                  "staff_id": "bob", "currency": "USD", "at": "2026-11-27T09:00:00Z",
                  "terminal_id": "T2", "amount": 1, "store_id": store, "seq": 9,
                  "digest": "z", "op_id": "o"}
        with t1.engine.connect() as conn:
            for sql in (PUSH_RECORDS_JSONB_SQL, PUSH_RECORDS_SQL):
                with pytest.raises(DBAPIError, match="names terminal T2"):
                    conn.execute(text(sql), {"batch": json.dumps([forged])})
                conn.rollback()
            own = {**forged, "id": "own-1", "terminal_id": "T1", "version": 1}
            conn.execute(text(PUSH_RECORDS_JSONB_SQL), {"batch": json.dumps([own])})
            conn.commit()
        rows = _central_rows(central.admin_engine, store)
        assert ("T1", "own-1", 1, 1) in rows and victim in rows

        # Back to 0009: the 0005 function again, still granted to the terminals.
        _downgrade(central.admin_engine, "0009_report_sums")
        assert not _has_json_push(central.admin_engine)
        _restart(t2)
        t2.ledger.append([replace(t2.record("bob", 7), period_start=nov)], "x")
        assert t2.sync.sync_once(force=True).pushed == 1
    finally:
        t1.close()
        t2.close()
        central.close()
