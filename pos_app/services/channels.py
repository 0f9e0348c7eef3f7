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
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

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
