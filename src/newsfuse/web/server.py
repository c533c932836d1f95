"""Run the web app over a store: the one library call behind ``newsfuse serve``."""

from __future__ import annotations

import os
from typing import Any

from newsfuse.web.settings import WebSettings, settings_from_env


def build_app(db: str | os.PathLike[str] | None = None, *, embedder: str = "wordllama",
              summarize: bool = True, settings: WebSettings | None = None) -> tuple[Any, Any]:
    """The app over the store at ``db`` (default: the embedded SQLite file) and the
    open Store (the caller closes it). ``embedder`` names the clustering/summary
    embedder for ingests (loaded on the first one); ``summarize`` recomputes changed
    stories' reports after each ingest."""
    from newsfuse.engine.defaults import make_embedder, make_summarize
    from newsfuse.store import Store
    from newsfuse.web.app import create_app
    from newsfuse.web.store_source import StoreSource

    store = Store.open(db)
    model = make_embedder(embedder)
    source = StoreSource(store, embedder=model, summarize=make_summarize(model) if summarize else None)
    return create_app(source, settings or settings_from_env()), store


def serve(db: str | os.PathLike[str] | None = None, host: str = "127.0.0.1", port: int = 8000, **options: Any) -> None:
    """Serve until interrupted (uvicorn, one process)."""
    import uvicorn

    app, store = build_app(db, **options)
    try:
        uvicorn.run(app, host=host, port=port, server_header=False, proxy_headers=False)
    finally:
        store.close()
