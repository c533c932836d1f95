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


@lru_cache(maxsize=512)
def reads_lowercased(text: str) -> bool:
    """Whether ``text`` has lost its case: hardly a word inside a sentence (not after
    sentence-final punctuation) starts with a capital."""
    starts = _INSIDE_WORD_START.findall(text[:SAMPLE_CHARS])
    if len(starts) < MIN_WORDS_SEEN:
        return False
    return sum(map(str.isupper, starts)) / len(starts) < CASELESS_MAX_MIDSENTENCE_CAPITALS
