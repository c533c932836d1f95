"""Stable article ids: the one given, else where the article came from (file stem,
``stem:line``), else a hash of its content, so re-reading the same input gives the
same id."""

from __future__ import annotations

import hashlib


def content_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def given_id(value: object) -> str | None:
    """An id field as a string, exactly as given (citations name it, and a reader looks
    it up among the ids it gave: "a " is not "a"); ``None`` for a missing or blank one.
    A number is its decimal string (7 is "7")."""
    if value is None or isinstance(value, (dict, list)):
        return None
    text = str(value)
    return text if text.strip() else None
