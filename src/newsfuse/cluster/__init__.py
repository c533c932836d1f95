"""Story clustering: which articles tell the same story.

``newsfuse.cluster(articles)`` (batch, order-independent) and
:class:`OnlineClusterer` (join-or-new over a stream, with a nearest-neighbour index
over live stories and serialisable :class:`StoryState`). Both score pairs with one
formula over embeddings, named entities, TF-IDF and time (docs/clustering.md).

This subpackage is itself callable, so ``newsfuse.cluster(articles)`` works while
``newsfuse.cluster.online`` stays importable as a module.
"""

from __future__ import annotations

import sys
import types

from newsfuse.cluster.batch import cluster
from newsfuse.cluster.online import OnlineClusterer, StoryState
from newsfuse.cluster.options import ClusterOptions

__all__ = ["ClusterOptions", "OnlineClusterer", "StoryState", "cluster"]


class _CallableModule(types.ModuleType):
    """``newsfuse.cluster(...)`` calls :func:`cluster` (the package and the function
    share a name; a module whose class defines ``__call__`` serves both)."""

    def __call__(self, articles, options=None, embedder=None):
        return cluster(articles, options=options, embedder=embedder)


sys.modules[__name__].__class__ = _CallableModule
