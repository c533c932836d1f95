"""Comparing two stores: everything an ingest decides, nothing about when it ran."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from newsfuse.store import Store
from newsfuse.store.schema import articles


def contents(store: Store) -> dict[str, Any]:
    with store.engine.connect() as conn:
        rows = conn.execute(select(articles.c.id, articles.c.content_hash, articles.c.story_id).order_by(articles.c.id)).all()
    stories = [(s.id, s.size, s.outlets, s.first_seen, s.last_seen, s.headline, s.stale) for s in store.stories()]
    reports = {}
    for s in store.stories():
        record = store.report(s.id)
        data = dict(record.data) if record else None
        if data is not None:
            data.get("meta", {}).pop("seconds", None)  # timings differ run to run
        reports[s.id] = (record.article_ids, data) if record else None
    return {"articles": [tuple(r) for r in rows], "stories": sorted(stories), "reports": reports}


PG_ENV = "NEWSFUSE_TEST_PG_URL"


def reset_postgres(url: str) -> None:
    """Drop what newsfuse created in the test database (.ci/postgres.sh makes it)."""
    from sqlalchemy import create_engine, text

    from newsfuse.store import resolve_url

    engine = create_engine(resolve_url(url))
    with engine.begin() as conn:
        for table in ("reports", "articles", "stories", "checkpoints", "alembic_version"):
            conn.execute(text(f"DROP TABLE IF EXISTS {table} CASCADE"))
    engine.dispose()
