"""Reading articles in: files, directories, stdin, dicts; text, Markdown, JSON/JSONL,
HTML, RSS/Atom. Readers yield :class:`~newsfuse.model.Article` or
:class:`~newsfuse.model.Rejection`, never raise for one bad input."""

from newsfuse.ingest.dispatch import ReadOptions, read

__all__ = ["ReadOptions", "read"]
