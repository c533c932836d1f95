"""The web face: a FastAPI app serving the JSON API and server-rendered pages over a
story store. Build one with :func:`create_app`; ``newsfuse serve`` runs it."""

from newsfuse.web.app import create_app
from newsfuse.web.settings import WebSettings, settings_from_env
from newsfuse.web.source import IngestOutcome, StoryFilter, StoryPage, StoryRow, StorySource

__all__ = [
    "IngestOutcome",
    "StoryFilter",
    "StoryPage",
    "StoryRow",
    "StorySource",
    "WebSettings",
    "create_app",
    "settings_from_env",
]
