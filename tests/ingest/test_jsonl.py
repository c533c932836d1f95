import json

from .conftest import articles, read_all, rejections


def lines(*records) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


def test_lines_become_articles_with_stem_line_ids(write):
    path = write("feed.jsonl", lines({"text": "One."}, {"id": "x", "text": "Two."}, {"text": "Three.", "lang": "fr"}))
    items = read_all([path])
    assert [a.id for a in items] == ["feed:1", "x", "feed:3"]
    assert items[2].language == "fr"
    assert items[0].origin == f"{path}:1"


def test_malformed_line_is_rejected_by_file_and_line_and_others_still_read(write):
    path = write("mixed.jsonl", lines({"text": "Good one."}, '{"text": "broken', "[1, 2]", "", {"text": "Good two."}))
    items = read_all([path])
    assert [a.text for a in articles(items)] == ["Good one.", "Good two."]
    bad = rejections(items)
    assert [(r.input, r.reason) for r in bad] == [(f"{path}:2", "json"), (f"{path}:3", "json")]
    assert "list" in bad[1].detail


def test_ids_skip_blank_lines_but_keep_line_numbers(write):
    path = write("gaps.jsonl", "\n" + lines({"text": "A."}))
    [article] = read_all([path])
    assert article.id == "gaps:2"


def test_size_limit_applies_per_line(write):
    long_text = "word " * 200
    path = write("big.jsonl", lines({"text": "Short."}, {"text": long_text}, {"text": "After."}))
    items = read_all([path], max_bytes=300)
    assert [a.text for a in articles(items)] == ["Short.", "After."]
    [rejection] = rejections(items)
    assert (rejection.input, rejection.reason) == (f"{path}:2", "too-large")


def test_invalid_utf8_line_is_rejected_alone(write):
    path = write("enc.jsonl", b'{"text": "ok"}\n' + bytes(range(0x80, 0xC0)) * 4 + b"\n" + b'{"text": "fine"}\n')
    items = read_all([path])
    assert [a.text for a in articles(items)] == ["ok", "fine"]
    assert [r.input for r in rejections(items)] == [f"{path}:2"]


def test_ndjson_with_bom(write):
    path = write("bom.ndjson", b"\xef\xbb\xbf" + lines({"text": "First."}).encode())
    [article] = read_all([path])
    assert article.text == "First."


def test_file_of_blank_lines_is_one_rejection(write):
    path = write("blank.jsonl", "\n" * 9000)
    [rejection] = read_all([path])
    assert (rejection.input, rejection.reason) == (str(path), "empty")


def test_records_after_a_blank_head_are_read(write):
    path = write("late.jsonl", "\n" * 9000 + lines({"text": "Late."}))  # past the 8 KiB sniffed head
    [article] = read_all([path])
    assert (article.text, article.id) == ("Late.", "late:9001")


def test_a_utf16_file_with_a_bom_is_read_line_by_line(write):
    """Split on b"\\n", a UTF-16 file's lines are no text: every line was rejected."""
    records = [json.dumps({"id": f"r{k}", "text": f"Récit numéro {k}. Deux phrases."}, ensure_ascii=False) for k in (1, 2)]
    path = write("wide.jsonl", ("\n".join(records) + "\n").encode("utf-16"))
    items = read_all([path])
    assert [a.id for a in articles(items)] == ["r1", "r2"] and not rejections(items)
    assert articles(items)[0].text == "Récit numéro 1. Deux phrases."
