"""Bring the local database to the newest schema with Alembic, on every start."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine

_HERE = Path(__file__).resolve().parent


def alembic_config() -> Config:
    cfg = Config(str(_HERE / "alembic.ini"))
    cfg.set_main_option("script_location", str(_HERE / "migrations"))
    return cfg


def upgrade(engine: Engine, revision: str = "heads") -> None:
    """Upgrade to every head: features may add independent migration branches off the
    shared trunk (each with its own down_revision), and all of them are applied."""
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def current_revision(engine: Engine) -> str | None:
    """The applied head revisions, comma-separated (one per migration branch)."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        heads = MigrationContext.configure(conn).get_current_heads()
    return ",".join(sorted(heads)) if heads else None


def pending_heads(engine: Engine) -> list[str]:
    """The heads this code knows that the database has not reached: empty when the
    schema is current. Read-only commands report these instead of migrating."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    with engine.connect() as conn:
        applied = set(MigrationContext.configure(conn).get_current_heads())
    reached: set[str] = set()
    known = {rev.revision for rev in script.walk_revisions()}
    for head in applied & known:
        reached.update(rev.revision for rev in script.iterate_revisions(head, "base"))
    return sorted(h for h in script.get_heads() if h not in reached)
