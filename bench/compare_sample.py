"""Run the cross-source comparison on dev clusters and print what a person needs to judge it.

    python bench/compare_sample.py [--duc 20] [--multiling 20] [--show 6]

Data: ../shared/data/duc2003 and ../shared/data/multiling2011 (English clusters only);
skips cleanly when absent. Facts come from the summarizer's aligner when it runs
(newsfuse.story.summarize), else from a lexical grouping of sentences.

Prints, per data set:
- a sample of quote groups (speaker, variants per article), entity merges (groups with
  more than one spelling) and conflicts, to judge precision by reading;
- entity merges beside a named peer, a bare rapidfuzz threshold (token_sort_ratio >= 80,
  the approach the issue rules out), so the disagreements can be read side by side;
- time per story after load: newsfuse's selective analysis vs the peer "spaCy full
  pipeline over every body sentence", CPU seconds (time.process_time) and wall seconds,
  plus the share of sentences each spaCy pass saw.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import time
from pathlib import Path

from rapidfuzz import fuzz

import newsfuse
from newsfuse.embed import WordLlamaEmbedder
from newsfuse.model import Fact, SourceSpan
from newsfuse.story.compare import compare
from newsfuse.text.analysis import plan
from newsfuse.text.nlp import NlpModels

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
PEER_THRESHOLD = 80  # rapidfuzz token_sort_ratio: the "bare threshold" peer
_WORD = re.compile(r"[^\W\d_]{4,}")


def load(path: Path, limit: int, english_only: bool = False) -> list[dict]:
    if not path.exists():
        return []
    clusters = [json.loads(line) for line in path.open()]
    if english_only:
        clusters = [c for c in clusters if c.get("lang") == "en"]
    return clusters[:limit]


def articles_of(cluster: dict):
    records = [{**a, "outlet": a.get("source") or None, "id": a["id"]} for a in cluster["articles"]]
    return newsfuse.clean(records)


def lexical_facts(articles, share: float = 0.3) -> list[Fact]:
    groups: list[list] = []
    for a in articles:
        for u in a.body_sentences:
            words = {w.lower() for w in _WORD.findall(a.unit_text(u))}
            for g in groups:
                if all(x[0].id != a.id for x in g) and len(words & g[0][2]) / max(1, len(words | g[0][2])) >= share:
                    g.append((a, u, words))
                    break
            else:
                groups.append([(a, u, words)])
    return [
        Fact(f"F{i}", g[0][0].unit_text(g[0][1]), tuple(SourceSpan(a.id, u.start, u.end) for a, u, _ in g))
        for i, g in enumerate(groups)
    ]


def facts_for(articles, embedder) -> tuple[list, list[Fact], str]:
    """Every fact the summarizer's aligner finds (captured through its comparer hook),
    with the articles it used; lexical facts when the aligner is not there."""
    captured: dict[str, list] = {}

    def capture(arts, facts):
        captured["articles"], captured["facts"] = list(arts), list(facts)
        return {}

    try:
        from newsfuse.story.summarize import summarize

        summarize(articles, compare=True, embedder=embedder, comparer=capture)
        if captured.get("facts"):
            return captured["articles"], captured["facts"], "aligner"
    except Exception as exc:  # the aligner is developed in parallel; fall back, say so
        print(f"  (aligner unavailable: {exc!r}; lexical facts)", file=sys.stderr)
    return articles, lexical_facts(articles), "lexical"


def peer_merges(comparison) -> set[frozenset[str]]:
    """Pairs of distinct names a bare fuzzy threshold would merge."""
    names = sorted({m.text for g in comparison.entities for m in g.mentions})
    return {
        frozenset((a, b))
        for i, a in enumerate(names)
        for b in names[i + 1 :]
        if fuzz.token_sort_ratio(a, b) >= PEER_THRESHOLD
    }


def ours_merges(comparison) -> set[frozenset[str]]:
    out = set()
    for g in comparison.entities:
        variants = sorted(set(g.variants))
        out |= {frozenset((a, b)) for i, a in enumerate(variants) for b in variants[i + 1 :]}
    return out


def full_pipeline_seconds(nlp: NlpModels, articles) -> tuple[float, float]:
    texts = [a.unit_text(u) for a in articles for u in a.body_sentences]
    wall, cpu = time.perf_counter(), time.process_time()
    list(nlp.spacy.pipe(texts, batch_size=64))
    return time.process_time() - cpu, time.perf_counter() - wall


def run_set(
    name: str, clusters: list[dict], nlp: NlpModels, embedder, show: int, rng: random.Random, dump: dict | None = None
) -> None:
    if not clusters:
        print(f"\n## {name}: data absent, skipped")
        return
    ours_cpu, ours_wall, peer_cpu, peer_wall, shares = [], [], [], [], []
    quotes, merges, conflicts, disagreements = [], [], [], []
    n_quotes = n_entities = n_conflicts = 0
    fact_sources = set()
    for cluster in clusters:
        articles = articles_of(cluster)
        if len(articles) < 2:
            continue
        articles, facts, source = facts_for(articles, embedder)
        fact_sources.add(source)
        work = plan(articles)
        total = sum(len(a.body_sentences) for a in articles)
        shares.append(((len(work.parse) + len(work.syntax)) / max(1, total), (len(work.parse) + len(work.ner)) / max(1, total)))
        wall, cpu = time.perf_counter(), time.process_time()
        comparison = compare(articles, facts, nlp)
        ours_cpu.append(time.process_time() - cpu)
        ours_wall.append(time.perf_counter() - wall)
        c, w = full_pipeline_seconds(nlp, articles)
        peer_cpu.append(c)
        peer_wall.append(w)
        label = {a.id: a.label for a in articles}
        n_quotes += len(comparison.quotes)
        n_entities += len(comparison.entities)
        n_conflicts += len(comparison.conflicts)
        for g in comparison.quotes:
            if len(g.articles) > 1:
                quotes.append((cluster["id"], g.speaker, [(label[v.article][:12], v.text[:90], v.partial) for v in g.variants]))
        for g in comparison.entities:
            if len(set(g.variants)) > 1:
                merges.append((cluster["id"], g.type, g.name, g.variants))
        for c in comparison.conflicts:
            conflicts.append((cluster["id"], c.what, [f.text for f in c.figures], c.fact_text[:100]))
        ours, peer = ours_merges(comparison), peer_merges(comparison)
        disagreements += [(cluster["id"], "only newsfuse", sorted(p)) for p in ours - peer]
        disagreements += [(cluster["id"], "only peer", sorted(p)) for p in peer - ours]
    if dump is not None:  # every row, not a sample, to judge a category whole or diff two runs
        dump[name] = {"quote groups": quotes, "entity merges": merges, "conflicts": conflicts}
    print(f"\n## {name}: {len(ours_cpu)} stories, facts from {', '.join(sorted(fact_sources))}")
    print(f"quote groups {n_quotes} (multi-outlet {len(quotes)}), entities {n_entities} (merged {len(merges)}), conflicts {n_conflicts}")
    print("\n| per story, after load | newsfuse compare() | peer: spaCy full pipeline, every sentence | ratio |")
    print("|---|---|---|---|")
    for what, ours_t, peer_t in (("CPU s (median)", ours_cpu, peer_cpu), ("wall s (median)", ours_wall, peer_wall)):
        o, p = statistics.median(ours_t), statistics.median(peer_t)
        print(f"| {what} | {o:.3f} | {p:.3f} | {o / p:.2f} |")
    parse_share = statistics.mean(s[0] for s in shares)
    ner_share = statistics.mean(s[1] for s in shares)
    print(f"sentences through the parser: {parse_share:.0%}; through NER: {ner_share:.0%} (peer: 100% and 100%)")
    for title, rows in (("quote groups (multi-outlet)", quotes), ("entity merges", merges), ("conflicts", conflicts)):
        print(f"\n### sample of {title}")
        for row in rng.sample(rows, min(show, len(rows))):
            print("-", row)
    print(f"\n### entity merge disagreements with the peer (rapidfuzz >= {PEER_THRESHOLD}), sample")
    print(f"only newsfuse: {sum(1 for d in disagreements if d[1] == 'only newsfuse')}, only peer: {sum(1 for d in disagreements if d[1] == 'only peer')}")
    for row in rng.sample(disagreements, min(2 * show, len(disagreements))):
        print("-", row)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duc", type=int, default=20)
    parser.add_argument("--multiling", type=int, default=20)
    parser.add_argument("--show", type=int, default=6)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--dump", type=Path, help="write every quote group, merge and conflict (JSON) here")
    args = parser.parse_args()
    dump: dict | None = {} if args.dump else None
    embedder = WordLlamaEmbedder()
    nlp = NlpModels(embedder=embedder)
    wall = time.perf_counter()
    nlp.spacy
    embedder.embed(["warm up"])
    print(f"model load (spaCy + WordLlama): {time.perf_counter() - wall:.2f} s wall")
    rng = random.Random(args.seed)
    run_set("duc2003", load(DATA / "duc2003" / "clusters.jsonl", args.duc), nlp, embedder, args.show, rng, dump)
    run_set(
        "multiling2011 (en)",
        load(DATA / "multiling2011" / "clusters.jsonl", args.multiling, english_only=True),
        nlp,
        embedder,
        args.show,
        rng,
        dump,
    )
    if args.dump:
        args.dump.write_text(json.dumps(dump, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
