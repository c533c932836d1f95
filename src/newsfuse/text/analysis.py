"""Run spaCy once per story, and only on the sentences that need it.

A sentence is parsed (tags, dependencies) when it carries a quotation mark, a figure or
a relative date, because there syntax decides who spoke, what a figure counts and which
tense a date is in. NER runs on it, or alone on a sentence that needs no syntax, only
where it can find something new: figures and dates, or a capitalised run no analysed
sentence had (see :func:`plan`). Everything else is left alone. Each doc is kept with the sentence's offset, so a token's position in the
article is ``sentence.start + token.idx``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property
from typing import Iterator, Sequence

from spacy.tokens import Doc

from newsfuse.model import Article
from newsfuse.text.lexicon import in_english
from newsfuse.text.nlp import NlpModels

QUOTE_MARKS = "\"“”«»„"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
)
# Numbers that are dates or times, not figures: "Dec. 19", "19 December", "2019", "17:51".
_CALENDAR_NUMBER = re.compile(
    rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|"
    r"\b(?:1[89]|20)\d\ds?\b|\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\.\d{1,2}\.",
)
_FIGURE = re.compile(
    r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|dozens?|hundreds?|thousands?|millions?|billions?|"
    r"trillions?)\b",
    re.I,
)
_CANDIDATE = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*")
_DATE_WORD = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|"
    r"Jul|Aug|Sept?|Oct|Nov|Dec|yesterday|today|tomorrow|week|month|year)\b",
    re.I,
)


@dataclass(frozen=True)
class SentenceDoc:
    start: int  # offset of the sentence in Article.text
    end: int
    doc: Doc

    @property
    def parsed(self) -> bool:
        return self.doc.has_annotation("DEP")

    @property
    def has_entities(self) -> bool:
        return self.doc.has_annotation("ENT_IOB")


@dataclass(frozen=True)
class ArticleDocs:
    """One article's analysed sentences, in text order (sentences not needing a model
    are absent)."""

    article: Article
    sentences: tuple[SentenceDoc, ...]

    def covering(self, start: int, end: int | None = None) -> Iterator[SentenceDoc]:
        end = start + 1 if end is None else end
        sentences = self.sentences  # in text order, none overlapping: their ends rise too
        for k in range(bisect_right(self._ends, start), len(sentences)):
            if sentences[k].start >= end:
                break
            yield sentences[k]

    @cached_property
    def _ends(self) -> list[int]:
        return [s.end for s in self.sentences]

    def before(self, position: int) -> list[SentenceDoc]:
        """Analysed sentences that start before ``position``, nearest first."""
        return [s for s in reversed(self.sentences) if s.start < position]


_RELATIVE_DATE = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tomorrow|"
    r"tonight|(?:last|this|next) (?:week|month|year))\b",
    re.I,
)


def needs_parse(sentence: str) -> bool:
    """Quotes (who spoke), figures (what they count), relative dates (the tense)."""
    return (
        any(m in sentence for m in QUOTE_MARKS)
        or has_figure(sentence)
        or bool(_RELATIVE_DATE.search(sentence))
    )


def has_figure(sentence: str) -> bool:
    return bool(_FIGURE.search(_CALENDAR_NUMBER.sub(" ", sentence)))


_CALENDAR_WORD = re.compile(
    rf"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|{_MONTH}|yesterday|today|"
    r"tomorrow|tonight|(?:last|this|next) (?:week|month|year)|(?:1[89]|20)\d\d)\b"
)


def needs_entity_labels(sentence: str) -> bool:
    """Figures and calendar dates are read from NER spans (CARDINAL, MONEY, DATE...)."""
    return has_figure(sentence) or bool(_CALENDAR_WORD.search(sentence))


def candidates(sentence: str) -> set[str]:
    """Capitalised runs: the strings that could be names."""
    return set(_CANDIDATE.findall(sentence))


# A "sentence" longer than this is a splitter miss (a table, a list, a page without
# punctuation), not prose: the longest body sentence of DUC 2003, MultiLing 2011 and
# Multi-News (300 clusters each) is 942 characters. It is never analysed: spaCy's
# tokenizer and quote attribution grow faster than linearly on such a run (a line of
# 20,000 quotation marks took over 30 s).
MAX_ANALYSED_CHARS = 2_000


@dataclass(frozen=True)
class Plan:
    """Which sentences get which pass: (article index, start, end, text) each."""

    parse: list[tuple[int, int, int, str]]  # syntax and entities
    syntax: list[tuple[int, int, int, str]]  # syntax only (a quote among known names)
    ner: list[tuple[int, int, int, str]]  # entities only
    skipped: int


def plan(articles: Sequence[Article]) -> Plan:
    """Parse quote/figure/relative-date sentences; run NER on a sentence only when it
    has figures or dates (read from NER spans) or a capitalised run not already in a
    sentence NER saw. Names in the other sentences are found by matching the names NER
    found (:func:`newsfuse.text.entities.matched_mentions`): outlets repeat names, and
    NER is the costliest component of this pipeline (1.2 s of 2.9 s CPU on 650 duc2003
    sentences, bench/compare_sample.py). An article in another language is not analysed:
    the pipeline is English, and on MultiLing's French, Czech and Greek stories most of
    what it called a name was not one ("Les", "Deux" and "Sri Lanka" as people, Czech
    "Avšak" ("however") an organisation, Greek "Αυτός" ("he") a person)."""
    seen: set[str] = set()
    to_parse, to_syntax, to_ner, skipped = [], [], [], 0
    for i, article in enumerate(articles):
        if not in_english(article.language):
            skipped += len(article.body_sentences)
            continue
        for unit in article.body_sentences:
            text = article.unit_text(unit)
            if len(text) > MAX_ANALYSED_CHARS:
                skipped += 1
                continue
            item = (i, unit.start, unit.end, text)
            names = candidates(text) | set(m.lower() for m in _DATE_WORD.findall(text))
            entities = bool(names - seen) or needs_entity_labels(text)
            if needs_parse(text):
                (to_parse if entities else to_syntax).append(item)
            elif entities:
                to_ner.append(item)
            else:
                skipped += 1
                continue
            if entities:
                seen |= names
    return Plan(to_parse, to_syntax, to_ner, skipped)


def analyse(articles: Sequence[Article], models: NlpModels) -> list[ArticleDocs]:
    """Analyse the body sentences of every article with the cheapest pass that serves."""
    work = plan(articles)
    found: list[list[SentenceDoc]] = [[] for _ in articles]
    passes = (
        (work.parse, models.parse),
        (work.syntax, lambda texts: models.parse(texts, with_ner=False)),
        (work.ner, models.ner),
    )
    for items, run in passes:
        docs = _once_per_text(run, [t for *_, t in items]) if items else []
        for (i, start, end, _), doc in zip(items, docs):
            found[i].append(SentenceDoc(start, end, doc))
    return [
        ArticleDocs(a, tuple(sorted(found[i], key=lambda s: s.start))) for i, a in enumerate(articles)
    ]


def _once_per_text(run, texts: list[str]) -> list[Doc]:
    """``run(texts)``, each distinct text analysed once: a wire story run by two outlets
    repeats its sentences word for word (~10% of the sentences spaCy sees on duc2003).
    A repeat gets its own copy of the first one's Doc, so no two sentences share one."""
    index: dict[str, int] = {}
    for text in texts:
        index.setdefault(text, len(index))
    if len(index) == len(texts):
        return run(texts)
    docs = run(list(index))
    used: set[str] = set()
    out = []
    for text in texts:
        doc = docs[index[text]]
        out.append(doc.copy() if text in used else doc)
        used.add(text)
    return out
