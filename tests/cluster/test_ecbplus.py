"""On real hard negatives (ECB+: two same-kind events per topic), held-out topics."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

import newsfuse
from newsfuse.cluster.metrics import bcubed
from newsfuse.embed import WordLlamaEmbedder


pytestmark = [pytest.mark.data, pytest.mark.slow]
ECBPLUS = Path(__file__).resolve().parents[3] / "shared" / "data" / "ecbplus" / "articles.jsonl"


@pytest.fixture(scope="module")
def evaluation_topics():
    """ECB+ topics 3, 7, 11, ...: constants were calibrated on topics 1, 5, 9, ..."""
    if not ECBPLUS.exists():
        pytest.skip(f"{ECBPLUS} is not available")
    rows = [json.loads(line) for line in ECBPLUS.open()]
    return [r for r in rows if int(r["topic"]) % 4 == 3]


def test_batch_separates_events_on_held_out_topics(evaluation_topics):
    groups = newsfuse.cluster(evaluation_topics, embedder=WordLlamaEmbedder())
    gold = {r["id"]: r["cluster"] for r in evaluation_topics}
    assert bcubed(groups, gold).f1 > 0.8
    topic = {r["id"]: r["topic"] for r in evaluation_topics}
    merged_topics = set()
    for group in groups:
        events = Counter(gold[i] for i in group)
        if len(events) > 1 and sorted(events.values())[-2] >= 3:  # two events substantially lumped
            merged_topics |= {topic[i] for i in group}
    # measured: 3 of 10 topics lumped (docs/clustering.md); lumping everything gives 10
    assert len(merged_topics) < len({r["topic"] for r in evaluation_topics}) // 2
