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
        return cls().overridden(table)

    def overridden(self, table: Mapping[str, object], *, where: str = "[flags]") \
            -> FeatureFlags:
        """These flags with a table of NAME = true|false applied on top (names are
        case-insensitive), e.g. an integration's own `[shopify.flags]`."""
        enabled = set(self.enabled)
        for name, value in table.items():
            try:
                flag = Flag(name.upper())
            except ValueError as exc:
                known = ", ".join(f.value for f in Flag)
                raise ConfigError(f"Config {where} has unknown flag {name!r}; known: {known}") \
                    from exc
            if not isinstance(value, bool):
                raise ConfigError(f"Config {where} {name} must be true or false, got {value!r}")
            (enabled.add if value else enabled.discard)(flag)
        return FeatureFlags(frozenset(enabled))

    def from_env(self, env: Mapping[str, str]) -> FeatureFlags:
        """These flags with POS_APP_FLAG_<NAME>=1|0|true|false|yes|no|on|off applied."""
        table: dict[str, object] = {}
        for flag in Flag:
            text = env.get(ENV_PREFIX + flag.value)
            if text is None:
                continue
            if text.strip().lower() not in _TRUE | _FALSE:
                raise ConfigError(f"{ENV_PREFIX}{flag.value} must be true or false, "
                                  f"got {text!r}")
            table[flag.value] = text.strip().lower() in _TRUE
        return self.overridden(table, where="environment")


ENV_PREFIX = "POS_APP_FLAG_"
_TRUE, _FALSE = {"1", "true", "yes", "on"}, {"0", "false", "no", "off"}
