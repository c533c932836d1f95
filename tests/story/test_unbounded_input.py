"""Inputs no newsroom writes but scrapers produce: a page with no spaces, a run of
thousands of quote marks, a story of thousands of sentences. Each must cost about linear
time and bounded memory and leave the rest of the story summarized. The timeout is a
guard against a hang (these ran for minutes to hours before their fixes: a credit-line
regex backtracking over a 100,000-character word, spaCy's suffix search over a run of
quote marks), not a measurement: each case takes about a second."""

from __future__ import annotations

import pytest

from newsfuse.cleaning.structure import is_credit
from newsfuse.embed import HashingEmbedder
from newsfuse.model import Article
from newsfuse.story.candidates import candidates
from newsfuse.story.summarize import SummaryOptions, summarize
from newsfuse.text.sentences import split_sentences

NEWS = (
    "Flooding forced the evacuation of 12,000 residents from the river town of Arlen on Tuesday. "
    "The river rose four metres overnight after three days of heavy rain in the northern hills. "
    '"We have never seen water this high," the mayor, Ana Ruiz, told reporters.'
)

PATHOLOGICAL = {
    "one long word": "x" * 100_000,
    "glued periods": "a.b" * 40_000,
    "quote marks": '"' * 40_000,
    "quoted words": '"a" ' * 20_000,
    "percentages": "10% " * 20_000,
}


@pytest.mark.timeout(300)
@pytest.mark.parametrize("name", PATHOLOGICAL)
def test_a_pathological_article_leaves_the_story_summarized(name):
    articles = [{"id": "odd", "text": PATHOLOGICAL[name]}, {"id": "news", "text": NEWS}]
    report = summarize(articles, 60, embedder=HashingEmbedder())
    assert any(c.article == "news" for s in report.summary for c in s.citations)
    assert "comparison_error" not in report.meta


def test_a_credit_line_needs_words_not_one_long_token():
    assert is_credit("Additional reporting by Interfax news agency")
    assert is_credit("Reuters news agency")
    assert not is_credit("x" * 100_000)


def test_glued_sentences_are_still_cut_beside_a_long_run():
    text = "The river rose.Crews arrived at dawn. " + "y" * 5_000
    starts = [text[s:e][:5] for s, e in split_sentences(text, 0, len(text))]
    assert starts[:2] == ["The r", "Crews"]


def _article(name: str, sentences: int) -> Article:
    from newsfuse.cleaning import clean_article

    text = " ".join(f"Sentence {k} of {name} reports item number {k} in full." for k in range(sentences))
    return clean_article(Article(id=name, text=text))


def test_a_story_keeps_the_earliest_sentences_of_every_article_within_the_limit():
    articles = [_article("long", 50), _article("short", 3), _article("mid", 10)]
    kept = candidates(articles, limit=20)
    assert len(kept) == 20
    per_article = {a: [c.position for c in kept if c.article == a] for a in range(3)}
    assert per_article[1] == [0, 1, 2]  # a short article is kept whole
    for positions in per_article.values():
        assert positions == list(range(len(positions)))  # always an article's first sentences
    assert len(per_article[0]) - len(per_article[2]) <= 1  # depth shared out evenly
    assert [c.index for c in kept] == list(range(20))
    assert len(candidates(articles)) == 63


def test_a_summary_says_how_many_sentences_it_left_out():
    articles = [_article("long", 50), _article("short", 3)]
    report = summarize(articles, 40, compare=False, embedder=HashingEmbedder(),
                       options=SummaryOptions(max_sentences=20))
    assert report.meta["sentences_left_out"] == 33
    long_ = articles[0]
    cut = long_.body_sentences[17].start  # the long article keeps its first 17 sentences
    assert all(c.start < cut for s in report.summary for c in s.citations if c.article == "long")
    full = summarize(articles, 40, compare=False, embedder=HashingEmbedder())
    assert "sentences_left_out" not in full.meta


def test_the_comparison_reads_the_window_the_summary_reads():
    """Past the sentence limit, the comparison sees what the summary sees (the earliest
    sentences of every article): a quotation beyond it is not read, and the report keeps
    the whole articles (their text and units)."""
    from newsfuse.cleaning import clean_article
    from newsfuse.story.compare import windowed

    quote = '"We have never seen water this high," the mayor, Ana Ruiz, told reporters.'
    late = '"The dam will hold," the engineer, Tom Berg, told reporters.'
    filler = " ".join(f"Crews cleared road number {k} of mud on Tuesday." for k in range(60))
    long = clean_article(Article(id="long", text=f"{quote} {filler} {late}"))
    short = clean_article(Article(id="short", text=NEWS))
    window = windowed([long, short], 20)
    assert [len(a.body_sentences) for a in window] == [17, 3]
    assert window[0].text == long.text and window[1] is short
    assert window[0].body_sentences == long.body_sentences[:17]
    assert all(u.end <= long.body_sentences[16].end for u in window[0].units)
    def speakers(max_sentences):
        options = SummaryOptions(max_sentences=max_sentences)
        report = summarize([long, short], 60, embedder=HashingEmbedder(), options=options)
        assert report.articles[0].units == long.units
        return {g.speaker for g in report.quotes}

    assert "Tom Berg" in speakers(2_000) and "Tom Berg" not in speakers(20)
