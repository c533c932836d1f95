"""Migrations ship in the package, run on open, and build exactly the schema the code
uses (alembic's own comparison finds no difference)."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from newsfuse.store import Store, migrate
from newsfuse.store.schema import metadata


def test_new_store_is_at_head(store):
    assert migrate.current_revision(store.engine) == migrate.head_revision()


def test_migrated_schema_matches_the_code(store):
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []


def test_old_database_is_upgraded_on_open(tmp_path):
    from alembic import command

    path = tmp_path / "old.db"
    with Store.open(path, migrate_schema=False) as raw:
        config = migrate._config()
        with raw.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "0001")
        assert migrate.current_revision(raw.engine) == "0001"
    with Store.open(path) as store:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        assert store.checkpoint("anything") is None  # the 0002 table exists


def test_default_path_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSFUSE_DB", str(tmp_path / "env.db"))
    with Store.open() as store:
        assert store.url.endswith("env.db")
    assert (tmp_path / "env.db").exists()
