"""Throughput and memory of read + clean + segment, beside syntok segmentation alone.

    python bench/clean.py [--n 10000] [--systems a,b,...]

Data: the articles of ../shared/data/multinews and ../shared/data/duc2003 (dev data),
repeated with fresh ids up to ``--n`` and written to a temp dir twice: as one JSON
Lines file (with source/title/date) and as plain ``.txt`` files, 1,000 per folder.

Each system runs in its own subprocess so its peak RSS (``ru_maxrss``) is its own:

- newsfuse prepare: ``newsfuse.pipeline.prepare`` (read, outlet-repeated lines, clean,
  segment), what ``newsfuse clean`` runs; it holds the batch to find repeated lines.
- newsfuse stream: ``read`` then ``clean_article`` one article at a time (no batch
  context), the constant-memory path.
- syntok (peer): json.loads each line and ``syntok.segmenter.analyze`` its text, the
  floor for any segmenter-based pipeline (newsfuse segments with syntok).

"RSS MB" is the peak resident set; "+MB" its growth during the timed run (after imports
and a one-article warm-up that loads lazy models, timed apart as "warm-up s").
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SOURCES = [DATA / "multinews" / "clusters.jsonl", DATA / "duc2003" / "clusters.jsonl"]
FIELDS = ("id", "source", "title", "date", "text")
FILES_PER_FOLDER = 1000

SYSTEMS = {
    "syntok peer [jsonl]": ("syntok", "jsonl"),
    "newsfuse stream [jsonl]": ("stream", "jsonl"),
    "newsfuse prepare [jsonl]": ("prepare", "jsonl"),
    "newsfuse prepare [files]": ("prepare", "files"),
}
PEER = "syntok peer [jsonl]"


def dev_articles() -> list[dict]:
    out = []
    for path in SOURCES:
        for line in path.open(encoding="utf-8"):
            for article in json.loads(line)["articles"]:
                if article.get("text"):
                    out.append({k: article.get(k) for k in FIELDS})
    return out


def write_data(folder: Path, n: int) -> None:
    base = dev_articles()
    with (folder / "articles.jsonl").open("w", encoding="utf-8") as fh:
        for i in range(n):
            record = dict(base[i % len(base)], id=f"{base[i % len(base)]['id']}~{i // len(base)}")
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            sub = folder / "files" / f"{i // FILES_PER_FOLDER:03d}"
            sub.mkdir(parents=True, exist_ok=True)
            (sub / f"{i:05d}.txt").write_text(record["text"], encoding="utf-8")


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


# --- systems, run inside a subprocess -----------------------------------------------------


def run_syntok(path: Path) -> tuple[int, int]:
    from syntok import segmenter

    articles = sentences = 0
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line)["text"]
            sentences += sum(1 for paragraph in segmenter.analyze(text) for _ in paragraph)
            articles += 1
    return articles, sentences


def run_stream(path: Path) -> tuple[int, int]:
    from newsfuse.cleaning import clean_article
    from newsfuse.ingest import read
    from newsfuse.model import Article

    articles = sentences = 0
    for item in read([path]):
        if isinstance(item, Article):
            sentences += len(clean_article(item).sentences)
            articles += 1
    return articles, sentences


def run_prepare(path: Path) -> tuple[int, int]:
    from newsfuse.pipeline import prepare

    result = prepare([path])
    return len(result.articles), sum(len(a.sentences) for a in result.articles)


WARM_UP_TEXT = "Officials said on Monday that the bridge would reopen. Traffic resumed at 5 p.m. on Dec. 19."


def warm_up(system: str) -> None:
    if system == "syntok":
        from syntok import segmenter

        list(segmenter.analyze(WARM_UP_TEXT))
        return
    from newsfuse.pipeline import prepare

    prepare([{"id": "warm-up", "text": WARM_UP_TEXT, "date": "2024-01-01"}])


def child(system: str, layout: str, folder: Path) -> None:
    path = folder / ("articles.jsonl" if layout == "jsonl" else "files")
    run = {"syntok": run_syntok, "stream": run_stream, "prepare": run_prepare}[system]
    started = time.perf_counter()
    warm_up(system)  # imports and lazily loaded models (language ids, date data): timed apart
    warm_up_s = time.perf_counter() - started
    after_import = rss_mb()
    started = time.perf_counter()
    articles, sentences = run(path)
    seconds = time.perf_counter() - started
    print(json.dumps({"articles": articles, "sentences": sentences, "seconds": seconds, "warm_up_s": warm_up_s,
                      "rss_import_mb": after_import, "rss_peak_mb": rss_mb()}))


# --- driver -------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--systems", default=",".join(SYSTEMS), help="comma-separated names from the table")
    parser.add_argument("--child", nargs=3, metavar=("SYSTEM", "LAYOUT", "DIR"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child[0], args.child[1], Path(args.child[2]))
        return 0
    if not all(p.exists() for p in SOURCES):
        print(f"skipped: {', '.join(str(p) for p in SOURCES)} not available")
        return 0
    names = [s.strip() for s in args.systems.split(",") if s.strip()]
    with tempfile.TemporaryDirectory(prefix="newsfuse-bench-") as tmp:
        folder = Path(tmp)
        write_data(folder, args.n)
        results = {}
        for name in names:
            system, layout = SYSTEMS[name]
            out = subprocess.run(
                [sys.executable, __file__, "--child", system, layout, str(folder)], capture_output=True, text=True
            )
            if out.returncode:
                sys.exit(f"{name} failed:\n{out.stderr}")
            results[name] = json.loads(out.stdout.strip().splitlines()[-1])
    print_table(results, args.n)
    return 0


def print_table(results: dict[str, dict], n: int) -> None:
    print(f"read + clean + segment, {n:,} dev articles (multinews + duc2003, repeated)")
    print(f"{'system':<26} {'articles':>8} {'sentences':>9} {'s':>7} {'art/s':>7} {'speed/peer':>10} "
          f"{'RSS MB':>7} {'+MB':>6} {'RSS/peer':>8} {'warm-up s':>9}")
    peer = results.get(PEER)
    for name, r in results.items():
        rate = r["articles"] / r["seconds"]
        speed = f"{rate / (peer['articles'] / peer['seconds']):.3f}" if peer else "-"
        growth = r["rss_peak_mb"] - r["rss_import_mb"]
        memory = f"{r['rss_peak_mb'] / peer['rss_peak_mb']:.2f}" if peer else "-"
        print(f"{name:<26} {r['articles']:>8} {r['sentences']:>9} {r['seconds']:>7.1f} {rate:>7.1f} {speed:>10} "
              f"{r['rss_peak_mb']:>7.0f} {growth:>6.0f} {memory:>8} {r['warm_up_s']:>9.1f}")


if __name__ == "__main__":
    sys.exit(main())
