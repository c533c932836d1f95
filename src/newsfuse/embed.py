"""Sentence embeddings behind one small interface.

The default backend is WordLlama (static embeddings whose weights ship inside the PyPI
wheel): thousands of sentences a second on two cores, which keeps a 10-article story
well under a second. An embedder is an object owned by a run (pass it in; nothing is a
module-level cache) and loads its model lazily, once.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Protocol, Sequence

import numpy as np


class Embedder(Protocol):
    """Turns texts into L2-normalised float32 row vectors (so a dot product is a cosine)."""

    name: str
    dim: int

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


def _normalise(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return vectors / norms


class WordLlamaEmbedder:
    """WordLlama ``l2_supercat`` loaded from the files inside the installed wheel.

    ``WordLlama.load()`` with defaults looks for a ``tokenizer/`` folder the wheel does
    not have and then tries the network; pointing ``cache_dir`` at the package folder
    and disabling downloads loads the shipped weights (see ../shared/DEPENDENCIES.md).
    """

    name = "wordllama-l2_supercat"

    def __init__(self, dim: int = 256):
        self.dim = dim
        self._model = None
        self._lock = threading.Lock()

    def _load(self):
        with self._lock:
            if self._model is None:
                import wordllama
                from wordllama import WordLlama

                self._model = WordLlama.load(
                    cache_dir=Path(wordllama.__file__).parent,
                    disable_download=True,
                    dim=self.dim,
                )
        return self._model

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        model = self._load()
        return _normalise(model.embed(list(texts), norm=False, batch_size=256))


class HashingEmbedder:
    """A model-free embedder (hashed word and character n-grams). Deterministic and
    instant: for tests and as a fallback, never the default."""

    name = "hashing"

    def __init__(self, dim: int = 512):
        from sklearn.feature_extraction.text import HashingVectorizer

        self.dim = dim
        self._vectorizer = HashingVectorizer(
            n_features=dim, analyzer="char_wb", ngram_range=(3, 4), alternate_sign=False
        )

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalise(self._vectorizer.transform(list(texts)).toarray())


def default_embedder() -> Embedder:
    """A fresh default embedder; its model loads on first use."""
    return WordLlamaEmbedder()
