"""``newsfuse summarize``: formats and the budget, on files written here."""

from __future__ import annotations

import json

from newsfuse.cli import main

TEXT = (
    "Flooding forced the evacuation of 12,000 residents from the river town of Arlen on Tuesday, officials said.\n\n"
    "The regional governor declared a state of emergency and asked the army for help.\n\n"
    "Emergency crews used boats to reach families trapped on the roofs of their homes.\n"
)


def test_summarize_json_and_md(tmp_path, capsys):
    for name in ("one.txt", "two.txt"):
        (tmp_path / name).write_text(TEXT)
    assert main(["summarize", str(tmp_path), "--format", "json", "--words", "30", "--no-compare"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert sum(len(s["text"].split()) for s in data["summary"]) <= 30
    assert data["summary"] and len(data["summary"][0]["citations"]) == 2
    assert main(["summarize", str(tmp_path)]) == 0
    assert "## Sources" in capsys.readouterr().out
    assert main(["summarize", str(tmp_path), "--format", "html"]) == 0
    assert capsys.readouterr().out.startswith("<!DOCTYPE html>")


def test_blas_threads_are_the_commands_choice(tmp_path, capsys, monkeypatch):
    """The command limits BLAS threads while it runs (default 1, 0 = the library's
    default) and gives the process its setting back; the summary does not change."""
    from threadpoolctl import threadpool_info

    import newsfuse.cli.summarize as command
    from newsfuse.cli.common import blas_threads

    def blas():
        return [p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"]

    before = blas()
    seen = []
    real = command.summarize

    def spy(*args, **kwargs):
        seen.append(blas())
        return real(*args, **kwargs)

    monkeypatch.setattr(command, "summarize", spy)
    (tmp_path / "one.txt").write_text(TEXT)
    (tmp_path / "two.txt").write_text(TEXT)
    outs = []
    for threads in ("1", "0"):
        assert main(["summarize", str(tmp_path), "--format", "json", "--no-compare", "--blas-threads", threads]) == 0
        outs.append(json.loads(capsys.readouterr().out)["summary"])
    assert outs[0] == outs[1]
    assert seen[0] == [1] * len(before) and seen[1] == before
    assert blas() == before

    class Args:
        blas_threads = 0

    with blas_threads(Args()):
        assert blas() == before


def test_the_json_lists_what_was_skipped_and_the_exit_code_says_so(tmp_path, capsys):
    """An input the reader refused and an article given twice are both in the JSON's
    meta.rejected (as the API's report lists what summarize() skipped), exit code 3."""
    from newsfuse.cli import EXIT_SKIPPED

    (tmp_path / "one.txt").write_text(TEXT)
    (tmp_path / "two.txt").write_text(TEXT.replace("Tuesday", "Wednesday"))
    (tmp_path / "empty.txt").write_text("")
    code = main(["summarize", str(tmp_path), str(tmp_path / "one.txt"), "--format", "json", "--no-compare"])
    assert code == EXIT_SKIPPED
    data = json.loads(capsys.readouterr().out)
    assert [(r["input"].rsplit("/", 1)[-1], r["reason"]) for r in data["meta"]["rejected"]] == [
        ("empty.txt", "empty"), ("one.txt", "duplicate")]
    assert sorted(a["id"] for a in data["articles"]) == ["one", "two"]


def test_a_negative_thread_count_is_a_usage_error(tmp_path, capsys):
    import pytest

    (tmp_path / "one.txt").write_text(TEXT)
    with pytest.raises(SystemExit) as exit_:
        main(["summarize", str(tmp_path), "--blas-threads", "-1"])
    assert exit_.value.code == 2 and "whole number from 0" in capsys.readouterr().err
