"""The HTML pages without a browser: what they show, and that scraped text is escaped."""

from __future__ import annotations

import html

from newsfuse.model import Article, Removed, Unit
from newsfuse.web.views import article_blocks, story_view
from webseed import STORY_ID, TOKEN

HTML = {"Accept": "text/html"}


def test_story_list_page_links_each_story(client):
    page = client.get("/").text
    assert f'href="/stories/{STORY_ID}"' in page
    assert "5 outlets" in page


def test_story_page_shows_every_part(client, store):
    report = store.report(STORY_ID).data
    page = html.unescape(client.get(f"/stories/{STORY_ID}").text)
    for sentence in report["summary"]:
        assert sentence["text"] in page
    assert page.count('class="cite-mark"') == sum(len(s["citations"]) for s in report["summary"])
    for section in ("agreement", "figures", "quotes", "entities", "timeline", "articles"):
        assert f'id="{section}"' in page
    assert 'class="item conflict"' in page  # the figure a conflict names is flagged
    assert "<del" in page  # removed boilerplate struck out
    published = {a["id"]: a["published"] for a in report["articles"]}
    lead = published[report["summary"][0]["citations"][0]["article"]]
    assert lead and f"(reported {lead})" in page  # the lead's day (the seeds are dated)


def test_citation_tooltip_holds_the_exact_source_sentence(client, store, seed_list):
    report = store.report(STORY_ID).data
    page = html.unescape(client.get(f"/stories/{STORY_ID}").text)
    for sentence in report["summary"]:
        for cite in sentence["citations"]:
            article = next(a for a in seed_list if a.id == cite["article"])
            assert article.text[cite["start"]:cite["end"]].strip() in page


def test_missing_pages_are_html_404(client):
    for path in (f"/stories/nope", "/articles/nope"):
        response = client.get(path, headers=HTML)
        assert response.status_code == 404
        assert response.headers["content-type"].startswith("text/html")


def test_scraped_markup_is_escaped(client):
    evil = {"id": "evil", "title": "<script>alert(1)</script>", "outlet": "<b onmouseover=x>",
            "text": "Body with <img src=x onerror=alert(1)> inside it, long enough to be kept as an article.",
            "url": "javascript:alert(1)"}
    accepted = client.post("/api/articles", json=[evil], headers={"Authorization": f"Bearer {TOKEN}"}).json()["accepted"]
    for path in (f"/articles/{accepted[0]['article']}", f"/stories/{accepted[0]['story']}", "/"):
        page = client.get(path).text
        assert "<script>alert" not in page and "<img" not in page and "<b onmouseover" not in page, path
        assert 'href="javascript' not in page
    assert "&lt;script&gt;" in client.get(f"/articles/{accepted[0]['article']}").text


def test_removed_spans_inside_and_outside_paragraphs():
    text = "Title\n\nRead more here\n\nBody one. Click to share. Body two."
    body_at, share_at, more_at = text.index("Body one"), text.index("Click"), text.index("Read more")
    article = Article(id="a", text=text, units=(Unit("title", 0, 5), Unit("body", body_at, len(text))),
                      removed=(Removed(more_at, more_at + 14, "related-links"),
                               Removed(share_at, share_at + 16, "share-prompt")))
    blocks = article_blocks(article)
    assert [b.kind for b in blocks] == ["title", "removed", "body"]
    body = blocks[2].pieces
    assert [p.removed for p in body] == [None, "share-prompt", None]
    assert body[1].text == "Click to share. "
    assert "".join(p.text for p in body) == text[body_at:]  # nothing lost, nothing doubled


def test_story_view_survives_a_missing_article(seed_list, seed_report_data):
    report = seed_report_data
    kept = {a.id: a for a in seed_list[1:]}  # the first article is gone from the store
    view = story_view(report, kept)
    assert len(view.articles) == len(seed_list) - 1
    assert view.summary[0].sources[0].label == report["summary"][0]["citations"][0]["article"]


def test_agreement_map_merges_articles_of_one_outlet():
    from newsfuse.web.views import agreement_matrix

    report = {"articles": [{"id": "a1", "outlet": "Daily"}, {"id": "a2", "outlet": "Daily"}, {"id": "b1", "outlet": "Times"}],
              "facts": [{"text": "only in a2", "articles": ["a2"]}, {"text": "everywhere", "articles": ["a1", "b1"]}]}
    matrix = agreement_matrix(report, {})
    assert matrix.columns == ("Daily", "Times")
    assert matrix.rows == (("everywhere", 2, (True, True)), ("only in a2", 1, (True, False)))


def test_bad_filters_on_the_page_are_an_html_422(client):
    response = client.get("/", params={"limit": 0}, headers=HTML)
    assert response.status_code == 422 and response.headers["content-type"].startswith("text/html")


def test_an_empty_summary_is_explained_and_a_pending_one_is_waiting():
    empty = story_view({"summary": [], "meta": {"no_summary": "no sentence that can stand alone fits in 5 words"}}, {})
    assert empty.empty_reason == "no sentence that can stand alone fits in 5 words"
    assert story_view({"summary": [], "meta": {"pending": True}}, {}).empty_reason is None
    assert story_view({"summary": [], "meta": {}}, {}).empty_reason == "no sentence of these articles can stand alone"


def test_articles_the_english_pipeline_did_not_read_are_counted():
    report = {"summary": [], "meta": {}, "articles": [{"id": "a", "language": "fr"}, {"id": "b", "language": "en"},
                                                     {"id": "c", "language": None}]}
    assert "English articles only: 1 of 3 articles are in another language" in story_view(report, {}).unread
    assert story_view({"summary": [], "articles": [{"id": "b", "language": "en"}]}, {}).unread is None


def test_an_id_with_slashes_links_to_its_own_page(client):
    """An id is one path segment in a link: "../x" must not point the link at another page."""
    odd = {"id": "../../etc/passwd", "title": "Odd id",
           "text": "The harbour bridge reopened on Monday after two years of repairs, the city said."}
    accepted = client.post("/api/articles", json=[odd], headers={"Authorization": f"Bearer {TOKEN}"}).json()["accepted"]
    story_page = client.get(f"/stories/{accepted[0]['story']}").text
    assert 'href="/articles/..%2F..%2Fetc%2Fpasswd"' in story_page and 'href="/articles/../' not in story_page
    page = client.get("/articles/..%2F..%2Fetc%2Fpasswd")
    assert page.status_code == 200 and "Odd id" in page.text


def test_dot_ids_are_quoted_as_path_segments():
    from newsfuse.web.pages import path_segment

    assert [path_segment(v) for v in ("..", ".", "a.b", "../x")] == ["%2E%2E", "%2E", "a.b", "..%2Fx"]


def test_story_view_dates_the_lead_and_a_sentence_from_another_days_report():
    """As the Markdown and HTML reports do (`summary_view.reported_days`)."""
    cite = lambda article: {"text": "x", "citations": [{"article": article, "start": 0, "end": 1}]}  # noqa: E731
    report = {"articles": [{"id": "a", "published": "2022-12-19"}, {"id": "b", "published": "2022-12-16"},
                           {"id": "c", "published": "2022-12-19T10:00:00"}],
              "summary": [cite("a"), cite("b"), cite("c")]}
    assert [s.reported for s in story_view(report, {}).summary] == ["2022-12-19", "2022-12-16", "2022-12-19"]
