"""Whatever the caller passes as a story's articles, as cleaned Articles.

Accepts Article objects (cleaned, or raw: those without units are cleaned here) and plain
dicts with at least ``id`` and ``text`` (optional title, source/outlet, date, url). An item
that is not an article (a dict with no text or a blank one, or not a dict at all) is
rejected and reported, never fatal: the story is summarized from the others. Ids must
name one article each, since citations point at articles by id: a repeat of an earlier
article (same id, same text) is rejected, another text under a taken id gets a new id
(``id~2``, logged) that no input uses.
"""

from __future__ import annotations

import logging
from typing import Any, Iterable, Mapping

from newsfuse.cleaning import clean_article
from newsfuse.ingest.dispatch import article_from_dict
from newsfuse.ingest.scrub import scrub_article
from newsfuse.model import Article, Rejection

log = logging.getLogger(__name__)


def as_articles(items: Iterable[Article | Mapping[str, Any]] | Mapping[str, Any] | Article) -> tuple[list[Article], list[Rejection]]:
    """The usable articles, and the inputs refused (which one, why). One dict or Article
    alone is a list of one, as `newsfuse.clean` takes it."""
    if isinstance(items, (Mapping, Article)):
        items = [items]
    read: list[Article | Rejection] = []
    for k, item in enumerate(items):
        if isinstance(item, Mapping):
            item = article_from_dict(item, origin=str(item.get("id") or f"<article {k}>"))
        elif not isinstance(item, Article):
            item = Rejection(f"<article {k}>", "unsupported", f"expected an Article or a dict, got {type(item).__name__}")
        if isinstance(item, Article) and not item.units:  # a cleaned one was read (and scrubbed) by newsfuse
            item = scrub_article(item)
        read.append(item)
    # every id the inputs give is taken: a renamed one must not become a later input's
    taken = {a.id for a in read if isinstance(a, Article)}
    out: list[Article] = []
    rejected: list[Rejection] = []
    texts: dict[str, str] = {}  # id -> text, of the articles kept
    for item in read:
        if isinstance(item, Rejection):
            rejected.append(item)
            continue
        if texts.get(item.id) == item.text:
            rejected.append(Rejection(item.origin or item.id, "duplicate", f"the same text as article {item.id!r} before it"))
            continue
        if item.id in texts:
            new_id = _free_id(item.id, taken)
            log.warning("article id %r is taken by another text: %s is summarized as %r", item.id, item.origin or "an article", new_id)
            item = item.replace(id=new_id)
        taken.add(item.id)
        texts[item.id] = item.text
        out.append(item if item.units else clean_article(item))
    return out, rejected


def _free_id(taken_id: str, taken: set[str]) -> str:
    n = 2
    while f"{taken_id}~{n}" in taken:
        n += 1
    return f"{taken_id}~{n}"
