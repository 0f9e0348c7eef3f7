"""The sale session: one durable object per open sale, the single writer of its state.

Modelled on a Durable Object:
- input gate: one lock per session; commands from any thread run one at a time;
- every command is validated on an immutable copy, then persisted in one
  BEGIN IMMEDIATE transaction together with its command-log row, and only then
  becomes the session's state (output gate: nothing is returned, shown or printed
  before it is durable);
- if the write fails, the session reloads from storage and the caller gets the error;
- each command bumps the version by one; a command may carry the version it expects
  (refused if stale) and an id (a retry with the same id is applied once).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from time import perf_counter
from typing import Protocol

from pos_app.domain.clock import Clock, IdGenerator, iso
from pos_app.domain.errors import NotFound, StaleVersion, StateError, msg
from pos_app.domain.invariants import (
    Authority,
    ReturnClaim,
    ReturnLedger,
    check_against_ledger,
    claims_of,
    enforce,
)
from pos_app.domain.permissions import Actor
from pos_app.domain.pricing import PricedCart
from pos_app.domain.sale import (
    PricingRules,
    SaleState,
    SaleStatus,
    Settlement,
    VoidedLine,
    line_facts,
)

from .completion import CompletionFacts, CompletionHook, apply_hooks, build_completion
from .metrics import MetricsRecorder
from .sale_commands import Command, CommandContext, Complete


@dataclass(frozen=True, slots=True)
class CommandRecord:
    sale_id: str
    version: int
    command_id: str
    kind: str
    payload: str
    actor: str | None
    at: str
    approved_by: str | None = None
    audit_action: str | None = None
    # The actor's role the command was judged with, when the commit is to check it
    # against the stored person (RoleChanged if it differs, SignedOut if they are gone).
    actor_role: str | None = None


@dataclass(frozen=True, slots=True)
class CommitResult:
    receipt_no: int | None = None


@dataclass(frozen=True, slots=True)
class CommitChecks:
    """What the store does inside the committing transaction for the invariants."""

    claims: tuple[ReturnClaim, ...] | None = None  # replace the sale's return claims
    verify: Callable[[ReturnLedger], None] | None = None  # raises to refuse the commit
    line_voids: tuple[VoidedLine, ...] = ()  # lines voided by this command


def checks_for(before: SaleState | None, after: SaleState,
               rules: PricingRules) -> CommitChecks | None:
    """The in-transaction work a change from `before` to `after` needs (None: none)."""
    had = before is not None and line_facts(before).returns
    has = line_facts(after).returns
    n_voids = len(before.voided_lines) if before is not None else 0
    voids = after.voided_lines[n_voids:]
    if not (had or has or voids):
        return None
    claims = claims_of(after) if (had or has) else None
    verify = None
    if has and after.status is not SaleStatus.VOIDED:
        old = {ln.no for ln in before.lines} if before is not None else set()
        fresh = frozenset((ln.return_of.sale_id, ln.return_of.line_no) for ln in after.lines
                          if ln.return_of is not None and ln.no not in old)

        def verify(ledger: ReturnLedger) -> None:
            check_against_ledger(after, ledger, rules, fresh=fresh)
    return CommitChecks(claims, verify, voids)


class SaleStore(Protocol):
    """Durable storage of sale sessions (adapters/sqlite/sale_store.py)."""

    def load(self, sale_id: str) -> SaleState | None: ...

    def find_command(self, command_id: str) -> tuple[str, int] | None:
        """(sale id, version) of an already applied command id."""
        ...

    def receipt_no_of(self, sale_id: str) -> int | None: ...

    def commit(self, prev_version: int, state: SaleState, record: CommandRecord,
               completion: CompletionFacts | None,
               checks: CommitChecks | None = None) -> CommitResult:
        """In one transaction: check the stored version is `prev_version`, run `checks`
        against durable state, write the new state and the command row, and the
        completion facts if any. Raise StaleVersion if another writer moved the sale on,
        or what a check raised; either way nothing is written."""
        ...


@dataclass(frozen=True, slots=True)
class CommandResult:
    state: SaleState
    version: int
    duplicate: bool = False
    receipt_no: int | None = None
    priced: PricedCart | None = None
    settlement: Settlement | None = None


class SaleSession:
    """The single writer of one sale."""

    def __init__(self, store: SaleStore, state: SaleState, rules: PricingRules, clock: Clock,
                 ids: IdGenerator, *, cashier_max_discount_bp: int = 1000,
                 completion_hooks: Sequence[CompletionHook] = ()) -> None:
        self._store = store
        self._hooks = completion_hooks  # shared with the desk, so hooks added later apply
        self._state = state
        self._rules = rules
        self._clock = clock
        self._ids = ids
        self._max_disc = cashier_max_discount_bp
        self._gate = threading.RLock()
        self._listeners: list[Callable[[CommandResult], None]] = []
        # Each command's latency and outcome (services/metrics.py); None: not measured.
        self.metrics: MetricsRecorder | None = None

    @classmethod
    def open(cls, store: SaleStore, rules: PricingRules, clock: Clock, ids: IdGenerator, *,
             terminal_id: str, currency: str, cashier_id: str | None = None,
             shift_id: str | None = None, sale_id: str | None = None,
             command_id: str | None = None, cashier_max_discount_bp: int = 1000,
             completion_hooks: Sequence[CompletionHook] = ()) -> SaleSession:
        """Create a new sale and persist it (version 1) before returning it."""
        sid = sale_id or ids.new_id()
        existing = store.load(sid)
        if existing is not None:
            return cls(store, existing, rules, clock, ids,
                       cashier_max_discount_bp=cashier_max_discount_bp,
                       completion_hooks=completion_hooks)
        state = SaleState(id=sid, terminal_id=terminal_id, currency=currency,
                          opened_at=iso(clock.now()), cashier_id=cashier_id, shift_id=shift_id,
                          version=1)
        record = CommandRecord(sid, 1, command_id or ids.new_id(), "open",
                               '{"kind":"open"}', cashier_id, iso(clock.now()))
        store.commit(0, state, record, None)
        return cls(store, state, rules, clock, ids, cashier_max_discount_bp=cashier_max_discount_bp,
                   completion_hooks=completion_hooks)

    @classmethod
    def load(cls, store: SaleStore, sale_id: str, rules: PricingRules, clock: Clock,
             ids: IdGenerator, *, cashier_max_discount_bp: int = 1000,
             completion_hooks: Sequence[CompletionHook] = ()) -> SaleSession:
        state = store.load(sale_id)
        if state is None:
            raise NotFound(msg("No sale {sale}", sale=str(sale_id)))
        return cls(store, state, rules, clock, ids, cashier_max_discount_bp=cashier_max_discount_bp,
                   completion_hooks=completion_hooks)

    # ---- reading ---------------------------------------------------------------

    @property
    def id(self) -> str:
        return self._state.id

    @property
    def state(self) -> SaleState:
        return self._state

    @property
    def version(self) -> int:
        return self._state.version

    @property
    def rules(self) -> PricingRules:
        return self._rules

    def priced(self) -> PricedCart:
        return self._state.price(self._rules)

    def settlement(self) -> Settlement:
        return self._state.settlement(self._rules)

    def subscribe(self, listener: Callable[[CommandResult], None]) -> None:
        """Called after each durable commit, on the committing thread."""
        self._listeners.append(listener)

    # ---- the one way to change a sale ----------------------------------------------

    def execute(self, command: Command, *, command_id: str | None = None,
                expected_version: int | None = None, actor: Actor | None = None,
                approver: Actor | None = None, role_as_stored: bool = False) -> CommandResult:
        """`role_as_stored`: the commit checks, from durable state, that the actor is
        still on the staff, active and with the role the command was judged with (the
        counter's check of the signed-in person, in the commit and not a read before
        it); RoleChanged or SignedOut refuse it otherwise."""
        metrics = self.metrics
        if metrics is None:
            return self._execute(command, command_id, expected_version, actor, approver,
                                 role_as_stored=role_as_stored)
        start = perf_counter()
        ok = False
        try:
            out = self._execute(command, command_id, expected_version, actor, approver,
                                role_as_stored=role_as_stored)
            ok = True
            return out
        finally:  # refused or failed commands count as errors
            metrics.command(command.kind, perf_counter() - start, ok)

    def _execute(self, command: Command, command_id: str | None,
                 expected_version: int | None, actor: Actor | None,
                 approver: Actor | None, *, role_as_stored: bool = False) -> CommandResult:
        with self._gate:
            if command_id is not None:
                seen = self._store.find_command(command_id)
                if seen is not None:
                    if seen[0] != self._state.id:
                        raise StateError(msg("That command id belongs to another sale"))
                    return CommandResult(self._state, seen[1], duplicate=True,
                                         receipt_no=self._receipt_no_if_done())
            before = self._state
            if expected_version is not None and expected_version != before.version:
                raise StaleVersion(expected_version, before.version)
            now = iso(self._clock.now())
            ctx = CommandContext(self._rules, actor, approver, self._max_disc, self._ids.new_id,
                                 now)
            after = replace(command.apply(before, ctx), version=before.version + 1)
            # Every invariant on the result, not only what the command itself typed.
            after = enforce(before, after, self._rules,
                            Authority(actor, approver, self._max_disc))
            completion: CompletionFacts | None = None
            priced: PricedCart | None = None
            settlement: Settlement | None = None
            if isinstance(command, Complete):
                _, priced, settlement = before.complete(self._rules)
                completion = apply_hooks(
                    build_completion(after, priced, settlement, self._ids, self._clock),
                    self._hooks, self._ids)
            action = command.audit_action()
            record = CommandRecord(
                after.id, after.version, command_id or self._ids.new_id(), command.kind,
                command.payload(), actor.staff_id if actor else None, now,
                approved_by=approver.staff_id if approver else None,
                audit_action=action.value if action and (approver or actor) else None,
                actor_role=actor.role.value if actor and role_as_stored else None)
            try:
                result = self._store.commit(before.version, after, record, completion,
                                            checks_for(before, after, self._rules))
            except BaseException:
                self._reset()
                raise
            self._state = after
            out = CommandResult(after, after.version, receipt_no=result.receipt_no,
                                priced=priced, settlement=settlement)
            for listener in self._listeners:
                listener(out)
            return out

    def _reset(self) -> None:
        """Drop in-memory state and reload the last durable state (the DO reset)."""
        try:
            stored = self._store.load(self._state.id)
        except Exception:  # noqa: BLE001 - any failure here leaves the old state in place
            # Storage is unreadable too; the in-memory state was never changed, so it is
            # still the last durable state.
            return
        if stored is not None:
            self._state = stored

    def _receipt_no_if_done(self) -> int | None:
        if self._state.status is not SaleStatus.COMPLETED:
            return None
        return self._store.receipt_no_of(self._state.id)
