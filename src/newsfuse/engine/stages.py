"""The stage functions of the ingest, shared by the single-process engine and the Ray
engine so both give the same results on the same input: each is a plain function of
its arguments (no hidden state), picklable to a Ray worker.

read → windows of raw articles → clean a window (outlet boilerplate is learned from
the window) → lead embeddings → online clustering (ordered; on the driver) → store
→ recompute the reports of the stories that changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Sequence

import numpy as np

from newsfuse.cleaning import CleanOptions, clean_article
from newsfuse.cleaning.boilerplate import BoilerplateContext
from newsfuse.ingest import ReadOptions, read
from newsfuse.model import Article, Rejection
from newsfuse.pipeline import repeated_lines

# Summarize: the story's articles in, a Report (or anything with to_dict()) out.
Summarize = Callable[[Sequence[Article]], Any]


@dataclass(frozen=True)
class RawWindow:
    """Consecutive raw items of the input, cleaned together: ``number`` orders them."""

    number: int
    articles: tuple[Article, ...]
    rejections: tuple[Rejection, ...] = ()


@dataclass(frozen=True)
class CleanWindow:
    number: int
    articles: tuple[Article, ...]
    rejections: tuple[Rejection, ...] = ()


@dataclass(frozen=True)
class StoryReport:
    """A recomputed report for one story, or why it could not be computed."""

    story_id: str
    article_ids: tuple[str, ...]
    data: dict[str, Any] | None
    error: str | None = None


@dataclass
class IngestStats:
    """What one ingest did; ``rejections`` lists every input it could not use."""

    read: int = 0
    stored: int = 0
    duplicates: int = 0
    batches: int = 0
    reports: int = 0
    report_errors: int = 0
    stories_changed: set[str] = field(default_factory=set)
    rejections: list[Rejection] = field(default_factory=list)
    failed_reports: dict[str, str] = field(default_factory=dict)  # story id -> its last error (the first 100 stories)

    def to_dict(self) -> dict[str, Any]:
        return {
            "read": self.read, "stored": self.stored, "duplicates": self.duplicates,
            "rejected": len(self.rejections), "batches": self.batches,
            "stories_changed": len(self.stories_changed), "reports": self.reports,
            "report_errors": self.report_errors,
        }


def read_windows(inputs: Iterable[Any], size: int, options: ReadOptions | None = None) -> Iterator[RawWindow]:
    """The input as windows of ``size`` raw articles (rejections ride along), lazily."""
    articles: list[Article] = []
    rejections: list[Rejection] = []
    number = 0
    for item in read(inputs, options):
        (rejections if isinstance(item, Rejection) else articles).append(item)
        if len(articles) >= size:
            yield RawWindow(number, tuple(articles), tuple(rejections))
            number, articles, rejections = number + 1, [], []
    if articles or rejections:
        yield RawWindow(number, tuple(articles), tuple(rejections))


def clean_window(window: RawWindow, options: CleanOptions | None = None) -> CleanWindow:
    """Clean one window, as :func:`newsfuse.pipeline.prepare` does for a whole input:
    one article that fails becomes a Rejection, and so does one with no body sentence
    left (only boilerplate, markup or invisible characters): stored, it would be a story
    of its own with nothing to summarize."""
    repeated = repeated_lines(window.articles)
    cleaned: list[Article] = []
    rejections = list(window.rejections)
    for article in window.articles:
        context = BoilerplateContext(repeated.get(article.outlet, frozenset()))
        try:
            done = clean_article(article, options, context)
        except Exception as exc:  # one article never sinks a batch
            rejections.append(Rejection(article.origin or article.id, "clean-failed", repr(exc)))
            continue
        if done.body_sentences:
            cleaned.append(done)
        else:
            rejections.append(Rejection(article.origin or article.id, "empty", "no article text left after cleaning"))
    return CleanWindow(window.number, tuple(cleaned), tuple(rejections))


def lead_texts(articles: Sequence[Article], lead_chars: int) -> list[str]:
    """The texts the online clusterer embeds (its ``to_doc(...).lead``)."""
    from newsfuse.cluster.features import to_doc

    return [to_doc(a, lead_chars).lead for a in articles]


class PrecomputedEmbedder:
    """An Embedder that answers from vectors computed elsewhere (Ray workers), keyed by
    text, and asks the real embedder for anything it was not given. Same vectors, so
    the clusterer decides exactly as if it had embedded them itself."""

    def __init__(self, inner: Any):
        self.inner = inner
        self.name = inner.name
        self.dim = inner.dim
        self._vectors: dict[str, np.ndarray] = {}

    def offer(self, texts: Sequence[str], vectors: np.ndarray) -> None:
        self._vectors.update(zip(texts, np.asarray(vectors, dtype=np.float32)))

    def forget(self) -> None:
        self._vectors.clear()

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        missing = [t for t in dict.fromkeys(texts) if t not in self._vectors]
        if missing:
            self.offer(missing, self.inner.embed(missing))
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([self._vectors[t] for t in texts])


def summarize_story(story_id: str, articles: Sequence[Article], summarize: Summarize) -> StoryReport:
    """One story's report; a failing summary is recorded, never raised."""
    ids = tuple(a.id for a in articles)
    try:
        report = summarize(articles)
        data = report.to_dict() if hasattr(report, "to_dict") else dict(report)
    except Exception as exc:  # one story's failure never sinks the ingest
        return StoryReport(story_id, ids, None, f"{type(exc).__name__}: {exc}")
    data["story"] = story_id
    return StoryReport(story_id, ids, data)


def batches(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
