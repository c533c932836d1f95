"""Plain text and Markdown. The text is kept exactly as read; Markdown only lends its
metadata: YAML-style front matter fields and a leading ``# Title`` (or setext title)."""

from __future__ import annotations

import re
from typing import Any

from newsfuse.model import Article

# line ends may be \r\n (a file from Windows) as well as \n
_ATX_TITLE = re.compile(r"\A\s*#[ \t]+(?P<title>[^\r\n]+?)[ \t#]*(?:\r?\n|\Z)")
_SETEXT_TITLE = re.compile(r"\A\s*(?P<title>[^\r\n#][^\r\n]*)\r?\n=+[ \t]*(?:\r?\n|\Z)")
_FRONT_MATTER = re.compile(r"---[ \t]*\r?\n(?P<body>.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)  # matched at its start
_FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$", re.M)

# front matter keys -> Article fields; everything else goes to ``extra``
_FIELDS = {"title": "title", "source": "outlet", "outlet": "outlet", "url": "url", "lang": "language", "language": "language"}


def read_text(text: str, article_id: str, origin: str) -> Article:
    return Article(id=article_id, text=text, origin=origin, extra={"format": "text"})


def read_markdown(text: str, article_id: str, origin: str, start: int = 0) -> Article:
    """``start``: where the document begins (1 after a UTF-8 byte-order mark's place)."""
    fields, rest_at = front_matter(text, start)
    extra: dict[str, Any] = {"format": "markdown"}
    if rest_at:  # the cleaning stage marks these characters as metadata, never body text
        extra["front_matter_chars"] = rest_at
    known: dict[str, str] = {}
    for key, value in fields.items():
        if key in _FIELDS:
            known.setdefault(_FIELDS[key], value)
        elif key == "id":
            article_id = value or article_id
        else:
            extra[key] = value  # "date" among them: the cleaning stage parses it
    title = known.get("title") or markdown_title(text[rest_at:])
    return Article(
        id=article_id,
        text=text,
        title=title,
        outlet=known.get("outlet"),
        url=known.get("url"),
        language=known.get("language"),
        origin=origin,
        extra=extra,
    )


def markdown_title(text: str) -> str | None:
    """The title a Markdown document opens with, without its markup."""
    match = _ATX_TITLE.match(text) or _SETEXT_TITLE.match(text)
    if not match:
        return None
    title = match.group("title").strip()
    return title or None


def front_matter(text: str, start: int = 0) -> tuple[dict[str, str], int]:
    """Simple ``key: value`` front matter fields opening the text at ``start``, and where
    the document proper starts."""
    match = _FRONT_MATTER.match(text, start)
    if not match:
        return {}, 0
    fields = {}
    for field in _FIELD.finditer(match.group("body")):
        fields[field.group("key").lower()] = field.group("value").strip().strip("\"'")
    return fields, match.end()
