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
from newsfuse.model import NewsfuseError
from newsfuse.store import Store, StoreBatch


_UNSEEN = dt.datetime.min.replace(tzinfo=dt.timezone.utc)  # a stamp no store holds


class LiveClusterer:
    """``in_step(tx)`` at the start of every batch, ``save(tx)`` after adding to it,
    ``forget()`` when the batch was not stored."""

    def __init__(self, store: Store, embedder: Any, cluster_options: Any = None):
        self.embedder = embedder
        self.options = cluster_options
        self.clusterer: Any = None
        self.stamp: dt.datetime | None = None
        with store.batch() as tx:
            self._load(tx)

    def in_step(self, tx: StoreBatch) -> Any:
        """The clusterer as the store's latest snapshot has it (reloaded only if another
        writer saved one since this one did, or this one's last batch was not stored)."""
        if self.stamp is _UNSEEN or tx.checkpoint_stamp(checkpoint.CHECKPOINT_NAME) != self.stamp:
            self._load(tx)
        return self.clusterer

    def save(self, tx: StoreBatch) -> None:
        """Save the clusterer's snapshot with the batch, and remember its stamp."""
        self.stamp = tx.save_checkpoint(checkpoint.CHECKPOINT_NAME, checkpoint.snapshot(self.clusterer))

    def forget(self) -> None:
        """The batch the clusterer took in was not stored: reload before the next one
        (the clusterer object stays for what its options say meanwhile)."""
        self.stamp = _UNSEEN

    def _load(self, tx: StoreBatch) -> None:
        from newsfuse.cluster import OnlineClusterer

        stamp = tx.checkpoint_stamp(checkpoint.CHECKPOINT_NAME)
        saved = tx.checkpoint(checkpoint.CHECKPOINT_NAME)
        if saved is None:
            self.clusterer = OnlineClusterer(self.options, self.embedder)  # nothing stored yet
        else:
            restored = checkpoint.restore(saved, self.embedder)
            if self.options is not None and restored.options != self.options:
                # another clusterer would restart story ids and merge new articles into stored stories
                raise NewsfuseError(
                    "the store's stories were clustered with other options; use the same options "
                    "(or a new store)"
                )
            self.clusterer = restored
        self.stamp = stamp
