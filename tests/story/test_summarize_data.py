"""The contract on real benchmark clusters (skipped when ../shared/data is absent)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsfuse
from newsfuse.embed import WordLlamaEmbedder
from newsfuse.story.summarize import summarize
from newsfuse.story.wording import is_subsequence


pytestmark = [pytest.mark.data, pytest.mark.slow]
DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
CLUSTERS_PER_SET = 4


@pytest.fixture(scope="module")
def embedder():
    return WordLlamaEmbedder()


@pytest.mark.parametrize("set_name", ["duc2003", "multiling2011", "multinews"])
def test_contract_on_benchmark_clusters(set_name, embedder):
    path = DATA / set_name / "clusters.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is not available")
    with open(path) as f:
        rows = [json.loads(line) for _, line in zip(range(CLUSTERS_PER_SET * 8), f)]
    rows = [r for r in rows if r.get("lang", "en") == "en"][:CLUSTERS_PER_SET]
    for row in rows:
        articles = newsfuse.clean(row["articles"])
        report = summarize(articles, 100, compare=False, embedder=embedder)
        assert 0 < report.words <= 100
        for s in report.summary:
            c = s.citations[0]
            source = report.article(c.article).span(c.start, c.end)
            assert is_subsequence(s.text, source)
            assert not s.text.startswith(("_", "--")), "dateline left in"


def test_continuations_on_multinews_follow_their_predecessor(embedder):
    """Multi-News, where the budget outruns the standalone sentences: continuations are
    used, and each is shown right after the sentence before it in its article."""
    from test_summarize import check_continuations

    path = DATA / "multinews" / "clusters.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is not available")
    with open(path) as f:
        rows = [json.loads(line) for _, line in zip(range(20), f)]
    used = 0
    for row in rows:
        articles = newsfuse.clean(row["articles"])
        report = summarize(articles, len(row["summaries"][0].split()), compare=False, embedder=embedder)
        used += check_continuations(report, articles)
    assert used >= 3


@pytest.mark.parametrize("language", ["ar", "cs", "el", "fr", "he", "hi"])
def test_contract_in_every_multiling_language(language, embedder):
    """Outside English: a summary within its budget, its words from the cited span, and
    no more citations than articles (the scripts WordLlama cannot read align by words)."""
    path = DATA / "multiling2011" / "clusters.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is not available")
    with open(path) as f:
        row = next(r for r in map(json.loads, f) if r.get("lang") == language)
    articles = newsfuse.clean(row["articles"])
    report = summarize(articles, 100, compare=False, embedder=embedder)
    assert 0 < report.words <= 100
    for s in report.summary:
        c = s.citations[0]
        assert is_subsequence(s.text, report.article(c.article).span(c.start, c.end))
        assert len({c.article for c in s.citations}) == len(s.citations) <= len(articles)


# Web page furniture of kinds the seeds do not show, put between the paragraphs of real
# articles: none of it may reach a summary (`bench`-free guard of the cleaning and the
# wording rules together).
BOILERPLATE = [
    "Advertisement", "Story continues below advertisement", "Scroll to continue with content",
    "Read more: Floods force thousands from their homes as rivers rise", "Related: What we know so far about the crash",
    "Recommended for you", "Share this article", "Share on Facebook", "Email this story to a friend",
    "Sign up for our daily newsletter to get the latest news in your inbox.", "Subscribe now for unlimited access.",
    "Follow us on Twitter and Facebook for the latest updates.", "Click here to read the full report.",
    "Photo: Reuters", "(Photo by John Smith/AFP via Getty Images)", "Video: Watch the moment the bridge collapsed",
    "© 2003 The Associated Press. All rights reserved.", "This material may not be published, broadcast, rewritten or redistributed.",
    "Updated at 10:45 a.m. ET", "Published 3 hours ago", "Last modified on Tuesday 12 January 2010 14.02 GMT",
    "We use cookies to improve your experience on our site. By continuing you agree to our use of cookies.",
    "Please enable JavaScript to view the comments.", "Comments (12)", "Log in to comment",
    "You have reached your limit of free articles this month.", "Already a subscriber? Sign in", "Most Read",
    "Reporting by John Smith; Editing by Jane Doe", "Tell us what you think in the comments below.",
]
# ... and above and below the story, one to a line (as scrapers flatten pages: no blank
# line between them and the story's first paragraph)
HEADERS = ["Home > World > Europe", "By John Smith, Reuters", "Posted: Tuesday, January 12, 2010 10:45 AM",
           "Updated: 12/01/2010 14:02", "Print | Email | Share", "Facebook Twitter LinkedIn Email", "5 min read"]
FOOTERS = ["Topics: Earthquake, Haiti, Disaster", "Filed under: World", "Related stories", "Back to top",
           "Terms of use | Privacy policy | Contact us", "Copyright © 2010 Example Media Group. All Rights Reserved."]


def test_web_furniture_between_paragraphs_never_reaches_a_summary(embedder):
    import random

    rows = []
    for set_name in ("duc2003", "multiling2011"):
        path = DATA / set_name / "clusters.jsonl"
        if not path.exists():
            pytest.skip(f"{path} is not available")
        with open(path) as f:
            rows += [r for r in map(json.loads, f) if r.get("lang", "en") == "en"][:8]
    rng = random.Random(7)
    shown = []
    for row in rows:
        records = []
        for a in row["articles"]:
            paragraphs = rng.sample(HEADERS, 3)
            for p in a["text"].split("\n"):
                paragraphs.append(p)
                if p.strip() and rng.random() < 0.35:
                    paragraphs.append(rng.choice(BOILERPLATE))
            paragraphs += rng.sample(FOOTERS, 3)
            records.append({**a, "text": "\n".join(paragraphs)})
        report = summarize(newsfuse.clean(records), 100, compare=False, embedder=embedder)
        shown += [s.text for s in report.summary if any(_shows(s.text, line) for line in BOILERPLATE + HEADERS + FOOTERS)]
    assert not shown


def _shows(text: str, line: str) -> bool:
    """Whether a summary sentence shows a furniture line: a line of a word or two only at
    its edges ("an advertisement campaign" is news)."""
    text, line = text.lower(), line.lower()
    return line in text if len(line.split()) >= 3 else text.startswith(line) or text.endswith(line)


CAPTIONS = [
    "Rescue workers search the rubble of a collapsed building in the city centre on Tuesday. REUTERS/John Smith",
    "Residents look at the damage caused by the storm, in the northern town on Monday. (AP Photo/John Smith)",
    "Soldiers patrol the border area near the town. Photograph: Jane Doe/AFP/Getty Images",
    "Demonstrators gather outside parliament on Wednesday. ( photo: john smith, epa )",
    "Members of the rescue team carry supplies to the affected area. Credit: Jane Doe/Reuters",
]


@pytest.mark.parametrize("glue", ["\n\n", " "])
def test_picture_captions_never_reach_a_summary(glue, embedder):
    """A caption with its agency's credit, as a paragraph of its own or glued into the
    running text of a flattened page (the same caption in several articles of a story, as
    syndicated copy has it, looks like a fact they all report)."""
    import random
    import re

    path = DATA / "duc2003" / "clusters.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is not available")
    with open(path) as f:
        rows = [json.loads(line) for _, line in zip(range(8), f)]
    rng = random.Random(3)
    shown = []
    for row in rows:
        records = []
        for a in row["articles"]:
            pieces = []
            for sentence in re.split(r"(?<=[a-z]\.)\s+(?=[A-Z])", a["text"]):
                pieces.append(sentence)
                if rng.random() < 0.3:
                    pieces.append(rng.choice(CAPTIONS))
            records.append({**a, "text": glue.join(pieces)})
        report = summarize(newsfuse.clean(records), 100, compare=False, embedder=embedder)
        shown += [s.text for s in report.summary if any(c[:40].lower() in s.text.lower() for c in CAPTIONS)]
    assert not shown
