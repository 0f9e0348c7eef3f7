"""Feature flags: typed names, defaults, and the set a terminal runs with."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum

from pos_app.domain.errors import ConfigError


class Flag(Enum):
    REAL_TIME_COMMISSION = "REAL_TIME_COMMISSION"
    BATCH_RECONCILIATION = "BATCH_RECONCILIATION"
    AUTO_RETRY = "AUTO_RETRY"


DEFAULTS: frozenset[Flag] = frozenset({Flag.REAL_TIME_COMMISSION, Flag.BATCH_RECONCILIATION,
                                       Flag.AUTO_RETRY})


@dataclass(frozen=True, slots=True)
class FeatureFlags:
    enabled: frozenset[Flag] = DEFAULTS

    def __contains__(self, flag: Flag) -> bool:
        return flag in self.enabled

    @classmethod
    def of(cls, flags: Iterable[Flag]) -> FeatureFlags:
        return cls(frozenset(flags))

    @classmethod
    def from_table(cls, table: Mapping[str, object]) -> FeatureFlags:
        """Defaults overridden by a `[flags]` table of NAME = true|false."""
        enabled = set(DEFAULTS)
        for name, value in table.items():
            try:
                flag = Flag(name.upper())
            except ValueError as exc:
                known = ", ".join(f.value for f in Flag)
                raise ConfigError(f"Config [flags] has unknown flag {name!r}; known: {known}") \
                    from exc
            if not isinstance(value, bool):
                raise ConfigError(f"Config [flags] {name} must be true or false, got {value!r}")
            (enabled.add if value else enabled.discard)(flag)
        return cls(frozenset(enabled))
