"""Cross-source alignment: group the sentences of different articles that report the same
thing (copies, paraphrases, translations) into facts.

Similarity is a blend of a sentence embedding (meaning, robust to rewording and
translation variants: "defence"/"defense", "issues lately"/"topics recently") and the
Dice overlap of stemmed content words (exact, cheap, robust where static embeddings blur
two different sentences about the same people). Groups grow by best pairs first and a
merge must keep every pair above a floor (complete link), so one loose pair cannot chain
two different facts together; one article contributes at most one sentence to a fact.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np
from scipy import sparse

from newsfuse.embed import Embedder
from newsfuse.model import Article, Fact, SourceSpan
from newsfuse.story.candidates import Candidate


@dataclass(frozen=True)
class AlignOptions:
    # Weight of the embedding cosine in the blended similarity (the rest: content-word
    # Dice). Calibrated on ../shared/data/duc2003 (bench/align_calibration.py and a read
    # of sampled pairs, docs/summary.md "Alignment"): 1 in 10,000 sentence pairs from
    # *different* clusters reaches 0.43 (the floor); sampled same-cluster pairs from
    # 0.52 up are mostly the same fact reworded, below it mostly related-but-different.
    embed_weight: float = 0.5
    link_threshold: float = 0.52  # best pair that joins two groups
    group_floor: float = 0.43  # every pair inside a group stays above this
    # Two articles are one source (a wire story run twice, a rewrite of a copy) when this
    # share of the shorter one's sentences have a near-verbatim twin in the other. The
    # seeds' AFP-based 000/001 share 0.4 of their sentences; DUC's distinct AP/NYT
    # reports of one event share under 0.1 at this similarity.
    copy_similarity: float = 0.80
    copy_share: float = 0.25


@dataclass(frozen=True)
class AlignedFact:
    """A fact as candidate indices (the summarizer's working form of model.Fact)."""

    members: tuple[int, ...]  # candidate indices, one per article, in article order


def content_matrix(stem_sets: Sequence[frozenset[str]]) -> sparse.csr_matrix:
    vocab: dict[str, int] = {}
    rows, cols = [], []
    for i, stems in enumerate(stem_sets):
        for s in stems:
            rows.append(i)
            cols.append(vocab.setdefault(s, len(vocab)))
    data = np.ones(len(rows), dtype=np.float32)
    return sparse.csr_matrix((data, (rows, cols)), shape=(len(stem_sets), max(1, len(vocab))))


def dice_matrix(stem_sets: Sequence[frozenset[str]]) -> np.ndarray:
    x = content_matrix(stem_sets)
    inter = (x @ x.T).toarray()
    sizes = np.asarray(x.sum(axis=1)).ravel()
    denom = sizes[:, None] + sizes[None, :]
    denom[denom == 0] = 1.0
    return 2.0 * inter / denom


def similarity(vectors: np.ndarray, stem_sets: Sequence[frozenset[str]], options: AlignOptions) -> np.ndarray:
    """The blended sentence-by-sentence similarity matrix."""
    cosine = vectors @ vectors.T if len(vectors) else np.zeros((0, 0), dtype=np.float32)
    w = options.embed_weight
    return w * cosine + (1.0 - w) * dice_matrix(stem_sets)


def group(sim: np.ndarray, article_of: Sequence[int], options: AlignOptions) -> list[list[int]]:
    """Complete-link grouping of sentences from different articles, best pairs first."""
    n = len(article_of)
    art = np.asarray(article_of)
    upper = np.triu(sim, k=1)
    ii, jj = np.nonzero((upper >= options.link_threshold) & (art[:, None] != art[None, :]))
    order = np.argsort(-upper[ii, jj], kind="stable")
    owner = list(range(n))
    groups: dict[int, list[int]] = {i: [i] for i in range(n)}
    for k in order:
        a, b = owner[ii[k]], owner[jj[k]]
        if a == b:
            continue
        ga, gb = groups[a], groups[b]
        if {article_of[i] for i in ga} & {article_of[i] for i in gb}:
            continue
        if sim[np.ix_(ga, gb)].min() < options.group_floor:
            continue
        ga.extend(gb)
        for i in gb:
            owner[i] = a
        del groups[b]
    return sorted((sorted(g) for g in groups.values()), key=lambda g: g[0])


def align(
    cands: Sequence[Candidate],
    texts: Sequence[str],
    stem_sets: Sequence[frozenset[str]],
    embedder: Embedder,
    options: AlignOptions,
) -> tuple[list[AlignedFact], np.ndarray]:
    """Facts over the candidates, and the similarity matrix (selection reuses it)."""
    vectors = embedder.embed(list(texts))
    sim = similarity(vectors, stem_sets, options)
    groups = group(sim, [c.article for c in cands], options)
    return [AlignedFact(tuple(g)) for g in groups], sim


def to_model_facts(
    facts: Sequence[AlignedFact],
    cands: Sequence[Candidate],
    articles: Sequence[Article],
    shown: dict[int, int] | None = None,
) -> list[Fact]:
    """model.Fact objects; ``shown`` maps a fact index to the candidate whose wording the
    summary uses (else the fact is shown by its first sentence)."""
    out = []
    shown = shown or {}
    for k, fact in enumerate(facts):
        members = fact.members
        lead = shown.get(k, members[0])
        c = cands[lead]
        spans = tuple(
            SourceSpan(articles[cands[m].article].id, cands[m].start, cands[m].end)
            for m in [lead] + [m for m in members if m != lead]
        )
        outlets = tuple(dict.fromkeys(articles[cands[m].article].label for m in members))
        out.append(Fact(f"F{k + 1}", articles[c.article].span(c.start, c.end), spans, outlets))
    return out


def sources(sim: np.ndarray, article_of: Sequence[int], n_articles: int, options: AlignOptions) -> list[int]:
    """For each article, the index of its source: articles that are largely copies of
    one another share one, so a wire text run by two outlets is not counted as two
    independent reports when weighing what the sources agree on."""
    art = np.asarray(article_of)
    root = list(range(n_articles))

    def find(a: int) -> int:
        while root[a] != a:
            root[a] = root[root[a]]
            a = root[a]
        return a

    sizes = np.bincount(art, minlength=n_articles) if len(art) else np.zeros(n_articles, int)
    for a in range(n_articles):
        for b in range(a + 1, n_articles):
            if not sizes[a] or not sizes[b]:
                continue
            block = sim[np.ix_(art == a, art == b)]
            twins = min((block.max(axis=1) >= options.copy_similarity).sum(),
                        (block.max(axis=0) >= options.copy_similarity).sum())
            if twins >= options.copy_share * min(sizes[a], sizes[b]):
                root[find(b)] = find(a)
    return [find(a) for a in range(n_articles)]
