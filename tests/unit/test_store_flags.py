"""Feature flags: which layer wins (defaults < [flags] < the store's central override <
POS_APP_FLAG_*). Which pulled override a till keeps (the higher version, never the
clock) is the cache's rule: tests/integration/test_store_flags.py."""

from __future__ import annotations

import pytest

from pos_app.domain.errors import ConfigError, InputError, PermissionDenied
from pos_app.domain.permissions import Actor, Role
from pos_app.services.flags import (
    DEFAULTS,
    Flag,
    FlagLayers,
    FlagSource,
    StaleFlagVersion,
    StoreFlag,
    parse_flag,
)
from pos_app.services.store_flags import StoreFlagsService

RT = Flag.REAL_TIME_COMMISSION


def test_defaults_alone():
    resolved = FlagLayers().resolve()
    assert resolved.flags.enabled == DEFAULTS
    assert {s.source for s in resolved.states} == {FlagSource.DEFAULT}
    assert [s.flag for s in resolved.states] == list(Flag)


def test_config_over_default_central_over_config_env_over_central():
    layers = FlagLayers.read({"real_time_commission": False}, {})
    state = layers.resolve().state(RT)
    assert (state.enabled, state.source, state.source_label) == (False, FlagSource.CONFIG,
                                                                 "config")
    central = [StoreFlag(RT, True, 4, "mgr at T2")]
    state = layers.resolve(central).state(RT)
    assert (state.enabled, state.source, state.version, state.source_label) == \
        (True, FlagSource.CENTRAL, 4, "central v4")
    assert state.updated_by == "mgr at T2"
    env = FlagLayers.read({"real_time_commission": False},
                          {"POS_APP_FLAG_REAL_TIME_COMMISSION": "off"})
    state = env.resolve(central).state(RT)
    assert (state.enabled, state.source, state.version) == (False, FlagSource.ENV, None)
    assert RT not in env.resolve(central).flags


def test_a_cleared_override_falls_back_to_config_and_defaults():
    layers = FlagLayers.read({"auto_retry": False}, {})
    cleared = [StoreFlag(Flag.AUTO_RETRY, None, 3), StoreFlag(RT, None, 2)]
    resolved = layers.resolve(cleared)
    assert resolved.state(Flag.AUTO_RETRY).source is FlagSource.CONFIG
    assert resolved.state(RT).source is FlagSource.DEFAULT
    assert resolved.flags.enabled == DEFAULTS - {Flag.AUTO_RETRY}


def test_layers_match_the_flags_the_config_loader_computes():
    from pos_app.services.flags import FeatureFlags

    table = {"AUTO_RETRY": False, "batch_reconciliation": True}
    env = {"POS_APP_FLAG_REAL_TIME_COMMISSION": "0"}
    assert FlagLayers.read(table, env).resolve().flags == \
        FeatureFlags.from_table(table).from_env(env)


@pytest.mark.parametrize(("table", "env"), [({"nope": True}, {}), ({"auto_retry": "yes"}, {}),
                                            ({}, {"POS_APP_FLAG_AUTO_RETRY": "maybe"})])
def test_bad_layers_are_config_errors(table, env):
    with pytest.raises(ConfigError):
        FlagLayers.read(table, env)


def test_parse_flag():
    assert parse_flag(" real_time_commission ") is RT
    with pytest.raises(InputError, match="known: REAL_TIME_COMMISSION"):
        parse_flag("TURBO")


def test_state_json():
    state = FlagLayers().resolve([StoreFlag(RT, False, 7, "m at T1")]).state(RT)
    assert state.to_json() == {"name": "REAL_TIME_COMMISSION", "enabled": False,
                               "source": "central", "version": 7, "label": "central v7",
                               "updated_by": "m at T1"}


class FakeWriter:
    def __init__(self) -> None:
        self.rows: dict[tuple[str, Flag], StoreFlag] = {}

    def current(self, store_id):
        return [r for (s, _), r in sorted(self.rows.items(), key=lambda kv: kv[0][1].value)
                if s == store_id]

    def set(self, store_id, flag, enabled, *, expected_version, by):
        now = self.rows.get((store_id, flag))
        version = now.version if now else 0
        if expected_version is None:
            expected_version = version
        if expected_version != version:
            raise StaleFlagVersion(flag, store_id, expected_version, version)
        row = StoreFlag(flag, enabled, version + 1, by)
        self.rows[(store_id, flag)] = row
        return row


class FakeJournal:
    def __init__(self) -> None:
        self.entries: list[dict[str, object]] = []

    def append(self, **kw):
        self.entries.append(kw)


class FakeCache:
    def __init__(self) -> None:
        self.applied: list[tuple[str, list[StoreFlag]]] = []

    def apply(self, store_id, flags, at):
        self.applied.append((store_id, list(flags)))
        return len(flags)


def service(writer, journal=None, cache=None):
    return StoreFlagsService(writer, terminal_id="T1", where="central", journal=journal,
                             cache=cache, own_store="S1")


MANAGER = Actor("m-1", Role.MANAGER)


def test_set_flag_raises_the_version_journals_and_caches_for_the_own_store():
    writer, journal, cache = FakeWriter(), FakeJournal(), FakeCache()
    svc = service(writer, journal, cache)
    first = svc.set_flag(MANAGER, "S1", RT, False, at="t")
    assert (first.version, first.enabled, first.updated_by) == (1, False, "m-1 at T1")
    second = svc.set_flag(MANAGER, "S1", RT, True, expected_version=1, at="t")
    assert second.version == 2
    assert [e["action"] for e in journal.entries] == ["flag_set", "flag_set"]
    assert journal.entries[-1]["subject"] == "REAL_TIME_COMMISSION"
    assert '"version": 2' in str(journal.entries[-1]["detail"])
    assert [f.version for _, fs in cache.applied for f in fs] == [1, 2]
    svc.set_flag(MANAGER, "S2", RT, True, at="t")  # another store: not this till's cache
    assert len(cache.applied) == 2


def test_a_stale_expected_version_is_refused_and_nothing_is_written():
    writer, journal = FakeWriter(), FakeJournal()
    svc = service(writer, journal)
    svc.set_flag(MANAGER, "S1", RT, False, at="t")
    svc.set_flag(MANAGER, "S1", RT, True, at="t")
    with pytest.raises(StaleFlagVersion, match="at version 2, not 1"):
        svc.set_flag(MANAGER, "S1", RT, False, expected_version=1, at="t")
    assert writer.rows[("S1", RT)].enabled is True
    assert len(journal.entries) == 2


@pytest.mark.parametrize("role", [Role.CASHIER, Role.SUPERVISOR])
def test_only_a_manager_or_the_owner_sets_flags(role):
    writer = FakeWriter()
    with pytest.raises(PermissionDenied):
        service(writer).set_flag(Actor("x", role), "S1", RT, False, at="t")
    assert writer.rows == {}
    service(writer).set_flag(Actor("o", Role.OWNER), "S1", RT, False, at="t")
