"""Budgeted selection: within the budget, one wording per fact, coverage over repetition."""

from __future__ import annotations

import numpy as np
import pytest

from newsfuse.story.select import Pick, SelectOptions, concept_weights, select


def _pick(i, fact, words, concepts, position=5):
    return Pick(i, fact, words, frozenset(concepts), 1, position)


PICKS = [
    _pick(0, 0, 10, [("a", "b"), ("c", "d")]),
    _pick(1, 0, 12, [("a", "b"), ("c", "d"), ("e", "f")]),  # same fact, other wording
    _pick(2, 1, 10, [("a", "b")]),  # repeats what 0/1 say
    _pick(3, 2, 10, [("g", "h"), ("i", "j")]),
    _pick(4, 3, 30, [("k", "l")]),
]
WEIGHTS = {("a", "b"): 3.0, ("c", "d"): 2.0, ("e", "f"): 2.0, ("g", "h"): 2.0, ("i", "j"): 1.0, ("k", "l"): 1.0}


@pytest.mark.parametrize("solver", ["greedy", "ilp"])
def test_budget_one_wording_per_fact_and_no_repetition(solver):
    options = SelectOptions(solver=solver, lead_bonus=0, support_bonus=0, centrality_bonus=0)
    chosen = select(PICKS, WEIGHTS, np.zeros((5, 5)), 22, options)
    picked = [PICKS[i] for i in chosen]
    assert sum(p.words for p in picked) <= 22
    assert len({p.fact for p in picked}) == len(picked)
    assert {p.candidate for p in picked} == {1, 3}


@pytest.mark.parametrize("solver", ["greedy", "ilp"])
def test_near_duplicates_are_not_both_picked(solver):
    sim = np.zeros((5, 5))
    sim[1, 3] = sim[3, 1] = 0.9
    options = SelectOptions(solver=solver, lead_bonus=0, support_bonus=0, centrality_bonus=0)
    chosen = {PICKS[i].candidate for i in select(PICKS, WEIGHTS, sim, 40, options)}
    assert not {1, 3} <= chosen


def test_concepts_need_several_articles():
    docs = [frozenset({("a", "b"), ("x", "y")}), frozenset({("a", "b")}), frozenset({("a", "b")})]
    weights = concept_weights(docs, SelectOptions())
    assert weights == {("a", "b"): 3.0}


def test_nothing_fits():
    assert select(PICKS, WEIGHTS, np.zeros((5, 5)), 5, SelectOptions()) == []
