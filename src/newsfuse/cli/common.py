"""Helpers shared by the sub-commands: reporting rejections, writing output."""

from __future__ import annotations

import json
import sys
from typing import Any, Iterable

from newsfuse.model import Rejection


def report_rejections(rejections: Iterable[Rejection]) -> int:
    """One line per rejected input on stderr; returns how many."""
    n = 0
    for r in rejections:
        print(f"newsfuse: skipped {r}", file=sys.stderr)
        n += 1
    return n


def write_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def add_inputs(parser) -> None:
    parser.add_argument(
        "paths", nargs="+", metavar="PATH",
        help="files, directories (read recursively), URLs of feeds, or - for stdin",
    )
