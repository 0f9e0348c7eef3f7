"""Builds the objects a command or the GUI needs from settings: one place, one time."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from pos_app.adapters.config import load_settings
from pos_app.adapters.ids import Uuid7Generator
from pos_app.adapters.sqlite.catalog_repo import refuse_other_currency
from pos_app.adapters.sqlite.data_dir import (
    Access,
    DataDir,
    StoreSpec,
    init_data_dir,
    open_data_dir,
)
from pos_app.adapters.sqlite.identity import StoreIdentity
from pos_app.adapters.sqlite.store import LocalDatabase
from pos_app.domain.clock import Clock, IdGenerator, SystemClock
from pos_app.domain.errors import PosError
from pos_app.services.flags import ResolvedFlags
from pos_app.services.settings import Settings


@dataclass
class AppContext:
    settings: Settings
    db: LocalDatabase
    clock: Clock = field(default_factory=SystemClock)
    ids: IdGenerator = field(default_factory=Uuid7Generator)
    # The opened data directory: its identity, lock, health and schema state.
    data_dir: DataDir | None = None
    # The flags this process runs with, each with its source (default, [flags], the
    # store's central override and its version, POS_APP_FLAG_*), resolved at opening.
    flag_states: ResolvedFlags | None = None

    @property
    def identity(self) -> StoreIdentity | None:
        return self.data_dir.identity if self.data_dir is not None else None

    @property
    def read_only(self) -> bool:
        return self.db.read_only

    def close(self) -> None:
        if self.data_dir is not None:
            self.data_dir.close()
        else:
            self.db.close()


def store_spec(settings: Settings, *, store_id: str | None = None,
               store_name: str | None = None) -> StoreSpec:
    """The store and terminal the config names: [central] store_id, [store] name and
    [terminal] id (each overridable, as `pos-app init` does)."""
    from pos_app.adapters.central.settings import central_settings

    sid = store_id or central_settings(settings.sections.get("central", {})).store_id
    return StoreSpec(store_id=sid, store_name=store_name or settings.store.name,
                     terminal_id=settings.terminal_id)


def open_context(
    *, data_dir: Path | None = None, config_path: Path | None = None, demo: bool | None = None,
    clock: Clock | None = None, ids: IdGenerator | None = None,
    read_only: bool | Literal["if-current"] = False, create: bool | None = None,
) -> AppContext:
    """Open the terminal's data directory for a command.

    Writers (the default) take the directory's lock, refuse a damaged or foreign
    database and migrate it; `read_only` opens it without lock or migration, damaged or
    not (status, reports, check). "if-current" opens read-only when the schema is
    current, else as a writer that upgrades it (reports that need the newest tables). A
    new store is started only where the directory holds none and `create` says so
    (default: in demo mode); otherwise an empty directory is refused with a pointer to
    `pos-app init`.
    """
    settings = load_settings(data_dir=data_dir, config_path=config_path, demo=demo)
    clock = clock or SystemClock()
    if read_only == "if-current":
        probe = open_data_dir(settings.data_dir, store_spec(settings), access=Access.READ,
                              now=clock.now().isoformat())
        if not probe.pending_heads and not probe.damaged:
            return with_store_flags(AppContext(settings=settings, db=probe.db, clock=clock,
                                               ids=ids or Uuid7Generator(), data_dir=probe))
        probe.close()
        read_only = False
    opened = open_data_dir(
        settings.data_dir, store_spec(settings),
        access=Access.READ if read_only else Access.WRITE,
        create=settings.demo if create is None else create,
        now=clock.now().isoformat())
    if not read_only:  # one currency per catalog: refused with exit 78 (catalog_repo.py)
        refuse_other_currency(opened.db, settings.store.currency, on_refusal=opened.close)
    return with_store_flags(AppContext(settings=settings, db=opened.db, clock=clock,
                                       ids=ids or Uuid7Generator(), data_dir=opened))


def own_store_id(ctx: AppContext) -> str:
    """This till's store: the one its data directory was initialised for, else the one
    the config names."""
    return ctx.identity.store_id if ctx.identity else store_spec(ctx.settings).store_id


def store_flag_overrides(ctx: AppContext) -> ResolvedFlags:
    """The flags as the till's layers and its cached central overrides resolve them now
    (what a process started now runs with)."""
    from pos_app.adapters.sqlite.store_flags import SqliteStoreFlagCache

    store_id = own_store_id(ctx)
    damaged = ctx.db.damage is not None or (ctx.data_dir is not None and ctx.data_dir.damaged)
    try:
        cached = [] if damaged else SqliteStoreFlagCache(ctx.db).read(store_id)
    except PosError:  # a damaged file shows later, where it is reported; flags stay local
        cached = []
    return ctx.settings.flag_layers.resolve(cached)


def with_store_flags(ctx: AppContext) -> AppContext:
    """The store's central flag overrides (as last pulled) applied to the settings: read
    once, when the data directory is opened. Precedence: defaults < [flags] < central
    < POS_APP_FLAG_* (services/flags.py)."""
    resolved = store_flag_overrides(ctx)
    ctx.settings = replace(ctx.settings, flags=resolved.flags)
    ctx.flag_states = resolved
    return ctx


def init_context(
    *, data_dir: Path | None = None, config_path: Path | None = None,
    store_id: str | None = None, store_name: str | None = None, clock: Clock | None = None,
) -> AppContext:
    """Start a new store in an empty data directory (`pos-app init`)."""
    settings = load_settings(data_dir=data_dir, config_path=config_path)
    clock = clock or SystemClock()
    opened = init_data_dir(settings.data_dir,
                           store_spec(settings, store_id=store_id, store_name=store_name),
                           now=clock.now().isoformat())
    return AppContext(settings=settings, db=opened.db, clock=clock, ids=Uuid7Generator(),
                      data_dir=opened)
