"""A store's feature flag overrides through real central databases (PostgreSQL with
terminal roles and row-level security, and the embedded SQLite): set at central for a
store, they reach that store's tills with the next sync and no other store's; a till
keeps the higher version whatever order pulls arrive in; a stale write is refused; a
terminal's role cannot write them."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from pos_app.adapters.central.store_flags import SqlStoreFlagAdmin
from pos_app.adapters.sqlite.store_flags import SqliteStoreFlagCache
from pos_app.services.central_sync import CentralAuthFailed
from pos_app.services.flags import Flag, FlagLayers, FlagSource, StaleFlagVersion, StoreFlag
from tests.integration import central_fixtures
from tests.integration.central_fixtures import Terminal, unique_store

central = central_fixtures.central
pg_server = central_fixtures.pg_server
terminals = central_fixtures.terminals
RT = Flag.REAL_TIME_COMMISSION


def cached(t: Terminal) -> dict[Flag, StoreFlag]:
    return {f.flag: f for f in SqliteStoreFlagCache(t.db).read(t.store_id)}


def test_a_flag_set_for_a_store_reaches_its_tills_and_no_other_store(central, terminals):
    store, other = unique_store(), unique_store()
    t1, t2 = terminals(central, store, "T1"), terminals(central, store, "T2")
    t9 = terminals(central, other, "T9")
    admin = SqlStoreFlagAdmin(central.admin_engine)
    row = admin.set(store, RT, False, expected_version=None, by="m-1 at T1")
    assert (row.version, row.enabled, row.updated_by) == (1, False, "m-1 at T1")
    assert row.updated_at  # shown, never compared

    for t in (t1, t2):
        summary = t.sync.sync_once(force=True)
        assert summary.ok and summary.flags_applied == 1
        got = cached(t)[RT]
        assert (got.enabled, got.version) == (False, 1)
        state = FlagLayers().resolve(cached(t).values()).state(RT)
        assert (state.enabled, state.source_label) == (False, "central v1")
    assert t1.sync.sync_once(force=True).flags_applied == 0  # nothing new: nothing changed

    assert t9.sync.sync_once(force=True).flags_applied == 0
    assert cached(t9) == {}
    assert FlagLayers().resolve(cached(t9).values()).state(RT).source is FlagSource.DEFAULT

    # A change and a clearing reach the tills by version.
    admin.set(store, RT, True, expected_version=1, by="m-1 at T1")
    assert t2.sync.sync_once(force=True).flags_applied == 1
    assert cached(t2)[RT].enabled is True and cached(t2)[RT].version == 2
    admin.set(store, RT, None, expected_version=2, by="m-1 at T1")
    t2.sync.sync_once(force=True)
    assert cached(t2)[RT].version == 3
    assert FlagLayers().resolve(cached(t2).values()).state(RT).source is FlagSource.DEFAULT


def test_a_stale_version_never_overwrites_a_newer_one(central, terminals):
    store = unique_store()
    t1 = terminals(central, store, "T1")
    admin = SqlStoreFlagAdmin(central.admin_engine)
    admin.set(store, RT, False, expected_version=0, by="a")
    admin.set(store, RT, True, expected_version=1, by="b")
    t1.sync.sync_once(force=True)
    assert cached(t1)[RT].version == 2

    # At the central database: a write from version 1 (someone read before "b" wrote).
    with pytest.raises(StaleFlagVersion, match="at version 2, not 1"):
        admin.set(store, RT, False, expected_version=1, by="c")
    with pytest.raises(StaleFlagVersion):  # creating what exists is stale too
        admin.set(store, RT, False, expected_version=0, by="c")
    assert [(r.enabled, r.version) for r in admin.current(store)] == [(True, 2)]

    # At the till: a lagging pull of version 1, even "later" by its time, changes nothing.
    lagging = StoreFlag(RT, False, 1, "a", "2099-01-01T00:00:00+00:00")
    assert t1.outbox.apply_store_flags(store, [lagging], "2099-01-01T00:00:00+00:00") == 0
    assert t1.outbox.apply_store_flags(store, [StoreFlag(RT, False, 2, "x")], "t") == 0
    assert (cached(t1)[RT].enabled, cached(t1)[RT].version) == (True, 2)
    assert t1.outbox.apply_store_flags(store, [StoreFlag(RT, False, 3, "x")], "t") == 1
    assert (cached(t1)[RT].enabled, cached(t1)[RT].version) == (False, 3)


def test_a_terminal_role_cannot_write_flags_nor_read_another_stores(central, terminals):
    if central.kind != "postgres":
        pytest.skip("row-level security needs PostgreSQL roles")
    store, other = unique_store(), unique_store()
    t1 = terminals(central, store, "T1")
    t9 = terminals(central, other, "T9")
    admin = SqlStoreFlagAdmin(central.admin_engine)
    admin.set(store, RT, False, expected_version=0, by="m")
    for sql in ("INSERT INTO store_flag (store_id, flag, enabled, version) "
                f"VALUES ('{store}', 'AUTO_RETRY', false, 1)",
                "UPDATE store_flag SET enabled = true, version = version + 1",
                "DELETE FROM store_flag"):
        with pytest.raises(Exception, match="permission denied"), t1.engine.begin() as conn:
            conn.execute(text(sql))
    # Nor through the writer with its own connection.
    with pytest.raises(CentralAuthFailed, match="permission denied for table store_flag"):
        SqlStoreFlagAdmin(t1.engine).set(store, RT, True, expected_version=1, by="t1")
    assert [(r.enabled, r.version) for r in admin.current(store)] == [(False, 1)]
    with t9.engine.connect() as conn:  # row-level security: not even a read
        assert conn.execute(text("SELECT count(*) FROM store_flag")).scalar_one() == 0
    with t1.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM store_flag")).scalar_one() == 1


def test_the_sync_tells_the_running_till_when_a_pull_changed_its_flags(central, terminals):
    from pos_app.services.central_sync import CentralSync

    store = unique_store()
    t1 = terminals(central, store, "T1")
    calls: list[int] = []
    sync = CentralSync(t1.outbox, t1.store, t1.sync.identity, t1.clock,
                       after_flags=calls.append)
    assert sync.sync_once(force=True).ok and calls == []
    SqlStoreFlagAdmin(central.admin_engine).set(store, RT, False, expected_version=0, by="m")
    assert sync.sync_once(force=True).flags_applied == 1 and calls == [1]
    assert sync.sync_once(force=True).ok and calls == [1]  # nothing new, no call


def test_a_central_database_from_before_store_flags_is_synced_without_them(tmp_path: Path):
    """A till upgraded before its central database (schema at 0007_report_indexes) pulls
    no overrides and its round still goes through."""
    from datetime import UTC, datetime

    from pos_app.adapters.central import migrate as central_migrate
    from pos_app.adapters.central.engine import make_central_engine
    from pos_app.adapters.central.repository import SqlCentralStore
    from pos_app.adapters.sqlite.central_outbox import SqliteSyncOutbox
    from pos_app.adapters.sqlite.store import LocalDatabase
    from pos_app.domain.clock import FixedClock
    from pos_app.services.central_sync import CentralSync, TerminalIdentity

    engine = make_central_engine(f"sqlite:///{tmp_path / 'old-central.sqlite3'}")
    db = LocalDatabase(tmp_path / "till")
    try:
        central_migrate.upgrade(engine, "0007_report_indexes")
        store = SqlCentralStore(engine)
        identity = TerminalIdentity("S1", "T1")
        assert store.pull_store_flags(identity) == []
        sync = CentralSync(SqliteSyncOutbox(db), store, identity,
                           FixedClock(datetime(2026, 12, 6, tzinfo=UTC)))
        summary = sync.sync_once(force=True)
        assert summary.ok and summary.flags_applied == 0
    finally:
        db.close()
        engine.dispose()


def test_the_till_cache_keeps_a_pulled_override_only_at_a_higher_version(tmp_path: Path):
    """The version rule where pulled flags are applied (SqliteStoreFlagCache.apply, what
    the central sync's apply_store_flags calls): the first row is kept, a higher version
    replaces it, an older or equal one never does, whatever time it carries."""
    from pos_app.adapters.sqlite.store import LocalDatabase

    db = LocalDatabase(tmp_path)
    cache = SqliteStoreFlagCache(db)
    try:
        v3 = StoreFlag(RT, True, 3, "a", "2026-12-06T10:00:00+00:00")
        assert cache.apply("S1", [v3], "t1") == 1
        assert cache.read("S1") == [v3]
        for stale in (StoreFlag(RT, False, 2, "b", "2099-01-01T00:00:00+00:00"),
                      StoreFlag(RT, False, 3, "b", "2099-01-01T00:00:00+00:00")):
            assert cache.apply("S1", [stale], "2099-01-01T00:00:00+00:00") == 0
            assert cache.read("S1") == [v3]
        v4 = StoreFlag(RT, None, 4, "c", "2026-12-06T09:00:00+00:00")  # cleared, earlier
        assert cache.apply("S1", [v4], "t2") == 1
        assert cache.read("S1") == [v4]
        assert cache.read("S2") == []
    finally:
        db.close()
