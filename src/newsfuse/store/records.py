"""What the store hands back (frozen records) and how an Article maps to a row.

The mapping is lossless: ``row_to_article(article_to_row(a)) == a`` for every cleaned
Article, so a story's report can be recomputed from the store alone.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any, Mapping

from newsfuse.model import Article, Removed, Unit


@dataclass(frozen=True, slots=True)
class AddResult:
    """The outcome of storing a batch: the Articles newly stored (ids as stored: an id
    already taken by different content gets a hash suffix) and, for each exact
    duplicate, the id of the article already there."""

    added: tuple[Article, ...]
    duplicates: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class StorySummary:
    """One line of the story list."""

    id: str
    size: int
    outlets: tuple[str, ...]
    first_seen: dt.date | None
    last_seen: dt.date | None
    headline: str | None
    stale: bool  # gained articles since its last report
    report_version: int | None
    created_at: dt.datetime
    updated_at: dt.datetime

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "size": self.size,
            "outlets": list(self.outlets),
            "first_seen": self.first_seen.isoformat() if self.first_seen else None,
            "last_seen": self.last_seen.isoformat() if self.last_seen else None,
            "headline": self.headline,
            "stale": self.stale,
            "report_version": self.report_version,
            "created_at": self.created_at.isoformat(),
            "updated_at": self.updated_at.isoformat(),
        }


@dataclass(frozen=True, slots=True)
class ReportRecord:
    """One saved version of a story's report: when it changed and what was added."""

    story_id: str
    version: int
    created_at: dt.datetime
    article_ids: tuple[str, ...]
    added: tuple[str, ...]  # article ids that were not in the previous version
    data: dict[str, Any]  # Report.to_dict()

    def to_dict(self) -> dict[str, Any]:
        return {
            "story": self.story_id,
            "version": self.version,
            "created_at": self.created_at.isoformat(),
            "article_ids": list(self.article_ids),
            "added": list(self.added),
            "report": self.data,
        }


def content_hash(article: Article) -> str:
    """Identity of an article's content: what its input gives, read the same by any
    version's cleaning. The outlet, the date field as given (not as parsed: a newer date
    parser, or a date judged against today's, must not make the same record new), the url,
    the title when the text does not hold it (an inferred title is a line of the text, and
    a title given beside the text tells two items of one feed apart), and the text, its
    line ends and leading blanks evened out (a file read as ``open()`` reads it hashes as
    it did read as bytes). The same wire text from two outlets hashes differently (two
    articles of one story); re-reading the same input hashes the same, whatever id the
    reader gave it."""
    date = given_date(article.extra, article.published, article.published_from)
    return content_digest(article.outlet, date, article.title, article.url, article.text)


def given_date(extra: Mapping[str, Any], published: dt.date | None, published_from: str | None) -> Any:
    """The date an input gives: its raw date field, else a metadata date (an Article made
    in code), else None."""
    if "date" in extra:
        return extra["date"]
    return published if published_from == "metadata" else None


def content_digest(outlet: str | None, date: Any, title: str | None, url: str | None, text: str) -> str:
    """`content_hash` from its parts (migration 0004 rehashes stored rows with it)."""
    normalised = text.replace("\r\n", "\n").replace("\r", "\n").lstrip(" \t\n\ufeff")
    own_title = title if title and title not in text else ""
    when = date.isoformat() if isinstance(date, (dt.date, dt.datetime)) else "" if date is None else str(date)
    digest = hashlib.sha256()
    for part in (outlet or "", when, own_title, url or "", normalised):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x1f")
    return digest.hexdigest()


def article_to_row(article: Article, digest: str, now: dt.datetime) -> dict[str, Any]:
    return {
        "id": article.id,
        "content_hash": digest,
        "outlet": article.outlet,
        "title": article.title,
        "url": article.url,
        "published": article.published,
        "language": article.language,
        "origin": article.origin,
        "text": article.text,
        "payload": {
            "published_from": article.published_from,
            "extra": article.extra,
            "units": [[u.kind, u.start, u.end, u.level, u.paragraph] for u in article.units],
            "removed": [[r.start, r.end, r.reason] for r in article.removed],
        },
        "ingested_at": now,
    }


def row_to_article(row: Mapping[str, Any]) -> Article:
    payload = row["payload"]
    return Article(
        id=row["id"],
        text=row["text"],
        title=row["title"],
        outlet=row["outlet"],
        url=row["url"],
        published=row["published"],
        published_from=payload.get("published_from"),
        language=row["language"],
        origin=row["origin"],
        extra=payload.get("extra") or {},
        units=tuple(Unit(k, s, e, lv, p) for k, s, e, lv, p in payload.get("units", ())),
        removed=tuple(Removed(s, e, r) for s, e, r in payload.get("removed", ())),
    )
