"""A schema upgrade that fails half-way leaves the data as it was before it started."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from pos_app.adapters.sqlite import migrate
from pos_app.adapters.sqlite.catalog_repo import SqliteCatalogRepository
from pos_app.adapters.sqlite.store import LocalDatabase
from tests.conftest import TAX_CLASSES


def test_a_failed_upgrade_puts_the_pre_migration_copy_back(tmp_path, monkeypatch):
    db = LocalDatabase(tmp_path)
    repo = SqliteCatalogRepository(db)
    for tc in TAX_CLASSES.values():
        repo.upsert_tax_class(tc)
    before = repo.tax_classes()
    with db.write() as conn:  # as if this database predates the card-scrub upgrade (idempotent)
        conn.execute(text("DELETE FROM alembic_version WHERE version_num = '0010_card_scrub'"))
    db.close()

    real_upgrade = migrate.upgrade

    def half_way(engine, revision="heads"):
        # Some of the upgrade's work is committed, then it dies.
        with engine.begin() as conn:
            conn.execute(text("DELETE FROM tax_class_rate"))
            conn.execute(text("DELETE FROM tax_class"))
        raise RuntimeError("power cut in the middle of the upgrade")

    monkeypatch.setattr(migrate, "upgrade", half_way)
    with pytest.raises(RuntimeError, match="power cut"):
        LocalDatabase(tmp_path)
    monkeypatch.setattr(migrate, "upgrade", real_upgrade)

    copies = list((tmp_path / "backups" / "pre-migration").glob("*.sqlite3"))
    assert len(copies) == 1 and copies[0].stat().st_mode & 0o777 == 0o600
    db = LocalDatabase(tmp_path, run_migrations=False)
    try:
        assert SqliteCatalogRepository(db).tax_classes() == before
        assert migrate.pending_heads(db.writer) == ["0010_card_scrub"]
    finally:
        db.close()
    db = LocalDatabase(tmp_path)  # the next start upgrades it for real
    try:
        assert migrate.pending_heads(db.writer) == []
        assert SqliteCatalogRepository(db).tax_classes() == before
    finally:
        db.close()
