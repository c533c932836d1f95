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
    if isinstance(value, str):
        if value.isascii() and "\x00" not in value:  # isascii is a flag CPython keeps; the NUL test a memchr
            return value
        return _UNSAFE.sub(_replacement, value) if _UNSAFE.search(value) else value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {scrub(k): scrub(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(map(scrub, value))
    return value


def _replacement(match: re.Match) -> str:
    return " " if match.group() == "\x00" else REPLACEMENT


def scrub_article(article: Article) -> Article:
    """``article`` itself when it holds no unsafe value, else a copy without any."""
    changed = {f: scrub(getattr(article, f)) for f in _FIELDS}
    changed = {f: v for f, v in changed.items() if v is not getattr(article, f)}
    extra = scrub(article.extra) if article.extra else article.extra
    if extra != article.extra or _has_nan(article.extra):  # NaN != NaN: compare by finding
        changed["extra"] = extra
    return article.replace(**changed) if changed else article


def scrub_rejection(rejection: Rejection) -> Rejection:
    """A rejection names its input (a path may hold an undecodable byte): printable too."""
    fields = {"input": scrub(rejection.input), "detail": scrub(rejection.detail)}
    same = all(v is getattr(rejection, k) for k, v in fields.items())
    return rejection if same else dataclasses.replace(rejection, **fields)


def _has_nan(value: Any) -> bool:
    if isinstance(value, float):
        return not math.isfinite(value)
    if isinstance(value, dict):
        return any(map(_has_nan, value.values()))
    if isinstance(value, (list, tuple)):
        return any(map(_has_nan, value))
    return False
