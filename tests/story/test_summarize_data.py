"""The contract on real benchmark clusters (skipped when ../shared/data is absent)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsfuse
from newsfuse.embed import WordLlamaEmbedder
from newsfuse.story.summarize import summarize
from newsfuse.story.wording import is_subsequence


pytestmark = [pytest.mark.data, pytest.mark.slow]
DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
CLUSTERS_PER_SET = 4


@pytest.fixture(scope="module")
def embedder():
    return WordLlamaEmbedder()


@pytest.mark.parametrize("set_name", ["duc2003", "multiling2011", "multinews"])
def test_contract_on_benchmark_clusters(set_name, embedder):
    path = DATA / set_name / "clusters.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is not available")
    with open(path) as f:
        rows = [json.loads(line) for _, line in zip(range(CLUSTERS_PER_SET * 8), f)]
    rows = [r for r in rows if r.get("lang", "en") == "en"][:CLUSTERS_PER_SET]
    for row in rows:
        articles = newsfuse.clean(row["articles"])
        report = summarize(articles, 100, compare=False, embedder=embedder)
        assert 0 < report.words <= 100
        for s in report.summary:
            c = s.citations[0]
            source = report.article(c.article).span(c.start, c.end)
            assert is_subsequence(s.text, source)
            assert not s.text.startswith(("_", "--")), "dateline left in"


def test_continuations_on_multinews_follow_their_predecessor(embedder):
    """Multi-News, where the budget outruns the standalone sentences: continuations are
    used, and each is shown right after the sentence before it in its article."""
    from test_summarize import check_continuations

    path = DATA / "multinews" / "clusters.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is not available")
    with open(path) as f:
        rows = [json.loads(line) for _, line in zip(range(20), f)]
    used = 0
    for row in rows:
        articles = newsfuse.clean(row["articles"])
        report = summarize(articles, len(row["summaries"][0].split()), compare=False, embedder=embedder)
        used += check_continuations(report, articles)
    assert used >= 3


@pytest.mark.parametrize("language", ["ar", "cs", "el", "fr", "he", "hi"])
def test_contract_in_every_multiling_language(language, embedder):
    """Outside English: a summary within its budget, its words from the cited span, and
    no more citations than articles (the scripts WordLlama cannot read align by words)."""
    path = DATA / "multiling2011" / "clusters.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is not available")
    with open(path) as f:
        row = next(r for r in map(json.loads, f) if r.get("lang") == language)
    articles = newsfuse.clean(row["articles"])
    report = summarize(articles, 100, compare=False, embedder=embedder)
    assert 0 < report.words <= 100
    for s in report.summary:
        c = s.citations[0]
        assert is_subsequence(s.text, report.article(c.article).span(c.start, c.end))
        assert len({c.article for c in s.citations}) == len(s.citations) <= len(articles)
