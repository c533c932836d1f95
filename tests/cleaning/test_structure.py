"""Paragraph kinds: title, standfirst, heading, credit, body (and their negatives)."""

from __future__ import annotations

import pytest

from newsfuse.cleaning import clean_article
from newsfuse.cleaning.structure import Paragraph, classify, fragments, is_credit, is_heading
from newsfuse.model import Article
from newsfuse.text.sentences import split_paragraphs


def kinds_of(text: str, title: str | None = None) -> list[tuple[str, str]]:
    paragraphs = [Paragraph(span) for span in split_paragraphs(text)]
    return [(text[p.span[0] : p.span[1]], k) for p, k in zip(paragraphs, classify(text, paragraphs, title))]


@pytest.mark.parametrize(
    "line",
    ["(With inputs from agencies)", "Source: News Agencies", "Reporting by Jane Doe; Editing by John Roe", "Photo: Jane Doe/AP", "Copyright 2022 The Associated Press"],
)
def test_credit_lines(line):
    assert is_credit(line)


@pytest.mark.parametrize(
    "line",
    [
        "Sources said the talks would resume on Tuesday after a break of two weeks.",
        "Reporting from the front line has become far more dangerous this year, editors say.",
    ],
)
def test_news_lines_are_not_credits(line):
    assert not is_credit(line)


@pytest.mark.parametrize("line", ["- 'Open for dialogue' -", "More active role?", "The two regimes very close since 2020"])
def test_headings(line):
    assert is_heading(line)


@pytest.mark.parametrize(
    "line",
    [
        "It did not say how long they would last.",  # a short body line ending with a period
        "Ukraine has an estimated population of 40 million.",
        "lowercase words without a capital start",
    ],
)
def test_short_body_lines_are_not_headings(line):
    assert not is_heading(line)


def test_title_standfirst_heading_credit_and_body():
    text = (
        "Putin makes rare visit to Minsk\n\n"
        "Kremlin rejects claims that Russia is pressuring Belarus.\n\n"
        "Russian President Vladimir Putin visited Minsk for talks on Monday, officials said.\n\n"
        "More active role?\n\n"
        "The Kremlin dismissed the suggestion that Putin wants Belarus in the war, its spokesman said on Monday.\n\n"
        "Source: News Agencies\n"
    )
    assert [k for _, k in kinds_of(text)] == ["title", "standfirst", "body", "heading", "body", "credit"]


def test_metadata_title_is_used_and_quote_is_not_a_title():
    text = '"We will not go," he said.\n\nThe minister spoke in Minsk on Monday.\n\nHe left on Tuesday.\n'
    assert kinds_of(text)[0][1] == "body"
    text = "Putin visits Belarus\n\nThe visit was announced on Friday.\n"
    assert kinds_of(text, title="Putin visits Belarus")[0][1] == "title"


@pytest.mark.parametrize(
    "first",
    [
        "TRIPOLI, Libya _ Outwardly at least, nearly everything on display in Libya seems calculated to project defiance.",
        "WASHINGTON _ The New Economy is on trial here along with Microsoft Corp.",
        "BEIJING, Oct. 5 (Xinhua) -- China said on Monday it would cut tariffs.",
        "The New York Times said in an editorial for Wednesday, Oct. 7:",
    ],
)
def test_a_wire_lede_or_an_introduction_is_no_title(first):
    text = f"{first}\n\nThe talks went on for a second day.\n\nThey end on Friday.\n"
    assert kinds_of(text)[0][1] == "body"


@pytest.mark.parametrize("title", ["NATO – Russia talks stall", "BREXIT – What happens now?", "WORLD CUP – England are through!"])
def test_a_shouted_title_with_a_dash_is_still_a_title(title):
    text = f"{title}\n\nThe talks went on for a second day.\n\nThey end on Friday.\n"
    assert kinds_of(text)[0][1] == "title"


def test_one_line_article_is_body():
    assert kinds_of("Police arrested two men on Monday after a break-in at a bakery.") == [
        ("Police arrested two men on Monday after a break-in at a bakery.", "body")
    ]


def test_pieces_of_a_line_cut_by_inline_boilerplate_stay_body():
    text = "Short lead words here. Advertisement More text follows here. Advertisement And the end comes.\n"
    pieces = [(0, 22), (37, 60), (75, len(text) - 1)]
    paragraphs = [Paragraph(span) for span in pieces]
    assert fragments(text, paragraphs) == [True, True, True]
    assert classify(text, paragraphs) == ["body", "body", "body"]


def test_flattened_article_after_cleaning_has_no_title_or_heading():
    text = (
        "Story highlights the hospital now has 30 suspected cases. ( photo: jane doe, ap ) Officials said "
        "the outbreak began in march. Advertisement The ministry sent doctors on friday.\n"
    )
    article = clean_article(Article(id="flat", text=text))
    kinds = {u.kind for u in article.units}
    assert kinds == {"body"}
    assert {r.reason for r in article.removed} == {"story-highlights", "photo-credit", "advertisement"}
    kept = " ".join(article.unit_text(u) for u in article.units if u.level == "paragraph")
    assert "outbreak began in march" in kept and "sent doctors on friday" in kept
