"""Figures of one article: a quantity, its unit, and what it counts.

spaCy's NER finds the quantity ("about 9,000", "$38.5 billion", "three and a half years");
the dependency parse says what it counts (the noun it modifies: "35 attack drones", "14,000
people"; "30 of the aerial weapons"; a bare "23" after "35 attack drones" counts the same).
Every figure becomes a value *range*, so an estimate and a figure can be compared: "about
9,000" is 7,650..10,350 and "several thousand" 2,000..9,999, which overlap; a conflict
needs disjoint ranges (decided in :mod:`newsfuse.story.compare_figures`).
Years and calendar dates are not figures ("since 2019" is a date, not a count).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any, Literal

from spacy.tokens import Span

from newsfuse.text.analysis import ArticleDocs

FigureKind = Literal["count", "money", "percent", "quantity", "duration"]

_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "dozen": 12, "half": 0.5, "quarter": 0.25,
}  # fmt: skip
_SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "m": 1e6, "bn": 1e9, "billion": 1e9, "trillion": 1e12}
# Vague amounts with no number: the range a reader would accept for them.
_VAGUE = {
    "several": (3, 9), "few": (2, 5), "some": (2, 9), "many": (5, 99), "dozens": (24, 99),
    "hundreds": (200, 999), "thousands": (2_000, 9_999), "millions": (2e6, 9.99e8),
    "tens": (20, 99), "scores": (40, 99),
}  # fmt: skip
# Hedges and how far they widen a value. "about N" is read as +-15%: rounding in news
# figures (9,000 for 8,700) stays inside it; calibrated by reading figure pairs across
# duc2003 clusters (bench/compare_sample.py), not on the seeds alone.
APPROXIMATE_SHARE = 0.15
_ABOUT = {"about", "around", "some", "roughly", "approximately", "estimated", "an estimated", "circa", "almost", "nearly", "close"}
_AT_LEAST = {"more", "over", "least", "than", "above", "exceeding"}
_AT_MOST = {"less", "fewer", "under", "below", "up"}
# Nouns a number measures rather than counts: comparing "11 kph" with "130 kph" says
# nothing without knowing what moved (storm vs wind).
_MEASURE_UNITS = {
    "kph", "mph", "km", "kilometer", "kilometre", "mile", "meter", "metre", "foot", "feet", "inch",
    "kg", "kilogram", "pound", "ton", "tonne", "degree", "percent", "knot", "acre", "hectare", "liter",
    "litre", "gallon", "barrel",
}  # fmt: skip
_DURATION_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}
_CURRENCY = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "dollar": "USD", "euro": "EUR", "pound": "GBP", "yen": "JPY"}
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# Spelled-out small numbers that act as determiners more than as reported figures.
_DETERMINER_NUMBERS = {"one", "two", "both", "a", "an"}


@dataclass(frozen=True, slots=True)
class Figure:
    article: str
    start: int
    end: int
    text: str  # the quantity and what it counts, as written ("about 9,000 Russian soldiers")
    value: float  # the central value
    low: float
    high: float
    kind: FigureKind
    unit: str  # "USD", "%", "years", "" for plain counts
    counts: str  # what is counted, as written ("Russian soldiers"), "" when unknown
    counts_key: str  # its head noun, lemmatised ("soldier")
    approximate: bool
    year: int | None = None  # the one year its sentence places the event in ("In 1966 ..."), if any

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": self.value,
            "low": self.low,
            "high": None if math.isinf(self.high) else self.high,
            "kind": self.kind,
            "unit": self.unit,
            "counts": self.counts,
            "approximate": self.approximate,
        }


def parse_amount(words: list[str]) -> tuple[float, float, float, bool] | None:
    """(value, low, high, approximate) of a quantity's words, or None if it has no amount.

    Handles digits with thousands separators, number words, scales and sums ("three and
    a half"), vague amounts ("several thousand") and hedges ("about", "more than").
    """
    lowered = [w.lower().strip(",") for w in words if w.strip()]
    total, current, seen = 0.0, 0.0, False
    vague: tuple[float, float] | None = None
    previous = ""
    for w in lowered:
        joined_by_of, previous = previous == "of", w
        if _NUMBER.fullmatch(w):
            current += float(w.replace(",", "")) if w.count(",") or "." not in w else float(w)
            seen = True
        elif w == "dozen":
            current, seen = (current or 1) * 12, True
        elif w == "half":
            current, seen = current + 0.5, True
        elif w in _WORDS and w not in ("a", "an"):
            current, seen = current + _WORDS[w], True
        elif w in _SCALES:
            if vague is not None and not seen:
                vague = (vague[0] * _SCALES[w], vague[1] * _SCALES[w])
            else:
                total, current, seen = total + (current or 1) * _SCALES[w], 0.0, True
        elif w in _VAGUE and not seen:
            scale = _SCALES.get(w[:-1]) if vague is not None else None
            if scale and vague and joined_by_of:  # "tens of thousands"
                vague = (vague[0] * scale, vague[1] * scale)
            elif vague:  # "hundreds or thousands": either
                vague = (min(vague[0], _VAGUE[w][0]), max(vague[1], _VAGUE[w][1]))
            else:
                vague = _VAGUE[w]
    if vague is not None and not seen:
        return math.sqrt(vague[0] * vague[1]), vague[0], vague[1], True
    if not seen:
        return None
    value = total + current
    hedges = set(lowered)
    if hedges & _AT_LEAST:
        return value, value, math.inf, True
    if hedges & _AT_MOST:
        return value, 0.0, value, True
    if hedges & _ABOUT:
        return value, value * (1 - APPROXIMATE_SHARE), value * (1 + APPROXIMATE_SHARE), True
    return value, value, value, False


def _is_calendar(ent: Span) -> bool:
    """Years and dates ("2019", "December 27", "Monday") are dates, not figures."""
    text = ent.text.lower()
    if re.fullmatch(r"(?:the\s+)?(?:1[89]|20)\d\ds?", text):
        return True
    if ent.label_ != "DATE":
        return False
    return not any(t.lemma_.lower() in _DURATION_UNITS for t in ent) or "ago" in text or "last" in text


def _counted(ent: Span) -> tuple[str, str, int]:
    """What a quantity counts: (words, head lemma, end char in the sentence)."""
    root = ent.root
    head = None
    # "35 drones" (nummod), "about 9,000" (quantmod), "a dozen regions" (the parser reads
    # "dozen" as a compound of "regions", and "a" as the span's root)
    modifier = next(
        (t for t in reversed(ent) if t.dep_ in ("nummod", "quantmod", "compound")
         and t.head.pos_ in ("NOUN", "PROPN") and t.head.i >= ent.end),
        None,
    )
    if modifier is not None:
        head = modifier.head
    else:
        of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if pobj is not None and pobj.pos_ in ("NOUN", "PROPN"):
            head = pobj
        elif root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN":
            head = root.head.head
            return head.text, head.lemma_.lower(), ent.end_char
    if head is None and ent.label_ in ("MONEY", "PERCENT") and root.head.pos_ == "VERB":
        # "turnover ... reached $38.5 billion", "prices rose 12%": the verb's subject
        subject = next((c for c in root.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
        if subject is not None:
            return subject.text, subject.lemma_.lower(), ent.end_char
    if head is None:
        return "", "", ent.end_char
    mods = [t for t in head.lefts if t.dep_ in ("amod", "compound") and t.i >= ent.end and t.i < head.i]
    first = mods[0] if mods else head
    words = ent.doc.text[first.idx : head.idx + len(head.text)]
    return words, head.lemma_.lower(), head.idx + len(head.text)


# Words after a number that make it a count of part of a set, not of the set: "three
# other provinces" beside "four provinces" is the same count said two ways; "another",
# before the number, does the same ("another 20 people").
_PART_WORDS = {"other", "more", "additional", "further", "remaining", "else", "another"}


def _part_of(ent: Span) -> bool:
    """The number counts "other"/"more" ones: a word of _PART_WORDS right after it ("three
    other provinces", "two more bodies") or "another" right before or opening it."""
    doc = ent.doc
    after = [t for t in doc[ent.end : ent.end + 2] if t.pos_ in ("ADJ", "ADV", "DET")]
    first = [doc[ent.start - 1]] if ent.start > 0 else []
    return any(t.lower_ in _PART_WORDS for t in after) or any(t.lower_ == "another" for t in first + [ent[0]])


_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# A year after these words bounds a span of time, it does not place the event ("the worst
# since 1987", "by 2020").
_NOT_WHEN = {"since", "until", "till", "before", "after", "by", "from", "than", "to", "through"}


def _sentence_year(doc) -> int | None:
    """The one year a sentence places what it reports in ("In 1966 the Leonids ..."), or
    None when it names none, or several."""
    years = set()
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
        if before in _NOT_WHEN or (ent[0].lower_ in _NOT_WHEN):
            continue
        years |= {int(y) for y in _YEAR.findall(ent.text)}
    return years.pop() if len(years) == 1 else None


def _kind_and_unit(ent: Span) -> tuple[FigureKind, str]:
    if ent.label_ == "MONEY":
        symbol = next((c for t in ent if (c := _CURRENCY.get(t.lower_) or _CURRENCY.get(t.lemma_.lower()))), "")
        return "money", symbol or "money"
    if ent.label_ == "PERCENT":
        return "percent", "%"
    if ent.label_ == "DATE":
        unit = next(t.lemma_.lower() for t in ent if t.lemma_.lower() in _DURATION_UNITS)
        return "duration", unit + "s"
    if ent.label_ == "QUANTITY":
        return "quantity", ent[-1].lemma_.lower()
    return "count", ""


def extract_figures(docs: ArticleDocs) -> tuple[Figure, ...]:
    """Every figure in the parsed sentences of the article."""
    text = docs.article.text
    figures: list[Figure] = []
    for sentence in docs.sentences:
        if not sentence.parsed:
            continue
        previous_counts: tuple[str, str] = ("", "")
        year = _sentence_year(sentence.doc)
        for ent in sentence.doc.ents:
            if ent.label_ not in ("CARDINAL", "MONEY", "PERCENT", "QUANTITY", "DATE") or _is_calendar(ent):
                continue
            if "-" in ent.text or ent.text.lower() in _DETERMINER_NUMBERS:
                continue  # "68-year-old", "10-month conflict", "one option", "two countries"
            amount = parse_amount([t.text for t in ent if t.lemma_.lower() not in _DURATION_UNITS])
            if amount is None:
                continue
            kind, unit = _kind_and_unit(ent)
            counts, key, end_char = _counted(ent)
            if key in _MEASURE_UNITS:  # "11 kph": a unit, not a counted thing
                kind, unit, counts, key = "quantity", key, "", ""
            elif key and _part_of(ent):
                key = "other " + key  # compared only with counts of "other" ones
            if kind == "count" and not key:
                counts, key = previous_counts  # "35 attack drones ..., including 23 over Kyiv"
            elif kind == "count":
                previous_counts = (counts, key)
            start = sentence.start + ent.start_char
            end = sentence.start + max(end_char, ent.end_char)
            value, low, high, approx = amount
            figures.append(
                Figure(docs.article.id, start, end, text[start:end], value, low, high, kind, unit, counts, key, approx, year)
            )
    return tuple(figures)
