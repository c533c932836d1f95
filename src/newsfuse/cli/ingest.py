"""``newsfuse ingest``: read inputs into the store, cluster them into stories, and
recompute the reports of the stories that changed."""

from __future__ import annotations

import json
import sys

from newsfuse.cli.common import add_blas_threads, add_inputs, blas_threads, report_rejections, whole_number


def add_db(parser) -> None:
    parser.add_argument(
        "--db", default=None, metavar="URL",
        help="store: a SQLite path or postgresql://user:pass@host/db (default $NEWSFUSE_DB or ./newsfuse.db)",
    )


def register(sub) -> None:
    p = sub.add_parser("ingest", help="add articles to the store, group them into stories, update their reports")
    add_inputs(p)
    add_db(p)
    p.add_argument("--engine", choices=["local", "ray"], default="local",
                   help="local: one process (default); ray: the batch path on Ray Data")
    p.add_argument("--address", default=None,
                   help="Ray cluster to join (ray://host:10001 or auto); default a local Ray instance")
    p.add_argument("--num-cpus", type=whole_number(1), default=None, help="CPUs for a local Ray instance (default: all)")
    p.add_argument("--batch-size", type=whole_number(1), default=None, help="articles per transaction")
    p.add_argument("--window", type=whole_number(1), default=None, help="raw articles cleaned together")
    p.add_argument("--reports", choices=["window", "end", "none"], default=None,
                   help="when to recompute changed stories' reports (default: window; end with --engine ray)")
    p.add_argument("--embedder", choices=["wordllama", "hashing"], default="wordllama",
                   help="sentence embedder for clustering and summaries (hashing: model-free, for tests)")
    p.add_argument("--no-compare", action="store_true",
                   help="store summaries without the cross-source comparison (much cheaper per story)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    add_blas_threads(p)
    p.set_defaults(handler=run)


def _options(args):
    from newsfuse.engine.local import IngestOptions

    defaults = IngestOptions()
    return IngestOptions(
        batch_size=args.batch_size or defaults.batch_size,
        window=args.window or defaults.window,
        reports=args.reports or ("end" if args.engine == "ray" else "window"),
    )


def _executor(args, embedder):
    from newsfuse.engine.defaults import SummarizeFactory, make_summarize
    from newsfuse.engine.local import LocalExecutor

    if args.engine == "local":
        return LocalExecutor(make_summarize(embedder, compare=not args.no_compare))
    from newsfuse.engine.ray import RayExecutor

    return RayExecutor(SummarizeFactory(args.embedder, compare=not args.no_compare), embedder_name=args.embedder,
                       address=args.address, num_cpus=args.num_cpus)


def run(args) -> int:
    with blas_threads(args):  # this process's; Ray workers are processes of their own
        return _run(args)


def _run(args) -> int:
    from tqdm import tqdm

    from newsfuse.cli import EXIT_OK, EXIT_SKIPPED
    from newsfuse.engine.defaults import make_embedder
    from newsfuse.engine.local import ingest
    from newsfuse.store import Store

    embedder = make_embedder(args.embedder)
    executor = _executor(args, embedder)
    bar = tqdm(unit=" articles", file=sys.stderr, disable=True if args.no_progress else None, desc="stored")

    def on_batch(stats) -> None:
        bar.update(stats.stored - bar.n)
        bar.set_postfix(read=stats.read, dup=stats.duplicates, stories=len(stats.stories_changed), refresh=False)

    with Store.open(args.db) as store:
        try:
            stats = ingest(args.paths, store, executor, embedder=embedder, options=_options(args), on_batch=on_batch)
        finally:
            bar.close()
            if hasattr(executor, "shutdown"):
                executor.shutdown()
    for story_id, error in stats.failed_reports.items():
        print(f"newsfuse: report of story {story_id} failed (it stays stale; a re-run retries): {error}", file=sys.stderr)
    print(json.dumps({"db": store.url, **stats.to_dict()}), file=sys.stderr)
    skipped = report_rejections(stats.rejections)
    return EXIT_SKIPPED if skipped else EXIT_OK
