"""The single-process ingest: stores, clusters and reports; re-ingest is a no-op; only
changed stories are recomputed; bad input and a failing summary never sink it."""

from __future__ import annotations

import pytest

from newsfuse.embed import HashingEmbedder
from newsfuse.engine.local import IngestOptions, LocalExecutor, ingest
from newsfuse.store import Store

from .fakes import corpus, fake_summarize, write_jsonl
from .helpers import contents

SMALL = IngestOptions(batch_size=5, window=12)


class Recorder:
    """fake_summarize that remembers which stories (by their article ids) it was asked for."""

    def __init__(self, fail_if_contains: str | None = None):
        self.calls: list[tuple[str, ...]] = []
        self.fail_if_contains = fail_if_contains

    def __call__(self, articles):
        ids = tuple(a.id for a in articles)
        self.calls.append(ids)
        if self.fail_if_contains in ids:
            raise RuntimeError("summary failed")
        return fake_summarize(articles)


def run(store, paths, summarize=fake_summarize, options=SMALL):
    return ingest(paths, store, LocalExecutor(summarize), embedder=HashingEmbedder(), options=options)


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "s.db") as opened:
        yield opened


def test_ingest_stores_clusters_and_reports(store, tmp_path):
    src = write_jsonl(tmp_path / "a.jsonl", corpus(30))
    stats = run(store, [src])
    assert (stats.read, stats.stored, stats.duplicates, stats.rejections) == (30, 30, 0, [])
    stories = store.stories()
    assert sum(s.size for s in stories) == 30
    assert 4 <= len(stories) < 30  # four topics over four days: grouped, not one each
    for s in stories:
        record = store.report(s.id)
        assert record is not None and set(record.article_ids) == {a.id for a in store.story_articles(s.id)}
        assert not s.stale
    for s in stories:  # a story holds one topic
        assert len({a.id.split("-")[0] for a in store.story_articles(s.id)}) == 1


def test_exact_reingest_changes_nothing(store, tmp_path):
    src = write_jsonl(tmp_path / "a.jsonl", corpus(20))
    run(store, [src])
    before = contents(store)
    history = {s.id: len(store.report_history(s.id)) for s in store.stories()}
    again = Recorder()
    stats = run(store, [src], again)
    assert (stats.stored, stats.duplicates) == (0, 20) and again.calls == []
    assert contents(store) == before
    assert {s.id: len(store.report_history(s.id)) for s in store.stories()} == history


def test_new_articles_recompute_only_their_stories(store, tmp_path):
    records = corpus(24)
    run(store, [write_jsonl(tmp_path / "a.jsonl", records)])
    target = records[3]
    old_story = store.story_of(target["id"])
    versions = {s.id: s.report_version for s in store.stories()}
    copy = dict(target, id="copy-1", source="Another Outlet")  # the same wire text, another outlet
    second = Recorder()
    run(store, [write_jsonl(tmp_path / "b.jsonl", [copy])], second)
    assert store.story_of("copy-1") == old_story
    assert len(second.calls) == 1 and "copy-1" in second.calls[0]
    latest = store.report(old_story)
    assert latest.version == versions[old_story] + 1 and latest.added == ("copy-1",)
    assert latest.created_at > store.report(old_story, versions[old_story]).created_at
    assert "Another Outlet" in store.story(old_story).outlets
    for s in store.stories():
        if s.id != old_story:
            assert s.report_version == versions[s.id]


def test_bad_inputs_never_sink_the_ingest(store, tmp_path):
    good = write_jsonl(tmp_path / "good.jsonl", corpus(6))
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "empty.txt").write_text("")
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": "ok", "text": "A valid line about a flood in the valley today."}\n{not json\n')
    stats = run(store, [good, tmp_path / "binary.txt", tmp_path / "empty.txt", broken, tmp_path / "missing.json"])
    assert stats.stored == 7
    reasons = {r.reason for r in stats.rejections}
    assert len(stats.rejections) >= 4 and "missing" in reasons


def test_a_failing_summary_is_counted_and_the_story_stays_stale(store, tmp_path):
    records = corpus(12)
    summarize = Recorder(fail_if_contains=records[0]["id"])
    stats = run(store, [write_jsonl(tmp_path / "a.jsonl", records)], summarize)
    failed = store.story_of(records[0]["id"])
    assert stats.report_errors >= 1 and stats.stored == 12
    assert list(stats.failed_reports) == [failed]  # which story, and why
    assert store.stale_stories() == [failed] and store.report(failed) is None
    assert all(store.report(s.id) for s in store.stories() if s.id != failed)


def test_window_and_end_reports_agree_on_the_latest_report(tmp_path):
    src = write_jsonl(tmp_path / "a.jsonl", corpus(30))
    results = []
    for mode in ("window", "end"):
        with Store.open(tmp_path / f"{mode}.db") as store:
            run(store, [src], options=IngestOptions(batch_size=5, window=12, reports=mode))
            results.append(contents(store))
    assert results[0] == results[1]


def test_two_writers_on_one_store_see_each_others_batches(tmp_path):
    """A writer whose clusterer was loaded before another process stored a batch brings it
    in step first: the stories come out as one writer storing both batches would make
    them (a stale clusterer reused the other's story ids and mixed unrelated articles)."""
    from newsfuse.cleaning import clean_article
    from newsfuse.engine.local import IngestStats, _store_batch, open_clusterer
    from newsfuse.ingest import article_from_dict

    articles = [clean_article(article_from_dict(r, "test")) for r in corpus(12)]
    first, second = articles[:6], articles[6:]

    def stories(store):
        return {a.id: store.story_of(a.id) for a in articles}

    with Store.open(tmp_path / "one.db") as store:
        live = open_clusterer(store, HashingEmbedder())
        for batch in (first, second):
            _store_batch(store, live, batch, IngestStats())
        expected = stories(store)

    shared = tmp_path / "two.db"
    with Store.open(shared) as a, Store.open(shared) as b:
        live_a, live_b = open_clusterer(a, HashingEmbedder()), open_clusterer(b, HashingEmbedder())  # both on the empty store
        _store_batch(a, live_a, first, IngestStats())
        _store_batch(b, live_b, second, IngestStats())  # b's clusterer has not seen a's batch
        assert stories(a) == expected
        assert len(set(expected.values())) > 1


@pytest.mark.parametrize("options", [SMALL, IngestOptions(batch_size=5, window=5)], ids=["mid-window", "window-end"])
def test_an_article_the_database_refuses_is_rejected_and_the_rest_stored(tmp_path, monkeypatch, options):
    """A batch the database refuses for what one article holds is stored article by article:
    only that one is rejected (named, with the database's words), and the stories are those
    of an ingest without it (the clusterer had taken it in: it is reloaded from the store)."""
    from sqlalchemy.exc import DataError

    from newsfuse.store.repository import StoreBatch

    records = corpus(12)
    src = write_jsonl(tmp_path / "in.jsonl", records)
    without = write_jsonl(tmp_path / "without.jsonl", [r for r in records if r["id"] != records[4]["id"]])
    with Store.open(tmp_path / "plain.db") as store:
        ingest([without], store, LocalExecutor(fake_summarize), embedder=HashingEmbedder(), options=options)
        expected = contents(store)

    add = StoreBatch.add_articles

    def refuse(self, articles):
        articles = list(articles)
        if any(a.id == records[4]["id"] for a in articles):
            raise DataError("INSERT ...", {}, ValueError("text fields cannot contain NUL (0x00) bytes"))
        return add(self, articles)

    monkeypatch.setattr(StoreBatch, "add_articles", refuse)
    with Store.open(tmp_path / "refusing.db") as store:
        stats = ingest([src], store, LocalExecutor(fake_summarize), embedder=HashingEmbedder(), options=options)
        assert stats.stored == 11
        [rejection] = stats.rejections
        assert rejection.reason == "not-stored" and rejection.input.endswith("in.jsonl:5")
        assert records[4]["id"] in rejection.detail and "NUL" in rejection.detail
        assert contents(store) == expected


def test_an_article_with_nothing_left_after_cleaning_is_rejected_not_a_story(tmp_path):
    records = corpus(4) + [
        {"id": "invisible", "text": "\u200b\u200b\u200b \u200b"},
        {"id": "furniture", "text": "Advertisement\n\nSubscribe to our newsletter\n\nShare this article"},
    ]
    src = write_jsonl(tmp_path / "in.jsonl", records)
    with Store.open(tmp_path / "s.db") as store:
        stats = ingest([src], store, LocalExecutor(fake_summarize), embedder=HashingEmbedder(), options=SMALL)
        assert stats.stored == 4
        assert sorted((r.input.rsplit(":", 1)[-1], r.reason) for r in stats.rejections) == [("5", "empty"), ("6", "empty")]


def test_the_web_apps_kept_clusterer_forgets_a_batch_that_was_not_stored(tmp_path, monkeypatch):
    """The web app keeps its clusterer between requests: after a batch the database
    refused (here a lock at assign time), the next request reloads it from the store,
    so articles never stored do not reach the shared snapshot."""
    from sqlalchemy.exc import OperationalError

    from newsfuse.engine import checkpoint
    from newsfuse.store.repository import StoreBatch
    from newsfuse.web.store_source import StoreSource

    records = corpus(8)
    with Store.open(tmp_path / "web.db") as store:
        source = StoreSource(store, embedder=HashingEmbedder())
        source.ingest(records[:3])
        assign = StoreBatch.assign
        monkeypatch.setattr(StoreBatch, "assign", lambda self, *a, **k: (_ for _ in ()).throw(
            OperationalError("UPDATE ...", {}, Exception("database is locked"))))
        with pytest.raises(OperationalError):
            source.ingest(records[3:6])
        monkeypatch.setattr(StoreBatch, "assign", assign)
        source.ingest(records[6:])
        stored = store.count_articles()
        snapshot = checkpoint.restore(store.checkpoint(checkpoint.CHECKPOINT_NAME), HashingEmbedder())
        assert stored == 5
        assert sum(len(s.article_ids) for s in snapshot._stories.values()) == stored


_WRITER = """
import sys
from newsfuse.embed import HashingEmbedder
from newsfuse.engine.local import IngestOptions, LocalExecutor, ingest
from newsfuse.store import Store
db, src = sys.argv[1:3]
with Store.open(db) as store:
    stats = ingest([src], store, LocalExecutor(None), embedder=HashingEmbedder(),
                   options=IngestOptions(batch_size=1, window=4, reports="none"))
print(stats.stored)
"""


@pytest.mark.timeout(300)
def test_two_processes_ingesting_at_once_keep_their_stories_apart(tmp_path):
    """Two ingest processes on one SQLite store, one batch per article so their batches
    interleave: each batch waits for the write lock and brings its clusterer in step, so
    no story mixes the two inputs' topics (a stale clusterer reused the other's ids)."""
    import subprocess
    import sys

    records = [r for r in corpus(48, seed=5)]
    first = [r for r in records if r["id"].split("-")[0] in ("flood", "election")]
    second = [r for r in records if r["id"].split("-")[0] in ("merger", "wildfire")]
    db = tmp_path / "shared.db"
    Store.open(db).close()  # created (and migrated) before the writers start
    paths = [write_jsonl(tmp_path / f"{k}.jsonl", rs) for k, rs in enumerate((first, second))]
    writers = [subprocess.Popen([sys.executable, "-c", _WRITER, str(db), str(p)], stdout=subprocess.PIPE, text=True)
               for p in paths]
    outputs = [w.communicate(timeout=240)[0] for w in writers]
    assert [w.returncode for w in writers] == [0, 0]
    assert sum(int(o.split()[-1]) for o in outputs) == len(first) + len(second)
    with Store.open(db) as store:
        for story in store.stories():
            topics = {a.id.split("-")[0] for a in store.story_articles(story.id)}
            side = {0 if t in ("flood", "election") else 1 for t in topics}
            assert len(side) == 1, (story.id, topics)


def test_unsorted_input_clusters_as_sorted_input_does(tmp_path):
    """A window is clustered in publication order: an article older than the clusterer's
    window behind the newest date met so far could join no story and started its own."""
    import datetime as dt

    records = corpus(16, seed=9, start=dt.date(2024, 3, 1))
    late = [dict(r, id=f"late-{r['id']}", date=(dt.date.fromisoformat(r["date"]) + dt.timedelta(days=40)).isoformat())
            for r in corpus(4, seed=2, start=dt.date(2024, 3, 1))]
    # old articles, then weeks newer ones, then more of the old stories' articles
    unsorted = records[:8] + late + records[8:]
    runs = {}
    for name, rows in (("unsorted", unsorted), ("sorted", sorted(unsorted, key=lambda r: r["date"]))):
        with Store.open(tmp_path / f"{name}.db") as store:
            ingest([write_jsonl(tmp_path / f"{name}.jsonl", rows)], store, LocalExecutor(None),
                   embedder=HashingEmbedder(), options=IngestOptions(reports="none"))
            runs[name] = sorted(sorted(a.id for a in store.story_articles(s.id)) for s in store.stories())
    assert runs["unsorted"] == runs["sorted"]
