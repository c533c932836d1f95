"""The WordLlama embedder's fast path (cached "▁word" pieces, summed pooling) gives
WordLlama's own token ids and vectors."""

from __future__ import annotations

import numpy as np
import pytest

from newsfuse.embed import WordLlamaEmbedder, _normalise

TEXTS = [
    "Russian president Vladimir Putin arrived on Monday for a working visit to Minsk.",
    "LONDON (AP) _ The MD-11 airliner crashed, killing all 229 people aboard.",
    "",
    " ",
    "   ",
    "two  spaces and a trailing one ",
    " a leading space",
    "lines\nand\ttabs",
    "naïve café — “quotes” 😀 日本語 ΣΊΣΥΦΟΣ",
    "\u00a0no-break space",
    "a literal ▁ piece mark",
    "added tokens <s> and </s> and <unk>",
    "the the the the the the the the the the the the the the the the the the",
    'He said: "Yes!" (really?), then left... [sic] ‘quoted’, «this» and 10²). 3².',
    "Trailing marks alone . , ; ! ? ... ?!?!?! ''",
]


@pytest.fixture(scope="module")
def embedder():
    e = WordLlamaEmbedder()
    e.embed(["load"])
    return e


def test_pieces_give_the_tokenizers_ids(embedder):
    model = embedder._model
    assert embedder._fast is not None and embedder._fast.words, "the fast path should apply to l2_supercat"
    for text in TEXTS * 2:  # the second round reads the cached pieces
        assert embedder._token_ids(model, text) == model.tokenizer.encode(text, add_special_tokens=False).ids


def test_vectors_match_wordllama(embedder):
    ours = embedder.embed(TEXTS)
    theirs = _normalise(embedder._model.embed(list(TEXTS), norm=False, batch_size=256))
    assert ours.shape == theirs.shape == (len(TEXTS), embedder.dim)
    assert ours.dtype == np.float32
    np.testing.assert_array_equal(ours, theirs)  # same float32 sums in the same order
    assert not ours[2].any() and ours[3].any()  # "" has no tokens, " " one


def test_cache_is_bounded(embedder):
    small = WordLlamaEmbedder()
    small.max_cached_pieces = 5
    vectors = small.embed([f"word{i} other{i}" for i in range(20)])
    assert len(small._pieces) <= 5
    np.testing.assert_array_equal(vectors, embedder.embed([f"word{i} other{i}" for i in range(20)]))


def test_every_word_token_encodes_as_itself(embedder):
    """The shortcut's premise (a vocabulary "▁" token is its own BPE), on all of them."""
    words = embedder._fast.words
    assert len(words) > 10_000
    bpe = embedder._fast.bpe
    assert all([t.id for t in bpe.tokenize(w)] == [i] for w, i in words.items())


def test_pieces_are_never_cut_where_a_token_spans_the_cut(embedder):
    """"²." is one token: "10²." must not be cut into "10²" and "."."""
    assert "²." in embedder._fast.joined
    model = embedder._model
    for text in ["x 10².", "3²).", "said.", "U.S.", "end.”"]:
        fresh = WordLlamaEmbedder()
        fresh.load()
        assert fresh._token_ids(model, text) == model.tokenizer.encode(text, add_special_tokens=False).ids


@pytest.mark.parametrize(
    "texts",
    [
        [t for t in TEXTS if "▁" not in t and "<" not in t],  # blank and unevenly spaced texts: pieces per text
        ["Putin arrived.", "Putin, who arrived, spoke.", "(Putin) said: Putin's visit."],  # single-spaced: one split
        ["one", "", "two three"],
    ],
)
def test_a_storys_texts_cut_together_give_wordllamas_vectors(texts):
    fresh = WordLlamaEmbedder()  # nothing cached: every piece is new, some twice in one call
    ours = fresh.embed(texts)
    theirs = _normalise(fresh.load().embed(list(texts), norm=False, batch_size=256))
    np.testing.assert_array_equal(ours, theirs)
    np.testing.assert_array_equal(fresh.embed(texts), ours)  # and from the cache


def test_new_parts_encoded_together_give_each_parts_ids(embedder):
    """`_bpe_parts` cuts one BPE call on the joined parts back apart by byte offsets: the
    same ids as a call per part, multi-byte and byte-fallback characters included."""
    parts = ["▁" + w for w in "naïve café “quotes” 😀 日本語 ΣΊΣΥΦΟΣ 10² Minsk, unbelievabilities x".split()]
    parts += ["▁", "▁▁two", "'s", "▁" + "ab" * 300]  # not one "▁word": encoded alone
    bpe = embedder._fast.bpe
    assert embedder._bpe_parts(parts) == [tuple(t.id for t in bpe.tokenize(p)) for p in parts]
