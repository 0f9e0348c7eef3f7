"""Alembic environment of the central database. Run through `central.migrate.upgrade`."""

from __future__ import annotations

from alembic import context

from pos_app.adapters.central.schema import metadata

VERSION_TABLE = "central_alembic_version"


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("run central migrations through pos_app.adapters.central.migrate")
    context.configure(connection=connection, target_metadata=metadata,
                      version_table=VERSION_TABLE, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
