"""Web fixtures: the seed articles in a real SQLite store, one story with a report
(see webseed.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsfuse.model import Article
from newsfuse.web import WebSettings, create_app
from webseed import STORY_ID, TOKEN, seed_report


@pytest.fixture(scope="session")
def seed_list(seeds_dir) -> list[Article]:
    import newsfuse

    return newsfuse.clean([seeds_dir])


@pytest.fixture(scope="session")
def seed_report_data(seed_list) -> dict:
    return seed_report(seed_list)


@pytest.fixture()
def store(tmp_path, seed_list, seed_report_data):
    from newsfuse.store import Store

    with Store.open(tmp_path / "web.db") as s:
        s.add_articles(seed_list)
        s.assign({a.id: STORY_ID for a in seed_list})
        s.save_report(STORY_ID, seed_report_data, [a.id for a in seed_list])
        yield s


@pytest.fixture()
def source(store):
    from newsfuse.embed import HashingEmbedder
    from newsfuse.web.store_source import StoreSource

    return StoreSource(store, embedder=HashingEmbedder())


def make_app(source, **settings: Any):
    return create_app(source, WebSettings(**settings))


@pytest.fixture()
def client(source):
    from fastapi.testclient import TestClient

    app = make_app(source, ingest_token=TOKEN, max_body_bytes=200_000, max_articles=10)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


@pytest.fixture()
def artifacts_dir() -> Path:
    path = Path(__file__).resolve().parents[2] / "artifacts"
    path.mkdir(exist_ok=True)
    return path
