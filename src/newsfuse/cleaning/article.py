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
DATE_LINE_PARAGRAPHS = 3  # a dateline in the article's language heads it (after a title, at most a heading)


@dataclass(frozen=True)
class CleanOptions:
    keep_boilerplate: bool = False
    today: dt.date | None = None  # the reference for "latest year" in body dates


# A publication date outside these bounds is a placeholder for "no date" (exports write
# 0001-01-01 or 9999-12-31) or a misreading: it counts as none. Kept, it overflowed the
# clusterer's date window (a whole ingest failed) or kept a story "latest" for ever.
EARLIEST_PUBLISHED = dt.date(1800, 1, 1)
FUTURE_DAYS = 2  # ahead of this machine's date: time zones, posts scheduled a day early


def plausible(date: dt.date | None) -> bool:
    """Whether ``date`` can be when an article was published."""
    return date is not None and EARLIEST_PUBLISHED <= date <= dt.date.today() + dt.timedelta(days=FUTURE_DAYS)


@dataclass
class _Dating:
    """The publication date found so far, and where it came from (first plausible finding wins)."""

    date: dt.date | None = None
    source: str | None = None

    def __post_init__(self) -> None:
        if self.date is not None and not plausible(self.date):
            self.date, self.source = None, None

    def offer(self, date: dt.date | None, source: str) -> None:
        if self.date is None and plausible(date):
            self.date, self.source = date, source


def clean_article(
    article: Article, options: CleanOptions | None = None, context: BoilerplateContext | None = None
) -> Article:
    """Metadata, boilerplate, paragraph kinds, sentences, language and date for one article."""
    options = options or CleanOptions()
    text = article.text
    dating = _Dating(article.published, article.published_from)
    dating.offer(metadata.parse_date_field(article.extra.get("date")), "metadata")

    paragraphs = split_paragraphs(text)
    metadata_spans: list[Span] = []
    front = article.extra.get("front_matter_chars")  # Markdown's front matter (ingest.text)
    if isinstance(front, int) and 0 < front <= len(text):
        metadata_spans.append((0, front))
        paragraphs = _after(text, paragraphs, front)
    prefix = metadata.find_date_prefix(text)
    if prefix:
        metadata_spans.append(prefix.span)
        dating.offer(prefix.date, "metadata")
        paragraphs = _cut_prefix(text, paragraphs, prefix.span)

    removed = [] if options.keep_boilerplate else find_boilerplate(text, paragraphs, context)
    language = article.language
    if language is None and any(
        metadata.could_be_date_line(line) and not metadata.is_timestamp_line(line)  # an English one is read already
        for line in (text[s:e] for s, e in paragraphs[:DATE_LINE_PARAGRAPHS])
    ):
        language = detect_language(text)  # the date line is read in the article's language
    kept = _kept_paragraphs(text, paragraphs, removed, metadata_spans, dating, language)
    units = _units(text, kept, classify(text, kept, title=article.title), metadata_spans)

    title = article.title or next((text[u.start : u.end] for u in units if u.kind == "title"), None)
    body = [u for u in units if u.level == "paragraph" and u.kind in ("body", "standfirst")]
    if body and dating.date is None:
        opening = text[body[0].start : body[0].start + BODY_DATE_CHARS]
        found = metadata.date_from_body(opening, today=options.today)
        dating.offer(found[0] if found else None, "body")
    language = article.language or detect_language(" ".join(text[u.start : u.end] for u in body))

    return article.replace(
        units=tuple(units),
        removed=tuple(removed),
        title=title,
        published=dating.date,
        published_from=dating.source,
        language=language,
    )


def _kept_paragraphs(
    text: str, paragraphs: list[Span], removed: list[Removed], metadata_spans: list[Span], dating: _Dating,
    language: str | None = None,
) -> list[Paragraph]:
    """Paragraphs left once timestamp lines and, among the first few, a date line in the
    article's ``language`` (recorded as metadata) and removed spans go."""
    kept: list[Paragraph] = []
    after_metadata = False
    for k, span in enumerate(paragraphs):
        line = text[span[0] : span[1]]
        if metadata.is_timestamp_line(line):
            metadata_spans.append(span)
            # a timestamp without its own year ("19.12. 17:51") cannot date the article
            dating.offer(metadata.timestamp_date(line, year_hint=None), "metadata")
            after_metadata = True
            continue
        dated = metadata.date_line(line, language) if k < DATE_LINE_PARAGRAPHS and language != "en" else None
        if dated is not None:
            metadata_spans.append(span)
            dating.offer(dated, "metadata")
            after_metadata = True
            continue
        for piece in _subtract(text, span, removed):
            kept.append(Paragraph(piece, after_metadata=after_metadata))
            after_metadata = False
    return kept


def _units(text: str, kept: list[Paragraph], kinds: list[str], metadata_spans: list[Span]) -> list[Unit]:
    """Paragraph units with their kinds, then each paragraph's sentences, in text order."""
    units = [Unit("metadata", s, e, "paragraph", -1) for s, e in metadata_spans]
    for index, (paragraph, kind) in enumerate(zip(kept, kinds)):
        units.append(Unit(kind, *paragraph.span, "paragraph", index))
        units.extend(Unit(kind, s, e, "sentence", index) for s, e in split_sentences(text, *paragraph.span))
    units.sort(key=lambda u: (u.start, u.level != "paragraph"))
    return units


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


def _after(text: str, paragraphs: list[Span], start: int) -> list[Span]:
    """The paragraphs from ``start`` on (one it cuts begins at its first non-space there)."""
    out = []
    for s, e in paragraphs:
        s = max(s, start)
        while s < e and text[s].isspace():
            s += 1
        if s < e:
            out.append((s, e))
    return out


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
