"""Alignment groups reworded reports of one thing across articles, and nothing else."""

from __future__ import annotations

import numpy as np
import pytest

from newsfuse.embed import WordLlamaEmbedder
from newsfuse.story.align import AlignOptions, align, group, similarity, sources
from newsfuse.story.candidates import Candidate
from newsfuse.story.tokens import Stemmer, content_stems, words

SENTENCES = [
    ("The main issues lately have been defence and security issues, Lukashenko said.", 0),
    ("The main topics recently have been defense and security issues, Lukashenko said.", 1),
    ("Kremlin spokesman Dmitry Peskov dismissed the reports as groundless fabrications.", 2),
    ("Schools in the capital will stay closed for the rest of the week because of snow.", 1),
]


def _sim(texts, embedder):
    stemmer = Stemmer()
    stems = [content_stems(stemmer.stems(t), words(t)) for t in texts]
    return similarity(embedder.embed(texts), stems, AlignOptions())


@pytest.fixture(scope="module")
def embedder():
    return WordLlamaEmbedder()


def test_translation_variants_group_and_unrelated_sentences_do_not(embedder):
    texts = [t for t, _ in SENTENCES]
    groups = group(_sim(texts, embedder), [a for _, a in SENTENCES], AlignOptions())
    assert [0, 1] in groups
    assert [2] in groups and [3] in groups


def test_one_sentence_per_article_in_a_fact():
    sim = np.ones((3, 3))
    groups = group(sim, [0, 0, 1], AlignOptions())
    assert all(len({[0, 0, 1][i] for i in g}) == len(g) for g in groups)


def test_complete_link_stops_chaining():
    # 0~1 and 1~2 are strong, 0~2 is weak: 2 must not join 0 through 1.
    sim = np.array([[1, 0.9, 0.1], [0.9, 1, 0.8], [0.1, 0.8, 1.0]])
    groups = group(sim, [0, 1, 2], AlignOptions())
    assert [0, 1] in groups and [2] in groups


def test_copies_are_one_source():
    sim = np.eye(6)
    sim[0, 3] = sim[3, 0] = sim[1, 4] = sim[4, 1] = 0.95  # articles 0 and 1 share 2 of 3
    assert sources(sim, [0, 0, 0, 1, 1, 2], 3, AlignOptions()) == [0, 0, 2]


# One story in three articles: every sentence names the mayor and the town, so only the
# words beyond those can tell two facts apart.
STORY = [
    [
        "Mayor Ana Kovac arrived in Brel on Monday for talks about the flood.",
        "Mayor Kovac's office in Brel said on Monday it had released video of the flood barriers.",
        "Mayor Kovac's office in Brel said the bridge over the river would be rebuilt by spring.",
        "Residents of Brel met Mayor Kovac at the town hall on Monday.",
    ],
    [
        "Mayor Ana Kovac came to Brel on Monday for talks about the flood.",
        "Mayor Kovac's office in Brel said on Monday that about 900 volunteers are in the town.",
        "Mayor Kovac thanked the volunteers of Brel on Monday.",
    ],
    [
        "Mayor Kovac will stay in Brel until Wednesday, her office said.",
        "Mayor Kovac visited the school in Brel on Monday.",
    ],
]
VIDEO, VOLUNTEERS = STORY[0][1], STORY[1][1]  # embedding + Dice scored them 0.63: "the same"


def _align_story(embedder, options: AlignOptions | None = None, story=STORY):
    cands, texts = [], []
    for a, sentences in enumerate(story):
        for pos, text in enumerate(sentences):
            cands.append(Candidate(len(cands), a, 0, len(text), pos, len(sentences)))
            texts.append(text)
    stemmer = Stemmer()
    stems = [content_stems(stemmer.stems(t), words(t)) for t in texts]
    facts, _ = align(cands, texts, stems, embedder, options or AlignOptions())
    return texts, [[texts[m] for m in f.members] for f in facts], facts


def test_sentences_sharing_only_the_story_names_are_different_facts(embedder):
    texts, facts, _ = _align_story(embedder)
    assert not any(VIDEO in f and VOLUNTEERS in f for f in facts)
    assert any(STORY[0][0] in f and STORY[1][0] in f for f in facts)  # the visit, reworded


def test_a_cited_sentence_outside_the_fact_must_say_the_same_thing(embedder):
    texts, _, facts = _align_story(embedder)
    video, volunteers = texts.index(VIDEO), texts.index(VOLUNTEERS)
    for fact in facts:
        cited = {shown: fact.cited(shown) for shown in fact.members}
        assert volunteers not in cited.get(video, ())
        assert all(set(fact.support.get(m, ())).isdisjoint(fact.members) for m in fact.members)


def test_supporters_match_a_per_member_argmax():
    """supporters (one argmax per article for all rows) gives what one argmax per member
    and article gives, ties included (the first best sentence)."""
    from newsfuse.story.align import _best_per_article, supporters

    rng = np.random.default_rng(3)
    article_of = [0, 0, 1, 1, 1, 2, 3, 3]
    sim = np.round(rng.random((8, 8)), 1)  # rounded: many ties
    options = AlignOptions()
    art = np.asarray(article_of)
    for members in ([0], [0, 2], [1, 5, 6], [2, 5], list(range(8))):
        expected = {}
        for m in members:
            found = []
            for a in sorted(set(article_of) - {article_of[i] for i in members}):
                cols = np.flatnonzero(art == a)
                best = cols[int(np.argmax(sim[m, cols]))]
                if sim[m, best] >= options.link_threshold:
                    found.append(int(best))
            if found:
                expected[m] = tuple(found)
        assert supporters(members, sim, article_of, options) == expected
        best = _best_per_article(sim, article_of)
        assert supporters(members, sim, article_of, options, best=best) == expected


def test_cosine_is_the_same_for_any_blas_thread_count():
    """Copies of one sentence tie exactly, and the matrix does not depend on how BLAS
    splits the product (one DUC story showed the other of two wire copies when the
    number of threads changed)."""
    from threadpoolctl import threadpool_limits

    from newsfuse.embed import _normalise
    from newsfuse.story.align import _cosine, story_idf_cosine

    rng = np.random.default_rng(7)
    vectors = _normalise(rng.standard_normal((300, 256)).astype(np.float32))
    vectors[200:260] = vectors[40:100]  # a wire story run twice
    runs = []
    for threads in (1, 2, None):
        with threadpool_limits(threads, user_api="blas"):
            runs.append(_cosine(vectors))
    assert runs[0].dtype == np.float32
    assert all(np.array_equal(runs[0], r) for r in runs[1:])
    assert np.array_equal(runs[0][200:260], runs[0][40:100])
    assert np.array_equal(runs[0], runs[0].T)
    stems = [frozenset({f"w{k % 50}", f"v{k % 7}", f"u{k // 3}"}) for k in range(60)] * 2
    lexical = story_idf_cosine(stems)
    assert np.array_equal(lexical[:60], lexical[60:]) and np.array_equal(lexical, lexical.T)


def test_dense_and_sparse_lexical_matrices_agree(monkeypatch):
    from newsfuse.story import align as align_module

    rng = np.random.default_rng(11)
    stems = [frozenset(f"w{j}" for j in rng.choice(80, size=rng.integers(0, 9), replace=False)) for _ in range(40)]
    dense = (align_module.dice_matrix(stems), align_module.story_idf_cosine(stems))
    monkeypatch.setattr(align_module, "DENSE_MAX_CELLS", 0)
    sparse_ = (align_module.dice_matrix(stems), align_module.story_idf_cosine(stems))
    assert np.array_equal(dense[0], sparse_[0])  # counts: exact either way
    np.testing.assert_allclose(dense[1], sparse_[1], atol=1e-6)
    assert all(m.dtype == np.float32 for m in (*dense, *sparse_))


def test_a_member_joined_only_at_the_group_floor_is_not_cited():
    """Complete-link grouping keeps a member whose similarity to the shown sentence sits
    between the floor and the link threshold; a summary sentence cites only the members
    that reach the threshold."""
    from newsfuse.story.align import AlignedFact, _close

    options = AlignOptions()
    fact_sim = np.array([[1.0, 0.62, 0.47], [0.62, 1.0, 0.55], [0.47, 0.55, 1.0]])
    fact = AlignedFact((0, 1, 2), {}, _close((0, 1, 2), fact_sim, options))
    assert fact.cited(0) == (0, 1)
    assert fact.cited(1) == (1, 0, 2)
    assert AlignedFact((0, 1, 2)).cited(0) == (0, 1, 2)  # built without similarities: every member


def test_an_article_whose_member_is_not_cited_may_support_with_another_sentence():
    from newsfuse.story.align import supporters

    options = AlignOptions()
    article_of = [0, 1, 1]
    # 0 and 1 are one fact (joined at the floor, 0.47); 2, in 1's article, says what 0 says
    sim = np.array([[1.0, 0.47, 0.58], [0.47, 1.0, 0.30], [0.58, 0.30, 1.0]])
    close = {0: (), 1: ()}
    assert supporters([0, 1], sim, article_of, options, close=close) == {0: (2,)}
    assert supporters([0, 1], sim, article_of, options) == {}  # every member cited: article 1 is present


class _SameVector:
    """An embedder that cannot tell sentences apart (as WordLlama cannot on Hindi or Greek:
    cosines of 0.83-0.93 between any two sentences of a story)."""

    name, dim = "same-vector", 4

    def embed(self, texts):
        return np.tile(np.float32([0.5, 0.5, 0.5, 0.5]), (len(texts), 1))


BARRIERS = [
    [
        "Mayor Ana Kovac arrived in Brel on Monday for talks about the flood.",
        "The flood barriers on the river held overnight, engineers said.",
        "Schools in the capital stayed closed because of snow.",
    ],
    [
        "Mayor Ana Kovac came to Brel on Monday for talks about the flood.",
        "Engineers said the river barriers would be raised by a metre next year.",
        "Prices of bread rose by a tenth in the last month.",
    ],
]


def test_an_embedder_that_cannot_tell_sentences_apart_gets_no_say():
    # The two barrier sentences share specific words (story-IDF cosine 0.28) but not their
    # news; the blind embedder's cosine of 1.0 would link them (0.5 * 1.0 + 0.5 * 0.28).
    # Set aside, the words decide: the visit told twice (0.71) still links, they do not.
    held, raised = BARRIERS[0][1], BARRIERS[1][1]
    _, facts, _ = _align_story(_SameVector(), story=BARRIERS)
    assert any(BARRIERS[0][0] in f and BARRIERS[1][0] in f for f in facts)
    assert not any(held in f and raised in f for f in facts)
    trusted = _align_story(_SameVector(), AlignOptions(max_embedding_baseline=1.1), story=BARRIERS)[1]
    assert any(held in f and raised in f for f in trusted)


def test_clauses_are_the_pieces_between_commas_that_open_one():
    from newsfuse.story.align import clauses

    sentence = (
        "Belarus dictator Alexander Lukashenko urged closer military cooperation with Russia on Monday, Dec. 19, "
        "during a rare visit from President Vladimir Putin, who launched his invasion from his neighbor's territory."
    )
    assert clauses(sentence) == [
        "Belarus dictator Alexander Lukashenko urged closer military cooperation with Russia on Monday, Dec. 19",
        "during a rare visit from President Vladimir Putin",
        "who launched his invasion from his neighbor's territory.",
    ]
    assert clauses("The plane landed in Minsk on Monday, the ministry said.") == []  # no clause opens
    # a name alone is no clause to match on: it matches any sentence about that person
    assert clauses("Wikinews reporter Diego Grez, who was in Santa Cruz at the time of the tremor, reported that "
                   "the power went out.") == ["who was in Santa Cruz at the time of the tremor, reported that the power went out."]


def test_a_sentence_reporting_the_fact_in_a_clause_supports_it():
    """The whole sentence scores under the link threshold against the shown one; its clause
    reaches it, and the clause's sentence is cited. A sentence that is not near as a whole
    (topical similarity under CLAUSE_MIN_SIMILARITY) is not read."""
    from newsfuse.embed import WordLlamaEmbedder
    from newsfuse.story.align import AlignOptions, align, clause_support
    from newsfuse.story.tokens import Stemmer, content_and_concepts, stopwords, words

    texts = [
        "Russian president Vladimir Putin arrived on Monday for a working visit to Minsk, the capital of Belarus.",
        "Belarus dictator Alexander Lukashenko urged closer military cooperation with Russia on Monday, Dec. 19, "
        "during a rare visit from President Vladimir Putin, who launched his invasion from his neighbor's territory.",
        "Officials said Russia had dispatched 35 attack drones nationwide, including 23 over Kyiv.",
        "The Kremlin has for years sought to deepen integration with Belarus, which relies on Moscow for cheap oil.",
        "Lukashenko has been in power since 1994 and crushed protests in 2020.",
    ]
    stemmer, stop = Stemmer("english"), stopwords("en")

    def content_of(text):
        raw = words(text)
        return content_and_concepts([stemmer.stem_map(raw)[w] for w in raw], raw, stop)[0]

    stems = [content_of(t) for t in texts]
    article_of = [0, 1, 1, 1, 1]
    cands = [Candidate(i, a, 0, 1, i, 5) for i, a in enumerate(article_of)]
    embedder = WordLlamaEmbedder()
    facts, sim = align(cands, texts, stems, embedder, AlignOptions())
    assert not any({0, 1} <= set(f.cited(0)) for f in facts)  # the whole sentence does not link
    found = clause_support([0], [{0}], texts, stems, article_of, sim, embedder, AlignOptions(), content_of)
    assert found == [(1,)]
    far = sim.copy()
    far[0, 1] = 0.0
    assert clause_support([0], [{0}], texts, stems, article_of, far, embedder, AlignOptions(), content_of) == [()]


def test_a_fact_is_shown_by_its_first_sentence_that_stands_alone_as_the_summary_would_show_it():
    """A fact outside the summary shows the wording of its first member that can stand
    alone ("But Kremlin spokesman ..." without its "But"), not a quotation's half; a fact
    with no such member shows its first sentence as written and is no `Fact.standalone`."""
    from newsfuse.model import Article
    from newsfuse.story.align import AlignedFact, to_model_facts
    from newsfuse.story.candidates import Candidate

    texts = ['The main issues have been defence and security issues."',
             "But Kremlin spokesman Dmitry Peskov denied the reports.",
             '"Difficult times require us to have political will."']
    articles = [Article(id=f"a{i}", text=t) for i, t in enumerate(texts)]
    cands = [Candidate(i, i, 0, len(t), 0, 1) for i, t in enumerate(texts)]
    facts = [AlignedFact((0, 1)), AlignedFact((2,))]
    wordings = {1: "Kremlin spokesman Dmitry Peskov denied the reports."}
    shown, alone = to_model_facts(facts, cands, articles, wordings=wordings)
    assert (shown.text, shown.standalone) == ("Kremlin spokesman Dmitry Peskov denied the reports.", True)
    assert [s.article for s in shown.sentences] == ["a0", "a1"]  # its sentences are the fact's, as before
    assert (alone.text, alone.standalone) == (texts[2], False)
    # a fact in the summary is shown as the summary shows it
    in_summary = to_model_facts(facts, cands, articles, shown={0: 0}, wordings=wordings)[0]
    assert in_summary.text == texts[0] and not in_summary.standalone
