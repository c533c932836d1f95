"""Budgeted selection: within the budget, one wording per fact, coverage over repetition."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from newsfuse.story.align import AlignedFact, with_cited_pairs
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


@pytest.mark.parametrize("solver", ["greedy", "ilp"])
def test_a_sentence_the_summary_cites_is_not_shown_again(solver):
    # 3 supports 1 (another fact's sentence that says what 1 says: shown 1 cites it), in
    # words too far apart for the topical similarity to call them duplicates
    facts = [AlignedFact((0, 1), {1: (3,)}), AlignedFact((2,)), AlignedFact((3,)), AlignedFact((4,))]
    sim = np.zeros((5, 5))
    options = SelectOptions(solver=solver, lead_bonus=0, support_bonus=0, centrality_bonus=0)
    assert {1, 3} <= {PICKS[i].candidate for i in select(PICKS, WEIGHTS, sim, 40, options)}
    redundant = with_cited_pairs(sim, facts)
    assert redundant[1, 3] == redundant[3, 1] == 1.0 and not sim.any()  # a copy: sim is the story's
    assert not {1, 3} <= {PICKS[i].candidate for i in select(PICKS, WEIGHTS, redundant, 40, options)}
    # a supporter the summary would not cite (its figures disagree, ...) is no repeat
    assert with_cited_pairs(sim, facts, cited=lambda shown, found: ()) is sim
    assert with_cited_pairs(sim, facts, cited=lambda shown, found: found if shown == 1 else ())[3, 1] == 1.0


def test_concepts_need_several_articles():
    docs = [frozenset({("a", "b"), ("x", "y")}), frozenset({("a", "b")}), frozenset({("a", "b")})]
    weights = concept_weights(docs, SelectOptions())
    assert weights == {("a", "b"): 3.0}


def test_nothing_fits():
    assert select(PICKS, WEIGHTS, np.zeros((5, 5)), 5, SelectOptions()) == []


# Continuations: candidate 11 ("He also said ...") may only come with 10, the sentence before it.
SOLVERS = ["greedy", "ilp"]
NO_BONUS = dict(lead_bonus=0, support_bonus=0, centrality_bonus=0)


def _continuation_picks(predecessor_concepts):
    return [
        Pick(10, 0, 10, frozenset(predecessor_concepts), 1, 5),
        Pick(11, 1, 10, frozenset({("k", "l"), ("m", "n")}), 1, 6, follows=10),  # rich, but a continuation
        Pick(20, 2, 10, frozenset({("o", "p")}), 1, 5),
    ]


@pytest.mark.parametrize("solver", SOLVERS)
def test_a_continuation_is_never_chosen_without_its_predecessor(solver):
    weights = {("k", "l"): 5.0, ("m", "n"): 5.0, ("o", "p"): 1.0, ("a", "b"): 1.0}
    picks = _continuation_picks({("x", "y")})  # the predecessor adds nothing
    sim = np.zeros((30, 30))
    for budget in (10, 15, 25, 40):
        chosen = {picks[i].candidate for i in select(picks, weights, sim, budget, SelectOptions(solver=solver, **NO_BONUS))}
        assert 11 not in chosen or 10 in chosen, (budget, chosen)
    # room for one sentence: the continuation is worth most but cannot come alone
    assert {picks[i].candidate for i in select(picks, weights, sim, 15, SelectOptions(solver=solver, **NO_BONUS))} == {20}


@pytest.mark.parametrize("solver", SOLVERS)
def test_a_continuation_is_chosen_with_its_predecessor(solver):
    weights = {("k", "l"): 5.0, ("m", "n"): 5.0, ("o", "p"): 1.0, ("a", "b"): 3.0}
    picks = _continuation_picks({("a", "b")})
    chosen = [picks[i].candidate for i in select(picks, weights, np.zeros((30, 30)), 20, SelectOptions(solver=solver, **NO_BONUS))]
    assert sorted(chosen) == [10, 11]


@pytest.mark.parametrize("solver", SOLVERS)
def test_the_halves_of_a_quotation_come_together_or_not_at_all(solver):
    weights = {("a", "b"): 4.0, ("c", "d"): 1.0, ("o", "p"): 2.0}
    picks = [
        Pick(10, 0, 10, frozenset({("a", "b")}), 1, 5, head=True),
        Pick(11, 1, 10, frozenset({("c", "d")}), 1, 6, follows=10),
        Pick(20, 2, 10, frozenset({("o", "p")}), 1, 5),
    ]
    sim = np.zeros((30, 30))
    for budget, expected in ((15, {20}), (20, {10, 11}), (30, {10, 11, 20})):
        chosen = {picks[i].candidate for i in select(picks, weights, sim, budget, SelectOptions(solver=solver, **NO_BONUS))}
        assert chosen == expected, (budget, chosen)


def test_continuations_can_be_switched_off():
    weights = {("k", "l"): 5.0, ("m", "n"): 5.0, ("o", "p"): 1.0, ("a", "b"): 3.0}
    picks = _continuation_picks({("a", "b")})
    options = SelectOptions(continuations=False, **NO_BONUS)
    assert sorted(picks[i].candidate for i in select(picks, weights, np.zeros((30, 30)), 40, options)) == [10, 20]


def test_fill_swaps_for_a_longer_sentence_of_nearly_the_same_value():
    # greedy takes the dense short sentence 0 and leaves 10 of 30 words unused; sentence 1
    # says slightly less in more words and fills the budget: within the tolerance, fill
    # swaps; with no tolerance (or a larger loss) the solver's pick stands
    picks = [
        _pick(0, 0, 10, [("a", "b"), ("c", "d")]),
        _pick(1, 1, 20, [("a", "b"), ("c", "e")]),
        _pick(2, 2, 10, [("x", "y")]),
    ]
    weights = {("a", "b"): 5.0, ("c", "d"): 1.0, ("c", "e"): 0.9, ("x", "y"): 2.0}
    sim = np.zeros((3, 3))
    sim[0, 1] = sim[1, 0] = 0.9  # 0 and 1 are near-duplicates: never both
    base = dict(lead_bonus=0, support_bonus=0, centrality_bonus=0)
    no_fill = select(picks, weights, sim, 30, SelectOptions(fill_tolerance=0, **base))
    assert sorted(picks[i].candidate for i in no_fill) == [0, 2]
    filled = select(picks, weights, sim, 30, SelectOptions(fill_tolerance=0.05, **base))
    assert sorted(picks[i].candidate for i in filled) == [1, 2]
    assert sum(picks[i].words for i in filled) == 30
    weights[("c", "e")] = 0.1  # the swap would now lose 11% of the value
    kept = select(picks, weights, sim, 30, SelectOptions(fill_tolerance=0.05, **base))
    assert sorted(picks[i].candidate for i in kept) == [0, 2]


@pytest.mark.parametrize("solver", SOLVERS)
def test_an_articles_opening_sentence_comes_in_when_none_was_chosen(solver):
    """Concept coverage alone prefers two later sentences; the summary still gets a lead,
    and the least valuable sentence makes room for it."""
    picks = [
        _pick(0, 0, 10, [("a", "b"), ("c", "d")], position=4),
        _pick(1, 1, 10, [("e", "f"), ("g", "h")], position=6),
        _pick(2, 2, 10, [("i", "j")], position=0),
    ]
    weights = {("a", "b"): 3.0, ("c", "d"): 3.0, ("e", "f"): 2.0, ("g", "h"): 2.0, ("i", "j"): 1.0}
    chosen = {picks[i].candidate for i in select(picks, weights, np.zeros((3, 3)), 20, SelectOptions(solver=solver, **NO_BONUS))}
    assert chosen == {0, 2}
    off = SelectOptions(solver=solver, lead_tolerance=0, **NO_BONUS)
    assert {picks[i].candidate for i in select(picks, weights, np.zeros((3, 3)), 20, off)} == {0, 1}


def test_a_repeat_of_what_the_summary_says_earns_no_centrality():
    """Two articles' leads tell one event in other words (two facts to the aligner, both
    central); a third sentence says something new. With the budget for two, the summary
    takes the lead and the new sentence, not the lead twice."""
    lead = [("putin", "arriv"), ("arriv", "minsk"), ("minsk", "talk")]
    picks = [
        Pick(0, 0, 10, frozenset(lead), 1, 0, centrality=1.0),
        Pick(1, 1, 10, frozenset([*lead, ("minsk", "monday")]), 1, 2, centrality=0.95),
        Pick(2, 2, 10, frozenset([("drill", "footag")]), 1, 0, centrality=0.1),
    ]
    weights = {**{c: 3.0 for c in lead}, ("minsk", "monday"): 1.0, ("drill", "footag"): 2.0}
    options = SelectOptions(fill_tolerance=0, lead_tolerance=0)
    assert {picks[i].candidate for i in select(picks, weights, np.zeros((3, 3)), 20, options)} == {0, 2}
    off = replace(options, fresh_share_for_centrality=0)
    assert {picks[i].candidate for i in select(picks, weights, np.zeros((3, 3)), 20, off)} == {0, 1}


def test_filling_the_budget_never_takes_out_the_only_opening_sentence():
    """The fill pass swaps a sentence for a longer one of the same value; the summary's
    only article opening is not the one it gives up."""
    picks = [
        _pick(0, 0, 10, [("a", "b")], position=0),
        _pick(1, 1, 10, [("c", "d")], position=4),
        _pick(2, 2, 15, [("e", "f")], position=5),
    ]
    weights = {("a", "b"): 5.0, ("c", "d"): 5.0, ("e", "f"): 5.0}
    chosen = {picks[i].candidate for i in select(picks, weights, np.zeros((3, 3)), 25, SelectOptions(**NO_BONUS))}
    assert chosen == {0, 2}
    off = SelectOptions(lead_tolerance=0, **NO_BONUS)
    assert {picks[i].candidate for i in select(picks, weights, np.zeros((3, 3)), 25, off)} == {1, 2}
