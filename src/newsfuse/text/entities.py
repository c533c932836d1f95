"""Named-entity mentions of one article, and the keys that let a story merge variants.

Mentions come from spaCy's NER (the analysed sentences of :mod:`newsfuse.text.analysis`).
Merging across a story is done in :mod:`newsfuse.story.entity_groups`; this module only
says what a name *is*: its type, its tokens, and a transliteration-aware key per token.

Why keys and not an edit-distance threshold: Khrenin~Hrenin scores 76.9 with rapidfuzz
while Khrenin~Karenina scores 80.0 (see ../shared/DEPENDENCIES.md). Transliterations
of Cyrillic names differ in a few systematic ways (kh/h, y/i/j, doubled letters, w/v,
ks/x), so folding exactly those gives equal keys to variants and keeps the rest apart.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Literal, Mapping, Sequence

from unidecode import unidecode

from newsfuse.text.analysis import ArticleDocs

EntityType = Literal["PERSON", "ORG", "PLACE"]

# spaCy labels kept, and what a reader calls them. NORP (nationalities) and the
# numeric labels are not entities a reader looks up.
LABELS: dict[str, EntityType] = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "PLACE",
    "LOC": "PLACE",
    "FAC": "PLACE",
}

# Words that are not part of a name when NER includes them at the edges.
_EDGE_WORDS = {
    "the", "a", "an", "mr", "mrs", "ms", "dr", "doctor", "president", "minister", "prime", "mayor",
    "governor", "secretary", "major", "general", "gen", "col", "lt", "sgt", "capt", "sen", "rep",
    "gov", "judge", "chancellor", "rev", "reverend", "father", "sir", "premier", "spokesman",
    "spokeswoman", "commander", "chairman",
}  # fmt: skip
# Words ignored when comparing organisation names ("Ministry of Defense of Belarus").
NAME_STOPWORDS = frozenset(
    {"the", "of", "and", "for", "de", "la", "le", "du", "des", "inc", "corp", "co", "ltd", "plc", "llc"}
)
# Time zones NER takes for names ("08:30 BST" a PERSON, "BST" an ORG): the common
# abbreviations of news datelines and schedules, not read off any data set. Ambiguous
# words ("WEST", "EAT") are left out.
TIME_ZONES = frozenset(
    """GMT UTC BST IST CET CEST EET EEST WET EST EDT CST CDT MST MDT PST PDT AKST AKDT HST
    JST KST AEST AEDT ACST AWST NZST NZDT MSK SGT HKT""".split()
)
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b", re.I)
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_TOKEN = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")

# Systematic transliteration and spelling differences, folded in this order.
_FOLDS = (
    ("kh", "h"),
    ("ck", "k"),
    ("ks", "x"),
    ("ph", "f"),
    ("w", "v"),
    ("j", "y"),
    ("ey", "ei"),
    ("iy", "i"),
    ("yy", "y"),
    ("y", "i"),
    ("ence", "ense"),  # defence / defense, licence / license
)


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of an article's text that names a person, organisation or place."""

    article: str
    start: int
    end: int
    text: str  # the name as written, trimmed of "the" and possessive
    type: EntityType


def token_key(token: str) -> str:
    """Transliteration-folded key of one name token (Zelenskyy and Zelensky agree)."""
    key = unidecode(token).lower()
    key = re.sub(r"[^a-z]", "", key)
    for old, new in _FOLDS:
        key = key.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", key)  # doubled letters


def name_tokens(name: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(name))


def name_key(name: str, stopwords: frozenset[str] = NAME_STOPWORDS) -> tuple[str, ...]:
    """Keys of a name's tokens, stopwords dropped, order kept."""
    return tuple(k for t in name_tokens(name) if (k := token_key(t)) and t.lower() not in stopwords)


def trim_name(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop edge punctuation, a leading article/title and a trailing possessive from an
    entity span."""
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] == "."):
        end -= 1
    while True:
        m = re.match(r"([A-Za-z]+\.?)\s+", text[start:end])
        if m and m.group(1).rstrip(".").lower() in _EDGE_WORDS and end - start > m.end():
            start += m.end()
            continue
        break
    m = _POSSESSIVE.search(text[start:end])
    if m:
        end -= len(m.group(0))
    return start, end


def is_time(name: str, kind: EntityType) -> bool:
    """A time NER typed as a name: a clock time ("08:30 BST"), a time zone alone ("BST"),
    or a person's name with a digit in it (no personal name has one; "Beijing 2008" and
    "Channel 4" are other kinds of name)."""
    tokens = name_tokens(name)
    if _CLOCK.search(name) or (tokens and all(t in TIME_ZONES for t in tokens)):
        return True
    return kind == "PERSON" and any(c.isdigit() for c in name)


def mentions(docs: ArticleDocs) -> tuple[Mention, ...]:
    """Every PERSON/ORG/PLACE entity spaCy found in the analysed sentences, with the names
    it cut at the wrong word mended (`mend_cut_names`)."""
    text = docs.article.text
    found: list[Mention] = []
    for sentence in docs.sentences:
        for ent in sentence.doc.ents:
            kind = LABELS.get(ent.label_)
            if kind is None:
                continue
            start, end = trim_name(text, sentence.start + ent.start_char, sentence.start + ent.end_char)
            name = text[start:end]
            if not name_key(name) or not any(c.isupper() for c in name) or is_time(name, kind):
                continue
            found.append(Mention(docs.article.id, start, end, name, kind))
    return mend_cut_names(found, text)


def mend_cut_names(found: Sequence[Mention], text: str) -> tuple[Mention, ...]:
    """NER's cuts between two names written side by side, mended: a person's first name
    taken into the organisation before it ("a spokesman for the Kremlin Dmitry Peskov":
    "Kremlin Dmitry" and "Peskov" -> "Kremlin" and "Dmitry Peskov"), and a place the
    article names on its own taken into the person after it ("the leader of Belarus
    Alexander Lukashenko" -> "Alexander Lukashenko")."""
    found = sorted(found, key=lambda m: m.start)
    places = {m.text for m in found if m.type != "PERSON"}
    out: list[Mention] = []
    for m in found:
        words = m.text.split()
        if m.type == "PERSON" and len(words) >= 3 and words[0] in places and words[1][:1].isupper():
            start = m.start + text[m.start : m.end].index(words[1], len(words[0]))
            m = Mention(m.article, start, m.end, text[start : m.end], m.type)
        previous = out[-1] if out else None
        if (
            previous is not None and m.type == "PERSON" and previous.type != "PERSON"
            and text[previous.end : m.start] == " " and len(m.text.split()) == 1
        ):
            head, _, first = previous.text.rpartition(" ")
            if head and first[:1].isupper() and first.isalpha():
                out[-1] = Mention(previous.article, previous.start, previous.start + len(head), head, previous.type)
                m = Mention(m.article, m.start - len(first) - 1, m.end, f"{first} {m.text}", m.type)
        out.append(m)
    return tuple(out)


def persons_before(all_mentions: tuple[Mention, ...], position: int) -> list[Mention]:
    """PERSON mentions that end before ``position``, nearest first."""
    return sorted(
        (m for m in all_mentions if m.type == "PERSON" and m.end <= position),
        key=lambda m: -m.start,
    )


def known_names(found: Sequence[Mention]) -> dict[str, EntityType]:
    """Each name NER found in the story, with the type it was given most often."""
    votes: dict[str, Counter[EntityType]] = {}
    for m in found:
        votes.setdefault(m.text, Counter())[m.type] += 1
    return {name: c.most_common(1)[0][0] for name, c in votes.items()}


def matched_mentions(docs: ArticleDocs, known: Mapping[str, EntityType]) -> tuple[Mention, ...]:
    """Mentions of already known names in the body sentences no model looked at (the
    analysis skips sentences whose names were all seen before), longest name first."""
    if not known:
        return ()
    names = sorted(known, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w])")
    analysed = {s.start for s in docs.sentences if s.has_entities}
    text = docs.article.text
    found = []
    for unit in docs.article.body_sentences:
        if unit.start in analysed:
            continue
        for m in pattern.finditer(text, unit.start, unit.end):
            found.append(Mention(docs.article.id, m.start(), m.end(), m.group(0), known[m.group(0)]))
    return tuple(found)
