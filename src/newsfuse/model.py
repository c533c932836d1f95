"""The one data model that flows through newsfuse.

Everything derived from an article's text is a ``(start, end)`` character span into
``Article.text``, the text exactly as read. Nothing stores a second copy of source text
that could drift from it; :meth:`Article.span` turns a span back into text.

Stages never mutate: each returns a new object (``dataclasses.replace``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Literal

from newsfuse.text.words import count_words

# Where a publication date came from: a metadata field or line, the article's own text,
# the other articles of its story, or nothing at all.
PublishedFrom = Literal["metadata", "body", "story", "inferred"]

# What a paragraph or sentence is, inside an article.
UnitKind = Literal["title", "standfirst", "heading", "body", "credit", "metadata"]
UnitLevel = Literal["paragraph", "sentence"]


@dataclass(frozen=True, slots=True)
class Unit:
    """A paragraph or sentence of an article: a span of its original text and a kind."""

    kind: UnitKind
    start: int
    end: int
    level: UnitLevel = "paragraph"
    paragraph: int = 0  # index of the paragraph unit this belongs to (itself for paragraphs)

    def to_dict(self, text: str) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "level": self.level,
            "text": text[self.start : self.end],
            "start": self.start,
            "end": self.end,
            "paragraph": self.paragraph,
        }


@dataclass(frozen=True, slots=True)
class Removed:
    """A span taken out of the body, with the reason: nothing is dropped silently."""

    start: int
    end: int
    reason: str

    def to_dict(self, text: str) -> dict[str, Any]:
        return {
            "text": text[self.start : self.end],
            "start": self.start,
            "end": self.end,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class Article:
    """One news article. ``text`` is never changed after reading; all else points into it.

    ``units`` holds paragraph-level units (kept text with its kind) and sentence-level
    units (the sentences of kept paragraphs); ``removed`` the boilerplate spans.
    ``title`` may come from metadata (then it need not occur in ``text``) or from a
    title unit.
    """

    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    published_from: PublishedFrom | None = None
    language: str | None = None
    origin: str | None = None  # the input it was read from: a path, "stdin", a URL
    extra: dict[str, Any] = field(default_factory=dict)  # unknown input fields, kept
    units: tuple[Unit, ...] = ()
    removed: tuple[Removed, ...] = ()

    # --- spans back to text -------------------------------------------------------
    def span(self, start: int, end: int) -> str:
        return self.text[start:end]

    def unit_text(self, unit: Unit) -> str:
        return self.text[unit.start : unit.end]

    # --- views --------------------------------------------------------------------
    @cached_property  # views are asked for per mention and per sentence: built once
    def paragraphs(self) -> tuple[Unit, ...]:
        return tuple(u for u in self.units if u.level == "paragraph")

    @cached_property
    def sentences(self) -> tuple[Unit, ...]:
        return tuple(u for u in self.units if u.level == "sentence")

    @cached_property
    def body_sentences(self) -> tuple[Unit, ...]:
        """Sentences a summary may use: body and standfirst, not titles/credits/metadata."""
        return tuple(u for u in self.sentences if u.kind in ("body", "standfirst"))

    @property
    def credits(self) -> tuple[str, ...]:
        return tuple(self.unit_text(u) for u in self.paragraphs if u.kind == "credit")

    @property
    def body(self) -> str:
        """The cleaned body: kept body/standfirst/heading paragraphs, blank-line separated."""
        keep = ("standfirst", "heading", "body")
        return "\n\n".join(self.unit_text(u) for u in self.paragraphs if u.kind in keep)

    @property
    def label(self) -> str:
        """How a reader refers to this article: its outlet, else its id."""
        return self.outlet or self.id

    def replace(self, **changes: Any) -> Article:
        return dataclasses.replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "outlet": self.outlet,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "published_from": self.published_from,
            "language": self.language,
            "origin": self.origin,
            "credits": list(self.credits),
            "units": [u.to_dict(self.text) for u in self.paragraphs],
            "sentences": [u.to_dict(self.text) for u in self.sentences],
            "removed": [r.to_dict(self.text) for r in self.removed],
            "extra": self.extra,
        }


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input newsfuse refused, and why. Reported, never fatal to a batch."""

    input: str
    reason: str  # short code: "missing", "empty", "binary", "decode", "json", "too-large", ...
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.input}: {self.reason}" + (f" ({self.detail})" if self.detail else "")

    def to_dict(self) -> dict[str, str]:
        return {"input": self.input, "reason": self.reason, "detail": self.detail}


class NewsfuseError(Exception):
    """Base of the errors newsfuse raises on purpose."""


class InputRejected(NewsfuseError):
    """Raised by a reader or cleaner that refuses one input; carries the :class:`Rejection`."""

    def __init__(self, rejection: Rejection):
        super().__init__(str(rejection))
        self.rejection = rejection


# --- what stories are made of ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SourceSpan:
    """A span of one article's original text."""

    article: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Citation:
    article: str
    outlet: str | None
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"article": self.article, "outlet": self.outlet, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class SummarySentence:
    """A sentence of the summary. Its words are an in-order subsequence of the words of
    the first citation's span (the faithfulness contract)."""

    text: str
    citations: tuple[Citation, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "citations": [c.to_dict() for c in self.citations]}


@dataclass(frozen=True, slots=True)
class Fact:
    """One thing the story's articles report: the sentences (from one or more articles)
    that say it, aligned across copies, paraphrases and translations."""

    id: str
    # The words chosen to show it: one of its sentences as the summary shows it (the
    # summary's own sentence, else one that stands alone, its leading connective or
    # dateline deleted), else its first sentence verbatim.
    text: str
    sentences: tuple[SourceSpan, ...]  # every sentence that reports it, any article
    outlets: tuple[str, ...] = ()  # distinct outlet labels, in article order
    # Whether ``text`` can stand alone (not a quotation's half, a back-reference ...):
    # lists of facts show those first. Not part of the JSON, which keeps them in that order.
    standalone: bool = True

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.article for s in self.sentences))

    @property
    def support(self) -> int:
        """How many distinct articles report it."""
        return len(self.articles)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "articles": list(self.articles),
            "outlets": list(self.outlets),
            "support": self.support,
            "spans": [{"article": s.article, "start": s.start, "end": s.end} for s in self.sentences],
        }


# Why a summary is empty when nothing else is known (``Report.meta["no_summary"]`` says
# more; reports stored before it existed lack it).
NO_STANDALONE_SENTENCE = "no sentence of these articles can stand alone"


@dataclass(frozen=True)
class Report:
    """What newsfuse says about one story. ``to_dict()`` is exactly the JSON output.

    The comparison parts (facts, figures, conflicts, quotes, entities, timeline) are
    objects with a ``to_dict()`` defined by the stage that builds them; they are empty
    when the comparison was not asked for.
    """

    articles: tuple[Article, ...]
    summary: tuple[SummarySentence, ...] = ()
    facts: tuple[Any, ...] = ()
    figures: tuple[Any, ...] = ()
    conflicts: tuple[Any, ...] = ()
    quotes: tuple[Any, ...] = ()
    entities: tuple[Any, ...] = ()
    timeline: tuple[Any, ...] = ()
    story_id: str | None = None
    headline: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)  # words budget, timings, versions

    @property
    def words(self) -> int:
        return sum(count_words(s.text) for s in self.summary)

    def article(self, article_id: str) -> Article:
        for a in self.articles:
            if a.id == article_id:
                return a
        raise KeyError(article_id)

    def to_dict(self) -> dict[str, Any]:
        return {
            "story": self.story_id,
            "headline": self.headline,
            "summary": [s.to_dict() for s in self.summary],
            "facts": [f.to_dict() for f in self.facts],
            "figures": [f.to_dict() for f in self.figures],
            "conflicts": [c.to_dict() for c in self.conflicts],
            "quotes": [q.to_dict() for q in self.quotes],
            "entities": [e.to_dict() for e in self.entities],
            "timeline": [t.to_dict() for t in self.timeline],
            "articles": [
                {
                    "id": a.id,
                    "outlet": a.outlet,
                    "title": a.title,
                    "url": a.url,
                    "published": a.published.isoformat() if a.published else None,
                    "published_from": a.published_from,
                    "language": a.language,
                }
                for a in self.articles
            ],
            "meta": self.meta,
        }
