"""ROUGE of newsfuse under option variants (how docs/summary.md's grid was measured).

    python bench/summary_grid.py --sets duc2003,multiling2011 \
        '{"default": {}, "ilp": {"select": {"solver": "ilp"}}, "lexical": {"align": {"embed_weight": 0}}}'

    python bench/summary_grid.py '{"default": {}, "standalone only": {"select": {"continuations": false}}}'

Each variant maps stage names (align, select, wording, order) to option overrides.
Same scoring as bench/rouge.py (whose loaders and scorer it reuses).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from dataclasses import replace

from rouge_score import rouge_scorer

import newsfuse
from newsfuse.embed import HashingEmbedder, WordLlamaEmbedder
from newsfuse.story.summarize import SummaryOptions, summarize

sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
from rouge import DATA, DUC_WORDS, load, score  # noqa: E402


def options_for(overrides: dict) -> SummaryOptions:
    base = SummaryOptions()
    return replace(base, **{stage: replace(getattr(base, stage), **kw) for stage, kw in overrides.items()})


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("variants", help="JSON: {name: {stage: {option: value}}}")
    p.add_argument("--sets", default="duc2003,multiling2011,multinews")
    p.add_argument("--multinews", type=int, default=100)
    p.add_argument("--embedder", choices=["wordllama", "hashing"], default="wordllama")
    args = p.parse_args(argv)
    if not DATA.exists():
        print(f"{DATA} not available; nothing to do", file=sys.stderr)
        return 0
    embedder = WordLlamaEmbedder() if args.embedder == "wordllama" else HashingEmbedder()
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    data = {}
    for set_name in args.sets.split(","):
        rows = load(set_name, args.multinews)
        data[set_name] = [(newsfuse.clean(r["articles"]), r["summaries"]) for r in rows]
    print("| variant | set | R-1 | R-2 | s/cluster |")
    print("|---|---|---|---|---|")
    for name, overrides in json.loads(args.variants).items():
        options = options_for(overrides)
        for set_name, clusters in data.items():
            measure = "fmeasure" if set_name == "multinews" else "recall"
            r1, r2, seconds = [], [], 0.0
            for articles, refs in clusters:
                budget = len(refs[0].split()) if set_name == "multinews" else DUC_WORDS
                t = time.perf_counter()
                report = summarize(articles, budget, compare=False, embedder=embedder, options=options)
                seconds += time.perf_counter() - t
                a, b = score(scorer, " ".join(s.text for s in report.summary), refs, measure)
                r1.append(a)
                r2.append(b)
            print(f"| {name} | {set_name} | {100 * statistics.mean(r1):.2f} | {100 * statistics.mean(r2):.2f} "
                  f"| {seconds / len(clusters):.3f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
