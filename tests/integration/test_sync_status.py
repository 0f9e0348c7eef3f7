"""Truthful sync status: each channel (central push, journal stream, Shopify stock) from its
own saved rounds, in `pos-app status` and `status --json`; a configuration or credential
refusal pauses the channel instead of rejecting rows; rejected rows can be re-queued.

The central cases run against a real PostgreSQL (terminal roles, row-level security) as
in test_central_sync.py, and the CLI ones on the embedded SQLite central database."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from pos_app.adapters.central.engine import make_central_engine
from pos_app.adapters.central.repository import SqlCentralStore
from pos_app.adapters.central.rls import provision_terminal, revoke_terminal
from pos_app.adapters.sqlite.commission_repo import SqliteCommissionLedger
from pos_app.adapters.sqlite.status_query import local_status
from pos_app.adapters.sqlite.store import LocalDatabase
from pos_app.app.cli import main
from pos_app.domain.commission import CommissionRecord, RecordKind, RecordStatus
from pos_app.services.central_sync import CentralSync, TerminalIdentity
from tests.integration import central_fixtures
from tests.integration.central_fixtures import Central, Terminal, unique_store

pg_server = central_fixtures.pg_server

DEAD_URL = "postgresql+psycopg://t1@127.0.0.1:1/nowhere"


# ---- helpers ------------------------------------------------------------------------------


def _terminal_dir(tmp_path: Path, monkeypatch, ids, records: int = 2) -> list[str]:
    """A data directory of terminal T7 (store S-cli, embedded central) with `records`
    commission records queued; the CLI arguments to reach it."""
    cfg = tmp_path / "config.toml"
    cfg.write_text('[terminal]\nid = "T7"\n')
    data = tmp_path / "data"
    monkeypatch.delenv("POS_APP_CENTRAL_URL", raising=False)
    monkeypatch.setenv("POS_APP_STORE_ID", "S-cli")
    # Headless: no keyring here (the test server trusts loopback, any password does).
    monkeypatch.setenv("POS_APP_CENTRAL_PASSWORD", "unused-by-trust-auth")
    db = LocalDatabase(data)
    try:
        SqliteCommissionLedger(db, ids).append([CommissionRecord(
            id=f"r{i}", version=1, kind=RecordKind.SALE, status=RecordStatus.OK,
            staff_id="ann", currency="USD", at="2026-11-27T09:00:00+00:00", terminal_id="T7",
            amount=100 + i, rate_part=100 + i, sale_id=f"s{i}", line_no=1)
            for i in range(records)], datetime.now(UTC).isoformat())
    finally:
        db.close()
    return ["--data-dir", str(data), "--config", str(cfg)]


def _status_json(common: list[str], capsys) -> dict:
    capsys.readouterr()
    assert main(["status", "--json", *common]) == 0
    return json.loads(capsys.readouterr().out)


def _central_ops(central: Central, store: str) -> list[str]:
    """Every op id the central database holds for `store` (records and events)."""
    with central.admin_engine.connect() as conn:
        return sorted(conn.execute(text(
            "SELECT op_id FROM commission_record WHERE store_id = :s UNION ALL "
            "SELECT op_id FROM terminal_event WHERE store_id = :s"), {"s": store}).scalars())


def _local_ops(t: Terminal) -> list[str]:
    with t.db.read() as conn:
        return sorted(conn.execute(text(
            "SELECT op_id FROM outbox WHERE topic IN ('commission_record', 'sale')")).scalars())


def _statuses(t: Terminal) -> dict[str, int]:
    with t.db.read() as conn:
        return {str(r[0]): int(r[1]) for r in conn.execute(text(
            "SELECT status, count(*) FROM outbox GROUP BY status"))}


# ---- CLI: offline with the error and its time, then online ------------------------------


def test_status_says_offline_with_the_error_and_time_after_a_failed_sync(
        tmp_path, capsys, monkeypatch, ids):
    common = _terminal_dir(tmp_path, monkeypatch, ids)
    st = _status_json(common, capsys)
    assert st["channels"]["central"]["state"] == "never"
    assert st["channels"]["central"]["queue_depth"] == 2

    before = datetime.now(UTC)
    assert main(["sync", "--once", "--central-url", DEAD_URL, *common]) == 75
    capsys.readouterr()
    assert main(["status", *common]) == 0
    out = capsys.readouterr().out
    assert "Central database OFFLINE; last success never" in out
    assert "last error 20" in out and "cannot be reached" in out
    assert "2 waiting, oldest " in out

    st = _status_json(common, capsys)
    central = st["channels"]["central"]
    assert central["state"] == "offline" and central["failures"] == 1
    assert "cannot be reached" in central["last_error"]
    assert before <= datetime.fromisoformat(central["last_error_at"]) <= datetime.now(UTC)
    assert central["last_success_at"] is None and central["next_try_at"]
    assert central["queue_depth"] == 2 and central["rejected"] == 0
    assert central["oldest_unsynced_age_seconds"] >= 0
    # The status bar's block says the same (its keys as before, plus the figures).
    assert st["central"]["state"] == "offline" and st["central"]["last_error"] == \
        central["last_error"]
    assert set(st["channels"]) == {"central", "journal", "shopify"}
    assert st["channels"]["shopify"]["state"] == "not_configured"

    # Back: online, with the success time; the last error stays on record with its time.
    assert main(["sync", "--once", *common]) == 0
    st = _status_json(common, capsys)
    central = st["channels"]["central"]
    assert central["state"] == "online" and central["failures"] == 0
    assert central["queue_depth"] == 0 and central["oldest_unsynced_at"] is None
    assert datetime.fromisoformat(central["last_success_at"]) >= \
        datetime.fromisoformat(central["last_error_at"])
    assert "cannot be reached" in central["last_error"]
    assert main(["status", *common]) == 0
    assert "Central database online; last success 20" in capsys.readouterr().out


def test_the_status_reads_the_push_loops_row_not_the_other_tills_totals(
        tmp_path, capsys, monkeypatch, ids):
    """central_sync_state also holds the other tills' totals row (written at every full
    pull): whatever order SQLite returns them in, the status is the push loop's."""
    common = _terminal_dir(tmp_path, monkeypatch, ids)
    assert main(["sync", "--once", *common]) == 0  # writes both rows
    assert main(["sync", "--once", "--central-url", DEAD_URL, *common]) == 75
    db = LocalDatabase(tmp_path / "data")
    try:
        with db.read() as conn:
            keys = conn.execute(text("SELECT key FROM central_sync_state ORDER BY rowid")
                                ).scalars().all()
        assert set(keys) == {"central_sync", "remote_period_totals"}
        st = local_status(db, "T7")
        assert st["channels"]["central"]["state"] == "offline"
        assert "cannot be reached" in st["channels"]["central"]["last_error"]
    finally:
        db.close()


# ---- --retry-rejected ------------------------------------------------------------------------


def test_retry_rejected_requeues_refused_rows_and_never_loses_them(
        tmp_path, capsys, monkeypatch, ids):
    common = _terminal_dir(tmp_path, monkeypatch, ids, records=1)
    db = LocalDatabase(tmp_path / "data")
    try:
        with db.write() as conn:
            conn.execute(text(
                "INSERT INTO outbox (op_id, topic, aggregate_id, payload, created_at, attempts, "
                "status) VALUES (:o, 'sale', :a, :p, '2026-11-27T09:00:00+00:00', 0, "
                "'pending')"), [{"o": "bad-1", "a": "s-1", "p": "{not json"},
                                {"o": "bad-2", "a": "s-2", "p": "{still not json"}])
    finally:
        db.close()
    assert main(["sync", "--once", *common]) == 0
    st = _status_json(common, capsys)
    assert st["channels"]["central"]["rejected"] == 2
    assert "--retry-rejected" in st["channels"]["central"]["alert"]

    # The cause of one is fixed; both go back in the queue, one goes through, the
    # other is set aside again with its reason, still there.
    db = LocalDatabase(tmp_path / "data")
    try:
        with db.write() as conn:
            conn.execute(text("UPDATE outbox SET payload = '{\"sale_id\": \"s-1\"}' "
                              "WHERE op_id = 'bad-1'"))
    finally:
        db.close()
    capsys.readouterr()
    assert main(["sync", "--retry-rejected", *common]) == 0
    out = capsys.readouterr().out
    assert "Re-queued        2 rejected row(s) (sale 2)" in out
    assert "Pushed           1 record(s)" in out and "(sale 1)" in out
    assert "Rejected         1 this round; 1 need attention" in out
    db = LocalDatabase(tmp_path / "data")
    try:
        with db.read() as conn:
            rows = dict(conn.execute(text(
                "SELECT op_id, status FROM outbox WHERE op_id LIKE 'bad-%'")).all())
        assert rows == {"bad-1": "acked", "bad-2": "rejected"}
    finally:
        db.close()
    engine = make_central_engine(None, data_dir=tmp_path / "data")
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT op_id FROM terminal_event")).scalars().all() \
                == ["bad-1"]
    finally:
        engine.dispose()
    # Nothing rejected left to re-queue: says so, and exits 0.
    capsys.readouterr()
    assert main(["sync", "--retry-rejected", *common]) == 0
    assert "Re-queued        1 rejected row(s) (sale 1)" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["sync", "--bogus", *common])
    assert main(["sync", *common]) == 65  # neither --once nor --retry-rejected


# ---- a wrong store id, a revoked role: paused, nothing rejected, all arrive once fixed ----


@pytest.fixture
def pg_terminal(pg_server, tmp_path):
    central = Central("postgres", pg_server.admin, pg=pg_server)
    store = unique_store()
    t = Terminal(tmp_path, central, store, "T1", batch_size=8)
    try:
        yield central, t
    finally:
        t.close()
        central.close()


def _queue_sales(t: Terminal, n: int) -> None:
    t.ledger.append([t.record("ann", 10 + i) for i in range(n)], "x")
    t.add_events(n)


def test_a_wrong_store_id_pauses_the_channel_and_every_stranded_row_arrives_once_fixed(
        pg_terminal):
    central, t = pg_terminal
    other = unique_store()
    _queue_sales(t, 12)
    queued = _local_ops(t)
    assert len(queued) == 24

    wrong = t.sync_as(TerminalIdentity(other, "T1"), batch_size=8)
    for _ in range(3):  # the job keeps trying: still nothing is rejected
        summary = wrong.sync_once(force=True)
        assert summary.paused and summary.pushed == 0 and summary.rejected == 0
        assert summary.pending_left == 24 and summary.rejected_total == 0
    assert "store_id" in summary.error and other in summary.error and t.store_id in summary.error
    assert _statuses(t) == {"pending": 24}
    assert _central_ops(central, other) == [] and _central_ops(central, t.store_id) == []
    assert "PAUSED" in "\n".join(summary.lines())

    st = local_status(t.db, "T1", now=t.clock.now())
    ch = st["channels"]["central"]
    assert ch["state"] == "paused" and ch["queue_depth"] == 24 and ch["rejected"] == 0
    assert ch["last_error_at"] == t.clock.now().isoformat(timespec="microseconds")
    assert "store_id" in ch["alert"] and "Nothing was rejected" in ch["alert"]
    assert st["central"]["paused"] and st["central"]["state"] == "paused"
    assert st["channels"]["journal"]["state"] == "paused"

    # The configuration is fixed: every stranded row arrives, exactly once.
    t.clock.advance(seconds=60)
    assert t.drain() == 0
    assert _statuses(t) == {"acked": 24}
    assert _central_ops(central, t.store_id) == queued
    assert central.admin.record_totals(t.store_id) == (12, sum(10 + i for i in range(12)))
    # A replay of the same rows changes nothing.
    with t.db.write() as conn:
        conn.execute(text("UPDATE outbox SET status = 'pending'"))
    assert t.drain() == 0 and _central_ops(central, t.store_id) == queued
    ch = local_status(t.db, "T1", now=t.clock.now())["channels"]["central"]
    assert ch["state"] == "online" and ch["alert"] is None and ch["queue_depth"] == 0
    assert ch["last_success_at"] > ch["last_error_at"]


def test_a_security_refusal_mid_round_rechecks_the_identity_instead_of_blaming_rows(
        pg_terminal):
    """The terminal's mapping changes at head office after the round's first check (or
    the check is not there): row-level security refuses the batch, the sync asks who it
    is before bisecting, and pauses without rejecting a row."""
    central, t = pg_terminal
    _queue_sales(t, 5)

    class CheckedLate(SqlCentralStore):
        checks = 0

        def identity_problem(self, identity: TerminalIdentity) -> str | None:
            CheckedLate.checks += 1
            return None if CheckedLate.checks == 1 else super().identity_problem(identity)

    other = unique_store()
    sync = CentralSync(t.outbox, CheckedLate(t.engine), TerminalIdentity(other, "T1"),
                       t.clock, batch_size=8, jitter=lambda: 0.5)
    summary = sync.sync_once(force=True)
    assert CheckedLate.checks == 2
    assert summary.paused and summary.rejected == 0 and summary.pending_left == 10
    assert _statuses(t) == {"pending": 10}
    assert t.drain() == 0 and len(_central_ops(central, t.store_id)) == 10


def test_a_revoked_role_pauses_and_resumes_when_re_provisioned(pg_terminal, pg_server):
    central, t = pg_terminal
    _queue_sales(t, 3)
    role = t.engine.url.username
    assert role
    revoke_terminal(pg_server.admin, role)
    t.engine.dispose()  # the revocation applies to new sessions too
    summary = t.sync.sync_once(force=True)
    assert summary.paused and summary.rejected == 0 and summary.pending_left == 6
    ch = local_status(t.db, "T1", now=t.clock.now())["channels"]["central"]
    assert ch["state"] == "paused" and ch["alert"] and ch["last_error"]
    assert _statuses(t) == {"pending": 6}

    provision_terminal(pg_server.admin, role, store_id=t.store_id, terminal_id="T1")
    assert t.drain() == 0 and _statuses(t) == {"acked": 6}
    assert len(_central_ops(central, t.store_id)) == 6


def test_refused_credentials_pause_and_unreachable_is_offline(pg_terminal, pg_server):
    _, t = pg_terminal
    _queue_sales(t, 1)
    cases = [(f"postgresql+psycopg://no_such_role_x@127.0.0.1:5432/{pg_server.name}",
              True, "paused"), (DEAD_URL, False, "offline")]
    for url, paused, state in cases:
        engine = make_central_engine(url, connect_timeout=2)
        try:
            sync = CentralSync(t.outbox, SqlCentralStore(engine), TerminalIdentity("S", "T1"),
                               t.clock, jitter=lambda: 0.5)
            summary = sync.sync_once(force=True)
        finally:
            engine.dispose()
        assert summary.paused is paused and summary.rejected == 0
        assert local_status(t.db, "T1")["channels"]["central"]["state"] == state
    assert _statuses(t) == {"pending": 2}


def test_sync_cli_exits_78_on_a_configuration_refusal_and_keeps_every_row(
        pg_server, tmp_path, capsys, monkeypatch, ids):
    store = unique_store()
    role = pg_server.new_role(store, "T7")
    url = central_fixtures._url_for(pg_server.name, role)
    common = _terminal_dir(tmp_path, monkeypatch, ids, records=3)
    monkeypatch.setenv("POS_APP_STORE_ID", "S-wrong")
    assert main(["sync", "--once", "--central-url", url, *common]) == 78
    err = capsys.readouterr().err
    assert "central sync paused" in err and "store_id" in err
    st = _status_json(common, capsys)
    assert st["channels"]["central"]["state"] == "paused"
    assert st["channels"]["central"]["queue_depth"] == 3
    assert st["channels"]["central"]["rejected"] == 0
    assert main(["status", *common]) == 0
    out = capsys.readouterr().out
    assert "Central database PAUSED" in out and "Journal stream   PAUSED" in out
    assert out.count("ALERT            Central sync paused") == 1

    monkeypatch.setenv("POS_APP_STORE_ID", store)
    assert main(["sync", "--once", "--central-url", url, *common]) == 0
    st = _status_json(common, capsys)
    assert st["channels"]["central"]["state"] == "online"
    assert st["channels"]["central"]["queue_depth"] == 0
    with pg_server.admin.connect() as conn:
        assert conn.execute(text("SELECT count(*), sum(amount) FROM commission_record "
                                 "WHERE store_id = :s"), {"s": store}).one() == (3, 303)


# ---- Shopify: a refused token pauses the stock channel ---------------------------------------


def test_a_refused_shopify_token_pauses_the_stock_channel_and_keeps_the_changes(
        tmp_path, capsys):
    from tests.integration.shopify_fixtures import TOKEN, rig

    common = ["--data-dir", str(tmp_path / "data")]
    with rig(tmp_path) as r:
        assert r.reconciler.run_once().outcome.value == "ok"
        r.sell("SKU-001", 2)
        plan = r.emulator.api.tokens.pop(TOKEN)
        assert r.reconciler.run_once().outcome.value == "auth_failed"
        shop = _status_json(common, capsys)["channels"]["shopify"]
        assert shop["state"] == "paused" and shop["queue_depth"] >= 1
        assert shop["last_error"] and shop["last_error_at"] and shop["last_success_at"]
        assert "access token" in shop["alert"]
        assert main(["status", *common]) == 0
        out = capsys.readouterr().out
        assert "Shopify channel  PAUSED" in out and "ALERT            Shopify stock sync" in out

        r.emulator.api.tokens[TOKEN] = plan
        assert r.reconciler.run_once().outcome.value == "ok"
        shop = _status_json(common, capsys)["channels"]["shopify"]
        assert shop["state"] == "online" and shop["queue_depth"] == 0 and shop["alert"] is None
        assert r.shopify("SKU-001") == r.expected("SKU-001")


def test_the_journal_channel_counts_what_the_central_database_does_not_have_yet(tmp_path):
    db = LocalDatabase(tmp_path / "data")
    try:
        with db.write() as conn:
            conn.execute(text(
                "INSERT INTO journal (terminal_id, seq, id, at, actor, approved_by, action, "
                "subject, detail, key_id, prev_mac, mac) VALUES ('T1', :s, :i, :a, 'x', NULL, "
                "'sale.complete', NULL, '{}', 'k', 'p', 'm')"),
                [{"s": i, "i": f"j{i}", "a": f"2026-11-27T09:{i:02d}:00+00:00"}
                 for i in range(1, 31)])
            conn.execute(text("INSERT INTO journal_push (terminal_id, pushed_seq, pushed_mac) "
                              "VALUES ('T1', 12, 'm')"))
        now = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)
        journal = local_status(db, "T1", now=now)["channels"]["journal"]
        assert journal["queue_depth"] == 18
        assert journal["oldest_unsynced_at"] == "2026-11-27T09:13:00+00:00"
        assert journal["oldest_unsynced_age_seconds"] == 47 * 60
        assert journal["state"] == "never"
    finally:
        db.close()


def test_a_shopify_location_that_does_not_exist_pauses_the_stock_channel(tmp_path, capsys):
    from pos_app.domain.errors import ConfigError
    from tests.integration.shopify_fixtures import rig

    common = ["--data-dir", str(tmp_path / "data")]
    with rig(tmp_path, settings={"location": "Nowhere Street"}) as r:
        with pytest.raises(ConfigError, match="Nowhere Street"):
            r.reconciler.run_once()
        shop = _status_json(common, capsys)["channels"]["shopify"]
        assert shop["state"] == "paused" and "Nowhere Street" in shop["last_error"]
        assert shop["last_error_at"] and shop["alert"] and shop["last_success_at"] is None
