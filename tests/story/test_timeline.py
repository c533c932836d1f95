import datetime as dt

import newsfuse
from newsfuse.model import Fact, SourceSpan
from newsfuse.story.timeline import build_timeline, infer_published
from newsfuse.text.dates import DateMention


def _mention(article, text, future=False, part=0, sentence=(0, 10)):
    return DateMention(article, 0, len(text), text, sentence[0], sentence[1], future, part)


def _articles(*records):
    return newsfuse.clean(list(records))


def test_preview_is_dated_the_day_it_was_announced():
    arts = _articles(
        {"id": "report", "text": "Putin arrived in Minsk on Monday.", "published": "2022-12-19"},
        {"id": "preview", "text": "Putin will travel to Belarus on Monday, the Kremlin announced on Friday."},
    )
    dates = {
        "report": [_mention("report", "Monday")],
        "preview": [_mention("preview", "Monday", future=True), _mention("preview", "Friday")],
    }
    published = infer_published(arts, dates)
    assert published["preview"] == (dt.date(2022, 12, 16), "story")
    assert published["report"] == (dt.date(2022, 12, 19), "metadata")


def test_past_weekday_dates_an_undated_report_on_the_story_day():
    arts = _articles(
        {"id": "a", "text": "Talks were held on Tuesday.", "published": "2023-03-14"},
        {"id": "b", "text": "Leaders met on Tuesday and will meet again on Friday."},
    )
    dates = {"a": [_mention("a", "Tuesday")], "b": [_mention("b", "Tuesday"), _mention("b", "Friday", future=True)]}
    assert infer_published(arts, dates)["b"] == (dt.date(2023, 3, 14), "story")


def test_no_dated_article_means_no_inference():
    arts = _articles({"id": "a", "text": "Talks on Tuesday."})
    assert infer_published(arts, {"a": [_mention("a", "Tuesday")]}) == {}


def test_timeline_merges_one_event_across_outlets_but_keeps_previews_apart():
    arts = _articles(
        {"id": "a", "text": "Putin arrived in Minsk for talks on Monday.", "published": "2022-12-19", "outlet": "A"},
        {"id": "b", "text": "Putin arrived in Minsk for talks with Lukashenko on Monday.", "published": "2022-12-19", "outlet": "B"},
        {"id": "c", "text": "Putin will travel to Minsk for talks on Monday.", "published": "2022-12-16", "outlet": "C"},
    )
    dates = {a.id: [_mention(a.id, "Monday", future=a.id == "c", sentence=(0, len(a.text)))] for a in arts}
    published = infer_published(arts, dates)
    timeline = build_timeline(arts, dates, published)
    kinds = {(e.date.label(), e.kind): e.articles for e in timeline}
    assert kinds == {("2022-12-19", "happened"): ("a", "b"), ("2022-12-19", "announced"): ("c",)}


def test_timeline_range_and_fact_grouping():
    arts = _articles(
        {"id": "a", "text": "Drills run from Wednesday to December 27.", "published": "2022-12-19"},
        {"id": "b", "text": "Naval exercises will last Wednesday to December 27.", "published": "2022-12-19"},
    )
    dates = {
        a.id: [
            _mention(a.id, "Wednesday", future=True, part=1, sentence=(0, len(a.text))),
            _mention(a.id, "December 27", future=True, part=2, sentence=(0, len(a.text))),
        ]
        for a in arts
    }
    fact = Fact("F", "drills", (SourceSpan("a", 0, 10), SourceSpan("b", 0, 10)))
    (event,) = build_timeline(arts, dates, infer_published(arts, dates), [fact])
    assert (event.date.label(), event.until.label(), event.kind) == ("2022-12-21", "2022-12-27", "announced")
    assert event.articles == ("a", "b")


def test_one_sentence_dating_one_event_twice_is_one_entry_and_another_sentence_its_own():
    text = "Putin said that last year, in 2021, trade grew. Trade turnover in 2021 rose by a third."
    arts = _articles({"id": "a", "text": text, "published": "2022-12-19"})
    first, second = (0, text.index("Trade")), (text.index("Trade"), len(text))

    def at(words, sentence):
        start = text.index(words, sentence[0])
        return DateMention("a", start, start + len(words), words, sentence[0], sentence[1], False, 0)

    dates = {"a": [at("last year", first), at("2021", first), at("2021", second)]}
    timeline = build_timeline(arts, dates, infer_published(arts, dates))
    assert [(e.date.label(), e.sentences[0].start) for e in timeline] == [("2021", 0), ("2021", second[0])]
    assert len(timeline[0].expressions) == 2  # both date words kept as its evidence
