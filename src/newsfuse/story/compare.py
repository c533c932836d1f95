"""The cross-source comparison of one story: where the outlets agree and where they don't.

Entry point :func:`compare`. It runs spaCy once over the sentences that need it
(:mod:`newsfuse.text.analysis`), reads quotes, figures, entities and dates out of each
article (``newsfuse.text``), then groups them across the story: entities by name keys and
context, quotes by speaker and wording, figures by fact and counted thing, dated
sentences into a timeline. Every item keeps (article, start, end) spans into the text.
"""

from __future__ import annotations

import datetime as dt
import time
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Any, Mapping, Sequence

from newsfuse.model import Article, Fact, PublishedFrom
from newsfuse.story.candidates import earliest
from newsfuse.story.compare_entities import EntityGroup, group_entities
from newsfuse.story.compare_figures import Conflict, FigureGroup, compare_figures
from newsfuse.story.compare_quotes import QuoteGroup, group_quotes
from newsfuse.story.timeline import TimelineEvent, build_timeline, infer_published
from newsfuse.text.analysis import analyse
from newsfuse.text.dates import find_dates
from newsfuse.text.entities import EntityType, Mention, known_names, matched_mentions, mentions
from newsfuse.text.figures import Figure, extract_figures
from newsfuse.text.nlp import NlpModels
from newsfuse.text.quotes import Quote, extract_quotes


# Single-source facts a report keeps per outlet: those carrying the most named things,
# figures and quotes (the Markdown and HTML reports show the first five).
ONLY_IN_FACTS = 10


@dataclass(frozen=True)
class OnlyIn:
    """What one outlet alone reports: its own facts, and the figures it alone gives
    inside facts other outlets report too ("about 9,000 Russian soldiers" in a sentence
    aligned with another outlet's sentence on the drills)."""

    outlet: str
    articles: tuple[str, ...]
    facts: tuple[Fact, ...]
    figures: tuple[FigureGroup, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "outlet": self.outlet,
            "articles": list(self.articles),
            "facts": [
                {"id": f.id, "text": f.text, "spans": [{"article": s.article, "start": s.start, "end": s.end} for s in f.sentences]}
                for f in self.facts
            ],
            "figures": [
                {"fact": g.fact, "text": f.text, "article": f.article, "start": f.start, "end": f.end}
                for g in self.figures
                for f in g.figures
            ],
        }


@dataclass(frozen=True)
class Agreement:
    """Facts by how many outlets report them, and per outlet what it alone reports."""

    facts: tuple[Fact, ...]
    by_all: tuple[str, ...]
    by_several: tuple[str, ...]
    by_one: tuple[str, ...]
    only_in: tuple[OnlyIn, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "facts": [f.to_dict() for f in self.facts],
            "all": list(self.by_all),
            "several": list(self.by_several),
            "one": list(self.by_one),
            "only_in": [o.to_dict() for o in self.only_in],
        }


@dataclass(frozen=True)
class Comparison:
    agreement: Agreement
    figures: tuple[FigureGroup, ...]
    conflicts: tuple[Conflict, ...]
    quotes: tuple[QuoteGroup, ...]
    entities: tuple[EntityGroup, ...]
    timeline: tuple[TimelineEvent, ...]
    published: Mapping[str, tuple[dt.date, PublishedFrom]]  # every article it could date
    timings: Mapping[str, float] = field(default_factory=dict)  # seconds per step

    def dated(self, articles: Sequence[Article]) -> tuple[Article, ...]:
        """The articles with the publication dates this comparison inferred filled in."""
        out = []
        for a in articles:
            if a.published is None and a.id in self.published:
                day, source = self.published[a.id]
                a = a.replace(published=day, published_from=source)
            out.append(a)
        return tuple(out)

    def report_fields(self) -> dict[str, Any]:
        """Keyword arguments for :class:`newsfuse.model.Report` (agreement goes to meta)."""
        return {
            "figures": self.figures,
            "conflicts": self.conflicts,
            "quotes": self.quotes,
            "entities": self.entities,
            "timeline": self.timeline,
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "agreement": self.agreement.to_dict(),
            "figures": [f.to_dict() for f in self.figures],
            "conflicts": [c.to_dict() for c in self.conflicts],
            "quotes": [q.to_dict() for q in self.quotes],
            "entities": [e.to_dict() for e in self.entities],
            "timeline": [t.to_dict() for t in self.timeline],
            "published": {k: {"published": d.isoformat(), "published_from": s} for k, (d, s) in self.published.items()},
        }


def _outlets(fact: Fact, label: Mapping[str, str]) -> tuple[str, ...]:
    return fact.outlets or tuple(dict.fromkeys(label.get(a, a) for a in fact.articles))


def _weight(fact: Fact, starts: Mapping[str, list[int]]) -> int:
    """How much a single-source fact carries: named things, figures and quotes in it
    (``starts``: where each article's details start, sorted)."""
    total = 0
    for s in fact.sentences:
        at = starts.get(s.article, ())
        total += bisect_left(at, s.end) - bisect_left(at, s.start)
    return total


def agreement_map(
    articles: Sequence[Article],
    facts: Sequence[Fact],
    details: Mapping[str, list[tuple[int, int]]] | None = None,
    figures: Sequence[FigureGroup] = (),
) -> Agreement:
    """Facts by support (all / several / one outlet); per outlet its own facts, those
    shown by a sentence that stands alone first (`Fact.standalone`: "It has killed tens
    of thousands ..." says nothing alone), then the ones carrying most named things,
    figures and quotes, and the figures it alone gives inside shared facts."""
    label = {a.id: a.label for a in articles}
    outlets_in_story = set(label.values())
    by_all, by_several, by_one = [], [], []
    alone: dict[str, list[Fact]] = defaultdict(list)
    for f in facts:
        outlets = _outlets(f, label)
        if len(set(outlets)) >= len(outlets_in_story) and len(outlets_in_story) > 1:
            by_all.append(f.id)
        elif len(set(outlets)) > 1:
            by_several.append(f.id)
        else:
            by_one.append(f.id)
            alone[outlets[0]].append(f)
    starts = {article: sorted(a for a, _ in spans) for article, spans in (details or {}).items()}
    only_in = []
    for outlet in dict.fromkeys(label.values()):
        own = sorted(alone.get(outlet, []), key=lambda f: (not f.standalone, -_weight(f, starts)))
        ids = tuple(a.id for a in articles if a.label == outlet)
        shared = {f.id for f in facts if f.id not in by_one}
        own_figures = tuple(g for g in figures if g.fact in shared and set(g.outlets) == {outlet})
        only_in.append(OnlyIn(outlet, ids, tuple(own), own_figures))
    return Agreement(tuple(facts), tuple(by_all), tuple(by_several), tuple(by_one), tuple(only_in))


def _speaker_type(q: Quote, found: Sequence[Mention]) -> EntityType:
    """A speaker is a person or an organisation: the type of a name inside it, a person
    when NER called a two-word name a place ("Natalia Dobrovolska"), else ORG."""
    inside = [m.type for m in found if m.article == q.article and q.speaker_start <= m.start < q.speaker_end]
    if "PERSON" in inside or (inside and q.speaker_from == "subject" and len(q.speaker.split()) >= 2 and q.speaker[0].isupper()):
        return "PERSON" if "ORG" not in inside else "ORG"
    return "ORG"


def _speaker_mentions(quotes: Sequence[Quote], found: Sequence[Mention]) -> list[Mention]:
    """Speakers NER missed become mentions, so they merge with the story's entities: a
    name ("Natalia Dobrovolska") or a noun phrase resolved from "the ministry" ("Russian
    defence ministry"); a bare common noun ("president", "officials") does not."""
    known = {(m.article, m.start, m.end) for m in found}
    extra = {}
    for q in quotes:
        if q.speaker_start is None or (q.article, q.speaker_start, q.speaker_end) in known:
            continue
        if not q.speaker or not q.speaker.split():
            continue
        named = q.speaker_from == "noun" or (q.speaker_from == "subject" and q.speaker.split()[-1][:1].isupper())
        if named and q.speaker[0].isalpha():  # "president" alone is no entity
            kind = _speaker_type(q, found)
            extra[(q.article, q.speaker_start)] = Mention(q.article, q.speaker_start, q.speaker_end, q.speaker, kind)
    return list(extra.values())


def _outside(found: Sequence[Mention], speakers: Sequence[Mention]) -> list[Mention]:
    """The mentions not inside a longer speaker's name where NER cut a name in pieces that
    are no person ("Natalia" and "Dobrovolska", typed places, in "Natalia Dobrovolska, a
    68-year-old resident of Kyiv, told AFP"): the quotation's attribution reads it whole.
    A speaker written with a lower-case word ("State Department official") is a
    description, and a person NER found inside a speaker ("Jorge Amaral" in "Colonel
    Jorge Amaral") is kept."""
    inside: set[Mention] = set()
    for s in speakers:
        if not all(word[:1].isupper() for word in s.text.split()):
            continue
        pieces = [
            m for m in found
            if m.article == s.article and s.start <= m.start and m.end <= s.end and (m.start, m.end) != (s.start, s.end)
        ]
        if not any(m.type == "PERSON" for m in pieces):
            inside.update(pieces)
    return [m for m in found if m not in inside]


def compare(articles: Sequence[Article], facts: Sequence[Fact], nlp: NlpModels | None = None) -> Comparison:
    """Compare how the articles of one story report it. ``nlp`` holds the models (one
    per run; a default one with spaCy and WordLlama is made when none is given)."""
    nlp = nlp if nlp is not None else StoryComparer().nlp
    timings: dict[str, float] = {}
    clock = time.perf_counter()
    docs = analyse(articles, nlp)
    timings["spacy"] = time.perf_counter() - clock
    clock = time.perf_counter()
    found: list[Mention] = []
    quotes: list[Quote] = []
    figures: list[Figure] = []
    dates = {}
    by_article = {d.article.id: mentions(d) for d in docs}
    known = known_names([m for ms in by_article.values() for m in ms])
    for d in docs:
        own = tuple(sorted(by_article[d.article.id] + matched_mentions(d, known), key=lambda m: m.start))
        found.extend(own)
        quotes.extend(extract_quotes(d, own, nlp))
        figures.extend(extract_figures(d))
        dates[d.article.id] = find_dates(d)
    timings["extract"] = time.perf_counter() - clock
    clock = time.perf_counter()
    speakers = _speaker_mentions(quotes, found)
    entities = group_entities(articles, _outside(found, speakers) + speakers)
    quote_groups = group_quotes(articles, quotes, entities, facts, nlp)
    figure_groups, conflicts = compare_figures(articles, figures, facts)
    published = infer_published(articles, dates)
    timeline = build_timeline(articles, dates, published, facts)
    details: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for item in (*found, *quotes, *figures, *figures):  # a figure counts double
        details[item.article].append((item.start, item.end))
    agreement = agreement_map(articles, facts, details, figure_groups)
    timings["group"] = time.perf_counter() - clock
    return Comparison(agreement, figure_groups, conflicts, quote_groups, entities, timeline, published, timings)


def windowed(articles: Sequence[Article], limit: int) -> list[Article]:
    """The articles as far as the first ``limit`` body sentences of the story go, the
    earliest of every article first (the summary's window: `candidates`): each article's
    units end where its last sentence in the window does. The text is untouched, so every
    span still points into it."""
    counts = [len(a.body_sentences) for a in articles]
    if sum(counts) <= limit:
        return list(articles)
    out = []
    for article, count, n in zip(articles, counts, earliest(counts, limit)):
        if n == count:
            out.append(article)
            continue
        cut = article.body_sentences[n - 1].end if n else article.body_sentences[0].start
        units = tuple(u if u.end <= cut else replace(u, end=cut) for u in article.units if u.start < cut)
        out.append(article.replace(units=units))
    return out


class StoryComparer:
    """:func:`compare` bound to one run's models, in the shape ``summarize(comparer=...)``
    takes: (articles, facts) -> Report fields, including the articles with the
    publication dates inferred from the story. A story past ``max_sentences`` body
    sentences is compared over the same window the summary reads (`windowed`): spaCy and
    the quote, entity and figure grouping would otherwise grow without bound (a 1 MB
    article took 13 s, a 4 MB one 93 s)."""

    def __init__(self, nlp: NlpModels | None = None, *, embedder: Any | None = None, max_sentences: int = 2_000):
        """``nlp``: the run's models; else new ones over ``embedder`` (the run's sentence
        embedder, shared with the summary), else over a default embedder."""
        self.max_sentences = max_sentences
        if nlp is None:
            if embedder is None:
                from newsfuse.embed import default_embedder

                embedder = default_embedder()
            nlp = NlpModels(embedder=embedder)
        self.nlp = nlp

    def load(self) -> None:
        """Load the language pipeline now (it loads on first use otherwise)."""
        self.nlp.spacy  # noqa: B018 (the property loads it)

    def __call__(self, articles: Sequence[Article], facts: Sequence[Fact]) -> dict[str, tuple]:
        comparison = compare(windowed(articles, self.max_sentences), facts, self.nlp)
        with_figures = {g.fact for g in comparison.figures}
        only_in: tuple[Fact, ...] = ()
        for o in comparison.agreement.only_in:
            # a figure one outlet alone gives is always kept, and listed first among the
            # facts shown by a sentence that stands alone, or among the others
            keep = [f for k, f in enumerate(o.facts) if k < ONLY_IN_FACTS or f.id in with_figures]
            only_in += tuple(sorted(keep, key=lambda f: (not f.standalone, f.id not in with_figures)))
        # "facts": what one outlet alone reports, joined to the report's own facts by summarize();
        # "agreement": how many of all the story's facts all, several or one outlet report
        # (the report lists only some of them), for the report's meta
        a = comparison.agreement
        counts = {"all": len(a.by_all), "several": len(a.by_several), "one": len(a.by_one)}
        return {**comparison.report_fields(), "articles": comparison.dated(articles), "facts": only_in,
                "agreement": counts}
