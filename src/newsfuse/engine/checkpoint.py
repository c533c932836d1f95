"""Exact snapshots of the online clusterer, saved with every stored batch.

``OnlineClusterer.from_states`` reloads live stories but only approximates the
document frequencies, so an ingest resumed from states could decide differently from
one that never stopped. A snapshot keeps everything: the clusterer pickled without its
embedder (reattached on load) and without its faiss index (not picklable; rebuilt from
the live stories in the same row order, so nearest-neighbour ties break the same way).

Snapshots are read back only from the newsfuse store they were written to (pickle:
never load one from an untrusted database).
"""

from __future__ import annotations

import copy
import pickle
import zlib
from typing import Any

import numpy as np

CHECKPOINT_NAME = "online-clusterer"
FORMAT = 1


def snapshot(clusterer: Any) -> bytes:
    """The clusterer's full state as bytes (index and embedder left out)."""
    shell = copy.copy(clusterer)
    order: list[int] = []
    index = getattr(clusterer, "_index", None)
    if index is not None:
        import faiss

        order = faiss.vector_to_array(index._index.id_map).tolist()
    shell._index = None
    shell._embedder = None
    blob = pickle.dumps({"format": FORMAT, "clusterer": shell, "order": order}, protocol=pickle.HIGHEST_PROTOCOL)
    return zlib.compress(blob, 1)


def restore(data: bytes, embedder: Any) -> Any:
    """A clusterer equal to the one :func:`snapshot` saw, using ``embedder``."""
    payload = pickle.loads(zlib.decompress(data))
    if payload.get("format") != FORMAT:
        raise ValueError(f"unknown checkpoint format {payload.get('format')!r}")
    clusterer = payload["clusterer"]
    clusterer._embedder = embedder
    live = {story.key: story for story in clusterer._stories.values()}
    if payload["order"] or live:
        dim = len(next(iter(live.values())).vector_sum) if live else embedder.dim
        index = clusterer._index_for(dim)
        for key in payload["order"]:
            if key in live:
                index.put(key, np.asarray(live[key].vector_sum, dtype=np.float32))
    return clusterer
