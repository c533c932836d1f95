"""Sentence embeddings behind one small interface.

The default backend is WordLlama (static embeddings whose weights ship inside the PyPI
wheel): thousands of sentences a second on two cores, which keeps a 10-article story
well under a second. An embedder is an object owned by a run (pass it in; nothing is a
module-level cache) and loads its model lazily, once.
"""

from __future__ import annotations

import re
import threading
from itertools import chain
from pathlib import Path
from typing import Protocol, Sequence

import numpy as np
from scipy import sparse


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

    Embedding is WordLlama's own arithmetic (mean of the token vectors, in float32, in
    token order) without its per-call costs: the tokenizer (Llama-2 BPE with no
    pre-tokenizer, so each sentence is one long BPE word, encoded in a thread pool that
    waits for a core on a busy machine) runs on "▁word" pieces, each remembered by this
    embedder once seen, and pooling sums each text's token rows (a sparse product)
    instead of masking a padded (texts x longest x dim) batch. The ids are the
    tokenizer's because no token of the vocabulary joins a non-"▁" character to a
    following "▁" (checked at load; otherwise every text goes through the tokenizer), so
    BPE never merges across the start of a piece; the vectors are WordLlama's to the bit
    (same float32 additions in the same order). tests/story/test_embed.py compares the
    two paths on real and awkward texts.
    """

    name = "wordllama-l2_supercat"
    max_cached_pieces = 200_000  # distinct "▁word" pieces remembered (a few tens of MB at most)

    def __init__(self, dim: int = 256):
        self.dim = dim
        self._model = None
        self._lock = threading.Lock()
        self._pieces: dict[str, list[int]] = {}
        self._bpe = None  # the tokenizer's BPE model when pieces may be encoded alone
        self._special: tuple[str, ...] = ()

    def load(self):
        """Load the model now (it loads on first use otherwise); returns it."""
        with self._lock:
            if self._model is None:
                import wordllama
                from wordllama import WordLlama

                model = WordLlama.load(
                    cache_dir=Path(wordllama.__file__).parent,
                    disable_download=True,
                    dim=self.dim,
                )
                self._bpe, self._special = _piece_encoder(model.tokenizer)
                self._model = model
        return self._model

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        model = self.load()
        table = model.embedding
        ids: list[int] = []
        ends = np.empty(len(texts), dtype=np.int64)
        for k, text in enumerate(texts):
            ids.extend(self._token_ids(model, text))
            ends[k] = len(ids)
        if not ids:
            return np.zeros((len(texts), table.shape[1]), dtype=np.float32)
        # Each text's token vectors summed in token order (a sparse row of ones per
        # token, duplicates kept: WordLlama's padded-batch mean without the padded batch).
        token_ids = np.asarray(ids, dtype=np.int32)
        np.clip(token_ids, 0, table.shape[0] - 1, out=token_ids)
        indptr = np.zeros(len(texts) + 1, dtype=np.int32)
        indptr[1:] = ends
        rows = sparse.csr_matrix(
            (np.ones(len(ids), dtype=np.float32), token_ids, indptr), shape=(len(texts), table.shape[0])
        )
        pooled = np.asarray(rows @ table, dtype=np.float32)
        pooled /= np.maximum(np.diff(indptr), 1).astype(np.float32)[:, None]
        return _normalise(pooled)

    def _token_ids(self, model, text: str) -> list[int]:
        """The ids ``model.tokenizer.encode(text, add_special_tokens=False)`` gives."""
        if self._bpe is None or "▁" in text or any(s in text for s in self._special):
            return model.tokenizer.encode(text, add_special_tokens=False).ids
        if not text:
            return []
        cache = self._pieces
        pieces = _PIECE.findall("▁" + text.replace(" ", "▁"))
        known = list(map(cache.get, pieces))
        if None in known:
            for k, piece in enumerate(pieces):
                if known[k] is None:
                    known[k] = [t.id for t in self._bpe.tokenize(piece)]
                    if len(cache) >= self.max_cached_pieces:
                        cache.clear()
                    cache[piece] = known[k]
        return list(chain.from_iterable(known))


# A "▁word" piece: a run of "▁" (spaces, after the tokenizer's normalizer) and the
# characters up to the next "▁"; or trailing "▁"s.
_PIECE = re.compile("▁*[^▁]+|▁+")


def _piece_encoder(tokenizer):
    """The BPE model if encoding "▁word" pieces one by one gives the tokenizer's ids
    (normalizer "prepend ▁, spaces to ▁", no pre-tokenizer, no token with "▁" after
    another character), and the added tokens' texts (which the tokenizer splits out
    first, so texts holding one take the slow path)."""
    import json

    try:
        config = json.loads(tokenizer.to_str())
        normalizers = (config.get("normalizer") or {}).get("normalizers") or []
        expected = [{"type": "Prepend", "prepend": "▁"}, {"type": "Replace", "pattern": {"String": " "}, "content": "▁"}]
        crossing = any(
            a != "▁" and b == "▁" for token in tokenizer.get_vocab() for a, b in zip(token, token[1:])
        )
        if (
            config.get("pre_tokenizer") is not None
            or normalizers != expected
            or (config.get("model") or {}).get("type") != "BPE"
            or (config.get("model") or {}).get("dropout")
            or crossing
        ):
            return None, ()
        special = tuple(t.content for t in tokenizer.get_added_tokens_decoder().values())
        return tokenizer.model, special
    except Exception:  # an unexpected tokenizer: use it as it is
        return None, ()


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
