"""The story's timeline, and publication dates inferred from the story.

An article with no date of its own is dated by the story: its relative expressions
("on Monday", "announced on Friday", "will travel ... on Monday") are resolved against
each candidate day around the story's date, and the day under which they name the days
the dated articles talk about wins; ties go to the day right after the latest past event
the article reports (a preview is written the day it is announced). So a preview that
says "will travel ... on Monday ... announced on Friday", in a story about Monday
2022-12-19, is dated Friday 2022-12-16.

Timeline events are dated sentences. Previews (future tense, or dated after their
article) are kept apart from reports of what happened; the same event told by several
outlets (same date, same kind, same fact or similar words) is one entry.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any, Literal, Mapping, Sequence

import regex

from newsfuse.model import Article, Fact, PublishedFrom, SourceSpan
from newsfuse.text.dates import DateMention, ResolvedDate, resolve

EventKind = Literal["happened", "announced"]

# Candidate publication days tried around the story's date: a weekday reference can
# only place an article within a week of the day it names.
INFERENCE_WINDOW_DAYS = 7
# Sentences of two outlets about the same date count as one event when they share this
# share of content words (Jaccard), or belong to the same fact. Read off duc2003 event
# sentences: paraphrases of one event share 0.3+, different events of a day < 0.2.
SAME_EVENT_WORD_SHARE = 0.3
_RELATIVE = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|tonight)\b", re.I
)
# regex, not re: a word keeps its combining marks (Devanagari vowel signs)
_WORD = regex.compile(r"[^\W\d_]{4,}")


@dataclass(frozen=True)
class TimelineEvent:
    date: ResolvedDate
    until: ResolvedDate | None
    text: str  # the sentence of the first article that reports it, verbatim
    kind: EventKind
    sentences: tuple[SourceSpan, ...]
    expressions: tuple[SourceSpan, ...]  # the date words that date it, per article

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.article for s in self.sentences))

    def to_dict(self) -> dict[str, Any]:
        return {
            "date": self.date.label(),
            "until": self.until.label() if self.until else None,
            "granularity": self.date.granularity,
            "text": self.text,
            "kind": self.kind,
            "articles": list(self.articles),
            "spans": [{"article": s.article, "start": s.start, "end": s.end} for s in self.sentences],
            "date_spans": [{"article": s.article, "start": s.start, "end": s.end} for s in self.expressions],
        }


def _story_days(articles: Sequence[Article], dates: Mapping[str, Sequence[DateMention]]) -> Counter[dt.date]:
    days: Counter[dt.date] = Counter()
    for a in articles:
        if a.published is None:
            continue
        for m in dates.get(a.id, ()):
            r = resolve(m.text, a.published, m.future)
            if r is not None and r.granularity == "day":
                days[r.start] += 1
    return days


def _best_day(relative: Sequence[DateMention], anchor: dt.date, days: Counter[dt.date]) -> dt.date:
    def score(candidate: dt.date) -> tuple[int, int, int]:
        matched, latest_past = 0, None
        for m in relative:
            r = resolve(m.text, candidate, m.future)
            if r is None:
                continue
            matched += r.start in days
            if not m.future and r.start <= candidate:
                latest_past = r.start if latest_past is None else max(latest_past, r.start)
        gap = (candidate - latest_past).days if latest_past else INFERENCE_WINDOW_DAYS
        return matched, -gap, -abs((candidate - anchor).days)

    window = range(-INFERENCE_WINDOW_DAYS, INFERENCE_WINDOW_DAYS + 1)
    return max((anchor + dt.timedelta(days=k) for k in window), key=score)


def infer_published(
    articles: Sequence[Article], dates: Mapping[str, Sequence[DateMention]]
) -> dict[str, tuple[dt.date, PublishedFrom]]:
    """Every article's publication date: its own, else one inferred from the story."""
    out: dict[str, tuple[dt.date, PublishedFrom]] = {
        a.id: (a.published, a.published_from or "metadata") for a in articles if a.published
    }
    if not out:
        return out
    anchor = Counter(d for d, _ in out.values()).most_common(1)[0][0]
    days = _story_days(articles, dates)
    for a in articles:
        if a.id in out:
            continue
        relative = [m for m in dates.get(a.id, ()) if _RELATIVE.search(m.text)]
        out[a.id] = (_best_day(relative, anchor, days) if relative else anchor, "story")
    return out


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def _fact_of(facts: Sequence[Fact]) -> dict[tuple[str, int], str]:
    return {(s.article, s.start): f.id for f in facts for s in f.sentences}


@dataclass
class _Draft:
    date: ResolvedDate
    until: ResolvedDate | None
    kind: EventKind
    sentences: list[SourceSpan]
    expressions: list[SourceSpan]
    words: set[str]
    facts: set[str]
    text: str


def _same_event(draft: _Draft, words: set[str], fact: str | None) -> bool:
    if fact is not None and fact in draft.facts:
        return True
    union = draft.words | words
    return bool(union) and len(draft.words & words) / len(union) >= SAME_EVENT_WORD_SHARE


def build_timeline(
    articles: Sequence[Article],
    dates: Mapping[str, Sequence[DateMention]],
    published: Mapping[str, tuple[dt.date, PublishedFrom]],
    facts: Sequence[Fact] = (),
) -> tuple[TimelineEvent, ...]:
    """Dated events of the story, in date order; previews apart from what happened."""
    fact_at = _fact_of(facts)
    drafts: list[_Draft] = []
    for a in articles:
        if a.id not in published:
            continue
        base = published[a.id][0]
        mentions = list(dates.get(a.id, ()))
        for i, m in enumerate(mentions):
            if m.part == 2:
                continue  # the end of a range, read with its start
            r = resolve(m.text, base, m.future)
            if r is None:
                continue
            until = None
            if m.part == 1 and i + 1 < len(mentions):
                until = resolve(mentions[i + 1].text, base, mentions[i + 1].future)
            kind: EventKind = "announced" if m.future or r.start > base else "happened"
            sentence = SourceSpan(a.id, m.sentence_start, m.sentence_end)
            told = next(
                (d for d in drafts if sentence in d.sentences and d.date == r and d.until == until and d.kind == kind),
                None,
            )
            if told is not None:  # one sentence dating one event twice ("last year, in 2021"): one entry
                told.expressions.append(SourceSpan(a.id, m.start, m.end))
                continue
            words = _words(a.text[m.sentence_start : m.sentence_end])
            fact = fact_at.get((a.id, m.sentence_start))
            match = next(
                (d for d in drafts if d.date == r and d.until == until and d.kind == kind and _same_event(d, words, fact)),
                None,
            )
            if match is None or any(s.article == a.id for s in match.sentences):
                match = _Draft(r, until, kind, [], [], set(), set(), a.text[m.sentence_start : m.sentence_end])
                drafts.append(match)
            match.sentences.append(sentence)
            match.expressions.append(SourceSpan(a.id, m.start, m.end))
            match.words |= words
            if fact:
                match.facts.add(fact)
    drafts.sort(key=lambda d: (d.date.start, d.date.granularity != "day", d.kind))
    return tuple(
        TimelineEvent(d.date, d.until, d.text, d.kind, tuple(d.sentences), tuple(d.expressions)) for d in drafts
    )
