"""Whatever the caller passes as a story's articles, as cleaned Articles.

Accepts Article objects (cleaned, or raw: those without units are cleaned here) and plain
dicts with at least ``id`` and ``text`` (optional title, source/outlet, date, url). A dict
that is not an article (no text, a blank one) is rejected and reported, never fatal: the
story is summarized from the others.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from newsfuse.cleaning import clean_article
from newsfuse.ingest.dispatch import article_from_dict
from newsfuse.model import Article, Rejection


def as_articles(items: Iterable[Article | Mapping[str, Any]]) -> tuple[list[Article], list[Rejection]]:
    """The usable articles, and the inputs refused (which one, why). Anything that is
    neither an Article nor a mapping is a programming error: TypeError."""
    out: list[Article] = []
    rejected: list[Rejection] = []
    for k, item in enumerate(items):
        if isinstance(item, Mapping):
            read = article_from_dict(item, origin=str(item.get("id") or f"<article {k}>"))
            if isinstance(read, Rejection):
                rejected.append(read)
                continue
            item = read
        if not isinstance(item, Article):
            raise TypeError(f"expected an Article or a dict, got {type(item).__name__}")
        out.append(item if item.units else clean_article(item))
    return out, rejected
