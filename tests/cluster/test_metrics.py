from __future__ import annotations

import pytest

from newsfuse.cluster.metrics import bcubed, pairwise

GOLD = {"a": "1", "b": "1", "c": "1", "d": "2"}


def test_perfect_and_degenerate_clusterings():
    assert bcubed([["a", "b", "c"], ["d"]], GOLD).f1 == pytest.approx(1.0)
    lumped = bcubed([["a", "b", "c", "d"]], GOLD)
    assert lumped.recall == pytest.approx(1.0) and lumped.precision == pytest.approx((3 * 3 / 4 + 1 / 4) / 4)
    split = pairwise([["a"], ["b"], ["c"], ["d"]], GOLD)
    assert split.precision == 1.0 and split.recall == 0.0 and split.f1 == 0.0


def test_pairwise_counts_pairs():
    scores = pairwise([["a", "b"], ["c", "d"]], GOLD)
    assert scores.precision == pytest.approx(1 / 2) and scores.recall == pytest.approx(1 / 3)


def test_groups_must_cover_gold_exactly():
    with pytest.raises(ValueError):
        bcubed([["a", "b"]], GOLD)
    with pytest.raises(ValueError):
        bcubed([["a", "b", "c"], ["d", "a"]], GOLD)
