"""The online clusterer of a store that other writers share.

Each writer (an ingest, the web app) keeps the clusterer in memory between its batches.
Another process may store batches in between: its clusterer numbered new stories and
moved document frequencies on its own, so a stale copy would reuse its story ids and put
unrelated articles into one story. Every batch therefore runs in an exclusive
transaction (`Store.batch(exclusive=True)`) and first brings the clusterer in step with
the snapshot saved last (`checkpoint`): when the stamp it saved is no longer the
store's, it reloads the store's snapshot.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from newsfuse.engine import checkpoint
from newsfuse.store import Store, StoreBatch


_UNSEEN = dt.datetime.min.replace(tzinfo=dt.timezone.utc)  # a stamp no store holds


class LiveClusterer:
    """``in_step(tx)`` at the start of every batch, ``save(tx)`` after adding to it."""

    def __init__(self, store: Store, embedder: Any, cluster_options: Any = None):
        self.embedder = embedder
        self.options = cluster_options
        self.clusterer: Any = None
        self.stamp: dt.datetime | None = None
        with store.batch() as tx:
            self._load(tx)

    def in_step(self, tx: StoreBatch) -> Any:
        """The clusterer as the store's latest snapshot has it (reloaded only if another
        writer saved one since this one did)."""
        if tx.checkpoint_stamp(checkpoint.CHECKPOINT_NAME) != self.stamp:
            self._load(tx)
        return self.clusterer

    def forget(self) -> None:
        """Drop the clusterer (a batch it took in was not stored): the next batch reloads
        the store's snapshot."""
        self.clusterer, self.stamp = None, _UNSEEN

    def save(self, tx: StoreBatch) -> None:
        """Save the clusterer's snapshot with the batch, and remember its stamp."""
        self.stamp = tx.save_checkpoint(checkpoint.CHECKPOINT_NAME, checkpoint.snapshot(self.clusterer))

    def _load(self, tx: StoreBatch) -> None:
        from newsfuse.cluster import OnlineClusterer

        self.stamp = tx.checkpoint_stamp(checkpoint.CHECKPOINT_NAME)
        saved = tx.checkpoint(checkpoint.CHECKPOINT_NAME)
        if saved is not None:
            restored = checkpoint.restore(saved, self.embedder)
            if self.options is None or restored.options == self.options:
                self.clusterer = restored
                return
        if self.clusterer is None:  # nothing saved, or saved with other options: a fresh one
            self.clusterer = OnlineClusterer(self.options, self.embedder)
