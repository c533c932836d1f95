"""Group the quotes of a story: the same words of the same speaker, across outlets and
translations.

Two quote sentences of the same speaker (same entity after merging) are one quote when
their words overlap (or one's words are all in the other: the partial "difficult times"
inside the full sentence), or, for translations ("totally stupid, groundless
fabrications" ~ "absolutely stupid and baseless lies"), when their sentences report the
same fact, share a word and their embeddings are close. Quotes are compared sentence
by sentence; a quotation none of whose sentences met another outlet's stays whole.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any, Sequence

import regex

from newsfuse.model import Article, Fact
from newsfuse.story.compare_entities import EntityGroup, _UnionFind, entity_of
from newsfuse.text.entities import name_key
from newsfuse.text.nlp import NlpModels
from newsfuse.text.quotes import Quote

# Word overlap (Dice over content words) at which two quote sentences are one quote, and
# the share of the shorter quote's words the longer must contain. Same-story quotes of
# one speaker that are different statements share < 0.3 on the seeds and duc2003 samples.
QUOTE_WORD_DICE = 0.5
QUOTE_WORD_CONTAINMENT = 0.8
# Cosine (WordLlama 256-d) between two quote sentences of one speaker. Translations of one
# statement score 0.44-0.76 on the seeds, but different statements of one speaker on one
# topic reach 0.40-0.58 (Tony Blair on the Iran hostages, multiling2011 M002-en, read
# with bench/compare_sample.py). So a close vector alone is not enough: it counts when the
# two sentences are also aligned as one fact and share a content word, or when it is
# very close (QUOTE_EMBED_ALONE, above every different-statement pair read there).
QUOTE_EMBED_MIN = 0.4
QUOTE_EMBED_ALONE = 0.7
# Two quote sentences are one quote on their words only when they share at least this
# many content words, or one's words are all in the other (the partial "easier for all
# of us." in the full sentence): with one shared word and a word of its own on each
# side, two short characterisations of one act by one speaker ("unjustified and wrong."
# / "wrong and illegal.", Tony Blair, multiling2011 M002-en) already reach a Dice of
# 0.5, and one word is what any two statements on one topic share.
QUOTE_MIN_SHARED_WORDS = 2
# The embedding paths need this many content words in each quote: with two, the one
# shared word they also require is half of each quote, so a close vector of two short
# phrases on one topic (0.52 for the pair above) says nothing more. Translation pairs
# (seeds: four words each) are full phrases.
QUOTE_EMBED_MIN_WORDS = 3
_STOP = frozenset(
    """the and for that this with have has had are was were will would there their they them from
    our your his her its not but all any can could must should been being into than then also""".split()
)
# regex, not re: a word keeps its combining marks (Devanagari vowel signs)
_WORD = regex.compile(r"[^\W\d_]{3,}")


@dataclass(frozen=True, slots=True)
class QuoteVariant:
    article: str
    outlet: str
    text: str
    start: int
    end: int
    partial: bool
    speaker_as_written: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "outlet": self.outlet,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "partial": self.partial,
            "speaker_as_written": self.speaker_as_written,
        }


@dataclass(frozen=True)
class QuoteGroup:
    speaker: str
    variants: tuple[QuoteVariant, ...]

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(v.article for v in self.variants))

    def to_dict(self) -> dict[str, Any]:
        return {"speaker": self.speaker, "articles": list(self.articles), "variants": [v.to_dict() for v in self.variants]}


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)} - _STOP


def _lexically_same(a: set[str], b: set[str]) -> bool:
    if not a or not b:
        return False
    shared = len(a & b)
    if a <= b or b <= a:
        return True
    if shared < QUOTE_MIN_SHARED_WORDS:
        return False
    return 2 * shared / (len(a) + len(b)) >= QUOTE_WORD_DICE or shared / min(len(a), len(b)) >= QUOTE_WORD_CONTAINMENT


def _speaker_ids(quotes: Sequence[Quote], entities: Sequence[EntityGroup]) -> list[tuple[str, str]]:
    """(identity, display name) of each quote's speaker: its entity, else its own words."""
    out = []
    for q in quotes:
        group = entity_of(entities, q.article, q.speaker_start, q.speaker_end) if q.speaker_start is not None else None
        if group is not None:
            out.append((f"entity:{group.name}", group.name))
        else:
            out.append(("name:" + " ".join(name_key(q.speaker or "")), q.speaker or "?"))
    return out


def _fact_index(facts: Sequence[Fact]) -> dict[str, list[tuple[int, int, str]]]:
    index: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for f in facts:
        for s in f.sentences:
            index[s.article].append((s.start, s.end, f.id))
    return index


def _facts_of(q: Quote, index: dict[str, list[tuple[int, int, str]]]) -> set[str]:
    return {fid for s, e, fid in index.get(q.article, ()) if s < q.end and q.start < e}


def _link(quotes: Sequence[Quote], ids: list[tuple[str, str]], facts: Sequence[Fact], models: NlpModels | None) -> _UnionFind:
    uf = _UnionFind(len(quotes))
    words = [_words(q.text) for q in quotes]
    index = _fact_index(facts)
    in_facts = [_facts_of(q, index) for q in quotes]
    vectors = models.embed([q.text for q in quotes]) if models is not None else None
    for i in range(len(quotes)):
        for j in range(i + 1, len(quotes)):
            if ids[i][0] != ids[j][0] or quotes[i].article == quotes[j].article:
                continue
            long_enough = min(len(words[i]), len(words[j])) >= QUOTE_EMBED_MIN_WORDS
            cosine = float(vectors[i] @ vectors[j]) if vectors is not None and long_enough else 0.0
            aligned = bool(in_facts[i] & in_facts[j])
            same = (
                _lexically_same(words[i], words[j])
                or cosine >= QUOTE_EMBED_ALONE
                or (aligned and cosine >= QUOTE_EMBED_MIN and bool(words[i] & words[j]))
            )
            if same:
                uf.union(i, j)
    return uf


def _variant(article: Article, q: Quote, start: int, end: int) -> QuoteVariant:
    return QuoteVariant(q.article, article.label, article.text[start:end], start, end, q.partial, q.speaker or "")


def group_quotes(
    articles: Sequence[Article],
    quotes: Sequence[Quote],
    entities: Sequence[EntityGroup],
    facts: Sequence[Fact] = (),
    models: NlpModels | None = None,
) -> tuple[QuoteGroup, ...]:
    """Quote groups, those reported by most outlets first."""
    by_id = {a.id: a for a in articles}
    ids = _speaker_ids(quotes, entities)
    uf = _link(quotes, ids, facts, models)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(quotes)):
        members[uf.find(i)].append(i)
    # a quotation whose sentences all stayed alone is shown whole
    alone: dict[tuple[str, int], list[int]] = defaultdict(list)
    groups: list[list[QuoteVariant]] = []
    names: list[str] = []
    for root, idx in members.items():
        if len(idx) == 1:
            alone[(quotes[idx[0]].article, quotes[idx[0]].quotation)].append(idx[0])
            continue
        groups.append([_variant(by_id[quotes[i].article], quotes[i], quotes[i].start, quotes[i].end) for i in idx])
        names.append(ids[idx[0]][1])
    sizes = Counter((q.article, q.quotation) for q in quotes)
    for key, idx in alone.items():
        idx.sort(key=lambda i: quotes[i].start)
        spans = [(idx[0], idx[-1])] if len(idx) == sizes[key] else [(i, i) for i in idx]
        for a, b in spans:
            groups.append([_variant(by_id[key[0]], quotes[a], quotes[a].start, quotes[b].end)])
            names.append(ids[a][1])
    order = sorted(
        range(len(groups)),
        key=lambda g: (-len({v.article for v in groups[g]}), min((v.article, v.start) for v in groups[g])),
    )
    return tuple(
        QuoteGroup(names[g], tuple(sorted(groups[g], key=lambda v: (v.article, v.start)))) for g in order
    )

