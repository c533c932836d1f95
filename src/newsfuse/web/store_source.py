"""The web's StorySource over the real :class:`newsfuse.store.Store`.

Reads go through the Store's methods, except the filtered story list, which the Store
does not offer yet (it lists by date only): that one query is built here over the
store's own tables, portable between SQLite and PostgreSQL. Ingest is the library
path in order: ``prepare`` (read + clean) → ``Store.add_articles`` → the online
clusterer → ``Store.assign``. Reports are written by the summarizing batch; a story
that has none yet is shown as *pending* (its articles, no summary).
"""

from __future__ import annotations

import threading
from collections import defaultdict, deque
from typing import Any, Callable, Mapping, Sequence

from sqlalchemy import Text, and_, cast, exists, func, or_, select

from newsfuse.ingest.ids import given_id
from newsfuse.model import Article, Rejection
from newsfuse.pipeline import prepare
from newsfuse.store import Store
from newsfuse.store.schema import articles as A
from newsfuse.store.schema import reports as R
from newsfuse.store.schema import stories as S
from newsfuse.web.source import IngestOutcome, StoryFilter, StoryPage, StoryRow

ClustererFactory = Callable[[Store], Any]  # returns an object with add_many() and states()


def online_clusterer(embedder: Any = None) -> ClustererFactory:
    """A factory resuming :class:`OnlineClusterer` from the stories' saved states."""

    def build(store: Store) -> Any:
        from newsfuse.cluster import OnlineClusterer, StoryState

        states = [StoryState.from_dict(s) for s in store.story_states().values()]
        return OnlineClusterer.from_states(states, embedder=embedder)

    return build


class StoreSource:
    """Adapts a Store to :class:`~newsfuse.web.source.StorySource`. The clusterer is
    built on the first ingest and kept (one lock: ingests are serialised)."""

    def __init__(self, store: Store, clusterer_factory: ClustererFactory | None = None):
        self.store = store
        self._clusterer_factory = clusterer_factory or online_clusterer()
        self._clusterer: Any = None
        self._ingest_lock = threading.Lock()

    # --- reads --------------------------------------------------------------------
    def stories(self, query: StoryFilter) -> StoryPage:
        where = _story_conditions(query)
        listing = (
            select(S.c.id, S.c.headline, S.c.size, S.c.outlets, S.c.first_seen, S.c.last_seen)
            .where(*where)
            .order_by(S.c.last_seen.desc().nulls_last(), S.c.size.desc(), S.c.id)
            .limit(query.limit)
            .offset(query.offset)
        )
        counting = select(func.count()).select_from(S).where(*where)
        with self.store.engine.connect() as conn:
            rows = conn.execute(listing).mappings().all()
            total = conn.execute(counting).scalar_one()
        return StoryPage(
            rows=tuple(
                StoryRow(r["id"], r["headline"], r["size"], tuple(r["outlets"] or ()), r["first_seen"], r["last_seen"])
                for r in rows
            ),
            total=total,
        )

    def report(self, story_id: str) -> dict[str, Any] | None:
        record = self.store.report(story_id)
        if record is not None:
            return record.data
        summary = self.store.story(story_id)
        if summary is None:
            return None
        return pending_report(story_id, summary.headline, self.store.story_articles(story_id))

    def article(self, article_id: str) -> Article | None:
        return self.store.article(article_id)

    def articles(self, article_ids: Sequence[str]) -> dict[str, Article]:
        return {a.id: a for a in self.store.articles(list(article_ids))}

    # --- the one write --------------------------------------------------------------
    def ingest(self, records: Sequence[Mapping[str, Any]]) -> list[IngestOutcome]:
        cleaned = prepare(list(records))
        by_index = match_to_records(records, cleaned.articles, cleaned.rejections)
        with self._ingest_lock:
            result = self.store.add_articles([a for a in by_index.values() if isinstance(a, Article)])
            stories = self._assign(result.added)
        added = iter(result.added)
        outcomes = []
        for index in range(len(records)):
            item = by_index.get(index)
            if item is None:
                outcomes.append(IngestOutcome(index, reason="dropped", detail="no article read from it"))
            elif isinstance(item, Rejection):
                outcomes.append(IngestOutcome(index, reason=item.reason, detail=item.detail))
            elif item.id in result.duplicates:
                first = result.duplicates[item.id]
                outcomes.append(IngestOutcome(index, article=first, story=self.store.story_of(first), duplicate_of=first))
            else:
                stored = next(added)
                outcomes.append(IngestOutcome(index, article=stored.id, story=stories.get(stored.id)))
        return outcomes

    def _assign(self, added: Sequence[Article]) -> dict[str, str]:
        if not added:
            return {}
        if self._clusterer is None:
            self._clusterer = self._clusterer_factory(self.store)
        story_ids = self._clusterer.add_many(list(added))
        assignments = {a.id: s for a, s in zip(added, story_ids)}
        touched = set(story_ids)
        states = {s.id: s.to_dict() for s in self._clusterer.states() if s.id in touched}
        self.store.assign(assignments, states)
        return assignments


def _story_conditions(query: StoryFilter) -> list[Any]:
    where: list[Any] = []
    if query.since is not None:
        where.append(S.c.last_seen >= query.since)
    if query.min_outlets > 1:
        where.append(func.json_array_length(S.c.outlets) >= query.min_outlets)
    if query.outlet:
        where.append(exists().where(and_(A.c.story_id == S.c.id, A.c.outlet == query.outlet)))
    for word in (query.text or "").split()[:8]:
        pattern = f"%{_escape_like(word)}%"
        in_titles = exists().where(and_(A.c.story_id == S.c.id, A.c.title.ilike(pattern, escape="\\")))
        # The latest report's JSON as text: its summary sentences are in there verbatim.
        latest = and_(R.c.story_id == S.c.id, R.c.version == S.c.report_version)
        in_summary = exists().where(and_(latest, cast(R.c.data, Text).ilike(pattern, escape="\\")))
        where.append(or_(S.c.headline.ilike(pattern, escape="\\"), in_titles, in_summary))
    return where


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def match_to_records(records: Sequence[Mapping[str, Any]], articles: Sequence[Article],
                     rejections: Sequence[Rejection]) -> dict[int, Article | Rejection]:
    """Which record each cleaned Article or Rejection came from. ``read`` names a
    record by its id, else ``<record N>`` (N from 1); results keep input order, so
    records sharing an id are matched first-come."""
    waiting: dict[str, deque[int]] = defaultdict(deque)
    for index, record in enumerate(records):
        waiting[given_id(record.get("id")) or f"<record {index + 1}>"].append(index)
    found: dict[int, Article | Rejection] = {}
    for item, origin in [(a, a.origin) for a in articles] + [(r, r.input) for r in rejections]:
        queue = waiting.get(origin or "")
        if queue:
            found[queue.popleft()] = item
    return found


def pending_report(story_id: str, headline: str | None, members: Sequence[Article]) -> dict[str, Any]:
    """The report JSON of a story not summarised yet: its articles and nothing else."""
    from newsfuse.model import Report

    data = Report(articles=tuple(members), story_id=story_id, headline=headline).to_dict()
    data["meta"] = {"pending": True}
    return data
