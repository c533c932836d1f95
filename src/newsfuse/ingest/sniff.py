"""Which reader an input needs: its file extension when it has a known one, else a
look at its first bytes (stdin, URLs, extension-less files)."""

from __future__ import annotations

import re
from typing import Literal

Kind = Literal["text", "markdown", "json", "jsonl", "html", "feed"]

BY_SUFFIX: dict[str, Kind] = {
    ".txt": "text", ".text": "text",
    ".md": "markdown", ".markdown": "markdown",
    ".json": "json",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
}

_FEED = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.I)
_HTML = re.compile(rb"<(?:!doctype\s+html|html|head|body|article|div|p)[\s>]", re.I)


def kind_of(suffix: str, head: bytes) -> Kind:
    kind = BY_SUFFIX.get(suffix.lower())
    return kind if kind is not None else sniff(head)


def sniff(head: bytes) -> Kind:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if start in (b"{", b"["):
        first_line = head.lstrip().split(b"\n", 1)[0].strip()
        return "jsonl" if start == b"{" and first_line.endswith(b"}") and b"\n{" in head else "json"
    if start == b"<":
        if _FEED.search(head[:4096]):
            return "feed"
        if _HTML.search(head[:4096]):
            return "html"
    return "text"
