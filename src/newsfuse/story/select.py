"""Content selection under a word budget: Gillick & Favre's concept ILP.

Concepts are stemmed bigrams; a concept's weight is how many articles use it, so what the
sources agree on counts most. The ILP picks the set of sentences that covers the most
concept weight within the budget, each concept counted once — redundancy is penalised by
construction, not by a greedy heuristic. On top of the concepts: at most one wording per
fact, no two near-duplicate sentences, and a small bonus for facts several outlets report
and for sentences early in their article (news leads carry the who/what/where/when).
A *continuation* (a sentence that reads well only right after the sentence before it in
its article: "He also said ...") may be chosen only once that sentence is; the two halves
of a quotation the splitter cut in two are one unit (summed words and concepts).
Solved by Lin & Bilmes' budgeted greedy (the default) or exactly with HiGHS
(``scipy.optimize.milp``). A last pass uses the words the solver left unspent: a sentence
may give way to a longer one when the summary's value barely drops (`_fill`).
"""

from __future__ import annotations

import heapq
import math
from collections import Counter
from dataclasses import dataclass
from itertools import chain, compress, repeat
from operator import ge
from typing import Sequence

import numpy as np
from scipy import sparse
from scipy.optimize import Bounds, LinearConstraint, milp

# A stemmed bigram, "stem stem" (`tokens.bigram_concepts`); content-word unigrams lost ROUGE (docs/summary.md).
Concept = str


@dataclass(frozen=True)
class SelectOptions:
    """Calibrated jointly on ../shared/data duc2003 (23 clusters), multiling2011 English
    (10) and the first 100 Multi-News clusters with bench/summary_grid.py: a small grid
    over each value below, kept where ROUGE rose across the sets (the grid and its
    figures are in docs/summary.md). Bonuses are in units of one source's use of one
    bigram concept."""

    # A concept counts when at least this share of the story's articles use it (and at
    # least 2 when the story has 2+ articles): 3 of DUC's 10, as in Gillick & Favre.
    # 0.2 lost 1.3 ROUGE-2 on DUC, 0.4 lost 0.3.
    min_df_share: float = 0.3
    support_bonus: float = 1.0  # per additional article reporting the fact
    lead_bonus: float = 6.0  # for an article's first sentence, halving every lead_decay
    lead_decay: float = 3.0
    centrality_bonus: float = 10.0  # for the most central sentence (least central: 0)
    redundancy: float = 0.70  # blended similarity above which two picks are duplicates
    max_candidates: int = 120  # selection sees the best-scoring sentences only (speed)
    # "greedy": Lin & Bilmes' budgeted greedy (gain / words**greedy_scale, then the
    # better of that set and the best single sentence). "ilp": the exact Gillick & Favre
    # ILP (HiGHS). On DUC the greedy scored as well (R-2 10.4 vs 10.1) at a third of the time.
    solver: str = "greedy"
    greedy_scale: float = 0.5  # Lin & Bilmes' r (their guarantee is for r=1; 0.5 scored best)
    time_limit: float = 2.0  # seconds for HiGHS; the best solution found so far is used
    gap: float = 0.01  # HiGHS stops within 1% of the optimum
    # Continuations (a back-reference or a quotation's second half, shown only right after
    # the sentence before it in its article) may be chosen. Off: standalone sentences only
    # (the ablation in docs/summary.md's grid).
    continuations: bool = True
    # Budget use: after the solver, a chosen sentence may be swapped for a longer one that
    # still fits when the summary's value (coverage + bonuses) drops by at most this share:
    # the words left unused are content the reader asked for and did not get. 0: off.
    fill_tolerance: float = 0.02
    # Centrality rewards a sentence for saying what the other articles say, so the second
    # telling of the lead is as central as the first: a 2-3-article story's summary told its
    # lead again and again (a reader review of 70 Multi-News summaries flagged 12% of their
    # sentences as repeats). In the greedy, a sentence earns its full centrality bonus only
    # while at least this share of its concept weight is new to the summary, and in
    # proportion below it. 0: off. 0.25 and 0.5 both raised Multi-News (+0.20 / +0.23 R-1)
    # and left DUC as it was, but 0.5 cost MultiLing more (English -0.16 R-1 against
    # -0.05, Arabic -0.52 against -0.19): docs/summary-rounds.md, thirteenth round.
    fresh_share_for_centrality: float = 0.25
    # A news summary leads with what an article leads with: when the solver chose no
    # article's opening sentence, the best one that fits comes in (the least valuable
    # sentences make room) if the summary's value drops by at most this share. 0: off.
    lead_tolerance: float = 1.0


@dataclass(frozen=True)
class Pick:
    """What selection needs to know about one eligible wording."""

    candidate: int
    fact: int
    words: int
    concepts: frozenset[Concept]
    support: int
    position: int
    centrality: float = 0.0  # 0..1: how much the other articles say something like it
    # A continuation: the candidate it must be shown directly after (chosen only with it).
    follows: int | None = None
    # Cannot be shown without the continuation that follows it (a quotation's first half):
    # chosen only together with it, as one unit.
    head: bool = False


def concept_weights(doc_concepts: Sequence[frozenset[Concept]], options: SelectOptions) -> dict[Concept, float]:
    """Document frequency of each concept, kept when frequent enough."""
    df: Counter[Concept] = Counter(chain.from_iterable(doc_concepts))
    n = len(doc_concepts)
    min_df = max(2 if n >= 2 else 1, math.ceil(options.min_df_share * n - 1e-9))
    frequent = list(map(ge, df.values(), repeat(min_df)))  # most concepts are one article's: filtered in C
    return dict(zip(compress(df.keys(), frequent), map(float, compress(df.values(), frequent))))


def centrality(sim: np.ndarray, article_of: Sequence[int]) -> np.ndarray:
    """Each sentence's mean similarity to the other articles' sentences, min-max scaled
    to 0..1 (LexRank's intuition, without the power iteration). Scaled from the least
    central, not from 0: every sentence of a story is somewhat similar to the rest, and an
    unscaled bonus would become a constant per sentence that favours short ones."""
    if not len(article_of):
        return np.zeros(0)
    art = np.asarray(article_of)
    other = art[:, None] != art[None, :]
    counts = np.maximum(other.sum(axis=1), 1)
    mean = np.where(other, np.clip(sim, 0, None), 0).sum(axis=1) / counts
    low, top = mean.min(), mean.max()
    return (mean - low) / (top - low) if top > low else np.zeros_like(mean)


def bonus(pick: Pick, options: SelectOptions) -> float:
    lead = options.lead_bonus * 0.5 ** (pick.position / options.lead_decay)
    return options.support_bonus * (pick.support - 1) + lead + options.centrality_bonus * pick.centrality


def select(
    picks: Sequence[Pick], weights: dict[Concept, float], sim: np.ndarray, budget: int, options: SelectOptions
) -> list[int]:
    """Indices into ``picks`` of the chosen sentences. A continuation is never chosen
    without the pick it follows, a head never without its continuation."""
    # A pick's value alone: its concepts' weights (whole numbers, so any order sums them
    # exactly) and its bonuses; the greedy's first scores and its best single sentence.
    alone = [sum(map(weights.get, p.concepts, repeat(0.0))) + bonus(p, options) for p in picks]
    fits = [i for i, p in enumerate(picks) if p.words <= budget and p.follows is None and not p.head]
    scored = sorted(fits, key=lambda i: -alone[i] / max(1, picks[i].words) ** 0.5)[: options.max_candidates]
    if options.continuations:
        scored += _linked(picks, scored, budget)
    if not scored:
        return []
    chosen = None
    if options.solver == "ilp":
        try:
            chosen = _ilp([picks[i] for i in scored], weights, sim, budget, options)
        except (ValueError, RuntimeError):
            chosen = None
    if chosen is None:
        chosen = _greedy([picks[i] for i in scored], weights, sim, budget, options, [alone[i] for i in scored])
    if options.lead_tolerance > 0:
        chosen = _with_a_lead([picks[i] for i in scored], chosen, weights, sim, budget, options)
    if options.fill_tolerance > 0:
        chosen = _fill([picks[i] for i in scored], chosen, weights, sim, budget, options)
    return [scored[k] for k in chosen]


def _with_a_lead(
    picks: list[Pick], chosen: list[int], weights: dict[Concept, float], sim: np.ndarray, budget: int,
    options: SelectOptions,
) -> list[int]:
    """``chosen`` with an article's opening sentence in it (`SelectOptions.lead_tolerance`):
    the opening sentence that keeps the summary's value highest once the least valuable
    standalone sentences no continuation depends on have made room for it."""
    if not chosen or any(picks[i].position == 0 for i in chosen):
        return chosen
    free = _free(picks, chosen)
    taken = set(chosen)
    floor = _value([picks[i] for i in chosen], weights, options) * (1.0 - options.lead_tolerance)
    best, best_value = None, floor
    for new, p in enumerate(picks):
        if new in taken or p.position != 0 or p.follows is not None or p.head or p.words > budget:
            continue
        kept = list(chosen)
        # make room: drop the free sentence whose loss costs least, until the opener fits
        while sum(picks[i].words for i in kept) + p.words > budget:
            droppable = [i for i in kept if i in free]
            if not droppable:
                break
            kept.remove(max(droppable, key=lambda i: _value([picks[k] for k in kept if k != i], weights, options)))
        if sum(picks[i].words for i in kept) + p.words > budget:
            continue
        if _clashes(p, [picks[i] for i in kept], sim, options):
            continue
        value = _value([picks[i] for i in (*kept, new)], weights, options)
        if value >= best_value:
            best, best_value = [*kept, new], value
    return best if best is not None else chosen


def _free(picks: Sequence[Pick], chosen: Sequence[int]) -> list[int]:
    """The chosen standalone picks no chosen continuation depends on: those a later pass
    may take out."""
    depended = {picks[j].follows for j in chosen if picks[j].follows is not None}
    return [i for i in chosen if picks[i].follows is None and not picks[i].head and picks[i].candidate not in depended]


def _clashes(p: Pick, others: Sequence[Pick], sim: np.ndarray, options: SelectOptions) -> bool:
    """Whether ``p`` tells a fact one of ``others`` tells, or nearly repeats one of them."""
    return any(q.fact == p.fact or sim[p.candidate, q.candidate] >= options.redundancy for q in others)


def _linked(picks: Sequence[Pick], roots: Sequence[int], budget: int) -> list[int]:
    """The continuations and heads reachable from ``roots`` (the standalone picks kept for
    selection): a head comes with its continuation; a continuation whose predecessor is in."""
    by_candidate = {p.candidate: i for i, p in enumerate(picks)}
    followers: dict[int, list[int]] = {}
    for i, p in enumerate(picks):
        if p.follows is not None and p.follows in by_candidate:
            followers.setdefault(p.follows, []).append(i)
    out: list[int] = []
    for i, p in enumerate(picks):  # heads: chosen with their continuation, as roots of a unit
        if p.head and p.follows is None:
            tail = [j for j in followers.get(p.candidate, ()) if picks[j].follows == p.candidate]
            if tail and p.words + picks[tail[0]].words <= budget:
                out += [i, tail[0]]
    frontier = [picks[i].candidate for i in [*roots, *out]]
    seen = set(roots) | set(out)
    while frontier:
        c = frontier.pop()
        for j in followers.get(c, ()):
            if j not in seen and picks[j].words <= budget:
                seen.add(j)
                out.append(j)
                frontier.append(picks[j].candidate)
    return out


def _ilp(picks: list[Pick], weights: dict[Concept, float], sim: np.ndarray, budget: int, options: SelectOptions):
    concepts = sorted({c for p in picks for c in p.concepts if c in weights})
    col = {c: len(picks) + j for j, c in enumerate(concepts)}
    n_vars = len(picks) + len(concepts)
    objective = np.zeros(n_vars)
    objective[: len(picks)] = [-bonus(p, options) for p in picks]
    objective[len(picks) :] = [-weights[c] for c in concepts]

    rows: list[dict[int, float]] = []
    upper: list[float] = []
    rows.append({i: float(p.words) for i, p in enumerate(picks)})
    upper.append(float(budget))
    covered_by: dict[int, list[int]] = {}
    for i, p in enumerate(picks):
        for c in p.concepts:
            if c in col:
                # a picked sentence covers its concepts (never binds at the optimum, but
                # tightens the LP relaxation: without it HiGHS branches ten times longer)
                rows.append({i: 1.0, col[c]: -1.0})
                upper.append(0.0)
                covered_by.setdefault(col[c], []).append(i)
    for j, users in covered_by.items():
        rows.append({j: 1.0, **{i: -1.0 for i in users}})  # a concept counts only if covered
        upper.append(0.0)
    by_fact: dict[int, list[int]] = {}
    for i, p in enumerate(picks):
        by_fact.setdefault(p.fact, []).append(i)
    for members in by_fact.values():
        if len(members) > 1:
            rows.append({i: 1.0 for i in members})
            upper.append(1.0)
    for a in range(len(picks)):
        for b in range(a + 1, len(picks)):
            if picks[a].fact != picks[b].fact and sim[picks[a].candidate, picks[b].candidate] >= options.redundancy:
                rows.append({a: 1.0, b: 1.0})
                upper.append(1.0)

    upper_bound = np.ones(n_vars)
    by_candidate = {p.candidate: i for i, p in enumerate(picks)}
    for j, p in enumerate(picks):
        if p.follows is not None:  # a continuation only with the pick it follows
            if p.follows in by_candidate:
                rows.append({j: 1.0, by_candidate[p.follows]: -1.0})
                upper.append(0.0)
                if picks[by_candidate[p.follows]].head:  # a head only with its continuation
                    rows.append({by_candidate[p.follows]: 1.0, j: -1.0})
                    upper.append(0.0)
            else:
                upper_bound[j] = 0.0
        if p.head and not any(q.follows == p.candidate for q in picks):
            upper_bound[j] = 0.0

    r_idx = [r for r, row in enumerate(rows) for _ in row]
    c_idx = [j for row in rows for j in row]
    values = [v for row in rows for v in row.values()]
    matrix = sparse.csr_array((values, (r_idx, c_idx)), shape=(len(rows), n_vars))
    result = milp(
        objective,
        constraints=LinearConstraint(matrix, -np.inf, np.asarray(upper)),
        integrality=np.ones(n_vars),
        bounds=Bounds(0, upper_bound),
        options={"time_limit": options.time_limit, "disp": False, "mip_rel_gap": options.gap},
    )
    if result.x is None:
        return None
    return [i for i in range(len(picks)) if result.x[i] > 0.5]


def _value(chosen: Sequence[Pick], weights: dict[Concept, float], options: SelectOptions) -> float:
    covered = set().union(*(p.concepts for p in chosen)) if chosen else set()
    return sum(weights.get(c, 0.0) for c in covered) + sum(bonus(p, options) for p in chosen)


def _units(picks: Sequence[Pick]) -> tuple[list[tuple[int, ...]], dict[int, list[int]]]:
    """What the greedy adds at a time: a standalone pick, a head with its continuation, or
    a continuation (gated: by the candidate it follows, which must be chosen first)."""
    by_candidate = {p.candidate: i for i, p in enumerate(picks)}
    units: list[tuple[int, ...]] = []
    gated: dict[int, list[int]] = {}
    tails = {j for i, p in enumerate(picks) if p.head for j, q in enumerate(picks) if q.follows == p.candidate}
    for i, p in enumerate(picks):
        if p.head:
            tail = next((j for j in tails if picks[j].follows == p.candidate), None)
            if tail is not None:
                units.append((i, tail))
        elif p.follows is None:
            units.append((i,))
        elif i not in tails and p.follows in by_candidate:
            gated.setdefault(p.follows, []).append(len(units))
            units.append((i,))
    return units, gated


def _greedy(
    picks: list[Pick], weights: dict[Concept, float], sim: np.ndarray, budget: int, options: SelectOptions,
    alone: Sequence[float] | None = None,
) -> list[int]:
    """Lin & Bilmes (2010): add the best gain / words**r that fits, then keep the better
    of that set and the best single sentence (a constant-factor guarantee). Lazy
    evaluation (Minoux): gains only shrink as coverage grows, so a stale gain that still
    tops the heap is re-computed once instead of re-scoring every sentence each round.
    The items added are units (`_units`): a continuation enters the heap only once the
    sentence it follows is chosen; a quotation's two halves are added together.
    ``alone``: each pick's `_value` on its own, when already known."""
    r = options.greedy_scale
    if alone is None:
        alone = [_value([p], weights, options) for p in picks]
    covered: set[Concept] = set()
    chosen: list[int] = []
    used_facts: set[int] = set()
    left = budget
    units, gated = _units(picks)

    def ratio(unit: tuple[int, ...]) -> float:
        parts = [picks[i] for i in unit]
        concepts = set().union(*(p.concepts for p in parts))
        fresh = sum(weights.get(c, 0.0) for c in concepts - covered)
        gain = fresh + sum(bonus(p, options) for p in parts)
        if options.fresh_share_for_centrality > 0 and covered:
            total = fresh + sum(weights.get(c, 0.0) for c in concepts & covered)
            if total:  # the centrality a repeat does not earn (gains only shrink: the lazy greedy holds)
                earned = min(1.0, fresh / total / options.fresh_share_for_centrality)
                gain -= (1.0 - earned) * options.centrality_bonus * sum(p.centrality for p in parts)
        return gain / sum(p.words for p in parts) ** r

    # nothing covered yet: a single pick's ratio is its value alone over its length
    heap = [
        (-(alone[u[0]] / picks[u[0]].words ** r if len(u) == 1 else ratio(u)), k)
        for k, u in enumerate(units) if picks[u[0]].follows is None
    ]
    heapq.heapify(heap)
    while heap:
        _, k = heapq.heappop(heap)
        parts = [picks[i] for i in units[k]]
        if any(p.fact in used_facts for p in parts) or sum(p.words for p in parts) > left:
            continue  # never feasible again: the budget only shrinks
        if any(sim[p.candidate, picks[j].candidate] >= options.redundancy for p in parts for j in chosen):
            continue
        fresh = ratio(units[k])
        if heap and fresh < -heap[0][0]:
            heapq.heappush(heap, (-fresh, k))
            continue
        if fresh <= 0:
            break
        for i, p in zip(units[k], parts):
            chosen.append(i)
            covered |= p.concepts
            used_facts.add(p.fact)
            left -= p.words
        for p in parts:  # the continuations of what was just chosen may now be added
            for g in gated.get(p.candidate, ()):
                heapq.heappush(heap, (-ratio(units[g]), g))
    if not units:
        return chosen
    standalone = [u for u in units if picks[u[0]].follows is None]

    def value(unit: tuple[int, ...]) -> float:
        return alone[unit[0]] if len(unit) == 1 else _value([picks[i] for i in unit], weights, options)

    single = max(standalone, key=value)
    better = value(single) > _value([picks[i] for i in chosen], weights, options)
    return list(single) if better else chosen


def _fill(
    picks: list[Pick], chosen: list[int], weights: dict[Concept, float], sim: np.ndarray, budget: int,
    options: SelectOptions,
) -> list[int]:
    """Use the budget better: swap one chosen standalone sentence for a longer standalone
    one (or add one that now fits), the most words gained first, while the summary's
    value stays within ``fill_tolerance`` of the solver's. Only sentences no continuation
    depends on take part; a swap keeps facts distinct, never adds a near-duplicate, and
    never takes out the summary's only article opening (unless for another)."""
    floor = _value([picks[i] for i in chosen], weights, options) * (1.0 - options.fill_tolerance)
    free = _free(picks, chosen)
    taken = set(chosen)
    outside = [i for i, p in enumerate(picks) if i not in taken and p.follows is None and not p.head]
    for _ in range(len(chosen) + 1):
        coverage = Counter(c for i in chosen for c in picks[i].concepts if c in weights)
        value = sum(weights[c] for c in coverage) + sum(bonus(picks[i], options) for i in chosen)
        left = budget - sum(picks[i].words for i in chosen)
        best = None
        openers = [i for i in chosen if picks[i].position == 0]
        for out in [None, *free]:
            out_words = picks[out].words if out is not None else 0
            fits = [j for j in outside if out_words < picks[j].words <= left + out_words]
            if options.lead_tolerance > 0 and openers == [out]:  # the lead's place is kept (`_with_a_lead`)
                fits = [j for j in fits if picks[j].position == 0]
            if not fits:
                continue
            kept = [picks[i] for i in chosen if i != out]
            lost = set()
            if out is not None:
                lost = {c for c in picks[out].concepts if coverage.get(c) == 1}
                base = value - sum(weights[c] for c in lost) - bonus(picks[out], options)
            else:
                base = value
            for new in fits:
                p = picks[new]
                if _clashes(p, kept, sim, options):
                    continue
                fresh = sum(weights.get(c, 0.0) for c in p.concepts if c in lost or c not in coverage)
                v = base + fresh + bonus(p, options)
                gained = p.words - out_words
                if v >= floor and (best is None or (gained, v) > best[:2]):
                    best = (gained, v, out, new)
        if best is None:
            return chosen
        _, _, out, new = best
        chosen = [i for i in chosen if i != out] + [new]
        outside.remove(new)
        if out is not None:
            free.remove(out)
            outside.append(out)
        free.append(new)
    return chosen
