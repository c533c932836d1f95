"""Values no store or JSON reader takes, out of every article read.

- A lone surrogate (a JSON ``"\\ud800"`` escape, a file name with a byte the file
  system's encoding cannot decode) is no Unicode text: the tokenizer, UTF-8 output and
  SQLite refuse it. It becomes U+FFFD.
- A NUL character (a JSON ``"\\u0000"`` escape) is refused by PostgreSQL's text type. It
  becomes a space, as a NUL byte in a text file does (`decode`).
- NaN and Infinity (which Python's JSON reader accepts) are no JSON: PostgreSQL's JSON
  column refuses them and other readers fail on ``clean --format json``. They become None.

Each one such value sank its whole batch. Characters are replaced one for one, so every
span into the text stays where it was.
"""

from __future__ import annotations

import dataclasses
import math
import re
from typing import Any

from newsfuse.model import Article, Rejection

_UNSAFE = re.compile("[\ud800-\udfff\x00]")
REPLACEMENT = "\ufffd"
_FIELDS = ("id", "text", "title", "outlet", "url", "language", "origin")


def scrub(value: Any) -> Any:
    """``value`` with every unsafe value replaced, in dicts and lists too."""
    if not unsafe(value):
        return value
    if isinstance(value, str):
        return _UNSAFE.sub(_replacement, value)
    if isinstance(value, float):
        return None  # NaN or an infinity
    if isinstance(value, dict):
        return {scrub(k): scrub(v) for k, v in value.items()}
    return type(value)(map(scrub, value))  # a list or tuple


def unsafe(value: Any) -> bool:
    """Whether ``value`` holds a lone surrogate, a NUL or a non-finite float (nested too)."""
    if isinstance(value, str):
        # isascii is a flag CPython keeps; the NUL test a memchr
        return not (value.isascii() and "\x00" not in value) and _UNSAFE.search(value) is not None
    if isinstance(value, float):
        return not math.isfinite(value)
    if isinstance(value, dict):
        return any(unsafe(k) or unsafe(v) for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return any(map(unsafe, value))
    return False


def _replacement(match: re.Match) -> str:
    return " " if match.group() == "\x00" else REPLACEMENT


def scrub_article(article: Article) -> Article:
    """``article`` itself when it holds no unsafe value, else a copy without any."""
    changed = {f: scrub(getattr(article, f)) for f in (*_FIELDS, "extra") if unsafe(getattr(article, f))}
    return article.replace(**changed) if changed else article


def scrub_rejection(rejection: Rejection) -> Rejection:
    """A rejection names its input (a path may hold an undecodable byte): printable too."""
    changed = {f: scrub(getattr(rejection, f)) for f in ("input", "detail") if unsafe(getattr(rejection, f))}
    return dataclasses.replace(rejection, **changed) if changed else rejection
