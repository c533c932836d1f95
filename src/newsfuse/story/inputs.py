"""Whatever the caller passes as a story's articles, as cleaned Articles.

Accepts Article objects (cleaned, or raw: those without units are cleaned here) and plain
dicts with at least ``id`` and ``text`` (optional title, source/outlet, date, url). An item
that is not an article (a dict with no text or a blank one, or not a dict at all) is
rejected and reported, never fatal: the story is summarized from the others. Ids must
name one article each, since citations point at articles by id: a repeat of an earlier
article (same id, same text) is rejected, another text under a taken id gets a new id
(``id~2``, logged).
"""

from __future__ import annotations

import logging
from typing import Any, Iterable, Mapping

from newsfuse.cleaning import clean_article
from newsfuse.ingest.dispatch import article_from_dict
from newsfuse.ingest.scrub import scrub_article
from newsfuse.model import Article, Rejection

log = logging.getLogger(__name__)


def as_articles(items: Iterable[Article | Mapping[str, Any]]) -> tuple[list[Article], list[Rejection]]:
    """The usable articles, and the inputs refused (which one, why). One dict passed
    where a list of them belongs is a programming error: TypeError."""
    if isinstance(items, (Mapping, Article, str)):
        raise TypeError(f"expected a list of articles, got one {type(items).__name__}")
    out: list[Article] = []
    rejected: list[Rejection] = []
    texts: dict[str, str] = {}  # id -> text, of the articles kept
    for k, item in enumerate(items):
        if isinstance(item, Mapping):
            read = article_from_dict(item, origin=str(item.get("id") or f"<article {k}>"))
            if isinstance(read, Rejection):
                rejected.append(read)
                continue
            item = read
        if not isinstance(item, Article):
            rejected.append(Rejection(f"<article {k}>", "unsupported", f"expected an Article or a dict, got {type(item).__name__}"))
            continue
        if not item.units:  # a cleaned article was read (and scrubbed) by newsfuse already
            item = scrub_article(item)
        if texts.get(item.id) == item.text:
            rejected.append(Rejection(item.origin or item.id, "duplicate", f"the same text as article {item.id!r} before it"))
            continue
        if item.id in texts:
            new_id = _free_id(item.id, texts)
            log.warning("article id %r is taken by another text: %s is summarized as %r", item.id, item.origin or "an article", new_id)
            item = item.replace(id=new_id)
        texts[item.id] = item.text
        out.append(item if item.units else clean_article(item))
    return out, rejected


def _free_id(taken: str, ids: Mapping[str, str]) -> str:
    n = 2
    while f"{taken}~{n}" in ids:
        n += 1
    return f"{taken}~{n}"
