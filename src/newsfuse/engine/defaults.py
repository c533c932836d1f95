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


def make_summarize(embedder: Any) -> Summarize:
    """newsfuse's story summary with the comparison, using ``embedder``."""
    from newsfuse.story.summarize import summarize

    return functools.partial(summarize, embedder=embedder, compare=True)


class SummarizeFactory:
    """A picklable recipe for the summarizer, built once per worker process (Ray)."""

    def __init__(self, embedder_name: str = "wordllama"):
        self.embedder_name = embedder_name

    def __call__(self) -> Summarize:
        return make_summarize(make_embedder(self.embedder_name))
