"""Feature flags: typed names, defaults, and the set a terminal runs with.

Where a flag's value comes from, lowest first (the last one that says something wins):

1. the default (`DEFAULTS`);
2. the till's config file, `[flags]` NAME = true|false;
3. the store's override at the central database (`store_flag`, central 0008_store_flags),
   pulled by the central sync into the till's cache (local 0019_store_flags): the cache
   keeps a pulled row only when its version is higher than the one it holds, never by
   time (the rule lives in one place, the cache's upsert, adapters/sqlite/store_flags.py:
   versions come from one compare-and-set counter per (store, flag) at the central
   database, so two rows of one version are the same write); a cleared override
   (`enabled` None) says nothing;
4. the environment, POS_APP_FLAG_<NAME>: the emergency switch on one machine.

`FlagLayers` keeps 2 and 4 as read at start; `resolve` puts the central overrides
between them and says, per flag, its value, its source and the override's version.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum

from pos_app.domain.errors import ConfigError, InputError, StateError


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
        for flag, value in _table_bools(table, where).items():
            (enabled.add if value else enabled.discard)(flag)
        return FeatureFlags(frozenset(enabled))

    def from_env(self, env: Mapping[str, str]) -> FeatureFlags:
        """These flags with POS_APP_FLAG_<NAME>=1|0|true|false|yes|no|on|off applied."""
        return self.overridden({f.value: v for f, v in _bools(env).items()},
                               where="environment")


ENV_PREFIX = "POS_APP_FLAG_"
_TRUE, _FALSE = {"1", "true", "yes", "on"}, {"0", "false", "no", "off"}


def parse_flag(name: str) -> Flag:
    """A flag by its name, case-insensitive; InputError naming the known ones."""
    try:
        return Flag(name.strip().upper())
    except ValueError as exc:
        known = ", ".join(f.value for f in Flag)
        raise InputError(f"Unknown flag {name!r}; known: {known}") from exc


def _table_bools(table: Mapping[str, object], where: str) -> dict[Flag, bool]:
    """A table of NAME = true|false (names case-insensitive), checked; ConfigError
    naming `where` for an unknown flag or a value that is not a boolean."""
    out: dict[Flag, bool] = {}
    for name, value in table.items():
        try:
            flag = Flag(name.upper())
        except ValueError as exc:
            known = ", ".join(f.value for f in Flag)
            raise ConfigError(f"Config {where} has unknown flag {name!r}; known: {known}") \
                from exc
        if not isinstance(value, bool):
            raise ConfigError(f"Config {where} {name} must be true or false, got {value!r}")
        out[flag] = value
    return out


def _bools(env: Mapping[str, str]) -> dict[Flag, bool]:
    """POS_APP_FLAG_<NAME>=1|0|true|false|yes|no|on|off, checked."""
    out: dict[Flag, bool] = {}
    for flag in Flag:
        text = env.get(ENV_PREFIX + flag.value)
        if text is None:
            continue
        if text.strip().lower() not in _TRUE | _FALSE:
            raise ConfigError(f"{ENV_PREFIX}{flag.value} must be true or false, got {text!r}")
        out[flag] = text.strip().lower() in _TRUE
    return out


class FlagSource(Enum):
    DEFAULT = "default"
    CONFIG = "config"
    CENTRAL = "central"
    ENV = "env"


@dataclass(frozen=True, slots=True)
class StoreFlag:
    """A store's override of one flag as the central database holds it. `enabled` None:
    the override was cleared (the row stays, so its version keeps rising)."""

    flag: Flag
    enabled: bool | None
    version: int
    updated_by: str | None = None
    updated_at: str | None = None


@dataclass(frozen=True, slots=True)
class FlagState:
    """One flag's effective value and where it comes from."""

    flag: Flag
    enabled: bool
    source: FlagSource
    version: int | None = None  # the central override's, when it is the source
    updated_by: str | None = None

    @property
    def source_label(self) -> str:
        """"default", "config", "central v3" or "env"."""
        if self.source is FlagSource.CENTRAL:
            return f"central v{self.version}"
        return str(self.source.value)

    def to_json(self) -> dict[str, object]:
        return {"name": self.flag.value, "enabled": self.enabled,
                "source": self.source.value, "version": self.version,
                "label": self.source_label, "updated_by": self.updated_by}


@dataclass(frozen=True, slots=True)
class ResolvedFlags:
    states: tuple[FlagState, ...]

    @property
    def flags(self) -> FeatureFlags:
        return FeatureFlags(frozenset(s.flag for s in self.states if s.enabled))

    def state(self, flag: Flag) -> FlagState:
        return next(s for s in self.states if s.flag is flag)

    def to_json(self) -> list[dict[str, object]]:
        return [s.to_json() for s in self.states]


@dataclass(frozen=True, slots=True)
class FlagLayers:
    """The till's own layers, read once at start: `[flags]` and POS_APP_FLAG_*."""

    config: Mapping[Flag, bool] = field(default_factory=dict)
    env: Mapping[Flag, bool] = field(default_factory=dict)

    @classmethod
    def read(cls, table: Mapping[str, object], env: Mapping[str, str]) -> FlagLayers:
        """Validated as `FeatureFlags.from_table(table).from_env(env)` is."""
        return cls(_table_bools(table, "[flags]"), _bools(env))

    def resolve(self, central: Iterable[StoreFlag] = ()) -> ResolvedFlags:
        overrides = {o.flag: o for o in central if o.enabled is not None}
        states = []
        for flag in Flag:
            state = FlagState(flag, flag in DEFAULTS, FlagSource.DEFAULT)
            if flag in self.config:
                state = FlagState(flag, self.config[flag], FlagSource.CONFIG)
            over = overrides.get(flag)
            if over is not None and over.enabled is not None:
                state = FlagState(flag, over.enabled, FlagSource.CENTRAL, over.version,
                                  over.updated_by)
            if flag in self.env:
                state = FlagState(flag, self.env[flag], FlagSource.ENV)
            states.append(state)
        return ResolvedFlags(tuple(states))


class StaleFlagVersion(StateError):
    """A flag override was written against a version that is no longer the current one."""

    def __init__(self, flag: Flag, store_id: str, expected: int, actual: int) -> None:
        super().__init__(
            f"Flag {flag.value} of store {store_id} is at version {actual}, not {expected}: "
            "someone changed it meanwhile; nothing was written (look again with `pos-app "
            "flags list`)")
        self.expected = expected
        self.actual = actual
