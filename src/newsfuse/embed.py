"""Sentence embeddings behind one small interface.

The default backend is WordLlama (static embeddings whose weights ship inside the PyPI
wheel): thousands of sentences a second on two cores, which keeps a 10-article story
well under a second. An embedder is an object owned by a run (pass it in; nothing is a
module-level cache) and loads its model lazily, once.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from itertools import accumulate, chain, islice, repeat
from pathlib import Path
from typing import Any, Mapping, Protocol, Sequence

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

    A piece never seen costs a BPE call (~3.5 us; on a cold cache, ~20% of a summary's
    time), so a new piece is cut before its trailing punctuation ("▁said." is "▁said" and
    ".") where no vocabulary token holds the two characters either side of the cut (BPE
    cannot merge across it then), and a part that is itself a vocabulary token is that
    token (BPE gives every "▁" token of this vocabulary as itself: checked on a sample at
    load, on all of them in the tests). Same ids, a third of the BPE calls; and the new
    parts of one call go through BPE together, as one string cut back apart at their
    starts (`_bpe_parts`: MultiLing's English stories met in order, a fresh embedder,
    5.1-5.7 -> 4.7-4.8 ms a story).
    """

    name = "wordllama-l2_supercat"
    max_cached_pieces = 200_000  # distinct "▁word" pieces remembered (a few tens of MB at most)

    def __init__(self, dim: int = 256):
        self.dim = dim
        self._model = None
        self._lock = threading.Lock()
        # tuples, not lists: a tuple of ints is no container the garbage collector walks
        self._pieces: dict[str, tuple[int, ...]] = {}
        self._fast: _FastPath | None = None  # set at load when pieces may be encoded alone
        self._tails: dict[str, tuple[int, ...]] = {}  # the ids of short punctuation tails cut off pieces

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
                self._fast = _fast_path(model.tokenizer)
                self._model = model
        return self._model

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        model = self.load()
        table = model.embedding
        found = self._story_token_ids(texts)
        if found is None:
            ids: list[int] = []
            ends = np.empty(len(texts), dtype=np.int64)
            for k, text in enumerate(texts):
                ids.extend(self._token_ids(model, text))
                ends[k] = len(ids)
            token_ids = np.asarray(ids, dtype=np.int32)
        else:
            token_ids, ends = found
        if not len(token_ids):
            return np.zeros((len(texts), table.shape[1]), dtype=np.float32)
        # Each text's token vectors summed in token order (a sparse row of ones per
        # token, duplicates kept: WordLlama's padded-batch mean without the padded batch).
        np.clip(token_ids, 0, table.shape[0] - 1, out=token_ids)
        indptr = np.zeros(len(texts) + 1, dtype=np.int32)
        indptr[1:] = ends
        rows = sparse.csr_matrix(
            (np.ones(len(token_ids), dtype=np.float32), token_ids, indptr), shape=(len(texts), table.shape[0])
        )
        pooled = np.asarray(rows @ table, dtype=np.float32)
        pooled /= np.maximum(np.diff(indptr), 1).astype(np.float32)[:, None]
        return _normalise(pooled)

    def _story_token_ids(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray] | None:
        """All the texts' ids and where each text's ids end, when none holds "▁" or an added
        token (else None): every text's pieces looked up in one pass, the new ones encoded
        together (a story's sentences: 0.9 -> 0.5 ms a MultiLing story with a warm cache,
        the same ids). Single-spaced texts are cut by one split of them all."""
        fast = self._fast
        if fast is None:
            return None
        joined = " ".join(texts)
        if "▁" in joined or (any(map(joined.__contains__, fast.marks)) and any(s in joined for s in fast.special)):
            return None
        if all(texts) and "  " not in joined and joined[0] != " " and joined[-1] != " ":
            pieces = ("▁" + joined.replace(" ", " ▁")).split(" ")
            counts = np.fromiter(map(str.count, texts, repeat(" ")), dtype=np.int64, count=len(texts)) + 1
        else:  # (a text's own leading, trailing or double space shows as a double one)
            per_text = list(map(_text_pieces, texts))
            pieces = list(chain.from_iterable(per_text))
            counts = np.fromiter(map(len, per_text), dtype=np.int64, count=len(texts))
        known = self._pieces_ids(pieces)
        per_piece = np.zeros(len(known) + 1, dtype=np.int64)
        np.cumsum(np.fromiter(map(len, known), dtype=np.int64, count=len(known)), out=per_piece[1:])
        token_ids = np.fromiter(chain.from_iterable(known), dtype=np.int32, count=int(per_piece[-1]))
        return token_ids, per_piece[np.cumsum(counts)]

    def _token_ids(self, model, text: str) -> list[int]:
        """The ids ``model.tokenizer.encode(text, add_special_tokens=False)`` gives."""
        fast = self._fast
        special = fast is not None and any(map(text.__contains__, fast.marks)) and any(s in text for s in fast.special)
        if fast is None or "▁" in text or special:
            return model.tokenizer.encode(text, add_special_tokens=False).ids
        return list(chain.from_iterable(self._pieces_ids(_text_pieces(text))))

    def _pieces_ids(self, pieces: list[str]) -> list[tuple[int, ...]]:
        """Each piece's ids: from the cache, the new pieces encoded (`_encode_pieces`) and
        remembered."""
        cache = self._pieces
        known = list(map(cache.get, pieces))
        missing = known.count(None)
        if not missing:
            return known
        at, k = [], -1
        for _ in range(missing):  # the new pieces only, found by C scans
            k = known.index(None, k + 1)
            at.append(k)
        fresh = self._encode_pieces(list(dict.fromkeys(map(pieces.__getitem__, at))))
        if len(cache) + len(fresh) > self.max_cached_pieces:
            cache.clear()
        cache.update(fresh if len(fresh) <= self.max_cached_pieces else islice(fresh.items(), self.max_cached_pieces))
        for k in at:
            known[k] = fresh[pieces[k]]
        return known

    def _encode_pieces(self, pieces: list[str]) -> dict[str, tuple[int, ...]]:
        """BPE's ids for distinct "▁word" pieces not in the cache (see the class docstring):
        a piece is cut before trailing punctuation BPE cannot merge across ("▁said." is
        "▁said" and "."), and the parts that are no vocabulary token go through BPE
        together (`_bpe_parts`)."""
        fast, cache = self._fast, self._pieces
        plan: list[tuple[str, str, tuple[int, ...]]] = []  # (piece, its head, its tail's ids)
        for piece in pieces:
            stem = piece.rstrip(_TRAILING)
            if stem and stem != piece and stem[-1] + piece[len(stem)] not in fast.joined:
                plan.append((piece, stem, self._tail_ids(piece[len(stem) :])))
            else:
                plan.append((piece, piece, ()))
        heads: dict[str, tuple[int, ...] | None] = {}
        for piece, head, _ in plan:
            if head not in heads:
                ids = cache.get(head) if head != piece else None  # "▁Putin," after "▁Putin": no BPE
                if ids is None and head in fast.words:
                    ids = (fast.words[head],)
                heads[head] = ids
        unknown = [head for head, ids in heads.items() if ids is None]
        if unknown:
            heads.update(zip(unknown, self._bpe_parts(unknown)))
        return {piece: heads[head] + tail for piece, head, tail in plan}

    def _tail_ids(self, tail: str) -> tuple[int, ...]:
        ids = self._tails.get(tail)
        if ids is None:
            ids = self._encode_part(tail)
            if len(tail) <= _CACHED_TAIL:  # a handful of strings ('.', '",', ')...')
                self._tails[tail] = ids
        return ids

    def _bpe_parts(self, parts: list[str]) -> list[tuple[int, ...]]:
        """BPE's ids for each part. The "▁word" parts are encoded in one BPE call on their
        concatenation, cut back apart at their starts by the tokens' byte offsets: no
        token joins a character to a following "▁", so no merge crosses a part's start
        (the same ids as a call per part, at ~65% of the cost: much of a call's cost is
        its own, not BPE's: 105,526 distinct parts of the dev sets, 4.2 -> 2.7 us each)."""
        single = [p for p in parts if not _ONE_PIECE.fullmatch(p)]
        out = {p: self._encode_part(p) for p in single}
        joinable = [p for p in parts if p not in out] if single else parts
        if joinable:
            ends = list(accumulate(len(p.encode()) for p in joinable))
            cut: list[list[int]] = [[] for _ in joinable]
            k = 0
            for token in self._fast.bpe.tokenize("".join(joinable)):
                start = token.offsets[0]
                while start >= ends[k]:
                    k += 1
                cut[k].append(token.id)
            out.update(zip(joinable, map(tuple, cut)))
        return [out[p] for p in parts]

    def _encode_part(self, part: str) -> tuple[int, ...]:
        token = self._fast.words.get(part)
        return (token,) if token is not None else tuple(t.id for t in self._fast.bpe.tokenize(part))


# A "▁word" piece: a run of "▁" (spaces, after the tokenizer's normalizer) and the
# characters up to the next "▁"; or trailing "▁"s.
_PIECE = re.compile("▁*[^▁]+|▁+")


def _text_pieces(text: str) -> list[str]:
    """The "▁word" pieces of a text without "▁" (the tokenizer's normalizer's view of it)."""
    if not text:
        return []
    if "  " in text or text[0] == " " or text[-1] == " ":
        return _PIECE.findall("▁" + text.replace(" ", "▁"))
    return ("▁" + text.replace(" ", " ▁")).split(" ")  # single spaces: each word is one piece (split in C)


# A piece BPE may encode joined to others: one "▁" and the characters up to the next.
_ONE_PIECE = re.compile("▁[^▁]+")
# Punctuation a piece is cut before, when BPE cannot merge across the cut.
_TRAILING = ".,;:!?\"')]”’»…"
_CACHED_TAIL = 3  # longest punctuation tail remembered
_SHORTCUT_SAMPLE = 200  # "▁" tokens checked at load to encode as themselves


@dataclass(frozen=True)
class _FastPath:
    """What encoding "▁word" pieces one by one needs (`_fast_path`)."""

    bpe: Any  # the tokenizer's BPE model
    special: tuple[str, ...]  # the added tokens' texts (split out first: such texts take the slow path)
    marks: str  # their first characters ("<" for Llama's): a text without one holds none of them
    words: Mapping[str, int]  # "▁" tokens BPE gives as themselves ({} if a sample says otherwise)
    joined: frozenset[str]  # character pairs a token holds whose second one is _TRAILING


def _fast_path(tokenizer) -> _FastPath | None:
    """The fast path if encoding "▁word" pieces one by one gives the tokenizer's ids
    (normalizer "prepend ▁, spaces to ▁", no pre-tokenizer, no token with "▁" after
    another character), else None."""
    import json

    try:
        config = json.loads(tokenizer.to_str())
        normalizers = (config.get("normalizer") or {}).get("normalizers") or []
        expected = [{"type": "Prepend", "prepend": "▁"}, {"type": "Replace", "pattern": {"String": " "}, "content": "▁"}]
        vocab = tokenizer.get_vocab()
        tokens = "\x00".join(vocab)  # no token holds a NUL: pairs across tokens match nothing
        if (
            config.get("pre_tokenizer") is not None
            or normalizers != expected
            or (config.get("model") or {}).get("type") != "BPE"
            or (config.get("model") or {}).get("dropout")
            or "\x00" in vocab
            or re.search("[^▁\x00]▁", tokens)  # a token joining a character to a following "▁"
        ):
            return None
        bpe = tokenizer.model
        joined = frozenset(re.findall(f"(?=([^\x00][{re.escape(_TRAILING)}]))", tokens))
        words = {t: i for t, i in vocab.items() if t.startswith("▁") and len(t) > 1}
        sample = sorted(words)[:: max(1, len(words) // _SHORTCUT_SAMPLE)]
        if any([t.id for t in bpe.tokenize(w)] != [words[w]] for w in sample):
            words = {}
        special = tuple(t.content for t in tokenizer.get_added_tokens_decoder().values())
        marks = "".join(sorted({t[0] for t in special if t}))
        return _FastPath(bpe, special, marks, words, joined)
    except Exception:  # an unexpected tokenizer: use it as it is
        return None


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
