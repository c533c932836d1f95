"""HTML pages through trafilatura: the extracted main text becomes ``Article.text``
(spans point into it), its metadata the Article's title, outlet, url and raw date.

Comments are left out: reader comments are not the article (trafilatura's default
keeps them). trafilatura is imported on the first page (1.8 s, 48 MB), so runs over
text and JSON Lines never pay for it."""

from __future__ import annotations

import re
from typing import Any

import lxml.etree
import lxml.html

from newsfuse.model import Article, InputRejected, Rejection

# metadata fields worth keeping in ``extra`` besides the date
_EXTRA_FIELDS = ("author", "description")

# Fewer words than this is no article: trafilatura falls back to whatever text a page
# has ("Home Log in" on a login page). The shortest gold body of the 91 pages in
# ../shared/data/extraction has 69 words; menus and consent walls stay well under 20.
MIN_ARTICLE_WORDS = 20
_WORD = re.compile(r"\w+")


def read_html(page: str, article_id: str, origin: str, url: str | None = None) -> Article:
    """Raises InputRejected "no-article" when trafilatura finds no main text."""
    import trafilatura

    try:
        document = trafilatura.bare_extraction(page, url=url, with_metadata=True, include_comments=False)
    except (ValueError, TypeError) as exc:  # lxml refuses some documents outright
        raise InputRejected(Rejection(origin, "no-article", f"unparsable HTML: {exc}")) from None
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        raise InputRejected(Rejection(origin, "no-article", "no main text found in the page"))
    words = len(_WORD.findall(text))
    if words < MIN_ARTICLE_WORDS:
        raise InputRejected(Rejection(origin, "no-article", f"main text has {words} words"))
    extra: dict[str, Any] = {"format": "html"}
    date = _dated(document.date, page, url)
    if date:
        extra["date"] = date  # raw "YYYY-MM-DD"; the cleaning stage parses it
    for name in _EXTRA_FIELDS:
        value = getattr(document, name, None)
        if value:
            extra[name] = value
    return Article(
        id=article_id,
        text=text,
        title=document.title or None,
        outlet=document.sitename or document.hostname or None,
        url=document.url or url or _declared_url(page),
        language=document.language or None,
        origin=origin,
        extra=extra,
    )


def _declared_url(page: str) -> str | None:
    """The page's canonical link or og:url, where trafilatura found none (5 of the
    extraction benchmark's 91 pages declare one it missed)."""
    try:
        root = lxml.html.document_fromstring(page)
    except (ValueError, lxml.etree.ParserError):
        return None
    found = root.xpath('//link[@rel="canonical"]/@href | //meta[@property="og:url"]/@content')
    return next((str(u).strip() for u in found if str(u).strip().lower().startswith(("http://", "https://"))), None)


def _dated(date: str | None, page: str, url: str | None) -> str | None:
    """trafilatura's date, unless its extensive search made one up from a year alone: a
    footer's "Copyright 2022" or a body's "since 2020" comes back as January 1st. Such a
    date stands only when the page's markup (meta tags, time elements, the URL) says so."""
    if not date or not date.endswith("-01-01"):
        return date
    from htmldate import find_date

    try:
        return find_date(page, url=url, extensive_search=False, original_date=True) or None
    except Exception:  # htmldate refuses some documents: then no date, as without markup
        return None


_BLOCKS = frozenset(
    "p div section article blockquote li ul ol h1 h2 h3 h4 h5 h6 tr table pre figure figcaption header footer".split()
)
_SKIP = frozenset({"script", "style", "noscript", "template"})
_SPACES = re.compile(r"[^\S\n]+")
_INLINE_SPACE = re.compile(r"\s+")  # a line break inside HTML text is a space
_BLANKS = re.compile(r"\n\s*\n\s*")


def fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content), one paragraph per
    block element, blank-line separated. A string with no markup is returned as is."""
    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return fragment.strip()
    parts: list[str] = []
    _walk(root, parts)
    text = "\n".join(_SPACES.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    return _BLANKS.sub("\n\n", text).strip()


def _walk(element, parts: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in _SKIP:
        return
    block = tag in _BLOCKS
    if block:
        parts.append("\n\n")
    if tag == "br":
        parts.append("\n")
    if isinstance(element.tag, str) and element.text:
        parts.append(_INLINE_SPACE.sub(" ", element.text))
    for child in element:
        _walk(child, parts)
        if child.tail:
            parts.append(_INLINE_SPACE.sub(" ", child.tail))
    if block:
        parts.append("\n\n")
