"""Markdown and HTML of a summary: numbered references, a source list, escaped text,
and the same output from a Report or its JSON."""

from __future__ import annotations

import json
import re

import pytest
from markupsafe import escape

from newsfuse.embed import HashingEmbedder
from newsfuse.report.html import render_html
from newsfuse.report.markdown import render_markdown
from newsfuse.story.summarize import summarize

TEXT = (
    "Flooding forced the evacuation of 12,000 residents from the river town of Arlen on Tuesday. "
    "The regional governor declared a state of emergency and asked the army for help. "
    "Emergency crews used boats to reach families trapped on <b>the roofs</b> of their homes."
)


@pytest.fixture(scope="module")
def report():
    articles = [
        {"id": "a1", "text": TEXT, "source": "Daily <Post>", "title": "Floods in Arlen", "url": "https://x.test/1"},
        {"id": "a2", "text": TEXT, "source": "Evening Star"},
    ]
    return summarize(articles, 60, compare=False, embedder=HashingEmbedder())


def test_markdown_has_numbered_references_and_sources(report):
    md = render_markdown(report)
    assert md.startswith("# Floods in Arlen")
    assert "[1, 2]" in md
    assert "## Sources" in md and "1. **Daily \\<Post\\>** — Floods in Arlen" in md  # source text is no markup


def test_markdown_from_json_matches(report):
    data = json.loads(json.dumps(report.to_dict()))
    assert render_markdown(data) == render_markdown(report)
    assert render_markdown({"report": data}) == render_markdown(report)


def test_html_is_self_contained_and_escaped(report):
    page = render_html(report)
    assert page.startswith("<!DOCTYPE html>")
    assert "<script" not in page and "<link" not in page
    assert "Daily &lt;Post&gt;" in page
    assert "<b>the roofs</b>" not in page and "&lt;b&gt;the roofs&lt;/b&gt;" in page
    assert 'href="#src-1"' in page and 'id="src-2"' in page


def test_an_empty_summary_is_explained_in_both_formats():
    tight = summarize([{"id": "a1", "text": TEXT}], 4, compare=False, embedder=HashingEmbedder())
    reason = tight.meta["no_summary"]
    assert "fits in 4 words" in reason
    assert f"*No summary: {reason}.*" in render_markdown(tight)
    assert f"No summary: {reason}." in render_html(tight)
    assert render_markdown(json.loads(json.dumps(tight.to_dict()))) == render_markdown(tight)


def test_only_web_urls_become_links():
    """A scraped ``javascript:`` (or other non-http) URL is shown as text in both formats."""
    articles = [
        {"id": "a1", "text": TEXT, "title": "Floods", "url": "javascript:alert(1)"},
        {"id": "a2", "text": TEXT, "url": "JavaScript:alert(2)"},
        {"id": "a3", "text": TEXT, "title": "Web", "url": "https://x.test/3"},
    ]
    report = summarize(articles, 60, compare=False, embedder=HashingEmbedder())
    html = render_html(report)
    assert 'href="javascript' not in html.lower() and 'href="https://x.test/3"' in html
    assert "javascript:alert(1)" in html  # still shown, as text
    md = render_markdown(report)
    assert "<javascript:" not in md.lower() and "<https://x.test/3>" in md
    assert "`javascript:alert(1)`" in md


def test_markdown_shows_source_text_as_itself_not_as_markup():
    """A scraped sentence's HTML, an outlet named like a link, a title like a heading: each
    is shown as text (a Markdown viewer that allows HTML would run the <img onerror>)."""
    text = ("The mayor said the <img src=x onerror=alert(1)> bridge would reopen on Monday after repairs. "
            "Crews worked **overnight** to clear the debris from the harbour road before dawn.")
    articles = [{"id": "a", "text": text, "title": "# Bridge <b>x</b>", "source": "[Evil](javascript:alert(3))"}]
    md = render_markdown(summarize(articles, 60, compare=False, embedder=HashingEmbedder()))
    assert re.search(r"(?<!\\)<", md) is None and "\\<img src=x onerror=alert(1)\\>" in md
    assert "[Evil](" not in md and "\\[Evil\\](javascript:alert(3))" in md
    assert md.startswith("# \\# Bridge \\<b\\>x\\</b\\>")
    assert "\\*\\*overnight\\*\\*" in md


def test_a_url_that_would_close_its_autolink_is_shown_as_code():
    articles = [{"id": "a", "text": TEXT, "url": "https://a.test/><img src=x onerror=alert(1)>"}]
    md = render_markdown(summarize(articles, 60, compare=False, embedder=HashingEmbedder()))
    assert "<https://a.test/>" not in md and "`https://a.test/><img src=x onerror=alert(1)>`" in md


def test_line_breaks_in_ids_urls_titles_and_outlets_stay_inside_their_source_line():
    """A blank line would end a source's list entry, or the code span of an id or a url
    that is no link, and let what follows be raw Markdown (an <img onerror>, a heading)."""
    articles = [
        {"id": "a1\n\n<img src=x onerror=alert(1)>", "text": TEXT, "source": "Daily\n\nNews",
         "title": "Budget passes\n---", "url": "javascript:void(0)\n\n# Injected"},
        {"id": "a2", "text": TEXT, "source": "Evening\r\nStar"},
    ]
    md = render_markdown(summarize(articles, 60, compare=False, embedder=HashingEmbedder()))
    sources = md.split("## Sources\n\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert len(sources) == 2
    first = next(line for line in sources if "Daily News" in line)
    assert "— Budget passes ---" in first
    assert "`javascript:void(0) # Injected`" in first and "`a1 <img src=x onerror=alert(1)>`" in first
    assert not {"# Injected", "---", "<img src=x onerror=alert(1)>"} & set(md.splitlines())
    assert "**Evening Star**" in md


def test_escaping_a_long_run_of_spaces_stays_linear():
    """A run of spaces with no line break made the line-break pattern rescan it from every
    start (40,000 spaces: 7 s); each run is now read once. Asserted on the output, not the
    clock: the run stays as it is, and a break anywhere in a run makes it one space."""
    from newsfuse.report.summary_view import md

    spaces = " " * 200_000
    assert md("a" + spaces + "b") == "a" + spaces + "b"
    assert md("a" + spaces + "\n" + spaces + "b") == "a b"


def _cited(text: str, article: str, start: int) -> dict:
    return {"text": text, "citations": [{"article": article, "outlet": None, "start": start, "end": start + len(text)}]}


def test_a_sentence_that_reads_on_from_the_one_before_shares_its_paragraph():
    """Consecutive sentences of one article (a quotation's two halves, "They are all British
    nationals." after what it speaks of) are one paragraph; a sentence of another article,
    or of the same article further on, starts its own."""
    first, second = '"We knew it was something heavy duty.', 'Not a good batch, " said a witness.'
    other, later = "Police closed the road for two hours.", "The plant reopened on Friday."
    data = {
        "headline": "Blast",
        "summary": [
            _cited(first, "a1", 0),
            _cited(second, "a1", len(first) + 1),  # the next sentence, after one space
            _cited(other, "a2", 0),
            _cited(later, "a1", 400),  # the same article, further on
        ],
        "articles": [{"id": "a1"}, {"id": "a2"}],
    }
    lines = render_markdown(data).splitlines()
    assert f"{first} [1] {second} [1]" in lines
    assert f"{other} [2]" in lines and f"{later} [1]" in lines
    paragraphs = re.findall(r"<p>(.*?)</p>", render_html(data))
    first, second = str(escape(first)), str(escape(second))  # as HTML writes them
    assert sum(first in p and second in p for p in paragraphs) == 1
    assert not any(other in p and (first in p or later in p) for p in paragraphs)


def test_consecutive_sentences_of_a_summarized_article_read_as_one_paragraph(report):
    md = render_markdown(report)
    summary = md.split("\n\n*", 1)[0].split("\n\n")[1:]  # the paragraphs after the headline
    sentences = [s.text for s in report.summary]
    # every summary sentence is there, and the two articles' shared text reads on where it runs on
    assert all(any(s.split()[0] in p for p in summary) for s in sentences)
    assert len(summary) < len(sentences) or len(sentences) == 1


def _dated_story() -> dict:
    """A lead of one day, a sentence of a report two weeks before it, one of the same day
    as the lead, one of an undated report, and a continuation of the earlier report."""
    lead, stale = "Two more victims were found Thursday, raising the toll to 74.", "The cold has killed 32 people."
    same, undated, on = "Police found a man frozen to death.", "Shelters opened in Warsaw.", "Most were homeless."
    return {
        "headline": "Cold wave",
        "summary": [
            _cited(lead, "a1", 0), _cited(stale, "a2", 0), _cited(on, "a2", len(stale) + 1),
            _cited(same, "a3", 0), _cited(undated, "a4", 0),
        ],
        "articles": [
            {"id": "a1", "published": "1998-12-03"}, {"id": "a2", "published": "1998-11-23"},
            {"id": "a3", "published": "1998-12-03"}, {"id": "a4", "published": None},
        ],
    }


def test_the_lead_and_each_change_of_day_say_when_they_were_reported():
    """A report speaks as of its day ("today"), and a story told over several days mixes
    such reports ("has killed 32" a week before the lead's 74): the renderers date the
    lead and each sentence whose report's day is not the one before it; a sentence of the
    same day as the one before, of an undated report, or read on in the same paragraph
    gets no date. The JSON itself is unchanged (the contract's two keys a sentence)."""
    data = _dated_story()
    lines = render_markdown(data).splitlines()
    assert "Two more victims were found Thursday, raising the toll to 74. [1] (reported 1998-12-03)" in lines
    assert "The cold has killed 32 people. [2] (reported 1998-11-23) Most were homeless. [2]" in lines
    assert "Police found a man frozen to death. [3] (reported 1998-12-03)" in lines  # back to the lead's day
    assert "Shelters opened in Warsaw. [4]" in lines
    assert "“reported” gives the day of the report" in render_markdown(data)
    page = render_html(data)
    assert page.count('class="reported"') == 3 and "(reported 1998-11-23)" in page
    assert "“reported” gives the day" in page


def test_no_sentence_is_dated_when_the_lead_is_undated_or_all_share_its_day(report):
    data = _dated_story()
    data["articles"][0]["published"] = None
    assert "(reported" not in render_markdown(data) and "“reported”" not in render_html(data)
    assert "(reported" not in render_markdown(report)  # one undated story
    assert all(set(s) == {"text", "citations"} for s in report.to_dict()["summary"])


def test_reported_days_reads_the_day_of_a_timestamp():
    from newsfuse.report.summary_view import reported_days

    published = {"a": "2022-12-19T08:00:00", "b": "2022-12-19", "c": "2022-12-16T23:59:00", "d": ""}
    assert reported_days(["a", "b", "c", "d", None], published) == ["2022-12-19", None, "2022-12-16", None, None]
    assert reported_days(["a", "c", "d", "b"], published) == ["2022-12-19", "2022-12-16", None, "2022-12-19"]
    assert reported_days(["d", "c"], published) == [None, None]  # an undated lead: no day to tell others from
    assert reported_days([], published) == []
