"""The web's StorySource over the real :class:`newsfuse.store.Store`.

Reads go through the Store's methods, except the filtered story list, which the Store
does not offer yet (it lists by date only): that one query is built here over the
store's own tables, portable between SQLite and PostgreSQL. Ingest follows the engine
(``newsfuse.engine.local``) step for step, in one transaction: clean, add, cluster
with the clusterer restored from the store's checkpoint, assign, save the checkpoint;
then the changed stories' reports are refreshed when a summarizer was given. It keeps
the per-article outcomes the engine's batch statistics do not (which id, which story).
A story with no report yet is shown as *pending* (its articles, no summary).
"""

from __future__ import annotations

import json
import threading
from collections import defaultdict, deque
from typing import Any, Callable, Mapping, Sequence

from sqlalchemy import Text, and_, bindparam, cast, exists, func, or_, select, true

from newsfuse.engine.local import LocalExecutor, open_clusterer, refresh_reports, stored_batch
from newsfuse.ingest.ids import given_id
from newsfuse.ingest.scrub import scrub
from newsfuse.model import Article, Rejection
from newsfuse.pipeline import prepare
from newsfuse.store import AddResult, Store
from newsfuse.store.schema import articles as A
from newsfuse.store.schema import reports as R
from newsfuse.store.schema import stories as S
from newsfuse.web.source import IngestOutcome, StoryFilter, StoryPage, StoryRow

MAX_SEARCH_WORDS = 8  # words of a text search used; each adds a scan of the reports
# Built once (an immutable statement): building and cache-keying it per request cost
# four times the query itself (bench/serve.py).
LATEST_REPORT_TEXT = (
    select(cast(R.c.data, Text))
    .where(R.c.story_id == bindparam("story_id"))
    .order_by(R.c.version.desc())
    .limit(1)
)
Summarize = Callable[[Sequence[Article]], Any]  # articles -> Report (newsfuse.summarize)


class StoreSource:
    """Adapts a Store to :class:`~newsfuse.web.source.StorySource`. ``embedder`` is
    the clustering embedder (default: the library's, loaded on the first ingest);
    ``summarize`` recomputes changed stories' reports after an ingest (None: leave
    them stale for the batch). Ingests are serialised by one lock."""

    def __init__(self, store: Store, embedder: Any = None, summarize: Summarize | None = None):
        self.store = store
        self._embedder = embedder
        self._summarize = summarize
        self._ingest_lock = threading.Lock()
        self._live: Any = None  # engine.live.LiveClusterer, opened on the first ingest

    # --- reads --------------------------------------------------------------------
    def stories(self, query: StoryFilter) -> StoryPage:
        where = _story_conditions(query, self.store.engine.dialect.name)
        total = func.count().over().label("total")  # the filter's count, in the same scan
        listing = (
            select(S.c.id, S.c.headline, S.c.size, S.c.outlets, S.c.first_seen, S.c.last_seen, total)
            .where(*where)
            .order_by(S.c.last_seen.desc().nulls_last(), S.c.size.desc(), S.c.id)
            .limit(query.limit)
            .offset(query.offset)
        )
        with self.store.engine.connect() as conn:
            rows = conn.execute(listing).mappings().all()
            if rows or not query.offset:
                count = rows[0]["total"] if rows else 0
            else:  # a page past the end says nothing about the total
                count = conn.execute(select(func.count()).select_from(S).where(*where)).scalar_one()
        return StoryPage(
            rows=tuple(
                StoryRow(r["id"], r["headline"], r["size"], tuple(r["outlets"] or ()), r["first_seen"], r["last_seen"])
                for r in rows
            ),
            total=count,
        )

    def report(self, story_id: str) -> dict[str, Any] | None:
        record = self.store.report(story_id)
        if record is not None:
            return record.data
        summary = self.store.story(story_id)
        if summary is None:
            return None
        return pending_report(story_id, summary.headline, self.store.story_articles(story_id))

    def report_json(self, story_id: str) -> bytes | None:
        """The latest report's stored JSON text (a third of the time of reading it
        through ``Store.report`` and serialising it again: bench/serve.py)."""
        with self.store.engine.connect() as conn:
            text = conn.execute(LATEST_REPORT_TEXT, {"story_id": story_id}).scalar_one_or_none()
        if text is not None:
            return text.encode()
        pending = self.report(story_id)
        return None if pending is None else json.dumps(pending, ensure_ascii=False).encode()

    def article(self, article_id: str) -> Article | None:
        return self.store.article(article_id)

    def articles(self, article_ids: Sequence[str]) -> dict[str, Article]:
        return {a.id: a for a in self.store.articles(list(article_ids))}

    # --- the one write --------------------------------------------------------------
    def ingest(self, records: Sequence[Mapping[str, Any]]) -> list[IngestOutcome]:
        cleaned = prepare(list(records))
        by_index = match_to_records(records, cleaned.articles, cleaned.rejections)
        fresh = [a for a in by_index.values() if isinstance(a, Article)]
        with self._ingest_lock:
            result, stories = self._store(fresh) if fresh else (AddResult((), {}), {})
            if self._summarize is not None and stories:
                refresh_reports(self.store, LocalExecutor(self._summarize))
        return outcomes(len(records), by_index, result, stories, self.store.story_of)

    def _store(self, fresh: list[Article]) -> tuple[AddResult, dict[str, str]]:
        """The engine's ``_store_batch``, keeping the AddResult and the assignments. The
        clusterer stays loaded between requests and is brought in step with the store
        inside the batch's exclusive transaction (a CLI ingest may have stored since)."""
        if self._live is None:
            if self._embedder is None:
                from newsfuse.embed import default_embedder

                self._embedder = default_embedder()
            self._live = open_clusterer(self.store, self._embedder)
        result, story_ids = stored_batch(self.store, self._live, fresh, states=True)
        assignments = {a.id: sid for a, sid in zip(result.added, story_ids)}
        return result, assignments


def outcomes(count: int, by_index: Mapping[int, Article | Rejection], result: AddResult,
             stories: Mapping[str, str], story_of: Callable[[str], str | None]) -> list[IngestOutcome]:
    """One outcome per posted record, in order. ``result.added`` keeps input order
    and skips exact duplicates, so the two walk together: a record is the next added
    article (under the id the store gave it: a taken id is renamed) or a duplicate. Two
    records may share an id, so the id alone cannot tell which one was stored."""
    added = list(result.added)
    at = 0
    out = []
    for index in range(count):
        item = by_index.get(index)
        if item is None:
            out.append(IngestOutcome(index, reason="dropped", detail="no article read from it"))
        elif isinstance(item, Rejection):
            out.append(IngestOutcome(index, reason=item.reason, detail=item.detail))
        elif at < len(added) and (added[at] is item or added[at].replace(id=item.id) == item):
            stored = added[at]
            at += 1
            out.append(IngestOutcome(index, article=stored.id, story=stories.get(stored.id)))
        elif item.id in result.duplicates:
            first = result.duplicates[item.id]
            out.append(IngestOutcome(index, article=first, story=story_of(first), duplicate_of=first))
        else:
            out.append(IngestOutcome(index, reason="dropped", detail="not stored, and no duplicate of a stored article"))
    return out


def _story_conditions(query: StoryFilter, dialect: str) -> list[Any]:
    where: list[Any] = []
    if query.since is not None:
        where.append(S.c.last_seen >= query.since)
    if query.min_outlets > 1:
        where.append(func.json_array_length(S.c.outlets) >= query.min_outlets)
    if query.outlet:
        where.append(exists().where(and_(A.c.story_id == S.c.id, A.c.outlet == query.outlet)))
    for word in (query.text or "").split()[:MAX_SEARCH_WORDS]:
        pattern = f"%{_escape_like(word)}%"
        in_titles = exists().where(and_(A.c.story_id == S.c.id, A.c.title.ilike(pattern, escape="\\")))
        where.append(or_(S.c.headline.ilike(pattern, escape="\\"), in_titles, _in_summary(pattern, dialect)))
    return where


def _in_summary(pattern: str, dialect: str) -> Any:
    """The latest report has a summary sentence whose text matches: the sentences'
    text only, not the report's ids, offsets or metadata. A scan of every report (about
    1 s over 10,000 stories of 12 kB reports on SQLite, bench/serve.py's store); a
    full-text index kept by the store is the way to make it fast."""
    if dialect == "sqlite":
        sentence = func.json_each(R.c.data, "$.summary").table_valued("value").alias("sentence")
        text = func.json_extract(sentence.c.value, "$.text")
    else:  # PostgreSQL (json column): set-returning functions in FROM see the reports row
        sentence = func.json_array_elements(R.c.data["summary"]).table_valued("value").alias("sentence")
        text = sentence.c.value.op("->>")("text")
    latest = and_(R.c.story_id == S.c.id, R.c.version == S.c.report_version)
    return exists(select(1).select_from(R).join(sentence, true()).where(latest, text.ilike(pattern, escape="\\")))


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def match_to_records(records: Sequence[Mapping[str, Any]], articles: Sequence[Article],
                     rejections: Sequence[Rejection]) -> dict[int, Article | Rejection]:
    """Which record each cleaned Article or Rejection came from. ``read`` names a
    record by its id, else ``<record N>`` (N from 1); results keep input order, so
    records sharing an id are matched first-come."""
    waiting: dict[str, deque[int]] = defaultdict(deque)
    for index, record in enumerate(records):
        # the reader scrubs an id as it scrubs text (a lone surrogate is U+FFFD): so does the match
        waiting[scrub(given_id(record.get("id"))) or f"<record {index + 1}>"].append(index)
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
