"""A manager switches a feature flag for a whole store: the override is written at the
central database (every till of the store pulls it with its next sync) by
compare-and-set on its version, and journaled on the till where it was done.

Who may: a manager or the owner (checked here, whatever the caller hid or showed).
Where it goes: the central database the till syncs with (PostgreSQL: with the database
owner's connection, since a terminal's role may only read the overrides; without a
configured one, the embedded central database in the data directory). The till that
made the change keeps the new row in its cache at once, by the same version rule as a
pull.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Protocol

from pos_app.domain.errors import PermissionDenied, msg
from pos_app.domain.permissions import Actor, Role

from .flags import Flag, StoreFlag

# The lowest role that may switch a flag for the whole store.
SET_FLAGS_ROLE = Role.MANAGER
FLAG_SET = "flag_set"  # the journal's action


class StoreFlagWriter(Protocol):
    def current(self, store_id: str) -> list[StoreFlag]: ...

    def set(self, store_id: str, flag: Flag, enabled: bool | None, *,
            expected_version: int | None, by: str) -> StoreFlag:
        """Raises StaleFlagVersion when the row is not at `expected_version`."""
        ...


class StoreFlagCachePort(Protocol):
    def apply(self, store_id: str, flags: Sequence[StoreFlag], at: str) -> int: ...


class Journal(Protocol):
    def append(self, *, actor: str | None, action: str, subject: str | None,
               detail: str, approved_by: str | None) -> None: ...


class StoreFlagsService:
    def __init__(self, writer: StoreFlagWriter, *, terminal_id: str, where: str,
                 journal: Journal | None = None,
                 cache: StoreFlagCachePort | None = None,
                 own_store: str | None = None) -> None:
        self._writer = writer
        self._terminal_id = terminal_id
        self._where = where  # the central database, as it may be shown
        self._journal = journal
        self._cache = cache
        self._own_store = own_store

    def overrides(self, store_id: str) -> list[StoreFlag]:
        return self._writer.current(store_id)

    def set_flag(self, actor: Actor, store_id: str, flag: Flag, enabled: bool | None, *,
                 expected_version: int | None = None, at: str) -> StoreFlag:
        """Write the override (`enabled` None clears it) at the next version; raises
        PermissionDenied below a manager, StaleFlagVersion when `expected_version` (or
        the version just read) is no longer the row's."""
        if actor.role.rank < SET_FLAGS_ROLE.rank:
            raise PermissionDenied(msg("Switching a feature flag for the store needs a manager "
                                       "or the owner"))
        row = self._writer.set(store_id, flag, enabled, expected_version=expected_version,
                               by=f"{actor.staff_id} at {self._terminal_id}")
        if self._cache is not None and store_id == self._own_store:
            self._cache.apply(store_id, [row], at)
        if self._journal is not None:
            self._journal.append(
                actor=actor.staff_id, action=FLAG_SET, subject=flag.value,
                detail=json.dumps({"store": store_id, "enabled": enabled,
                                   "version": row.version, "central": self._where},
                                  sort_keys=True),
                approved_by=None)
        return row
