"""The JSON API: story list, one story's report, one article, and the ingest endpoint.

Handlers are plain ``def``: FastAPI runs them in its thread pool, so the synchronous
store never blocks the event loop. The story endpoint returns exactly the JSON of
``newsfuse story --format json`` (the stored ``Report.to_dict()``).
"""

from __future__ import annotations

import datetime as dt
import hmac
import json
from typing import Annotated, Any, Mapping

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from newsfuse.web import ids as _ids  # noqa: F401  (registers the "anypath" route convertor)
from newsfuse.web.security import error_body
from newsfuse.web.settings import WebSettings
from newsfuse.web.source import IngestOutcome, StoryFilter, StorySource

router = APIRouter(prefix="/api")


# Dependencies that only read app.state are ``async``: a plain ``def`` dependency is
# run in the thread pool, a thread hop per request for nothing (bench/serve.py).
async def get_source(request: Request) -> StorySource:
    return request.app.state.source


async def get_settings(request: Request) -> WebSettings:
    return request.app.state.settings


Source = Annotated[StorySource, Depends(get_source)]
Settings = Annotated[WebSettings, Depends(get_settings)]


class StoryItem(BaseModel):
    id: str
    headline: str | None
    size: int = Field(description="number of articles")
    outlets: list[str]
    outlet_count: int
    first_seen: dt.date | None
    last_seen: dt.date | None


class StoryList(BaseModel):
    stories: list[StoryItem]
    total: int = Field(description="stories matching the filters, all pages")
    limit: int
    offset: int


class IngestResult(BaseModel):
    accepted: list[dict[str, Any]] = Field(description="index, article id, story id (duplicate_of for a copy already stored)")
    rejected: list[dict[str, Any]] = Field(description="index, reason code, detail")


INGEST_BODY_SCHEMA = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": {
                    "oneOf": [
                        {"type": "array", "items": {"type": "object"}},
                        {"type": "object", "properties": {"articles": {"type": "array", "items": {"type": "object"}}}},
                    ],
                    "description": "articles as objects with text (or html), title, outlet, url, published, lang, id",
                }
            }
        },
    }
}


async def story_filter(settings: Settings, since: dt.date | None = None, outlet: str | None = None,
                 q: Annotated[str | None, Query(max_length=200, description="words in headlines or summaries")] = None,
                 min_outlets: Annotated[int, Query(ge=0, le=1000)] = 0,
                 limit: Annotated[int | None, Query(ge=1)] = None,
                 offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0) -> StoryFilter:
    """The list's query parameters; ``limit`` is capped at the settings' page size."""
    size = min(limit or settings.page_size, settings.max_page_size)
    return StoryFilter(since=since, outlet=outlet or None, text=(q or "").strip() or None,
                       min_outlets=min_outlets, limit=size, offset=offset)


@router.get("/stories", response_model=StoryList, summary="List stories, newest and biggest first")
def list_stories(source: Source, query: Annotated[StoryFilter, Depends(story_filter)]) -> dict[str, Any]:
    page = source.stories(query)
    return {"stories": [r.to_dict() for r in page.rows], "total": page.total,
            "limit": query.limit, "offset": query.offset}


@router.get("/stories/{story_id:anypath}", summary="One story's full report (as `newsfuse story --format json`)",
            responses={404: {"description": "no such story"}})
def get_story(story_id: str, source: Source) -> Response:
    body = source.report_json(story_id)
    if body is None:
        raise HTTPException(404, f"no story {story_id!r}")
    # The stored JSON text as it is: parsing it and encoding it again took two thirds of
    # this endpoint's time (bench/serve.py).
    return Response(body, media_type="application/json")


@router.get("/articles/{article_id:anypath}", summary="One article: cleaned body, units, sentences, removed spans",
            responses={404: {"description": "no such article"}})
def get_article(article_id: str, source: Source) -> dict[str, Any]:
    article = source.article(article_id)
    if article is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return {**article.to_dict(), "body": article.body}


async def check_token(request: Request, settings: Settings) -> None:
    """Bearer token in constant time; with no token configured, writing is off."""
    if not settings.ingest_enabled:
        raise HTTPException(403, "ingest is disabled on this server")
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), settings.ingest_token.encode()):
        raise HTTPException(401, "missing or wrong token", headers={"WWW-Authenticate": "Bearer"})


@router.post("/articles", response_model=IngestResult, dependencies=[Depends(check_token)],
             openapi_extra=INGEST_BODY_SCHEMA, summary="Ingest JSON articles (needs the bearer token)",
             responses={400: {"description": "body is not JSON"}, 401: {"description": "wrong token"},
                        403: {"description": "ingest is off"}, 413: {"description": "too large"}})
async def ingest(request: Request, source: Source, settings: Settings) -> Any:
    raw = await request.body()  # size already bounded by the security middleware
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        return JSONResponse(error_body("json", f"body is not JSON: {exc.msg} at {exc.pos}"), 400)
    except (ValueError, RecursionError):  # bad encoding, a 5,000-digit number, deep nesting
        return JSONResponse(error_body("json", "body is not JSON this server reads"), 400)
    records = data.get("articles") if isinstance(data, Mapping) else data
    if not isinstance(records, list):
        return JSONResponse(error_body("shape", "expected a list of articles or {\"articles\": [...]}"), 422)
    if len(records) > settings.max_articles:
        return JSONResponse(error_body("too-large", f"over {settings.max_articles} articles in one request"), 413)
    outcomes = await _ingest_in_thread(source, records)
    return {"accepted": [o.to_dict() for o in outcomes if o.ok], "rejected": [o.to_dict() for o in outcomes if not o.ok]}


async def _ingest_in_thread(source: StorySource, records: list[Any]) -> list[IngestOutcome]:
    """Objects go to the store (in a worker thread); anything else is refused here."""
    objects = [(i, r) for i, r in enumerate(records) if isinstance(r, Mapping)]
    refused = [IngestOutcome(i, reason="json", detail="not a JSON object")
               for i, r in enumerate(records) if not isinstance(r, Mapping)]
    stored = await run_in_threadpool(source.ingest, [r for _, r in objects]) if objects else []
    renumbered = [IngestOutcome(objects[o.index][0], o.article, o.story, o.duplicate_of, o.reason, o.detail)
                  for o in stored]
    return sorted(renumbered + refused, key=lambda o: o.index)
