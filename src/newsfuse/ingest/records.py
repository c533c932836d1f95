"""JSON and JSON Lines: records with fields ``id, title, text, source/outlet, url,
date, lang``; unknown fields are kept in ``extra``. A record with ``html`` and no
``text`` is extracted like an HTML page."""

from __future__ import annotations

import json
from typing import Any, BinaryIO, Iterator, Mapping

from newsfuse.ingest import html as html_reader
from newsfuse.ingest.decode import decode
from newsfuse.ingest.ids import content_id, given_id
from newsfuse.ingest.sources import limited_lines
from newsfuse.model import Article, InputRejected, Rejection

_KNOWN = frozenset({"id", "title", "text", "source", "outlet", "url", "lang", "language", "html"})


def article_from_dict(data: Mapping[str, Any], origin: str, default_id: str | None = None) -> Article | Rejection:
    """One record to an Article; ``default_id`` stands in for a missing ``id``."""
    text = data.get("text")
    page = data.get("html")
    if text is None and isinstance(page, str):
        return _from_html_record(data, page, origin, default_id)
    if not isinstance(text, str):
        return Rejection(origin, "empty" if text is None else "json", "no 'text'" if text is None else "'text' is not a string")
    if not text.strip():
        return Rejection(origin, "empty", "blank 'text'")
    extra = {k: v for k, v in data.items() if k not in _KNOWN}
    if "date" not in extra and data.get("published") is not None:
        extra["date"] = data["published"]  # the cleaning stage parses extra["date"]
    return Article(
        id=given_id(data.get("id")) or default_id or content_id(text),
        text=text,
        title=_string(data.get("title")),
        outlet=_string(data.get("outlet")) or _string(data.get("source")),
        url=_string(data.get("url")),
        language=_string(data.get("lang")) or _string(data.get("language")),
        origin=origin,
        extra=extra,
    )


def _from_html_record(data: Mapping[str, Any], page: str, origin: str, default_id: str | None) -> Article | Rejection:
    url = _string(data.get("url"))
    article_id = given_id(data.get("id")) or default_id or content_id(page)
    try:
        article = html_reader.read_html(page, article_id, origin, url=url)
    except InputRejected as exc:
        return exc.rejection
    extra = {**article.extra, **{k: v for k, v in data.items() if k not in _KNOWN}}
    if "date" not in data and data.get("published") is not None:
        extra["date"] = data["published"]  # the caller's date wins over the page's, as in a text record
    return article.replace(
        url=url or article.url,  # the caller's url wins over the page's own (canonical, og:url)
        title=_string(data.get("title")) or article.title,
        outlet=_string(data.get("outlet")) or _string(data.get("source")) or article.outlet,
        language=_string(data.get("lang")) or _string(data.get("language")) or article.language,
        extra=extra,
    )


def _string(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    text = str(value).strip()
    return text or None


def read_json(text: str, stem: str | None, origin: str) -> Iterator[Article | Rejection]:
    """One object, or a list of objects (ids default to ``stem:index``, from 1)."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        yield Rejection(origin, "json", _reason(exc))
        return
    if isinstance(data, Mapping):
        yield article_from_dict(data, origin, stem)
        return
    if not isinstance(data, list):
        yield Rejection(origin, "json", f"expected an object or a list, got {type(data).__name__}")
        return
    if not data:  # a file that holds nothing is reported, not silently passed over
        yield Rejection(origin, "empty", "an empty list")
        return
    for index, item in enumerate(data, 1):
        where = f"{origin}[{index}]"
        if isinstance(item, Mapping):
            yield article_from_dict(item, where, f"{stem}:{index}" if stem else None)
        else:
            yield Rejection(where, "json", f"expected an object, got {type(item).__name__}")


def read_jsonl(stream: BinaryIO, stem: str | None, origin: str, max_bytes: int) -> Iterator[Article | Rejection]:
    """Streams the lines; a bad line is a Rejection naming ``file:line``, the others
    are still read. Ids default to ``stem:line``. A file of blank lines is one
    Rejection, so no input passes without a trace."""
    blank = True
    for number, raw in enumerate(limited_lines(stream, max_bytes), 1):
        if raw is None or raw.strip():
            blank = False
            yield _line_item(raw, number, stem, origin, max_bytes)
    if blank:
        yield Rejection(origin, "empty", "only blank lines")


def _line_item(raw: bytes | None, number: int, stem: str | None, origin: str, max_bytes: int) -> Article | Rejection:
    where = f"{origin}:{number}"
    if raw is None:
        return Rejection(where, "too-large", f"line over {max_bytes:,} bytes")
    try:
        text, _ = decode(raw.removeprefix(b"\xef\xbb\xbf") if number == 1 else raw, where)
        data = json.loads(text)
    except InputRejected as exc:
        return exc.rejection
    except (ValueError, RecursionError) as exc:
        return Rejection(where, "json", _reason(exc))
    if not isinstance(data, Mapping):
        return Rejection(where, "json", f"expected an object, got {type(data).__name__}")
    return article_from_dict(data, where, f"{stem}:{number}" if stem else None)


def _reason(exc: Exception) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg} (line {exc.lineno}, column {exc.colno})"
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return str(exc)
