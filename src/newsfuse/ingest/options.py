"""Options of the reading stage."""

from __future__ import annotations

from dataclasses import dataclass
from typing import BinaryIO, Callable

# 20 MB: far above any news article (the largest of the 91 extraction pages, HTML
# with inline scripts, is under 2 MB), small enough that one stray video or dump file
# is refused before it is read into memory.
DEFAULT_MAX_BYTES = 20_000_000

Fetch = Callable[[str], bytes]


@dataclass(frozen=True)
class ReadOptions:
    """``max_bytes`` limits one article's input: a file, a fetched URL, stdin, or one
    line of a JSON Lines file (a JSONL file itself is streamed and may be larger).

    ``fetch`` (URL -> bytes, raising :class:`~newsfuse.model.InputRejected`) and
    ``stdin`` are seams for tests and embedders; by default URLs go through httpx and
    ``-`` reads ``sys.stdin.buffer``.
    """

    max_bytes: int = DEFAULT_MAX_BYTES
    fetch: Fetch | None = None
    stdin: BinaryIO | None = None
    timeout_s: float = 20.0  # per HTTP request
