"""The push pipeline (a batch read ahead, one at the central store, the previous one
acknowledged meanwhile) and the record checks it makes once: what a drop mid-backlog
leaves, and digests equal to those of the canonical payload however it was written."""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from pos_app.domain.commission import (
    CommissionRecord,
    RecordKind,
    RecordStatus,
    canonical_json,
    digest,
)
from pos_app.domain.errors import InputError
from pos_app.services.central_sync import (
    CentralSync,
    CentralUnavailable,
    OutboxItem,
    PushItem,
    TerminalIdentity,
    _stored_record,
    parse_batch,
    prepare,
)

from .test_commission_sync_service import CLOCK, ME, FakeCentral, FakeOutbox

RECORD = CommissionRecord(
    id="r1", version=2, kind=RecordKind.SALE, status=RecordStatus.OK, staff_id="ana",
    currency="USD", at="2026-11-27T09:00:00.000000+00:00", terminal_id="T1", amount=120,
    base=3000, units=1, rate_part=120, share_bp=10_000, line_quantity=1, sale_id="s1",
    line_no=1, plan_id="floor", plan_version=1, period_start=date(2026, 11, 1),
    sku="SKU-1", reason="Señal")


def _item(text: str) -> OutboxItem:
    return OutboxItem(7, "op7", "commission_record", "s1", text, "x")


def test_a_record_written_by_the_ledger_is_serialised_once_with_the_same_digest():
    text = canonical_json(RECORD.to_dict())  # as the ledger writes it
    item = prepare(_item(text))
    assert item.record == RECORD and item.record_json == text
    assert item.digest == digest(canonical_json(json.loads(text)))


def test_a_payload_written_another_way_keeps_the_digest_of_its_canonical_json():
    d = RECORD.to_dict()
    spaced = json.dumps(dict(reversed(list(d.items()))), indent=1)  # unsorted, spaced
    item = prepare(_item(spaced))
    assert item.digest == digest(canonical_json(d)) and item.record == RECORD
    short = {k: v for k, v in d.items() if k not in ("reason", "spiff_part")}
    item = prepare(_item(json.dumps(short)))
    # The digest is the payload's as written (nothing defaulted into it); the record
    # sent is the whole record, defaults included.
    assert item.digest == digest(canonical_json(short)) != digest(canonical_json(d))
    assert json.loads(item.record_json) == {**d, "reason": "", "spiff_part": 0}


def test_events_carry_no_digest():
    assert prepare(OutboxItem(1, "op1", "sale", "s1", '{"n": 1}', "x")).digest == ""


class DropsOnThirdBatch(FakeCentral):
    def __init__(self) -> None:
        super().__init__()
        self.threads: set[str] = set()

    def push(self, identity: TerminalIdentity, items: Sequence[PushItem]) -> None:
        self.threads.add(threading.current_thread().name)
        if self.calls == 2:
            self.calls += 1
            raise CentralUnavailable("connection dropped")
        super().push(identity, items)


def test_a_drop_mid_backlog_keeps_what_landed_acked_and_the_rest_pending():
    outbox, central = FakeOutbox(25), DropsOnThirdBatch()
    summary = CentralSync(outbox, central, ME, CLOCK, batch_size=5).sync_once()
    assert summary.error == "connection dropped" and summary.pushed == 10
    assert central.stored == list(range(1, 11))
    assert [s for s, v in outbox.status.items() if v == "acked"] == list(range(1, 11))
    assert summary.pending_left == 15
    # The batch in flight counts a failed attempt; the one read ahead is untouched.
    assert set(outbox.errors) == set(range(11, 16))
    assert central.threads and threading.current_thread().name not in central.threads
    # Back: everything after the drop goes, in order, exactly once.
    assert CentralSync(outbox, FakeCentral(), ME, CLOCK, batch_size=5).sync_once(
        force=True).pushed == 15
    assert set(outbox.status.values()) == {"acked"}


def test_a_batch_parsed_at_once_checks_each_row_as_parsed_alone():
    """Texts that only make sense together ('[1', '2]') or a payload another writer
    formatted are each prepared from their own text, exactly as one at a time."""
    good = canonical_json(RECORD.to_dict())
    spaced = json.dumps(RECORD.to_dict(), indent=1)
    # Joined, the two bad texts make two objects: as many values as texts.
    bad = [OutboxItem(1, "o1", "commission_record", "a", '{"id": [1', "x"),
           OutboxItem(2, "o2", "commission_record", "a", '2]}, {"id": "r1"}', "x")]
    rows = [OutboxItem(3, "o3", "commission_record", "s1", good, "x"),
            OutboxItem(4, "o4", "sale", "s1", '{"n": 1}', "x"),
            OutboxItem(5, "o5", "commission_record", "s1", spaced, "x")]
    assert parse_batch(bad + rows)[:2] == [{"id": [1, 2]}, {"id": "r1"}]
    ready, refused = CentralSync._prepare(None, bad + rows)  # type: ignore[arg-type]
    assert set(refused) == {1, 2} and "not JSON" in refused[1]
    assert ready == [prepare(r) for r in rows]
    assert ready[0].record_json == good and ready[2].digest == ready[0].digest


def _stored(seq: int, text: str, stored_digest: str | None) -> OutboxItem:
    return OutboxItem(seq, f"op{seq}", "commission_record", "s1", text, "x", stored_digest)


def test_a_row_whose_stored_digest_holds_is_sent_as_stored_without_serialising(monkeypatch):
    good = canonical_json(RECORD.to_dict())
    # Braces, colons, commas and spaces inside strings are the strings' own.
    odd = canonical_json(replace(RECORD, reason="a: {b}, [c] ,d:-0", sku="-0").to_dict())
    rows = [_stored(1, good, digest(good)), _stored(2, good, digest(good)),
            _stored(3, odd, digest(odd))]
    expected = [prepare(r) for r in rows]  # the full check finds the same

    def never(_: object) -> str:
        raise AssertionError("serialised again")

    monkeypatch.setattr("pos_app.services.central_sync.canonical_json", never)
    # Nor parsed, nor built into a record: checked on the text.
    monkeypatch.setattr("pos_app.services.central_sync.parse_batch", never)
    monkeypatch.setattr(CommissionRecord, "from_dict", never)
    ready, refused = CentralSync._prepare(None, rows)  # type: ignore[arg-type]
    assert not refused and ready == expected
    assert ready[0].record_json is good and ready[0].digest == digest(good)
    assert [(i.record_id, i.version) for i in ready] == [("r1", 2)] * 3


def test_every_kind_of_record_the_ledger_writes_is_sent_as_stored_as_prepare_makes_it():
    """Sales, clawbacks (negative), needs-review rows, tier adjustments and bonuses, with
    and without their optional fields: the text check finds what the full check finds."""
    records = [
        RECORD,
        replace(RECORD, id="c1", kind=RecordKind.CLAWBACK, amount=-120, rate_part=-120,
                base=-3000, units=-1, of_record="r1", return_of_sale="s1",
                return_of_line=1, version=1),
        replace(RECORD, id="n1", status=RecordStatus.NEEDS_REVIEW, amount=0, rate_part=0,
                plan_id=None, plan_version=None, period_start=None, reason="no plan"),
        replace(RECORD, id="t1", kind=RecordKind.TIER_ADJUSTMENT, sale_id=None,
                line_no=None, sku=None, amount=35, rate_part=0, reason=""),
        replace(RECORD, id="b1", kind=RecordKind.BONUS, sale_id=None, line_no=None,
                sku=None, amount=5000, rate_part=0, spiff_part=0, share_bp=0),
    ]
    rows = [_stored(n, t, digest(t)) for n, t in
            enumerate((canonical_json(r.to_dict()) for r in records), 1)]
    for row, record in zip(rows, records, strict=True):
        fast = _stored_record(row)
        assert fast is not None and fast == prepare(row) and fast.record == record


def test_a_stored_text_that_fails_the_record_checks_is_refused_as_prepare_refuses_it():
    """A text of the ledger's shape whose digest holds but whose record would be
    refused (or whose date is no date) gets what the full check says, never sent."""
    d = RECORD.to_dict()
    bad = {"version 0": d | {"version": 0}, "parts": d | {"amount": 999},
           "no line": d | {"line_no": None}, "currency": d | {"currency": "U$D"},
           "date": d | {"period_start": "2026-13-01"},
           "clawback": d | {"kind": "clawback", "of_record": None}}
    rows = [_stored(n, t, digest(t)) for n, t in
            enumerate((canonical_json(v) for v in bad.values()), 1)]
    ready, refused = CentralSync._prepare(None, rows)  # type: ignore[arg-type]
    assert not ready and len(refused) == len(bad)
    for row in rows:
        try:
            prepare(row)
        except InputError as exc:
            assert refused[row.seq] == f"refused before sending: {exc}"
        else:
            raise AssertionError(f"prepare took {row.payload}")


def test_a_stored_digest_that_does_not_hold_is_checked_in_full_and_flagged(caplog):
    good = canonical_json(RECORD.to_dict())
    other = RECORD.to_dict() | {"amount": 130, "rate_part": 130}
    changed = canonical_json(other)  # the text changed, the digest of the old one kept
    invalid = canonical_json(RECORD.to_dict() | {"amount": 999})
    spaced = json.dumps(RECORD.to_dict(), indent=1)
    rows = [_stored(1, changed, digest(good)), _stored(2, invalid, digest(good)),
            # digests of texts that are not canonical (another writer's): each is sent
            # with its record's canonical text and digest, as if it had none
            _stored(3, spaced, digest(spaced)),
            _stored(4, good, None), _stored(5, good, digest(good))]
    d = RECORD.to_dict()
    odd = [json.dumps(d, sort_keys=True, separators=(", ", ":"), ensure_ascii=False),
           json.dumps(d, sort_keys=True, separators=(",", ":")),  # Señal escaped
           canonical_json({k: v for k, v in d.items() if k != "reason"}),
           good.replace('"line_no":1,', '"line_no":1.0,'),  # a float: as it is
           good.replace('"spiff_part":0', '"spiff_part":-0'),
           good[:-1] + ',"sku":"SKU-1"}']  # a key twice
    rows += [_stored(10 + n, t, digest(t)) for n, t in enumerate(odd)]
    ready, refused = CentralSync._prepare(None, rows)  # type: ignore[arg-type]
    assert set(refused) == {2} and "parts do not add up" in refused[2]
    by_seq = {i.seq: i for i in ready}
    assert by_seq[1].digest == digest(changed) and by_seq[1].record.amount == 130
    assert by_seq[3].digest == digest(good) and by_seq[3].record_json == good
    assert by_seq[4] == prepare(rows[3]) and by_seq[5].digest == digest(good)
    for n, t in enumerate(odd):
        sent = by_seq.get(10 + n)
        if sent is None:  # refused (a float where a whole number belongs)
            assert 10 + n in refused
            continue
        # Checked in full: the digest of its canonical JSON, the record's whole text.
        assert sent.digest == digest(canonical_json(json.loads(t)))
        assert sent.record_json == canonical_json(sent.record.to_dict())
        assert sent == prepare(rows[len(rows) - len(odd) + n])
    flagged = [r.getMessage() for r in caplog.records if "digest stored" in r.getMessage()]
    assert len(flagged) == 2 and "row 1" in flagged[0] and "row 2" in flagged[1]
