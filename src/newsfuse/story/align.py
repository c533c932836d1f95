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

import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from itertools import chain
from typing import Callable, Iterable, Mapping, Sequence

import numpy as np
from scipy import sparse

from newsfuse.embed import Embedder
from newsfuse.model import Article, Fact, SourceSpan
from newsfuse.story.candidates import Candidate


@dataclass(frozen=True)
class AlignOptions:
    # Topical similarity (centrality, redundancy, copy detection): weight of the embedding
    # cosine, the rest content-word Dice (docs/summary.md, "Backend choice").
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
    # same people ~0.8): such a pair may not link two groups nor make a citation. In the
    # judged DUC sample every same-fact pair from 0.50 up had >= 0.26, and 3 of the 4
    # pairs under 0.2 were different facts.
    min_lexical: float = 0.2
    # Two articles are one source (a wire story run twice, a rewrite of a copy) when this
    # share of the shorter one's sentences have a near-verbatim twin in the other. The
    # seeds' AFP-based 000/001 share 0.4 of their sentences; DUC's distinct AP/NYT
    # reports of one event share under 0.1 at this similarity.
    copy_similarity: float = 0.80
    copy_share: float = 0.25
    # An embedder that cannot tell a story's sentences apart gets no say: above this mean
    # cosine between sentences of different articles, both similarities are lexical alone.
    # WordLlama (English-trained) on MultiLing's Arabic, Greek, Hebrew and Hindi stories:
    # 0.83-0.93, so that any pair sharing a few words linked (Hindi: 2.3% of cross-article
    # pairs, English 0.09%) and summaries cited articles that report something else.
    # English stories (DUC, MultiLing, Multi-News 300, seeds) sit at -0.04-0.37, French
    # 0.32-0.44, Czech 0.43-0.56.
    max_embedding_baseline: float = 0.70


@dataclass(frozen=True)
class AlignedFact:
    """A fact as candidate indices (the summarizer's working form of model.Fact)."""

    members: tuple[int, ...]  # candidate indices, one per article, in article order
    # For a member, the best sentence of each article outside the fact that says what
    # that member says (fact similarity >= the link threshold). A sentence belongs to one
    # fact, but a sentence that carries two facts supports both: when a member is shown,
    # these are cited beside the fact's other members.
    support: Mapping[int, tuple[int, ...]] = field(default_factory=dict)
    # For a member, the other members that say what it says as surely as a link
    # (fact similarity >= the link threshold). A group holds together at the lower floor,
    # and a pair between floor and threshold is a different fact almost half the time
    # (judged DUC pairs, AlignOptions): a summary sentence cites only these. None: all.
    close: Mapping[int, tuple[int, ...]] | None = None

    def cited(self, shown: int) -> tuple[int, ...]:
        """The candidates a summary sentence showing ``shown`` cites (``shown`` first)."""
        others = (
            [m for m in self.members if m != shown] if self.close is None else self.close.get(shown, ())
        )
        return (shown, *others, *self.support.get(shown, ()))


# Below this many cells (sentences x distinct content words) the lexical matrices are
# dense numpy arrays: scipy.sparse's per-call costs (~0.4 ms a story) outweigh the
# arithmetic on small stories (Multi-News's ~20 sentences); above it sparse is cheaper.
DENSE_MAX_CELLS = 100_000


def content_matrix(stem_sets: Sequence[frozenset[str]]) -> sparse.csr_matrix | np.ndarray:
    """Sentences x content words, 1 where a sentence uses the word (rows in order, a
    row's columns in the order its set iterates); a dense array when it has at most
    DENSE_MAX_CELLS cells."""
    flat = list(chain.from_iterable(stem_sets))
    words = dict.fromkeys(flat)
    vocab = dict(zip(words, range(len(words))))  # numbered by first use
    cols = np.fromiter(map(vocab.__getitem__, flat), dtype=np.int32, count=len(flat))
    sizes = np.fromiter(map(len, stem_sets), dtype=np.int32, count=len(stem_sets))
    shape = (len(stem_sets), max(1, len(vocab)))
    if shape[0] * shape[1] <= DENSE_MAX_CELLS:
        dense = np.zeros(shape, dtype=np.float32)
        dense[np.repeat(np.arange(shape[0]), sizes), cols] = 1.0
        return dense
    indptr = np.zeros(len(stem_sets) + 1, dtype=np.int32)
    np.cumsum(sizes, out=indptr[1:])
    return sparse.csr_matrix((np.ones(len(cols), dtype=np.float32), cols, indptr), shape=shape)


def _small(x: sparse.csr_matrix | np.ndarray) -> np.ndarray | None:
    """``x`` as a dense array when it is small enough for dense arithmetic, else None."""
    if isinstance(x, np.ndarray):
        return x
    return x.toarray() if x.shape[0] * x.shape[1] <= DENSE_MAX_CELLS else None


def dice_matrix(stem_sets: Sequence[frozenset[str]], x: sparse.csr_matrix | None = None) -> np.ndarray:
    """Dice overlap of the content-word sets (``x``: their content_matrix, when built)."""
    x = content_matrix(stem_sets) if x is None else x
    dense = _small(x)
    if dense is not None:
        inter = dense @ dense.T  # counts of shared words: exact in float32 either way
        sizes = dense.sum(axis=1)
    else:
        inter = (x @ x.T).toarray()
        sizes = np.diff(x.indptr).astype(np.float32)  # a row's ones: its number of words
    denom = sizes[:, None] + sizes[None, :]
    denom[denom == 0] = 1.0
    return 2.0 * inter / denom


def story_idf_cosine(stem_sets: Sequence[frozenset[str]], x: sparse.csr_matrix | None = None) -> np.ndarray:
    """Cosine over content words weighted by log(N / df) among the story's sentences: a
    word every sentence uses weighs nothing, a word two sentences share weighs most.
    ``x``: the sets' content_matrix, when built."""
    x = content_matrix(stem_sets) if x is None else x
    n = x.shape[0]
    dense = _small(x)
    if dense is not None:
        idf = np.log(max(n, 1) / np.maximum(dense.sum(axis=0), 1)).astype(np.float32)
        weighted = dense * idf[None, :]
        norms = np.sqrt((weighted * weighted).sum(axis=1))
        norms[norms == 0] = 1.0
        weighted *= (1.0 / norms)[:, None]
        return _gram(weighted)
    df = np.bincount(x.indices, minlength=x.shape[1])  # sentences using each word
    idf = np.log(max(n, 1) / np.maximum(df, 1)).astype(np.float32)
    data = idf[x.indices]  # the weighted matrix, built on x's structure
    rows = np.repeat(np.arange(n), np.diff(x.indptr))
    norms = np.sqrt(np.bincount(rows, weights=data * data, minlength=n)).astype(np.float32)
    norms[norms == 0] = 1.0
    data *= (1.0 / norms)[rows]
    weighted = sparse.csr_matrix((data, x.indices, x.indptr), shape=x.shape)
    return (weighted @ weighted.T).toarray()


def _gram(x: np.ndarray) -> np.ndarray:
    """``x @ x.T`` for float32 rows, as float32, the same whatever the number of BLAS
    threads. A float32 product rounds differently with how BLAS splits it (threads, a
    row's place in a block), so two copies of one wire sentence could score 1 ulp apart
    from the rest of the story, and which copy a summary shows (selection breaks exact
    ties in its own order) would depend on the machine. Products of float32 values are
    exact in float64 and a float64 sum of a few hundred of them is off by far less than a
    float32 ulp, so rounding the float64 product once gives the same float32 matrix
    however the sums are split (bench: 500 x 256 rows, ~1.7 ms on one thread)."""
    wide = x.astype(np.float64)
    return (wide @ wide.T).astype(np.float32)


def _cosine(vectors: np.ndarray) -> np.ndarray:
    return _gram(vectors) if len(vectors) else np.zeros((0, 0), dtype=np.float32)


def similarity(
    vectors: np.ndarray, stem_sets: Sequence[frozenset[str]], options: AlignOptions, *,
    cosine: np.ndarray | None = None, content: sparse.csr_matrix | None = None,
) -> np.ndarray:
    """The topical sentence-by-sentence similarity (embedding + Dice). ``cosine`` (the
    vectors' cosine matrix) and ``content`` (the content_matrix): when already built."""
    w = options.embed_weight
    cosine = _cosine(vectors) if cosine is None else cosine
    return w * cosine + (1.0 - w) * dice_matrix(stem_sets, content)


def fact_similarity(
    vectors: np.ndarray, lexical: np.ndarray, options: AlignOptions, *, cosine: np.ndarray | None = None
) -> np.ndarray:
    """How likely two sentences of one story report the same thing: the embedding cosine
    blended with the story-IDF cosine (``lexical``, from story_idf_cosine)."""
    w = options.fact_embed_weight
    cosine = _cosine(vectors) if cosine is None else cosine
    return w * cosine + (1.0 - w) * lexical


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
    order = np.argsort(-upper[ii, jj], kind="stable")  # ties: in (row, column) order
    owner = list(range(n))  # each sentence's group, named by one of its members
    # the groups that grew, with their articles (a sentence alone is its own group)
    groups: dict[int, list[int]] = {}
    articles: dict[int, set] = {}
    floor = options.group_floor
    for i, j in zip(ii[order].tolist(), jj[order].tolist()):
        a, b = owner[i], owner[j]
        if a == b:
            continue
        arts_a, arts_b = articles.get(a) or {article_of[a]}, articles.get(b) or {article_of[b]}
        if not arts_a.isdisjoint(arts_b):
            continue
        ga, gb = groups.get(a) or [a], groups.get(b) or [b]
        if len(ga) == len(gb) == 1:
            lowest = sim[ga[0], gb[0]]
        else:
            lowest = sim[np.ix_(ga, gb)].min()
        if lowest < floor:
            continue
        groups[a] = ga + gb
        articles[a] = arts_a | arts_b
        groups.pop(b, None)
        articles.pop(b, None)
        for k in gb:
            owner[k] = a
    # in order of their first sentence: a group is met first at its lowest member
    out, met = [], set()
    for k, root in enumerate(owner):
        if root not in met:
            met.add(root)
            out.append(sorted(groups[root]) if root in groups else [k])
    return out


def align(
    cands: Sequence[Candidate],
    texts: Sequence[str],
    stem_sets: Sequence[frozenset[str]],
    embedder: Embedder,
    options: AlignOptions,
) -> tuple[list[AlignedFact], np.ndarray]:
    """Facts over the candidates, and the topical similarity matrix (selection reuses it)."""
    vectors = embedder.embed(list(texts))
    cosine = _cosine(vectors)  # each matrix once: both similarities share them
    article_of = [c.article for c in cands]
    if cross_article_mean(cosine, article_of) > options.max_embedding_baseline:
        options = replace(options, embed_weight=0.0, fact_embed_weight=0.0)
    content = content_matrix(stem_sets)
    sim = similarity(vectors, stem_sets, options, cosine=cosine, content=content)
    lexical = story_idf_cosine(stem_sets, content)
    fact_sim = fact_similarity(vectors, lexical, options, cosine=cosine)
    # A link (and a citation outside the group) needs specific shared words; the floor
    # that keeps a group together does not, so the central fact, told in the story's most
    # common words, still gathers every article.
    linkable = lexical >= options.min_lexical
    linked = np.where(linkable, fact_sim, 0.0)
    groups = group(fact_sim, article_of, options, linkable=linkable)
    best = _best_per_article(linked, article_of)
    # sentences some other article's sentence reaches at the link threshold: only their
    # facts can have supporters (most facts are one sentence no other article says)
    reach = best[2] >= options.link_threshold
    reach[np.arange(len(article_of)), np.searchsorted(best[0], article_of)] = False  # its own article
    reached = reach.any(axis=1).tolist()
    facts = []
    for g in groups:
        close = _close(g, fact_sim, options) if len(g) > 1 else {g[0]: ()}
        support = {}
        if any(map(reached.__getitem__, g)):
            support = supporters(g, linked, article_of, options, best=best, close=close)
        facts.append(AlignedFact(tuple(g), support, close))
    return facts, sim


def with_cited_pairs(
    sim: np.ndarray, facts: Sequence[AlignedFact],
    cited: Callable[[int, tuple[int, ...]], Iterable[int]] | None = None,
) -> np.ndarray:
    """``sim`` with 1 for every sentence and its supporters: the similarity selection reads
    for redundancy. A summary sentence cites its supporters as reporting what it says, so
    showing one of them too says the same thing twice ("The Saints have placed running back
    Pierre Thomas on injured reserve." citing, and then showing, "Pierre Thomas was placed on
    injured reserve by the New Orleans Saints on Wednesday, ..."), though a longer wording
    keeps their topical similarity under `SelectOptions.redundancy`. ``cited(m, found)``: those
    of its supporters ``found`` that a summary sentence showing ``m`` would cite
    (`cite.reporting`: a supporter whose figures or days disagree is not cited, so it is no
    repeat either); None: all of them."""
    pairs = [
        (m, s) for f in facts for m, found in f.support.items() for s in (found if cited is None else cited(m, found))
    ]
    if not pairs:
        return sim
    out = sim.copy()
    shown, cited = np.array(pairs).T
    out[shown, cited] = out[cited, shown] = 1.0
    return out


def cross_article_mean(sim: np.ndarray, article_of: Sequence[int]) -> float:
    """The mean similarity of sentences from different articles (0 if there are none)."""
    art = np.asarray(article_of)
    other = art[:, None] != art[None, :]
    pairs = int(other.sum())
    return float(sim[other].sum() / pairs) if pairs else 0.0


def _close(members: Sequence[int], fact_sim: np.ndarray, options: AlignOptions) -> dict[int, tuple[int, ...]]:
    return {
        m: tuple(o for o in members if o != m and fact_sim[m, o] >= options.link_threshold) for m in members
    }


def _best_per_article(fact_sim: np.ndarray, article_of: Sequence[int]) -> tuple[list[int], np.ndarray, np.ndarray]:
    """The articles, and for every sentence (row) and article (column) the article's best
    sentence for it (the first where several tie, as np.argmax) and its similarity."""
    art = np.asarray(article_of, dtype=np.int64)
    articles = sorted(set(article_of))
    n = len(article_of)
    index = np.zeros((n, len(articles)), dtype=np.int64)
    value = np.zeros((n, len(articles)), dtype=fact_sim.dtype)
    rows = np.arange(n)
    for k, a in enumerate(articles):
        cols = np.flatnonzero(art == a)
        index[:, k] = cols[np.argmax(fact_sim[:, cols], axis=1)]
        value[:, k] = fact_sim[rows, index[:, k]]
    return articles, index, value


def supporters(
    members: Sequence[int], fact_sim: np.ndarray, article_of: Sequence[int], options: AlignOptions,
    *, best: tuple[list[int], np.ndarray, np.ndarray] | None = None,
    close: Mapping[int, tuple[int, ...]] | None = None,
) -> dict[int, tuple[int, ...]]:
    """For each member, the best sentence of every article the fact lacks, where it
    reaches the link threshold. ``best``: _best_per_article(fact_sim, article_of), when
    built (one argmax per article for all sentences at once). ``close``: the members each
    member cites (`_close`); an article whose member it does not cite counts as lacking,
    so another of its sentences may still support it."""
    articles, index, value = _best_per_article(fact_sim, article_of) if best is None else best
    present = {article_of[m] for m in members}
    out: dict[int, tuple[int, ...]] = {}
    for m in members:
        cited = present if close is None else {article_of[m], *(article_of[o] for o in close.get(m, ()))}
        found = tuple(
            int(index[m, k]) for k, a in enumerate(articles) if a not in cited and value[m, k] >= options.link_threshold
        )
        if found:
            out[m] = found
    return out


def to_model_facts(
    facts: Sequence[AlignedFact],
    cands: Sequence[Candidate],
    articles: Sequence[Article],
    shown: dict[int, int] | None = None,
    more: Mapping[int, Sequence[int]] | None = None,
    wordings: Mapping[int, str] | None = None,
) -> list[Fact]:
    """model.Fact objects; ``shown`` maps a fact index to the candidate whose wording the
    summary uses (else the fact's sentences are those its first one cites), ``more`` to
    the candidates its summary sentence cites beyond the fact's own (`clause_support`),
    ``wordings`` the candidates that can stand alone to the words shown for them: a fact
    is shown by the summary's sentence, else by its first sentence that stands alone, else
    by its first sentence as written (then not `Fact.standalone`)."""
    out = []
    shown = shown or {}
    more = more or {}
    wordings = wordings or {}
    ids = [a.id for a in articles]
    labels = [a.label for a in articles]
    for k, fact in enumerate(facts):
        lead = shown.get(k, fact.members[0])
        cited = fact.cited(lead)
        members = [cands[m] for m in (*cited, *more.get(k, ()))]
        spans = tuple(SourceSpan(ids[m.article], m.start, m.end) for m in members)
        outlets = tuple(dict.fromkeys(labels[a] for a in sorted(m.article for m in members)))
        face = lead if k in shown else next((m for m in cited if m in wordings), lead)
        c = cands[face]
        text = wordings.get(face) or articles[c.article].span(c.start, c.end)
        out.append(Fact(f"F{k + 1}", text, spans, outlets, standalone=face in wordings))
    return out


def sources(sim: np.ndarray, article_of: Sequence[int], n_articles: int, options: AlignOptions) -> list[int]:
    """For each article, the index of its source: articles that are largely copies of
    one another share one, so a wire text run by two outlets is not counted as two
    independent reports when weighing what the sources agree on."""
    art = np.asarray(article_of, dtype=np.int64)
    root = list(range(n_articles))

    def find(a: int) -> int:
        while root[a] != a:
            root[a] = root[root[a]]
            a = root[a]
        return a

    sizes = np.bincount(art, minlength=n_articles) if len(art) else np.zeros(n_articles, int)
    twins = _twin_counts(sim, art, sizes, options.copy_similarity)
    for a in range(n_articles):
        for b in range(a + 1, n_articles):
            if not sizes[a] or not sizes[b]:
                continue
            if twins(a, b) >= options.copy_share * min(sizes[a], sizes[b]):
                root[find(b)] = find(a)
    return [find(a) for a in range(n_articles)]


def _twin_counts(sim: np.ndarray, art: np.ndarray, sizes: np.ndarray, threshold: float):
    """(a, b) -> how many sentences of a have a twin (>= threshold) in b, or of b in a,
    whichever is fewer. Candidates run article by article, so every article's best
    match for every sentence comes from one reduction per axis instead of one block per
    article pair; anything else is counted block by block."""
    present = np.flatnonzero(sizes)
    if len(art) and np.all(art[1:] >= art[:-1]):
        starts = np.searchsorted(art, present)
        # rows[p, q]: sentences of article present[p] whose best in present[q] is a twin
        rows = np.add.reduceat(np.maximum.reduceat(sim, starts, axis=1) >= threshold, starts, axis=0)
        # cols[p, q]: sentences of present[q] whose best in present[p] is a twin
        cols = np.add.reduceat(np.maximum.reduceat(sim, starts, axis=0) >= threshold, starts, axis=1)
        at = {int(a): k for k, a in enumerate(present)}
        return lambda a, b: min(int(rows[at[a], at[b]]), int(cols[at[a], at[b]]))

    def by_block(a: int, b: int) -> int:
        block = sim[np.ix_(art == a, art == b)]
        return min((block.max(axis=1) >= threshold).sum(), (block.max(axis=0) >= threshold).sum())

    return by_block


# Clause-level support. A sentence may report a fact in a clause of a sentence about
# something else ("Belarus dictator Alexander Lukashenko urged closer military cooperation
# with Russia on Monday, Dec. 19, during a rare visit from President Vladimir Putin, who
# launched his invasion ..."): as a whole it is no match for "Russian president Vladimir
# Putin arrived on Monday for a working visit to Minsk" (fact similarity 0.46), its clause
# "during a rare visit from President Vladimir Putin" is (0.54). A clause here is a piece
# between commas that open a subordinate clause or phrase, of a few words at least, some
# of them no name: a name alone ("Wikinews reporter Diego Grez, who was in Santa Cruz
# ...") matches any sentence about that person.
CLAUSE_OPENERS = frozenset(
    "during after before while when who which where whose following amid despite since because although though"
    " but as until".split()
)
CLAUSE_MIN_WORDS = 4
CLAUSE_MIN_PLAIN_WORDS = 2  # lower-case words of 4+ letters after the piece's first
_CLAUSE_CUT = re.compile(r",\s+(?:" + "|".join(sorted(CLAUSE_OPENERS)) + r")\b", re.IGNORECASE)


def clauses(text: str) -> list[str]:
    """The pieces of ``text`` between commas that open a clause (`CLAUSE_OPENERS`), each of
    at least CLAUSE_MIN_WORDS words and CLAUSE_MIN_PLAIN_WORDS that are no name; [] for a
    sentence with no such comma."""
    if not _CLAUSE_CUT.search(text):
        return []  # (most sentences: no word-by-word reading)
    tokens = text.split()
    cuts = [i for i in range(1, len(tokens)) if tokens[i - 1].endswith(",") and tokens[i].lower() in CLAUSE_OPENERS]
    if not cuts:
        return []
    bounds = [0, *cuts, len(tokens)]
    pieces = [tokens[a:b] for a, b in zip(bounds, bounds[1:])]
    return [
        " ".join(p).rstrip(",") for p in pieces
        if len(p) >= CLAUSE_MIN_WORDS
        and sum(len(t) >= 4 and t.isalpha() and t.islower() for t in p[1:]) >= CLAUSE_MIN_PLAIN_WORDS
    ]


# Only sentences this close to the shown one as a whole (topical similarity, `similarity`)
# are read clause by clause: every clause that reached the link threshold on the dev sets
# came from a sentence at 0.39 or more, and at 0.35 a shown sentence has 0.7 such
# sentences to read on average instead of 12.6.
CLAUSE_MIN_SIMILARITY = 0.35


def clause_support(
    shown: Sequence[int],
    cited: Sequence[set[int]],
    texts: Sequence[str],
    stem_sets: Sequence[frozenset[str]],
    article_of: Sequence[int],
    sim: np.ndarray,
    embedder: Embedder,
    options: AlignOptions,
    content_of: Callable[[str], frozenset[str]],
) -> list[tuple[int, ...]]:
    """For each shown candidate, the sentences of the articles it does not cite (``cited``:
    their indices, per shown candidate) one of whose clauses says what it says: fact
    similarity at the link threshold, with the specific words a link needs
    (`AlignOptions.min_lexical`); the best one per article. Only sentences at
    CLAUSE_MIN_SIMILARITY or more of ``sim`` (the topical similarity) are read.
    ``content_of``: a text's content stems, as ``stem_sets`` holds them for the candidates.
    Words weigh by their inverse frequency among the story's sentences, as in alignment."""
    out: list[tuple[int, ...]] = [() for _ in shown]
    if all(len(c) >= len(set(article_of)) for c in cited):
        return out  # (every shown sentence cites every article already)
    article = np.asarray(article_of)
    lacking = np.ones((len(shown), int(article.max()) + 1), dtype=bool)
    for i, arts in enumerate(cited):
        lacking[i, list(arts)] = False
    reach = (sim[list(shown)] >= CLAUSE_MIN_SIMILARITY) & lacking[:, article]
    near = [np.flatnonzero(row).tolist() for row in reach]
    pieces_of = {k: clauses(texts[k]) for k in sorted(set(chain.from_iterable(near)))}
    pairs = [(i, k, piece) for i, ks in enumerate(near) for k in ks for piece in pieces_of[k]]
    if not pairs:
        return out
    df = Counter(chain.from_iterable(stem_sets))
    n = len(stem_sets)

    def weighted(words: frozenset[str]) -> dict[str, float]:
        row = {w: math.log(n / df[w]) for w in words if df.get(w)}
        norm = math.sqrt(sum(v * v for v in row.values())) or 1.0
        return {w: v / norm for w, v in row.items()}

    shown_rows = [weighted(stem_sets[m]) for m in shown]
    piece_rows = {piece: weighted(content_of(piece)) for _, _, piece in pairs}
    lexical = [sum(v * shown_rows[i].get(w, 0.0) for w, v in piece_rows[piece].items()) for i, _, piece in pairs]
    kept = [(pair, lex) for pair, lex in zip(pairs, lexical) if lex >= options.min_lexical]
    if not kept:
        return out
    shown_texts = (texts[shown[i]] for (i, _, _), _ in kept)  # only those with a clause to weigh
    wanted = list(dict.fromkeys(chain(shown_texts, (piece for (_, _, piece), _ in kept))))
    vectors = embedder.embed(wanted)
    row = {text: c for c, text in enumerate(wanted)}
    w = options.fact_embed_weight
    best: list[dict[int, tuple[float, int]]] = [{} for _ in shown]
    for (i, k, piece), lex in kept:
        score = w * float(vectors[row[texts[shown[i]]]] @ vectors[row[piece]]) + (1.0 - w) * lex
        if score >= options.link_threshold and score > best[i].get(int(article[k]), (0.0, -1))[0]:
            best[i][int(article[k])] = (score, k)
    return [tuple(k for _, (_, k) in sorted(found.items())) for found in best]
