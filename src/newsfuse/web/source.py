"""The seam between the web face and the store: the few reads and the one write the
pages and the API need, as a Protocol. ``create_app`` takes anything that has them:
the real store through :class:`newsfuse.web.store_source.StoreSource`, or a small
in-memory fake in tests.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Mapping, Protocol, Sequence

from newsfuse.model import Article


@dataclass(frozen=True, slots=True)
class StoryFilter:
    """Which stories to list, one page of them, newest and biggest first."""

    since: dt.date | None = None  # last seen on or after
    outlet: str | None = None  # has an article from this outlet label
    text: str | None = None  # words found in the headline or the summary
    min_outlets: int = 0
    limit: int = 20
    offset: int = 0


@dataclass(frozen=True, slots=True)
class StoryRow:
    """One line of the story list."""

    id: str
    headline: str | None
    size: int  # articles
    outlets: tuple[str, ...]
    first_seen: dt.date | None
    last_seen: dt.date | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "headline": self.headline,
            "size": self.size,
            "outlets": list(self.outlets),
            "outlet_count": len(self.outlets),
            "first_seen": self.first_seen.isoformat() if self.first_seen else None,
            "last_seen": self.last_seen.isoformat() if self.last_seen else None,
        }


@dataclass(frozen=True, slots=True)
class StoryPage:
    rows: tuple[StoryRow, ...]
    total: int  # stories matching the filter, all pages


@dataclass(frozen=True, slots=True)
class IngestOutcome:
    """What became of one posted article: stored (with its id and story, or the id of
    the copy already stored) or refused (with a short reason code and a detail)."""

    index: int
    article: str | None = None
    story: str | None = None
    duplicate_of: str | None = None
    reason: str | None = None
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.reason is None

    def to_dict(self) -> dict[str, Any]:
        if self.ok:
            out: dict[str, Any] = {"index": self.index, "article": self.article, "story": self.story}
            if self.duplicate_of:
                out["duplicate_of"] = self.duplicate_of
            return out
        return {"index": self.index, "reason": self.reason, "detail": self.detail}


class StorySource(Protocol):
    """What the web face reads and writes. Every method is synchronous; the app calls
    them from FastAPI's thread pool so a slow query never blocks the event loop."""

    def stories(self, query: StoryFilter) -> StoryPage: ...

    def report(self, story_id: str) -> dict[str, Any] | None:
        """The story's latest ``Report.to_dict()``, or None for an unknown story."""
        ...

    def report_json(self, story_id: str) -> bytes | None:
        """The same report as JSON text, as stored when it can be: the story
        endpoint sends it without parsing and re-serialising it."""
        ...

    def article(self, article_id: str) -> Article | None: ...

    def articles(self, article_ids: Sequence[str]) -> dict[str, Article]:
        """The stored ones among ``article_ids`` (unknown ids are left out)."""
        ...

    def ingest(self, records: Sequence[Mapping[str, Any]]) -> list[IngestOutcome]:
        """Clean, store and cluster JSON articles; one outcome per record, in order."""
        ...
