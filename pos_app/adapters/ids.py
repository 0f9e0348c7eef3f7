"""Terminal-generated ids: UUIDv7, time-ordered, so retries carry the same key."""

from __future__ import annotations

import uuid6


class Uuid7Generator:
    def new_id(self) -> str:
        return str(uuid6.uuid7())
