"""The ingest on a real PostgreSQL (skipped unless NEWSFUSE_TEST_PG_URL is set, as
.ci/postgres.sh arranges in CI): same store as on SQLite, re-ingest a no-op."""

from __future__ import annotations

import os

import pytest

from newsfuse.embed import HashingEmbedder
from newsfuse.engine.local import IngestOptions, LocalExecutor, ingest
from newsfuse.store import Store

from .fakes import corpus, fake_summarize, write_jsonl
from .helpers import PG_ENV, contents, reset_postgres

pytestmark = pytest.mark.skipif(not os.environ.get(PG_ENV), reason=f"{PG_ENV} not set (run .ci/postgres.sh)")
OPTIONS = IngestOptions(batch_size=5, window=12)


def run(db, paths) -> dict:
    with Store.open(db) as store:
        stats = ingest(paths, store, LocalExecutor(fake_summarize), embedder=HashingEmbedder(), options=OPTIONS)
        return {"stats": stats.to_dict(), "contents": contents(store)}


def test_postgresql_store_equals_sqlite_store(tmp_path):
    url = os.environ[PG_ENV]
    reset_postgres(url)
    src = write_jsonl(tmp_path / "in.jsonl", corpus(24, seed=3))
    on_pg, on_sqlite = run(url, [src]), run(tmp_path / "s.db", [src])
    assert on_pg == on_sqlite and on_pg["stats"]["stored"] == 24
    again = run(url, [src])
    assert again["stats"]["stored"] == 0 and again["contents"] == on_pg["contents"]
