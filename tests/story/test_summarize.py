"""The summary's contract: the budget, words taken in order from the first cited span,
citations of every article that reports a fact, and the API's inputs and outputs."""

from __future__ import annotations

import json

import pytest

import newsfuse
from newsfuse.embed import HashingEmbedder
from newsfuse.model import Article
from newsfuse.story.summarize import summarize
from newsfuse.story.wording import is_subsequence

WIRE = (
    "Flooding forced the evacuation of 12,000 residents from the river town of Arlen on Tuesday, "
    "officials said. The river rose four metres overnight after three days of heavy rain in the "
    "northern hills. Emergency crews used boats to reach families trapped on the roofs of their homes. "
    "The regional governor declared a state of emergency and asked the army for help. Forecasters "
    "expect more rain on Thursday, and the river is not expected to fall before the weekend."
)
OTHER = (
    "The regional governor of the northern province declared a state of emergency on Tuesday. "
    "Schools in Arlen and four nearby villages will stay closed for the rest of the week. "
    "Insurance companies said they were sending assessors to the flooded districts on Wednesday. "
    "A local football club opened its stadium to families who had to leave their homes."
)


@pytest.fixture(scope="module")
def embedder():
    return HashingEmbedder()


def check_contract(report, articles, budget):
    text_of = {a.id: a.text for a in articles}
    data = json.loads(json.dumps(report.to_dict()))
    assert sum(len(s["text"].split()) for s in data["summary"]) <= budget
    for s in data["summary"]:
        first = s["citations"][0]
        assert set(first) == {"article", "outlet", "start", "end"}
        assert is_subsequence(s["text"], text_of[first["article"]][first["start"] : first["end"]])


def test_a_copy_run_by_two_outlets_becomes_one_fact_citing_both(embedder):
    articles = [
        {"id": "wire-1", "text": WIRE, "source": "Daily Post"},
        {"id": "wire-2", "text": WIRE, "source": "Evening Star"},
        {"id": "other", "text": OTHER, "source": "Province News"},
    ]
    report = summarize(articles, 60, embedder=embedder)
    assert report.summary
    for s in report.summary:
        cited = {c.article for c in s.citations}
        if s.citations[0].article.startswith("wire"):
            assert {"wire-1", "wire-2"} <= cited
    copied = [f for f in report.facts if {"wire-1", "wire-2"} <= set(f.articles)]
    assert len(copied) == 5  # each of the five wire sentences is one fact, not two
    assert all(f.outlets[:2] == ("Daily Post", "Evening Star") for f in copied)
    check_contract(report, newsfuse.clean(articles), 60)


@pytest.mark.parametrize("budget", [5, 17, 40, 120])
def test_never_exceeds_the_budget(embedder, budget):
    articles = [{"id": "a", "text": WIRE}, {"id": "b", "text": OTHER}]
    report = summarize(articles, budget, embedder=embedder)
    assert report.words <= budget
    assert report.meta["words"] == budget


def test_accepts_raw_and_cleaned_articles(embedder):
    raw = Article(id="raw", text=WIRE)
    cleaned = newsfuse.clean([{"id": "clean", "text": OTHER}])[0]
    report = summarize([raw, cleaned], 80, embedder=embedder)
    assert {a.id for a in report.articles} == {"raw", "clean"}
    assert all(a.units for a in report.articles)
    assert report.summary


def test_json_is_report_to_dict_and_compare_off_is_slim(embedder):
    report = summarize([{"id": "a", "text": WIRE}], 50, compare=False, embedder=embedder)
    data = report.to_dict()
    assert data["facts"] == []
    assert [s["text"] for s in data["summary"]] == [s.text for s in report.summary]


def test_comparer_hook_gets_the_facts_and_fills_the_report(embedder):
    seen = {}

    def comparer(articles, facts):
        seen["facts"] = facts
        return {"timeline": ("t",), "quotes": ()}

    report = summarize([{"id": "a", "text": WIRE}, {"id": "b", "text": OTHER}], 50,
                       embedder=embedder, comparer=comparer)
    assert seen["facts"] and all(f.sentences for f in seen["facts"])
    assert report.timeline == ("t",)
    no_compare = summarize([{"id": "a", "text": WIRE}], 50, compare=False, embedder=embedder, comparer=comparer)
    assert no_compare.timeline == ()


def test_lead_sentence_leads(embedder):
    report = summarize([{"id": "a", "text": WIRE}, {"id": "b", "text": WIRE.replace("Arlen", "Arlen town")}],
                       40, embedder=embedder)
    assert report.summary[0].text.startswith("Flooding forced the evacuation")


def test_empty_story_gives_an_empty_summary(embedder):
    report = summarize([{"id": "a", "text": "Short note."}], 50, embedder=embedder)
    assert report.summary == ()
