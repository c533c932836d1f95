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


def test_placeholder_dates_do_not_sink_an_ingest(tmp_path, capsys):
    """Exports write 0001-01-01 or 9999-12-31 for "no date": such a date counts as none
    (it overflowed the clusterer's date window and the whole batch was lost)."""
    db = str(tmp_path / "dates.db")
    records = [
        {"id": "old", "date": "0001-01-01T00:00:00Z", "text": "The harbour bridge reopened on Monday after two years of repairs. Traffic was light."},
        {"id": "end", "date": "9999-12-31", "text": "The council approved the budget for the harbour district. It pays for the bridge."},
        {"id": "far", "date": "9000-01-01", "text": "A new ferry line will link the two harbours from next year. Tickets go on sale soon."},
        {"id": "good", "date": "2024-01-03", "text": "The council approved the new tram line on Tuesday after a long debate. Work starts in spring."},
    ]
    src = write_jsonl(tmp_path / "dates.jsonl", records)
    assert main(["ingest", str(src), "--db", db, "--embedder", "hashing", "--no-progress"]) == 0
    assert '"stored": 4' in capsys.readouterr().err
    assert main(["stories", "--db", db, "--format", "json"]) == 0
    stories = json.loads(capsys.readouterr().out)
    assert sum(s["size"] for s in stories) == 4
    assert max(s["last_seen"] for s in stories) < "3000"  # no story "latest" for ever


def test_a_store_that_cannot_be_opened_is_said_not_a_traceback(tmp_path, capsys):
    (tmp_path / "corrupt.db").write_bytes(b"\x13\x37 this is no sqlite file " * 100)
    for db in (str(tmp_path / "corrupt.db"), str(tmp_path), ""):
        assert main(["stories", "--db", db]) == 2
        err = capsys.readouterr().err
        assert err.startswith("newsfuse: ") and "Traceback" not in err
    assert "not a database" in (main(["stories", "--db", str(tmp_path / "corrupt.db")]), capsys.readouterr().err)[1]


def test_numbers_out_of_range_are_usage_errors(tmp_path, capsys):
    import pytest

    db = str(tmp_path / "n.db")
    for argv in (["story", "s", "--version", "0"], ["story", "s", "--version", "99999999999999999999"],
                 ["stories", "--limit", "-1"]):
        with pytest.raises(SystemExit) as exit_:
            main([*argv, "--db", db])
        assert exit_.value.code == 2 and "whole number" in capsys.readouterr().err


def test_another_embedder_on_a_store_is_refused_before_anything_is_written(tmp_path, capsys):
    """Story vectors of two embedders cannot be compared: the ingest stops with a clear
    message (exit 2) and its batch is not stored half-way."""
    db = str(tmp_path / "e.db")
    src = write_jsonl(tmp_path / "a.jsonl", corpus(4))
    assert main(["ingest", str(src), "--db", db, "--embedder", "hashing", "--no-progress"]) == 0
    capsys.readouterr()
    more = write_jsonl(tmp_path / "b.jsonl", corpus(3, seed=11))
    assert main(["ingest", str(more), "--db", db, "--no-progress"]) == 2  # WordLlama: 256 dimensions, not 512
    assert "use the embedder the store was built with" in capsys.readouterr().err
    assert main(["stories", "--db", db, "--format", "json"]) == 0
    assert sum(s["size"] for s in json.loads(capsys.readouterr().out)) == 4


def test_a_bad_since_date_is_a_usage_error(tmp_path, capsys):
    import pytest

    with pytest.raises(SystemExit) as exit_:
        main(["stories", "--db", str(tmp_path / "s.db"), "--since", "garbage"])
    assert exit_.value.code == 2 and "YYYY-MM-DD" in capsys.readouterr().err
