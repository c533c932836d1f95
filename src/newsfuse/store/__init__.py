"""The store: articles (deduplicated by content hash), stories with running aggregates
and clusterer state, and every version of every story's report. SQLite file by
default, PostgreSQL by URL; schema migrations ship in the package and run on open."""

from newsfuse.store.records import AddResult, ReportRecord, StorySummary, content_hash
from newsfuse.store.repository import Store, StoreBatch, StoreError, resolve_url

__all__ = ["AddResult", "ReportRecord", "Store", "StoreBatch", "StoreError", "StorySummary", "content_hash", "resolve_url"]
