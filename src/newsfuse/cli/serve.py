"""``newsfuse serve``: the web page and JSON API over a store."""

from __future__ import annotations

from newsfuse.cli.common import add_blas_threads, blas_threads


def register(sub) -> None:
    p = sub.add_parser("serve", help="serve the story pages and the JSON API (OpenAPI at /openapi.json)")
    p.add_argument("--db", default=None, help="store: a path or SQLAlchemy URL (default $NEWSFUSE_DB or ./newsfuse.db)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--embedder", choices=["wordllama", "hashing"], default="wordllama",
                   help="embedder for clustering and summaries of ingested articles")
    p.add_argument("--no-summarize", action="store_true",
                   help="leave ingested stories' reports to the batch instead of recomputing them")
    add_blas_threads(p)
    p.set_defaults(handler=run)


def run(args) -> int:
    from newsfuse.cli import EXIT_OK
    from newsfuse.web.server import serve

    with blas_threads(args):
        serve(args.db, args.host, args.port, embedder=args.embedder, summarize=not args.no_summarize)
    return EXIT_OK
