"""Lone surrogates out of every article read.

A JSON ``"\\ud800"`` escape, or a file name with a byte the file system's encoding cannot
decode, puts a lone surrogate into a Python string: no Unicode text, so the tokenizer,
UTF-8 output and SQLite all refuse it, and one such article would sink its whole batch.
Each becomes U+FFFD when the article is read: one character for one, so every span into
the text stays where it was.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from newsfuse.model import Article, Rejection

_LONE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"
_FIELDS = ("id", "text", "title", "outlet", "url", "language", "origin")


def scrub(value: Any) -> Any:
    """``value`` with every lone surrogate replaced, in strings nested in dicts and lists too."""
    if isinstance(value, str):
        if value.isascii():  # a flag CPython keeps: no scan
            return value
        return _LONE.sub(REPLACEMENT, value) if _LONE.search(value) else value
    if isinstance(value, dict):
        return {scrub(k): scrub(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(map(scrub, value))
    return value


def scrub_article(article: Article) -> Article:
    """``article`` itself when it holds no lone surrogate, else a copy without any."""
    changed = {f: scrub(getattr(article, f)) for f in _FIELDS}
    changed = {f: v for f, v in changed.items() if v is not getattr(article, f)}
    extra = scrub(article.extra) if article.extra else article.extra
    if extra != article.extra:
        changed["extra"] = extra
    return article.replace(**changed) if changed else article


def scrub_rejection(rejection: Rejection) -> Rejection:
    """A rejection names its input (a path may hold an undecodable byte): printable too."""
    fields = {"input": scrub(rejection.input), "detail": scrub(rejection.detail)}
    same = all(v is getattr(rejection, k) for k, v in fields.items())
    return rejection if same else dataclasses.replace(rejection, **fields)
