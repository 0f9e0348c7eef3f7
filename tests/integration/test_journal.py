"""The terminal's journal in SQLite: every kind of sensitive action lands in it, in the
transaction of the change; triggers refuse UPDATE and DELETE; `verify-audit` names the
first broken record after each kind of tampering; the key never reaches the database."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event, text
from sqlalchemy.exc import IntegrityError, OperationalError

from pos_app.adapters.journal_key import (
    ENV_KEY,
    KEY_FILENAME,
    KEYRING_SERVICE,
    JournalKeys,
    JournalKeyUnavailable,
    _NoKeyring,
)
from pos_app.adapters.sqlite.journal import SqliteJournal
from pos_app.adapters.sqlite.sale_store import SqliteAuditLog
from pos_app.adapters.sqlite.shift_repo import SqliteShiftRepository
from pos_app.adapters.sqlite.store import LocalDatabase
from pos_app.app.cli import main
from pos_app.domain.errors import DiskFull
from pos_app.domain.journal import GENESIS, BreakKind, key_id_of, verify_chain
from pos_app.domain.permissions import Actor, Role
from pos_app.domain.pricing import Discount, DiscountKind
from pos_app.domain.sale import TenderKind
from pos_app.services.sale_commands import (
    AddItem,
    AddTender,
    Complete,
    OverridePrice,
    RemoveLine,
    ReturnLine,
    ReturnWithoutReceipt,
    SetCartDiscount,
    SetLineDiscount,
    SetQuantity,
    Void,
)
from pos_app.services.shift_service import ShiftService
from tests.conftest import variant

CASHIER = Actor("cashier-1", Role.CASHIER)
SUPERVISOR = Actor("super-1", Role.SUPERVISOR)
MANAGER = Actor("manager-1", Role.MANAGER)
TEST_KEY = bytes.fromhex("7e57" * 16)


def journal(db: LocalDatabase) -> list[dict[str, object]]:
    with db.read() as conn:
        return [dict(r) for r in conn.execute(text(
            "SELECT * FROM journal ORDER BY terminal_id, seq")).mappings()]


def actions(db: LocalDatabase) -> list[str]:
    return [str(r["action"]) for r in journal(db)]


# ---- what lands in the journal -------------------------------------------------------------


def test_sales_refunds_voids_and_line_voids_are_journaled(db, desk):
    s = desk.new_sale(cashier_id="cashier-1")
    s.execute(AddItem(variant(1), 3), actor=CASHIER)
    s.execute(AddItem(variant(2), 1), actor=CASHIER)
    s.execute(RemoveLine(2), actor=CASHIER)
    s.execute(AddTender(TenderKind.CASH, 10_000), actor=CASHIER)
    sold = s.execute(Complete(), actor=CASHIER)
    line = desk.receipt(sold.receipt_no).lines[0]

    r = desk.new_sale(cashier_id="cashier-1")
    r.execute(ReturnLine(line.line, line.returned, 1), actor=CASHIER)
    r.execute(AddTender(TenderKind.CASH, r.settlement().remaining), actor=CASHIER)
    r.execute(Complete(), actor=CASHIER)

    v = desk.new_sale(cashier_id="cashier-1")
    v.execute(AddItem(variant(3)), actor=CASHIER)
    v.execute(Void(reason="customer left"), actor=CASHIER, approver=SUPERVISOR)

    rows = journal(db)
    assert [r_["action"] for r_ in rows] == ["line_void", "sale", "refund", "void"]
    assert [r_["seq"] for r_ in rows] == [1, 2, 3, 4]
    assert {r_["terminal_id"] for r_ in rows} == {"T1"}
    line_void, sale, refund, void = rows
    assert json.loads(str(line_void["detail"]))["sku"] == "SKU-00002"
    assert line_void["actor"] == "cashier-1" and line_void["subject"] == s.id
    detail = json.loads(str(sale["detail"]))
    assert detail["receipt_no"] == sold.receipt_no and detail["total"] > 0
    assert detail["payments"] == [["cash", detail["total"]]]
    assert json.loads(str(refund["detail"]))["total"] < 0
    assert (void["actor"], void["approved_by"]) == ("cashier-1", "super-1")
    assert json.loads(str(void["detail"]))["reason"] == "customer left"
    assert sale["at"] == "2026-11-27T09:00:00.000000+00:00"  # the injected clock's time
    assert verify_chain(SqliteJournal(db).records("T1"), {key_id_of(TEST_KEY): TEST_KEY},
                        terminal_id="T1").ok


def test_discounts_under_and_over_the_limit_are_told_apart(db, desk):
    s = desk.new_sale(cashier_id="cashier-1")
    s.execute(AddItem(variant(1), 2))
    s.execute(SetLineDiscount(1, Discount(DiscountKind.PERCENT, 500)), actor=CASHIER)
    s.execute(SetLineDiscount(1, Discount(DiscountKind.PERCENT, 2500)), actor=CASHIER,
              approver=MANAGER)
    s.execute(SetCartDiscount(Discount(DiscountKind.AMOUNT, 100)), actor=CASHIER)
    s.execute(SetLineDiscount(1, None), actor=CASHIER)
    s.execute(OverridePrice(1, 999), actor=CASHIER, approver=SUPERVISOR)
    rows = journal(db)
    assert [(r["action"], r["approved_by"]) for r in rows] == [
        ("discount", None),
        ("discount_over_limit", "manager-1"),
        ("discount", None),
        ("discount_cleared", None),
        ("price_override", "super-1"),
    ]
    first = json.loads(str(rows[0]["detail"]))
    assert (first["scope"], first["line_no"], first["value"]) == ("line", 1, 500)
    assert json.loads(str(rows[2]["detail"]))["scope"] == "cart"
    assert json.loads(str(rows[4]["detail"]))["list_price"] == 1999
    # The audit log's readers see the same rows (a view since 0009_journal).
    with db.read() as conn:
        old = conn.execute(text("SELECT action, approved_by FROM audit_log "
                                "WHERE action LIKE 'discount%' ORDER BY at, id")).all()
    assert ("discount_over_limit", "manager-1") in old and ("discount", None) in old


def test_post_voids_returns_without_receipt_and_approvals_are_journaled(db, desk):
    s = desk.new_sale(cashier_id="cashier-1")
    s.execute(AddItem(variant(4)))
    s.execute(SetQuantity(1, 2), actor=CASHIER, approver=SUPERVISOR)  # an approval
    s.execute(AddTender(TenderKind.CARD, s.settlement().remaining, "AUTH"))
    s.execute(Complete())
    desk.post_void(s.id, actor=CASHIER, approver=MANAGER)
    n = desk.new_sale(cashier_id="cashier-1")
    n.execute(ReturnWithoutReceipt(variant(5)), actor=CASHIER, approver=SUPERVISOR)
    rows = journal(db)
    assert [(r["action"], r["approved_by"]) for r in rows] == [
        ("approval", "super-1"), ("sale", None), ("post_void", "manager-1"),
        ("return_no_receipt", "super-1")]
    assert json.loads(str(rows[0]["detail"]))["command"] == "set_quantity"
    assert json.loads(str(rows[2]["detail"]))["post_void_of"] == s.id


def test_a_record_exists_exactly_when_its_change_does(db, desk):
    s = desk.new_sale()
    s.execute(AddItem(variant(1)))

    def fail_on_sold_lines(_c, _cur, statement, *_a):
        if statement.lstrip().upper().startswith("INSERT INTO SOLD_LINE"):
            raise sqlite3.OperationalError("database or disk is full")

    s.execute(AddTender(TenderKind.CASH, 5000))
    event.listen(db.writer, "before_cursor_execute", fail_on_sold_lines)
    try:
        with pytest.raises(DiskFull):
            s.execute(Complete())
    finally:
        event.remove(db.writer, "before_cursor_execute", fail_on_sold_lines)
    assert journal(db) == []
    s.execute(Complete())
    assert actions(db) == ["sale"]


def test_shift_open_cash_movements_and_close_are_journaled(db, clock, ids):
    from pos_app.adapters.sqlite.staff_repo import SqliteStaffRepository
    from pos_app.services.staff import Staff

    SqliteStaffRepository(db).add(Staff("alice", "Alice", Role.MANAGER), "x")
    shifts = ShiftService(SqliteShiftRepository(db), clock, ids, "T1", "USD")
    shift = shifts.open_shift("alice", 10_000)
    shifts.cash_in("alice", 2_000, "change from the safe")
    shifts.cash_out("alice", 500, "window cleaner")
    shifts.close_shift("alice", {"cash": 11_500})
    rows = journal(db)
    assert [r["action"] for r in rows] == ["shift_open", "cash_in", "cash_out", "shift_close"]
    assert {r["terminal_id"] for r in rows} == {"T1"} and rows[0]["subject"] == shift.id
    assert json.loads(str(rows[2]["detail"]))["reason"] == "window cleaner"
    assert json.loads(str(rows[3]["detail"]))["z_no"] == 1


def test_audit_appends_drawer_sign_in_failures_imports_go_to_the_journal(db, clock, ids):
    log = SqliteAuditLog(db, clock, ids, terminal_id="T1")
    log.append(actor="manager-1", action="open_drawer", subject=None,
               detail='{"reason":"no sale"}', approved_by=None)
    log.append(actor=None, action="pin_failed", subject="cashier-1",
               detail='{"kind":"sign_in"}', approved_by=None)
    # An audit sink built without a terminal (an older caller) joins the database's own.
    SqliteAuditLog(db, clock, ids).append(actor="manager-1", action="count_stock",
                                          subject="SKU-1", detail="{}", approved_by=None)
    rows = journal(db)
    assert [(r["terminal_id"], r["seq"], r["action"]) for r in rows] == [
        ("T1", 1, "open_drawer"), ("T1", 2, "pin_failed"), ("T1", 3, "count_stock")]
    assert rows[1]["prev_mac"] == rows[0]["mac"] and rows[0]["prev_mac"] == GENESIS


def test_a_catalog_import_is_journaled_with_its_counts(db, clock, ids, tmp_path):
    from pos_app.adapters.sqlite.catalog_repo import SqliteCatalogRepository
    from pos_app.services.catalog import CatalogService

    csv = tmp_path / "prices.csv"
    csv.write_text("sku,barcode,title,price,tax_class\nA-1,,Apples,1.99,standard\n",
                   encoding="utf-8")
    catalog = CatalogService(SqliteCatalogRepository(db, clock=clock), ids=ids,
                             currency="USD")
    catalog.import_by(MANAGER, csv, audit=SqliteAuditLog(db, clock, ids, terminal_id="T1"))
    (row,) = journal(db)
    assert row["action"] in ("catalog_import", "import_catalog")
    assert (row["actor"], row["subject"]) == ("manager-1", "prices.csv")
    assert json.loads(str(row["detail"]))["rows"] == 1


def test_staff_changes_are_journaled_without_pins(db, clock, ids):
    from pos_app.adapters.sqlite.staff_repo import SqliteStaffRepository
    from pos_app.services.staff import StaffService
    from tests.integration.catalog_fixtures import fast_hasher

    staff = StaffService(SqliteStaffRepository(db), fast_hasher(), ids, clock=clock,
                         terminal_id="T1", audit=SqliteAuditLog(db, clock, ids,
                                                                terminal_id="T1"))
    owner = Actor("owner-1", Role.OWNER)
    kim = staff.add_staff("Kim Lee", "cashier", "4321", by=owner)
    staff.change_pin(kim.id, "8765", by=owner)
    staff.deactivate(kim.id, by=owner)
    rows = journal(db)
    assert len(rows) == 3 and {(r["actor"], r["subject"]) for r in rows} == \
        {("owner-1", kim.id)}
    assert all(str(r["action"]).startswith("staff_") for r in rows)
    assert not any("4321" in str(r["detail"]) or "8765" in str(r["detail"]) or
                   "argon2" in str(r["detail"]) for r in rows)


def test_a_saved_commission_plan_is_journaled(db, clock, ids):
    from dataclasses import replace

    from pos_app.app.backoffice import DEMO_PLANS
    from pos_app.domain.errors import PermissionDenied
    from pos_app.services.commission_plans import PlanService

    class CentralPlans:
        def save_plan(self, plan, *, expected_version, by):
            return replace(plan, version=expected_version + 1)

    plans = PlanService(CentralPlans(), None, None,  # type: ignore[arg-type]
                        audit=SqliteAuditLog(db, clock, ids, terminal_id="T1"))
    with pytest.raises(PermissionDenied):
        plans.save(CASHIER, DEMO_PLANS[0], expected_version=0)
    saved = plans.save(MANAGER, DEMO_PLANS[0], expected_version=3)
    (row,) = journal(db)
    assert (row["action"], row["actor"], row["subject"]) == ("plan_change", "manager-1",
                                                             saved.id)
    detail = json.loads(str(row["detail"]))
    assert (detail["version"], detail["created"], detail["name"]) == (4, False, saved.name)


def test_settings_changes_are_journaled_when_the_till_starts(tmp_path):
    from pos_app.app.context import open_context
    from pos_app.app.wiring import build_services

    cfg = tmp_path / "config.toml"

    def start(bp: int) -> list[dict[str, object]]:
        cfg.write_text(f'[terminal]\nid = "T1"\n\n[store]\ncashier_max_discount_bp = {bp}\n',
                       encoding="utf-8")
        ctx = open_context(data_dir=tmp_path / "data", config_path=cfg, demo=True)
        try:
            build_services(ctx)
            return [r for r in journal(ctx.db) if r["action"] == "settings_change"]
        finally:
            ctx.close()

    (first,) = start(1000)
    detail = json.loads(str(first["detail"]))
    assert detail["first"] and detail["settings"]["store.cashier_max_discount_bp"] == 1000
    assert len(start(1000)) == 1  # nothing changed, nothing journaled
    rows = start(500)
    assert len(rows) == 2
    assert json.loads(str(rows[1]["detail"]))["changed"] == {
        "store.cashier_max_discount_bp": [1000, 500]}
    # As a manager reads them: what changed, from what to what; never a raw dict or flag.
    from pos_app.services.journal import detail_text

    assert detail_text(str(first["detail"]), "USD") == "settings recorded at first start"
    assert detail_text(str(rows[1]["detail"]), "USD") == \
        "changed store.cashier_max_discount_bp: 1000 → 500"


def test_the_counter_journals_refused_pins_the_drawer_and_its_shift(tmp_path):
    from pos_app.domain.errors import PosError
    from pos_app.services.demo_data import DEMO_STAFF
    from tests.ui.conftest import make_terminal

    t = make_terminal(tmp_path / "data")  # a demo till with a shift opened
    try:
        counter = t.services.counter
        staff = {s.role.value: s for s in t.services.staff.list_staff()}
        wrong = next(p for p in ("9731", "8642", "7531") if p not in
                     {d.pin for d in DEMO_STAFF})
        with pytest.raises(PosError):
            counter.login(wrong, staff["cashier"].id)
        counter.login(t.pin("manager"), staff["manager"].id)
        counter.open_drawer()
        rows = journal(t.ctx.db)
        by_action = {str(r["action"]): r for r in rows}
        refused = by_action.get("pin_failed") or by_action["login_failed"]
        assert refused["subject"] == staff["cashier"].id
        assert wrong not in str(refused["detail"])
        assert by_action["open_drawer"]["actor"] == staff["manager"].id
        assert by_action["shift_open"]["terminal_id"] == "T1"
        assert "settings_change" in by_action
        assert [r["seq"] for r in rows] == list(range(1, len(rows) + 1))
        assert verify_chain(SqliteJournal(t.ctx.db).records("T1"),
                            {key_id_of(TEST_KEY): TEST_KEY}, terminal_id="T1").ok
    finally:
        t.ctx.close()


# ---- the journal cannot be edited --------------------------------------------------------------


def test_triggers_refuse_update_and_delete(db, clock, ids):
    SqliteAuditLog(db, clock, ids, terminal_id="T1").append(
        actor="a", action="open_drawer", subject=None, detail="{}", approved_by=None)
    for sql in ("UPDATE journal SET actor = 'b'", "DELETE FROM journal",
                "INSERT INTO audit_log_legacy (id, at, action, detail) "
                "VALUES ('x', '2026', 'void', '{}')"):
        with pytest.raises(IntegrityError, match="cannot be changed or deleted"), \
                db.write() as conn:
            conn.execute(text(sql))
    with pytest.raises(OperationalError, match="cannot modify audit_log because it is a view"), \
            db.write() as conn:
        conn.execute(text("DELETE FROM audit_log"))
    assert actions(db) == ["open_drawer"]


def test_old_audit_rows_are_kept_read_only_after_the_upgrade(tmp_path):
    from alembic import command

    from pos_app.adapters.sqlite.migrate import alembic_config

    data = tmp_path / "data"
    db = LocalDatabase(data, run_migrations=False)
    cfg = alembic_config()
    with db.writer.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0006_commission_originals_cache")
        conn.execute(text("INSERT INTO audit_log (id, at, actor, action, subject, detail, "
                          "approved_by) VALUES ('old-1', '2026-01-01', 'a', 'void', 's', "
                          "'{}', 'm')"))
    db.migrate()
    with db.read() as conn:
        assert conn.execute(text("SELECT id, action FROM audit_log")).all() == \
            [("old-1", "void")]
    for sql in ("DELETE FROM audit_log_legacy", "UPDATE audit_log_legacy SET actor = 'b'"):
        with pytest.raises(IntegrityError, match="cannot be changed"), db.write() as conn:
            conn.execute(text(sql))
    db.close()


# ---- verify-audit and tampering -----------------------------------------------------------------


@pytest.fixture
def till(tmp_path, clock, ids):
    """A data directory with a config and ten journal records of terminal T1."""
    cfg = tmp_path / "config.toml"
    cfg.write_text('[terminal]\nid = "T1"\n', encoding="utf-8")
    data = tmp_path / "data"
    assert main(["init", "--data-dir", str(data), "--config", str(cfg)]) == 0
    db = LocalDatabase(data)
    log = SqliteAuditLog(db, clock, ids, terminal_id="T1")
    for i in range(10):
        clock.advance(minutes=1)
        log.append(actor="manager-1", action="open_drawer", subject=None,
                   detail=json.dumps({"n": i}), approved_by=None)
    yield data, cfg, db
    db.close()


def verify(data: Path, cfg: Path, capsys, *extra: str) -> tuple[int, str]:
    code = main(["verify-audit", "--data-dir", str(data), "--config", str(cfg), *extra])
    return code, capsys.readouterr().out


def tamper(db: LocalDatabase, *statements: str) -> None:
    """What someone with the database file (and no key) can do: drop the triggers."""
    with db.write() as conn:
        conn.exec_driver_sql("DROP TRIGGER journal_no_update")
        conn.exec_driver_sql("DROP TRIGGER journal_no_delete")
        for sql in statements:
            conn.exec_driver_sql(sql)


def test_verify_audit_passes_an_untouched_journal(till, capsys):
    data, cfg, _db = till
    code, out = verify(data, cfg, capsys)
    assert code == 0, out
    assert "verified, 10 record(s), seq 1 to 10" in out and "Result: verified" in out
    code, out = verify(data, cfg, capsys, "--json")
    assert code == 0 and json.loads(out)["terminals"][0]["verified_through"] == 10


@pytest.mark.parametrize(("statements", "seq", "kind"), [
    (["UPDATE journal SET detail = '{\"n\":99}' WHERE seq = 4"], 4, BreakKind.MAC_MISMATCH),
    (["UPDATE journal SET actor = 'someone-else' WHERE seq = 7"], 7, BreakKind.MAC_MISMATCH),
    (["DELETE FROM journal WHERE seq = 5"], 5, BreakKind.GAP),
    (["DELETE FROM journal WHERE seq = 5",
      "UPDATE journal SET seq = seq - 1 WHERE seq > 5"], 5, BreakKind.DELETED),
    (["UPDATE journal SET seq = -3 WHERE seq = 3", "UPDATE journal SET seq = 3 WHERE seq = 4",
      "UPDATE journal SET seq = 4 WHERE seq = -3"], 3, BreakKind.REORDERED),
    (["UPDATE journal SET seq = seq + 100 WHERE seq >= 6",
      "UPDATE journal SET seq = seq - 99 WHERE seq >= 106",
      "INSERT INTO journal SELECT terminal_id, 6, 'forged', at, 'mallory', NULL, "
      "'open_drawer', NULL, '{}', key_id, mac, prev_mac FROM journal WHERE seq = 5"],
     6, BreakKind.INSERTED),
])
def test_verify_audit_names_the_first_broken_record(till, capsys, statements, seq, kind):
    data, cfg, db = till
    tamper(db, *statements)
    code, out = verify(data, cfg, capsys)
    assert code == 3, out
    assert f"BROKEN at seq {seq} ({kind.value})" in out
    assert f"verified up to seq {seq - 1} of" in out


def test_records_cut_off_the_end_are_found_once_pushed(till, capsys):
    data, cfg, db = till
    feed = SqliteJournal(db)
    last = feed.records("T1")[-1]
    feed.mark_pushed("T1", last.seq, last.mac)  # as the central push does
    tamper(db, "DELETE FROM journal WHERE seq > 8")
    code, out = verify(data, cfg, capsys)
    assert code == 3 and "BROKEN at seq 9 (truncated)" in out


def test_without_the_key_the_chain_is_not_called_verified(till, capsys, monkeypatch):
    data, cfg, _db = till
    monkeypatch.setenv(ENV_KEY, "ab" * 32)  # another key: the journal's is not at hand
    code, out = verify(data, cfg, capsys)
    assert code == 4, out
    assert "not available here" in out and "Result: intact, not every MAC" in out


# ---- the key -------------------------------------------------------------------------------------


class FakeKeyring:
    def __init__(self, *, broken: bool = False) -> None:
        self.values: dict[tuple[str, str], str] = {}
        self.broken = broken

    def get(self, service: str, user: str) -> str | None:
        if self.broken:
            raise _NoKeyring("no backend")
        return self.values.get((service, user))

    def set(self, service: str, user: str, value: str) -> None:
        if self.broken:
            raise _NoKeyring("no backend")
        self.values[(service, user)] = value


def test_the_key_is_created_in_the_keyring_on_first_need(tmp_path):
    ring = FakeKeyring()
    keys = JournalKeys(env={}, keyring_get=ring.get, keyring_set=ring.set)
    key = keys.signing_key(tmp_path, "T7")
    assert ring.values[(KEYRING_SERVICE, "T7")] == key.hex() and len(key) == 32
    assert keys.signing_key(tmp_path, "T7") == key  # cached, and stable
    assert not (tmp_path / KEY_FILENAME).exists()
    assert keys.verification_keys(None, "T7") == {key_id_of(key): key}


def test_with_no_keyring_the_key_is_a_0600_file_in_the_data_dir(tmp_path):
    keys = JournalKeys(env={}, keyring_get=FakeKeyring(broken=True).get,
                       keyring_set=FakeKeyring(broken=True).set)
    key = keys.signing_key(tmp_path, "T1")
    path = tmp_path / KEY_FILENAME
    assert path.stat().st_mode & 0o777 == 0o600
    assert bytes.fromhex(path.read_text().strip()) == key
    # A later keyring does not replace it: the existing file wins, the chain goes on.
    ring = FakeKeyring()
    again = JournalKeys(env={}, keyring_get=ring.get, keyring_set=ring.set)
    assert again.signing_key(tmp_path, "T1") == key and not ring.values
    path.chmod(0o644)
    assert JournalKeys(env={}, keyring_get=ring.get).signing_key(tmp_path, "T2") == key
    assert path.stat().st_mode & 0o777 == 0o600


def test_the_environment_key_wins_and_bad_keys_are_refused(tmp_path):
    keys = JournalKeys(env={ENV_KEY: "11" * 32}, keyring_get=FakeKeyring(broken=True).get)
    assert keys.signing_key(tmp_path, "T1") == bytes.fromhex("11" * 32)
    with pytest.raises(JournalKeyUnavailable, match="too short"):
        JournalKeys(env={ENV_KEY: "short"}).signing_key(tmp_path, "T1")


def test_the_key_never_reaches_the_database(tmp_path, clock, ids, monkeypatch):
    monkeypatch.delenv(ENV_KEY)
    from pos_app.adapters import journal_key

    ring = FakeKeyring()
    journal_key.set_default_keys(JournalKeys(keyring_get=ring.get, keyring_set=ring.set))
    try:
        db = LocalDatabase(tmp_path / "data")
        SqliteAuditLog(db, clock, ids, terminal_id="T1").append(
            actor="a", action="open_drawer", subject=None, detail="{}", approved_by=None)
        db.close()
    finally:
        journal_key.set_default_keys(None)
    secret = ring.values[(KEYRING_SERVICE, "T1")]
    for f in (tmp_path / "data").iterdir():
        raw = f.read_bytes()
        assert secret.encode() not in raw and bytes.fromhex(secret) not in raw, f.name


def test_the_key_is_found_before_the_first_write_not_during_it(tmp_path, clock, ids,
                                                              monkeypatch):
    from pos_app.adapters import journal_key
    from pos_app.adapters.sqlite.journal import warm_key

    monkeypatch.delenv(ENV_KEY)
    ring = FakeKeyring()
    asked: list[str] = []

    def get(service: str, user: str) -> str | None:
        asked.append(user)
        return ring.get(service, user)

    journal_key.set_default_keys(JournalKeys(keyring_get=get, keyring_set=ring.set))
    db = LocalDatabase(tmp_path / "data")
    try:
        warm_key(db, "T1")  # at start (journal_settings, from build_services)
        assert asked == ["T1"]
        SqliteAuditLog(db, clock, ids, terminal_id="T1").append(
            actor="a", action="open_drawer", subject=None, detail="{}", approved_by=None)
        assert asked == ["T1"]  # the write transaction did not wait on the keyring
    finally:
        journal_key.set_default_keys(None)
        db.close()
