import json

from newsfuse.ingest import article_from_dict

from .conftest import article_page, articles, read_all, rejections


def test_one_object_with_all_fields(write):
    record = {
        "id": 7, "title": "T", "text": "Body text.", "source": "Wire", "url": "http://x/1",
        "date": "2023-05-01", "lang": "en", "section": "World", "tags": ["a"],
    }
    [article] = read_all([write("one.json", json.dumps(record))])
    assert article.id == "7"
    assert (article.title, article.outlet, article.url, article.language) == ("T", "Wire", "http://x/1", "en")
    assert article.extra == {"date": "2023-05-01", "section": "World", "tags": ["a"]}
    assert article.text == "Body text."


def test_object_without_id_takes_the_stem(write):
    [article] = read_all([write("story.json", '{"text": "Hello."}')])
    assert article.id == "story"


def test_list_ids_default_to_stem_and_index_and_bad_items_are_rejected(write):
    data = [{"text": "A."}, {"id": "keep", "text": "B."}, 5, {"title": "no text"}]
    items = read_all([write("batch.json", json.dumps(data))])
    assert [a.id for a in articles(items)] == ["batch:1", "keep"]
    reasons = [(r.input.rsplit("/", 1)[-1], r.reason) for r in rejections(items)]
    assert reasons == [("batch.json[3]", "json"), ("batch.json[4]", "empty")]


def test_outlet_field_wins_over_source():
    article = article_from_dict({"text": "x", "outlet": "O", "source": "S"}, "t")
    assert article.outlet == "O"


def test_published_is_the_date_when_no_date():
    article = article_from_dict({"text": "x", "published": "2020-01-02"}, "t")
    assert article.extra["date"] == "2020-01-02"


def test_invalid_json_is_one_rejection(write):
    [rejection] = read_all([write("bad.json", '{"text": "unterminated')])
    assert rejection.reason == "json"
    assert rejection.input.endswith("bad.json")


def test_scalar_json_is_rejected(write):
    [rejection] = read_all([write("n.json", "42")])
    assert rejection.reason == "json" and "int" in rejection.detail


def test_text_must_be_a_string():
    assert article_from_dict({"text": ["a"]}, "t").reason == "json"


def test_record_with_html_is_extracted(write):
    record = {"id": "p1", "url": "https://planet.example/tram", "html": article_page(), "gold_text": "g"}
    [article] = read_all([write("pages.json", json.dumps(record))])
    assert article.id == "p1"
    assert "twelve kilometres" in article.text and "<p>" not in article.text
    assert article.extra["format"] == "html" and article.extra["gold_text"] == "g"
    assert article.url == "https://planet.example/tram"


def test_empty_list_is_reported_not_passed_over(write):
    [rejection] = read_all([write("none.json", "[]")])
    assert (rejection.reason, rejection.detail) == ("empty", "an empty list")


def test_a_lone_surrogate_escape_or_file_name_byte_becomes_a_replacement_character(write, tmp_path):
    """JSON may escape a lone surrogate ("\\ud800") and a file name may hold a byte the
    file system cannot decode: neither is Unicode text, so each becomes U+FFFD when read,
    one character for one, and the batch goes on."""
    import os

    write("records.json", '[{"id": "a\\udcff", "text": "Pu\\ud800tin arrived. The talks began."}]')
    (tmp_path / os.fsdecode(b"bad\xffname.txt")).write_text("A plain article. It has two sentences.")
    items = read_all([tmp_path])
    assert sorted(a.id for a in articles(items)) == ["a\ufffd", "bad\ufffdname"]
    texts = [a.text for a in articles(items)]
    assert "Pu\ufffdtin arrived. The talks began." in texts
    for a in articles(items):
        (a.id + a.text + (a.origin or "")).encode("utf-8")


def test_a_nul_escape_and_nan_are_made_storable(write):
    """PostgreSQL's text type refuses NUL and its JSON type NaN, and NaN is no JSON for
    other readers: a NUL becomes a space (one for one), NaN and Infinity None."""
    path = write("odd.jsonl", '{"id": "n", "text": "A NUL \\u0000 here. Two sentences.", "date": NaN, "score": [1, Infinity]}\n')
    [article] = read_all([path])
    assert article.text == "A NUL   here. Two sentences."
    assert article.extra == {"date": None, "score": [1, None]}
    json.dumps(article.extra, allow_nan=False)


def test_an_html_records_given_url_and_date_win_over_the_pages(write):
    """As in a text record, what the caller gives is kept: the page's own url and date
    (its meta tags) only fill what the record leaves out."""
    record = {"id": "h", "html": article_page(), "url": "https://mine.example/x", "published": "2001-02-03"}
    [article] = read_all([write("h.json", json.dumps(record))])
    assert article.url == "https://mine.example/x" and article.extra["date"] == "2001-02-03"
    [plain] = read_all([write("p.json", json.dumps({"id": "p", "html": article_page()}))])
    assert plain.extra["date"] == "2024-03-05"  # the page's meta date, when the record gives none


def test_ids_are_kept_exactly_as_given_so_citations_name_them():
    """A reader looks a citation's article up among the ids it gave: "a " is not "a" (two
    articles, not a clash renamed "a~2"); a blank id is none."""
    assert article_from_dict({"id": "  padded  ", "text": "Body."}, "in").id == "  padded  "
    assert article_from_dict({"id": "a ", "text": "Body."}, "in").id != article_from_dict({"id": "a", "text": "Body."}, "in").id
    assert article_from_dict({"id": "   ", "text": "Body."}, "in", default_id="stem:1").id == "stem:1"
