"""``newsfuse stories``: list the stories in the store."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from newsfuse.cli.common import whole_number, write_json
from newsfuse.cli.ingest import add_db

# Characters of a headline shown in the table (the JSON keeps it whole).
HEADLINE_CHARS = 70
OUTLETS_SHOWN = 3


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"wants YYYY-MM-DD, got {value!r}") from exc  # a usage error: exit 2


def register(sub) -> None:
    p = sub.add_parser("stories", help="list stories: size, outlets, first/last seen, headline")
    add_db(p)
    p.add_argument("--since", type=_date, default=None, metavar="DATE",
                   help="only stories last seen on or after DATE (YYYY-MM-DD)")
    p.add_argument("--limit", type=whole_number(0), default=None)
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.set_defaults(handler=run)


def _cell(text: str) -> str:
    """One tab-separated cell: no tab or line break of its own (an outlet label may be an
    id, kept as given), each whitespace run one space."""
    return " ".join(text.split())


def _row(s) -> str:
    labels = [_cell(o) for o in s.outlets[:OUTLETS_SHOWN]]
    outlets = ", ".join(labels) + (f" +{len(s.outlets) - OUTLETS_SHOWN}" if len(s.outlets) > OUTLETS_SHOWN else "")
    headline = _cell(s.headline or "")
    if len(headline) > HEADLINE_CHARS:
        headline = headline[: HEADLINE_CHARS - 1] + "…"
    seen = f"{s.first_seen or '?'}..{s.last_seen or '?'}"
    return f"{_cell(s.id)}\t{s.size}\t{seen}\t{outlets}\t{headline}"


def run(args) -> int:
    from newsfuse.store import Store

    with Store.open(args.db) as store:
        stories = store.stories(since=args.since, limit=args.limit)
    if args.format == "json":
        write_json([s.to_dict() for s in stories])
        return 0
    print("story\tsize\tseen\toutlets\theadline")
    for s in stories:
        print(_row(s))
    if not stories:
        print("newsfuse: no stories" + (f" since {args.since}" if args.since else ""), file=sys.stderr)
    return 0
