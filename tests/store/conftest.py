"""A fresh store per test: SQLite in tmp_path, and PostgreSQL too when
NEWSFUSE_TEST_PG_URL names a test database (.ci/postgres.sh starts one in CI)."""

from __future__ import annotations

import os

import pytest

PG_ENV = "NEWSFUSE_TEST_PG_URL"


def reset_postgres(url: str) -> None:
    """Drop everything newsfuse created, so each test starts from an empty database."""
    from sqlalchemy import create_engine, text

    from newsfuse.store import resolve_url

    engine = create_engine(resolve_url(url))
    with engine.begin() as conn:
        for table in ("reports", "articles", "stories", "checkpoints", "alembic_version"):
            conn.execute(text(f"DROP TABLE IF EXISTS {table} CASCADE"))
    engine.dispose()


def store_urls() -> list:
    params = [pytest.param("sqlite", id="sqlite")]
    params.append(pytest.param("postgresql", id="postgresql", marks=pytest.mark.skipif(
        not os.environ.get(PG_ENV), reason=f"{PG_ENV} not set (run .ci/postgres.sh)")))
    return params


@pytest.fixture(params=store_urls())
def store_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    url = os.environ[PG_ENV]
    reset_postgres(url)
    return url


@pytest.fixture
def store(store_url):
    from newsfuse.store import Store

    with Store.open(store_url) as opened:
        yield opened
