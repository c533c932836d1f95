"""Every JSON endpoint, its filters and its failures (fastapi TestClient, real store)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsfuse.store import Store
from webseed import STORY_ID, TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}


def add_story(store: Store, story_id: str, outlets: list[str], day: dt.date, title: str) -> None:
    """A small story straight into the store (no clustering): one article per outlet."""
    from newsfuse.model import Article

    articles = [Article(id=f"{story_id}-{i}", text=f"{title}. Reported by {o} on {day}.", title=title,
                        outlet=o, published=day) for i, o in enumerate(outlets)]
    store.add_articles(articles)
    store.assign({a.id: story_id for a in articles})


def test_list_has_the_seed_story_with_its_outlets(client):
    body = client.get("/api/stories").json()
    assert body["total"] == 1
    story = body["stories"][0]
    assert story["id"] == STORY_ID and story["outlet_count"] == 5 and story["size"] == 5
    assert story["first_seen"] <= story["last_seen"]


def test_list_filters_and_paging(client, store):
    add_story(store, "big", ["A", "B", "C"], dt.date(2030, 1, 2), "Harbour bridge reopens")
    add_story(store, "small", ["A"], dt.date(2030, 1, 2), "Local election results")
    add_story(store, "old", ["D", "E"], dt.date(2001, 5, 5), "Harbour flood of 2001")

    ids = lambda **params: [s["id"] for s in client.get("/api/stories", params=params).json()["stories"]]
    assert ids()[:2] == ["big", "small"]  # newest first, then biggest
    assert ids(min_outlets=3) == ["big", STORY_ID]
    assert ids(outlet="D") == ["old"]
    assert ids(q="harbour") == ["big", "old"]  # headline/title search, case-insensitive
    assert ids(q="Lukashenko") == [STORY_ID]  # found in the report's summary text
    assert ids(since="2030-01-01") == ["big", "small"]
    page = client.get("/api/stories", params={"limit": 2, "offset": 2}).json()
    assert page["total"] == 4 and len(page["stories"]) == 2 and page["offset"] == 2
    assert ids(q="100%_") == []  # LIKE wildcards are literal


def test_list_limit_is_capped_and_bad_params_are_422(client):
    assert client.get("/api/stories", params={"limit": 10_000}).json()["limit"] == 100
    for params in ({"since": "yesterday"}, {"limit": 0}, {"offset": -1}, {"min_outlets": "many"}):
        response = client.get("/api/stories", params=params)
        assert response.status_code == 422, params
        assert response.json()["error"] == "invalid"


def test_story_report_is_the_stored_report_json(client, store):
    body = client.get(f"/api/stories/{STORY_ID}").json()
    assert body == store.report(STORY_ID).data
    cite = body["summary"][0]["citations"][0]
    assert {"article", "outlet", "start", "end"} <= set(cite)
    assert {"speaker", "variants"} <= set(body["quotes"][0])


def test_missing_story_and_article_are_404_json(client):
    for path in ("/api/stories/nope", "/api/articles/nope"):
        response = client.get(path)
        assert response.status_code == 404
        assert response.json()["error"] == "not-found"


def test_article_has_cleaned_body_units_and_removed_spans(client, seed_list):
    article = next(a for a in seed_list if a.removed)
    body = client.get(f"/api/articles/{article.id}").json()
    assert body["body"] == article.body
    removed = body["removed"][0]
    assert removed["text"] == article.text[removed["start"]:removed["end"]]
    assert all(u["text"] == article.text[u["start"]:u["end"]] for u in body["units"])


def test_ingest_reports_each_article(client):
    records = [
        {"id": "new-1", "title": "Harbour bridge reopens", "outlet": "Daily", "text": "The harbour bridge reopened on Monday after two years of repairs, the city said."},
        {"title": "no text at all"},
        "not an object",
        {"id": "new-1-copy", "title": "Harbour bridge reopens", "outlet": "Daily", "text": "The harbour bridge reopened on Monday after two years of repairs, the city said."},
    ]
    body = client.post("/api/articles", json={"articles": records}, headers=AUTH).json()
    accepted = {a["index"]: a for a in body["accepted"]}
    rejected = {r["index"]: r for r in body["rejected"]}
    assert set(accepted) == {0, 3} and set(rejected) == {1, 2}
    assert rejected[1]["reason"] == "empty" and rejected[2]["reason"] == "json"
    assert accepted[3]["duplicate_of"] == accepted[0]["article"]  # same content: stored once
    story = accepted[0]["story"]
    assert client.get(f"/api/stories/{story}").json()["articles"][0]["id"] == accepted[0]["article"]


def test_ingest_needs_the_right_token(client):
    records = [{"text": "Some article text that is long enough to keep."}]
    assert client.post("/api/articles", json=records).status_code == 401
    assert client.post("/api/articles", json=records, headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert client.post("/api/articles", json=records, headers={"Authorization": TOKEN}).status_code == 401


def test_ingest_is_off_without_a_token(source):
    from fastapi.testclient import TestClient

    from conftest import make_app

    with TestClient(make_app(source, ingest_token=None)) as c:
        response = c.post("/api/articles", json=[{"text": "x"}], headers={"Authorization": "Bearer "})
        assert response.status_code == 403


@pytest.mark.parametrize("body", [b"{not json", b"\xff\xfe\x00", b"", b"[" * 100_000, b"[" + b"9" * 10_000 + b"]"])
def test_ingest_bad_json_is_400(client, body):
    response = client.post("/api/articles", content=body, headers={**AUTH, "Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.json()["error"] == "json"


def test_ingest_wrong_shape_is_422(client):
    response = client.post("/api/articles", json={"article": {}}, headers=AUTH)
    assert response.status_code == 422


def test_oversize_bodies_are_413(client):
    big = [{"text": "word " * 50_000}]  # over the client fixture's 200 kB limit
    response = client.post("/api/articles", json=big, headers=AUTH)
    assert response.status_code == 413 and response.json()["error"] == "too-large"

    def chunks():  # no Content-Length: counted while streaming
        for _ in range(30):
            yield b"x" * 10_000

    response = client.post("/api/articles", content=chunks(), headers=AUTH)
    assert response.status_code == 413


def test_too_many_articles_is_413(client):
    response = client.post("/api/articles", json=[{"text": "a b c"}] * 11, headers=AUTH)
    assert response.status_code == 413


def test_security_headers_and_no_stack_traces(source):
    from fastapi.testclient import TestClient

    from conftest import make_app

    class Broken:
        def __getattr__(self, name):
            def fail(*args, **kwargs):
                raise RuntimeError("secret database detail")
            return fail

    with TestClient(make_app(Broken()), raise_server_exceptions=False) as c:
        response = c.get("/api/stories/x")
        assert response.status_code == 500
        assert "secret" not in response.text and "Traceback" not in response.text
    with TestClient(make_app(source)) as c:
        response = c.get("/api/stories")
        csp = response.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert response.headers["x-content-type-options"] == "nosniff"


def test_openapi_schema_lists_every_endpoint(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/stories", "/api/stories/{story_id}", "/api/articles/{article_id}", "/api/articles"} <= set(paths)
    assert "post" in paths["/api/articles"]


def test_ids_with_slashes_and_spaces_are_reachable(client):
    record = {"id": "feeds/daily item 7", "title": "Harbour bridge reopens", "outlet": "Daily",
              "text": "The harbour bridge reopened on Monday after two years of repairs, the city said."}
    accepted = client.post("/api/articles", json=[record], headers=AUTH).json()["accepted"]
    assert accepted[0]["article"] == "feeds/daily item 7"
    assert client.get("/api/articles/feeds/daily%20item%207").json()["title"] == "Harbour bridge reopens"
    assert client.get("/articles/feeds/daily%20item%207").status_code == 200


def test_ids_with_line_breaks_are_reachable_and_never_another_articles(client, store):
    """Ids are kept as given; Starlette's path convertor matched no line break and served
    "x\\n" as "x"."""
    from newsfuse.model import Article

    store.add_articles([Article(id=i, text=f"Story {n}: the bridge reopened on Monday.", outlet=o)
                        for n, (i, o) in enumerate([("x", "Daily"), ("x\n", "Herald"), ("\ny", "Courier"), ("a\nb", "Post")])])
    for article_id, outlet in [("x", "Daily"), ("x\n", "Herald"), ("\ny", "Courier"), ("a\nb", "Post")]:
        path = article_id.replace("\n", "%0A")
        body = client.get(f"/api/articles/{path}")
        assert body.status_code == 200 and (body.json()["id"], body.json()["outlet"]) == (article_id, outlet)
        assert client.get(f"/articles/{path}").status_code == 200


def test_posted_records_sharing_an_id_each_get_their_own_outcome(client):
    """The second record under a taken id is stored renamed: it was reported as a duplicate
    of the first, and its caller never learnt its id."""
    a = {"id": "x", "outlet": "Daily", "text": "The harbour bridge reopened on Monday after six months of repairs."}
    b = {"id": "x", "outlet": "Daily", "text": "A powerful storm struck the northern coast on Sunday, cutting power."}
    client.post("/api/articles", json=[a], headers=AUTH)
    first, second = client.post("/api/articles", json=[a, b], headers=AUTH).json()["accepted"]
    assert first["duplicate_of"] == "x"
    assert "duplicate_of" not in second and second["article"].startswith("x~")
    assert client.get(f"/api/articles/{second['article']}").json()["body"] == b["text"]


def test_a_record_whose_id_holds_a_lone_surrogate_is_stored_not_dropped(client):
    record = '[{"id": "s\\ud800", "outlet": "Daily", "text": "The council approved the new budget on Monday night."}]'
    body = client.post("/api/articles", content=record, headers={**AUTH, "Content-Type": "application/json"}).json()
    assert body["rejected"] == [] and body["accepted"][0]["article"] == "s\ufffd"


def test_search_reads_summary_text_not_offsets(client, store):
    report = store.report(STORY_ID).data
    offset = str(report["summary"][0]["citations"][0]["end"])  # a number only the JSON has
    add_story(store, "other", ["A"], dt.date(2030, 1, 1), "Nothing here")
    listed = client.get("/api/stories", params={"q": offset}).json()
    words = " ".join(s["text"] for s in report["summary"])
    assert (STORY_ID in [s["id"] for s in listed["stories"]]) == (offset in words)
    page_past_end = client.get("/api/stories", params={"offset": 50}).json()
    assert page_past_end["stories"] == [] and page_past_end["total"] == 2


def test_a_write_that_waits_too_long_for_the_lock_is_503_with_retry_after(client, source, monkeypatch):
    from sqlalchemy.exc import OperationalError

    def locked(records):
        raise OperationalError("INSERT ...", {}, Exception("database is locked"))

    monkeypatch.setattr(source, "ingest", locked)
    body = [{"id": "x", "text": "The harbour bridge reopened on Monday after two years of repairs."}]
    response = client.post("/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 503 and response.headers["retry-after"] == "5"
    assert response.json()["error"] == "busy"
