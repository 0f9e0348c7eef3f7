"""Builds the objects a command or the GUI needs from settings: one place, one time."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pos_app.adapters.config import load_settings
from pos_app.adapters.ids import Uuid7Generator
from pos_app.adapters.sqlite.catalog_repo import refuse_other_currency
from pos_app.adapters.sqlite.store import LocalDatabase
from pos_app.domain.clock import Clock, IdGenerator, SystemClock
from pos_app.services.settings import Settings


@dataclass
class AppContext:
    settings: Settings
    db: LocalDatabase
    clock: Clock = field(default_factory=SystemClock)
    ids: IdGenerator = field(default_factory=Uuid7Generator)

    def close(self) -> None:
        self.db.close()


def open_context(
    *, data_dir: Path | None = None, config_path: Path | None = None, demo: bool | None = None,
    clock: Clock | None = None, ids: IdGenerator | None = None,
) -> AppContext:
    settings = load_settings(data_dir=data_dir, config_path=config_path, demo=demo)
    db = LocalDatabase(settings.data_dir)
    # one currency per catalog: refused with exit 78 (catalog_repo.py)
    refuse_other_currency(db, settings.store.currency, on_refusal=db.close)
    return AppContext(settings=settings, db=db, clock=clock or SystemClock(),
                      ids=ids or Uuid7Generator())
