"""Main-text extraction benchmark: newsfuse's HTML path against trafilatura's own
``extract``, on ../shared/data/extraction/pages.jsonl (91 pages, many languages).

    python bench/extraction.py [--limit N] [--show-worst K]

Metric (../shared/data/README.md): 4-gram shingles over ``\\w+`` tokens; precision,
recall and F1 per page, averaged over pages. Rows:

- trafilatura.extract: the peer, default settings, the page URL given.
- newsfuse read: what the HTML reader makes ``Article.text`` (trafilatura without
  reader comments, plus metadata).
- newsfuse read+clean: the cleaned body (``Article.body``: kept standfirst, heading
  and body paragraphs) after ``newsfuse.pipeline.prepare``, i.e. what later stages use.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path
from statistics import mean

import trafilatura

from newsfuse.cleaning import CleanOptions
from newsfuse.ingest import read
from newsfuse.model import Article
from newsfuse.pipeline import prepare

PAGES = Path(__file__).resolve().parents[2] / "shared" / "data" / "extraction" / "pages.jsonl"
SHINGLE = 4
_TOKEN = re.compile(r"\w+")


def shingles(text: str) -> set[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    if len(tokens) < SHINGLE:
        return {tuple(tokens)} if tokens else set()
    return {tuple(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1)}


def prf(candidate: str, gold: str) -> tuple[float, float, float]:
    got, want = shingles(candidate), shingles(gold)
    if not got and not want:
        return 1.0, 1.0, 1.0
    if not got or not want:
        return 0.0, 0.0, 0.0
    hit = len(got & want)
    p, r = hit / len(got), hit / len(want)
    return p, r, (2 * p * r / (p + r) if hit else 0.0)


def run_trafilatura(pages: list[dict]) -> list[str]:
    return [trafilatura.extract(p["html"], url=p["url"]) or "" for p in pages]


def run_newsfuse_read(pages: list[dict]) -> list[str]:
    records = [{"id": p["id"], "url": p["url"], "html": p["html"]} for p in pages]
    by_id = {a.id: a.text for a in read(records) if isinstance(a, Article)}
    return [by_id.get(p["id"], "") for p in pages]


def run_newsfuse_clean(pages: list[dict]) -> list[str]:
    records = [{"id": p["id"], "url": p["url"], "html": p["html"]} for p in pages]
    result = prepare(records, CleanOptions())
    by_id = {a.id: a.body for a in result.articles}
    return [by_id.get(p["id"], "") for p in pages]


SYSTEMS = {
    "trafilatura.extract": run_trafilatura,
    "newsfuse read": run_newsfuse_read,
    "newsfuse read+clean": run_newsfuse_clean,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="first N pages only")
    parser.add_argument("--show-worst", type=int, default=0, help="pages where read+clean loses most F1 to read")
    args = parser.parse_args(argv)
    if not PAGES.exists():
        print(f"skipped: {PAGES} is not available")
        return 0
    pages = [json.loads(line) for line in PAGES.open(encoding="utf-8")]
    pages = pages[: args.limit] if args.limit else pages

    scores: dict[str, list[tuple[float, float, float]]] = {}
    outputs: dict[str, list[str]] = {}
    seconds: dict[str, float] = {}
    for name, system in SYSTEMS.items():
        started = time.perf_counter()
        outputs[name] = system(pages)
        seconds[name] = time.perf_counter() - started
        scores[name] = [prf(text, p["gold_text"]) for text, p in zip(outputs[name], pages)]

    base = mean(s[2] for s in scores["trafilatura.extract"])
    print(f"extraction benchmark: {len(pages)} pages, {SHINGLE}-gram shingle P/R/F1 averaged over pages")
    print(f"{'system':<22} {'P':>6} {'R':>6} {'F1':>6} {'F1/peer':>8} {'empty':>6} {'pages/s':>8}")
    for name, rows in scores.items():
        f1 = mean(s[2] for s in rows)
        empty = sum(1 for t in outputs[name] if not t.strip())
        print(
            f"{name:<22} {mean(s[0] for s in rows):>6.3f} {mean(s[1] for s in rows):>6.3f} {f1:>6.3f} "
            f"{f1 / base:>8.3f} {empty:>6} {len(pages) / seconds[name]:>8.1f}"
        )
    if args.show_worst:
        _show_worst(pages, scores, outputs, args.show_worst)
    return 0


def _show_worst(pages, scores, outputs, k: int) -> None:
    """Pages where cleaning costs most F1, with what cleaning dropped."""
    losses = sorted(
        range(len(pages)), key=lambda i: scores["newsfuse read+clean"][i][2] - scores["newsfuse read"][i][2]
    )
    for i in losses[:k]:
        before, after = scores["newsfuse read"][i], scores["newsfuse read+clean"][i]
        print(f"\n{pages[i]['id'][:12]} {pages[i]['url'][:70]}  F1 {before[2]:.3f} -> {after[2]:.3f}")
        kept = outputs["newsfuse read+clean"][i]
        for line in outputs["newsfuse read"][i].split("\n"):
            if line.strip() and line.strip() not in kept:
                print(f"   dropped: {line.strip()[:110]}")


if __name__ == "__main__":
    sys.exit(main())
