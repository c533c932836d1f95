"""The app factory: one ASGI app serving the JSON API (schema at /openapi.json) and
the pages, over whatever :class:`~newsfuse.web.source.StorySource` it is given.

Nothing happens at import time; every app owns its source, settings and templates
(on ``app.state``), so tests run several apps side by side.
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from newsfuse.web import api, pages
from newsfuse.web.security import SecurityMiddleware, install_error_handlers
from newsfuse.web.settings import WebSettings
from newsfuse.web.source import StorySource


def create_app(source: StorySource, settings: WebSettings | None = None) -> FastAPI:
    """``source`` is a StorySource; a :class:`newsfuse.store.Store` is wrapped in
    :class:`~newsfuse.web.store_source.StoreSource` by the caller (``newsfuse serve``)."""
    from newsfuse import __version__

    settings = settings or WebSettings()
    app = FastAPI(
        title="newsfuse",
        version=__version__,
        description="Stories from many outlets: cited summaries and cross-source comparison.",
        # The interactive docs pages load their scripts from a CDN, which the CSP (and an
        # offline server) forbids; the schema itself is served at /openapi.json.
        docs_url=None,
        redoc_url=None,
    )
    app.state.source = source
    app.state.settings = settings
    app.state.templates = pages.build_templates()
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=pages.STATIC_DIR), name="static")
    app.add_middleware(SecurityMiddleware, max_body_bytes=settings.max_body_bytes)
    install_error_handlers(app, html_error=_html_error)
    return app


def _html_error(request: Request, status: int, code: str) -> HTMLResponse:
    messages = {404: "Nothing here.", 401: "Not allowed.", 403: "Not allowed.", 405: "Not allowed.",
                422: "Those filters are not valid."}
    return pages.render(request, "error.html", status_code=status,
                        status=status, message=messages.get(status, "Something went wrong."))
