"""Cleaning of the five seed articles against the hand annotation in
../shared/gold/seeds.json (1-based line numbers of the files as they are).

Line-level boilerplate precision and recall must both be 1.0: every gold boilerplate
line removed, no body line removed. Lines the gold marks as title, standfirst, heading,
credit or metadata must get that kind, and no other line may get one of those kinds.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[3] / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold" / "seeds.json"

SEED_FILES = sorted(p.name for p in SEEDS.glob("*.txt")) if SEEDS.exists() else ["(seeds absent)"]
STRUCTURAL = ("title", "standfirst", "heading", "credit", "metadata")
COVERED = 0.5  # a line counts as removed when at least half its characters are


def line_spans(text: str) -> dict[int, tuple[int, int]]:
    """1-based line number -> (start, end) of its non-blank content."""
    spans, pos = {}, 0
    for number, line in enumerate(text.splitlines(keepends=True), 1):
        body = line.strip()
        if body:
            start = pos + line.index(body)
            spans[number] = (start, start + len(body))
        pos += len(line)
    return spans


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


@pytest.fixture(scope="module")
def by_file(seed_articles):
    return {a.id + ".txt": a for a in seed_articles.values()}


def _case(gold, by_file, name):
    if name not in gold["articles"]:
        pytest.skip(f"{name} not annotated")
    return gold["articles"][name], by_file[name]


@pytest.mark.parametrize("name", SEED_FILES)
def test_boilerplate_lines_precision_and_recall(gold, by_file, name):
    expected, article = _case(gold, by_file, name)
    lines = line_spans(article.text)
    removed = {
        n
        for n, span in lines.items()
        if sum(overlap(span, (r.start, r.end)) for r in article.removed) >= COVERED * (span[1] - span[0])
    }
    wanted = set(expected["boilerplate_lines"])
    hit = removed & wanted
    precision = len(hit) / len(removed) if removed else 1.0
    recall = len(hit) / len(wanted) if wanted else 1.0
    assert (precision, recall) == (1.0, 1.0), f"removed {sorted(removed)}, gold {sorted(wanted)}"
    # and nothing at all is cut from a line the gold keeps (not even an inline phrase)
    kept_lines = set(lines) - wanted
    cut = {n for n in kept_lines for r in article.removed if overlap(lines[n], (r.start, r.end))}
    assert not cut, f"inline cuts in kept lines {sorted(cut)}: {[article.text[slice(*lines[n])] for n in cut]}"


def _gold_kinds(expected: dict) -> dict[int, str]:
    kinds = {}
    for n in expected.get("credit_lines", []):
        kinds[n] = "credit"
    for n in expected.get("heading_lines", []):
        kinds[n] = "heading"
    for n in expected.get("metadata_lines", []):
        kinds[n] = "metadata"
    if expected.get("standfirst_line"):
        kinds[expected["standfirst_line"]] = "standfirst"
    if expected.get("title_line"):
        kinds[expected["title_line"]] = "title"
    return kinds


@pytest.mark.parametrize("name", SEED_FILES)
def test_structural_lines_classified_as_gold(gold, by_file, name):
    expected, article = _case(gold, by_file, name)
    lines = line_spans(article.text)
    wanted = _gold_kinds(expected)
    paragraphs = [u for u in article.units if u.level == "paragraph"]
    for n, span in lines.items():
        kinds = {u.kind for u in paragraphs if overlap(span, (u.start, u.end))}
        if n in wanted:
            assert wanted[n] in kinds, f"line {n} {article.text[slice(*span)]!r}: {kinds}, gold {wanted[n]}"
        else:
            # line 1 may open with a metadata prefix (" date 2022-12-19 ...") before its text
            extra = (kinds & set(STRUCTURAL)) - ({"metadata"} if n == 1 else set())
            assert not extra, f"line {n} {article.text[slice(*span)]!r} got {extra}, gold says body/boilerplate"


@pytest.mark.parametrize("name", SEED_FILES)
def test_title(gold, by_file, name):
    expected, article = _case(gold, by_file, name)
    if expected["title"] is None:
        assert not any(u.kind == "title" for u in article.units)
    else:
        assert article.title == expected["title"]


@pytest.mark.parametrize("name", SEED_FILES)
def test_published_date_where_the_article_states_it(gold, by_file, name):
    expected, article = _case(gold, by_file, name)
    if expected["published_from"] not in ("metadata", "body"):
        pytest.skip("gold: only the story dates this article")
    assert article.published == dt.date.fromisoformat(expected["published"])
    assert article.published_from == expected["published_from"]


def test_gold_file_is_the_one_tested():
    # guards the parametrisation: every annotated file exists and is tested
    if not GOLD.exists():
        pytest.skip("gold absent")
    annotated = set(json.loads(GOLD.read_text())["articles"])
    assert annotated <= set(SEED_FILES)
