"""The sentences a story summary may draw on: every body sentence of every article, with
where it sits (article, order in the article) — position is evidence of importance in
news, where the lead says who/what/where/when."""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from typing import Sequence

from newsfuse.model import Article

# Below this share of upper-case letters an article is taken as lower-cased throughout
# (Multi-News) and case-based rules (capitalised openers, shouted datelines) are off.
# Calibrated on ../shared/data: Multi-News articles sit under 0.5%, DUC/MultiLing/seeds
# articles above 2%.
LOWERCASED_MAX_UPPER_SHARE = 0.01
_LETTERS = re.compile(r"[^\W\d_]+")
_UPPERS = re.compile(r"[A-ZÀ-ÞΑ-ΩА-Я]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ASCII_LETTERS = string.ascii_letters.encode()
_ASCII_UPPER = string.ascii_uppercase.encode()


@dataclass(frozen=True, slots=True)
class Candidate:
    """One body sentence of one article."""

    index: int  # in the story's candidate list
    article: int  # index of its article in the story
    start: int  # the sentence span in Article.text
    end: int
    position: int  # 0 for the article's first body sentence
    count: int  # body sentences in its article

    @property
    def relative_position(self) -> float:
        return self.position / max(1, self.count - 1)


def _letters_and_capitals(sample: str) -> tuple[int, int]:
    """How many characters of ``sample`` match _LETTERS and _UPPERS. The ASCII ones are
    counted by deleting bytes (C); only the others (curly quotes, accents: a few in most
    news) are matched one by one."""
    raw = sample.encode("ascii", "ignore")
    if len(raw) < len(sample) * 0.9:  # mostly another script: match it all at once
        return sum(map(len, _LETTERS.findall(sample))), sum(map(len, _UPPERS.findall(sample)))
    letters = len(raw) - len(raw.translate(None, _ASCII_LETTERS))
    capitals = len(raw) - len(raw.translate(None, _ASCII_UPPER))
    if len(raw) < len(sample):
        others = _NON_ASCII.findall(sample)
        letters += sum(1 for ch in others if _LETTERS.match(ch))
        capitals += sum(1 for ch in others if _UPPERS.match(ch))
    return letters, capitals


def is_lowercased(article: Article) -> bool:
    letters, capitals = _letters_and_capitals(article.text[:5000])
    if not letters:
        return False
    return capitals / letters < LOWERCASED_MAX_UPPER_SHARE


def candidates(articles: Sequence[Article], limit: int | None = None) -> list[Candidate]:
    """Every body sentence, article by article; with ``limit``, at most that many, the
    earliest of every article first (each article's first k sentences, then the next
    sentence of as many articles, in article order, as still fit). Alignment compares
    every pair of candidates, so an unbounded story (a book-length transcript, a page
    split into thousands of pieces) would cost quadratic time and memory."""
    counts = [len(a.body_sentences) for a in articles]
    keep = counts
    if limit is not None and sum(counts) > limit:
        keep = earliest(counts, max(0, limit))
    out: list[Candidate] = []
    for a_index, (article, n) in enumerate(zip(articles, keep)):
        sentences = article.body_sentences
        for position, unit in enumerate(sentences[:n]):
            out.append(Candidate(len(out), a_index, unit.start, unit.end, position, len(sentences)))
    return out


def earliest(counts: Sequence[int], limit: int) -> list[int]:
    """How many leading sentences of each article to keep so that ``limit`` are kept in
    all, by position first (`candidates`)."""
    low, high = 0, max(counts, default=0)
    while low < high:  # the largest depth k with every article's first k sentences in
        mid = (low + high + 1) // 2
        if sum(min(c, mid) for c in counts) <= limit:
            low = mid
        else:
            high = mid - 1
    keep = [min(c, low) for c in counts]
    left = limit - sum(keep)
    for i, c in enumerate(counts):
        if left and c > low:
            keep[i] += 1
            left -= 1
    return keep
