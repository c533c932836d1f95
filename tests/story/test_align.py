"""Alignment groups reworded reports of one thing across articles, and nothing else."""

from __future__ import annotations

import numpy as np
import pytest

from newsfuse.embed import WordLlamaEmbedder
from newsfuse.story.align import AlignOptions, group, similarity, sources
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
