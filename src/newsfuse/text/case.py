"""Whether a text has lost its letter case.

Some corpora and scrapes are lower-cased (Multi-News: every word, with sentence starts
re-capitalised only). Rules that read capitals (a sentence starts with one, a name is
capitalised) must then be off; the sentence splitter and the summary's wording both ask.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Share of mid-sentence words that are capitalised, first 5,000 characters of the
# articles of ../shared/data: every Multi-News article 0.0%, DUC 2003 >= 4.6%,
# MultiLing-en >= 6.3%. A plain share of upper-case letters (< 1%) misses a third of
# Multi-News, whose short sentences start with a capital.
CASELESS_MAX_MIDSENTENCE_CAPITALS = 0.01
SAMPLE_CHARS = 5000
MIN_WORDS_SEEN = 20
# The first letter of a word inside a sentence: after whitespace that follows a
# character which ends no sentence.
_INSIDE_WORD_START = re.compile(r"(?<=[^.!?:;\"”)\s])\s+([^\W\d_])")


# Cased text is told apart in its first words: the sample is read this many characters
# at a time, and no further once it is settled.
CHUNK_CHARS = 1000
_RUN_START = re.compile(r"(?<=\S)\s")  # where a chunk may end: no word start spans it


@lru_cache(maxsize=512)
def reads_lowercased(text: str) -> bool:
    """Whether ``text`` has lost its case: hardly a word inside a sentence (not after
    sentence-final punctuation) starts with a capital. Read a chunk at a time: once the
    capitals seen reach the share of every word start the sample can still hold (each
    takes a whitespace and a letter: half the characters left at most), the rest cannot
    bring the share under, and cased text is settled in its first chunks."""
    sample = text[:SAMPLE_CHARS]
    seen = capitals = 0
    pos = 0
    while pos < len(sample):
        run = _RUN_START.search(sample, pos + CHUNK_CHARS)
        end = run.start() if run else len(sample)
        starts = _INSIDE_WORD_START.findall(sample, pos, end)  # the look-behind sees before pos
        seen += len(starts)
        capitals += sum(map(str.isupper, starts))
        pos = end
        most = seen + (len(sample) - pos) // 2  # word starts the whole sample can hold
        if seen >= MIN_WORDS_SEEN and capitals >= CASELESS_MAX_MIDSENTENCE_CAPITALS * most:
            return False
    return seen >= MIN_WORDS_SEEN and capitals / seen < CASELESS_MAX_MIDSENTENCE_CAPITALS
