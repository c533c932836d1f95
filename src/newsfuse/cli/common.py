"""Helpers shared by the sub-commands: reporting rejections, writing output."""

from __future__ import annotations

import argparse
import contextlib
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


def add_blas_threads(parser) -> None:
    parser.add_argument(
        "--blas-threads", type=whole_number(0), default=1, metavar="N",
        help="BLAS threads for this process (default 1: a story's matrices are small and "
             "threads cost more than they save; 0: the BLAS library's own default)",
    )


def whole_number(minimum: int):
    """An argparse type: a whole number from ``minimum`` up to SQLite's integer limit
    (a larger one overflowed deep in the driver)."""

    def parse(value: str) -> int:
        n = int(value)  # argparse turns the ValueError into a usage error
        if not minimum <= n <= MAX_INTEGER:
            raise argparse.ArgumentTypeError(f"must be a whole number from {minimum} to {MAX_INTEGER}, not {n}")
        return n

    parse.__name__ = "whole number"  # argparse's "invalid <name> value: 'x'"
    return parse


MAX_INTEGER = 2**63 - 1


def blas_threads(args) -> contextlib.AbstractContextManager:
    """The command's BLAS thread limit, for the whole run. Process-wide, so it is the
    command's choice, not the library's. A story's sentence matrices are a few hundred
    rows: on 2 cores a 500 x 256 product takes 0.67 ms on one thread and ~8 ms when
    OpenBLAS wakes its threads (docs/summary-rounds.md, "Speed, second round")."""
    n = getattr(args, "blas_threads", 1)
    if not n or n < 1:
        return contextlib.nullcontext()
    from threadpoolctl import threadpool_limits

    return threadpool_limits(limits=n, user_api="blas")
