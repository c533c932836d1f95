"""The store: dedup by content hash, story aggregates, report history, checkpoints,
lossless article round trip. Runs on SQLite, and on PostgreSQL when configured."""

from __future__ import annotations

import datetime as dt

import pytest

from newsfuse.model import Article, Removed, Unit
from newsfuse.store import Store, content_hash


def article(id: str, text: str, outlet: str | None = "Wire", day: int | None = 1, title: str | None = None) -> Article:
    return Article(
        id=id, text=text, title=title or text.split(".")[0], outlet=outlet,
        published=dt.date(2024, 5, day) if day else None, published_from="metadata" if day else None,
        language="en", origin=f"test/{id}", extra={"source": outlet, "n": [1, 2]},
        units=(Unit("body", 0, len(text)), Unit("body", 0, len(text), "sentence", 0)),
        removed=(Removed(0, 1, "test"),),
    )


def test_articles_round_trip_losslessly(store):
    a = article("a1", "Floods hit the valley. Thousands fled.")
    assert store.add_articles([a]).added == (a,)
    assert store.article("a1") == a
    assert store.count_articles() == 1


def test_exact_reingest_is_a_noop_but_two_outlets_are_two_articles(store):
    wire = "The central bank raised rates by half a point on Tuesday."
    first = store.add_articles([article("ap-1", wire, "AP"), article("yahoo-1", wire, "Yahoo")])
    assert len(first.added) == 2
    again = store.add_articles([article("ap-1", wire, "AP"), article("other-id", wire, "Yahoo")])
    assert again.added == ()
    assert dict(again.duplicates) == {"ap-1": "ap-1", "other-id": "yahoo-1"}
    assert store.count_articles() == 2


def test_duplicate_inside_one_batch_is_stored_once(store):
    a = article("x", "Same text.")
    result = store.add_articles([a, a.replace(id="y")])
    assert [x.id for x in result.added] == ["x"] and dict(result.duplicates) == {"y": "x"}


def test_id_taken_by_other_content_is_suffixed_not_overwritten(store):
    store.add_articles([article("1", "First story text.")])
    result = store.add_articles([article("1", "A different article that reused the id.")])
    (renamed,) = result.added
    assert renamed.id.startswith("1~") and store.article("1").text == "First story text."
    assert store.article(renamed.id).text.startswith("A different")


def test_a_renamed_id_never_clashes_with_a_stored_one(store):
    """An input may itself be named like a renamed id ("x~<hash>"): the rename takes the
    next free id instead of failing the batch on the unique key."""
    store.add_articles([article("x", "The first text under x.")])
    clash = article("x", "Another text under x.")
    taken = f"x~{content_hash(clash)[:10]}"
    store.add_articles([article(taken, "A text that already uses the renamed id.")])
    result = store.add_articles([clash, article("innocent", "An unrelated article.")])
    assert [a.id for a in result.added] == [f"{taken}-2", "innocent"]
    assert store.article(f"{taken}-2").text == "Another text under x."


def test_assign_keeps_running_story_aggregates(store):
    arts = [article("a", "One.", "AP", 3), article("b", "Two.", "Reuters", 1), article("c", "Three.", "AP", 9)]
    store.add_articles(arts)
    store.assign({"a": "s1", "b": "s1"})
    store.assign({"c": "s1"})
    s = store.story("s1")
    assert (s.size, s.outlets, s.first_seen, s.last_seen) == (3, ("AP", "Reuters"), dt.date(2024, 5, 1), dt.date(2024, 5, 9))
    assert s.stale and s.report_version is None and s.headline == "One"
    assert [a.id for a in store.story_articles("s1")] == ["a", "b", "c"]


def test_a_story_is_seen_on_its_articles_publication_dates_not_on_ingest_days(store):
    """An undated article counts by the day it was ingested only in a story none of whose
    articles is dated: a 2024 story with an undated article was "last seen" today."""
    today = dt.datetime.now(dt.timezone.utc).date()
    store.add_articles([article("u1", "Undated one.", "AP", None), article("d1", "Dated.", "AP", 3),
                        article("u2", "Undated two.", "BBC", None), article("d2", "Dated too.", "BBC", 7)])
    store.assign({"u1": "s1"})
    assert (store.story("s1").first_seen, store.story("s1").last_seen) == (today, today)
    store.assign({"d1": "s1"})  # the first dated article replaces the ingest day
    assert (store.story("s1").first_seen, store.story("s1").last_seen) == (dt.date(2024, 5, 3),) * 2
    store.assign({"u2": "s1"})  # an undated newcomer leaves a dated story's dates alone
    assert (store.story("s1").first_seen, store.story("s1").last_seen) == (dt.date(2024, 5, 3),) * 2
    store.assign({"d2": "s1"})
    assert (store.story("s1").first_seen, store.story("s1").last_seen) == (dt.date(2024, 5, 3), dt.date(2024, 5, 7))
    store.assign({"d1": "s2", "d2": "s2"})  # recounted from what is left: undated only
    assert (store.story("s1").first_seen, store.story("s1").last_seen) == (today, today)


def test_moving_an_article_recounts_the_story_it_left(store):
    store.add_articles([article("a", "One.", "AP", 2), article("b", "Two.", "BBC", 5)])
    store.assign({"a": "s1", "b": "s1"})
    store.assign({"b": "s2"})
    assert (store.story("s1").size, store.story("s1").outlets, store.story("s1").last_seen) == (1, ("AP",), dt.date(2024, 5, 2))
    assert store.story("s2").size == 1 and store.story_of("b") == "s2"


def test_assign_unknown_article_fails_and_rolls_back(store):
    store.add_articles([article("a", "One.")])
    with pytest.raises(KeyError):
        store.assign({"a": "s1", "missing": "s1"})
    assert store.story("s1") is None and store.story_of("a") is None


def test_stories_listing_and_since(store):
    store.add_articles([article("a", "Old.", day=1), article("b", "New.", day=20)])
    store.assign({"a": "old", "b": "new"})
    assert [s.id for s in store.stories()] == ["new", "old"]
    assert [s.id for s in store.stories(since=dt.date(2024, 5, 10))] == ["new"]
    assert [s.id for s in store.stories(limit=1)] == ["new"]


def test_report_versions_record_what_was_added(store):
    store.add_articles([article("a", "One."), article("b", "Two."), article("c", "Three.")])
    store.assign({"a": "s", "b": "s"})
    v1 = store.save_report("s", {"headline": "First", "summary": []}, ["a", "b"])
    assert (v1.version, v1.added) == (1, ("a", "b")) and not store.story("s").stale
    store.assign({"c": "s"})
    assert store.stale_stories() == ["s"]
    v2 = store.save_report("s", {"headline": "Second", "summary": []}, ["a", "b", "c"])
    assert (v2.version, v2.added) == (2, ("c",))
    assert [r.version for r in store.report_history("s")] == [1, 2]
    assert store.report("s").data["headline"] == "Second" and store.report("s", 1).data["headline"] == "First"
    assert store.story("s").headline == "Second" and store.stale_stories() == []


def test_a_report_with_a_summary_sets_the_headline_even_to_none(store):
    """The report's headline is an article it cites: the story row's first title (a weather
    page filed with a storm story) must not outlive a report that cites no titled article."""
    store.add_articles([article("w", "Forecast.", title="NATIONAL FORECAST"), article("a", "Storm.")])
    store.assign({"w": "s", "a": "s"})
    assert store.story("s").headline == "NATIONAL FORECAST"
    store.save_report("s", {"headline": None, "summary": [{"text": "Storm.", "citations": []}]}, ["w", "a"])
    assert store.story("s").headline is None


def test_report_on_fewer_articles_than_the_story_leaves_it_stale(store):
    store.add_articles([article("a", "One."), article("b", "Two.")])
    store.assign({"a": "s", "b": "s"})
    store.save_report("s", {"headline": "h"}, ["a"])
    assert store.story("s").stale


def test_a_late_report_on_fewer_articles_never_replaces_a_newer_one(store):
    """Two writers: one read the story's articles, another added one and saved a report on
    all of them, then the first saves its older report. No version is added for it, the
    latest stays the fuller one, and the story is not marked fresh by it."""
    store.add_articles([article("a", "One."), article("b", "Two."), article("c", "Three.")])
    store.assign({"a": "s", "b": "s"})
    store.assign({"c": "s"})
    newer = store.save_report("s", {"headline": "All three"}, ["a", "b", "c"])
    late = store.save_report("s", {"headline": "Two only"}, ["a", "b"])
    assert late.version == newer.version and store.report("s").data["headline"] == "All three"
    assert [r.version for r in store.report_history("s")] == [1] and not store.story("s").stale
    store.save_report("s", {"headline": "Same three"}, ["a", "b", "c"])  # a repeat: no new version either
    assert [r.version for r in store.report_history("s")] == [1]


def test_batch_is_all_or_nothing(store):
    with pytest.raises(RuntimeError):
        with store.batch() as tx:
            tx.add_articles([article("a", "One.")])
            tx.save_checkpoint("engine", b"state")
            raise RuntimeError("killed")
    assert store.count_articles() == 0 and store.checkpoint("engine") is None


def test_checkpoint_replaced_in_place(store):
    with store.batch() as tx:
        tx.save_checkpoint("engine", b"one")
    with store.batch() as tx:
        tx.save_checkpoint("engine", b"two")
    assert store.checkpoint("engine") == b"two"


def test_states_kept_with_stories_in_order_of_their_first_article(store):
    store.add_articles([article("a", "One."), article("b", "Two.")])
    store.assign({"a": "zeta"})
    store.assign({"b": "alpha"})
    with store.batch() as tx:
        tx.save_states({"alpha": {"k": 1}, "zeta": {"k": 2}})
    assert list(store.story_states()) == ["zeta", "alpha"]


def test_reopen_keeps_data(store_url):
    with Store.open(store_url) as s:
        s.add_articles([article("a", "One.")])
    with Store.open(store_url) as s:
        assert s.count_articles() == 1


def test_content_hash_is_what_the_input_gives():
    a = article("a", "Text.")  # dated by its metadata, titled "Text" (a line of its text)
    assert content_hash(a) == content_hash(a.replace(id="other", origin="elsewhere"))
    for change in ({"outlet": "B"}, {"published": dt.date(2020, 1, 1)}, {"text": "Text!"},
                   {"url": "https://x.test/2"}, {"title": "A title given beside the text"}):
        assert content_hash(a) != content_hash(a.replace(**change))
    # what cleaning infers, and how the file's lines end, are no part of it
    inferred = a.replace(published_from="body")
    assert content_hash(inferred) == content_hash(inferred.replace(published=dt.date(2020, 1, 1), title=None))
    assert content_hash(a.replace(text="One.\r\nTwo.")) == content_hash(a.replace(text=" One.\nTwo."))
    # the date field as given, not as a newer parser (or today's date) reads it
    raw = a.replace(extra={"date": "2022"}, published=None, published_from=None)
    assert content_hash(raw) == content_hash(raw.replace(published=dt.date(2022, 1, 1), published_from="metadata"))
    assert content_hash(raw) != content_hash(raw.replace(extra={"date": "2023"}))


def test_two_feed_items_sharing_a_placeholder_text_stay_two(store):
    """A title or a url given beside the text tells them apart (the hash once lost both)."""
    a = article("a", "Read the full story on our site.", title="School board elects new chair")
    b = a.replace(id="b", title="Bridge to close for repairs")
    store.add_articles([a, b])
    assert store.count_articles() == 2


def test_stories_since_takes_a_date_or_an_iso_string_and_refuses_anything_else(store):
    store.add_articles([article("a", "One.", "AP", 3)])
    store.assign({"a": "s1"})
    assert [s.id for s in store.stories(since="2024-05-01")] == ["s1"] == [s.id for s in store.stories(since=dt.date(2024, 5, 3))]
    assert store.stories(since="2024-05-04") == []
    for bad in ("notadate", "May 2024"):
        with pytest.raises(ValueError):
            store.stories(since=bad)
    with pytest.raises(ValueError):
        store.stories(limit=-1)


def test_an_id_too_long_for_the_column_is_cut_and_suffixed_never_refused(store):
    """PostgreSQL refused a 206-character renamed id (VARCHAR(200)), and the article with it."""
    from newsfuse.store.repository import MAX_ID_CHARS

    long_id = "x" * 250
    first = store.add_articles([article(long_id, "The first text under a long id.")]).added[0]
    near = "y" * (MAX_ID_CHARS - 5)
    store.add_articles([article(near, "A text under an id near the limit.")])
    renamed = store.add_articles([article(near, "Another text under that id.")]).added[0]
    for stored in (first, renamed):
        assert len(stored.id) <= MAX_ID_CHARS and store.article(stored.id) is not None
    assert first.id.startswith("x" * 100) and renamed.id.startswith("y" * 100) and renamed.id != near
