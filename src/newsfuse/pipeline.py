"""The per-article pipeline as one call: read → clean (metadata, boilerplate,
structure) → segment. Faces (CLI, web, Ray engine) call this, never the stages."""

from __future__ import annotations

import os
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from newsfuse.cleaning import CleanOptions, clean_article
from newsfuse.cleaning.boilerplate import BoilerplateContext, normalise_line
from newsfuse.ingest import ReadOptions, read
from newsfuse.model import Article, Rejection
from newsfuse.text.sentences import split_paragraphs

# A line counts as an outlet's boilerplate when it recurs in at least this many of
# that outlet's articles (and in at least half of them): a site-wide footer or prompt.
REPEATED_MIN_ARTICLES = 3
REPEATED_MIN_SHARE = 0.5


@dataclass
class CleanResult:
    articles: list[Article] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)


def repeated_lines(articles: Iterable[Article]) -> dict[str | None, frozenset[str]]:
    """Per outlet, the lines repeated across many of its articles."""
    by_outlet: dict[str | None, list[Article]] = defaultdict(list)
    for a in articles:
        by_outlet[a.outlet].append(a)
    out: dict[str | None, frozenset[str]] = {}
    for outlet, group in by_outlet.items():
        if outlet is None or len(group) < REPEATED_MIN_ARTICLES:
            continue
        counts: Counter[str] = Counter()
        for a in group:
            counts.update({normalise_line(a.text[s:e]) for s, e in split_paragraphs(a.text)})
        need = max(REPEATED_MIN_ARTICLES, REPEATED_MIN_SHARE * len(group))
        out[outlet] = frozenset(line for line, n in counts.items() if n >= need)
    return out


def prepare(
    inputs: Iterable[str | Any | Mapping[str, Any]],
    clean_options: CleanOptions | None = None,
    read_options: ReadOptions | None = None,
) -> CleanResult:
    """Read and clean every input; one bad input becomes a Rejection, never an exception.
    One path, URL, dict or Article alone is read as a list of one (a string was read
    character by character)."""
    if isinstance(inputs, (str, os.PathLike, Mapping, Article)):
        inputs = [inputs]
    result = CleanResult()
    raw: list[Article] = []
    for item in read(inputs, read_options):
        (result.rejections if isinstance(item, Rejection) else raw).append(item)
    repeated = repeated_lines(raw)
    for article in raw:
        context = BoilerplateContext(repeated.get(article.outlet, frozenset()))
        try:
            result.articles.append(clean_article(article, clean_options, context))
        except Exception as exc:  # one article never sinks a batch
            result.rejections.append(Rejection(article.origin or article.id, "clean-failed", repr(exc)))
    return result


def clean(inputs: Iterable[str | Any | Mapping[str, Any]], keep_boilerplate: bool = False) -> list[Article]:
    """Public API: paths or dicts in, cleaned Articles out (rejected inputs are skipped;
    use :func:`prepare` to see them)."""
    return prepare(inputs, CleanOptions(keep_boilerplate=keep_boilerplate)).articles
