"""Compare the figures of a story within each fact, and flag real conflicts only.

Figures are grouped by the fact whose sentences hold them and by what they count (kind,
unit and head noun: "soldier"; "USD" of "turnover"). Only a figure whose counted noun is
known can conflict. A conflict needs two outlets giving one
value each for the same thing in the same fact with *disjoint* ranges: an estimate
beside a figure ("several thousand" 3,000..9,000 vs "about 9,000" 7,650..10,350)
overlaps, and a date is never a figure ("since 2019" vs "three and a half years").
An outlet giving several values for the same thing in one fact (35 launched, 30 downed)
is ambiguous, so never a conflict; nor are two values of different years (a fact can
align "In 1966 ... tens of thousands of meteors" with this year's "hundreds or
thousands"), and a count of "other" ones is not compared with a total (see
:mod:`newsfuse.text.figures`).
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Sequence

from newsfuse.model import Article, Fact
from newsfuse.text.figures import Figure


@dataclass(frozen=True)
class FigureGroup:
    """The values given for one thing in one fact (or in one sentence outside facts)."""

    fact: str | None
    counts: str
    unit: str
    kind: str
    figures: tuple[Figure, ...]
    outlets: tuple[str, ...]
    conflict: bool

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f.article for f in self.figures))

    def to_dict(self) -> dict[str, Any]:
        return {
            "fact": self.fact,
            "counts": self.counts,
            "unit": self.unit,
            "kind": self.kind,
            "articles": list(self.articles),
            "outlets": list(self.outlets),
            "conflict": self.conflict,
            "values": [f.to_dict() for f in self.figures],
        }


@dataclass(frozen=True)
class Conflict:
    """Incompatible values for the same quantity in the same fact."""

    fact: str
    fact_text: str
    what: str
    figures: tuple[Figure, ...]
    why: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "fact": self.fact,
            "fact_text": self.fact_text,
            "what": self.what,
            "values": [f.to_dict() for f in self.figures],
            "why": self.why,
        }


def compatible(a: Figure, b: Figure) -> bool:
    """Whether two values of one quantity can both be true (their ranges overlap)."""
    return a.low <= b.high and b.low <= a.high


# A figure whose sentence names no year is taken to be of its article's publication year;
# beside one whose sentence does, a gap of more than this many years makes them different
# events (the Leonids "in 1966" vs a 1998 article's "may produce ..."). One year of slack:
# a report published in January on a December event is the same event.
PUBLISHED_YEAR_SLACK = 1


def same_time(a: Figure, b: Figure, published: dict[str, int] | None = None) -> bool:
    """Whether two figures can be of one event: the years their sentences name agree, or,
    where one names none, the other's year is near the first one's publication year."""
    if a.year is not None and b.year is not None:
        return a.year == b.year
    published = published or {}
    named, other = (a, b) if a.year is not None else (b, a)
    if named.year is None or other.article not in published:
        return True
    return abs(named.year - published[other.article]) <= PUBLISHED_YEAR_SLACK


def _fact_of(figure: Figure, facts: Sequence[Fact]) -> Fact | None:
    for f in facts:
        for s in f.sentences:
            if s.article == figure.article and s.start <= figure.start < s.end:
                return f
    return None


def _show(value: float) -> str:
    return "more" if math.isinf(value) else f"{value:,.6g}"


def _conflict(fact: Fact, figures: list[Figure], published: dict[str, int] | None = None) -> Conflict | None:
    per_article: dict[str, list[Figure]] = defaultdict(list)
    for f in figures:
        per_article[f.article].append(f)
    if len(per_article) < 2 or any(len(v) > 1 for v in per_article.values()):
        return None
    single = [v[0] for v in per_article.values()]
    for i, a in enumerate(single):
        for b in single[i + 1 :]:
            if not compatible(a, b) and same_time(a, b, published):
                why = f"{a.text!r} ({_show(a.low)}..{_show(a.high)}) vs {b.text!r} ({_show(b.low)}..{_show(b.high)}): no common value"
                return Conflict(fact.id, fact.text, a.counts or a.unit, tuple(single), why)
    return None


def compare_figures(
    articles: Sequence[Article], figures: Sequence[Figure], facts: Sequence[Fact]
) -> tuple[tuple[FigureGroup, ...], tuple[Conflict, ...]]:
    """Figure groups (multi-outlet first) and the conflicts among them."""
    label = {a.id: a.label for a in articles}
    published = {a.id: a.published.year for a in articles if a.published is not None}
    grouped: dict[tuple, list[Figure]] = defaultdict(list)
    fact_by_id: dict[str, Fact] = {}
    for fig in figures:
        fact = _fact_of(fig, facts)
        where = fact.id if fact else f"{fig.article}:{fig.start}"
        if fact:
            fact_by_id[fact.id] = fact
        grouped[(where, fig.kind, fig.unit, fig.counts_key)].append(fig)
    groups, conflicts = [], []
    for (where, kind, unit, _), figs in grouped.items():
        fact = fact_by_id.get(where)
        # only a quantity whose counted thing is known can conflict: "10 percent" and "90
        # percent" of one fact are often shares of different things
        counted = figs[0].counts and figs[0].counts_key != figs[0].unit  # "11 kph" counts nothing
        conflict = _conflict(fact, figs, published) if fact is not None and counted else None
        if conflict:
            conflicts.append(conflict)
        outlets = tuple(dict.fromkeys(label.get(f.article, f.article) for f in figs))
        groups.append(
            FigureGroup(fact.id if fact else None, figs[0].counts, unit, kind, tuple(figs), outlets, conflict is not None)
        )
    groups.sort(key=lambda g: (-len(g.articles), g.figures[0].article, g.figures[0].start))
    return tuple(groups), tuple(conflicts)
