"""The ``newsfuse`` command: argument parsing only. Each sub-command lives in its own
module with ``register(subparsers)``; its handler calls one library function and maps
library errors to messages and exit codes."""

from __future__ import annotations

import argparse
import importlib
import sys

from newsfuse.model import NewsfuseError

# Sub-command modules, in the order ``newsfuse --help`` lists them.
COMMANDS = ["clean", "summarize", "ingest", "stories", "story", "serve"]

EXIT_OK = 0
EXIT_SKIPPED = 3  # the batch ran, but some inputs were rejected (reported on stderr)
EXIT_USAGE = 2  # also: a store that cannot be opened
EXIT_FAILED = 1  # the database refused a write (read-only, locked, full)


def build_parser() -> argparse.ArgumentParser:
    from newsfuse import __version__

    parser = argparse.ArgumentParser(prog="newsfuse", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"newsfuse {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"newsfuse.cli.{name}").register(sub)
    return parser


def _utf8_output() -> None:
    """Reports are UTF-8 whatever the locale (the HTML declares it, JSON is UTF-8 by RFC
    8259): a cp1252 console or pipe otherwise cut the output at the first character it
    lacks and ended the run with a traceback. Messages on stderr never fail either."""
    if (getattr(sys.stdout, "encoding", None) or "utf-8").lower().replace("_", "-") not in ("utf-8", "utf8"):
        if hasattr(sys.stdout, "reconfigure"):
            sys.stdout.reconfigure(encoding="utf-8")
    if hasattr(sys.stderr, "reconfigure"):
        sys.stderr.reconfigure(errors="backslashreplace")


def main(argv: list[str] | None = None) -> int:
    _utf8_output()
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except NewsfuseError as exc:  # a store that cannot be opened, ...: said, not a traceback
        print(f"newsfuse: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:
        if not type(exc).__module__.startswith("sqlalchemy"):
            raise
        # a database that refuses a write (read-only, locked, full): its own words, once
        print(f"newsfuse: database error: {getattr(exc, 'orig', None) or exc}", file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
