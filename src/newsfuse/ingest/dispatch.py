"""Route each input to its reader: Articles (as they are), dicts, paths (files and
directories), ``-`` for stdin, http(s) URLs. One bad input becomes a Rejection; nothing here raises for it."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path, PurePath
from typing import Any, Iterable, Iterator, Mapping

from newsfuse.ingest import feeds, html, records, text
from newsfuse.ingest.decode import SNIFF_BYTES, as_text_mode, decode, is_wide, looks_binary
from newsfuse.ingest.fetch import HttpFetcher
from newsfuse.ingest.ids import content_id, given_id
from newsfuse.ingest.options import ReadOptions
from newsfuse.ingest.records import article_from_dict
from newsfuse.ingest.sniff import BY_SUFFIX, Kind, sniff
from newsfuse.ingest.scrub import scrub_article, scrub_rejection
from newsfuse.ingest.sources import not_a_file, read_file, read_stream, walk
from newsfuse.model import Article, InputRejected, Rejection

Input = str | Path | Mapping[str, Any] | Article
Item = Article | Rejection

__all__ = ["Input", "ReadOptions", "article_from_dict", "read"]


def read(inputs: Iterable[Input], options: ReadOptions | None = None) -> Iterator[Item]:
    """Articles and Rejections, lazily, in input order (directories in sorted order)."""
    options = options or ReadOptions()
    owned = None if options.fetch else HttpFetcher(options.max_bytes, options.timeout_s)
    fetch = options.fetch or owned
    try:
        for item in _read_each(inputs, options, fetch):
            if not isinstance(item, Article):
                yield scrub_rejection(item)
                continue
            item = scrub_article(item)
            if item.text.strip():
                yield item
            else:  # only NUL characters, say, which scrubbing turned into spaces
                yield Rejection(item.origin or item.id, "empty", "no text but spaces and control characters")
    finally:
        if owned is not None:
            owned.close()


def _read_each(inputs: Iterable[Input], options: ReadOptions, fetch) -> Iterator[Item]:
    for number, item in enumerate(inputs, 1):
        if isinstance(item, Article):  # already read (cleaning starts again from its text)
            yield item
        elif isinstance(item, Mapping):
            origin = given_id(item.get("id")) or f"<record {number}>"
            yield from _guarded(origin, lambda: iter([article_from_dict(item, origin)]))
        elif str(item) == "-":
            yield from _guarded("stdin", lambda: _read_stdin(options))
        elif isinstance(item, str) and item.startswith(("http://", "https://")):
            yield from _guarded(item, lambda: _read_url(item, fetch, options))
        elif isinstance(item, (str, os.PathLike)) and not os.fspath(item):
            yield Rejection(f"<input {number}>", "missing", "an empty path")  # Path("") would be "."
        elif isinstance(item, (str, os.PathLike)):
            yield from _read_path_input(Path(item), options)
        else:
            yield Rejection(f"<input {number}>", "unsupported",
                            f"{type(item).__name__}: not an Article, a dict, a path or a URL")


def _guarded(origin: str, produce) -> Iterator[Item]:
    """Run one reader: its typed rejection, or any unexpected error, becomes a Rejection."""
    try:
        yield from produce()
    except InputRejected as exc:
        yield exc.rejection
    except Exception as exc:  # a reader bug must not sink the batch; it is reported
        yield Rejection(origin, "read-failed", f"{type(exc).__name__}: {exc}")


def _read_path_input(path: Path, options: ReadOptions) -> Iterator[Item]:
    if not path.exists():  # a link that loops or dangles exists as a name: say so
        detail = (os.path.lexists(path) and not_a_file(path)) or "no such file or directory"
        yield Rejection(str(path), "missing", detail)
        return
    if not path.is_dir():
        yield from _guarded(str(path), lambda: _read_file(path, path.stem, options))
        return
    for file in walk(path):
        problem = not_a_file(file)
        if problem:
            yield Rejection(str(file), "not-a-file", problem)
            continue
        # ids are the path under the directory, without suffix: unique, and the stem for flat folders
        stem = PurePath(file.relative_to(path)).with_suffix("").as_posix()
        yield from _guarded(str(file), lambda: _read_file(file, stem, options))


def _read_file(path: Path, stem: str, options: ReadOptions) -> Iterator[Item]:
    kind = BY_SUFFIX.get(path.suffix.lower())
    origin = str(path)
    if kind == "jsonl":  # streamed: the size limit applies per line
        with path.open("rb") as fh:
            head = fh.read(SNIFF_BYTES)
            if looks_binary(head):
                raise InputRejected(Rejection(origin, "binary", "not a text file"))
            if is_wide(head):  # its lines are no b"\n"-split bytes: decoded whole
                raw = read_file(path, options.max_bytes)
                text, _ = decode(raw, origin)
                yield from records.read_jsonl(io.BytesIO(text.encode("utf-8")), stem, origin, options.max_bytes)
                return
            fh.seek(0)
            yield from records.read_jsonl(fh, stem, origin, options.max_bytes)
        return
    raw = read_file(path, options.max_bytes)
    yield from read_bytes(raw, kind or sniff(raw[:SNIFF_BYTES]), stem, origin, options)


def _read_stdin(options: ReadOptions) -> Iterator[Item]:
    stream = options.stdin or sys.stdin.buffer
    raw = read_stream(stream, "stdin", options.max_bytes)
    yield from read_bytes(raw, sniff(raw[:SNIFF_BYTES]), None, "stdin", options)


def _read_url(url: str, fetch, options: ReadOptions) -> Iterator[Item]:
    raw = fetch(url)
    yield from read_bytes(raw, sniff(raw[:SNIFF_BYTES]), None, url, options, url=url)


def read_bytes(
    raw: bytes, kind: Kind, stem: str | None, origin: str, options: ReadOptions, url: str | None = None
) -> Iterator[Item]:
    """One input's bytes, already size-checked, through the reader for ``kind``."""
    if kind == "jsonl":
        yield from records.read_jsonl(io.BytesIO(raw), stem, origin, options.max_bytes)
        return
    decoded, encoding = decode(raw, origin)
    if kind == "feed":  # feedparser honours the XML encoding declaration itself
        yield from feeds.read_feed(raw, stem, origin)
        return
    if kind == "json":
        yield from records.read_json(decoded, stem, origin)
        return
    if kind in ("text", "markdown"):  # spans index the file as open() reads it
        decoded = as_text_mode(decoded, encoding)
    article_id = stem or content_id(decoded)
    if kind == "html":
        article = html.read_html(decoded, article_id, origin, url=url)
    elif kind == "markdown":  # after a UTF-8 BOM's place (`as_text_mode`), the document starts at 1
        article = text.read_markdown(decoded, article_id, origin, start=int(encoding == "utf-8-sig"))
    else:
        article = text.read_text(decoded, article_id, origin)
    if encoding not in ("utf-8", "utf-8-sig"):
        article = article.replace(extra={**article.extra, "encoding": encoding})
    yield article
