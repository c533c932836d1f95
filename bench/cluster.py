"""Story clustering benchmark: newsfuse (batch and online) beside a TF-IDF baseline.

    python bench/cluster.py                 # evaluation table (ECB+ odd-topic half, DUC+Multi-News)
    python bench/cluster.py --multiling     # + MultiLing 2011 cross-lingual
    python bench/cluster.py --calibrate     # refit PAIR_WEIGHTS and thresholds on the calibration split

The baseline is what most aggregators start with: TF-IDF cosine with one threshold,
single-pass against cluster centroids (online) or average linkage (batch). Its threshold
is tuned here on the calibration split, as newsfuse's constants were (cluster_data.py
says which data is which); both are then applied unchanged to every evaluation set.
Online runs see the articles in 3 shuffled orders (dated articles kept in date order
among themselves, as a stream would deliver them); the spread of F1 is reported.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np
from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer

sys.path.insert(0, str(Path(__file__).resolve().parent))
import cluster_data  # noqa: E402

from newsfuse.cluster import ClusterOptions, OnlineClusterer  # noqa: E402
from newsfuse.cluster.batch import embed_docs, group_by_probability, pair_features, pair_probabilities  # noqa: E402
from newsfuse.cluster.features import to_docs  # noqa: E402
from newsfuse.cluster.metrics import bcubed, pairwise  # noqa: E402
from newsfuse.embed import WordLlamaEmbedder  # noqa: E402

GRID = [round(x, 3) for x in np.arange(0.05, 0.96, 0.025)]


# --- systems ------------------------------------------------------------------------
def stream_order(articles: list[dict], seed: int) -> list[dict]:
    """A shuffle in which dated articles still arrive in date order."""
    shuffled = articles[:]
    random.Random(seed).shuffle(shuffled)
    slots = [i for i, a in enumerate(shuffled) if a.get("date")]
    dated = sorted((shuffled[i] for i in slots), key=lambda a: a["date"])
    for i, a in zip(slots, dated):
        shuffled[i] = a
    return shuffled


def tfidf_matrix(articles: list[dict]):
    texts = [f"{a.get('title') or ''}\n{a['text']}" for a in articles]
    return TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts)


def baseline_batch(articles: list[dict], threshold: float, matrix=None) -> list[list[str]]:
    matrix = tfidf_matrix(articles) if matrix is None else matrix
    distance = 1.0 - np.asarray((matrix @ matrix.T).todense())
    labels = AgglomerativeClustering(
        n_clusters=None, metric="precomputed", linkage="average", distance_threshold=1.0 - threshold
    ).fit_predict(distance)
    return _groups([a["id"] for a in articles], labels)


def baseline_online(articles: list[dict], threshold: float) -> list[list[str]]:
    """Single pass: join the most similar cluster centroid if cosine >= threshold."""
    matrix = tfidf_matrix(articles).tocsr()
    sums = np.zeros((len(articles), matrix.shape[1]), dtype=np.float32)
    norms = np.zeros(len(articles))
    count, labels = 0, []
    for i in range(matrix.shape[0]):
        row = matrix.getrow(i)
        nz, values = row.indices, row.data
        best = -1
        if count:
            cos = sums[:count, nz] @ values / np.maximum(norms[:count], 1e-12)
            best = int(np.argmax(cos)) if cos.max() >= threshold else -1
        if best < 0:
            best, count = count, count + 1
        sums[best, nz] += values
        norms[best] = np.linalg.norm(sums[best])
        labels.append(best)
    return _groups([a["id"] for a in articles], labels)


def _groups(ids, labels) -> list[list[str]]:
    out: dict[int, list[str]] = {}
    for aid, label in zip(ids, labels):
        out.setdefault(label if isinstance(label, str) else int(label), []).append(aid)
    return list(out.values())


def newsfuse_online(articles: list[dict], options: ClusterOptions, embedder) -> list[list[str]]:
    clusterer = OnlineClusterer(options, embedder)
    labels = clusterer.add_many(articles)
    return _groups([a["id"] for a in articles], labels)


class BatchCache:
    """Pair features of a set computed once, so thresholds can be swept cheaply."""

    def __init__(self, gold_set, options: ClusterOptions, embedder):
        self.ids = [a["id"] for a in gold_set.articles]
        docs = to_docs(gold_set.articles, options.lead_chars, options.lexical_chars)
        self.features = pair_features(docs, embed_docs(docs, embedder), options)

    def run(self, options: ClusterOptions) -> list[list[str]]:
        return group_by_probability(
            self.ids, pair_probabilities(self.features, options), options.batch_link_probability,
            self.features.too_far_apart,
        )


# --- calibration ----------------------------------------------------------------------
def fit_pair_weights(caches: list[BatchCache], gold_sets) -> tuple[float, ...]:
    """Logistic regression on every within-set article pair of the calibration split."""
    from sklearn.linear_model import LogisticRegression

    xs, ys = [], []
    for cache, gs in zip(caches, gold_sets):
        f = cache.features
        upper = np.triu_indices(len(cache.ids), k=1)
        both = f.both_entities[upper]
        xs.append(np.column_stack([f.embedding[upper], f.lexical[upper], f.entity[upper], both,
                                   f.embedding[upper] * both, f.lexical[upper] * both]))
        labels = np.array([gs.gold[i] for i in cache.ids])
        ys.append(labels[upper[0]] == labels[upper[1]])
    model = LogisticRegression(C=10.0, max_iter=2000).fit(np.vstack(xs), np.concatenate(ys))
    return tuple(round(float(v), 2) for v in [model.intercept_[0], *model.coef_[0]])


def best_threshold(score_at, grid: list[float] = GRID) -> tuple[float, float]:
    """The grid value maximising the mean BCubed F1 over the calibration sets."""
    results = [(score_at(t), t) for t in grid]
    f1, t = max(results)
    return t, f1


def mean_f1(runs, gold_sets) -> float:
    return float(np.mean([bcubed(groups, gs.gold).f1 for groups, gs in zip(runs, gold_sets)]))


def calibrate(embedder) -> None:
    gold_sets = cluster_data.calibration_sets()
    options = ClusterOptions()
    caches = [BatchCache(gs, options, embedder) for gs in gold_sets]
    weights = fit_pair_weights(caches, gold_sets)
    options = replace(options, pair_weights=weights)
    print(f"PAIR_WEIGHTS = {weights}")
    t, f1 = best_threshold(lambda t: mean_f1([c.run(replace(options, batch_link_probability=t)) for c in caches], gold_sets))
    print(f"BATCH_LINK_PROBABILITY = {t}  (calibration mean BCubed F1 {f1:.3f})")
    orders = [(gs, seed) for gs in gold_sets for seed in range(3)]
    t, f1 = best_threshold(lambda t: mean_f1(
        [newsfuse_online(stream_order(gs.articles, seed), replace(options, online_join_probability=t), embedder)
         for gs, seed in orders], [gs for gs, _ in orders]), grid=GRID[::2])
    print(f"ONLINE_JOIN_PROBABILITY = {t}  (calibration mean BCubed F1 {f1:.3f}, 3 stream orders)")


def tune_baselines(calibration) -> dict[str, float]:
    """The baselines' single thresholds, tuned the same way on the same split."""
    matrices = [tfidf_matrix(gs.articles) for gs in calibration]
    batch_t, _ = best_threshold(lambda t: mean_f1(
        [baseline_batch(gs.articles, t, m) for gs, m in zip(calibration, matrices)], calibration))
    online_t, _ = best_threshold(lambda t: mean_f1(
        [baseline_online(stream_order(gs.articles, 0), t) for gs in calibration], calibration))
    return {"batch": batch_t, "online": online_t}


def lumped_topics(groups: list[list[str]], gold_set) -> int | None:
    """ECB+ topics whose two same-kind events share a group with >= 3 articles of each:
    the hard-negative failure (None for sets without topics)."""
    if gold_set.topic is None:
        return None
    lumped = set()
    for group in groups:
        events = Counter(gold_set.gold[i] for i in group)
        if len(events) > 1 and sorted(events.values())[-2] >= 3:
            lumped |= {gold_set.topic[i] for i in group}
    return len(lumped)


# --- the table ------------------------------------------------------------------------
def score_row(name: str, gold_set, runs: list[list[list[str]]], seconds: float) -> dict:
    b = [bcubed(g, gold_set.gold) for g in runs]
    p = [pairwise(g, gold_set.gold) for g in runs]
    f1s = [s.f1 for s in b]
    return {
        "set": gold_set.name, "system": name, "runs": len(runs),
        "b3_p": np.mean([s.precision for s in b]), "b3_r": np.mean([s.recall for s in b]),
        "b3_f1": np.mean(f1s), "b3_spread": max(f1s) - min(f1s), "pair_f1": np.mean([s.f1 for s in p]),
        "clusters": np.mean([len(g) for g in runs]), "seconds": seconds / len(runs),
        "lumped": None if gold_set.topic is None else np.mean([lumped_topics(g, gold_set) for g in runs]),
    }


def evaluate_set(gold_set, options, embedder, thresholds, shuffles: int) -> list[dict]:
    rows = []
    t0 = time.perf_counter()
    groups = BatchCache(gold_set, options, embedder).run(options)
    rows.append(score_row("newsfuse batch", gold_set, [groups], time.perf_counter() - t0))
    t0 = time.perf_counter()
    groups = baseline_batch(gold_set.articles, thresholds["batch"])
    rows.append(score_row(f"tfidf avg-link @{thresholds['batch']}", gold_set, [groups], time.perf_counter() - t0))
    orders = [stream_order(gold_set.articles, seed) for seed in range(shuffles)]
    t0 = time.perf_counter()
    runs = [newsfuse_online(o, options, embedder) for o in orders]
    rows.append(score_row("newsfuse online", gold_set, runs, time.perf_counter() - t0))
    t0 = time.perf_counter()
    runs = [baseline_online(o, thresholds["online"]) for o in orders]
    rows.append(score_row(f"tfidf single-pass @{thresholds['online']}", gold_set, runs, time.perf_counter() - t0))
    return rows


def print_table(rows: list[dict]) -> None:
    head = f"{'set':<30} {'system':<26} {'runs':>4} {'B3 P':>6} {'B3 R':>6} {'B3 F1':>6} {'±F1':>6} {'pairF1':>6} {'#cl':>6} {'lumped':>6} {'s/run':>6}"
    print(head)
    print("-" * len(head))
    for r in rows:
        print(f"{r['set']:<30} {r['system']:<26} {r['runs']:>4} {r['b3_p']:>6.3f} {r['b3_r']:>6.3f} {r['b3_f1']:>6.3f} "
              f"{r['b3_spread']:>6.3f} {r['pair_f1']:>6.3f} {r['clusters']:>6.0f} "
              f"{'-' if r['lumped'] is None else format(r['lumped'], '.1f'):>6} {r['seconds']:>6.2f}")
    print()
    by_set: dict[str, dict[str, float]] = {}
    for r in rows:
        by_set.setdefault(r["set"], {})[r["system"].split(" @")[0]] = r["b3_f1"]
    for name, f in by_set.items():
        print(f"{name:<30} BCubed F1 gap: batch {f['newsfuse batch'] - f['tfidf avg-link']:+.3f} "
              f"(ratio {f['newsfuse batch'] / f['tfidf avg-link']:.2f}), online "
              f"{f['newsfuse online'] - f['tfidf single-pass']:+.3f} (ratio {f['newsfuse online'] / f['tfidf single-pass']:.2f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calibrate", action="store_true", help="refit the constants on the calibration split")
    parser.add_argument("--multiling", action="store_true", help="add MultiLing 2011 (cross-lingual)")
    parser.add_argument("--shuffles", type=int, default=3, help="stream orders for online mode")
    parser.add_argument("--no-entities", action="store_true", help="ablation: no entity signal")
    parser.add_argument("--no-time", action="store_true", help="ablation: no time window")
    parser.add_argument("--calibration-sets", action="store_true", help="also score the calibration split")
    args = parser.parse_args()
    if not cluster_data.available():
        print(f"skipped: {cluster_data.DATA} not available")
        return
    embedder = WordLlamaEmbedder()
    if args.calibrate:
        calibrate(embedder)
        return
    options = ClusterOptions(use_entities=not args.no_entities, use_time=not args.no_time)
    calibration = cluster_data.calibration_sets()
    thresholds = tune_baselines(calibration)
    sets = cluster_data.evaluation_sets(args.multiling) + (calibration if args.calibration_sets else [])
    rows = [row for gs in sets for row in evaluate_set(gs, options, embedder, thresholds, args.shuffles)]
    print_table(rows)


if __name__ == "__main__":
    main()
