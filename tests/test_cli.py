"""Every CLI command has help; the public API stays as documented."""

import json

import pytest

import newsfuse
from newsfuse.cli import COMMANDS, build_parser, main


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command, capsys):
    with pytest.raises(SystemExit) as exc:
        main([command, "--help"])
    assert exc.value.code == 0
    assert command in capsys.readouterr().out


def test_public_api_is_documented():
    for name in newsfuse.__all__:
        assert getattr(newsfuse, name).__doc__, name


def test_clean_json_contract(seeds_dir, capsys):
    rc = main(["clean", str(seeds_dir)])
    assert rc == 0
    out = json.loads(capsys.readouterr().out)
    assert len(out) == 5
    for article in out:
        assert {"id", "title", "outlet", "published", "published_from", "language", "units", "removed"} <= set(article)
        for unit in article["units"] + article["removed"]:
            assert {"text", "start", "end"} <= set(unit)


def test_clean_reports_missing_path_and_goes_on(seeds_dir, capsys, tmp_path):
    rc = main(["clean", str(tmp_path / "nope.txt"), str(seeds_dir / "000_4e4bf7dc5b015e38.txt")])
    captured = capsys.readouterr()
    assert rc == 3
    assert "nope.txt: missing" in captured.err
    assert len(json.loads(captured.out)) == 1


def test_clean_takes_one_input_alone_as_a_list_of_one(seeds_dir):
    """A path string alone was read character by character (and gave nothing)."""
    one = seeds_dir / "000_4e4bf7dc5b015e38.txt"
    assert [a.id for a in newsfuse.clean(str(one))] == [a.id for a in newsfuse.clean([one])] == ["000_4e4bf7dc5b015e38"]
    assert len(newsfuse.clean(str(seeds_dir))) == 5
    assert [a.id for a in newsfuse.clean({"id": "d", "text": "One sentence here. And another one."})] == ["d"]


def test_output_is_utf8_whatever_the_locale(tmp_path):
    """A cp1252 stdout (a Windows console) cut the JSON at the first character it lacks."""
    import os
    import subprocess
    import sys

    path = tmp_path / "story.txt"
    path.write_text("北京市政府周一宣布了新的交通规定。市民表示欢迎。\n\nThe city said the rules start in May.\n", encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "cp1252"}
    done = subprocess.run([sys.executable, "-m", "newsfuse", "clean", str(path)], capture_output=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert "北京市政府" in json.loads(done.stdout.decode("utf-8"))[0]["units"][0]["text"]


def test_a_story_row_stays_one_line_of_five_cells():
    """Outlet labels may be ids, kept as given: a line break or a tab in one split the row."""
    import datetime as dt

    from newsfuse.cli.stories import _row
    from newsfuse.store.records import StorySummary

    now = dt.datetime(2024, 5, 1)
    story = StorySummary("s1", 2, ("Daily\nNews", "x\n"), dt.date(2024, 5, 1), None, "Bridge\treopens", False, 1, now, now)
    row = _row(story)
    assert "\n" not in row and row.split("\t") == ["s1", "2", "2024-05-01..?", "Daily News, x", "Bridge reopens"]


def test_story_markdown_shows_added_ids_as_code_not_markup(tmp_path, capsys):
    from newsfuse.model import Article
    from newsfuse.store import Store

    path = tmp_path / "s.db"
    evil = "[click](javascript:alert(1))\n\n<b>x</b>"
    with Store.open(path) as store:
        store.add_articles([Article(id=evil, text="The bridge reopened on Monday.", outlet="Daily")])
        store.assign({evil: "s1"})
        store.save_report("s1", {"headline": None, "summary": []}, [evil])
    assert main(["story", "s1", "--db", str(path), "--format", "md"]) == 0
    footer = capsys.readouterr().out.rstrip().splitlines()[-1]
    assert footer.endswith("added: `[click](javascript:alert(1)) <b>x</b>`.*")
