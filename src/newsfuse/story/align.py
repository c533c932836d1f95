"""Cross-source alignment: group the sentences of different articles that report the same
thing (copies, paraphrases, translations) into facts.

Two similarities. *Topical* similarity (selection's centrality and redundancy, copy
detection) blends a sentence embedding with the Dice overlap of stemmed content words.
*Fact* similarity (grouping) must tell apart sentences of one story, which all share its
people and places and so all look alike to a static embedding: it blends the embedding
(robust to rewording and translation variants: "defence"/"defense", "issues lately"/
"topics recently") with a cosine over content words weighted by their inverse frequency
*within the story*, so "Putin" and "Belarus" in a story about Putin in Belarus weigh
almost nothing and "footage", "drills" or "priority" carry the match. Groups grow by best
pairs first and a merge must keep every pair above a floor (complete link), so one loose
pair cannot chain two different facts together; one article contributes at most one
sentence to a fact.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Sequence

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
    # Fact similarity (grouping): embedding cosine weight, the rest story-IDF cosine.
    # Thresholds calibrated on ../shared/data/duc2003 by judging sampled cross-article
    # pairs of one cluster per score band (bench/align_calibration.py --bands, figures
    # in docs/summary.md "Alignment").
    # Judged precision (same fact) per band, 12 pairs each: 0.40-0.45: 2/12,
    # 0.45-0.50: 7/12, 0.50-0.55: 10/12, 0.55-0.60: 10/12, >= 0.60: 12/12.
    fact_embed_weight: float = 0.5
    link_threshold: float = 0.50  # best pair that joins two groups
    group_floor: float = 0.45  # every pair inside a group stays above this
    # Below this story-IDF cosine two sentences share no specific word, however close
    # their embeddings (a static embedding scores two sentences of one story about the
    # same people ~0.8): such a pair may not link two groups nor make a citation. In the judged DUC sample every same-fact
    # pair from 0.50 up had >= 0.26, and 3 of the 4 pairs under 0.2 were different facts.
    min_lexical: float = 0.2
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
    # For a member, the best sentence of each article outside the fact that says what
    # that member says (fact similarity >= the link threshold). A sentence belongs to one
    # fact, but a sentence that carries two facts supports both: when a member is shown,
    # these are cited beside the fact's other members.
    support: Mapping[int, tuple[int, ...]] = field(default_factory=dict)

    def cited(self, shown: int) -> tuple[int, ...]:
        """The candidates a summary sentence showing ``shown`` cites (``shown`` first)."""
        return (shown, *(m for m in self.members if m != shown), *self.support.get(shown, ()))


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


def story_idf_cosine(stem_sets: Sequence[frozenset[str]]) -> np.ndarray:
    """Cosine over content words weighted by log(N / df) among the story's sentences: a
    word every sentence uses weighs nothing, a word two sentences share weighs most."""
    x = content_matrix(stem_sets)
    n = x.shape[0]
    df = np.asarray((x > 0).sum(axis=0)).ravel()
    idf = np.log(max(n, 1) / np.maximum(df, 1)).astype(np.float32)
    weighted = x.multiply(idf[None, :]).tocsr()
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    weighted = sparse.diags(1.0 / norms) @ weighted
    return (weighted @ weighted.T).toarray()


def _cosine(vectors: np.ndarray) -> np.ndarray:
    return vectors @ vectors.T if len(vectors) else np.zeros((0, 0), dtype=np.float32)


def similarity(vectors: np.ndarray, stem_sets: Sequence[frozenset[str]], options: AlignOptions) -> np.ndarray:
    """The topical sentence-by-sentence similarity (embedding + Dice)."""
    w = options.embed_weight
    return w * _cosine(vectors) + (1.0 - w) * dice_matrix(stem_sets)


def fact_similarity(vectors: np.ndarray, lexical: np.ndarray, options: AlignOptions) -> np.ndarray:
    """How likely two sentences of one story report the same thing: the embedding cosine
    blended with the story-IDF cosine (``lexical``, from story_idf_cosine)."""
    w = options.fact_embed_weight
    return w * _cosine(vectors) + (1.0 - w) * lexical


def group(
    sim: np.ndarray, article_of: Sequence[int], options: AlignOptions, linkable: np.ndarray | None = None
) -> list[list[int]]:
    """Complete-link grouping of sentences from different articles, best pairs first.
    Only ``linkable`` pairs (default: all) may start a merge; the floor applies to all."""
    n = len(article_of)
    art = np.asarray(article_of)
    upper = np.triu(sim, k=1)
    ok = (upper >= options.link_threshold) & (art[:, None] != art[None, :])
    if linkable is not None:
        ok &= linkable
    ii, jj = np.nonzero(ok)
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
    """Facts over the candidates, and the topical similarity matrix (selection reuses it)."""
    vectors = embedder.embed(list(texts))
    sim = similarity(vectors, stem_sets, options)
    article_of = [c.article for c in cands]
    lexical = story_idf_cosine(stem_sets)
    fact_sim = fact_similarity(vectors, lexical, options)
    # A link (and a citation outside the group) needs specific shared words; the floor
    # that keeps a group together does not, so the central fact, told in the story's most
    # common words, still gathers every article.
    linked = np.where(lexical >= options.min_lexical, fact_sim, 0.0)
    groups = group(fact_sim, article_of, options, linkable=lexical >= options.min_lexical)
    return [AlignedFact(tuple(g), supporters(g, linked, article_of, options)) for g in groups], sim


def supporters(
    members: Sequence[int], fact_sim: np.ndarray, article_of: Sequence[int], options: AlignOptions
) -> dict[int, tuple[int, ...]]:
    """For each member, the best sentence of every article the fact lacks, where it
    reaches the link threshold."""
    art = np.asarray(article_of)
    missing = sorted(set(article_of) - {article_of[m] for m in members})
    out: dict[int, tuple[int, ...]] = {}
    for m in members:
        found = []
        for a in missing:
            cols = np.flatnonzero(art == a)
            best = cols[int(np.argmax(fact_sim[m, cols]))]
            if fact_sim[m, best] >= options.link_threshold:
                found.append(int(best))
        if found:
            out[m] = tuple(found)
    return out


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
        lead = shown.get(k, fact.members[0])
        members = fact.cited(lead)
        c = cands[lead]
        spans = tuple(SourceSpan(articles[cands[m].article].id, cands[m].start, cands[m].end) for m in members)
        outlets = tuple(dict.fromkeys(articles[a].label for a in sorted(cands[m].article for m in members)))
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
