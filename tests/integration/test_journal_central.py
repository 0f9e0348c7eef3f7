"""The journal at the central database (real PostgreSQL with terminal roles, and the
embedded SQLite): pushed with the sync, insert-only and idempotent by (store, terminal,
seq), a rewritten local journal refused, and `verify-audit --central` naming the first
broken record after tampering there."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from pos_app.adapters.central.journal import SqlCentralJournal
from pos_app.adapters.sqlite.journal import SqliteJournal
from pos_app.adapters.sqlite.sale_store import SqliteAuditLog
from pos_app.adapters.sqlite.store import LocalDatabase
from pos_app.app.cli import main
from pos_app.domain.clock import FixedClock
from pos_app.domain.journal import BreakKind, key_id_of
from pos_app.services.central_sync import CentralSync, TerminalIdentity
from pos_app.services.journal import JournalPusher, JournalService
from tests.conftest import SequentialIds
from tests.integration import central_fixtures
from tests.integration.central_fixtures import Central, Terminal, _url_for, unique_store

# Fixtures shared with other central suites.
central = central_fixtures.central
pg_server = central_fixtures.pg_server

KEY = bytes.fromhex("7e57" * 16)  # tests/conftest.py's POS_APP_JOURNAL_KEY


def fill(t: Terminal, n: int, *, start: int = 0) -> None:
    log = SqliteAuditLog(t.db, t.clock, SequentialIds(prefix=start + 1),
                         terminal_id=t.terminal_id)
    for i in range(start, start + n):
        t.clock.advance(minutes=1)
        log.append(actor="manager-1", action="open_drawer", subject=None,
                   detail=json.dumps({"n": i}), approved_by=None)


def pusher(t: Terminal, engine: Engine | None = None, batch: int = 4) -> JournalPusher:
    return JournalPusher(SqliteJournal(t.db), SqlCentralJournal(engine or t.engine, t.store_id),
                         batch_size=batch)


def central_rows(engine: Engine, store: str) -> list[tuple[str, int, str]]:
    with engine.connect() as conn:
        return [(str(r[0]), int(r[1]), str(r[2])) for r in conn.execute(text(
            "SELECT terminal_id, seq, mac FROM journal_record WHERE store_id = :s "
            "ORDER BY terminal_id, seq"), {"s": store})]


@pytest.fixture
def store_id() -> str:
    return unique_store()


def test_the_journal_is_pushed_with_the_sync_once_and_in_order(central: Central, tmp_path,
                                                                store_id):
    t = Terminal(tmp_path, central, store_id, "T1")
    try:
        fill(t, 10)
        sync = CentralSync(t.outbox, t.store, TerminalIdentity(store_id, "T1"), t.clock,
                           jitter=lambda: 0.5, journal=pusher(t))
        summary = sync.sync_once(force=True)
        assert summary.ok and summary.journal_pushed == 10 and summary.journal_error is None
        assert "Journal          10 record(s) pushed" in summary.lines()
        local = [(r.terminal_id, r.seq, r.mac) for r in SqliteJournal(t.db).records("T1")]
        assert central_rows(central.admin_engine, store_id) == local
        assert SqliteJournal(t.db).pushed_seq("T1") == 10
        # A replay (the cursor lost, the answer lost) changes nothing.
        again = pusher(t)
        again.sink.push_journal(TerminalIdentity(store_id, "T1"),
                                SqliteJournal(t.db).records("T1"))
        assert sync.sync_once(force=True).journal_pushed == 0
        fill(t, 3, start=10)
        assert sync.sync_once(force=True).journal_pushed == 3
        assert len(central_rows(central.admin_engine, store_id)) == 13
        service = JournalService(SqlCentralJournal(central.admin_engine, store_id),
                                 lambda _t: {key_id_of(KEY): KEY}, t.clock)
        status = service.verify()
        assert status.ok and [r.last_seq for r in status.reports] == [13]
    finally:
        t.close()


def test_a_rewritten_local_journal_is_refused_not_replaced(central: Central, tmp_path,
                                                           store_id):
    t = Terminal(tmp_path / "a", central, store_id, "T1")
    fill(t, 6)
    assert pusher(t).push(TerminalIdentity(store_id, "T1")) == 6
    before = central_rows(central.admin_engine, store_id)
    t.close()
    # The same terminal starting again from an empty (or restored) database.
    t2 = Terminal(tmp_path / "b", central, store_id, "T1")
    try:
        fill(t2, 3, start=100)
        p = pusher(t2)
        assert p.push(TerminalIdentity(store_id, "T1")) == 0
        assert p.last_error is not None and "different record at seq 1" in p.last_error
        assert central_rows(central.admin_engine, store_id) == before
        assert SqliteJournal(t2.db).pushed_seq("T1") == 0
    finally:
        t2.close()


def test_terminal_roles_can_only_append_their_own_store(central: Central, tmp_path,
                                                        store_id):
    if central.pg is None:
        pytest.skip("roles and row-level security exist on PostgreSQL only")
    t = Terminal(tmp_path, central, store_id, "T1")
    try:
        fill(t, 3)
        assert pusher(t).push(TerminalIdentity(store_id, "T1")) == 3
        for sql in ("UPDATE journal_record SET actor = 'x'", "DELETE FROM journal_record",
                    "TRUNCATE journal_record"):
            with pytest.raises(DBAPIError), t.engine.begin() as conn:
                conn.execute(text(sql))
        # As another store: refused by row-level security, and nothing of it written.
        other = pusher(t)
        other.sink.store_id = "another-store"
        fill(t, 1, start=3)
        assert other.push(TerminalIdentity("another-store", "T1")) == 0
        assert other.last_error is not None
        # Even the owner cannot change a record while the triggers are there.
        with pytest.raises(DBAPIError, match="cannot be changed"), \
                central.admin_engine.begin() as conn:
            conn.execute(text("UPDATE journal_record SET actor = 'x' WHERE store_id = :s"),
                         {"s": store_id})
    finally:
        t.close()


@pytest.fixture
def pushed(central: Central, tmp_path: Path, store_id: str, monkeypatch):
    """Terminal T1 (a real data directory and config) with ten journal records pushed to
    the central database as its own role; what `verify-audit --central` runs with."""
    monkeypatch.setenv("POS_APP_CENTRAL_PASSWORD", "unused-with-trust-auth")
    cfg = tmp_path / "config.toml"
    cfg.write_text(f'[terminal]\nid = "T1"\n\n[central]\nstore_id = "{store_id}"\n',
                   encoding="utf-8")
    data = tmp_path / "data"
    assert main(["init", "--data-dir", str(data), "--config", str(cfg)]) == 0
    db = LocalDatabase(data)
    clock = FixedClock(datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
    log = SqliteAuditLog(db, clock, SequentialIds(), terminal_id="T1")
    for i in range(10):
        clock.advance(minutes=1)
        log.append(actor="manager-1", action="open_drawer", subject=None,
                   detail=json.dumps({"n": i}), approved_by=None)
    engine = central.terminal_engine(store_id, "T1")
    sent = JournalPusher(SqliteJournal(db), SqlCentralJournal(engine, store_id)).push(
        TerminalIdentity(store_id, "T1"))
    assert sent == 10
    db.close()
    url = _url_for(central.pg.name) if central.pg is not None else \
        f"sqlite:///{central.sqlite_path}"
    yield data, cfg, url, central.admin_engine


def tamper_central(admin: Engine, store: str, *statements: str) -> None:
    """The central database's owner (or whoever has its files) drops the triggers."""
    pg = admin.dialect.name == "postgresql"
    with admin.begin() as conn:
        if pg:
            conn.exec_driver_sql("ALTER TABLE journal_record DISABLE TRIGGER USER")
        else:
            conn.exec_driver_sql("DROP TRIGGER journal_record_no_update")
            conn.exec_driver_sql("DROP TRIGGER journal_record_no_delete")
        for sql in statements:
            conn.exec_driver_sql(sql.replace("{where}", f"store_id = '{store}'"))
        if pg:
            conn.exec_driver_sql("ALTER TABLE journal_record ENABLE TRIGGER USER")


def verify_central(data: Path, cfg: Path, url: str, capsys) -> tuple[int, str]:
    code = main(["verify-audit", "--central", "--central-url", url, "--data-dir", str(data),
                 "--config", str(cfg)])
    return code, capsys.readouterr().out


@pytest.mark.parametrize(("statements", "seq", "kind"), [
    (["UPDATE journal_record SET detail = '{\"n\":99}' WHERE {where} AND seq = 4"],
     4, BreakKind.MAC_MISMATCH),
    (["DELETE FROM journal_record WHERE {where} AND seq = 5"], 5, BreakKind.GAP),
    (["DELETE FROM journal_record WHERE {where} AND seq = 5",
      "UPDATE journal_record SET seq = seq - 1 WHERE {where} AND seq > 5"],
     5, BreakKind.DELETED),
    (["UPDATE journal_record SET seq = -3 WHERE {where} AND seq = 3",
      "UPDATE journal_record SET seq = 3 WHERE {where} AND seq = 4",
      "UPDATE journal_record SET seq = 4 WHERE {where} AND seq = -3"], 3, BreakKind.REORDERED),
    (["UPDATE journal_record SET seq = seq + 100 WHERE {where} AND seq >= 6",
      "UPDATE journal_record SET seq = seq - 99 WHERE {where} AND seq >= 106",
      "INSERT INTO journal_record (store_id, terminal_id, seq, id, at, actor, approved_by, "
      "action, subject, detail, key_id, prev_mac, mac) SELECT store_id, terminal_id, 6, "
      "'forged', at, 'mallory', NULL, 'open_drawer', NULL, '{}', key_id, mac, prev_mac "
      "FROM journal_record WHERE {where} AND seq = 5"], 6, BreakKind.INSERTED),
])
def test_verify_audit_central_names_the_first_broken_record(pushed, capsys, store_id,
                                                            statements, seq, kind):
    data, cfg, url, admin = pushed
    capsys.readouterr()
    code, out = verify_central(data, cfg, url, capsys)
    assert code == 0 and "terminal T1: verified, 10 record(s)" in out, out
    tamper_central(admin, store_id, *statements)
    code, out = verify_central(data, cfg, url, capsys)
    assert code == 3, out
    assert f"BROKEN at seq {seq} ({kind.value})" in out


def test_verify_audit_central_says_when_it_cannot_connect(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("POS_APP_CENTRAL_PASSWORD", "unused")
    cfg = tmp_path / "config.toml"
    cfg.write_text('[terminal]\nid = "T1"\n', encoding="utf-8")
    data = tmp_path / "data"
    assert main(["init", "--data-dir", str(data), "--config", str(cfg)]) == 0
    capsys.readouterr()
    code = main(["verify-audit", "--central", "--data-dir", str(data), "--config", str(cfg),
                 "--central-url", "postgresql+psycopg://nobody@127.0.0.1:1/none"])
    assert code == 69
    assert "cannot be reached" in capsys.readouterr().err
