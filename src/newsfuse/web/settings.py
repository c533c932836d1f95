"""What the web face is allowed to do: ingest token, request limits, paging bounds.

Read once from the environment by the face that starts the server (``newsfuse serve``)
and passed to :func:`newsfuse.web.create_app`; the app never reads the environment
itself, so tests build apps with any settings side by side.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Mapping

TOKEN_ENV = "NEWSFUSE_INGEST_TOKEN"
MAX_BODY_ENV = "NEWSFUSE_MAX_BODY_BYTES"

# A request body larger than this is refused with 413 before it is read whole. 5 MB holds
# a few hundred typical articles (the seeds average ~6 kB of text each) while keeping one
# request's memory small on a shared server.
DEFAULT_MAX_BODY_BYTES = 5_000_000
# Articles accepted in one ingest request; more is a 413 (split the batch), so one
# request never holds the store's write lock for long.
DEFAULT_MAX_ARTICLES = 500
# Story list paging: the default page and the most a client may ask for in one page.
DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100


@dataclass(frozen=True, slots=True)
class WebSettings:
    """``ingest_token`` None turns the ingest endpoint off (403), whatever is sent."""

    ingest_token: str | None = None
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    max_articles: int = DEFAULT_MAX_ARTICLES
    page_size: int = DEFAULT_PAGE_SIZE
    max_page_size: int = MAX_PAGE_SIZE

    @property
    def ingest_enabled(self) -> bool:
        return bool(self.ingest_token)


def settings_from_env(environ: Mapping[str, str] | None = None) -> WebSettings:
    """Settings from ``NEWSFUSE_*`` variables; an empty token counts as unset."""
    env = os.environ if environ is None else environ
    token = env.get(TOKEN_ENV, "").strip() or None
    max_body = int(env.get(MAX_BODY_ENV, DEFAULT_MAX_BODY_BYTES))
    return WebSettings(ingest_token=token, max_body_bytes=max_body)
