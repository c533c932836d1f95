"""``newsfuse story ID``: one story's latest report (or a given version, or its history)."""

from __future__ import annotations

import importlib
import sys

from newsfuse.cli.common import whole_number, write_json
from newsfuse.cli.ingest import add_db

# Renderers the report stage provides: (module, function) taking the stored record's
# dict (ReportRecord.to_dict()) and returning text. JSON is printed when one is missing.
RENDERERS = {
    "md": ("newsfuse.report.markdown", "render_markdown"),
    "html": ("newsfuse.report.html", "render_html"),
}


def register(sub) -> None:
    p = sub.add_parser("story", help="print a story's report (summary with citations, comparison)")
    p.add_argument("story_id", metavar="ID")
    add_db(p)
    p.add_argument("--format", choices=["md", "json", "html"], default="md")
    p.add_argument("--version", type=whole_number(1), default=None, help="an earlier version of the report")
    p.add_argument("--history", action="store_true", help="every version: when it changed, what was added")
    p.set_defaults(handler=run)


def _renderer(fmt: str):
    module_name, function = RENDERERS[fmt]
    try:
        return getattr(importlib.import_module(module_name), function)
    except (ImportError, AttributeError):
        return None


def run(args) -> int:
    from newsfuse.cli import EXIT_USAGE
    from newsfuse.store import Store

    with Store.open(args.db) as store:
        summary = store.story(args.story_id)
        if summary is None:
            print(f"newsfuse: no story {args.story_id!r}", file=sys.stderr)
            return EXIT_USAGE
        if args.history:
            write_json([r.to_dict() | {"report": None} for r in store.report_history(args.story_id)])
            return 0
        record = store.report(args.story_id, args.version)
    if record is None:
        print(f"newsfuse: story {args.story_id!r} has no report" + (f" version {args.version}" if args.version is not None else ""),
              file=sys.stderr)
        return EXIT_USAGE
    data = record.to_dict() | {"story_info": summary.to_dict()}
    render = None if args.format == "json" else _renderer(args.format)
    if render is None:
        if args.format != "json":
            print(f"newsfuse: no {args.format} renderer installed; printing JSON", file=sys.stderr)
        write_json(data)
    else:
        sys.stdout.write(render(data))
        if args.format == "md":  # when it changed and what was added: the store's part
            from newsfuse.report.summary_view import md_code

            added = ", ".join(map(md_code, record.added))  # ids are input: shown as code, never markup
            sys.stdout.write(f"\n*Report version {record.version}, {record.created_at:%Y-%m-%d %H:%M} UTC; "
                             f"added: {added}.*\n")
    return 0
