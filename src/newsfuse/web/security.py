"""What every response gets and every request is held to: a strict
Content-Security-Policy (no inline script, nothing from other origins), a body size
limit enforced while the body streams in, and errors that never show a stack trace.

Plain ASGI middleware rather than Starlette's BaseHTTPMiddleware: it wraps ``send`` and
``receive`` without buffering responses, and keeps working for streamed bodies.
"""

from __future__ import annotations

import json
import logging
from typing import Any, Callable

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("newsfuse.web")

# Scripts and styles only from this server, no inline script, no plugins, no framing.
# Scraped text is escaped anyway; this is the second wall if some escape is ever missed.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
)


class BodyTooLarge(Exception):
    """Raised inside ``receive`` once a body passes the limit."""


class SecurityMiddleware:
    """Adds the security headers and refuses bodies over ``max_body_bytes`` (413),
    from the Content-Length when given, else while counting the streamed chunks."""

    def __init__(self, app: ASGIApp, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.max_body_bytes:
            await _too_large(send, self.max_body_bytes)
            return
        started = False
        seen = 0

        async def limited_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body_bytes:
                    raise BodyTooLarge()
            return message

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message["headers"] = list(message.get("headers", [])) + list(SECURITY_HEADERS)
            await send(message)

        try:
            await self.app(scope, limited_receive, send_with_headers)
        except BodyTooLarge:
            if not started:
                await _too_large(send, self.max_body_bytes)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _too_large(send: Send, limit: int) -> None:
    body = json.dumps({"error": "too-large", "detail": f"request body over {limit:,} bytes"}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": 413, "headers": headers + list(SECURITY_HEADERS)})
    await send({"type": "http.response.body", "body": body})


def error_body(code: str, detail: Any = "") -> dict[str, Any]:
    return {"error": code, "detail": detail}


HtmlError = Callable[[Request, int, str], Response]
ERROR_CODES = {404: "not-found", 401: "unauthorized", 403: "forbidden", 405: "method-not-allowed"}


def wants_html(request: Request) -> bool:
    return not request.url.path.startswith(("/api/", "/openapi")) and "text/html" in request.headers.get("accept", "")


def install_error_handlers(app: FastAPI, html_error: HtmlError) -> None:
    """JSON errors with a short code (an HTML page for browsers off the API);
    unexpected exceptions are logged here and the client gets only "internal" (never
    a traceback, never the exception text)."""

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        code = ERROR_CODES
        if wants_html(request):
            return html_error(request, exc.status_code, ERROR_CODES.get(exc.status_code, "error"))
        return JSONResponse(
            error_body(code.get(exc.status_code, "http-error"), exc.detail),
            status_code=exc.status_code,
            headers=getattr(exc, "headers", None),
        )

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        if wants_html(request):
            return html_error(request, 422, "invalid")
        # Only where and what, not the input echoed back.
        problems = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", "")} for e in exc.errors()]
        return JSONResponse(error_body("invalid", problems), status_code=422)

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception) -> JSONResponse:
        if _database_busy(exc):  # another writer held the lock past the busy timeout: try again
            log.warning("database busy on %s %s: %s", request.method, request.url.path, exc)
            return JSONResponse(error_body("busy", "the database is busy with another writer; retry shortly"),
                                status_code=503, headers={"Retry-After": str(BUSY_RETRY_AFTER_S)})
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return JSONResponse(error_body("internal", "internal server error"), status_code=500)


BUSY_RETRY_AFTER_S = 5


def _database_busy(exc: Exception) -> bool:
    """A SQLite "database is locked" (or PostgreSQL lock timeout) surfacing from a write."""
    if not type(exc).__module__.startswith("sqlalchemy"):
        return False
    text = str(getattr(exc, "orig", None) or exc).lower()
    return "database is locked" in text or "lock timeout" in text or "could not obtain lock" in text
