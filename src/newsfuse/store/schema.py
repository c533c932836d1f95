"""The store's tables (SQLAlchemy Core). Migrations in ``store/migrations`` create and
change them; this module is what the code reads and writes through, and must match
the latest migration (tests/store/test_migrations.py checks that).

Why these tables:
- ``articles``: one row per distinct article. ``content_hash`` (what the input gives:
  outlet, date field, url, a title the text does not hold, text; `records.content_hash`)
  makes an exact re-ingest a no-op, under any later version's cleaning too, while the
  same wire copy from two outlets stays two articles. The whole cleaned Article (text, units, removed spans) is kept
  so a story can be re-summarised without re-reading the inputs.
- ``stories``: one row per story with running aggregates (size, outlets, first/last
  seen, headline), so listing is one query whose cost does not grow with the archive;
  ``state`` is the clusterer's opaque StoryState, so an online clusterer resumes;
  ``stale`` marks stories that gained articles since their last report (set in the
  same transaction as the articles, so a crash never loses a pending recompute).
- ``reports``: every version of every story's report, with the article ids it covered
  and the ones added since the previous version.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

stories = Table(
    "stories",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("first_seq", Integer, nullable=False),  # articles.seq of its first article: creation order
    Column("size", Integer, nullable=False, default=0),
    Column("outlets", JSON, nullable=False),  # distinct outlet labels, first-seen order
    Column("first_seen", Date),  # earliest publication date of its articles (ingest dates if none is dated)
    Column("last_seen", Date),
    Column("headline", Text),  # latest report's headline, else the first article's title
    Column("state", JSON),  # the clusterer's StoryState.to_dict(), opaque to the store
    Column("stale", Boolean, nullable=False, default=True),
    Column("report_version", Integer),  # latest saved report, None before the first
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)
Index("ix_stories_last_seen", stories.c.last_seen)
Index("ix_stories_stale", stories.c.stale)

articles = Table(
    "articles",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),  # ingest order
    Column("id", String(200), nullable=False, unique=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("story_id", String(64), ForeignKey("stories.id"), index=True),
    Column("outlet", String(300)),
    Column("title", Text),
    Column("url", Text),
    Column("published", Date, index=True),
    Column("language", String(16)),
    Column("origin", Text),
    Column("text", Text, nullable=False),
    Column("payload", JSON, nullable=False),  # units, removed, extra, published_from
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)

reports = Table(
    "reports",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("story_id", String(64), ForeignKey("stories.id"), nullable=False),
    Column("version", Integer, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("article_ids", JSON, nullable=False),
    Column("added", JSON, nullable=False),  # article ids new since the previous version
    Column("data", JSON, nullable=False),  # Report.to_dict()
    UniqueConstraint("story_id", "version", name="uq_reports_story_version"),
)

# Opaque engine state saved in the same transaction as each batch (the online
# clusterer's exact snapshot), so a killed ingest resumes exactly where it stopped.
checkpoints = Table(
    "checkpoints",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("data", LargeBinary, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

__all__ = ["metadata", "stories", "articles", "reports", "checkpoints"]
