"""How many words a text is, for the word budget and the length rules.

A word is a whitespace-delimited token, as the summary's contract counts them, except in
scripts written without spaces between words, where one token can be a whole sentence:
there a run of such characters counts as its length divided by the script's mean word
length, rounded up. Chinese and Japanese text averages about 1.5 characters a word;
Thai, Lao, Khmer and Burmese words, written with combining vowel and tone marks, about
four code points (rough figures: the point is a budget in the right range, not a
segmentation). The count is never below the whitespace count, so a summary that fits
its budget by this count fits it by the contract's.
"""

from __future__ import annotations

import math
import re
from typing import Sequence

HAN_KANA_CHARS_PER_WORD = 1.5
SOUTHEAST_ASIAN_CHARS_PER_WORD = 4.0
HAN_KANA = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_SOUTHEAST_ASIAN = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]+")


def count_tokens(tokens: Sequence[str]) -> int:
    """The words of a text already split at whitespace."""
    if all(map(str.isascii, tokens)):  # almost every token of most text: no script to look for
        return len(tokens)
    return sum(map(_token_words, tokens))


def count_words(text: str) -> int:
    return count_tokens(text.split())


def _token_words(token: str) -> int:
    if token.isascii():
        return 1
    han = sum(map(len, HAN_KANA.findall(token)))
    southeast = sum(map(len, _SOUTHEAST_ASIAN.findall(token)))
    if not han and not southeast:
        return 1
    words = math.ceil(han / HAN_KANA_CHARS_PER_WORD) + math.ceil(southeast / SOUTHEAST_ASIAN_CHARS_PER_WORD)
    rest = _SOUTHEAST_ASIAN.sub(" ", HAN_KANA.sub(" ", token))
    return words + sum(1 for part in rest.split() if any(ch.isalnum() for ch in part))
