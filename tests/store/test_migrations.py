"""Migrations ship in the package, run on open, and build exactly the schema the code
uses (alembic's own comparison finds no difference)."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from newsfuse.store import Store, content_hash, migrate
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


def test_upgrading_dates_old_stories_on_their_articles_publication_dates(tmp_path):
    """0003: a story whose first/last seen took an undated article's ingest day is dated on
    its dated articles; a story with no dated article keeps its ingest days."""
    import datetime as dt

    from alembic import command
    from sqlalchemy import update

    from newsfuse.model import Article
    from newsfuse.store.schema import stories

    path = tmp_path / "old.db"
    with Store.open(path) as store:
        store.add_articles([Article(id="d", text="Dated.", published=dt.date(2022, 12, 19)),
                            Article(id="u", text="Undated."), Article(id="v", text="Alone.")])
        store.assign({"d": "s1", "u": "s1", "v": "s2"})
        with store.engine.begin() as conn:  # as the old rule left them: the ingest day counted
            conn.execute(update(stories).where(stories.c.id == "s1").values(last_seen=dt.date(2026, 12, 7)))
        config = migrate._config()
        with store.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0002")
    with Store.open(path) as store:
        assert (store.story("s1").first_seen, store.story("s1").last_seen) == (dt.date(2022, 12, 19),) * 2
        assert store.story("s2").last_seen == store.story("s2").first_seen is not None


def test_upgrading_rehashes_articles_on_what_their_input_gives(tmp_path):
    """0004: a stored article's hash no longer covers an inferred title or date, so the
    same file read by a newer cleaning (another title, CRLF read as LF) is a duplicate;
    downgrading restores the old rule's hashes."""
    import datetime as dt

    from alembic import command
    from sqlalchemy import select

    from newsfuse.model import Article
    from newsfuse.store.schema import articles

    path = tmp_path / "old.db"
    text = "Inferred title\r\n\r\nLine one.\r\nLine two."
    stored = Article(id="a", text=text, title="Inferred title", outlet="AP",
                     published=dt.date(2024, 5, 1), published_from="body")
    twin = stored.replace(id="b", title="Line one.")  # another inferred title: one article under the new rule
    with Store.open(path) as store:
        store.add_articles([stored])
        config = migrate._config()
        with store.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0003")  # the old rule's hashes, as an old store holds them
    with Store.open(path, migrate_schema=False) as store:
        with store.engine.begin() as conn:  # the old code stored the twin beside it
            conn.execute(articles.insert().values(
                id="b", content_hash="0" * 64, outlet="AP", title=twin.title, text=twin.text,
                payload={"published_from": "body"}, ingested_at=dt.datetime(2024, 5, 2)))
            old = conn.execute(select(articles.c.content_hash).where(articles.c.id == "a")).scalar_one()
        assert old != content_hash(stored)
    with Store.open(path) as store:  # upgraded on open
        reread = Article(id="a", text="Inferred title\n\nLine one.\nLine two.", title="Line two.", outlet="AP")
        assert not store.add_articles([reread]).added and store.count_articles() == 2
