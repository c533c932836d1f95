"""Guard on ../shared/data/extraction: newsfuse's HTML path (read, then the cleaned
body) must not extract worse than trafilatura's own ``extract`` (bench/extraction.py
prints the full table)."""

import importlib.util
from pathlib import Path
from statistics import mean

import pytest

REPO = Path(__file__).resolve().parents[2]
DATA = REPO.parent / "shared" / "data"

pytestmark = [pytest.mark.slow, pytest.mark.data]


def _bench():
    spec = importlib.util.spec_from_file_location("bench_extraction", REPO / "bench" / "extraction.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_shingle_f1_is_not_below_trafilatura():
    import json

    path = DATA / "extraction" / "pages.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is not available")
    bench = _bench()
    pages = [json.loads(line) for line in path.open(encoding="utf-8")]
    f1 = {
        name: mean(bench.prf(text, p["gold_text"])[2] for text, p in zip(system(pages), pages))
        for name, system in bench.SYSTEMS.items()
    }
    assert f1["newsfuse read+clean"] >= f1["trafilatura.extract"]
    assert f1["newsfuse read"] >= f1["trafilatura.extract"] - 0.005


def test_shingles_metric():
    bench = _bench()
    assert bench.prf("a b c d e", "a b c d e") == (1.0, 1.0, 1.0)
    p, r, f = bench.prf("a b c d", "a b c d e f")
    assert (p, r) == (1.0, 1 / 3) and f == pytest.approx(0.5)
    assert bench.prf("", "a b c d") == (0.0, 0.0, 0.0)
