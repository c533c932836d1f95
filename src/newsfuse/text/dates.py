"""Date expressions of one article, resolved against a publication date.

spaCy's NER finds the expressions ("on Monday", "Dec. 19", "last week", "in October",
"from Wednesday to December 27"); the parse says whether the clause is about the future
("will travel ... on Monday"). Resolution is ours, because dateparser alone gets news
dates wrong in measured ways (../shared/DEPENDENCIES.md): "Monday" on a Monday dateline
gives the Monday before, "December 27" jumps to the previous year, "19.12." reads as a
time. So: a weekday is the nearest such day on or before the base date, or on or after
it in a future clause; a month-day without a year takes the year that puts it on the
right side of the base date; dateparser only reads the calendar words ("Dec. 19",
"19 December 2022") with RELATIVE_BASE set.
"""

from __future__ import annotations

import datetime as dt
import re
from calendar import monthrange
from dataclasses import dataclass
from typing import Literal

import dateparser

from newsfuse.text.analysis import ArticleDocs
from newsfuse.text.days import MONTHS, RELATIVE_DAYS, WEEKDAYS, weekday_on_or_after, weekday_on_or_before
from newsfuse.text.lexicon import FUTURE_HEADS

Granularity = Literal["day", "week", "month", "year"]

_WEEK_OFFSETS = {"last week": -1, "this week": 0, "next week": 1}
_FUTURE_AUX = {"will", "would", "'ll", "shall", "wo"}
# A date with no year and no future tense may still lie a little after the base date
# (a schedule reported in the past tense: "drills were to run until December 27").
# One month covers the previews read in duc2003/multiling2011; beyond it the date is
# taken from the year before.
AHEAD_TOLERANCE_DAYS = 31
_ORDINAL = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\b")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_AGO = re.compile(r"\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(day|week|month|year)s?\s+ago\b")
_SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression in an article, with the tense of the clause it dates."""

    article: str
    start: int
    end: int
    text: str
    sentence_start: int
    sentence_end: int
    future: bool
    part: int = 0  # 0: a date; 1 and 2: the first and last date of a range


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    start: dt.date
    end: dt.date  # inclusive; equal to start for a day
    granularity: Granularity

    def label(self) -> str:
        if self.granularity == "year":
            return f"{self.start.year:04d}"
        if self.granularity == "month":
            return f"{self.start.year:04d}-{self.start.month:02d}"
        return self.start.isoformat()


def _year_for(month: int, day: int, base: dt.date, future: bool) -> int:
    """The year that puts month-day on the side of ``base`` the tense asks for."""

    def on(year: int) -> dt.date:
        return dt.date(year, month, min(day, 28))

    def exists(year: int) -> bool:  # February 29 only in leap years
        return day <= monthrange(year, month)[1]

    if future:
        ahead = [y for y in range(base.year, base.year + 5) if exists(y)]
        return next(y for y in ahead if on(y) >= base.replace(day=min(base.day, 28)))
    limit = base + dt.timedelta(days=AHEAD_TOLERANCE_DAYS)
    return max(y for y in range(base.year - 4, base.year + 2) if exists(y) and on(y) <= limit)


def _calendar(text: str, base: dt.date, future: bool) -> ResolvedDate | None:
    lowered = text.lower()
    month = next((n for word, n in MONTHS.items() if re.search(rf"\b{word}\b\.?", lowered)), None)
    if month is None:
        return None
    year_match = _YEAR.search(text)
    day_match = _ORDINAL.search(_YEAR.sub("", text))
    if day_match is None:
        year = int(year_match.group(1)) if year_match else _year_for(month, 1, base, future)
        first = dt.date(year, month, 1)
        last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        return ResolvedDate(first, last, "month")
    parsed = dateparser.parse(
        re.sub(r"\b(?:on|in|from|until|since|by)\b", "", text, flags=re.I).strip(" ,."),
        languages=["en"],
        settings={"RELATIVE_BASE": dt.datetime.combine(base, dt.time()), "PREFER_DAY_OF_MONTH": "first"},
    )
    if parsed is None:
        return None
    day = parsed.date()
    if not year_match:
        day = day.replace(year=_year_for(day.month, day.day, base, future))
    return ResolvedDate(day, day, "day")


def resolve(text: str, base: dt.date, future: bool = False) -> ResolvedDate | None:
    """The date a news expression means, read on ``base``; None for durations and vague
    expressions ("three and a half years", "recent weeks")."""
    lowered = text.lower()
    if "ago" in lowered:
        m = _AGO.search(lowered)
        if m is None:
            return None
        n = int(m.group(1)) if m.group(1).isdigit() else _SMALL[m.group(1)]
        days = {"day": 1, "week": 7, "month": 30, "year": 365}[m.group(2)] * n
        day = base - dt.timedelta(days=days)
        return ResolvedDate(day, day, "day" if m.group(2) == "day" else m.group(2))  # type: ignore[arg-type]
    for word, offset in RELATIVE_DAYS.items():
        if re.search(rf"\b{word}\b", lowered):
            day = base + dt.timedelta(days=offset)
            return ResolvedDate(day, day, "day")
    for phrase, weeks in _WEEK_OFFSETS.items():
        if phrase in lowered:
            monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=weeks)
            return ResolvedDate(monday, monday + dt.timedelta(days=6), "week")
    calendar = _calendar(text, base, future)
    if calendar is not None:
        return calendar
    weekday = next((i for i, w in enumerate(WEEKDAYS) if re.search(rf"\b{w}\b", lowered)), None)
    if weekday is not None:
        day = weekday_on_or_after(base, weekday) if future else weekday_on_or_before(base, weekday)
        return ResolvedDate(day, day, "day")
    year = _YEAR.fullmatch(re.sub(r"^(?:in|since|by|until|from|the)\s+", "", lowered).strip())
    if year:
        y = int(year.group(1))
        return ResolvedDate(dt.date(y, 1, 1), dt.date(y, 12, 31), "year")
    if lowered in ("last year", "this year", "next year"):
        y = base.year + {"last": -1, "this": 0, "next": 1}[lowered.split()[0]]
        return ResolvedDate(dt.date(y, 1, 1), dt.date(y, 12, 31), "year")
    return None


def split_range(text: str) -> list[tuple[int, int]]:
    """Offsets of the parts of a range ("Wednesday to December 27"), or of the whole."""
    m = re.search(r"\s+(?:to|until|through|till|and)\s+|\s*[–—]\s*|\s+-\s+", text)
    if m and _names_a_date(text[: m.start()]) and _names_a_date(text[m.end() :]):
        return [(0, m.start()), (m.end(), len(text))]
    return [(0, len(text))]


def _names_a_date(part: str) -> bool:
    lowered = part.lower()
    words = set(re.findall(r"[a-z]+", lowered))
    return bool(words & set(WEEKDAYS) or words & set(MONTHS) or _YEAR.search(part) or words & set(RELATIVE_DAYS))


def _is_future(ent) -> bool:
    """Whether the clause an expression dates is about the future (needs a parse)."""
    if not ent.doc.has_annotation("DEP"):
        return False
    token = ent.root
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX"):
            break
        if token.head is token:
            return False
        token = token.head
    for verb in (token, token.head):
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _FUTURE_AUX for c in verb.children):
            return True
        if verb.lemma_.lower() in FUTURE_HEADS and verb is not token:
            return True
    return token.dep_ == "xcomp" and token.head.lemma_.lower() in FUTURE_HEADS


def find_dates(docs: ArticleDocs) -> tuple[DateMention, ...]:
    """Every DATE expression spaCy found, split at range words, with its clause's tense."""
    text = docs.article.text
    found: list[DateMention] = []
    for sentence in docs.sentences:
        for ent in sentence.doc.ents:
            if ent.label_ != "DATE":
                continue
            future = _is_future(ent)
            base = sentence.start + ent.start_char
            parts = split_range(ent.text)
            for i, (s, e) in enumerate(parts):
                found.append(
                    DateMention(docs.article.id, base + s, base + e, text[base + s : base + e],
                                sentence.start, sentence.end, future, 0 if len(parts) == 1 else i + 1)
                )  # fmt: skip
    return tuple(found)
