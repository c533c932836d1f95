"""Boilerplate removal on real flattened web text, laid out for a human to judge.

Cleans every Multi-News article (../shared/data/multinews/clusters.jsonl: lowercased,
one line per article, web boilerplate left in) through the real pipeline, then prints

1. removal counts by reason over all clusters, next to a named peer: corpus-frequency
   de-boilerplating (a sentence repeated verbatim in >= PEER_MIN_CLUSTERS different
   clusters is boilerplate, the classic "repeated segment" heuristic), with how many of
   the peer's removals newsfuse also makes and how many sentences each removes;
2. a seeded random sample of SAMPLE removed spans and SAMPLE kept sentences, the kept
   ones drawn preferentially next to a removal or among short sentences, where
   mistakes hide. Judge them by eye: a removed news sentence is lost content.

Usage: python bench/boilerplate_sample.py [--seed 7] [--sample 50] [--clusters 1000]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from newsfuse.pipeline import prepare
from newsfuse.text.sentences import split_sentences

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "multinews" / "clusters.jsonl"
PEER_MIN_CLUSTERS = 3  # a sentence in 3+ unrelated stories is not news about any of them
SHORT_WORDS = 8  # kept sentences this short are where missed prompts hide
SHOW_CHARS = 220


def load(path: Path, limit: int) -> list[tuple[str, dict]]:
    out = []
    with path.open() as fh:
        for n, line in enumerate(fh):
            if n >= limit:
                break
            cluster = json.loads(line)
            for i, a in enumerate(cluster["articles"]):
                out.append((cluster["id"], {"id": f"{cluster['id']}-{i}", "text": a["text"]}))
    return out


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def peer_removals(records: list[tuple[str, dict]]) -> dict[str, set[tuple[int, int]]]:
    """Corpus-frequency peer: sentence spans (per article id) repeated across clusters."""
    clusters_of: dict[str, set[str]] = defaultdict(set)
    spans: dict[str, list[tuple[tuple[int, int], str]]] = {}
    for cluster_id, rec in records:
        text = rec["text"]
        spans[rec["id"]] = [((s, e), norm(text[s:e])) for s, e in split_sentences(text)]
        for _, key in spans[rec["id"]]:
            clusters_of[key].add(cluster_id)
    return {
        aid: {span for span, key in items if len(clusters_of[key]) >= PEER_MIN_CLUSTERS and len(key.split()) > 1}
        for aid, items in spans.items()
    }


def covered(span: tuple[int, int], removed: list[tuple[int, int]]) -> bool:
    s, e = span
    return sum(max(0, min(e, b) - max(s, a)) for a, b in removed) >= 0.5 * (e - s)


def show(text: str, a: int, b: int) -> str:
    before = text[max(0, a - 40) : a].replace("\n", " ")
    inner = text[a:b].replace("\n", " ")
    if len(inner) > SHOW_CHARS:
        inner = inner[: SHOW_CHARS - 20] + " … " + inner[-17:]
    after = text[b : b + 40].replace("\n", " ")
    return f"…{before}[[{inner}]]{after}…"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--sample", type=int, default=50)
    ap.add_argument("--clusters", type=int, default=1000)
    args = ap.parse_args()
    if not DATA.exists():
        print(f"skip: {DATA} not available")
        return
    records = load(DATA, args.clusters)
    t0 = time.perf_counter()
    articles = prepare([rec for _, rec in records]).articles
    t_clean = time.perf_counter() - t0
    t0 = time.perf_counter()
    peer = peer_removals(records)
    t_peer = time.perf_counter() - t0

    by_reason: Counter[str] = Counter()
    removed_items, kept_near, kept_short, kept_other = [], [], [], []
    agree = peer_total = ours_sentences = 0
    for art in articles:
        spans = [(r.start, r.end) for r in art.removed]
        by_reason.update(r.reason for r in art.removed)
        removed_items.extend((art.id, r.start, r.end, r.reason) for r in art.removed)
        sentences = split_sentences(art.text)
        for span in peer.get(art.id, ()):
            peer_total += 1
            agree += covered(span, spans)
        for k, (s, e) in enumerate(sentences):
            if covered((s, e), spans):
                ours_sentences += 1
                continue
            near = any(abs(s - b) < 3 or abs(a - e) < 3 for a, b in spans)
            item = (art.id, s, e, "kept")
            if near:
                kept_near.append(item)
            elif len(art.text[s:e].split()) <= SHORT_WORDS:
                kept_short.append(item)
            else:
                kept_other.append(item)

    n_articles = len(articles)
    print(f"# {len(records)} articles from {args.clusters} clusters ({n_articles} cleaned)\n")
    print("| system | spans removed | sentences removed (>=50% cut) | s | s / 1000 articles |")
    print("|---|---|---|---|---|")
    print(f"| newsfuse | {sum(by_reason.values())} | {ours_sentences} | {t_clean:.1f} | {1000 * t_clean / n_articles:.2f} |")
    peer_sentences = sum(len(v) for v in peer.values())
    print(f"| corpus-frequency peer (>= {PEER_MIN_CLUSTERS} clusters) | - | {peer_sentences} | {t_peer:.1f} | {1000 * t_peer / n_articles:.2f} |")
    ratio = agree / peer_total if peer_total else float("nan")
    print(f"\npeer's removed sentences that newsfuse also removes: {agree}/{peer_total} = {ratio:.2f}")
    print(f"ratio newsfuse/peer sentences removed: {ours_sentences / max(1, peer_sentences):.2f}\n")
    print("| reason | spans |")
    print("|---|---|")
    for reason, n in by_reason.most_common():
        print(f"| {reason} | {n} |")

    rng = random.Random(args.seed)
    text_of = {a.id: a.text for a in articles}
    print(f"\n## {args.sample} removed (judge: is any of it news content?)\n")
    for n, (aid, a, b, reason) in enumerate(rng.sample(removed_items, min(args.sample, len(removed_items))), 1):
        print(f"R{n:02d} {reason:22s} {aid}: {show(text_of[aid], a, b)}")
    kept: list[tuple[str, int, int, str]] = []
    for pool, share in ((kept_near, 0.5), (kept_short, 0.3), (kept_other, 1.0)):
        want = min(len(pool), round(args.sample * share), args.sample - len(kept))
        kept.extend(rng.sample(pool, want))
    print(f"\n## {len(kept)} kept sentences (judge: is any of it boilerplate?)\n")
    for n, (aid, a, b, _) in enumerate(kept, 1):
        where = "near" if (aid, a, b, "kept") in set(kept_near) else "short" if (aid, a, b, "kept") in set(kept_short) else "other"
        print(f"K{n:02d} {where:5s} {aid}: {show(text_of[aid], a, b)}")


if __name__ == "__main__":
    sys.exit(main())
