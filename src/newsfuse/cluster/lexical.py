"""Word and entity keys with IDF weights, shared by batch and online mode.

Keys are plain strings (not hashes) so a story's top keywords can be stored and read
back; IDF comes from the batch (batch mode) or a running document count (online mode).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import Iterable, Mapping

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

_TOKEN = re.compile(r"[^\W\d_][\w'’\-]*[^\W_]|[^\W\d_]{2,}", re.UNICODE)


def word_keys(text: str) -> Counter[str]:
    """Lowercased content words of ``text`` with counts (English stop words dropped)."""
    words = (w.lower().replace("’", "'") for w in _TOKEN.findall(text))
    return Counter(w.removesuffix("'s") for w in words if w not in ENGLISH_STOP_WORDS and len(w) > 1)


class DocumentFrequencies:
    """A running count of how many documents hold each key: the IDF of online mode."""

    def __init__(self, counts: Mapping[str, int] | None = None, documents: int = 0):
        self.counts: Counter[str] = Counter(counts or {})
        self.documents = documents

    def add(self, keys: Iterable[str]) -> None:
        self.counts.update(set(keys))
        self.documents += 1

    def idf(self, key: str) -> float:
        return math.log((1 + self.documents) / (1 + self.counts.get(key, 0))) + 1.0


def weighted(counts: Mapping[str, float], df: DocumentFrequencies, sublinear: bool = True) -> dict[str, float]:
    """TF-IDF weights of one bag of keys, L2-normalised."""
    out = {k: ((1.0 + math.log(c)) if sublinear and c > 0 else c) * df.idf(k) for k, c in counts.items() if c > 0}
    norm = math.sqrt(sum(v * v for v in out.values())) or 1.0
    return {k: v / norm for k, v in out.items()}


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Dot product of two L2-normalised sparse vectors."""
    if len(a) > len(b):
        a, b = b, a
    return float(sum(v * b.get(k, 0.0) for k, v in a.items()))
