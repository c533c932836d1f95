"""The components a real ingest uses when none are passed in: one embedder shared by
the clusterer and the summarizer, and the story summarizer. Built by factories (called
once per process, or once per Ray worker) so nothing loads at import time."""

from __future__ import annotations

import functools
from typing import Any

from newsfuse.engine.stages import Summarize


def make_embedder(name: str = "wordllama") -> Any:
    """``wordllama`` (default, weights in the wheel) or ``hashing`` (model-free, tests)."""
    from newsfuse.embed import HashingEmbedder, WordLlamaEmbedder

    return HashingEmbedder() if name == "hashing" else WordLlamaEmbedder()


def make_summarize(embedder: Any, compare: bool = True) -> Summarize:
    """newsfuse's story summary, with the cross-source comparison unless told otherwise,
    using ``embedder``; the comparison's models are built here, once, and load on first use."""
    from newsfuse.story.compare import StoryComparer
    from newsfuse.story.summarize import summarize

    comparer = StoryComparer(embedder=embedder) if compare else None
    return functools.partial(summarize, embedder=embedder, compare=compare, comparer=comparer)


class SummarizeFactory:
    """A picklable recipe for the summarizer, built once per worker process (Ray)."""

    def __init__(self, embedder_name: str = "wordllama", compare: bool = True):
        self.embedder_name = embedder_name
        self.compare = compare

    def __call__(self) -> Summarize:
        return make_summarize(make_embedder(self.embedder_name), self.compare)
