"""Online mode: each arriving article joins its best live story or starts a new one.

An article is compared exactly with the few live stories whose centroids are nearest
(:class:`StoryIndex`), using the same P(same story) formula as batch mode against the
story's profile (centroid, entity and keyword weights). A story is a window in time:
dated articles never join a story more than the window away, and stories whose last
article is older than the window behind the newest date are retired from the index.
Live stories serialise to :class:`StoryState` so a store can persist and reload them.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Sequence

import numpy as np

from newsfuse.cluster.features import ClusterDoc, to_doc
from newsfuse.cluster.index import StoryIndex
from newsfuse.cluster.lexical import DocumentFrequencies, cosine, weighted, word_keys
from newsfuse.cluster.options import ClusterOptions
from newsfuse.cluster.score import same_story_probability
from newsfuse.embed import Embedder, default_embedder
from newsfuse.model import Article, NewsfuseError


@dataclass(frozen=True)
class StoryState:
    """A live story as stored between runs: JSON-safe through :meth:`to_dict`."""

    id: str
    centroid: tuple[float, ...]  # mean of member embeddings (not normalised)
    size: int
    first_seen: dt.date | None
    last_seen: dt.date | None
    entities: dict[str, float]  # top entity keys -> summed member TF-IDF weight
    keywords: dict[str, float]  # top content words -> summed member TF-IDF weight
    with_entities: int = 0  # members that name any entity
    article_ids: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "centroid": [float(x) for x in self.centroid],
            "size": self.size,
            "first_seen": self.first_seen.isoformat() if self.first_seen else None,
            "last_seen": self.last_seen.isoformat() if self.last_seen else None,
            "entities": dict(self.entities),
            "keywords": dict(self.keywords),
            "article_ids": list(self.article_ids),
            "with_entities": self.with_entities,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> StoryState:
        def date(value: Any) -> dt.date | None:
            return dt.date.fromisoformat(value) if value else None

        return cls(
            id=str(data["id"]),
            centroid=tuple(float(x) for x in data["centroid"]),
            size=int(data["size"]),
            first_seen=date(data.get("first_seen")),
            last_seen=date(data.get("last_seen")),
            entities={str(k): float(v) for k, v in (data.get("entities") or {}).items()},
            keywords={str(k): float(v) for k, v in (data.get("keywords") or {}).items()},
            article_ids=tuple(data.get("article_ids") or ()),
            with_entities=int(data.get("with_entities", 0)),
        )


@dataclass
class _LiveStory:
    """The mutable running profile behind a :class:`StoryState`."""

    id: str
    key: int
    vector_sum: np.ndarray
    size: int = 0
    first_seen: dt.date | None = None
    last_seen: dt.date | None = None
    entities: Counter[str] = field(default_factory=Counter)
    keywords: Counter[str] = field(default_factory=Counter)
    article_ids: list[str] = field(default_factory=list)
    with_entities: int = 0

    def absorb(self, doc: ClusterDoc, vector: np.ndarray, words: dict[str, float], entities: dict[str, float]) -> None:
        """Add a member's unit vectors: a profile is their sum, so profile · article / size
        is the mean pairwise cosine, the quantity batch average linkage uses."""
        self.vector_sum = self.vector_sum + vector
        self.size += 1
        self.entities.update(entities)
        self.keywords.update(words)
        self.with_entities += bool(entities)
        self.article_ids.append(doc.id)
        if doc.date:
            self.first_seen = min(filter(None, (self.first_seen, doc.date)))
            self.last_seen = max(filter(None, (self.last_seen, doc.date)))

    def outside_window(self, date: dt.date | None, window_days: int) -> bool:
        if date is None or self.first_seen is None or self.last_seen is None:
            return False
        # in days, not dates: a date near 1 or 9999 plus the window is no date (OverflowError)
        return (date - self.last_seen).days > window_days or (self.first_seen - date).days > window_days


def _top(weights: Counter[str], n: int) -> dict[str, float]:
    ranked = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))
    return {k: float(v) for k, v in ranked[:n]}


class OnlineClusterer:
    """Join-or-new decisions over a stream; cost per article stays flat (live stories only).

    >>> clusterer = OnlineClusterer(embedder=HashingEmbedder())     # doctest: +SKIP
    >>> story_id = clusterer.add({"id": "a1", "text": "...", "date": "2024-05-01"})
    """

    def __init__(self, options: ClusterOptions | None = None, embedder: Embedder | None = None):
        self.options = options or ClusterOptions()
        self._embedder = embedder
        self._index: StoryIndex | None = None
        self._stories: dict[int, _LiveStory] = {}
        self._by_id: dict[str, int] = {}
        self._next_key = 0
        self._newest: dt.date | None = None
        self.words = DocumentFrequencies()
        self.entity_df = DocumentFrequencies()
        self.retired_count = 0

    # --- building --------------------------------------------------------------
    @classmethod
    def from_states(
        cls,
        states: Iterable[StoryState],
        options: ClusterOptions | None = None,
        embedder: Embedder | None = None,
    ) -> OnlineClusterer:
        """Reload live stories saved with :meth:`states`. Document frequencies are
        re-seeded from the stories' keys (one document per member), an approximation
        that sharpens again as new articles arrive."""
        self = cls(options, embedder)
        for state in states:
            vector = np.asarray(state.centroid, dtype=np.float32) * state.size
            story = self._new_story(vector, state.id)
            story.size, story.first_seen, story.last_seen = state.size, state.first_seen, state.last_seen
            story.entities, story.keywords = Counter(state.entities), Counter(state.keywords)
            story.article_ids = list(state.article_ids)
            story.with_entities = state.with_entities
            for _ in range(max(1, state.size)):
                self.words.add(state.keywords)
                self.entity_df.add(state.entities)
            if state.last_seen and (self._newest is None or state.last_seen > self._newest):
                self._newest = state.last_seen
        return self

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            self._embedder = default_embedder()
        return self._embedder

    def _index_for(self, dim: int) -> StoryIndex:
        if self._index is None:
            self._index = StoryIndex(dim)
        elif self._index.dim != dim:
            raise NewsfuseError(
                f"the live stories' vectors have {self._index.dim} dimensions and this embedder's "
                f"{dim}: use the embedder the store was built with"
            )
        return self._index

    def _new_story(self, vector: np.ndarray, story_id: str | None = None) -> _LiveStory:
        key = self._next_key
        self._next_key += 1
        story_id = story_id or f"story-{key:06d}"
        if story_id in self._by_id:
            raise ValueError(f"duplicate story id {story_id}")
        story = _LiveStory(id=story_id, key=key, vector_sum=np.asarray(vector, dtype=np.float32))
        self._stories[key] = story
        self._by_id[story_id] = key
        self._index_for(len(vector)).put(key, story.vector_sum)
        return story

    # --- the decision ------------------------------------------------------------
    def _join_probability(self, story: _LiveStory, doc: ClusterDoc, vector: np.ndarray,
                          words: dict[str, float], entities: dict[str, float]) -> float:
        if self.options.use_time and story.outside_window(doc.date, self.options.window_days):
            return 0.0
        size = max(story.size, 1)
        return float(same_story_probability(
            float(vector @ story.vector_sum) / size,
            cosine(words, story.keywords) / size,
            cosine(entities, story.entities) / size if entities else 0.0,
            float(bool(entities)) * story.with_entities / size,
            self.options.pair_weights,
        ))

    def _add_embedded(self, doc: ClusterDoc, vector: np.ndarray) -> str:
        counts = word_keys(doc.words)
        entity_keys = doc.entities if self.options.use_entities else ()
        self.words.add(counts)
        self.entity_df.add(entity_keys)
        words = weighted(counts, self.words)
        entities = weighted(Counter(entity_keys), self.entity_df, sublinear=False)
        if self.options.use_time and doc.date and (self._newest is None or doc.date > self._newest):
            self._newest = doc.date
            self.retire_before(doc.date - dt.timedelta(days=self.options.window_days))
        best, best_p = None, self.options.online_join_probability
        for key, _ in self._index_for(len(vector)).nearest(vector, self.options.online_candidates):
            p = self._join_probability(self._stories[key], doc, vector, words, entities)
            if p >= best_p:
                best, best_p = self._stories[key], p
        story = best or self._new_story(np.zeros_like(vector))
        story.absorb(doc, vector, words, entities)
        self._index_for(len(vector)).put(story.key, story.vector_sum)
        return story.id

    def add(self, article: Article | Mapping[str, Any]) -> str:
        """Put one article into a live story (joined or new); returns the story id."""
        return self.add_many([article])[0]

    def add_many(self, articles: Sequence[Article | Mapping[str, Any]]) -> list[str]:
        """:meth:`add` for each article in order, embedding them in one call."""
        docs = [to_doc(a, self.options.lead_chars, self.options.lexical_chars) for a in articles]
        vectors = np.asarray(self.embedder.embed([d.lead for d in docs]), dtype=np.float32)
        return [self._add_embedded(d, v) for d, v in zip(docs, vectors)]

    # --- the live set -------------------------------------------------------------
    def retire_before(self, date: dt.date) -> list[StoryState]:
        """Take stories last seen before ``date`` out of the index; returns their states."""
        old = [s for s in self._stories.values() if s.last_seen and s.last_seen < date]
        states = [self._state(s) for s in old]
        if self._index is not None:
            self._index.remove([s.key for s in old])
        for s in old:
            del self._stories[s.key]
        self.retired_count += len(old)
        return states

    def _state(self, story: _LiveStory) -> StoryState:
        n = self.options.profile_keys
        return StoryState(
            id=story.id,
            centroid=tuple((story.vector_sum / max(story.size, 1)).tolist()),
            size=story.size,
            first_seen=story.first_seen,
            last_seen=story.last_seen,
            entities=_top(story.entities, n),
            keywords=_top(story.keywords, n),
            article_ids=tuple(story.article_ids),
        )

    def states(self) -> list[StoryState]:
        """Live stories, for a store to persist and :meth:`from_states` to reload."""
        return [self._state(s) for s in self._stories.values()]

    def live_count(self) -> int:
        return len(self._stories)
