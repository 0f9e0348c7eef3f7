"""The tamper-evident journal: what a record is, its canonical bytes, its HMAC chain,
and how a chain is verified.

In the spirit of the fiscal journals European tills keep (KassenSichV's TSE log, NF525's
chained signatures): every sensitive action of a terminal is a record numbered 1, 2,
3, ... on that terminal (`seq`, gapless), and each record carries

    mac = HMAC-SHA256(key, prev_mac || canonical(record))

where `prev_mac` is the previous record's MAC (64 zero hex digits for seq 1) and
`canonical` is a length-prefixed encoding of every field (see `canonical_bytes`). The
key lives outside the database (the OS keyring), so whoever can edit the database but
not read the key cannot alter, drop, insert or reorder a record without the chain
saying so: `verify_chain` names the first broken record and what is wrong with it.

What a chain cannot show on its own: records cut off the END of a journal (the last
record simply becomes the last); that is caught against the central copy or a count
known from elsewhere (`expect_through`). See README "The journal" for the trust model.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import struct
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from enum import Enum
from typing import Any, Protocol

from .errors import Message, msg

FORMAT = 1
GENESIS = "0" * 64
_NONE = struct.pack(">I", 0xFFFFFFFF)
_KEY_ID_LABEL = b"pos_app journal key id v1"


class JournalAction(Enum):
    """The actions the journal records (a record may carry another string: the journal
    never refuses an action it does not know)."""

    SALE = "sale"
    REFUND = "refund"
    POST_VOID = "post_void"
    VOID = "void"
    LINE_VOID = "line_void"
    DISCOUNT = "discount"
    DISCOUNT_OVER_LIMIT = "discount_over_limit"
    DISCOUNT_CLEARED = "discount_cleared"
    PRICE_OVERRIDE = "price_override"
    RETURN_NO_RECEIPT = "return_no_receipt"
    APPROVAL = "approval"
    OPEN_DRAWER = "open_drawer"
    CASH_IN = "cash_in"
    CASH_OUT = "cash_out"
    SHIFT_OPEN = "shift_open"
    SHIFT_CLOSE = "shift_close"
    LOGIN_FAILED = "login_failed"
    COUNT_STOCK = "count_stock"
    RESOLVE_STOCK_ATTENTION = "resolve_stock_attention"
    RESEND_STOCK = "resend_stock"  # set-aside stock changes put back in the queue
    CATALOG_IMPORT = "catalog_import"
    PLAN_CHANGE = "plan_change"
    STAFF_CHANGE = "staff_change"
    SETTINGS_CHANGE = "settings_change"


@dataclass(frozen=True, slots=True)
class JournalEntry:
    """What a caller appends; the appender numbers it, chains it and stores it.

    `detail` is a JSON object's text, stored and MACed exactly as given. `terminal_id`
    None means the terminal of the database it is appended to."""

    action: str
    at: str  # ISO 8601 time from the injected clock
    id: str  # a terminal-generated id (UUIDv7), unique in the journal
    actor: str | None = None
    approved_by: str | None = None
    subject: str | None = None
    detail: str = "{}"
    terminal_id: str | None = None


@dataclass(frozen=True, slots=True)
class JournalRecord:
    """One stored record of a terminal's chain."""

    terminal_id: str
    seq: int
    id: str
    at: str
    actor: str | None
    approved_by: str | None
    action: str
    subject: str | None
    detail: str
    key_id: str
    prev_mac: str
    mac: str


class AuditSink(Protocol):
    """Where a service records a sensitive action that has no transaction of its own to
    join (adapters/sqlite/sale_store.py `SqliteAuditLog`: the journal)."""

    def append(self, *, actor: str | None, action: str, subject: str | None,
               detail: str, approved_by: str | None) -> None: ...


def detail_json(detail: Mapping[str, Any]) -> str:
    """A detail payload as compact JSON with sorted keys (the form callers store)."""
    return json.dumps(detail, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      default=str)


def _field(value: str | int | None) -> bytes:
    if value is None:
        return _NONE
    raw = str(value).encode("utf-8")
    return struct.pack(">I", len(raw)) + raw


def canonical_bytes(r: JournalRecord) -> bytes:
    """The bytes a record's MAC covers (after the previous MAC): the format number and
    every field but the MACs, in a fixed order (terminal, seq, id, at, actor, approver,
    action, subject, detail, key id), each as a 4-byte big-endian length and its UTF-8
    bytes (0xFFFFFFFF for none). Unambiguous, and easy to recompute in any language."""
    return b"".join(_field(v) for v in (
        FORMAT, r.terminal_id, r.seq, r.id, r.at, r.actor, r.approved_by, r.action,
        r.subject, r.detail, r.key_id))


@functools.lru_cache(maxsize=16)
def key_id_of(key: bytes) -> str:
    """A short public name of a key (an HMAC of a fixed label: it reveals nothing of the
    key), stored on each record so a verifier knows which key to use."""
    return hmac.new(key, _KEY_ID_LABEL, hashlib.sha256).hexdigest()[:16]


def mac_of(key: bytes, prev_mac: str, canonical: bytes) -> str:
    return hmac.new(key, bytes.fromhex(prev_mac) + canonical, hashlib.sha256).hexdigest()


def chain(entry: JournalEntry, *, terminal_id: str, seq: int, prev_mac: str,
          key: bytes) -> JournalRecord:
    """The record that follows (seq - 1, prev_mac) on the terminal's chain."""
    rec = JournalRecord(terminal_id, seq, entry.id, entry.at, entry.actor,
                        entry.approved_by, entry.action, entry.subject, entry.detail,
                        key_id_of(key), prev_mac, "")
    return replace(rec, mac=mac_of(key, prev_mac, canonical_bytes(rec)))


def expected_mac(record: JournalRecord, key: bytes) -> str:
    return mac_of(key, record.prev_mac, canonical_bytes(record))


# ---- verification --------------------------------------------------------------------------


class BreakKind(Enum):
    MAC_MISMATCH = "mac_mismatch"  # the record was altered (its MAC does not verify)
    INSERTED = "inserted"  # a record nothing chains to: put in by someone without the key
    GAP = "gap"  # a sequence number is missing: records were deleted
    DELETED = "deleted"  # the record this one was chained to is gone (deleted, renumbered)
    REORDERED = "reordered"  # this record was chained after a record numbered later
    DUPLICATE = "duplicate"  # two records with one sequence number
    TRUNCATED = "truncated"  # records known to exist after the last one are missing
    WRONG_TERMINAL = "wrong_terminal"  # a record of another terminal in this chain


@dataclass(frozen=True, slots=True)
class ChainBreak:
    seq: int
    kind: BreakKind
    # What is wrong, as a message template (domain/errors.msg): str() is the English
    # the CLI prints, the back office translates it. Seq numbers are passed as text
    # (a record's number, not a quantity to group).
    message: Message


@dataclass(frozen=True, slots=True)
class ChainReport:
    """The result of verifying one terminal's chain.

    `verified_through`: the last seq up to which every record's link and MAC verified.
    `unverified_from`: the first seq whose MAC could not be checked (its key is not
    available here); links and numbering are still checked past it."""

    terminal_id: str
    records: int
    last_seq: int
    verified_through: int
    first_break: ChainBreak | None = None
    unverified_from: int | None = None
    missing_key: str | None = None

    @property
    def ok(self) -> bool:
        return self.first_break is None and self.unverified_from is None

    @property
    def broken(self) -> bool:
        return self.first_break is not None

    def summary(self) -> str:
        who = f"terminal {self.terminal_id}"
        if self.first_break is not None:
            b = self.first_break
            return (f"{who}: BROKEN at seq {b.seq} ({b.kind.value}): {b.message}; "
                    f"verified up to seq {self.verified_through} of {self.last_seq}")
        if self.unverified_from is not None:
            return (f"{who}: chain links intact through seq {self.last_seq}; MACs verified "
                    f"up to seq {self.verified_through}, not from seq {self.unverified_from} "
                    f"(key {self.missing_key} is not available here)")
        if not self.records:
            return f"{who}: no records"
        return f"{who}: verified, {self.records} record(s), seq 1 to {self.last_seq}"


def verify_chain(records: Sequence[JournalRecord], keys: Mapping[str, bytes], *,
                 terminal_id: str, expect_through: int | None = None) -> ChainReport:
    """Verify one terminal's records (in seq order) with the keys at hand (by key id).

    Walks the chain from seq 1 and stops at the first break, naming it. A record whose
    key is not at hand has its MAC unchecked (reported as `unverified_from`) but its
    number and link are still checked. `expect_through`: a seq known to have been
    written (e.g. already pushed to the central database); a journal ending before it
    was cut short."""
    by_mac = {r.mac: r.seq for r in records}
    prev_mac = GENESIS
    prev_seq = 0
    verified = 0
    unverified_from: int | None = None
    missing_key: str | None = None

    def report(brk: ChainBreak | None) -> ChainReport:
        return ChainReport(terminal_id, len(records), records[-1].seq if records else 0,
                           verified, brk, unverified_from, missing_key)

    for i, r in enumerate(records):
        if r.terminal_id != terminal_id:
            return report(ChainBreak(r.seq, BreakKind.WRONG_TERMINAL,
                                     msg("record of terminal {terminal} in this chain",
                                         terminal=r.terminal_id)))
        if r.seq == prev_seq:
            return report(ChainBreak(r.seq, BreakKind.DUPLICATE,
                                     msg("two records are numbered {seq}", seq=str(r.seq))))
        if r.seq > prev_seq + 1:
            missing = prev_seq + 1
            gap = msg("seq {first} missing (deleted): the record after seq {prev} is seq "
                      "{next}", first=str(missing), prev=str(prev_seq), next=str(r.seq)) \
                if r.seq == missing + 1 else \
                msg("seq {first} to {last} missing (deleted): the record after seq {prev} is "
                    "seq {next}", first=str(missing), last=str(r.seq - 1), prev=str(prev_seq),
                    next=str(r.seq))
            return report(ChainBreak(missing, BreakKind.GAP, gap))
        if r.prev_mac != prev_mac:
            chained_to = by_mac.get(r.prev_mac)
            if chained_to is not None and chained_to > r.seq:
                return report(ChainBreak(r.seq, BreakKind.REORDERED,
                                         msg("it was written after the record now "
                                             "numbered {seq}: records were reordered",
                                             seq=str(chained_to))))
            if chained_to is not None and chained_to < prev_seq:
                return report(ChainBreak(r.seq, BreakKind.INSERTED,
                                         msg("it was written right after seq {seq}: seq "
                                             "{first} to {last} were put in between",
                                             seq=str(chained_to), first=str(chained_to + 1),
                                             last=str(prev_seq))))
            nxt = records[i + 1] if i + 1 < len(records) else None
            if nxt is not None and nxt.prev_mac == prev_mac:
                return report(ChainBreak(r.seq, BreakKind.INSERTED,
                                         msg("the next record was written right after seq "
                                             "{seq}: this one was inserted",
                                             seq=str(prev_seq))))
            return report(ChainBreak(r.seq, BreakKind.DELETED,
                                     msg("the record it was written after is no longer in "
                                         "the journal (deleted, and the rest renumbered)")))
        key = keys.get(r.key_id)
        if key is None:
            if unverified_from is None:
                unverified_from, missing_key = r.seq, r.key_id
        elif not hmac.compare_digest(expected_mac(r, key), r.mac):
            nxt = records[i + 1] if i + 1 < len(records) else None
            if nxt is not None and nxt.prev_mac == r.prev_mac:
                return report(ChainBreak(r.seq, BreakKind.INSERTED,
                                         msg("its MAC does not verify and the next record "
                                             "was written right after the one before it: it "
                                             "was inserted")))
            how = msg("its MAC does not verify: the record was altered") if nxt is not None \
                else msg("its MAC does not verify: the record was altered, or added by "
                         "someone without the key")
            return report(ChainBreak(r.seq, BreakKind.MAC_MISMATCH, how))
        elif unverified_from is None:
            verified = r.seq
        prev_mac, prev_seq = r.mac, r.seq
    if expect_through is not None and prev_seq < expect_through:
        return report(ChainBreak(prev_seq + 1, BreakKind.TRUNCATED,
                                 msg("records through seq {through} are known to have been "
                                     "written; the journal ends at seq {last}",
                                     through=str(expect_through), last=str(prev_seq))))
    return report(None)
