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
