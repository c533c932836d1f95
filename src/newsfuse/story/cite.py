"""Citations: a summary sentence cites every article that reports its fact.

The first citation is the sentence the words were taken from (the faithfulness contract
is checked against it); the others are the aligned sentences of the other articles, less
those whose figures disagree with it: alignment groups "won stage 13" with "won stage 15"
(so that the comparison can show figures that differ), but the article saying 15 does
not report what the summary says. So, less those that name only other days: "an
aftershock hit Chile on Wednesday" (an October article) and "another aftershock rocked
Chile on Wednesday" (a July one) are two events (`newsfuse.text.days`); and, in English,
those published more than a week apart from the shown one that share its names but few
of its other words; and, in English, those of a report that came out before the day the
other names for its event and does not look ahead ("has won stage 13" on July 21 and "also
won yesterday's stage" on July 24). And less a verbless scrap (a caption, a list item)
cited for a sentence twice its length.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Sequence

import regex

from newsfuse.model import Article, Citation, SummarySentence
from newsfuse.story.candidates import Candidate
from newsfuse.story.clauses import has_finite_verb
from newsfuse.story.tokens import STOPWORDS, Stemmer
from newsfuse.story.wording import Wording
from newsfuse.text.days import named_days, same_days, told_before_it_happened
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


def _english(article: Article) -> bool:
    return (article.language or "en")[:2] == "en"


# An English cited sentence this short with no clause of its own (a caption, a list item,
# a cut-off line: "Russell Square after the bombings.", "kazakhstan") reports a sentence
# more than twice its length in part at most. A short clause may ("They have our
# everlasting gratitude." for the same quotation with its speaker).
SHORT_CITATION_WORDS = 6


def _fragment_of(text: str, words: int, article: Article) -> bool:
    """Whether ``text`` is a verbless scrap too short to report a sentence of ``words``."""
    length = count_words(text)
    if length >= SHORT_CITATION_WORDS or 2 * length >= words or not _english(article):
        return False
    tokens = text.split()
    return not (tokens and has_finite_verb(tokens))


# English reports more than this many days apart that share under this share of the
# shown sentence's words other than names (`claim_words`) tell of different events: the
# same people and places, another day ("Wikinews reporter Diego Grez reports the
# aftershock was clearly felt in Pichilemu" cited "The rains have damaged some roads in
# Pichilemu, Wikinews' Diego Grez reported", 71 days apart). Set on the hand-judged
# census of the 320 further citations in DUC, MultiLing-en and Multi-News 300 (docs/
# summary-rounds.md, ninth round): it drops 8 that reported something else and none that
# reported the fact or part of it. Reports days apart without the names' context words
# are judged on the words; closer ones (a preview, the next day's story) are not.
DISTANT_DAYS = 7
MIN_DISTANT_CLAIM_SHARE = 0.25
_WORD = regex.compile(r"[\p{L}'’-]+")


def claim_words(text: str, stemmer: Stemmer) -> frozenset[str]:
    """Stems of the content words of ``text`` that are not names (a capitalised word
    inside the sentence is taken for one; the first word is kept: it is capitalised
    anyway)."""
    words = [w for i, w in enumerate(_WORD.findall(text)) if i == 0 or not w[0].isupper()]
    lowered = (w.lower().strip("'’-") for w in words)
    return frozenset(stemmer.stem_words([w for w in lowered if len(w) > 2 and w not in STOPWORDS]))


# An English sentence that negates what the shown one does not (or the other way round)
# and shares few of its claim words (`claim_words`: under a quarter of the two sentences'
# together, and under half of the shown one's) makes another claim, often the opposite
# one: "No party has a majority in parliament." against "The coalition would have a large
# majority in Parliament."; "there was no need for a federal agency to consult ..."
# against "Previously, federal agencies were required to consult ...". Set on the 544
# further citations of the ECB+ summaries judged in the nineteenth round (docs/summary-
# rounds.md): it drops 10 of the 44 that report something else, 2 of the 371 that report
# the fact and 2 of the 129 that report part of it. On the twenty-sixth round's new
# judgements (DUC, MultiLing-en and ECB+ again): 12 of 47 wrong, 2 of 510 right, 1 of 137
# partial. The second share keeps a long sentence that reports the fact in one of its
# clauses ("... ( former maryland gov. martin o'malley picked up 3 percent, while no other
# candidate registered ...").
MIN_CLAIM_OVERLAP_ACROSS_NEGATION = 0.25  # of the two sentences' claim words together
MIN_SHOWN_CLAIM_ACROSS_NEGATION = 0.5  # of the shown sentence's
_NEGATION = regex.compile(r"\b(?:no|not|never|none|neither|nor|without|cannot)\b|n['’]t\b", regex.IGNORECASE)


@dataclass(frozen=True)
class _Shown:
    """The shown sentence as the checks read it, once for all the sentences it may cite."""

    wording: Wording
    source: Article  # its article
    figures: tuple[frozenset[str], frozenset[str]]  # `numbers`
    days: tuple[frozenset, frozenset]  # `named_days`
    claim: frozenset[str] | None  # `claim_words` (None: not English, or nothing to cite)
    stemmer: Stemmer | None  # one a call: PyStemmer's stemmers are not thread-safe
    negated: bool = False  # holds a negation (`_NEGATION`)


def _distant_and_unlike(shown: _Shown, text: str, article: Article) -> bool:
    """Whether ``text`` comes from an English report more than DISTANT_DAYS from the
    shown sentence's and shares too few of its claim words."""
    source = shown.source
    if not shown.claim or not (source.published and article.published) or not _english(article):
        return False
    if abs((source.published - article.published).days) <= DISTANT_DAYS:
        return False
    return len(shown.claim & claim_words(text, shown.stemmer)) < MIN_DISTANT_CLAIM_SHARE * len(shown.claim)


def _negated_apart(shown: _Shown, text: str, article: Article) -> bool:
    """Whether ``text``, an English sentence, is negated where the shown one is not (or the
    other way round) and shares too few claim words with it to say the same thing
    (MIN_CLAIM_OVERLAP_ACROSS_NEGATION, MIN_SHOWN_CLAIM_ACROSS_NEGATION)."""
    if not shown.claim or not _english(article) or shown.negated == bool(_NEGATION.search(text)):
        return False
    cited = claim_words(text, shown.stemmer)
    shared = len(shown.claim & cited)
    return (
        shared < MIN_CLAIM_OVERLAP_ACROSS_NEGATION * len(shown.claim | cited)
        and shared < MIN_SHOWN_CLAIM_ACROSS_NEGATION * len(shown.claim)
    )


def _out_of_time(shown: _Shown, text: str, article: Article) -> bool:
    """Whether one of two English reports came out before the day the other names for its
    event and does not look ahead (`days.told_before_it_happened`): the military "blamed
    ... the stabbing deaths Friday night" on Sunday, Nov. 1, and "a soldier was killed
    early Friday" on Friday, Nov. 6, are two killings."""
    source = shown.source
    if not (_english(source) and _english(article)):
        return False  # the look-ahead words are English
    return told_before_it_happened(shown.wording.text, source.published, text, article.published)


def _reports(shown: _Shown, article: Article, member: Candidate) -> bool:
    """Whether ``member`` (a sentence of ``article``) agrees with the shown sentence on its
    figures and on the days it names, is no scrap of it, is not a distant report of
    something else, and was not written before the event it would report."""
    text = article.span(member.start, member.end)
    if (
        _fragment_of(text, shown.wording.words, article) or _distant_and_unlike(shown, text, article)
        or _out_of_time(shown, text, article) or _negated_apart(shown, text, article)
    ):
        return False
    return _agree(shown.figures, numbers(text)) and same_days(shown.days, named_days(text, article.published))


def cite(wording: Wording, members: Sequence[Candidate], articles: Sequence[Article]) -> SummarySentence:
    source = next(c for c in members if c.index == wording.candidate)
    others = reporting(wording, source, [c for c in members if c.index != wording.candidate], articles)
    citations = tuple(
        Citation(articles[c.article].id, articles[c.article].outlet or articles[c.article].id,
                 wording.cited_start(c.start) if c is source else c.start, c.end)
        for c in [source, *others]
    )
    return SummarySentence(wording.text, citations)


def reporting(
    wording: Wording, source: Candidate, others: Sequence[Candidate], articles: Sequence[Article]
) -> list[Candidate]:
    """Those of ``others`` a summary sentence showing ``wording`` (of ``source``) cites:
    the ones that agree with it on figures and days, are no scrap of it, no distant report
    of something else and were not written before its event (`_reports`), by article."""
    origin = articles[source.article]
    stemmer = Stemmer("english") if _english(origin) and others else None
    shown = _Shown(wording, origin, numbers(wording.text), named_days(wording.text, origin.published),
                   claim_words(wording.text, stemmer) if stemmer else None, stemmer,
                   bool(_NEGATION.search(wording.text)))
    return sorted((c for c in others if _reports(shown, articles[c.article], c)), key=lambda c: c.article)
