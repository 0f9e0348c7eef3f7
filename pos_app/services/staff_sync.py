"""Staff changes sent to the central database at once, when a manager makes them.

The regular sync (services/central_sync.py) carries every change anyway: each is queued
in the outbox (topic 'staff') in the transaction that makes it, pushed in the next
round and merged by version at the central database and on the store's other tills.
When a central database is configured, `pos-app staff ...` also pulls the store's
people before a change (a name taken on another till is seen) and pushes the change
right after it, so the person exists store-wide before the manager walks to the next
till. Offline, the change stays queued: made on this till now, merged by id later.
"""

from __future__ import annotations

from dataclasses import dataclass

from pos_app.domain.errors import InputError

from .central_sync import (
    BatchRejected,
    CentralStore,
    SyncOutbox,
    TerminalIdentity,
    prepare,
)
from .staff import STAFF_TOPIC

_BATCH = 1000


@dataclass(frozen=True, slots=True)
class StaffPublished:
    pushed: int = 0
    pulled: int = 0
    # Why nothing went (the central database refused the batch); it stays queued for
    # the regular sync, which sets a refused row aside for a manager.
    refused: str | None = None


def pull_staff(outbox: SyncOutbox, central: CentralStore, identity: TerminalIdentity) -> int:
    """The store's people from the central database, merged here; rows changed."""
    return outbox.apply_staff(central.pull_staff(identity))


def publish_staff(outbox: SyncOutbox, central: CentralStore,
                  identity: TerminalIdentity) -> StaffPublished:
    """Push this till's queued staff changes, then pull the store's people.

    Raises CentralUnavailable / CentralAuthFailed (nothing lost: the changes stay
    queued for the next sync)."""
    pushed = 0
    refused = None
    after = 0
    while True:
        items = outbox.pending((STAFF_TOPIC,), _BATCH, after)
        if not items:
            break
        after = items[-1].seq
        try:
            central.push(identity, [prepare(i) for i in items])
        except BatchRejected as exc:
            refused = exc.reason
            break
        except InputError as exc:  # a damaged row: the regular sync sets it aside
            refused = str(exc)
            break
        outbox.mark_acked([i.seq for i in items])
        pushed += len(items)
    return StaffPublished(pushed, pull_staff(outbox, central, identity), refused)
