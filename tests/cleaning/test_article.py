"""The cleaning stage end to end on small articles (rules have their own tests)."""

import datetime as dt

from newsfuse.cleaning import CleanOptions, clean_article
from newsfuse.model import Article

TEXT = (
    " date 2021-03-04 A short title for the story\n\n"
    "The first body paragraph says what happened. It has two sentences.\n\n"
    "Read Also: Something else entirely\n\n"
    "The second body paragraph adds detail about the event and the people.\n\n"
    "(With inputs from agencies)\n"
)


def test_units_spans_index_the_original_text():
    a = clean_article(Article(id="x", text=TEXT))
    for u in a.units:
        assert a.text[u.start : u.end] == a.unit_text(u)
        assert a.unit_text(u) == a.unit_text(u).strip()
    assert a.text == TEXT


def test_metadata_title_credit_and_removed():
    a = clean_article(Article(id="x", text=TEXT))
    kinds = {a.unit_text(u): u.kind for u in a.paragraphs}
    assert kinds["date 2021-03-04"] == "metadata"
    assert kinds["A short title for the story"] == "title"
    assert kinds["(With inputs from agencies)"] == "credit"
    assert a.published == dt.date(2021, 3, 4) and a.published_from == "metadata"
    assert [(a.span(r.start, r.end), r.reason) for r in a.removed] == [
        ("Read Also: Something else entirely", "related-links")
    ]
    assert a.title == "A short title for the story"
    assert "Read Also" not in a.body and "inputs from agencies" not in a.body


def test_keep_boilerplate_removes_nothing():
    a = clean_article(Article(id="x", text=TEXT), CleanOptions(keep_boilerplate=True))
    assert a.removed == ()
    assert "Read Also" in a.body


def test_body_sentences_exclude_title_and_credit():
    a = clean_article(Article(id="x", text=TEXT))
    texts = [a.unit_text(u) for u in a.body_sentences]
    assert texts[0] == "The first body paragraph says what happened."
    assert all("agencies" not in t and "short title" not in t for t in texts)


def test_metadata_date_field_wins_over_body():
    a = clean_article(Article(id="x", text="He spoke on Monday, Dec. 19, in Minsk. More text here.", extra={"date": "2016-12-19"}))
    assert a.published == dt.date(2016, 12, 19) and a.published_from == "metadata"


def test_body_date_when_no_metadata():
    a = clean_article(
        Article(id="x", text="He spoke on Monday, Dec. 19, in Minsk. More text here."),
        CleanOptions(today=dt.date(2024, 1, 1)),
    )
    assert a.published == dt.date(2022, 12, 19) and a.published_from == "body"


def test_language_is_detected_and_given_language_kept():
    en = clean_article(Article(id="x", text="The minister said on Tuesday that the talks would continue next week in the capital."))
    assert en.language == "en"
    given = clean_article(Article(id="y", text="Some text that is long enough to be classified by a model.", language="de"))
    assert given.language == "de"


def test_a_placeholder_or_future_date_is_no_publication_date():
    for date in ("0001-01-01", "9999-12-31", (dt.date.today() + dt.timedelta(days=30)).isoformat()):
        a = clean_article(Article(id="x", text="He spoke in Minsk on Monday. More text here.", extra={"date": date}))
        assert a.published is None, date
    preset = clean_article(Article(id="y", text="Some text. More text here.", published=dt.date(1, 1, 1)))
    assert preset.published is None
    today = clean_article(Article(id="z", text="Some text. More text here.", extra={"date": dt.date.today().isoformat()}))
    assert today.published == dt.date.today()
