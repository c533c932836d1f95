"""Properties over arbitrary input: no reader crashes on any bytes, and every span of a
cleaned article indexes ``Article.text`` exactly."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsfuse.cleaning import clean_article
from newsfuse.ingest import ReadOptions, read
from newsfuse.model import Article, Rejection

# examples per property; raise it for a bug hunt (NEWSFUSE_PROPERTY_EXAMPLES=5000)
EXAMPLES = int(os.environ.get("NEWSFUSE_PROPERTY_EXAMPLES", "150"))

EXTENSIONS = [".txt", ".json", ".jsonl", ".html", ".md", ".xml", ""]

# bytes that look a little like each format, so the readers get past their first checks
_PREFIXES = [b"", b"{", b"[", b'{"text": "', b"<html><body><p>", b"<?xml version='1.0'?><rss><channel><item>", b"# ", b"\xef\xbb\xbf", b"\xff\xfe"]
_TOKENS = [b"\n", b"\r\n", b"}", b"]", b'"', b",", b"</p>", b"<p>", b"<item><description>", b"</item>", b"\x00", b"\xe9", b"\xc3\xa9", b"Word. ", b"Mr. Smith said. "]

_bytes = st.builds(
    lambda prefix, parts: prefix + b"".join(parts),
    st.sampled_from(_PREFIXES),
    st.lists(st.one_of(st.binary(max_size=40), st.sampled_from(_TOKENS)), max_size=30),
)


def _read_bytes(raw: bytes, suffix: str) -> list:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(raw)
        return list(read([path], ReadOptions(max_bytes=4096, fetch=_no_network)))


def _no_network(url: str) -> bytes:
    raise AssertionError(f"a file read tried to fetch {url}")


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw=_bytes, suffix=st.sampled_from(EXTENSIONS))
def test_no_reader_crashes_on_arbitrary_bytes(raw, suffix):
    items = _read_bytes(raw, suffix)
    assert items, "every input yields at least one Article or Rejection"
    for item in items:
        assert isinstance(item, (Article, Rejection))
        if isinstance(item, Rejection):
            assert item.reason != "read-failed", item  # a reader bug, caught by the guard
        else:
            assert isinstance(item.text, str) and item.text.strip()


_words = st.sampled_from(
    ["date", "2024-01-05", "2022-12-19T17:51Z", "Published", "19.12.", "Follow us on Twitter", "Advertisement", "By", "Reuters", "The", "council", "said", "on", "Dec.", "19", "U.S.", "Mr.", "Smith", "5", "p.m.", '"Yes,"', "(AP)", "—",
     "Updated", "12:30", "Share", "this", "article", "Read", "more:", "Copyright", "2024", "é", "İ", "ß", "ﬁ", "\u00a0"]
)
_separators = st.sampled_from([" ", " ", "  ", ". ", "! ", "? ", "\n", "\n\n", "\r\n", "\t", "\u2028", "\x0b", "\x1c", "\x85"])
_article_text = st.one_of(
    st.text(max_size=300),
    st.lists(st.tuples(_words, _separators), max_size=80).map(lambda ps: "".join(w + s for w, s in ps)),
    st.lists(st.tuples(_words, _separators), max_size=40).map(lambda ps: " date 2022-12-19 " + "".join(w + s for w, s in ps)),
)


@settings(max_examples=EXAMPLES, deadline=None)
@given(text=_article_text)
def test_every_span_of_a_cleaned_article_indexes_its_text(text):
    article = Article(id="a", text=text)
    cleaned = clean_article(article)
    assert cleaned.text == text
    n = len(text)
    for unit in cleaned.units:
        assert 0 <= unit.start <= unit.end <= n, unit
        assert cleaned.unit_text(unit) == text[unit.start : unit.end]
        assert cleaned.unit_text(unit).strip() == cleaned.unit_text(unit) != "", unit  # trimmed, never empty
    for removed in cleaned.removed:
        assert 0 <= removed.start <= removed.end <= n, removed
        for unit in cleaned.paragraphs:  # removed text is never also kept
            assert unit.end <= removed.start or unit.start >= removed.end, (unit, removed)
    for sentence in cleaned.sentences:
        owner = tuple(p for p in cleaned.paragraphs if p.start <= sentence.start and sentence.end <= p.end)
        assert owner, f"sentence {sentence} lies outside every paragraph"
