"""Ordering the chosen sentences: the story's lead first, then what happened first.

The lead names someone, something or a time (a feature's "Things could have been worse."
does not), and is the fact the articles themselves put first: one that some article opens with
(a news lead says who/what/where/when; a summary led by a later sentence opened on "The
result is that ..."), and among those, or if none, the one each reporting article votes
for by how early (a first sentence counts 1, the next 1/2, ...). The rest follow the
publication date of the earliest article reporting them, then their mean relative
position in the articles (news writes the main event before reactions and background).
A continuation (a sentence chosen only as the follow-up of the sentence before it in its
article) is never placed on its own: it comes directly after that sentence, and never leads.
A sentence that takes a noun as known ("The company said ...") comes after one that names it,
and one that uses a name alone ("Kempthorne said ...") after one that gives it in full.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

from newsfuse.model import Article
from newsfuse.story.candidates import Candidate, is_lowercased
from newsfuse.text.case import reads_lowercased

_FAR_FUTURE = dt.date.max


@dataclass(frozen=True)
class OrderOptions:
    lead_decay: float = 1.0  # each later sentence counts half as much as a lead


def leadness(members: Sequence[Candidate], options: OrderOptions) -> float:
    return sum(0.5 ** (c.position / options.lead_decay) for c in members)


def opens_an_article(members: Sequence[Candidate]) -> bool:
    return any(c.position == 0 for c in members)


def names_something(members: Sequence[Candidate], articles: Sequence[Article], caseless: Mapping[int, bool]) -> bool:
    """Whether the shown sentence (``members[0]``) names someone, something or a time: a
    capital after its first letter, or a digit. A lead says who, what, where or when; a
    feature's first line ("Things could have been worse.") says none of it. In lower-cased
    text (``caseless``, per article) every sentence passes: a capital tells nothing there."""
    c = members[0]
    if caseless[c.article]:
        return True
    text = articles[c.article].text[c.start : c.end]
    return any(ch.isupper() or ch.isdigit() for ch in text[1:])


def caseless_articles(articles: Sequence[Article], which: Iterable[int]) -> dict[int, bool]:
    """Whether each of the articles ``which`` (indices) has lost its case (`names_something`)."""
    return {k: is_lowercased(articles[k]) or reads_lowercased(articles[k].text) for k in set(which)}


def order(
    chosen: Sequence[Sequence[Candidate]],
    articles: Sequence[Article],
    options: OrderOptions | None = None,
    follows: Sequence[int | None] | None = None,
    after: Sequence[frozenset[int] | None] | None = None,
    named: Sequence[frozenset[int] | None] | None = None,
) -> list[int]:
    """Indices into ``chosen`` (each: the candidates of one chosen fact) in reading order.
    ``follows[i]``: the index in ``chosen`` that ``chosen[i]`` continues (None: it stands
    alone). Chains are read as one block, in the place of their first sentence.
    ``after[i]``: the indices in ``chosen`` of which one must come before ``chosen[i]``
    (None: any place will do); a block placed before all of them moves to right after the
    first. ``named[i]``: the same for a sentence that uses a name alone ("Kempthorne said
    ...") and the ones that give it in full; it may still lead (a lead says the name as its
    article does), and moves only where ``after`` leaves it free."""
    options = options or OrderOptions()
    if not chosen:
        return []
    follows = list(follows) if follows is not None else [None] * len(chosen)
    next_of = {p: i for i, p in enumerate(follows) if p is not None}
    roots = [i for i in range(len(chosen)) if follows[i] is None]

    def when(members: Sequence[Candidate]) -> tuple[dt.date, float]:
        dates = [articles[c.article].published or _FAR_FUTURE for c in members]
        mean_pos = sum(c.relative_position for c in members) / len(members)
        return min(dates), mean_pos

    after = list(after) if after is not None else [None] * len(chosen)
    free_standing = [i for i in roots if after[i] is None] or roots
    caseless = caseless_articles(articles, (chosen[i][0].article for i in free_standing))

    def as_lead(i: int) -> tuple[bool, bool, float, int]:
        return names_something(chosen[i], articles, caseless), opens_an_article(chosen[i]), leadness(chosen[i], options), -i

    lead = max(free_standing, key=as_lead)
    rest = sorted((i for i in roots if i != lead), key=lambda i: when(chosen[i]))
    blocks = []
    for root in [lead, *rest]:
        block: list[int] = []
        i: int | None = root
        while i is not None:
            block.append(i)
            i = next_of.get(i)
        blocks.append(block)
    if named is not None:  # the lead stays; a sentence held by ``after`` keeps that hold
        after = [after[i] if after[i] is not None or i == lead else named[i] for i in range(len(chosen))]
    return [i for block in _named_first(blocks, after) for i in block]


def _named_first(blocks: list[list[int]], after: Sequence[frozenset[int] | None]) -> list[list[int]]:
    """``blocks`` with each block whose first sentence must follow one of ``after``'s
    moved, when all of those come later, to right after the first of them."""
    for _ in range(len(blocks)):  # each move settles one block; a cycle stops here
        seen: set[int] = set()
        for k, block in enumerate(blocks):
            needed = after[block[0]]
            target = None
            if needed and not needed & seen:
                target = next((j for j in range(k + 1, len(blocks)) if needed & set(blocks[j])), None)
            if target is not None:
                blocks = [*blocks[:k], *blocks[k + 1 : target + 1], block, *blocks[target + 1 :]]
                break
            seen.update(block)
        else:
            return blocks
    return blocks
