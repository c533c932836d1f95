"""The cleaning stage for one article: compute the decisions of the small modules
beside it, then record them on a new Article."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from newsfuse.cleaning import metadata
from newsfuse.cleaning.boilerplate import BoilerplateContext, find_boilerplate
from newsfuse.cleaning.language import detect_language
from newsfuse.cleaning.structure import Paragraph, classify
from newsfuse.model import Article, Removed, Unit
from newsfuse.text.sentences import split_paragraphs, split_sentences

Span = tuple[int, int]

BODY_DATE_CHARS = 600  # a publication date stated in the body sits in the opening lines


@dataclass(frozen=True)
class CleanOptions:
    keep_boilerplate: bool = False
    today: dt.date | None = None  # the reference for "latest year" in body dates


def clean_article(
    article: Article, options: CleanOptions | None = None, context: BoilerplateContext | None = None
) -> Article:
    options = options or CleanOptions()
    text = article.text
    published, published_from = article.published, article.published_from
    if published is None and article.extra.get("date") is not None:
        published = metadata.parse_date_field(article.extra.get("date"))
        published_from = "metadata" if published else None

    metadata_spans: list[Span] = []
    prefix = metadata.find_date_prefix(text)
    paragraphs = split_paragraphs(text)
    if prefix:
        metadata_spans.append(prefix.span)
        if published is None:
            published, published_from = prefix.date, "metadata"
        paragraphs = _cut_prefix(text, paragraphs, prefix.span)

    kept: list[Paragraph] = []
    removed: list[Removed] = []
    if not options.keep_boilerplate:
        removed = find_boilerplate(text, paragraphs, context)
    after_metadata = False
    for span in paragraphs:
        line = text[span[0] : span[1]]
        if metadata.is_timestamp_line(line):
            metadata_spans.append(span)
            if published is None:  # without a year of its own it cannot date the article
                stamp = metadata.timestamp_date(line, year_hint=None)
                if stamp:
                    published, published_from = stamp, "metadata"
            after_metadata = True
            continue
        for piece in _subtract(text, span, removed):
            kept.append(Paragraph(piece, after_metadata=after_metadata))
            after_metadata = False

    kinds = classify(text, kept, title=article.title)
    units: list[Unit] = [Unit("metadata", s, e, "paragraph", -1) for s, e in metadata_spans]
    for index, (paragraph, kind) in enumerate(zip(kept, kinds)):
        units.append(Unit(kind, *paragraph.span, "paragraph", index))
    for index, (paragraph, kind) in enumerate(zip(kept, kinds)):
        for s, e in split_sentences(text, *paragraph.span):
            units.append(Unit(kind, s, e, "sentence", index))
    units.sort(key=lambda u: (u.start, u.level != "paragraph"))

    title = article.title
    if title is None:
        title = next((text[u.start : u.end] for u in units if u.kind == "title"), None)

    body_units = [u for u in units if u.level == "paragraph" and u.kind in ("body", "standfirst")]
    if published is None and body_units:
        opening = text[body_units[0].start : min(body_units[0].start + BODY_DATE_CHARS, len(text))]
        found = metadata.date_from_body(opening, today=options.today)
        if found:
            published, published_from = found[0], "body"

    language = article.language
    if language is None:
        language = detect_language(" ".join(text[u.start : u.end] for u in body_units))

    return article.replace(
        units=tuple(units),
        removed=tuple(removed),
        title=title,
        published=published,
        published_from=published_from,
        language=language,
    )


def _subtract(text: str, span: Span, removed: list[Removed]) -> list[Span]:
    """What is left of a paragraph once removed spans (whole or inline) are cut out."""
    pieces = [span]
    for r in removed:
        if r.end <= span[0] or r.start >= span[1]:
            continue
        next_pieces = []
        for s, e in pieces:
            for a, b in ((s, min(e, r.start)), (max(s, r.end), e)):
                while a < b and text[a].isspace():
                    a += 1
                while b > a and text[b - 1].isspace():
                    b -= 1
                if b > a:
                    next_pieces.append((a, b))
        pieces = next_pieces
    return pieces


def _cut_prefix(text: str, paragraphs: list[Span], prefix: Span) -> list[Span]:
    """Drop the metadata prefix from the paragraph it opens."""
    out = []
    for s, e in paragraphs:
        if s <= prefix[0] < e:
            s = prefix[1]
            while s < e and text[s].isspace():
                s += 1
            if s >= e:
                continue
        out.append((s, e))
    return out
