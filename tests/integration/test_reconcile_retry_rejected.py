"""`pos-app reconcile --retry-rejected`: events Shopify set aside go back in the queue once
the cause is fixed, are applied exactly once, and a second run changes nothing."""

from __future__ import annotations

import json

from sqlalchemy import text

from pos_app.app.cli import main
from pos_app.app.shopify_commands import EX_ATTENTION
from tests.integration.shopify_fixtures import TOKEN, rig


def _statuses(r, table: str, key: str) -> dict[str, str]:
    with r.db.read() as conn:
        return {str(a): str(b) for a, b in conn.execute(text(
            f"SELECT {key}, status FROM {table}"))}


def _cli(r, tmp_path, monkeypatch, *args: str) -> int:
    cfg = tmp_path / "config.toml"
    cfg.write_text(f'[terminal]\nid = "T1"\n\n[shopify]\nshop = "{r.emulator.url}"\n'
                   'location = "Main Street"\nrequest_timeout_seconds = 2.0\n',
                   encoding="utf-8")
    monkeypatch.setenv("POS_APP_SHOPIFY_TOKEN", TOKEN)
    return main(["reconcile", *args, "--data-dir", str(tmp_path / "data"),
                 "--config", str(cfg)])


def test_unknown_sku_event_is_applied_once_after_the_sku_is_created(tmp_path, monkeypatch,
                                                                      capsys):
    with rig(tmp_path) as r:
        r.reconciler.run_once()
        with r.db.write() as conn:
            conn.execute(text(
                "INSERT INTO outbox (op_id, topic, aggregate_id, payload, created_at, "
                "attempts, status) VALUES ('ghost-1', 'inventory', 'GHOST', :p, '2026', 0, "
                "'pending')"), {"p": json.dumps({"sku": "GHOST", "delta": -3,
                                                  "reason": "sale"})})
        r.sell("SKU-001", 2)
        assert _cli(r, tmp_path, monkeypatch, "--once") == EX_ATTENTION
        assert _statuses(r, "outbox", "op_id")["ghost-1"] == "rejected"
        assert _statuses(r, "inventory_event", "event_id")["ghost-1"] == "rejected"
        capsys.readouterr()

        # The cause fixed: the SKU created in Shopify, stocked at the location.
        r.shop.add_product("Ghost", [{"sku": "GHOST", "price": "9.00",
                                      "title": "Default Title", "barcode": "4000000000999",
                                      "levels": {r.location_id: 10}}],
                           vendor="Acme", product_type="Goods")
        assert _cli(r, tmp_path, monkeypatch, "--retry-rejected") == 0
        out = capsys.readouterr().out
        assert "Re-queued        1 event(s) set aside by Shopify" in out
        assert r.shopify("GHOST") == 10 - 3
        assert r.shopify("SKU-001") == r.expected("SKU-001")
        assert _statuses(r, "outbox", "op_id")["ghost-1"] == "acked"
        assert _statuses(r, "inventory_event", "event_id")["ghost-1"] == "applied"
        assert r.reconciler.attention() == []
        with r.db.read() as conn:
            assert conn.execute(text("SELECT last_error FROM inventory_event WHERE "
                                     "event_id = 'ghost-1'")).scalar() is None

        # A second run: nothing to re-queue, nothing changes.
        effects = len(r.shop.effects)
        assert _cli(r, tmp_path, monkeypatch, "--retry-rejected") == 0
        assert "Re-queued        0 event(s)" in capsys.readouterr().out
        assert r.shopify("GHOST") == 10 - 3
        assert len(r.shop.effects) == effects


def test_a_refused_push_is_retried_under_a_fresh_key(tmp_path):
    """Shopify stores a refused mutation's result under its idempotency key and replays
    it: the retry of an event it refused must go under a new key, and a retry of that
    retry (a lost answer) under the same new key."""
    with rig(tmp_path) as r:
        r.reconciler.run_once()
        item = r.unstock("SKU-005")
        r.sell("SKU-005", 1)
        r.reconcile_until_settled()
        assert r.reconciler.status().rejected_events == 1
        (event_id,) = [k for k, v in _statuses(r, "inventory_event", "event_id").items()
                       if v == "rejected"]
        assert event_id in r.emulator.api.idempotency  # the refusal, stored

        r.shop.activate(item, r.location_id, available=24)
        assert r.reconciler.requeue_rejected() == 1
        with r.db.read() as conn:
            assert conn.execute(text("SELECT status FROM outbox WHERE op_id = :id"),
                                {"id": event_id}).scalar() == "pending"
            assert "ITEM_NOT_STOCKED" in str(conn.execute(text(
                "SELECT last_error FROM inventory_event WHERE event_id = :id"),
                {"id": event_id}).scalar())
        r.reconcile_until_settled()
        assert r.shopify("SKU-005") == 24 - 1
        assert _statuses(r, "outbox", "op_id")[event_id] == "acked"
        assert r.reconciler.status().rejected_events == 0
        with r.db.read() as conn:
            keys = [str(k) for k in conn.execute(text(
                "SELECT key FROM inventory_push ORDER BY seq")).scalars()]
        fresh = keys[-1]
        assert fresh != event_id and fresh in r.emulator.api.idempotency
        assert r.reconciler.requeue_rejected() == 0
        r.reconcile_until_settled()
        assert r.shopify("SKU-005") == 24 - 1


def _retry_state_rows(r) -> list[str]:
    with r.db.read() as conn:
        return [str(k) for k in conn.execute(text(
            "SELECT key FROM inventory_sync_state WHERE key LIKE 'retry:%'")).scalars()]


def test_a_retried_events_generation_goes_with_the_event(tmp_path):
    """The retry generation lives on the event's row: a resend of the same attempt (a
    crash before the answer) uses the same key, and once a later read includes the
    applied event and prunes it, nothing of it is left behind."""
    with rig(tmp_path) as r:
        r.reconciler.run_once()
        item = r.unstock("SKU-005")
        r.sell("SKU-005", 1)
        r.reconcile_until_settled()
        (event_id,) = [k for k, v in _statuses(r, "inventory_event", "event_id").items()
                       if v == "rejected"]
        r.shop.activate(item, r.location_id, available=24)
        assert r.reconciler.requeue_rejected() == 1
        loc = r.reconciler.location_id
        repo = r.sync.repo
        (pending,) = repo.pending_events(loc)
        assert pending.event_id == event_id and pending.retry == 1
        assert repo.pending_events(loc) == [pending]  # read again: the same key token
        assert _retry_state_rows(r) == []

        r.reconcile_until_settled()
        assert r.shopify("SKU-005") == 24 - 1
        r.reconciler.run_once()  # a read that includes the applied event prunes it
        assert event_id not in _statuses(r, "inventory_event", "event_id")
        assert _retry_state_rows(r) == []


def test_the_upgrade_moves_stored_generations_onto_their_events(tmp_path):
    from pos_app.adapters.sqlite.store import LocalDatabase

    db = LocalDatabase(tmp_path)
    with db.write() as conn:  # as the database was before 0021_inventory_event_retry
        conn.execute(text("UPDATE alembic_version SET version_num = '0003_inventory' "
                          "WHERE version_num = '0021_inventory_event_retry'"))
        conn.execute(text("ALTER TABLE inventory_event DROP COLUMN retry"))
        conn.execute(text(
            "INSERT INTO inventory_event (event_id, kind, sku, location_id, delta, reason, "
            "status, solo, taken_online, created_at) VALUES "
            "('ev-1', 'delta', 'A', 'L', -1, 'sale', 'pending', 0, 0, '2026'), "
            "('ev-2', 'delta', 'B', 'L', -1, 'sale', 'pending', 0, 0, '2026')"))
        conn.execute(text(
            "INSERT INTO inventory_sync_state (key, value) VALUES ('retry:ev-1', '2'), "
            "('retry:gone', '1'), ('pull_seq', '4')"))
    db.close()

    db = LocalDatabase(tmp_path)
    try:
        with db.read() as conn:
            assert dict(conn.execute(text(
                "SELECT event_id, retry FROM inventory_event")).all()) == {"ev-1": 2,
                                                                           "ev-2": 0}
            assert dict(conn.execute(text(
                "SELECT key, value FROM inventory_sync_state")).all()) == {"pull_seq": "4"}
    finally:
        db.close()


def test_a_refusal_resolved_by_hand_is_never_sent_again(tmp_path):
    """Two sales refused by Shopify (the item not stocked at the location). The manager
    puts one right in Shopify by hand and resolves its row; then, the cause fixed, sends
    the set-aside changes again: only the other one is applied, the resolved one never
    (it would take the unit a second time), and nothing is left owing or set aside."""
    with rig(tmp_path) as r:
        r.reconciler.run_once()
        item = r.unstock("SKU-005")
        r.sell("SKU-005", 1)
        r.sell("SKU-005", 2)
        r.reconcile_until_settled()
        assert r.reconciler.status().rejected_events == 2
        with r.db.read() as conn:
            delta = {str(e): int(d) for e, d in conn.execute(text(
                "SELECT event_id, delta FROM inventory_event"))}
        # `first`: the one-unit sale's refusal; `second`: the two-unit sale's.
        first, second = sorted(r.reconciler.attention(), key=lambda a: -delta[a.event_id])
        assert (delta[first.event_id], delta[second.event_id]) == (-1, -2)

        # By hand in Shopify: stocked at 24, the first sale's unit taken off there.
        r.shop.activate(item, r.location_id, available=24 - 1)
        assert r.reconciler.resolve_attention(first.id)
        statuses = _statuses(r, "inventory_event", "event_id")
        assert statuses[first.event_id] == "dismissed"
        assert statuses[second.event_id] == "rejected"
        assert _statuses(r, "outbox", "op_id")[first.event_id] == "acked"
        assert r.reconciler.status().rejected_events == 1

        assert r.reconciler.requeue_rejected() == 1  # the second only
        r.reconcile_until_settled()
        assert r.shopify("SKU-005") == 24 - 1 - 2
        assert _statuses(r, "inventory_event", "event_id")[first.event_id] == "dismissed"
        assert r.reconciler.status().rejected_events == 0
        assert r.reconciler.attention() == []
        assert r.reconciler.requeue_rejected() == 0
        assert not r.reconciler.resolve_attention(first.id)  # already resolved
