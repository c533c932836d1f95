"""Small builders shared by the reader tests."""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path

import pytest

from newsfuse.ingest import ReadOptions, read
from newsfuse.model import Article, Rejection

BODY = (
    "The city council voted on Tuesday to expand the tram network by twelve kilometres. "
    "Construction is expected to start next spring and to last three years, officials said. "
    "Opponents argued that the money would be better spent on buses, which serve more districts. "
    "The mayor said the new line would connect the university with the central station."
)


def article_page(title: str = "Council backs tram expansion", body: str = BODY) -> str:
    """A news page with navigation, an article, related links and a footer."""
    paragraphs = "".join(f"<p>{s.strip()}.</p>" for s in body.split(". ") if s.strip())
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | Daily Planet</title>
<meta property="og:site_name" content="Daily Planet">
<meta property="og:title" content="{title}">
<meta name="date" content="2024-03-05">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>{title}</h1>{paragraphs}</article>
<aside><h2>Related</h2><ul><li><a href="/a">Other story one</a></li><li><a href="/b">Other story two</a></li></ul></aside>
<footer><p>Copyright 2024 Daily Planet. All rights reserved.</p></footer>
</body></html>"""


def read_all(inputs, **options) -> list[Article | Rejection]:
    return list(read(inputs, ReadOptions(**options)))


def articles(items) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def rejections(items) -> list[Rejection]:
    return [i for i in items if isinstance(i, Rejection)]


@pytest.fixture
def write(tmp_path: Path):
    """write(name, content) -> path; str content is written as UTF-8."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            content = content.encode("utf-8")
        path.write_bytes(content)
        return path

    return _write


@pytest.fixture
def served(tmp_path):
    """A local HTTP server on 127.0.0.1 serving tmp_path."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    handler.log_message = lambda *a: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
