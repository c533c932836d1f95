"""Reading articles in: files, directories, stdin, URLs, dicts; plain text, Markdown,
JSON/JSONL, HTML, RSS/Atom. Readers yield :class:`~newsfuse.model.Article` or
:class:`~newsfuse.model.Rejection`, never raise for one bad input."""

from newsfuse.ingest.dispatch import read
from newsfuse.ingest.options import DEFAULT_MAX_BYTES, ReadOptions
from newsfuse.ingest.records import article_from_dict

__all__ = ["DEFAULT_MAX_BYTES", "ReadOptions", "article_from_dict", "read"]
