"""Staff and PINs on a real SQLite file: peppered Argon2id hashes, one hash checked per
attempt, the throttle kept in the database, staff edits by managers only."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select, text

from pos_app.adapters.pin_hasher import PEPPERED_PREFIX, Argon2PinHasher
from pos_app.adapters.sqlite.sale_store import SqliteAuditLog
from pos_app.adapters.sqlite.schema import StaffRow
from pos_app.adapters.sqlite.staff_repo import SqliteStaffRepository
from pos_app.adapters.sqlite.store import LocalDatabase
from pos_app.adapters.sqlite.throttle_repo import SqliteThrottleStore
from pos_app.domain.clock import FixedClock
from pos_app.domain.errors import InputError, NotFound, PermissionDenied, StaleVersion
from pos_app.domain.permissions import Actor, Role
from pos_app.domain.throttle import PinLocked, PinWait, ThrottlePolicy
from pos_app.services.staff import (
    WRONG_PIN,
    AttemptKind,
    Staff,
    StaffService,
    WrongPin,
    parse_role,
)
from tests.integration import catalog_fixtures as fx

catalog_db = fx.catalog_db  # shared fixture (tests/conftest.py is not ours)
SIGN_IN = AttemptKind.SIGN_IN
PEPPER = b"p" * 32


class CountingHasher:
    """A real (fast) Argon2id hasher that counts the hashes it checks."""

    def __init__(self, inner: Argon2PinHasher) -> None:
        self.inner = inner
        self.verified = 0

    def hash(self, pin: str) -> str:
        return self.inner.hash(pin)

    def verify(self, pin_hash: str, pin: str) -> bool:
        self.verified += 1
        return self.inner.verify(pin_hash, pin)

    def needs_rehash(self, pin_hash: str) -> bool:
        return self.inner.needs_rehash(pin_hash)


def peppered_fast_hasher(pepper: bytes = PEPPER) -> Argon2PinHasher:
    return Argon2PinHasher(time_cost=1, memory_cost=8, parallelism=1,
                           pepper=lambda: pepper)


@pytest.fixture
def repo(catalog_db: LocalDatabase) -> SqliteStaffRepository:
    return SqliteStaffRepository(catalog_db)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 12, 7, 9, 0, tzinfo=UTC))


@pytest.fixture
def hasher() -> CountingHasher:
    return CountingHasher(peppered_fast_hasher())


IDS = fx.CountingIds()  # one sequence: services rebuilt on one database never reuse an id


def make_service(db: LocalDatabase, hasher: object, clock: FixedClock,
                 terminal_id: str = "T1") -> StaffService:
    return StaffService(SqliteStaffRepository(db), hasher, IDS,  # type: ignore[arg-type]
                        clock=clock, terminal_id=terminal_id,
                        throttle=SqliteThrottleStore(db), policy=ThrottlePolicy(),
                        audit=SqliteAuditLog(db, clock, IDS))


@pytest.fixture
def staff(catalog_db: LocalDatabase, hasher: CountingHasher,
          clock: FixedClock) -> Iterator[StaffService]:
    yield make_service(catalog_db, hasher, clock)


def stored_hashes(db: LocalDatabase) -> dict[str, str]:
    with db.read() as conn:
        return dict(conn.execute(select(StaffRow.name, StaffRow.pin_hash)).all())


def failures_audited(db: LocalDatabase) -> list[tuple[str | None, str, dict[str, object]]]:
    with db.read() as conn:
        rows = conn.execute(text("SELECT actor, subject, detail FROM audit_log WHERE "
                                 "action = 'login_failed' ORDER BY rowid")).all()
    return [(a, s, json.loads(d)) for a, s, d in rows]


def test_only_a_peppered_argon2id_hash_of_the_pin_is_stored(
        staff: StaffService, catalog_db: LocalDatabase) -> None:
    sam = staff.add_staff("Sam Cashier", "cashier", "1111")
    jo = staff.add_staff("Jo Cashier", Role.CASHIER, "22223333")
    hashes = stored_hashes(catalog_db)
    assert hashes["Sam Cashier"].startswith(PEPPERED_PREFIX + "$argon2id$")
    assert "1111" not in hashes["Sam Cashier"]
    assert "22223333" not in hashes["Jo Cashier"]
    # Without the pepper the stored hash is not a hash of the PIN: a copied database
    # alone cannot be brute-forced.
    argon = hashes["Sam Cashier"].removeprefix(PEPPERED_PREFIX)
    with pytest.raises(Exception):  # noqa: B017 - argon2's VerifyMismatchError
        PasswordHasher().verify(argon, "1111")
    assert not peppered_fast_hasher(b"q" * 32).verify(hashes["Sam Cashier"], "1111")
    assert sam == Staff(sam.id, "Sam Cashier", Role.CASHIER, True, 1)
    assert staff.list_staff() == [jo, sam]  # by name


def test_sign_in_checks_the_chosen_persons_hash_only(
        staff: StaffService, hasher: CountingHasher) -> None:
    people = [staff.add_staff(f"Person {n:02d}", "cashier", f"{1000 + n}")
              for n in range(30)]
    pat = staff.add_staff("Pat Supervisor", "Supervisor", "3333")
    hasher.verified = 0
    assert staff.check_pin(pat.id, "3333", kind=SIGN_IN) == pat
    assert pat.actor == Actor(pat.id, Role.SUPERVISOR)
    assert hasher.verified == 1
    with pytest.raises(WrongPin):
        staff.check_pin(people[0].id, "1005", kind=SIGN_IN)  # someone else's PIN
    assert hasher.verified == 2
    with pytest.raises(InputError, match="Choose your name first"):
        staff.check_pin(None, "3333", kind=SIGN_IN)  # no scan over everyone's hash
    assert hasher.verified == 2


@pytest.mark.parametrize("pin", ["111", "", "123456789", "abcd", "1111\n", "１２３４"])
def test_what_cannot_be_a_pin_is_not_checked_or_counted(staff: StaffService,
                                                       hasher: CountingHasher,
                                                       pin: str) -> None:
    sam = staff.add_staff("Sam Cashier", "cashier", "1111")
    with pytest.raises(InputError, match="A PIN is 4 to 8 digits"):
        staff.check_pin(sam.id, pin, kind=SIGN_IN)
    assert hasher.verified == 0
    assert staff.attempts(sam.id).failures == 0


def test_one_answer_whatever_was_wrong(staff: StaffService, catalog_db: LocalDatabase,
                                      hasher: CountingHasher) -> None:
    alex = staff.add_staff("Alex Manager", "manager", "1234")
    sam = staff.add_staff("Sam Cashier", "cashier", "1111")
    gone = staff.deactivate(staff.add_staff("Lee Leaver", "supervisor", "5555").id)
    answers = []
    for sid, pin, need in ((alex.id, "1111", None),  # another person's PIN
                           (sam.id, "1111", Role.SUPERVISOR),  # right PIN, low role
                           (gone.id, "5555", None),  # no longer active
                           ("nobody", "1234", None)):  # a made-up id
        with pytest.raises(WrongPin) as info:
            staff.check_pin(sid, pin, kind=AttemptKind.APPROVAL, need=need, by=sam.id)
        answers.append(str(info.value))
    assert answers == [WRONG_PIN] * 4
    assert "Sam" not in "".join(answers) and "cashier" not in "".join(answers)
    assert hasher.verified == 1  # only Alex's hash: a role too low is never tried
    audited = failures_audited(catalog_db)
    assert [(a, s, d["kind"], d["terminal"]) for a, s, d in audited] == [
        (sam.id, alex.id, "approval", "T1"), (sam.id, sam.id, "approval", "T1"),
        (sam.id, gone.id, "approval", "T1"), (sam.id, "nobody", "approval", "T1")]
    assert audited[0][2]["failures"] == 1
    assert [d.get("refused") for _, _, d in audited] == [None, "not_allowed", "inactive",
                                                         "unknown"]


def test_waits_grow_then_a_lock_that_only_a_manager_lifts(
        staff: StaffService, clock: FixedClock, catalog_db: LocalDatabase) -> None:
    alex = staff.add_staff("Alex Manager", "manager", "1234")
    sam = staff.add_staff("Sam Cashier", "cashier", "1111")
    for _ in range(2):
        with pytest.raises(WrongPin) as info:
            staff.check_pin(sam.id, "9999", kind=SIGN_IN)
        assert info.value.wait_seconds is None
    with pytest.raises(WrongPin, match="try again in 30 s") as info:
        staff.check_pin(sam.id, "9999", kind=SIGN_IN)
    assert info.value.wait_seconds == 30
    with pytest.raises(PinWait, match="try again in 30 s"):
        staff.check_pin(sam.id, "1111", kind=SIGN_IN)  # even the right PIN waits
    waits = []
    for _ in range(6):  # failures 4..9: 60 s, 120 s ... 1,920 s
        clock.advance(seconds=staff.attempts(sam.id).refusal(clock.now()).wait_seconds)  # type: ignore[union-attr]
        with pytest.raises(WrongPin) as info:
            staff.check_pin(sam.id, "9999", kind=SIGN_IN)
        waits.append(info.value.wait_seconds)
    assert waits == [60, 120, 240, 480, 960, 1920]
    clock.advance(seconds=1920)
    with pytest.raises(WrongPin) as info:
        staff.check_pin(sam.id, "9999", kind=SIGN_IN)  # the 10th wrong PIN in a row
    assert info.value.locked and "a manager must unlock" in str(info.value)
    clock.advance(days=30)  # time alone never lifts a lock
    with pytest.raises(PinLocked):
        staff.check_pin(sam.id, "1111", kind=SIGN_IN)
    assert [s.id for s in staff.locked_staff()] == [sam.id]

    with pytest.raises(PermissionDenied):
        staff.unlock(sam.id, by=sam.actor)  # not their own
    staff.unlock(sam.id, by=alex.actor)
    assert staff.check_pin(sam.id, "1111", kind=SIGN_IN) == sam
    with catalog_db.read() as conn:
        unlock = conn.execute(text("SELECT actor, subject, detail FROM audit_log WHERE "
                                   "action = 'staff_change'")).one()
    assert unlock[:2] == (alex.id, sam.id)
    assert json.loads(unlock[2])["was_locked"] is True
    assert json.loads(unlock[2])["change"] == "unlock"
    assert len(failures_audited(catalog_db)) == 10


def test_the_count_survives_a_restart(catalog_db: LocalDatabase, hasher: CountingHasher,
                                      clock: FixedClock, tmp_path: Path) -> None:
    sam = make_service(catalog_db, hasher, clock).add_staff("Sam Cashier", "cashier", "1111")
    for _ in range(3):
        with pytest.raises(WrongPin):
            make_service(catalog_db, hasher, clock).check_pin(sam.id, "9999", kind=SIGN_IN)
    catalog_db.close()
    reopened = LocalDatabase(tmp_path / "data")  # the process restarted
    try:
        again = make_service(reopened, hasher, clock)
        with pytest.raises(PinWait):
            again.check_pin(sam.id, "1111", kind=SIGN_IN)
        assert again.attempts(sam.id).failures == 3
    finally:
        reopened.close()


def test_one_persons_sign_in_never_clears_anothers_count(staff: StaffService,
                                                        clock: FixedClock) -> None:
    sam = staff.add_staff("Sam Cashier", "cashier", "1111")
    alex = staff.add_staff("Alex Manager", "manager", "1234")
    for _ in range(20):  # a guess at Alex's PIN, then Sam's own sign-in, over and over
        try:
            staff.check_pin(alex.id, "9999", kind=SIGN_IN)
        except WrongPin:
            pass
        except PinWait as wait:
            clock.advance(seconds=wait.wait_seconds)
        except PinLocked:
            break
        staff.check_pin(sam.id, "1111", kind=SIGN_IN)
        clock.advance(seconds=1)
    assert staff.attempts(alex.id).locked
    assert staff.attempts(sam.id).failures == 0


def test_per_terminal(catalog_db: LocalDatabase, hasher: CountingHasher,
                      clock: FixedClock) -> None:
    till1 = make_service(catalog_db, hasher, clock, "T1")
    sam = till1.add_staff("Sam Cashier", "cashier", "1111")
    for _ in range(3):
        with pytest.raises(WrongPin):
            till1.check_pin(sam.id, "9999", kind=SIGN_IN)
    till2 = make_service(catalog_db, hasher, clock, "T2")
    assert till2.check_pin(sam.id, "1111", kind=SIGN_IN) == sam
    assert till1.attempts(sam.id).failures == 3


def test_a_hash_from_before_the_pepper_works_and_is_peppered_at_the_next_sign_in(
        catalog_db: LocalDatabase, clock: FixedClock) -> None:
    old = make_service(catalog_db, fx.fast_hasher(), clock)  # no pepper: an older version
    sam = old.add_staff("Sam Cashier", "cashier", "1111")
    assert not stored_hashes(catalog_db)["Sam Cashier"].startswith(PEPPERED_PREFIX)
    new = make_service(catalog_db, peppered_fast_hasher(), clock)
    with pytest.raises(WrongPin):
        new.check_pin(sam.id, "2222", kind=SIGN_IN)
    assert not stored_hashes(catalog_db)["Sam Cashier"].startswith(PEPPERED_PREFIX)
    assert new.check_pin(sam.id, "1111", kind=SIGN_IN) == sam
    upgraded = stored_hashes(catalog_db)["Sam Cashier"]
    assert upgraded.startswith(PEPPERED_PREFIX)
    assert new.check_pin(sam.id, "1111", kind=SIGN_IN) == sam
    assert stored_hashes(catalog_db)["Sam Cashier"] == upgraded  # once
    assert new.get(sam.id).version == 1  # not an edit of the person


@pytest.mark.parametrize("pin", ["123", "123456789", "12a4", "１２３４", " 1234", ""])
def test_pin_must_be_four_to_eight_digits(staff: StaffService, pin: str) -> None:
    with pytest.raises(InputError) as info:
        staff.add_staff("Sam", "cashier", pin)
    assert str(info.value) == "PIN must be 4 to 8 digits"


def test_names_are_unique_among_active_staff_pins_need_not_be(staff: StaffService) -> None:
    # Sign-in is by person, so two people may share a PIN; telling a manager "that PIN
    # is taken" would say someone's PIN.
    sam = staff.add_staff("Sam Cashier", "cashier", "1111")
    jo = staff.add_staff("Jo Cashier", "cashier", "1111")
    assert staff.check_pin(jo.id, "1111", kind=SIGN_IN) == jo
    assert staff.check_pin(sam.id, "1111", kind=SIGN_IN) == sam
    with pytest.raises(InputError, match="already an active staff member named sam cashier"):
        staff.add_staff("  sam   cashier ", "cashier", "5555")


@pytest.mark.parametrize(("name", "message"), [
    ("   ", "Staff name is required"),
    ("x" * 65, "Staff name is longer than 64 characters"),
    ("Sam\x07", "Staff name contains control characters"),
])
def test_names_are_checked(staff: StaffService, name: str, message: str) -> None:
    with pytest.raises(InputError) as info:
        staff.add_staff(name, "cashier", "1234")
    assert str(info.value) == message


def test_roles(staff: StaffService) -> None:
    assert parse_role(" OWNER ") is Role.OWNER
    with pytest.raises(InputError) as info:
        staff.add_staff("Boss", "boss", "1234")
    assert str(info.value) == "Unknown role 'boss' (one of cashier, supervisor, manager, owner)"


def test_find_names_a_real_person_only(staff: StaffService) -> None:
    alex = staff.add_staff("Alex Manager", "manager", "1234")
    assert staff.find("alex  MANAGER") == alex
    assert staff.find(alex.id) == alex
    with pytest.raises(NotFound, match="No active staff member is called"):
        staff.find("Alex Manager (forged)")


def test_only_a_manager_edits_staff_and_never_above_their_own_role(
        staff: StaffService, catalog_db: LocalDatabase) -> None:
    alex = staff.add_staff("Alex Manager", "manager", "1234")
    pat = staff.add_staff("Pat Supervisor", "supervisor", "3333")
    with pytest.raises(PermissionDenied, match="Manager approval needed: edit staff"):
        staff.add_staff("Kim", "cashier", "4444", by=pat.actor)
    with pytest.raises(PermissionDenied, match="cannot give or change the role owner"):
        staff.add_staff("Kim", "owner", "4444", by=alex.actor)
    kim = staff.add_staff("Kim", "cashier", "4444", by=alex.actor)
    with pytest.raises(PermissionDenied):
        staff.deactivate(alex.id, by=pat.actor)
    staff.change_pin(pat.id, "3434", by=pat.actor)  # one's own PIN
    staff.deactivate(kim.id, by=alex.actor)
    with catalog_db.read() as conn:
        actions = conn.execute(text(
            "SELECT json_extract(detail, '$.change'), actor FROM audit_log WHERE action = "
            "'staff_change' ORDER BY rowid")).all()
    assert [tuple(a) for a in actions] == [("add", alex.id), ("pin", pat.id),
                                           ("deactivate", alex.id)]


def test_deactivated_staff_cannot_sign_in_and_come_back_with_a_new_pin(
        staff: StaffService) -> None:
    sam = staff.add_staff("Sam Cashier", "cashier", "1111")
    gone = staff.deactivate(sam.id)
    # The active flag has its own version (merged apart from name, role and PIN).
    assert (gone.active, gone.version, gone.active_version) == (False, 1, 2)
    with pytest.raises(WrongPin):
        staff.check_pin(sam.id, "1111", kind=SIGN_IN)
    assert staff.list_staff() == []
    assert staff.list_staff(include_inactive=True) == [gone]
    back = staff.reactivate(sam.id, "4444")
    assert back.active
    assert staff.check_pin(sam.id, "4444", kind=SIGN_IN) == back


def test_change_pin(staff: StaffService) -> None:
    sam = staff.add_staff("Sam Cashier", "cashier", "1111")
    staff.change_pin(sam.id, "8642")
    assert staff.check_pin(sam.id, "8642", kind=SIGN_IN).id == sam.id
    with pytest.raises(WrongPin):
        staff.check_pin(sam.id, "1111", kind=SIGN_IN)


def test_concurrent_edits_do_not_overwrite_each_other(staff: StaffService,
                                                      repo: SqliteStaffRepository) -> None:
    sam = staff.add_staff("Sam Cashier", "cashier", "1111")
    repo.update(replace(sam, role=Role.SUPERVISOR))
    with pytest.raises(StaleVersion):
        repo.update(replace(sam, name="Samuel"))  # built from version 1, now at 2


def test_a_damaged_hash_signs_nobody_in(staff: StaffService, catalog_db: LocalDatabase,
                                        caplog: pytest.LogCaptureFixture) -> None:
    sam = staff.add_staff("Sam Cashier", "cashier", "1111")
    with catalog_db.write() as conn:
        conn.execute(StaffRow.__table__.update().values(pin_hash="not-a-hash"))
    with pytest.raises(WrongPin):
        staff.check_pin(sam.id, "1111", kind=SIGN_IN)
    assert "could not be checked" in caplog.text


def test_production_hasher_keeps_argon2_defaults() -> None:
    defaults = PasswordHasher()
    pin_hash = Argon2PinHasher(pepper=lambda: PEPPER).hash("1234")
    expected = f"m={defaults.memory_cost},t={defaults.time_cost},p={defaults.parallelism}"
    assert pin_hash.startswith(PEPPERED_PREFIX + "$argon2id$")
    assert expected in pin_hash
    assert peppered_fast_hasher().verify(pin_hash, "1234")  # parameters travel with the hash
