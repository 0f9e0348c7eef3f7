"""One person, one id, every till of the store: staff synced through real central databases
(PostgreSQL with terminal roles and row-level security, and the embedded SQLite).

A person added on one till signs in on another after a sync; a leaver deactivated on one
till is refused there at once and everywhere after the next sync, whatever the other
tills did to them offline; two tills that edit one person at once converge by version
(never the clock); another store never sees the PIN hashes; and the same person's sales
on two tills are settled as one person's tiers and bonuses."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from pos_app.adapters.pin_hasher import Argon2PinHasher
from pos_app.adapters.sqlite.sale_store import SqliteAuditLog
from pos_app.adapters.sqlite.staff_repo import SqliteStaffRepository
from pos_app.adapters.sqlite.throttle_repo import SqliteThrottleStore
from pos_app.domain.errors import InputError
from pos_app.domain.permissions import Role
from pos_app.services.central_sync import BatchRejected, PushItem
from pos_app.services.staff import (
    STAFF_TOPIC,
    AttemptKind,
    Staff,
    StaffRecord,
    StaffService,
    WrongPin,
    merge_staff,
    staff_digest,
)
from tests.integration import central_fixtures
from tests.integration.central_fixtures import Central, Terminal, unique_store
from tests.integration.test_commission_settlement import (
    NOV,
    open_store,
    paid,
    plan_on,
    sell,
    settler,
)

central = central_fixtures.central
pg_server = central_fixtures.pg_server
terminals = central_fixtures.terminals
SIGN_IN = AttemptKind.SIGN_IN
# Every till of a store shares the PIN pepper (POS_APP_PIN_PEPPER or the same keyring
# entry, see README "Staff"): a hash made on one till verifies on another.
STORE_PEPPER = b"s" * 32


def hasher(pepper: bytes = STORE_PEPPER) -> Argon2PinHasher:
    return Argon2PinHasher(time_cost=1, memory_cost=8, parallelism=1,
                           pepper=lambda: pepper)


def staff_of(t: Terminal) -> StaffService:
    """The till's staff service, as wiring.staff_service builds it."""
    return StaffService(SqliteStaffRepository(t.db, clock=t.clock, ids=t.ids), hasher(),
                        t.ids, clock=t.clock, terminal_id=t.terminal_id,
                        throttle=SqliteThrottleStore(t.db),
                        audit=SqliteAuditLog(t.db, t.clock, t.ids, terminal_id=t.terminal_id))


def record(t: Terminal, staff_id: str) -> StaffRecord:
    got = SqliteStaffRepository(t.db).record(staff_id)
    assert got is not None
    return got


def central_row(c: Central, staff_id: str) -> dict[str, object]:
    with c.admin_engine.connect() as conn:
        return dict(conn.execute(text(
            "SELECT store_id, name, role, active, version, active_version, digest, pin_hash, "
            "updated_by FROM staff WHERE id = :i"), {"i": staff_id}).mappings().one())


def synced(*tills: Terminal) -> None:
    """A sync round on every till (push, then pull), twice: what one till pushed in the
    first round reaches the tills that synced before it in the second."""
    for _ in range(2):
        for t in tills:
            assert t.sync.sync_once(force=True).ok


def opened(c: Central, terminals, store: str, *tids: str) -> tuple[list[Terminal], Staff]:
    """Tills of one store; the owner set up on the first and synced to all."""
    ts = [terminals(c, store, tid) for tid in tids]
    owner = staff_of(ts[0]).create_owner("Olive Owner", "97531", how="test")
    synced(*ts)
    return ts, owner


def test_staff_added_on_one_till_signs_in_on_another_after_a_sync(central, terminals):
    store = unique_store()
    (t1, t2), owner = opened(central, terminals, store, "T1", "T2")
    assert staff_of(t2).check_pin(owner.id, "97531", kind=SIGN_IN).role is Role.OWNER

    sam = staff_of(t1).add_staff("Sam Cashier", Role.CASHIER, "1111", by=owner.actor)
    with pytest.raises(WrongPin):  # not on the other till before a sync
        staff_of(t2).check_pin(sam.id, "1111", kind=SIGN_IN)
    summary = t1.sync.sync_once(force=True)
    assert summary.pushed_by_topic.get(STAFF_TOPIC) == 1
    row = central_row(central, sam.id)
    assert (row["store_id"], row["name"], row["role"], row["updated_by"]) == \
        (store, "Sam Cashier", "cashier", "T1")
    assert str(row["pin_hash"]).startswith("pep1:$argon2id$")  # a hash, never the PIN
    assert "1111" not in json.dumps(row, default=str)

    assert t2.sync.sync_once(force=True).staff_applied == 1
    on_t2 = staff_of(t2).check_pin(sam.id, "1111", kind=SIGN_IN)
    assert (on_t2.id, on_t2.name, on_t2.role) == (sam.id, "Sam Cashier", Role.CASHIER)
    # One person: the same id on both tills, and nothing queued back from the pull.
    assert [s.id for s in staff_of(t2).list_staff() if s.name == "Sam Cashier"] == [sam.id]
    assert t2.sync.sync_once(force=True).pushed_by_topic.get(STAFF_TOPIC) is None
    assert record(t1, sam.id) == record(t2, sam.id)

    # A PIN changed on the second till works on the first after their syncs.
    staff_of(t2).change_pin(sam.id, "2468", by=sam.actor)
    synced(t2, t1)
    assert staff_of(t1).check_pin(sam.id, "2468", kind=SIGN_IN).id == sam.id
    with pytest.raises(WrongPin):
        staff_of(t1).check_pin(sam.id, "1111", kind=SIGN_IN)


def test_another_store_never_gets_the_people_or_their_pin_hashes(central, terminals):
    store = unique_store()
    (t1,), owner = opened(central, terminals, store, "T1")
    staff_of(t1).add_staff("Sam Cashier", Role.CASHIER, "1111", by=owner.actor)
    synced(t1)
    t9 = terminals(central, unique_store(), "T9")
    assert t9.sync.sync_once(force=True).staff_applied == 0
    assert staff_of(t9).list_staff(include_inactive=True) == []
    if central.kind == "postgres":  # row-level security: not even a read
        with t9.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM staff")).scalar_one() == 0


def test_a_terminal_cannot_write_another_stores_people(central, terminals):
    if central.kind != "postgres":
        pytest.skip("row-level security needs PostgreSQL roles")
    store = unique_store()
    (t1,), owner = opened(central, terminals, store, "T1")
    t9 = terminals(central, unique_store(), "T9")
    theirs = record(t1, owner.id)
    # Take over store 1's owner from store 2 (a new PIN hash at a higher version):
    forged = StaffRecord(theirs.id, theirs.name, theirs.role, "pep1:forged", True,
                         theirs.version + 5, theirs.active_version, "f" * 64)
    item = PushItem(1, "op-forged", STAFF_TOPIC, theirs.id, forged.to_dict(), "x")
    with pytest.raises(BatchRejected, match="row-level security"):
        t9.store.push(t9.sync.identity, [item])
    # Nor write directly: terminals only read the table.
    with pytest.raises(Exception, match="permission denied"), t9.engine.begin() as conn:
        conn.execute(text("UPDATE staff SET pin_hash = 'x'"))
    assert central_row(central, owner.id)["pin_hash"] == theirs.pin_hash


def test_a_leaver_is_refused_at_once_here_and_everywhere_after_the_next_sync(central,
                                                                           terminals):
    store = unique_store()
    (t1, t2, t3), owner = opened(central, terminals, store, "T1", "T2", "T3")
    sam = staff_of(t1).add_staff("Sam Cashier", Role.CASHIER, "1111", by=owner.actor)
    synced(t1, t2, t3)
    for t in (t1, t2, t3):
        assert staff_of(t).check_pin(sam.id, "1111", kind=SIGN_IN).id == sam.id

    # T3 is offline and, not knowing, gives Sam a new PIN and a new role: two edits.
    staff_of(t3).change_pin(sam.id, "3579", by=owner.actor)
    staff_of(t3).set_role(sam.id, Role.SUPERVISOR, by=owner.actor)
    staff_of(t1).deactivate(sam.id, by=owner.actor)
    with pytest.raises(WrongPin):  # at once, on the till where it was done
        staff_of(t1).check_pin(sam.id, "1111", kind=SIGN_IN)
    assert staff_of(t2).check_pin(sam.id, "1111", kind=SIGN_IN).id == sam.id  # not synced

    synced(t1, t2)
    with pytest.raises(WrongPin):
        staff_of(t2).check_pin(sam.id, "1111", kind=SIGN_IN)
    # T3's later profile edits (version 3 against 1) do not let the leaver back in.
    synced(t3, t1, t2)
    for t in (t1, t2, t3):
        with pytest.raises(WrongPin):
            staff_of(t).check_pin(sam.id, "3579", kind=SIGN_IN)
        assert sam.id not in {s.id for s in staff_of(t).list_staff()}
        assert record(t, sam.id) == record(t1, sam.id)
    final = record(t1, sam.id)
    assert (final.active, final.role, final.version) == (False, "supervisor", 3)
    row = central_row(central, sam.id)
    assert (row["active"], row["version"]) == (0, 3)

    # Brought back on purpose (a new PIN, a newer active version): back everywhere.
    staff_of(t2).reactivate(sam.id, "8642", by=owner.actor)
    synced(t2, t1, t3)
    for t in (t1, t2, t3):
        assert staff_of(t).check_pin(sam.id, "8642", kind=SIGN_IN).role is Role.SUPERVISOR


def test_a_conflicting_edit_on_two_tills_is_resolved_by_version_never_the_clock(central,
                                                                               terminals):
    store = unique_store()
    (t1, t2), owner = opened(central, terminals, store, "T1", "T2")
    sam = staff_of(t1).add_staff("Sam Cashier", Role.CASHIER, "1111", by=owner.actor)
    synced(t1, t2)
    # The same person edited on both tills from version 1, offline. T2's clock is a
    # year ahead: the clock must not decide.
    t2.clock.advance(days=365)
    staff_of(t1).set_role(sam.id, Role.SUPERVISOR, by=owner.actor)
    staff_of(t2).change_pin(sam.id, "2222", by=owner.actor)
    a, b = record(t1, sam.id), record(t2, sam.id)
    assert a.version == b.version == 2 and a.digest != b.digest
    winner = merge_staff(a, b)
    assert winner == merge_staff(b, a) and winner in (a, b)  # one deterministic answer

    synced(t2, t1)
    assert record(t1, sam.id) == record(t2, sam.id) == winner
    row = central_row(central, sam.id)
    assert (row["version"], row["digest"], row["role"]) == (2, winner.digest, winner.role)
    # The loser's edit is gone everywhere; the winner's holds everywhere.
    pin = "2222" if winner == b else "1111"
    for t in (t1, t2):
        assert staff_of(t).check_pin(sam.id, pin, kind=SIGN_IN).role.value == winner.role

    # A later edit (version 3) wins over both, whichever till makes it.
    loser_till = t1 if winner == b else t2
    staff_of(loser_till).set_role(sam.id, Role.MANAGER, by=owner.actor)
    synced(t1, t2)
    assert record(t1, sam.id).role == record(t2, sam.id).role == "manager"
    assert record(t1, sam.id).version == 3

    # A stale version offered again (a lagging pull) changes nothing.
    stale = StaffRecord(sam.id, "Old Sam", "cashier", a.pin_hash, True, 2, 1,
                        staff_digest("Old Sam", "cashier", a.pin_hash))
    from pos_app.services.central_sync import PulledStaff

    assert t1.outbox.apply_staff([PulledStaff(
        stale.id, store, stale.name, stale.role, True, stale.version, "f" * 64,
        stale.pin_hash, 1)]) == 0
    assert record(t1, sam.id).name == "Sam Cashier"


def test_the_same_persons_sales_on_two_tills_settle_as_one(central, terminals):
    store = unique_store()
    plan, (t1, t2) = open_store(central, terminals, store, "T1", "T2")
    owner = staff_of(t1).create_owner("Olive Owner", "97531", how="test")
    sam = staff_of(t1).add_staff("Sam Cashier", Role.CASHIER, "1111", by=owner.actor)
    synced(t1, t2)
    # Sam signs in on each till (the same id there) and sells.
    on_t2 = staff_of(t2).check_pin(sam.id, "1111", kind=SIGN_IN)
    assert on_t2.id == sam.id
    sales = {t1: [(40_000, 2), (25_000, 1)], t2: [(45_000, 3), (20_000, 1)]}
    for t, lines in sales.items():
        cashier = staff_of(t).check_pin(sam.id, "1111", kind=SIGN_IN)
        for base, units in lines:
            sell(t, cashier.id, base, units)
        assert t.ledger.period_totals(sam.id, plan.id, NOV).value < 100_000
        assert t.sync.sync_once(force=True).ok
    with central.admin_engine.connect() as conn:
        sellers = conn.execute(text(
            "SELECT DISTINCT staff_id FROM commission_record WHERE store_id = :s "
            "AND kind = 'sale'"), {"s": store}).scalars().all()
    assert sellers == [sam.id]  # one person to the central database

    settler(t1, datetime(2026, 11, 28, 20, tzinfo=UTC)).settle()
    got = paid(central, store, sam.id)
    # Tier and bonus of the combined period (165,000 of sales: past the 100,000 bonus
    # and the 120,000 tier that neither till reached alone), paid once.
    assert got["total"] - got["rates"] == plan_on(plan, sales[t1] + sales[t2])
    assert (got["bonuses"], got["tier_records"]) == (1, 1)


def test_head_office_edits_reach_every_till_and_keep_the_pin(central, terminals):
    """An edit made at the central database (no PIN with it) keeps the PIN the tills
    have; a head-office deactivation reaches every till."""
    store = unique_store()
    (t1, t2), owner = opened(central, terminals, store, "T1", "T2")
    central.admin.upsert_staff(store, owner.id, "Olive O. Owner", "owner")
    synced(t1, t2)
    for t in (t1, t2):
        person = staff_of(t).check_pin(owner.id, "97531", kind=SIGN_IN)
        assert person.name == "Olive O. Owner"
    # A head-office deactivation reaches every till.
    central.admin.upsert_staff(store, owner.id, "Olive O. Owner", "owner", active=False)
    synced(t1, t2)
    for t in (t1, t2):
        with pytest.raises(WrongPin):
            staff_of(t).check_pin(owner.id, "97531", kind=SIGN_IN)


def test_merge_is_commutative_idempotent_and_a_deactivation_wins_a_tie() -> None:
    base = StaffRecord("s1", "Sam", "cashier", "h1", True, 2, 1, staff_digest("Sam", "cashier",
                                                                               "h1"))
    pin = StaffRecord("s1", "Sam", "cashier", "h2", True, 3, 1,
                      staff_digest("Sam", "cashier", "h2"))
    off = StaffRecord("s1", "Sam", "cashier", "h1", False, 2, 2, base.digest)
    back = StaffRecord("s1", "Sam", "cashier", "h1", True, 2, 2, base.digest)
    for x, y in ((base, pin), (pin, off), (off, back), (base, off)):
        assert merge_staff(x, y) == merge_staff(y, x)
        assert merge_staff(merge_staff(x, y), y) == merge_staff(x, y)
    merged = merge_staff(pin, off)
    assert (merged.pin_hash, merged.version, merged.active, merged.active_version) == \
        ("h2", 3, False, 2)
    assert merge_staff(off, back).active is False  # equal versions: the leaver stays out
    later = StaffRecord("s1", "Sam", "cashier", "h1", True, 2, 3, base.digest)
    assert merge_staff(off, later).active is True  # a later reactivation wins


def test_equal_versions_that_disagree_about_a_leaver_keep_them_out(central, terminals):
    """The tie rule of the SQL merges (central and till): at one active version, the
    deactivated side wins, whichever arrives first."""
    from pos_app.services.central_sync import PulledStaff

    store = unique_store()
    (t1,), owner = opened(central, terminals, store, "T1")
    sam = staff_of(t1).add_staff("Sam Cashier", Role.CASHIER, "1111", by=owner.actor)
    mine = record(t1, sam.id)

    def pulled(active: bool) -> PulledStaff:
        return PulledStaff(sam.id, store, mine.name, mine.role, active, mine.version,
                           mine.digest, mine.pin_hash, 2)

    def pushed(active: bool, seq: int) -> None:
        body = {**mine.to_dict(), "active": active, "active_version": 2}
        t1.store.push(t1.sync.identity, [PushItem(seq, f"op-{seq}", STAFF_TOPIC, sam.id,
                                                  body, "x")])

    # The till: an inactive pull beats an active row; an active pull never undoes it.
    assert t1.outbox.apply_staff([pulled(True)]) == 1
    assert record(t1, sam.id).active is True
    assert t1.outbox.apply_staff([pulled(False)]) == 1
    assert t1.outbox.apply_staff([pulled(True)]) == 0
    assert record(t1, sam.id).active is False
    # The central database, in either order.
    pushed(True, 101)
    assert central_row(central, sam.id)["active"] == 1
    pushed(False, 102)
    pushed(True, 103)
    assert central_row(central, sam.id)["active"] == 0


def test_people_from_before_staff_sync_are_queued_by_the_migration(tmp_path: Path) -> None:
    """0016_staff_sync: a till's people from before reach the central database at its
    next sync (and from there the store's other tills), merged by id."""
    from pos_app.adapters.sqlite import migrate
    from pos_app.adapters.sqlite.store import LocalDatabase

    db = LocalDatabase(tmp_path / "till")
    try:
        SqliteStaffRepository(db).add(Staff("old-1", "Old Timer", Role.MANAGER), "pep1:h")
        with db.write() as conn:  # as the table and the queue were before the revision
            conn.execute(text("DELETE FROM outbox"))
            conn.execute(text("ALTER TABLE staff DROP COLUMN digest"))
            conn.execute(text("ALTER TABLE staff DROP COLUMN active_version"))
            conn.execute(text("DELETE FROM alembic_version "
                              "WHERE version_num = '0016_staff_sync'"))
        migrate.upgrade(db.writer)
        with db.read() as conn:
            [(topic, aggregate, payload, status)] = conn.execute(text(
                "SELECT topic, aggregate_id, payload, status FROM outbox")).all()
        assert (topic, aggregate, status) == (STAFF_TOPIC, "old-1", "pending")
        queued = StaffRecord.from_dict(json.loads(payload))
        assert queued == record_of(db, "old-1")
        assert queued.digest == staff_digest("Old Timer", "manager", "pep1:h")
    finally:
        db.close()


def record_of(db, staff_id: str) -> StaffRecord:
    got = SqliteStaffRepository(db).record(staff_id)
    assert got is not None
    return got


def test_a_person_head_office_added_without_a_pin_gets_one_from_a_till(central, terminals):
    store = unique_store()
    (t1, t2), owner = opened(central, terminals, store, "T1", "T2")
    central.admin.upsert_staff(store, "kim-1", "Kim Lee", "cashier")
    synced(t1, t2)
    assert SqliteStaffRepository(t1.db).without_pin() == ["kim-1"]
    with pytest.raises(WrongPin):  # listed, but nobody signs in without a PIN
        staff_of(t1).check_pin("kim-1", "1111", kind=SIGN_IN)
    staff_of(t1).change_pin("kim-1", "4321", by=owner.actor)
    synced(t1, t2)
    assert staff_of(t2).check_pin("kim-1", "4321", kind=SIGN_IN).name == "Kim Lee"
    assert SqliteStaffRepository(t2.db).without_pin() == []

    # A till's hash at an equal version that loses the tie still fills a row that has
    # none (the head office's edits carry no PIN).
    central.admin.upsert_staff(store, "max-1", "Max", "cashier")
    body = StaffRecord("max-1", "Max", "cashier", "pep1:a-hash", True, 1, 1,
                       "0" * 64).to_dict()
    t1.store.push(t1.sync.identity, [PushItem(900, "op-max", STAFF_TOPIC, "max-1", body,
                                              "x")])
    row = central_row(central, "max-1")
    assert (row["pin_hash"], row["version"]) == ("pep1:a-hash", 1)
    assert row["digest"] != "0" * 64  # the profile itself did not change


def test_one_person_added_on_two_tills_before_a_sync_is_named_by_id(central, terminals):
    """Two tills offline both add "Sam Cashier": two people (two ids) after the sync;
    a name then picks nobody by chance, the id does."""
    store = unique_store()
    (t1, t2), owner = opened(central, terminals, store, "T1", "T2")
    a = staff_of(t1).add_staff("Sam Cashier", Role.CASHIER, "1111", by=owner.actor)
    b = staff_of(t2).add_staff("Sam Cashier", Role.CASHIER, "2222", by=owner.actor)
    synced(t1, t2)
    with pytest.raises(InputError, match="2 active staff members are called Sam Cashier"):
        staff_of(t1).find("Sam Cashier")
    assert staff_of(t1).find(b.id).id == b.id
    staff_of(t1).deactivate(b.id, by=owner.actor)
    assert staff_of(t1).find("Sam Cashier").id == a.id
