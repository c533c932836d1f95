"""``newsfuse clean`` end to end on a batch mixing good and bad inputs: every good
article comes out, every bad input is reported on one stderr line, exit code 3."""

import json

from newsfuse.cli import EXIT_SKIPPED, main

from .conftest import article_page

GOOD_TEXT = (
    "Rescue teams reached the flooded village on Sunday morning. "
    "Some 300 residents were evacuated by boat, the regional authority said.\n\n"
    "Rain is forecast to continue until Wednesday."
)


def make_batch(tmp_path):
    good = {
        "plain": tmp_path / "plain.txt",
        "notes": tmp_path / "notes.md",
        "page": tmp_path / "page.html",
        "latin": tmp_path / "latin.txt",
        "records": tmp_path / "records.jsonl",
    }
    good["plain"].write_text(GOOD_TEXT)
    good["notes"].write_text("# Flood update\n\n" + GOOD_TEXT)
    good["page"].write_text(article_page())
    good["latin"].write_bytes("Le président a déclaré mercredi que l'économie était forte.\n".encode("latin-1"))
    good["records"].write_text(
        json.dumps({"id": "r1", "text": GOOD_TEXT}) + "\n" + '{"id": "r2", "text": "unterminated\n'
        + json.dumps({"id": "r3", "text": "A third record. It is fine."}) + "\n"
    )
    bad = {
        "empty": tmp_path / "empty.txt",
        "binary": tmp_path / "image.txt",
        "decode": tmp_path / "garbage.txt",
        "no-article": tmp_path / "menu.html",
        "too-large": tmp_path / "huge.txt",
        "missing": tmp_path / "does-not-exist.txt",
    }
    bad["empty"].write_bytes(b"")
    bad["binary"].write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    bad["decode"].write_bytes(bytes([0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1, 0xF0, 0x90, 0x28, 0xBC, 0xFF]) * 20)
    bad["no-article"].write_text("<html><body><nav><a href='/'>Home</a> <a href='/x'>Sport</a></nav></body></html>")
    with bad["too-large"].open("wb") as fh:  # 50 MB, sparse: refused from its size alone
        fh.truncate(50 * 1024 * 1024)
    return good, bad


def test_bad_batch_outputs_the_good_and_reports_each_bad(tmp_path, capsys):
    good, bad = make_batch(tmp_path)
    code = main(["clean", "--format", "json", *map(str, good.values()), *map(str, bad.values())])
    captured = capsys.readouterr()
    assert code == EXIT_SKIPPED

    output = {a["id"]: a for a in json.loads(captured.out)}
    assert set(output) == {"plain", "notes", "page", "latin", "r1", "r3"}
    assert output["notes"]["title"] == "Flood update"
    assert output["page"]["title"] == "Council backs tram expansion"
    assert "président" in " ".join(u["text"] for u in output["latin"]["units"])

    lines = [line for line in captured.err.splitlines() if line.startswith("newsfuse: skipped ")]
    expected = {f"{path}: {reason}" for reason, path in bad.items()} | {f"{good['records']}:2: json"}
    reported = {line.removeprefix("newsfuse: skipped ").split(" (")[0] for line in lines}
    assert reported == expected
    assert len(lines) == len(expected)  # one line each, nothing else skipped


def test_all_good_batch_exits_zero(tmp_path, capsys):
    good, _ = make_batch(tmp_path)
    good["records"].write_text(json.dumps({"id": "r1", "text": GOOD_TEXT}) + "\n")
    assert main(["clean", *map(str, good.values())]) == 0
    assert "skipped" not in capsys.readouterr().err


def test_the_api_takes_articles_and_reports_what_it_cannot_read():
    """``newsfuse.clean`` and ``prepare`` take Article objects as they take dicts and
    paths; anything else is one Rejection naming its place in the input, not a TypeError
    that loses the batch."""
    from newsfuse.model import Article
    from newsfuse.pipeline import prepare

    given = Article(id="given", text=GOOD_TEXT)
    result = prepare([given, 42, {"id": "d", "text": GOOD_TEXT}, None])
    assert [a.id for a in result.articles] == ["given", "d"]
    assert result.articles[0].body_sentences  # cleaned like any other input
    assert [(r.input, r.reason) for r in result.rejections] == [("<input 2>", "unsupported"), ("<input 4>", "unsupported")]
