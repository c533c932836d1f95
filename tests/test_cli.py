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
