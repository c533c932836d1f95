"""Words as the summarizer counts and compares them.

Two views of a sentence: whitespace tokens with their character spans (what the
faithfulness contract counts and what deletion-only compression removes, whole), and
stemmed lower-case content words (what alignment and concept coverage compare).
"""

from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from itertools import compress
from operator import or_
from pathlib import Path
from typing import Iterable

import regex
import snowballstemmer

from newsfuse.text.words import HAN_KANA

Span = tuple[int, int]

_TOKEN = re.compile(r"\S+")
_WORD = re.compile(r"\w+", re.UNICODE)
# The same words in text that is not ASCII: the ``regex`` module's \w holds combining
# marks, ``re``'s does not, and a Devanagari word is letters and vowel signs: ``re`` cut
# "संख्या" into "स", "ख", "य", so unrelated Hindi sentences shared most of their "words".
_WORD_WITH_MARKS = regex.compile(r"\w+")


def _word_list(lowered: str) -> list[str]:
    return (_WORD if lowered.isascii() else _WORD_WITH_MARKS).findall(lowered)


# A short English function-word list (closed-class words only). Concepts made only of
# these carry no content; alignment ignores them. Kept here, small and explicit, rather
# than pulled from a library that needs data files offline.
STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just me more most my myself no nor not now of off on once only or
    other our ours ourselves out over own same she should so some such than that the their
    theirs them themselves then there these they this those through to too under until up
    very was we were what when where which while who whom why will with would you your yours
    yourself yourselves said says say told would 's s t mr mrs ms""".split()
)


# Token shapes the wording rules read. A whitespace token's word: its quote marks,
# brackets and punctuation stripped, lower-cased.
QUOTES_OPEN = "\"“«'‘„"
QUOTES_ALL = "\"“”«»„"
DASHES = frozenset({"_", "-", "--", "—", "–", "---", "―"})  # "―": the horizontal bar some sites use
SUBJECT_PRONOUNS = frozenset(
    "he she it they he's she's it's they're he'd she'd it'd they'd he'll she'll it'll they'll they've".split()
)
FIRST_PERSON_OPENERS = frozenset(
    "i i'm i've i'd i'll i’m i’ve i’d i’ll we we're we've we'd we'll we’re we’ve we’d we’ll".split()
)


def bare(token: str) -> str:
    return token.strip(QUOTES_ALL + "'‘’()[],.:;!?").lower()


@lru_cache(maxsize=None)
def stopwords(language: str) -> frozenset[str]:
    """The function words of a language (ISO 639-1 code): English's list above; for
    another, spaCy's list for it (``spacy/lang/<code>/stop_words.py``, plain data that
    needs no model) with English's added (English words quoted in the text), else
    English's alone. Without them French "de la", Hindi "के लिए" count as
    content: they make unrelated sentences look alike and become concepts. The file is
    read on its own: importing ``spacy.lang.fr.stop_words`` runs ``spacy.lang.fr`` first
    (its tokenizer exceptions: 2.5 s, against 1 ms for the list)."""
    if language == "en" or not language.isalpha():
        return STOPWORDS
    spacy = importlib.util.find_spec("spacy")
    path = Path(spacy.origin).parent / "lang" / language / "stop_words.py" if spacy and spacy.origin else None
    if path is None or not path.is_file():
        return STOPWORDS
    spec = importlib.util.spec_from_file_location(f"_newsfuse_stop_words_{language}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(w.lower() for w in module.STOP_WORDS) | STOPWORDS


def token_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Whitespace-delimited tokens of ``text[start:end]`` as absolute spans."""
    end = len(text) if end is None else end
    return [(start + a, start + b) for a, b in map(re.Match.span, _TOKEN.finditer(text[start:end]))]


class Stemmer:
    """Snowball stemming (PyStemmer's C code when installed). Stems are remembered per
    language for the process (up to ``MAX_CACHED`` words): stories share most of their
    vocabulary, and a word's stem never changes."""

    MAX_CACHED = 200_000
    _caches: dict[str, dict[str, str]] = {}

    def __init__(self, language: str = "english"):
        self._stemmer = snowballstemmer.stemmer(language)
        self._cache = Stemmer._caches.setdefault(language, {})

    def stems(self, text: str) -> list[str]:
        """Lower-case stems of every word of ``text`` (stopwords kept, in order)."""
        return self._stemmer.stemWords(_word_list(text.lower()))

    def stem_words(self, lowered_words: list[str]) -> list[str]:
        return self._stemmer.stemWords(lowered_words)

    def stem_map(self, lowered_words: Iterable[str]) -> dict[str, str]:
        """Word -> stem for distinct words (a story stems each word once, not per use)."""
        cache = self._cache
        distinct = list(lowered_words)
        known = dict(zip(distinct, map(cache.get, distinct)))  # safe if another thread clears it
        missing = [w for w, stem in known.items() if stem is None]
        if missing:
            fresh = dict(zip(missing, self._stemmer.stemWords(missing)))
            known.update(fresh)
            if len(cache) + len(fresh) > self.MAX_CACHED:
                cache.clear()
            cache.update(fresh)
        return known


def words(text: str) -> list[str]:
    """Lower-case words; in Chinese and Japanese, written without spaces, the overlapping
    character pairs of each run (the usual unit of lexical overlap there: a pair of
    characters is most often a word or spans two, so shared pairs mean shared words)."""
    found = _word_list(text.lower())
    if text.isascii() or not any(map(HAN_KANA.search, found)):
        return found
    out: list[str] = []
    for word in found:
        for part in HAN_KANA.split(word):  # the Latin letters and digits around the runs
            if part:
                out.append(part)
        for run in HAN_KANA.findall(word):
            out.extend([run] if len(run) == 1 else [run[i : i + 2] for i in range(len(run) - 1)])
    return out


def content_stems(stems: list[str], raw: list[str], stop_words: frozenset[str] = STOPWORDS) -> frozenset[str]:
    """The stems whose surface word is not a stopword."""
    return frozenset(s for s, w in zip(stems, raw) if w not in stop_words)


def content_and_concepts(
    stems: list[str], raw: list[str], stop_words: frozenset[str] = STOPWORDS
) -> tuple[frozenset[str], frozenset[str]]:
    """``content_stems`` and ``bigram_concepts`` of one sentence, stopwords looked up once."""
    content = [w not in stop_words for w in raw]
    concepts = compress(map(" ".join, zip(stems, stems[1:])), map(or_, content, content[1:]))  # not two stopwords
    return frozenset(compress(stems, content)), frozenset(concepts)


def bigram_concepts(stems: list[str], raw: list[str], stop_words: frozenset[str] = STOPWORDS) -> frozenset[str]:
    """Stemmed bigrams, minus those made only of stopwords (Gillick & Favre's concepts), as
    "stem stem" strings: a story has thousands, and a string, unlike a pair, keeps its hash
    and is no container the garbage collector must walk (stems hold no space)."""
    return content_and_concepts(stems, raw, stop_words)[1]

