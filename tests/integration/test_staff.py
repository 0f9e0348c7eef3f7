"""Staff and PINs on a real SQLite file: Argon2id hashes stored, sign-in and PIN checks."""

from __future__ import annotations

from dataclasses import replace

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from pos_app.adapters.pin_hasher import Argon2PinHasher
from pos_app.adapters.sqlite.schema import StaffRow
from pos_app.adapters.sqlite.staff_repo import SqliteStaffRepository
from pos_app.adapters.sqlite.store import LocalDatabase
from pos_app.domain.errors import InputError, NotFound, PermissionDenied, StaleVersion
from pos_app.domain.permissions import Actor, Role
from pos_app.services.staff import Staff, StaffService, parse_role
from tests.integration import catalog_fixtures as fx

catalog_db = fx.catalog_db  # shared fixture (tests/conftest.py is not ours)


@pytest.fixture
def repo(catalog_db: LocalDatabase) -> SqliteStaffRepository:
    return SqliteStaffRepository(catalog_db)


@pytest.fixture
def staff(repo: SqliteStaffRepository) -> StaffService:
    return StaffService(repo, fx.fast_hasher(), fx.CountingIds())


def stored_hashes(db: LocalDatabase) -> dict[str, str]:
    with db.read() as conn:
        return dict(conn.execute(select(StaffRow.name, StaffRow.pin_hash)).all())


def test_only_an_argon2id_hash_of_the_pin_is_stored(staff: StaffService,
                                                    catalog_db: LocalDatabase) -> None:
    sam = staff.add_staff("Sam Cashier", "cashier", "1111")
    jo = staff.add_staff("Jo Cashier", Role.CASHIER, "22223333")
    hashes = stored_hashes(catalog_db)
    assert hashes["Sam Cashier"].startswith("$argon2id$")
    assert "1111" not in hashes["Sam Cashier"]
    assert "22223333" not in hashes["Jo Cashier"]
    assert PasswordHasher().verify(hashes["Sam Cashier"], "1111")
    assert sam == Staff(sam.id, "Sam Cashier", Role.CASHIER, True, 1)
    assert staff.list_staff() == [jo, sam]  # by name


def test_authenticate_by_pin_alone(staff: StaffService) -> None:
    staff.add_staff("Sam Cashier", "cashier", "1111")
    pat = staff.add_staff("Pat Supervisor", "Supervisor", "3333")
    assert staff.authenticate("3333") == pat
    assert pat.actor == Actor(pat.id, Role.SUPERVISOR)


@pytest.mark.parametrize("pin", ["9999", "111", "", "11111", "abcd", "1111\n"])
def test_a_wrong_pin_is_refused(staff: StaffService, pin: str) -> None:
    staff.add_staff("Sam Cashier", "cashier", "1111")
    with pytest.raises(PermissionDenied) as info:
        staff.authenticate(pin)
    assert str(info.value) == "PIN not recognised; check it and try again"


def test_verify_a_known_staff_members_pin(staff: StaffService) -> None:
    alex = staff.add_staff("Alex Manager", "manager", "1234")
    staff.add_staff("Sam Cashier", "cashier", "1111")
    assert staff.verify(alex.id, "1234") == alex
    with pytest.raises(PermissionDenied) as info:
        staff.verify(alex.id, "1111")  # someone else's PIN is still the wrong PIN
    assert str(info.value) == "Wrong PIN for Alex Manager"
    with pytest.raises(NotFound, match="No staff member with id nobody"):
        staff.verify("nobody", "1234")


@pytest.mark.parametrize("pin", ["123", "123456789", "12a4", "１２３４", " 1234", ""])
def test_pin_must_be_four_to_eight_digits(staff: StaffService, pin: str) -> None:
    with pytest.raises(InputError) as info:
        staff.add_staff("Sam", "cashier", pin)
    assert str(info.value) == "PIN must be 4 to 8 digits"


def test_pins_and_names_are_unique_among_active_staff(staff: StaffService) -> None:
    staff.add_staff("Sam Cashier", "cashier", "1111")
    with pytest.raises(InputError) as info:
        staff.add_staff("Jo Cashier", "cashier", "1111")
    assert str(info.value) == "That PIN is already in use; choose a different PIN"
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


def test_deactivated_staff_cannot_sign_in_and_come_back_with_a_new_pin(
        staff: StaffService) -> None:
    sam = staff.add_staff("Sam Cashier", "cashier", "1111")
    gone = staff.deactivate(sam.id)
    assert (gone.active, gone.version) == (False, 2)
    with pytest.raises(PermissionDenied):
        staff.authenticate("1111")
    with pytest.raises(PermissionDenied, match="Sam Cashier is no longer an active staff member"):
        staff.verify(sam.id, "1111")
    assert staff.list_staff() == []
    assert staff.list_staff(include_inactive=True) == [gone]
    # Meanwhile someone else took 1111; Sam needs a different PIN to come back.
    staff.add_staff("Jo Cashier", "cashier", "1111")
    with pytest.raises(InputError, match="already in use"):
        staff.reactivate(sam.id, "1111")
    back = staff.reactivate(sam.id, "4444")
    assert back.active
    assert staff.authenticate("4444") == back


def test_change_pin(staff: StaffService) -> None:
    sam = staff.add_staff("Sam Cashier", "cashier", "1111")
    staff.change_pin(sam.id, "8642")
    assert staff.authenticate("8642").id == sam.id
    with pytest.raises(PermissionDenied):
        staff.authenticate("1111")
    staff.change_pin(sam.id, "8642")  # the same PIN again is not a clash with oneself


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
    with pytest.raises(PermissionDenied):
        staff.verify(sam.id, "1111")
    assert "could not be checked" in caplog.text


def test_production_hasher_keeps_argon2_defaults() -> None:
    defaults = PasswordHasher()
    pin_hash = Argon2PinHasher().hash("1234")
    expected = f"m={defaults.memory_cost},t={defaults.time_cost},p={defaults.parallelism}"
    assert pin_hash.startswith("$argon2id$")
    assert expected in pin_hash
    assert fx.fast_hasher().verify(pin_hash, "1234")  # parameters travel with the hash
