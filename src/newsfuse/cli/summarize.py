"""``newsfuse summarize PATH...``: read and clean the articles of one story and print its
cited summary (Markdown, JSON or one self-contained HTML file)."""

from __future__ import annotations

import sys
from dataclasses import replace

from newsfuse.cli.common import add_blas_threads, add_inputs, blas_threads, report_rejections, write_json
from newsfuse.embed import default_embedder
from newsfuse.model import NewsfuseError
from newsfuse.pipeline import prepare
from newsfuse.story.summarize import DEFAULT_WORDS, summarize


def register(sub) -> None:
    p = sub.add_parser("summarize", help="summarize one story's articles; every sentence cites its sources")
    add_inputs(p)
    p.add_argument("--words", type=int, default=DEFAULT_WORDS, help=f"word budget (default {DEFAULT_WORDS})")
    p.add_argument("--format", choices=["md", "json", "html"], default="md")
    p.add_argument("--no-compare", action="store_true", help="the summary only, no cross-source comparison")
    add_blas_threads(p)
    p.set_defaults(handler=run)


def run(args) -> int:
    with blas_threads(args):
        return _run(args)


def _run(args) -> int:
    from newsfuse.cli import EXIT_OK, EXIT_SKIPPED, EXIT_USAGE

    if args.words < 1:
        print("newsfuse: --words must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    result = prepare(args.paths)
    skipped = report_rejections(result.rejections)
    if not result.articles:
        print("newsfuse: no article to summarize", file=sys.stderr)
        return EXIT_USAGE
    try:
        report = summarize(result.articles, args.words, compare=not args.no_compare, embedder=default_embedder())
    except NewsfuseError as exc:
        print(f"newsfuse: {exc}", file=sys.stderr)
        return EXIT_USAGE
    # the inputs skipped while reading join those summarize() skipped (a repeated article):
    # the JSON says what was left out, as the API's report does
    rejected = [r.to_dict() for r in result.rejections] + list(report.meta.get("rejected", ()))
    if rejected:
        report = replace(report, meta={**report.meta, "rejected": rejected})
    if args.format == "json":
        write_json(report.to_dict())
    elif args.format == "html":
        from newsfuse.report.html import render_html

        sys.stdout.write(render_html(report))
    else:
        from newsfuse.report.markdown import render_markdown

        sys.stdout.write(render_markdown(report))
    return EXIT_SKIPPED if skipped or rejected else EXIT_OK
