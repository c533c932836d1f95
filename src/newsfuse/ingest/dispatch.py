"""Route each input to its reader. (Minimal first version: plain text files,
directories and dicts; the full set of readers lands with the foundation issue.)"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

from newsfuse.model import Article, Rejection

Input = str | Path | Mapping[str, Any]


@dataclass(frozen=True)
class ReadOptions:
    max_bytes: int = 20_000_000  # larger files are rejected as "too-large"


def content_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def article_from_dict(data: Mapping[str, Any], origin: str) -> Article | Rejection:
    text = data.get("text")
    if not isinstance(text, str) or not text.strip():
        return Rejection(origin, "empty", "no 'text'")
    known = {"id", "title", "text", "source", "outlet", "url", "lang", "language"}
    return Article(
        id=str(data.get("id") or content_id(text)),
        text=text,
        title=data.get("title") or None,
        outlet=data.get("outlet") or data.get("source") or None,
        url=data.get("url") or None,
        language=data.get("lang") or data.get("language") or None,
        origin=origin,
        # a raw "date" stays in extra: the metadata stage parses it
        extra={k: v for k, v in data.items() if k not in known},
    )


def read(inputs: Iterable[Input], options: ReadOptions | None = None) -> Iterator[Article | Rejection]:
    options = options or ReadOptions()
    for item in inputs:
        if isinstance(item, Mapping):
            yield article_from_dict(item, origin=str(item.get("id") or "<dict>"))
            continue
        path = Path(item)
        if not path.exists():
            yield Rejection(str(path), "missing", "no such file or directory")
            continue
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for f in files:
            raw = f.read_bytes()
            if not raw.strip():
                yield Rejection(str(f), "empty")
                continue
            text = raw.decode("utf-8", errors="replace")
            yield Article(id=f.stem, text=text, origin=str(f))
