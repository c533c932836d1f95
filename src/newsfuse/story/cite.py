"""Citations: a summary sentence cites every article that reports its fact.

The first citation is the sentence the words were taken from (the faithfulness contract
is checked against it); the others are the aligned sentences of the other articles, less
those whose figures disagree with it: alignment groups "won stage 13" with "won stage 15"
(so that the comparison can show figures that differ), but the article saying 15 does
not report what the summary says. So, less those that name only other days: "an
aftershock hit Chile on Wednesday" (an October article) and "another aftershock rocked
Chile on Wednesday" (a July one) are two events (`newsfuse.text.days`). And less a
verbless scrap (a caption, a list item) cited for a sentence twice its length.
"""

from __future__ import annotations

import unicodedata
from typing import Sequence

import regex

from newsfuse.model import Article, Citation, SummarySentence
from newsfuse.story.candidates import Candidate
from newsfuse.story.clauses import has_finite_verb
from newsfuse.story.wording import Wording
from newsfuse.text.days import named_days, same_days
from newsfuse.text.words import count_words

# A number as written: digits of any script, with thousands separators or a decimal part.
_NUMBER = regex.compile(r"(?<![\w.,/-])\d+(?:[.,]\d+)*")
# ... that names or dates rather than counts: right after a capitalised word inside the
# sentence ("Flight 447", "Resolution 1723", "January 12"; not "About 80,000 ..."), or a
# year ("the 2007 Tour").
_AFTER_NAME = regex.compile(r"\S\s+\p{Lu}[\w-]*\s$")
_YEAR = regex.compile(r"1[89]\d\d|20\d\d")
_THOUSANDS = regex.compile(r"\d{1,3}(?:,\d{3})+")  # "80,000", not the decimal comma of "8,8"


def numbers(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The figures of ``text`` (what it counts) and all its numbers, as ASCII digits
    ("80,000" and "८०,०००" are "80000")."""
    figures, every = set(), set()
    for match in _NUMBER.finditer(text):
        digits = "".join(str(unicodedata.decimal(ch)) if ch.isdigit() else ch for ch in match.group())
        number = digits.replace(",", "") if _THOUSANDS.fullmatch(digits) else digits
        every.add(number)
        if not _YEAR.fullmatch(number) and not _AFTER_NAME.search(text, 0, match.start()):
            figures.add(number)
    return frozenset(figures), frozenset(every)


def agree_on_figures(shown: str, cited: str) -> bool:
    """False when both sentences count something and neither's figures occur among the
    other's numbers ("won stage 13" / "won stage 15"; "killed 32" / "killed 36")."""
    return _agree(numbers(shown), numbers(cited))


def _agree(shown: tuple[frozenset[str], frozenset[str]], cited: tuple[frozenset[str], frozenset[str]]) -> bool:
    (fa, na), (fb, nb) = shown, cited
    return not (fa and fb) or not fa.isdisjoint(nb) or not fb.isdisjoint(na)


# An English cited sentence this short with no clause of its own (a caption, a list item,
# a cut-off line: "Russell Square after the bombings.", "kazakhstan") reports a sentence
# more than twice its length in part at most. A short clause may ("They have our
# everlasting gratitude." for the same quotation with its speaker).
SHORT_CITATION_WORDS = 6


def _fragment_of(text: str, words: int, article: Article) -> bool:
    """Whether ``text`` is a verbless scrap too short to report a sentence of ``words``."""
    length = count_words(text)
    if length >= SHORT_CITATION_WORDS or 2 * length >= words or (article.language or "en")[:2] != "en":
        return False
    tokens = text.split()
    return not (tokens and has_finite_verb(tokens))


def _reports(shown, days, words: int, article: Article, member: Candidate) -> bool:
    """Whether ``member`` (a sentence of ``article``) agrees with the shown sentence (of
    ``words`` words) on its figures and on the days it names, and is no scrap of it."""
    text = article.span(member.start, member.end)
    if _fragment_of(text, words, article):
        return False
    return _agree(shown, numbers(text)) and same_days(days, named_days(text, article.published))


def cite(wording: Wording, members: Sequence[Candidate], articles: Sequence[Article]) -> SummarySentence:
    source = next(c for c in members if c.index == wording.candidate)
    shown = numbers(wording.text)  # read once, against every member
    days = named_days(wording.text, articles[source.article].published)
    others = sorted(
        (c for c in members
         if c.index != wording.candidate and _reports(shown, days, wording.words, articles[c.article], c)),
        key=lambda c: c.article,
    )
    citations = tuple(
        Citation(articles[c.article].id, articles[c.article].outlet or articles[c.article].id, c.start, c.end)
        for c in [source, *others]
    )
    return SummarySentence(wording.text, citations)
