"""The pages in a real browser: Playwright driving Debian's chromium, headless, over a
uvicorn server on 127.0.0.1. Skipped cleanly where chromium or playwright is absent
(install both with .ci/browser.sh); nothing else in the suite depends on these."""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest

from webseed import STORY_ID, TOKEN

CHROMIUM = Path(os.environ.get("NEWSFUSE_CHROMIUM", "/usr/bin/chromium"))  # Debian's package
if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is not installed (.ci/browser.sh installs it)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
EVIL_TITLE = '<img src=x onerror="window.__pwned=1">Evil headline'
EVIL_TEXT = (
    "<script>window.__pwned = 1</script>\n\n"
    "Putin visited Minsk on Monday for talks, officials said in a statement to reporters.\n\n"
    '<img src=x onerror="window.__pwned=1"> The talks covered energy prices and defence.'
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def server(source):
    import uvicorn

    from conftest import make_app

    app = make_app(source, ingest_token=TOKEN)
    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert srv.started, "server did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=5)


@pytest.fixture()
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox"])
        yield b
        b.close()


def console_errors(page) -> list[str]:
    """Script errors and console errors (a CSP violation is reported there)."""
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    return errors


def test_story_list_to_story_citation_and_quotes(server, browser, artifacts_dir):
    page = browser.new_page(viewport=DESKTOP)
    errors = console_errors(page)
    page.goto(server + "/")
    row = page.locator(".story-row").first
    assert "5 outlets" in row.inner_text()
    row.locator("a.headline").click()
    page.wait_for_url(f"**/stories/{STORY_ID}")

    cite = page.locator(".cite").first
    source = cite.locator(".cite-source")
    assert not source.is_visible()
    cite.locator(".cite-mark").hover()
    source.wait_for(state="visible")
    shown = source.inner_text()
    first = page.locator("ol.summary li.sentence").first.inner_text()
    assert first.split()[0] in shown  # the cited sentence is the summary sentence's source
    page.screenshot(path=str(artifacts_dir / "story-desktop.png"), full_page=False)

    group = page.locator(".quote-group").first
    assert group.locator(".speaker").inner_text()
    assert group.locator(".variant").count() >= 2
    assert page.locator("del.removed").count() > 0  # boilerplate struck out
    assert not errors


def test_citation_opens_on_tap_on_a_phone(server, browser, artifacts_dir):
    context = browser.new_context(viewport=PHONE, has_touch=True, is_mobile=True)
    page = context.new_page()
    page.goto(f"{server}/stories/{STORY_ID}")
    mark = page.locator(".cite-mark").nth(1)
    mark.tap()
    source = page.locator(".cite").nth(1).locator(".cite-source")
    source.wait_for(state="visible")
    assert mark.get_attribute("aria-expanded") == "true"
    page.screenshot(path=str(artifacts_dir / "story-phone.png"))
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= PHONE["width"] + 1, "the page scrolls sideways on a phone"
    page.goto(server + "/")
    page.screenshot(path=str(artifacts_dir / "stories-phone.png"))
    context.close()


def test_ingested_script_renders_as_text_and_never_runs(server, browser):
    import httpx

    response = httpx.post(
        server + "/api/articles",
        json=[{"id": "evil-1", "title": EVIL_TITLE, "outlet": "Evil <b>Outlet</b>", "text": EVIL_TEXT,
               "url": "javascript:window.__pwned=1"}],
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    assert response.status_code == 200, response.text
    accepted = response.json()["accepted"]
    assert len(accepted) == 1
    story_id = accepted[0]["story"]

    page = browser.new_page(viewport=DESKTOP)
    errors = console_errors(page)
    for path in (f"/articles/{accepted[0]['article']}", f"/stories/{story_id}", "/"):
        page.goto(server + path)
        assert page.evaluate("window.__pwned") is None, path
        assert page.locator("script:not([src])").count() == 0, path
        assert page.locator("img").count() == 0, path
    page.goto(f"{server}/articles/{accepted[0]['article']}")
    assert "<script>" in page.locator("article").inner_text()  # shown as text
    assert page.locator("a[href^='javascript']").count() == 0
    assert not errors
