"""``newsfuse clean``: print each article as cleaned."""

from __future__ import annotations

from newsfuse.cli.common import add_inputs, report_rejections, write_json
from newsfuse.cleaning import CleanOptions
from newsfuse.pipeline import prepare
from newsfuse.report.article_markdown import article_markdown


def register(sub) -> None:
    p = sub.add_parser("clean", help="read and clean articles; print metadata, units with spans, removed lines")
    add_inputs(p)
    p.add_argument("--format", choices=["json", "md"], default="json")
    p.add_argument("--keep-boilerplate", action="store_true", help="remove nothing; only classify")
    p.set_defaults(handler=run)


def run(args) -> int:
    from newsfuse.cli import EXIT_OK, EXIT_SKIPPED

    result = prepare(args.paths, CleanOptions(keep_boilerplate=args.keep_boilerplate))
    if args.format == "json":
        write_json([a.to_dict() for a in result.articles])
    else:
        print("\n\n".join(article_markdown(a) for a in result.articles))
    skipped = report_rejections(result.rejections)
    return EXIT_SKIPPED if skipped else EXIT_OK
