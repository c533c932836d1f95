"""Merge the name variants of a story into entities.

Two names are one entity when their transliteration keys say so (Zelensky ~ Zelenskyy,
Khrenin ~ Hrenin: :func:`newsfuse.text.entities.token_key`), when a surname alone meets
exactly one full name of the story ("Putin" ~ "Vladimir Putin"), or when a longer
organisation name is the only one that contains a shorter one. A truncated surname
("Sergei Alein" ~ "Sergei Aleinik") merges only with the same first name *and* story
context: the sentences around both share words (Lavrov, foreign, minister). No bare
edit-distance threshold decides anything (Khrenin~Karenina scores higher than
Khrenin~Hrenin).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any, Sequence

import regex
from rapidfuzz.distance import OSA

from newsfuse.model import Article
from newsfuse.text.entities import EntityType, Mention, name_key, name_tokens

# A truncated surname must keep at least this many letters and this share of the full one
# ("Alein" is 5 of "Aleinik"'s 7). Set by reading translation garbles in the seeds and
# multiling2011 English; shorter stubs ("Al", "Ser") matched unrelated names.
TRUNCATION_MIN_LETTERS = 4
TRUNCATION_MIN_SHARE = 0.6
# A surname one edit (optimal string alignment) away from another is a misspelling only
# when both keep this many letters: shorter surnames one letter apart are often different
# people (Ejaz/Eliaz aside, Kim/Kin, Lee/Li); read on multiling2011 en and duc2003.
MISSPELLING_MIN_LETTERS = 6
# Particles that belong to a surname, not to the given name ("Avelino da Silva" and
# "Correia da Silva" are two people).
SURNAME_PARTICLES = frozenset({"da", "de", "di", "do", "dos", "das", "del", "della", "van", "von", "der", "den", "al", "el", "bin", "ibn", "le", "la"})
# Context words two mention sets must share before a non-key merge is trusted.
CONTEXT_MIN_SHARED = 2
# Context: words of at least this length that are not name words or common words.
# (regex, not re: a word keeps its combining marks, such as Devanagari vowel signs)
_CONTEXT_WORD = regex.compile(r"[^\W\d_]{4,}")
_COMMON = frozenset(
    """that this with from have been were will would said says about after before their there
    which while also they them than then into over when where what more most other some such
    only just very""".split()
)


@dataclass
class _Node:
    """All mentions sharing one name key."""

    key: tuple[str, ...]
    ordered: tuple[str, ...]  # the key words in the order first written
    mentions: list[Mention] = field(default_factory=list)
    context: set[str] = field(default_factory=set)

    @property
    def type(self) -> EntityType:
        return Counter(m.type for m in self.mentions).most_common(1)[0][0]

    @property
    def articles(self) -> set[str]:
        return {m.article for m in self.mentions}

    @property
    def prepositional(self) -> bool:
        """A name with its head before a preposition ("Convention on Climate Change"):
        its last words are not its head, so "Climate Change" does not end it."""
        return bool(re.search(r"\s(?:of|on|for|de|du|des|la)\s", self.mentions[0].text, re.I))

    @property
    def is_person(self) -> bool:
        return any(m.type == "PERSON" for m in self.mentions)


@dataclass(frozen=True)
class EntityGroup:
    """One person, organisation or place of the story, with every way it was written."""

    name: str
    type: EntityType
    variants: tuple[str, ...]
    mentions: tuple[Mention, ...]
    labels: tuple[tuple[str, str], ...] = ()  # (article id, outlet label) for counts

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.article for m in self.mentions))

    def to_dict(self) -> dict[str, Any]:
        label = dict(self.labels)
        per_outlet = Counter(label.get(m.article, m.article) for m in self.mentions)
        return {
            "name": self.name,
            "type": self.type,
            "variants": list(self.variants),
            "articles": list(self.articles),
            "mentions": dict(per_outlet),
            "spans": [{"article": m.article, "start": m.start, "end": m.end} for m in self.mentions],
        }


class _UnionFind:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)


def _context(article: Article, mention: Mention) -> set[str]:
    sentences = article.body_sentences  # in text order: the one holding the mention by bisection
    at = bisect_right(sentences, mention.start, key=_START) - 1
    if at >= 0 and mention.start < sentences[at].end:
        own = {t.lower() for t in name_tokens(mention.text)}
        words = {w.lower() for w in _CONTEXT_WORD.findall(article.unit_text(sentences[at]))}
        return words - own - _COMMON
    return set()


_START = attrgetter("start")


def _first_names_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """The tokens before the surname agree, compared from the right, so a word NER glued
    on the left ("Belarus Alexander Lukashenko") does not split a person."""
    a = tuple(t for t in a[:-1] if t not in SURNAME_PARTICLES) + a[-1:]
    b = tuple(t for t in b[:-1] if t not in SURNAME_PARTICLES) + b[-1:]
    if len(a) < 2 or len(b) < 2:
        return True
    x, y = a[-2], b[-2]
    return x == y or (min(len(x), len(y)) == 1 and x[0] == y[0])


def _truncated(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return (
        short != long
        and long.startswith(short)
        and len(short) >= TRUNCATION_MIN_LETTERS
        and len(short) >= TRUNCATION_MIN_SHARE * len(long)
    )


def _misspelt(a: str, b: str) -> bool:
    """One swapped, dropped or changed letter in a long surname ("Verolme" / "Verlome");
    used only with the same first name and shared story context."""
    return min(len(a), len(b)) >= MISSPELLING_MIN_LETTERS and OSA.distance(a, b) == 1


def _merge_people(nodes: list[_Node], uf: _UnionFind) -> None:
    people = [i for i, n in enumerate(nodes) if n.is_person]
    full = [i for i in people if len(nodes[i].key) >= 2]
    for pos, i in enumerate(full):
        for j in full[pos + 1 :]:
            a, b = nodes[i].key, nodes[j].key
            if not _first_names_agree(a, b):
                continue
            if a[-1] == b[-1]:
                uf.union(i, j)
            elif (_truncated(a[-1], b[-1]) or _misspelt(a[-1], b[-1])) and len(
                nodes[i].context & nodes[j].context
            ) >= CONTEXT_MIN_SHARED:
                uf.union(i, j)
    # a lone surname, whatever NER called it ("Lavrov" tagged ORG), unless it names a place
    for i, node in enumerate(nodes):
        if len(node.key) != 1 or node.type == "PLACE":
            continue
        surname = nodes[i].key[0]
        owners = {uf.find(j) for j in full if nodes[j].key[-1] == surname}
        if len(owners) == 1:
            uf.union(i, owners.pop())


def _ends(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    return len(shorter) < len(longer) and longer[-len(shorter) :] == shorter


def _merge_organisations(nodes: list[_Node], uf: _UnionFind) -> None:
    """A name of two or more words that ends exactly one longer name is that name ("Red
    Cross" ~ "American Red Cross", "defense ministry" ~ "Russian defence ministry");
    English names are head-final, so a shared head keeps "UN" off "UN Security Council"
    and "Air Force" off "Air Force Base". When several end with it, the one with the
    most shared context wins if it stands out. Places never merge this way: a place
    name that ends a longer one is most often another place ("Republic of China" and
    "People's Republic of China", "New Guinea" and "Papua New Guinea", "Republic of
    Congo" and "Democratic Republic of Congo")."""
    others = [i for i, n in enumerate(nodes) if not n.is_person and n.type != "PLACE"]
    for i in others:
        words = nodes[i].ordered
        if len(words) < 2:
            continue  # "Belarus" is not "Security Council of Belarus", "Air" not "Christopher Air"
        supersets = [
            j
            for j in others
            if j != i
            and _ends(nodes[j].ordered, words)
            and nodes[j].type == nodes[i].type
            and (nodes[i].prepositional or not nodes[j].prepositional)
        ]
        if not supersets:
            continue
        if len({uf.find(j) for j in supersets}) > 1:
            scored = sorted(supersets, key=lambda j: -len(nodes[i].context & nodes[j].context))
            best, second = (len(nodes[i].context & nodes[j].context) for j in scored[:2])
            if best < CONTEXT_MIN_SHARED or best == second:
                continue
            supersets = scored[:1]
        uf.union(i, supersets[0])


# NER typing one name a place in at least this many mentions is the story calling it a
# place: one such vote can be a tagging slip (a surname typed GPE once), two in separate
# sentences are not. Chosen by reasoning, not fitted to any count; it only overrides
# PERSON votes for a name the story never writes with a first name (ORG votes beside
# PLACE ones are most often metonymy, "the United Nations" typed GPE, and keep the
# majority).
PLACE_MIN_VOTES = 2
# A dateline: the name in capitals opening the text or a paragraph, then a comma, a
# parenthesis or a dash ("GROZNY, Russia (AP) _", "MOSCOW (AP) _", "SPLIT, Croatia _").
_DATELINE_AFTER = re.compile(r"\s*(?:,|\(|_|—|–|-)")


def _is_dateline(m: Mention, by_id: dict[str, Article]) -> bool:
    article = by_id.get(m.article)
    if article is None or not m.text.isupper() or len(m.text) < 3:
        return False
    before = article.text[: m.start]
    opens = not before.strip() or before.rstrip(" \t").endswith("\n")
    return opens and bool(_DATELINE_AFTER.match(article.text, m.end))


def _group_type(members: list[Mention], by_id: dict[str, Article]) -> EntityType:
    """What the story's evidence says a group is, not the vote of its commonest spelling
    (NER types a lone "Ecevit" ORG beside "Bulent Ecevit" PERSON, "Grozny" ORG, "Kyiv"
    PERSON): the type NER gives most of its names of two or more words, typed with more to
    go on (a first name and surname: a person; "United Nations" in a dateline stays an
    organisation); else a dateline is a place; a "person" never written with a first name
    that NER calls a place PLACE_MIN_VOTES times is a place; else the majority over all
    mentions."""
    full = Counter(m.type for m in members if len(name_key(m.text)) >= 2)
    if full:
        kind, n = full.most_common(1)[0]
        if 2 * n > sum(full.values()):
            return kind
    if any(_is_dateline(m, by_id) for m in members):
        return "PLACE"
    votes = Counter(m.type for m in members)
    majority = votes.most_common(1)[0][0]
    if majority == "PERSON" and not full["PERSON"] and votes["PLACE"] >= PLACE_MIN_VOTES:
        return "PLACE"
    return majority


def _canonical(mentions: list[Mention], kind: EntityType) -> str:
    """A person by the full name written most often; on a tie the fuller name ("Aleinik"
    over the truncated "Alein"), then, among spellings of one transliteration key, the
    plainer one ("Zelensky" over "Zelenskyy"). Anything else by its commonest name."""
    counts = Counter(m.text for m in mentions)
    if kind == "PERSON":
        full = [t for t in counts if len(name_key(t)) >= 2] or list(counts)
        return max(full, key=lambda t: (counts[t], len("".join(name_key(t))), -len(t)))
    # a dateline's capitals are a style, not a spelling: "Bucharest" over "BUCHAREST"
    spelt = {t.lower() for t in counts if not t.isupper()}
    return max(counts, key=lambda t: (not (t.isupper() and t.lower() in spelt), counts[t], len(t)))


def _singular(key: tuple[str, ...]) -> tuple[str, ...]:
    """Organisation and place keys without plural endings ("Royal Marines" ~ "Royal
    Marine", "Bio Bio Regions" ~ "Bio Bio Region"); never used on people's names."""
    return tuple(k[:-1] if len(k) > 3 and k.endswith("s") and not k.endswith("ss") else k for k in key)


def group_entities(articles: Sequence[Article], mentions: Sequence[Mention]) -> tuple[EntityGroup, ...]:
    """Entities of the story, most mentioned first."""
    by_id = {a.id: a for a in articles}
    nodes_by_key: dict[tuple[str, ...], _Node] = {}
    for m in mentions:
        ordered = name_key(m.text) if m.type == "PERSON" else _singular(name_key(m.text))
        key = ordered if m.type == "PERSON" else tuple(sorted(ordered))
        node = nodes_by_key.setdefault(key, _Node(key, ordered))
        node.mentions.append(m)
        if m.article in by_id:
            node.context |= _context(by_id[m.article], m)
    nodes = list(nodes_by_key.values())
    uf = _UnionFind(len(nodes))
    by_compact: dict[str, int] = {}
    for i, node in enumerate(nodes):  # "Al Qaeda" ~ "Al-Qaeda", "Ban Ki-moon" ~ "Ban Ki Moon"
        compact = "".join(node.ordered)
        if compact in by_compact:
            uf.union(i, by_compact[compact])
        else:
            by_compact[compact] = i
    _merge_people(nodes, uf)
    _merge_organisations(nodes, uf)
    groups: dict[int, list[Mention]] = defaultdict(list)
    for i, node in enumerate(nodes):
        groups[uf.find(i)].extend(node.mentions)
    labels = tuple((a.id, a.label) for a in articles)
    out = []
    for members in groups.values():
        members.sort(key=lambda m: (m.article, m.start))
        kind = _group_type(members, by_id)
        variants = tuple(dict.fromkeys(m.text for m in members))
        out.append(EntityGroup(_canonical(members, kind), kind, variants, tuple(members), labels))
    out.sort(key=lambda g: (-len(g.articles), -len(g.mentions), g.name))
    return tuple(out)


def entity_of(groups: Sequence[EntityGroup], article: str, start: int, end: int) -> EntityGroup | None:
    """The entity a span of an article names, if any."""
    for g in groups:
        for m in g.mentions:
            if m.article == article and m.start == start and m.end == end:
                return g
    return None
