"""``newsfuse ingest`` / ``stories`` / ``story`` end to end on a small corpus."""

from __future__ import annotations

import json

from newsfuse.cli import main

from .fakes import corpus, write_jsonl


def test_ingest_then_list_then_show(tmp_path, capsys):
    db = str(tmp_path / "cli.db")
    src = write_jsonl(tmp_path / "in.jsonl", corpus(12))
    (tmp_path / "junk.bin").write_bytes(b"\x00\xff" * 50)
    code = main(["ingest", str(src), str(tmp_path / "junk.bin"), "--db", db, "--embedder", "hashing", "--no-progress"])
    err = capsys.readouterr().err
    assert code == 3 and "skipped" in err and '"stored": 12' in err  # bad input reported, not fatal

    assert main(["stories", "--db", db, "--format", "json"]) == 0
    stories = json.loads(capsys.readouterr().out)
    assert sum(s["size"] for s in stories) == 12 and all(s["report_version"] == 1 for s in stories)
    assert main(["stories", "--db", db, "--since", "2030-01-01", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["stories", "--db", db]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].startswith("story\tsize") and len(table) == len(stories) + 1

    story = stories[0]["id"]
    assert main(["story", story, "--db", db, "--format", "json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["story"] == story and record["version"] == 1 and record["report"]["summary"]
    assert set(record["added"]) == set(record["article_ids"])
    assert main(["story", story, "--db", db, "--format", "md"]) == 0
    markdown = capsys.readouterr().out
    assert markdown.startswith("# ") and "Report version 1" in markdown
    assert main(["story", "no-such-story", "--db", db]) == 2

    assert main(["ingest", str(src), "--db", db, "--embedder", "hashing", "--no-progress"]) == 0
    assert '"duplicates": 12' in capsys.readouterr().err
