"""Which outbox topics this terminal has a channel for; events of the others are not queued.

Every completed sale builds the events of every channel it might have
(services/completion.py): 'inventory' for the Shopify stock sync, and the central
database's topics. The central channel always exists (an embedded SQLite central
database when [central] is not set); the Shopify one only with a [shopify] shop, or demo
mode's own shop. An event of a channel that does not exist would wait forever: nothing
acknowledges it, the status bar counts it as waiting, and compaction keeps the sale's
command log for it. So:

- `Channels` sits in the sales desk's completion hooks as an `EventFilter`: the events
  of a missing channel are dropped before the sale's commit (the stock movement itself
  is still written to `stock_movement`: the local record of what was sold);
- events queued before (a store that never had Shopify, or no longer has it) are set
  aside as 'unrouted' by the housekeeping job at start-up (services/housekeeping.py):
  kept, never sent, never counted as waiting. A shop configured later starts from its
  own stock levels; a stock count corrects any difference.

`ChannelStatus` is how each channel is doing, built from that channel's own saved
state (never another's): online, offline (unreachable, retried on its own), paused (a
configuration or credential refusal a person must fix; nothing is rejected for it),
with the last success and the last error and their times, and the queue.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .central_sync import SyncState
from .completion import CompletionFacts, OutboxEvent

INVENTORY_TOPIC = "inventory"


@dataclass(frozen=True, slots=True)
class Channels:
    shopify: bool  # a [shopify] shop, or demo mode's own

    @property
    def unrouted_topics(self) -> frozenset[str]:
        """Topics nothing on this terminal will ever acknowledge."""
        return frozenset() if self.shopify else frozenset({INVENTORY_TOPIC})

    def routed(self, topic: str) -> bool:
        return topic not in self.unrouted_topics

    # ---- as a completion hook (an EventFilter) ------------------------------------------

    def __call__(self, facts: CompletionFacts) -> Sequence[OutboxEvent]:
        return ()  # adds nothing

    def keep(self, event: OutboxEvent) -> bool:
        return self.routed(event.topic)


# ---- how each channel is doing, for `pos-app status` and the status bar ----------------


class ChannelState:
    ONLINE = "online"  # the last round reached the other side and finished
    OFFLINE = "offline"  # the other side could not be reached: retried on its own
    PAUSED = "paused"  # refused for this terminal's configuration or credentials: a
    #                    person must fix it; nothing is rejected, every row stays queued
    NEVER = "never"  # no round has run yet
    NOT_CONFIGURED = "not_configured"  # no such channel on this terminal


@dataclass(frozen=True, slots=True)
class ChannelStatus:
    """One sync channel (the central push, the Shopify stock sync): its state from its
    own last rounds, the last success and the last error with their times, and its
    queue: how many rows wait, since when, and how many were set aside."""

    name: str
    state: str
    last_success_at: str | None = None
    last_error_at: str | None = None
    last_error: str | None = None
    next_try_at: str | None = None
    failures: int = 0
    queue_depth: int = 0
    oldest_unsynced_at: str | None = None
    rejected: int = 0
    alert: str | None = None  # what a person must do, when the channel needs one

    def as_json(self, now: datetime) -> dict[str, Any]:
        age = None
        if self.oldest_unsynced_at:
            try:
                age = max(0, int((now - datetime.fromisoformat(self.oldest_unsynced_at))
                                 .total_seconds()))
            except (ValueError, TypeError):  # a row written without a proper time
                age = None
        return {"state": self.state, "last_success_at": self.last_success_at,
                "last_error_at": self.last_error_at, "last_error": self.last_error,
                "next_try_at": self.next_try_at, "failures": self.failures,
                "queue_depth": self.queue_depth,
                "oldest_unsynced_at": self.oldest_unsynced_at,
                "oldest_unsynced_age_seconds": age, "rejected": self.rejected,
                "alert": self.alert}


def central_channel(state: SyncState | None, *, queue_depth: int,
                    oldest_unsynced_at: str | None, rejected: int) -> ChannelStatus:
    """The central push's status from its own saved round state (None: never ran)."""
    if state is None or (state.last_success_at is None and not state.failures):
        return ChannelStatus("central", ChannelState.NEVER, queue_depth=queue_depth,
                             oldest_unsynced_at=oldest_unsynced_at, rejected=rejected)
    if state.failures and state.paused:
        what = ChannelState.PAUSED
        alert: str | None = (
            f"Central sync paused: {state.last_error}. Nothing was rejected: the "
            f"{queue_depth} queued row(s) go once the configuration or role is fixed "
            "(then `pos-app sync --once`).")
    elif state.failures:
        what, alert = ChannelState.OFFLINE, None
    else:
        what, alert = ChannelState.ONLINE, None
    if rejected and alert is None:
        alert = (f"{rejected} row(s) were refused by the central database and set aside; "
                 "after fixing the cause, `pos-app sync --retry-rejected` sends them again.")
    return ChannelStatus("central", what, state.last_success_at, state.last_error_at,
                         state.last_error, state.next_try_at, state.failures,
                         queue_depth, oldest_unsynced_at, rejected, alert)


def journal_channel(central: ChannelStatus, state: SyncState | None, *, queue_depth: int,
                    oldest_unsynced_at: str | None) -> ChannelStatus:
    """The journal stream, pushed in the central rounds: the central channel's state,
    unless the stream itself stopped (a divergence or a refusal: paused for a person)."""
    last_error = state.journal_last_error if state else None
    last_error_at = state.journal_last_error_at if state else None
    if state is not None and state.journal_error and central.state == ChannelState.ONLINE:
        return ChannelStatus("journal", ChannelState.PAUSED, central.last_success_at,
                             last_error_at, last_error, None, 0, queue_depth,
                             oldest_unsynced_at, 0,
                             f"Journal push stopped: {state.journal_error}. The records "
                             "stay here; `pos-app verify-audit` shows where it diverged.")
    if central.last_error_at and (last_error_at is None
                                  or central.last_error_at > last_error_at):
        last_error, last_error_at = central.last_error, central.last_error_at
    return ChannelStatus("journal", central.state, central.last_success_at, last_error_at,
                         last_error, central.next_try_at, central.failures, queue_depth,
                         oldest_unsynced_at, 0,
                         None if central.state != ChannelState.PAUSED else central.alert)


# The Shopify stock sync's outcomes (services/inventory_reconciler.PassOutcome values) as
# channel states.
_SHOPIFY_STATES = {"ok": ChannelState.ONLINE, "offline": ChannelState.OFFLINE,
                   "paused": ChannelState.OFFLINE, "error": ChannelState.OFFLINE,
                   "auth_failed": ChannelState.PAUSED, "config": ChannelState.PAUSED}


def shopify_channel(configured: bool, state: Mapping[str, str | None], *, queue_depth: int,
                    oldest_unsynced_at: str | None, rejected: int) -> ChannelStatus:
    """The Shopify stock sync's status from the reconciler's saved outcome
    (inventory_sync_state: last_outcome, last_success_at, last_error, last_error_at)."""
    last_success = state.get("last_success_at")
    outcome = state.get("last_outcome")
    if not configured and not last_success and outcome is None:
        return ChannelStatus("shopify", ChannelState.NOT_CONFIGURED, queue_depth=queue_depth,
                             oldest_unsynced_at=oldest_unsynced_at, rejected=rejected)
    if outcome is None:
        what = ChannelState.ONLINE if last_success else ChannelState.NEVER
    else:
        what = _SHOPIFY_STATES.get(outcome, ChannelState.OFFLINE)
    alert = None
    if what == ChannelState.PAUSED:
        alert = (f"Shopify stock sync paused: {state.get('last_error')}. Stock changes stay "
                 "queued; set a valid access token (keyring) or fix [shopify], then "
                 "`pos-app reconcile --once`.")
    return ChannelStatus("shopify", what, last_success, state.get("last_error_at"),
                         state.get("last_error"), None, 0, queue_depth, oldest_unsynced_at,
                         rejected, alert)
