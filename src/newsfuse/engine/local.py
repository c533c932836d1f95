"""The ingest, orchestrated: windows of input are cleaned, new articles are clustered
online and stored batch by batch (each batch one transaction, with the clusterer's
snapshot), and the stories that gained articles get their report recomputed.

Where the stage functions run is the executor's business: :class:`LocalExecutor` runs
them in this process, ``newsfuse.engine.ray.RayExecutor`` on Ray Data. The ordered
part (online clustering, storing) always runs here, so both give the same store.

Crash safety: a batch's articles, story assignments and clusterer snapshot commit
together; stories that gained articles are marked stale in that same transaction and
recomputed later, so a killed ingest loses nothing acknowledged and a re-run (exact
re-ingests are no-ops) continues from the snapshot to the same final store.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, Protocol, Sequence

import numpy as np
from sqlalchemy.exc import DataError, IntegrityError

from newsfuse.cleaning import CleanOptions
from newsfuse.engine.live import LiveClusterer
from newsfuse.engine.stages import (
    CleanWindow,
    IngestStats,
    PrecomputedEmbedder,
    RawWindow,
    StoryReport,
    Summarize,
    batches,
    clean_window,
    read_windows,
    summarize_story,
)
from newsfuse.ingest import ReadOptions
from newsfuse.model import Article, Rejection
from newsfuse.store import Store, content_hash

# Articles per transaction. Calibrated on the dev data repeated (bench/ingest.py): 250
# keeps a batch's commit + snapshot under ~5% of its clustering time while a kill
# loses at most a few seconds of work.
BATCH_SIZE = 250
# Raw articles read and cleaned together (outlet boilerplate is learned per window)
# and between report refreshes. 1000 holds several articles of each outlet in the
# dev sets' mixes while keeping a window's memory small.
WINDOW = 1000
# Stale stories summarised per round: bounds the articles held in memory at once, and
# gives a Ray actor pool enough work to amortise its start (a few seconds).
REPORT_CHUNK = 500


@dataclass(frozen=True)
class IngestOptions:
    batch_size: int = BATCH_SIZE
    window: int = WINDOW
    # When changed stories' reports are recomputed: after each window that stored
    # something ("window"), once at the end ("end": the batch path), or never ("none").
    reports: str = "window"
    clean: CleanOptions | None = None
    read: ReadOptions | None = None


class Executor(Protocol):
    """Where the parallel stages run."""

    def clean(self, windows: Iterator[RawWindow], options: CleanOptions | None) -> Iterator[CleanWindow]: ...

    def embed(self, texts: Sequence[str]) -> np.ndarray | None: ...

    def summarize(self, jobs: Sequence[tuple[str, Sequence[Article]]]) -> list[StoryReport]: ...


class LocalExecutor:
    """Every stage in this process, one after another."""

    def __init__(self, summarize: Summarize | None):
        self._summarize = summarize

    def clean(self, windows: Iterator[RawWindow], options: CleanOptions | None) -> Iterator[CleanWindow]:
        return (clean_window(w, options) for w in windows)

    def embed(self, texts: Sequence[str]) -> np.ndarray | None:
        return None  # the clusterer embeds its own batch

    def summarize(self, jobs: Sequence[tuple[str, Sequence[Article]]]) -> list[StoryReport]:
        if self._summarize is None:
            return []
        return [summarize_story(sid, arts, self._summarize) for sid, arts in jobs]


def open_clusterer(store: Store, embedder: Any, cluster_options: Any = None) -> LiveClusterer:
    """The online clusterer where the last ingest into ``store`` left it, kept in step
    with the writers that share the store (`engine.live`)."""
    return LiveClusterer(store, embedder, cluster_options)


def ingest(
    inputs: Iterable[Any],
    store: Store,
    executor: Executor,
    *,
    embedder: Any = None,
    cluster_options: Any = None,
    options: IngestOptions | None = None,
    on_batch: Callable[[IngestStats], None] | None = None,
) -> IngestStats:
    """Read, clean, cluster and store ``inputs`` into ``store``; then refresh reports.
    Bad inputs become ``stats.rejections``; nothing here raises for one input."""
    from newsfuse.embed import default_embedder

    options = options or IngestOptions()
    embedding = PrecomputedEmbedder(embedder or default_embedder())
    live = open_clusterer(store, embedding, cluster_options)
    stats = IngestStats()
    windows = executor.clean(read_windows(inputs, options.window, options.read), options.clean)
    for window in windows:
        stats.read += len(window.articles)
        stats.rejections.extend(window.rejections)
        fresh = _by_date(_not_stored(store, window.articles, stats))
        _offer_vectors(executor, embedding, fresh, live.clusterer)
        stored_before = stats.stored
        for batch in batches(fresh, options.batch_size):
            _store_batch(store, live, batch, stats)
            if on_batch is not None:
                on_batch(stats)
        embedding.forget()
        if options.reports == "window" and stats.stored > stored_before:
            refresh_reports(store, executor, stats)
    if stats.stored:  # an ingest that added nothing writes nothing
        _save_states(store, live)
    if options.reports != "none":
        refresh_reports(store, executor, stats)
    return stats


def _by_date(articles: Sequence[Article]) -> list[Article]:
    """A window's articles in publication order (undated ones last, each group in input
    order). The online clusterer retires stories a window of days behind the newest date
    it has seen: an article older than that, met after a newer one, could join none and
    started a story of its own (unsorted input split 32 of 36 copies of the same articles)."""
    return sorted(articles, key=lambda a: (a.published is None, a.published or dt.date.min))


def _not_stored(store: Store, articles: Sequence[Article], stats: IngestStats) -> list[Article]:
    """Drop exact re-ingests before any embedding is spent on them."""
    known = store.known_hashes(content_hash(a) for a in articles)
    fresh = [a for a in articles if content_hash(a) not in known]
    stats.duplicates += len(articles) - len(fresh)
    return fresh


def _offer_vectors(executor: Executor, embedding: PrecomputedEmbedder, articles: Sequence[Article], clusterer: Any) -> None:
    """Let the executor embed a window's leads in parallel (the clusterer then looks them up)."""
    from newsfuse.engine.stages import lead_texts

    if not articles:
        return
    texts = lead_texts(articles, clusterer.options.lead_chars)
    vectors = executor.embed(texts)
    if vectors is not None:
        embedding.offer(texts, vectors)


def _store_batch(store: Store, live: LiveClusterer, batch: Sequence[Article], stats: IngestStats) -> None:
    """Store one batch; if the database refuses it for what an article holds (a value its
    types refuse, a key), store its articles one by one and reject only the refused ones."""
    try:
        _store_once(store, live, batch, stats)
    except (DataError, IntegrityError) as exc:  # the clusterer is reloaded before the next batch
        if len(batch) > 1:
            for article in batch:
                _store_batch(store, live, [article], stats)
            return
        reason = getattr(exc, "orig", None) or exc
        article = batch[0]
        stats.rejections.append(
            Rejection(article.origin or article.id, "not-stored", f"article {article.id!r}: the database refused it: {reason}")
        )


def _store_once(store: Store, live: LiveClusterer, batch: Sequence[Article], stats: IngestStats) -> None:
    """`stored_batch`, counted in ``stats`` once committed."""
    added, story_ids = stored_batch(store, live, batch)
    stats.duplicates += len(added.duplicates)
    stats.stories_changed.update(story_ids)
    stats.stored += len(added.added)
    stats.batches += 1


def stored_batch(store: Store, live: LiveClusterer, batch: Sequence[Article], states: bool = False) -> tuple[Any, list[str]]:
    """Store ``batch`` in one exclusive transaction with the live clusterer in step:
    the articles, their story assignments and the clusterer's snapshot (``states``: and
    the touched stories' states). A batch that fails leaves the clusterer to be reloaded
    (it took in what was not stored)."""
    try:
        with store.batch(exclusive=True) as tx:
            clusterer = live.in_step(tx)
            added = tx.add_articles(batch)
            story_ids = clusterer.add_many(list(added.added)) if added.added else []
            if added.added:
                tx.assign({a.id: sid for a, sid in zip(added.added, story_ids)})
                live.save(tx)
                if states:
                    touched = set(story_ids)
                    tx.save_states({s.id: s.to_dict() for s in clusterer.states() if s.id in touched})
    except BaseException:
        live.forget()
        raise
    return added, story_ids


def _save_states(store: Store, live: LiveClusterer) -> None:
    """Keep each live story's StoryState with it (for ``from_states`` and for readers),
    from the store's latest snapshot: another writer's states are never overwritten
    with older ones."""
    with store.batch(exclusive=True) as tx:
        states = {s.id: s.to_dict() for s in live.in_step(tx).states()}
        if states:
            tx.save_states(states)


MAX_FAILED_REPORTS_KEPT = 100  # named in the ingest's output; the count covers all


def _keep_failure(kept: dict[str, str], story_id: str, error: str) -> None:
    """A story's last error, for the first MAX_FAILED_REPORTS_KEPT stories that failed."""
    if story_id in kept or len(kept) < MAX_FAILED_REPORTS_KEPT:
        kept[story_id] = error


def refresh_reports(store: Store, executor: Executor, stats: IngestStats | None = None) -> int:
    """Recompute and save the report of every stale story (only those), a chunk of
    stories at a time so memory stays bounded however many changed."""
    saved = errors = 0
    for chunk in batches(store.stale_stories(), REPORT_CHUNK):
        jobs = [(sid, store.story_articles(sid)) for sid in chunk]
        for result in executor.summarize(jobs):
            if result.data is None:
                errors += 1
                if stats is not None:
                    _keep_failure(stats.failed_reports, result.story_id, result.error or "unknown error")
                continue
            store.save_report(result.story_id, result.data, result.article_ids)
            saved += 1
    if stats is not None:
        stats.reports += saved
        stats.report_errors += errors
    return saved
