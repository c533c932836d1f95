"""Killing an ingest (SIGKILL) part-way and re-running it gives the same store as an
uninterrupted run, and nothing acknowledged before the kill is lost."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from newsfuse.embed import HashingEmbedder
from newsfuse.engine.local import IngestOptions, LocalExecutor, ingest
from newsfuse.store import Store

from .fakes import corpus, fake_summarize, write_jsonl
from .helpers import contents

CHILD = Path(__file__).with_name("ingest_child.py")
WINDOW, BATCH = 12, 4
ARTICLES = 40


def run_to_end(db: Path, source: Path) -> dict:
    with Store.open(db) as store:
        ingest([source], store, LocalExecutor(fake_summarize), embedder=HashingEmbedder(),
               options=IngestOptions(batch_size=BATCH, window=WINDOW))
        assert store.stale_stories() == []
        return contents(store)


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> Path:
    return write_jsonl(tmp_path_factory.mktemp("crash") / "in.jsonl", corpus(ARTICLES, seed=11))


@pytest.fixture(scope="module")
def uninterrupted(source, tmp_path_factory) -> dict:
    return run_to_end(tmp_path_factory.mktemp("ref") / "ref.db", source)


@pytest.mark.slow
@pytest.mark.parametrize("mode,n", [("after-batch", 5), ("in-report", 4)])
def test_killed_then_rerun_equals_uninterrupted(mode, n, source, uninterrupted, tmp_path):
    db = tmp_path / "killed.db"
    child = subprocess.run([sys.executable, str(CHILD), str(db), str(source), str(WINDOW), str(BATCH), mode, str(n)],
                           capture_output=True, text=True, timeout=120)
    assert child.returncode == -signal.SIGKILL, child.stderr[-2000:]
    with Store.open(db) as store:
        kept = store.count_articles()
    if mode == "after-batch":
        acknowledged = int(child.stdout.split()[-1])
        assert kept == acknowledged > 0  # every acknowledged batch survived the kill
    assert 0 < kept < ARTICLES
    assert run_to_end(db, source) == uninterrupted
