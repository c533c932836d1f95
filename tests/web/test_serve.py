"""``newsfuse serve`` builds its app over the embedded SQLite store, token from the env."""

from __future__ import annotations

from fastapi.testclient import TestClient

from newsfuse.cli import main
from newsfuse.web.server import build_app
from newsfuse.web.settings import settings_from_env


def test_serve_has_help(capsys):
    try:
        main(["serve", "--help"])
    except SystemExit as exc:
        assert exc.code == 0
    out = capsys.readouterr().out
    assert "--db" in out and "--port" in out


def test_token_comes_from_the_environment():
    assert settings_from_env({}).ingest_enabled is False
    assert settings_from_env({"NEWSFUSE_INGEST_TOKEN": "  "}).ingest_enabled is False
    assert settings_from_env({"NEWSFUSE_INGEST_TOKEN": "s3cret"}).ingest_token == "s3cret"


def test_built_app_serves_an_empty_store_and_ingests(tmp_path):
    settings = settings_from_env({"NEWSFUSE_INGEST_TOKEN": "tok"})
    app, store = build_app(tmp_path / "serve.db", embedder="hashing", summarize=False, settings=settings)
    try:
        with TestClient(app) as c:
            assert c.get("/api/stories").json()["total"] == 0
            record = {"title": "Harbour bridge reopens", "outlet": "Daily",
                      "text": "The harbour bridge reopened on Monday after two years of repairs, the city said."}
            body = c.post("/api/articles", json=[record], headers={"Authorization": "Bearer tok"}).json()
            assert len(body["accepted"]) == 1
            listed = c.get("/api/stories").json()["stories"]
            assert [s["id"] for s in listed] == [body["accepted"][0]["story"]]
            assert c.get(f"/api/stories/{listed[0]['id']}").json()["meta"] == {"pending": True}
    finally:
        store.close()


def test_ingest_with_a_summarizer_saves_the_story_report(tmp_path, seed_list):
    from newsfuse.embed import HashingEmbedder
    from newsfuse.engine.defaults import make_summarize
    from newsfuse.store import Store
    from newsfuse.web.store_source import StoreSource

    embedder = HashingEmbedder()
    with Store.open(tmp_path / "s.db") as store:
        source = StoreSource(store, embedder=embedder, summarize=make_summarize(embedder))
        records = [{"id": a.id, "title": a.title, "text": a.text} for a in seed_list[:3]]
        outcomes = source.ingest(records)
        assert all(o.ok for o in outcomes)
        report = source.report(outcomes[0].story)
        assert report.get("meta", {}).get("pending") is not True
        assert report["summary"] and report["summary"][0]["citations"]


def test_story_page_tells_a_pending_story_from_an_empty_summary(tmp_path):
    settings = settings_from_env({"NEWSFUSE_INGEST_TOKEN": "tok"})
    app, store = build_app(tmp_path / "serve.db", embedder="hashing", summarize=False, settings=settings)
    try:
        with TestClient(app) as c:
            record = {"title": "Bridge", "outlet": "Daily", "text": "The harbour bridge reopened on Monday, the city said."}
            story = c.post("/api/articles", json=[record], headers={"Authorization": "Bearer tok"}).json()["accepted"][0]
            page = c.get(f"/stories/{story['story']}", headers={"Accept": "text/html"}).text
            assert "waiting for its next summarizing run" in page
            reason = "no sentence that can stand alone fits in 5 words (the shortest has 9)"
            store.save_report(story["story"], {"story": story["story"], "summary": [], "articles": [],
                                               "meta": {"no_summary": reason}}, [story["article"]])
            page = c.get(f"/stories/{story['story']}", headers={"Accept": "text/html"}).text
            assert f"No summary: {reason}." in page and "waiting" not in page
    finally:
        store.close()
