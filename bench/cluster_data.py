"""Gold clustering sets from ../shared/data for bench/cluster.py (read-only, never copied).

Splits are fixed so constants can be tuned on one part and judged on another:
calibration = ECB+ topics 1, 5, 9, ... (topic % 4 == 1) + Multi-News clusters 0-199;
evaluation  = ECB+ topics 3, 7, 11, ... + DUC 2003 (all) pooled with Multi-News 200-499;
MultiLing 2011 (cross-lingual, 7 languages) is evaluation only.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


@dataclass(frozen=True)
class GoldSet:
    name: str
    articles: list[dict]  # dicts with id, text, title, date, lang, source
    gold: dict[str, str]  # article id -> gold cluster
    topic: dict[str, str] | None = None  # ECB+: article id -> topic (two events of one kind)


def _rows(path: Path) -> list[dict]:
    with path.open() as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _clean_field(value):
    return None if value in (None, "None", "") else value


def ecbplus(part: str) -> GoldSet:
    rows = _rows(DATA / "ecbplus" / "articles.jsonl")
    want = 1 if part == "calibration" else 3
    rows = [r for r in rows if int(r["topic"]) % 4 == want]
    articles = [{k: r.get(k) for k in ("id", "text", "title", "date", "lang", "source")} for r in rows]
    return GoldSet(f"ecb+ {part}", articles, {r["id"]: r["cluster"] for r in rows}, {r["id"]: r["topic"] for r in rows})


def _cluster_file(path: Path, first: int, last: int, tag: str) -> tuple[list[dict], dict[str, str]]:
    """Articles of clusters first..last-1; Multi-News articles flagged off-topic
    (kept_by_multinews_plus == False) are left out: their gold label is noise; so are
    the 4 DUC documents that sit in two clusters at once (no single gold label)."""
    articles, gold = [], {}
    clusters = _rows(path)
    seen = Counter(a["id"] for c in clusters for a in c["articles"])
    for cluster in clusters[first:last]:
        for a in cluster["articles"]:
            if str(a.get("kept_by_multinews_plus", True)) == "False" or seen[a["id"]] > 1:
                continue
            aid = f"{tag}:{a['id']}"
            articles.append({"id": aid, "text": a["text"], "title": _clean_field(a.get("title")),
                             "date": _clean_field(a.get("date")), "lang": a.get("lang"), "source": a.get("source")})
            gold[aid] = f"{tag}:{cluster['id']}"
    return articles, gold


def multinews(first: int, last: int) -> GoldSet:
    articles, gold = _cluster_file(DATA / "multinews" / "clusters.jsonl", first, last, "mn")
    return GoldSet(f"multinews {first}-{last - 1}", articles, gold)


def duc_multinews_pooled(first: int = 200, last: int = 500) -> GoldSet:
    duc_articles, duc_gold = _cluster_file(DATA / "duc2003" / "clusters.jsonl", 0, 10**6, "duc")
    mn = multinews(first, last)
    return GoldSet(f"duc2003+multinews {first}-{last - 1}", duc_articles + mn.articles, {**duc_gold, **mn.gold})


def multiling() -> GoldSet:
    rows = _rows(DATA / "multiling2011" / "articles.jsonl")
    articles = [{k: r.get(k) for k in ("id", "text", "title", "date", "lang", "source")} for r in rows]
    return GoldSet("multiling2011 (7 langs)", articles, {r["id"]: r["cluster"] for r in rows})


def calibration_sets() -> list[GoldSet]:
    return [ecbplus("calibration"), multinews(0, 200)]


def evaluation_sets(with_multiling: bool) -> list[GoldSet]:
    sets = [ecbplus("evaluation"), duc_multinews_pooled()]
    return sets + [multiling()] if with_multiling else sets


def available() -> bool:
    return all((DATA / p).exists() for p in ("ecbplus/articles.jsonl", "duc2003/clusters.jsonl", "multinews/clusters.jsonl"))
