"""Whatever the caller passes as a story's articles, as cleaned Articles.

Accepts Article objects (cleaned, or raw: those without units are cleaned here) and plain
dicts with at least ``id`` and ``text`` (optional title, source/outlet, date, url).
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from newsfuse.cleaning import clean_article
from newsfuse.ingest.dispatch import article_from_dict
from newsfuse.model import Article, InputRejected, Rejection


def as_articles(items: Iterable[Article | Mapping[str, Any]]) -> list[Article]:
    out: list[Article] = []
    for item in items:
        if isinstance(item, Mapping):
            read = article_from_dict(item, origin=str(item.get("id") or "<dict>"))
            if isinstance(read, Rejection):
                raise InputRejected(read)
            item = read
        if not isinstance(item, Article):
            raise TypeError(f"expected an Article or a dict, got {type(item).__name__}")
        out.append(item if item.units else clean_article(item))
    return out
