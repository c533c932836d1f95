"""Ingest throughput and memory: newsfuse single process vs newsfuse on Ray (local),
beside a raw stdlib ``sqlite3`` bulk insert of the same records (the floor: no
cleaning, clustering or summaries), into a fresh SQLite store.

The archive is the dev data (../shared/data: DUC 2003, Multi-News, ECB+, MultiLing)
repeated with fresh ids and dates shifted by ``SHIFT_DAYS`` per copy, so every copy
is new content and lands in its own story window. Cost per article vs archive size:
the rate over the first and last ``SEGMENT`` share of each run, and the whole-run
rate at each size.

    python bench/ingest.py --sizes 10000 100000            # the acceptance run
    python bench/ingest.py --sizes 1000 3000 --ray-cpus 2   # what fits a shared 2-core box

Each run is a child process; peak memory is the largest sum of RSS over it and its
descendants (Ray workers included), sampled every ``SAMPLE_S`` seconds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
SHIFT_DAYS = 30  # > the clusterer's story window, so copies never merge with each other
UNDATED = dt.date(2020, 1, 1)
SEGMENT = 0.1
SAMPLE_S = 0.5
# The clusterer snapshot written with every batch in the store-only run: the size
# measured after 3,000 archive articles (2.39 MB, the most live stories seen here).
CHECKPOINT_BYTES = 2_400_000


def dev_articles() -> list[dict]:
    """Every dev article once: id, text, title, source, date."""
    out: list[dict] = []
    for name in ("duc2003", "multinews"):
        path = DATA / name / "clusters.jsonl"
        if path.exists():
            for line in path.open(encoding="utf-8"):
                out += json.loads(line)["articles"]
    for name in ("ecbplus", "multiling2011"):
        path = DATA / name / "articles.jsonl"
        if path.exists():
            out += [json.loads(line) for line in path.open(encoding="utf-8")]
    keep = ("id", "text", "title", "source", "date")
    return [{k: a.get(k) for k in keep} for a in out if (a.get("text") or "").strip()]


def build_archive(n: int, path: Path) -> Path:
    base = dev_articles()
    if not base:
        sys.exit(f"no dev data under {DATA}")
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            copy, a = divmod(i, len(base))
            record = dict(base[a])
            date = dt.date.fromisoformat(record["date"][:10]) if record.get("date") else UNDATED
            record["date"] = (date + dt.timedelta(days=SHIFT_DAYS * copy)).isoformat()
            record["id"] = f"c{copy}-{a}-{record['id']}"  # dev ids repeat across sets
            fh.write(json.dumps(record) + "\n")
    return path


# --- measuring a child process -------------------------------------------------------


def _tree_rss(root: int) -> int:
    """Bytes of RSS of ``root`` and all its descendants, from /proc."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            status = Path(f"/proc/{entry}/status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        parents[int(entry)] = int(fields.get("PPid", "0").strip() or 0)
        rss[int(entry)] = int(fields.get("VmRSS", "0 kB").split()[0]) * 1024
    tree, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        kids = [p for p, pp in parents.items() if pp == pid and p not in tree]
        tree.update(kids)
        frontier += kids
    return sum(rss.get(p, 0) for p in tree)


def measure(cmd: list[str]) -> tuple[dict, int]:
    """Run ``cmd``; its last stdout line is JSON. Returns it and the peak tree RSS."""
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
    peak = [0]

    def sample() -> None:
        while proc.poll() is None:
            peak[0] = max(peak[0], _tree_rss(proc.pid))
            time.sleep(SAMPLE_S)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, _ = proc.communicate()
    sampler.join()
    if proc.returncode != 0:
        sys.exit(f"{cmd} failed with {proc.returncode}")
    return json.loads(out.strip().splitlines()[-1]), peak[0]


# --- the runs (each in a child process: ``bench/ingest.py --child MODE DB INPUT``) ------


def child(mode: str, db: str, source: str, args: argparse.Namespace) -> None:
    if mode == "sqlite3":
        start = time.perf_counter()
        conn = sqlite3.connect(db)
        conn.execute("CREATE TABLE articles (id TEXT PRIMARY KEY, source TEXT, date TEXT, title TEXT, text TEXT)")
        with open(source, encoding="utf-8") as fh:
            rows = ((r["id"], r["source"], r["date"], r["title"], r["text"]) for r in map(json.loads, fh))
            with conn:
                n = conn.executemany("INSERT INTO articles VALUES (?,?,?,?,?)", rows).rowcount
        print(json.dumps({"stored": n, "seconds": time.perf_counter() - start, "marks": []}))
        return
    from newsfuse.engine.defaults import SummarizeFactory, make_embedder, make_summarize
    from newsfuse.engine.local import IngestOptions, LocalExecutor, ingest
    from newsfuse.store import Store

    embedder = make_embedder(args.embedder)
    if mode == "ray":
        from newsfuse.engine.ray import RayExecutor

        executor = RayExecutor(SummarizeFactory(args.embedder, compare=args.compare), embedder_name=args.embedder,
                               num_cpus=args.ray_cpus)
        executor.start()  # Ray start-up (10-20 s here) stays outside the timed part
    else:
        executor = LocalExecutor(make_summarize(embedder, compare=args.compare))
    marks: list[tuple[float, int]] = []
    start = time.perf_counter()
    with Store.open(db) as store:
        stats = ingest([source], store, executor, embedder=embedder,
                       options=IngestOptions(reports=args.reports),
                       on_batch=lambda s: marks.append((time.perf_counter() - start, s.stored)))
        seconds = time.perf_counter() - start
        snapshot = len(store.checkpoint("online-clusterer") or b"")
    if mode == "ray":
        executor.shutdown()
    print(json.dumps({**stats.to_dict(), "seconds": seconds, "marks": marks,
                      "db_bytes": Path(db).stat().st_size, "checkpoint_bytes": snapshot}))


def store_scaling(n: int, batch: int = 250, base_n: int = 300) -> None:
    """The store's share alone (add_articles + assign + a checkpoint per batch, as the
    engine does) while the archive grows to ``n``: does a batch cost more at 100k than
    at 10k? Rows are real cleaned dev articles, copied with fresh ids and dates."""
    import random

    from newsfuse.pipeline import prepare
    from newsfuse.store import Store

    records = dev_articles()[:base_n]
    base = prepare(records).articles
    rng = random.Random(0)
    blob = rng.randbytes(CHECKPOINT_BYTES)
    per_batch: list[tuple[int, float]] = []
    with tempfile.TemporaryDirectory(prefix="newsfuse-store-") as tmp, Store.open(Path(tmp) / "s.db") as store:
        stored, story = 0, 0
        while stored < n:
            arts = []
            for i in range(stored, min(stored + batch, n)):
                copy, a = divmod(i, len(base))
                src = base[a]
                published = (src.published or UNDATED) + dt.timedelta(days=SHIFT_DAYS * copy)
                arts.append(src.replace(id=f"c{copy}-{a}", published=published))
            start = time.perf_counter()
            with store.batch() as tx:
                added = tx.add_articles(arts)
                tx.assign({x.id: f"s{(story + k // 5)}" for k, x in enumerate(added.added)})
                tx.save_checkpoint("bench", blob)
            per_batch.append((stored, time.perf_counter() - start))
            story += len(arts) // 5 + 1
            stored += len(arts)
        size = (Path(tmp) / "s.db").stat().st_size
    print(f"\nstore only (SQLite, batches of {batch}): ms per article by archive size")
    print(f"{'archive':>12} {'ms/article':>11}")
    step = max(n // 10, batch)
    for lo in range(0, n, step):
        times = [t for at, t in per_batch if lo <= at < lo + step]
        print(f"{lo:>6}-{lo + step:<6} {1000 * sum(times) / (len(times) * batch):>10.3f}")
    print(f"database {size / 2**20:.0f} MiB for {n} articles")


def segment_rates(marks: list[list[float]], total: int) -> tuple[float, float]:
    """Articles/s over the first and the last SEGMENT of the stored articles."""
    if len(marks) < 4:
        return float("nan"), float("nan")
    cut = SEGMENT * total

    def rate(a: list[float], b: list[float]) -> float:
        return (b[1] - a[1]) / max(b[0] - a[0], 1e-9)

    first_end = next(m for m in marks if m[1] >= cut)
    last_start = next(m for m in reversed(marks) if m[1] <= total - cut)
    return rate([0.0, 0], first_end), rate(last_start, marks[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--modes", nargs="+", default=["sqlite3", "local", "ray"], choices=["sqlite3", "local", "ray"])
    parser.add_argument("--ray-cpus", type=int, default=2)
    parser.add_argument("--embedder", default="wordllama", choices=["wordllama", "hashing"])
    parser.add_argument("--reports", default="window", choices=["window", "end", "none"])
    parser.add_argument("--no-compare", dest="compare", action="store_false",
                        help="reports without the cross-source comparison (newsfuse ingest --no-compare)")
    parser.add_argument("--store-scaling", type=int, default=None, metavar="N",
                        help="only time the store's share while the archive grows to N articles")
    parser.add_argument("--child", nargs=3, metavar=("MODE", "DB", "INPUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child, args)
        return
    if args.store_scaling:
        store_scaling(args.store_scaling)
        return
    rows = []
    with tempfile.TemporaryDirectory(prefix="newsfuse-bench-") as tmp:
        for n in args.sizes:
            source = build_archive(n, Path(tmp) / f"archive-{n}.jsonl")
            for mode in args.modes:
                db = Path(tmp) / f"{mode}-{n}.db"
                cmd = [sys.executable, __file__, "--child", mode, str(db), str(source),
                       "--ray-cpus", str(args.ray_cpus), "--embedder", args.embedder, "--reports", args.reports,
                       *([] if args.compare else ["--no-compare"])]
                result, peak = measure(cmd)
                first, last = segment_rates(result["marks"], result["stored"])
                rows.append((n, mode, result["stored"], result["seconds"], peak, first, last, result))
                print(f"# {n} {mode}: {json.dumps({k: v for k, v in result.items() if k != 'marks'})}", flush=True)
    floor = {n: s / max(t, 1e-9) for n, m, s, t, *_ in rows if m == "sqlite3"}
    print(f"\n{'articles':>9} {'engine':>8} {'stored':>7} {'seconds':>8} {'art/s':>8} {'peak MiB':>9} "
          f"{'first10% a/s':>13} {'last10% a/s':>12} {'reports s':>10} {'vs sqlite3':>11}")
    for n, mode, stored, seconds, peak, first, last, result in rows:
        rate = stored / max(seconds, 1e-9)
        ratio = f"{rate / floor[n]:.2e}" if n in floor and mode != "sqlite3" else "-"
        reports = seconds - result["marks"][-1][0] if result["marks"] else 0.0  # after the last batch
        print(f"{n:>9} {mode:>8} {stored:>7} {seconds:>8.1f} {rate:>8.1f} {peak / 2**20:>9.0f} "
              f"{first:>13.1f} {last:>12.1f} {reports:>10.1f} {ratio:>11}")
    print(f"\n(embedder {args.embedder}, reports {args.reports}, comparison {'on' if args.compare else 'off'}, "
          f"Ray num_cpus={args.ray_cpus}; "
          f"{os.cpu_count()} CPUs visible; load average {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
