from newsfuse.cleaning import clean_article
from newsfuse.ingest.html import fragment_text

from .conftest import BODY, article_page, read_all


def test_article_page_gives_main_text_and_metadata(write):
    [article] = read_all([write("tram.html", article_page())])
    assert "twelve kilometres" in article.text
    assert "central station" in article.text
    for chrome in ("Home", "Other story one", "All rights reserved"):
        assert chrome not in article.text
    assert article.title == "Council backs tram expansion"
    assert article.outlet == "Daily Planet"
    assert article.extra["format"] == "html"
    assert article.extra["date"] == "2024-03-05"
    assert article.id == "tram"


def test_spans_of_the_cleaned_article_point_into_the_extracted_text(write):
    [article] = read_all([write("tram.htm", article_page())])
    cleaned = clean_article(article)
    assert cleaned.text == article.text
    assert cleaned.published is not None and cleaned.published.isoformat() == "2024-03-05"
    sentences = [cleaned.unit_text(u) for u in cleaned.body_sentences]
    assert any(s.startswith("Construction is expected") for s in sentences)


def test_page_without_article_is_rejected_as_no_article(write):
    page = "<html><body><nav><a href='/'>Home</a> <a href='/login'>Log in</a></nav><form><input name=q></form></body></html>"
    [rejection] = read_all([write("login.html", page)])
    assert rejection.reason == "no-article"
    assert rejection.input.endswith("login.html")


def test_html_is_sniffed_without_extension(write):
    [article] = read_all([write("page", article_page())])
    assert article.extra["format"] == "html"


def test_comments_are_not_article_text(write):
    page = article_page().replace(
        "</article>",
        "</article><section id='comments' class='comments'><div class='comment'><p>"
        "I think this tram is a total waste of money and nobody will ever ride it anyway.</p></div></section>",
    )
    [article] = read_all([write("c.html", page)])
    assert "waste of money" not in article.text
    assert BODY.split(". ")[0] in article.text


def test_fragment_text_keeps_paragraph_breaks():
    text = fragment_text("<p>One  <b>bold</b>\nword.</p><p>Two.</p><ul><li>a</li><li>b</li></ul><script>x()</script>")
    assert text == "One bold word.\n\nTwo.\n\na\n\nb"
    assert fragment_text("no markup &amp; here") == "no markup &amp; here"


def test_html_page_over_http_keeps_its_url(write, served):
    write("tram.html", article_page())
    [article] = read_all([f"{served}/tram.html"])
    assert article.extra["format"] == "html"
    assert article.url == f"{served}/tram.html" and article.origin == f"{served}/tram.html"
    assert "twelve kilometres" in article.text


def test_a_year_alone_gives_no_date_but_markup_does(write):
    """htmldate's extensive search reads a footer's "Copyright 2022" (or a body's "since
    2020") as January 1st: a made-up date that would outrank the text's own."""
    no_meta = article_page().replace('<meta name="date" content="2024-03-05">', "")
    [article] = read_all([write("footer.html", no_meta)])
    assert "date" not in article.extra
    new_year = article_page().replace("2024-03-05", "2024-01-01")  # a real January 1st, in the markup
    [article] = read_all([write("new_year.html", new_year)])
    assert article.extra["date"] == "2024-01-01"
    [article] = read_all([write("page.html", article_page())])
    assert article.extra["date"] == "2024-03-05"


def test_a_declared_canonical_url_is_the_pages_url():
    """Pages of ../shared/data/extraction that declare a canonical link or og:url that
    trafilatura misses get it as their url (the file read alone has none)."""
    import json
    import re
    from pathlib import Path

    import pytest

    from newsfuse.ingest.html import read_html

    path = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "extraction" / "pages.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is not available")
    declared = re.compile(r'<link[^>]+rel="canonical"[^>]+href="([^"]+)"|<meta[^>]+property="og:url"[^>]+content="([^"]+)"')
    checked = 0
    for page in map(json.loads, path.open(encoding="utf-8")):
        match = declared.search(page["html"])
        if match and any(site in page["url"] for site in ("sportsnet", "rollingstone")):  # two trafilatura misses
            assert read_html(page["html"], "p", "test").url == (match.group(1) or match.group(2)).strip()
            checked += 1
    assert checked == 2
