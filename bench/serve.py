"""How fast ``newsfuse serve`` answers the story endpoint, beside two named peers.

Builds a store of N stories (default 10,000; every story one article and a report the
size of the seed story's, ~12 kB of JSON), then, for each server in turn, runs it in
its own process on 127.0.0.1 and drives ``GET /api/stories/{random id}`` with a
bounded number of concurrent clients for a bounded time. Prints requests/second and
p50/p99 latency, and each as a ratio to the peers:

- ``starlette-memory``: a bare Starlette endpoint returning the same report dicts from
  a dict in memory (the floor: no database, no validation, no middleware);
- ``starlette-sqlite``: a bare Starlette endpoint reading the stored JSON text from the
  same SQLite file with the stdlib driver and returning it untouched (datasette-like).

Every server runs under the same uvicorn (one worker, same event loop and HTTP
parser). The load generator shares this machine's cores with the server, so absolute
numbers are a floor; the ratios are the result.

    python bench/serve.py [--stories 10000] [--clients 16] [--seconds 5] [--rounds 3] [--db PATH]

``--db`` keeps the built store at PATH and reuses it on the next run (building 10,000
stories takes ~100 s here); without it the store lives in a temporary directory.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"
MAX_CLIENTS = 64  # bounds: never more load than this, never longer than MAX_SECONDS
MAX_SECONDS = 60
HOST = "127.0.0.1"
APP_REQUESTS = 1000  # direct ASGI calls per server for the app-work table (best of 3)


# --- the store -----------------------------------------------------------------------
def template_report() -> dict:
    """The seed story's report (newsfuse's own summary, hashing embedder), or a
    synthetic one of similar size when ../shared/seeds is absent."""
    sys.path.insert(0, str(REPO / "tests" / "web"))
    if SEEDS.exists():
        import newsfuse
        from webseed import seed_report

        return seed_report(newsfuse.clean([SEEDS]))
    sentence = {"text": "A sentence of the summary, cited. " * 3,
                "citations": [{"article": "a", "outlet": "Outlet", "start": 0, "end": 100}] * 2}
    return {"story": None, "headline": "Synthetic", "summary": [sentence] * 8, "facts": [], "figures": [],
            "conflicts": [], "quotes": [], "entities": [], "timeline": [], "articles": [], "meta": {"pad": "x" * 8000}}


def build_store(db: Path, count: int) -> list[str]:
    from newsfuse.model import Article
    from newsfuse.store import Store

    report = template_report()
    ids = [f"story-{i:06d}" for i in range(count)]
    with Store.open(db) as store, store.batch() as tx:
        articles = [Article(id=f"a{i}", text=f"Article {i} of the benchmark store.", title=f"Story {i}", outlet=f"O{i % 40}")
                    for i in range(count)]
        tx.add_articles(articles)
        tx.assign({a.id: sid for a, sid in zip(articles, ids)})
        for a, sid in zip(articles, ids):
            tx.save_report(sid, {**report, "story": sid}, [a.id])
    return ids


def stored_ids(db: Path) -> list[str]:
    import sqlite3

    with sqlite3.connect(db) as conn:
        return [sid for (sid,) in conn.execute("SELECT id FROM stories ORDER BY id")]


# --- the servers (each run in its own process: python bench/serve.py --serve KIND DB PORT)
def newsfuse_app(db: str):
    from newsfuse.store import Store
    from newsfuse.web import WebSettings, create_app
    from newsfuse.web.store_source import StoreSource

    return create_app(StoreSource(Store.open(db, migrate_schema=False)), WebSettings())


def memory_app(db: str):
    import sqlite3

    from starlette.applications import Starlette
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    with sqlite3.connect(db) as conn:
        reports = {sid: json.loads(data) for sid, data in conn.execute("SELECT story_id, data FROM reports")}

    async def story(request):
        return JSONResponse(reports[request.path_params["story_id"]])

    return Starlette(routes=[Route("/api/stories/{story_id}", story)])


def sqlite_app(db: str):
    import sqlite3
    import threading

    from starlette.applications import Starlette
    from starlette.concurrency import run_in_threadpool
    from starlette.responses import Response
    from starlette.routing import Route

    local = threading.local()

    def read(story_id: str):
        if not hasattr(local, "conn"):
            local.conn = sqlite3.connect(db, check_same_thread=False)
        return local.conn.execute(
            "SELECT data FROM reports WHERE story_id = ? ORDER BY version DESC LIMIT 1", (story_id,)
        ).fetchone()

    async def story(request):
        row = await run_in_threadpool(read, request.path_params["story_id"])
        return Response(row[0], media_type="application/json") if row else Response(status_code=404)

    return Starlette(routes=[Route("/api/stories/{story_id}", story)])


SERVERS = {"newsfuse": newsfuse_app, "starlette-memory": memory_app, "starlette-sqlite": sqlite_app}


def serve(kind: str, db: str, port: int) -> None:
    import uvicorn

    uvicorn.run(SERVERS[kind](db), host=HOST, port=port, log_level="warning", access_log=False)


# --- the load --------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def wait_up(port: int, timeout: float = 300) -> None:  # the in-memory peer parses every report first
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            socket.create_connection((HOST, port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"server on port {port} did not start")


async def load(port: int, ids: list[str], clients: int, seconds: float) -> tuple[list[float], int]:
    """``clients`` connections, each sending one request after another for ``seconds``."""
    import httpx

    latencies: list[float] = []
    errors = 0
    stop = time.monotonic() + seconds
    rng = random.Random(0)
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=f"http://{HOST}:{port}", limits=limits, timeout=30) as client:

        async def worker() -> None:
            nonlocal errors
            while time.monotonic() < stop:
                started = time.perf_counter()
                response = await client.get(f"/api/stories/{rng.choice(ids)}")
                await response.aread()
                latencies.append(time.perf_counter() - started)
                errors += response.status_code != 200

        await asyncio.gather(*(worker() for _ in range(clients)))
    return latencies, errors


def measure(kind: str, db: Path, ids: list[str], clients: int, seconds: float) -> tuple[float, list[float], int]:
    """One run of one server: (req/s, latencies in seconds, errors)."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, __file__, "--serve", kind, str(db), str(port)])
    try:
        wait_up(port)
        asyncio.run(load(port, ids, min(clients, 4), 1.0))  # warm-up, not counted
        started = time.perf_counter()
        latencies, errors = asyncio.run(load(port, ids, clients, seconds))
        elapsed = time.perf_counter() - started
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    return len(latencies) / elapsed, latencies, errors


async def _asgi_get(app, path: str) -> int:
    scope = {"type": "http", "http_version": "1.1", "method": "GET", "path": path, "raw_path": path.encode(),
             "query_string": b"", "headers": [(b"host", b"bench")], "scheme": "http", "root_path": "",
             "server": (HOST, 80), "client": (HOST, 1)}
    status = 0

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]

    await app(scope, receive, send)
    return status


def app_cost(kind: str, db: Path, ids: list[str], requests: int) -> float:
    """Milliseconds of server work per request with no network and no HTTP parsing:
    the app called directly, one request after another (steadier than the load run
    on a busy machine)."""

    async def run() -> float:
        app = SERVERS[kind](str(db))
        rng = random.Random(0)
        for _ in range(50):
            await _asgi_get(app, f"/api/stories/{rng.choice(ids)}")
        started = time.perf_counter()
        for _ in range(requests):
            assert await _asgi_get(app, f"/api/stories/{rng.choice(ids)}") == 200
        return 1000 * (time.perf_counter() - started) / requests

    return asyncio.run(run())


def summarise(kind: str, runs: list[tuple[float, list[float], int]]) -> dict:
    """Median req/s over the rounds; latency percentiles over all requests."""
    latencies = sorted(x for _, lat, _ in runs for x in lat)
    return {
        "server": kind,
        "requests": len(latencies),
        "errors": sum(e for _, _, e in runs),
        "rps": statistics.median(r for r, _, _ in runs),
        "p50_ms": 1000 * statistics.median(latencies),
        "p99_ms": 1000 * latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=5.0, help="per server and round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--db", type=Path, default=None, help="build the store here once, reuse it after")
    parser.add_argument("--serve", nargs=3, metavar=("KIND", "DB", "PORT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve[0], args.serve[1], int(args.serve[2]))
        return
    clients, seconds = min(args.clients, MAX_CLIENTS), min(args.seconds, MAX_SECONDS)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bench.db"
        t0 = time.perf_counter()
        ids = stored_ids(db) if db.exists() else build_store(db, args.stories)
        print(f"store: {len(ids):,} stories, {db.stat().st_size / 1e6:.0f} MB, ready in {time.perf_counter() - t0:.1f} s;"
              f" {clients} clients x {seconds:.0f} s x {args.rounds} rounds per server, {HOST}, cores: {os.cpu_count()}")
        runs: dict[str, list] = {kind: [] for kind in SERVERS}
        for _ in range(args.rounds):  # interleaved, so a busy spell on the machine hits all
            for kind in SERVERS:
                runs[kind].append(measure(kind, db, ids, clients, seconds))
        rows = [summarise(kind, r) for kind, r in runs.items()]
        costs = {kind: min(app_cost(kind, db, ids, APP_REQUESTS) for _ in range(3)) for kind in SERVERS}
    ours = rows[0]
    print(f"\n{'server':<18}{'requests':>10}{'errors':>8}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}"
          f"{'rps ratio':>11}{'p50 ratio':>11}{'p99 ratio':>11}")
    for row in rows:
        print(f"{row['server']:<18}{row['requests']:>10,}{row['errors']:>8}{row['rps']:>9.0f}{row['p50_ms']:>9.1f}"
              f"{row['p99_ms']:>9.1f}{ours['rps'] / row['rps']:>11.2f}{ours['p50_ms'] / row['p50_ms']:>11.2f}"
              f"{ours['p99_ms'] / row['p99_ms']:>11.2f}")
    print("\nreq/s: median of the rounds; p50/p99: over every request of every round."
          "\nratios are newsfuse / that server (req/s: higher is better for newsfuse; latency: lower)")
    print(f"\n{'app work per request (ASGI call, no network)':<46}{'ms':>8}{'newsfuse / it':>15}")
    for kind, cost in costs.items():
        print(f"{kind:<46}{cost:>8.2f}{costs['newsfuse'] / cost:>15.2f}")


if __name__ == "__main__":
    main()
