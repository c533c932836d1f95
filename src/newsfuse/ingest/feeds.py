"""RSS and Atom feeds (files or fetched URLs) through feedparser: each entry becomes
an Article from its content (else summary), title, link and published date."""

from __future__ import annotations

from typing import Any, Iterator
from urllib.parse import urljoin, urlsplit

from newsfuse.ingest.html import fragment_text
from newsfuse.ingest.ids import content_id, given_id
from newsfuse.model import Article, Rejection


def read_feed(raw: bytes, stem: str | None, origin: str) -> Iterator[Article | Rejection]:
    import feedparser  # imported on the first feed only

    parsed = feedparser.parse(raw)
    entries = parsed.get("entries") or []
    if not entries:
        problem = parsed.get("bozo_exception")
        yield Rejection(origin, "not-a-feed", str(problem) if problem else "no entries")
        return
    outlet = (parsed.get("feed") or {}).get("title") or None
    base = (parsed.get("feed") or {}).get("link") or (origin if origin.startswith(("http://", "https://")) else "")
    for index, entry in enumerate(entries, 1):
        where = f"{origin}#{index}"
        text = fragment_text(_body(entry))
        if not text:
            yield Rejection(where, "empty", "entry has no content or summary")
            continue
        extra: dict[str, Any] = {"format": "feed"}
        date = entry.get("published") or entry.get("updated")
        if date:
            extra["date"] = date  # raw; the cleaning stage parses it
        if entry.get("author"):
            extra["author"] = entry["author"]
        link = _web_link(entry.get("link"), base)
        yield Article(
            id=given_id(str(entry.get("id") or "").strip()) or link or (f"{stem}:{index}" if stem else content_id(text)),
            text=text,
            title=fragment_text(entry.get("title") or "") or None,
            outlet=outlet,
            url=link,
            language=(entry.get("title_detail") or {}).get("language") or None,
            origin=where,
            extra=extra,
        )


def _web_link(link: str | None, base: str) -> str | None:
    """An entry's link as an absolute http(s) URL: a relative one ("/news/x") resolved
    against the feed's own link; an id that is no web address ("tag:...") is none."""
    if not link:
        return None
    absolute = urljoin(base, link) if base else link
    return absolute if urlsplit(absolute).scheme in ("http", "https") else None


def _body(entry: Any) -> str:
    """The fullest text an entry carries: its longest content, else its summary."""
    contents = [c.get("value") or "" for c in entry.get("content") or []]
    best = max(contents, key=len, default="")
    return best if best.strip() else entry.get("summary") or ""
