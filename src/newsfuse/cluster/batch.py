"""Batch mode: re-cluster a whole set of articles at once, order-independently.

Average-linkage agglomerative clustering over 1 - P(same story), where P comes from the
same pair formula online mode uses; dated pairs further apart than the story window
can never link. Dense pairwise: fine to a few thousand articles; beyond that, feed
the archive through :class:`~newsfuse.cluster.online.OnlineClusterer` window by window.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from typing import Any, Mapping, Sequence

import numpy as np
from scipy import sparse
from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer

from newsfuse.cluster.features import ClusterDoc, to_docs
from newsfuse.cluster.lexical import word_keys
from newsfuse.cluster.options import ClusterOptions
from newsfuse.cluster.score import same_story_probability
from newsfuse.embed import Embedder, default_embedder
from newsfuse.model import Article


@dataclass(frozen=True)
class PairFeatures:
    """Dense n x n matrices of the pair features (diagonal included)."""

    embedding: np.ndarray
    lexical: np.ndarray
    entity: np.ndarray
    both_entities: np.ndarray
    too_far_apart: np.ndarray  # bool: both dated, further apart than the window


def _tfidf_cosines(bags: Sequence[Sequence[str]], binary: bool) -> np.ndarray:
    if not any(bags):
        return np.zeros((len(bags), len(bags)))
    vectorizer = TfidfVectorizer(analyzer=lambda keys: keys, binary=binary, sublinear_tf=True)
    matrix = vectorizer.fit_transform(bags)
    return np.asarray((matrix @ matrix.T).todense()) if sparse.issparse(matrix) else matrix @ matrix.T


def _date_gaps(docs: Sequence[ClusterDoc], window_days: int) -> np.ndarray:
    ordinals = np.array([d.date.toordinal() if d.date else np.nan for d in docs], dtype=np.float64)
    gaps = np.abs(ordinals[:, None] - ordinals[None, :])
    return np.nan_to_num(gaps, nan=0.0) > window_days


def pair_features(docs: Sequence[ClusterDoc], embeddings: np.ndarray, options: ClusterOptions) -> PairFeatures:
    """All pair features of a batch (IDF from the batch itself)."""
    words = [list(word_keys(d.words).elements()) for d in docs]
    entities = [list(d.entities) if options.use_entities else [] for d in docs]
    has_entities = np.array([bool(e) for e in entities], dtype=np.float64)
    far = _date_gaps(docs, options.window_days) if options.use_time else np.zeros((len(docs),) * 2, bool)
    return PairFeatures(
        embedding=np.clip(embeddings @ embeddings.T, -1.0, 1.0),
        lexical=_tfidf_cosines(words, binary=False),
        entity=_tfidf_cosines(entities, binary=True),
        both_entities=np.outer(has_entities, has_entities),
        too_far_apart=far,
    )


def pair_probabilities(features: PairFeatures, options: ClusterOptions) -> np.ndarray:
    p = same_story_probability(
        features.embedding, features.lexical, features.entity, features.both_entities, options.pair_weights
    )
    np.fill_diagonal(p, 1.0)
    return p


def group_by_probability(
    ids: Sequence[str], probability: np.ndarray, link_probability: float, too_far_apart: np.ndarray | None = None
) -> list[list[str]]:
    """Average-linkage groups whose mean pair probability stays above ``link_probability``.

    Time acts as connectivity, not as a pair veto: two groups may merge only if some
    pair across them lies within the story window, so a story can run for weeks
    through a chain of articles while two same-kind events months apart stay apart.
    """
    if len(ids) < 2:
        return [list(ids)] if ids else []
    connectivity = None
    if too_far_apart is not None and too_far_apart.any():
        connectivity = sparse.csr_matrix(~too_far_apart)
    model = AgglomerativeClustering(
        n_clusters=None, metric="precomputed", linkage="average",
        distance_threshold=1.0 - link_probability, connectivity=connectivity,
    )
    with warnings.catch_warnings():  # disconnected components are intended: time apart
        warnings.simplefilter("ignore", UserWarning)
        labels = model.fit_predict(1.0 - probability)
    groups: dict[int, list[str]] = {}
    for id_, label in zip(ids, labels):
        groups.setdefault(int(label), []).append(id_)
    return sorted(groups.values(), key=lambda g: (-len(g), g[0]))


def embed_docs(docs: Sequence[ClusterDoc], embedder: Embedder) -> np.ndarray:
    return np.asarray(embedder.embed([d.lead for d in docs]), dtype=np.float32)


def cluster(
    articles: Sequence[Article | Mapping[str, Any]],
    options: ClusterOptions | None = None,
    embedder: Embedder | None = None,
) -> list[list[str]]:
    """Group articles into stories; returns lists of article ids, each id exactly once.

    ``articles`` are :class:`Article` objects or dicts with ``id``, ``text`` and optional
    ``title``, ``source``, ``date`` (ISO), ``lang``. Pass an ``embedder`` to share a loaded
    model (default: a fresh WordLlama embedder).
    """
    options = options or ClusterOptions()
    docs = to_docs(articles, options.lead_chars, options.lexical_chars)
    if len(docs) < 2:
        return [[d.id] for d in docs]
    embeddings = embed_docs(docs, embedder or default_embedder())
    features = pair_features(docs, embeddings, options)
    probability = pair_probabilities(features, options)
    return group_by_probability(
        [d.id for d in docs], probability, options.batch_link_probability, features.too_far_apart
    )
