"""Citations: a summary sentence cites every article that reports its fact.

The first citation is the sentence the words were taken from (the faithfulness contract
is checked against it); the others are the aligned sentences of the other articles.
"""

from __future__ import annotations

from typing import Sequence

from newsfuse.model import Article, Citation, SummarySentence
from newsfuse.story.candidates import Candidate
from newsfuse.story.wording import Wording


def cite(wording: Wording, members: Sequence[Candidate], articles: Sequence[Article]) -> SummarySentence:
    source = next(c for c in members if c.index == wording.candidate)
    others = sorted((c for c in members if c.index != wording.candidate), key=lambda c: c.article)
    citations = tuple(
        Citation(articles[c.article].id, articles[c.article].outlet or articles[c.article].id, c.start, c.end)
        for c in [source, *others]
    )
    return SummarySentence(wording.text, citations)
