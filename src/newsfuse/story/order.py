"""Ordering the chosen sentences: the story's lead first, then what happened first.

The lead is the fact the articles themselves put first: each article that reports it
votes by how early (a first sentence counts 1, the next 1/2, ...). The rest follow the
publication date of the earliest article reporting them, then their mean relative
position in the articles (news writes the main event before reactions and background).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Sequence

from newsfuse.model import Article
from newsfuse.story.candidates import Candidate

_FAR_FUTURE = dt.date.max


@dataclass(frozen=True)
class OrderOptions:
    lead_decay: float = 1.0  # each later sentence counts half as much as a lead


def leadness(members: Sequence[Candidate], options: OrderOptions) -> float:
    return sum(0.5 ** (c.position / options.lead_decay) for c in members)


def order(
    chosen: Sequence[Sequence[Candidate]], articles: Sequence[Article], options: OrderOptions | None = None
) -> list[int]:
    """Indices into ``chosen`` (each: the candidates of one chosen fact) in reading order."""
    options = options or OrderOptions()
    if not chosen:
        return []

    def when(members: Sequence[Candidate]) -> tuple[dt.date, float]:
        dates = [articles[c.article].published or _FAR_FUTURE for c in members]
        mean_pos = sum(c.relative_position for c in members) / len(members)
        return min(dates), mean_pos

    lead = max(range(len(chosen)), key=lambda i: (leadness(chosen[i], options), -i))
    rest = sorted((i for i in range(len(chosen)) if i != lead), key=lambda i: when(chosen[i]))
    return [lead, *rest]
