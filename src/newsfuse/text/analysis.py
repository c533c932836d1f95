"""Run spaCy once per story, and only on the sentences that need it.

A sentence is parsed (tags, dependencies, lemmas, entities) when it carries a quotation
mark or a number, because there syntax decides who spoke and what a figure counts. A
sentence goes through the NER-only pass when it has a capitalised word after its first
word (a candidate name) or a weekday/month word (a candidate date). Everything else is
left alone. Each doc is kept with the sentence's offset, so a token's position in the
article is ``sentence.start + token.idx``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Sequence

from spacy.tokens import Doc

from newsfuse.model import Article
from newsfuse.text.nlp import NlpModels

QUOTE_MARKS = "\"“”«»„"
_NUMBER = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|"
    r"hundreds?|thousands?|millions?|billions?|several|half)\b",
    re.I,
)
_NAME_AFTER_START = re.compile(r"\s[A-Z][a-z]|\s[A-Z]{2,}")
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


@dataclass(frozen=True)
class ArticleDocs:
    """One article's analysed sentences, in text order (sentences not needing a model
    are absent)."""

    article: Article
    sentences: tuple[SentenceDoc, ...]

    def covering(self, start: int, end: int | None = None) -> Iterator[SentenceDoc]:
        end = start + 1 if end is None else end
        for s in self.sentences:
            if s.start < end and start < s.end:
                yield s

    def before(self, position: int) -> list[SentenceDoc]:
        """Analysed sentences that start before ``position``, nearest first."""
        return [s for s in reversed(self.sentences) if s.start < position]


_RELATIVE_DATE = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tomorrow|"
    r"tonight|(?:last|this|next) (?:week|month|year))\b",
    re.I,
)


def needs_parse(sentence: str) -> bool:
    """Quotes (who spoke), numbers (what they count), relative dates (the tense)."""
    return (
        any(m in sentence for m in QUOTE_MARKS)
        or bool(_NUMBER.search(sentence))
        or bool(_RELATIVE_DATE.search(sentence))
    )


def needs_ner(sentence: str) -> bool:
    return bool(_NAME_AFTER_START.search(sentence) or _DATE_WORD.search(sentence))


def analyse(articles: Sequence[Article], models: NlpModels) -> list[ArticleDocs]:
    """Analyse the body sentences of every article with the cheapest pass that serves."""
    to_parse: list[tuple[int, int, int, str]] = []
    to_ner: list[tuple[int, int, int, str]] = []
    for i, article in enumerate(articles):
        for unit in article.body_sentences:
            text = article.unit_text(unit)
            item = (i, unit.start, unit.end, text)
            if needs_parse(text):
                to_parse.append(item)
            elif needs_ner(text):
                to_ner.append(item)
    found: list[list[SentenceDoc]] = [[] for _ in articles]
    for items, run in ((to_parse, models.parse), (to_ner, models.ner)):
        docs = run([t for *_, t in items]) if items else []
        for (i, start, end, _), doc in zip(items, docs):
            found[i].append(SentenceDoc(start, end, doc))
    return [
        ArticleDocs(a, tuple(sorted(found[i], key=lambda s: s.start))) for i, a in enumerate(articles)
    ]
