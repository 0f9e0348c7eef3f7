"""The plan editor through its real widgets: inline validation, the preview of what a plan
would have paid (equal to what the calculator recorded), saving with the version it was
loaded at, and the manager-only rule enforced by the service."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pos_app.adapters.central.repository import CentralAdmin
from pos_app.domain.errors import PermissionDenied
from pos_app.services.commission_reports import ReportPeriod, money_text
from tests.ui.test_backoffice_commission import close_window, make_window, shop

__all__ = ["shop"]


@pytest.fixture
def editor(qtbot, shop):
    win, worker = make_window(qtbot, shop)
    win.show_section("Plans")
    page = win.plans
    qtbot.waitUntil(lambda: page.plan_list is not None and not worker.busy, timeout=10_000)
    yield page
    close_window(qtbot, win, worker)


def central_plan(shop):
    [plan] = CentralAdmin(shop.engine).plans()
    return plan


def test_the_plan_loads_into_the_editor(editor):
    assert editor.list.count() == 1 and editor.list.item(0).text().startswith("Floor staff\n")
    assert (editor.name.text(), editor.plan_id.text(), editor.loaded_version) == \
        ("Floor staff", "floor", 1)
    assert editor.plan_id.isReadOnly()
    assert editor.rules.rows() == [["", "", "", "", "", "percent", "5"]]
    assert editor.tiers_on.isChecked() and editor.tiers.rows() == [["0.00", "0"],
                                                                   ["50.00", "1"]]
    assert editor.bonuses.rows() == [["value", "10000.00", "25.00"]]
    assert {r for r, b in editor.role_boxes.items() if b.isChecked()} == {"cashier",
                                                                          "supervisor"}


def test_mistakes_are_shown_on_their_fields_and_nothing_is_saved(qtbot, editor, shop):
    editor.name.setText("  ")
    editor.rules.set_cell(0, 6, "120")
    editor.tiers.set_cell(0, 0, "10")
    editor.bonuses.set_cell(0, 1, "0")
    editor.staff.setText("Nobody Atall")
    editor.save_button.click()
    assert editor.errors["name"].text() == "Give the plan a name"
    assert editor.errors["name"].isVisible()
    assert editor.name.property("state") == "error"
    assert editor.errors["staff"].text() == "No staff member called “Nobody Atall”"
    assert editor.rules.table.item(0, 6).toolTip() == "Rate: over 100 % is not allowed"
    assert editor.rules.errors.text() == "Row 1: Rate: over 100 % is not allowed"
    assert editor.tiers.table.item(0, 0).toolTip() == "The first tier must start at 0"
    assert "Threshold: must be more than 0" in editor.bonuses.errors.text()
    assert editor.status.text() == "Not saved: fix the fields marked in red."
    assert central_plan(shop).version == 1

    # Errors follow the typing once shown: fixing a field clears its message.
    editor.name.setText("Floor staff")
    assert not editor.errors["name"].isVisible() and editor.name.property("state") == ""
    editor.rules.set_cell(0, 6, "5.5")
    assert editor.rules.errors.text() == ""
    assert editor.rules.table.item(0, 6).toolTip() == ""


def test_preview_pays_what_the_calculator_recorded_and_shows_a_change(qtbot, editor, shop):
    editor.preview_period.setCurrentIndex(1)  # this period so far
    editor.preview_button.click()
    qtbot.waitUntil(lambda: editor.preview_result is not None, timeout=10_000)
    p = editor.preview_result
    ledger = shop.ledger()
    names = shop.names()
    covered = {shop.staff["cashier"], shop.staff["supervisor"]}
    assert {r.staff_id for r in p.rows} == covered
    for r in p.rows:
        assert r.paid == r.would_pay == ledger[r.staff_id]["commission"]
    rows = editor.preview_rows()
    assert rows[-1][0] == "Total" and rows[-1][4] == "$0.00"
    by_name = {r[0]: r for r in rows[:-1]}
    for sid in covered:
        assert by_name[names[sid]][2] == by_name[names[sid]][3] == \
            money_text(ledger[sid]["commission"], "USD")
    assert "1 record(s) of staff this plan does not cover are left out" in \
        editor.preview_notes.text()
    assert central_plan(shop).version == 1  # nothing saved

    # Double the rate: the preview shows more, the service agrees, nothing is saved.
    editor.rules.set_cell(0, 6, "10")
    editor.preview_result = None
    editor.preview_button.click()
    qtbot.waitUntil(lambda: editor.preview_result is not None, timeout=10_000)
    doubled = editor.preview_result
    assert all(r.would_pay > r.paid for r in doubled.rows)
    plan = editor.result.plan
    direct = editor.service.preview(plan, ReportPeriod.of("month", doubled.period.start))
    assert [(r.staff_id, r.would_pay) for r in direct.rows] == \
        [(r.staff_id, r.would_pay) for r in doubled.rows]
    assert central_plan(shop).version == 1


def test_save_then_a_stale_edit_is_refused_clearly(qtbot, editor, shop):
    editor.name.setText("Floor staff 2027")
    editor.rules.set_cell(0, 6, "6")
    editor.save_button.click()
    qtbot.waitUntil(lambda: editor.status.text().startswith("Saved"), timeout=10_000)
    assert editor.status.text().startswith("Saved “Floor staff 2027” as version 2.")
    saved = central_plan(shop)
    assert (saved.version, saved.name, saved.rules[0].rate.value) == (2, "Floor staff 2027",
                                                                      600)
    qtbot.waitUntil(lambda: editor.loaded_version == 2 and not editor.calls._worker.busy,
                    timeout=10_000)

    # Another manager saves meanwhile; this editor still holds version 2.
    CentralAdmin(shop.engine).save_plan(replace(saved, name="Someone else's"),
                                        expected_version=2)
    editor.rules.set_cell(0, 6, "7")
    editor.save_button.click()
    qtbot.waitUntil(lambda: editor.status.text().startswith("Not saved"), timeout=10_000)
    assert "someone else saved “Floor staff 2027” while you were editing (you started from " \
           "version 2; it is now version 3)" in editor.status.text()
    assert editor.reload_button.isVisible()
    assert central_plan(shop).name == "Someone else's"
    editor.reload_button.click()
    qtbot.waitUntil(lambda: editor.loaded_version == 3, timeout=10_000)
    assert editor.name.text() == "Someone else's"


def test_a_new_plan_cannot_take_an_existing_id(qtbot, editor, shop):
    editor.new_button.click()
    assert editor.loaded_version == 0 and not editor.plan_id.isReadOnly()
    editor.name.setText("Floor")
    editor.name.textEdited.emit("Floor")
    assert editor.plan_id.text() == "floor-2"  # made from the name, unique
    editor.plan_id.setText("floor")
    editor.save_button.click()
    qtbot.waitUntil(lambda: editor.status.text().startswith("Not saved"), timeout=10_000)
    assert "a plan with the id “floor” already exists" in editor.status.text()
    editor.plan_id.setText("floor-weekend")
    editor.save_button.click()
    qtbot.waitUntil(lambda: editor.status.text().startswith("Saved"), timeout=10_000)
    assert sorted(p.id for p in CentralAdmin(shop.engine).plans()) == ["floor",
                                                                       "floor-weekend"]


def test_only_managers_and_owners_can_save_whatever_the_screen_allows(qtbot, shop):
    from pos_app.ui.backoffice.plans import PlansPage
    from pos_app.ui.worker import DbWorker

    _reports, plans = shop.backoffice()
    worker = DbWorker()
    page = PlansPage(plans, worker, shop.actor("supervisor"),
                     today=shop.services.commission._today())
    qtbot.addWidget(page)
    page.show()
    try:
        page.load()
        qtbot.waitUntil(lambda: page.plan_list is not None and not worker.busy,
                        timeout=10_000)
        assert not page.save_button.isEnabled()
        assert page.notice.text() == "Only a manager or owner can change commission plans."
        page.save()  # the hidden button bypassed: the service still says no
        qtbot.waitUntil(lambda: page.status.text().startswith("Not saved"), timeout=10_000)
        assert page.status.text() == ("Not saved: A supervisor cannot change commission "
                                      "plans; only a manager or owner can")
        assert central_plan(shop).version == 1
        with pytest.raises(PermissionDenied):
            plans.save(shop.actor("cashier"), central_plan(shop), expected_version=1)
        owner = plans.save(shop.actor("manager"), central_plan(shop), expected_version=1)
        assert owner.version == 2
    finally:
        qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
        worker.shutdown()
