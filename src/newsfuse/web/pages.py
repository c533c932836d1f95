"""The HTML pages: the story list, a story, an article. Server-rendered Jinja2 with
autoescaping on for every template, so scraped text always renders as text."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlencode

import jinja2
from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from newsfuse.web import ids as _ids  # noqa: F401  (registers the "anypath" route convertor)
from newsfuse.web.api import Source, story_filter
from newsfuse.web.source import StoryFilter
from newsfuse.web.views import article_view, story_view

TEMPLATES_DIR = Path(__file__).parent / "templates"
STATIC_DIR = Path(__file__).parent / "static"

router = APIRouter(include_in_schema=False)


def path_segment(value: object) -> str:
    """An id as one URL path segment: "/" quoted (Jinja's urlencode keeps it), and "." and
    ".." too, which a browser would resolve to this page or the one above."""
    text = quote(str(value), safe="")
    return text.replace(".", "%2E") if text in (".", "..") else text


def build_templates() -> Jinja2Templates:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        autoescape=True,  # every template, whatever its extension
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["segment"] = path_segment
    return Jinja2Templates(env=env)


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, name, context, status_code=status_code)


@router.get("/", response_class=HTMLResponse)
def story_list(request: Request, source: Source, query: Annotated[StoryFilter, Depends(story_filter)]) -> HTMLResponse:
    page = source.stories(query)
    params = {k: v for k, v in request.query_params.items() if k != "offset"}
    prev_offset = max(query.offset - query.limit, 0) if query.offset else None
    next_offset = query.offset + query.limit if query.offset + query.limit < page.total else None
    return render(
        request, "stories.html",
        rows=page.rows, total=page.total, query=query,
        prev_link=None if prev_offset is None else "?" + urlencode({**params, "offset": prev_offset}),
        next_link=None if next_offset is None else "?" + urlencode({**params, "offset": next_offset}),
    )


@router.get("/stories/{story_id:anypath}", response_class=HTMLResponse)
def story_page(request: Request, story_id: str, source: Source) -> HTMLResponse:
    report = source.report(story_id)
    if report is None:
        raise HTTPException(404, "no such story")
    ids = [a["id"] for a in report.get("articles") or ()]
    view = story_view(report, source.articles(ids))
    return render(request, "story.html", story=view)


@router.get("/articles/{article_id:anypath}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str, source: Source) -> HTMLResponse:
    article = source.article(article_id)
    if article is None:
        raise HTTPException(404, "no such article")
    return render(request, "article.html", article=article_view(article, "article"))
