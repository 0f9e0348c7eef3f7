"""The journal's HMAC chain (domain/journal.py): canonical bytes, chaining, and the
verifier naming the first broken record for each kind of tampering."""

from __future__ import annotations

import dataclasses
import itertools

import pytest

from pos_app.domain.journal import (
    GENESIS,
    BreakKind,
    JournalEntry,
    JournalRecord,
    canonical_bytes,
    chain,
    key_id_of,
    verify_chain,
)

KEY = bytes(range(32))
OTHER_KEY = bytes(range(1, 33))
KEYS = {key_id_of(KEY): KEY}


def build(n: int, key: bytes = KEY, terminal: str = "T1") -> list[JournalRecord]:
    out: list[JournalRecord] = []
    prev = GENESIS
    for seq in range(1, n + 1):
        rec = chain(JournalEntry(action="sale", at=f"2026-12-01T10:00:{seq:02d}+00:00",
                                 id=f"id-{seq}", actor="alice", subject=f"sale-{seq}",
                                 detail=f'{{"total":{seq * 100}}}'),
                    terminal_id=terminal, seq=seq, prev_mac=prev, key=key)
        out.append(rec)
        prev = rec.mac
    return out


def renumber(records: list[JournalRecord]) -> list[JournalRecord]:
    return [dataclasses.replace(r, seq=i) for i, r in enumerate(records, start=1)]


def test_an_untouched_chain_verifies():
    records = build(6)
    report = verify_chain(records, KEYS, terminal_id="T1")
    assert report.ok and report.verified_through == 6 and report.first_break is None
    assert records[0].prev_mac == GENESIS
    assert all(b.prev_mac == a.mac for a, b in itertools.pairwise(records))
    assert "verified, 6 record(s)" in report.summary()


def test_canonical_bytes_are_length_prefixed_and_cover_every_field():
    rec = build(1)[0]
    body = canonical_bytes(rec)
    assert body.startswith(b"\x00\x00\x00\x011\x00\x00\x00\x02T1")
    for field in ("terminal_id", "seq", "id", "at", "actor", "approved_by", "action",
                  "subject", "detail", "key_id"):
        changed = dataclasses.replace(rec, **{field: 7 if field == "seq" else "x"})
        assert canonical_bytes(changed) != body, field
    # None and "" are different values; "ab"+"c" and "a"+"bc" are different splits.
    assert canonical_bytes(dataclasses.replace(rec, actor=None)) != \
        canonical_bytes(dataclasses.replace(rec, actor=""))
    assert canonical_bytes(dataclasses.replace(rec, actor="ab", approved_by="c")) != \
        canonical_bytes(dataclasses.replace(rec, actor="a", approved_by="bc"))


def test_the_key_id_names_the_key_without_revealing_it():
    assert key_id_of(KEY) != key_id_of(OTHER_KEY)
    assert len(key_id_of(KEY)) == 16 and KEY.hex()[:16] != key_id_of(KEY)


def test_an_altered_record_is_named():
    records = build(6)
    records[3] = dataclasses.replace(records[3], detail='{"total":1}')
    report = verify_chain(records, KEYS, terminal_id="T1")
    assert report.first_break is not None
    assert (report.first_break.seq, report.first_break.kind) == (4, BreakKind.MAC_MISMATCH)
    assert report.verified_through == 3 and "altered" in str(report.first_break.message)


def test_a_deleted_record_leaves_a_gap():
    records = build(6)
    del records[2]
    report = verify_chain(records, KEYS, terminal_id="T1")
    assert report.first_break is not None
    assert (report.first_break.seq, report.first_break.kind) == (3, BreakKind.GAP)
    assert "seq 3 missing" in str(report.first_break.message)


def test_a_deleted_record_with_the_rest_renumbered_is_found():
    records = build(6)
    del records[2]
    report = verify_chain(renumber(records), KEYS, terminal_id="T1")
    assert report.first_break is not None
    assert (report.first_break.seq, report.first_break.kind) == (3, BreakKind.DELETED)


def test_an_inserted_record_is_named():
    records = build(6)
    forged = JournalRecord("T1", 4, "forged", records[2].at, "mallory", None, "sale",
                           "sale-x", "{}", records[2].key_id, records[2].mac, "ab" * 32)
    tampered = renumber([*records[:3], forged, *records[3:]])
    report = verify_chain(tampered, KEYS, terminal_id="T1")
    assert report.first_break is not None
    assert (report.first_break.seq, report.first_break.kind) == (4, BreakKind.INSERTED)
    # Chained to nothing in particular: still inserted, because the next one skips it.
    tampered[3] = dataclasses.replace(tampered[3], prev_mac="cd" * 32)
    report = verify_chain(tampered, KEYS, terminal_id="T1")
    assert report.first_break is not None
    assert (report.first_break.seq, report.first_break.kind) == (4, BreakKind.INSERTED)


def test_a_record_added_at_the_end_without_the_key_is_named():
    records = build(4)
    forged = JournalRecord("T1", 5, "forged", records[-1].at, "mallory", None, "void",
                           None, "{}", records[-1].key_id, records[-1].mac, "ab" * 32)
    report = verify_chain([*records, forged], KEYS, terminal_id="T1")
    assert report.first_break is not None
    assert (report.first_break.seq, report.first_break.kind) == (5, BreakKind.MAC_MISMATCH)
    assert "without the key" in str(report.first_break.message)


def test_reordered_records_are_named():
    records = build(6)
    a, b = records[2], records[3]
    swapped = [*records[:2], dataclasses.replace(b, seq=3), dataclasses.replace(a, seq=4),
               *records[4:]]
    report = verify_chain(swapped, KEYS, terminal_id="T1")
    assert report.first_break is not None
    assert (report.first_break.seq, report.first_break.kind) == (3, BreakKind.REORDERED)


def test_a_journal_cut_short_is_found_against_what_is_known():
    records = build(6)
    assert verify_chain(records[:4], KEYS, terminal_id="T1").ok  # the chain alone cannot
    report = verify_chain(records[:4], KEYS, terminal_id="T1", expect_through=6)
    assert report.first_break is not None
    assert (report.first_break.seq, report.first_break.kind) == (5, BreakKind.TRUNCATED)


def test_without_the_key_links_are_checked_and_macs_reported_unverified():
    records = build(5)
    report = verify_chain(records, {}, terminal_id="T1")
    assert not report.ok and not report.broken
    assert report.unverified_from == 1 and report.missing_key == records[0].key_id
    assert "not available" in report.summary()
    del records[1]
    assert verify_chain(records, {}, terminal_id="T1").first_break is not None


def test_a_rotated_key_verifies_with_both_keys():
    old = build(3)
    prev = old[-1].mac
    new = []
    for seq in (4, 5):
        rec = chain(JournalEntry(action="void", at="2026-12-02T10:00:00+00:00",
                                 id=f"n{seq}"), terminal_id="T1", seq=seq, prev_mac=prev,
                    key=OTHER_KEY)
        new.append(rec)
        prev = rec.mac
    both = {**KEYS, key_id_of(OTHER_KEY): OTHER_KEY}
    assert verify_chain(old + new, both, terminal_id="T1").ok
    report = verify_chain(old + new, KEYS, terminal_id="T1")
    assert report.unverified_from == 4 and report.verified_through == 3


@pytest.mark.parametrize("wrong", ["terminal", "duplicate"])
def test_foreign_and_duplicate_records_are_named(wrong):
    records = build(4)
    if wrong == "terminal":
        records[1] = dataclasses.replace(records[1], terminal_id="T2")
        kind = BreakKind.WRONG_TERMINAL
    else:
        records.insert(2, records[1])
        kind = BreakKind.DUPLICATE
    report = verify_chain(records, KEYS, terminal_id="T1")
    assert report.first_break is not None and report.first_break.kind is kind
    assert report.first_break.seq == 2
