"""Turn a report's JSON and its Articles into what the story page shows.

Pure functions, no HTML: templates loop over these and Jinja2 escapes every string, so
no scraped text ever reaches the page unescaped. Every quoted source text is cut from
``Article.text`` by its (start, end) span here, never copied from elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from newsfuse.model import NO_STANDALONE_SENTENCE, Article
from newsfuse.report.summary_view import is_web_url, summary_days, unread_note

# Agreement-map column headers longer than this are cut (the full label is the tooltip):
# long headers are set vertically and would push the matrix off a phone's screen.
COLUMN_LABEL_CHARS = 18

# Keys a comparison item may carry its wording under, in order of preference. The
# comparison stages define their own to_dict(); the page reads them defensively.
TEXT_KEYS = ("text", "value", "name", "label", "claim", "summary", "date")


@dataclass(frozen=True, slots=True)
class SourceView:
    """One source span as shown: the outlet, the exact sentence, where it is."""

    article: str
    label: str
    anchor: str  # id of the article's section on the page
    text: str
    partial: bool = False


@dataclass(frozen=True, slots=True)
class SentenceView:
    text: str
    sources: tuple[SourceView, ...]
    reported: str | None = None  # the day of its report, where the reader needs it (`summary_view.reported_days`)


@dataclass(frozen=True, slots=True)
class ItemView:
    """A fact, figure, entity or timeline entry: its wording and where it is said."""

    text: str
    detail: str
    sources: tuple[SourceView, ...]
    conflict: bool = False
    variants: tuple[str, ...] = ()
    articles: int = 0  # how many articles mention it


@dataclass(frozen=True, slots=True)
class MatrixView:
    """The agreement map: one row per fact, one column per outlet."""

    columns: tuple[str, ...]
    short: tuple[str, ...]  # the column labels, cut to COLUMN_LABEL_CHARS
    rows: tuple[tuple[str, int, tuple[bool, ...]], ...]  # fact text, outlets saying it, cells


@dataclass(frozen=True, slots=True)
class QuoteView:
    speaker: str
    variants: tuple[SourceView, ...]


@dataclass(frozen=True, slots=True)
class Piece:
    text: str
    removed: str | None = None  # the reason, when this piece was cut as boilerplate


@dataclass(frozen=True, slots=True)
class BlockView:
    kind: str  # a unit kind, or "removed" for a whole removed paragraph
    pieces: tuple[Piece, ...]


@dataclass(frozen=True)
class ArticleView:
    id: str
    label: str
    anchor: str
    title: str | None
    url: str | None
    published: str | None
    blocks: tuple[BlockView, ...]
    removed_count: int


@dataclass
class StoryView:
    id: str
    headline: str
    summary: list[SentenceView] = field(default_factory=list)
    # Why a summarized story has no summary (its report's meta.no_summary); None while pending.
    empty_reason: str | None = None
    # How many articles the comparison's English pipeline did not read (None: it read all).
    unread: str | None = None
    matrix: MatrixView | None = None
    figures: list[ItemView] = field(default_factory=list)
    conflicts: list[ItemView] = field(default_factory=list)
    quotes: list[QuoteView] = field(default_factory=list)
    entities: list[ItemView] = field(default_factory=list)
    timeline: list[ItemView] = field(default_factory=list)
    articles: list[ArticleView] = field(default_factory=list)


def anchor_for(article_id: str, order: Mapping[str, int]) -> str:
    return f"article-{order.get(article_id, 0) + 1}"


def label_for(article_id: str, articles: Mapping[str, Article], fallback: str | None = None) -> str:
    article = articles.get(article_id)
    return article.label if article is not None else (fallback or article_id)


def source_view(span: Mapping[str, Any], articles: Mapping[str, Article], order: Mapping[str, int]) -> SourceView:
    """A span dict ({article, start, end, ...}) resolved against the stored text."""
    article_id = str(span.get("article", ""))
    article = articles.get(article_id)
    start, end = span.get("start"), span.get("end")
    if article is not None and isinstance(start, int) and isinstance(end, int):
        text = article.span(start, end)
    else:  # the article is gone from the store: show what the report itself says
        text = str(span.get("text") or "")
    return SourceView(
        article=article_id,
        label=label_for(article_id, articles, span.get("outlet")),
        anchor=anchor_for(article_id, order),
        text=text.strip(),
        partial=bool(span.get("partial", False)),
    )


def item_text(item: Mapping[str, Any]) -> str:
    for key in TEXT_KEYS:
        value = item.get(key)
        if value not in (None, ""):
            return str(value)
    return ""


def item_spans(item: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """Every source span an item names, whichever key it uses for them."""
    spans: list[Mapping[str, Any]] = []
    for key in ("spans", "sources", "citations", "mentions", "variants", "figures", "values"):
        value = item.get(key)
        if isinstance(value, list):
            spans.extend(v for v in value if isinstance(v, Mapping) and "article" in v)
    if "article" in item and "start" in item:
        spans.append(item)
    return spans


def item_view(item: Mapping[str, Any], articles: Mapping[str, Article], order: Mapping[str, int],
              conflicting: frozenset[Any] = frozenset()) -> ItemView:
    detail_parts = [str(item[k]) for k in ("kind", "unit", "counts", "type") if item.get(k)]
    variants = item.get("variants") or item.get("names") or item.get("aliases") or ()
    names = tuple(dict.fromkeys(v if isinstance(v, str) else item_text(v) for v in variants if v))
    return ItemView(
        text=item_text(item),
        detail=" · ".join(detail_parts),
        sources=tuple(source_view(s, articles, order) for s in item_spans(item)),
        conflict=bool(item.get("conflict")) or bool(_keys(item) & conflicting),
        variants=tuple(n for n in names if n),
        articles=len(item.get("articles") or ()),
    )


def _keys(item: Mapping[str, Any]) -> set[Any]:
    """What identifies an item: its id, and the span it stands on when it has one."""
    keys: set[Any] = set()
    if item.get("id") is not None:
        keys.add(str(item["id"]))
    if "article" in item and "start" in item:
        keys.add((item["article"], item["start"], item.get("end")))
    return keys


def conflicting_ids(conflicts: Iterable[Mapping[str, Any]]) -> frozenset[Any]:
    """The figures or facts some conflict names: by id, or by the span they stand on
    when the conflict holds the figures themselves."""
    keys: set[Any] = set()
    for conflict in conflicts:
        for key in ("figures", "facts", "items", "ids", "values"):
            for value in conflict.get(key) or ():
                keys |= _keys(value) if isinstance(value, Mapping) else {str(value)}
    return frozenset(keys)


def agreement_matrix(report: Mapping[str, Any], articles: Mapping[str, Article]) -> MatrixView | None:
    """Facts × outlets: an outlet reports a fact when any of its articles does."""
    facts = [f for f in report.get("facts") or () if isinstance(f, Mapping)]
    if not facts:
        return None
    outlet_of = {a["id"]: label_for(a["id"], articles, a.get("outlet")) for a in report.get("articles") or ()}
    columns = tuple(dict.fromkeys(outlet_of.values()))
    rows = []
    for fact in facts:
        said = {outlet_of.get(a, a) for a in fact.get("articles") or ()}
        rows.append((item_text(fact), len(said), tuple(c in said for c in columns)))
    rows.sort(key=lambda row: -row[1])  # stable: the report's order among equals
    short = tuple(c if len(c) <= COLUMN_LABEL_CHARS else c[: COLUMN_LABEL_CHARS - 1] + "…" for c in columns)
    return MatrixView(columns=columns, short=short, rows=tuple(rows))


def article_blocks(article: Article) -> tuple[BlockView, ...]:
    """The article in text order: kept paragraphs with their kind, and removed spans
    as struck pieces, whether they are whole lines or cut from inside a paragraph."""
    spans = [(u.start, u.end, u.kind) for u in article.paragraphs]
    removed = sorted(article.removed, key=lambda r: r.start)
    blocks: list[BlockView] = []
    for r in removed:  # removed spans outside every paragraph become their own block
        if not any(s <= r.start and r.end <= e for s, e, _ in spans):
            spans.append((r.start, r.end, "removed"))
    for start, end, kind in sorted(spans):
        if kind == "removed":
            blocks.append(BlockView("removed", (Piece(article.span(start, end), _reason(removed, start)),)))
            continue
        blocks.append(BlockView(kind, _pieces(article, start, end, removed)))
    return tuple(blocks)


def _reason(removed, start: int) -> str:
    return next((r.reason for r in removed if r.start == start), "removed") or "removed"


def _pieces(article: Article, start: int, end: int, removed) -> tuple[Piece, ...]:
    pieces: list[Piece] = []
    at = start
    for r in removed:
        if r.start < start or r.end > end or r.start < at:
            continue
        if r.start > at:
            pieces.append(Piece(article.span(at, r.start)))
        pieces.append(Piece(article.span(r.start, r.end), r.reason or "removed"))
        at = r.end
    if at < end:
        pieces.append(Piece(article.span(at, end)))
    return tuple(pieces)


def article_view(article: Article, anchor: str) -> ArticleView:
    return ArticleView(
        id=article.id,
        label=article.label,
        anchor=anchor,
        title=article.title,
        url=article.url if is_web_url(article.url) else None,
        published=article.published.isoformat() if article.published else None,
        blocks=article_blocks(article),
        removed_count=len(article.removed),
    )


def story_view(report: Mapping[str, Any], articles: Mapping[str, Article]) -> StoryView:
    ids = [a["id"] for a in report.get("articles") or ()]
    order = {article_id: i for i, article_id in enumerate(ids)}
    conflicts = [c for c in report.get("conflicts") or () if isinstance(c, Mapping)]
    conflicting = conflicting_ids(conflicts)
    view = StoryView(id=str(report.get("story") or ""), headline=report.get("headline") or "Untitled story")
    summary = [s for s in report.get("summary") or () if isinstance(s, Mapping)]
    for sentence, day in zip(summary, summary_days(summary, report.get("articles") or ())):
        sources = tuple(source_view(c, articles, order) for c in sentence.get("citations") or ())
        view.summary.append(SentenceView(text=sentence.get("text", ""), sources=sources, reported=day))
    meta = report.get("meta") if isinstance(report.get("meta"), Mapping) else {}
    if not view.summary and not meta.get("pending"):
        view.empty_reason = str(meta.get("no_summary") or NO_STANDALONE_SENTENCE)
    view.unread = unread_note([a for a in report.get("articles") or () if isinstance(a, Mapping)])
    view.matrix = agreement_matrix(report, articles)
    view.figures = [item_view(f, articles, order, conflicting) for f in report.get("figures") or ()]
    view.conflicts = [item_view(c, articles, order) for c in conflicts]
    for quote in report.get("quotes") or ():
        variants = tuple(source_view(v, articles, order) for v in quote.get("variants") or ())
        view.quotes.append(QuoteView(speaker=quote.get("speaker") or "Unattributed", variants=variants))
    view.entities = [item_view(e, articles, order) for e in report.get("entities") or ()]
    view.timeline = [item_view(t, articles, order) for t in report.get("timeline") or ()]
    view.articles = [article_view(articles[i], anchor_for(i, order)) for i in ids if i in articles]
    return view
