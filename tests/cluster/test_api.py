"""The public entry points: newsfuse.cluster(...) as a call, and the submodules."""

from __future__ import annotations

import re

import pytest

import newsfuse
import newsfuse.cluster.online  # importing a submodule must not break the call below
from newsfuse.embed import HashingEmbedder

ARTICLES = [
    {"id": "a", "text": "Tara Reid checked into the Promises rehab centre in Malibu, her representative said."},
    {"id": "b", "title": "Tara Reid enters rehab", "text": "Actress Tara Reid has entered Promises in Malibu for treatment."},
    {"id": "c", "text": "A magnitude 7.1 earthquake struck off the coast of Chile on Saturday, officials said."},
]


def test_package_is_callable_and_keeps_submodules():
    groups = newsfuse.cluster(ARTICLES, embedder=HashingEmbedder())
    assert sorted(aid for g in groups for aid in g) == ["a", "b", "c"]
    assert newsfuse.cluster.online.OnlineClusterer is newsfuse.cluster.OnlineClusterer
    assert "cluster" in newsfuse.__all__


def test_every_id_once_and_same_event_together():
    groups = newsfuse.cluster(ARTICLES, embedder=HashingEmbedder())
    assert sorted(map(sorted, groups)) == [["a", "b"], ["c"]]


def test_articles_objects_are_accepted():
    articles = [newsfuse.Article(id=a["id"], text=a["text"], title=a.get("title")) for a in ARTICLES]
    assert len([i for g in newsfuse.cluster(articles, embedder=HashingEmbedder()) for i in g]) == 3


def test_small_inputs_and_duplicate_ids():
    assert newsfuse.cluster([], embedder=HashingEmbedder()) == []
    assert newsfuse.cluster(ARTICLES[:1], embedder=HashingEmbedder()) == [["a"]]
    with pytest.raises(ValueError):
        newsfuse.cluster([ARTICLES[0], ARTICLES[0]], embedder=HashingEmbedder())


def test_bad_items_are_the_callers_error_said_with_which_one():
    good = {"id": "a", "text": "The harbour bridge reopened on Monday."}
    cases = [
        (["a.txt"], TypeError, "article 0: expected an Article or a dict, got str"),
        ([good, None], TypeError, "article 1: expected an Article or a dict, got NoneType"),
        ([good, {"text": "No id here."}], ValueError, "article 1: no 'id'"),
        ([good, dict(good, text="Another text.")], ValueError, "repeated: 'a'"),
        (good, TypeError, "a list of articles"),
    ]
    for articles, error, message in cases:
        with pytest.raises(error, match=re.escape(message)):
            newsfuse.cluster(articles, embedder=HashingEmbedder())
