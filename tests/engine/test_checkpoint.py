"""A restored snapshot decides exactly like the clusterer it was taken from (which
``OnlineClusterer.from_states`` does not promise: it approximates the frequencies)."""

from __future__ import annotations

from newsfuse.cluster import OnlineClusterer
from newsfuse.embed import HashingEmbedder
from newsfuse.engine import checkpoint

from .fakes import corpus


def test_restored_clusterer_continues_identically():
    records = corpus(60, seed=21)
    first, rest = records[:30], records[30:]
    original = OnlineClusterer(embedder=HashingEmbedder())
    original.add_many(first)
    restored = checkpoint.restore(checkpoint.snapshot(original), HashingEmbedder())
    assert [s.to_dict() for s in restored.states()] == [s.to_dict() for s in original.states()]
    assert restored.add_many(rest) == original.add_many(rest)


def test_snapshot_leaves_the_live_clusterer_usable():
    clusterer = OnlineClusterer(embedder=HashingEmbedder())
    clusterer.add_many(corpus(10))
    checkpoint.snapshot(clusterer)
    assert clusterer.add_many(corpus(3, seed=99))  # index and embedder still attached
