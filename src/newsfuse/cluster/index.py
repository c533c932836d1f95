"""Nearest live stories by centroid: a faiss inner-product index keyed by story number.

Exact search (``IndexFlatIP``) over *live* stories only: retired stories leave the
index, so a query costs O(live stories), flat as the archive grows. faiss measured
~2,300 queries/s at 100k x 384 here; swap in an IVF/HNSW index beyond that.
"""

from __future__ import annotations

import faiss
import numpy as np


class StoryIndex:
    """Normalised story centroids under int64 keys; add, replace, remove, search."""

    def __init__(self, dim: int):
        self.dim = dim
        self._index = faiss.IndexIDMap2(faiss.IndexFlatIP(dim))

    def __len__(self) -> int:
        return int(self._index.ntotal)

    @staticmethod
    def _row(vector: np.ndarray) -> np.ndarray:
        row = np.asarray(vector, dtype=np.float32).reshape(1, -1)
        norm = float(np.linalg.norm(row))
        return row / norm if norm > 0 else row

    def put(self, key: int, centroid: np.ndarray) -> None:
        """Insert or replace the centroid of story ``key``."""
        ids = np.array([key], dtype=np.int64)
        self._index.remove_ids(ids)
        self._index.add_with_ids(self._row(centroid), ids)

    def remove(self, keys: list[int]) -> None:
        if keys:
            self._index.remove_ids(np.asarray(keys, dtype=np.int64))

    def nearest(self, vector: np.ndarray, k: int) -> list[tuple[int, float]]:
        """Up to ``k`` (key, cosine) pairs, best first."""
        if len(self) == 0 or k <= 0:
            return []
        threads = faiss.omp_get_max_threads()
        faiss.omp_set_num_threads(1)  # one query: OpenMP start-up costs ~500x the search here
        try:
            scores, keys = self._index.search(self._row(vector), min(k, len(self)))
        finally:
            faiss.omp_set_num_threads(threads)
        return [(int(key), float(s)) for key, s in zip(keys[0], scores[0]) if key >= 0]
