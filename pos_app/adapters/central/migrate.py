"""Bring a central database to the newest schema (its own Alembic history and table)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine

_HERE = Path(__file__).resolve().parent
VERSION_TABLE = "central_alembic_version"


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(_HERE / "migrations"))
    return cfg


def upgrade(engine: Engine, revision: str = "heads") -> None:
    """Run as the database owner (an administrator), never with a terminal's role. To
    every head: features may branch off the shared trunk, as the local schema does."""
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(
            conn, opts={"version_table": VERSION_TABLE}).get_current_revision()
